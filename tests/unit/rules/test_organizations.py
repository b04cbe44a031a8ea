"""Organizations on invented news texts and on the seed article."""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings, strategies as st

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
    text = ("Pro-Russian separatists fired on the town; the OSCE and the State Department said Western countries "
            "would help.")
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


def test_an_acronym_in_another_language_defines_the_name_before_it():
    # the initials do not spell it (Ejército de Liberación Nacional), but the name before is an organization's
    text = ("Petro will resume talks with the National Liberation Army (ELN) next month. The ELN attacked a base. "
            "Talks with Imran Khan (IKM) and the Liberation Tigers (LTTE) of Tamil Eelam.")
    found = find_organizations(text)
    eln = [(m.text, m.actor_id, m.actor_kind) for m in found if m.actor_id == "actor/national-liberation-army"]
    assert eln == [("National Liberation Army", "actor/national-liberation-army", "armed_group"),
                   ("ELN", "actor/national-liberation-army", "armed_group"),
                   ("ELN", "actor/national-liberation-army", "armed_group")]
    # a person's name, or a name with no head noun, is no organization an acronym stands for
    assert not {"IKM", "LTTE"} & {m.text for m in found}
    # nor is "the army" the rebels' army: it is a state's
    found = find_organizations("The National Liberation Army attacked a base, according to the army.")
    assert [m.text for m in found] == ["National Liberation Army"]


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
@example("the EU the EU", 0, 14)  # an acronym at the text's end, with `end` past it
def test_never_raises_and_spans_are_exact(text, start, end):
    for match in find_organizations(text, start, end):
        assert start <= match.start < match.end <= (len(text) if end is None else end)
        assert text[match.start:match.end] == match.text


# -- state nouns, coordination, groups and definitions --------------------------------------------
def ids_by_text(text: str) -> dict[str, tuple]:
    """Matched text → (actor id, kind, country code, rule)."""
    return {m.text: (m.actor_id, m.actor_kind, m.country_code, m.rule) for m in find_organizations(text)}


def test_ministries_before_and_after_the_country():
    found = ids_by_text("Japan’s Foreign Ministry and the Ministry of Foreign Affairs of Ukraine replied; "
                        "the Brazilian Ministry of Health and Russia’s Defence Ministry did not.")
    assert found["Japan’s Foreign Ministry"][:3] == ("actor/japan-ministry-of-foreign-affairs", "government_body",
                                                     "JPN")
    assert found["Ministry of Foreign Affairs of Ukraine"][0] == "actor/ukraine-ministry-of-foreign-affairs"
    assert found["Brazilian Ministry of Health"][0] == "actor/brazil-ministry-of-health"
    assert found["Russia’s Defence Ministry"][0] == "actor/russia-ministry-of-defense"
    assert {rule for *_, rule in found.values()} == {"organizations.ministry_pattern"}


def test_a_states_parliament_courts_and_central_bank():
    found = ids_by_text("Kenya's parliament approved it; the Turkish legislature and Brazil’s Supreme Court did not, "
                        "and the Egyptian central bank held rates. The parliament will vote again.")
    assert {text: ids[:2] for text, ids in found.items()} == {
        "Kenya's parliament": ("actor/kenya-parliament", "government_body"),
        "Turkish legislature": ("actor/turkey-parliament", "government_body"),
        "Brazil’s Supreme Court": ("actor/brazil-supreme-court", "government_body"),
        "Egyptian central bank": ("actor/egypt-central-bank", "government_body"),
        "parliament": ("actor/turkey-parliament", "government_body")}  # the latest named


def test_a_state_body_named_by_its_seat_in_the_country_or_its_capital():
    found = ids_by_text("The foreign ministry in Tokyo said the government in Kyiv and the Ministry of Health in "
                        "the Netherlands agreed; the authorities in Brasília did not.")
    assert found["foreign ministry in Tokyo"][:3] == ("actor/japan-ministry-of-foreign-affairs", "government_body",
                                                      "JPN")
    assert found["government in Kyiv"][:3] == ("actor/ukraine-government", "government", "UKR")
    assert found["Ministry of Health in the Netherlands"][0] == "actor/netherlands-ministry-of-health"
    assert found["authorities in Brasília"][0] == "actor/brazil-government"
    assert {rule for *_, rule in found.values()} == {"organizations.seat_pattern"}


