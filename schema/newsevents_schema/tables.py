"""The published tables, one pydantic model each: the single source of truth for every schema artifact.

Each model's class variables say what a row means (`table_name`, `primary_key`, `foreign_keys`,
`row_order`); its fields carry titles, descriptions and constraints. Tables are flat: lists live in
link tables (`actor_aliases`, `event_actors`, `event_locations`, `quantities`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar, NamedTuple

from pydantic import BaseModel, ConfigDict, model_validator

from .fields import (
    ACTOR_ID,
    COUNTRY_CODE,
    EVENT_ID,
    LOCATION_ID,
    RULE_ID,
    SOURCE_ID,
    WIKIDATA_ID,
    ActorKind,
    ActorRole,
    DatePrecision,
    EventType,
    GeoPrecision,
    LocationKind,
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


class ForeignKey(NamedTuple):
    fields: tuple[str, ...]
    table: str
    table_fields: tuple[str, ...]


class Table(BaseModel):
    """A row of a published table. Strict: no type coercion, no unknown columns."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)

    table_name: ClassVar[str]
    table_title: ClassVar[str]
    primary_key: ClassVar[tuple[str, ...]]
    foreign_keys: ClassVar[tuple[ForeignKey, ...]] = ()
    #: Columns the published file is sorted by (deterministic row order).
    row_order: ClassVar[tuple[str, ...]] = ()
    #: Checks that involve several fields, stated for implementers in other languages.
    row_rules: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def order(cls) -> tuple[str, ...]:
        return cls.row_order or cls.primary_key


def rule_field() -> Any:
    return described(
        "Rule",
        "Id of the extraction rule that proposed this row (for example `people.title_name`); "
        "empty when a curator added the row by hand.",
        default=None, pattern=RULE_ID,
    )


def review_field() -> Any:
    return coded(
        "review_status",
        "Review status",
        "What curation decided about this row: confirmed or corrected a rule's proposal, added it by hand, "
        "or not reviewed yet.",
    )


class Source(Table):
    table_name = "sources"
    table_title = "Source articles"
    primary_key = ("source_id",)
    row_rules = (
        "text_sha256 is the SHA-256 of the source file's bytes (the UTF-8 encoding of text).",
        "char_count equals the number of Unicode code points in text.",
    )

    source_id: str = described(
        "Source id", "Stable id of the article: `source/` plus the slug of its file name.", pattern=SOURCE_ID
    )
    file_name: NonEmpty = described("File name", "Name of the article's file in the repository's `seeds/` folder.")
    published_date: dt.date = described(
        "Publication date", "Date the article was published; the anchor for 'today', 'tomorrow' and 'last week'."
    )
    language: str = described("Language", "ISO 639-1 code of the article's language.", pattern=r"^[a-z]{2,3}$")
    text_sha256: str = described(
        "Text SHA-256", "Hex SHA-256 of the article file's bytes, kept byte for byte.", pattern=r"^[0-9a-f]{64}$"
    )
    body_start: Offset = described(
        "Body start", "Offset at which the article body begins, after the ' date YYYY-MM-DD ' header."
    )
    char_count: Offset = described("Characters", "Length of `text` in Unicode code points.")
    text: NonEmpty = described(
        "Text",
        "The whole article as decoded from UTF-8. All offsets in this package are 0-based, end-exclusive "
        "Unicode code point indices into this text.",
    )

    @model_validator(mode="after")
    def _counts_agree(self) -> Source:
        if self.char_count != len(self.text):
            raise ValueError(f"char_count is {self.char_count} but text has {len(self.text)} code points")
        if self.body_start > len(self.text):
            raise ValueError("body_start lies beyond the end of text")
        return self


