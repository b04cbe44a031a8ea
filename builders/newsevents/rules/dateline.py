"""Wire-copy datelines: "NAIROBI, June 5 (Reuters) -", "KYIV, Ukraine (AP) —", "Paris (AFP) -".

A dateline says where a report was filed and by which agency, not who did what: the agency is not
an actor of the first sentence's events, and the city not where they happened. So the rules start
reading after it. Only a dateline that opens the body counts, and only with an agency in
parentheses followed by a dash, so an ordinary first sentence ("PARIS is calm.") is never cut.
"""

from __future__ import annotations

import re

from .tokens import UPPER

_WORD = rf"[{re.escape(UPPER)}][\w’'.\-]*"  # a capitalised word: "NAIROBI", "SÃO", "Paris", "St."
_NAME = rf"{_WORD}(?:[ \u00a0]{_WORD}){{0,3}}"
_DATELINE = re.compile(
    rf"[ \t\r\n\u00a0]*{_NAME}"  # the place: "NAIROBI", "SÃO PAULO", "Paris"
    rf"(?:,[ \u00a0]{_NAME}){{0,2}}(?:[ \u00a0]\d{{1,2}})?"  # ", Ukraine", ", June 5", ", Jan 5"
    rf"[ \u00a0]+\((?P<agency>[{re.escape(UPPER)}][\w.&]+(?:[ \u00a0]{_WORD}){{0,3}})\)"  # "(Reuters)", "(AP)"
    r"[ \u00a0]*[-–—]+[ \u00a0]*"
)


def dateline_end(text: str, start: int = 0) -> int:
    """Where the body goes on after a dateline at `start`, or `start` when there is none."""
    match = _DATELINE.match(text, start, start + 160)
    return match.end() if match else start
