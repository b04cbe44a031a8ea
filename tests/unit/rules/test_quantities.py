"""Quantity rule on invented news sentences, the seed article, and arbitrary text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsevents.article import parse_header
from newsevents.rules import quantities
from newsevents.rules.quantities import (
    find_quantities,
    parse_number,
    parse_number_words,
)

from tests.conftest import SEED_ARTICLE


def counts(text: str) -> list[tuple]:
    """(text, item, value, low, high, approximate) of each quantity, checking spans on the way."""
    found = []
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.text
        assert text[q.item_start:q.item_end] == q.item_text
        assert q.text.startswith(q.number_text)
        found.append((q.text, q.item, q.value, q.low, q.high, q.approximate))
    return found


def test_exact_counts_in_digits_and_words():
    text = ("Police in Nairobi detained 1,500 protesters and seized twenty-five Kenyan vehicles; a dozen "
            "reporters, 2.5 million voters and two hundred and fifty houses were affected.")
    assert counts(text) == [
        ("1,500 protesters", "protesters", 1500, 1500, 1500, False),
        ("twenty-five Kenyan vehicles", "kenyan vehicles", 25, 25, 25, False),
        ("a dozen reporters", "reporters", 12, 12, 12, False),
        ("2.5 million voters", "voters", 2_500_000, 2_500_000, 2_500_000, False),
        ("two hundred and fifty houses", "houses", 250, 250, 250, False),
    ]
    assert [q.rule for q in find_quantities(text)] == ["quantity.digits", "quantity.number_words",
                                                      "quantity.number_words", "quantity.digits",
                                                      "quantity.number_words"]


def test_vague_amounts_are_documented_ranges():
    text = ("Hundreds of thousands of refugees crossed into Moldova; several aid convoys, dozens of ambulances, "
            "hundreds of doctors, thousands of volunteers and tens of thousands of soldiers followed, with "
            "several hundred tanks and a few dozen drones.")
    assert [(q.text, q.low, q.high, q.value, q.approximate, q.rule) for q in find_quantities(text)] == [
        ("Hundreds of thousands of refugees", 200_000, 999_999, None, True, "quantity.vague"),
        ("several aid convoys", 3, 9, None, True, "quantity.vague"),
        ("dozens of ambulances", 24, 99, None, True, "quantity.vague"),
        ("hundreds of doctors", 200, 999, None, True, "quantity.vague"),
        ("thousands of volunteers", 2_000, 9_999, None, True, "quantity.vague"),
        ("tens of thousands of soldiers", 20_000, 99_999, None, True, "quantity.vague"),
        ("several hundred tanks", 300, 900, None, True, "quantity.vague"),
        ("a few dozen drones", 24, 60, None, True, "quantity.vague"),
    ]
    assert [(q.text, q.low, q.high) for q in find_quantities("Scores of people fled.")] == [
        ("Scores of people", 40, 99)]


def test_half_a_scale_is_half_of_it_not_the_scale():
    assert [(q.text, q.value) for q in find_quantities("Half a million people marched; half a dozen tanks.")] == [
        ("Half a million people", 500_000), ("half a dozen tanks", 6)]


def test_hedged_numbers():
    text = ("About 300 police officers, more than 40 soldiers, at least 7 civilians, up to 60 migrants, "
            "nearly 100 villages and fewer than 50 schools were counted, as were more than a dozen tanks.")
    assert counts(text) == [
        ("About 300 police officers", "police officers", 300, None, None, True),
        ("more than 40 soldiers", "soldiers", None, 41, None, True),
        ("at least 7 civilians", "civilians", None, 7, None, True),
        ("up to 60 migrants", "migrants", None, None, 60, True),
        ("nearly 100 villages", "villages", None, None, 100, True),
        ("fewer than 50 schools", "schools", None, None, 49, True),
        ("more than a dozen tanks", "tanks", None, 13, None, True),
    ]


def test_ranges_of_numbers():
    assert counts("Between 10 and 20 soldiers and 30-40 medics arrived, then ten to twenty trucks.") == [
        ("Between 10 and 20 soldiers", "soldiers", None, 10, 20, True),
        ("30-40 medics", "medics", None, 30, 40, True),
        ("ten to twenty trucks", "trucks", None, 10, 20, True),
    ]


def test_the_counted_thing_stops_at_verbs_relatives_conjunctions_and_punctuation():
    text = ("The navy sent three F-16 fighter jets and 4 patrol boats that will stay, and 9 sailors died. "
            "One Ukrainian soldier was killed; 120 Canadian instructors, 2,000 troops arrived.")
    assert [(q.number_text, q.item_text) for q in find_quantities(text)] == [
        ("three", "F-16 fighter jets"), ("4", "patrol boats"), ("9", "sailors"), ("One", "Ukrainian soldier"),
        ("120", "Canadian instructors"), ("2,000", "troops")]


def test_years_dates_models_ordinals_ages_times_measures_and_durations_are_not_counts():
    text = ("In 2019, on March 3, on 4 April and on the 4th, the Patriot 2021 drill used S-300 units and Su-27 jets; "
            "a 12-year-old died; talks lasted for two weeks and 12 hours, began at 10:30 and 5 p.m., "
            "54 percent agreed, 30% refused, $5 million and 40 tonnes of aid came, 18-21 January was cold, "
            "Article 5 applied and Operation Shield 2020 began.")
    assert find_quantities(text) == []


def test_amounts_without_a_number_are_not_quantities():
    assert find_quantities("An undetermined number of soldiers and many tanks arrived; a number of them left.") == []


def test_a_four_digit_count_is_not_a_year():
    assert counts("A force of 2000 troops arrived in 2014.") == [("2000 troops", "troops", 2000, 2000, 2000, False)]


def test_a_digit_count_without_a_noun_stays_but_number_words_need_one():
    assert counts("The death toll rose to 12. The two met.") == [("12", "", 12, 12, 12, False)]


def test_curly_quotes_non_breaking_spaces_and_dashes_do_not_shift_offsets():
    text = "“Kyiv” — officials\u00a0said ’ 40\u00a0tanks and seven trucks — “about 300\u00a0men” — arrived."
    found = find_quantities(text)
    assert [(q.text, q.item) for q in found] == [("40\u00a0tanks", "tanks"), ("seven trucks", "trucks"),
                                                 ("about 300\u00a0men", "men")]
    for quantity in found:
        assert text[quantity.start:quantity.end] == quantity.text
        assert text[quantity.item_start:quantity.item_end] == quantity.item_text


def test_seed_article():
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    _, body_start = parse_header(text)
    found = {q.text: q for q in find_quantities(text, body_start)}
    troops = found["tens of thousands of troops"]
    assert (troops.value, troops.low, troops.high, troops.approximate, troops.item) == (None, 20_000, 99_999, True,
                                                                                         "troops")
    systems = found["two S-400 surface-to-air systems"]
    assert (systems.value, systems.item_text, systems.item) == (2, "S-400 surface-to-air systems",
                                                                "s-400 surface-to-air systems")
    assert (found["12 Su-35 fighters"].value, found["12 Su-35 fighters"].item_text) == (12, "Su-35 fighters")
    attaches = found["98 Moscow-based foreign military attaches"]
    assert (attaches.value, attaches.item) == (98, "moscow-based foreign military attaches")
    assert not any(word in phrase for phrase in found for word in ("2022", "2014", "eight", "undetermined", "10th"))
    for quantity in found.values():
        assert text[quantity.start:quantity.end] == quantity.text


@pytest.mark.parametrize(("words", "value"), [
    ("two hundred and fifty", 250), ("three thousand", 3000), ("ninety-nine", 99), ("a dozen", 12),
    ("twenty one", 21), ("a million", 1_000_000), ("two and three", None), ("hundred", 100), ("zebra", None),
    ("half a million", 500_000), ("half a dozen", 6), ("half", None),
])
def test_parse_number_words(words, value):
    assert parse_number_words(words) == value


@pytest.mark.parametrize(("text", "value"), [
    ("1,500", 1500), ("2.5 million", 2_500_000), ("1.2bn", 1_200_000_000), ("12", 12), ("2.5", None),
    ("seven", 7),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


PIECES = ["12", "1,500", "2.5", " ", "two", "twenty", "-", "five", " of ", "troops", "S", "about ", "more than ",
          "between ", " and ", " to ", "2014", "in ", "dozens", "tens", "thousands", "several", "hundred", ".", ",",
          "\u00a0", "—", "%", "years", "that", "A", "a", "é", "\n", "February", "Su-35"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join), st.integers(0, 10))
def test_the_keyed_scan_finds_what_a_full_scan_finds(text, start):
    lowered = quantities._lowered(text)
    start = min(start, len(text))
    keyed = [m.span() for m in quantities.keyed_matches(quantities._QUANTITY, quantities._KEY,
                                                        quantities._LEAD_BACKWARDS, lowered, start, len(text))]
    assert keyed == [m.span() for m in quantities._QUANTITY.finditer(lowered, start, len(text))]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join), st.integers(0, 10))
def test_spans_are_sorted_disjoint_exact_and_bounds_consistent(text, start):
    previous_end = min(start, len(text))
    for q in find_quantities(text, start):
        assert previous_end <= q.start < q.end <= len(text)
        assert text[q.start:q.end] == q.text
        assert q.start < q.item_end <= q.end and q.item_start <= q.item_end
        assert text[q.item_start:q.item_end] == q.item_text
        assert not (q.value is None and q.low is None and q.high is None)
        assert q.low is None or q.high is None or q.low <= q.high
        assert q.value is None or ((q.low is None or q.low <= q.value) and (q.high is None or q.value <= q.high))
        previous_end = q.end


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=150), st.integers(0, 160), st.integers(0, 160))
def test_arbitrary_text_never_raises(text, start, end):
    for q in find_quantities(text, start, end):
        assert min(start, len(text)) <= q.start < q.end <= min(end, len(text))
        assert text[q.start:q.end] == q.text


def test_a_count_with_nothing_counted_counts_the_whole_it_is_part_of_or_the_count_before_it():
    found = [(q.text, q.item) for q in find_quantities(
        "At least 32 people were killed and more than 100 wounded. 12 of the 40 hostages were freed. "
        "Police arrested 9 and released 3.")]
    assert found == [("At least 32 people", "people"), ("more than 100", "people"),  # "more than 100 [people] wounded"
                     ("12", "hostages"), ("40 hostages", "hostages"),
                     ("9", ""), ("3", "")]  # "released 3": no participle says what it counts


def test_a_number_word_after_digits_scales_an_amount_and_counts_nothing():
    assert counts("The US announced $375 million military aid for 40 million people.") == [
        ("40 million people", "people", 40_000_000, 40_000_000, 40_000_000, False)]


def test_a_year_after_an_article_or_possessive_before_a_singular_noun_is_no_count():
    assert counts("Washington cited a 1951 treaty.") == []
    assert counts("The court struck down its 2015 constitution.") == []
    assert counts("It sent its 2000 troops.") == [("2000 troops", "troops", 2000, 2000, 2000, False)]


def test_an_m_after_digits_is_millions_of_what_it_counts_and_otherwise_metres():
    assert [(q.text, q.value) for q in find_quantities("Some 5m people fled and 10m votes were cast.")] == [
        ("Some 5m people", 5_000_000), ("10m votes", 10_000_000)]
    assert find_quantities("Some 1.2m Romanians living abroad voted.")[0].item == "romanians"
    assert find_quantities("They built a 5m wall; it is 5m high, 500m from the border.") == []


def test_an_age_between_commas_after_a_name_is_no_count():
    assert [q.text for q in find_quantities("Ruiz, 71, said 12 people died.")] == ["12 people"]
    assert [q.text for q in find_quantities("Of the victims, 12, were children.")] == ["12"]


def test_a_count_after_the_counted_noun_starts_a_quantity_of_its_own():
    assert [q.text for q in find_quantities("The two countries fought two wars.")] == ["two countries", "two wars"]
    assert [q.text for q in find_quantities("The 12 ministers held 3 meetings.")] == ["12 ministers", "3 meetings"]


def test_a_ratio_is_no_count_and_a_part_counts_its_whole():
    assert counts("Allowances are nearly ten times the minimum wage, three times as many as last year.") == []
    assert counts("Soldiers fired 40 times at the crowd.") == [("40 times", "times", 40, 40, 40, False)]
    assert counts("The army said 23 of its soldiers had died.") == [
        ("23 of its soldiers", "soldiers", 23, 23, 23, False)]
    assert counts("Two of the journalists were freed.")[0][:2] == ("Two of the journalists", "journalists")
    # a part of a whole that is counted counts what the whole's count counts
    assert [c[:2] for c in counts("Rebels freed 12 of the 40 hostages.")] == [("12", "hostages"),
                                                                             ("40 hostages", "hostages")]
    assert counts("It was one of the largest protests in years.") == []  # one among many, no count


def test_an_age_at_the_end_of_a_sentence_is_no_count():
    assert counts("Prosecutors opened an investigation into the death of the protester, Luis Moreno, 32.") == []
    assert counts("The toll rose to 32.") == [("32", "", 32, 32, 32, False)]


def test_a_year_after_an_article_is_no_count():
    assert counts("He would restore a 2018 military agreement.") == []
    assert counts("A force of 2000 troops moved.")[0][:2] == ("2000 troops", "troops")


def test_an_irregular_past_after_the_head_noun_is_its_verb():
    assert [(text, item) for text, item, *_ in counts("Two regional officials told Reuters. Three soldiers fled Gaza.")
            ] == [("Two regional officials", "regional officials"), ("Three soldiers", "soldiers")]
