"""Temporal rule on invented news text (several date phrasings and publication dates), the seed
article, and arbitrary text."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsevents.article import parse_header
from newsevents.rules import temporal
from newsevents.rules.sentences import split_sentences
from newsevents.rules.temporal import find_time_expressions, resolve
from newsevents_schema.fields import date_interval_problem

from tests.conftest import SEED_ARTICLE

D = dt.date
WEDNESDAY = D(2022, 1, 19)


def read(text: str, published: dt.date = WEDNESDAY) -> dict[str, tuple]:
    """text -> (date_start, date_end, precision, rule, resolved), checking spans on the way."""
    found = {}
    for x in find_time_expressions(text, published):
        assert text[x.start:x.end] == x.text
        found[x.text] = (x.date_start, x.date_end, x.precision, x.rule, x.resolved)
    return found


def day(value: dt.date) -> tuple:
    return value, value, "day"


def test_today_tomorrow_yesterday_and_since_yesterday():
    found = read("Yesterday, Chilean President Gabriel Boric met unions. Today he rests; tomorrow he flies to Lima. "
                 "Since yesterday, buses have been idle. Tonight the curfew starts.")
    assert found["Yesterday"][:4] == (*day(D(2022, 1, 18)), "temporal.relative_day")
    assert found["Today"][:3] == day(WEDNESDAY)
    assert found["tomorrow"][:3] == day(D(2022, 1, 20))
    assert found["Since yesterday"][:4] == (D(2022, 1, 18), None, "day", "temporal.since")
    assert found["Tonight"][:3] == day(WEDNESDAY)


def test_following_day_counts_from_the_date_just_mentioned():
    found = read("Tomorrow, the envoy meets Prime Minister Ana Costa in Lisbon. The following day, she flies to Rabat. "
                 "The next day she returns.")
    assert found["The following day"][:4] == (*day(D(2022, 1, 21)), "temporal.anaphoric_day")
    assert found["The next day"][:3] == day(D(2022, 1, 22))
    assert read("On March 3 rebels took Goma. Two days later they left.", D(2023, 3, 20))["Two days later"][:3] == \
        day(D(2023, 3, 5))


def test_the_day_before_uses_a_date_in_the_same_paragraph_or_previous_sentence_else_publication():
    near = "Talks in Doha resume on March 3. Mediators arrived the day before."
    assert read(near, D(2022, 2, 20))["the day before"][:3] == day(D(2022, 3, 2))
    far = "Talks in Doha resume on March 3. Qatar hosts them. Egypt agrees. Mediators arrived the day before."
    assert read(far, D(2022, 2, 20))["the day before"][:3] == day(D(2022, 3, 2))  # same paragraph
    other = "Talks in Doha resume on March 3. Qatar hosts them.\n\nEgypt agrees. Mediators arrived the day before."
    assert read(other, D(2022, 2, 20))["the day before"][:3] == day(D(2022, 2, 19))  # a paragraph break between
    after_break = "Talks in Doha resume on March 3.\n\nMediators arrived the day before."
    assert read(after_break, D(2022, 2, 20))["the day before"][:3] == day(D(2022, 3, 2))  # the previous sentence
    alone = "President Lukashenko had announced the drills the day before, without giving dates."
    assert read(alone)["the day before"][:3] == day(D(2022, 1, 18))


def test_an_anaphor_after_a_coarser_date_stays_unresolved():
    found = read("The talks started last week. The following day, both sides walked out.")
    assert found["The following day"] == (None, None, "unknown", "temporal.anaphoric_day", False)


def test_iso_weeks_months_and_years_relative_to_publication():
    found = read("Last week prices rose; next week, this week, this month, last month and next year are uncertain. "
                 "Last year too, and later this week.")
    assert found["Last week"][:4] == (D(2022, 1, 10), D(2022, 1, 16), "week", "temporal.relative_unit")
    assert found["next week"][:3] == (D(2022, 1, 24), D(2022, 1, 30), "week")
    assert found["this week"][:3] == (D(2022, 1, 17), D(2022, 1, 23), "week")
    assert found["this month"][:3] == (D(2022, 1, 1), D(2022, 1, 31), "month")
    assert found["last month"][:3] == (D(2021, 12, 1), D(2021, 12, 31), "month")
    assert found["next year"][:3] == (D(2023, 1, 1), D(2023, 12, 31), "year")
    assert found["Last year"][:3] == (D(2021, 1, 1), D(2021, 12, 31), "year")
    sunday = D(2021, 1, 3)  # ISO week 53 of 2020
    assert read("Last week was calm.", sunday)["Last week"][:2] == (D(2020, 12, 21), D(2020, 12, 27))


def test_earlier_or_later_this_unit_is_the_part_before_or_after_publication():
    found = read("The vote will be held later this year; talks failed earlier this month and resume later this "
                 "week, after clashes earlier this year. Later next month is vaguer.")
    assert found["later this year"][:3] == (D(2022, 1, 20), D(2022, 12, 31), "day")
    assert found["earlier this month"][:3] == (D(2022, 1, 1), D(2022, 1, 18), "day")
    assert found["later this week"][:3] == (D(2022, 1, 20), D(2022, 1, 23), "day")
    assert found["earlier this year"][:3] == (D(2022, 1, 1), D(2022, 1, 18), "day")
    assert found["Later next month"][:3] == (D(2022, 2, 1), D(2022, 2, 28), "month")  # which part is unknown
    # published on the unit's first or last day: the interval keeps at least that day, never inverted
    assert read("Talks resume later this year.", D(2022, 12, 31))["later this year"][:2] == (D(2022, 12, 31),) * 2
    assert read("Talks failed earlier this month.", D(2022, 3, 1))["earlier this month"][:2] == (D(2022, 3, 1),) * 2


def test_the_weekend_is_the_one_the_tense_points_to():
    weekend_before = (D(2022, 1, 15), D(2022, 1, 16), "day")
    assert read("Thousands rallied in Lima over the weekend.")["over the weekend"][:3] == weekend_before
    assert read("Talks will resume at the weekend.")["at the weekend"][:3] == (D(2022, 1, 22), D(2022, 1, 23), "day")
    sunday = D(2022, 1, 16)  # published on a Sunday, "the weekend" is the one under way
    assert read("Talks will resume at the weekend.", sunday)["at the weekend"][:3] == weekend_before


def test_weekdays_follow_the_tense_of_their_clause_and_the_publication_day_s_own_name_is_that_day():
    found = read("Ms. Ardern said on Monday that she will travel to Canberra on Friday.")
    assert found["on Monday"][:4] == (*day(D(2022, 1, 17)), "temporal.weekday")
    assert found["on Friday"][:3] == day(D(2022, 1, 21))
    assert read("The Senate voted Tuesday.")["Tuesday"][:3] == day(D(2022, 1, 18))
    assert read("The envoy is to arrive on Saturday.")["on Saturday"][:3] == day(D(2022, 1, 22))
    # wire copy names the day it is published by its weekday: a Wednesday article's "on Wednesday"
    assert read("Protests took place on Wednesday.")["on Wednesday"][:3] == day(WEDNESDAY)
    assert read("The envoy will arrive on Wednesday.")["on Wednesday"][:3] == day(WEDNESDAY)
    assert read("Protests took place last Wednesday.")["last Wednesday"][:3] == day(D(2022, 1, 12))
    assert read("The envoy will arrive next Wednesday.")["next Wednesday"][:3] == day(D(2022, 1, 26))
    found = read("Markets open this Friday, closed last Friday and reopen next Monday.")
    assert found["this Friday"][:3] == day(D(2022, 1, 21))
    assert found["last Friday"][:3] == day(D(2022, 1, 14))
    assert found["next Monday"][:3] == day(D(2022, 1, 24))


def test_what_an_appeal_asks_for_is_to_come_and_the_appeal_itself_was_made():
    # published on a Wednesday: the Saturday asked for is the next one, the Monday of the appeal the last
    assert read("The opposition urged supporters to rally again on Saturday.")["on Saturday"][:3] == \
        day(D(2022, 1, 22))
    assert read("They called on voters to turn out on Sunday.")["on Sunday"][:3] == day(D(2022, 1, 23))
    assert read("On Monday he urged supporters to stay home.")["On Monday"][:3] == day(D(2022, 1, 17))
    assert read("He urged calm on Monday.")["on Monday"][:3] == day(D(2022, 1, 17))
    assert read("Police used tear gas to disperse protesters on Monday.")["on Monday"][:3] == day(D(2022, 1, 17))


def test_calendar_dates_with_and_without_year():
    found = read("Elections in Accra are set for February 9; a runoff could follow on Feb. 2 or on the 10th of March. "
                 "Results from 9 December and from January 18, 2020 are disputed. Monday, January 17 was quiet.")
    assert found["February 9"][:4] == (*day(D(2022, 2, 9)), "temporal.month_day")
    assert found["on Feb. 2"][:3] == day(D(2022, 2, 2))
    assert found["on the 10th of March"][:3] == day(D(2022, 3, 10))
    assert found["9 December"][:3] == day(D(2021, 12, 9))
    assert found["January 18, 2020"][:3] == day(D(2020, 1, 18))
    assert found["Monday, January 17"][:3] == day(D(2022, 1, 17))


def test_a_date_without_year_is_the_closest_one_unless_the_tense_says_otherwise():
    december = D(2021, 12, 20)
    assert read("Voting ends January 5.", december)["January 5"][:2] == (D(2022, 1, 5), D(2022, 1, 5))
    assert read("The summit will be held on December 1.", december)["on December 1"][0] == D(2022, 12, 1)
    assert read("Rebels attacked the town on December 1.", december)["on December 1"][0] == D(2021, 12, 1)
    assert read("Ministers met on March 3, officials said.", december)["on March 3"][0] == D(2021, 3, 3)
    assert read("Talks open on February 30.")["on February 30"][3:] == ("temporal.month_day", False)


def test_months_years_decades_and_parts_of_them():
    found = read("The talks resume in March. In March 2021 they failed, and in 2014, during the 1990s and in early "
                 "2015 the region burned. Shops reopen by the end of the year; the pact expires in late May.")
    assert found["in March"][:4] == (D(2022, 3, 1), D(2022, 3, 31), "month", "temporal.month")
    assert found["In March 2021"][:3] == (D(2021, 3, 1), D(2021, 3, 31), "month")
    assert found["in 2014"][:4] == (D(2014, 1, 1), D(2014, 12, 31), "year", "temporal.year")
    assert found["during the 1990s"][:3] == (D(1990, 1, 1), D(1999, 12, 31), "year")
    assert found["in early 2015"][:4] == (D(2015, 1, 1), D(2015, 12, 31), "year", "temporal.part_of")
    assert found["by the end of the year"][:4] == (None, D(2022, 12, 31), "year", "temporal.until")
    assert found["in late May"][:3] == (D(2022, 5, 1), D(2022, 5, 31), "month")


def test_ranges():
    found = read("Drills run from the 10th to the 20th of February. Talks are planned for January 18-21, 2022, and "
                 "18-21 March, between March 1 and March 5, from February 10 to 20 and from Monday to Wednesday. "
                 "Between 2014 and 2016 and in 2008-09 the economy shrank.", D(2022, 1, 27))
    assert found["from the 10th to the 20th of February"][:4] == (D(2022, 2, 10), D(2022, 2, 20), "day",
                                                                  "temporal.range")
    assert found["January 18-21, 2022"][:3] == (D(2022, 1, 18), D(2022, 1, 21), "day")
    assert found["18-21 March"][:3] == (D(2022, 3, 18), D(2022, 3, 21), "day")
    assert found["between March 1 and March 5"][:3] == (D(2022, 3, 1), D(2022, 3, 5), "day")
    assert found["from February 10 to 20"][:3] == (D(2022, 2, 10), D(2022, 2, 20), "day")
    assert found["from Monday to Wednesday"][:3] == (D(2022, 1, 31), D(2022, 2, 2), "day")  # planned: ahead
    assert found["Between 2014 and 2016"][:3] == (D(2014, 1, 1), D(2016, 12, 31), "year")
    assert found["in 2008-09"][:3] == (D(2008, 1, 1), D(2009, 12, 31), "year")


def test_a_range_across_new_year_takes_its_year_from_the_end():
    found = read("The holiday truce lasted from 28 December to 3 January 2022.", D(2022, 1, 10))
    assert found["from 28 December to 3 January 2022"][:3] == (D(2021, 12, 28), D(2022, 1, 3), "day")


def test_until_in_the_past_is_the_nearest_occurrence_as_the_end_may_still_be_to_come():
    found = read("Parliament was suspended until March 24. The ban remained in force until December 24.")
    assert found["until March 24"][:3] == (None, D(2022, 3, 24), "day")  # told in January: this March
    assert found["until December 24"][:3] == (None, D(2021, 12, 24), "day")  # the one just gone


def test_a_participle_after_a_noun_with_an_article_is_of_the_past():
    found = read("Qatar urged both sides to respect a ceasefire agreed in March.")  # told in January
    assert found["in March"][:3] == (D(2021, 3, 1), D(2021, 3, 31), "month")


def test_until_through_since_before_and_after():
    found = read("Curfews last until 9 February and shops close through Friday. Since 2019 and since Monday, "
                 "strikes spread. Nobody voted before 2014, and the fighting resumed after March 3.")
    assert found["until 9 February"][:4] == (None, D(2022, 2, 9), "day", "temporal.until")
    assert found["through Friday"][:4] == (None, D(2022, 1, 21), "day", "temporal.until")
    assert found["Since 2019"][:4] == (D(2019, 1, 1), None, "year", "temporal.since")
    assert found["since Monday"][:3] == (D(2022, 1, 17), None, "day")
    assert found["before 2014"][:4] == (None, D(2013, 12, 31), "year", "temporal.before")
    assert found["after March 3"][:4] == (D(2021, 3, 4), None, "day", "temporal.after")  # "resumed": past
    # the end or start of a unit stands for the unit: before its end is by then, after its start from then
    found = read("Troops will leave before the end of the year; the talks began after the beginning of March.")
    assert found["before the end of the year"][:3] == (None, D(2022, 12, 31), "year")
    assert found["after the beginning of March"][:3] == (D(2021, 3, 1), None, "month")


def test_durations_start_that_long_before_publication_in_the_present_perfect():
    found = read("The city has been under siege for eight years. Rebels have blockaded it for two weeks and "
                 "have rationed water for 3 months. For the past twenty-five years the dam has leaked.")
    assert found["for eight years"][:4] == (D(2014, 1, 1), None, "year", "temporal.duration")
    assert found["for two weeks"][:3] == (D(2022, 1, 3), None, "week")
    assert found["for 3 months"][:3] == (D(2021, 10, 1), None, "month")
    assert found["For the past twenty-five years"][:3] == (D(1997, 1, 1), None, "year")
    assert read("He was jailed for two years in 2010.")["for two years"] == (
        None, None, "unknown", "temporal.duration", False)


def test_ago_offsets_and_periods():
    found = read("Two years ago the mine closed and three weeks ago it flooded. Over the past two weeks prices "
                 "doubled. The plant will reopen in two weeks. Talks go on over the next three days.")
    assert found["Two years ago"][:4] == (D(2020, 1, 1), D(2020, 12, 31), "year", "temporal.ago")
    assert found["three weeks ago"][:3] == (D(2021, 12, 27), D(2022, 1, 2), "week")
    # a period up to publication, to the day: no further back, and nothing after it
    assert found["Over the past two weeks"][:3] == (D(2022, 1, 5), D(2022, 1, 19), "day")
    assert found["over the next three days"][:3] == (D(2022, 1, 19), D(2022, 1, 22), "day")
    assert found["in two weeks"][:3] == (D(2022, 1, 31), D(2022, 2, 6), "week")
    assert read("It was the first time in five years.")["in five years"][4] is False


def test_seasons():
    found = read("Elections come this summer after a violent last winter; the treaty dates from the spring of 2014.")
    assert found["this summer"][:4] == (D(2022, 6, 1), D(2022, 8, 31), "month", "temporal.season")
    assert found["last winter"][:3] == (D(2020, 12, 1), D(2021, 2, 28), "month")
    assert found["the spring of 2014"][:3] == (D(2014, 3, 1), D(2014, 5, 31), "month")


def test_seasons_by_tense_since_last_month_and_units_from_now():
    found = read("The riots began in the spring and have lasted since last March. Talks resume in the winter, "
                 "two weeks from now.")
    assert found["in the spring"][:4] == (D(2021, 3, 1), D(2021, 5, 31), "month", "temporal.season")  # the past
    assert found["since last March"][:4] == (D(2021, 3, 1), None, "month", "temporal.since")
    assert found["two weeks from now"][:4] == (D(2022, 1, 31), D(2022, 2, 6), "week", "temporal.offset")
    assert found["in the winter"][:3] == (D(2021, 12, 1), D(2022, 2, 28), "month")  # the one under way
    assert read("Peace talks in the summer.")["in the summer"][4] is False  # no tense to say which
    # a modal of what may come looks ahead
    assert read("Peace may come in the summer.")["in the summer"][:3] == (D(2022, 6, 1), D(2022, 8, 31), "month")


def test_overnight_is_the_night_before_publication():
    assert read("Drones struck overnight.")["overnight"][:4] == (D(2022, 1, 18), WEDNESDAY, "day",
                                                                "temporal.relative_day")


def test_units_later_count_from_a_date_as_fine_as_their_unit():
    found = read("Russia annexed Crimea in 2014. Two years later, fighting resumed. Talks began on March 3, 2021. "
                 "Three weeks later they failed.")
    assert found["Two years later"][:4] == (D(2016, 1, 1), D(2016, 12, 31), "year", "temporal.anaphoric_unit")
    assert found["Three weeks later"][:3] == (D(2021, 3, 22), D(2021, 3, 28), "week")
    assert read("Talks began in March 2021. Two weeks later they failed.")["Two weeks later"][4] is False


@pytest.mark.parametrize("phrase", ["in the next few days", "in the coming days", "in the near future", "recently",
                                    "soon", "shortly", "for years", "in recent weeks", "a few days ago",
                                    "at a later date"])
def test_vague_phrases_are_found_but_never_become_the_publication_date(phrase):
    text = f"The ministry said a decision would come {phrase}."
    (expression,) = find_time_expressions(text, WEDNESDAY)
    assert (expression.text, expression.date_start, expression.date_end, expression.precision, expression.resolved) == (
        phrase, None, None, "unknown", False)


def test_years_in_names_counts_and_lower_case_months_are_not_dates():
    found = read("Operation Dawn 2022 began as Union Resolve 2021 ended. A force of 2000 troops massed; "
                 "it may rain, and they march on. In 2014 this was planned.")
    assert list(found) == ["In 2014"]


def test_curly_quotes_non_breaking_spaces_and_dashes_do_not_shift_offsets():
    text = "“Today” — the\u00a0minister said\u00a0on Monday\u00a0— talks last until\u00a0February\u00a09 ‘at least’."
    expressions = find_time_expressions(text, WEDNESDAY)
    assert [x.text for x in expressions] == ["Today", "on Monday", "until\u00a0February\u00a09"]
    assert [x.date_end for x in expressions] == [WEDNESDAY, D(2022, 1, 17), D(2022, 2, 9)]
    for expression in expressions:
        assert text[expression.start:expression.end] == expression.text


def test_start_and_end_limit_the_scan():
    text = "Yesterday rebels left. Tomorrow they return. On Friday they rest."
    assert [x.text for x in find_time_expressions(text, WEDNESDAY, 10, 45)] == ["Tomorrow"]


def test_seed_article():
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    published, body_start = parse_header(text)
    assert published == WEDNESDAY
    expressions = find_time_expressions(text, published, body_start,
                                        sentences=split_sentences(text, body_start))
    assert expressions == find_time_expressions(text, published, body_start)
    by_text: dict[str, list] = {}
    for x in expressions:
        assert text[x.start:x.end] == x.text
        by_text.setdefault(x.text, []).append((x.date_start, x.date_end, x.precision))
    assert set(by_text["today"]) == set(by_text["Today"]) == {day(WEDNESDAY)}
    assert len(by_text["today"]) + len(by_text["Today"]) == 5
    assert by_text["Tomorrow"] == [day(D(2022, 1, 20))]
    assert by_text["The following day"] == [day(D(2022, 1, 21))]
    assert by_text["the day before"] == [day(D(2022, 1, 18))]
    assert by_text["Since yesterday"] == [(D(2022, 1, 18), None, "day")]
    assert by_text["last week"] == [(D(2022, 1, 10), D(2022, 1, 16), "week")]
    assert by_text["until February 9"] == [(None, D(2022, 2, 9), "day")]
    assert by_text["From the 10th to the 20th of February"] == [(D(2022, 2, 10), D(2022, 2, 20), "day")]
    assert by_text["in 2014"] == [(D(2014, 1, 1), D(2014, 12, 31), "year")]
    assert by_text["for eight years"] == [(D(2014, 1, 1), None, "year")]
    for vague in ("in the next few days", "in the near future", "shortly"):
        assert by_text[vague] == [(None, None, "unknown")]
    assert not any("2022" in phrase for phrase in by_text)


def test_resolve_one_phrase():
    assert resolve("last week", WEDNESDAY) == temporal.Resolution(D(2022, 1, 10), D(2022, 1, 16), "week",
                                                                 "temporal.relative_unit", True)
    assert resolve("  until February 9 ", WEDNESDAY).date_end == D(2022, 2, 9)
    assert resolve("on Friday", WEDNESDAY, "future").date_start == D(2022, 1, 21)
    assert resolve("on Friday", WEDNESDAY).date_start == D(2022, 1, 14)
    assert resolve("the following day", D(2022, 1, 20)).date_start == D(2022, 1, 21)
    assert resolve("for eight years", WEDNESDAY, "perfect").date_start == D(2014, 1, 1)
    assert resolve("soon", WEDNESDAY).resolved is False
    assert resolve("the talks", WEDNESDAY) == temporal.UNRESOLVED


def _full_scan(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """What scanning every position (slow) would give: the reference for the keyed scan."""
    lowered, spans, position = temporal._lowered(text), [], start
    while (match := temporal._SCANNER.search(lowered, position, end)) is not None:
        if temporal._counts_as_time(text, lowered, match):
            spans.append(match.span())
            position = match.end()
        else:
            position = match.start() + 1
    return spans


PIECES = ["today", "Today", " ", "the day before", "the following day", "February", "Feb.", "9", "30", "the 10th",
          " of ", "-", "–", " to ", " and ", "from ", "between ", "until ", "since ", "2014", "1990s", "in ", "for ",
          "eight", "twenty-five", "years", "days", "Monday", "will", "said", ".", ",", "\n", "\u00a0", "—", "“",
          "last week", "next", "the end of", "early", "may", "May", "soon", "ago", "0", "31", "morning", "past",
          "the", "troops"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join), st.integers(0, 20))
def test_the_keyed_scan_finds_what_a_full_scan_finds(text, start):
    start = min(start, len(text))
    keyed = [m.span() for m in temporal._matches(text, temporal._lowered(text), start, len(text))]
    assert keyed == _full_scan(text, start, len(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join),
       st.dates(min_value=D(1900, 3, 1), max_value=D(2100, 10, 31)), st.integers(0, 20))
def test_spans_are_sorted_disjoint_exact_and_intervals_fit_their_precision(text, published, start):
    previous_end = min(start, len(text))
    for x in find_time_expressions(text, published, start):
        assert previous_end <= x.start < x.end <= len(text)
        assert text[x.start:x.end] == x.text
        assert x.resolved == (x.precision != "unknown")
        assert date_interval_problem(x.date_start, x.date_end, x.precision) is None, x
        assert x.rule.startswith("temporal.")
        previous_end = x.end


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=150), st.integers(0, 160), st.integers(0, 160))
def test_arbitrary_text_never_raises(text, start, end):
    previous_end = 0
    for x in find_time_expressions(text, WEDNESDAY, start, end):
        assert max(previous_end, min(start, len(text))) <= x.start < x.end <= min(end, len(text))
        previous_end = x.end


def test_a_verb_in_ed_after_a_demonym_and_its_noun_is_a_past_tense():
    # published on a Thursday: "Turkish police detained" reports the past, not "expected to" after the comma
    found = read("Turkish police detained the mayor on Wednesday, days before he was expected to be named.",
                 dt.date(2025, 3, 20))
    assert found["on Wednesday"][:2] == (dt.date(2025, 3, 19), dt.date(2025, 3, 19))
    # a capital opening the sentence is no demonym: "Troops stay deployed until June 2" is still to come
    assert read("Troops stay deployed until June 2.", dt.date(2022, 5, 10))["until June 2"][1] == dt.date(2022, 6, 2)


def test_a_day_of_the_month_alone_is_in_the_month_the_tense_points_to():
    published = dt.date(2024, 6, 12)
    assert read("The summit ends on the 14th.", published)["on the 14th"][:3] == (D(2024, 6, 14), D(2024, 6, 14), "day")
    assert read("Troops arrived on the 20th, officials said.", published)["on the 20th"][0] == D(2024, 5, 20)
    assert read("The vote will be held on the 2nd.", published)["on the 2nd"][0] == D(2024, 7, 2)
    assert read("It was on the 14th anniversary of the war.", published) == {}  # an ordinal of something else


def test_a_season_an_event_is_planned_for_is_the_coming_one():
    found = read("Elections are planned for the autumn.", dt.date(2024, 6, 12))
    assert found["for the autumn"][:3] == (D(2024, 9, 1), D(2024, 11, 30), "month")


def test_a_month_and_day_before_the_noun_it_dates_is_the_nearest_one_whatever_the_tense():
    published = D(2024, 5, 27)
    found = read("The court barred her from running in the July 28 presidential election.", published)
    assert found["July 28"][:3] == (D(2024, 7, 28), D(2024, 7, 28), "day")
    # after its verb, the tense still points: she arrived on the last July 28 before publication
    assert read("She arrived on July 28 and left.", published)["on July 28"][:2] == (D(2023, 7, 28),) * 2


def test_a_range_of_years_before_the_noun_it_dates():
    found = read("Eritrea fought in the 2020-2022 war; the 1998–2000 war was longer.")
    assert found["the 2020-2022"][:3] == (D(2020, 1, 1), D(2022, 12, 31), "year")
    assert found["the 1998–2000"][:3] == (D(1998, 1, 1), D(2000, 12, 31), "year")


def test_halves_and_quarters_are_their_months():
    found = read("Elections are set for the first half of 2026. Output fell in the second quarter. Growth slowed in "
                 "the fourth quarter of 2024. Talks end in the second half of March. A quarter of voters abstained.")
    assert found["the first half of 2026"][:3] == (D(2026, 1, 1), D(2026, 6, 30), "month")
    assert found["in the second quarter"][:4] == (D(2022, 4, 1), D(2022, 6, 30), "month", "temporal.quarter")
    assert found["in the fourth quarter of 2024"][:3] == (D(2024, 10, 1), D(2024, 12, 31), "month")
    assert found["in the second half of March"][:3] == (D(2022, 3, 16), D(2022, 3, 31), "day")
    assert not any("quarter of voters" in phrase for phrase in found)  # a share, no time


def test_a_weekday_something_is_set_for_is_the_coming_one_whatever_the_tense():
    assert read("The unions called a new day of strikes for Monday.")["Monday"][:2] == (D(2022, 1, 24),) * 2
    # a possessive names a day gone by, and without "for" the past tense points back
    assert read("He was blamed for Monday's attack.")["Monday"][:2] == (D(2022, 1, 17),) * 2
    assert read("The unions called strikes on Monday.")["on Monday"][:2] == (D(2022, 1, 17),) * 2


def test_a_month_and_day_something_is_set_for_is_the_nearest_one_ahead_or_gone_by():
    assert read("He called a snap election for June 30.", D(2024, 6, 10))["June 30"][:2] == (D(2024, 6, 30),) * 2
    assert read("The vote was scheduled for March 3.", D(2024, 3, 24))["March 3"][:2] == (D(2024, 3, 3),) * 2


def test_in_n_years_after_a_record_looks_back_and_dates_nothing():
    found = read("Pelosi, the highest-ranking U.S. official to visit Taiwan in 25 years, said America would not "
                 "abandon it.", D(2022, 8, 3))  # "would" is no plan for 2047
    assert found["in 25 years"][4] is False
    assert read("The interest rate will rise in two years.", D(2022, 8, 3))["in two years"][:2] == (
        D(2024, 1, 1), D(2024, 12, 31))


def test_a_bare_month_after_for_needs_a_verb_that_sets_a_date():
    assert read("Elections are scheduled for June.", D(2024, 5, 1))["for June"][:4] \
        == (D(2024, 6, 1), D(2024, 6, 30), "month", "temporal.month")
    # the nearest June, whatever the tense of "scheduled"
    assert read("The vote was scheduled for June.", D(2024, 9, 1))["for June"][:2] == (D(2024, 6, 1), D(2024, 6, 30))
    assert read("The summit was postponed for March 2025.", D(2024, 9, 1))["for March 2025"][:2] \
        == (D(2025, 3, 1), D(2025, 3, 31))
    assert read("Support for May grew in her party.", D(2024, 9, 1)) == {}


def test_a_week_or_the_last_days_of_a_month_are_that_month():
    # as "late March": the unit itself, at its own precision (a week of a month is no ISO week)
    assert read("In the first week of April, talks resumed.", D(2024, 5, 1))["In the first week of April"][:3] \
        == (D(2024, 4, 1), D(2024, 4, 30), "month")
    assert read("They fled in the last days of March.", D(2024, 5, 1))["in the last days of March"][:3] \
        == (D(2024, 3, 1), D(2024, 3, 31), "month")


def test_a_day_or_weeks_after_a_clause_count_back_from_the_day_before_it():
    found = read("Ruto said on Wednesday he would not sign, a day after police shot dead 23 protesters.", D(2024, 6, 26))
    assert found["a day after"][:4] == (D(2024, 6, 25), D(2024, 6, 25), "day", "temporal.anaphoric_day")
    found = read("India struck on Wednesday, two weeks after a deadly attack in Kashmir.", D(2025, 5, 7))
    assert found["two weeks after"][:3] == (D(2025, 4, 21), D(2025, 4, 27), "week")  # a round count: its week
    # without a day before it in its sentence, nothing to count from
    assert read("A day after the vote, police arrested 20 people.", D(2024, 6, 26))["A day after"][4] is False


def test_the_following_or_previous_unit_steps_from_the_one_just_resolved():
    found = read("The talks began on March 3. The following week, fighting resumed.", D(2024, 5, 1))
    assert found["The following week"][:3] == (D(2024, 3, 4), D(2024, 3, 10), "week")
    found = read("He was elected in 2019. The previous year, he had resigned.", D(2024, 5, 1))
    assert found["The previous year"][:3] == (D(2018, 1, 1), D(2018, 12, 31), "year")


def test_within_a_count_of_units_ahead_runs_from_publication_and_in_the_past_stays_unresolved():
    found = read("Elections will be held within two weeks. He was arrested within two days of the attack.")
    assert found["within two weeks"][:4] == (WEDNESDAY, WEDNESDAY + dt.timedelta(days=14), "day", "temporal.within")
    assert found["within two days"][4] is False  # within two days of what no rule knows


def test_the_present_of_a_scheduled_event_points_ahead():
    # published on Wednesday 19 January 2022: Friday is the 21st ahead, the 14th behind
    assert read("The ceasefire expires at midnight on Friday.")["on Friday"][:3] == day(D(2022, 1, 21))
    assert read("The law takes effect on Friday.")["on Friday"][:3] == day(D(2022, 1, 21))
    assert read("Voters go to the polls on Sunday.")["on Sunday"][:3] == day(D(2022, 1, 23))
    assert read("The trial begins on Monday.")["on Monday"][:3] == day(D(2022, 1, 24))
    assert read("Talks resume in late March.", D(2022, 5, 4))["in late March"][:2] == (D(2023, 3, 1), D(2023, 3, 31))
    assert read("The ceasefire expired on Friday.")["on Friday"][:3] == day(D(2022, 1, 14))
    # "take" and "go" only with their objects, and no infinitive: "agreed to resume talks on Monday"
    assert read("He takes part in talks on Monday.")["on Monday"][:3] == day(D(2022, 1, 17))


def test_a_forward_anaphor_with_no_date_before_it_stays_unresolved_in_the_past():
    found = read("Three days later, the army withdrew.")
    assert found["Three days later"][4] is False  # later than what, the article does not say
    assert read("The talks will resume two days later.")["two days later"][:3] == day(D(2022, 1, 21))
    assert read("The day before, police arrested him.")["The day before"][:3] == day(D(2022, 1, 18))


def test_what_may_come_looks_ahead_and_what_could_have_been_looks_back():
    found = read("A vote could be held as early as Friday. Talks may resume on Monday. The vote could have been "
                 "held on Tuesday. Talks were held in May.")  # published on a Wednesday
    assert found["Friday"][:3] == day(D(2022, 1, 21))
    assert found["on Monday"][:3] == day(D(2022, 1, 24))
    assert found["on Tuesday"][:3] == day(D(2022, 1, 18))
    assert found["in May"][:3] == (D(2021, 5, 1), D(2021, 5, 31), "month")


def test_an_overnight_vote_names_no_night():
    text = "An overnight vote removed her. Drones struck Iran overnight."  # ("Iran" ends in "an")
    found = find_time_expressions(text, WEDNESDAY)
    assert [(x.start, x.date_start, x.date_end) for x in found] == [(text.rindex("overnight"), D(2022, 1, 18), WEDNESDAY)]


def test_since_an_event_began_on_a_day_is_an_open_interval_from_it():
    assert read("At least 22 people have been killed since the protests began on Jan. 5.") == {
        "since the protests began on Jan. 5": (dt.date(2022, 1, 5), None, "day", "temporal.since_start", True)}
    assert read("Millions have fled since fighting broke out in April 2021.") == {
        "since fighting broke out in April 2021": (dt.date(2021, 4, 1), None, "month", "temporal.since_start", True)}
    # a day after another verb stays a day
    assert read("Since then, the talks began on Jan. 5.") == {
        "on Jan. 5": (dt.date(2022, 1, 5), dt.date(2022, 1, 5), "day", "temporal.month_day", True)}


def test_since_a_group_took_up_arms_or_power_in_a_year_is_an_open_interval():
    assert read("More than 40,000 people have been killed since the PKK took up arms in 1984.") == {
        "since the PKK took up arms in 1984": (dt.date(1984, 1, 1), None, "year", "temporal.since_start", True)}
