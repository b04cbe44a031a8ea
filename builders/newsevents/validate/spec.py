"""What a package must satisfy, read from the schema package's generated files and codelists.

The files are read directly (located with `importlib.util.find_spec`, which does not run the
package) because importing `newsevents_schema` imports pydantic, which costs about half a second:
most of the time budget of validating a million events. A unit test keeps this reading in step
with `newsevents_schema.artifacts.columns()` and the table models.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

SCHEMA_PACKAGE = "newsevents_schema"


@dataclass(frozen=True)
class Column:
    name: str
    arrow_type: str  # "string", "int64", "float64", "bool" or "date32"
    nullable: bool
    pattern: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    min_length: int | None = None
    codelist: str | None = None  # file name, e.g. "status.csv"
    open_codelist: bool = False
    codes: frozenset[str] = frozenset()
    deprecated_codes: dict[str, str] = field(default_factory=dict)  # code -> version that deprecated it
    deprecated: str | None = None  # version that deprecated the field itself
    deprecation_note: str = ""  # what to use instead


@dataclass(frozen=True)
class ForeignKey:
    fields: tuple[str, ...]
    table: str
    table_fields: tuple[str, ...]


@dataclass(frozen=True)
class TableSpec:
    name: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...]

    def column(self, name: str) -> Column:
        return next(column for column in self.columns if column.name == name)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)


@cache
def schema_root() -> Path:
    spec = find_spec(SCHEMA_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"{SCHEMA_PACKAGE} is not installed", name=SCHEMA_PACKAGE)
    return Path(next(iter(spec.submodule_search_locations)))


def _json(*parts: str) -> Any:
    return json.loads(schema_root().joinpath(*parts).read_text(encoding="utf-8"))


def _csv(name: str) -> list[dict[str, str]]:
    text = schema_root().joinpath("codelists", name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def _plain(prop: dict[str, Any]) -> dict[str, Any]:
    """A property's non-null branch, merged with its own keys (as `artifacts.columns` reads it)."""
    if "anyOf" not in prop:
        return prop
    branch = next(b for b in prop["anyOf"] if b.get("type") != "null")
    return {**branch, **{k: v for k, v in prop.items() if k not in ("anyOf", "default")}}


def _column(arrow_field: dict[str, Any], prop: dict[str, Any]) -> Column:
    prop = _plain(prop)
    codes: frozenset[str] = frozenset()
    deprecated_codes: dict[str, str] = {}
    if "codelist" in prop:
        rows = _csv(prop["codelist"])
        codes = frozenset(row["code"] for row in rows)
        deprecated_codes = {row["code"]: row["deprecated"] for row in rows if row.get("deprecated")}
    minimum = prop.get("minimum")
    if "exclusiveMinimum" in prop:
        minimum = prop["exclusiveMinimum"] + 1
    return Column(
        name=arrow_field["name"], arrow_type=arrow_field["type"], nullable=arrow_field["nullable"],
        pattern=prop.get("pattern"), minimum=minimum, maximum=prop.get("maximum"), min_length=prop.get("minLength"),
        codelist=prop.get("codelist"), open_codelist=bool(prop.get("openCodelist")), codes=codes,
        deprecated_codes=deprecated_codes, **_deprecation(prop),
    )


def _deprecation(prop: dict[str, Any]) -> dict[str, Any]:
    """`deprecated: true` with `x-deprecated: {version, note}`, as `newsevents_schema.fields.deprecated()` writes it."""
    extra = prop.get("x-deprecated")
    if prop.get("deprecated") is not True and not isinstance(extra, dict):
        return {}
    extra = extra if isinstance(extra, dict) else {}
    return {"deprecated": str(extra.get("version") or "an earlier version"), "deprecation_note": str(extra.get("note") or "")}


def _table(name: str) -> TableSpec:
    arrow = _json("generated", "arrow", f"{name}.json")
    schema = _json("generated", "json-schema", f"{name}.json")
    columns = tuple(_column(f, schema["properties"][f["name"]]) for f in arrow["fields"])
    foreign_keys = tuple(
        ForeignKey(tuple(fk["fields"]), fk["reference"]["resource"], tuple(fk["reference"]["fields"]))
        for fk in schema.get("x-foreignKeys", ())
    )
    return TableSpec(name, columns, tuple(schema["x-primaryKey"]), foreign_keys)


def _dependency_order(tables: dict[str, TableSpec]) -> list[str]:
    """Referenced tables before the tables that reference them (self-references aside)."""
    order: list[str] = []
    remaining = sorted(tables)
    while remaining:
        ready = [n for n in remaining if all(fk.table in order or fk.table == n for fk in tables[n].foreign_keys)]
        if not ready:  # a cycle: take the rest in name order rather than loop
            ready = remaining[:1]
        order += ready
        remaining = [n for n in remaining if n not in ready]
    return order


@cache
def table_specs() -> dict[str, TableSpec]:
    """Every published table's spec, referenced tables first."""
    names = {path.stem for path in schema_root().joinpath("generated", "arrow").glob("*.json")}
    tables = {name: _table(name) for name in names}
    return {name: tables[name] for name in _dependency_order(tables)}


@cache
def schema_version() -> str:
    first = next(iter(table_specs()))
    return _json("generated", "arrow", f"{first}.json")["schema_version"]


@cache
def table_schema(name: str) -> dict[str, Any]:
    """The committed Frictionless Table Schema of a table, as a descriptor should embed it."""
    return _json("generated", "table-schema", f"{name}.json")