def test_a_seat_that_is_no_capital_or_no_state_body_names_nothing():
    # a city that is not the capital may have a regional body; troops in a country are not its army
    assert find_organizations("The government in Lviv and the foreign ministry in Osaka met.") == []
    assert find_organizations("Troops in Ukraine and the army in Poland waited.") == []
    # a demonym before the department names the state already ("the Russian foreign ministry")
    assert [m.text for m in find_organizations("The Russian foreign ministry in Moscow replied.")] == \
        ["Russian foreign ministry"]


def test_coordinated_demonyms_share_the_head_noun():
    found = find_organizations("Polish and Lithuanian troops crossed; Chilean or Peruvian soldiers waited.")
    assert [(m.text, m.actor_id) for m in found] == [
        ("Polish", "actor/poland-armed-forces"), ("Lithuanian troops", "actor/lithuania-armed-forces"),
        ("Chilean", "actor/chile-armed-forces"), ("Peruvian soldiers", "actor/peru-armed-forces")]


def test_military_as_an_adjective_is_no_armed_force():
    assert find_organizations("A Belarusian military man and Russian military equipment were seen.") == []
    assert ids_by_text("The Russian military said it had withdrawn.")["Russian military"][0] == \
        "actor/russia-armed-forces"


def test_governments_media_and_groups_named_by_what_they_do():
    found = ids_by_text("The Ukrainian government and Chinese state media said Syrian rebels and protesters "
                        "in São Paulo clashed with police, Russian agencies reported.")
    assert found["Ukrainian government"][:2] == ("actor/ukraine-government", "government")
    assert found["Chinese state media"][:3] == ("actor/chinese-state-media", "media", "CHN")
    assert found["Syrian rebels"][:3] == ("actor/syrian-rebels", "armed_group", "SYR")
    assert found["protesters"][:3] == ("actor/brazilian-protesters", "group", "BRA")
    assert found["Russian agencies"][0] == "actor/russian-news-agencies"
    assert ids_by_text("The rebels withdrew.")["rebels"][:3] == ("actor/rebels", "armed_group", None)


def test_police_and_officials_are_actors_that_can_report():
    found = ids_by_text("US officials said Russian police detained protesters in Moscow; police in Lima and "
                        "officials declined to comment.")
    assert found["US officials"][:3] == ("actor/american-officials", "group", "USA")
    assert found["Russian police"][:3] == ("actor/russian-police", "government_body", "RUS")
    assert found["police"][:2] == ("actor/peruvian-police", "government_body")  # "police in Lima"
    assert found["officials"][:3] == ("actor/officials", "group", None)


def test_the_opposition_is_a_group_but_opposition_to_something_is_an_attitude():
    text = ("The opposition called for protests. Kenyan opposition leaders met Ruto. "
            "Russia voiced its opposition to the plan, and opposition from lawmakers grew.")
    found = [(m.text, m.actor_id, m.actor_kind, m.country_code) for m in find_organizations(text)
             if "opposition" in m.text]
    assert found == [("opposition", "actor/opposition", "group", None),
                     ("Kenyan opposition", "actor/kenyan-opposition", "group", "KEN")]


def test_names_the_lexicon_does_not_know_are_found_by_their_head_noun():
    found = ids_by_text("The Kenya National Commission on Human Rights said the Rapid Support Forces, the Labour "
                        "Party and the Communist Party of China met officials of the Trade and Industry Ministry.")
    assert found["Kenya National Commission on Human Rights"][:3] == (
        "actor/kenya-national-commission-on-human-rights", "government_body", "KEN")
    assert found["Rapid Support Forces"][:3] == ("actor/rapid-support-forces", "armed_group", None)
    assert found["Labour Party"][:2] == ("actor/labour-party", "political_party")
    assert found["Communist Party of China"][:3] == ("actor/communist-party-of-china", "political_party", "CHN")
    assert found["Trade and Industry Ministry"][1] == "government_body"
    assert {rule for *_, rule in found.values()} == {"organizations.name_pattern", "organizations.group_pattern"}


def test_monitors_named_by_observatory_or_network_are_groups():
    found = ids_by_text("The Syrian Observatory for Human Rights and the Syrian Network for Human Rights said "
                        "the toll had risen.")
    assert found["Syrian Observatory for Human Rights"][:3] == (
        "actor/syrian-observatory-for-human-rights", "group", "SYR")
    assert found["Syrian Network for Human Rights"][1] == "group"


def test_a_head_right_after_the_opens_a_name_that_goes_on_past_for_on_or_to():
    found = ids_by_text("The Committee to Protect Journalists and the Council on Foreign Relations met the "
                        "Army to Gaza and the Commission on Monday.")
    assert found["Committee to Protect Journalists"][:2] == ("actor/committee-to-protect-journalists", "government_body")
    assert found["Council on Foreign Relations"][0] == "actor/council-on-foreign-relations"
    assert not any(name.startswith(("Army", "Commission")) for name in found)  # no verb of purpose; a day


