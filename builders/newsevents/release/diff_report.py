"""A package diff as text (for a terminal), JSON (for programs) or Markdown (release notes).

The Markdown form follows the Keep a Changelog headings (Added, Changed, Removed) so it can be
pasted under a `## Dataset X.Y.Z` entry of CHANGELOG.md as it is. Long values are shortened in
text and Markdown; JSON keeps them whole. `limit` caps the rows listed per table and kind
(None: all); counts are always complete.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from typing import Any

import pyarrow as pa

from .diff import PackageDiff, PackageInfo, TableDiff

SHOWN_CHARACTERS = 80
FORMATS = ("text", "json", "markdown")


def _plain(value: Any) -> Any:
    """A JSON-safe value: dates as ISO strings, NaN as null."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _show(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, str):
        shown = value if len(value) <= SHOWN_CHARACTERS else value[: SHOWN_CHARACTERS - 1] + "…"
        return json.dumps(shown, ensure_ascii=False)
    return str(_plain(value))


def _key(key: tuple[Any, ...]) -> str:
    """A primary key as the corrections table writes it: values joined by ' | '."""
    return " | ".join(str(_plain(value)) for value in key)


def _code(text: str) -> str:
    """Markdown inline code that survives backticks inside `text`."""
    fence = "``" if "`" in text else "`"
    pad = " " if fence == "``" else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _versions(diff: PackageDiff) -> tuple[str, str]:
    old, new = diff.old, diff.new
    dataset = (f"dataset {old.version} → {new.version}" if diff.version_changed
               else f"dataset {new.version} (unchanged)")
    schema = (f"schema {old.schema_version} → {new.schema_version}" if diff.schema_version_changed
              else f"schema {new.schema_version} (unchanged)")
    return dataset, schema


def _rows_word(count: int) -> str:
    return f"{count} row" if count == 1 else f"{count} rows"


def _counts(table: TableDiff) -> str:
    if table.status == "same":
        return f"unchanged ({_rows_word(table.new_rows)})"
    if table.status in ("added", "removed"):
        return f"table {table.status} ({_rows_word(max(table.old_rows, table.new_rows))})"
    return (f"{table.old_rows} → {table.new_rows} rows: {table.added.num_rows} added, "
            f"{table.removed.num_rows} removed, {table.changed_after.num_rows} changed")


def render_text(diff: PackageDiff, limit: int | None = 50) -> str:
    dataset, schema = _versions(diff)
    lines = [f"{dataset} ({diff.old.label} → {diff.new.label})", schema, ""]
    for table in diff.tables:
        lines.append(f"{table.name}: {_counts(table)}")
        columns = table.columns
        lines += [f"  column added: {name}" for name in columns.added]
        lines += [f"  column removed: {name}" for name in columns.removed]
        lines += [f"  column retyped: {name} {old} → {new}" for name, old, new in columns.retyped]
        for sign, rows in (("+", table.added), ("-", table.removed)):
            keys = table.keys(rows, limit)
            lines += [f"  {sign} {_key(key)}" for key in keys]
            if rows.num_rows > len(keys):
                lines.append(f"  {sign} … and {rows.num_rows - len(keys)} more")
        changes = table.row_changes(limit)
        for change in changes:
            lines.append(f"  ~ {_key(change.key)}")
            lines += [f"      {f.name}: {_show(f.before)} → {_show(f.after)}" for f in change.fields]
        if table.changed_after.num_rows > len(changes):
            lines.append(f"  ~ … and {table.changed_after.num_rows - len(changes)} more")
    if not diff.has_differences:
        lines += ["", "no differences"]
    return "\n".join(lines) + "\n"


def _rows(rows: pa.Table, limit: int | None) -> list[dict[str, Any]]:
    shown = rows if limit is None else rows.slice(0, limit)
    return [{name: _plain(value) for name, value in row.items()} for row in shown.to_pylist()]


