"""Rules across the columns of one row, vectorised: spans, date intervals, quantity bounds, coordinates.

They restate the table models' validators (`newsevents_schema.tables`, `fields.span_problem`,
`fields.date_interval_problem`) as Arrow kernels over a whole batch; a unit test runs both on the
same rows and expects the same verdicts.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from .columns import per_value, plain
from .findings import Findings, Shown
from .literals import fill_null, scalar
from .spec import TableSpec

Batch = dict[str, pa.Array]


def span_prefixes(spec: TableSpec) -> list[str]:
    """Span groups of a table: `p` for every trio of offsets `p_start`, `p_end` and string `p_text`."""
    types = {column.name: column.arrow_type for column in spec.columns}
    prefixes = [name[: -len("_start")] for name in spec.names if name.endswith("_start")]
    return [p for p in prefixes
            if (types[f"{p}_start"], types.get(f"{p}_end"), types.get(f"{p}_text")) == ("int64", "int64", "string")]


def _examples(positions: pa.Array, render, *arrays: pa.Array) -> list[Shown]:
    head = positions.slice(0, 5)
    columns = [plain(array.take(head)).to_pylist() for array in arrays]
    return [Shown(render(*values)) for values in zip(*columns)]


def _report(findings: Findings, file: str, field: str, rule: str, what: str, mask: pa.Array, first_row: int,
            render=None, *arrays: pa.Array) -> None:
    if not pc.any(mask).as_py():
        return
    positions = pc.indices_nonzero(fill_null(mask, False))
    values = _examples(positions, render, *arrays) if render else None
    findings.add_positions(file, field, rule, what, positions, first_row, values)


def _all(masks: list[pa.Array]) -> pa.Array:
    result = masks[0]
    for mask in masks[1:]:
        result = pc.and_(result, mask)
    return result


def _any(masks: list[pa.Array]) -> pa.Array:
    result = masks[0]
    for mask in masks[1:]:
        result = pc.or_(result, mask)
    return result


def check_span(batch: Batch, prefix: str, file: str, first_row: int, findings: Findings) -> pa.Array | None:
    """Report inconsistent spans; return which rows hold a complete, consistent span (to compare with the text)."""
    names = (f"{prefix}_start", f"{prefix}_end", f"{prefix}_text")
    if any(name not in batch for name in names):
        return None
    start, end, text = (batch[name] for name in names)
    given = [start.is_valid(), end.is_valid(), text.is_valid()]
    complete = _all(given)
    partial = pc.and_(_any(given), pc.invert(complete))
    _report(findings, file, names[2], "span", f"{names[0]}, {names[1]} and {names[2]} go together: give all three "
            "or none", partial, first_row, lambda s, e, t: f"{s}, {e}, {t!r}", start, end, text)
    backwards = pc.and_(complete, pc.less_equal(end, start))
    _report(findings, file, names[1], "span", f"{names[1]} must be greater than {names[0]}", backwards, first_row,
            lambda s, e: f"{s}-{e}", start, end)
    length = pc.cast(per_value(text, pc.utf8_length), pa.int64())
    mismatch = pc.and_(pc.and_(complete, pc.invert(backwards)), pc.not_equal(pc.subtract(end, start), length))
    _report(findings, file, names[2], "span", f"length of {names[2]} differs from {names[1]} - {names[0]}", mismatch,
            first_row, lambda s, e, t: f"{t!r} has {len(t)} characters, the span {s}-{e} has {e - s}", start, end, text)
    return fill_null(pc.and_(complete, pc.invert(pc.or_(backwards, mismatch))), False)


def check_trigger_inside(batch: Batch, spans: dict[str, pa.Array], file: str, first_row: int,
                         findings: Findings) -> None:
    if "trigger" not in spans or "evidence" not in spans:
        return
    inside = pc.and_(pc.less_equal(batch["evidence_start"], batch["trigger_start"]),
                     pc.less_equal(batch["trigger_end"], batch["evidence_end"]))
    outside = pc.and_(pc.and_(spans["trigger"], spans["evidence"]), pc.invert(inside))
    _report(findings, file, "trigger_start", "span", "the trigger span must lie inside the evidence span", outside,
            first_row, lambda ts, te, es, ee: f"trigger {ts}-{te}, evidence {es}-{ee}", batch["trigger_start"],
            batch["trigger_end"], batch["evidence_start"], batch["evidence_end"])


def _is(precision: pa.Array, code: str) -> pa.Array:
    return fill_null(per_value(precision, lambda v: pc.equal(v, scalar(code))), False)


def check_dates(batch: Batch, file: str, first_row: int, findings: Findings) -> None:
    """`date_interval_problem`, row by row: the first rule a row breaks is the one reported."""
    if any(name not in batch for name in ("date_start", "date_end", "date_precision")):
        return
    start, end, precision = batch["date_start"], batch["date_end"], batch["date_precision"]
    has_start, has_end = start.is_valid(), end.is_valid()
    known = pc.invert(_is(precision, "unknown"))
    coded = precision.is_valid()
    unknown_bounded = pc.and_(_is(precision, "unknown"), pc.or_(has_start, has_end))
    unbounded = pc.and_(pc.and_(coded, known), pc.invert(pc.or_(has_start, has_end)))
    render = (lambda s, e, p: f"{p} {s}..{e}")
    _report(findings, file, "date_precision", "date_precision", "precision 'unknown' requires date_start and date_end "
            "to be empty", unknown_bounded, first_row, render, start, end, precision)
    _report(findings, file, "date_precision", "date_precision", "a precision other than 'unknown' requires date_start "
            "or date_end", unbounded, first_row, render, start, end, precision)
    backwards = fill_null(pc.and_(pc.and_(coded, known), pc.greater(start, end)), False)
    _report(findings, file, "date_start", "date_order", "date_start is after date_end", backwards, first_row,
            render, start, end, precision)
    fine = pc.invert(pc.or_(pc.or_(unknown_bounded, unbounded), backwards))
    day_after_end = pc.cast(pc.add(pc.cast(end, pa.int32()), scalar(1, pa.int32())), pa.date32())
    def is_not(values: pa.Array, number: int) -> pa.Array:
        return pc.not_equal(values, scalar(number))

    rules = (
        ("week", "a week starts on a Monday", start, is_not(pc.day_of_week(start), 0)),
        ("week", "a week ends on a Sunday", end, is_not(pc.day_of_week(end), 6)),
        ("month", "a month starts on its first day", start, is_not(pc.day(start), 1)),
        ("month", "a month ends on its last day", end, is_not(pc.day(day_after_end), 1)),
        ("year", "a year starts on 1 January", start, pc.or_(is_not(pc.month(start), 1), is_not(pc.day(start), 1))),
        ("year", "a year ends on 31 December", end, pc.or_(is_not(pc.month(end), 12), is_not(pc.day(end), 31))),
    )
    for code, what, _, wrong in rules:
        mask = fill_null(pc.and_(pc.and_(fine, _is(precision, code)), wrong), False)
        _report(findings, file, "date_precision", "date_precision", what, mask, first_row, render, start, end, precision)


def check_quantity_bounds(batch: Batch, file: str, first_row: int, findings: Findings) -> None:
    if any(name not in batch for name in ("value", "low", "high")):
        return
    value, low, high = batch["value"], batch["low"], batch["high"]
    render = (lambda v, lo, hi: f"value {v}, low {lo}, high {hi}")
    none = _all([value.is_null(), low.is_null(), high.is_null()])
    _report(findings, file, "value", "quantity_bounds", "give value, or at least one of low and high", none,
            first_row, render, value, low, high)
    _report(findings, file, "low", "quantity_bounds", "low is greater than high", pc.greater(low, high), first_row,
            render, value, low, high)
    outside = pc.or_(fill_null(pc.less(value, low), False), fill_null(pc.greater(value, high), False))
    _report(findings, file, "value", "quantity_bounds", "value lies outside low-high", outside, first_row, render,
            value, low, high)


def check_coordinates(batch: Batch, file: str, first_row: int, findings: Findings) -> None:
    if "latitude" not in batch or "longitude" not in batch:
        return
    latitude, longitude = batch["latitude"], batch["longitude"]
    render = (lambda lat, lon: f"latitude {lat}, longitude {lon}")
    _report(findings, file, "longitude", "coordinates", "latitude without longitude: give both or neither",
            pc.and_(latitude.is_valid(), longitude.is_null()), first_row, render, latitude, longitude)
    _report(findings, file, "latitude", "coordinates", "longitude without latitude: give both or neither",
            pc.and_(latitude.is_null(), longitude.is_valid()), first_row, render, latitude, longitude)


def check_self_reference(spec: TableSpec, batch: Batch, file: str, first_row: int, findings: Findings) -> None:
    for fk in spec.foreign_keys:
        if fk.table != spec.name or any(name not in batch for name in (*fk.fields, *fk.table_fields)):
            continue
        same = _all([pc.equal(plain(batch[a]), plain(batch[b])) for a, b in zip(fk.fields, fk.table_fields)])
        _report(findings, file, ", ".join(fk.fields), "self_reference", f"the row references itself; "
                f"{', '.join(fk.fields)} must name another row", same, first_row, lambda v: repr(v), batch[fk.fields[0]])


def check_source_text(batch: Batch, file: str, first_row: int, findings: Findings) -> None:
    """A source row's counts agree with its text (the digest is checked by `sha256_mismatches`)."""
    if "text" not in batch:
        return
    length = pc.cast(pc.utf8_length(batch["text"]), pa.int64())
    if "char_count" in batch:
        _report(findings, file, "char_count", "char_count", "char_count differs from the number of code points of "
                "text", pc.not_equal(batch["char_count"], length), first_row,
                lambda c, n: f"char_count {c}, text has {n}", batch["char_count"], length)
    if "body_start" in batch:
        _report(findings, file, "body_start", "body_start", "body_start lies beyond the end of text",
                pc.greater(batch["body_start"], length), first_row, lambda b, n: f"body_start {b}, text has {n}",
                batch["body_start"], length)


