"""Models of the hand-curated files contributors edit: entity registries and one reading per article.

Entries reuse the table models' fields (titles, descriptions, constraints), so a field is
described once. A curated entry either adds a row by hand or reviews a rule's candidate.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, create_model, field_validator, model_validator

from .fields import (
    ACTOR_ID,
    LOCATION_ID,
    RULE_ID,
    ActorRole,
    DatePrecision,
    EventType,
    LocationRole,
    NonEmpty,
    Offset,
    ReviewStatus,
    Status,
    coded,
    date_interval_problem,
    described,
    span_problem,
)
from .tables import Actor, Event, Location, Quantity, Source


def _same_field(model: type[BaseModel], name: str, **overrides: Any) -> Any:
    """The table model's field definition, reused (optionally with a new default)."""
    info = copy.copy(model.model_fields[name])
    for key, value in overrides.items():
        setattr(info, key, value)
    return info


class Curated(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")


REVIEW = coded(
    "review_status",
    "Review",
    "`added` for a row written by hand; `confirmed` or `corrected` for a rule's candidate (name it in `candidate`).",
    default="added",
)
REASON = described(
    "Reason", "Why the curator added, corrected or rejected this: required for corrections and rejections.",
    default=None, min_length=3,
)
CANDIDATE = described(
    "Candidate", "Key of the rule candidate this entry reviews, as `extract` prints it (for example `event@412-418`).",
    default=None, pattern=r"^[a-z_]+@[0-9]+-[0-9]+(#.+)?$",
)


#: The deprecated name of `needed`, read as `needed` wherever a curation file still writes it.
RENAMED_REVIEWS = {"unreviewed": "needed"}


class Reviewed(Curated):
    review: ReviewStatus = REVIEW
    candidate: str | None = CANDIDATE
    rule_id: str | None = described(
        "Rule", "The rule that proposed the candidate, as `extract` wrote it (checked by the build).",
        default=None, pattern=RULE_ID,
    )
    reason: str | None = REASON

    @field_validator("review", mode="before")
    @classmethod
    def _current_name(cls, value: Any) -> Any:
        return RENAMED_REVIEWS.get(value, value) if isinstance(value, str) else value

    @model_validator(mode="after")
    def _review_is_explained(self) -> Reviewed:
        if self.review in ("confirmed", "corrected", "needed") and self.candidate is None:
            raise ValueError(f"review {self.review!r} needs the `candidate` it reviews")
        if self.review == "corrected" and self.reason is None:
            raise ValueError("a correction needs a `reason`")
        if self.review == "added" and (self.candidate is not None or self.rule_id is not None):
            raise ValueError("an entry added by hand has no `candidate` or `rule_id`; use review: confirmed or corrected")
        return self


class Span(Curated):
    """Where words stand in the article: offsets and the exact text, checked against each other."""

    start: Offset = described("Start", "Offset of the first character (code points into the whole file).")
    end: Offset = described("End", "Offset just past the last character.")
    text: NonEmpty = described("Text", "The exact words at start:end.")

    @model_validator(mode="after")
    def _consistent(self) -> Span:
        problem = span_problem(self.start, self.end, self.text, "span")
        if problem:
            raise ValueError(problem.replace("span_", ""))
        return self


def _entry_model(name: str, table: type[BaseModel], doc: str, aliases_doc: str) -> type[Reviewed]:
    """A registry entry: the table's columns (less the provenance ones the build fills in) plus aliases."""
    fields: dict[str, Any] = {
        field_name: (info.annotation, copy.copy(info))
        for field_name, info in table.model_fields.items()
        if field_name not in ("rule_id", "review_status")
    }
    fields["aliases"] = (list[NonEmpty], described("Aliases", aliases_doc, default_factory=list))
    return create_model(name, __base__=Reviewed, __doc__=doc, __module__=__name__, **fields)


ActorEntry = _entry_model(
    "ActorEntry", Actor, "An actor in the registry `seeds/actors.yaml`, shared by every article.",
    "Other names under which the actor appears (short names, acronyms, metonyms such as a capital).",
)
LocationEntry = _entry_model(
    "LocationEntry", Location, "A place in the registry `seeds/locations.yaml`, shared by every article.",
    "Other names of the place (Kiev for Kyiv).",
)


class ActorRegistry(Curated):
    actors: list[ActorEntry]  # type: ignore[valid-type] = described("Actors", "Every actor of every article.")


class LocationRegistry(Curated):
    locations: list[LocationEntry]  # type: ignore[valid-type] = described("Locations", "Every place of every article.")


class CuratedDate(Curated):
    """When an event happens, resolved against the publication date, with the words that say so."""

    text: str | None = described("Words", "The date words as written; empty when the date is only implied.", default=None)
    start: Offset | None = described("Start", "Offset of the date words.", default=None)
    end: Offset | None = described("End", "Offset just past the date words.", default=None)
    date_start: dt.date | None = _same_field(Event, "date_start")
    date_end: dt.date | None = _same_field(Event, "date_end")
    precision: DatePrecision = coded("date_precision", "Precision", "The unit to which the interval is known.")
    rule_id: str | None = described(
        "Rule", "The temporal rule that resolved the words, when a rule did.", default=None, pattern=RULE_ID
    )

    @model_validator(mode="after")
    def _consistent(self) -> CuratedDate:
        problem = span_problem(self.start, self.end, self.text, "date") or date_interval_problem(
            self.date_start, self.date_end, self.precision
        )
        if problem:
            raise ValueError(problem)
        return self


class Participant(Reviewed, Span):
    actor_id: str = described("Actor", "The actor, by id from `seeds/actors.yaml`.", pattern=ACTOR_ID)
    role: ActorRole = coded("actor_role", "Role", "initiator, target, participant, source (who said it) or beneficiary.")


class Place(Reviewed, Span):
    location_id: str = described("Location", "The place, by id from `seeds/locations.yaml`.", pattern=LOCATION_ID)
    role: LocationRole = coded("location_role", "Role", "occurred_in, destination, origin, near or subject.")


class CuratedQuantity(Reviewed, Span):
    item: str = _same_field(Quantity, "item")
    value: int | None = _same_field(Quantity, "value")
    low: int | None = _same_field(Quantity, "low")
    high: int | None = _same_field(Quantity, "high")
    approximate: bool = _same_field(Quantity, "approximate", default=False)


class EventEntry(Reviewed):
    """One event of an article: what, when, with whom, where, how many, and the evidence for it."""

    event_id: str = _same_field(Event, "event_id")
    event_type: EventType = _same_field(Event, "event_type")
    status: Status = _same_field(Event, "status")
    summary: str = _same_field(Event, "summary")
    evidence: Span = described("Evidence", "The exact source text that reports the event.")
    trigger: Span | None = described("Trigger", "The words naming the event, inside the evidence.", default=None)
    date: CuratedDate = described("Date", "When the event happens.")
    attribution: Span | None = described(
        "Attribution",
        "The reporting words ('said', 'according to'); the speakers are the participants with role `source` "
        "(several in a joint statement).",
        default=None,
    )
    actors: list[Participant] = described("Actors", "Who takes part, each with its mention.", default_factory=list)
    locations: list[Place] = described("Locations", "Where, each with its mention.", default_factory=list)
    quantities: list[CuratedQuantity] = described("Quantities", "Counts reported for the event.", default_factory=list)

    @model_validator(mode="after")
    def _speaker_named(self) -> EventEntry:
        # A joint statement ("Mali and Burkina Faso said") has several participants with role `source`.
        if self.attribution is not None and not any(p.role == "source" for p in self.actors):
            raise ValueError("an attribution needs a participant with role 'source' (who said it)")
        return self


class Rejection(Curated):
    """A rule candidate the curator rejects, with the reason."""

    candidate: str = described(
        "Candidate", "Key of the rejected rule candidate, as `extract` prints it.", pattern=r"^[a-z_]+@[0-9]+-[0-9]+(#.+)?$"
    )
    reason: NonEmpty = described("Reason", "Why the candidate is wrong.")


class SourceEntry(Curated):
    file_name: str = _same_field(Source, "file_name")
    published_date: dt.date = _same_field(Source, "published_date")
    language: str = _same_field(Source, "language", default="en")


class ArticleReading(Curated):
    """The curated reading of one article: `seeds/<article>.yaml` next to `seeds/<article>.txt`."""

    source: SourceEntry = described("Source", "The article this reading belongs to.")
    events: list[EventEntry] = described("Events", "Every event the article reports.")
    actors: list[ActorEntry] = described(  # type: ignore[valid-type]
        "New actors", "Actors first met in this article (shared ones belong in `seeds/actors.yaml`).",
        default_factory=list,
    )
    locations: list[LocationEntry] = described(  # type: ignore[valid-type]
        "New locations", "Places first met in this article (shared ones belong in `seeds/locations.yaml`).",
        default_factory=list,
    )
    rejected: list[Rejection] = described(
        "Rejected candidates", "Rule candidates that are wrong, each with a reason.", default_factory=list
    )


#: Curation file kinds, by the JSON Schema file name they are published under.
CURATION_MODELS: dict[str, type[BaseModel]] = {
    "actors-registry": ActorRegistry,
    "locations-registry": LocationRegistry,
    "article-reading": ArticleReading,
}

__all__ = [
    "ActorEntry", "ActorRegistry", "ArticleReading", "CuratedDate", "CuratedQuantity", "EventEntry",
    "LocationEntry", "LocationRegistry", "Participant", "Place", "Rejection", "SourceEntry", "Span",
    "CURATION_MODELS",
]