def as_json(diff: PackageDiff, limit: int | None = None) -> dict[str, Any]:
    """The diff as a JSON-ready dict; each table lists at most `limit` rows per kind."""
    def package(info: PackageInfo) -> dict[str, Any]:
        return {"label": info.label, "version": info.version, "schema_version": info.schema_version}

    tables = []
    for table in diff.tables:
        changes = table.row_changes(limit)
        tables.append({
            "name": table.name,
            "status": table.status,
            "primary_key": list(table.primary_key),
            "rows": {"old": table.old_rows, "new": table.new_rows},
            "counts": {"added": table.added.num_rows, "removed": table.removed.num_rows,
                       "changed": table.changed_after.num_rows},
            "columns": {"added": list(table.columns.added), "removed": list(table.columns.removed),
                        "retyped": [{"name": n, "old": o, "new": w} for n, o, w in table.columns.retyped]},
            "added": _rows(table.added, limit),
            "removed": _rows(table.removed, limit),
            "changed": [
                {"key": {name: _plain(value) for name, value in zip(table.primary_key, change.key, strict=True)},
                 "fields": {f.name: {"before": _plain(f.before), "after": _plain(f.after)} for f in change.fields}}
                for change in changes
            ],
        })
    return {
        "old": package(diff.old),
        "new": package(diff.new),
        "version_changed": diff.version_changed,
        "schema_version_changed": diff.schema_version_changed,
        "has_differences": diff.has_differences,
        "tables": tables,
    }


def render_json(diff: PackageDiff, limit: int | None = None) -> str:
    return json.dumps(as_json(diff, limit), indent=2, ensure_ascii=False) + "\n"


def _key_list(table: TableDiff, rows: pa.Table, limit: int | None) -> str:
    keys = table.keys(rows, limit)
    listed = ", ".join(_code(_key(key)) for key in keys)
    more = rows.num_rows - len(keys)
    return listed + (f" and {more} more" if more > 0 else "")


def render_markdown(diff: PackageDiff, limit: int | None = 50) -> str:
    """Release notes: a summary table, then Added / Changed / Removed sections."""
    old, new = diff.old, diff.new
    schema = (f"schema {old.schema_version} → {new.schema_version}" if diff.schema_version_changed
              else f"schema {new.schema_version} (unchanged)")
    lines = [f"## Dataset {new.version}", "",
             f"Compared with dataset {old.version} ({_code(old.label)}); {schema}.", ""]
    if not any(table.has_differences for table in diff.tables):
        return "\n".join([*lines, "No rows were added, removed or changed.", ""])
    lines += ["| table | rows | added | removed | changed |", "| --- | ---: | ---: | ---: | ---: |"]
    for table in diff.tables:
        if table.has_differences:
            lines.append(f"| {_code(table.name)} | {table.old_rows} → {table.new_rows} | {table.added.num_rows} "
                         f"| {table.removed.num_rows} | {table.changed_after.num_rows} |")
    added, changed, removed = [], [], []
    for table in diff.tables:
        name = _code(table.name)
        if table.status == "added":
            added.append(f"- New table {name} ({_rows_word(table.new_rows)}).")
        elif table.added.num_rows:
            added.append(f"- {name} ({table.added.num_rows}): {_key_list(table, table.added, limit)}")
        if table.status == "removed":
            removed.append(f"- Table {name} ({_rows_word(table.old_rows)}).")
        elif table.removed.num_rows:
            removed.append(f"- {name} ({table.removed.num_rows}): {_key_list(table, table.removed, limit)}")
        columns = table.columns
        if columns.added:
            added.append(f"- {name} columns: {', '.join(map(_code, columns.added))}")
        if columns.removed:
            removed.append(f"- {name} columns: {', '.join(map(_code, columns.removed))}")
        for column, old_type, new_type in columns.retyped:
            changed.append(f"- {name} column {_code(column)}: type {old_type} → {new_type}")
        changes = table.row_changes(limit)
        for change in changes:
            fields = "; ".join(f"{_code(f.name)} {_code(_show(f.before))} → {_code(_show(f.after))}"
                               for f in change.fields)
            changed.append(f"- {name} {_code(_key(change.key))}: {fields}")
        more = table.changed_after.num_rows - len(changes)
        if more > 0:
            changed.append(f"- {name}: {more} more changed rows")
    for heading, entries in (("Added", added), ("Changed", changed), ("Removed", removed)):
        if entries:
            lines += ["", f"### {heading}", "", *entries]
    return "\n".join(lines) + "\n"


def render(diff: PackageDiff, fmt: str, limit: int | None) -> str:
    if fmt == "json":
        return render_json(diff, limit)
    if fmt == "markdown":
        return render_markdown(diff, limit)
    return render_text(diff, limit)