class Actor(Table):
    table_name = "actors"
    table_title = "Actors"
    primary_key = ("actor_id",)
    foreign_keys = (ForeignKey(("affiliation_id",), "actors", ("actor_id",)),)

    actor_id: str = described(
        "Actor id", "Stable, human-readable id: `actor/` plus a slug of the canonical name.", pattern=ACTOR_ID
    )
    name: NonEmpty = described("Name", "Canonical name of the actor.")
    actor_kind: ActorKind = coded("actor_kind", "Actor kind", "What kind of actor this is.")
    country_code: str | None = described(
        "Country", "ISO 3166-1 alpha-3 code of the state the actor belongs to or is.", default=None, pattern=COUNTRY_CODE
    )
    office: str | None = described(
        "Office", "For persons: the office held at the time of the source (for example 'Foreign Minister').",
        default=None, min_length=1,
    )
    affiliation_id: str | None = described(
        "Affiliation", "The actor this one belongs to or acts for (a minister's state, an agency's government).",
        default=None, pattern=ACTOR_ID,
    )
    wikidata_id: str | None = described(
        "Wikidata id", "Wikidata item id, only where certain; empty otherwise, never guessed.",
        default=None, pattern=WIKIDATA_ID,
    )
    rule_id: str | None = rule_field()
    review_status: ReviewStatus = review_field()

    @model_validator(mode="after")
    def _not_own_affiliation(self) -> Actor:
        if self.affiliation_id == self.actor_id:
            raise ValueError("affiliation_id must name another actor")
        return self


class ActorAlias(Table):
    table_name = "actor_aliases"
    table_title = "Actor aliases"
    primary_key = ("actor_id", "alias")
    foreign_keys = (ForeignKey(("actor_id",), "actors", ("actor_id",)),)

    actor_id: str = described("Actor id", "The actor this alias names.", pattern=ACTOR_ID)
    alias: NonEmpty = described(
        "Alias", "Another name, short name, acronym, demonym or metonym under which the actor appears in sources."
    )


class Location(Table):
    table_name = "locations"
    table_title = "Locations"
    primary_key = ("location_id",)
    row_rules = ("latitude and longitude are both given or both empty.",)

    location_id: str = described(
        "Location id", "Stable, human-readable id: `loc/` plus a slug of the canonical name.", pattern=LOCATION_ID
    )
    name: NonEmpty = described("Name", "Canonical English name of the place.")
    location_kind: LocationKind = coded("location_kind", "Location kind", "What kind of place this is.")
    country_code: str | None = described(
        "Country", "ISO 3166-1 alpha-3 code of the country the place lies in; empty for places spanning several.",
        default=None, pattern=COUNTRY_CODE,
    )
    latitude: float | None = described(
        "Latitude", "WGS 84 latitude in decimal degrees.", default=None, ge=-90, le=90
    )
    longitude: float | None = described(
        "Longitude", "WGS 84 longitude in decimal degrees.", default=None, ge=-180, le=180
    )
    geo_precision: GeoPrecision = coded(
        "geo_precision", "Geographic precision", "How precisely the coordinates pin down the place."
    )
    geonames_id: int | None = described(
        "GeoNames id", "GeoNames feature id for populated places and other features GeoNames lists.", default=None, ge=1
    )
    wikidata_id: str | None = described(
        "Wikidata id", "Wikidata item id, only where certain; empty otherwise, never guessed.",
        default=None, pattern=WIKIDATA_ID,
    )
    rule_id: str | None = rule_field()
    review_status: ReviewStatus = review_field()

    @model_validator(mode="after")
    def _coordinates_pair(self) -> Location:
        if (self.latitude is None) != (self.longitude is None):
            raise ValueError("latitude and longitude must both be given or both be empty")
        return self


class LocationAlias(Table):
    table_name = "location_aliases"
    table_title = "Location aliases"
    primary_key = ("location_id", "alias")
    foreign_keys = (ForeignKey(("location_id",), "locations", ("location_id",)),)

    location_id: str = described("Location id", "The place this alias names.", pattern=LOCATION_ID)
    alias: NonEmpty = described("Alias", "Another name of the place ('Kiev' for Kyiv).")


