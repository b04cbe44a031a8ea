"""Event rule: triggers from a lexicon, then status, attribution, participants, places, dates and
quantities attached from the same sentence.

It works on what the other rules found (entity mentions, time expressions, quantities) and on
sentence boundaries; it never re-reads the text for entities. Heuristics, kept general:
- a reporting word ("said", "according to") attributes the other events of its sentence to the
  actor next to it, and becomes a statement event only when the sentence names no other event;
- status comes from cue words shortly before the trigger in the same clause ("will" → planned,
  "denies" → denied, "claimed" → claimed), else from the date (after publication → planned);
- an actor before the trigger is its initiator, one after it its target, the speaker its source;
- a place after "in"/"at" is where it happens, after "to"/"for"/"towards" its destination, after
  "from" its origin, after "on"/"along" + border its surroundings, otherwise its subject.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

LEXICON_FILE = Path(__file__).with_name("event_triggers.yaml")
#: How far before a trigger its status cues are looked for (characters, same clause).
CUE_WINDOW = 90
_CLAUSE_BREAK = re.compile(r"[;:“”\"(]|,\s(?:but|and|while|as|which|who)\b")
_MILITARY_NOUNS = re.compile(r"\b(?:troops|soldiers|forces|tanks|equipment|vehicles|units|army|armies|military)\b", re.I)
_PRONOUN_SPEAKER = re.compile(r"\b(?:he|she)\s*$", re.I | re.M)


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity found by another rule: an actor or a place, with its id and the rule that found it."""

    start: int
    end: int
    text: str
    entity_id: str
    kind: str  # "actor" or "location"
    rule: str
    is_country: bool = False


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    text: str
    event_type: str


@dataclass
class EventCandidate:
    sentence_start: int
    sentence_end: int
    sentence_text: str
    trigger: Trigger
    status: str
    status_rule: str
    date: Any | None = None  # a temporal TimeExpression
    attribution: tuple[int, int, str] | None = None
    speaker: Mention | None = None
    actors: list[tuple[Mention, str]] = field(default_factory=list)
    locations: list[tuple[Mention, str]] = field(default_factory=list)
    quantities: list[Any] = field(default_factory=list)
    rule: str = "events.trigger"

    @property
    def key(self) -> str:
        return f"event@{self.trigger.start}-{self.trigger.end}"


def _alternation(forms: list[str]) -> str:
    ordered = sorted(set(forms), key=lambda form: (-len(form), form))
    return "|".join(re.escape(form).replace(r"\ ", r"\s+") for form in ordered)


@dataclass(frozen=True)
class Lexicon:
    triggers: re.Pattern[str]
    type_of: dict[str, str]
    reporting: re.Pattern[str]
    cues: tuple[tuple[str, re.Pattern[str]], ...]


@cache
def lexicon() -> Lexicon:
    data = yaml.safe_load(LEXICON_FILE.read_text(encoding="utf-8"))
    type_of: dict[str, str] = {}
    for event_type, forms in data["triggers"].items():
        for form in forms:
            if form.lower() in type_of:
                raise ValueError(f"{LEXICON_FILE.name}: {form!r} is listed under two event types")
            type_of[form.lower()] = event_type
    cues = tuple(
        (status, re.compile(rf"\b(?:{_alternation(forms)})\b", re.I))
        # precedence: the first cue class that matches decides
        for status in ("denied", "claimed", "proposed", "planned", "ongoing")
        for forms in [data["status_cues"][status]]
    )
    return Lexicon(
        triggers=re.compile(rf"\b(?:{_alternation(list(type_of))})\b", re.I),
        type_of=type_of,
        reporting=re.compile(rf"\b(?:{_alternation(data['reporting'])})\b", re.I),
        cues=cues,
    )


def _normal(form: str) -> str:
    return " ".join(form.lower().split())


def _clause_start(text: str, sentence_start: int, position: int) -> int:
    window_start = max(sentence_start, position - CUE_WINDOW)
    last = None
    for last in _CLAUSE_BREAK.finditer(text, window_start, position):
        pass
    return last.end() if last else window_start


def _status(text: str, sentence_start: int, trigger: Trigger, date: Any, published: dt.date | None) -> tuple[str, str]:
    window = text[_clause_start(text, sentence_start, trigger.start) : trigger.start]
    for status, pattern in lexicon().cues:
        if pattern.search(window):
            return status, f"events.status_cue_{status}"
    if date is not None and published is not None and getattr(date, "date_start", None) and date.date_start > published:
        return "planned", "events.status_future_date"
    if date is not None and getattr(date, "date_start", None) and date.date_end is None and date.rule.endswith(("since", "duration")):
        return "ongoing", "events.status_open_interval"
    return "occurred", "events.status_default"


