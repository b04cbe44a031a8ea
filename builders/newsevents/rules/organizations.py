"""Organizations: a curated lexicon (NATO, the EU, the State Department ...), ministry and armed-forces
patterns built on the gazetteer's demonyms ("the Belarusian Ministry of Defense", "Russian troops"),
and acronym definitions ("North Atlantic Treaty Organization (NATO)")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from .. import ids
from .gazetteer import _index as gazetteer_index

LEXICON_FILE = Path(__file__).with_name("organizations.yaml")


@dataclass(frozen=True, slots=True)
class OrgMatch:
    start: int
    end: int
    text: str
    actor_id: str
    name: str
    actor_kind: str
    country_code: str | None
    rule: str


def _alternation(names) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=lambda n: (-len(n), n)))


@dataclass(frozen=True)
class _Patterns:
    lexicon: re.Pattern[str]
    by_name: dict[str, dict]
    ministry: re.Pattern[str]
    ministry_of: dict[str, str]
    forces: re.Pattern[str]
    countries: dict[str, tuple[str, str]]  # demonym or country name -> (alpha3, canonical name)


@cache
def _patterns() -> _Patterns:
    data = yaml.safe_load(LEXICON_FILE.read_text(encoding="utf-8"))
    by_name = {name: org for org in data["organizations"] for name in org["names"]}
    countries = {name: (entry.country_code, entry.name) for name, entry in gazetteer_index().items()
                 if entry.location_kind == "country" and entry.country_code}
    country_alt = _alternation(countries)
    ministry_of = {form: key for key, forms in data["ministries"].items() for form in forms}
    return _Patterns(
        lexicon=re.compile(rf"(?<![\w-])(?:{_alternation(by_name)})(?![\w-])"),
        by_name=by_name,
        ministry=re.compile(rf"(?:the\s+)?(?P<country>{country_alt})(?:’s|'s)?\s+(?P<ministry>{_alternation(ministry_of)})\b"),
        ministry_of=ministry_of,
        forces=re.compile(rf"\b(?P<country>{country_alt})\s+(?P<noun>{'|'.join(data['armed_forces_nouns'])})\b"),
        countries=countries,
    )


def find_organizations(text: str, start: int = 0, end: int | None = None) -> list[OrgMatch]:
    """Organizations named in text[start:end], non-overlapping, in document order."""
    p = _patterns()
    end = len(text) if end is None else end
    found: list[OrgMatch] = []
    for m in p.ministry.finditer(text, start, end):
        alpha3, country = p.countries[m["country"]]
        key = p.ministry_of[m["ministry"]]
        found.append(OrgMatch(m.start(), m.end(), m.group(0), f"actor/{ids.slugify(country)}-ministry-of-{key}",
                              f"Ministry of {key.replace('-', ' ').title()} of {country}", "government_body", alpha3,
                              "organizations.ministry_pattern"))
    for m in p.forces.finditer(text, start, end):
        alpha3, country = p.countries[m["country"]]
        found.append(OrgMatch(m.start(), m.end(), m.group(0), f"actor/{ids.slugify(country)}-armed-forces",
                              f"Armed Forces of {country}", "military_force", alpha3, "organizations.armed_forces_pattern"))
    for m in p.lexicon.finditer(text, start, end):
        org = p.by_name[m.group(0)]
        found.append(OrgMatch(m.start(), m.end(), m.group(0), org["actor_id"], org["name"], org["kind"],
                              org.get("country"), "organizations.lexicon"))
    found.sort(key=lambda o: (o.start, -(o.end - o.start)))
    result: list[OrgMatch] = []
    for org in found:
        if result and org.start < result[-1].end:
            continue
        result.append(org)
    return result
