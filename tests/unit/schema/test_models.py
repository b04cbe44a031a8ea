"""Constraints live in the models: each kind of rule accepts good rows and rejects bad ones."""

import datetime as dt

import pytest
from newsevents_schema import Event, Location, Quantity, codelist, json_schema, table_schema
from newsevents_schema.curation import ArticleReading, CuratedDate, Span
from newsevents_schema.fields import date_interval_problem
from pydantic import ValidationError

D = dt.date


def event(**changes):
    row = dict(
        event_id="event/a-1/talks", source_id="source/a-1", event_type="negotiate", status="planned",
        date_start=D(2022, 1, 10), date_end=D(2022, 1, 16), date_precision="week", date_text="next week",
        summary="A and B will talk.", evidence_start=10, evidence_end=20, evidence_text="0123456789",
        review_status="added",
    )
    row.update(changes)
    return row


def test_a_valid_event_passes():
    assert Event.model_validate(event()).status == "planned"


@pytest.mark.parametrize("changes", [
    {"status": "planed"},                     # closed codelist
    {"event_type": "Negotiate"},              # open codelist: shape of a code
    {"event_id": "event/A/talks"},            # id pattern
    {"evidence_text": "short"},               # span length
    {"evidence_end": 10},                     # empty span
    {"date_start": D(2022, 1, 11)},           # a week starts on Monday
    {"date_precision": "unknown"},            # unknown precision has no bounds
    {"date_start": D(2022, 1, 17), "date_end": D(2022, 1, 16), "date_precision": "day"},
    {"trigger_start": 0, "trigger_end": 4, "trigger_text": "0123"},  # trigger outside evidence
    {"attribution_text": "said"},             # partial span
    {"unexpected": 1},                        # unknown column
    {"evidence_start": "10"},                 # strict: no coercion
])
def test_invalid_events_are_rejected(changes):
    with pytest.raises(ValidationError):
        Event.model_validate(event(**changes))


def test_open_codelist_accepts_a_new_well_formed_code():
    assert Event.model_validate(event(event_type="hold_referendum")).event_type == "hold_referendum"


@pytest.mark.parametrize(("start", "end", "precision", "ok"), [
    (D(2022, 2, 1), D(2022, 2, 28), "month", True),
    (D(2024, 2, 1), D(2024, 2, 28), "month", False),   # leap year: February ends on the 29th
    (D(2014, 1, 1), None, "year", True),
    (None, D(2022, 2, 9), "day", True),
    (None, None, "day", False),
    (None, None, "unknown", True),
])
def test_date_interval_rules(start, end, precision, ok):
    assert (date_interval_problem(start, end, precision) is None) is ok


def test_quantity_bounds():
    base = dict(event_id="event/a/b", item="troops", approximate=True, quantity_start=0, quantity_end=4,
                quantity_text="many", review_status="added")
    assert Quantity.model_validate({**base, "low": 20000, "high": 99999}).value is None
    with pytest.raises(ValidationError):
        Quantity.model_validate({**base, "low": 5, "high": 4})
    with pytest.raises(ValidationError):
        Quantity.model_validate({**base, "value": 10, "low": 20, "high": 30})
    with pytest.raises(ValidationError):
        Quantity.model_validate(base)


def test_coordinates_come_in_pairs():
    base = dict(location_id="loc/x", name="X", location_kind="populated_place", geo_precision="populated_place",
                review_status="added")
    with pytest.raises(ValidationError):
        Location.model_validate({**base, "latitude": 1.0})
    with pytest.raises(ValidationError):
        Location.model_validate({**base, "latitude": 91.0, "longitude": 0.0})


def test_curation_span_and_date_models():
    assert Span(start=3, end=6, text="abc").end == 6
    with pytest.raises(ValidationError):
        Span(start=3, end=7, text="abc")
    with pytest.raises(ValidationError):
        CuratedDate(text="in the near future", start=0, end=18, date_start=D(2022, 1, 19), precision="unknown")


def test_every_field_has_a_title_and_description():
    for name in ("events", "actors", "locations", "quantities", "sources", "event_actors", "curation/article-reading"):
        schema = json_schema(name)
        definitions = [schema, *schema.get("$defs", {}).values()]
        for definition in definitions:
            for field_name, prop in definition.get("properties", {}).items():
                assert prop.get("title") and prop.get("description"), f"{name}.{field_name}"


def test_closed_codelists_become_enums_and_open_ones_patterns():
    fields = {f["name"]: f for f in table_schema("events")["fields"]}
    assert fields["status"]["constraints"]["enum"] == list(codelist("status").codes)
    assert "enum" not in fields["event_type"]["constraints"]
    assert fields["event_type"]["constraints"]["pattern"]


def test_reading_requires_a_source_and_events():
    with pytest.raises(ValidationError):
        ArticleReading.model_validate({"events": []})
