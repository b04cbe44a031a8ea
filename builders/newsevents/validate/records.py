"""Records of one published table in a contribution file: JSON, JSONL, CSV or Parquet.

Each record is checked by its table model, strictly: a JSON record is validated from its own text
(so a date is a JSON string and "1" is not a number), a CSV cell is converted by the column's
declared type first, with its own message when that fails. Every problem is located: line and
column for JSON, JSONL and CSV; for Parquet the 1-based row, as `line` and in the message (as the
package validator does). A file holds one table, so only in-table checks (the primary key) apply;
cross-table ones belong to packages.
"""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from newsevents_schema import TABLES_BY_NAME, Table
from newsevents_schema.artifacts import columns
from pydantic import ValidationError

from ..curation.load import problems_from
from ..problems import InputError, Problem
from .kinds import RECORD_FORMATS
from .suggest import Locate, Path_, closest, code_warnings, with_suggestions

#: Record files larger than this are refused rather than read without bound.
MAX_RECORDS_BYTES = 200 * 1024 * 1024
FORMATS = RECORD_FORMATS

_SPACE = re.compile(r"[ \t\n\r]*")


class _Object(dict):
    """A decoded JSON object that remembers whether a key was repeated (json keeps the last silently)."""

    repeated = False


def _object(pairs: list[tuple[str, Any]]) -> _Object:
    result = _Object(pairs)
    result.repeated = len(result) != len(pairs)
    return result


_DECODER = json.JSONDecoder(object_pairs_hook=_object)


def refused(file: str, message: str, rule: str, line: int | None = None, **more: Any) -> InputError:
    """A file that cannot be read at all (the command exits 2 for these rules)."""
    return InputError([Problem(file, line, message=message, rule=rule, **more)])


