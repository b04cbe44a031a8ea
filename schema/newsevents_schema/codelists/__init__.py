"""Codelists: CSV files (code, title, description, crosswalks, deprecation) shipped as package data.

A closed codelist is enforced by the models (its codes become a JSON Schema `enum`); an open one
only constrains the code's shape, and validators warn about codes that are not listed yet.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Literal

#: A code's shape, for open codelists: lower-case words joined by underscores.
CODE_PATTERN = r"^[a-z][a-z0-9_]*$"


@dataclass(frozen=True)
class Codelist:
    name: str
    open: bool
    description: str
    columns: tuple[str, ...]
    rows: dict[str, dict[str, str]] = field(repr=False)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(self.rows)

    @property
    def file_name(self) -> str:
        return f"{self.name}.csv"

    def deprecated(self, code: str) -> str | None:
        """The version that deprecated `code`, or None."""
        return (self.rows.get(code, {}).get("deprecated") or None)


def _read_csv(name: str) -> list[dict[str, str]]:
    return parse_csv(resources.files(__name__).joinpath(name).read_text(encoding="utf-8"), name)


def parse_csv(text: str, name: str) -> list[dict[str, str]]:
    """A codelist CSV's rows; a row with more or fewer fields than the header is an error, not a
    silently shifted or dropped value."""
    reader = csv.DictReader(io.StringIO(text))
    rows = []
    for row in reader:
        if None in row or None in row.values():
            header = reader.fieldnames or []
            raise ValueError(f"{name}, line {reader.line_num}: expected {len(header)} fields ({', '.join(header)}), "
                             f"found {len(row) - (None in row) + len(row.get(None) or ())}")
        rows.append(row)
    return rows


@cache
def codelists() -> dict[str, Codelist]:
    """Every codelist, by name, in the order of the index file."""
    result = {}
    for entry in _read_csv("_index.csv"):
        name = entry["codelist"]
        rows = _read_csv(f"{name}.csv")
        result[name] = Codelist(
            name=name,
            open=entry["open"] == "true",
            description=entry["description"],
            columns=tuple(rows[0]) if rows else (),
            rows={row["code"]: row for row in rows},
        )
    return result


def codelist(name: str) -> Codelist:
    return codelists()[name]


def literal_of(name: str) -> object:
    """A `Literal[...]` of a closed codelist's codes, for use as a field type."""
    return Literal.__getitem__(codelist(name).codes)  # type: ignore[attr-defined]
