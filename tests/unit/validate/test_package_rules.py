"""The vectorised row rules give the table models' verdicts, row for row, on generated rows."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st
from newsevents.validate.findings import Findings
from newsevents.validate.row_rules import check_dates, check_quantity_bounds, check_span
from newsevents_schema.fields import date_interval_problem, span_problem

PRECISIONS = ["day", "week", "month", "year", "unknown"]
dates = st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)))
# many intervals that fit exactly, so both verdicts are exercised
fitting = st.builds(
    lambda day, precision: {
        "week": (day - dt.timedelta(days=day.weekday()), day - dt.timedelta(days=day.weekday()) + dt.timedelta(days=6)),
        "month": (day.replace(day=1), (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)),
        "year": (day.replace(month=1, day=1), day.replace(month=12, day=31)),
        "day": (day, day),
        "unknown": (None, None),
    }[precision] + (precision,),
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)), st.sampled_from(PRECISIONS))


def rows_flagged(findings: Findings) -> dict[int, set[str]]:
    """Row -> rules, from the examples of every problem (tests keep fewer bad rows than examples shown)."""
    result: dict[int, set[str]] = {}
    for key, found in findings._found.items():
        assert found.count == len(found.rows), "a test batch must not have more bad rows than examples"
        for row in found.rows:
            result.setdefault(row, set()).add(key[2])
    return result


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.tuples(dates, dates, st.sampled_from(PRECISIONS)), fitting), min_size=1, max_size=5))
def test_date_rules_agree_with_date_interval_problem(rows):
    batch = {"date_start": pa.array([r[0] for r in rows], pa.date32()),
             "date_end": pa.array([r[1] for r in rows], pa.date32()),
             "date_precision": pa.array([r[2] for r in rows], pa.string())}
    findings = Findings()
    check_dates(batch, "events.parquet", 1, findings)
    got = rows_flagged(findings)
    for number, (start, end, precision) in enumerate(rows, 1):
        problem = date_interval_problem(start, end, precision)
        if problem is None:
            assert number not in got, (start, end, precision)
        else:
            expected = "date_order" if "is after" in problem else "date_precision"
            assert got.get(number) == {expected}, (start, end, precision, problem)


offsets = st.one_of(st.none(), st.integers(min_value=0, max_value=12))
texts = st.one_of(st.none(), st.text(alphabet="ab’é😀 ", min_size=1, max_size=8))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(offsets, offsets, texts), min_size=1, max_size=5))
def test_span_rules_agree_with_span_problem(rows):
    batch = {"mention_start": pa.array([r[0] for r in rows], pa.int64()),
             "mention_end": pa.array([r[1] for r in rows], pa.int64()),
             "mention_text": pa.array([r[2] for r in rows], pa.string())}
    findings = Findings()
    checkable = check_span(batch, "mention", "event_actors.parquet", 1, findings).to_pylist()
    got = rows_flagged(findings)
    for number, (start, end, text) in enumerate(rows, 1):
        problem = span_problem(start, end, text, "mention")
        assert (number in got) == (problem is not None), (start, end, text, problem)
        assert checkable[number - 1] == (problem is None and text is not None)


amounts = st.one_of(st.none(), st.integers(min_value=0, max_value=20))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(amounts, amounts, amounts), min_size=1, max_size=5))
def test_quantity_bounds_agree_with_the_model(rows):
    from newsevents_schema import Quantity
    from pydantic import ValidationError

    batch = {name: pa.array([r[i] for r in rows], pa.int64()) for i, name in enumerate(("value", "low", "high"))}
    findings = Findings()
    check_quantity_bounds(batch, "quantities.parquet", 1, findings)
    got = rows_flagged(findings)
    for number, (value, low, high) in enumerate(rows, 1):
        try:
            Quantity(event_id="event/a/b", item="troops", value=value, low=low, high=high, approximate=False,
                     quantity_start=0, quantity_end=1, quantity_text="x", review_status="added")
            valid = True
        except ValidationError:
            valid = False
        assert (number in got) != valid, (value, low, high)


def test_deprecated_codes_and_columns_warn():
    """No code is deprecated yet in the shipped codelists, so the column is described here."""
    from newsevents.validate.columns import ColumnCheck
    from newsevents.validate.spec import Column

    column = Column("status", "string", False, codelist="status.csv", codes=frozenset({"occurred", "rumoured_old"}),
                    deprecated_codes={"rumoured_old": "1.1.0"})
    findings = Findings()
    ColumnCheck(column, "events.parquet").run(pa.array(["occurred", "rumoured_old", "occurred"]).dictionary_encode(),
                                              1, findings)
    (problem,) = findings.problems()
    assert (problem.rule, problem.severity, problem.line) == ("deprecated", "warning", 2)
    assert "1.1.0" in problem.message

    old = Column("office", "string", True, deprecated="1.2.0")
    findings = Findings()
    ColumnCheck(old, "actors.parquet").run(pa.array([None, "Chancellor"]), 1, findings)
    (problem,) = findings.problems()
    assert (problem.rule, problem.severity, problem.line, problem.field) == ("deprecated", "warning", 2, "office")