def test_a_city_after_in_is_where_a_named_organization_sits_not_part_of_its_name():
    found = ids_by_text("The Kenya National Assembly in Nairobi met the Electoral Commission in South Africa.")
    assert found["Kenya National Assembly"][0] == "actor/kenya-national-assembly"  # Nairobi stays a place
    assert "Electoral Commission in South Africa" in found  # a country after "in" may belong to the name


def test_armed_groups_in_the_news_by_their_names_and_acronyms():
    found = ids_by_text("Houthi rebels and the Houthis, Al-Shabaab, Boko Haram, M23, HTS, Islamic Jihad and the PKK.")
    assert {text: ids[0] for text, ids in found.items()} == {
        "Houthi rebels": "actor/houthis", "Houthis": "actor/houthis", "Al-Shabaab": "actor/al-shabaab",
        "Boko Haram": "actor/boko-haram", "M23": "actor/m23", "HTS": "actor/hayat-tahrir-al-sham",
        "Islamic Jihad": "actor/palestinian-islamic-jihad", "PKK": "actor/kurdistan-workers-party"}
    assert {ids[1] for ids in found.values()} == {"armed_group"}


def test_the_pakistani_taliban_are_not_the_afghan_taliban():
    found = ids_by_text("The Pakistani Taliban, known as the TTP, bombed a mosque. Afghanistan's Taliban denied it.")
    assert {text: ids[0] for text, ids in found.items()} == {
        "Pakistani Taliban": "actor/tehrik-i-taliban-pakistan", "TTP": "actor/tehrik-i-taliban-pakistan",
        "Taliban": "actor/taliban"}


def test_an_acronym_of_an_organization_named_before_is_that_organization():
    found = find_organizations("Fighting with the paramilitary Rapid Support Forces went on. The RSF said the "
                               "Unity Service had no say; the US said so too.")
    assert [(m.text, m.actor_id, m.rule) for m in found if m.text == "RSF"] == [
        ("RSF", "actor/rapid-support-forces", "organizations.acronym")]
    assert "US" not in {m.text for m in found}  # a country's abbreviation stays the country


def test_the_army_of_a_verb_still_refers_back():
    found = find_organizations("Sudan's army fought. Hemedti accused the army of launching the attack. "
                               "The army of Chad stayed out.")
    assert [(m.text, m.actor_id) for m in found if m.rule == "organizations.back_reference"] == [
        ("army", "actor/sudan-armed-forces")]  # "the army of Chad" is a name of its own


def test_a_head_noun_after_a_known_name_a_title_or_a_state_name_makes_no_new_name():
    texts = {
        "Commission President Ursula von der Leyen spoke.": [],  # a title: nothing before the head
        "European Commission President Ursula von der Leyen spoke.": ["European Commission"],  # the name ends at its head
        "The Soviet Union and the Russian Federation met in the Oval Office.": [],  # heads left out on purpose
        "He invited Russia and Atlantic Alliance allies.": ["Atlantic Alliance allies"],  # Russia is a place
        "The OSCE and the State Department replied.": ["OSCE", "State Department"],
    }
    for text, names in texts.items():
        assert [m.text for m in find_organizations(text)] == names, text


def test_the_ministry_refers_back_to_the_latest_ministry_named():
    text = ("According to the French Defense Ministry, troops arrived. The ministry said more would come. The Kenya "
            "National Commission on Human Rights counted the dead; the commission accused nobody. The party met. "
            "The Ministry of Truth replied.")
    found = [(m.text, m.actor_id, m.rule) for m in find_organizations(text)]
    assert ("ministry", "actor/france-ministry-of-defense", "organizations.back_reference") in found
    assert ("commission", "actor/kenya-national-commission-on-human-rights", "organizations.back_reference") in found
    assert "party" not in [text for text, _, _ in found]  # no party was named before
    assert "Ministry" not in [text for text, _, _ in found]  # "the Ministry of Truth" is a name of its own


def test_the_army_refers_back_to_a_state_s_armed_forces_however_named():
    text = ("Chilean troops crossed the river. The army said it met no resistance. Rebels attacked a convoy; "
            "the military did not comment.")
    found = [(m.text, m.actor_id, m.rule) for m in find_organizations(text)]
    assert ("army", "actor/chile-armed-forces", "organizations.back_reference") in found
    # the latest armed forces named are still Chile's: rebels are an armed group, not a state's military
    assert ("military", "actor/chile-armed-forces", "organizations.back_reference") in found
    assert [m.text for m in find_organizations("The army said it met no resistance.")] == []  # none named before