def _role_of_place(text: str, mention: Mention, sentence_start: int) -> str:
    before = text[max(sentence_start, mention.start - 40) : mention.start].lower()
    words = re.findall(r"[a-z’']+", before)
    window = words[-4:]
    if "border" in text[mention.end : mention.end + 20].lower() or "border" in " ".join(window) or "borders" in window:
        return "near"
    if not window:
        return "subject"
    last = window[-1]
    if last in ("in", "at", "inside", "within") or "in" in window[-2:]:
        return "occurred_in"
    if last in ("to", "for", "towards", "toward", "into"):
        return "destination"
    if last == "from":
        return "origin"
    if last in ("on", "along", "near"):
        return "near"
    return "subject"


def _between(items: list[Any], starts: list[int], start: int, end: int) -> list[Any]:
    low = bisect.bisect_left(starts, start)
    high = bisect.bisect_left(starts, end)
    return items[low:high]


def _speaker(text: str, reporting: re.Match[str], actors: list[Mention], last_person: Mention | None) -> Mention | None:
    """The actor right before the reporting word ("the Ministry said"), or after it ("according to X")."""
    before = [m for m in actors if m.end <= reporting.start() and reporting.start() - m.end <= 25]
    after = [m for m in actors if m.start >= reporting.end() and m.start - reporting.end() <= 25]
    if reporting.group(0).lower().startswith("according") and after:
        return after[0]
    if before:
        return before[-1]
    pronoun = _PRONOUN_SPEAKER.search(text, max(0, reporting.start() - 6), reporting.start())
    if pronoun and last_person:
        word = pronoun.group(0).rstrip()
        return Mention(pronoun.start(), pronoun.start() + len(word), word, last_person.entity_id, "actor",
                       "events.pronoun_speaker")
    return after[0] if after else None


def find_events(
    text: str,
    sentences: list[Any],
    mentions: list[Mention],
    times: list[Any],
    quantities: list[Any],
    published: dt.date | None,
) -> list[EventCandidate]:
    """Event candidates, one per trigger, in document order."""
    lex = lexicon()
    mentions = sorted(mentions, key=lambda m: m.start)
    mention_starts = [m.start for m in mentions]
    times = sorted(times, key=lambda t: t.start)
    time_starts = [t.start for t in times]
    quantity_starts = [q.start for q in quantities]
    events: list[EventCandidate] = []
    last_person: Mention | None = None
    for sentence in sentences:
        s_start, s_end = sentence.start, sentence.end
        in_sentence = _between(mentions, mention_starts, s_start, s_end)
        actors = [m for m in in_sentence if m.kind == "actor"]
        places = [m for m in in_sentence if m.kind == "location"]
        sentence_times = [t for t in _between(times, time_starts, s_start, s_end) if t.resolved]
        sentence_quantities = _between(quantities, quantity_starts, s_start, s_end)
        reporting = list(lex.reporting.finditer(text, s_start, s_end))
        quantity_spans = [(q.start, q.end) for q in sentence_quantities]
        triggers = []
        for match in lex.triggers.finditer(text, s_start, s_end):
            if any(m.start <= match.start() < m.end for m in in_sentence):
                continue  # part of a name ("Union Determination 2022" exercise names stay events, names don't)
            if any(q_start <= match.start() < q_end for q_start, q_end in quantity_spans):
                continue
            event_type = lex.type_of[_normal(match.group(0))]
            if event_type == "visit" and _MILITARY_NOUNS.search(text, max(s_start, match.start() - 60), match.start()):
                event_type = "mobilize_forces"
            triggers.append(Trigger(match.start(), match.end(), match.group(0), event_type))
        if not triggers and reporting:
            first = reporting[0]
            triggers.append(Trigger(first.start(), first.end(), first.group(0), "make_statement"))
        speaker = attribution = None
        if reporting:
            attribution = (reporting[0].start(), reporting[0].end(), reporting[0].group(0))
            speaker = _speaker(text, reporting[0], actors, last_person)
        for trigger in triggers:
            date = min(sentence_times, key=lambda t: abs(t.start - trigger.start), default=None)
            status, status_rule = _status(text, s_start, trigger, date, published)
            event = EventCandidate(s_start, s_end, text[s_start:s_end], trigger, status, status_rule, date,
                                   attribution, speaker)
            for mention in actors:
                if speaker is not None and mention == speaker:
                    event.actors.append((mention, "source"))
                else:
                    event.actors.append((mention, "initiator" if mention.end <= trigger.start else "target"))
            if speaker is not None and speaker not in actors:
                event.actors.append((speaker, "source"))
            for place in places:
                role = _role_of_place(text, place, s_start)
                if place.is_country and role == "subject" and place.end <= trigger.start:
                    continue  # a country named as the subject of the sentence is an actor, not a place
                event.locations.append((place, role))
            nearest = min(sentence_quantities, key=lambda q: abs(q.start - trigger.start), default=None)
            if nearest is not None:
                event.quantities.append(nearest)
            events.append(event)
        people = [m for m in actors if m.rule.startswith("people.")]
        if people:
            last_person = people[-1]
    return events
