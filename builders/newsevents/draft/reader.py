"""The rules' reading of an article: run every rule, then shape the candidates as a draft reading.

`candidates()` runs the rules (sentences, places, people, organizations, time expressions,
quantities, events); `draft()` turns them into an `ArticleReading` whose entries carry their
candidate key, rule id and `review: needed` — the file a curator then reviews. Entity ids are
taken from the registries when a name or alias matches, so drafts link to curated actors/places.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass, field, replace
from typing import Any

from newsevents_schema import codelist
from newsevents_schema.curation import (
    ActorEntry,
    ArticleReading,
    CuratedDate,
    CuratedQuantity,
    EventEntry,
    LocationEntry,
    Participant,
    Place,
    SourceEntry,
    Span,
)

from .. import ids
from ..article import Article
from ..rules.dateline import dateline_country, dateline_end
from ..rules.events import EventCandidate, Mention, find_events
from ..rules.gazetteer import find_places, gazetteer
from ..rules.organizations import find_organizations, seat_of_government
from ..rules.people import find_people
from ..rules.quantities import find_quantities
from ..rules.sentences import split_sentences
from ..rules.temporal import find_time_expressions

DRAFT_HEADER = (
    "# Draft reading written by `newsevents extract`: rule candidates, all `review: needed`.\n"
    "# Review each entry: `confirmed` (unchanged), `corrected` (with a `reason`), move wrong ones to\n"
    "# `rejected:` (with a reason), and add what the rules missed with `review: added`.\n"
)


@dataclass
class Registry:
    """Curated actors and places, found by id, name or alias, so drafts reuse their ids."""

    actors: dict[str, Any] = field(default_factory=dict)
    locations: dict[str, Any] = field(default_factory=dict)
    actor_names: dict[str, str] = field(default_factory=dict)
    location_names: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, actors: list[Any], locations: list[Any]) -> Registry:
        registry = cls()
        for entries, by_id, names, key in ((actors, registry.actors, registry.actor_names, "actor_id"),
                                           (locations, registry.locations, registry.location_names, "location_id")):
            for entry in entries:
                by_id[getattr(entry, key)] = entry
                for name in (entry.name, *entry.aliases):
                    names.setdefault(name, getattr(entry, key))
                    names.setdefault(name.removeprefix("the ").removeprefix("The "), getattr(entry, key))
        return registry

    def actor(self, rule_id: str, *names: str) -> str:
        return _curated_id(rule_id, names, self.actors, self.actor_names)

    def location(self, rule_id: str, *names: str) -> str:
        return _curated_id(rule_id, names, self.locations, self.location_names)


def _curated_id(rule_id: str, names: tuple[str, ...], by_id: dict[str, Any], known: dict[str, str]) -> str:
    """The curated id a rule's id or one of its names stands for, else the rule's own id."""
    if rule_id in by_id:
        return rule_id
    for name in names:
        if name in known:
            return known[name]
    return rule_id


@dataclass
class Candidates:
    """Everything the rules found in one article."""

    text: str
    published: dt.date | None
    mentions: list[Mention]
    proposals: dict[str, Any]  # entity id -> the rule match that first proposed it
    events: list[EventCandidate]


_actor_id = functools.lru_cache(maxsize=4096)(ids.actor_id)  # countries are named again and again
_SEAT_RULE = "organizations.capital_as_government"
#: Between a country and the title of the person it is the affiliation of: " " or "’s ".
#: Between an affiliation and the title after it: " ", "’s ", an expansion in brackets, or the end of
#: one ("NATO (North Atlantic Treaty Organization) Secretary General": both names are the affiliation).
_AFFILIATION_GAP = re.compile(r"\)?(?:[ \u00a0]\([^()\n]{1,80}\))?(?:[ \u00a0]|['’]s[ \u00a0])")


@functools.lru_cache(maxsize=1024)
def _rule_id(rule: str) -> str:
    return rule.replace("-", "_").lower()


def candidates(text: str, published: dt.date | None, body_start: int = 0,
               registry: Registry | None = None) -> Candidates:
    registry = registry or Registry()
    filed_in = dateline_country(text, body_start)  # which country the article is about, in part
    body_start = dateline_end(text, body_start)  # "NAIROBI, June 5 (Reuters) -": no actor, no place of the events
    sentences = split_sentences(text, body_start)
    mentions: list[Mention] = []
    mention = mentions.append
    proposals: dict[str, Any] = {}
    propose = proposals.setdefault
    # Without curated entries every id is the rule's own: skip the look-ups (most texts, most names).
    curated_actors = bool(registry.actors or registry.actor_names)
    curated_locations = bool(registry.locations or registry.location_names)
    # Spans taken by an actor, sorted by start, with the furthest end reached so far: a span
    # overlaps one of them when the furthest end among those starting before its end passes its start.
    taken_starts: list[int] = []
    taken_reach: list[int] = []
    bisect_left, bisect_right = bisect.bisect_left, bisect.bisect_right

    def state_actor(place: Any) -> str:
        actor_id = _actor_id(place.name)
        return registry.actor(actor_id, place.text, place.name) if curated_actors else actor_id

    def take(start: int, end: int) -> None:
        index = bisect_right(taken_starts, start)
        reach = max(end, taken_reach[index - 1]) if index else end
        taken_starts.insert(index, start)
        taken_reach.insert(index, reach)
        for later in range(index + 1, len(taken_reach)):
            if taken_reach[later] >= reach:
                break
            taken_reach[later] = reach

    def is_taken(start: int, end: int) -> bool:
        index = bisect_left(taken_starts, end) - 1
        return index >= 0 and taken_reach[index] > start

    org_mentions: list[Mention] = []
    orgs = find_organizations(text, body_start, filed_in=filed_in)
    for org in orgs:
        actor_id = registry.actor(org.actor_id, org.text, org.name) if curated_actors else org.actor_id
        org_mentions.append(Mention(org.start, org.end, org.text, actor_id, "actor", _rule_id(org.rule)))
        propose(actor_id, org)
        take(org.start, org.end)
    title_starts: set[int] = set()  # where the title of a person with an affiliation begins
    any_title_starts: set[int] = set()  # where the title of any person begins
    title_spans: list[tuple[int, int]] = []  # each title, to its person's name: "Opposition leader "
    for person in find_people(text, body_start, orgs=orgs):
        start, end = person.start, person.end
        if is_taken(start, end):
            continue  # overlaps an organization or a person already taken
        actor_id = registry.actor(person.actor_id, person.name, person.text) if curated_actors else person.actor_id
        mention(Mention(start, end, person.text, actor_id, "actor", _rule_id(person.rule)))
        propose(actor_id, person)
        take(start, end)
        if person.title_start is not None:
            any_title_starts.add(person.title_start)
            title_spans.append((person.title_start, start))
            if person.affiliation:
                title_starts.add(person.title_start)

    title_starts_sorted = [title_start for title_start, _ in title_spans]

    def affiliation_of_title(end: int, starts: set[int] = title_starts) -> bool:
        gap = _AFFILIATION_GAP.match(text, end) if starts else None
        return gap is not None and gap.end() in starts

    # "NATO Secretary General Jens Stoltenberg": the organization is his affiliation, not an actor of
    # the sentence's events (it stays proposed, as the actor he belongs to, and its words no trigger)
    def within_title(start: int, end: int) -> bool:  # "Opposition leader Nika Melia": a word of his title
        # the spans are in document order and never overlap: the one starting last before `start` is the only candidate
        index = bisect_right(title_starts_sorted, start) - 1
        return index >= 0 and end <= title_spans[index][1]

    mentions[:0] = [replace(org, kind="affiliation")
                    if affiliation_of_title(org.end) or title_spans and within_title(org.start, org.end)
                    else org for org in org_mentions]
    qualifiers: list[Mention] = []  # demonyms: actors only of an event they qualify ("an Israeli raid")
    qualifying: dict[str, Any] = {}  # actors proposed only when an event has them: demonyms, capitals
    acting = gazetteer().acting
    for place in find_places(text, body_start):
        start, end = place.start, place.end
        if is_taken(start, end):
            continue
        if place.is_demonym:  # "Russian troops": the demonym qualifies an actor; it is not a place of the event
            if place.location_kind == "country":
                actor_id = state_actor(place)
                qualifiers.append(Mention(start, end, place.text, actor_id, "actor", _rule_id(place.rule), True))
                qualifying.setdefault(actor_id, place)
            continue
        # a country, or a group of states acting as one ("the Baltic states have called for sanctions")
        is_country = place.location_kind == "country" or place.location_id in acting
        if affiliation_of_title(end, any_title_starts) or title_spans and within_title(start, end):
            # "US Secretary of State Antony Blinken", "Istanbul Mayor Ekrem Imamoglu", "the special envoy for
            # Sudan, Tom Perriello": the place is his affiliation or his office's, neither an actor nor a place
            # of the sentence's events
            continue
        location_id = (registry.location(place.location_id, place.text, place.name) if curated_locations
                       else place.location_id)
        rule = _rule_id(place.rule)
        government = None if is_country else seat_of_government(place)  # a capital may stand for it
        mention(Mention(start, end, place.text, location_id, "location", rule, is_country, seat=government is not None))
        propose(location_id, place)
        if is_country:  # a country named as a sentence's subject acts: propose it as an actor too
            actor_id = state_actor(place)
            mention(Mention(start, end, place.text, actor_id, "actor", rule, True))
            propose(actor_id, place)
        elif government is not None:  # "Moscow is awaiting responses"
            actor_id = registry.actor(government.actor_id, government.name) if curated_actors else government.actor_id
            mention(Mention(start, end, place.text, actor_id, "actor", _SEAT_RULE, True, seat=True))
            qualifying.setdefault(actor_id, government.at(text, start, end, _SEAT_RULE))  # proposed once it acts
    times = find_time_expressions(text, published, body_start, sentences=sentences) if published else []
    # a number inside a name counts nothing: "the Group of Seven", "the Group of 20"
    quantities = [q for q in find_quantities(text, body_start) if not is_taken(q.start, q.start + 1)]
    events = find_events(text, sentences, mentions, times, quantities, published, qualifiers)
    for event in events:
        for actor, _ in event.actors:
            if actor.entity_id in qualifying:
                propose(actor.entity_id, qualifying[actor.entity_id])
    return Candidates(text, published, mentions, proposals, events)


def _span(start: int, end: int, text: str) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text}


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _summary(event: EventCandidate, title: str) -> str:
    doers = [m.text for m, role in event.actors if role == "initiator"]
    who = " and ".join(dict.fromkeys(doers)) or "Unnamed actor"
    return f"{who}: {title.lower()} ({event.status})."


def _event_entry(stem: str, text: str, event: EventCandidate) -> EventEntry:
    titles = codelist("event_type").rows
    start, end = _trimmed(text, event.sentence_start, event.sentence_end)
    date = event.date
    curated_date = CuratedDate(
        text=date.text, start=date.start, end=date.end, date_start=date.date_start, date_end=date.date_end,
        precision=date.precision, rule_id=_rule_id(date.rule),
    ) if date is not None and date.resolved else CuratedDate(precision="unknown")
    actors, seen, keys = [], set(), set()
    for mention, role in event.actors:
        if (mention.entity_id, role) in seen:
            continue
        seen.add((mention.entity_id, role))
        key = f"actor@{mention.start}-{mention.end}"
        if key in keys:  # words that stand for several actors ("they" after a joint statement), or play two roles
            key = f"{key}#{mention.entity_id}#{role}"
        keys.add(key)
        actors.append(Participant(candidate=key, rule_id=mention.rule,
                                  review="needed", actor_id=mention.entity_id, role=role,
                                  **_span(mention.start, mention.end, mention.text)))
    places, seen = [], set()
    for mention, role in event.locations:
        if (mention.entity_id, role) in seen:
            continue
        seen.add((mention.entity_id, role))
        places.append(Place(candidate=f"location@{mention.start}-{mention.end}", rule_id=mention.rule,
                            review="needed", location_id=mention.entity_id, role=role,
                            **_span(mention.start, mention.end, mention.text)))
    quantities = [
        CuratedQuantity(candidate=f"quantity@{q.start}-{q.end}", rule_id=_rule_id(q.rule), review="needed",
                        item=q.item, value=q.value, low=q.low, high=q.high, approximate=q.approximate,
                        **_span(q.start, q.end, q.text))
        for q in event.quantities if q.item
    ]
    has_speaker = any(role == "source" for _, role in event.actors)
    return EventEntry(
        event_id=ids.event_id(stem, f"{event.trigger.event_type}-{event.trigger.start}"),
        candidate=event.key, rule_id=event.rule, review="needed",
        event_type=event.trigger.event_type, status=event.status,
        summary=_summary(event, titles[event.trigger.event_type]["title"]),
        evidence=Span(**_span(start, end, text[start:end])),
        trigger=Span(**_span(*event.trigger.named())),
        date=curated_date,
        attribution=Span(**_span(*event.attribution)) if event.attribution and has_speaker else None,
        actors=actors, locations=places, quantities=quantities,
    )


def _proposals(found: Candidates, registry: Registry) -> tuple[list[ActorEntry], list[LocationEntry]]:
    """Registry entries for entities the rules found that no registry knows yet."""
    actors, locations = [], []
    for entity_id, match in sorted(found.proposals.items()):
        key = f"{'actor' if entity_id.startswith('actor/') else 'location'}@{match.start}-{match.end}"
        common = {"candidate": key, "rule_id": _rule_id(match.rule), "review": "needed",
                  "name": getattr(match, "name", None) or match.text,
                  "country_code": getattr(match, "country_code", None)}
        if entity_id.startswith("actor/") and entity_id not in registry.actors:
            kind = getattr(match, "actor_kind", None) or ("person" if match.rule.startswith("people") else
                                                          "group" if getattr(match, "location_kind", "country")
                                                          != "country" else "state")  # the Baltic states
            actors.append(ActorEntry(actor_id=entity_id, actor_kind=kind, office=getattr(match, "office", None),
                                     **common))
        elif entity_id.startswith("loc/") and entity_id not in registry.locations:
            locations.append(LocationEntry(
                location_id=entity_id, location_kind=match.location_kind, latitude=match.latitude,
                longitude=match.longitude, geo_precision=match.geo_precision, geonames_id=match.geonames_id, **common))
    return actors, locations


def draft(article: Article, registry: Registry | None = None) -> ArticleReading:
    """The rules' draft reading of `article`, in the curation file format."""
    registry = registry or Registry()
    found = candidates(article.text, article.published, article.body_start, registry)
    actors, locations = _proposals(found, registry)
    return ArticleReading(
        source=SourceEntry(file_name=article.path.name, published_date=article.published, language="en"),
        events=[_event_entry(article.stem, article.text, event) for event in found.events],
        actors=actors, locations=locations,
    )
