"""Temporal rule on invented news text (several date phrasings), the seed article, and arbitrary text."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st
from newsevents.rules.temporal import find_time_expressions

from tests.conftest import SEED_ARTICLE

D = dt.date
WEDNESDAY = D(2022, 1, 19)


def read(text: str, published: dt.date = WEDNESDAY) -> dict[str, tuple]:
    return {x.text: (x.date_start, x.date_end, x.precision, x.rule, x.resolved)
            for x in find_time_expressions(text, published)}


def test_deictic_days_and_anaphora():
    text = ("Yesterday, Chilean President Gabriel Boric met unions. Tomorrow, he flies to Lima. "
            "The next day, he visits Quito.")
    found = read(text)
    assert found["Yesterday"][:3] == (D(2022, 1, 18), D(2022, 1, 18), "day")
    assert found["Tomorrow"][:4] == (D(2022, 1, 20), D(2022, 1, 20), "day", "temporal.relative_day")
    assert found["The next day"][:2] == (D(2022, 1, 21), D(2022, 1, 21))


def test_the_day_before_uses_a_date_in_the_same_or_previous_sentence_only():
    near = "Talks in Doha resume on March 3. Mediators arrived the day before."
    assert read(near, D(2022, 2, 20))["the day before"][:2] == (D(2022, 3, 2), D(2022, 3, 2))
    far = "Talks in Doha resume on March 3. Qatar hosts them. Egypt agrees. Mediators arrived the day before."
    assert read(far, D(2022, 2, 20))["the day before"][:2] == (D(2022, 2, 19), D(2022, 2, 19))


def test_weeks_months_years_relative_to_publication():
    found = read("Last week prices rose; next week, this month, last month and next year are uncertain. Last year too.")
    assert found["Last week"][:3] == (D(2022, 1, 10), D(2022, 1, 16), "week")
    assert found["next week"][:3] == (D(2022, 1, 24), D(2022, 1, 30), "week")
    assert found["this month"][:3] == (D(2022, 1, 1), D(2022, 1, 31), "month")
    assert found["last month"][:3] == (D(2021, 12, 1), D(2021, 12, 31), "month")
    assert found["next year"][:3] == (D(2023, 1, 1), D(2023, 12, 31), "year")
    assert found["Last year"][:3] == (D(2021, 1, 1), D(2021, 12, 31), "year")


def test_weekdays_past_unless_future_words_precede():
    found = read("The Senate voted on Monday. Ms. Ardern will travel to Canberra on Friday.")
    assert found["Monday"][:2] == (D(2022, 1, 17), D(2022, 1, 17))
    assert found["Friday"][:2] == (D(2022, 1, 21), D(2022, 1, 21))


def test_calendar_dates_and_year_inference():
    found = read("Elections in Lagos are set for February 9; the court ruled on 9 December and on Feb. 2, "
                 "and on January 18, 2020 and the 10th of March the rally took place.")
    assert found["February 9"][:3] == (D(2022, 2, 9), D(2022, 2, 9), "day")
    assert found["9 December"][:2] == (D(2021, 12, 9), D(2021, 12, 9))
    assert found["Feb. 2"][:2] == (D(2022, 2, 2), D(2022, 2, 2))
    assert found["January 18, 2020"][:2] == (D(2020, 1, 18), D(2020, 1, 18))
    assert found["the 10th of March"][:2] == (D(2022, 3, 10), D(2022, 3, 10))
    assert read("The summit will be held on December 5.", D(2022, 1, 19))["December 5"][0] == D(2022, 12, 5)


def test_until_since_and_ranges():
    found = read("Curfews last until 9 February and shops close through Friday. Since 2019 and since "
                 "yesterday, strikes spread. Talks run January 18-21, 2022, from February 10 to 20, "
                 "18-21 March and between March 1 and March 5.")
    assert found["until 9 February"][:4] == (None, D(2022, 2, 9), "day", "temporal.until")
    assert found["through Friday"][:4] == (None, D(2022, 1, 21), "day", "temporal.until")
    assert found["Since 2019"][:4] == (D(2019, 1, 1), None, "year", "temporal.since")
    assert found["since \nyesterday".replace(" \n", " ")][:4] == (D(2022, 1, 18), None, "day", "temporal.since")
    assert found["January 18-21, 2022"][:4] == (D(2022, 1, 18), D(2022, 1, 21), "day", "temporal.range")
    assert found["from February 10 to 20"][:2] == (D(2022, 2, 10), D(2022, 2, 20))
    assert found["18-21 March"][:2] == (D(2022, 3, 18), D(2022, 3, 21))
    assert found["between March 1 and March 5"][:2] == (D(2022, 3, 1), D(2022, 3, 5))


def test_months_years_and_durations():
    found = read("In March the port reopened, in March 2021 it closed, in 2014 it was built. The city has "
                 "been under siege for eight years, blockaded for two weeks and rationed for 3 months.")
    assert found["In March"][:3] == (D(2022, 3, 1), D(2022, 3, 31), "month")
    assert found["in March 2021"][:3] == (D(2021, 3, 1), D(2021, 3, 31), "month")
    assert found["in 2014"][:3] == (D(2014, 1, 1), D(2014, 12, 31), "year")
    assert found["for eight years"][:4] == (D(2014, 1, 1), None, "year", "temporal.duration")
    assert found["for two weeks"][:3] == (D(2022, 1, 3), None, "week")
    assert found["for 3 months"][:3] == (D(2021, 10, 1), None, "month")


def test_bare_years_need_a_keyword_and_vague_phrases_stay_unresolved():
    found = read("Operation Dawn 2022 began. Aid will come in the coming days, soon, in the near future; "
                 "recently the UN warned.")
    assert not any("2022" in text for text in found)
    assert read("A force of 2000 troops and up to 2000 tanks massed; in 2014 this was planned.") == {
        "in 2014": (D(2014, 1, 1), D(2014, 12, 31), "year", "temporal.year", True)}
    for phrase in ("in the coming days", "soon", "in the near future", "recently"):
        assert found[phrase] == (None, None, "unknown", "temporal.vague", False)


def test_unicode_punctuation_does_not_shift_offsets():
    text = "“Today” — the\u00a0minister said\u00a0on Monday\u00a0— talks end until\u00a0February\u00a09."
    expressions = find_time_expressions(text, WEDNESDAY)
    assert [x.text for x in expressions] == ["Today", "Monday", "until\u00a0February\u00a09"]
    for expression in expressions:
        assert text[expression.start:expression.end] == expression.text


def test_seed_article():
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    found = {x.text: (x.date_start, x.date_end, x.precision, x.rule) for x in find_time_expressions(text, WEDNESDAY, 17)}
    today = (WEDNESDAY, WEDNESDAY, "day")
    assert found["today"][:3] == found["Today"][:3] == today
    assert found["Tomorrow"][:3] == (D(2022, 1, 20), D(2022, 1, 20), "day")
    assert found["The following day"][:3] == (D(2022, 1, 21), D(2022, 1, 21), "day")
    assert found["the day before"][:3] == (D(2022, 1, 18), D(2022, 1, 18), "day")
    assert found["Since yesterday"][:3] == (D(2022, 1, 18), None, "day")
    assert found["last week"][:3] == (D(2022, 1, 10), D(2022, 1, 16), "week")
    assert found["until February 9"][:3] == (None, D(2022, 2, 9), "day")
    assert found["From the 10th to the 20th of February"][:3] == (D(2022, 2, 10), D(2022, 2, 20), "day")
    assert found["in 2014"][:3] == (D(2014, 1, 1), D(2014, 12, 31), "year")
    assert found["for eight years"][:3] == (D(2014, 1, 1), None, "year")
    assert not any("2022" in t for t in found)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(
    ["today", "Today", " ", "the day before", "the following day", "February", "9", "30", "29", "the 10th",
     " of ", "-", " to ", "from ", "until ", "since ", "2014", "in ", "for ", "eight", "years", "Monday", "will",
     ".", "\n", "\u00a0", "—", "“", "last week", "Feb.", "soon", "0", "31"]), max_size=25).map("".join),
    st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31)), st.integers(0, 20))
def test_spans_are_sorted_disjoint_and_exact(text, published, start):
    previous_end = start
    for expression in find_time_expressions(text, published, start):
        assert previous_end <= expression.start < expression.end <= len(text)
        assert text[expression.start:expression.end] == expression.text
        assert expression.resolved == (expression.precision != "unknown")
        if not expression.resolved:
            assert expression.date_start is None and expression.date_end is None
        previous_end = expression.end


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120), st.integers(0, 130))
def test_arbitrary_text_never_raises(text, end):
    for expression in find_time_expressions(text, WEDNESDAY, 0, end):
        assert 0 <= expression.start < expression.end <= min(end, len(text))