class Event(Table):
    table_name = "events"
    table_title = "Events"
    primary_key = ("event_id",)
    foreign_keys = (
        ForeignKey(("source_id",), "sources", ("source_id",)),
        ForeignKey(("attributed_to",), "actors", ("actor_id",)),
    )
    row_order = ("source_id", "evidence_start", "event_id")
    row_rules = (
        "evidence_text equals the source text from evidence_start to evidence_end; likewise for the trigger "
        "and the attribution.",
        "The trigger span lies inside the evidence span.",
        "date_start <= date_end; the interval fits date_precision (week: Monday-Sunday; month: first to last day; "
        "year: 1 January to 31 December; unknown: no bounds).",
    )

    event_id: str = described(
        "Event id", "Stable, human-readable id: `event/<source slug>/<event slug>`.", pattern=EVENT_ID
    )
    source_id: str = described("Source id", "The article that reports the event.", pattern=SOURCE_ID)
    event_type: EventType = coded("event_type", "Event type", "What kind of event this is.")
    status: Status = coded("status", "Status", "Factuality: occurred, ongoing, planned, announced, claimed, denied ...")
    date_start: dt.date | None = described(
        "Start date", "First day of the interval in which the event happens; empty when unknown or open.", default=None
    )
    date_end: dt.date | None = described(
        "End date", "Last day of the interval; empty when unknown or still going on.", default=None
    )
    date_precision: DatePrecision = coded(
        "date_precision", "Date precision", "The unit to which the date interval is known."
    )
    date_text: str | None = described(
        "Date words", "The article's own words for the date ('tomorrow', 'last week'), kept as written.",
        default=None, min_length=1,
    )
    date_rule: str | None = described(
        "Date rule", "How the date was resolved: the temporal rule's id, or `curation.date` when a curator set it.",
        default=None, pattern=RULE_ID,
    )
    summary: NonEmpty = described("Summary", "One sentence saying who did what to whom, in plain English.")
    evidence_start: int = described("Evidence start", "Offset of the first character of the evidence.", ge=0)
    evidence_end: int = described("Evidence end", "Offset just past the last character of the evidence.", ge=1)
    evidence_text: NonEmpty = described(
        "Evidence", "The exact source text that reports the event: text[evidence_start:evidence_end]."
    )
    trigger_start: int | None = described(
        "Trigger start", "Offset of the word or phrase that names the event.", default=None, ge=0
    )
    trigger_end: int | None = described("Trigger end", "Offset just past the trigger.", default=None, ge=1)
    trigger_text: str | None = described(
        "Trigger", "The word or phrase naming the event ('travel', 'exercises').", default=None, min_length=1
    )
    attributed_to: str | None = described(
        "Attributed to",
        "The actor who said or reported the event ('the US State Department said'); in a joint statement the "
        "first speaker named ('Mali and Burkina Faso said': Mali). event_actors lists every speaker, role `source`.",
        default=None, pattern=ACTOR_ID,
    )
    attribution_start: int | None = described(
        "Attribution start", "Offset of the reporting words.", default=None, ge=0
    )
    attribution_end: int | None = described("Attribution end", "Offset just past the reporting words.", default=None, ge=1)
    attribution_text: str | None = described(
        "Attribution words", "The reporting words as written ('said', 'according to', 'reported').",
        default=None, min_length=1,
    )
    rule_id: str | None = rule_field()
    review_status: ReviewStatus = review_field()

    @model_validator(mode="after")
    def _spans_and_dates(self) -> Event:
        problem = (
            span_problem(self.evidence_start, self.evidence_end, self.evidence_text, "evidence")
            or span_problem(self.trigger_start, self.trigger_end, self.trigger_text, "trigger")
            or span_problem(self.attribution_start, self.attribution_end, self.attribution_text, "attribution")
            or date_interval_problem(self.date_start, self.date_end, self.date_precision)
        )
        if problem is None and self.trigger_start is not None and self.trigger_end is not None and not (
            self.evidence_start <= self.trigger_start and self.trigger_end <= self.evidence_end
        ):
            problem = "the trigger span must lie inside the evidence span"
        if problem:
            raise ValueError(problem)
        return self


class _Mention(Table):
    """A link row whose evidence is the mention of the linked entity in the source text."""

    mention_start: int | None = described(
        "Mention start", "Offset of the words in the source that name the linked entity.", default=None, ge=0
    )
    mention_end: int | None = described("Mention end", "Offset just past the mention.", default=None, ge=1)
    mention_text: str | None = described(
        "Mention", "The words as written ('Moscow' for the Russian government, 'he' for a speaker).",
        default=None, min_length=1,
    )
    rule_id: str | None = rule_field()
    review_status: ReviewStatus = review_field()

    @model_validator(mode="after")
    def _mention_span(self) -> _Mention:
        problem = span_problem(self.mention_start, self.mention_end, self.mention_text, "mention")
        if problem:
            raise ValueError(problem)
        return self


class EventActor(_Mention):
    table_name = "event_actors"
    table_title = "Event participants"
    primary_key = ("event_id", "actor_id", "role")
    foreign_keys = (
        ForeignKey(("event_id",), "events", ("event_id",)),
        ForeignKey(("actor_id",), "actors", ("actor_id",)),
    )
    row_rules = ("mention_text equals the event's source text from mention_start to mention_end.",)

    event_id: str = described("Event id", "The event.", pattern=EVENT_ID)
    actor_id: str = described("Actor id", "The actor taking part.", pattern=ACTOR_ID)
    role: ActorRole = coded("actor_role", "Role", "The part the actor plays in the event.")


