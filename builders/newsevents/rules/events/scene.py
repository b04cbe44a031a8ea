"""What the steps of `find_events` share: the article indexed once (`_Document`), the sentence
being worked out (`_Scene`) and the event each trigger makes (`_Draft`). Each field says which step
sets it; a step reads only what the steps before it set."""

from __future__ import annotations

import datetime as dt
import re
from typing import Sequence

from ..quantities import Quantity
from ..temporal import TimeExpression
from .lexicon import _folded, lexicon
from .parties import _is_group
from .records import EventCandidate, Mention, Trigger

#: A verb of mediation glued by a hyphen to the name before it, before what it mediates: "a
#: Russian-mediated ceasefire", "the Qatari-brokered deal", "a U.S.-sponsored truce".
_GLUED_MEDIATION = re.compile(r"[-\u2010\u2011](?P<verb>brokered|mediated|sponsored)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?"
                              r"(?:ceasefire|cease-fire|truce|deal|agreement|accord|talks|negotiations|peace)(?![\w-])")


class _Document:
    """The article's text with its mentions, times and quantities sorted and indexed once, and what
    the sentences read so far named: the last person and group ("he", "they"), the event types."""

    def __init__(self, text: str, mentions: list[Mention], times: list[TimeExpression], quantities: list[Quantity],
                 published: dt.date | None, qualifiers: Sequence[Mention]) -> None:
        self.text, self.published, self.quantities = text, published, quantities
        self.lex = lex = lexicon()
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.mention_starts = [m.start for m in self.mentions]
        self.mention_reach: list[int] = []  # the furthest end of a mention up to each one
        furthest = -1
        for mention in self.mentions:
            furthest = max(furthest, mention.end)
            self.mention_reach.append(furthest)
        self.times = sorted(times, key=lambda t: t.start)
        self.time_starts = [t.start for t in self.times]
        self.quantity_starts = [q.start for q in quantities]
        self.folded = lex.folded is not None
        if lex.folded is not None:
            self.source = _folded(text)
            self.trigger_pattern, self.reporting_pattern = lex.folded[0], lex.folded[1]
        else:
            self.source, self.trigger_pattern, self.reporting_pattern = text, lex.triggers, lex.reporting
        self.qualifiers = qualifiers
        self.qualifier_by_end = {mention.end: mention for mention in qualifiers}
        self.glued_mediation = _GLUED_MEDIATION.search(text) is not None  # "a Russian-mediated ceasefire": rare
        self.actors_by_end: dict[int, Mention] | None = None  # every actor by its end, made when first needed
        self.events: list[EventCandidate] = []
        self.last_person: Mention | None = None
        self.last_group: Mention | None = None  # the last group named in the sentence before ("they")
        self.types_named: set[str] = set()  # the event types the sentences before named

    def remember(self, actors: list[Mention], triggers: list[Trigger], named_as: set[str]) -> None:
        """What a sentence leaves for the sentences after it: the types it named, its person and group."""
        types_named = self.types_named
        types_named.update(trigger.event_type for trigger in triggers)
        types_named.update(named_as)
        if "assault" in types_named or "armed_conflict" in types_named:  # "the attack" after a killing or a raid
            types_named.update(("assault", "armed_conflict"))
        # "He" most often refers to the subject of the latest sentence naming a person: its first person.
        for mention in actors:
            if mention.rule.startswith("people."):
                self.last_person = mention
                break
        groups = [mention for mention in actors if _is_group(self.text, mention)]
        self.last_group = groups[-1] if groups else None