def test_a_state_s_coast_guard_is_one_of_its_forces():
    found = ids_by_text("China's coast guard said the Philippine Coast Guard had entered its waters.")
    assert found["China's coast guard"][:3] == ("actor/china-coast-guard", "military_force", "CHN")
    assert found["Philippine Coast Guard"][:3] == ("actor/philippines-coast-guard", "military_force", "PHL")


def test_diplomats_lawmakers_activists_and_organisers_are_group_actors():
    found = ids_by_text("Western diplomats, Brazilian lawmakers and activists in Lagos met; the organisers and "
                        "organizers of the march did not.")
    assert found["diplomats"][:3] == ("actor/diplomats", "group", None)
    assert found["Brazilian lawmakers"][:3] == ("actor/brazilian-lawmakers", "group", "BRA")
    assert found["activists"][:3] == ("actor/nigerian-activists", "group", "NGA")
    assert found["organisers"][0] == "actor/organisers" and found["organizers"][0] == "actor/organizers"
    found = ids_by_text("Witnesses told reporters that residents in Gaza fled.")
    assert found["Witnesses"][:2] == ("actor/witnesses", "group")
    assert found["residents"][:3] == ("actor/palestinian-residents", "group", "PSE")


def test_the_west_is_a_group_but_west_bank_is_a_place():
    assert ids_by_text("Sanctions by the West hurt.")["West"][0] == "actor/western-countries"
    assert find_organizations("Settlers in the West Bank and West Africa protested.") == []


def test_generic_names_give_way_to_a_national_body():
    assert "Security Council" not in ids_by_text("The Russian Security Council met.")
    assert ids_by_text("The Security Council met.")["Security Council"][0] == "actor/un-security-council"
    assert ids_by_text("NATO allies and EU member states agreed.")["NATO allies"][0] == "actor/nato-allies"
    assert ids_by_text("NATO allies and EU member states agreed.")["EU member states"][0] == \
        "actor/european-union-member-states"


def test_a_known_acronym_defined_in_the_text_keeps_its_lexicon_id():
    found = find_organizations("The Collective Security Treaty Organization (CSTO) met. CSTO troops left.")
    assert [(m.text, m.actor_id, m.rule) for m in found] == [
        ("Collective Security Treaty Organization", "actor/csto", "organizations.lexicon"),
        ("CSTO", "actor/csto", "organizations.lexicon"), ("CSTO", "actor/csto", "organizations.lexicon")]
    kinds = {m.actor_kind for m in find_organizations("The Green Future Party (GFP) won; the GFP said so.")}
    assert kinds == {"political_party"}


def test_seed_article_coordination_and_definitions():
    text = SEED.read_text(encoding="utf-8")
    found = find_organizations(text)
    russian = [m for m in found if m.text == "Russian"]
    assert [m.actor_id for m in russian] == ["actor/russia-armed-forces", "actor/russia-armed-forces"]
    by_text = {m.text: m for m in found}
    assert by_text["Atlantic Alliance allies"].actor_id == "actor/nato-allies"
    assert by_text["European Union"].actor_id == by_text["EU"].actor_id == "actor/european-union"
    assert by_text["Belarusian government"].actor_id == "actor/belarus-government"
    assert by_text["Belarusian Ministry of Defense"].country_code == "BLR"
    assert not any("military man" in m.text for m in found)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["NATO", "(", ")", "North", "Atlantic", "Treaty", "Organization", "Russian", "and",
                                 "Belarusian", "troops", "Ministry", "of", "Defense", "pro-", "separatists", "in",
                                 "Berlin", "’s", ",", "the", "West", "Bank", "military", "man", "XYZ", "\u00a0"]),
                max_size=30).map(" ".join), st.data())