class EventLocation(_Mention):
    table_name = "event_locations"
    table_title = "Event locations"
    primary_key = ("event_id", "location_id", "role")
    foreign_keys = (
        ForeignKey(("event_id",), "events", ("event_id",)),
        ForeignKey(("location_id",), "locations", ("location_id",)),
    )
    row_rules = ("mention_text equals the event's source text from mention_start to mention_end.",)

    event_id: str = described("Event id", "The event.", pattern=EVENT_ID)
    location_id: str = described("Location id", "The place.", pattern=LOCATION_ID)
    role: LocationRole = coded("location_role", "Role", "The part the place plays in the event.")


class Quantity(Table):
    table_name = "quantities"
    table_title = "Quantities"
    primary_key = ("event_id", "item")
    foreign_keys = (ForeignKey(("event_id",), "events", ("event_id",)),)
    row_rules = (
        "low <= value <= high where given; an exact count has value = low = high.",
        "quantity_text equals the event's source text from quantity_start to quantity_end.",
    )

    event_id: str = described("Event id", "The event the quantity belongs to.", pattern=EVENT_ID)
    item: NonEmpty = described(
        "Item", "What is counted, in lower case ('troops', 's-400 surface-to-air systems').",
    )
    value: int | None = described(
        "Value", "The count when the source gives one number; empty for vague amounts.", default=None, ge=0
    )
    low: int | None = described(
        "Low", "Lower bound of the count ('tens of thousands' gives 20000); empty when unbounded.", default=None, ge=0
    )
    high: int | None = described(
        "High", "Upper bound of the count ('tens of thousands' gives 99999); empty when unbounded.", default=None, ge=0
    )
    approximate: bool = described(
        "Approximate", "True when the source gives a vague or hedged amount ('tens of thousands', 'about 100')."
    )
    quantity_start: int = described("Quantity start", "Offset of the quantity phrase.", ge=0)
    quantity_end: int = described("Quantity end", "Offset just past the quantity phrase.", ge=1)
    quantity_text: NonEmpty = described("Quantity words", "The quantity as written ('tens of thousands of troops').")
    rule_id: str | None = rule_field()
    review_status: ReviewStatus = review_field()

    @model_validator(mode="after")
    def _bounds(self) -> Quantity:
        problem = span_problem(self.quantity_start, self.quantity_end, self.quantity_text, "quantity")
        if problem:
            raise ValueError(problem)
        if self.value is None and self.low is None and self.high is None:
            raise ValueError("give value, or at least one of low and high")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"low ({self.low}) is greater than high ({self.high})")
        if self.value is not None and (
            (self.low is not None and self.value < self.low) or (self.high is not None and self.value > self.high)
        ):
            raise ValueError(f"value ({self.value}) lies outside low-high ({self.low}-{self.high})")
        return self


class Correction(Table):
    table_name = "corrections"
    table_title = "Curator corrections"
    primary_key = ("row_table", "row_key", "field_name")
    row_rules = ("row_key is the corrected row's primary key values joined by ' | ', in primary-key order.",)

    row_table: str = described("Table", "The published table of the corrected row.", pattern=r"^[a-z_]+$")
    row_key: NonEmpty = described("Row key", "The corrected row's primary key, values joined by ' | '.")
    field_name: str = described("Field", "The corrected field, as the curation file names it.", pattern=r"^[a-z_.]+$")
    rule_value: str | None = described("Rule's value", "What the rule proposed, as text (empty: nothing).", default=None)
    curated_value: str | None = described("Curated value", "What the curator decided, as text (empty: nothing).", default=None)
    rule_id: str = described("Rule", "The rule whose proposal was corrected.", pattern=RULE_ID)
    reason: NonEmpty = described("Reason", "Why the curator corrected the rule.")


#: Every published table, in dependency order (a table's foreign keys point to earlier tables).
TABLES: tuple[type[Table], ...] = (
    Source, Actor, ActorAlias, Location, LocationAlias, Event, EventActor, EventLocation, Quantity, Correction,
)
TABLES_BY_NAME: dict[str, type[Table]] = {table.table_name: table for table in TABLES}