class _Scene:
    """One sentence, as the steps of `find_events` work it out in turn: its mentions and actors, its
    triggers, who speaks, and the clauses and phrases every trigger's steps read."""

    # set by _reporting_words
    low: int
    in_sentence: list[Mention]
    reporting: list[tuple[int, int]]

    # set by _sentence_actors
    actors: list[Mention]
    place_owners: set[int]
    described_span: tuple[int, int] | None
    sentence_quantities: list[Quantity]

    # set by _scan_triggers
    triggers: list[Trigger]
    named_as: set[str]
    ranked_among: list[tuple[int, int]]
    manner_for: set[int]

    # set by _find_speaker
    mediators: dict[int, Mention]
    relative_owners: list[tuple[set[int], int]]
    speaker: Mention | None
    attribution: tuple[int, int, str] | None
    subject_speaks: bool
    participle: bool
    listed: set[int] | None
    addressees: dict[int, int]
    claim_start: int | None

    # set by _sentence_clauses
    sentence_text: str
    responds: bool
    undoing: bool
    paving: bool
    sentence_times: list[TimeExpression]
    all_times: list[TimeExpression]
    reporting_starts: set[int]
    statement_times: set[int]
    speaks_later: bool
    is_speaker: list[bool]
    speaker_extras: list[tuple[Mention, str]]
    acting_seats: set[int]
    has_pronoun: bool
    has_they: bool
    passive_words: bool
    subordinate_subjects: bool
    background_words: bool
    negating: bool
    cancelling: bool
    places: list[tuple[Mention, str]]
    coordinations: list[int]
    clause_ends: list[int]
    defied: list[tuple[int, int]]
    talk_topics: bool
    time_prepositions: bool
    time_conjunctions: bool
    recalled: list[tuple[int, int]]
    offences: dict[int, bool]
    fronted_end: int | None
    later_clauses: list[tuple[int, int]]
    relatives: list[tuple[int, int]]
    quotations: list[tuple[int, int]]
    shifted: list[int]
    contrasted: list[int]
    conceded: list[int]
    time_shifted: list[tuple[int, int]]
    tag_start: int | None
    tag_span: tuple[int, int] | None
    tag_speaker: Mention | None
    cue_breaks: list[tuple[int, int]]
    break_ends: list[int]
    own_after_that: dict[int, int]  # trigger start → its "that": a speech act the subject adds after it

    def __init__(self, document: _Document, s_start: int, s_end: int) -> None:
        self.document, self.s_start, self.s_end = document, s_start, s_end
        self.first_event = len(document.events)  # where this sentence's events start in `events`
        self.unattributed_end = -1  # where the last trigger of a later predicate of the speaker's own ends


class _Draft:
    """The event one trigger makes, filled in by the steps of `find_events` in turn: its day, status,
    parties, places, counts and attribution, and the positions of the phrases a later step reads."""

    # set by _event_date
    opens: int
    trigger_start: int
    cause_verb: re.Match[str] | None
    closes: int
    verb_time: tuple[int, int] | None
    date: TimeExpression | None
    ahead_from: int  # where "ahead of" opens before the trigger, -1 if it does not
    defied_in: tuple[int, int] | None  # the phrase of defiance the trigger names what is defied in

    # set by _event_status
    status: str
    status_rule: str
    held: re.Match[str] | None
    held_end: int

    # set by _trigger_parties
    event_actors: list[tuple[Mention, str]]
    cause_start: int
    said_from: int
    states_content: bool
    tag: tuple[int, int] | None
    announced_from: int

    # set by _parties_beyond_clause
    second_from: int
    deed_from: int

    # set by _parties_by_reference
    over_from: int
    over_to: int
    verb_object: bool
    recalling: tuple[int, int] | None

    # set by _places_of_event
    event_places: list[tuple[Mention, str]]

    # set by _event_counts
    event_quantities: list[Quantity]

    # set by _event_attribution
    rule: str
    event_speaker: Mention | None
    event_attribution: tuple[int, int, str] | None

    def __init__(self, trigger: Trigger, index: int, previous: EventCandidate | None) -> None:
        self.trigger, self.index, self.previous = trigger, index, previous  # the sentence's event before

    def candidate(self, scene: _Scene) -> EventCandidate:
        """The finished event, in its sentence."""
        return EventCandidate(scene.s_start, scene.s_end, scene.sentence_text, self.trigger, self.status,
                              self.status_rule, self.date, self.event_attribution, self.event_speaker,
                              self.event_actors, self.event_places, self.event_quantities, self.rule)
