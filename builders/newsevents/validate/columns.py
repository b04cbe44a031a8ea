"""Checks of one column at a time, on a record batch: required, minLength, pattern, codelist, range.

Dictionary-encoded columns (codes, rule ids: a few distinct values in millions of rows) are
checked on their dictionary and the verdict is spread back over the rows with `take`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from .findings import Findings
from .literals import fill_null, scalar, strings
from .spec import Column

_CODE_LIST_SHOWN = 12


def per_value(values: pa.Array, check: Callable[[pa.Array], pa.Array]) -> pa.Array:
    """`check` (a boolean per value) applied to a dictionary's values once, or to plain values."""
    if pa.types.is_dictionary(values.type):
        return pc.take(check(values.dictionary), values.indices)
    return check(values)


def plain(values: pa.Array) -> pa.Array:
    return values.dictionary_decode() if pa.types.is_dictionary(values.type) else values


def _codes_shown(column: Column) -> str:
    codes = sorted(column.codes)
    shown = ", ".join(codes[:_CODE_LIST_SHOWN]) + (", ..." if len(codes) > _CODE_LIST_SHOWN else "")
    return f"a code of {column.codelist} ({shown})"


@dataclass(frozen=True)
class ColumnCheck:
    """The checks of one column; `pattern_elsewhere` when a foreign-key lookup covers the pattern."""

    column: Column
    file: str
    pattern_elsewhere: bool = False

    def run(self, values: pa.Array, first_row: int, findings: Findings) -> None:
        column, file, name = self.column, self.file, self.column.name
        if values.null_count and not column.nullable:
            findings.add_mask(file, name, "required", "empty value in a required column", values.is_null(), first_row,
                              expected="a value")
        if values.null_count == len(values):
            return
        if column.deprecated:
            note = f": {column.deprecation_note}" if column.deprecation_note else ""
            findings.add_mask(file, name, "deprecated", f"the column is deprecated since schema {column.deprecated}{note}",
                              values.is_valid(), first_row, values, severity="warning")
        if column.min_length is not None:
            minimum = column.min_length
            short = per_value(values, lambda v: pc.less(pc.utf8_length(v), scalar(minimum, pa.int32())) if minimum > 1
                              else pc.equal(pc.binary_length(v), scalar(0, pa.int32())))
            findings.add_mask(file, name, "min_length", f"text shorter than {minimum} character"
                              f"{'s' * (minimum != 1)}", short, first_row, values, expected=f"minLength {minimum}")
        if column.codes:
            self._codes(values, first_row, findings)
        elif column.pattern and not self.pattern_elsewhere:
            check_pattern(file, column, values, first_row, findings)
        if column.minimum is not None or column.maximum is not None:
            self._range(values, first_row, findings)

    def _codes(self, values: pa.Array, first_row: int, findings: Findings) -> None:
        column, file = self.column, self.file
        codes = strings(sorted(column.codes))
        unknown = per_value(values, lambda v: pc.invert(pc.is_in(v, value_set=codes)))
        unknown = pc.and_(unknown, values.is_valid())
        choices = tuple(sorted(column.codes))
        if column.open_codelist:
            if pc.any(unknown).as_py():
                positions = pc.indices_nonzero(unknown)
                candidates = plain(values.take(positions))
                shaped = pc.match_substring_regex(candidates, column.pattern) if column.pattern else None
                if shaped is not None:
                    bad = pc.indices_nonzero(pc.invert(shaped))
                    findings.add_positions(file, column.name, "pattern", "code not shaped like a code",
                                           positions.take(bad), first_row, candidates.take(bad),
                                           expected=column.pattern)
                    good = pc.indices_nonzero(shaped)
                    positions, candidates = positions.take(good), candidates.take(good)
                findings.add_positions(file, column.name, "codelist", f"code not (yet) in the open codelist "
                                       f"{column.codelist}", positions, first_row, candidates,
                                       severity="warning", expected=_codes_shown(column), choices=choices)
        else:
            findings.add_mask(file, column.name, "codelist", f"code not in the closed codelist {column.codelist}",
                              unknown, first_row, values, expected=_codes_shown(column), choices=choices)
        by_version: dict[str, list[str]] = {}
        for code, version in column.deprecated_codes.items():
            by_version.setdefault(version, []).append(code)
        for version, deprecated in sorted(by_version.items()):
            used = per_value(values, lambda v: pc.is_in(v, value_set=strings(deprecated)))
            findings.add_mask(file, column.name, "deprecated", f"code deprecated in {column.codelist} since {version}",
                              used, first_row, values, severity="warning")

    def _range(self, values: pa.Array, first_row: int, findings: Findings) -> None:
        column, file = self.column, self.file
        bounds = [f"minimum {column.minimum}"] if column.minimum is not None else []
        bounds += [f"maximum {column.maximum}"] if column.maximum is not None else []
        expected = " and ".join(bounds)
        if column.minimum is not None:
            findings.add_mask(file, column.name, "range", f"below the minimum {column.minimum}",
                              pc.less(values, scalar(column.minimum)), first_row, values, expected=expected)
        if column.maximum is not None:
            findings.add_mask(file, column.name, "range", f"above the maximum {column.maximum}",
                              pc.greater(values, scalar(column.maximum)), first_row, values, expected=expected)
        if pa.types.is_floating(values.type):
            findings.add_mask(file, column.name, "range", "not a number (NaN)", pc.is_nan(values), first_row,
                              expected=expected)


def check_pattern(file: str, column: Column, values: pa.Array, first_row: int, findings: Findings,
                  positions: pa.Array | None = None) -> None:
    """Report values that do not match the column's pattern (`positions`: where `values` sit in the batch)."""
    bad = per_value(values, lambda v: pc.invert(pc.match_substring_regex(v, column.pattern)))
    if positions is None:
        findings.add_mask(file, column.name, "pattern", "text does not match the pattern", bad, first_row, values,
                          expected=column.pattern)
        return
    where = pc.indices_nonzero(fill_null(bad, False))
    findings.add_positions(file, column.name, "pattern", "text does not match the pattern", positions.take(where),
                           first_row, plain(values.take(where)), expected=column.pattern)
