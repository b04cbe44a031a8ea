"""Did-you-mean hints and the warnings tier of codelists."""

from __future__ import annotations

import pytest
from newsevents.validate.suggest import closest, code_warning, code_warnings, codelist_of, field_at, model_at, suggestion_for
from newsevents_schema import Event, codelist
from newsevents_schema.codelists import Codelist
from newsevents_schema.curation import ArticleReading, EventEntry, Participant, Span
from pydantic import BaseModel, ConfigDict, Field


@pytest.mark.parametrize(("value", "choices", "expected"), [
    ("planed", codelist("status").codes, "planned"),
    ("Planned", codelist("status").codes, "planned"),              # case alone
    ("ocurred", codelist("status").codes, "occurred"),
    ("initator", codelist("actor_role").codes, "initiator"),
    ("populated_plac", codelist("geo_precision").codes, "populated_place"),
    ("stauts", ["status", "summary", "event_type"], "status"),
    ("xyzzy", codelist("status").codes, None),                     # nothing alike
    ("planned", codelist("status").codes, None),                   # already right: nothing to suggest
    ("", codelist("status").codes, None),
    (17, codelist("status").codes, None),                          # not text
    ("planed" * 40, codelist("status").codes, None),               # too long to be a misspelt code
])
def test_closest(value, choices, expected):
    assert closest(value, choices) == expected


def test_fields_are_found_through_lists_and_optional_models():
    assert model_at(ArticleReading, ("events", 3)) is EventEntry
    assert model_at(ArticleReading, ("events", 0, "actors", 2)) is Participant
    assert model_at(ArticleReading, ("events", 0, "trigger")) is Span
    assert model_at(ArticleReading, ("events", 0, "nonsense")) is None
    assert field_at(ArticleReading, ("events", 0, "actors", 1, "role")) is Participant.model_fields["role"]
    assert field_at(ArticleReading, ()) is None


def test_the_codelist_of_a_field_comes_from_the_model():
    assert codelist_of(Event.model_fields["status"]).name == "status"
    assert codelist_of(field_at(ArticleReading, ("events", 0, "date", "precision"))).name == "date_precision"
    assert codelist_of(Event.model_fields["summary"]) is None


@pytest.mark.parametrize(("loc", "kind", "value", "expected"), [
    (("events", 0, "stauts"), "extra_forbidden", 1, "status"),
    (("events", 0, "actors", 0, "rol"), "extra_forbidden", "x", "role"),
    (("events", 0, "status"), "literal_error", "denyed", "denied"),
    (("events", 0, "actors", 0, "role"), "literal_error", "sorce", "source"),
    (("events", 0, "summary"), "string_type", "anything", None),
])
def test_suggestion_for_pydantic_errors(loc, kind, value, expected):
    assert suggestion_for(ArticleReading, loc, kind, value) == expected


LISTED = Codelist(
    name="weather", open=True, description="", columns=("code", "deprecated", "deprecation_note"),
    rows={"rain": {"code": "rain"}, "snowfall": {"code": "snowfall"},
          "snow": {"code": "snow", "deprecated": "0.3.0", "deprecation_note": "use snowfall"}},
)


def test_code_warnings_tiers():
    assert code_warning("rain", LISTED) is None
    rule, message, hint = code_warning("snow", LISTED)
    assert rule == "deprecated_code" and "0.3.0" in message and "use snowfall" in message
    rule, message, hint = code_warning("rainn", LISTED)
    assert rule == "open_codelist" and hint == "rain"
    assert code_warning("Rain Storm", LISTED) is None  # not a code's shape: the model's pattern rejects it
    closed = Codelist(name="w", open=False, description="", columns=(), rows=LISTED.rows)
    assert code_warning("rainn", closed) is None        # a closed codelist's model rejects it instead


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: str = Field(json_schema_extra={"codelist": "event_type.csv"})
    old_name: str | None = Field(default=None, deprecated="use name")
    name: str | None = None


def test_code_warnings_locate_open_codes_and_deprecated_fields():
    warnings = code_warnings(_Row, {"kind": "negotiat", "old_name": "x"}, lambda path: (7, len(path)), "rows.json")
    by_rule = {w.rule: w for w in warnings}
    assert set(by_rule) == {"open_codelist", "deprecated_field"}
    assert by_rule["open_codelist"].suggestion == "negotiate" and by_rule["open_codelist"].line == 7
    assert by_rule["deprecated_field"].field == "old_name" and "use name" in by_rule["deprecated_field"].message
    assert all(w.severity == "warning" for w in warnings)
    assert code_warnings(_Row, {"kind": "negotiate", "old_name": None}, lambda path: (1, 1), "rows.json") == []


def test_code_warnings_walk_nested_readings():
    data = {"events": [{"event_type": "visit"}, {"event_type": "hold_referendum", "actors": [{"role": "x"}]}]}
    (warning,) = code_warnings(ArticleReading, data, lambda path: (len(path), 1), "r.yaml")
    assert warning.field == "events.1.event_type" and warning.rule == "open_codelist"
