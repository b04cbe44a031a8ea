"""Schema compatibility: the current models and codelists against the last released schema.

A release leaves a baseline, `schema/baseline/<version>/`: the generated JSON Schema and Table
Schema files and the codelist CSVs as they were released. `check` compares the current schema
with the latest baseline and classifies every change by the version bump it needs: breaking
(major: data or records valid before may be refused or misread), minor (compatible additions,
widened constraints, deprecations) or patch (wording, open-codelist additions). The check fails
when a breaking change comes without a major bump, when the version goes backwards, or when a
field or code is removed without having been deprecated in a release first.

Deprecations are data: a field's JSON Schema property carries `deprecated: true` and
`x-deprecated: {version, note}` (see `newsevents_schema.fields.deprecated`), and a code carries the
deprecating version in its codelist's `deprecated` column (with `deprecation_note`).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from importlib import resources
from pathlib import Path
from typing import Any

from newsevents_schema.fields import deprecation

#: The generated folders a baseline keeps (relative to `newsevents_schema/generated/`).
GENERATED_KINDS = ("json-schema", "table-schema")
CODELISTS = "codelists"
INDEX_FILE = "_index.csv"
_GENERATED_PREFIX = "newsevents_schema/generated/"
_SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")


class CompatError(ValueError):
    """A baseline that cannot be read or written."""


class Level(IntEnum):
    """The version bump a change needs."""

    PATCH = 0
    MINOR = 1
    MAJOR = 2


@dataclass(frozen=True)
class Change:
    where: str  # `events.summary`, `events`, `codelist status`, `status.csv code 'claimed'`
    what: str
    level: Level
    forbidden: str | None = None  # why no release may make this change as it stands

    @property
    def label(self) -> str:
        return "breaking" if self.level is Level.MAJOR else f"compatible ({self.level.name.lower()})"


@dataclass(frozen=True)
class Deprecation:
    where: str
    since: str | None
    note: str
    new: bool  # deprecated since the baseline


@dataclass(frozen=True)
class CodelistSnapshot:
    name: str
    open: bool
    description: str
    columns: tuple[str, ...]
    rows: dict[str, dict[str, str]]


@dataclass(frozen=True)
class Snapshot:
    """One version of the schema: each table's JSON Schema and every codelist."""

    version: str
    tables: dict[str, dict[str, Any]]
    codelists: dict[str, CodelistSnapshot]


@dataclass(frozen=True)
class CheckResult:
    old_version: str
    new_version: str
    changes: tuple[Change, ...]
    deprecations: tuple[Deprecation, ...]
    errors: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def required_level(self) -> Level | None:
        return max((change.level for change in self.changes), default=None)


def parse_version(version: str) -> tuple[int, int, int]:
    match = _SEMVER.match(version or "")
    if not match:
        raise CompatError(f"{version!r} is not a MAJOR.MINOR.PATCH version")
    return int(match[1]), int(match[2]), int(match[3])


# --- snapshots -----------------------------------------------------------------------------------


def release_files() -> dict[str, str]:
    """What a baseline holds for the current schema: {path inside the baseline folder: content}."""
    from newsevents_schema.artifacts import generate

    files = {}
    for relative, content in generate().items():
        inside = relative.removeprefix(_GENERATED_PREFIX)
        if relative.startswith(_GENERATED_PREFIX) and inside.startswith(GENERATED_KINDS):
            files[inside] = content
    folder = resources.files("newsevents_schema").joinpath(CODELISTS)
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".csv"):
            files[f"{CODELISTS}/{entry.name}"] = entry.read_text(encoding="utf-8")
    return files


