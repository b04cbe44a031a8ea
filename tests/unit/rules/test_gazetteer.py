"""The gazetteer on invented news texts and on the seed article."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st

from newsevents.rules.gazetteer import find_places

SEED = Path(__file__).parents[3] / "seeds" / "000_9999db3ac14877e5.txt"


def places(text: str) -> dict[str, object]:
    return {match.text: match for match in find_places(text)}


def test_countries_cities_and_demonyms_in_a_summit_report():
    text = ("The French president met the Japanese prime minister in Tokyo on Monday. "
            "Japan and France agreed to hold talks in Paris next year.")
    found = places(text)
    assert found["Tokyo"].location_id == "loc/tokyo"
    assert found["Tokyo"].location_kind == "populated_place"
    assert found["Tokyo"].country_code == "JPN"
    assert found["Tokyo"].rule == "gazetteer.geonames_city"
    assert found["Japan"].location_kind == "country" and found["Japan"].country_code == "JPN"
    assert found["Paris"].country_code == "FRA"
    assert found["French"].is_demonym and found["French"].location_id == "loc/france"
    assert found["Japanese"].is_demonym and found["Japanese"].rule == "gazetteer.demonym"
    assert not found["Japan"].is_demonym


def test_accented_city_names_keep_their_offsets():
    text = "Thousands protested in São Paulo on Sunday, and police in Brasília said the march was peaceful."
    found = places(text)
    sao_paulo = found["São Paulo"]
    assert text[sao_paulo.start:sao_paulo.end] == "São Paulo"
    assert sao_paulo.country_code == "BRA" and sao_paulo.geonames_id is not None
    assert sao_paulo.location_id == "loc/sao-paulo"


def test_common_names_and_aliases_resolve_to_one_country():
    text = "The US and the U.S. Treasury; Britain and the UK; South Korea; Russia and Iran."
    found = find_places(text)
    codes = {match.text: match.country_code for match in found}
    assert codes["US"] == codes["U.S."] == "USA"
    assert codes["Britain"] == codes["UK"] == "GBR"
    assert codes["South Korea"] == "KOR"
    assert codes["Russia"] == "RUS" and codes["Iran"] == "IRN"
    assert {m.location_id for m in found if m.country_code == "USA"} == {"loc/united-states"}


def test_a_kenyan_minister_in_nairobi():
    text = "Kenyan Interior Minister Grace Wanjiru told reporters in Nairobi that Kenya would send police to Haiti."
    found = places(text)
    assert found["Kenyan"].is_demonym and found["Kenyan"].country_code == "KEN"
    assert found["Nairobi"].country_code == "KEN" and found["Nairobi"].latitude is not None
    assert found["Haiti"].country_code == "HTI"
    assert "Grace Wanjiru" not in found


def test_city_names_that_are_common_words_are_not_places():
    text = ("Nice work, said Victoria. Alexander and Florence read the Union report on Independence Day. "
            "Mobile phones split the vote.")
    assert find_places(text) == []


def test_a_sentence_initial_place_is_still_a_place():
    text = "Moscow denied the report. Berlin disagreed."
    assert [match.text for match in find_places(text)] == ["Moscow", "Berlin"]


def test_longest_name_wins():
    found = find_places("Talks in New York and in the Czech Republic, then in South Africa.")
    assert [match.text for match in found] == ["New York", "Czech Republic", "South Africa"]
    assert found[0].country_code == "USA" and found[0].location_kind == "populated_place"


def test_curated_regions_and_city_aliases():
    text = ("Fighting in the Donbas and the Gaza Strip worried the Middle East and Western Europe. "
            "In Kiev, Kharkiv and Odesa, sirens sounded.")
    found = places(text)
    assert found["Donbas"].location_id == "loc/donbas" and found["Donbas"].rule == "gazetteer.curated_region"
    assert found["Gaza Strip"].geonames_id is None
    assert found["Middle East"].geo_precision == "international"
    assert found["Kiev"].location_id == "loc/kyiv" and found["Kiev"].name == "Kyiv"
    assert found["Kharkiv"].country_code == found["Odesa"].country_code == "UKR"
    assert "In" not in found and "In Kiev" not in found


def test_seed_article_places():
    text = SEED.read_text(encoding="utf-8")
    found = find_places(text)
    by_text = {}
    for match in found:
        by_text.setdefault(match.text, match)
        assert text[match.start:match.end] == match.text
    assert by_text["Berlin"].geonames_id == 2950159
    assert by_text["Kiev"].location_id == "loc/kyiv" and by_text["Kiev"].geonames_id == 703448
    assert by_text["Crimea"].location_id == "loc/crimea" and by_text["Crimea"].rule == "gazetteer.curated_region"
    assert by_text["eastern Ukraine"].location_id == "loc/eastern-ukraine"
    assert by_text["Eastern Europe"].location_id == "loc/eastern-europe"
    assert by_text["Ukraine"].location_id == "loc/ukraine" and by_text["Ukraine"].geo_precision == "country"
    assert by_text["Belarusian"].is_demonym
    assert by_text["United Kingdom"].country_code == "GBR"


def test_the_window_limits_matches():
    text = "Paris and Rome and Madrid."
    found = find_places(text, 6, 18)
    assert [match.text for match in found] == ["Rome"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("ab KUSRPNaeiorsu.,-’'\n\u00a0ÉéSão") + ["Paris ", "Kiev ", "New York",
                                                                               "Russian ", "the UK", "of "]),
                  max_size=40).map("".join),
       st.integers(0, 90), st.one_of(st.none(), st.integers(0, 90)))
def test_never_raises_and_spans_are_exact(text, start, end):
    for match in find_places(text, start, end):
        assert start <= match.start < match.end <= (len(text) if end is None else end)
        assert text[match.start:match.end] == match.text
