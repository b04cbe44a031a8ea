"""Quantity rule on invented news sentences, the seed article, and arbitrary text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from newsevents.rules.quantities import find_quantities, words_to_number

from tests.conftest import SEED_ARTICLE


def bounds(text: str) -> list[tuple[str, str, int | None, int | None, int | None, bool]]:
    return [(q.text, q.item, q.value, q.low, q.high, q.approximate) for q in find_quantities(text)]


def test_exact_counts_with_digits_and_words():
    text = ("Police in Nairobi arrested 1,500 protesters and seized twenty-five vehicles, while "
            "a dozen journalists and 2.5 million residents were affected.")
    assert bounds(text) == [
        ("1,500 protesters", "protesters", 1500, 1500, 1500, False),
        ("twenty-five vehicles", "vehicles", 25, 25, 25, False),
        ("a dozen journalists", "journalists", 12, 12, 12, False),
        ("2.5 million residents", "residents", 2_500_000, 2_500_000, 2_500_000, False),
    ]


def test_vague_and_bounded_counts():
    text = ("Hundreds of thousands of refugees crossed into Moldova; several aid convoys and dozens of "
            "ambulances followed. About 300 police officers, more than 40 soldiers, at least 7 civilians "
            "and up to 60 migrants were counted.")
    assert bounds(text) == [
        ("Hundreds of thousands of refugees", "refugees", None, 200_000, 999_999, True),
        ("several aid convoys", "aid convoys", None, 3, 9, True),
        ("dozens of ambulances", "ambulances", None, 24, 99, True),
        ("About 300 police officers", "police officers", None, 270, 330, True),
        ("more than 40 soldiers", "soldiers", None, 41, None, False),
        ("at least 7 civilians", "civilians", None, 7, None, False),
        ("up to 60 migrants", "migrants", None, None, 60, False),
    ]


def test_item_stops_at_verbs_relatives_and_conjunctions():
    text = "The navy sent three F-16 fighter jets and 4 patrol boats that will stay, and 9 sailors died."
    assert [(q.number_text, q.item_text) for q in find_quantities(text)] == [
        ("three", "F-16 fighter jets"), ("4", "patrol boats"), ("9", "sailors")]


def test_years_dates_models_ordinals_durations_and_percentages_are_not_counts():
    text = ("In 2019, on March 3 and on the 4th, the Patriot 2021 drill used S-300 units; the talks lasted "
            "for two weeks and 12 hours, 54 percent agreed, 30% refused, and Operation Shield 2020 began.")
    assert find_quantities(text) == []


def test_seed_article_quantities():
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    found = {q.text: (q.value, q.low, q.high, q.item) for q in find_quantities(text, 17)}
    assert found["tens of thousands of troops"] == (None, 20_000, 99_999, "troops")
    assert found["two S-400 surface-to-air systems"] == (2, 2, 2, "s-400 surface-to-air systems")
    assert found["12 Su-35 fighters"] == (12, 12, 12, "su-35 fighters")
    assert found["98 Moscow-based foreign military attaches"] == (98, 98, 98, "moscow-based foreign military attaches")
    assert not any("2022" in t or "2014" in t or "eight" in t for t in found)


def test_unicode_punctuation_does_not_shift_offsets():
    text = "“Kyiv” — officials\u00a0said ’ 40\u00a0tanks and seven trucks arrived."
    for quantity in find_quantities(text):
        assert text[quantity.start:quantity.end] == quantity.text
        assert text[quantity.item_start:quantity.item_end] == quantity.item_text
    assert [q.item for q in find_quantities(text)] == ["tanks", "trucks"]


def test_four_digit_counts_after_of_are_not_years():
    assert bounds("A force of 2000 troops arrived in 2014.") == [("2000 troops", "troops", 2000, 2000, 2000, False)]


def test_words_to_number():
    assert words_to_number("two hundred and fifty") == 250
    assert words_to_number("three thousand") == 3000
    assert words_to_number("ninety-nine") == 99


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(
    ["12", "1,500", " ", "two", "-", "of", "troops", "S", "about", "2014", "in", "dozens", ".", "\u00a0", "—", "%",
     "years", "that", "A", "é", "\n"]), max_size=30).map("".join), st.integers(0, 10))
def test_spans_are_sorted_disjoint_and_exact(text, start):
    previous_end = start
    for quantity in find_quantities(text, start):
        assert previous_end <= quantity.start < quantity.end <= len(text)
        assert text[quantity.start:quantity.end] == quantity.text
        assert quantity.start <= quantity.item_start < quantity.item_end == quantity.end
        previous_end = quantity.end


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_arbitrary_text_never_raises(text):
    for quantity in find_quantities(text):
        assert text[quantity.start:quantity.end] == quantity.text