def test_word_soup_never_raises_and_matches_do_not_overlap(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    previous_end = start
    for match in find_organizations(text, start, end):
        assert start <= match.start < match.end <= end
        assert text[match.start:match.end] == match.text
        assert match.start >= previous_end
        previous_end = match.end


def test_warplanes_drones_and_warships_of_a_state_are_its_forces():
    text = "Israeli jets struck a depot. Ukrainian drones hit a refinery. Chinese warships entered the strait."
    assert [(m.text, m.actor_id) for m in find_organizations(text)] == [
        ("Israeli jets", "actor/israel-armed-forces"), ("Ukrainian drones", "actor/ukraine-armed-forces"),
        ("Chinese warships", "actor/china-navy")]


def test_prosecutors_and_authorities_are_state_bodies():
    found = ids_by_text("Prosecutors opened an investigation. Authorities restricted access. Turkish authorities agreed.")
    assert found["Prosecutors"][:2] == ("actor/prosecutors", "government_body")
    assert found["Authorities"][:2] == ("actor/authorities", "government_body")
    assert found["Turkish authorities"][:3] == ("actor/turkey-government", "government", "TUR")  # a state's


def test_unnamed_sources_aid_and_rights_groups_and_civilians_are_group_actors():
    found = ids_by_text("State media said aid agencies and human rights groups saw civilians in Kenya flee; local "
                        "media and analysts agreed. Russian state media disagreed, on social media.")
    assert found["State media"][:3] == ("actor/state-media", "media", None)
    assert found["aid agencies"][:2] == ("actor/aid-agencies", "group")
    assert found["human rights groups"][:2] == ("actor/human-rights-groups", "group")
    assert found["civilians"][:3] == ("actor/kenyan-civilians", "group", "KEN")
    assert found["local media"][:2] == ("actor/local-media", "media")
    assert found["analysts"][:2] == ("actor/analysts", "group")
    assert found["Russian state media"][:3] == ("actor/russian-state-media", "media", "RUS")
    assert "social media" not in found and "media" not in found


def test_a_name_does_not_run_on_into_the_day_or_month_after_it():
    found = ids_by_text("Venezuela's Supreme Court on Monday barred her; the Committee on Foreign Affairs met in May.")
    assert "Venezuela's Supreme Court" in found and not any("Monday" in name for name in found)


def test_congress_is_the_congress_of_the_country_the_article_is_about():
    found = ids_by_text("Lawmakers in Peru voted in Lima, and Congress later named an interim president. "
                        "Colombia’s Congress and the Peruvian Congress met.")
    assert found["Congress"][:3] == ("actor/peru-congress", "government_body", "PER")
    assert found["Colombia’s Congress"][0] == "actor/colombia-congress"
    assert found["Peruvian Congress"][0] == "actor/peru-congress"


def test_congress_stays_the_us_congress_where_the_us_is_named_or_no_country_is():
    assert ids_by_text("Congress passed the bill.")["Congress"][0] == "actor/us-congress"
    found = ids_by_text("Officials in Peru and Washington met; Congress passed the bill. America’s Congress waited.")
    assert found["Congress"][0] == "actor/us-congress"
    assert found["America’s Congress"][0] == "actor/us-congress"
    # a body of the UN is no country's
    assert ids_by_text("Peru asked the Security Council to act.")["Security Council"][0] == "actor/un-security-council"


def test_the_army_or_the_government_with_no_antecedent_is_the_body_of_the_country_the_article_is_about():
    found = ids_by_text("Police in Lagos detained 20 people in Nigeria, as the army launched an offensive near "
                        "Chad. The government said so.")
    assert found["army"][:3] == ("actor/nigeria-armed-forces", "military_force", "NGA")
    assert found["government"][:3] == ("actor/nigeria-government", "government", "NGA")
    assert found["army"][3] == "organizations.national_body"
    # an antecedent still wins, and with no country named before it the noun names nothing
    assert ids_by_text("Ghana’s government met. Nigeria and Nigeria waited; the government said no.")[
        "government"][0] == "actor/ghana-government"
    assert "army" not in ids_by_text("The army said so; later, troops left Chad.")


def test_a_name_before_news_agency_is_a_news_agency():
    found = ids_by_text("The semi-official Tasnim news agency reported it. Iran’s Fars News Agency and the Fars "
                        "News Agency agreed; Reuters news agency did not.")
    assert found["Tasnim news agency"][:3] == ("actor/tasnim-news-agency", "media", None)
    assert found["Fars News Agency"][:2] == ("actor/fars-news-agency", "media")  # not a government body
    assert [m.country_code for m in find_organizations("Iran’s Fars News Agency said so.")
            if m.text == "Fars News Agency"] == ["IRN"]
    assert found["Reuters"][0] == "actor/reuters"  # a name the lexicon knows keeps its entry


def test_a_coalition_led_by_a_state_is_a_group_of_its_own():
    found = {m.text: m for m in find_organizations(
        "The Saudi-led coalition struck Sanaa; a US-led military coalition and a Kenyan-led force waited.")}
    assert (found["Saudi-led coalition"].actor_id, found["Saudi-led coalition"].actor_kind) == \
        ("actor/saudi-led-coalition", "group")
    assert found["Saudi-led coalition"].affiliation == "actor/saudi-arabia"
    assert found["US-led military coalition"].actor_id == "actor/american-led-coalition"
    assert found["Kenyan-led force"].rule == "organizations.led_pattern"
    assert find_organizations("The bill was Senate-led and the state-led inquiry waited.") == []


def test_a_demonym_in_the_plural_is_the_people_of_its_country():
    found = {m.text: m for m in find_organizations(
        "Brazilians voted; thousands of Ukrainians and Palestinians fled, while Democrats and the Koreas waited.")}
    assert (found["Brazilians"].actor_id, found["Brazilians"].actor_kind, found["Brazilians"].country_code) == \
        ("actor/brazilians", "group", "BRA")
    assert found["Ukrainians"].affiliation == "actor/ukraine"
    assert found["Palestinians"].rule == "organizations.population_pattern"
    assert "Democrats" not in found and "Koreas" not in found  # no demonyms
    assert find_organizations("A treaty ally of the Philippines waited.") == []  # a country's own name


def test_a_military_junta_is_its_countrys_and_fighters_are_an_armed_group():
    found = ids_by_text("Myanmar’s military junta struck a village; the junta said resistance fighters attacked.")
    assert found["Myanmar’s military junta"][:3] == ("actor/myanmar-junta", "government", "MMR")
    assert found["junta"][0] == "actor/myanmar-junta"
    assert found["resistance fighters"][1] == "armed_group"
    assert find_organizations("Russia will deploy 12 Su-35 fighters.") == []  # aircraft


def test_a_capitalised_name_ending_in_government_is_a_government():
    found = ids_by_text("The National Unity Government condemned the strikes.")
    assert found["National Unity Government"][:2] == ("actor/national-unity-government", "government")


def test_a_command_is_a_military_body_of_the_country_that_owns_it():
    found = ids_by_text("China's Eastern Theater Command said the drills ended, the Egyptian Red Crescent said.")
    assert found["Eastern Theater Command"][:3] == ("actor/eastern-theater-command", "military_force", "CHN")
    assert found["Red Crescent"][:2] == ("actor/red-crescent", "group")


def test_the_dateline_counts_towards_the_country_a_bare_junta_belongs_to():
    text = "France cut aid to Niger. France said supporters of the junta rallied."
    assert ids_by_text(text)["junta"][0] == "actor/france-junta"  # France is named most
    found = {m.text: m.actor_id for m in find_organizations(text, filed_in="NER")}
    assert found["junta"] == "actor/france-junta"  # twice against once and the dateline: still France
    found = {m.text: m.actor_id for m in find_organizations("France cut aid to Niger. The junta rallied.",
                                                              filed_in="NER")}
    assert found["junta"] == "actor/niger-junta"


def test_armed_groups_known_by_their_acronym():
    found = ids_by_text("FARC leader Rodrigo Londono met M23 and PKK commanders.")  # M23 and PKK were known
    assert [found[name][:3] for name in ("FARC", "M23", "PKK")] == [
        ("actor/farc", "armed_group", "COL"), ("actor/m23", "armed_group", "COD"),
        ("actor/kurdistan-workers-party", "armed_group", None)]


def test_the_lexicon_names_each_organization_and_each_form_once():
    import collections

    import yaml
    from newsevents.rules import organizations

    entries = yaml.safe_load(organizations.LEXICON_FILE.read_text(encoding="utf-8"))["organizations"]
    ids = collections.Counter(entry["actor_id"] for entry in entries)
    forms = collections.Counter(form for entry in entries for form in entry["forms"])
    assert [actor_id for actor_id, count in ids.items() if count > 1] == []
    assert [form for form, count in forms.items() if count > 1] == []


def test_police_custody_and_a_police_station_are_no_actor():
    assert "police" not in ids_by_text("She died in police custody after gunmen attacked a police station.")
    assert ids_by_text("Police said they detained ten people.")["Police"][0] == "actor/police"


def test_a_kind_word_before_a_state_body_leaves_it_the_states():
    found = ids_by_text("Mali's transitional government expelled the ambassador; Mali's military junta agreed.")
    assert found["Mali's transitional government"][0] == "actor/mali-government"
    assert found["Mali's military junta"][0] == "actor/mali-junta"
    assert ids_by_text("France cut aid to Mali over the country's military junta.")["junta"][0] == "actor/mali-junta"


def test_a_states_delegation_is_a_group_of_that_state():
    found = ids_by_text("The Russian delegation met Ukrainian negotiators.")
    assert found["Russian delegation"][:3] == ("actor/russian-delegation", "group", "RUS")
    assert found["Ukrainian negotiators"][2] == "UKR"


def test_a_curated_name_with_a_lower_case_word_inside_and_rally_parties():
    found = ids_by_text("Voters backed Alternative for Germany (AfD). Monitors of the Organization for Security and "
                        "Co-operation in Europe met the March 23 Movement. Marine Le Pen's National Rally lost.")
    assert found["Alternative for Germany"][:3] == ("actor/alternative-for-germany", "political_party", "DEU")
    assert found["AfD"][0] == "actor/alternative-for-germany"
    assert found["Organization for Security and Co-operation in Europe"][0] == "actor/osce"
    assert found["March 23 Movement"][0] == "actor/m23"
    assert found["National Rally"][1] == "political_party"


def test_wagner_alone_is_the_group_but_not_after_a_given_name():
    assert ids_by_text("Wagner fighters seized Rostov.")["Wagner"][:2] == ("actor/wagner-group", "armed_group")
    assert "Wagner" not in ids_by_text("The composer Richard Wagner was born in Leipzig.")


def test_pakistans_pti_is_a_party():
    assert ids_by_text("The PTI called for protests.")["PTI"][:3] == (
        "actor/pakistan-tehreek-e-insaf", "political_party", "PAK")


def test_a_states_missions_embassies_and_electoral_authority():
    assert ids_by_text("Iran's mission to the United Nations said the matter was concluded.") == {
        "Iran's mission to the United Nations": ("actor/iran-un-mission", "government_body", "IRN",
                                                 "organizations.government_pattern")}
    # a name that ends on its stop ends there
    assert ids_by_text("The U.S. mission to the U.N. said talks would resume.")["U.S. mission to the U.N."][0] \
        == "actor/united-states-un-mission"
    assert ids_by_text("The Russian embassy said the claims were false.")["Russian embassy"][0] == "actor/russia-embassy"
    assert ids_by_text("Venezuela's electoral authority declared Maduro the winner.")[
        "Venezuela's electoral authority"][0] == "actor/venezuela-electoral-authority"


def test_a_ministry_named_by_its_department_alone():
    # the same ministry named before, else the ministry of the country the article is about
    found = ids_by_text("The Belarusian Ministry of Defense said so. The defence ministry added that talks were over.")
    assert found["defence ministry"] == ("actor/belarus-ministry-of-defense", "government_body", "BLR",
                                         "organizations.back_reference")
    found = ids_by_text("Armenia closed its border. Police detained dozens, the interior ministry said.")
    assert found["interior ministry"] == ("actor/armenia-ministry-of-internal-affairs", "government_body", "ARM",
                                          "organizations.national_body")
    assert ids_by_text("The foreign ministry said so.") == {}  # no country: whose it is, the text does not say


def test_chinas_taiwan_affairs_office():
    assert ids_by_text("China's Taiwan Affairs Office said the result showed nothing.")["Taiwan Affairs Office"] \
        == ("actor/china-taiwan-affairs-office", "government_body", "CHN", "organizations.lexicon")


def test_the_military_before_a_noun_it_modifies_names_no_armed_forces():
    found = ids_by_text("Niger closed its border. The military juntas of Niger and Mali announced a pact.")
    assert "military" not in found
    assert ids_by_text("Niger closed its border. The military said it had closed it.")["military"][0] \
        == "actor/niger-armed-forces"


def test_state_news_agencies_are_a_states_media():
    assert ids_by_text("Russian state news agencies said so.")["Russian state news agencies"][0] \
        == "actor/russian-state-media"


def test_the_group_refers_back_to_an_armed_group():
    found = ids_by_text("The Rapid Support Forces attacked the village. The group denied it.")
    assert found["group"] == ("actor/rapid-support-forces", "armed_group", None, "organizations.back_reference")
    assert "group" not in ids_by_text("The European Union met. The group agreed.")  # no armed group before
    # an alliance named since the armed group: the group may be the alliance, not the rebels
    assert "group" not in ids_by_text("The Rapid Support Forces attacked. NATO warned the group.")


def test_the_alliance_and_the_bloc_refer_back_to_an_organization_of_states():
    assert ids_by_text("NATO leaders met. The alliance also accused China.")["alliance"][0] == "actor/nato"
    assert ids_by_text("The juntas left ECOWAS. The bloc said it had not been notified.")["bloc"][0] == "actor/ecowas"


def test_a_name_after_the_kind_of_organization_it_is_is_that_organization():
    found = find_organizations("Police detained 80 people, the rights group OVD-Info said. The rebel group "
                               "Ambazonia Defence Forces attacked. The opposition party Georgian Dream won.")
    assert [(m.text, m.actor_kind) for m in found if m.rule == "organizations.name_pattern"] == [
        ("OVD-Info", "group"), ("Ambazonia Defence Forces", "armed_group"), ("Georgian Dream", "political_party")]
    assert "opposition" not in [m.text for m in found]
    assert [m.text for m in find_organizations("The rights group in Lima said. The group Hamas said.")] == ["Hamas"]


def test_a_name_between_a_stance_and_party_is_a_political_party():
    found = find_organizations("Georgia's ruling Georgian Dream party won. The far-right Freedom party came first. "
                               "The ruling party lost.")
    assert [(m.text, m.actor_kind) for m in found if m.rule == "organizations.name_pattern"] == [
        ("Georgian Dream", "political_party"), ("Freedom", "political_party")]


def test_a_name_between_a_determiner_and_party_is_a_political_party():
    found = find_organizations("Ana Ruiz was detained, her Vente Peru party said. He is backed by the Law and "
                               "Justice party. The Chilean party and the Communist party of Peru were silent.")
    assert [(m.text, m.actor_kind) for m in found if m.rule == "organizations.name_pattern"] == [
        ("Vente Peru", "political_party"), ("Law and Justice", "political_party")]


def test_an_electoral_body_named_alone_is_the_home_country_s():
    text = ("Moldova's ruling party won, defeating pro-Russian parties. The European Commission welcomed it. "
            "The central electoral commission said turnout was 52 percent. The commission said more.")
    found = [(m.text, m.actor_id, m.rule) for m in find_organizations(text, 0)]
    assert ("central electoral commission", "actor/moldova-electoral-authority", "organizations.national_body") in found
    # a bare "the commission" still refers back to the commission named before
    assert found[-1] == ("commission", "actor/european-commission", "organizations.back_reference")


def test_a_possessive_determiner_is_no_part_of_a_name():
    found = find_organizations("Her Awami League party called the verdict a travesty. Her Vente Peru party said so.")
    assert [m.text for m in found] == ["Awami League", "Vente Peru"]


def test_a_group_noun_right_before_a_named_organization_describes_it():
    text = "The opposition People Power Party said it would boycott the hearings. The opposition walked out."
    assert [(m.text, m.actor_id) for m in find_organizations(text)] == [
        ("People Power Party", "actor/people-power-party"), ("opposition", "actor/opposition")]


def test_a_states_emergency_and_intelligence_bodies_in_lower_case():
    found = ids_by_text("Haiti's civil protection agency said 25 people had died. Indonesia's disaster agency and "
                        "South Korea's spy agency said so too.")
    assert {text: found[text][:3] for text in found} == {
        "Haiti's civil protection agency": ("actor/haiti-civil-protection", "government_body", "HTI"),
        "Indonesia's disaster agency": ("actor/indonesia-disaster-agency", "government_body", "IDN"),
        "South Korea's spy agency": ("actor/south-korea-intelligence-service", "government_body", "KOR")}


def test_a_countrys_court_unnamed_is_its_courts_but_the_court_alone_is_no_one_yet():
    found = ids_by_text("A Bangladesh court sentenced Hasina. A Tunisian court jailed 40 people.")
    assert {text: found[text][:3] for text in found if "ourt" in text} == {
        "Bangladesh court": ("actor/bangladesh-courts", "government_body", "BGD"),
        "Tunisian court": ("actor/tunisia-courts", "government_body", "TUN")}
    assert "court" not in ids_by_text("Ruiz was flown to Madrid after her arrest in Lima on a warrant from the court.")


def test_gangs_and_attackers_are_groups():
    found = ids_by_text("Gang members killed 40 people. Armed gangs seized the port. The attackers fled.")
    assert {text: found[text][:2] for text in found} == {
        "Gang members": ("actor/gang-members", "armed_group"), "Armed gangs": ("actor/armed-gangs", "armed_group"),
        "attackers": ("actor/attackers", "group")}


def test_a_force_named_before_an_office_is_a_persons_title_not_the_force():
    found = ids_by_text("Pakistan's army chief met Bolivia's military spokesman. Russia's army shelled the town.")
    assert "Pakistan's army" not in found and "Bolivia's military" not in found
    assert found["Russia's army"][0] == "actor/russia-armed-forces"


def test_a_states_senate_and_national_assembly():
    found = ids_by_text("Argentina's Senate approved the bill. Kenya's National Assembly passed it. The U.S. Senate met.")
    assert found["Argentina's Senate"][0] == "actor/argentina-senate"
    assert found["Kenya's National Assembly"][0] == "actor/kenya-national-assembly"
    assert found["U.S. Senate"][0] == "actor/us-senate"
