"""Wire-copy datelines are skipped; ordinary opening sentences are not cut."""

from __future__ import annotations

import pytest

from newsevents.rules.dateline import dateline_country, dateline_end


@pytest.mark.parametrize("dateline, body", [
    ("NAIROBI, June 5 (Reuters) - ", "Kenyan police fired tear gas."),
    ("KYIV, Ukraine (AP) — ", "Russia launched drones."),
    ("Paris (AFP) - ", "France said."),
    ("\n SÃO PAULO, Brazil, March 3 (Reuters) – ", "Protesters marched."),
    ("LONDON, Jan. 5 (Reuters) - ", "Britain said."),
    ("GENEVA (Thomson Reuters Foundation) - ", "Aid groups warned."),
    ("PORT-AU-PRINCE - ", "Gunmen killed the president."),  # capitals of a known place, then a dash
    ("SANAA/WASHINGTON - ", "U.S. warplanes struck."),
    ("THE HAGUE, March 17 — ", "The court ruled."),
])
def test_a_dateline_at_the_start_is_skipped(dateline, body):
    text = " date 2024-06-05 " + dateline + body
    assert text[dateline_end(text, 17):] == body


@pytest.mark.parametrize("text", [
    "PARIS is calm (mostly) - really.",  # lower-case words: a sentence, not a place
    "Russia and Belarus (the allies) - began drills.",
    "President Joe Biden (D) - said so.",  # one letter in parentheses is no agency
    "Kenyan police fired tear gas (Reuters) at noon.",  # no dash after it
    "NATO - the alliance - met.",  # capitals, but of no place
])
def test_an_ordinary_opening_is_not_a_dateline(text):
    assert dateline_end(text, 0) == 0


def test_only_the_opening_of_the_body_counts():
    text = "Talks ended. NAIROBI (Reuters) - More talks."
    assert dateline_end(text, 0) == 0
    assert dateline_end(text, 12) == text.index("More")


def test_the_country_a_dateline_was_filed_in():
    assert dateline_country(" date 2023-07-28 NIAMEY (Reuters) - Niger's guard", 17) == "NER"
    assert dateline_country(" date 2023-07-28 SANAA/WASHINGTON - U.S. jets", 17) == "YEM"  # the first place
    assert dateline_country(" date 2023-07-28 Talks ended.", 17) is None


def test_capitals_a_region_and_a_month_and_day_are_a_dateline_of_any_town():
    text = "BUTLER, Pa., July 14 - Former President Donald Trump was shot."
    assert text[dateline_end(text, 0):].startswith("Former")
    assert dateline_end("SMALLVILLE, Jan. 5 - Voters", 0) == len("SMALLVILLE, Jan. 5 - ")
    assert dateline_end("NATO, ALLIES - the alliance met.", 0) == 0  # no day, and no place the gazetteer knows


def test_a_town_the_gazetteer_does_not_know_before_its_country_and_a_dash_is_a_dateline():
    text = "PRZEWODOW, Poland — A missile killed two people."
    assert text[dateline_end(text):].startswith("A missile") and dateline_country(text) == "POL"
    assert dateline_end("NOBODY, Poland said no.") == 0  # no dash: a sentence
