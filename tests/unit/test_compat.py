"""Schema compatibility: each kind of change, made on a copy of the released schema, classified right;
the verdict follows the version bump; `newsevents schema check` and `release` on the command line."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from newsevents.cli import main
from newsevents.release.compat import (
    Level,
    check,
    compare,
    current_snapshot,
    deprecation_of,
    latest_baseline,
    load_snapshot,
    release_files,
    write_baseline,
)
from newsevents.schema_files import schema_root
from newsevents_schema import __version__
from newsevents_schema.fields import deprecated

MAJOR, MINOR, PATCH = Level.MAJOR, Level.MINOR, Level.PATCH


class Schema:
    """A baseline-shaped folder with helpers that edit it the way a schema change would."""

    def __init__(self, folder: Path):
        self.folder = folder

    def table(self, name: str) -> dict:
        return json.loads((self.folder / "json-schema" / f"{name}.json").read_text())

    def edit_table(self, name: str, edit) -> None:
        document = self.table(name)
        edit(document)
        (self.folder / "json-schema" / f"{name}.json").write_text(json.dumps(document))

    def edit_field(self, table: str, field: str, edit) -> None:
        self.edit_table(table, lambda document: edit(document["properties"][field]))

    def rows(self, codelist: str) -> list[dict]:
        return list(csv.DictReader(io.StringIO((self.folder / "codelists" / f"{codelist}.csv").read_text())))

    def write_rows(self, codelist: str, rows: list[dict]) -> None:
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        (self.folder / "codelists" / f"{codelist}.csv").write_text(out.getvalue())

    def set_version(self, version: str) -> None:
        for path in (self.folder / "json-schema").glob("*.json"):
            document = json.loads(path.read_text())
            document["version"] = version
            path.write_text(json.dumps(document))

    def snapshot(self):
        return load_snapshot(self.folder)


@pytest.fixture
def schemas(tmp_path) -> tuple[Schema, Schema]:
    """The current schema released as 1.0.0 (`old`) and an identical copy to change (`new`). Codes the
    shipped schema deprecates are undeprecated in both, so each test starts from no deprecation."""
    old, _ = write_baseline(tmp_path / "baseline", release_files(), "1.0.0")
    Schema(old).set_version("1.0.0")
    for path in (old / "codelists").glob("*.csv"):
        schema, rows = Schema(old), Schema(old).rows(path.stem)
        if rows and "deprecated" in rows[0]:
            schema.write_rows(path.stem, [{**row, "deprecated": "", "deprecation_note": ""} for row in rows])
    shutil.copytree(old, tmp_path / "new")
    return Schema(old), Schema(tmp_path / "new")


def _nullable_to_plain(prop: dict) -> None:
    branch = next(b for b in prop.pop("anyOf") if b["type"] != "null")
    prop.pop("default", None)
    prop.update(branch)


def _deprecate(version: str = "1.0.0"):
    return lambda prop: prop.update(deprecated(version, "use something else")["json_schema_extra"], deprecated=True)


def _add_field(required: bool):
    def edit(document):
        document["properties"]["source_url"] = {"type": "string", "title": "URL", "description": "Where it was read."}
        if required:
            document["required"].append("source_url")
    return edit


def _set_open(codelist: str, is_open: str):
    def edit(schema: Schema) -> None:
        path = schema.folder / "codelists" / "_index.csv"
        rows = list(csv.DictReader(io.StringIO(path.read_text())))
        for row in rows:
            if row["codelist"] == codelist:
                row["open"] = is_open
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        path.write_text(out.getvalue())
    return edit


def _drop_code(codelist: str, code: str):
    return lambda s: s.write_rows(codelist, [r for r in s.rows(codelist) if r["code"] != code])


def _add_code(codelist: str, code: str):
    def edit(schema: Schema) -> None:
        rows = schema.rows(codelist)
        schema.write_rows(codelist, [*rows, {**{k: "" for k in rows[0]}, "code": code, "title": code, "description": "New."}])
    return edit


def _deprecate_code(codelist: str, code: str):
    def edit(schema: Schema) -> None:
        rows = schema.rows(codelist)
        for row in rows:
            if row["code"] == code:
                row.update(deprecated="1.1.0", deprecation_note="split into two codes")
        schema.write_rows(codelist, rows)
    return edit


#: name -> (edit of the new schema, where the change is reported, its level)
CASES = {
    "field removed": (lambda s: s.edit_table("events", lambda d: d["properties"].pop("date_text")), "events.date_text", MAJOR),
    "field retyped": (lambda s: s.edit_field("events", "evidence_start", lambda p: p.update(type="string")),
                      "events.evidence_start", MAJOR),
    "field made required": (lambda s: s.edit_table("events", lambda d: d["required"].append("date_text")),
                            "events.date_text", MAJOR),
    "required field added": (lambda s: s.edit_table("sources", _add_field(True)), "sources.source_url", MAJOR),
    "nullable to not nullable": (lambda s: s.edit_field("events", "date_text", _nullable_to_plain), "events.date_text", MAJOR),
    "pattern added": (lambda s: s.edit_field("events", "summary", lambda p: p.update(pattern="^[A-Z]")), "events.summary", MAJOR),
    "pattern changed": (lambda s: s.edit_field("sources", "language", lambda p: p.update(pattern="^[a-z]{2}$")),
                        "sources.language", MAJOR),
    "minimum raised": (lambda s: s.edit_field("locations", "latitude", lambda p: p["anyOf"][0].update(minimum=-80)),
                       "locations.latitude", MAJOR),
    "exclusive minimum": (lambda s: s.edit_field("locations", "latitude",
                                                 lambda p: p["anyOf"][0].update(exclusiveMinimum=p["anyOf"][0].pop("minimum"))),
                          "locations.latitude", MAJOR),
    "maximum lowered": (lambda s: s.edit_field("locations", "longitude", lambda p: p["anyOf"][0].update(maximum=170)),
                        "locations.longitude", MAJOR),
    "minLength added": (lambda s: s.edit_field("corrections", "rule_value", lambda p: p["anyOf"][0].update(minLength=2)),
                        "corrections.rule_value", MAJOR),
    "closed code removed": (_drop_code("status", "claimed"), "status.csv code 'claimed'", MAJOR),
    "open code removed": (_drop_code("event_type", "deny"), "event_type.csv code 'deny'", MAJOR),
    "open to closed": (_set_open("event_type", "false"), "codelist event_type", MAJOR),
    "table removed": (lambda s: (s.folder / "json-schema" / "quantities.json").unlink(), "quantities", MAJOR),
    "primary key changed": (lambda s: s.edit_table("actor_aliases", lambda d: d.update({"x-primaryKey": ["alias"]})),
                            "actor_aliases", MAJOR),
    "foreign key added": (lambda s: s.edit_table("quantities", lambda d: d["x-foreignKeys"].append(
        {"fields": ["rule_id"], "reference": {"resource": "rules", "fields": ["rule_id"]}})), "quantities", MAJOR),
    "row rule added": (lambda s: s.edit_table("actors", lambda d: d.update({"x-rowRules": ["name is unique."]})),
                       "actors", MAJOR),
    "unknown keyword changed": (lambda s: s.edit_field("events", "summary", lambda p: p.update(maxItems=3)),
                                "events.summary", MAJOR),
    "optional field added": (lambda s: s.edit_table("sources", _add_field(False)), "sources.source_url", MINOR),
    "table added": (lambda s: (s.folder / "json-schema" / "rules.json").write_text(
        (s.folder / "json-schema" / "actor_aliases.json").read_text()), "rules", MINOR),
    "closed code added": (_add_code("status", "rumoured"), "status.csv code 'rumoured'", MINOR),
    "closed to open": (_set_open("status", "true"), "codelist status", MINOR),
    "minimum lowered": (lambda s: s.edit_field("locations", "latitude", lambda p: p["anyOf"][0].update(minimum=-100)),
                        "locations.latitude", MINOR),
    "pattern removed": (lambda s: s.edit_field("sources", "language", lambda p: p.pop("pattern")), "sources.language", MINOR),
    "minLength removed": (lambda s: s.edit_field("events", "summary", lambda p: p.pop("minLength")), "events.summary", MINOR),
    "now nullable": (lambda s: s.edit_field("events", "summary", lambda p: p.update(
        anyOf=[{"type": p.pop("type"), "minLength": p.pop("minLength")}, {"type": "null"}])), "events.summary", MINOR),
    "no longer required": (lambda s: s.edit_table("events", lambda d: d["required"].remove("summary")), "events.summary", MINOR),
    "foreign key removed": (lambda s: s.edit_table("events", lambda d: d["x-foreignKeys"].pop()), "events", MINOR),
    "field deprecated": (lambda s: s.edit_field("events", "date_rule", _deprecate("1.1.0")), "events.date_rule", MINOR),
    "code deprecated": (_deprecate_code("status", "claimed"), "status.csv code 'claimed'", MINOR),
    "open code added": (_add_code("event_type", "hold_election"), "event_type.csv code 'hold_election'", PATCH),
    "description changed": (lambda s: s.edit_field("events", "summary", lambda p: p.update(description="Who did what.")),
                            "events.summary", PATCH),
    "title changed": (lambda s: s.edit_field("actors", "name", lambda p: p.update(title="Canonical name")), "actors.name", PATCH),
    "code described anew": (lambda s: s.write_rows("status", [{**r, "title": r["title"].upper()} for r in s.rows("status")]),
                            "status.csv code 'occurred'", PATCH),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_each_change_is_classified(case, schemas):
    old, new = schemas
    edit, where, level = CASES[case]
    edit(new)
    changes = compare(old.snapshot(), new.snapshot())
    assert changes, "the change was not noticed"
    assert {c.where for c in changes} >= {where}, changes
    assert max(c.level for c in changes) is level, changes
    assert max(c.level for c in changes if c.where == where) is level, changes


def test_no_change_no_report(schemas):
    old, new = schemas
    result = check(old.snapshot(), new.snapshot())
    assert result.changes == () and result.errors == () and result.warnings == () and result.ok


def test_breaking_change_needs_a_major_version(schemas):
    old, new = schemas
    new.edit_field("events", "summary", lambda p: p.update(pattern="^[A-Z]"))
    for version, ok in (("1.0.0", False), ("1.1.0", False), ("1.9.9", False), ("2.0.0", True), ("3.0.0", True)):
        new.set_version(version)
        result = check(old.snapshot(), new.snapshot())
        assert result.ok is ok, (version, result.errors)
    new.set_version("1.1.0")
    assert "set newsevents_schema.version.__version__ to 2.0.0" in check(old.snapshot(), new.snapshot()).errors[0]


def test_version_must_not_go_backwards(schemas):
    old, new = schemas
    new.set_version("0.9.0")
    result = check(old.snapshot(), new.snapshot())
    assert not result.ok and "went backwards" in result.errors[0]


def test_compatible_changes_pass_and_advise_the_next_version(schemas):
    old, new = schemas
    new.edit_table("sources", _add_field(False))
    result = check(old.snapshot(), new.snapshot())
    assert result.ok and result.required_level is MINOR
    assert any("release it as 1.1.0" in warning for warning in result.warnings)
    new.set_version("1.1.0")
    assert check(old.snapshot(), new.snapshot()).warnings == ()


def test_removal_needs_a_deprecation_first_even_in_a_major_version(schemas):
    old, new = schemas
    new.edit_table("events", lambda d: d["properties"].pop("date_rule"))
    new.set_version("2.0.0")
    result = check(old.snapshot(), new.snapshot())
    assert not result.ok and "events.date_rule: field removed is not allowed" in result.errors[0]

    old.edit_field("events", "date_rule", _deprecate("1.0.0"))  # deprecated in the released schema
    assert check(old.snapshot(), new.snapshot()).ok
    new.set_version("1.1.0")
    assert not check(old.snapshot(), new.snapshot()).ok  # still breaking: only in a major version


def test_code_removal_needs_a_deprecation_first(schemas):
    old, new = schemas
    _drop_code("status", "claimed")(new)
    new.set_version("2.0.0")
    assert not check(old.snapshot(), new.snapshot()).ok
    _deprecate_code("status", "claimed")(old)
    assert check(old.snapshot(), new.snapshot()).ok


def test_deprecations_are_listed(schemas):
    old, new = schemas
    old.edit_field("actors", "office", _deprecate("1.0.0"))
    new.edit_field("actors", "office", _deprecate("1.0.0"))
    new.edit_field("events", "date_rule", _deprecate("1.1.0"))
    _deprecate_code("status", "claimed")(new)
    new.set_version("1.1.0")
    result = check(old.snapshot(), new.snapshot())
    listed = {(d.where, d.since, d.new) for d in result.deprecations}
    assert listed == {("actors.office", "1.0.0", False), ("events.date_rule", "1.1.0", True),
                      ("status.csv code 'claimed'", "1.1.0", True)}
    new.set_version("1.0.1")
    assert any("after the schema's own version" in w for w in check(old.snapshot(), new.snapshot()).warnings)


@pytest.mark.parametrize("prop, expected", [
    ({"deprecated": True, "x-deprecated": {"version": "1.2.0", "note": "use b"}}, ("1.2.0", "use b")),
    ({"deprecated": True}, ("an earlier version", "")),
    ({"deprecated": False}, None),
    ({"deprecated": "1.2.0"}, None),  # not JSON Schema 2020-12: `deprecated` is a boolean
    ({}, None),
    ({}, None),
])
def test_deprecation_forms(prop, expected):
    assert deprecation_of(prop) == expected


def test_a_released_baseline_is_immutable(tmp_path):
    files = release_files()
    folder, written = write_baseline(tmp_path, files, "1.0.0")
    assert written and write_baseline(tmp_path, files, "1.0.0") == (folder, False)
    changed = {**files, "codelists/status.csv": files["codelists/status.csv"] + "rumoured,Rumoured,Hearsay.,,\n"}
    with pytest.raises(ValueError, match="immutable"):
        write_baseline(tmp_path, changed, "1.0.0")


def test_the_committed_baseline_is_the_current_schema_or_an_earlier_compatible_one():
    baseline = latest_baseline(schema_root() / "baseline")
    assert baseline is not None, "no released schema baseline: run `newsevents schema release`"
    result = check(load_snapshot(baseline), current_snapshot())
    assert result.ok, result.errors
    assert result.new_version == __version__


# --- the commands ----------------------------------------------------------------------------------


def _baseline_with(tmp_path: Path, version: str, edit) -> Path:
    root = tmp_path / "baselines"
    folder, _ = write_baseline(root, release_files(), version)
    schema = Schema(folder)
    schema.set_version(version)
    edit(schema)
    return root


def _extra_field(was_deprecated: bool):
    def edit(schema: Schema) -> None:
        extra = {"type": "string", "title": "Old", "description": "A field the current models no longer have."}
        if was_deprecated:
            extra.update(deprecated=True, **deprecated("0.9.0", "no longer collected")["json_schema_extra"])
        schema.edit_table("events", lambda d: d["properties"].update(legacy_code=extra))
    return edit


def test_check_command_fails_on_a_breaking_change_without_major_bump(tmp_path):
    root = _baseline_with(tmp_path, __version__, _extra_field(was_deprecated=True))
    result = CliRunner().invoke(main, ["schema", "check", "--baselines", str(root)])
    assert result.exit_code == 1, result.output
    assert "breaking" in result.output and "events.legacy_code: field removed" in result.output
    assert "need a major version" in result.output


def test_check_command_passes_a_major_release_that_removes_a_deprecated_field(tmp_path):
    root = _baseline_with(tmp_path, "0.9.0", _extra_field(was_deprecated=True))
    result = CliRunner().invoke(main, ["schema", "check", "--baselines", str(root)])
    assert result.exit_code == 0, result.output
    assert "schema 0.9.0" in result.output and "schema check passed" in result.output


def test_check_command_without_baseline(tmp_path):
    result = CliRunner().invoke(main, ["schema", "check", "--baselines", str(tmp_path)])
    assert result.exit_code == 1 and "no released baseline" in result.output


def test_release_command_writes_once_and_refuses_after_a_failed_check(tmp_path):
    root = tmp_path / "baselines"
    first = CliRunner().invoke(main, ["schema", "release", "--baselines", str(root)])
    assert first.exit_code == 0, first.output
    assert load_snapshot(root / __version__).tables == current_snapshot().tables
    again = CliRunner().invoke(main, ["schema", "release", "--baselines", str(root)])
    assert again.exit_code == 0 and "already released" in again.output

    refused_root = _baseline_with(tmp_path / "refused", __version__, _extra_field(was_deprecated=False))
    refused = CliRunner().invoke(main, ["schema", "release", "--baselines", str(refused_root)])
    assert refused.exit_code == 1 and "not released" in refused.output