def sha256_mismatches(texts: pa.Array, digests: pa.Array) -> list[tuple[int, str, str]]:
    """(position, stated, actual) for every text whose SHA-256 differs from its stated hex digest.

    Hashes the bytes in place (memoryview slices of the Arrow buffer), so it runs in a worker thread.
    """
    if pa.types.is_large_string(texts.type):
        offsets = memoryview(texts.buffers()[1]).cast("q")
    else:
        offsets = memoryview(texts.buffers()[1]).cast("i")
    data = memoryview(texts.buffers()[2]) if texts.buffers()[2] is not None else memoryview(b"")
    stated = plain(digests).to_pylist()
    valid = texts.is_valid().to_pylist() if texts.null_count else None
    found = []
    base = texts.offset
    for i, expected in enumerate(stated):
        if expected is None or (valid is not None and not valid[i]):
            continue
        actual = hashlib.sha256(data[offsets[base + i]: offsets[base + i + 1]]).hexdigest()
        if actual != expected:
            found.append((i, expected, actual))
    return found


@dataclass(frozen=True)
class RowRules:
    spec: TableSpec
    file: str

    def run(self, batch: Batch, first_row: int, findings: Findings) -> dict[str, pa.Array]:
        """Apply every row rule; return, per span group, which rows to compare with the source text."""
        spans = {}
        for prefix in span_prefixes(self.spec):
            checkable = check_span(batch, prefix, self.file, first_row, findings)
            if checkable is not None:
                spans[prefix] = checkable
        check_trigger_inside(batch, spans, self.file, first_row, findings)
        check_dates(batch, self.file, first_row, findings)
        check_quantity_bounds(batch, self.file, first_row, findings)
        check_coordinates(batch, self.file, first_row, findings)
        check_self_reference(self.spec, batch, self.file, first_row, findings)
        if self.spec.name == "sources":
            check_source_text(batch, self.file, first_row, findings)
        return spans
