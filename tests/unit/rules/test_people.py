"""People on invented news texts and on the seed article."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st

from newsevents.rules.people import find_people

SEED = Path(__file__).parents[3] / "seeds" / "000_9999db3ac14877e5.txt"


def people(text: str) -> dict[str, object]:
    return {match.text: match for match in find_people(text)}


def test_titled_names_with_demonym_affiliation():
    text = ("French President Emmanuel Macron met Japanese Prime Minister Fumio Kishida in Tokyo. "
            "Macron said the talks were useful.")
    found = people(text)
    macron = found["Emmanuel Macron"]
    assert macron.actor_id == "actor/emmanuel-macron" and macron.office == "President"
    assert macron.affiliation == "actor/france" and macron.rule == "people.title_name"
    kishida = found["Fumio Kishida"]
    assert kishida.office == "Prime Minister" and kishida.affiliation == "actor/japan"
    later = found["Macron"]
    assert later.rule == "people.surname_backref" and later.actor_id == "actor/emmanuel-macron"
    assert "Tokyo" not in found


def test_reporting_verb_and_lowercase_titles():
    text = "Kenya's interior minister, Grace Wanjiru, spoke in Nairobi. Peter Otieno said the plan would fail."
    found = people(text)
    assert found["Grace Wanjiru"].actor_id == "actor/grace-wanjiru"
    assert found["Peter Otieno"].rule == "people.name_reporting"
    assert "Nairobi" not in found


def test_organization_titles_give_the_affiliation():
    text = "UN Secretary-General António Guterres and EU foreign policy chief met Gen. Mark Milley."
    found = people(text)
    guterres = found["António Guterres"]
    assert text[guterres.start:guterres.end] == "António Guterres"
    assert guterres.actor_id == "actor/antonio-guterres"
    assert guterres.affiliation == "actor/united-nations"
    assert "Mark Milley" in found


def test_name_particles_and_organization_affiliations():
    text = ("European Commission President Ursula von der Leyen said the talks went well. "
            "Saudi Crown Prince Mohammed bin Salman met US Defense Secretary Lloyd Austin.")
    found = people(text)
    assert found["Ursula von der Leyen"].actor_id == "actor/ursula-von-der-leyen"
    assert found["Ursula von der Leyen"].affiliation == "actor/european-commission"
    assert found["Mohammed bin Salman"].affiliation == "actor/saudi-arabia"
    assert found["Lloyd Austin"].affiliation == "actor/united-states"


def test_names_with_the_arabic_article_and_their_later_surname():
    text = ("Syrian President Bashar al-Assad met Egyptian President Abdel Fattah el-Sisi in Damascus. "
            "Assad said the talks went well.")
    found = people(text)
    assert found["Bashar al-Assad"].actor_id == "actor/bashar-al-assad"
    assert found["Bashar al-Assad"].affiliation == "actor/syria"
    assert found["Abdel Fattah el-Sisi"].affiliation == "actor/egypt"
    assert found["Assad"].actor_id == "actor/bashar-al-assad" and found["Assad"].rule == "people.surname_backref"


def test_untitled_name_before_a_reporting_verb_and_its_surname():
    text = "Olaf Scholz said on Tuesday that he would visit Warsaw. Scholz added that Poland was a friend."
    found = find_people(text)
    assert [(match.text, match.rule) for match in found] == [
        ("Olaf Scholz", "people.name_reporting"), ("Scholz", "people.surname_backref")]
    assert found[1].actor_id == "actor/olaf-scholz"


def test_untitled_name_as_the_subject_of_a_verb_of_action():
    text = ("Marine Le Pen criticised the deal in Paris. Javier Milei visited Madrid on Friday. "
            "Le Pen met voters in Lyon.")
    found = find_people(text)
    assert [(match.text, match.rule) for match in found] == [
        ("Marine Le Pen", "people.name_action"), ("Javier Milei", "people.name_action"),
        ("Le Pen", "people.surname_backref")]
    assert found[2].actor_id == "actor/marine-le-pen"


def test_a_later_mention_by_a_middle_name_refers_back():
    text = "President Luiz Inacio Lula da Silva met Xi. Lula will also visit Shanghai. King Charles III left."
    found = people(text)
    assert found["Lula"].actor_id == "actor/luiz-inacio-lula-da-silva"
    assert found["Lula"].rule == "people.surname_backref"


def test_a_family_name_written_first_refers_back():
    text = ("North Korean leader Kim Jong Un met President Xi Jinping. Kim later left, and Xi stayed. "
            "President Jens Stoltenberg spoke. Jens arrived.")
    found = people(text)
    assert (found["Kim"].actor_id, found["Kim"].rule) == ("actor/kim-jong-un", "people.surname_backref")
    assert found["Xi"].actor_id == "actor/xi-jinping"
    assert "Jens" not in found  # a given name written first is no later form of the name


def test_a_given_name_of_two_capitals_after_a_title():
    text = "U.S. Vice President JD Vance met UN Secretary-General Antonio Guterres. Vance left."
    found = people(text)
    assert found["JD Vance"].office == "Vice President" and found["JD Vance"].affiliation == "actor/united-states"
    assert found["Vance"].actor_id == "actor/jd-vance"
    assert "UN Secretary-General Antonio Guterres" not in found and "Antonio Guterres" in found


def test_no_person_without_the_verb_right_after_the_name():
    text = ("The Supreme Court ruled on Monday. Buenos Aires hosted the summit. New Delhi, critics said, "
            "met none of the demands. Human Rights Watch criticised the law.")
    assert find_people(text) == []


def test_places_and_organizations_are_not_people():
    text = "South Africa said on Monday that the European Union would help. New York agreed."
    assert find_people(text) == []


def test_seed_article_people():
    text = SEED.read_text(encoding="utf-8")
    found = find_people(text)
    for match in found:
        assert text[match.start:match.end] == match.text
    by_text = {match.text: match for match in found}
    lavrov = by_text["Sergei Lavrov"]
    assert (lavrov.office, lavrov.affiliation, lavrov.rule) == ("Foreign Minister", "actor/russia", "people.title_name")
    baerbock = by_text["Annalena Baerbock"]
    assert baerbock.rule == "people.appositive" and baerbock.affiliation == "actor/germany"
    assert by_text["Jens Stoltenberg"].affiliation == "actor/nato"
    assert by_text["Olaf Scholz"].office == "Chancellor" and by_text["Olaf Scholz"].affiliation == "actor/germany"
    assert by_text["Antony Blinken"].affiliation == "actor/united-states"
    assert by_text["Blinken"].rule == "people.surname_backref"
    assert by_text["Blinken"].actor_id == "actor/antony-blinken"
    assert by_text["Volodymyr Zelensky"].office == "President"
    assert by_text["Alexander Fomin"].office == "Deputy Defense Minister"
    assert by_text["Alexander Lukashenko"].affiliation == "actor/belarus"
    names = {match.name for match in found}
    assert not names & {"Moscow", "Berlin", "Kiev", "NATO", "Union Determination"}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("ab KLSOGP.,-’'\n\u00a0é") + ["President ", "Anna Berg ", "said ",
                                                                         "Russian ", "Minister ", "Berg"]),
                  max_size=40).map("".join),
       st.integers(0, 90), st.one_of(st.none(), st.integers(0, 90)))
def test_never_raises_and_spans_are_exact(text, start, end):
    for match in find_people(text, start, end):
        assert start <= match.start < match.end <= (len(text) if end is None else end)
        assert text[match.start:match.end] == match.text


# -- counterparts, back-references, lists of officials ---------------------------------------------
def summary(text: str) -> list[tuple]:
    return [(m.text, m.actor_id, m.office, m.affiliation, m.rule) for m in find_people(text)]


def test_a_counterpart_takes_the_office_of_the_person_named_before():
    text = ("Brazilian Finance Minister Ana Costa met her Argentine counterpart, Luis Moreno, in Brasília. "
            "Moreno said the deal was close.")
    assert summary(text) == [
        ("Ana Costa", "actor/ana-costa", "Finance Minister", "actor/brazil", "people.title_name"),
        ("Luis Moreno", "actor/luis-moreno", "Finance Minister", "actor/argentina", "people.appositive"),
        ("Moreno", "actor/luis-moreno", "Finance Minister", "actor/argentina", "people.surname_backref")]
    moreno = find_people(text)[1]
    assert (moreno.title_text, text[moreno.title_start:moreno.title_end]) == ("counterpart", "counterpart")


def test_a_surname_alone_before_a_reporting_verb_takes_the_full_name_given_later():
    text = "Haddad said nothing. Later, Foreign Minister Omar Haddad spoke. Haddad said the border was open."
    assert [(m.text, m.rule, m.actor_id) for m in find_people(text)] == [
        ("Haddad", "people.surname_reporting", "actor/omar-haddad"), ("Omar Haddad", "people.title_name", "actor/omar-haddad"),
        ("Haddad", "people.surname_backref", "actor/omar-haddad")]
    assert find_people("He said so. She agreed.") == []  # pronouns are not resolved here


def test_a_bare_surname_is_no_plural_opening_a_sentence_no_word_written_lower_case_and_no_function_word():
    assert [(m.text, m.actor_id) for m in find_people("On Monday, Okafor warned of war. Later Okafor met Lind.")] == [
        ("Okafor", "actor/okafor"), ("Okafor", "actor/okafor")]
    assert find_people("Officials said 20 died. Witnesses said the witnesses fled. Tuesday said. Later said. "
                       "Ministers meeting on the island of Capri, urged calm.") == []


def test_several_officials_in_one_run_and_offices_normalised():
    text = ("Prime Minister Boris Johnson and Foreign Secretary Liz Truss met Deputy Defence Minister Anna Berg, "
            "former President Ivo Lind and Kremlin spokesman Dmitry Peskov.")
    assert summary(text) == [
        ("Boris Johnson", "actor/boris-johnson", "Prime Minister", None, "people.title_name"),
        ("Liz Truss", "actor/liz-truss", "Foreign Secretary", None, "people.title_name"),
        ("Anna Berg", "actor/anna-berg", "Deputy Defense Minister", None, "people.title_name"),
        ("Ivo Lind", "actor/ivo-lind", None, None, "people.title_name"),
        ("Dmitry Peskov", "actor/dmitry-peskov", "Spokesperson", "actor/russia-government", "people.title_name")]


def test_affiliation_after_the_name_and_appositive_titles():
    text = ("President Emmanuel Macron of France met Sergei Lavrov, Russia’s foreign minister, and "
            "Gen. Mark Milley on Tuesday.")
    found = {m.text: m for m in find_people(text)}
    assert found["Emmanuel Macron"].affiliation == "actor/france" and found["Emmanuel Macron"].country_code == "FRA"
    lavrov = found["Sergei Lavrov"]
    assert (lavrov.rule, lavrov.office, lavrov.affiliation) == ("people.appositive", "Foreign Minister", "actor/russia")
    assert found["Mark Milley"].office == "General" and found["Mark Milley"].title_text == "Gen."


def test_one_word_names_need_a_known_person_an_honorific_a_reporting_or_action_verb_or_a_possessive():
    assert find_people("General Motors rose. The President Street is closed.") == []
    assert [m.text for m in find_people("President Obrador said no.")] == ["Obrador"]
    assert [m.text for m in find_people("President Obrador visited. Chancellor Scholz will meet Lula.")] == [
        "Obrador", "Scholz"]
    assert [(m.text, m.office) for m in find_people("President Putin's decision angered Kyiv.")] == [("Putin", "President")]
    assert [m.text for m in find_people("Mr Okafor declined.")] == ["Okafor"]


def test_a_one_word_name_is_a_subject_across_a_phrase_of_place_or_time_or_before_and_another_title():
    found = find_people("President Ruiz in Lima said no. Secretary Okafor on Monday visited Accra. "
                        "President Lind and Chancellor Haddad met.")
    assert [m.text for m in found] == ["Ruiz", "Okafor", "Lind", "Haddad"]
    assert find_people("General Motors in Detroit rose. The President Hotel in Lima and Mayor Street closed.") == []


def test_monarchs_and_popes_go_by_one_name_and_a_regnal_number():
    found = find_people("King Charles III met Pope Francis and Emir Tamim. Charles said Francis had come. "
                        "Pope Benedict XVI died.")
    assert [(m.text, m.name, m.office, m.rule) for m in found] == [
        ("Charles III", "Charles III", "King", "people.title_name"), ("Francis", "Francis", "Pope", "people.title_name"),
        ("Tamim", "Tamim", "Emir", "people.title_name"),
        ("Charles", "Charles III", "King", "people.surname_backref"),
        ("Francis", "Francis", "Pope", "people.surname_backref"),
        ("Benedict XVI", "Benedict XVI", "Pope", "people.title_name")]
    assert len({m.actor_id for m in found if m.name == "Charles III"}) == 1


def test_seed_article_titles_and_later_mentions():
    text = SEED.read_text(encoding="utf-8")
    found = find_people(text)
    fomin = [m for m in found if m.actor_id == "actor/alexander-fomin"]
    assert [(m.text, m.rule) for m in fomin] == [("Alexander Fomin", "people.title_name"),
                                                 ("Fomin", "people.surname_backref")]
    baerbock = next(m for m in found if m.text == "Annalena Baerbock")
    assert baerbock.office == "Foreign Minister" and baerbock.country_code == "DEU"
    stoltenberg = next(m for m in found if m.text == "Jens Stoltenberg")
    assert (stoltenberg.title_text, stoltenberg.office) == ("Secretary General", "Secretary General")
    blinken = next(m for m in found if m.text == "Antony Blinken")
    assert text[blinken.title_start:blinken.title_end] == "Secretary of State" and blinken.country_code == "USA"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["President", "Anna", "Berg", "said", ",", "his", "German", "counterpart", "Mr",
                                 "von", "der", "Leyen", "Foreign", "Minister", "Berlin", "NATO", "Secretary",
                                 "General", "of", "France", "’s", "\u00a0", "\n", "Gen.", "former", "spokesman"]),
                max_size=30).map(" ".join), st.data())
def test_word_soup_never_raises_and_names_do_not_overlap(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    previous_end = start
    for match in find_people(text, start, end):
        assert start <= match.start < match.end <= end
        assert text[match.start:match.end] == match.text
        assert match.start >= previous_end
        previous_end = match.end
        if match.title_start is not None:
            assert start <= match.title_start < match.title_end <= end
            assert text[match.title_start:match.title_end] == match.title_text


def test_a_name_found_by_its_reporting_verb_stops_where_a_titled_name_begins():
    # found by the word-soup property: "Berg Mr Berlin" (name + "said") once swallowed "Mr Berlin"
    text = ("Minister President von German of Berlin Mr of \u00a0 counterpart \u00a0 said Berg Mr Berlin von "
            "spokesman NATO Mr Minister Secretary Gen.")
    found = find_people(text, 29, 83)
    assert all(a.end <= b.start for a, b in zip(found, found[1:])), [(p.text, p.rule) for p in found]


def test_a_full_name_whose_last_word_is_named_again_alone_is_a_person():
    text = ("The vote follows years of rule under Evo Morales and his successor Luis Arce. Morales, who faces "
            "a warrant, urged a boycott. Santa Cruz and La Paz voted.")
    found = [(p.text, p.rule) for p in find_people(text)]
    assert ("Evo Morales", "people.name_repeated") in found
    assert ("Morales", "people.surname_backref") in found  # not the town of Morales
    assert not any(text == "Luis Arce" for text, _ in found)  # named once, with no title or verb: unknown


def test_a_given_name_ending_in_a_hyphenated_syllable_is_part_of_the_name_written_family_name_first():
    text = "The island's president, Lai Ching-te, met President Moon Jae-in. Lai said talks went well. A Hamas-led raid."
    found = [(p.text, p.actor_id) for p in find_people(text)]
    assert found == [("Lai Ching-te", "actor/lai-ching-te"), ("Moon Jae-in", "actor/moon-jae-in"),
                     ("Lai", "actor/lai-ching-te")]  # the family name, first, is the one named again


def test_former_opening_a_sentence_still_makes_the_office_a_past_one():
    found = [(p.text, p.office, p.affiliation) for p in find_people(
        "Former U.S. President Barack Obama spoke. U.S. President Joe Biden listened.")]
    assert found == [("Barack Obama", None, "actor/united-states"),  # no longer holds it; still American
                     ("Joe Biden", "President", "actor/united-states")]


def test_a_bare_name_before_an_auxiliary_and_an_action_verb_is_its_subject():
    text = ("Ann Lee will visit Paris tomorrow. Tomas Berg is expected to meet voters. Hana Sato has met them. "
            "Nora Vik will remain calm. New York will host the summit.")
    found = [(match.text, match.rule) for match in find_people(text)]
    assert found == [("Ann Lee", "people.name_action"), ("Tomas Berg", "people.name_action"),
                     ("Hana Sato", "people.name_action")]  # "remain" is no action; New York is a place


def test_a_five_letter_given_name_syllable_is_part_of_the_name_but_an_english_word_after_a_hyphen_is_not():
    text = "President Lee Jae-myung met Premier Li Qiang. Premier Ma Ying-based firms. Leader Kim Jong-style rule."
    found = [p.text for p in find_people(text)]
    assert found[:2] == ["Lee Jae-myung", "Li Qiang"]
    assert "Ma Ying-based" not in found and "Kim Jong-style" not in found


def test_he_after_a_title_inside_a_sentence_is_a_surname_not_the_pronoun():
    found = find_people("Chinese Vice Premier He Lifeng met Vice Premier Liu He. He said little.")
    assert [(p.text, p.office) for p in found] == [("He Lifeng", "Vice Prime Minister"),
                                                   ("Liu He", "Vice Prime Minister")]
    assert find_people("Biden Says He Will Run Again") == []


def test_a_party_members_plural_opening_a_name_run_is_no_given_name():
    assert [p.text for p in find_people("The Social Democrats won. Greens Leader Anna Berg said.")] == ["Anna Berg"]


def test_a_surname_with_an_article_may_be_a_towns_name():
    # "al-Jalali": the town of Jalali, glued to its article, ends the prime minister's name
    (person,) = find_people("Prime Minister Mohammed Ghazi al-Jalali said he was ready to cooperate.")
    assert person.name == "Mohammed Ghazi al-Jalali"


def test_a_title_held_for_a_place_before_an_appositive_name():
    # "special envoy for Sudan, Tom Perriello": the title before its "for", the name after the comma
    (person,) = find_people("The U.S. special envoy for Sudan, Tom Perriello, called on both sides.")
    assert (person.name, person.office, person.rule, person.country_code) == (
        "Tom Perriello", "Envoy", "people.appositive", "USA")
    (person,) = find_people("Iran's ambassador to Lebanon, Mojtaba Amani, was injured.")
    assert (person.name, person.office, person.country_code) == ("Mojtaba Amani", "Ambassador", "IRN")


def test_hyphenated_south_asian_names():
    assert [p.name for p in find_people("General Waker-uz-Zaman said so. President Zia-ul-Haq took power.")] \
        == ["Waker-uz-Zaman", "Zia-ul-Haq"]


def test_an_honorific_after_an_office_lets_a_single_name_stand():
    # "Prime Minister Sheikh Hasina": the office is the prime minister's, "Sheikh" an honorific
    (person,) = find_people("Bangladesh Prime Minister Sheikh Hasina resigned.")
    assert (person.name, person.office, person.country_code) == ("Hasina", "Prime Minister", "BGD")
    assert find_people("President Biden arrived late.") != []  # without one, a single name needs a verb after it
    assert find_people("President Biden, 81, is old.") == []


def test_descriptions_that_hold_no_office_introduce_a_name():
    found = [(p.name, p.office, p.country_code) for p in find_people(
        "Rights activist Narges Mohammadi was jailed. Iranian dissident Ali Karimi fled.")]
    assert found == [("Narges Mohammadi", None, None), ("Ali Karimi", None, "IRN")]
    assert find_people("The journalist said so.") == []


def test_a_given_name_after_the_family_name_ends_in_its_syllable_before_the_verb():
    assert [(m.text, m.rule) for m in find_people("Lai Ching-te won the vote. Moon Jae-in said no.")] == [
        ("Lai Ching-te", "people.name_action"), ("Moon Jae-in", "people.name_reporting")]


def test_a_chief_executive_is_an_office_and_no_part_of_the_name():
    found = people("Chief Executive Ana Ruiz said the law would take effect on Saturday.")
    assert "Ana Ruiz" in found and found["Ana Ruiz"].office == "Chief Executive"


def test_a_description_opening_the_sentence_is_no_part_of_the_name():
    found = people("Reformist Ana Ruiz won the presidential runoff, the ministry said.")
    assert "Ana Ruiz" in found and "Reformist Ana Ruiz" not in found


def test_dotted_and_middle_initials_are_part_of_the_name():
    assert list(people("Nepal's Prime Minister K.P. Sharma Oli resigned.")) == ["K.P. Sharma Oli"]
    assert list(people("Prime Minister K. P. Sharma Oli resigned.")) == ["K. P. Sharma Oli"]
    # "Bush" is also a town: after a middle initial it is the surname
    assert list(people("President George W. Bush spoke.")) == ["George W. Bush"]


def test_a_name_before_an_indefinite_title_appositive_is_a_person():
    found = people("Omer Celik, a spokesman for the ruling party, said the process would end.")
    assert list(found) == ["Omer Celik"] and found["Omer Celik"].rule == "people.appositive"


def test_church_offices_are_titles():
    found = people("Cardinal Robert Prevost met Archbishop Ana Ruiz.")
    assert [(m.name, m.office) for m in found.values()] == [("Robert Prevost", "Cardinal"), ("Ana Ruiz", "Archbishop")]


def test_a_named_storm_is_no_person():
    found = people("Jamaica braced for Hurricane Melissa, Prime Minister Andrew Holness said. Schools shut before "
                   "Typhoon Ragasa, Premier Cho Jung-tai said.")
    assert list(found) == ["Andrew Holness", "Cho Jung-tai"]


def test_the_subject_of_an_infinitive_of_action_is_a_person():
    found = people("Days of protests forced K.P. Sharma Oli to resign. Lawmakers pressed Ana Ruiz to visit Lima.")
    assert [(m.text, m.rule) for m in found.values()] == [("K.P. Sharma Oli", "people.name_action"),
                                                          ("Ana Ruiz", "people.name_action")]


def test_an_office_still_to_be_taken_up_is_a_title():
    found = people("South Korea's President-elect Kim Min-seok met Prime Minister-designate Ivo Lind on Monday.")
    assert (found["Kim Min-seok"].office, found["Kim Min-seok"].affiliation) == ("President-elect", "actor/south-korea")
    assert (found["Ivo Lind"].office, found["Ivo Lind"].rule) == ("Prime Minister-designate", "people.title_name")