def read_text(path: Path, display: str, limit: int) -> str:
    """The file's text, or InputError when it is missing, too large, binary or not UTF-8."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise refused(display, f"the file is {size:,} bytes; at most {limit:,} are accepted", "file_too_large")
        data = path.read_bytes()
    except FileNotFoundError:
        raise refused(display, "no such file", "file_missing") from None
    except OSError as error:
        raise refused(display, f"cannot read the file: {error.strerror or error}", "file_unreadable") from None
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise refused(display, "the file is binary (it contains NUL bytes)", "file_binary", line, expected="UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise refused(display, f"the file is not UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})",
                      "file_not_utf8", line, expected="UTF-8 text") from None
    return text.removeprefix("\ufeff")  # a byte-order mark (as spreadsheets write) is not content


def table_from_name(file_name: str) -> str | None:
    """The table a file is named after: `events.jsonl`, `events.2022.csv`, `event_actors-fix.json`."""
    stem = file_name.split(".")[0]
    for candidate in (stem, stem.split("-")[0]):
        if candidate in TABLES_BY_NAME:
            return candidate
    return None


class _Lines:
    """Line and column (1-based, in code points) of an index into a text; line starts found once, when asked."""

    def __init__(self, text: str, first_line: int = 1):
        self.text = text
        self.first_line = first_line
        self._starts: list[int] | None = None

    def at(self, index: int) -> tuple[int, int]:
        if self._starts is None:
            self._starts = [0] + [match.end() for match in re.finditer("\n", self.text)]
        line = bisect.bisect_right(self._starts, index) - 1
        return self.first_line + line, index - self._starts[line] + 1


@dataclass
class _Syntax(Exception):
    message: str
    index: int
    field: str = ""
    expected: str = ""
    suggestion: str = ""
    rule: str = "json_syntax"


_SHAPE = "a list of records, or {\"<table>\": [records]}"


@dataclass
class _Shape(_Syntax):
    """Valid JSON of the wrong shape."""

    expected: str = _SHAPE
    rule: str = "json_shape"


def _skip(text: str, index: int) -> int:
    return _SPACE.match(text, index).end()  # type: ignore[union-attr]


def _decode(text: str, index: int) -> tuple[Any, int]:
    """One JSON value starting at `index`, and where it ends."""
    try:
        return _DECODER.raw_decode(text, index)
    except json.JSONDecodeError as error:
        raise _Syntax(f"invalid JSON: {error.msg}", error.pos) from None
    except ValueError as error:  # e.g. an integer with thousands of digits
        raise _Syntax(f"invalid JSON value: {str(error).split(';')[0]}", index) from None


def _expect(text: str, index: int, token: str, what: str) -> int:
    index = _skip(text, index)
    if not text.startswith(token, index):
        raise _Syntax(f"invalid JSON: expected {what}", index)
    return _skip(text, index + 1)


def _key_positions(text: str, start: int) -> tuple[dict[str, int], list[tuple[str, int]]]:
    """Where each key of the (already decoded) JSON object at `start` stands, and repeated keys."""
    keys: dict[str, int] = {}
    repeated: list[tuple[str, int]] = []
    index = _skip(text, start + 1)
    while not text.startswith("}", index):
        key, end = _decode(text, index)
        if key in keys:
            repeated.append((key, index))
        keys.setdefault(key, index)
        _, end = _decode(text, _expect(text, end, ":", "':'"))
        index = _skip(text, end)
        if text.startswith(",", index):
            index = _skip(text, index + 1)
    return keys, repeated


@dataclass
class _Table:
    """Problems of one file's records, with the primary keys seen so far."""

    file: str
    model: type[Table]
    problems: list[Problem] = field(default_factory=list)
    keys: dict[tuple, str] = field(default_factory=dict)

    def check(self, raw: dict[str, Any], validate: Callable[[], Table], locate: Locate, where: str,
              label: str = "", skip: frozenset[str] = frozenset()) -> None:
        """Validate one record; `label` starts each message (Parquet's `row 12: `); `skip` names columns
        already reported (no second message for them)."""
        found: list[Problem] = []
        try:
            row = validate()
        except ValidationError as error:
            errors = error.errors(include_url=False)
            problems = with_suggestions(problems_from(error, None, self.file), errors, self.model)
            for problem, item in zip(problems, errors, strict=True):
                loc = tuple(item["loc"])
                if loc and loc[0] in skip:
                    continue
                line, column = locate(loc)
                found.append(replace(problem, line=line, column=column, message=label + problem.message))
            row = None
        found += [replace(p, message=label + p.message) for p in code_warnings(self.model, raw, locate, self.file)]
        if row is not None:
            key = tuple(getattr(row, name) for name in self.model.primary_key)
            if key in self.keys:
                line, column = locate(())
                found.append(Problem(
                    self.file, line, column, self.model.primary_key[-1],
                    f"{label}duplicate {self.model.table_name} key {' | '.join(map(str, key))} (first at {self.keys[key]})",
                    expected="each primary key once per table", rule="primary_key"))
            self.keys.setdefault(key, where)
        self.problems += found


def _json_record(checker: _Table, text: str, start: int, end: int, value: Any, lines: _Lines) -> None:
    """One record of a JSON or JSONL text, located by `lines`."""
    line, column = lines.at(start)
    if not isinstance(value, dict):
        checker.problems.append(Problem(checker.file, line, column, message="a record must be a JSON object",
                                        expected="{\"column\": value, ...}", rule="json_shape"))
        return
    keys: dict[str, int] | None = None

    def locate(path: Path_) -> tuple[int | None, int | None]:
        nonlocal keys
        if keys is None:  # found only for a record with something to report
            keys = _key_positions(text, start)[0]
        return lines.at(keys.get(path[0], start) if path and isinstance(path[0], str) else start)

    if getattr(value, "repeated", False):
        for key, index in _key_positions(text, start)[1]:
            checker.problems.append(Problem(checker.file, *lines.at(index), key, f"the key {key!r} appears twice",
                                            expected="each column once per record", rule="duplicate_key"))
    record_text = text[start:end]
    checker.check(value, lambda: checker.model.model_validate_json(record_text), locate, f"line {line}")


