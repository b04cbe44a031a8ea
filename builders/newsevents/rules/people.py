"""People: a title before a name ("Deputy Defense Minister Alexander Fomin"), an appositive after a
role noun ("his German counterpart, Annalena Baerbock"), a bare name before a reporting verb, and
later surname-only mentions linked back to the full name seen earlier in the same text.

The office comes from the title; the affiliation from a demonym, country or organization right
before it ("Russian Foreign Minister" → Russia, "NATO Secretary General" → NATO).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from .. import ids
from .gazetteer import _index as gazetteer_index
from .organizations import _patterns as organization_patterns

TITLES_FILE = Path(__file__).with_name("people_titles.yaml")
_NAME = r"(?P<name>[A-Z][a-zà-ÿ’'-]+(?:\s+(?:von|van|de|der|bin|al-)?\s*[A-Z][a-zà-ÿ’'-]+){1,2})"


@dataclass(frozen=True, slots=True)
class PersonMatch:
    start: int
    end: int
    text: str
    name: str
    actor_id: str
    office: str | None
    affiliation: str | None
    rule: str
    title_start: int | None = None
    title_end: int | None = None


def _alternation(names) -> str:
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(set(names), key=lambda n: (-len(n), n)))


@dataclass(frozen=True)
class _Patterns:
    titled: re.Pattern[str]
    appositive: re.Pattern[str]
    reporting: re.Pattern[str]
    not_names: frozenset[str]
    titles: frozenset[str]
    affiliations: dict[str, str]


@cache
def _patterns() -> _Patterns:
    data = yaml.safe_load(TITLES_FILE.read_text(encoding="utf-8"))
    places = gazetteer_index()
    orgs = organization_patterns().by_name
    affiliations = {name: ids.actor_id(entry.name) for name, entry in places.items() if entry.location_kind == "country"}
    affiliations.update({name: org["actor_id"] for name, org in orgs.items()})
    qualifier = rf"(?:(?P<affiliation>{_alternation(affiliations)})\s+)?"
    title = rf"(?P<title>(?:(?:Deputy|Acting|Former|former)\s+)?(?:{_alternation(data['titles'])}))"
    return _Patterns(
        titled=re.compile(rf"{qualifier}{title}\s+{_NAME}\b"),
        appositive=re.compile(rf"\b(?:counterpart|colleague|spokesman|spokeswoman|spokesperson|envoy|leader|minister),\s+{_NAME}\b"),
        reporting=re.compile(rf"{_NAME}\s+(?:{_alternation(data['reporting_verbs'])})\b"),
        not_names=frozenset(places) | frozenset(orgs),
        titles=frozenset(word for title in data["titles"] for word in title.split()),
        affiliations=affiliations,
    )


def _clean(name: str) -> str:
    return " ".join(name.split())


def find_people(text: str, start: int = 0, end: int | None = None, **_: object) -> list[PersonMatch]:
    """People named in text[start:end], in document order; surnames link back to full names seen earlier."""
    p = _patterns()
    end = len(text) if end is None else end
    found: dict[int, PersonMatch] = {}
    for m in p.titled.finditer(text, start, end):
        name = _clean(m["name"])
        if name in p.not_names:
            continue
        affiliation = p.affiliations.get(m["affiliation"]) if m["affiliation"] else None
        office = " ".join(m["title"].split())
        found[m.start("name")] = PersonMatch(m.start("name"), m.end("name"), m["name"], name, ids.actor_id(name),
                                             office[0].upper() + office[1:], affiliation, "people.title_name",
                                             m.start("title"), m.end("title"))
    for pattern, rule in ((p.appositive, "people.appositive"), (p.reporting, "people.name_reporting")):
        for m in pattern.finditer(text, start, end):
            name = _clean(m["name"])
            overlaps = any(person.start < m.end("name") and m.start("name") < person.end for person in found.values())
            if overlaps or name in p.not_names or any(w in p.not_names or w in p.titles for w in name.split()):
                continue
            found[m.start("name")] = PersonMatch(m.start("name"), m.end("name"), m["name"], name, ids.actor_id(name),
                                                 None, None, rule)
    people = sorted(found.values(), key=lambda person: person.start)
    surnames: dict[str, PersonMatch] = {}
    for person in people:
        surnames.setdefault(person.name.split()[-1], person)
    if surnames:
        taken = [(person.start, person.end) for person in people]
        pattern = re.compile(rf"\b(?:{_alternation(surnames)})\b")
        for m in pattern.finditer(text, start, end):
            full = surnames[m.group(0)]
            if m.start() < full.end or any(s <= m.start() < e for s, e in taken):
                continue
            people.append(PersonMatch(m.start(), m.end(), m.group(0), full.name, full.actor_id, full.office,
                                      full.affiliation, "people.surname_backref"))
    return sorted(people, key=lambda person: person.start)
