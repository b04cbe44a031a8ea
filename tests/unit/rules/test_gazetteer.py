"""The gazetteer on invented news texts and on the seed article."""

from __future__ import annotations

from pathlib import Path

import pycountry
from hypothesis import given, settings, strategies as st

from newsevents.rules.gazetteer import find_places, gazetteer, lookup

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


# -- ambiguity, clues, regions and borders -------------------------------------------------------
def kinds(text: str) -> dict[str, tuple]:
    """Matched text → (location id, kind, country code, rule)."""
    return {m.text: (m.location_id, m.location_kind, m.country_code, m.rule) for m in find_places(text)}


def test_connectors_inside_names_and_country_aliases():
    found = kinds("Delegates from New York, New Delhi, Bosnia and Herzegovina, South Sudan, Rio de Janeiro, "
                  "the Netherlands, Türkiye and the Russian Federation met.")
    assert found["New York"][0] == "loc/new-york-city"
    assert found["New Delhi"][2] == "IND" and "Delhi" not in found
    assert found["Bosnia and Herzegovina"][:3] == ("loc/bosnia-and-herzegovina", "country", "BIH")
    assert found["South Sudan"][2] == "SSD" and "Sudan" not in found
    assert found["Rio de Janeiro"][2] == "BRA"
    assert found["Netherlands"][2] == "NLD" and found["Türkiye"][0] == "loc/turkey"
    assert found["Russian Federation"][:2] == ("loc/russia", "country")
    assert found["Russian Federation"][3] == "gazetteer.country_alias"


def test_english_names_of_romanised_cities_and_names_with_the_arabic_article():
    found = places("Strikes hit Khan Younis, Jenin and Deir al-Balah. Fighting went on in Deir ez-Zor, Raqqa "
                   "and Mazar-i-Sharif, and in Gaza City and Khan Yunis.")
    for name, code in (("Khan Younis", "PSE"), ("Jenin", "PSE"), ("Deir al-Balah", "PSE"), ("Deir ez-Zor", "SYR"),
                       ("Raqqa", "SYR"), ("Mazar-i-Sharif", "AFG"), ("Gaza City", "PSE"), ("Khan Yunis", "PSE")):
        assert found[name].country_code == code, name
        assert found[name].location_kind == "populated_place" and found[name].geonames_id, name
    assert found["Khan Yunis"].location_id == found["Khan Younis"].location_id == "loc/khan-younis"
    assert found["Jenin"].name == "Jenin"  # the English name, not GeoNames' "Janīn"


def test_washington_the_congos_rafah_and_naypyitaw_as_the_news_mean_them():
    found = places("Washington warned Kinshasa as the Democratic Republic of Congo and the Republic of the Congo met "
                   "in Rafah; officials in Washington state and in Naypyitaw disagreed.")
    assert (found["Washington"].location_kind, found["Washington"].location_id) == ("populated_place", "loc/washington")
    assert found["Democratic Republic of Congo"].country_code == "COD"
    assert found["Republic of the Congo"].country_code == "COG"
    assert (found["Rafah"].name, found["Rafah"].country_code) == ("Rafah", "PSE")
    assert (found["Washington state"].location_kind, found["Washington state"].name) == ("admin_region", "Washington")
    assert found["Naypyitaw"].country_code == "MMR"
    assert [m.location_kind for m in find_places("Seattle, Washington, voted.")] == ["populated_place", "admin_region"]


def test_a_qualifier_or_a_country_named_in_the_text_picks_a_smaller_city():
    assert kinds("Talks resumed in Moscow.")["Moscow"][2] == "RUS"
    qualified = kinds("Police in Paris, Texas, and in Moscow, Idaho, made arrests.")
    assert qualified["Paris"][2] == qualified["Moscow"][2] == "USA"
    assert qualified["Texas"][1:] == ("admin_region", "USA", "gazetteer.qualifier")
    assert kinds("Atlanta, Georgia, was calm.")["Georgia"][:2] == ("loc/georgia-state", "admin_region")
    assert kinds("Batumi, Georgia, was calm.")["Georgia"][:2] == ("loc/georgia", "country")
    assert kinds("Fires spread near Valencia.")["Valencia"][2] == "VEN"  # the most populous Valencia
    in_spain = kinds("Spain sent firefighters to Valencia.")["Valencia"]
    assert in_spain[2] == "ESP" and in_spain[3] == "gazetteer.geonames_city_context"
    assert kinds("The US sent aid to Moscow.")["Moscow"][2] == "RUS"  # Moscow, Idaho is far too small
    # a US story names the state of a US town: Geneva, Illinois, is a tenth of Geneva's size, but unnamed
    assert kinds("The United States will hold talks in Geneva and Athens.")["Geneva"][2] == "CHE"
    assert kinds("The United States will hold talks in Geneva and Athens.")["Athens"][2] == "GRC"
    assert kinds("The talks moved to Geneva, Illinois.")["Geneva"][2] == "USA"