def _records_array(checker: _Table, text: str, index: int, lines: _Lines) -> int:
    """Check the records of the JSON array at `index`; return the index after it."""
    index = _skip(text, index + 1)
    if text.startswith("]", index):
        return index + 1
    while True:
        value, end = _decode(text, index)
        _json_record(checker, text, index, end, value, lines)
        index = _skip(text, end)
        if text.startswith(",", index):
            index = _skip(text, index + 1)
        elif text.startswith("]", index):
            return index + 1
        else:
            raise _Syntax("invalid JSON: expected ',' or ']' after a record", index)


def _json_document(text: str, file: str, table: str | None, given: str | None) -> list[Problem]:
    """A JSON file: a list of records, or {"<table>": [records]}."""
    lines = _Lines(text)
    checker: _Table | None = None
    try:
        index = _skip(text, 0)
        if index == len(text):
            return [Problem(file, 1, message="the file is empty", expected=_SHAPE, rule="empty")]
        if text.startswith("[", index):
            if table is None:
                raise _not_named(file)
            checker = _Table(file, TABLES_BY_NAME[table])
            index = _skip(text, _records_array(checker, text, index, lines))
        elif text.startswith("{", index):
            name, index = _table_key(text, index, given)
            checker = _Table(file, TABLES_BY_NAME[name])
            index = _skip(text, _records_array(checker, text, index, lines))
            if text.startswith(",", index):
                raise _Shape("a contribution file holds one table", index)
            index = _expect(text, index, "}", "'}'")
        else:
            _decode(text, index)  # a syntax error, if there is one, says more than the shape
            raise _Shape("the top level is neither a list nor an object", index)
        if index < len(text):
            raise _Syntax("invalid JSON: extra data after the records", index)
        return checker.problems
    except _Syntax as error:
        earlier = checker.problems if checker else []
        return [*earlier, Problem(file, *lines.at(error.index), error.field, error.message, error.expected,
                                  rule=error.rule, suggestion=error.suggestion)]


def _table_key(text: str, index: int, given: str | None) -> tuple[str, int]:
    """The table named by the document's single key, and where its list of records starts."""
    index = _skip(text, index + 1)
    if not text.startswith('"', index):
        raise _Shape("a JSON object here must name one table", index)
    name, end = _decode(text, index)
    if name not in TABLES_BY_NAME:
        raise _Shape(f"{name!r} is not a table of the schema", index, name, "one of " + ", ".join(TABLES_BY_NAME),
                     closest(name, TABLES_BY_NAME) or "", "unknown_table")
    if given and name != given:
        raise _Shape(f"the file holds {name!r} records but --table is {given!r}", index, name,
                     f"{{\"{given}\": [records]}}", rule="table_mismatch")
    start = _expect(text, end, ":", "':' after the table name")
    if not text.startswith("[", start):
        raise _Shape("the records must be a JSON list", start, name)
    return name, start


def _not_named(file: str) -> InputError:
    return refused(file, "cannot tell which table the records belong to",
                   "table_not_named", expected="a file named after its table (events.jsonl, actors.csv) or --table NAME")


def _json_lines(text: str, file: str, table: str) -> list[Problem]:
    """JSON Lines: one record per line; blank lines are skipped."""
    checker = _Table(file, TABLES_BY_NAME[table])
    any_record = False
    for number, line in enumerate(text.split("\n"), 1):
        line = line.removesuffix("\r")
        start = _skip(line, 0)
        if start == len(line):
            continue
        any_record = True
        lines = _Lines(line, number)
        try:
            value, end = _decode(line, start)
            if _skip(line, end) < len(line):
                raise _Syntax("invalid JSON: extra data after the record (one record per line)", _skip(line, end))
        except _Syntax as error:
            checker.problems.append(Problem(file, number, error.index + 1, message=error.message, rule="json_syntax"))
            continue
        _json_record(checker, line, start, end, value, lines)
    if not any_record:
        return [Problem(file, 1, message="the file is empty", expected="one JSON record per line", rule="empty")]
    return checker.problems


# --- CSV -----------------------------------------------------------------------------------------

_INTEGER = re.compile(r"[+-]?[0-9]{1,18}")
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_BOOLEANS = {"true": True, "false": False, "1": True, "0": False}


