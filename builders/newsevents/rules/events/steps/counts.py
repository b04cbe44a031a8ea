"""The step that gives a trigger its counts: the quantities of its own clause that count
something of the event, the nearest first."""

from __future__ import annotations

import re

from ..clauses import _clause_around, _of_clause
from ...quantities import Quantity
from ..records import EventCandidate, Mention
from ..scene import _Draft, _Scene
from .shared import _VIOLENT_TYPES


def _place_start(place: tuple[Mention, str]) -> int:
    return place[0].start


#: A sentence that opens with where it happens: "In Kyiv,", "At the border,", "Across Sudan,".
_LOCATIVE_OPENER = re.compile(r"\s*(?:In|At|Across|Inside|Outside|Near|Throughout)[ \u00a0]")


def _setting_end(text: str, start: int, first_trigger: int) -> int:
    """Where the place phrase a sentence opens with ends (its comma, before the first trigger), or
    `start` when it opens with none."""
    if not _LOCATIVE_OPENER.match(text, start):
        return start
    comma = text.find(",", start, first_trigger)
    return comma if comma != -1 else start


#: Between an event noun and the count of what it is of: " of ", " of the ", " of up to ".
_OF_COUNT_GAP = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:(?:the|some|up[ \u00a0]+to|all)[ \u00a0]+)?")


def _event_counts(scene: _Scene, draft: _Draft) -> None:
    """The quantities that count something of the event: those of its own clause, the nearest
    first."""
    document = scene.document
    text = document.text
    s_start, s_end, actors, sentence_quantities = scene.s_start, scene.s_end, scene.actors, scene.sentence_quantities
    triggers, sentence_text, places = scene.triggers, scene.sentence_text, scene.places
    coordinations, clause_ends, recalled = scene.coordinations, scene.clause_ends, scene.recalled
    fronted_end, relatives, quotations, shifted = scene.fronted_end, scene.relatives, scene.quotations, scene.shifted
    trigger, opens, trigger_start, closes = draft.trigger, draft.opens, draft.trigger_start, draft.closes
    held, held_end, cause_start, second_from = draft.held, draft.held_end, draft.cause_start, draft.second_from
    recalling, event_places, said_from = draft.recalling, draft.event_places, draft.said_from
    clause_quantities = sentence_quantities
    if (speaker := scene.speaker) is not None and clause_quantities:
        # "three officials said": the count of who speaks, not of the event
        clause_quantities = [quantity for quantity in clause_quantities
                             if not quantity.start <= speaker.start < quantity.end]
    if cause_start != -1 and clause_quantities:  # "dozens of rockets": not of the killing responded to
        clause_quantities = [quantity for quantity in clause_quantities if quantity.start > cause_start]
    if relatives:  # "Russia, which has massed troops on the border, denies": not the denial's
        clause_quantities = _of_clause(clause_quantities, relatives, trigger_start)
        event_places = _of_clause(event_places, relatives, trigger_start, _place_start)
        if held is not None:  # "…, which took place in New York": where it took place
            event_places += [(place, role) for place, role in places
                             if held.end() <= place.start < held_end and role == "occurred_in"]
    if fronted_end is not None and trigger_start < fronted_end and event_places:  # nor any place
        event_places = [(place, role) for place, role in event_places if place.start < fronted_end]
    if fronted_end is not None and trigger_start >= fronted_end and event_places:
        # "In response to a revolution in Ukraine, Russia annexed Crimea": Ukraine is the revolution's
        event_places = [(place, role) for place, role in event_places if place.start >= fronted_end]
    if (quotations and event_places and trigger.event_type != "make_statement"  # a statement is about them
            and not any(start <= trigger_start < end for start, end in quotations)):
        event_places = _of_clause(event_places, quotations, trigger_start, _place_start)
    if shifted:  # its places and quantities too
        clause_quantities = [q for q in clause_quantities if opens <= q.start < closes]
        event_places = [(place, role) for place, role in event_places if opens <= place.start < closes]
    if clause_ends:
        low_end, high_end = _clause_around(clause_ends, trigger_start, s_start, s_end)
        clause_quantities = [q for q in clause_quantities if low_end <= q.start < high_end]
        # a place the sentence opens with stands for every clause ("In Kyiv, police fired and
        # protesters fled"); one named in the first clause, for that clause only ("Mediators
        # from Egypt opened talks, as Israel and Hamas traded accusations")
        setting_end = _setting_end(text, s_start, triggers[0].start)
        event_places = [(place, role) for place, role in event_places
                        if low_end <= place.start < high_end or place.start < setting_end]
    elif coordinations and event_places and (opened_at := next(
            (end for end in reversed(coordinations) if end <= trigger_start
             and any(end <= m.start < min(trigger_start, end + 40) for m in actors)), None)) is not None:
        # "Noem had campaigned for Nawrocki in Poland last week, and Trump congratulated him": a clause
        # with a subject of its own, after one with no event, has no place of the first
        setting_end = _setting_end(text, s_start, opened_at)
        event_places = [(place, role) for place, role in event_places
                        if place.start >= opened_at or place.start < setting_end]
    if second_from < s_end and clause_quantities:  # "43 were detained and 32 officers were injured"
        clause_quantities = [q for q in clause_quantities if q.start < second_from]
    if draft.ahead_from != -1 and clause_quantities:  # nor count what the clause before counts
        clause_quantities = [q for q in clause_quantities if q.start > draft.ahead_from]
    if said_from < s_end and clause_quantities and not text.startswith(",", said_from):
        # "seized the city, and aid groups said thousands had fled": what is said counts its own (not so
        # after a closing tag: "struck Sanaa, the ministry said, killing at least nine people")
        clause_quantities = [q for q in clause_quantities if q.start < said_from]
    if recalled and clause_quantities:  # "in retaliation for the killing of 12 children": the killing's
        clause_quantities = [q for q in clause_quantities
                             if (recalling is not None and recalling[0] < q.start < recalling[1])
                             or recalling is None and not any(start < q.start < end
                                                              for start, end in recalled)]
    if len(clause_quantities) > 1 and "including" in sentence_text:
        # "at least 200 people, including 10 civilians, had been killed": the part is no count of all
        whole = [q for q in clause_quantities if not text.endswith("including ", s_start, q.start)]
        clause_quantities = whole or clause_quantities
    if len(clause_quantities) > 1:  # the nearest that counts something, else the nearest
        # not a count whose counted thing stands before it ("killed and at least 12 [people]
        # wounded"): it counts what another verb says
        counted = [q for q in clause_quantities if q.item and q.item_start > q.start] or clause_quantities
        # nearest by the words between: "33 hostages will be released in exchange for hundreds"
        event_quantities = [min(counted, key=lambda q: trigger_start - q.end if q.end <= trigger_start
                                else q.start - trigger.end)]
    else:
        event_quantities = list(clause_quantities)
    if event_quantities and len(triggers) > 1 and " of " in sentence_text:
        # "a ceasefire that will include the release of 33 hostages": the release's count, not the ceasefire's
        event_quantities = [q for q in event_quantities if not any(
            other is not trigger and other.end <= q.start and _OF_COUNT_GAP.fullmatch(text, other.end, q.start)
            for other in triggers)]
    draft.event_places, draft.event_quantities = event_places, event_quantities


