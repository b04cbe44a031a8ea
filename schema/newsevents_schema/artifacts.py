"""Derived schema artifacts: JSON Schema, Frictionless Table Schema, Arrow schema and the codebook.

All are generated from the pydantic models (`generate()`), committed under `generated/`, shipped as
package data and read back with `json_schema()`, `table_schema()` and `arrow_schema()`. A test
regenerates them and fails when a committed copy drifts.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from pydantic import BaseModel

from .codelists import codelists
from .curation import CURATION_MODELS
from .fields import DEPRECATION_KEY, deprecation
from .tables import TABLES, Table
from .version import __version__

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
GENERATED = "generated"

#: JSON Schema (type, format) -> (Table Schema type, Arrow type).
_TYPES = {
    ("string", None): ("string", "string"),
    ("string", "date"): ("date", "date32"),
    ("integer", None): ("integer", "int64"),
    ("number", None): ("number", "float64"),
    ("boolean", None): ("boolean", "bool"),
}
_CONSTRAINTS = ("pattern", "minimum", "maximum", "minLength", "enum")


def schema_id(name: str) -> str:
    """The versioned, location-independent id of a generated JSON Schema."""
    return f"urn:newsevents:schema:{__version__}:{name}"


def _json_schema_of(model: type[BaseModel], name: str) -> dict[str, Any]:
    generated = model.model_json_schema(mode="validation")
    schema: dict[str, Any] = {"$schema": JSON_SCHEMA_DIALECT, "$id": schema_id(name), "version": __version__}
    schema.update(generated)
    if issubclass(model, Table):
        schema["x-primaryKey"] = list(model.primary_key)
        schema["x-foreignKeys"] = [
            {"fields": list(fk.fields), "reference": {"resource": fk.table, "fields": list(fk.table_fields)}}
            for fk in model.foreign_keys
        ]
        if model.row_rules:
            schema["x-rowRules"] = list(model.row_rules)
    return schema


def _plain(prop: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """A property's non-null branch and whether it may be null."""
    if "anyOf" in prop:
        branches = [branch for branch in prop["anyOf"] if branch.get("type") != "null"]
        assert len(branches) == 1, f"unsupported union: {prop}"
        return {**branches[0], **{k: v for k, v in prop.items() if k not in ("anyOf", "default")}}, True
    return prop, False


def columns(table: type[Table]) -> list[dict[str, Any]]:
    """Each column: name, title, description, JSON Schema type and format, nullability and constraints."""
    schema = table.model_json_schema(mode="validation")
    required = set(schema.get("required", ()))
    result = []
    for name, raw in schema["properties"].items():
        prop, nullable = _plain(raw)
        json_type = prop.get("type", "string")
        fmt = prop.get("format")
        frictionless_type, arrow_type = _TYPES[(json_type, fmt)]
        constraints = {key: prop[key] for key in _CONSTRAINTS if key in prop}
        if "exclusiveMinimum" in prop:
            constraints["minimum"] = prop["exclusiveMinimum"] + 1
        column = {
            "name": name,
            "title": prop["title"],
            "description": prop["description"],
            "type": frictionless_type,
            "arrow_type": arrow_type,
            "nullable": nullable,
            "required": name in required or not nullable,
            "constraints": constraints,
        }
        for key in ("codelist", "openCodelist"):
            if key in prop:
                column[key] = prop[key]
        if deprecation(prop):
            version, note = deprecation(prop)
            column["deprecated"] = True
            column[DEPRECATION_KEY] = {"version": version, "note": note}
        result.append(column)
    return result


def _table_schema_of(table: type[Table]) -> dict[str, Any]:
    fields = []
    for column in columns(table):
        constraints = dict(column["constraints"])
        if "pattern" in constraints:  # Table Schema patterns are implicitly anchored
            constraints["pattern"] = constraints["pattern"].removeprefix("^").removesuffix("$")
        if column["required"]:
            constraints["required"] = True
        field: dict[str, Any] = {
            "name": column["name"],
            "title": column["title"],
            "description": column["description"],
            "type": column["type"],
        }
        if constraints:
            field["constraints"] = constraints
        field.update(_deprecation_of(column))
        fields.append(field)
    foreign_keys = []
    for fk in table.foreign_keys:
        reference: dict[str, Any] = {"fields": list(fk.table_fields)}
        # Data Package v2: a self-reference omits the resource name
        reference = reference if fk.table == table.table_name else {"resource": fk.table, **reference}
        foreign_keys.append({"fields": list(fk.fields), "reference": reference})
    schema: dict[str, Any] = {
        "$schema": "https://datapackage.org/profiles/2.0/tableschema.json",
        "fields": fields,
        "primaryKey": list(table.primary_key),
    }
    if foreign_keys:
        schema["foreignKeys"] = foreign_keys
    return schema