def _integer(text: str) -> int:
    if not _INTEGER.fullmatch(text):
        raise ValueError
    return int(text)


def _number(text: str) -> float:
    if not _NUMBER.fullmatch(text):
        raise ValueError
    return float(text)


def _boolean(text: str) -> bool:
    return _BOOLEANS[text.lower()]


def _date(text: str) -> dt.date:
    if not _DATE.fullmatch(text):
        raise ValueError
    return dt.date.fromisoformat(text)


#: Table Schema type -> (converter of a cell's text, what the cell should look like).
_CONVERTERS: dict[str, tuple[Callable[[str], Any], str]] = {
    "string": (str, "text"),
    "integer": (_integer, "a whole number such as 412"),
    "number": (_number, "a decimal number such as 50.45"),
    "boolean": (_boolean, "true or false"),
    "date": (_date, "a date like 2022-01-19"),
}


def _csv(text: str, file: str, table: str) -> list[Problem]:
    checker = _Table(file, TABLES_BY_NAME[table])
    declared = {column["name"]: column for column in columns(checker.model)}
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    csv.field_size_limit(max(csv.field_size_limit(), MAX_RECORDS_BYTES))  # an article's text is one cell
    try:
        header = next(reader, None)
        if not header or not any(cell.strip() for cell in header):
            return [Problem(file, 1, message="the file is empty", expected="a header row naming the columns", rule="empty")]
        problems = checker.problems
        skip: set[str] = set()
        seen: set[str] = set()
        for number, name in enumerate(header, 1):
            if name in seen:
                problems.append(Problem(file, 1, number, name, f"the column {name!r} appears twice",
                                        expected="each column once", rule="csv_header"))
            elif name not in declared:
                problems.append(Problem(file, 1, number, name, f"unknown column {name!r}",
                                        expected=f"a column of {table}", rule="csv_header",
                                        suggestion=closest(name, declared) or ""))
            seen.add(name)
        skip |= seen - set(declared)
        missing = [name for name, column in declared.items() if column["required"] and name not in seen]
        for name in missing:
            problems.append(Problem(file, 1, None, name, f"the required column {name!r} is missing",
                                    expected=f"a column {name!r} in the header", rule="csv_header"))
        skip |= set(missing)
        position = {name: number for number, name in enumerate(header, 1)}
        line = reader.line_num
        for cells in reader:
            row_line, line = line + 1, reader.line_num
            if not cells:
                continue
            if len(cells) != len(header):
                problems.append(Problem(file, row_line, None, expected=f"{len(header)} cells", rule="csv_row_length",
                                        message=f"the row has {len(cells)} cells; the header has {len(header)}"))
                continue
            _csv_row(checker, dict(zip(header, cells, strict=True)), declared, position, row_line, frozenset(skip))
    except csv.Error as error:
        checker.problems.append(Problem(file, reader.line_num or 1, message=f"invalid CSV: {error}", rule="csv_syntax"))
    return checker.problems


def _csv_row(checker: _Table, cells: dict[str, str], declared: dict[str, dict], position: dict[str, int],
             line: int, skip: frozenset[str]) -> None:
    """Convert one row's cells by their columns' types, then validate it."""
    row: dict[str, Any] = {}
    failed = set(skip)
    for name, cell in cells.items():
        column = declared.get(name)
        if column is None:
            continue
        if cell == "":
            if column["nullable"]:
                row[name] = None
            continue  # a required column left empty: the model says it is missing
        convert, expected = _CONVERTERS[column["type"]]
        try:
            row[name] = convert(cell)
        except (ValueError, KeyError):
            checker.problems.append(Problem(checker.file, line, position[name], name, f"{cell[:80]!r} is not {expected}",
                                            expected=expected, rule="csv_value"))
            failed.add(name)
            row[name] = cell  # the model then stops at this field (reported above) before its row rules

    def locate(path: Path_) -> tuple[int | None, int | None]:
        return line, position.get(path[0]) if path and isinstance(path[0], str) else None  # type: ignore[return-value]

    checker.check(row, lambda: checker.model.model_validate(row), locate, f"line {line}", skip=frozenset(failed))


