"""Organizations on invented news texts and on the seed article."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st

from newsevents.rules.organizations import find_organizations

SEED = Path(__file__).parents[3] / "seeds" / "000_9999db3ac14877e5.txt"


def orgs(text: str) -> dict[str, object]:
    return {match.text: match for match in find_organizations(text)}


def test_lexicon_names_and_short_forms_share_ids():
    text = ("The European Union and the EU's partners met at the United Nations. The UN Security Council "
            "and NATO followed; the Kremlin and the White House did not comment, nor did the Pentagon.")
    found = orgs(text)
    assert found["European Union"].actor_id == found["EU"].actor_id == "actor/european-union"
    assert found["NATO"].actor_id == "actor/nato"
    assert found["NATO"].actor_kind == "intergovernmental_organization"
    assert found["Kremlin"].actor_id == "actor/russia-government"
    assert found["White House"].actor_kind == "government" and found["Pentagon"].actor_kind == "government_body"
    assert all(match.rule == "organizations.lexicon" for match in found.values())


def test_group_actors():
    text = "Pro-Russian separatists fired on the town; the OSCE and the State Department said Western countries would help."
    found = orgs(text)
    assert found["Pro-Russian separatists"].actor_id == "actor/pro-russian-separatists"
    assert found["Pro-Russian separatists"].actor_kind == "armed_group"
    assert found["State Department"].actor_id == "actor/us-department-of-state"
    assert found["Western countries"].actor_id == "actor/western-countries"


def test_ministry_and_armed_forces_patterns():
    text = ("Officials of the Nigerian Ministry of Finance and the Indian Defence Ministry met Ukrainian soldiers "
            "and the Israeli army, while Chinese troops stayed.")
    found = orgs(text)
    assert found["Nigerian Ministry of Finance"].actor_id == "actor/nigeria-ministry-of-finance"
    assert found["Nigerian Ministry of Finance"].rule == "organizations.ministry_pattern"
    assert found["Nigerian Ministry of Finance"].actor_kind == "government_body"
    assert found["Indian Defence Ministry"].actor_id == "actor/india-ministry-of-defense"
    assert found["Ukrainian soldiers"].actor_id == "actor/ukraine-armed-forces"
    assert found["Israeli army"].actor_id == "actor/israel-armed-forces"
    chinese = found["Chinese troops"]
    assert (chinese.actor_kind, chinese.rule, chinese.country_code) == \
        ("military_force", "organizations.armed_forces_pattern", "CHN")


def test_acronym_definition_links_both_spans():
    for text in ("The Coastal Fisheries Authority (CFA) met on Friday. The CFA said it would meet again.",
                 "The CFA (Coastal Fisheries Authority) met on Friday. The CFA said it would meet again."):
        found = find_organizations(text)
        assert sorted(match.text for match in found) == ["CFA", "CFA", "Coastal Fisheries Authority"]
        assert {match.actor_id for match in found} == {"actor/coastal-fisheries-authority"}
        assert {match.rule for match in found} == {"organizations.acronym"}


def test_an_unrelated_parenthesis_is_no_definition():
    found = find_organizations("The Coastal Fisheries Authority (Tuesday) met. The XYZ did not.")
    assert not any(match.text == "XYZ" for match in found)


def test_seed_article_organizations():
    text = SEED.read_text(encoding="utf-8")
    found = find_organizations(text)
    for match in found:
        assert text[match.start:match.end] == match.text
    ids = {match.actor_id for match in found}
    by_text = {match.text: match for match in found}
    assert by_text["Belarusian Ministry of Defense"].actor_id == "actor/belarus-ministry-of-defense"
    assert by_text["North Atlantic Treaty Organization"].actor_id == by_text["NATO"].actor_id == "actor/nato"
    assert by_text["NATO-Russia Council"].actor_id == "actor/nato-russia-council"
    assert by_text["US State Department"].actor_id == "actor/us-department-of-state"
    assert by_text["pro-Russian separatists"].actor_id == "actor/pro-russian-separatists"
    assert {"actor/russia-armed-forces", "actor/belarus-armed-forces", "actor/western-countries",
            "actor/russian-news-agencies", "actor/european-union"} <= ids


def test_plain_text_has_no_organizations():
    assert find_organizations("the weather was mild and the markets were calm on Tuesday.") == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("ab KUNSAOTE.,-()’'\n\u00a0") + ["NATO ", "Russian ", "troops ",
                                                                            "Ministry of Defense ", "the EU"]),
                  max_size=40).map("".join),
       st.integers(0, 90), st.one_of(st.none(), st.integers(0, 90)))
def test_never_raises_and_spans_are_exact(text, start, end):
    for match in find_organizations(text, start, end):
        assert start <= match.start < match.end <= (len(text) if end is None else end)
        assert text[match.start:match.end] == match.text
