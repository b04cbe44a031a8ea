"""The event rule's sentence loop: each sentence goes through the sentence steps (`steps.sentence`,
`steps.triggers`), then each of its triggers through the trigger steps (`steps.date`, `steps.status`,
`steps.parties`, `steps.places`, `steps.counts`, `steps.attribution`); see the package docstring."""

from __future__ import annotations

import datetime as dt
from typing import Sequence

from ..quantities import Quantity
from ..sentences import Sentence
from ..temporal import TimeExpression
from .records import EventCandidate, Mention
from .scene import _Document, _Draft, _Scene
from .status import CUE_WINDOW
from .steps.attribution import _as_participants, _event_attribution
from .steps.counts import _event_counts, _nearest_counts
from .steps.date import _event_date
from .steps.parties import _parties_beyond_clause, _parties_by_reference, _trigger_parties
from .steps.places import _places_of_event
from .steps.sentence import _find_speaker, _reporting_words, _sentence_actors, _sentence_clauses
from .steps.status import _event_status
from .steps.triggers import _scan_triggers


def _drop_denials_of_events(events: list[EventCandidate], count: int) -> None:
    """A denial whose object is an event of the sentence is that event's status, not an event of its
    own: "Russia denies any plans to deploy troops" is a deployment, denied. Works on the sentence's
    `count` events at the end of `events`."""
    first = len(events) - count
    sentence_events = events[first:]
    events[first:] = [e for e in sentence_events if not (
        e.trigger.event_type == "deny"
        and any(other.status_rule == "events.status_cue_denied"
                and e.trigger.end <= other.trigger.start <= e.trigger.end + CUE_WINDOW for other in sentence_events))]


def find_events(
    text: str,
    sentences: list[Sentence],
    mentions: list[Mention],
    times: list[TimeExpression],
    quantities: list[Quantity],
    published: dt.date | None,
    qualifiers: Sequence[Mention] = (),
) -> list[EventCandidate]:
    """Event candidates, one per trigger, in document order. `qualifiers` are actors named by an
    adjective (demonyms): one right before a trigger is that event's initiator ("an Israeli raid",
    "the Russian invasion"), and the actors before it in the sentence act in another event.

    Each sentence goes through the sentence steps, then each of its triggers through the trigger
    steps, in order: a step reads what the steps before it worked out."""
    document = _Document(text, mentions, times, quantities, published, qualifiers)
    events = document.events
    for sentence in sentences:
        scene = _Scene(document, sentence.start, sentence.end)
        _reporting_words(scene)
        _sentence_actors(scene)
        _scan_triggers(scene)
        _find_speaker(scene)
        triggers = scene.triggers
        if triggers:
            _sentence_clauses(scene)
            types_here = {trigger.event_type for trigger in triggers}
            previous: EventCandidate | None = None  # the sentence's event before this trigger's
            for index, trigger in enumerate(triggers):
                draft = _Draft(trigger, index, previous)
                _event_date(scene, draft)
                _event_status(scene, draft)
                _trigger_parties(scene, draft)
                _parties_beyond_clause(scene, draft)
                _parties_by_reference(scene, draft)
                _places_of_event(scene, draft)
                _event_counts(scene, draft)
                _event_attribution(scene, draft)
                events.append(draft.candidate(scene))
                previous = events[-1]
            if len(triggers) > 1:
                _nearest_counts(events, len(events) - len(triggers))
            if "deny" in types_here:
                _drop_denials_of_events(events, len(triggers))
        document.remember(scene.actors, triggers, scene.named_as)
    joint_types = document.lex.joint_types
    for event in events:
        if event.actors and event.trigger.event_type in joint_types:
            _as_participants(event)
    return events