# --- Parquet -------------------------------------------------------------------------------------


def _parquet(path: Path, file: str, table: str | None) -> list[Problem]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from ..arrow import table_schema

    try:
        size = path.stat().st_size
        if size > MAX_RECORDS_BYTES:
            raise refused(file, f"the file is {size:,} bytes; at most {MAX_RECORDS_BYTES:,} are accepted", "file_too_large")
        parquet = pq.ParquetFile(path)
        schema = parquet.schema_arrow
    except FileNotFoundError:
        raise refused(file, "no such file", "file_missing") from None
    except (pa.ArrowException, OSError, ValueError) as error:
        raise refused(file, f"not a readable Parquet file: {error}", "parquet_unreadable") from None
    named = (schema.metadata or {}).get(b"newsevents.table", b"").decode("utf-8", "replace")
    table = table or (named if named in TABLES_BY_NAME else None) or table_from_name(path.name)
    if table is None:
        raise _not_named(file)
    checker = _Table(file, TABLES_BY_NAME[table])
    expected = table_schema(table)
    skip = set()
    for name, actual in zip(schema.names, schema.types, strict=True):
        if expected.get_field_index(name) < 0:
            checker.problems.append(Problem(file, None, None, name, f"unknown column {name!r}",
                                            expected=f"a column of {table}", rule="parquet_column",
                                            suggestion=closest(name, expected.names) or ""))
            skip.add(name)
        elif not _same_kind(actual, expected.field(name)):
            checker.problems.append(Problem(file, None, None, name, f"the column {name!r} has type {actual}",
                                            expected=str(expected.field(name).type), rule="parquet_column"))
            skip.add(name)
    for column in expected:
        if column.name not in schema.names and not column.nullable:
            checker.problems.append(Problem(file, None, None, column.name, f"the required column {column.name!r} is missing",
                                            expected=f"a column {column.name!r}", rule="parquet_column"))
            skip.add(column.name)
    wanted = [name for name in schema.names if name not in skip]
    reported = frozenset(skip)
    row = 0
    try:
        for batch in parquet.iter_batches(batch_size=10_000, columns=wanted):
            for record in batch.to_pylist():
                row += 1
                checker.check(record, lambda record=record: checker.model.model_validate(record),
                              lambda _path, row=row: (row, None), f"row {row}", f"row {row}: ", reported)
    except (pa.ArrowException, OSError, ValueError, OverflowError) as error:  # overflow: a date beyond year 9999
        raise refused(file, f"not a readable Parquet file (after row {row}): {error}", "parquet_unreadable") from None
    return checker.problems


def _same_kind(actual: Any, expected: Any) -> bool:
    """Whether a column's Arrow type carries the values the table's field does: any width of integer,
    any string, and an all-null column where the field may be empty."""
    import pyarrow.types as t

    if t.is_null(actual):
        return expected.nullable
    kinds = (t.is_boolean, t.is_integer, t.is_floating, t.is_date32, lambda x: t.is_string(x) or t.is_large_string(x))
    return any(kind(actual) and kind(expected.type) for kind in kinds)


def validate_records(path: Path, display: str, table: str | None = None) -> list[Problem]:
    """Every problem of a record file; `table` overrides the table the file name or content names.

    Raises InputError for a file that cannot be read at all (missing, too large, binary, not UTF-8,
    not Parquet, no table named).
    """
    try:
        return _validate_records(path, display, table)
    except RecursionError:
        raise refused(display, "the JSON is nested too deeply to read", "too_deep") from None


def _validate_records(path: Path, display: str, table: str | None) -> list[Problem]:
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise refused(display, f"not a record file ({path.suffix or 'no suffix'})", "file_kind",
                      expected="one of " + ", ".join(FORMATS))
    if kind == "parquet":
        return _parquet(path, display, table)
    text = read_text(path, display, MAX_RECORDS_BYTES)
    named = table or table_from_name(path.name)
    if kind == "json":
        return _json_document(text, display, named, table)
    if named is None:
        raise _not_named(display)
    return _json_lines(text, display, named) if kind == "jsonl" else _csv(text, display, named)