def _csv_rows(text: str) -> tuple[tuple[str, ...], list[dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(text))
    rows = list(reader)
    return tuple(reader.fieldnames or ()), rows


def snapshot_from_files(files: Mapping[str, str]) -> Snapshot:
    """A snapshot from baseline-shaped files (as `release_files` returns or a baseline folder holds)."""
    tables = {}
    for path, content in files.items():
        parts = path.split("/")
        if len(parts) == 2 and parts[0] == "json-schema" and parts[1].endswith(".json"):
            tables[parts[1].removesuffix(".json")] = json.loads(content)
    if not tables:
        raise CompatError("no table JSON Schemas (json-schema/<table>.json)")
    versions = {document.get("version") for document in tables.values()}
    if len(versions) != 1:
        raise CompatError(f"the table JSON Schemas disagree about the version: {sorted(map(str, versions))}")
    index = files.get(f"{CODELISTS}/{INDEX_FILE}")
    if index is None:
        raise CompatError(f"no {CODELISTS}/{INDEX_FILE}")
    codelists = {}
    for entry in _csv_rows(index)[1]:
        name = entry["codelist"]
        text = files.get(f"{CODELISTS}/{name}.csv")
        if text is None:
            raise CompatError(f"{CODELISTS}/{INDEX_FILE} lists {name!r} but {CODELISTS}/{name}.csv is missing")
        columns, rows = _csv_rows(text)
        codelists[name] = CodelistSnapshot(name, entry["open"] == "true", entry.get("description", ""), columns,
                                           {row["code"]: row for row in rows})
    return Snapshot(versions.pop(), dict(sorted(tables.items())), codelists)


def read_folder(folder: Path) -> dict[str, str]:
    return {path.relative_to(folder).as_posix(): path.read_text(encoding="utf-8")
            for path in sorted(folder.rglob("*")) if path.is_file()}


def load_snapshot(folder: Path) -> Snapshot:
    if not folder.is_dir():
        raise CompatError(f"{folder} is not a folder")
    return snapshot_from_files(read_folder(folder))


def current_snapshot() -> Snapshot:
    """The schema as the models and codelists define it now."""
    return snapshot_from_files(release_files())


def baselines(root: Path) -> list[tuple[tuple[int, int, int], Path]]:
    """The released baselines under `root`, oldest first (folders not named by a version are skipped)."""
    found = []
    for folder in root.iterdir() if root.is_dir() else ():
        if folder.is_dir() and _SEMVER.match(folder.name):
            found.append((parse_version(folder.name), folder))
    return sorted(found)


def latest_baseline(root: Path) -> Path | None:
    found = baselines(root)
    return found[-1][1] if found else None


def write_baseline(root: Path, files: Mapping[str, str], version: str) -> tuple[Path, bool]:
    """Write `files` as the baseline of `version`; return its folder and whether anything was written.

    A released baseline is immutable: an existing one that differs raises CompatError.
    """
    parse_version(version)
    folder = root / version
    if folder.exists():
        if read_folder(folder) != dict(files):
            raise CompatError(f"{folder} exists and differs from the current schema: a released schema is "
                              f"immutable, so give the changed schema a new version")
        return folder, False
    for relative, content in files.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    return folder, True


# --- comparing fields ----------------------------------------------------------------------------

#: Property keys the field comparison understands; a change in any other key counts as breaking.
_FIELD_KEYS = {
    "type", "format", "anyOf", "title", "description", "default", "pattern", "minimum", "exclusiveMinimum",
    "maximum", "exclusiveMaximum", "minLength", "maxLength", "enum", "codelist", "openCodelist", "deprecated",
    "x-deprecated",
}
#: Table-level keys compared one by one; `$schema`, `$id` and `version` change with every release.
_TABLE_KEYS = {"$schema", "$id", "version", "type", "title", "description", "properties", "required",
               "additionalProperties", "x-primaryKey", "x-foreignKeys", "x-rowRules"}


Bound = tuple[Any, bool] | None  # (value, exclusive), or no bound


@dataclass(frozen=True)
class _Field:
    """A property's comparable facts (the non-null branch of `anyOf` merged with the property)."""

    type: tuple[Any, Any]
    nullable: bool
    required: bool
    prop: dict[str, Any] = field(repr=False)

    def get(self, key: str) -> Any:
        return self.prop.get(key)

    def lower(self) -> Bound:
        if "exclusiveMinimum" in self.prop:
            return self.prop["exclusiveMinimum"], True
        return (self.prop["minimum"], False) if "minimum" in self.prop else None

    def upper(self) -> Bound:
        if "exclusiveMaximum" in self.prop:
            return self.prop["exclusiveMaximum"], True
        return (self.prop["maximum"], False) if "maximum" in self.prop else None


def _field_of(raw: dict[str, Any], required: bool) -> _Field:
    prop, nullable = dict(raw), False
    if "anyOf" in raw:
        branches = [b for b in raw["anyOf"] if b.get("type") != "null"]
        nullable = len(branches) < len(raw["anyOf"])
        merged = branches[0] if len(branches) == 1 else {"anyOf": branches}
        prop = {**merged, **{k: v for k, v in raw.items() if k != "anyOf"}}
    return _Field((prop.get("type"), prop.get("format")), nullable, required, prop)


def deprecation_of(prop: Mapping[str, Any]) -> tuple[str | None, str] | None:
    """(version, note) when a property is deprecated (`deprecated: true` + `x-deprecated`), else None."""
    return deprecation(prop)


def _tighter_bound(old: Bound, new: Bound, lower: bool) -> bool | None:
    """True when `new` accepts less than `old`, False when more, None when they are the same."""
    if old == new:
        return None
    if old is None or new is None:
        return new is not None
    (old_value, old_exclusive), (new_value, new_exclusive) = old, new
    if old_value == new_value:
        return new_exclusive and not old_exclusive
    return new_value > old_value if lower else new_value < old_value


def _compare_field(where: str, old: _Field, new: _Field, openness_changed: bool) -> list[Change]:
    changes: list[Change] = []

    def add(what: str, level: Level) -> None:
        changes.append(Change(where, what, level))

    if old.type != new.type:
        add(f"type {_type_name(old.type)} → {_type_name(new.type)}", Level.MAJOR)
    if old.nullable != new.nullable:
        add("no longer nullable" if old.nullable else "now nullable", Level.MAJOR if old.nullable else Level.MINOR)
    if old.required != new.required:
        add("now required" if new.required else "no longer required", Level.MAJOR if new.required else Level.MINOR)
    if "default" in old.prop and "default" in new.prop and old.get("default") != new.get("default"):
        add(f"default {old.get('default')!r} → {new.get('default')!r}", Level.MAJOR)
    if not openness_changed and old.get("pattern") != new.get("pattern"):
        if old.get("pattern") is None:
            add(f"pattern added: {new.get('pattern')}", Level.MAJOR)
        elif new.get("pattern") is None:
            add("pattern removed", Level.MINOR)
        else:  # whether one regular expression accepts all another does cannot be told in general
            add(f"pattern changed: {old.get('pattern')} → {new.get('pattern')}", Level.MAJOR)
    for key, lower in (("minLength", True), ("maxLength", False)):
        old_bound = (old.get(key), False) if old.get(key) is not None else None
        new_bound = (new.get(key), False) if new.get(key) is not None else None
        _bound_change(add, key, old_bound, new_bound, lower)
    _bound_change(add, "minimum", old.lower(), new.lower(), True)
    _bound_change(add, "maximum", old.upper(), new.upper(), False)
    if old.get("codelist") != new.get("codelist"):
        if old.get("codelist") and new.get("codelist"):
            add(f"codelist {old.get('codelist')} → {new.get('codelist')}", Level.MAJOR)
        elif new.get("codelist"):
            add(f"now coded by {new.get('codelist')}", Level.MAJOR)
        else:
            add(f"no longer coded by {old.get('codelist')}", Level.MINOR)
    elif old.get("codelist") is None and old.get("enum") != new.get("enum"):  # codelists are compared on their own
        old_values, new_values = set(old.get("enum") or ()), set(new.get("enum") or ())
        if new.get("enum") is None:
            add("allowed values no longer listed", Level.MINOR)
        elif old.get("enum") is None:
            add(f"values restricted to {sorted(new_values)}", Level.MAJOR)
        else:
            if old_values - new_values:
                add(f"allowed values removed: {sorted(old_values - new_values)}", Level.MAJOR)
            if new_values - old_values:
                add(f"allowed values added: {sorted(new_values - old_values)}", Level.MINOR)
    for key in ("title", "description"):
        if old.get(key) != new.get(key):
            add(f"{key} changed", Level.PATCH)
    old_deprecation, new_deprecation = deprecation_of(old.prop), deprecation_of(new.prop)
    if old_deprecation != new_deprecation:
        if new_deprecation and not old_deprecation:
            add(f"deprecated{_since(new_deprecation)}", Level.MINOR)
        elif old_deprecation and not new_deprecation:
            add("no longer deprecated", Level.MINOR)
        else:
            add("deprecation note changed", Level.PATCH)
    for key in sorted((set(old.prop) | set(new.prop)) - _FIELD_KEYS):
        if old.get(key) != new.get(key):
            add(f"{key} changed: {old.get(key)!r} → {new.get(key)!r}", Level.MAJOR)
    return changes


def _bound_change(add: Callable[[str, Level], None], key: str, old: Bound, new: Bound, lower: bool) -> None:
    tighter = _tighter_bound(old, new, lower)
    if tighter is not None:
        add(f"{key} {_shown_bound(old)} → {_shown_bound(new)}", Level.MAJOR if tighter else Level.MINOR)


def _shown_bound(bound: Bound) -> str:
    return "none" if bound is None else f"{bound[0]}{' (exclusive)' if bound[1] else ''}"


def _type_name(kind: tuple[Any, Any]) -> str:
    return kind[0] if kind[1] is None else f"{kind[0]} ({kind[1]})"


def _since(deprecation: tuple[str | None, str]) -> str:
    version, note = deprecation
    return (f" since {version}" if version else "") + (f": {note}" if note else "")


# --- comparing tables and codelists --------------------------------------------------------------


def _fields(document: dict[str, Any]) -> dict[str, _Field]:
    required = set(document.get("required", ()))
    return {name: _field_of(prop, name in required) for name, prop in document.get("properties", {}).items()}


def _foreign_keys(document: dict[str, Any]) -> set[str]:
    return {json.dumps(fk, sort_keys=True) for fk in document.get("x-foreignKeys", ())}


def _compare_table(name: str, old: dict[str, Any], new: dict[str, Any], opened: set[str]) -> list[Change]:
    changes: list[Change] = []
    old_fields, new_fields = _fields(old), _fields(new)
    for field_name, old_field in old_fields.items():
        where = f"{name}.{field_name}"
        if field_name not in new_fields:
            forbidden = None if deprecation_of(old_field.prop) else (
                "it was not deprecated in a release first: deprecate it in a minor release, "
                "remove it in the next major")
            changes.append(Change(where, "field removed", Level.MAJOR, forbidden))
            continue
        openness_changed = old_field.get("codelist") in opened
        changes += _compare_field(where, old_field, new_fields[field_name], openness_changed)
    for field_name, new_field in new_fields.items():
        if field_name not in old_fields:
            required = new_field.required
            changes.append(Change(f"{name}.{field_name}", f"{'required' if required else 'optional'} field added",
                                  Level.MAJOR if required else Level.MINOR))
    if old.get("x-primaryKey") != new.get("x-primaryKey"):
        what = f"primary key {old.get('x-primaryKey')} → {new.get('x-primaryKey')}"
        changes.append(Change(name, what, Level.MAJOR))
    old_fks, new_fks = _foreign_keys(old), _foreign_keys(new)
    changes += [Change(name, f"foreign key added: {fk}", Level.MAJOR) for fk in sorted(new_fks - old_fks)]
    changes += [Change(name, f"foreign key removed: {fk}", Level.MINOR) for fk in sorted(old_fks - new_fks)]
    old_rules, new_rules = old.get("x-rowRules", []), new.get("x-rowRules", [])
    changes += [Change(name, f"row rule added: {rule}", Level.MAJOR) for rule in new_rules if rule not in old_rules]
    changes += [Change(name, f"row rule removed: {rule}", Level.MINOR) for rule in old_rules if rule not in new_rules]
    if old.get("additionalProperties", True) != new.get("additionalProperties", True):
        closed = new.get("additionalProperties", True) is False
        changes.append(Change(name, "unknown columns now refused" if closed else "unknown columns now allowed",
                              Level.MAJOR if closed else Level.MINOR))
    for key in ("title", "description"):
        if old.get(key) != new.get(key):
            changes.append(Change(name, f"{key} changed", Level.PATCH))
    for key in sorted((set(old) | set(new)) - _TABLE_KEYS):
        if old.get(key) != new.get(key):
            changes.append(Change(name, f"{key} changed", Level.MAJOR))
    return changes


def _compare_codelist(old: CodelistSnapshot, new: CodelistSnapshot) -> list[Change]:
    where = f"codelist {new.name}"
    changes: list[Change] = []
    if old.open != new.open:
        changes.append(Change(where, "open → closed" if old.open else "closed → open",
                              Level.MAJOR if old.open else Level.MINOR))
    if old.description != new.description:
        changes.append(Change(where, "description changed", Level.PATCH))
    changes += [Change(where, f"column {c!r} removed", Level.MAJOR) for c in old.columns if c not in new.columns]
    changes += [Change(where, f"column {c!r} added", Level.MINOR) for c in new.columns if c not in old.columns]
    for code, row in old.rows.items():
        code_where = f"{new.name}.csv code {code!r}"
        if code not in new.rows:
            forbidden = None if row.get("deprecated") else (
                "it was not deprecated in a release first: set its `deprecated` version in a minor release, "
                "remove it in the next major")
            changes.append(Change(code_where, "code removed", Level.MAJOR, forbidden))
            continue
        new_row = new.rows[code]
        deprecation_changed = row.get("deprecated", "") != new_row.get("deprecated", "")
        for column in new.columns:
            if column not in old.columns or row.get(column, "") == new_row.get(column, ""):
                continue
            if column == "deprecation_note" and deprecation_changed:
                continue  # part of the deprecation itself
            if column == "deprecated":
                what = f"deprecated since {new_row[column]}" if new_row[column] else "no longer deprecated"
                changes.append(Change(code_where, what, Level.MINOR))
            else:
                changes.append(Change(code_where, f"{column} changed", Level.PATCH))
    for code in new.rows:
        if code not in old.rows:
            level = Level.PATCH if new.open else Level.MINOR
            changes.append(Change(f"{new.name}.csv code {code!r}", "code added", level))
    return changes


def compare(old: Snapshot, new: Snapshot) -> list[Change]:
    """Every difference between two schema versions, classified."""
    changes: list[Change] = []
    opened = {f"{name}.csv" for name, cl in new.codelists.items()
              if name in old.codelists and old.codelists[name].open != cl.open}
    for name, document in old.tables.items():
        if name not in new.tables:
            changes.append(Change(name, "table removed", Level.MAJOR))
        else:
            changes += _compare_table(name, document, new.tables[name], opened)
    changes += [Change(name, "table added", Level.MINOR) for name in new.tables if name not in old.tables]
    for name, cl in old.codelists.items():
        if name not in new.codelists:
            changes.append(Change(f"codelist {name}", "codelist removed", Level.MAJOR))
        else:
            changes += _compare_codelist(cl, new.codelists[name])
    changes += [Change(f"codelist {name}", "codelist added", Level.MINOR)
                for name in new.codelists if name not in old.codelists]
    return changes


def deprecations(old: Snapshot, new: Snapshot) -> list[Deprecation]:
    """Every deprecated field and code of `new`; `new=True` for those deprecated since `old`."""
    found = []
    for table, document in new.tables.items():
        old_props = old.tables.get(table, {}).get("properties", {})
        for name, prop in document.get("properties", {}).items():
            deprecation = deprecation_of(prop)
            if deprecation:
                was = name in old_props and deprecation_of(old_props[name]) is not None
                found.append(Deprecation(f"{table}.{name}", deprecation[0], deprecation[1], not was))
    for name, cl in new.codelists.items():
        old_rows = old.codelists[name].rows if name in old.codelists else {}
        for code, row in cl.rows.items():
            if row.get("deprecated"):
                was = bool(old_rows.get(code, {}).get("deprecated"))
                found.append(Deprecation(f"{name}.csv code {code!r}", row["deprecated"],
                                         row.get("deprecation_note", ""), not was))
    return found


def _next(version: tuple[int, int, int], level: Level) -> str:
    major, minor, patch = version
    if level is Level.MAJOR:
        return f"{major + 1}.0.0"
    return f"{major}.{minor + 1}.0" if level is Level.MINOR else f"{major}.{minor}.{patch + 1}"


def check(old: Snapshot, new: Snapshot) -> CheckResult:
    """Compare and decide: errors make the check fail; warnings are advice for the next release."""
    old_version, new_version = parse_version(old.version), parse_version(new.version)
    changes = compare(old, new)
    found = deprecations(old, new)
    errors, warnings = [], []
    if new_version < old_version:
        errors.append(f"the version went backwards: {new.version} is before the released {old.version}")
    breaking = [change for change in changes if change.level is Level.MAJOR]
    if breaking and new_version[0] <= old_version[0]:
        errors.append(f"{len(breaking)} breaking change(s) since {old.version} need a major version: "
                      f"set newsevents_schema.version.__version__ to {_next(old_version, Level.MAJOR)}")
    errors += [f"{change.where}: {change.what} is not allowed: {change.forbidden}"
               for change in changes if change.forbidden]
    level = max((change.level for change in changes), default=None)
    if level is not None and not breaking:
        needed = parse_version(_next(old_version, level))
        if new_version < needed:
            warnings.append(f"the schema changed since {old.version}: release it as {_next(old_version, level)} "
                            f"or later ({level.name.lower()} changes)")
    for deprecated in found:
        if deprecated.since and _SEMVER.match(deprecated.since) and parse_version(deprecated.since) > new_version:
            warnings.append(f"{deprecated.where} is deprecated since {deprecated.since}, "
                            f"after the schema's own version {new.version}")
    return CheckResult(old.version, new.version, tuple(changes), tuple(found), tuple(errors), tuple(warnings))
