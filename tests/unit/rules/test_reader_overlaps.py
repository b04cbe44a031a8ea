"""The draft reader keeps one entity per span: people and places inside an organization's words
(or a person's) are dropped, found with sorted spans instead of a scan of all taken ones."""

from __future__ import annotations

from newsevents.article import parse_header
from newsevents.draft.reader import candidates

from tests.conftest import SEED_ARTICLE

TEXTS = [
    " date 2023-05-10 The Russian Foreign Ministry said Foreign Minister Sergei Lavrov met NATO Secretary General "
    "Jens Stoltenberg in Brussels. Russian troops crossed the Ukraine border near Kharkiv, Kenyan President "
    "William Ruto said in Nairobi.",
    SEED_ARTICLE.read_text(encoding="utf-8"),
]


def test_actor_spans_never_overlap_and_places_only_double_their_country():
    for text in TEXTS:
        published, body_start = parse_header(text)
        found = candidates(text, published, body_start)
        actors = sorted((m.start, m.end) for m in found.mentions if m.kind == "actor" and not m.is_country)
        assert actors, "no actors found"
        assert all(end <= next_start for (_, end), (next_start, _) in zip(actors, actors[1:]))
        for place in (m for m in found.mentions if m.kind == "location"):
            assert all(place.end <= start or end <= place.start for start, end in actors)


def test_a_dateline_gives_no_candidates_and_a_demonym_initiates_the_event_it_qualifies():
    text = (" date 2023-05-10 JERUSALEM, May 10 (Reuters) - The Palestinian Authority condemned an Israeli raid "
            "in Nablus on Tuesday.")
    published, body_start = parse_header(text)
    found = candidates(text, published, body_start)
    assert "Reuters" not in [m.text for m in found.mentions]  # the agency that filed the report
    assert found.events[0].sentence_text.startswith("The Palestinian")  # the first sentence opens after it
    condemned, raid = found.events
    # the demonym acts only in the event it qualifies: not in the condemnation
    assert [(m.text, role) for m, role in condemned.actors] == [("Palestinian Authority", "initiator")]
    assert [(m.entity_id, m.text, role) for m, role in raid.actors] == [("actor/israel", "Israeli", "initiator")]
    assert "actor/israel" in found.proposals  # a registry entry for the draft


def test_a_country_that_is_a_persons_affiliation_is_no_actor_or_place_of_its_own():
    text = (" date 2023-05-10 US Secretary of State Antony Blinken met Russia’s Foreign Minister Sergei Lavrov "
            "in Geneva. The US and Russia disagreed.")
    published, body_start = parse_header(text)
    found = candidates(text, published, body_start)
    countries = [(m.kind, m.text, m.start) for m in found.mentions if m.is_country]
    later = text.index("The US")
    assert all(start > later for _, _, start in countries)  # only the two after "The"
    assert sorted(countries) == sorted([("location", "US", later + 4), ("actor", "US", later + 4),
                                        ("location", "Russia", later + 11), ("actor", "Russia", later + 11)])
    people = {m.text: m.entity_id for m in found.mentions if m.rule.startswith("people.")}
    assert found.proposals[people["Antony Blinken"]].affiliation == "actor/united-states"  # kept on the person


def test_an_organization_in_a_persons_title_is_no_participant_but_stays_proposed():
    text = (" date 2023-05-10 UN Secretary-General Antonio Guterres called for restraint. The Organization of "
            "American States (OAS) Secretary General Luis Almagro urged talks. The UN and the OAS met.")
    published, body_start = parse_header(text)
    found = candidates(text, published, body_start)
    actors = {e.trigger.text: [(m.text, role) for m, role in e.actors] for e in found.events}
    assert actors["called for"] == [("Antonio Guterres", "initiator")]
    assert actors["urged talks"] == [("Luis Almagro", "initiator")]  # neither the name nor its acronym in brackets
    assert {"UN", "OAS"} <= {m.text for m, _ in next(e for e in found.events if e.trigger.text == "met").actors}
    assert "actor/united-nations" in found.proposals  # the actor Guterres belongs to is still proposed


def test_a_capital_that_acts_is_its_government_and_one_after_a_preposition_a_place():
    text = (" date 2021-11-12 Warsaw has deployed 15,000 soldiers, accusing Minsk of staging the crisis. "
            "Talks in Moscow failed. Blinken flew to Kyiv. Lviv has protested. Moscow-based diplomats rallied.")
    published, body_start = parse_header(text)
    found = candidates(text, published, body_start)
    deployed, accusing = found.events[:2]
    assert [(m.entity_id, m.text, role) for m, role in deployed.actors] == [
        ("actor/poland-government", "Warsaw", "initiator")]
    assert ("actor/belarus-government", "Minsk", "target") in [(m.entity_id, m.text, role) for m, role in accusing.actors]
    assert "Warsaw" not in [m.text for m, _ in deployed.locations]  # the subject acts: no place
    assert found.proposals["actor/poland-government"].actor_kind == "government"
    by_trigger = {event.trigger.text: event for event in found.events}
    for trigger in ("Talks", "flew to", "protested"):  # "in Moscow", "to Kyiv": places; Lviv is no capital
        assert [m.text for m, _ in by_trigger[trigger].actors] == [], trigger
    assert "Moscow" in [m.text for m, _ in by_trigger["Talks"].locations]
    assert [m.text for m, _ in by_trigger["rallied"].actors] == ["diplomats"]  # "Moscow-based": a place
    assert "actor/russia-government" not in found.proposals  # a capital that never acts proposes no actor


def test_a_number_inside_a_name_counts_nothing():
    text = (" date 2023-05-10 The Group of Seven called for restraint. The Group of 20 leaders met in Delhi, "
            "where 3,000 protesters marched.")
    published, body_start = parse_header(text)
    found = candidates(text, published, body_start)
    # and a quantity in a clause of its own counts for its trigger only
    assert [(e.trigger.text, [q.text for q in e.quantities]) for e in found.events] == [
        ("called for", []), ("met", []), ("marched", ["3,000 protesters"])]


def test_a_city_before_a_title_is_the_affiliation_and_no_place_of_the_event():
    text = " date 2025-03-20 Turkish police detained Istanbul Mayor Ekrem Imamoglu on Wednesday."
    published, body_start = parse_header(text)
    (detained,) = candidates(text, published, body_start).events
    assert detained.locations == [] and detained.date is not None and detained.date.text == "on Wednesday"


def test_a_group_named_inside_a_persons_title_is_no_actor_of_the_event():
    text = " date 2024-09-18 Opposition leader Nika Melia was arrested on Tuesday, and the opposition protested."
    published, body_start = parse_header(text)
    found = candidates(text, published, body_start)
    arrested, protested = found.events
    assert [(m.text, m.kind) for m in found.mentions if m.text.lower() == "opposition"] == [
        ("Opposition", "affiliation"), ("opposition", "actor")]
    assert "Opposition" not in [m.text for m, _ in arrested.actors]
    assert [m.text for m, _ in protested.actors] == ["opposition"]


def test_a_place_inside_a_title_is_no_actor_nor_place():
    # "the U.S. special envoy for Sudan, Tom Perriello": the United States and Sudan are his office's
    text = " date 2024-10-27 The U.S. special envoy for Sudan, Tom Perriello, called on both sides to return to talks."
    found = candidates(text, *parse_header(text))
    assert sorted({m.text for m in found.mentions}) == ["Tom Perriello"]
    (called, talks) = found.events
    assert [(m.text, role) for m, role in called.actors] == [("Tom Perriello", "initiator")]
