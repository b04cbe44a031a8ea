"""Property tests: records generated from the column metadata round-trip through JSON and Parquet,
and the generated JSON Schema agrees with the pydantic model on valid and mutated records."""

from __future__ import annotations

import datetime as dt
import io
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from newsevents.arrow import table_schema as arrow_schema
from newsevents_schema import TABLES, Table, json_schema
from newsevents_schema.artifacts import columns
from pydantic import ValidationError

INT64 = 2**63 - 1
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def column_strategy(column: dict) -> st.SearchStrategy:
    constraints = column["constraints"]
    kind = column["type"]
    if "enum" in constraints:
        strategy = st.sampled_from(constraints["enum"])
    elif kind == "string":
        if "pattern" in constraints:
            strategy = st.from_regex(constraints["pattern"], fullmatch=True)
        else:
            strategy = st.text(min_size=constraints.get("minLength", 0), max_size=30)
    elif kind == "integer":
        strategy = st.integers(constraints.get("minimum", -INT64), min(constraints.get("maximum", INT64), 10**12))
    elif kind == "number":
        strategy = st.floats(constraints.get("minimum"), constraints.get("maximum"), allow_nan=False, allow_infinity=False)
    elif kind == "boolean":
        strategy = st.booleans()
    elif kind == "date":
        strategy = st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))
    else:  # pragma: no cover - a new column type needs a strategy here
        raise AssertionError(kind)
    return st.one_of(st.none(), strategy) if column["nullable"] else strategy


def _fix_span(row: dict, name: str, required: bool) -> None:
    start, end, text = f"{name}_start", f"{name}_end", f"{name}_text"
    if start not in row:
        return
    if not required and (row[start] is None or row[text] is None):
        row[start] = row[end] = row[text] = None
        return
    row[text] = row[text] or "x"
    row[start] = min(row[start] or 0, 10**9)
    row[end] = row[start] + len(row[text])


def repair(table: type[Table], row: dict) -> dict:
    """Make a column-wise random row satisfy the cross-field rules, which JSON Schema cannot express."""
    for name, required in (("evidence", True), ("quantity", True), ("trigger", False), ("attribution", False),
                           ("mention", False)):
        _fix_span(row, name, required)
    if "trigger_start" in row and row["trigger_start"] is not None:
        row["trigger_start"], row["trigger_end"], row["trigger_text"] = (
            row["evidence_start"], row["evidence_end"], row["evidence_text"])
    if "date_precision" in row:
        row["date_precision"] = "day"
        if row["date_start"] is None and row["date_end"] is None:
            row["date_precision"] = "unknown"
        elif row["date_start"] and row["date_end"] and row["date_start"] > row["date_end"]:
            row["date_start"], row["date_end"] = row["date_end"], row["date_start"]
    if "low" in row:
        bounds = sorted(v for v in (row["value"], row["low"], row["high"]) if v is not None) or [1]
        row["low"], row["high"] = bounds[0], bounds[-1]
        row["value"] = row["value"] if row["value"] is None else bounds[len(bounds) // 2]
    if "latitude" in row and (row["latitude"] is None) != (row["longitude"] is None):
        row["latitude"] = row["longitude"] = None
    if "char_count" in row:
        row["char_count"] = len(row["text"])
        row["body_start"] = min(row["body_start"], len(row["text"]))
    if row.get("affiliation_id") is not None and row["affiliation_id"] == row.get("actor_id"):
        row["affiliation_id"] = None
    return row


def valid_rows(table: type[Table]) -> st.SearchStrategy[dict]:
    fields = {column["name"]: column_strategy(column) for column in columns(table)}
    return st.fixed_dictionaries(fields).map(lambda row: repair(table, row))


def _json(row: dict) -> str:
    return json.dumps(row, default=str)


def _schema_accepts(table: type[Table], document: str) -> bool:
    validator = Draft202012Validator(json_schema(table.table_name), format_checker=Draft202012Validator.FORMAT_CHECKER)
    return validator.is_valid(json.loads(document))


def _model_accepts(table: type[Table], document: str) -> bool:
    try:
        table.model_validate_json(document)
    except ValidationError:
        return False
    return True


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.table_name)
@SETTINGS
@given(data=st.data())
def test_json_round_trip(table, data):
    row = table.model_validate(data.draw(valid_rows(table)))
    assert table.model_validate_json(row.model_dump_json()) == row


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.table_name)
@SETTINGS
@given(data=st.data())
def test_parquet_round_trip(table, data):
    rows = [table.model_validate(data.draw(valid_rows(table))) for _ in range(3)]
    arrow_table = pa.Table.from_pylist([row.model_dump() for row in rows], schema=arrow_schema(table.table_name))
    buffer = io.BytesIO()
    pq.write_table(arrow_table, buffer, compression="zstd")
    back = pq.read_table(io.BytesIO(buffer.getvalue())).to_pylist()
    assert [table.model_validate(record) for record in back] == rows


def _mutations(table: type[Table]) -> list[tuple[str, object]]:
    """(column, value) pairs that break one column-level constraint each."""
    result: list[tuple[str, object]] = []
    for column in columns(table):
        name, constraints = column["name"], column["constraints"]
        result.append((name, [1]))  # wrong JSON type for every column
        if not column["nullable"]:
            result.append((name, None))
        if "enum" in constraints:
            result.append((name, constraints["enum"][0] + "x"))
        if "pattern" in constraints:
            result.append((name, "NOT A CODE!"))
        if "minimum" in constraints:
            result.append((name, constraints["minimum"] - 1))
        if "maximum" in constraints:
            result.append((name, constraints["maximum"] + 1))
        if constraints.get("minLength"):
            result.append((name, ""))
        if column["type"] == "date":
            result.append((name, "2022-02-30"))
        if column["type"] == "integer":
            result.append((name, "12"))
    result.append(("an_unknown_column", "x"))
    return result


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.table_name)
@SETTINGS
@given(data=st.data())
def test_json_schema_and_model_agree(table, data):
    row = data.draw(valid_rows(table))
    document = _json(row)
    assert _schema_accepts(table, document) and _model_accepts(table, document)
    column, value = data.draw(st.sampled_from(_mutations(table)))
    mutated = _json({**row, column: value})
    assert _schema_accepts(table, mutated) == _model_accepts(table, mutated) == False  # noqa: E712


def test_cross_field_rules_are_the_models_own():
    """JSON Schema cannot compare fields; the model does, and the schema lists those rules as x-rowRules."""
    from newsevents_schema import Event

    row = {"event_id": "event/a/b", "source_id": "source/a", "event_type": "meet", "status": "occurred",
           "date_start": "2022-01-20", "date_end": "2022-01-19", "date_precision": "day", "summary": "s",
           "evidence_start": 0, "evidence_end": 1, "evidence_text": "e", "review_status": "added"}
    document = json.dumps(row)
    assert _schema_accepts(Event, document) and not _model_accepts(Event, document)
    assert any("date_start <= date_end" in rule for rule in json_schema("events")["x-rowRules"])