def test_lookup_is_an_exact_name_index_not_a_fuzzy_search():
    assert lookup("Berlin").geonames_id == 2950159  # never Burlington
    kiev = lookup("Kiev")
    assert (kiev.name, kiev.location_id, kiev.geonames_id) == ("Kyiv", "loc/kyiv", 703448)
    assert lookup("Odessa").country_code == "UKR"
    assert lookup("Berlinn") is None and lookup("berlin") is None


def test_stoplisted_city_names_need_a_clue():
    assert find_places("Most voters agreed. Split decisions followed. Reading the report took hours.") == []
    assert kinds("The summit opened in Nice, France.")["Nice"][2] == "FRA"
    assert "Victoria" not in kinds("Victoria Nuland arrived.")
    assert kinds("Floods hit Victoria, Canada.")["Victoria"][2] == "CAN"
    # names of leaders that are also towns: only a place after "in", "to" and the like
    assert [m.text for m in find_places("Seoul demanded that Kim resign. Austin said Hassan met Castro.")] == ["Seoul"]
    assert [m.text for m in find_places("Troops moved to Hassan. Flights landed in Austin.")] == ["Hassan", "Austin"]
    # the guard holds for the name written in ASCII too ("Laï", Chad, is "Lai")
    assert [m.text for m in find_places("Blinken congratulated Lai. Troops arrived in Lai.")] == ["Lai"]


def test_phrases_containing_a_demonym_that_name_no_country():
    text = "Latin American leaders met Native American groups; American troops left."
    assert [(m.text, m.start, m.country_code) for m in find_places(text)] == [("American", 51, "USA")]


def test_a_place_glued_to_other_capitalised_words_belongs_to_another_name():
    found = kinds("The Washington Post said Lewis Hamilton visited the Berlin Wall; the Kyiv Mayor spoke.")
    assert "Washington" not in found and "Hamilton" not in found and "Berlin" not in found
    assert found["Kyiv"][0] == "loc/kyiv"  # an office after a city keeps the city
    assert [m.text for m in find_places("Michael Jordan met King Abdullah of Jordan.")] == ["Jordan"]
    assert find_places("Michael Jordan met King Abdullah of Jordan.")[0].start == 36


def test_directions_administrative_units_and_borders():
    text = ("Shelling hit eastern Ukraine, north-eastern Nigeria and the Kharkiv region. Troops massed on "
            "the border with Poland, along Ukraine’s borders and near the Russian-Ukrainian border.")
    found = kinds(text)
    assert found["eastern Ukraine"] == ("loc/eastern-ukraine", "region", "UKR", "gazetteer.directional_region")
    assert found["north-eastern Nigeria"][0] == "loc/northeastern-nigeria"
    assert found["Kharkiv region"][:3] == ("loc/kharkiv-region", "admin_region", "UKR")
    assert found["border with Poland"][:3] == ("loc/poland-border", "border", "POL")
    assert found["Ukraine’s borders"][0] == "loc/ukraine-border"
    assert found["Russian-Ukrainian border"][:3] == ("loc/russia-ukraine-border", "border", None)
    assert "Belarus borders" not in kinds("Belarus borders Poland.")  # a verb, not a border


def test_offsets_survive_curly_quotes_and_non_breaking_spaces():
    text = " date 2023-05-02 “Kyiv’s defenders” held São\u00a0Paulo talks — with Poland’s\u00a0envoy."
    matches = find_places(text)
    assert [m.text for m in matches] == ["Kyiv", "São\u00a0Paulo", "Poland"]
    assert all(text[m.start:m.end] == m.text for m in matches)
    assert matches[1].name == "São Paulo"


