"""Violations counted per file, column and check, with the first few rows and values as examples.

Ten million bad cells give one `Problem` per kind of violation and column, not ten million: a
check reports a boolean mask per batch, `Findings` keeps the count and the first examples.
Row numbers are 1-based within the table (row 1 is the first row of the Parquet file); a
problem's `line` is its first bad row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import get_close_matches
from typing import Any

from ..problems import Problem

#: Check id -> what it checks. `rule` of every package problem is one of these.
RULES = {
    "file_missing": "a file the package needs does not exist",
    "descriptor": "datapackage.json is readable JSON, well-formed, and lists exactly the schema's tables",
    "schema_version": "the package was built with the installed schema version",
    "bytes": "a file's size equals the resource's `bytes`",
    "hash": "a file's digest equals the resource's `hash`",
    "corrupt_file": "the file is readable Parquet from start to end",
    "missing_column": "every column of the table is present",
    "extra_column": "no column beyond the table's",
    "type": "each column has the Arrow type of the schema",
    "required": "no empty (null) value in a column that requires one",
    "min_length": "no text shorter than the column's minLength",
    "pattern": "text matches the column's pattern",
    "codelist": "codes come from the codelist (closed: error; open: warning for codes not listed yet)",
    "deprecated": "no deprecated code or column",
    "range": "numbers lie within the column's minimum and maximum",
    "primary_key": "primary keys are unique",
    "foreign_key": "every reference names an existing row",
    "self_reference": "a row does not reference itself",
    "span": "a span's start, end and text are all given or all empty, end > start, len(text) == end - start",
    "evidence": "text[start:end] of the row's source article equals the stored text",
    "date_order": "date_start <= date_end",
    "date_precision": "the date interval fits date_precision",
    "quantity_bounds": "low <= value <= high, and at least one of them given",
    "coordinates": "latitude and longitude are both given or both empty",
    "char_count": "char_count equals the number of code points of text",
    "body_start": "body_start lies within the text",
    "text_sha256": "text_sha256 is the SHA-256 of the UTF-8 text",
}

EXAMPLES = 5


@dataclass
class Finding:
    count: int = 0
    rows: list[int] = field(default_factory=list)
    values: list[Any] = field(default_factory=list)


class Shown(str):
    """An example already worded for the message (shown as is, not quoted)."""


def _show(value: Any) -> str:
    text = repr(value) if isinstance(value, str) and not isinstance(value, Shown) else str(value)
    return text if len(text) <= 160 else text[:157] + "..."


class Findings:
    """Accumulates violations; `problems()` turns them into one Problem per kind and column."""

    def __init__(self) -> None:
        self._found: dict[tuple[str, str, str, str, str, str], Finding] = {}
        self._choices: dict[tuple[str, str, str, str, str, str], tuple[str, ...]] = {}
        self._plain: list[Problem] = []

    def problem(self, problem: Problem) -> None:
        """A problem with no rows to count (a file, a column, the descriptor)."""
        self._plain.append(problem)

    def add(self, file: str, field_name: str, rule: str, what: str, rows: list[int], values: list[Any] | None,
            count: int, *, severity: str = "error", expected: str = "", choices: tuple[str, ...] = ()) -> None:
        """`count` violations, of which `rows` (1-based) and `values` are the first few."""
        key = (file, field_name, rule, severity, what, expected)
        found = self._found.setdefault(key, Finding())
        found.count += count
        room = EXAMPLES - len(found.rows)
        if room > 0:
            found.rows += rows[:room]
            found.values += (values or [None] * len(rows))[:room]
        if choices:
            self._choices[key] = choices

    def add_mask(self, file: str, field_name: str, rule: str, what: str, mask: Any, first_row: int,
                 values: Any = None, **options: Any) -> None:
        """Report the rows where the boolean Arrow array `mask` is true (nulls count as false).

        `values`, when given, is aligned with the batch; the values of the rows shown are quoted.
        """
        import pyarrow.compute as pc

        if not pc.any(mask).as_py():
            return
        from .literals import fill_null

        positions = pc.indices_nonzero(fill_null(mask, False))
        shown = values.take(positions.slice(0, EXAMPLES)) if values is not None else None
        self.add_positions(file, field_name, rule, what, positions, first_row, shown, **options)

    def add_positions(self, file: str, field_name: str, rule: str, what: str, positions: Any, first_row: int,
                      values: Any = None, **options: Any) -> None:
        """Report the rows at 0-based `positions` (Arrow integers) of a batch whose first row is `first_row`.

        `values[j]`, when given (an Arrow array or a list), is the value at `positions[j]`, at least
        for the first few positions. `count` overrides how many rows are bad (positions may repeat).
        """
        count = options.pop("count", len(positions))
        if not count:
            return
        key = (file, field_name, rule, options.get("severity", "error"), what, options.get("expected", ""))
        found = self._found.get(key)
        room = max(0, EXAMPLES - (len(found.rows) if found else 0))
        rows = [first_row + i for i in positions.slice(0, room).to_pylist()]
        examples = None
        if values is not None and rows:
            head = values[: len(rows)]
            examples = head.to_pylist() if hasattr(head, "to_pylist") else list(head)
        self.add(file, field_name, rule, what, rows, examples, count, **options)

    def problems(self) -> list[Problem]:
        result = list(self._plain)
        for key, found in self._found.items():
            file, field_name, rule, severity, what, expected = key
            examples = []
            for row, value in sorted(zip(found.rows, found.values), key=lambda pair: pair[0]):
                examples.append(f"row {row:,}" + ("" if value is None else f" {_show(value)}"))
            more = found.count - len(examples)
            listed = ", ".join(examples) + (f" and {more:,} more" if more > 0 and examples else "")
            if found.count == 1:
                message = f"{what}: {listed}" if examples else what
            else:
                message = f"{what} in {found.count:,} rows" + (f": {listed}" if examples else "")
            suggestion = ""
            choices = self._choices.get(key)
            if choices and found.values and isinstance(found.values[0], str):
                close = get_close_matches(found.values[0], choices, n=1)
                suggestion = close[0] if close else ""
            line = min(found.rows) if found.rows else None
            result.append(Problem(file, line, None, field_name, message, expected, severity, rule, suggestion))
        return result
