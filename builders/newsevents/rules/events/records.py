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
    date: TimeExpression | None = None
    attribution: tuple[int, int, str] | None = None
    speaker: Mention | None = None
    actors: list[tuple[Mention, str]] = field(default_factory=list)
    locations: list[tuple[Mention, str]] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    rule: str = "events.trigger"

    @property
    def key(self) -> str:
        return f"event@{self.trigger.start}-{self.trigger.end}"