def _deprecation_of(column: dict[str, Any]) -> dict[str, Any]:
    """The same two keys in every artifact (Table Schema and Arrow fields allow extra properties)."""
    return {key: column[key] for key in ("deprecated", DEPRECATION_KEY) if key in column}


def _arrow_schema_of(table: type[Table]) -> dict[str, Any]:
    return {
        "schema_version": __version__,
        "table": table.table_name,
        "fields": [
            {"name": c["name"], "type": c["arrow_type"], "nullable": c["nullable"], "description": c["description"],
             **_deprecation_of(c)}
            for c in columns(table)
        ],
    }


def _codebook() -> str:
    lines = [
        f"# newsevents codebook (schema {__version__})",
        "",
        "Generated from the pydantic models by `newsevents schema generate`; do not edit by hand.",
        "Offsets are 0-based, end-exclusive Unicode code point indices into the source article's full text.",
        "",
    ]
    for table in TABLES:
        lines += [f"## `{table.table_name}`: {table.table_title}", "", (table.__doc__ or "").strip() or "", ""]
        lines += [f"Primary key: `{', '.join(table.primary_key)}`.", ""]
        for fk in table.foreign_keys:
            lines.append(f"Foreign key: `{', '.join(fk.fields)}` → `{fk.table}.{', '.join(fk.table_fields)}`.")
        lines += ["", "| column | type | required | description |", "| --- | --- | --- | --- |"]
        for c in columns(table):
            extra = f" Codelist: `{c['codelist']}` ({'open' if c['openCodelist'] else 'closed'})." if "codelist" in c else ""
            if "pattern" in c["constraints"]:
                extra += f" Pattern: `{c['constraints']['pattern']}`."
            if c.get("deprecated"):
                extra += f" **Deprecated** since {c[DEPRECATION_KEY]['version']}: {c[DEPRECATION_KEY]['note']}"
            required = "yes" if c["required"] else "no"
            lines.append(f"| `{c['name']}` | {c['type']} | {required} | {c['description']}{extra} |")
        if table.row_rules:
            lines += ["", "Row rules:", *[f"- {rule}" for rule in table.row_rules]]
        lines.append("")
    lines += ["## Codelists", ""]
    for cl in codelists().values():
        lines += [f"### `{cl.file_name}` ({'open' if cl.open else 'closed'})", "", cl.description, ""]
        lines += ["| code | title | description |", "| --- | --- | --- |"]
        lines += [f"| `{code}` | {row['title']} | {row['description']} |" for code, row in cl.rows.items()]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _dump(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def generate() -> dict[str, str]:
    """Every derived artifact, as {path relative to the `schema/` folder: file content}."""
    base = f"newsevents_schema/{GENERATED}"
    files = {}
    for table in TABLES:
        name = table.table_name
        files[f"{base}/json-schema/{name}.json"] = _dump(_json_schema_of(table, name))
        files[f"{base}/table-schema/{name}.json"] = _dump(_table_schema_of(table))
        files[f"{base}/arrow/{name}.json"] = _dump(_arrow_schema_of(table))
    for name, model in CURATION_MODELS.items():
        files[f"{base}/json-schema/curation/{name}.json"] = _dump(_json_schema_of(model, f"curation:{name}"))
    files["codebook.md"] = _codebook()
    return files


@cache
def _load(kind: str, name: str) -> dict[str, Any]:
    path = resources.files(__package__).joinpath(GENERATED, kind, f"{name}.json")
    return json.loads(path.read_text(encoding="utf-8"))


def json_schema(name: str) -> dict[str, Any]:
    """The committed JSON Schema of a table (`events`) or curation file (`curation/article-reading`)."""
    return _load("json-schema", name)


def table_schema(name: str) -> dict[str, Any]:
    """The committed Frictionless Table Schema of a table."""
    return _load("table-schema", name)


def arrow_schema(name: str) -> dict[str, Any]:
    """The committed Arrow schema of a table, as JSON (pyarrow types by name)."""
    return _load("arrow", name)