def test_demonyms_cover_many_countries():
    demonym_countries = {entries[0].country_code for entries in gazetteer().names.values() if entries[0].is_demonym}
    assert len(demonym_countries) >= 60
    assert {"RUS", "BLR", "UKR", "DEU", "USA", "GBR", "FRA", "POL", "LTU", "LVA", "GEO"} <= demonym_countries
    for code in demonym_countries:
        assert pycountry.countries.get(alpha_3=code) is not None


def test_seed_article_borders_and_alliances():
    found = {m.text: m for m in find_places(SEED.read_text(encoding="utf-8"))}
    assert found["Russia’s western border"].location_id == "loc/russia-western-border"
    assert found["border with Ukraine"].location_id == "loc/ukraine-border"
    assert found["borders of Belarus"].location_id == "loc/belarus-border"
    assert found["Berlin"].country_code == "DEU" and round(found["Berlin"].latitude) == 53
    assert "Atlantic" not in found  # part of "Atlantic Alliance allies"


_PIECES = st.sampled_from(["Berlin", "New", "York", "Paris", ",", "Texas", "the", "of", "and", "Russian", "border",
                           "eastern", "Ukraine", "’s", "-", "Kiev", "(", ")", "São", "Paulo", "region", "Mr",
                           "Nice", "\u00a0", "\n", ".", "U.S.", "Bosnia", "Herzegovina", "with", "Georgia"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=30), st.text(max_size=30), st.data())
def test_word_soup_never_raises_and_matches_do_not_overlap(words, noise, data):
    text = " ".join(words) + noise
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    previous_end = start
    for match in find_places(text, start, end):
        assert start <= match.start < match.end <= end
        assert text[match.start:match.end] == match.text
        assert match.start >= previous_end
        previous_end = match.end


def test_names_that_end_in_lower_case_are_found_after_their_capitalised_words():
    found = [(p.text, p.location_id) for p in find_places(
        "Troops moved to the Baltic states. The Gulf states and the Crimean peninsula. Baltic Sea ports. "
        "A Baltic statesman.")]
    assert found == [("Baltic states", "loc/baltic-states"), ("Gulf states", "loc/gulf-states"),
                     ("Crimean peninsula", "loc/crimea"), ("Baltic Sea", "loc/baltic-sea")]


def test_groups_of_states_that_act_as_one_are_marked():
    assert {"loc/baltic-states", "loc/gulf-states"} <= gazetteer().acting
    assert "loc/sahel" not in gazetteer().acting  # a region, no actor


def test_a_name_two_countries_share_goes_to_the_more_populous():
    found = [(p.text, p.country_code) for p in find_places(
        "Fighting in eastern Congo. The Congolese army. Talks in the Republic of Congo and Congo-Brazzaville.")]
    assert found == [("eastern Congo", "COD"), ("Congolese", "COD"), ("Republic of Congo", "COG"),
                     ("Congo-Brazzaville", "COG")]


def test_a_city_name_joined_by_es_is_one_place():
    assert [p.text for p in find_places("Protests spread to Dar es Salaam on Monday.")] == ["Dar es Salaam"]


def test_a_demonym_and_capital_is_that_countrys_capital_city():
    found = find_places("Israel struck Hamas leaders in the Qatari capital, and talks moved to the South African capital.")
    assert [(p.text, p.location_id, p.rule) for p in found if p.rule == "gazetteer.demonym_capital"] == [
        ("Qatari capital", "loc/doha", "gazetteer.demonym_capital"),
        ("South African capital", "loc/pretoria", "gazetteer.demonym_capital")]


def test_a_region_named_after_a_country_is_not_the_country():
    found = places("Gunmen raided a school in Nigeria's Niger state. Niger closed its border. Iranian state media said so.")
    assert [(m.text, m.country_code) for m in found.values()] == [("Nigeria", "NGA"), ("Niger", "NER"),
                                                                   ("Iranian", "IRN")]
    assert [m.start for m in find_places("Nigeria's Niger state. Niger closed its border.") if m.text == "Niger"] == [
        23]
