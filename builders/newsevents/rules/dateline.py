"""Wire-copy datelines: "NAIROBI, June 5 (Reuters) -", "KYIV, Ukraine (AP) —", "Paris (AFP) -".

A dateline says where a report was filed and by which agency, not who did what: the agency is not
an actor of the first sentence's events, and the city not where they happened. So the rules start
reading after it. Only a dateline that opens the body counts: with an agency in parentheses followed
by a dash, or a place the gazetteer knows written in capitals and followed by a dash ("PORT-AU-PRINCE -",
"SANAA/WASHINGTON -"), so an ordinary first sentence ("PARIS is calm.") is never cut. Where it was
filed still tells which country the article is about (`dateline_country`).
"""

from __future__ import annotations

import re

from .gazetteer import gazetteer
from .temporal import _MONTH
from .tokens import UPPER

_WORD = rf"[{re.escape(UPPER)}][\w’'.\-]*"  # a capitalised word: "NAIROBI", "SÃO", "Paris", "St."
_NAME = rf"{_WORD}(?:[ \u00a0]{_WORD}){{0,3}}"
_DATELINE = re.compile(
    rf"[ \t\r\n\u00a0]*{_NAME}"  # the place: "NAIROBI", "SÃO PAULO", "Paris"
    rf"(?:,[ \u00a0]{_NAME}){{0,2}}(?:[ \u00a0]\d{{1,2}})?"  # ", Ukraine", ", June 5", ", Jan 5"
    rf"[ \u00a0]+\((?P<agency>[{re.escape(UPPER)}][\w.&]+(?:[ \u00a0]{_WORD}){{0,3}})\)"  # "(Reuters)", "(AP)"
    r"[ \u00a0]*[-–—]+[ \u00a0]*"
)


_CAPITALS_WORD = rf"[{re.escape(UPPER)}][{re.escape(UPPER)}’'.\-]+"  # "NIAMEY", "PORT-AU-PRINCE"
_CAPITALS_NAME = rf"{_CAPITALS_WORD}(?:[ \u00a0]{_CAPITALS_WORD}){{0,3}}"
_CAPITALS_DATELINE = re.compile(
    rf"[ \t\r\n\u00a0]*(?P<place>{_CAPITALS_NAME}(?:/{_CAPITALS_NAME})*)"  # "THE HAGUE", "SANAA/WASHINGTON"
    rf"(?:,[ \u00a0](?P<region>{_NAME})(?:,[ \u00a0]{_NAME})??)??"  # ", Poland"
    rf"(?:,[ \u00a0](?P<day>(?i:{_MONTH})[ \u00a0]\d{{1,2}})|(?:[ \u00a0]\d{{1,2}}))?"  # ", Nov 25"
    r"[ \u00a0]+[-–—]+[ \u00a0]+"
)


def _dateline(text: str, start: int) -> tuple[int, list[str]]:
    """Where the body goes on after a dateline at `start` (`start` when there is none), and the
    places it names."""
    match = _DATELINE.match(text, start, start + 160)
    if match:
        return match.end(), [text[start:match.start("agency")].strip(" \t\r\n\u00a0(").split(",")[0]]
    match = _CAPITALS_DATELINE.match(text, start, start + 160)
    if match:
        places = match["place"].split("/")
        region = gazetteer().lookup(match["region"]) if match["region"] else None
        if match["day"] or all(gazetteer().lookup_capitals(place) is not None for place in places) or (
                region is not None and region.location_kind in ("country", "admin_region")):
            # a place and a month and day, or a country, before the dash is a dateline, even of a town the
            # gazetteer does not know: "BUTLER, Pa., July 14 -", "PRZEWODOW, Poland —"
            return match.end(), places if region is None else [*places, match["region"]]
    return start, []


def dateline_end(text: str, start: int = 0) -> int:
    """Where the body goes on after a dateline at `start`, or `start` when there is none."""
    return _dateline(text, start)[0]


def dateline_country(text: str, start: int = 0) -> str | None:
    """The country (ISO alpha-3) of the first place of a dateline at `start`, or None."""
    places = _dateline(text, start)[1]
    entry = next((found for place in places if (found := gazetteer().lookup_capitals(place)) is not None), None)
    return entry.country_code if entry is not None else None