def _nearest_counts(events: list[EventCandidate], first: int) -> None:
    """A count that several events of the sentence read belongs to the one whose trigger is nearest
    ("will host leaders from 30 countries at a summit, the ministry announced": not the
    announcement's), and to the violence whose harm it counts ("shelled a camp, killing at least 40
    people": the shelling's and the killing's, not a displacement's). Works on `events[first:]`."""
    sentence_events = events[first:]
    readers: dict[tuple[int, int], list[EventCandidate]] = {}
    for event in sentence_events:
        for quantity in event.quantities:
            readers.setdefault((quantity.start, quantity.end), []).append(event)
    for event in sentence_events:
        event.quantities = [quantity for quantity in event.quantities
                            if _keeps(event, quantity, readers[quantity.start, quantity.end])]


def _keeps(event: EventCandidate, quantity: Quantity, readers: list[EventCandidate]) -> bool:
    """Whether `event` keeps a count that `readers` read: it is the nearest of them, or violence when
    the nearest is violence too (the killing of the shelling)."""
    nearest = min(_distance(reader, quantity) for reader in readers)
    return _distance(event, quantity) == nearest or event.trigger.event_type in _VIOLENT_TYPES and any(
        reader.trigger.event_type in _VIOLENT_TYPES and _distance(reader, quantity) == nearest for reader in readers)


def _distance(event: EventCandidate, quantity: Quantity) -> int:
    """Characters between an event's trigger and a quantity."""
    trigger = event.trigger
    return trigger.start - quantity.end if quantity.end <= trigger.start else max(0, quantity.start - trigger.end)
