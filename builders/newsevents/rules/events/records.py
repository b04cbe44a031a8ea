"""What the event rule reads (mentions) and writes (triggers and event candidates)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..quantities import Quantity
from ..temporal import TimeExpression

@dataclass(frozen=True, slots=True)
class Mention:
    """An entity found by another rule: an actor or a place, with its id and the rule that found it."""

    start: int
    end: int
    text: str
    entity_id: str
    kind: str  # "actor", "location", or "affiliation" (a name inside a person's title: no participant)
    rule: str
    #: A state or a capital: the place and the actor of one name ("Russia", "Moscow"), both mentioned.
    is_country: bool = False
    #: A capital, whose actor (its government) acts only where nothing makes it a place ("Moscow said").
    seat: bool = False


#: Words a trigger form may open or close with that name no event: "at war", "in a statement";
#: "threatened by", "arrived in", "victim of", "conditions the". Not the particles of phrasal verbs,
#: which are part of their meaning ("called for", "called on", "spoke with", "called off").
_LEADING_WORDS = frozenset("a an the at on in into of by to for with from".split())
_TRAILING_WORDS = frozenset("a an the at in into of by to from their his her its".split())


#: Forms whose function word is part of what they say.
_WHOLE_FORMS = frozenset({"according to", "sworn in"})


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    text: str
    event_type: str

    def named(self) -> tuple[int, int, str]:
        """The span of the words that name the event, without the function words the form matched
        around them ("threatened by" → "threatened", "at war" → "war"): what a row's trigger shows.
        The rules keep the whole form, whose end their windows are measured from."""
        words = self.text.split()
        if len(words) == 1 or " ".join(words).lower() in _WHOLE_FORMS:
            return self.start, self.end, self.text
        first, last = 0, len(words)
        while first < last - 1 and words[first].lower() in _LEADING_WORDS:
            first += 1
        while last > first + 1 and words[last - 1].lower() in _TRAILING_WORDS:
            last -= 1
        if first == 0 and last == len(words):
            return self.start, self.end, self.text
        start = self.start + self.text.index(words[first]) if first else self.start
        offset = start - self.start
        end = self.start + self.text.index(words[last - 1], offset) + len(words[last - 1])
        return start, end, self.text[offset:end - self.start]


@dataclass
class EventCandidate:
    sentence_start: int
    sentence_end: int
    sentence_text: str
    trigger: Trigger
    status: str
    status_rule: str
    date: TimeExpression | None = None
    attribution: tuple[int, int, str] | None = None
    speaker: Mention | None = None
    actors: list[tuple[Mention, str]] = field(default_factory=list)
    locations: list[tuple[Mention, str]] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    rule: str = "events.trigger"

    @property
    def key(self) -> str:
        start, end, _ = self.trigger.named()
        return f"event@{start}-{end}"
