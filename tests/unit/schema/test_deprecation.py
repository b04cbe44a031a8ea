"""Deprecation is data, written one way: `deprecated: true` plus `x-deprecated: {version, note}`,
from the model through every generated artifact to the validator's warning and the compatibility check."""

from __future__ import annotations

import warnings

import pyarrow as pa
import pytest
from newsevents.release.compat import deprecation_of
from newsevents.validate.columns import ColumnCheck
from newsevents.validate.findings import Findings
from newsevents.validate.spec import _column
from newsevents_schema import TABLES, __version__, json_schema
from newsevents_schema.artifacts import _arrow_schema_of, _json_schema_of, _table_schema_of, columns
from newsevents_schema.fields import DEPRECATION_KEY, deprecated, deprecation, described
from newsevents_schema.tables import Table


class Office(Table):
    """A table with one deprecated column, as a future schema release would declare it."""

    table_name = "offices"
    table_title = "Offices"
    primary_key = ("office_id",)

    office_id: str = described("Office", "The office's id.")
    title: str | None = described("Title", "Old free-text title.", default=None,
                                  **deprecated("1.2.0", "use office_id"))


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def test_json_schema_says_deprecated_true_and_records_version_and_note():
    prop = _json_schema_of(Office, "offices")["properties"]["title"]
    assert prop["deprecated"] is True  # JSON Schema 2020-12: a boolean
    assert prop[DEPRECATION_KEY] == {"version": "1.2.0", "note": "use office_id"}
    assert deprecation(prop) == ("1.2.0", "use office_id") == deprecation_of(prop)
    assert "deprecated" not in _json_schema_of(Office, "offices")["properties"]["office_id"]


def test_every_artifact_carries_the_same_two_keys():
    expected = {"deprecated": True, DEPRECATION_KEY: {"version": "1.2.0", "note": "use office_id"}}
    column = next(c for c in columns(Office) if c["name"] == "title")
    table_field = next(f for f in _table_schema_of(Office)["fields"] if f["name"] == "title")
    arrow_field = next(f for f in _arrow_schema_of(Office)["fields"] if f["name"] == "title")
    for found in (column, table_field, arrow_field):
        assert {key: found[key] for key in expected} == expected
    plain = next(f for f in _arrow_schema_of(Office)["fields"] if f["name"] == "office_id")
    assert "deprecated" not in plain and DEPRECATION_KEY not in plain


def test_pydantic_warns_when_a_deprecated_field_is_read():
    row = Office(office_id="o1", title="Minister")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert row.title == "Minister"
    assert any("use office_id" in str(w.message) for w in caught)


def test_package_validator_warns_with_version_and_note():
    prop = _json_schema_of(Office, "offices")["properties"]["title"]
    column = _column({"name": "title", "type": "string", "nullable": True}, prop)
    assert (column.deprecated, column.deprecation_note) == ("1.2.0", "use office_id")
    findings = Findings()
    ColumnCheck(column, "offices.parquet").run(pa.array([None, "Minister"]), 1, findings)
    [problem] = findings.problems()
    assert (problem.rule, problem.severity, problem.line) == ("deprecated", "warning", 2)
    assert "1.2.0" in problem.message and "use office_id" in problem.message


@pytest.mark.parametrize("version, note", [("1.2", "use x"), ("v1.2.0", "use x"), ("1.2.0", " ")])
def test_a_deprecation_needs_a_semver_version_and_a_note(version, note):
    with pytest.raises(ValueError, match="version like 1.2.0"):
        deprecated(version, note)


def test_shipped_deprecations_are_well_formed_and_not_from_the_future():
    for table in TABLES:
        for name, prop in json_schema(table.table_name)["properties"].items():
            if "deprecated" in prop or DEPRECATION_KEY in prop:
                assert prop.get("deprecated") is True, f"{table.table_name}.{name}: deprecated must be true"
                version, note = deprecation(prop)
                assert _version(version) <= _version(__version__) and note, f"{table.table_name}.{name}"
