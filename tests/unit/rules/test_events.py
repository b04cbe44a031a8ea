"""The event rule on hand-made mentions: triggers, status, attribution and roles."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from newsevents.rules.events import Mention, find_events
from newsevents.rules.quantities import Quantity, find_quantities
from newsevents.rules.sentences import Sentence, split_sentences
from newsevents.rules.temporal import TimeExpression

PUBLISHED = dt.date(2023, 5, 10)


def sentences_of(text: str) -> list[Sentence]:
    """Sentences cut at each stop, so that the event rule is tested apart from the sentence splitter."""
    return [Sentence(m.start(), m.end(), m.group()) for m in re.finditer(r"[^.!?]+[.!?]", text)]


def mention(text: str, words: str, entity_id: str, kind: str = "actor", rule: str = "people.title_name",
            country: bool = False, nth: int = 0) -> Mention:
    start = [m.start() for m in re.finditer(re.escape(words), text)][nth]
    return Mention(start, start + len(words), words, entity_id, kind, rule, country)


def events_of(text, mentions, times=()):
    return find_events(text, sentences_of(text), mentions, list(times), [], PUBLISHED)


def events_of_with(text, mentions, qualifiers):
    return find_events(text, sentences_of(text), mentions, [], [], PUBLISHED, qualifiers)


def parties_of(text, mentions, trigger_text=None):
    """(mention text, role) of each party of the event `trigger_text` names in `text` (of its only
    event, when None)."""
    events = events_of(text, mentions)
    if trigger_text is None:
        (event,) = events
    else:
        event = next(e for e in events if e.trigger.text == trigger_text)
    return [(m.text, role) for m, role in event.actors]


def statuses_of(text):
    """The trigger words and status of each event of `text`, found with no mentions."""
    return [(e.trigger.text, e.status) for e in events_of(text, [])]


def every(text: str, words: str, first: dt.date, last: dt.date, precision: str) -> list[TimeExpression]:
    """A resolved time expression at each place `words` stand in `text`."""
    return [TimeExpression(m.start(), m.end(), words, first, last, precision, "temporal.test", True)
            for m in re.finditer(re.escape(words), text)]


def test_future_trip_with_destination_and_attribution():
    text = "Minister Ana Ruiz will travel to Lima on Friday, the foreign ministry said."
    mentions = [mention(text, "Ana Ruiz", "actor/ana-ruiz"),
                mention(text, "Lima", "loc/lima", "location", "gazetteer.city"),
                mention(text, "the foreign ministry", "actor/foreign-ministry", rule="organizations.lexicon")]
    (event,) = events_of(text, mentions)
    assert (event.trigger.text, event.trigger.event_type, event.status) == ("travel", "visit", "planned")
    assert event.attribution[2] == "said" and event.speaker.entity_id == "actor/foreign-ministry"
    roles = {m.entity_id: role for m, role in event.actors}
    assert roles == {"actor/ana-ruiz": "initiator", "actor/foreign-ministry": "source"}
    assert [(m.entity_id, role) for m, role in event.locations] == [("loc/lima", "destination")]


def test_denials_claims_and_ongoing_states():
    text = "Chile denies any plans to deploy troops. Rebels reportedly attacked a convoy. The protests continue in Quito."
    kinds = {e.trigger.text: (e.trigger.event_type, e.status) for e in events_of(text, [])}
    assert "denies" not in kinds  # the denial is the status of what it denies, no event of its own
    assert kinds["deploy"][1] == "denied"
    (denial,) = events_of("Chile denied it on Monday.", [])  # with no event to deny, it is one
    assert (denial.trigger.event_type, denial.status) == ("deny", "occurred")
    assert kinds["attacked"] == ("armed_conflict", "claimed")
    assert kinds["protests"] == ("protest", "ongoing")  # "The protests continue"


def test_what_a_claim_verb_after_it_reports_is_claimed_and_other_cues_still_win():
    text = ("Police arrested dozens of protesters in Quito, officials claimed. Troops attacked a convoy, the army "
            "said. Rebels will attack the base, the group alleges. The rebels claimed they attacked a convoy.")
    statuses = statuses_of(text)
    assert statuses == [("arrested", "claimed"), ("protesters", "claimed"), ("attacked", "occurred"),
                        ("attack", "planned"), ("attacked", "claimed")]


def test_the_speaker_stands_in_the_reporting_clause_or_before_an_appositive():
    text = ("Ana Ruiz will travel to Lima for talks with Brazil, the ministry said. "
            "Sergei Lavrov, Russia’s foreign minister, said troops arrived. "
            "He leaves for Berlin for talks on the Ukraine crisis, according to the same text. "
            "Chile said so.")
    mentions = [mention(text, "Ana Ruiz", "actor/ana-ruiz"), mention(text, "Brazil", "actor/brazil", country=True),
                mention(text, "Sergei Lavrov", "actor/sergei-lavrov"),
                mention(text, "Russia", "actor/russia", rule="gazetteer.country", country=True),
                mention(text, "Ukraine", "actor/ukraine", rule="gazetteer.country", country=True),
                mention(text, "Chile", "actor/chile", rule="gazetteer.country", country=True)]
    speakers = {e.trigger.text: e.speaker.entity_id if e.speaker else None for e in events_of(text, mentions)}
    assert speakers["travel"] is None  # Brazil ends another clause: "the ministry" said it
    assert speakers["arrived"] == "actor/sergei-lavrov"  # not Russia, inside the appositive
    assert speakers["leaves for"] is None  # a text is no actor; the Ukraine of "the Ukraine crisis" is none either
    assert speakers["said"] == "actor/chile"  # right before its verb


def test_a_reporting_verb_alone_is_a_statement_and_pronouns_find_the_last_person():
    text = "President Ola Berg spoke in Oslo. He said the economy was strong."
    mentions = [mention(text, "Ola Berg", "actor/ola-berg"), mention(text, "Oslo", "loc/oslo", "location", "gazetteer.city")]
    events = events_of(text, mentions)
    statement = events[-1]
    assert statement.trigger.event_type == "make_statement"
    assert [(m.entity_id, m.text, role) for m, role in statement.actors] == [("actor/ola-berg", "He", "source")]


def test_his_office_speaks_for_the_person_named_before_it_in_its_sentence():
    text = ("President Ola Berg met Ivo Kral. Minister Ana Ruiz will travel to Lima on Friday, her office said. "
            "The talks will resume in Quito, her spokeswoman told reporters.")
    mentions = [mention(text, "Ola Berg", "actor/ola-berg"), mention(text, "Ivo Kral", "actor/ivo-kral"),
                mention(text, "Ana Ruiz", "actor/ana-ruiz"), mention(text, "Lima", "loc/lima", "location", "gazetteer.city"),
                mention(text, "Quito", "loc/quito", "location", "gazetteer.city")]
    trip, visit = events_of(text, mentions)[1:]
    assert (trip.speaker.text, trip.speaker.entity_id, trip.speaker.rule) == (
        "her office", "actor/ana-ruiz", "events.pronoun_speaker")  # not Berg, the person of the sentence before
    assert ("her office", "source") in [(m.text, role) for m, role in trip.actors]
    # no person before it in its sentence: the subject of the latest sentence naming one
    assert (visit.speaker.text, visit.speaker.entity_id) == ("her spokeswoman", "actor/ana-ruiz")


def test_a_subject_pronoun_before_a_trigger_is_its_initiator():
    text = ("Chancellor Ana Ruiz met Prime Minister Ivo Kral in Madrid. She will also visit Lisbon. "
            "Ruiz said she had invited Kral. He accused her of nothing.")
    mentions = [mention(text, "Ana Ruiz", "actor/ana-ruiz"), mention(text, "Ivo Kral", "actor/ivo-kral"),
                mention(text, "Ruiz", "actor/ana-ruiz", rule="people.surname_backref", nth=1),
                mention(text, "Kral", "actor/ivo-kral", rule="people.surname_backref", nth=1)]
    visit, invitation, accusation = events_of(text, mentions)[1:]
    # the subject of the sentence before, not the last person it names
    assert [(m.entity_id, m.text, role, m.rule) for m, role in visit.actors] == [
        ("actor/ana-ruiz", "She", "initiator", "events.pronoun_initiator")]
    # a person named earlier in the same sentence comes first; the speaker stays the speaker
    assert [(m.entity_id, m.text, r) for m, r in invitation.actors] == [
        ("actor/ana-ruiz", "Ruiz", "source"), ("actor/ivo-kral", "Kral", "target"),
        ("actor/ana-ruiz", "she", "initiator")]
    # "He" after a sentence naming Ruiz, then Kral, is Ruiz (its subject)
    assert [(m.entity_id, m.text, r) for m, r in accusation.actors][0] == ("actor/ana-ruiz", "He", "initiator")


def test_a_pronoun_is_no_initiator_when_an_actor_already_is_or_no_person_was_named():
    text = "Poland said it would act. He met Kral. Berg met Kral, and he will visit Oslo."
    mentions = [mention(text, "Poland", "actor/poland", rule="gazetteer.country", country=True),
                mention(text, "Kral", "actor/ivo-kral"), mention(text, "Berg", "actor/ola-berg"),
                mention(text, "Kral", "actor/ivo-kral", nth=1)]
    _, he_met, berg_met, visit = events_of(text, mentions)
    # a meeting has no direction: who meets is a participant
    assert [m.text for m, role in he_met.actors if role == "participant"] == ["Kral"]  # no person to refer back to
    assert [m.text for m, role in berg_met.actors if role == "participant"] == ["Berg", "Kral"]
    assert "he" not in [m.text for m, _ in visit.actors]  # actors before the trigger already initiate it


def test_a_demonym_right_before_a_trigger_is_its_only_initiator():
    text = "Poland condemned the Russian invasion and Russian shelling of Kyiv. Poland deployed near Russian units."
    russian = [mention(text, "Russian", "actor/russia", rule="gazetteer.demonym", country=True, nth=n) for n in (0, 1, 2)]
    mentions = [mention(text, "Poland", "actor/poland", rule="gazetteer.country", country=True),
                mention(text, "Poland", "actor/poland", rule="gazetteer.country", country=True, nth=1)]
    condemned, invasion, shelling = events_of_with(text, mentions, russian)[:3]
    assert [(m.entity_id, role) for m, role in condemned.actors] == [("actor/poland", "initiator")]
    assert [(m.text, m.start, role) for m, role in invasion.actors] == [("Russian", russian[0].start, "initiator")]
    assert [(m.start, role) for m, role in shelling.actors] == [(russian[1].start, "initiator")]
    drills = events_of_with(text, mentions, russian)[3]
    assert [m.text for m, _ in drills.actors] == ["Poland"]  # "Russian units" qualify no trigger


def test_a_coordinated_clause_with_its_own_subject_initiates_its_events_alone():
    text = "Putin denied it, while Merkel urged calm. Russia, which Merkel visited, denied it."
    mentions = [mention(text, "Putin", "actor/putin"), mention(text, "Merkel", "actor/merkel"),
                mention(text, "Russia", "actor/russia", rule="gazetteer.country", country=True),
                mention(text, "Merkel", "actor/merkel", nth=1)]
    denied, urged, visited, denied_again = events_of(text, mentions)
    assert [(m.text, role) for m, role in urged.actors] == [("Merkel", "initiator")]
    assert [(m.text, role) for m, role in denied.actors] == [("Putin", "initiator")]  # Merkel is the urging's
    # a relative clause does not cut the sentence's subject off from the verb that follows it, and the
    # relative clause's own subject takes no part in that verb's event
    assert [(m.text, role) for m, role in denied_again.actors] == [("Russia", "initiator")]


def test_a_predicate_coordinated_without_a_subject_shares_the_subject_of_the_one_before():
    text = ("Ruiz met Duda on Monday and also discussed the war with Kral. "
            "Ruiz met Duda, and Kral criticised the deal.")
    mentions = [mention(text, "Ruiz", "actor/ruiz"), mention(text, "Duda", "actor/duda"),
                mention(text, "Kral", "actor/kral"), mention(text, "Ruiz", "actor/ruiz", nth=1),
                mention(text, "Duda", "actor/duda", nth=1), mention(text, "Kral", "actor/kral", nth=1)]
    found = events_of(text, mentions)
    met, discussed, criticised = (next(e for e in found if e.trigger.text == word)
                                  for word in ("met", "discussed", "criticised"))
    assert [(m.text, role) for m, role in discussed.actors] == [("Ruiz", "participant"), ("Kral", "participant")]
    assert ("Duda", "participant") in [(m.text, role) for m, role in met.actors]
    # a clause with a subject of its own keeps it
    assert [(m.text, role) for m, role in criticised.actors if role == "initiator"] == [("Kral", "initiator")]


def test_a_purpose_after_for_shares_the_initiators_but_a_gerund_does_not():
    text = "Ruiz will visit Peru for talks with Kral. Ruiz criticised Kral for killing Duda."
    mentions = [mention(text, "Ruiz", "actor/ruiz"),
                mention(text, "Peru", "loc/peru", "location", "gazetteer.country", True),
                mention(text, "Peru", "actor/peru", "actor", "gazetteer.country", True),
                mention(text, "Kral", "actor/kral"), mention(text, "Ruiz", "actor/ruiz", nth=1),
                mention(text, "Kral", "actor/kral", nth=1), mention(text, "Duda", "actor/duda")]
    found = {e.trigger.text: e for e in events_of(text, mentions)}
    # who visits holds the talks; the country visited does not
    assert [(m.text, role) for m, role in found["talks"].actors] == [("Ruiz", "participant"), ("Kral", "participant")]
    # who is criticised for killing killed: a gerund does not take the initiators of the verb before
    assert ("Kral", "initiator") in [(m.text, role) for m, role in found["killing"].actors]


def test_they_before_a_trigger_stands_for_the_group_named_before_it():
    text = "Police said they detained 15 protesters. They also arrested Kral. Ruiz said they will meet."
    mentions = [mention(text, "Police", "actor/police", rule="organizations.group_pattern"),
                mention(text, "protesters", "actor/protesters", rule="organizations.group_pattern"),
                mention(text, "Kral", "actor/kral"), mention(text, "Ruiz", "actor/ruiz")]
    detained, arrested, meet = events_of(text, mentions)
    assert [(m.text, m.entity_id, role) for m, role in detained.actors if role == "initiator"] == [
        ("they", "actor/police", "initiator")]
    # the sentence before named the protesters last: the latest group is who "they" are
    assert [(m.entity_id, m.rule) for m, role in arrested.actors if role == "initiator"] == [
        ("actor/protesters", "events.pronoun_initiator")]
    assert not [m for m, role in meet.actors if role == "initiator"]  # a person is no "they"; no group here


def test_a_reporting_word_inside_a_name_attributes_nothing():
    text = "Chile and the United States held talks in Lima."
    mentions = [mention(text, "Chile", "actor/chile", rule="gazetteer.country", country=True),
                mention(text, "United States", "actor/united-states", rule="gazetteer.country", country=True)]
    (talks,) = events_of(text, mentions)
    assert talks.attribution is None and talks.speaker is None
    assert [(m.text, role) for m, role in talks.actors] == [("Chile", "participant"), ("United States", "participant")]


def test_it_after_the_reporting_word_of_an_organization_is_the_speaker_acting():
    text = "The army said it had recaptured the town from the rebels. Ruiz said it will hold talks."
    mentions = [mention(text, "The army", "actor/chile-armed-forces", rule="organizations.back_reference"),
                mention(text, "rebels", "actor/rebels", rule="organizations.group_pattern"),
                mention(text, "Ruiz", "actor/ruiz")]
    recaptured, talks = events_of(text, mentions)
    assert recaptured.trigger.event_type == "occupy_territory"
    assert [(m.text, m.entity_id, role) for m, role in recaptured.actors if role == "initiator"] == [
        ("it", "actor/chile-armed-forces", "initiator")]
    assert not [m for m, role in talks.actors if role == "initiator"]  # a person is no "it"


def test_a_verb_in_the_past_is_not_dated_by_a_day_still_to_come():
    text = "Ruiz will visit Lima on Friday, a day after they spoke by phone."
    times = [TimeExpression(text.index("on Friday"), text.index("on Friday") + 9, "on Friday",
                            dt.date(2023, 5, 12), dt.date(2023, 5, 12), "day", "temporal.weekday", True)]
    visit, spoke = events_of(text, [mention(text, "Ruiz", "actor/ruiz")], times)
    assert (visit.status, visit.date.text) == ("planned", "on Friday")
    assert (spoke.trigger.text, spoke.status, spoke.date) == ("spoke by phone", "occurred", None)
    assert spoke.status_rule == "events.status_default"  # ", a day after": the plan's cue does not reach it
    (deployed,) = events_of("Troops will be deployed to Lima.", [])
    assert (deployed.trigger.text, deployed.status) == ("deployed", "planned")  # a passive, not a past tense


def test_the_speaker_after_a_reporting_word_follows_it_directly():
    text = "The talks failed, said Foreign Minister Ruiz. The party said it would appeal to the Supreme Court."
    mentions = [mention(text, "Ruiz", "actor/ruiz"),
                mention(text, "Supreme Court", "actor/supreme-court", rule="organizations.lexicon")]
    failed, appeal = events_of(text, mentions)
    assert failed.speaker is not None and failed.speaker.text == "Ruiz"
    assert appeal.speaker is None  # the court is who is appealed to, not who speaks


def test_a_noun_trigger_a_verb_acts_on_takes_neither_its_subject_nor_its_date():
    text = ("Ruiz flew to Prague on Monday to discuss the war. Ruiz announced these exercises. "
            "Chile and Peru signed an agreement.")
    times = [TimeExpression(text.index("on Monday"), text.index("on Monday") + 9, "on Monday",
                            dt.date(2023, 5, 8), dt.date(2023, 5, 8), "day", "temporal.weekday", True)]
    mentions = [mention(text, "Ruiz", "actor/ruiz"), mention(text, "Ruiz", "actor/ruiz", nth=1),
                mention(text, "Chile", "actor/chile", rule="gazetteer.country", country=True),
                mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True)]
    found = {e.trigger.text: e for e in events_of(text, mentions, times)}
    assert (found["discuss"].date.text, found["war"].date) == ("on Monday", None)
    assert [m.text for m, role in found["war"].actors if role == "initiator"] == []
    assert [m.text for m, role in found["exercises"].actors if role == "initiator"] == []
    # the same event said twice ("signed an agreement") is one event, with its parties
    assert "agreement" not in found
    assert [m.text for m, role in found["signed"].actors if role == "initiator"] == ["Chile", "Peru"]


def test_a_country_where_something_happens_is_no_actor_of_it():
    text = "In response to protests in Poland, Chile condemned Peru near Bolivia."
    def country(name, nth=0):
        return [mention(text, name, f"loc/{name.lower()}", "location", "gazetteer.country", True, nth),
                mention(text, name, f"actor/{name.lower()}", "actor", "gazetteer.country", True, nth)]
    mentions = [*country("Poland"), *country("Chile"), *country("Peru"), *country("Bolivia")]
    protests, condemned = events_of(text, mentions)
    assert [(m.text, role) for m, role in condemned.actors] == [("Chile", "initiator"), ("Peru", "target")]
    assert ("Poland", "occurred_in") in [(m.text, role) for m, role in protests.locations]
    assert protests.actors == []  # the place stays a place; Chile and Peru are the condemnation's


def test_a_preposition_before_a_comma_does_not_place_what_follows_it_unless_in_apposition():
    text = ("After protests in Poland, Chile condemned Peru. Kral met Ruiz in Lima, Peru, on Monday. "
            "Troops massed in the capital, Quito.")
    def place(name, kind="gazetteer.country", nth=0):
        return mention(text, name, f"loc/{name.lower()}", "location", kind, kind == "gazetteer.country", nth)
    def state(name, nth=0):
        return mention(text, name, f"actor/{name.lower()}", "actor", "gazetteer.country", True, nth)
    mentions = [place("Poland"), state("Poland"), place("Chile"), state("Chile"), place("Peru"), state("Peru"),
                place("Lima", "gazetteer.city"), place("Peru", nth=1), state("Peru", nth=1),
                place("Quito", "gazetteer.city")]
    quito = mentions[-1]
    mentions.append(Mention(quito.start, quito.end, "Quito", "actor/ecuador-government", "actor",
                            "organizations.capital_as_government", True, seat=True))
    protests, condemned, met, massed = events_of(text, mentions)
    assert [(m.text, role) for m, role in protests.locations] == [("Poland", "occurred_in")]  # Chile is no setting
    assert condemned.locations == []  # the fronted phrase's place is the protests', not the condemnation's
    assert [(m.text, role) for m, role in met.locations] == [("Lima", "occurred_in"), ("Peru", "occurred_in")]
    assert [m.text for m, _ in met.actors] == []  # Peru, in apposition to Lima, is no party
    assert [(m.text, role) for m, role in massed.locations] == [("Quito", "occurred_in")]
    assert massed.actors == []  # the capital is a place here, not its government acting


def test_a_place_after_a_later_trigger_is_that_triggers_unless_it_sets_circumstances_or_is_acted_on():
    text = ("Ruiz will travel to Lima for talks in Quito. Police arrested 12 people during protests in Cusco. "
            "Chile hosted talks in Arica.")
    mentions = [mention(text, city, f"loc/{city.lower()}", "location", "gazetteer.city")
                for city in ("Lima", "Quito", "Cusco", "Arica")]
    places = [(e.trigger.text, [m.text for m, _ in e.locations]) for e in events_of(text, mentions)]
    assert places[0] == ("travel", ["Lima"])  # the talks are in Quito, the trip goes to Lima
    assert places[2:] == [("arrested", ["Cusco"]), ("protests", ["Cusco"]),  # "during protests": there too
                          ("hosted", ["Arica"]), ("talks", ["Arica"])]  # "hosted talks": what the host acts on


def test_an_organization_standing_for_its_building_is_no_party_to_the_event():
    text = "Farmers protested outside the Bundestag. Troops were deployed at NATO’s request. Kral met the OSCE."
    mentions = [mention(text, "Farmers", "actor/farmers", rule="organizations.group_pattern"),
                mention(text, "Bundestag", "actor/bundestag", rule="organizations.lexicon"),
                mention(text, "NATO", "actor/nato", rule="organizations.lexicon"),
                mention(text, "OSCE", "actor/osce", rule="organizations.lexicon")]
    assert [[m.text for m, _ in e.actors] for e in events_of(text, mentions)] == [
        ["Farmers"], [], ["OSCE"]]  # who asks for it takes no part, as "at the request of NATO"


def test_what_a_trigger_is_directed_at_comes_before_the_next_trigger_of_another_type():
    text = ("Berg announced the drills and accused Chile. Ruiz was threatened by the deployment of Kral. "
            "Berg will travel to Lima for talks with Kral. Ruiz signed an agreement with Duda.")
    mentions = [mention(text, "Berg", "actor/berg"), mention(text, "Chile", "actor/chile", rule="gazetteer.country",
                                                              country=True),
                mention(text, "Ruiz", "actor/ruiz"), mention(text, "Kral", "actor/kral"),
                mention(text, "Berg", "actor/berg", nth=1), mention(text, "Kral", "actor/kral", nth=1),
                mention(text, "Ruiz", "actor/ruiz", nth=1), mention(text, "Duda", "actor/duda")]
    targets = {e.trigger.text: [m.text for m, role in e.actors if role in ("target", "participant")]
               for e in events_of(text, mentions)}
    assert targets["announced"] == [] and targets["accused"] == ["Chile"]
    assert targets["threatened by"] == ["Kral"]  # the deployment is Kral's: "of" keeps him
    assert targets["travel"] == [] and targets["talks"] == ["Berg", "Kral"]  # the talks' participants
    assert targets["signed"] == ["Duda"]  # the agreement it signs is the same event said twice


def test_an_actor_an_earlier_noun_is_of_initiates_no_later_trigger_unless_it_is_its_subject():
    text = ("The arrival of Kenyan troops in Lima came before Peru and Ruiz urged talks. "
            "After the invasion of Bolivia Chile was sanctioned.")
    def state(name):
        return mention(text, name, f"actor/{name.lower()}", rule="gazetteer.country", country=True)
    mentions = [mention(text, "Kenyan troops", "actor/kenya-armed-forces", rule="organizations.state_pattern"),
                state("Peru"), mention(text, "Ruiz", "actor/ruiz"), state("Bolivia"), state("Chile")]
    initiators = [(e.trigger.text, [m.text for m, role in e.actors if role == "initiator"])
                  for e in events_of(text, mentions)]
    # Chile, right before "was sanctioned", is its subject, in the passive voice: its target
    assert initiators == [("arrival", []), ("urged talks", ["Peru", "Ruiz"]),  # the troops arrive, no more
                          ("invasion", []), ("sanctioned", [])]
    assert ("Chile", "target") in [(m.text, role) for m, role in events_of(text, mentions)[-1].actors]


def test_a_country_an_event_is_directed_at_is_a_party_not_a_place():
    text = "Chile accused Peru and Bolivia of meddling. Chile hosted talks on Peru. Chile deployed troops to Peru."
    def country(name, nth=0):
        return [mention(text, name, f"loc/{name.lower()}", "location", "gazetteer.country", True, nth),
                mention(text, name, f"actor/{name.lower()}", "actor", "gazetteer.country", True, nth)]
    mentions = [*country("Chile"), *country("Peru"), *country("Bolivia"), *country("Chile", 1),
                *country("Peru", 1), *country("Chile", 2), *country("Peru", 2)]
    accused, talks, sent = (next(e for e in events_of(text, mentions) if e.trigger.text == word)
                            for word in ("accused", "talks", "deployed"))
    assert [(m.text, role) for m, role in accused.actors] == [("Chile", "initiator"), ("Peru", "target"),
                                                               ("Bolivia", "target")]
    assert accused.locations == []  # accused states, no places
    assert [(m.text, role) for m, role in talks.locations] == [("Peru", "subject")]  # "talks on": the topic
    assert [(m.text, role) for m, role in sent.locations] == [("Peru", "destination")]  # "to": still a place


def test_who_is_told_is_not_the_speaker():
    text = "The council will meet next week, diplomats told Reuters. The vote failed, said Reuters."
    mentions = [mention(text, "Reuters", "actor/reuters", rule="organizations.lexicon"),
                mention(text, "Reuters", "actor/reuters", rule="organizations.lexicon", nth=1)]
    told, said = events_of(text, mentions)
    assert told.attribution[2] == "told" and told.speaker is None  # nobody named speaks: the agency is told
    assert said.speaker is not None and said.speaker.start == mentions[1].start  # "..., said Reuters" speaks
    assert told.actors == []  # nor a party to the meeting


def test_who_is_told_is_a_party_only_to_the_statement_of_telling():
    text = "Ruiz told Reuters. Officials told the BBC that Chile attacked Peru."
    mentions = [mention(text, "Reuters", "actor/reuters", rule="organizations.lexicon"),
                mention(text, "BBC", "actor/bbc", rule="organizations.lexicon"),
                mention(text, "Chile", "actor/chile", rule="gazetteer.country", country=True),
                mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True)]
    statement, attack = events_of(text, mentions)
    assert [(m.text, role) for m, role in statement.actors] == [("Reuters", "target")]
    assert [(m.text, role) for m, role in attack.actors] == [("Chile", "initiator"), ("Peru", "target")]


def test_states_is_no_reporting_word():
    (appeal,) = events_of("The Baltic states called for talks.", [])
    assert appeal.attribution is None and appeal.speaker is None


def test_a_relative_clause_after_the_trigger_says_nothing_of_its_event():
    text = "Ruiz held talks with Kral, who has not ruled out sending tanks to Lima, in Quito."
    mentions = [mention(text, "Ruiz", "actor/ruiz"), mention(text, "Kral", "actor/kral"),
                mention(text, "Lima", "loc/lima", "location", "gazetteer.city"),
                mention(text, "Quito", "loc/quito", "location", "gazetteer.city")]
    talks = events_of(text, mentions)[0]
    assert [(m.text, role) for m, role in talks.actors] == [("Ruiz", "participant"), ("Kral", "participant")]
    assert [m.text for m, _ in talks.locations] == ["Quito"]  # the clause ends at its comma


def test_a_time_phrase_in_a_later_coordinated_clause_with_a_trigger_dates_that_clause_only():
    text = ("Chile wants talks, and Peru will meet Bolivia next week. "
            "Ruiz will meet Chile, Peru, and Kral next week.")
    weeks = every(text, "next week", dt.date(2023, 5, 15), dt.date(2023, 5, 21), "week")
    dated = [(e.trigger.text, e.date is not None) for e in events_of(text, [], weeks)]
    assert dated == [("talks", False), ("meet", True),
                     ("meet", True)]  # a list, no clause: the week is the meeting's


def test_the_quantity_of_an_event_is_the_nearest_that_counts_something():
    text = "Two people were killed and at least 12 wounded."
    from newsevents.rules.quantities import find_quantities
    (killed,) = find_events(text, sentences_of(text), [], [], find_quantities(text), PUBLISHED)
    assert [q.text for q in killed.quantities] == ["Two people"]


def test_a_place_after_port_of_takes_the_role_of_the_phrase():
    text = "Troops attacked in the Black Sea port of Odesa."
    mentions = [mention(text, "Odesa", "loc/odesa", "location", "gazetteer.city")]
    assert [(m.text, role) for m, role in events_of(text, mentions)[0].locations] == [("Odesa", "occurred_in")]


def test_a_later_clause_with_a_trigger_of_its_own_keeps_its_parties_and_places():
    text = "Airstrikes killed 30 people in the southern Gaza Strip, as Israeli troops pressed an offensive against Hamas."
    mentions = [mention(text, "Gaza Strip", "loc/gaza-strip", "location", "gazetteer.curated_region"),
                mention(text, "Israeli troops", "actor/israel-armed-forces", rule="organizations.state_pattern"),
                mention(text, "Hamas", "actor/hamas", rule="organizations.lexicon")]
    killed = next(e for e in events_of(text, mentions) if e.trigger.text == "Airstrikes")  # one, with its dead
    assert killed.actors == []  # the troops and Hamas are the offensive's
    assert [(m.text, role) for m, role in killed.locations] == [("Gaza Strip", "occurred_in")]  # "southern" skipped
    assert "marched" in [e.trigger.text for e in events_of("Thousands of protesters marched in London.", [])]


def test_a_capitalised_trigger_glued_to_other_capitals_is_part_of_a_name_except_in_a_headline():
    text = ("Marine Le Pen, whose National Rally party won, welcomed it. Protests spread. "
            "Russia Launches Attack on Kyiv as Talks Stall")
    assert [e.trigger.text for e in events_of(text + ".", [])] == ["welcomed", "Protests", "Launches", "Talks"]


def test_places_in_one_list_share_their_role():
    text = "Thousands protested in Paris and Lyon. Fighting went on in Raqqa, Hama and Homs. In Poland, Chile protested."
    mentions = [mention(text, city, f"loc/{city.lower()}", "location", "gazetteer.city")
                for city in ("Paris", "Lyon", "Raqqa", "Hama", "Homs", "Poland", "Chile")]
    roles = [[(m.text, role) for m, role in e.locations] for e in events_of(text, mentions)]
    assert roles[0] == [("Paris", "occurred_in"), ("Lyon", "occurred_in")]
    assert roles[1] == [("Raqqa", "occurred_in"), ("Hama", "occurred_in"), ("Homs", "occurred_in")]
    assert ("Chile", "occurred_in") not in roles[2]  # "In Poland, Chile protested": no list


def test_a_time_phrase_after_a_fronted_phrase_dates_the_main_clause_only():
    text = "In response to protests in Lima, Chile annexed Arica in 2014. On Monday, Chile attacked Peru."
    years = every(text, "in 2014", dt.date(2014, 1, 1), dt.date(2014, 12, 31), "year")
    mondays = every(text, "On Monday", dt.date(2023, 5, 8), dt.date(2023, 5, 8), "day")
    dated = [(e.trigger.text, e.date is not None) for e in events_of(text, [], years + mondays)]
    assert dated == [("protests", False), ("annexed", True), ("attacked", True)]  # a date before it still counts


def test_every_trigger_names_an_event_type_of_the_codelist():
    from newsevents_schema import codelist

    from newsevents.rules.events import lexicon

    assert set(lexicon().type_of.values()) <= set(codelist("event_type").rows)


def test_appeals_violence_and_protest_in_everyday_wording():
    text = ("China called for a ceasefire. A car bomb killed six people in the capital. Thousands rallied against "
            "the law. Troops came under fire near the border. The two ministers discussed trade by phone call.")
    kinds = [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])]
    assert kinds == [("called for", "appeal"), ("ceasefire", "declare_ceasefire"),
                     ("killed", "assault"),  # "A car bomb killed": one assault, named by its verb
                     ("rallied", "protest"), ("came under fire", "armed_conflict"), ("discussed", "meet"),
                     ("phone call", "meet")]
    threats = "Minsk threatened to cut gas supplies. Moscow threatened to invade. Oslo threatened to attack."
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of(threats, [])] == [
        ("threatened to", "threaten"), ("threatened to invade", "threaten_force"),
        ("threatened to attack", "threaten_force")]


def test_expulsions_and_broken_ties_reduce_relations():
    text = ("Poland expelled 45 diplomats. Kenya recalled its ambassador from Mogadishu. Peru severed diplomatic "
            "ties with Caracas. The expulsion angered Moscow.")
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])] == [
        ("expelled", "reduce_relations"), ("recalled its ambassador", "reduce_relations"),
        ("severed diplomatic ties", "reduce_relations"), ("expulsion", "reduce_relations")]


def test_exercises_several_states_hold_are_military_cooperation():
    text = "Chile and Peru held exercises. Chile held exercises. Chile and its navy held drills."
    def state(name, nth=0):
        return mention(text, name, f"actor/{name.lower()}", rule="gazetteer.country", country=True, nth=nth)
    mentions = [state("Chile"), state("Peru"), state("Chile", 1), state("Chile", 2),
                mention(text, "its navy", "actor/chile-navy", rule="organizations.back_reference")]
    assert [(e.trigger.event_type, e.rule) for e in events_of(text, mentions)] == [
        ("cooperate_militarily", "events.joint_forces"), ("military_exercise", "events.trigger"),
        ("military_exercise", "events.trigger")]  # one state's forces


def test_a_noun_referring_back_to_an_event_named_before_is_no_new_event():
    text = ("Chile held exercises. These exercises take place in two stages. This visit surprised Peru. "
            "Ruiz praised these exercises and the visit.")
    assert [e.trigger.text for e in events_of(text, [])] == ["exercises", "visit", "praised", "visit"]
    # "This visit" names no visit named before; "these exercises" do, twice


def test_verbs_that_name_an_event_only_with_their_object():
    text = ("The army launched 35 armed drones at rebel positions. Air defences shot down two cruise missiles. "
            "Rebels freed four Israeli hostages and released 20 prisoners. Gunmen fired mortar rounds at the base.")
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])] == [
        ("launched", "armed_conflict"), ("shot down", "armed_conflict"), ("freed", "release_persons"),
        ("released", "release_persons"), ("fired", "armed_conflict")]
    far = ("The US will withdraw up to 1,100 American troops. Ukraine launched up to 1,000 long-range attack drones. "
           "Egypt sent 40 trucks of humanitarian aid.")
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of(far, [])] == [
        ("withdraw", "withdraw_forces"), ("launched", "armed_conflict"), ("sent", "provide_humanitarian_aid")]


def test_strikes_on_targets_and_rejections():
    text = ("Jets struck nuclear sites near Natanz. A drone hit an army base. The council rejected the plan. "
            "Moscow refused to withdraw. The president vetoed the bill. Kyiv rejected claims of a massacre.")
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])] == [
        ("struck", "armed_conflict"), ("hit", "armed_conflict"), ("rejected", "reject"), ("refused to", "reject"),
        ("vetoed", "reject"), ("massacre", "assault")]  # the massacre is denied
    others = "The parties struck a deal. Farmers were hit by sanctions. An earthquake struck the region."
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of(others, [])] == [
        ("struck a deal", "sign_agreement"), ("sanctions", "impose_sanctions")]


def test_withdrawals_mediation_inquiries_and_curfews():
    text = ("Russia withdrew its troops from Kherson. Rebels retreated from Goma. Qatar offered to mediate. "
            "The UN opened an investigation. The army imposed a curfew. The junta seized power in July.")
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])] == [
        ("withdrew", "withdraw_forces"), ("retreated", "withdraw_forces"), ("mediate", "mediate"),
        ("investigation", "investigate"), ("curfew", "impose_restrictions"), ("seized power", "seize_power")]


def test_a_place_a_visit_names_as_its_object_is_its_destination():
    text = "Ruiz will visit Shanghai. Police cracked down on students in Lahore."
    mentions = [mention(text, "Ruiz", "actor/ruiz"), mention(text, "Shanghai", "loc/shanghai", "location", "gazetteer.city"),
                mention(text, "Lahore", "loc/lahore", "location", "gazetteer.city")]
    visit, crackdown = events_of(text, mentions)
    assert [(m.text, role) for m, role in visit.locations] == [("Shanghai", "destination")]
    assert (crackdown.trigger.text, crackdown.trigger.event_type) == ("cracked down", "repress")


def test_elections_verdicts_and_deportations():
    text = ("Voters in Senegal will elect a new president. A court sentenced the journalist to 16 years. "
            "Tunisia deported 300 migrants. The referendum was postponed.")
    found = events_of(text, [])
    assert [(e.trigger.text, e.trigger.event_type) for e in found] == [
        ("will elect", "hold_election"), ("sentenced", "find_guilty"), ("deported", "deport"),
        ("referendum", "hold_election")]
    assert found[0].status == "planned"


def test_the_same_verbs_with_other_objects_name_no_event():
    text = ("The ministry launched a website about drones. Police released details about the prisoners. "
            "A fire destroyed the market. Voters want free speech. "
            "Moscow launched a campaign to recruit drone pilots. Tehran fired missile defence systems.")
    assert events_of(text, []) == []
    # fired, an official: a dismissal, no shooting
    assert [e.trigger.event_type for e in events_of("Rebels fired their commander.", [])] == ["dismiss"]


def test_ceasefires_and_prisoner_exchanges():
    text = "Both sides agreed a truce on Sunday. The prisoner swap took place in Doha. Two hostages were freed."
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])] == [
        ("truce", "declare_ceasefire"), ("prisoner swap", "release_persons"), ("were freed", "release_persons")]
    (appeal, ceasefire) = events_of("China called for a ceasefire.", [])
    assert (appeal.status, ceasefire.trigger.event_type, ceasefire.status) == ("occurred", "declare_ceasefire", "proposed")


def test_a_clause_opened_by_where_has_its_own_subject_and_status():
    text = "Minister Ana Ruiz will meet Duda in Warsaw, where farmers protested."
    mentions = [mention(text, "Ana Ruiz", "actor/ana-ruiz"), mention(text, "Duda", "actor/duda"),
                mention(text, "Warsaw", "loc/warsaw", "location", "gazetteer.city"),
                mention(text, "farmers", "actor/farmers", rule="organizations.group")]
    meet, protest = events_of(text, mentions)
    assert (meet.status, protest.status) == ("planned", "occurred")
    assert [(m.entity_id, role) for m, role in protest.actors] == [("actor/farmers", "initiator")]


def test_a_clause_set_days_before_has_its_own_subject_and_date():
    text = ("Police arrested activists on Monday, days after the opposition called for protests. "
            "Rights groups said on Monday, a week before talks began.")
    mentions = [mention(text, "Police", "actor/police", rule="organizations.group"),
                mention(text, "activists", "actor/activists", rule="organizations.group"),
                mention(text, "Rights groups", "actor/rights-groups", rule="organizations.group")]
    monday = every(text, "on Monday", dt.date(2023, 5, 8), dt.date(2023, 5, 8), "day")
    arrested, called, protests, talks = events_of(text, mentions, monday)
    assert arrested.date is not None and [role for _, role in arrested.actors] == ["initiator", "target"]
    assert (called.date, protests.date, talks.date) == (None, None, None)
    assert not [m for m, role in called.actors if role == "initiator"]


def test_that_after_a_verb_of_saying_is_no_back_reference():
    text = ("Police arrested 30 people. Officials warned that arrests would continue. That arrest angered Kenya. "
            "Kenya said, that talks would resume, and that protests were over.")
    assert [e.trigger.text for e in events_of(text, [])] == ["arrested", "arrests", "talks", "protests"]


def test_a_relative_clause_dates_only_its_own_triggers():
    text = "General Tiani, who seized Goma in July, met Yevkurov in Niamey this week."
    july = every(text, "in July", dt.date(2022, 7, 1), dt.date(2022, 7, 31), "month")
    week = every(text, "this week", dt.date(2023, 5, 8), dt.date(2023, 5, 14), "week")
    seized, met = events_of(text, [], [*july, *week])
    assert (seized.date.text, met.date.text) == ("in July", "this week")


def test_coordinated_clauses_keep_their_own_places_and_quantities():
    text = "Jets struck sites near Natanz, and Iran launched 35 drones at Haifa."
    mentions = [mention(text, "Natanz", "loc/natanz", "location", "gazetteer.city"),
                mention(text, "Haifa", "loc/haifa", "location", "gazetteer.city")]
    start = text.index("35 drones")
    drones = Quantity(start, start + 9, "35 drones", "35", 35, 35, 35, False, "drones", "drones", start + 3,
                      start + 9, "quantity.digits")
    struck, launched = find_events(text, sentences_of(text), mentions, [], [drones], PUBLISHED)
    assert (struck.quantities, [q.text for q in launched.quantities]) == ([], ["35 drones"])
    assert [m.text for m, _ in struck.locations] == ["Natanz"]
    assert [m.text for m, _ in launched.locations] == ["Haifa"]


def test_a_capital_marched_through_is_a_place_and_police_dispersing_a_crowd_is_repression():
    text = "Thousands marched through central Tbilisi. Police fired tear gas and dispersed the crowd."
    tbilisi = [mention(text, "Tbilisi", "loc/tbilisi", "location", "gazetteer.city"),
               Mention(text.index("Tbilisi"), text.index("Tbilisi") + 7, "Tbilisi", "actor/georgia-government", "actor",
                       "organizations.seat", True, seat=True)]
    marched, gas = events_of(text, tbilisi)  # tear gas fired and a crowd dispersed: one act of repression
    assert marched.actors == [] and [(m.text, role) for m, role in marched.locations] == [("Tbilisi", "occurred_in")]
    assert (gas.trigger.text, gas.trigger.event_type) == ("tear gas", "repress")


def test_a_deadline_is_no_duration():
    text = "Ruiz said the law would pass by the end of the year."
    start = text.index("by the end")
    deadline = TimeExpression(start, start + 22, "by the end of the year", None, dt.date(2023, 12, 31), "month",
                              "temporal.until", True)
    (said,) = events_of(text, [mention(text, "Ruiz", "actor/ruiz")], [deadline])
    assert said.status == "occurred"


def test_a_reporting_word_does_not_speak_for_a_later_clause_with_its_own_subject():
    text = ("Ruiz warned that Peru could suspend talks, and Chile imposed sanctions. "
            "Ruiz said that Peru had signed the treaty, and that Chile rejected it. "
            "Peru signed the treaty, and Chile rejected it, Ruiz said.")
    mentions = [mention(text, "Ruiz", "actor/ruiz", nth=n) for n in range(3)]
    found = events_of(text, mentions)
    attributed = [(e.trigger.text, e.attribution is not None) for e in found]
    assert attributed == [("suspend", True), ("imposed sanctions", False), ("signed", True),
                          ("rejected", True), ("signed", True), ("rejected", True)]


def test_a_noun_trigger_set_in_a_place_of_its_own_takes_no_earlier_place():
    text = "Minister Ana Ruiz will travel to Lima for talks in Quito. Troops arrived in Warsaw before the summit in Vilnius."
    mentions = [mention(text, "Ana Ruiz", "actor/ana-ruiz"),
                *(mention(text, city, f"loc/{city.lower()}", "location", "gazetteer.city")
                  for city in ("Lima", "Quito", "Warsaw", "Vilnius"))]
    travel, talks, arrived, summit = events_of(text, mentions)
    assert [m.text for m, _ in travel.locations] == ["Lima"]
    assert [(m.text, role) for m, role in talks.locations] == [("Quito", "occurred_in")]
    assert [m.text for m, _ in summit.locations] == ["Vilnius"]


def test_a_place_after_a_state_of_affairs_is_what_the_event_is_about():
    text = "Ruiz met Duda in Madrid to discuss the crisis in France. Troops arrived to support talks on tensions in Europe."
    mentions = [mention(text, "Ruiz", "actor/ruiz"), mention(text, "Duda", "actor/duda"),
                mention(text, "Madrid", "loc/madrid", "location", "gazetteer.city"),
                mention(text, "France", "loc/france", "location", "gazetteer.country", country=True),
                mention(text, "Europe", "loc/europe", "location", "gazetteer.continent")]
    met, arrived, support, talks = events_of(text, mentions)  # "to discuss" says what the meeting is for
    assert [(m.text, role) for m, role in met.locations] == [("Madrid", "occurred_in"), ("France", "subject")]
    assert arrived.locations == []  # the tensions are the talks' subject, not the arrival's
    assert [(m.text, role) for m, role in talks.locations] == [("Europe", "subject")]


def test_an_invitation_is_about_what_the_talks_it_invites_to_are_about():
    text = "Stoltenberg invited Russia to further talks on Ukraine. Chile invited Peru to take part in talks."
    mentions = [mention(text, "Stoltenberg", "actor/stoltenberg"),
                mention(text, "Russia", "actor/russia", rule="gazetteer.country", country=True),
                mention(text, "Ukraine", "actor/ukraine", rule="gazetteer.country", country=True),
                mention(text, "Ukraine", "loc/ukraine", "location", "gazetteer.country", country=True)]
    # the talks invited to are the invitation's object, no event of their own; Ukraine is what they are
    # about, no party to them; talks one takes part in are an event of their own
    invited, invited_again, talks = events_of(text, mentions)
    assert [(m.text, role) for m, role in invited.locations] == [("Ukraine", "subject")]
    assert [(m.text, role) for m, role in invited.actors] == [("Stoltenberg", "initiator"), ("Russia", "target")]
    assert (invited_again.trigger.text, talks.trigger.text) == ("invited", "talks")


def test_what_is_feared_or_risked_is_no_event():
    text = ("NATO deployed troops amid fears of a Russian invasion. The risk of a new war grew. "
            "The prospect of talks faded. The invasion began on Thursday.")
    assert [e.trigger.text for e in events_of(text, [])] == ["deployed", "invasion"]


def test_an_event_named_again_after_a_preposition_is_no_new_event():
    text = ("Belarus announced exercises near its border. Soldiers arrived to prepare for the exercises. "
            "Ruiz will travel to Lima for the talks. Tanks were sent for the exercises in Brest.")
    assert [e.trigger.text for e in events_of(text, [])] == [
        "announced", "exercises", "arrived", "travel", "talks", "exercises"]  # Brest: exercises of their own


def test_a_sentence_saying_what_an_earlier_event_is_names_no_new_one():
    text = "Belarus began exercises on Monday. These are “improvised” maneuvers. It was a show of force. This is war."
    assert [e.trigger.text for e in events_of(text, [])] == ["exercises", "war"]  # no war was named before


def test_who_a_criticism_comes_from_makes_it_and_speaking_with_is_meeting():
    text = "Vance spoke in Munich, drawing criticism from Defence Minister Pistorius. Trump spoke with Putin."
    mentions = [mention(text, "Vance", "actor/vance"), mention(text, "Pistorius", "actor/pistorius"),
                mention(text, "Trump", "actor/trump"), mention(text, "Putin", "actor/putin")]
    criticism, spoke = events_of(text, mentions)
    assert ("actor/pistorius", "initiator") in {(m.entity_id, role) for m, role in criticism.actors}
    assert (spoke.trigger.text, spoke.trigger.event_type) == ("spoke with", "meet")
    assert [(m.entity_id, role) for m, role in spoke.actors] == [("actor/trump", "participant"),
                                                                 ("actor/putin", "participant")]


def test_its_forces_after_a_state_s_reporting_word_are_that_state_acting():
    text = "Israel said its jets struck a depot. Kenya said its position was clear."
    mentions = [mention(text, "Israel", "actor/israel", rule="gazetteer.country", country=True),
                mention(text, "Kenya", "actor/kenya", rule="gazetteer.country", country=True)]
    (struck, said) = events_of(text, mentions)
    assert [(m.text, m.entity_id, role) for m, role in struck.actors] == [
        ("Israel", "actor/israel", "source"), ("its", "actor/israel", "initiator")]
    assert [role for _, role in said.actors] == ["source"]  # a position is no force


def test_arrivals_of_troops_are_deployments_not_visits():
    text = "Hundreds of soldiers arrived in the border town."
    (event,) = events_of(text, [])
    assert event.trigger.event_type == "mobilize_forces"


def test_a_negation_right_before_a_trigger_makes_it_negated_and_wins_over_other_cues():
    text = ("Chile did not attack the convoy. Peru has not yet signed the agreement. Officials said no one was "
            "arrested. There were no talks in Lima. Ruiz will not travel to Quito. Ruiz didn’t meet Duda. "
            "The sides failed to reach an agreement.")
    statuses = statuses_of(text)
    assert statuses == [("attack", "negated"), ("signed", "negated"),  # "signed the agreement": one event
                        ("arrested", "negated"), ("talks", "negated"),
                        ("travel", "negated"),  # nearer than "will"
                        ("meet", "negated"), ("agreement", "negated")]
    assert {e.status_rule for e in events_of(text, []) if e.status == "negated"} == {"events.status_negated"}


def test_a_negation_elsewhere_in_the_clause_or_not_only_leaves_the_event_affirmed():
    text = ("It was not known how many soldiers attacked the base. Russia not only attacked the city but also "
            "shelled the port. The army did not discuss the election.")
    statuses = statuses_of(text)
    assert statuses == [("attacked", "occurred"), ("attacked", "occurred"), ("shelled", "occurred"),
                        ("discuss", "negated"), ("election", "occurred")]  # the election it did not discuss took place


def test_a_trigger_that_is_also_a_noun_counts_only_as_a_verb():
    text = "Chile will host the summit. Peru faces a host of problems. Kenya agreed to host talks. The host met Ruiz."
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])] == [
        ("host", "host_visit"), ("summit", "meet"), ("host", "host_visit"), ("talks", "negotiate"),
        ("met", "meet")]


def test_dates_after_publication_make_an_event_planned():
    text = "The summit opens in Rome on June 2."
    when = TimeExpression(text.index("on June 2"), len(text) - 1, "on June 2", dt.date(2023, 6, 2), dt.date(2023, 6, 2),
                          "day", "temporal.month_day", True)
    (event,) = events_of(text, [mention(text, "Rome", "loc/rome", "location", "gazetteer.city")], [when])
    assert event.status == "planned" and event.date is when
    assert [role for _, role in event.locations] == ["occurred_in"]


def test_the_verb_right_after_a_noun_trigger_sets_its_status():
    text = ("The announcement should be made soon. The talks are taking place in Doha. The summit in Rome ended. "
            "Officials will decide whether the sanctions remain.")
    statuses = [(e.trigger.text, e.status, e.status_rule) for e in events_of(text, [])]
    assert statuses == [("announcement", "planned", "events.status_cue_after_planned"),
                        ("talks", "ongoing", "events.status_cue_after_ongoing"),
                        ("summit", "occurred", "events.status_default"),
                        # a cue before the trigger wins: whether they remain is still to be decided
                        ("sanctions", "unknown", "events.status_cue_unknown")]


def test_a_status_cue_does_not_reach_past_a_reporting_word():
    text = ("Moscow denies any plans and declares itself threatened by the alliance. Officials will say the "
            "sanctions remain. The rebels claimed they attacked a convoy.")
    statuses = statuses_of(text)
    assert statuses == [("denies", "occurred"),
                        ("threatened by", "ongoing"),  # not denied: "declares" opens its own predicate
                        ("sanctions", "ongoing"),  # "remain" after it, not the "will" of the saying
                        ("attacked", "claimed")]  # a reporting word that is a claim cue still is one


def test_forces_a_state_has_deployed_are_still_deployed():
    text = "Chile has massed troops on the border. Peru deployed tanks. Chile has signed the deal. Peru has deployment plans."
    statuses = [(e.trigger.text, e.status, e.status_rule) for e in events_of(text, [])]
    assert statuses == [("massed", "ongoing", "events.status_standing_deployment"),
                        ("deployed", "occurred", "events.status_default"),
                        ("signed", "occurred", "events.status_default"),  # an agreement signed is not still going on
                        ("deployment", "planned", "events.status_plan_noun")]  # "has" as a verb of its own


def test_what_an_actor_is_accused_of_is_not_dated_by_the_accusation():
    text = "Peru on Monday accused Chile and Bolivia of sending troops. Peru on Monday sent troops."
    monday = every(text, "on Monday", dt.date(2023, 5, 8), dt.date(2023, 5, 8), "day")
    events = events_of(text, [], monday)
    assert [(e.trigger.text, e.date is not None) for e in events] == [
        ("accused", True), ("sending troops", False), ("sent troops", True)]


def test_a_position_an_actor_takes_of_itself_in_the_present_is_ongoing():
    text = ("Iran considers itself a victim of sanctions. Chile sees itself as threatened by Peru. "
            "Peru considered itself threatened by Chile.")
    statuses = [(e.trigger.text, e.status, e.status_rule) for e in events_of(text, [])]
    assert statuses == [("victim of", "ongoing", "events.status_standing_position"),
                        ("sanctions", "occurred", "events.status_default"),
                        ("threatened by", "ongoing", "events.status_standing_position"),
                        ("threatened by", "claimed", "events.status_cue_claimed")]  # the past is no standing


def test_a_time_phrase_after_a_later_noun_and_its_own_verb_dates_only_that_noun():
    text = "Peru announced the exercises held last week. Peru announced the exercises last week."
    weeks = every(text, "last week", dt.date(2023, 5, 1), dt.date(2023, 5, 7), "week")
    assert [(e.trigger.text, e.date is not None) for e in events_of(text, [], weeks)] == [
        ("announced", False), ("exercises", True),  # the exercises were held last week
        ("announced", True), ("exercises", True)]  # no verb of their own: the week dates both


def test_a_time_phrase_before_a_verb_that_speaks_about_an_event_dates_the_speaking_not_the_event():
    text = "Chile on Monday defended the new military exercises. Chile on Monday held exercises."
    mondays = every(text, "on Monday", dt.date(2023, 5, 8), dt.date(2023, 5, 8), "day")
    assert [(e.trigger.text, e.date is not None) for e in events_of(text, [], mondays)] == [
        ("exercises", False), ("exercises", True)]


def test_an_interval_open_until_a_day_still_to_come_is_ongoing():
    text = "Troops stay deployed until June 2. The protests lasted until May 2."
    def until(words, day):
        return TimeExpression(text.index(words), text.index(words) + len(words), words, None, day, "day",
                              "temporal.until", True)
    events = events_of(text, [], [until("until June 2", dt.date(2023, 6, 2)), until("until May 2", dt.date(2023, 5, 2))])
    # published 10 May: June 2 is still to come, May 2 is past
    assert [(e.trigger.text, e.status) for e in events] == [("deployed", "ongoing"), ("protests", "occurred")]
    assert events[0].status_rule == "events.status_open_until"


def test_the_nearest_time_phrase_dates_a_trigger_and_an_unresolved_one_leaves_it_undated():
    text = "On May 3 Chile invited Peru to take part in meetings in the near future."
    on_may_3 = TimeExpression(0, 8, "On May 3", dt.date(2023, 5, 3), dt.date(2023, 5, 3), "day",
                              "temporal.month_day", True)
    vague = TimeExpression(text.index("in the near"), len(text) - 1, "in the near future", None, None, "unknown",
                           "temporal.vague", False)
    invited, meetings = events_of(text, [], [on_may_3, vague])
    assert invited.date is on_may_3
    assert meetings.date is None  # not dated by "On May 3", which is farther away and belongs to the invitation


def test_words_inside_a_name_are_not_triggers():
    text = "The Peace Talks Institute published a report."
    institute = mention(text, "The Peace Talks Institute", "actor/peace-talks-institute", rule="organizations.lexicon")
    assert [e.trigger.text for e in events_of(text, [institute])] == []


def test_the_fold_covers_every_character_that_ignorecase_matches_with_an_ascii_letter():
    from newsevents.rules.events.lexicon import _folded

    everything = "".join(map(chr, range(0x80, 0x110000)))
    matching = {c for c in re.findall("[a-z]", everything, re.I)}
    assert {c: _folded(c) for c in matching} == {
        c: next(letter for letter in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(letter, c, re.I)) for c in matching}
    assert _folded("Talks İN ſTATES, K") == "talks in states, k"


def test_folded_patterns_match_where_the_case_insensitive_ones_do():
    from newsevents.rules.events.lexicon import _folded, lexicon

    lex = lexicon()
    assert lex.folded is not None
    text = ("The Ministry SAID: Troops Held  Talks\nwith Rebels; they ACCORDING to\tsources deploy. Pretalks, "
            "ſigned, AnnoUnced, will-leave for, heLD TALKS WITH, ıntend, Kelvin K, WAR GAMES, at war.")
    folded = _folded(text)
    for exact, fast in [(lex.triggers, lex.folded[0]), (lex.reporting, lex.folded[1]),
                        *((exact, fast) for (_, exact), (_, fast) in zip(lex.cues, lex.folded[2]))]:
        for start, end in [(0, len(text)), (4, 60), (13, len(text) - 3)]:
            assert [m.span() for m in exact.finditer(text, start, end)] == \
                   [m.span() for m in fast.finditer(folded, start, end)]


def test_the_longest_trigger_wins_as_in_a_longest_first_alternation():
    text = "The ministers held talks with Ana Ruiz in Lima."
    assert [e.trigger.text for e in events_of(text, [])] == ["held talks with"]


def test_the_speaker_after_according_to_may_carry_a_long_title():
    text = "The talks will resume next month, according to Venezuelan Foreign Minister Yvan Gil."
    (talks,) = events_of(text, [mention(text, "Yvan Gil", "actor/yvan-gil")])  # people mentions leave titles out
    assert [(m.entity_id, role) for m, role in talks.actors] == [("actor/yvan-gil", "source")]


def test_a_clause_after_a_bare_after_has_its_own_subject_date_and_quantities():
    text = ("Petro suspended talks on Friday after the rebel group attacked a base, killing seven soldiers. "
            "Ruiz arrived before the meeting on Monday. Iran fired missiles, days after Israel attacked Natanz, officials said.")
    mentions = [mention(text, "Petro", "actor/petro"), mention(text, "Ruiz", "actor/ruiz"),
                mention(text, "Iran", "actor/iran", rule="gazetteer.country", country=True),
                mention(text, "Israel", "actor/israel", rule="gazetteer.country", country=True),
                mention(text, "officials", "actor/officials", rule="organizations.group")]
    friday = every(text, "on Friday", dt.date(2023, 5, 5), dt.date(2023, 5, 5), "day")
    start = text.index("seven soldiers")
    soldiers = Quantity(start, start + 14, "seven soldiers", "seven", 7, 7, 7, False, "soldiers", "soldiers",
                        start + 6, start + 14, "quantity.words")
    talks, attacked, killing, arrived, meeting, fired, israel_attacked = find_events(
        text, sentences_of(text), mentions, friday, [soldiers], PUBLISHED)
    assert (talks.date.text, talks.quantities, [m.text for m, _ in talks.actors]) == ("on Friday", [], ["Petro"])
    assert (attacked.date, attacked.actors, [q.text for q in attacked.quantities]) == (None, [], ["seven soldiers"])
    assert [m.text for m, _ in arrived.actors] == ["Ruiz"] and [m.text for m, _ in meeting.actors] == ["Ruiz"]
    # the closing tag speaks for both clauses; Israel is no target of the missiles
    assert [(m.text, role) for m, role in fired.actors] == [("Iran", "initiator"), ("officials", "source")]
    assert ("officials", "source") in [(m.text, role) for m, role in israel_attacked.actors]


def test_a_clause_after_after_may_open_with_the_and_a_name():
    text = "The talks, mediated by Cuba, were suspended in February after the ELN attacked a base."
    mentions = [mention(text, "Cuba", "actor/cuba", rule="gazetteer.country", country=True),
                mention(text, "ELN", "actor/eln", rule="organizations.acronym")]
    attacked = next(e for e in events_of(text, mentions) if e.trigger.text == "attacked")
    assert [(m.text, role) for m, role in attacked.actors] == [("ELN", "initiator")]


def test_what_is_offered_is_proposed_and_its_rejection_occurred():
    text = "Kim has rejected offers of dialogue from Seoul. Oslo backed a proposal for talks. Israel rejected a truce offer."
    assert statuses_of(text) == [("rejected", "occurred"), ("dialogue", "proposed"), ("talks", "proposed"),
                                 ("rejected", "occurred"), ("truce", "proposed")]
    (rejected, dialogue) = events_of("Kim rejected offers of dialogue.", [mention("Kim rejected offers of dialogue.",
                                                                                  "Kim", "actor/kim")])[:2]
    assert [(m.text, role) for m, role in rejected.actors] == [("Kim", "initiator")]


def test_a_second_predicate_takes_its_objects_from_the_first():
    text = "Yoon condemned the launch and ordered the military to stay alert. Lee criticized Japan and armed groups."
    mentions = [mention(text, "Yoon", "actor/yoon"), mention(text, "military", "actor/military", rule="organizations.x"),
                mention(text, "Lee", "actor/lee"), mention(text, "Japan", "actor/japan", rule="gazetteer.country",
                                                           country=True),
                mention(text, "armed groups", "actor/armed-groups", rule="organizations.group_pattern")]
    condemned, criticized = events_of(text, mentions)
    assert [(m.text, role) for m, role in condemned.actors] == [("Yoon", "initiator")]
    # an adjective in -ed is no verb: both are criticized
    assert [(m.text, role) for m, role in criticized.actors] == [
        ("Lee", "initiator"), ("Japan", "target"), ("armed groups", "target")]


def test_a_second_clause_in_lower_case_keeps_its_subject_and_count():
    text = "The ministry said 43 people were detained and 32 police officers were injured."
    mentions = [mention(text, "ministry", "actor/ministry", rule="organizations.x"),
                mention(text, "police", "actor/police", rule="organizations.group_pattern")]
    counts = [Quantity(m.start(), m.start() + len(words), words, words.split()[0], int(words.split()[0]),
                       int(words.split()[0]), int(words.split()[0]), False, item, item, m.start() + 3,
                       m.start() + len(words), "quantity.digits")
              for words, item in (("43 people", "people"), ("32 police officers", "police officers"))
              for m in [re.search(words, text)]]
    detained, injured = find_events(text, sentences_of(text), mentions, [], counts, PUBLISHED)
    assert [(m.text, role) for m, role in detained.actors] == [("ministry", "source")]
    assert [q.text for q in detained.quantities] == ["43 people"]
    assert (injured.trigger.text, [q.text for q in injured.quantities]) == ("injured", ["32 police officers"])


def test_who_is_accused_of_a_deed_does_it_and_the_accuser_does_not():
    text = "Russia accused Poland of sending troops to Belarus. Russia accused Poland of helping Ukraine."
    mentions = [mention(text, "Russia", "actor/russia", rule="gazetteer.country", country=True, nth=n) for n in (0, 1)]
    mentions += [mention(text, "Poland", "actor/poland", rule="gazetteer.country", country=True, nth=n) for n in (0, 1)]
    mentions += [mention(text, "Belarus", "actor/belarus", rule="gazetteer.country", country=True),
                 mention(text, "Ukraine", "actor/ukraine", rule="gazetteer.country", country=True)]
    accused, sending, accused_again = events_of(text, mentions)
    assert [(m.text, role) for m, role in sending.actors if role == "initiator"] == [("Poland", "initiator")]
    assert [(m.text, role) for m, role in accused.actors] == [("Russia", "initiator"), ("Poland", "target")]
    # the one helped is no target of the accusation
    assert [(m.text, role) for m, role in accused_again.actors] == [("Russia", "initiator"), ("Poland", "target")]


def test_kidnappings_and_assassinations_in_every_form_are_assaults():
    text = "The group was accused of kidnapping a soldier. The assassinations of two judges shocked the country."
    assert [(e.trigger.text, e.trigger.event_type, e.status) for e in events_of(text, [])] == [
        ("accused", "accuse", "occurred"), ("kidnapping", "assault", "claimed"),
        ("assassinations", "assault", "occurred")]


def test_the_parties_named_after_between_both_take_part():
    text = "Fighting between the army and the RSF spread to Nyala on Wednesday."
    mentions = [mention(text, "army", "actor/army", rule="organizations.back_reference"),
                mention(text, "RSF", "actor/rsf", rule="organizations.acronym")]
    (fighting,) = events_of(text, mentions)
    assert [(m.text, role) for m, role in fighting.actors] == [("army", "initiator"), ("RSF", "initiator")]


def test_a_noun_after_in_or_by_is_the_means_of_the_event_before():
    text = "At least 20 civilians were killed in shelling. Rebels killed ten soldiers in an attack on a base."
    mentions = [mention(text, "civilians", "actor/civilians", rule="organizations.group_pattern"),
                mention(text, "Rebels", "actor/rebels", rule="organizations.group_pattern"),
                mention(text, "soldiers", "actor/soldiers", rule="organizations.group_pattern")]
    killed, shelling, killed_too, attack = events_of(text, mentions)
    assert shelling.actors == []  # who undergoes the killing does not shell
    assert [(m.text, role) for m, role in attack.actors if role == "initiator"] == [("Rebels", "initiator")]


def test_a_strike_on_a_building_is_an_attack():
    assert statuses_of("A suicide bomber struck a mosque. Drones hit a hospital in the city.") == [
        ("struck", "occurred"), ("hit", "occurred")]


def test_a_date_after_for_is_the_nearest_events_alone():
    text = "Parties made gains in elections on Sunday, prompting Macron to call a snap election for June 30."
    sunday = every(text, "on Sunday", dt.date(2023, 5, 7), dt.date(2023, 5, 7), "day")
    june = every(text, "June 30", dt.date(2023, 6, 30), dt.date(2023, 6, 30), "day")
    elections, snap = events_of(text, [], [*sunday, *june])
    assert (elections.date.text, elections.status) == ("on Sunday", "occurred")
    assert (snap.date.text, snap.status) == ("June 30", "planned")
    elections, snap = events_of(text.replace(" on Sunday", ""), [], every(text.replace(" on Sunday", ""), "June 30",
                                                                          dt.date(2023, 6, 30), dt.date(2023, 6, 30),
                                                                          "day"))
    assert (elections.date, elections.status) == (None, "occurred")


def test_who_is_made_to_act_does_it_and_who_makes_them_does_not():
    text = ("Far-right parties made gains in the European Parliament elections, prompting Macron to dissolve the "
            "assembly and call a snap election. Israel will send a team led by Barnea to talks in Doha.")
    mentions = [mention(text, "European Parliament", "actor/ep", rule="organizations.lexicon"),
                mention(text, "Macron", "actor/macron"), mention(text, "Israel", "actor/israel",
                                                                rule="gazetteer.country", country=True),
                mention(text, "Barnea", "actor/barnea")]
    elections, snap, talks = events_of(text, mentions)
    assert [(m.text, role) for m, role in snap.actors] == [("Macron", "initiator")]
    assert "Macron" not in [m.text for m, _ in elections.actors]  # what follows ", prompting" is his
    assert "Israel" in [m.text for m, _ in talks.actors]  # "led by" makes no one do anything


def test_what_something_is_called_is_no_event_and_its_own_subject_after_a_comma_acts_alone():
    text = "Sall postponed the election, a decision the opposition denounced as a constitutional coup."
    mentions = [mention(text, "Sall", "actor/sall"),
                mention(text, "opposition", "actor/opposition", rule="organizations.group_pattern")]
    events = events_of(text, mentions)
    assert [e.trigger.text for e in events] == ["election", "denounced"]  # no coup took place
    assert [(m.text, role) for m, role in events[1].actors] == [("opposition", "initiator")]
    text = "The United States, France and Britain urged restraint."
    mentions = [mention(text, name, f"actor/{name.lower()}", rule="gazetteer.country", country=True)
                for name in ("United States", "France", "Britain")]
    (urged,) = events_of(text, mentions)
    assert [role for _, role in urged.actors] == ["initiator"] * 3  # a list is one subject


def test_what_is_attempted_or_plotted_has_an_unknown_status_and_not_the_sentence_s_date():
    text = "A judge in Boston sentenced him on Tuesday for plotting to assassinate a dissident. Rebels tried to storm the base."
    tuesday = every(text, "on Tuesday", dt.date(2023, 5, 9), dt.date(2023, 5, 9), "day")
    places = [mention(text, "Boston", "loc/boston", "location", "gazetteer.city")]
    events = {e.trigger.text: e for e in events_of(text, places, tuesday)}
    assert [(e.status, e.status_rule) for e in (events["assassinate"], events["storm"])] == [
        ("unknown", "events.status_cue_unknown")] * 2
    assert (events["assassinate"].date, events["assassinate"].locations) == (None, [])
    assert events["sentenced"].date is not None


def test_a_place_the_sentence_opens_with_stands_for_every_clause_one_in_its_first_clause_does_not():
    text = ("In Kyiv, police detained ten people, and protesters rallied. "
            "Mediators from Egypt opened talks, as Israel and Hamas traded accusations.")
    places = [mention(text, "Kyiv", "loc/kyiv", "location", "gazetteer.city"),
              mention(text, "Egypt", "loc/egypt", "location", "gazetteer.country", True)]
    events = {e.trigger.text: e for e in events_of(text, places)}
    assert [m.text for m, _ in events["rallied"].locations] == ["Kyiv"]
    assert events["accusations"].locations == []


def test_a_clause_after_where_has_a_subject_of_its_own():
    text = "Kenya will deploy police to Haiti, where gangs have seized the capital."
    mentions = [mention(text, "Kenya", "actor/kenya", rule="gazetteer.country", country=True),
                mention(text, "Haiti", "actor/haiti", rule="gazetteer.country", country=True)]
    seized = next(e for e in events_of(text, mentions) if e.trigger.text.startswith("seized"))
    assert seized.actors == []


def test_the_subject_of_a_relative_clause_initiates_its_event_alone():
    text = "Police used tear gas to disperse protesters who gathered outside parliament."
    mentions = [mention(text, "Police", "actor/police", rule="organizations.group_pattern"),
                mention(text, "protesters", "actor/protesters", rule="organizations.group_pattern")]
    gathered = next(e for e in events_of(text, mentions) if e.trigger.text == "gathered")
    assert [(m.text, role) for m, role in gathered.actors] == [("protesters", "initiator")]


def test_negations_calls_and_agent_nouns():
    assert statuses_of("Georgia would not open accession negotiations with the bloc. Kyiv has not resumed talks.") == [
        ("negotiations", "negated"), ("talks", "negated")]
    assert ("elections", "proposed") in statuses_of("The assembly adopted a resolution calling for new elections.")
    # who mediates is no mediation
    assert statuses_of("Hamas said it would meet the mediators afterwards.") == [("meet", "planned")]


def test_a_statement_in_a_closing_tag_is_not_dated_by_what_it_says():
    text = ("“Talks have stalled since the war began in 2022,” the army said in a statement. "
            "Troops arrived in 2022, and Kenya says it has no plans in a statement.")
    years = every(text, "in 2022", dt.date(2022, 1, 1), dt.date(2022, 12, 31), "year")
    dated = [(e.trigger.text, e.date is not None) for e in events_of(text, [], years)]
    # ", and Kenya says it …" is a clause of its own, no closing tag: its statement keeps the year
    assert dated == [("Talks", False), ("war", True), ("statement", False), ("arrived in", True), ("statement", True)]


def test_a_sentence_saying_what_an_event_named_before_was_names_no_new_one():
    text = ("Rebels attacked a base on Friday. The attack was the deadliest in years. The rebel attack was one of many. "
            "The talks were a failure. The attack was condemned.")
    assert [e.trigger.text for e in events_of(text, [])] == ["attacked", "talks", "attack", "condemned"]


def test_halting_negotiations_is_an_event_of_its_own_and_resuming_them_is_negotiating():
    text = "Iran walked out of the nuclear talks. Kenya resumed talks. Petro suspended peace talks with the rebels."
    found = [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])]
    assert found == [("walked out of", "halt_negotiations"), ("talks", "negotiate"), ("suspended", "halt_negotiations")]


def test_what_follows_a_later_reporting_word_has_its_own_parties():
    text = "Ishiba condemned the launch and said Tokyo had lodged a protest with Pyongyang."
    mentions = [mention(text, "Ishiba", "actor/ishiba"),
                *(mention(text, city, f"actor/{city.lower()}", rule="organizations.capital_as_government")
                  for city in ("Tokyo", "Pyongyang"))]
    condemned, lodged = events_of(text, mentions)
    assert [(m.text, role) for m, role in condemned.actors] == [("Ishiba", "initiator")]  # Tokyo is no target
    assert (lodged.trigger.text, lodged.trigger.event_type) == ("lodged", "criticize")  # no street protest
    assert [(m.text, role) for m, role in lodged.actors] == [("Tokyo", "initiator"), ("Pyongyang", "target"),
                                                             ("Ishiba", "source")]  # he says it, as the subject


def test_a_name_right_after_a_reporting_word_speaks_only_where_the_tag_ends():
    text = "“We will meet,” said Chancellor Scholz — in Berlin. Talks failed, said Ruiz. Ruiz said Peru had signed it."
    mentions = [mention(text, "Scholz", "actor/scholz"), mention(text, "Ruiz", "actor/ruiz"),
                mention(text, "Ruiz", "actor/ruiz", nth=1),
                mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True)]
    meet, talks, signed = events_of(text, mentions)
    assert (meet.speaker.text, talks.speaker.text, signed.speaker.text) == ("Scholz", "Ruiz", "Ruiz")
    assert [(m.text, role) for m, role in signed.actors] == [("Ruiz", "source"), ("Peru", "initiator")]
    text = "Ishiba said Tokyo had lodged a protest."
    (lodged,) = events_of(text, [mention(text, "Tokyo", "actor/tokyo", rule="organizations.capital_as_government")])
    assert lodged.speaker is None and [(m.text, role) for m, role in lodged.actors] == [("Tokyo", "initiator")]


def test_the_object_of_a_verb_coordinated_with_a_reporting_word_is_no_speaker():
    text = ("Soldiers detained Bazoum on Wednesday and declared that they had seized power. "
            "Moscow denies any plans and declares itself threatened by the alliance.")
    mentions = [mention(text, "Bazoum", "actor/bazoum"),
                mention(text, "Moscow", "actor/russia-government", rule="organizations.capital_as_government")]
    detained, seized, denies, threatened = events_of(text, mentions)
    assert seized.trigger.event_type == "seize_power" and seized.attribution[2] == "declared"
    assert detained.speaker is None and [(m.text, role) for m, role in detained.actors] == [("Bazoum", "target")]
    assert denies.speaker is not None and denies.speaker.text == "Moscow"  # the subject of both verbs speaks


def test_what_may_happen_after_a_preposition_and_any_is_no_event():
    text = ("Macron said Paris would respond to any attack on its nationals. NATO warned against any new invasion. "
            "Chile denied any attack.")
    assert [e.trigger.text for e in events_of(text, [])] == ["said", "warned", "attack"]


def test_places_after_a_later_reporting_word_belong_to_what_is_said():
    text = "Macron condemned the coup and said Paris would stand firm in Niamey."
    mentions = [mention(text, "Macron", "actor/macron"),
                mention(text, "Paris", "loc/paris", "location", "gazetteer.city"),
                mention(text, "Niamey", "loc/niamey", "location", "gazetteer.city")]
    condemned, coup = events_of(text, mentions)
    assert coup.trigger.event_type == "seize_power"
    assert condemned.locations == []


def test_blockades_and_missiles_of_a_crowd_are_protests_and_a_state_crossed_is_no_actor():
    text = ("Farmers blocked roads across France, as Prime Minister Attal prepared to meet union leaders. "
            "Protesters threw eggs at the building.")
    mentions = [mention(text, "Farmers", "actor/farmers", rule="organizations.group_pattern"),
                mention(text, "France", "actor/france", rule="gazetteer.country", country=True),
                mention(text, "France", "loc/france", "location", "gazetteer.country", country=True),
                mention(text, "Attal", "actor/attal"),
                mention(text, "Protesters", "actor/protesters", rule="organizations.group_pattern")]
    blocked, meet, threw = events_of(text, mentions)
    assert [(e.trigger.text, e.trigger.event_type) for e in (blocked, threw)] == [
        ("blocked", "protest"), ("threw", "protest")]
    assert [(m.text, role) for m, role in blocked.actors] == [("Farmers", "initiator")]  # not France
    # ", as" opens a clause with its own subject; "prepared to" is a plan
    assert [(m.text, role) for m, role in meet.actors] == [("Attal", "participant")] and meet.status == "planned"


def test_places_an_event_spread_to_are_where_it_happens_and_no_actors():
    text = "The protests have spread to Belgium, Spain and Italy. Jets struck sites near Natanz, and Iran launched drones."
    mentions = [m for country in ("Belgium", "Spain", "Italy", "Iran")
                for m in (mention(text, country, f"actor/{country.lower()}", rule="gazetteer.country", country=True),
                          mention(text, country, f"loc/{country.lower()}", "location", "gazetteer.country",
                                  country=True))]
    mentions.append(mention(text, "Natanz", "loc/natanz", "location", "gazetteer.city"))
    protests, struck, launched = events_of(text, mentions)
    assert protests.actors == []
    assert [(m.text, role) for m, role in protests.locations] == [
        ("Belgium", "occurred_in"), ("Spain", "occurred_in"), ("Italy", "occurred_in")]
    assert [(m.text, role) for m, role in launched.actors] == [("Iran", "initiator")]


def test_an_event_named_before_as_the_object_of_a_verb_is_no_new_event():
    text = ("Rebels attacked a base, killing seven soldiers. A commander said the group had not ordered the attack. "
            "The UN condemned the killings. Russia carried out the attack on Kharkiv. Peru signed a treaty. "
            "Chile signed the treaty.")
    found = [e.trigger.text for e in events_of(text, [])]
    # the attack on Kharkiv is aimed at a place of its own; "signed the treaty" is one event, the verb's
    assert found == ["attacked", "killing", "said", "condemned", "attack", "signed", "signed"]


def test_a_trigger_right_before_another_only_says_what_kind_of_event_it_is():
    text = "Belarus began combat readiness exercises. Envoys held ceasefire talks. A ceasefire began. Troops are on high alert."
    found = [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])]
    assert found == [("exercises", "military_exercise"), ("talks", "negotiate"), ("ceasefire", "declare_ceasefire"),
                     ("high alert", "raise_military_alert")]


def test_relative_clauses_fronted_phrases_and_quotations_keep_their_places_and_parties():
    text = ("Russia, which has massed 100,000 troops on the border with Ukraine, denies any plans. "
            "In response to protests in Lima, Chile annexed Arica. "
            "“We will listen to Russia’s concerns,” he said at a press conference in Berlin. "
            "Blinken will meet Zelensky to “reinforce the commitment to Ukraine.”")
    mentions = [mention(text, "Russia", "actor/russia", rule="gazetteer.country", country=True),
                mention(text, "border with Ukraine", "loc/ukraine-border", "location", "gazetteer.border"),
                mention(text, "Lima", "loc/lima", "location", "gazetteer.city"),
                mention(text, "Arica", "loc/arica", "location", "gazetteer.city"),
                mention(text, "Russia", "actor/russia", rule="gazetteer.country", country=True, nth=1),
                mention(text, "Berlin", "loc/berlin", "location", "gazetteer.city"),
                mention(text, "Blinken", "actor/blinken"), mention(text, "Zelensky", "actor/zelensky"),
                mention(text, "Ukraine", "actor/ukraine", rule="gazetteer.country", country=True, nth=1)]
    start = text.index("100,000")
    troops = Quantity(start, start + 14, "100,000 troops", "100,000", 100000, 100000, 100000, False, "troops",
                      "troops", start + 8, start + 14, "quantity.digits")
    found = {e.trigger.text: e for e in find_events(text, sentences_of(text), mentions, [], [troops], PUBLISHED)}
    denies = found["denies"]
    assert (denies.quantities, denies.locations) == ([], [])  # the relative clause's troops and border
    assert [m.text for m, _ in found["annexed"].locations] == ["Arica"]  # Lima is the protests'
    conference = found["press conference"]
    assert "Russia" not in [m.text for m, _ in conference.actors]  # named inside the quotation
    assert [m.text for m, _ in conference.locations] == ["Berlin"]
    assert ("Ukraine", "participant") in [(m.text, role) for m, role in found["meet"].actors]  # a phrase quoted


def test_a_place_a_group_is_based_in_is_no_place_of_its_event():
    text = "Fomin met 98 Moscow-based attachés. Fomin met attachés in Moscow."
    mentions = [mention(text, "Moscow", "loc/moscow", "location", "gazetteer.city", nth=n) for n in range(2)]
    based, briefed = events_of(text, mentions)
    assert based.locations == [] and [m.text for m, _ in briefed.locations] == ["Moscow"]


def test_parties_to_events_without_a_direction_are_participants():
    text = "Russia and Belarus began joint exercises. Ruiz met Kral. Ruiz accused Kral."
    mentions = [mention(text, "Russia", "actor/russia", rule="gazetteer.country", country=True),
                mention(text, "Belarus", "actor/belarus", rule="gazetteer.country", country=True),
                mention(text, "Ruiz", "actor/ruiz"), mention(text, "Kral", "actor/kral"),
                mention(text, "Ruiz", "actor/ruiz", nth=1), mention(text, "Kral", "actor/kral", nth=1)]
    roles = [(e.trigger.event_type, [role for _, role in e.actors]) for e in events_of(text, mentions)]
    assert roles == [("cooperate_militarily", ["participant", "participant"]), ("meet", ["participant", "participant"]),
                     ("accuse", ["initiator", "target"])]


def test_a_trigger_shows_the_words_that_name_the_event_without_function_words_around_them():
    from newsevents.rules.events import Trigger
    def named(form: str) -> str:
        start, end, words = Trigger(100, 100 + len(form), form, "x").named()
        assert end - start == len(words)
        return words
    assert [named(form) for form in ("threatened by", "at war", "in a statement", "conditions the", "victim of")] == [
        "threatened", "war", "statement", "conditions", "victim"]
    # particles of phrasal verbs, a single word and "according to" stay whole
    assert [named(form) for form in ("called for", "spoke with", "walked out of", "talks", "according to")] == [
        "called for", "spoke with", "walked out", "talks", "according to"]
    text = "Russia declares itself threatened by NATO."
    (event,) = events_of(text, [])
    assert event.key == f"event@{text.index('threatened')}-{text.index(' by')}"


def test_a_wire_report_of_strikes_aimed_at_a_state_and_statements_naming_others():
    text = ("Iran launched drones at Israel after a strike on its embassy. The war cabinet met. "
            "Biden spoke with Netanyahu and convened G7 leaders. "
            "Israel said all were intercepted with the help of France. "
            "Fomin told attachés that the plan stood, Russian agencies reported.")
    country = dict(rule="gazetteer.country", country=True)
    mentions = [mention(text, "Iran", "actor/iran", **country), mention(text, "Israel", "actor/israel", **country),
                mention(text, "Israel", "loc/israel", "location", "gazetteer.country", country=True),
                mention(text, "Biden", "actor/biden"), mention(text, "Netanyahu", "actor/netanyahu"),
                mention(text, "G7", "actor/g7", rule="organizations.lexicon"),
                mention(text, "Israel", "actor/israel", nth=1, **country),
                mention(text, "France", "actor/france", **country), mention(text, "Fomin", "actor/fomin"),
                mention(text, "Russian agencies", "actor/russian-news-agencies", rule="organizations.media_pattern")]
    found = {e.trigger.text: e for e in events_of(text, mentions)}
    assert list(found) == ["launched", "strike on", "met", "spoke with", "convened", "said", "told"]  # no war
    launched = found["launched"]
    assert ("Israel", "target") in [(m.text, role) for m, role in launched.actors] and launched.locations == []
    assert [m.text for m, _ in found["spoke with"].actors] == ["Biden", "Netanyahu"]  # G7 leaders are convened
    assert [m.text for m, _ in found["convened"].actors] == ["Biden", "G7"]
    assert [(m.text, role) for m, role in found["said"].actors] == [("Israel", "source")]  # France is what is said
    assert [(m.text, role) for m, role in found["told"].actors] == [("Fomin", "initiator"),
                                                                     ("Russian agencies", "source")]


def test_the_subject_of_a_verb_in_the_passive_undergoes_the_event_and_by_names_who_does_it():
    text = "Ruiz was re-elected. Chile was sanctioned by Peru and Kenya. Russian troops were deployed."
    mentions = [mention(text, "Ruiz", "actor/ruiz"),
                *(mention(text, name, f"actor/{name.lower()}", rule="gazetteer.country", country=True)
                  for name in ("Chile", "Peru", "Kenya")),
                mention(text, "Russian troops", "actor/russia-armed-forces", rule="organizations.armed_forces_pattern")]
    elected, sanctioned, deployed = events_of(text, mentions)
    assert [(m.text, role) for m, role in elected.actors] == [("Ruiz", "target")]
    assert [(m.text, role) for m, role in sanctioned.actors] == [
        ("Chile", "target"), ("Peru", "initiator"), ("Kenya", "initiator")]
    assert [role for _, role in deployed.actors] == ["initiator"]  # forces deployed still deploy


def test_restrictions_summoned_envoys_and_an_arrest_named_again_after_said():
    text = ("Police arrested the mayor. Authorities restricted access to social media. "
            "Germany summoned the Turkish ambassador. The EU said the arrest raised questions.")
    found = [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])]
    assert found == [("arrested", "arrest"), ("restricted access", "impose_restrictions"),
                     ("summoned", "criticize"), ("said", "make_statement")]


def test_a_signing_verb_and_what_it_signs_are_one_event():
    text = ("Sudan and Chad signed a ceasefire in Doha. Kenya signed an agreement with Uganda. "
            "The treaty was signed by Peru and Chile. The accord, signed in Oslo, failed.")
    mentions = [mention(text, "Sudan", "actor/sudan", rule="gazetteer.country", country=True),
                mention(text, "Chad", "actor/chad", rule="gazetteer.country", country=True),
                mention(text, "Doha", "loc/doha", "location", "gazetteer.city"),
                mention(text, "Kenya", "actor/kenya", rule="gazetteer.country", country=True),
                mention(text, "Uganda", "actor/uganda", rule="gazetteer.country", country=True),
                mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True),
                mention(text, "Chile", "actor/chile", rule="gazetteer.country", country=True),
                mention(text, "Oslo", "loc/oslo", "location", "gazetteer.city")]
    ceasefire, agreement, treaty, accord = events_of(text, mentions)
    assert [e.trigger.text for e in (ceasefire, agreement, treaty, accord)] == ["signed"] * 4
    assert (ceasefire.trigger.event_type, agreement.trigger.event_type) == ("declare_ceasefire", "sign_agreement")
    assert {m.entity_id for m, _ in ceasefire.actors} == {"actor/sudan", "actor/chad"}
    assert [m.entity_id for m, _ in ceasefire.locations] == ["loc/doha"]
    # in the passive voice, who signs follows "by"
    assert {(m.entity_id, role) for m, role in treaty.actors} == {("actor/peru", "initiator"),
                                                                    ("actor/chile", "initiator")}
    assert [m.entity_id for m, _ in accord.locations] == ["loc/oslo"]
    # a signing verb far from an agreement, or an agreement without one, stays its own event
    text = "Kenya signed on Monday. The agreement on grain exports, not yet signed, was delayed."
    assert [e.trigger.text for e in events_of(text, [])] == ["signed", "agreement", "signed"]


def test_what_a_demand_asks_to_end_is_no_event_and_a_place_after_in_stays_with_its_trigger():
    text = "Hundreds marched in Dakar demanding an end to the war. The UN called for a halt to the fighting."
    mentions = [mention(text, "Dakar", "loc/dakar", "location", "gazetteer.city")]
    found = {e.trigger.text: e for e in events_of(text, mentions)}
    assert list(found) == ["marched", "demanding", "called for"]
    # "in Dakar demanding": the place is the march's (after its preposition), not the subject of "demanding"
    assert [(m.entity_id, role) for m, role in found["marched"].locations] == [("loc/dakar", "occurred_in")]


def test_a_crowd_verb_is_a_protest_only_when_protesters_gather():
    text = ("Protesters gathered outside parliament. Leaders gathered in Brussels. "
            "Thousands of demonstrators angry at the tax converged on the square.")
    protesters = mention(text, "Protesters", "actor/protesters", rule="organizations.group_pattern")
    found = events_of(text, [protesters])
    assert [(e.trigger.text, e.trigger.event_type) for e in found] == [("gathered", "protest"), ("converged", "protest")]
    assert [(m.entity_id, role) for m, role in found[0].actors] == [("actor/protesters", "initiator")]
    # protesters no rule named as an actor: their noun and their gathering are one protest
    assert [e.trigger.text for e in events_of("The protesters gathered at dawn.", [])] == ["gathered"]


def test_the_statement_a_reporting_word_was_made_in_is_no_event_unless_it_closes_a_quotation():
    text = ("Ruiz met Duda on Monday, his office said in a statement. Chile said in a joint statement that talks "
            "would resume. “We will attend,” Peru said in a statement. Ruiz issued a statement.")
    found = [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])]
    assert found == [("met", "meet"), ("talks", "negotiate"), ("statement", "make_statement"),
                     ("statement", "make_statement")]
    assert [e.sentence_text.split()[0] for e in events_of(text, []) if e.trigger.text == "statement"] == ["“We", "Ruiz"]


def test_what_a_threat_threatens_is_no_event_and_a_threat_of_violence_is_of_force():
    text = ("Chile has threatened to impose sanctions on Peru. Russia threatened to launch strikes on Kyiv. "
            "Chad threatened to leave, and Sudan imposed sanctions.")
    found = [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])]
    assert found == [("threatened to", "threaten"), ("threatened to", "threaten_force"),
                     ("threatened to", "threaten"), ("imposed sanctions", "impose_sanctions")]


def test_talks_agreed_on_are_planned_and_dated_by_their_own_time_phrase():
    text = "Chile and Peru agreed on Monday to resume talks in Lima next week."
    monday = every(text, "on Monday", dt.date(2023, 5, 8), dt.date(2023, 5, 8), "day")
    next_week = every(text, "next week", dt.date(2023, 5, 15), dt.date(2023, 5, 21), "week")
    (talks,) = events_of(text, [], monday + next_week)
    assert (talks.trigger.text, talks.status, talks.date.text) == ("talks", "planned", "next week")
    # alone, the day of the agreement dates nothing the talks are
    (talks,) = events_of("Chile agreed on Monday to hold talks.", [],
                         every("Chile agreed on Monday to hold talks.", "on Monday", dt.date(2023, 5, 8),
                               dt.date(2023, 5, 8), "day"))
    assert (talks.status, talks.date) == ("planned", None)


def test_a_noun_in_ing_with_a_verb_of_its_own_opens_a_clause_set_at_another_time():
    text = "Chile will resume talks next week, officials said, days after fighting flared near Arica."
    next_week = every(text, "next week", dt.date(2023, 5, 15), dt.date(2023, 5, 21), "week")
    found = {e.trigger.text: e for e in events_of(text, [], next_week)}
    assert (found["fighting"].status, found["fighting"].date) == ("occurred", None)
    assert found["talks"].date.text == "next week"


def test_a_verb_acting_on_objects_of_several_kinds_takes_the_type_of_what_it_acts_on():
    text = ("Russia sent 3,000 troops to the border. The UN sent aid to Gaza. Germany supplied air defence systems "
            "to Kyiv. Ruiz sent a message to the troops. France dispatched two warships.")
    found = [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])]
    assert found == [("sent", "mobilize_forces"), ("sent", "provide_humanitarian_aid"),
                     ("supplied", "provide_military_aid"), ("dispatched", "mobilize_forces")]


def test_forces_that_withdraw_withdraw_forces_but_a_verb_before_its_object_keeps_that_reading():
    text = ("Russian forces withdrew from Kherson. Chile withdrew its candidate. Iran withdrew from the talks. "
            "His troops would pull back from the border.")
    found = [(e.trigger.text, e.trigger.event_type, e.status) for e in events_of(text, [])]
    assert found == [("withdrew", "withdraw_forces", "occurred"), ("withdrew from", "halt_negotiations", "occurred"),
                     ("pull back", "withdraw_forces", "planned")]


def test_shots_at_people_who_do_not_fight_are_an_assault():
    text = ("Soldiers fired on protesters. Police opened fire on the crowd. Troops opened fire on rebel positions. "
            "Gunmen shot at villagers. Chile fired missiles at Peru.")
    found = [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])]
    assert found == [("fired on", "assault"), ("opened fire", "assault"), ("opened fire", "armed_conflict"),
                     ("shot at", "assault"), ("fired missiles", "armed_conflict")]


def test_a_reporting_word_in_a_later_coordinated_clause_speaks_only_for_that_clause():
    text = "Police fired tear gas, and the ministry said 63 people were detained."
    mentions = [mention(text, "Police", "actor/police", rule="organizations.group_pattern"),
                mention(text, "the ministry", "actor/ministry", rule="organizations.lexicon")]
    gas, detained = events_of(text, mentions)
    assert (gas.attribution, [(m.entity_id, role) for m, role in gas.actors]) == (None, [("actor/police", "initiator")])
    # the detentions are what the ministry says: neither the police of the clause before nor a target
    assert detained.attribution[2] == "said"
    assert [(m.entity_id, role) for m, role in detained.actors] == [("actor/ministry", "source")]


def test_an_event_named_before_after_a_verb_in_ing_and_the_is_no_new_event():
    text = "Thousands rallied in Lima. Ruiz accused foreign groups of organizing the protests."
    assert [e.trigger.text for e in events_of(text, [])] == ["rallied", "accused"]


def test_a_reporting_word_in_a_relative_clause_speaks_only_inside_it():
    text = "Thousands rallied against a bill, which critics say mirrors a law used to silence protests."
    critics = mention(text, "critics", "actor/critics", rule="organizations.group_pattern")
    rally = events_of(text, [critics])[0]
    assert (rally.trigger.text, rally.attribution, rally.actors) == ("rallied", None, [])


def test_triggers_of_one_type_listed_or_for_a_purpose_are_one_event():
    text = ("Police used tear gas and water cannon to disperse the crowd. Protests, rallies and sit-ins spread. "
            "Rebels attacked and killed ten soldiers.")
    found = [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])]
    assert found == [("tear gas", "repress"), ("Protests", "protest"), ("attacked", "armed_conflict"),
                     ("killed", "assault")]


def test_the_subject_of_a_relative_clause_after_a_noun_trigger_initiates_what_it_says_alone():
    text = ("Russia condemned the sanctions that the European Union imposed. Kenya welcomed the agreement that "
            "Uganda and Sudan signed. Peru condemned the attack which Chile denied.")
    states = [mention(text, name, f"actor/{name.lower().replace(' ', '-')}", rule="gazetteer.country", country=True)
              for name in ("Russia", "European Union", "Kenya", "Uganda", "Sudan", "Peru", "Chile")]
    places = [mention(text, name, f"loc/{name.lower()}", "location", "gazetteer.country", country=True)
              for name in ("Uganda", "Sudan")]
    found = events_of(text, states + places)
    parties = [(e.trigger.text, [(m.text, role) for m, role in e.actors], [m.text for m, _ in e.locations])
               for e in found]
    assert parties == [
        ("condemned", [("Russia", "initiator")], []),
        ("sanctions", [("European Union", "initiator")], []),
        ("welcomed", [("Kenya", "initiator")], []),
        ("agreement", [("Uganda", "initiator"), ("Sudan", "initiator")], []),  # "signed" says it again
        ("condemned", [("Peru", "initiator")], []),
        ("attack", [], []),
        ("denied", [("Chile", "initiator")], []),
    ]


def test_who_a_description_of_the_subject_names_is_no_party_of_what_the_subject_does():
    text = "Kim Yo Jong, the sister of leader Kim Jong Un, condemned Seoul. Klitschko, the mayor of Kyiv, met Duda."
    mentions = [mention(text, "Kim Jong Un", "actor/kim-jong-un"), mention(text, "Seoul", "actor/south-korea-government"),
                mention(text, "Kyiv", "loc/kyiv", "location", "gazetteer.city"), mention(text, "Duda", "actor/duda")]
    condemned, met = events_of(text, mentions)
    assert [(m.text, role) for m, role in condemned.actors] == [("Seoul", "target")]
    assert ([(m.text, role) for m, role in met.actors], met.locations) == ([("Duda", "participant")], [])


def test_sanctions_lifted_are_eased_not_imposed_and_an_offer_proposes():
    text = ("The EU said it would reconsider sanctions relief. The US lifted sanctions on Syria. "
            "Sanctions were lifted in May. Brazil offered to mediate. Chile imposed sanctions on Peru. "
            "Washington offered sanctions relief.")
    found = [(e.trigger.text, e.trigger.event_type, e.status) for e in events_of(text, [])]
    assert found == [("sanctions relief", "ease_sanctions", "planned"),
                     ("lifted sanctions", "ease_sanctions", "occurred"), ("lifted", "ease_sanctions", "occurred"),
                     ("mediate", "mediate", "proposed"), ("imposed sanctions", "impose_sanctions", "occurred"),
                     ("sanctions relief", "ease_sanctions", "proposed")]


def test_military_ambitions_denied_are_a_threat_of_force_denied():
    text = "Chile denies any military ambitions in the region."
    (threat,) = events_of(text, [mention(text, "Chile", "actor/chile", rule="gazetteer.country", country=True)])
    assert (threat.trigger.text, threat.trigger.event_type, threat.status) == (
        "military ambitions", "threaten_force", "denied")


def test_a_reporting_word_after_a_coordination_with_no_trigger_speaks_only_for_its_clause():
    text = "Chile threatened to use force, and Peru's president said the region would not tolerate it."
    mentions = [mention(text, "Chile", "actor/chile", rule="gazetteer.country", country=True),
                mention(text, "Peru's president", "actor/peru-president")]
    (threat,) = events_of(text, mentions)
    assert (threat.attribution, [(m.text, role) for m, role in threat.actors]) == (None, [("Chile", "initiator")])


def test_aid_cut_off_reduces_aid_and_talks_suspended_still_halt_negotiations():
    text = "France suspended all financial aid to Niger. Iran suspended talks. The US froze military assistance."
    found = [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])]
    assert found == [("suspended", "reduce_aid"), ("suspended", "halt_negotiations"), ("froze", "reduce_aid")]


def test_thanks_are_support_and_capitals_listed_after_a_place_are_places_not_governments():
    text = ("Biden thanked Qatar. Talks resumed thanks to Egypt. Thousands of protesters marched in Amman, Cairo and "
            "Istanbul.")
    mentions = [mention(text, "Qatar", "actor/qatar", rule="gazetteer.country", country=True)]
    for city, country in (("Amman", "jordan"), ("Cairo", "egypt"), ("Istanbul", "")):
        mentions.append(Mention(text.index(city), text.index(city) + len(city), city, f"loc/{city.lower()}",
                                "location", "gazetteer.city", False, seat=bool(country)))
        if country:
            mentions.append(Mention(text.index(city), text.index(city) + len(city), city,
                                    f"actor/{country}-government", "actor", "organizations.seat", True, seat=True))
    thanked, talks, marched = events_of(text, mentions)
    assert (thanked.trigger.event_type, talks.trigger.text) == ("express_support", "Talks")
    assert marched.actors == []
    assert [m.text for m, _ in marched.locations] == ["Amman", "Cairo", "Istanbul"]


def test_who_storms_tells_a_protest_from_fighting():
    text = ("Fighters stormed the town. Protesters stormed the parliament. Supporters set fire to the embassy door. "
            "The storm hit Manila.")
    found = [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])]
    assert found == [("stormed", "armed_conflict"), ("stormed", "protest"), ("set fire to", "protest")]


def test_attacks_and_air_strikes_launched_are_fighting_but_labour_strikes_are_not():
    text = ("Chile threatened to launch air strikes. Rebels launched an attack on the base. Ukraine launched a "
            "counteroffensive. Workers launched strikes over pay.")
    found = [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])]
    assert found == [("threatened to", "threaten_force"), ("launched", "armed_conflict"),
                     ("launched", "armed_conflict")]


def test_the_reporting_word_of_a_later_coordinated_predicate_reports_nothing_before_it():
    text = ("Chile denies any military ambitions and declares itself threatened by Peru. Peru met Chile and said "
            "talks went well.")
    found = {e.trigger.text: e for e in events_of(text, [])}
    assert found["military ambitions"].attribution is None and found["met"].attribution is None
    assert found["threatened by"].attribution[2] == "declares" and found["talks"].attribution[2] == "said"


def test_who_asked_for_an_event_takes_no_part_in_it():
    text = ("The council will meet at the request of Peru, Chile and Kenya, diplomats said. "
            "Talks began at the request of Sudan, officials said.")
    names = ("council", "Peru", "Chile", "Kenya", "diplomats", "Sudan", "officials")
    mentions = [mention(text, name, f"actor/{name.lower()}", rule="gazetteer.country", country=True) for name in names]
    meet, talks = events_of(text, mentions)
    assert [(m.text, role) for m, role in meet.actors] == [("council", "participant"), ("diplomats", "source")]
    assert [(m.text, role) for m, role in talks.actors] == [("officials", "source")]


def test_a_relative_clause_keeps_its_actors_and_said_takes_no_addressee():
    text = ("Hungary, which has close ties with Moscow, dropped its veto. Officials said Beijing will not attend. "
            "Officials told Beijing. Russia was not invited.")
    names = ("Hungary", "Moscow", "Officials", "Beijing", "Russia")
    mentions = [mention(text, name, f"actor/{name.lower()}", rule="gazetteer.country", country=True, nth=n)
                for name in names for n in range(text.count(name))]
    veto, said, told, invited = events_of(text, mentions)
    assert [(m.text, role) for m, role in veto.actors] == [("Hungary", "initiator")]
    assert [(m.text, role) for m, role in said.actors] == [("Officials", "source")]
    assert ("Beijing", "target") in [(m.text, role) for m, role in told.actors]  # whom it is told
    assert [(m.text, role) for m, role in invited.actors] == [("Russia", "target")]  # "was not invited"


def test_actors_listed_with_the_speaker_before_its_reporting_word_speak_too():
    text = "Mali and Burkina Faso said talks failed. Ruiz met Chile, the ministry said."
    names = ("Mali", "Burkina Faso", "Chile")
    mentions = [mention(text, name, f"actor/{name.lower()}", rule="gazetteer.country", country=True) for name in names]
    mentions.append(mention(text, "the ministry", "actor/ministry", rule="organizations.lexicon"))
    talks, met = events_of(text, mentions)
    assert [(m.text, role) for m, role in talks.actors] == [("Mali", "source"), ("Burkina Faso", "source")]
    assert ("Chile", "participant") in [(m.text, role) for m, role in met.actors]  # no list: Chile is met


def test_an_accusation_turned_away_is_one_denial_by_whoever_turns_it_away():
    text = ("Iran denied the accusations. Moscow dismissed the allegations as lies. Chile rejected the plan. "
            "Peru rejected claims of fraud.")
    names = ("Iran", "Moscow", "Chile", "Peru")
    mentions = [mention(text, name, f"actor/{name.lower()}", rule="gazetteer.country", country=True) for name in names]
    found = [(e.trigger.text, e.trigger.event_type, [(m.text, role) for m, role in e.actors])
             for e in events_of(text, mentions)]
    assert found == [("denied", "deny", [("Iran", "initiator")]), ("dismissed", "deny", [("Moscow", "initiator")]),
                     ("rejected", "reject", [("Chile", "initiator")]),
                     ("rejected claims", "deny", [("Peru", "initiator")])]  # the longer plain form still wins


def test_reports_and_claims_dismissed_or_named_as_nouns_report_nothing():
    text = ("The Kremlin called the reports baseless. Moscow dismissed claims that it had moved troops. "
            "Chile claims Peru attacked.")
    called, moved, attacked = events_of(text, [])
    assert (called.trigger.event_type, called.attribution) == ("deny", None)  # a denial; "reports" reports nothing
    assert (moved.trigger.text, moved.status, moved.attribution) == ("moved troops", "denied", None)
    assert (attacked.status, attacked.attribution[2]) == ("claimed", "claims")  # a verb still claims


def test_forces_crossing_into_a_country_are_moved_but_refugees_crossing_are_no_event():
    text = "Russian troops crossed into Ukraine. Refugees crossed the border. Tanks rolled into the town."
    found = [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])]
    assert found == [("crossed", "mobilize_forces"), ("rolled into", "mobilize_forces")]


def test_a_state_named_as_the_owner_of_an_actor_takes_no_part_in_its_events():
    text = "Sudan's paramilitary Rapid Support Forces shelled a camp. Sudan's army attacked Chad."
    mentions = [mention(text, "Sudan", "actor/sudan", rule="gazetteer.country", country=True),
                mention(text, "Rapid Support Forces", "actor/rsf", rule="organizations.name_head"),
                mention(text, "Sudan", "actor/sudan", rule="gazetteer.country", country=True, nth=1),
                mention(text, "Chad", "actor/chad", rule="gazetteer.country", country=True)]
    shelled, attacked = events_of(text, mentions)
    assert [(m.text, role) for m, role in shelled.actors] == [("Rapid Support Forces", "initiator")]
    assert ("Sudan", "initiator") in [(m.text, role) for m, role in attacked.actors]  # no actor after "'s army"


def test_a_denial_does_not_reach_a_coordinated_predicate_in_the_past_tense():
    text = ("The RSF denied targeting civilians and accused the army. Chile denied that it attacked and killed "
            "civilians.")
    found = [(e.trigger.text, e.trigger.event_type, e.status) for e in events_of(text, [])]
    assert ("accused", "accuse", "occurred") in found
    assert ("targeting", "assault", "denied") in found  # violence against civilians, and denied
    assert ("killed", "assault", "denied") in found  # inside what is denied, "and" goes on denying
    text = ("Rebels reportedly attacked a convoy and killed 12 soldiers. Kobakhidze accused them of plotting a "
            "revolution and vowed to hold elections.")
    found = {e.trigger.text: e.status for e in events_of(text, [])}
    assert found["killed"] == "claimed"  # an adverb reaches every predicate of its clause
    assert found["revolution"] == "claimed" and found["elections"] == "planned"  # what is vowed is no accusation


def test_attacks_on_people_who_do_not_fight_are_assaults_and_fighting_otherwise():
    text = "Gunmen attacked villagers. The attack on civilians was condemned. Rebels attacked the base."
    found = [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])]
    assert found[:2] == [("attacked", "assault"), ("attack", "assault")]
    assert found[-1] == ("attacked", "armed_conflict")


def test_what_is_called_on_for_is_proposed_and_what_one_is_ready_to_do_planned():
    text = "Rubio called on both sides to agree to a truce. Chile said it was ready to host talks."
    found = {e.trigger.text: e.status for e in events_of(text, [])}
    assert found["truce"] == "proposed" and found["host"] == "planned"


def test_the_subject_of_a_predicate_before_and_said_says_what_has_a_subject_of_its_own():
    text = ("Secretary of State Marco Rubio called on both sides to agree to a truce in the coming days and said "
            "Washington would impose sanctions. Rubio condemned the raid and said Washington would act.")
    mentions = [mention(text, "Marco Rubio", "actor/marco-rubio"), mention(text, "Rubio", "actor/marco-rubio", nth=1),
                *(mention(text, "Washington", "actor/us-government", rule="organizations.capital_as_government",
                          nth=nth) for nth in (0, 1))]
    called, truce, sanctions, condemned, raid = events_of(text, mentions)
    assert [(m.text, role) for m, role in called.actors] == [("Marco Rubio", "initiator")]  # no speaker
    assert sanctions.speaker.text == "Marco Rubio" and sanctions.attribution[2] == "said"
    assert {(m.text, role) for m, role in sanctions.actors} == {("Washington", "initiator"), ("Marco Rubio", "source")}
    assert [(m.text, role) for m, role in condemned.actors] == [("Rubio", "initiator")]  # no source


def test_a_relative_clause_after_the_speakers_tells_what_they_did_and_they_after_a_joint_statement_are_both():
    text = "Egypt and Qatar, which have mediated past talks, said they were ready to host new talks."
    names = ("Egypt", "Qatar")
    mentions = [mention(text, name, f"actor/{name.lower()}", rule="gazetteer.country", country=True) for name in names]
    mediated, past_talks, host, *_ = events_of(text, mentions)
    assert mediated.attribution is None
    assert [(m.text, role) for m, role in mediated.actors] == [("Egypt", "initiator"), ("Qatar", "initiator")]
    assert host.attribution[2] == "said"
    assert [(m.text, m.entity_id, role) for m, role in host.actors] == [
        ("Egypt", "actor/egypt", "source"), ("Qatar", "actor/qatar", "source"),
        ("they", "actor/egypt", "initiator"), ("they", "actor/qatar", "initiator")]


def test_riot_police_are_police_and_no_riot():
    text = "Riot police fired tear gas. Anti-riot police moved in. The riot spread."
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])] == [
        ("tear gas", "repress"), ("riot", "protest")]


def test_a_first_or_a_superlative_since_a_date_is_a_comparison_and_a_such_noun_names_the_event_again():
    text = ("Wang met Sybiha in Munich, the first such meeting since 2021. The attack was the deadliest since 2022. "
            "Talks have continued since 2021.")
    since_2021 = every(text, "since 2021", dt.date(2021, 1, 1), None, "year")
    since_2022 = every(text, "since 2022", dt.date(2022, 1, 1), None, "year")
    found = events_of(text, [], [*since_2021, *since_2022])
    assert [(e.trigger.text, e.date and e.date.text) for e in found] == [
        ("met", None), ("attack", None), ("Talks", "since 2021")]  # an interval only without the comparison


def test_what_sanctions_target_is_no_strike():
    text = "The EU adopted new sanctions against Russia, targeting 200 vessels. Jets targeted two vessels."
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])] == [
        ("sanctions", "impose_sanctions"), ("targeted", "armed_conflict")]


def test_a_ceasefire_agreed_to_is_dated_by_the_agreement_and_talks_agreed_on_are_not():
    text = "Israel and Hamas agreed on Wednesday to a ceasefire. Chile agreed on Thursday to resume talks next week."
    found = events_of(text, [], [*every(text, "on Wednesday", dt.date(2023, 5, 10), dt.date(2023, 5, 10), "day"),
                                 *every(text, "on Thursday", dt.date(2023, 5, 11), dt.date(2023, 5, 11), "day"),
                                 *every(text, "next week", dt.date(2023, 5, 15), dt.date(2023, 5, 21), "week")])
    assert [(e.trigger.text, e.date and e.date.text) for e in found] == [
        ("ceasefire", "on Wednesday"), ("talks", "next week")]


def test_air_strikes_that_killed_are_one_strike_and_the_streets_of_a_city_are_where_it_happens():
    text = "Israeli air strikes killed 32 people. Thousands took to the streets of Lima."
    lima = mention(text, "Lima", "loc/lima", "location", "gazetteer.city")
    strikes, protest = events_of(text, [lima])
    assert (strikes.trigger.text, strikes.trigger.event_type) == ("air strikes", "armed_conflict")
    assert [(m.text, role) for m, role in protest.locations] == [("Lima", "occurred_in")]


def test_a_noun_right_before_the_speakers_says_who_they_are():
    text = "Israel and Hamas agreed to a ceasefire, mediators Qatar and Egypt said."
    names = ("Israel", "Hamas", "Qatar", "Egypt")
    mentions = [mention(text, name, f"actor/{name.lower()}", rule="gazetteer.country", country=True) for name in names]
    mentions += [mention(text, name, f"loc/{name.lower()}", "location", "gazetteer.country", country=True)
                 for name in ("Qatar", "Egypt")]
    (ceasefire,) = events_of(text, mentions)  # "mediators" names no mediation
    assert {(m.text, role) for m, role in ceasefire.actors} >= {("Qatar", "source"), ("Egypt", "source")}
    assert ceasefire.locations == []  # the speaking states are no places


def test_their_offices_speak_for_each_person_named_before():
    text = "Macron and Meloni will attend a summit, their offices said. Macron will travel, their offices said."
    mentions = [mention(text, "Macron", "actor/macron"), mention(text, "Meloni", "actor/meloni"),
                mention(text, "Macron", "actor/macron", nth=1)]
    summit, travel = events_of(text, mentions)
    assert [(m.text, m.entity_id, role) for m, role in summit.actors if role == "source"] == [
        ("their offices", "actor/macron", "source"), ("their offices", "actor/meloni", "source")]
    assert travel.speaker is None  # one person has no "their"


def test_a_phrase_of_background_after_a_comma_keeps_its_own_status_and_time():
    text = ("The army said on Monday that the military would form a government, after weeks of deadly protests. "
            "Hasina was expected to travel to London.")
    monday = every(text, "on Monday", dt.date(2023, 5, 8), dt.date(2023, 5, 8), "day")
    protests, travel = events_of(text, [], monday)
    assert (protests.trigger.text, protests.status, protests.date) == ("protests", "occurred", None)
    assert travel.status == "planned"  # "was expected to"


def test_a_participle_that_describes_the_people_held_is_no_arrest():
    text = ("He ordered the release of jailed opposition leader Khaleda Zia. The detained protesters were freed. "
            "A court jailed two activists. Police detained 40 people.")
    found = [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])]
    assert ("jailed", "find_guilty") in found and ("detained", "arrest") in found  # the verbs
    assert [text for text, _ in found].count("jailed") == 1 and [t for t, _ in found].count("detained") == 1


def test_coups_and_power_seized_are_seizures_of_power_but_coups_in_general_are_not():
    text = ("Gabon's army staged a coup on Wednesday. The junta, which seized power in July, met Wagner. "
            "Tinubu said the region would not tolerate coups. The president was overthrown in 2021.")
    found = [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])]
    assert found == [("coup", "seize_power"), ("seized power", "seize_power"), ("met", "meet"),
                     ("said", "make_statement"), ("overthrown", "seize_power")]


def test_measures_opposed_or_blocked_are_rejected_and_borders_closed_are_restrictions():
    text = ("Hungary, which has opposed new sanctions on Moscow, is expected to block any joint statement. "
            "Denmark closed its airspace to civilian drones. Farmers blocked roads.")
    found = [(e.trigger.text, e.trigger.event_type, e.status) for e in events_of(text, [])]
    assert found == [("opposed", "reject", "occurred"), ("block", "reject", "planned"),
                     ("closed", "impose_restrictions", "occurred"), ("blocked", "protest", "occurred")]


def test_an_occasion_of_the_event_named_before_is_no_event_of_its_own():
    text = ("EU leaders will discuss plans for a “drone wall” at a summit in Copenhagen. "
            "Ruiz met Duda, and a summit followed.")
    found = statuses_of(text)
    assert found == [("discuss", "planned"), ("met", "occurred"), ("summit", "occurred")]


def test_remarks_and_series_after_a_comma_keep_their_own_parties_and_time():
    text = ("Poland shot down drones last month, the first time a NATO member had fired since the start of the "
            "war. Leaders will meet on Wednesday, after a series of incursions that officials blamed on Russia.")
    mentions = [mention(text, "Poland", "actor/poland", rule="gazetteer.country", country=True),
                mention(text, "Russia", "actor/russia", rule="gazetteer.country", country=True)]
    times = [*every(text, "last month", dt.date(2023, 4, 1), dt.date(2023, 4, 30), "month"),
             *every(text, "on Wednesday", dt.date(2023, 5, 10), dt.date(2023, 5, 10), "day")]
    found = {e.trigger.text: e for e in events_of(text, mentions, times)}
    assert "war" not in found  # "since the start of the war": the span the first time is counted in, no event
    assert found["blamed"].date is None and found["meet"].date.text == "on Wednesday"


def test_a_participle_after_the_clause_is_said_by_its_subject_and_reports_nothing_before_it():
    text = ("Poland ordered the closure of the Russian consulate on Wednesday, saying Moscow was behind an arson "
            "attack. Russia vowed to retaliate.")
    mentions = [mention(text, "Poland", "actor/poland", rule="gazetteer.country", country=True),
                mention(text, "Moscow", "actor/russia-government", rule="organizations.capital_as_government"),
                mention(text, "Russia", "actor/russia", rule="gazetteer.country", country=True, nth=1)]
    closure, attack, retaliate = events_of(text, mentions)
    assert (closure.trigger.event_type, closure.attribution) == ("reduce_relations", None)
    assert [(m.text, role) for m, role in closure.actors] == [("Poland", "initiator")]
    assert attack.speaker.text == "Poland" and ("Moscow", "initiator") in [(m.text, r) for m, r in attack.actors]
    assert retaliate.trigger.event_type == "threaten"


def test_what_may_happen_if_is_no_event_and_charges_are_legal_action():
    text = "He was charged with sabotage and faces ten years in prison if convicted. Two men were indicted."
    found = [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])]
    assert found == [("was charged", "arrest"), ("indicted", "arrest")]


def test_the_event_named_before_as_a_subject_and_a_bid_for_re_election_are_no_new_events():
    text = ("Bolivians voted in a presidential runoff. The election follows two decades of socialist rule under Arce, "
            "who did not seek re-election. Ruiz was re-elected in 2020.")
    found = [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])]
    assert found == [("runoff", "hold_election"), ("re-elected", "hold_election")]


def test_a_noun_trigger_used_as_a_verb_is_no_event_and_jets_scrambled_are_moved():
    text = ("The US urged Beijing to exercise restraint. China launched an exercise. Taiwan scrambled jets. "
            "China will hold exercises around Taiwan.")
    taiwan = [mention(text, "Taiwan", "loc/taiwan", "location", "gazetteer.country", country=True, nth=n)
              for n in (0, 1)]
    found = events_of(text, taiwan)
    assert [(e.trigger.text, e.trigger.event_type) for e in found] == [
        ("urged", "appeal"), ("exercise", "military_exercise"), ("scrambled", "mobilize_forces"),
        ("exercises", "military_exercise")]
    assert [(m.text, role) for m, role in found[-1].locations] == [("Taiwan", "near")]  # "around Taiwan"


def test_the_article_before_a_place_does_not_hide_the_preposition_before_it():
    text = "Ruiz will travel to the United States. Tanks massed near the border. Talks in the Gaza Strip."
    places = [mention(text, name, f"loc/{name.lower().replace(' ', '-')}", "location", "gazetteer.curated_region")
              for name in ("United States", "border", "Gaza Strip")]
    found = [[(m.text, role) for m, role in e.locations] for e in events_of(text, places)]
    assert found == [[("United States", "destination")], [("border", "near")], [("Gaza Strip", "occurred_in")]]


def test_a_time_right_after_the_reporting_word_dates_the_statement_not_what_it_reports():
    text = ("Ruiz said on Monday he would travel to the Peruvian capital, Lima, next week. Chile will not send troops, "
            "Ruiz said on Monday.")
    mondays = every(text, "on Monday", dt.date(2023, 5, 8), dt.date(2023, 5, 8), "day")
    weeks = every(text, "next week", dt.date(2023, 5, 15), dt.date(2023, 5, 21), "week")
    mentions = [mention(text, "Ruiz", "actor/ruiz", nth=0), mention(text, "Ruiz", "actor/ruiz", nth=1)]
    travel, troops = events_of(text, mentions, mondays + weeks)
    assert (travel.trigger.text, travel.date.text) == ("travel", "next week")  # the nearer Monday is the saying's
    assert (troops.status, troops.date) == ("negated", None)  # a plan is for later than the day it is told
    (statement,) = events_of("Ruiz said on Monday that Chile is ready.", [], every(
        "Ruiz said on Monday that Chile is ready.", "on Monday", dt.date(2023, 5, 8), dt.date(2023, 5, 8), "day"))
    assert (statement.trigger.event_type, statement.date.text) == ("make_statement", "on Monday")


def test_a_statement_time_after_a_briefing_or_an_addressee_also_dates_the_statement():
    text = "Ruiz told reporters on Monday that Chile would hold talks. Peru said in a statement on Friday it would protest."
    days = (every(text, "on Monday", dt.date(2023, 5, 8), dt.date(2023, 5, 8), "day")
            + every(text, "on Friday", dt.date(2023, 5, 5), dt.date(2023, 5, 5), "day"))
    dated = [(e.trigger.text, e.status, e.date) for e in events_of(text, [], days)]
    assert dated == [("talks", "planned", None), ("protest", "planned", None)]


def test_a_negation_reaches_an_event_noun_through_a_verb_that_only_takes_it():
    text = ("Chile will not attend the summit. Peru did not take part in the exercises. "
            "Bolivia has not held any talks. Ecuador will attend the summit.")
    statuses = statuses_of(text)
    assert statuses == [("summit", "negated"), ("exercises", "negated"), ("talks", "negated"), ("summit", "planned")]


def test_what_a_foiling_verb_stops_is_negated_and_who_stops_it_does_not_do_it():
    text = "Police foiled an attack on the embassy. Rebels attacked the embassy."
    mentions = [mention(text, "Police", "actor/police", rule="organizations.group_pattern"),
                mention(text, "Rebels", "actor/rebels", rule="organizations.group_pattern")]
    foiled, attacked = events_of(text, mentions)
    assert (foiled.trigger.text, foiled.status, foiled.status_rule) == ("attack", "negated", "events.status_foiled")
    assert [role for _, role in foiled.actors if role == "initiator"] == []
    assert (attacked.status, [(m.entity_id, role) for m, role in attacked.actors]) == (
        "occurred", [("actor/rebels", "initiator")])


def test_a_capital_visited_is_the_host_and_the_destination():
    text = "Ruiz will visit Quito tomorrow. Ruiz said Quito would host talks."
    mentions = [mention(text, "Ruiz", "actor/ruiz"), mention(text, "Ruiz", "actor/ruiz", nth=1)]
    for nth in (0, 1):
        city = mention(text, "Quito", "loc/quito", "location", "gazetteer.city", nth=nth)
        mentions += [city, Mention(city.start, city.end, "Quito", "actor/ecuador-government", "actor",
                                   "organizations.capital_as_government", True, seat=True)]
    visit, *rest = events_of(text, mentions)
    assert [(m.entity_id, role) for m, role in visit.actors] == [
        ("actor/ruiz", "initiator"), ("actor/ecuador-government", "target")]
    assert [(m.entity_id, role) for m, role in visit.locations] == [("loc/quito", "destination")]
    assert all(e.locations == [] for e in rest)  # the capital that hosts is no place of the talks


def test_a_claim_called_false_is_denied_and_one_called_anything_else_is_not():
    text = ("The Kremlin called the reports baseless. Chile branded the allegations as lies. "
            "Peru called the move absurd. Ruiz called the reports encouraging.")
    mentions = [mention(text, "Kremlin", "actor/russia-government", rule="organizations.lexicon"),
                mention(text, "Chile", "actor/chile", rule="gazetteer.country")]
    found = [(e.trigger.text, e.trigger.event_type, [m.entity_id for m, role in e.actors if role == "initiator"])
             for e in events_of(text, mentions)]
    assert found == [("called", "deny", ["actor/russia-government"]), ("branded", "deny", ["actor/chile"])]


def test_an_event_noun_before_a_proposal_noun_is_proposed_and_not_done_by_who_handles_the_proposal():
    text = "Ruiz rejected a Qatar-backed ceasefire proposal on Monday. Chile and Peru agreed to a ceasefire."
    mondays = every(text, "on Monday", dt.date(2023, 5, 8), dt.date(2023, 5, 8), "day")
    mentions = [mention(text, "Ruiz", "actor/ruiz"),
                mention(text, "Qatar", "actor/qatar", rule="gazetteer.country", country=True),
                mention(text, "Qatar", "loc/qatar", "location", "gazetteer.country", True),
                mention(text, "Chile", "actor/chile", rule="gazetteer.country", country=True),
                mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True)]
    rejected, proposed, agreed = events_of(text, mentions, mondays)
    assert [(m.entity_id, role) for m, role in rejected.actors] == [("actor/ruiz", "initiator")]  # Qatar backs it
    assert rejected.locations == [] and rejected.date.text == "on Monday"
    assert (proposed.trigger.text, proposed.status, proposed.actors, proposed.date) == ("ceasefire", "proposed", [], None)
    assert agreed.status != "proposed" and {m.entity_id for m, _ in agreed.actors} == {"actor/chile", "actor/peru"}


def test_who_has_plans_for_an_event_does_it():
    text = "Peru has deployment plans."
    (plans,) = events_of(text, [mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True)])
    assert (plans.status, [(m.entity_id, role) for m, role in plans.actors]) == ("planned", [("actor/peru", "initiator")])


def test_a_time_phrase_inside_a_status_cue_does_not_hide_it():
    text = "Chile agreed on Monday to impose sanctions. Peru imposed sanctions on Monday."
    mondays = every(text, "on Monday", dt.date(2023, 5, 8), dt.date(2023, 5, 8), "day")
    agreed, imposed = events_of(text, [], mondays)
    assert (agreed.status, agreed.status_rule, agreed.date) == ("planned", "events.status_cue_planned", None)
    assert (imposed.status, imposed.date.text) == ("occurred", "on Monday")


def test_an_event_a_sanction_or_criticism_is_over_has_its_own_parties_and_time():
    text = "Chile imposed sanctions on Peru on Monday over its war with Bolivia. Chile criticised Peru over the raids."
    mondays = every(text, "on Monday", dt.date(2023, 5, 8), dt.date(2023, 5, 8), "day")
    names = ("Chile", "Peru", "Bolivia")
    mentions = [mention(text, name, f"actor/{name.lower()}", rule="gazetteer.country", country=True, nth=nth)
                for name in names for nth in range(text.count(name))]
    sanctions, war, criticised, raids = events_of(text, mentions, mondays)
    assert sanctions.date.text == "on Monday" and war.date is None
    assert [(m.text, m.entity_id, role) for m, role in war.actors] == [
        ("Bolivia", "actor/bolivia", "target"), ("its", "actor/peru", "initiator")]
    assert raids.actors == []  # not Chile's raids, nor Peru's: "the" says whose they are no more than that


def test_what_an_event_responds_to_or_punishes_has_its_own_parties_places_and_time():
    text = ("Chile fired dozens of rockets at Peru on Monday in response to the killing of a commander. "
            "Chile sanctioned Peru for its role in a crackdown.")
    mondays = every(text, "on Monday", dt.date(2023, 5, 8), dt.date(2023, 5, 8), "day")
    mentions = [mention(text, "Chile", "actor/chile", rule="gazetteer.country", country=True, nth=nth) for nth in (0, 1)]
    mentions += [mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True, nth=nth) for nth in (0, 1)]
    mentions.append(mention(text, "Peru", "loc/peru", "location", "gazetteer.country", True))
    start = text.index("dozens")
    quantities = [Quantity(start, start + 17, "dozens of rockets", "dozens", None, 24, 99, True, "rockets", "rockets",
                           start + 10, start + 17, "quantities.test")]
    fired, killing, sanctioned, crackdown = find_events(text, sentences_of(text), mentions, mondays, quantities,
                                                        PUBLISHED)
    assert fired.date.text == "on Monday" and len(fired.quantities) == 1
    assert (killing.actors, killing.locations, killing.quantities, killing.date) == ([], [], [], None)
    assert [(m.text, m.entity_id, role) for m, role in crackdown.actors] == [("its", "actor/peru", "initiator")]


def test_a_participle_after_its_noun_takes_the_agent_after_by_as_its_initiator():
    text = "Chile and Peru held talks mediated by Qatar and Egypt. Chile attacked by night."
    names = ("Chile", "Peru", "Qatar", "Egypt")
    mentions = [mention(text, name, f"actor/{name.lower()}", rule="gazetteer.country", country=True) for name in names]
    mentions.append(mention(text, "Chile", "actor/chile", rule="gazetteer.country", country=True, nth=1))
    *_, mediated, attacked = events_of(text, mentions)
    roles = [(m.entity_id, role) for m, role in mediated.actors]
    assert mediated.trigger.event_type == "mediate"
    assert sorted(roles) == [("actor/chile", "target"), ("actor/egypt", "initiator"), ("actor/peru", "target"),
                             ("actor/qatar", "initiator")]
    assert [(m.entity_id, role) for m, role in attacked.actors] == [("actor/chile", "initiator")]  # no agent: active


def test_a_ceasefire_or_a_deal_agreed_to_is_made_and_one_still_to_agree_to_is_planned():
    text = ("Chile and Peru agreed to a ceasefire. Chile agreed to a peace accord. Peru will agree to a truce. "
            "Chile agreed to talks.")
    statuses = statuses_of(text)
    assert statuses == [("ceasefire", "occurred"), ("accord", "occurred"), ("truce", "planned"), ("talks", "planned")]


def test_a_participle_after_a_comma_shares_the_subject_and_what_it_asks_for_is_not_dated_by_the_asking():
    text = "Thousands of Chileans rallied in Lima on Sunday, demanding new elections."
    sundays = every(text, "on Sunday", dt.date(2023, 5, 7), dt.date(2023, 5, 7), "day")
    chileans = [mention(text, "Chileans", "actor/chile", rule="gazetteer.demonym", country=True)]  # an adjective's
    rallied, demanding, elections = find_events(text, sentences_of(text), [], sundays, [], PUBLISHED, chileans)
    assert [(m.entity_id, role) for m, role in demanding.actors] == [("actor/chile", "initiator")]
    assert (rallied.date.text, demanding.date.text) == ("on Sunday", "on Sunday")
    assert (elections.status, elections.date) == ("proposed", None)


def test_a_pronoun_subject_initiates_an_event_noun_after_a_verb_that_only_takes_it():
    text = ("Ruiz said he would impose new tariffs on Peru. Police said they held talks with Chile. "
            "Ruiz said troops attacked Peru.")
    mentions = [mention(text, "Ruiz", "actor/ruiz"), mention(text, "Ruiz", "actor/ruiz", nth=1),
                mention(text, "Police", "actor/police", rule="organizations.group_pattern")]
    tariffs, talks, attacked = events_of(text, mentions)
    assert tariffs.trigger.event_type == "impose_sanctions"
    assert [(m.text, m.entity_id) for m, role in tariffs.actors if role == "initiator"] == [("he", "actor/ruiz")]
    assert [(m.text, m.entity_id) for m, role in talks.actors if role == "participant"][:1] == [("they", "actor/police")]
    assert not any(role == "initiator" for _, role in attacked.actors)  # "said troops": no pronoun, no light verb


def test_who_is_urged_to_do_something_would_do_it_and_who_urges_would_not():
    text = "Ruiz urged Peru to impose sanctions on Chile, the ministry said. Ruiz invited Peru to talks."
    mentions = [mention(text, "Ruiz", "actor/ruiz"), mention(text, "Ruiz", "actor/ruiz", nth=1),
                mention(text, "the ministry", "actor/ministry", rule="organizations.lexicon")]
    mentions += [mention(text, name, f"actor/{name.lower()}", rule="gazetteer.country", country=True, nth=nth)
                 for name, nth in (("Peru", 0), ("Chile", 0), ("Peru", 1))]
    urged, sanctions, invited = events_of(text, mentions)  # the talks invited to are the invitation's
    assert sanctions.status == "proposed"
    assert sorted((m.entity_id, role) for m, role in sanctions.actors) == [
        ("actor/chile", "target"), ("actor/ministry", "source"), ("actor/peru", "initiator")]
    assert [(m.entity_id, role) for m, role in urged.actors] == [
        ("actor/ruiz", "initiator"), ("actor/peru", "target"), ("actor/ministry", "source")]


def test_an_act_called_wrong_is_criticised_and_one_called_right_is_not():
    text = ("Ruiz called the vote illegitimate. Chile branded the strikes a war crime. Peru called the vote a success. "
            "Supporters gathered in Lima. Leaders gathered in Lima.")
    found = [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])]
    assert found == [("called", "criticize"), ("branded", "criticize"), ("gathered", "protest")]


def test_who_faces_an_event_or_comes_under_it_is_its_target():
    text = "Ruiz faces new sanctions. Chile came under attack. Peru imposed sanctions."
    mentions = [mention(text, "Ruiz", "actor/ruiz")] + [
        mention(text, name, f"actor/{name.lower()}", rule="gazetteer.country", country=True) for name in ("Chile", "Peru")]
    found = [[(m.entity_id, role) for m, role in e.actors] for e in events_of(text, mentions)]
    assert found == [[("actor/ruiz", "target")], [("actor/chile", "target")], [("actor/peru", "initiator")]]


def test_a_statement_told_in_a_closing_tag_is_not_made_by_who_it_tells_of():
    text = "Hundreds were rescued off the coast of Peru, the agency said. Chile said it was ready."
    mentions = [mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True),
                mention(text, "the agency", "actor/agency", rule="organizations.lexicon"),
                mention(text, "Chile", "actor/chile", rule="gazetteer.country", country=True)]
    rescued, ready = events_of(text, mentions)
    assert [(m.entity_id, role) for m, role in rescued.actors] == [("actor/agency", "source")]
    assert [m.entity_id for m, _ in ready.actors] == ["actor/chile"]


def test_exchanges_of_fire_and_force_not_ruled_out_and_what_lasted_before_a_plan():
    text = ("Chile and Peru exchanged fire overnight. Peru has not ruled out the use of force. "
            "Chile will sign a truce after four days of fighting.")
    found = [(e.trigger.text, e.trigger.event_type, e.status) for e in events_of(text, [])]
    assert found == [("exchanged fire", "armed_conflict", "occurred"),
                     ("not ruled out the use of force", "threaten_force", "occurred"),
                     ("truce", "declare_ceasefire", "planned"), ("fighting", "armed_conflict", "occurred")]


def test_an_event_something_happened_without_did_not_happen():
    text = "The summit ended without a joint declaration. Chile has not held any new talks. Peru withdrew after talks."
    statuses = statuses_of(text)
    assert ("declaration", "negated") in statuses and ("talks", "negated") in statuses
    assert statuses[-1] == ("talks", "occurred")


def test_persons_or_remains_handed_over_are_released_and_a_return_home_is_not():
    text = "Hamas handed over the bodies of two hostages. Russia returned 20 children. The minister returned to Lima."
    found = [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])]
    assert found == [("handed over", "release_persons"), ("returned", "release_persons")]


def test_a_show_of_support_after_a_trigger_is_the_manner_of_its_event_and_whom_it_is_for_no_place():
    text = "Ruiz will travel to Peru in a show of support for Lima. Chile announced a show of support."
    mentions = [mention(text, "Ruiz", "actor/ruiz"), mention(text, "Peru", "loc/peru", "location", "gazetteer.country", True),
                mention(text, "Lima", "loc/lima", "location", "gazetteer.city")]
    found = [(e.trigger.text, [(m.text, role) for m, role in e.locations]) for e in events_of(text, mentions)]
    assert found[0] == ("travel", [("Peru", "destination")])
    assert [trigger for trigger, _ in found] == ["travel", "announced", "show of support"]  # not "in a": no manner


def test_a_trigger_counted_by_a_quantity_is_an_event_with_that_quantity():
    text = "Ukraine repelled 45 attacks near Pokrovsk."
    start = text.index("45")
    attacks = Quantity(start, start + 10, "45 attacks", "45", 45, 45, 45, False, "attacks", "attacks", start + 3,
                       start + 10, "quantities.test")
    (event,) = find_events(text, sentences_of(text), [], [], [attacks], PUBLISHED)
    assert (event.trigger.text, event.trigger.event_type, event.quantities) == ("attacks", "armed_conflict", [attacks])


def test_an_event_noun_called_off_or_off_the_agenda_is_negated():
    text = ("A meeting between the two leaders was not on the agenda. The talks were cancelled. "
            "The protests in Quito continue. The talks in Lima were held.")
    statuses = statuses_of(text)
    assert statuses == [("meeting", "negated"), ("talks", "negated"), ("protests", "ongoing"), ("talks", "occurred")]


def test_a_speaker_named_in_an_appositive_closing_the_sentence_speaks_for_it_and_the_tag_is_no_party():
    text = ("Rebels and the army agreed to extend a truce, the UN envoy for Yemen, Hans Grundberg, said in a "
            "statement. Fighting resumed near Aden, the UN refugee agency UNHCR said.")
    mentions = [mention(text, "UN", "actor/united-nations", rule="organizations.lexicon"),
                mention(text, "Yemen", "actor/yemen", rule="gazetteer.country", country=True),
                mention(text, "Yemen", "loc/yemen", "location", "gazetteer.country", country=True),
                mention(text, "Hans Grundberg", "actor/hans-grundberg", rule="people.name_reporting"),
                mention(text, "Aden", "loc/aden", "location", "gazetteer.city"),
                mention(text, "UN refugee agency", "actor/unhcr", rule="organizations.lexicon"),
                mention(text, "UNHCR", "actor/unhcr", rule="organizations.lexicon")]
    truce, fighting = events_of(text, mentions)
    assert truce.speaker.entity_id == "actor/hans-grundberg" and truce.attribution[2] == "said"
    assert [(m.entity_id, role) for m, role in truce.actors] == [("actor/hans-grundberg", "source")]
    assert truce.locations == []  # Yemen is what the envoy is for, not where the truce is
    assert [(m.text, role) for m, role in fighting.actors] == [("UNHCR", "source")]
    assert [(m.entity_id, role) for m, role in fighting.locations] == [("loc/aden", "near")]


def test_an_appositive_name_before_a_reporting_word_with_its_speaker_after_does_not_speak():
    text = "Talks opened with the Russian leader, Vladimir Putin, said the ministry."
    mentions = [mention(text, "Vladimir Putin", "actor/vladimir-putin"),
                mention(text, "the ministry", "actor/ministry", rule="organizations.lexicon")]
    (talks,) = events_of(text, mentions)
    assert talks.speaker.entity_id == "actor/ministry"


def test_the_countries_of_a_route_or_a_flight_are_places_not_parties():
    text = ("More than 2,000 refugees crossed from Sudan into Chad, fleeing renewed fighting in Darfur. "
            "Families fled into Poland as shelling continued.")
    mentions = [m for name in ("Sudan", "Chad", "Poland")
                for m in (mention(text, name, f"actor/{name.lower()}", rule="gazetteer.country", country=True),
                          mention(text, name, f"loc/{name.lower()}", "location", "gazetteer.country", country=True))]
    fighting, shelling = events_of(text, mentions)
    assert fighting.actors == [] and shelling.actors == []
    assert {m.entity_id for m, _ in fighting.locations} == {"loc/sudan", "loc/chad"}


def test_a_participle_after_a_conjunction_shares_the_subject_and_its_pronoun_the_objects_before():
    text = ("Poland expelled three Russian diplomats on Tuesday after accusing them of spying. "
            "Chile criticised Peru for killing civilians in Bolivia.")
    mentions = [mention(text, "Poland", "actor/poland", rule="gazetteer.country", country=True),
                mention(text, "Russian diplomats", "actor/russian-diplomats", rule="organizations.group_pattern"),
                *(mention(text, name, f"actor/{name.lower()}", rule="gazetteer.country", country=True)
                  for name in ("Chile", "Peru", "Bolivia"))]
    expelled, accusing, criticised, killing = events_of(text, mentions)
    assert [(m.entity_id, role) for m, role in expelled.actors] == [("actor/poland", "initiator"),
                                                                    ("actor/russian-diplomats", "target")]
    assert [(m.entity_id, m.text, role) for m, role in accusing.actors] == [
        ("actor/poland", "Poland", "initiator"), ("actor/russian-diplomats", "them", "target")]
    assert ("actor/peru", "initiator") in [(m.entity_id, role) for m, role in killing.actors]  # not after "for"


def test_a_coordinated_clause_opening_with_its_trigger_noun_has_its_own_subject():
    text = "Security forces fired tear gas at students in Tehran, as demonstrations over fuel prices entered a third day."
    mentions = [mention(text, "Security forces", "actor/security-forces", rule="organizations.group_pattern"),
                mention(text, "students", "actor/students", rule="organizations.group_pattern")]
    tear_gas, demonstrations = events_of(text, mentions)
    assert ("actor/security-forces", "initiator") in [(m.entity_id, role) for m, role in tear_gas.actors]
    assert demonstrations.trigger.text == "demonstrations" and demonstrations.actors == []


def test_who_is_blamed_for_a_deed_or_has_it_blamed_on_them_did_it_and_the_blamer_did_not():
    text = "Israel blamed Hamas for the attack. Israel blamed the bombing on Hamas."
    mentions = sorted([mention(text, name, f"actor/{name.lower()}", rule="gazetteer.country", country=True, nth=n)
                       for name in ("Israel", "Hamas") for n in range(2)], key=lambda m: m.start)
    roles = [(e.trigger.text, sorted((m.entity_id, role) for m, role in e.actors)) for e in events_of(text, mentions)]
    assert roles == [
        ("blamed", [("actor/hamas", "target"), ("actor/israel", "initiator")]),
        ("attack", [("actor/hamas", "initiator")]),
        ("blamed", [("actor/hamas", "target"), ("actor/israel", "initiator")]),
        ("bombing", [("actor/hamas", "initiator")])]
    # only blaming says who did it: a condemnation "for" the attack keeps both before it
    text = "Israel condemned Hamas for the raid."
    mentions = [mention(text, name, f"actor/{name.lower()}", rule="gazetteer.country", country=True)
                for name in ("Israel", "Hamas")]
    raid = events_of(text, mentions)[-1]
    assert sorted((m.entity_id, role) for m, role in raid.actors) == [("actor/hamas", "initiator"),
                                                                       ("actor/israel", "initiator")]


def test_the_present_progressive_is_ongoing():
    assert statuses_of("Ethiopia and Eritrea are massing troops. They're fighting. Russia was shelling the city. "
                       "Kyiv condemned Russia’s shelling.") == [
        ("massing", "ongoing"), ("fighting", "ongoing"), ("shelling", "occurred"), ("condemned", "occurred"),
        ("shelling", "occurred")]


def test_sanctions_lifted_or_eased_are_eased_from_the_verb_with_its_modality():
    assert statuses_of("Washington is expected to ease some oil sanctions. Sanctions could be partly lifted. "
                       "The EU scrapped the arms embargo. The EU imposed sanctions on Iran.") == [
        ("ease some oil sanctions", "planned"), ("lifted", "unknown"), ("scrapped the arms embargo", "occurred"),
        ("imposed sanctions", "occurred")]
    assert {e.trigger.event_type for e in events_of("The EU scrapped the arms embargo.", [])} == {"ease_sanctions"}


def test_a_noun_trigger_owned_by_an_actor_is_that_actors_alone():
    text = "Kyiv condemned Moscow’s brutal invasion."
    mentions = [mention(text, "Kyiv", "actor/ukraine-government", rule="organizations.capital_as_government"),
                mention(text, "Moscow", "actor/russia-government", rule="organizations.capital_as_government")]
    condemned, invasion = events_of(text, mentions)
    assert [(m.entity_id, role) for m, role in invasion.actors] == [("actor/russia-government", "initiator")]
    assert ("actor/ukraine-government", "initiator") in [(m.entity_id, role) for m, role in condemned.actors]


def test_a_condition_has_a_subject_of_its_own():
    text = "Washington will restore flights if more detainees are freed in the coming weeks."
    mentions = [mention(text, "Washington", "actor/united-states-government", rule="organizations.capital_as_government")]
    (freed,) = [e for e in events_of(text, mentions) if e.trigger.text == "are freed"]
    assert freed.trigger.event_type == "release_persons" and freed.actors == []


def test_a_ranking_appositive_is_not_reached_by_the_cue_before_it():
    assert statuses_of("Thousands marched to demand early elections, the largest protest in months.") == [
        ("marched", "occurred"), ("demand", "occurred"), ("elections", "proposed"), ("protest", "occurred")]


def test_handshakes_are_meetings():
    assert [e.trigger.event_type for e in events_of("Aliyev and Pashinyan shook hands at the White House.", [])] == \
        ["meet"]


def test_a_person_named_after_a_description_opening_the_sentence_speaks():
    text = ("Eritrea’s information minister, Yemane Gebremeskel, said on Sunday that his country would attack. "
            "Talks opened with the Russian leader, Vladimir Putin, said the ministry.")
    mentions = [mention(text, "Yemane Gebremeskel", "actor/yemane-gebremeskel", rule="people.appositive"),
                mention(text, "Vladimir Putin", "actor/vladimir-putin")]
    speakers = {e.trigger.text: e.speaker.entity_id if e.speaker else None for e in events_of(text, mentions)}
    assert speakers["attack"] == "actor/yemane-gebremeskel"
    assert speakers["Talks"] is None  # a verb before the comma: Putin is who the talks are with


def test_the_speaker_after_according_to_may_be_described_by_lower_case_words():
    text = ("Troops shelled the town, according to local residents. Police detained 12 people, according to "
            "health officials.")
    mentions = [mention(text, "residents", "actor/residents", rule="organizations.group_pattern"),
                mention(text, "Police", "actor/police", rule="organizations.group_pattern"),
                mention(text, "officials", "actor/officials", rule="organizations.group_pattern")]
    speakers = [(e.trigger.text, e.speaker.entity_id if e.speaker else None) for e in events_of(text, mentions)]
    assert speakers == [("shelled", "actor/residents"), ("detained", "actor/officials")]


def test_who_a_noun_trigger_is_by_does_it():
    text = "Kyiv condemned the attack on Kharkiv by Russian forces. Prisoners were freed after a visit to Caracas by a US envoy."
    mentions = [mention(text, "Kyiv", "actor/ukraine-government", rule="organizations.capital_as_government"),
                mention(text, "Russian forces", "actor/russia-armed-forces", rule="organizations.armed_forces_pattern"),
                mention(text, "US", "actor/united-states", rule="gazetteer.country", country=True)]
    roles = {e.trigger.text: sorted((m.entity_id, role) for m, role in e.actors) for e in events_of(text, mentions)}
    assert roles["attack"] == [("actor/russia-armed-forces", "initiator")]
    assert roles["visit"] == [("actor/united-states", "initiator")]
    assert ("actor/ukraine-government", "initiator") in roles["condemned"]


def test_what_a_measure_answers_after_over_is_no_part_of_it():
    text = "The EU imposed sanctions on Iran over its supply of drones to Russia, ministers decided in Brussels."
    mentions = [mention(text, "EU", "actor/eu", rule="organizations.lexicon"),
                *(m for name in ("Iran", "Russia")
                  for m in (mention(text, name, f"actor/{name.lower()}", rule="gazetteer.country", country=True),
                            mention(text, name, f"loc/{name.lower()}", "location", "gazetteer.country", country=True))),
                mention(text, "Brussels", "loc/brussels", "location", "gazetteer.city")]
    (sanctions,) = [e for e in events_of(text, mentions) if e.trigger.event_type == "impose_sanctions"]
    assert sorted((m.entity_id, role) for m, role in sanctions.actors if role != "source") == [
        ("actor/eu", "initiator"), ("actor/iran", "target")]
    assert "loc/russia" not in {m.entity_id for m, _ in sanctions.locations}
    assert "loc/brussels" in {m.entity_id for m, _ in sanctions.locations}  # past the phrase's comma


def test_who_makes_up_or_backs_an_actor_in_a_participle_after_it_takes_no_part():
    text = "The Houthis, backed by Iran, fired missiles at ships. The council, formed by ousted lawmakers, condemned it."
    mentions = [mention(text, "Houthis", "actor/houthis", rule="organizations.lexicon"),
                mention(text, "Iran", "actor/iran", rule="gazetteer.country", country=True),
                mention(text, "lawmakers", "actor/lawmakers", rule="organizations.group_pattern")]
    fired, condemned = events_of(text, mentions)
    assert [(m.entity_id, role) for m, role in fired.actors] == [("actor/houthis", "initiator")]
    assert condemned.actors == []


def test_a_war_of_trade_or_prices_and_a_market_rally_are_no_events():
    text = ("The tariffs escalated a trade war with Beijing. Markets rallied on Friday. "
            "Party leaders rallied behind the prime minister.")
    assert [e.trigger.text for e in events_of(text, [])] == ["tariffs"]


def test_what_is_declared_into_force_is_the_speakers_act():
    text = "Premier Ana Ruiz declared a state of siege. Premier Ana Ruiz declared that the siege was over."
    events = events_of(text, [mention(text, "Ana Ruiz", "actor/ana-ruiz"),
                              mention(text, "Ana Ruiz", "actor/ana-ruiz", nth=1)])
    assert [(e.trigger.text, e.trigger.event_type) for e in events][0] == ("state of siege", "impose_restrictions")
    assert [(m.start, role) for m, role in events[0].actors] == [(8, "initiator")] and events[0].attribution is None
    assert events[1].attribution[2] == "declared"


def test_an_event_named_again_as_the_topic_of_a_verb_is_no_new_one():
    text = "Gunmen killed the mayor. The council will meet to discuss the killing."
    assert [e.trigger.text for e in events_of(text, [])] == ["killed", "meet"]


def test_forces_and_warships_are_scrambled_too():
    text = "The ministry had scrambled its own forces in response. Greece scrambled warships."
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])] == [
        ("scrambled", "mobilize_forces"), ("scrambled", "mobilize_forces")]


def test_what_an_event_answers_after_in_retaliation_for_has_parties_of_its_own():
    text = "Britain struck targets in Yemen in retaliation for Houthi attacks on shipping."
    mentions = [mention(text, "Britain", "actor/united-kingdom", country=True),
                mention(text, "Britain", "loc/united-kingdom", "location", "gazetteer.country"),
                mention(text, "Yemen", "loc/yemen", "location", "gazetteer.country"),
                mention(text, "Houthi", "actor/houthis", rule="organizations.lexicon")]
    struck, attacks = events_of(text, mentions)
    assert [(m.entity_id, role) for m, role in struck.actors] == [("actor/united-kingdom", "initiator")]
    assert [(m.entity_id, role) for m, role in attacks.actors] == [("actor/houthis", "initiator")]
    assert attacks.locations == []


def test_whom_a_response_phrase_names_is_no_target_of_the_event_before_it():
    text = "China staged drills in what it called punishment for the inauguration of President Lai Ching-te."
    mentions = [mention(text, "China", "actor/china", country=True),
                mention(text, "China", "loc/china", "location", "gazetteer.country"),
                mention(text, "Lai Ching-te", "actor/lai-ching-te")]
    drills, inauguration = events_of(text, mentions)
    assert [(m.entity_id, role) for m, role in drills.actors] == [("actor/china", "initiator")]
    assert inauguration.trigger.event_type == "take_office"


def test_criticism_from_several_parties_is_theirs_and_who_faced_it_is_its_target():
    text = ("The coup drew condemnation from the African Union and the United Nations. "
            "Chile faced criticism from Peru and Bolivia.")
    names = ("African Union", "United Nations", "Chile", "Peru", "Bolivia")
    mentions = [mention(text, name, f"actor/{name.lower().replace(' ', '-')}", rule="organizations.lexicon")
                for name in names]
    condemnation, criticism = [e for e in events_of(text, mentions) if e.trigger.event_type == "criticize"]
    assert {(m.text, role) for m, role in condemnation.actors} == {("African Union", "initiator"),
                                                                   ("United Nations", "initiator")}
    assert {(m.text, role) for m, role in criticism.actors} == {("Chile", "target"), ("Peru", "initiator"),
                                                                ("Bolivia", "initiator")}


def test_a_clause_joined_by_and_with_a_subject_and_verb_of_its_own_is_no_part_of_the_event_before():
    text = "Guards detained President Ana Ruiz and General Luis Mora declared himself head of state."
    mentions = [mention(text, "Ana Ruiz", "actor/ana-ruiz"), mention(text, "Luis Mora", "actor/luis-mora")]
    detained = next(e for e in events_of(text, mentions) if e.trigger.text == "detained")
    assert [(m.text, role) for m, role in detained.actors] == [("Ana Ruiz", "target")]


def test_prisoners_released_by_a_state_and_a_truce_brokered_by_mediators():
    text = ("Ten prisoners were released by Chile on Friday. Peru freed 13 hostages in exchange for 39 prisoners "
            "released by Chile, on the first day of a truce brokered by Qatar and Egypt.")
    names = ("Chile", "Peru", "Qatar", "Egypt")
    mentions = [mention(text, name, f"actor/{name.lower()}", rule="gazetteer.country", nth=nth)
                for name in names for nth in range(text.count(name))]
    found = [(e.trigger.text, e.trigger.event_type, {(m.text, role) for m, role in e.actors})
             for e in events_of(text, mentions)]
    assert found == [
        ("released", "release_persons", {("Chile", "initiator")}),
        ("freed", "release_persons", {("Peru", "initiator")}),
        ("released", "release_persons", {("Chile", "initiator")}),
        ("truce", "declare_ceasefire", {("Peru", "initiator"), ("Chile", "initiator")}),  # the two sides
        ("brokered", "mediate", {("Qatar", "initiator"), ("Egypt", "initiator")})]


def test_mediators_broker_a_truce_between_its_parties():
    text = "Egypt and Qatar brokered a truce between Israel and Hamas."
    names = ("Egypt", "Qatar", "Israel", "Hamas")
    mentions = [mention(text, name, f"actor/{name.lower()}", rule="gazetteer.country") for name in names]
    (event,) = events_of(text, mentions)
    assert (event.trigger.event_type, sorted((m.text, role) for m, role in event.actors)) == (
        "mediate", [("Egypt", "initiator"), ("Hamas", "target"), ("Israel", "target"), ("Qatar", "initiator")])


def test_an_arrest_warrant_or_a_sought_arrest_is_not_yet_made():
    assert statuses_of("The court issued an arrest warrant for him. The court sought the arrest of the mayor.") == [
        ("arrest", "planned"), ("arrest", "proposed")]


def test_who_is_accused_of_a_deed_named_by_a_noun_did_it():
    text = "The court accused President Ana Ruiz of the unlawful deportation of children."
    mentions = [mention(text, "Ana Ruiz", "actor/ana-ruiz"),
                mention(text, "The court", "actor/court", rule="organizations.lexicon")]
    accused, deportation = events_of(text, mentions)
    assert [(m.text, role) for m, role in deportation.actors] == [("Ana Ruiz", "initiator")]


def test_occupied_land_named_by_its_participle_is_no_occupation_told():
    assert statuses_of("Children were taken from occupied areas of the country.") == []


def test_the_subject_of_a_passive_clause_joined_by_and_is_its_own():
    text = "Police used tear gas against demonstrators, and 457 people were arrested."
    mentions = [mention(text, "Police", "actor/police", rule="organizations.group_pattern"),
                mention(text, "demonstrators", "actor/demonstrators", rule="organizations.group_pattern")]
    arrested = events_of(text, mentions)[-1]
    assert (arrested.trigger.text, arrested.actors) == ("arrested", [])


def test_who_disputes_a_claim_in_an_appositive_takes_no_part_in_it():
    text = "The army said its troops had not fired on civilians, a claim Palestinian officials disputed."
    mentions = [mention(text, "army", "actor/army", rule="organizations.national_body"),
                mention(text, "Palestinian officials", "actor/palestinian-officials", rule="organizations.group_pattern")]
    (fired,) = events_of(text, mentions)
    assert "actor/palestinian-officials" not in {m.entity_id for m, _ in fired.actors}


def test_a_name_and_its_acronym_in_brackets_are_one_party_who_says_it_will_hold_a_summit():
    text = "The African Union (AU) said it would hold an emergency summit on Sunday."
    mentions = [mention(text, "African Union", "actor/african-union", rule="organizations.lexicon"),
                mention(text, "AU", "actor/african-union", rule="organizations.lexicon")]
    (summit,) = events_of(text, mentions)
    assert [(m.text, role) for m, role in summit.actors] == [("African Union", "source"), ("it", "participant")]


def test_an_event_ranked_among_its_kind_or_named_again_under_another_word_is_no_new_one():
    text = ("Gunmen abducted 287 pupils on Thursday, one of the largest mass kidnappings in years. "
            "No group has claimed responsibility for the attack. Chile and Peru signed an accord. "
            "Under the accord, rebels will disarm.")
    assert [e.trigger.text for e in events_of(text, [])] == ["abducted", "signed", "disarm"]  # the accord: no new one


def test_no_subject_in_the_passive_negates_the_event():
    assert statuses_of("No Indian soldier was killed or seriously injured, he said.") == [("killed", "negated")]


def test_the_first_reported_case_is_no_report():
    assert statuses_of("Troops clashed on Friday. The clash was the first reported since 2021.") == [
        ("clashed", "occurred")]


def test_speakers_listed_with_a_word_that_describes_one_of_them_all_speak():
    text = "Gunmen abducted the pupils, residents and local officials said."
    mentions = [mention(text, "Gunmen", "actor/gunmen", rule="organizations.group_pattern"),
                mention(text, "residents", "actor/residents", rule="organizations.group_pattern"),
                mention(text, "officials", "actor/officials", rule="organizations.group_pattern")]
    (event,) = events_of(text, mentions)
    assert sorted((m.text, role) for m, role in event.actors) == [
        ("Gunmen", "initiator"), ("officials", "source"), ("residents", "source")]


def test_what_a_leader_vows_or_promises_that_will_happen_is_attributed_to_them():
    text = "President Ana Ruiz vowed that the region would not tolerate another coup."
    (event,) = events_of(text, [mention(text, "Ana Ruiz", "actor/ana-ruiz")])
    assert event.attribution[2] == "vowed that"
    assert [(m.text, role) for m, role in event.actors] == [("Ana Ruiz", "source")]


def test_a_clause_after_but_shares_the_subject_only_when_it_names_none():
    text = ("Chile condemned Peru, but did not impose sanctions. "
            "Chile praised Peru, but four of the seven commissioners rejected the result.")
    names = ("Chile", "Peru")
    mentions = [mention(text, name, f"actor/{name.lower()}", rule="gazetteer.country", nth=nth)
                for name in names for nth in range(2)]
    found = {e.trigger.text: (e.status, [(m.text, role) for m, role in e.actors]) for e in events_of(text, mentions)}
    assert found["sanctions"] == ("negated", [("Chile", "initiator")])
    assert found["rejected"] == ("occurred", [])


def test_a_ceasefire_announced_by_both_sides_is_a_ceasefire_and_an_announcement():
    assert [t for t, _ in statuses_of("Fighting went on despite a ceasefire announced by both sides.")] == [
        "Fighting", "ceasefire", "announced"]


def test_weapons_used_on_crowds_and_an_army_put_on_alert():
    text = ("Security forces fired live ammunition at the crowd. Police used pepper spray. "
            "The president put the army on the highest level of combat alert.")
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])] == [
        ("live ammunition", "assault"), ("pepper spray", "repress"), ("combat alert", "raise_military_alert")]


def test_newly_elected_officials_and_what_a_leader_calls_a_protest_named_before_are_no_events():
    text = ("Protesters demanded that newly elected mayors leave. "
            "The president vowed to act against what he called riots.")
    assert [e.trigger.text for e in events_of(text, [])] == ["Protesters", "demanded"]


def test_who_is_named_before_a_closing_according_to_is_what_the_source_says():
    text = "Thousands of people have fled into neighbouring Chad, according to the UN refugee agency."
    mentions = [mention(text, "Chad", "actor/chad", rule="gazetteer.country", country=True),
                mention(text, "Chad", "loc/chad", "location", "gazetteer.country", country=True),
                mention(text, "UN refugee agency", "actor/unhcr", rule="organizations.lexicon")]
    (event,) = events_of(text, mentions)
    assert [(m.text, role) for m, role in event.actors] == [("UN refugee agency", "source")]


def test_who_announces_a_measure_takes_it():
    text = "The United States announced new sanctions on Iran two days later."
    mentions = [mention(text, "United States", "actor/united-states", rule="gazetteer.country", country=True),
                mention(text, "Iran", "actor/iran", rule="gazetteer.country", country=True)]
    sanctions = next(e for e in events_of(text, mentions) if e.trigger.event_type == "impose_sanctions")
    assert [(m.text, role) for m, role in sanctions.actors] == [("United States", "initiator"), ("Iran", "target")]


def test_supporters_of_a_leader_storming_a_building_protest():
    text = "Thousands of supporters of former President Jair Bolsonaro stormed the presidential palace on Sunday."
    assert statuses_of(text) == [("stormed", "occurred")]


def test_a_clause_set_at_another_time_inside_a_relative_clause_ends_with_it():
    text = "Ruiz, who flew to Lima two days before Mora took office, condemned the riots."
    mentions = [mention(text, "Ruiz", "actor/ana-ruiz"), mention(text, "Mora", "actor/luis-mora")]
    condemned = next(e for e in events_of(text, mentions) if e.trigger.text == "condemned")
    assert [(m.text, role) for m, role in condemned.actors] == [("Ruiz", "initiator")]


def test_weapons_that_strike_a_place_and_a_fronted_retaliation_with_parties_of_its_own():
    text = "In retaliation for Houthi attacks on shipping, American warplanes struck Yemen."
    mentions = [mention(text, "Houthi", "actor/houthis", rule="organizations.lexicon"),
                mention(text, "American warplanes", "actor/us-forces", rule="organizations.armed_forces_pattern"),
                mention(text, "Yemen", "actor/yemen", rule="gazetteer.country", country=True),
                mention(text, "Yemen", "loc/yemen", "location", "gazetteer.country", country=True)]
    attacks, struck = events_of(text, mentions)
    assert ([(m.text, role) for m, role in attacks.actors], attacks.locations) == ([("Houthi", "initiator")], [])
    assert [(m.text, role) for m, role in struck.actors] == [("American warplanes", "initiator"), ("Yemen", "target")]
    assert [e.trigger.text for e in events_of("An earthquake struck the region.", [])] == []


def test_an_agreement_named_by_its_name_is_no_signing_and_leaving_one_is_a_rejection():
    text = ("Moscow was suspending its participation in the New START nuclear arms control treaty. "
            "Russia suspended the grain deal on Monday. The Minsk agreements failed. "
            "Russia demanded that Westerners sign treaties.")
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])] == [
        ("suspending", "reject"), ("suspended", "reject"), ("demanded", "demand"), ("treaties", "sign_agreement")]


def test_envoys_recalled_or_withdrawn_reduce_relations_and_consultations_are_no_talks():
    text = ("Turkey recalled its ambassador for consultations. Jordan and Bahrain recalled their envoys. "
            "Israel had withdrawn its diplomats from Turkey.")
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])] == [
        ("recalled its ambassador", "reduce_relations"), ("recalled", "reduce_relations"),
        ("withdrawn", "reduce_relations")]


def test_who_backs_a_group_takes_no_part_in_its_deeds_unless_named_in_the_passive():
    text = "M23 rebels backed by Rwanda captured Goma. M23 is backed by Rwanda, which denied it."
    mentions = [mention(text, "M23", "actor/m23", rule="organizations.lexicon", nth=nth) for nth in range(2)] + [
        mention(text, "Rwanda", "actor/rwanda", rule="gazetteer.country", nth=nth) for nth in range(2)]
    captured, denied = events_of(text, mentions)
    assert [(m.text, role) for m, role in captured.actors] == [("M23", "initiator")]
    assert ("Rwanda", "initiator") in [(m.text, role) for m, role in denied.actors]


def test_who_undergoes_an_event_in_the_passive_does_not_do_the_next_one():
    text = "At least 31 civilians were killed in the initial strikes and cross-border shelling."
    mentions = [mention(text, "civilians", "actor/civilians", rule="organizations.group_pattern")]
    shelling = next(e for e in events_of(text, mentions) if e.trigger.text == "shelling")
    assert shelling.actors == []


def test_a_meeting_called_for_a_day_is_planned_and_an_arrival_on_a_visit_is_one_visit():
    text = ("The union called an emergency meeting for Tuesday. "
            "The minister arrived in Delhi on Thursday on a previously scheduled visit. "
            "They spoke about the need for a ceasefire.")
    assert statuses_of(text) == [("meeting", "planned"), ("arrived in", "occurred"), ("ceasefire", "proposed")]


def test_who_is_accused_of_a_quoted_declaration_of_war_wages_it():
    text = 'Kinshasa accused Kigali of "a declaration of war".'
    mentions = [mention(text, "Kinshasa", "actor/congo", rule="organizations.capital_as_government"),
                mention(text, "Kigali", "actor/rwanda", rule="organizations.capital_as_government")]
    accused, war = events_of(text, mentions)
    assert (war.trigger.text, [(m.text, role) for m, role in war.actors]) == (
        "declaration of war", [("Kigali", "initiator")])


def test_a_hedged_amount_between_a_verb_and_its_object_keeps_the_object():
    assert statuses_of("Iran fired about 180 ballistic missiles at Israel. Russia sent over 1,000 troops.") == [
        ("fired", "occurred"), ("sent", "occurred")]
    assert statuses_of("He launched an inquiry about drones.") == [("inquiry", "occurred")]


def test_ground_operations_emergency_sessions_and_convoys_advancing():
    text = ("Israel launched a ground operation in Lebanon. The council held an emergency session. "
            "A convoy of armoured vehicles advanced towards Kyiv.")
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])] == [
        ("ground operation", "armed_conflict"), ("emergency session", "meet"), ("advanced towards", "mobilize_forces")]


def test_a_decree_or_an_application_signed_is_no_agreement():
    assert statuses_of("The president signed an application for membership and signed a decree.") == []


def test_a_clause_after_as_with_a_subject_of_its_own_takes_no_initiator_from_before():
    text = "Refugees fled since Russia invaded, as a convoy of vehicles advanced towards Kyiv."
    mentions = [mention(text, "Russia", "actor/russia", rule="gazetteer.country")]
    advanced = events_of(text, mentions)[-1]
    assert (advanced.trigger.text, advanced.actors) == ("advanced towards", [])


def test_what_is_refused_or_declined_is_negated_and_what_is_done_in_protest_is_no_protest():
    found = statuses_of("The government refused to condemn the coup. He declined to attend the summit.")
    assert ("condemn", "negated") in found and ("summit", "negated") in found
    assert statuses_of("Poland summoned the ambassador in protest.") == [("summoned", "occurred")]


def test_who_the_first_of_two_coordinated_verbs_acts_on_is_no_subject_of_the_second():
    text = "Soldiers detained President Ana Ruiz on Wednesday and announced a curfew."
    mentions = [mention(text, "Ana Ruiz", "actor/ana-ruiz")]
    detained, announced = events_of(text, mentions)[:2]
    assert [(m.text, role) for m, role in detained.actors] == [("Ana Ruiz", "target")]
    assert (announced.trigger.text, announced.actors) == ("announced", [])


def test_people_named_after_an_event_and_cross_border_name_no_event():
    assert statuses_of("France did not recognise the coup leaders. Protest leaders met him.") == [("met", "occurred")]
    assert [e.trigger.text for e in events_of("Troops launched a cross-border incursion.", [])] == ["incursion"]


def test_a_coordinated_clause_with_its_own_subject_after_a_reporting_word_is_not_what_was_said():
    text = "The European Union said the law was flawed, and the United States threatened to impose sanctions."
    mentions = [mention(text, "European Union", "actor/eu", rule="organizations.lexicon"),
                mention(text, "United States", "actor/usa", rule="gazetteer.country", country=True)]
    (threat,) = events_of(text, mentions)
    assert (threat.speaker, threat.attribution) == (None, None)
    assert [(m.text, role) for m, role in threat.actors] == [("United States", "initiator")]


def test_a_speaker_described_between_commas_before_the_reporting_word_says_it():
    text = "France, the former colonial power, said it suspended development aid."
    mentions = [mention(text, "France", "actor/france", rule="gazetteer.country", country=True)]
    (suspended,) = events_of(text, mentions)
    assert suspended.speaker is not None and suspended.speaker.text == "France"


def test_who_brokered_a_deal_between_commas_does_not_do_what_the_deal_calls_for():
    text = "The deal, brokered by the United States and France, calls for Israeli troops to withdraw from Lebanon."
    mentions = [mention(text, "United States", "actor/usa", rule="gazetteer.country", country=True),
                mention(text, "France", "actor/france", rule="gazetteer.country", country=True),
                mention(text, "Israeli troops", "actor/israeli-troops", rule="organizations.group_pattern")]
    withdraw = events_of(text, mentions)[-1]
    assert withdraw.trigger.text == "withdraw"
    assert [(m.text, role) for m, role in withdraw.actors] == [("Israeli troops", "initiator")]


def test_the_actor_right_before_to_is_the_infinitives_only_subject_and_a_second_one_shares_the_request():
    text = "The plan calls for Israel to withdraw its troops and for Hamas to release the hostages."
    mentions = [mention(text, "Israel", "actor/israel", rule="gazetteer.country", country=True),
                mention(text, "Hamas", "actor/hamas", rule="organizations.lexicon")]
    calls, withdraw, release = events_of(text, mentions)
    assert [(m.text, role) for m, role in calls.actors] == [("Israel", "target")]  # Israel is called on, too
    assert ([(m.text, role) for m, role in withdraw.actors], withdraw.status) == ([("Israel", "initiator")], "proposed")
    assert ([(m.text, role) for m, role in release.actors], release.status) == ([("Hamas", "initiator")], "proposed")
    text = "The deal calls for Israel to withdraw from Gaza within 60 days and for the army to deploy 500 soldiers."
    assert statuses_of(text)[-1] == ("deploy", "proposed")
    # a place before "to" is where, not who: Berlin is not the only one to meet
    text = "Minister Ana Ruiz flew to Berlin to meet officials."
    mentions = [mention(text, "Ana Ruiz", "actor/ana-ruiz"),
                mention(text, "Berlin", "actor/germany-government", rule="organizations.capital_as_government")]
    meet = events_of(text, mentions)[-1]
    assert "Ana Ruiz" in [m.text for m, role in meet.actors]


def test_an_event_named_as_background_after_despite_or_amid_takes_no_initiator_from_its_clause():
    text = "Georgia's parliament passed a law despite weeks of mass protests. Police detained 20 people amid the truce."
    mentions = [mention(text, "Georgia's parliament", "actor/georgia-parliament", rule="organizations.state_body"),
                mention(text, "Police", "actor/police", rule="organizations.lexicon")]
    found = {e.trigger.text: [(m.text, role) for m, role in e.actors] for e in events_of(text, mentions)}
    assert found["protests"] == [] and found["truce"] == []
    assert found["detained"] == [("Police", "initiator")]


def test_named_parties_after_between_leave_out_those_the_sentence_named_before():
    text = "Washington resumed aid to Kyiv, suspended after a meeting between Donald Trump and Ana Ruiz."
    mentions = [mention(text, "Washington", "actor/us-government", rule="organizations.capital_as_government"),
                mention(text, "Kyiv", "actor/ukraine-government", rule="organizations.capital_as_government"),
                mention(text, "Donald Trump", "actor/donald-trump"), mention(text, "Ana Ruiz", "actor/ana-ruiz")]
    meeting = events_of(text, mentions)[-1]
    assert sorted(m.text for m, role in meeting.actors) == ["Ana Ruiz", "Donald Trump"]


def test_inside_a_relative_clause_the_antecedent_or_the_clauses_own_subject_does_its_event():
    text = "President Ana Ruiz met Tsai, defying Beijing, which announced military drills."
    mentions = [mention(text, "Ana Ruiz", "actor/ana-ruiz"),
                mention(text, "Beijing", "actor/china-government", rule="organizations.capital_as_government")]
    drills = events_of(text, mentions)[-1]
    assert (drills.trigger.text, [(m.text, role) for m, role in drills.actors]) == ("drills", [("Beijing", "initiator")])
    text = "President Ana Ruiz named a new commander, who ordered the troops to withdraw."
    (withdraw,) = events_of(text, [mention(text, "Ana Ruiz", "actor/ana-ruiz")])
    assert withdraw.actors == []  # the commander, whom no mention names


def test_whom_supporters_follow_benefits_from_their_event_and_whom_critics_oppose_is_its_target():
    text = "Hundreds of President Luis Arce's supporters rallied. Critics of Prime Minister Ana Ruiz protested."
    mentions = [mention(text, "Luis Arce", "actor/luis-arce"), mention(text, "Ana Ruiz", "actor/ana-ruiz")]
    rallied, protested = events_of(text, mentions)
    assert [(m.text, role) for m, role in rallied.actors] == [("Luis Arce", "beneficiary")]
    assert [(m.text, role) for m, role in protested.actors] == [("Ana Ruiz", "target")]


def test_a_subject_after_an_and_that_opens_a_clause_alone_does_its_event():
    text = "Lawmakers voted to block the decree and thousands of protesters gathered outside parliament."
    mentions = [mention(text, "Lawmakers", "actor/lawmakers", rule="organizations.group_pattern"),
                mention(text, "protesters", "actor/protesters", rule="organizations.group_pattern")]
    (gathered,) = events_of(text, mentions)
    assert [(m.text, role) for m, role in gathered.actors] == [("protesters", "initiator")]
    text = "Japan and China urged calm."  # a list stays whole
    mentions = [mention(text, "Japan", "actor/japan", rule="gazetteer.country", country=True),
                mention(text, "China", "actor/china", rule="gazetteer.country", country=True)]
    assert [m.text for m, _ in events_of(text, mentions)[0].actors] == ["Japan", "China"]


def test_a_statement_made_of_its_closing_tag_is_made_whatever_it_reports():
    assert statuses_of("Kim offered to help, his office said.") == [("said", "occurred")]
    assert statuses_of("Kim agreed, his office did not say.") == [("say", "negated")]


def test_in_what_someone_called_an_event_names_the_one_before_and_its_namer_is_no_party():
    text = ("Soldiers stormed the palace in what President Luis Arce called a coup attempt. "
            "Leaders condemned the attempted coup.")
    mentions = [mention(text, "Luis Arce", "actor/luis-arce")]
    found = events_of(text, mentions)
    assert [(e.trigger.text, e.actors) for e in found] == [("stormed", []), ("condemned", [])]


def test_a_restriction_lifted_is_eased_not_imposed():
    text = "Yoon lifted martial law. The curfew was lifted on Monday. The junta imposed a curfew."
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])] == [
        ("lifted martial law", "ease_restrictions"), ("lifted", "ease_restrictions"), ("curfew", "impose_restrictions")]


def test_the_actor_right_after_that_is_the_only_subject_of_its_clause_and_no_demander():
    text = "The African Union demanded that Russia stop its offensive."
    mentions = [mention(text, "African Union", "actor/african-union", rule="organizations.lexicon"),
                mention(text, "Russia", "actor/russia", rule="gazetteer.country", country=True)]
    demanded, offensive = events_of(text, mentions)
    assert [(m.text, role) for m, role in demanded.actors] == [("African Union", "initiator"), ("Russia", "target")]
    assert [(m.text, role) for m, role in offensive.actors] == [("Russia", "initiator")]


def test_shootings_in_the_passive_and_campaign_rallies():
    text = "Former President Donald Trump was shot at a campaign rally. One rally attendee was killed."
    found = events_of(text, [mention(text, "Donald Trump", "actor/donald-trump")])
    assert [(e.trigger.text, [(m.text, role) for m, role in e.actors]) for e in found] == [
        ("was shot", [("Donald Trump", "target")]), ("killed", [])]


def test_who_identified_someone_or_names_an_event_as_under_investigation_is_no_party():
    text = "The gunman, identified by the FBI as Tom Crooks, was killed by Secret Service snipers."
    mentions = [mention(text, "FBI", "actor/fbi", rule="organizations.lexicon"),
                mention(text, "Secret Service", "actor/secret-service", rule="organizations.lexicon")]
    (killed,) = events_of(text, mentions)
    assert [(m.text, role) for m, role in killed.actors] == [("Secret Service", "initiator")]
    text = "Ana Ruiz was shot on Saturday in what authorities are investigating as an assassination attempt."
    assert [e.trigger.text for e in events_of(text, [])] == ["was shot", "investigating"]


def test_a_title_between_by_and_the_agent_of_a_participle():
    text = "Prigozhin called off the march under a deal brokered by Belarusian President Alexander Lukashenko."
    mentions = [mention(text, "Prigozhin", "actor/prigozhin", rule="people.surname_backref"),
                mention(text, "Alexander Lukashenko", "actor/alexander-lukashenko")]
    (brokered,) = events_of(text, mentions)
    assert [(m.text, role) for m, role in brokered.actors] == [("Alexander Lukashenko", "initiator")]


def test_a_fronted_under_phrase_event_takes_no_party_from_the_clause_after_it():
    text = "Under the agreement, Prigozhin will move to Belarus, the Kremlin said."
    mentions = [mention(text, "Belarus", "actor/belarus", rule="gazetteer.country", country=True),
                mention(text, "Kremlin", "actor/kremlin", rule="organizations.lexicon")]
    (agreement,) = events_of(text, mentions)
    assert [(m.text, role) for m, role in agreement.actors] == [("Kremlin", "source")]


def test_a_subordinate_clause_with_a_subject_of_its_own_takes_no_initiator_from_the_main_clause():
    text = "Residents of Rostov cheered as the fighters withdrew from the city."
    (withdrew,) = events_of(text, [mention(text, "Residents", "actor/residents", rule="organizations.group_pattern")])
    assert withdrew.actors == []


def test_a_list_of_what_a_response_answers_is_the_cause_not_the_responders_act():
    text = ("The United States expelled 10 diplomats in retaliation for the SolarWinds hack and interference "
            "in the 2020 election.")
    mentions = [mention(text, "United States", "actor/usa", rule="gazetteer.country", country=True)]
    expelled, election = events_of(text, mentions)
    assert election.trigger.text == "election" and election.actors == []


def test_who_did_the_same_after_as_did_does_the_verbs_event():
    text = "Xi Jinping congratulated Ana Ruiz, as did the leaders of India and Chile. France condemned the coup, as did Peru."
    mentions = [mention(text, "Xi Jinping", "actor/xi-jinping"), mention(text, "Ana Ruiz", "actor/ana-ruiz"),
                *(mention(text, name, f"actor/{name.lower()}", rule="gazetteer.country", country=True)
                  for name in ("India", "Chile", "France", "Peru"))]
    congratulated, condemned, coup = events_of(text, mentions)
    assert [(m.text, role) for m, role in congratulated.actors] == [
        ("Xi Jinping", "initiator"), ("Ana Ruiz", "target"), ("India", "initiator"), ("Chile", "initiator")]
    assert [(m.text, role) for m, role in condemned.actors] == [("France", "initiator"), ("Peru", "initiator")]
    assert coup.actors == []


def test_what_something_is_called_and_the_event_a_verb_takes_on_again_are_no_new_events():
    assert statuses_of("The ministry called it a pseudo-election.") == []
    assert statuses_of('The commissioner called it "a vile attack" and wished him a swift recovery.') == []
    assert statuses_of('The candidate called the decision "a formalised coup".') == []
    text = "Trump announced tariffs on China. Canada would fight the tariffs."
    assert [e.trigger.text for e in events_of(text, [])] == ["announced", "tariffs"]  # none in the second


def test_hostages_taken_and_carrier_strike_groups_sent():
    found = events_of("Gunmen took dozens of hostages. The US will send a carrier strike group.", [])
    assert [(e.trigger.text, e.trigger.event_type) for e in found] == [("took", "assault"), ("send", "mobilize_forces")]


def test_according_to_prosecutors_closes_its_sentence():
    text = "The suspects had planned to storm the Bundestag, according to prosecutors."
    mentions = [mention(text, "Bundestag", "actor/bundestag", rule="organizations.lexicon"),
                mention(text, "prosecutors", "actor/prosecutors", rule="organizations.group_pattern")]
    (statement,) = events_of(text, mentions)
    assert (statement.status, [(m.text, role) for m, role in statement.actors]) == (
        "occurred", [("prosecutors", "source")])


def test_a_meeting_to_discuss_something_is_one_meeting():
    assert statuses_of("The council will meet on Tuesday to discuss the crisis.") == [("meet", "planned")]
    assert statuses_of("They agreed to discuss trade.") == [("discuss", "planned")]


def test_mobilisations_call_ups_and_the_democratically_elected():
    found = events_of("Putin ordered a partial mobilisation. The army called up 5,000 reservists. "
                      "Soldiers ousted the democratically elected government.", [])
    assert [(e.trigger.text, e.trigger.event_type) for e in found] == [
        ("mobilisation", "mobilize_forces"), ("called up", "mobilize_forces")]


def test_after_weeks_of_an_event_is_its_background_but_talks_stay_whose_they_were():
    text = "Prime Minister Ana Ruiz resigned after weeks of deadly protests. Chile and Peru agreed after months of talks."
    mentions = [mention(text, "Ana Ruiz", "actor/ana-ruiz"),
                mention(text, "Chile", "actor/chile", rule="gazetteer.country", country=True),
                mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True)]
    found = {e.trigger.text: [m.text for m, _ in e.actors] for e in events_of(text, mentions)}
    assert found["protests"] == [] and found["talks"] == ["Chile", "Peru"]


def test_a_named_person_released_or_freed_is_a_release():
    text = "The army released former President Ana Ruiz. The court freed jailed opposition leader Tomas Berg."
    mentions = [mention(text, "Ana Ruiz", "actor/ana-ruiz"), mention(text, "Tomas Berg", "actor/tomas-berg")]
    found = events_of(text, mentions)
    assert [(e.trigger.text, e.trigger.event_type, [(m.text, role) for m, role in e.actors]) for e in found] == [
        ("released", "release_persons", [("Ana Ruiz", "target")]),
        ("freed", "release_persons", [("Tomas Berg", "target")])]  # "jailed" tells of no sentence
    assert statuses_of("Police released a statement.") == [("statement", "occurred")]


def test_a_hyphenated_brokered_is_an_adjective_and_the_noun_after_it_the_event():
    found = events_of("The separatists agreed to disarm under a Russian-brokered ceasefire.", [])
    assert [(e.trigger.text, e.trigger.event_type) for e in found] == [("disarm", "withdraw_forces"),
                                                                       ("ceasefire", "declare_ceasefire")]
    assert statuses_of("They welcomed a Qatari-brokered deal.") == [("welcomed", "occurred")]


def test_a_predicate_after_and_with_no_subject_in_what_is_said_is_the_speakers_own():
    text = "Congo's government said the capture amounted to war and cut diplomatic ties with Rwanda."
    mentions = [mention(text, "Congo's government", "actor/congo-government", rule="organizations.state_body"),
                mention(text, "Rwanda", "actor/rwanda", rule="gazetteer.country", country=True)]
    cut = events_of(text, mentions)[-1]
    assert (cut.trigger.text, cut.attribution) == ("cut diplomatic ties", None)
    assert [(m.text, role) for m, role in cut.actors] == [("Congo's government", "initiator"), ("Rwanda", "target")]
    text = "Officials said police arrested 20 people and detained 30 more."  # the police's, as they report
    mentions = [mention(text, "Officials", "actor/officials", rule="organizations.group_pattern"),
                mention(text, "police", "actor/police", rule="organizations.lexicon")]
    detained = events_of(text, mentions)[-1]
    assert detained.speaker is not None and detained.speaker.text == "Officials"


def test_over_an_attempt_to_do_something_its_owner_does_it():
    text = "Parliament voted to impeach President Ana Ruiz over her attempt to impose martial law."
    mentions = [mention(text, "Parliament", "actor/parliament", rule="organizations.lexicon"),
                mention(text, "Ana Ruiz", "actor/ana-ruiz")]
    impeach, martial_law = events_of(text, mentions)
    assert [(m.text, m.entity_id, role) for m, role in martial_law.actors] == [("her", "actor/ana-ruiz", "initiator")]
    assert (impeach.trigger.event_type, [(m.text, role) for m, role in impeach.actors]) == (
        "impeach", [("Parliament", "initiator"), ("Ana Ruiz", "target")])
    text = "Lawmakers voted over the weekend to impose sanctions."  # no attempt, no cause: the first trigger
    (sanctions,) = events_of(text, [mention(text, "Lawmakers", "actor/lawmakers", rule="organizations.group_pattern")])
    assert [m.text for m, _ in sanctions.actors] == ["Lawmakers"]


def test_supporters_named_by_a_noun_before_them_and_mobs_ransacking():
    text = "Thousands of President Ana Ruiz supporters rallied. A mob ransacked the building."
    rallied, ransacked = events_of(text, [mention(text, "Ana Ruiz", "actor/ana-ruiz")])
    assert [(m.text, role) for m, role in rallied.actors] == [("Ana Ruiz", "beneficiary")]
    assert (ransacked.trigger.text, ransacked.trigger.event_type) == ("ransacked", "protest")


def test_a_list_of_titled_people_stays_whole_and_a_clause_after_and_opens_with_its_own_subject():
    text = "Leaders including U.S. President Joe Biden and French President Emmanuel Macron congratulated Lula."
    mentions = [mention(text, "Joe Biden", "actor/joe-biden"), mention(text, "Emmanuel Macron", "actor/macron")]
    (congratulated,) = events_of(text, mentions)
    assert [m.text for m, _ in congratulated.actors] == ["Joe Biden", "Emmanuel Macron"]
    text = "Iran fired missiles in retaliation for the killing of leader Hassan Nasrallah, and Israel vowed to respond."
    mentions = [mention(text, "Iran", "actor/iran", rule="gazetteer.country", country=True),
                mention(text, "Hassan Nasrallah", "actor/nasrallah"),
                mention(text, "Israel", "actor/israel", rule="gazetteer.country", country=True)]
    killing = events_of(text, mentions)[-1]
    assert [(m.text, role) for m, role in killing.actors] == [("Hassan Nasrallah", "target")]


def test_what_the_military_called_names_the_event_before():
    text = "Troops crossed into Lebanon in what the military called limited raids."
    mentions = [mention(text, "military", "actor/israel-military", rule="organizations.national_body")]
    assert [(e.trigger.text, e.actors) for e in events_of(text, mentions)] == [("crossed", [])]


def test_goods_seized_are_no_territory_taken():
    assert statuses_of("Police seized a homemade gun. Troops captured weapons and ammunition.") == []
    assert statuses_of("Rebels seized the town.") == [("seized", "occurred")]


def test_alleged_before_a_noun_reports_nothing():
    text = "The court issued arrest warrants for commander Ali Musa for alleged war crimes."
    (warrant,) = events_of(text, [mention(text, "Ali Musa", "actor/ali-musa")])
    assert (warrant.speaker, [(m.text, role) for m, role in warrant.actors]) == (None, [("Ali Musa", "target")])


def test_the_antecedent_of_whom_is_what_the_clause_acts_on():
    text = "Hamas did not mention commander Ali Musa, whom Israel says it killed in July."
    mentions = [mention(text, "Hamas", "actor/hamas", rule="organizations.lexicon"),
                mention(text, "Ali Musa", "actor/ali-musa"),
                mention(text, "Israel", "actor/israel", rule="gazetteer.country", country=True)]
    killed = events_of(text, mentions)[-1]
    roles = {(m.text, role) for m, role in killed.actors}
    assert ("Ali Musa", "target") in roles and ("Hamas", "initiator") not in roles


def test_jets_and_helicopters_shot_down():
    assert statuses_of("Pakistan shot down five fighter jets and a helicopter.") == [("shot down", "occurred")]


def test_who_opens_the_sentence_and_then_says_something_speaks_and_does_not_do_what_is_said():
    text = "Prime Minister Ana Ruiz condemned the attack as barbaric and said the election on Sunday would go ahead."
    election = events_of(text, [mention(text, "Ana Ruiz", "actor/ana-ruiz")])[-1]
    assert (election.trigger.text, [(m.text, role) for m, role in election.actors]) == (
        "election", [("Ana Ruiz", "source")])


def test_postponed_events_are_still_planned():
    # put off to a later day, an event is still to come, whether the verb stands before it or after
    assert statuses_of("Sall postponed the presidential election.") == [("election", "planned")]
    assert statuses_of("The talks have been delayed.") == [("talks", "planned")]
    assert statuses_of("The summit was rescheduled.") == [("summit", "planned")]


def test_cancelled_events_are_negated():
    # called off before it took place, an event did not happen, with any words before its noun
    assert statuses_of("The junta cancelled the presidential election.") == [("election", "negated")]
    assert statuses_of("Russia scrapped the planned exercises.") == [("exercises", "negated")]
    assert statuses_of("The president cancelled his visit to Paris.") == [("visit", "negated")]
    # only what it calls off: not a later verb, nor a later trigger of the clause
    assert statuses_of("Iran cancelled talks and attacked Israel.") == [("talks", "negated"), ("attacked", "occurred")]
    assert statuses_of("He called off his fighters' march on Moscow under a deal brokered by Minsk.")[-1] \
        == ("brokered", "occurred")


def test_participle_after_an_object_of_a_future_verb_is_planned():
    # "will see 33 hostages freed": what is to be done to the object, not a past tense
    assert statuses_of("The deal will see 33 hostages released.") == [("released", "planned")]
    assert statuses_of("Ukraine will visit Lima on Friday, a day after they attacked.")[1] == ("attacked", "occurred")


def test_exchanged_fire_with_words_before_the_fire():
    # "exchanged heavy artillery fire": the verb and its object, with modifiers between them
    assert statuses_of("The armies exchanged heavy artillery fire along the border.") == [("exchanged", "occurred")]
    assert [e.trigger.event_type for e in events_of("The two sides traded sporadic gunfire overnight.", [])] \
        == ["armed_conflict"]
    # no fire is exchanged (officials fired are dismissed)
    assert [e.trigger.event_type for e in events_of("The countries trade goods and fire officials.", [])] == [
        "dismiss"]


def test_a_withdrawal_from_a_place_needs_no_troops():
    # "withdrew from Kherson": the verb and the place it leaves, which is the event's origin
    text = "Russia withdrew from Kherson in November. The US pulled out of the city of Kabul."
    mentions = [mention(text, "Russia", "actor/russia", rule="gazetteer.country", country=True),
                mention(text, "Kherson", "loc/kherson", "location", "gazetteer.city"),
                mention(text, "Kabul", "loc/kabul", "location", "gazetteer.city")]
    found = [(e.trigger.text, e.trigger.event_type, [(m.text, role) for m, role in e.locations])
             for e in events_of(text, mentions)]
    assert found == [("withdrew", "withdraw_forces", [("Kherson", "origin")]),
                     ("pulled out", "withdraw_forces", [("Kabul", "origin")])]


def test_a_withdrawal_from_a_places_talks_or_accord_is_no_withdrawal_of_forces():
    text = "Moscow withdrew from the Minsk talks. Washington pulled out of the Paris climate accord."
    mentions = [mention(text, "Minsk", "loc/minsk", "location", "gazetteer.city"),
                mention(text, "Paris", "loc/paris", "location", "gazetteer.city")]
    assert "withdraw_forces" not in [e.trigger.event_type for e in events_of(text, mentions)]


def test_an_injury_is_an_assault_only_without_other_violence():
    assert statuses_of("Coast guard personnel injured several sailors.") == [("injured", "occurred")]
    assert statuses_of("A girl was seriously wounded by shrapnel.") == [("wounded", "occurred")]
    # the injuries of a killing or an attack are part of it, and "the injured" are people
    assert [t for t, _ in statuses_of("At least 32 people were killed and more than 100 wounded in the attack.")] \
        == ["killed", "attack"]
    assert statuses_of("The injured were taken to hospital.") == []


def test_counterattacks_and_video_conferences_are_triggers():
    assert statuses_of("The U.S. would not take part in any counterattack against Iran.") \
        == [("counterattack", "negated")]
    assert [e.trigger.event_type for e in events_of("The leaders will hold a video conference on Sunday.", [])] \
        == ["meet"]


def test_a_place_after_a_part_of_it_takes_the_role_of_the_phrase():
    text = "Protests broke out in several neighbourhoods of Caracas. Fighting spread to parts of Khartoum."
    mentions = [mention(text, "Caracas", "loc/caracas", "location", "gazetteer.city"),
                mention(text, "Khartoum", "loc/khartoum", "location", "gazetteer.city")]
    assert [[(m.text, role) for m, role in e.locations] for e in events_of(text, mentions)] \
        == [[("Caracas", "occurred_in")], [("Khartoum", "occurred_in")]]
    text = "Putin backed a plan to annex parts of Ukraine."  # no preposition right before: what is annexed
    mentions = [mention(text, "Ukraine", "loc/ukraine", "location", "gazetteer.country")]
    assert [(m.text, role) for m, role in events_of(text, mentions)[0].locations] == [("Ukraine", "subject")]


def test_goods_counted_in_words_are_no_territory_seized():
    assert statuses_of("Chinese forces seized eight rifles. Police seized dozens of weapons.") == []
    assert statuses_of("The Houthis seized the Galaxy Leader cargo vessel. Iran seized an oil tanker.") == []
    assert statuses_of("Rebels seized the town of Goma.") == [("seized", "occurred")]


def test_a_noun_trigger_whose_verb_says_it_is_to_come_is_planned():
    # the verb after the rest of the noun phrase: "Talks between the two sides … will be held"
    assert statuses_of("Talks between the two sides on the region's future will be held in Yevlakh.") \
        == [("Talks", "planned")]
    assert statuses_of("Elections for a new parliament are scheduled for June.") == [("Elections", "planned")]
    assert statuses_of("Peace talks between Israel and Hamas, which collapsed last month, will resume in Cairo.") \
        == [("Peace talks", "planned")]
    # not across a verb or a clause of its own
    assert statuses_of("Talks failed and the summit will be held later.") == [("Talks", "occurred"), ("summit", "planned")]


def test_a_number_in_a_relative_clause_or_description_does_not_end_it():
    text = "Russia, which has about 2,000 peacekeepers in the region, said talks would resume."
    mentions = [mention(text, "Russia", "actor/russia", rule="gazetteer.country", country=True)]
    (talks,) = events_of(text, mentions)
    assert (talks.speaker.text, [(m.text, role) for m, role in talks.actors]) == ("Russia", [("Russia", "source")])
    text = "Egypt, a mediator hosting 1,500 delegates, said talks would resume."
    mentions = [mention(text, "Egypt", "actor/egypt", rule="gazetteer.country", country=True)]
    assert events_of(text, mentions)[0].speaker.text == "Egypt"


def test_a_name_glued_to_a_verb_of_mediation_mediates():
    # "a Russian-mediated ceasefire": Russia mediates; the ceasefire stays the parties' own
    text = "Armenian forces agreed to disarm under a Russian-mediated ceasefire."
    mentions = [mention(text, "Armenian forces", "actor/armenia-armed-forces", rule="organizations.state_pattern")]
    qualifiers = [mention(text, "Russian", "actor/russia", rule="gazetteer.demonym", country=True)]
    found = [(e.trigger.text, e.trigger.event_type, [(m.text, role) for m, role in e.actors])
             for e in events_of_with(text, mentions, qualifiers)]
    assert found == [("disarm", "withdraw_forces", [("Armenian forces", "initiator")]),
                     ("mediated", "mediate", [("Russian", "initiator")]),
                     ("ceasefire", "declare_ceasefire", [("Armenian forces", "initiator")])]
    text = "A US-brokered truce between Israel and Hezbollah took effect."
    mentions = [mention(text, name, f"actor/{name.lower()}", rule="gazetteer.country", country=True)
                for name in ("US", "Israel", "Hezbollah")]
    found = [(e.trigger.text, [(m.text, role) for m, role in e.actors]) for e in events_of(text, mentions)]
    assert found == [("brokered", [("US", "initiator")]),
                     ("truce", [("Israel", "initiator"), ("Hezbollah", "initiator")])]
    # without a name glued to it, the verb is only an adjective of the deal
    assert [e.trigger.text for e in events_of("They welcomed the newly-brokered deal.", [])] == ["welcomed"]


def test_an_appositive_that_names_the_event_again_is_no_event_of_its_own():
    assert [t for t, _ in statuses_of("Iran launched drones at Israel, its first direct attack on Israeli territory.")] \
        == ["launched"]
    assert [t for t, _ in statuses_of("Protesters marched in Tbilisi, the largest protest in years.")] == ["marched"]
    # not what a reporting clause after the comma says
    assert [t for t, _ in statuses_of("Iran launched drones, the army said the attack failed.")] \
        == ["launched", "attack"]


def test_a_cessation_of_hostilities_is_a_ceasefire():
    assert [e.trigger.event_type for e in events_of("The two sides agreed to a permanent cessation of hostilities.", [])] \
        == ["declare_ceasefire"]


def test_an_agent_after_by_with_a_modifier_of_its_own_initiates():
    text = "The strikes came after weeks of attacks by Iran-backed Houthi rebels on shipping."
    mentions = [mention(text, "Houthi rebels", "actor/houthis", rule="organizations.lexicon")]
    assert parties_of(text, mentions, "attacks") == [("Houthi rebels", "initiator")]


def test_who_a_fronted_occasion_names_takes_no_part_in_the_main_clause():
    text = "In an interview with CNN, Zelensky accused Russia of war crimes."
    mentions = [mention(text, "CNN", "actor/cnn", rule="organizations.lexicon"),
                mention(text, "Zelensky", "actor/zelensky"),
                mention(text, "Russia", "actor/russia", rule="gazetteer.country", country=True)]
    assert parties_of(text, mentions) == [("Zelensky", "initiator"), ("Russia", "target")]


def test_a_perfect_after_and_is_a_predicate_of_its_own():
    text = "Niger's junta expelled French troops last year and has since strengthened ties with Russia."
    mentions = [mention(text, "Niger's junta", "actor/niger-junta", rule="organizations.state_pattern"),
                mention(text, "French troops", "actor/france-armed-forces", rule="organizations.state_pattern"),
                mention(text, "Russia", "actor/russia", rule="gazetteer.country", country=True)]
    assert parties_of(text, mentions) == [("Niger's junta", "initiator"), ("French troops", "target")]


def test_who_calls_an_event_something_does_not_initiate_it():
    text = "Kyiv called the raid an act of war. Kyiv called the talks on Friday."
    mentions = [mention(text, "Kyiv", "actor/ukraine-government", rule="organizations.capital_as_government",
                        nth=n) for n in (0, 1)]
    raid, talks = events_of(text, mentions)
    assert (raid.trigger.text, raid.actors) == ("raid", [])
    assert [role for _, role in talks.actors] == ["participant"]  # a time after it: no name for the talks


def test_whom_an_event_defies_is_no_party_of_it():
    text = "Taiwan held military drills on Monday, defying pressure from China."
    mentions = [mention(text, "Taiwan", "actor/taiwan", rule="gazetteer.country", country=True),
                mention(text, "China", "actor/china", rule="gazetteer.country", country=True),
                mention(text, "China", "loc/china", "location", "gazetteer.country", country=True)]
    (drills,) = events_of(text, mentions)
    assert ([(m.text, role) for m, role in drills.actors], drills.locations) == ([("Taiwan", "initiator")], [])


def test_a_capital_seized_is_territory_not_its_government():
    text = "Syrian rebels seized the capital Damascus on Sunday."
    mentions = [mention(text, "Syrian rebels", "actor/syrian-rebels", rule="organizations.group_pattern"),
                Mention(text.index("Damascus"), text.index("Damascus") + 8, "Damascus", "actor/syria-government",
                        "actor", "organizations.capital_as_government", True, True),
                Mention(text.index("Damascus"), text.index("Damascus") + 8, "Damascus", "loc/damascus",
                        "location", "gazetteer.city", False, True)]
    (seized,) = events_of(text, mentions)
    assert [(m.text, role) for m, role in seized.actors] == [("Syrian rebels", "initiator")]
    assert [(m.text, role) for m, role in seized.locations] == [("Damascus", "subject")]


def test_a_participle_after_a_noun_phrase_says_what_it_underwent():
    text = "Vucic declared a day of mourning for the three Serbs killed."
    mentions = [mention(text, "Serbs", "actor/serbs", rule="organizations.group_pattern")]
    assert parties_of(text, mentions) == [("Serbs", "target")]
    text = "The paramilitary forces killed at least 124 people."  # "at least" counts the object
    mentions = [mention(text, "paramilitary forces", "actor/rsf", rule="organizations.lexicon")]
    assert [role for _, role in events_of(text, mentions)[0].actors] == ["initiator"]
    text = "Israeli troops killed three militants on Friday."  # a verb with its object: no participle
    mentions = [mention(text, "Israeli troops", "actor/israel-armed-forces", rule="organizations.state_pattern"),
                mention(text, "militants", "actor/militants", rule="organizations.group_pattern")]
    assert [role for _, role in events_of(text, mentions)[0].actors] == ["initiator", "target"]


def test_who_a_second_closing_tag_names_is_no_party():
    text = "Egypt warned Israel against an offensive in Rafah, a US lawmaker said on Wednesday."
    mentions = [mention(text, name, f"actor/{name.lower()}", rule="gazetteer.country", country=True)
                for name in ("Egypt", "Israel", "US")]
    (offensive,) = events_of(text, mentions)
    assert "US" not in [m.text for m, _ in offensive.actors]


def test_a_day_after_dates_the_clause_it_opens():
    text = "Armenian forces agreed on Wednesday to a ceasefire, a day after Azerbaijan launched an offensive."
    times = [TimeExpression(text.index("on Wednesday"), text.index("on Wednesday") + 12, "on Wednesday",
                            dt.date(2023, 5, 3), dt.date(2023, 5, 3), "day", "temporal.weekday", True),
             TimeExpression(text.index("a day after"), text.index("a day after") + 11, "a day after",
                            dt.date(2023, 5, 2), dt.date(2023, 5, 2), "day", "temporal.anaphoric_day", True)]
    dates = {e.trigger.text: e.date.text for e in events_of(text, [], times) if e.date}
    assert dates == {"ceasefire": "on Wednesday", "launched": "a day after"}


def test_a_later_clause_with_a_lower_case_subject_keeps_its_objects():
    text = "Demonstrators marched through Nairobi on Tuesday, and some set fire to parliament as lawmakers fled."
    mentions = [mention(text, "Demonstrators", "actor/demonstrators", rule="organizations.group_pattern"),
                mention(text, "parliament", "actor/kenya-parliament", rule="organizations.national_body"),
                mention(text, "lawmakers", "actor/lawmakers", rule="organizations.group_pattern")]
    assert parties_of(text, mentions) == [("Demonstrators", "initiator")]


@pytest.mark.parametrize(("text", "names", "trigger", "expected"), [
    # a second "that" clause of what is said has parties of its own
    ("The commission said police had fired at protesters and that dozens of people had been abducted by soldiers.",
     ("police", "soldiers"), "abducted", [("soldiers", "initiator")]),
    # a state before a possessive owns no actor in a phrase after the noun
    ("Russia's invasion of Ukraine began in 2022.", ("Russia", "Ukraine"), "invasion",
     [("Russia", "initiator"), ("Ukraine", "target")]),
    # a relative "who" gives its trigger the actor named right before it
    ("Police shot dead 23 protesters who stormed parliament.", ("Police", "protesters"), "stormed",
     [("protesters", "initiator")]),
])
def test_parties_across_clauses_possessives_and_relatives(text, names, trigger, expected):
    mentions = [mention(text, name, f"actor/{name.lower()}", rule="gazetteer.country", country=True) for name in names]
    assert parties_of(text, mentions, trigger) == expected


def test_a_length_of_time_does_not_hide_a_date():
    text = "A court sentenced Khan on Wednesday, a day after he was jailed for 10 years."
    times = [TimeExpression(text.index("a day after"), text.index("a day after") + 11, "a day after",
                            dt.date(2023, 5, 2), dt.date(2023, 5, 2), "day", "temporal.anaphoric_day", True),
             TimeExpression(text.index("for 10 years"), text.index("for 10 years") + 12, "for 10 years",
                            None, None, "unknown", "temporal.duration", False)]
    jailed = next(e for e in events_of(text, [], times) if e.trigger.text == "jailed")
    assert jailed.date.text == "a day after"


def test_accused_of_right_after_a_noun_is_passive():
    text = "The EU listed firms in Turkey accused of helping Moscow. Russia accused Ukraine of lying."
    mentions = [mention(text, "EU", "actor/european-union", rule="organizations.lexicon"),
                mention(text, "Turkey", "actor/turkey", rule="gazetteer.country", country=True),
                mention(text, "Russia", "actor/russia", rule="gazetteer.country", country=True),
                mention(text, "Ukraine", "actor/ukraine", rule="gazetteer.country", country=True)]
    first, second = (e for e in events_of(text, mentions) if e.trigger.text == "accused")
    assert [(m.text, role) for m, role in first.actors] == [("Turkey", "target")]
    assert [(m.text, role) for m, role in second.actors] == [("Russia", "initiator"), ("Ukraine", "target")]


def test_a_vote_of_no_confidence_is_no_election_and_penalties_are_sanctions():
    assert statuses_of("Khan was ousted in a parliamentary vote of no confidence in 2022.") == []
    assert [e.trigger.event_type for e in events_of("The US imposed penalties on 500 targets.", [])] \
        == ["impose_sanctions"]


def test_a_relative_who_gives_its_trigger_the_antecedent_alone():
    text = "Police arrested dozens of his supporters who gathered outside the court."
    mentions = [mention(text, "Police", "actor/police", rule="organizations.group_pattern")]
    gathered = next(e for e in events_of(text, mentions) if e.trigger.text == "gathered")
    assert gathered.actors == []


def test_an_appositive_organization_speaks_and_its_own_later_predicate_is_not_said():
    text = "His party, Tehreek-e-Insaf, said he had been beaten and called for nationwide protests."
    mentions = [mention(text, "Tehreek-e-Insaf", "actor/pti", rule="organizations.lexicon")]
    found = {e.trigger.text: (e.attribution is not None, e.speaker.text if e.speaker else None)
             for e in events_of(text, mentions)}
    assert found == {"called for": (False, None), "protests": (False, None)}
    text = "His party, Tehreek-e-Insaf, said it would challenge the rulings."
    mentions = [mention(text, "Tehreek-e-Insaf", "actor/pti", rule="organizations.lexicon")]
    assert events_of(text, mentions)[0].speaker.text == "Tehreek-e-Insaf"


def test_a_clause_after_after_may_open_on_a_count_or_a_name_with_its_place():
    text = "The unrest erupted after the National Assembly in Paris approved a change."
    mentions = [mention(text, "National Assembly", "actor/france-national-assembly", rule="organizations.lexicon")]
    unrest = next(e for e in events_of(text, mentions) if e.trigger.text == "unrest")
    assert unrest.actors == []  # the assembly approves; nobody of the unrest
    text = "France declared a state of emergency on Wednesday after two nights of rioting left four dead."
    mentions = [mention(text, "France", "actor/france", rule="gazetteer.country", country=True)]
    rioting = next(e for e in events_of(text, mentions) if e.trigger.text == "rioting")
    assert rioting.actors == []


def test_a_present_perfect_passive_of_a_deed_done_at_once_is_done():
    assert statuses_of("More than 130 people have been arrested.") == [("arrested", "occurred")]
    assert statuses_of("Troops have been deployed to the border.") == [("deployed", "ongoing")]  # still there
    assert statuses_of("More than 300 people have been killed since the protests began.")[0] == ("killed", "ongoing")


def test_the_nearest_count_is_nearest_by_the_words_between():
    text = "In the first phase, 33 Israeli hostages will be released in exchange for hundreds of prisoners."
    counts = [Quantity(m.start(), m.start() + len(words), words, words.split()[0], None, None, None, True,
                       item, item, m.start() + len(words) - len(item), m.start() + len(words), "quantity.test")
              for words, item in (("33 Israeli hostages", "Israeli hostages"), ("hundreds of prisoners", "prisoners"))
              for m in [re.search(words, text)]]
    (released,) = find_events(text, sentences_of(text), [], [], counts, PUBLISHED)
    assert [q.text for q in released.quantities] == ["33 Israeli hostages"]


def test_an_attack_on_democracy_is_no_fighting():
    assert statuses_of("Sandu said the vote had been marred by an unprecedented attack on democracy.") \
        == [("said", "occurred")]
    assert [t for t, _ in statuses_of("Russia launched an attack on the capital.")] == ["launched"]


def test_what_lasted_before_takes_no_day_from_outside_its_phrase():
    text = "Israel and Hamas agreed on Wednesday to a ceasefire, after more than 15 months of war."
    times = every(text, "on Wednesday", dt.date(2023, 5, 3), dt.date(2023, 5, 3), "day")
    dates = {e.trigger.text: e.date.text if e.date else None for e in events_of(text, [], times)}
    assert dates == {"ceasefire": "on Wednesday", "war": None}


def test_weapons_tests_are_shows_of_force_and_annexing_is_annexation():
    found = [(e.trigger.text, e.trigger.event_type) for e in events_of(
        "North Korea test-fired a ballistic missile. Pyongyang conducted a nuclear test. "
        "Putin signed a decree annexing four regions.", [])]
    assert found == [("test-fired", "military_exercise"), ("nuclear test", "military_exercise"),
                     ("annexing", "occupy_territory")]


def test_protesters_who_attack_or_clash_protest_violently():
    found = [(e.trigger.text, e.trigger.event_type) for e in events_of(
        "Protesters attacked several embassies. Demonstrators clashed with police. Troops attacked the town.", [])]
    assert found == [("attacked", "protest"), ("clashed", "protest"), ("attacked", "armed_conflict")]


def test_they_stands_for_a_named_group_in_the_plural():
    text = "M23 rebels captured Goma on Monday. They then attacked Bukavu."
    mentions = [mention(text, "M23", "actor/m23", rule="organizations.lexicon")]
    attacked = events_of(text, mentions)[-1]
    assert [(m.text, m.entity_id, role) for m, role in attacked.actors] == [("They", "actor/m23", "initiator")]
    text = "Houthi rebels seized a ship. They said they would continue attacks."
    mentions = [mention(text, "Houthi rebels", "actor/houthis", rule="organizations.lexicon")]
    (attacks,) = events_of(text, mentions)
    assert [(m.text, m.entity_id, role) for m, role in attacks.actors] == [
        ("They", "actor/houthis", "source"), ("they", "actor/houthis", "initiator")]
    text = "Russia attacked Kyiv. They said it was retaliation."  # a state is "it"
    mentions = [mention(text, "Russia", "actor/russia", rule="gazetteer.country", country=True)]
    assert events_of(text, mentions)[-1].speaker is None


def test_capitals_that_people_are_sent_from_act():
    text = "Delegations from Moscow and Kyiv met in Istanbul. Troops withdrew from Kyiv."
    mentions = [Mention(m.start(), m.end(), m.group(), f"actor/{m.group().lower()}-government", "actor",
                        "organizations.capital_as_government", True, True) for m in re.finditer("Moscow|Kyiv", text)]
    met, withdrew = events_of(text, mentions)
    assert [(m.text, role) for m, role in met.actors] == [("Moscow", "participant"), ("Kyiv", "participant")]
    assert withdrew.actors == []  # a place left


def test_a_state_that_protests_criticizes():
    text = "China protested the visit. Serbs protested the arrest."
    mentions = [mention(text, "China", "actor/china", rule="gazetteer.country", country=True),
                mention(text, "Serbs", "actor/serbs", rule="organizations.group_pattern")]
    found = [(e.trigger.text, e.trigger.event_type, e.rule) for e in events_of(text, mentions)
             if e.trigger.text == "protested"]
    assert found == [("protested", "criticize", "events.state_protest"), ("protested", "protest", "events.trigger")]


def test_hedges_make_a_claim_or_leave_it_unknown():
    assert statuses_of("Russia is believed to have deployed 10,000 troops.") == [("deployed", "claimed")]
    assert statuses_of("Israel appeared to have attacked the base.") == [("attacked", "claimed")]
    assert statuses_of("The strike may have killed dozens.") == [("killed", "unknown")]
    assert statuses_of("It was unclear whether talks would resume.") == [("talks", "unknown")]


def test_if_confirmed_is_a_condition_and_what_follows_a_claim():
    (attack,) = events_of("If confirmed, the attack would be the deadliest this year.", [])
    assert (attack.status, attack.status_rule, attack.attribution) == ("claimed", "events.status_if_confirmed", None)


def test_strikes_carried_out_are_fighting():
    assert statuses_of("Israel denies carrying out the strike.") == [("carrying out", "denied")]
    assert [e.trigger.event_type for e in events_of("The army conducted strikes on militant positions.", [])] \
        == ["armed_conflict"]
    assert statuses_of("Workers went on strike.") == []


def test_a_relative_where_clause_between_a_speaker_and_the_reporting_word():
    text = "India, where the deposed leader landed, said talks would resume."
    mentions = [mention(text, "India", "actor/india", rule="gazetteer.country", country=True)]
    assert events_of(text, mentions)[0].speaker.text == "India"


def test_concern_voiced_criticizes_and_a_response_vowed_threatens():
    found = [(e.trigger.text, e.trigger.event_type) for e in events_of(
        "Japan and Australia also expressed concern. Moscow summoned the ambassador and vowed a response.", [])]
    assert found == [("expressed concern", "criticize"), ("summoned", "criticize"), ("vowed a response", "threaten")]


def test_aid_blocked_is_aid_stopped():
    found = [(e.trigger.text, e.trigger.event_type) for e in events_of(
        "Israel blocked aid deliveries to northern Gaza. Farmers blocked roads across France.", [])]
    assert found == [("blocked", "reduce_aid"), ("blocked", "protest")]


def test_where_a_visitor_arrives_is_the_destination():
    text = "Blinken arrived in Kyiv on Tuesday. He landed in Warsaw."
    mentions = [mention(text, "Kyiv", "loc/kyiv", "location", "gazetteer.city"),
                mention(text, "Warsaw", "loc/warsaw", "location", "gazetteer.city")]
    assert [[(m.text, role) for m, role in e.locations] for e in events_of(text, mentions)] \
        == [[("Kyiv", "destination")], [("Warsaw", "destination")]]


def test_candidates_run_in_an_election_and_who_calls_one_initiates_it():
    text = "Raila Odinga lost the election to William Ruto. Emmanuel Macron called a snap election."
    mentions = [mention(text, name, f"actor/{name.lower().replace(' ', '-')}") for name in
                ("Raila Odinga", "William Ruto", "Emmanuel Macron")]
    lost, called = events_of(text, mentions)
    assert [(m.text, role) for m, role in lost.actors] == [("Raila Odinga", "participant"), ("William Ruto", "participant")]
    assert [(m.text, role) for m, role in called.actors] == [("Emmanuel Macron", "initiator")]


def test_a_participle_of_an_accusation_after_a_noun_is_no_cue_of_the_verb_after_it():
    assert statuses_of("Two Russians accused of spying were expelled.") == [("accused", "occurred"), ("expelled", "occurred")]
    # its own deed, after "accused" as a verb, stays claimed
    assert statuses_of("The army accused the rebels of attacking civilians.")[1] == ("attacking", "claimed")


def test_the_toll_of_an_assault_is_no_second_assault():
    text = "Soldiers opened fire on protesters in Khartoum, killing at least 10 people."
    mentions = [mention(text, "protesters", "actor/protesters", rule="organizations.group_pattern")]
    assert [e.trigger.text for e in events_of(text, mentions)] == ["opened fire"]
    # the dead of fighting are an assault of their own
    assert [t for t, _ in statuses_of("Fighting raged on Sunday, killing at least 56 civilians.")] == ["Fighting", "killing"]


def test_students_who_occupy_protest_and_a_setting_takes_no_initiator():
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of("Students occupied the university building.", [])] \
        == [("occupied", "protest")]
    text = "Police detained more than 100 people at May Day protests."
    mentions = [mention(text, "Police", "actor/police", rule="organizations.group_pattern")]
    assert parties_of(text, mentions, "protests") == []


def test_a_noun_triggers_planned_predicate_is_its_own_verb_not_a_reported_one():
    # "says" opens what is said: the vote is scheduled, the statement is made
    assert statuses_of("The statement says the vote is scheduled for June.")[0] == ("statement", "occurred")


def test_resignations_are_events_done_offered_or_refused():
    text = ("Prime Minister Hasina resigned on Monday. Kim offered to resign. Zourabichvili said she would not step down. "
            "Protesters demanded his resignation.")
    found = [(e.trigger.text, e.trigger.event_type, e.status) for e in events_of(text, [])]
    assert ("resigned", "resign", "occurred") in found and ("resign", "resign", "proposed") in found
    assert ("step down", "resign", "negated") in found and ("resignation", "resign", "proposed") in found


def test_taking_office_is_an_event_and_a_future_inauguration_is_planned():
    text = "Attal was sworn in on Tuesday. Lula will take office on Jan 1. Zelensky was inaugurated in 2019."
    assert statuses_of(text) == [("sworn in", "occurred"), ("take office", "planned"), ("was inaugurated", "occurred")]
    assert {e.trigger.event_type for e in events_of(text, [])} == {"take_office"}


def test_a_state_or_its_independence_recognised_is_diplomatic_recognition():
    text = ("Spain, Ireland and Norway recognized a Palestinian state. Spain will recognise Palestine as a state. "
            "Serbia does not recognize Kosovo's independence. The minister recognized the need for calm.")
    assert statuses_of(text) == [("recognized", "occurred"), ("recognise", "planned"), ("recognize", "negated")]
    mentions = [mention(text, "Spain", "actor/spain", country=True, nth=1),
                mention(text, "Palestine", "actor/palestine", country=True)]
    recognition = [e for e in events_of(text, mentions) if e.trigger.text == "recognise"][0]
    assert recognition.trigger.event_type == "grant_recognition"
    assert [(m.entity_id, role) for m, role in recognition.actors] == [("actor/spain", "initiator"),
                                                                       ("actor/palestine", "target")]
    assert statuses_of("France said it did not recognise the new authorities. Peru recognised the junta. "
                       "Chile recognised the new facts.") == [("recognise", "negated"), ("recognised", "occurred")]


def test_a_crowd_dispersed_with_its_means_is_one_act_of_repression_and_water_cannon_at_a_boat_is_assault():
    text = ("Riot police dispersed the crowd with tear gas and water cannon in Tbilisi. "
            "Police broke up the rally using rubber bullets. "
            "Coast guard vessels fired water cannon at a supply boat.")
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])] == [
        ("dispersed", "repress"), ("broke up", "repress"), ("water cannon", "assault")]


def test_a_vow_plans_and_could_leaves_it_unknown():
    assert statuses_of("Faeser vowed to crack down on extremists. Russia could invade. The army might attack.") == [
        ("crack down", "planned"), ("invade", "unknown"), ("attack", "unknown")]


def test_whom_a_verb_asks_to_act_does_it_and_not_who_asks():
    text = "The Democratic Party called on the president to resign. The UN urged both sides to negotiate."
    mentions = [mention(text, "Democratic Party", "actor/democratic-party", rule="organizations.lexicon"),
                mention(text, "UN", "actor/un", rule="organizations.lexicon")]
    appeal, resign, urged, talks = events_of(text, mentions)
    assert [(m.entity_id, role) for m, role in appeal.actors] == [("actor/democratic-party", "initiator")]
    assert (resign.trigger.event_type, resign.status, resign.actors) == ("resign", "proposed", [])
    assert [(m.entity_id, role) for m, role in urged.actors] == [("actor/un", "initiator")]
    assert (talks.trigger.event_type, talks.actors) == ("negotiate", [])
    text = "France urged Russia to withdraw its troops."
    mentions = [mention(text, "France", "actor/france", country=True), mention(text, "Russia", "actor/russia", country=True)]
    assert [(m.entity_id, role) for m, role in events_of(text, mentions)[1].actors] == [("actor/russia", "initiator")]


def test_a_vote_boycotted_is_a_protest_and_goods_boycotted_a_sanction():
    text = "Most ruling party lawmakers boycotted the vote. Russia boycotted French goods."
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])] == [
        ("boycotted", "protest"), ("boycotted", "impose_sanctions")]


def test_a_decree_or_an_order_signed_is_no_agreement():
    text = ("He signed a series of executive orders. Putin signed two decrees. The president signed the budget into law. "
            "Iran and Iraq signed an agreement on the law of the sea.")
    # a budget signed into law is adopted (adopt_measure), no agreement between parties either
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])] == [
        ("signed", "adopt_measure"), ("signed", "sign_agreement")]


def test_a_truce_brokered_after_a_comma_is_mediated_and_emergencies_and_shutdowns_restrict():
    text = ("The truce, brokered by Qatar and Egypt, took effect on Friday. Trump will declare a national emergency. "
            "Authorities shut down the internet.")
    mentions = [mention(text, "Qatar", "actor/qatar", country=True), mention(text, "Egypt", "actor/egypt", country=True)]
    found = events_of(text, mentions)
    assert [(e.trigger.text, e.trigger.event_type) for e in found] == [
        ("truce", "declare_ceasefire"), ("brokered", "mediate"), ("national emergency", "impose_restrictions"),
        ("shut down the internet", "impose_restrictions")]
    assert [(m.entity_id, role) for m, role in found[1].actors] == [("actor/qatar", "initiator"), ("actor/egypt", "initiator")]


def test_what_sparks_an_event_neither_stages_nor_dates_it():
    text = "The Supreme Court on Sunday scaled back a quota system that had sparked weeks of deadly protests."
    court = mention(text, "Supreme Court", "actor/supreme-court", rule="organizations.lexicon")
    (protests,) = events_of(text, [court], times=every(text, "on Sunday", dt.date(2023, 5, 7), dt.date(2023, 5, 7), "day"))
    assert (protests.trigger.event_type, protests.actors, protests.date) == ("protest", [], None)
    text = "The arrest drew condemnation from Germany, and Police fired tear gas, sparking clashes with protesters."
    police = mention(text, "Police", "actor/police", rule="organizations.lexicon")
    clashes = [e for e in events_of(text, [police]) if e.trigger.text == "clashes"][0]
    assert ("actor/police", "initiator") not in [(m.entity_id, role) for m, role in clashes.actors]


def test_impeachments_removals_and_measures_adopted_by_assemblies():
    text = ("Parliament voted on Saturday to impeach President Ana Ruiz. The court removed Prime Minister Ivo Lind "
            "from office. Parliament passed the finance bill. The Security Council adopted a resolution. "
            "The Senate ratified the treaty. The United States voted for the resolution. The army ousted the "
            "president in a coup.")
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])] == [
        ("impeach", "impeach"), ("removed", "impeach"), ("passed", "adopt_measure"), ("adopted", "adopt_measure"),
        ("ratified", "adopt_measure"), ("coup", "seize_power")]
    text = "The court removed Prime Minister Ivo Lind from office."
    (removal,) = events_of(text, [mention(text, "Ivo Lind", "actor/ivo-lind")])
    assert [(m.entity_id, role) for m, role in removal.actors] == [("actor/ivo-lind", "target")]


def test_apologies_and_blockades():
    text = "Biden apologized to Native Americans. Critics demanded an apology. Israel imposed a total blockade on Gaza."
    assert statuses_of(text) == [("apologized", "occurred"), ("demanded", "occurred"), ("apology", "proposed"),
                                 ("total blockade", "occurred")]
    assert [e.trigger.event_type for e in events_of(text, [])] == ["apologize", "demand", "apologize", "impose_blockade"]


def test_a_counted_subject_opens_a_clause_of_its_own_and_a_year_of_fighting_has_no_day():
    text = ("A ceasefire took effect on Wednesday after more than a year of fighting, and thousands of displaced "
            "people began returning.")
    from newsevents.rules.quantities import find_quantities
    quantities = find_quantities(text)
    assert [q.text for q in quantities] == ["thousands of displaced people"]
    ceasefire, fighting = find_events(text, sentences_of(text), [], every(text, "on Wednesday", dt.date(2023, 5, 10),
                                                                            dt.date(2023, 5, 10), "day"),
                                      quantities, PUBLISHED)
    assert ceasefire.quantities == [] and fighting.quantities == []
    assert ceasefire.date is not None and fighting.date is None


def test_a_besieged_place_is_no_siege_and_forces_disarmed_withdraw():
    assert statuses_of("Trucks crossed into the besieged territory. Russian forces besieged Mariupol.") == [
        ("besieged", "occurred")]
    assert statuses_of("Separatists agreed to disarm. The rebels laid down their arms.") == [
        ("disarm", "planned"), ("laid down their arms", "occurred")]


def test_a_day_before_a_commitment_verbs_infinitive_is_the_commitments_and_months_of_fierce_fighting_have_none():
    text = "Russia agreed on Friday to withdraw its troops. Parliament voted on Saturday to impeach Ana Ruiz."
    times = [*every(text, "on Friday", dt.date(2023, 5, 5), dt.date(2023, 5, 5), "day"),
             *every(text, "on Saturday", dt.date(2023, 5, 6), dt.date(2023, 5, 6), "day")]
    withdraw, impeach = events_of(text, [], times)
    assert (withdraw.status, withdraw.date) == ("planned", None)
    assert impeach.date is not None and impeach.date.text == "on Saturday"
    text = "Russian forces captured the town last week after months of fierce fighting."
    captured, fighting = events_of(text, [], every(text, "last week", dt.date(2023, 5, 1), dt.date(2023, 5, 7), "week"))
    assert captured.date is not None and fighting.date is None


def test_a_meeting_to_discuss_after_its_day_is_one_meeting():
    text = "Ruiz met Duda in the Peruvian capital from the 10th to the 20th of February to discuss the crisis."
    assert [e.trigger.text for e in events_of(text, [])] == ["met"]


def test_an_event_an_anniversary_recalls_keeps_its_own_parties_and_no_day_or_place_of_the_sentence():
    text = "Ruiz visited Kyiv on Monday to mark the second anniversary of Russia's invasion of Ukraine."
    mentions = [mention(text, "Ruiz", "actor/ruiz"),
                mention(text, "Kyiv", "location/kyiv", kind="location", rule="gazetteer.city"),
                mention(text, "Russia", "actor/russia", rule="gazetteer.country", country=True),
                mention(text, "Ukraine", "actor/ukraine", rule="gazetteer.country", country=True)]
    visited, invasion = events_of(text, mentions, every(text, "on Monday", dt.date(2023, 5, 8), dt.date(2023, 5, 8),
                                                         "day"))
    assert "Ukraine" not in [m.text for m, _ in visited.actors] + [m.text for m, _ in visited.locations]
    assert visited.date is not None
    assert [(m.text, role) for m, role in invasion.actors] == [("Russia", "initiator"), ("Ukraine", "target")]
    assert invasion.date is None and "Kyiv" not in [m.text for m, _ in invasion.locations]


def test_an_actor_after_an_article_before_a_noun_trigger_is_its_only_initiator():
    text = "Israel sealed off Gaza after the Hamas attack. Russia condemned the NATO exercises."
    mentions = [mention(text, name, f"actor/{name.lower()}", rule=rule, country=rule == "gazetteer.country")
                for name, rule in (("Israel", "gazetteer.country"), ("Gaza", "gazetteer.region"),
                                   ("Hamas", "organizations.lexicon"), ("Russia", "gazetteer.country"),
                                   ("NATO", "organizations.lexicon"))]
    events = {e.trigger.text: e for e in events_of(text, mentions)}
    assert [(m.text, role) for m, role in events["attack"].actors if role == "initiator"] == [("Hamas", "initiator")]
    assert [(m.text, role) for m, role in events["exercises"].actors] == [("NATO", "initiator")]


def test_an_offence_someone_is_accused_or_convicted_of_is_theirs_undated_and_alleged_until_convicted():
    text = "Police in Lima arrested two men accused of killing a journalist on Monday."
    mentions = [mention(text, "Police", "actor/police", rule="organizations.lexicon"),
                mention(text, "Lima", "location/lima", kind="location", rule="gazetteer.city")]
    times = every(text, "on Monday", dt.date(2023, 5, 8), dt.date(2023, 5, 8), "day")
    events = {e.trigger.text: e for e in events_of(text, mentions, times)}
    killing = events["killing"]
    assert (killing.status, killing.status_rule, killing.date, killing.actors, killing.locations) == (
        "claimed", "events.status_alleged_offence", None, [], [])
    assert events["arrested"].date is not None
    text = "A court sentenced Ana Ruiz, convicted of bombing a mosque in Lima, to death."
    mentions = [mention(text, "Ana Ruiz", "actor/ruiz")]
    bombing = next(e for e in events_of(text, mentions) if e.trigger.text == "bombing")
    assert bombing.status == "occurred" and [(m.text, role) for m, role in bombing.actors] == [("Ana Ruiz", "initiator")]


def test_people_put_to_death_are_killed_and_a_plan_executed_is_no_event():
    assert statuses_of("Iran hanged two men. The army executed the plan.") == [("hanged", "occurred")]
    assert statuses_of("Rights groups condemned the executions.") == [("condemned", "occurred"),
                                                                      ("executions", "occurred")]


def test_who_raids_decides_whether_a_raid_is_fighting_or_a_search():
    types = [(e.trigger.text, e.trigger.event_type) for e in events_of(
        "Police raided the offices of the newspaper. Agents searched his home. Troops raided the village. "
        "Police said troops raided the camp. The raid killed two.", [])]
    assert types[:4] == [("raided", "investigate"), ("searched", "investigate"), ("raided", "armed_conflict"),
                         ("raided", "armed_conflict")]


def test_it_after_a_speaker_opens_begins_or_resumes_the_event_the_speaker_does():
    text = "The FBI said it had opened an investigation. Police said they had begun an inquiry."
    mentions = [mention(text, "FBI", "actor/fbi", rule="organizations.lexicon"),
                mention(text, "Police", "actor/police", rule="organizations.group_pattern")]
    opened, begun = events_of(text, mentions)
    assert [(m.entity_id, role) for m, role in opened.actors] == [("actor/fbi", "source"), ("actor/fbi", "initiator")]
    assert ("actor/police", "initiator") in [(m.entity_id, role) for m, role in begun.actors]


def test_a_trigger_glued_into_a_compound_or_after_a_stance_prefix_is_no_event():
    assert statuses_of("A rally-goer was killed. The war-torn country voted. Anti-war protests spread.") == [
        ("killed", "occurred"), ("protests", "occurred")]
    assert statuses_of("A cease-fire took effect.") == [("cease-fire", "occurred")]


def test_according_to_with_no_speaker_after_it_states_nothing():
    text = "Ruiz took 87 percent of the vote, according to preliminary results. Turnout rose, according to Peru."
    mentions = [mention(text, "Ruiz", "actor/ruiz"),
                mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True)]
    election, statement = events_of(text, mentions)
    assert [(m.text, role) for m, role in election.actors] == [("Ruiz", "initiator")]  # no source: results
    assert [(m.text, role) for m, role in statement.actors] == [("Peru", "source")]


def test_who_stands_before_the_relative_word_of_a_passive_verb_is_no_party_of_it():
    text = "Peru attacked Chile, in which 20 people were killed. Peru said Ruiz was killed."
    mentions = [mention(text, name, f"actor/{name.lower()}", rule="gazetteer.country", country=True, nth=nth)
                for name, nth in (("Peru", 0), ("Chile", 0), ("Peru", 1))] + [mention(text, "Ruiz", "actor/ruiz")]
    _, killed, last = events_of(text, mentions)
    assert (killed.trigger.text, killed.actors) == ("killed", [])
    assert [(m.text, role) for m, role in last.actors] == [("Peru", "source"), ("Ruiz", "target")]


def test_a_participle_after_a_comma_that_names_the_same_kind_of_event_tells_it_again():
    assert statuses_of("Peru ordered a mobilisation on Monday, calling up 300,000 reservists. Chile launched airstrikes, "
                       "killing 20 people.") == [("mobilisation", "occurred"), ("launched", "occurred"),
                                                 ("killing", "occurred")]


def test_forces_sent_in_the_passive_are_deployed_and_troops_sending_letters_are_not():
    assert statuses_of("The reservists would be sent to the front. Reinforcements were quickly dispatched to Lima. "
                       "The troops sent letters home.") == [("sent", "planned"), ("dispatched", "occurred")]


def test_what_an_appositive_ranks_an_event_among_gives_it_no_day_or_place():
    text = "Soldiers said they had seized power, the seventh coup in West Africa since 2020."
    mentions = [mention(text, "West Africa", "location/west-africa", kind="location", rule="gazetteer.region")]
    times = every(text, "since 2020", dt.date(2020, 1, 1), dt.date(2023, 5, 10), "year")
    (seized,) = events_of(text, mentions, times)
    assert (seized.status, seized.date, seized.locations) == ("occurred", None, [])


def test_they_after_a_person_an_earlier_verb_acts_on_is_not_that_person():
    text = "Soldiers detained President Ana Ruiz and said that they had seized power."
    events = events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz")])
    assert [(e.trigger.text, [(m.text, role) for m, role in e.actors]) for e in events if e.trigger.text != "said"] == [
        ("detained", [("Ana Ruiz", "target")]), ("seized power", [])]


def test_who_is_named_in_what_a_closing_tag_reports_states_nothing():
    text = "The toll from quakes that struck Peru and Chile rose above 5,000, officials said, as rescuers dug."
    mentions = [mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True),
                mention(text, "Chile", "actor/chile", rule="gazetteer.country", country=True),
                mention(text, "officials", "actor/officials", rule="organizations.group_pattern")]
    (statement,) = events_of(text, mentions)
    assert [(m.text, role) for m, role in statement.actors] == [("officials", "source")]


def test_a_distance_in_time_after_a_comma_opens_background_the_plan_does_not_reach():
    assert statuses_of("Rebels agreed to lay down their arms, a day after launching an offensive.") == [
        ("lay down their arms", "planned"), ("launching", "occurred")]


def test_protesters_clashing_with_police_protest_and_troops_clashing_fight():
    types = [(e.trigger.text, e.trigger.event_type) for e in events_of(
        "Students in Lima clashed with police. Troops clashed with rebels.", [])]
    assert types == [("clashed", "protest"), ("clashed", "armed_conflict")]


def test_a_group_of_people_after_at_is_a_target_and_no_venue():
    text = "Police fired tear gas at protesters. Protesters rallied at the UN."
    mentions = [mention(text, "Police", "actor/police", rule="organizations.group_pattern"),
                mention(text, "protesters", "actor/protesters", rule="organizations.group_pattern"),
                mention(text, "Protesters", "actor/protesters", rule="organizations.group_pattern"),
                mention(text, "UN", "actor/un", rule="organizations.lexicon")]
    gas, rally = events_of(text, mentions)
    assert [(m.text, role) for m, role in gas.actors] == [("Police", "initiator"), ("protesters", "target")]
    assert [m.text for m, _ in rally.actors] == ["Protesters"]


def test_an_agreement_a_state_has_is_in_force_and_no_signing():
    assert statuses_of("Peru, which has a mutual defence treaty with Chile, condemned it. Peru and Chile have "
                       "reached an agreement.") == [("condemned", "occurred"), ("agreement", "occurred")]


def test_between_after_a_noun_triggers_verb_and_its_day_names_both_sides():
    text = "Fighting erupted in Lima on Saturday between the army and the rebels."
    mentions = [mention(text, "army", "actor/army", rule="organizations.group_pattern"),
                mention(text, "rebels", "actor/rebels", rule="organizations.group_pattern")]
    (fighting,) = events_of(text, mentions)
    assert [(m.text, role) for m, role in fighting.actors] == [("army", "initiator"), ("rebels", "initiator")]


def test_a_count_after_including_is_a_part_and_no_count_of_the_event():
    text = "At least 200 people, including 10 civilians, were killed in Lima."
    (killed,) = find_events(text, sentences_of(text), [], [], find_quantities(text), PUBLISHED)
    assert [q.text for q in killed.quantities] == ["At least 200 people"]


def test_the_latest_in_a_string_of_events_of_its_kind_is_the_event_told_before():
    assert statuses_of("Farmers blocked roads on Friday, the latest in a string of protests against the rules. "
                       "Farmers protested in Lima, the latest in a wave of farmer protests.") == [
        ("blocked", "occurred"), ("protested", "occurred")]


def test_the_war_an_event_is_measured_in_is_no_event_and_a_states_place_does_not_make_it_act():
    text = "Peru's troops pushed into Chile's Arica region in the biggest incursion of the war. Peru declared war."
    mentions = [mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True),
                mention(text, "Chile", "actor/chile", rule="gazetteer.country", country=True),
                mention(text, "Arica region", "location/arica", kind="location", rule="gazetteer.region"),
                mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True, nth=1)]
    events = events_of(text, mentions)
    assert [e.trigger.text for e in events] == ["pushed into", "incursion", "war"]
    assert ("Chile", "initiator") not in [(m.text, role) for e in events for m, role in e.actors]


def test_what_a_clause_defies_is_no_act_of_its_subject_and_has_no_day_of_it():
    text = "Parliament passed the bill on Tuesday, defying weeks of mass protests."
    mentions = [mention(text, "Parliament", "actor/parliament", rule="organizations.group_pattern")]
    times = every(text, "on Tuesday", dt.date(2023, 5, 9), dt.date(2023, 5, 9), "day")
    passed, protests = events_of(text, mentions, times)
    assert passed.date is not None and (protests.actors, protests.date) == ([], None)


def test_whom_a_suspected_deed_is_for_and_whose_death_follows_a_war_are_no_parties():
    text = ("Peru arrested three people suspected of spying for Chile. Peru imposed sanctions over Chile's war in "
            "Bolivia and the death of President Ana Ruiz.")
    mentions = [mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True),
                mention(text, "Chile", "actor/chile", rule="gazetteer.country", country=True),
                mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True, nth=1),
                mention(text, "Chile", "actor/chile", rule="gazetteer.country", country=True, nth=1),
                mention(text, "Ana Ruiz", "actor/ruiz")]
    events = {e.trigger.text: e for e in events_of(text, mentions)}
    assert [(m.text, role) for m, role in events["arrested"].actors] == [("Peru", "initiator")]
    assert "Ana Ruiz" not in [m.text for m, _ in events["war"].actors]


def test_a_noun_a_verb_acts_on_after_and_has_no_initiator_before_it():
    text = "Peru condemned the attack on Chile and the killing of President Ana Ruiz."
    mentions = [mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True),
                mention(text, "Chile", "actor/chile", rule="gazetteer.country", country=True),
                mention(text, "Ana Ruiz", "actor/ruiz")]
    killing = next(e for e in events_of(text, mentions) if e.trigger.text == "killing")
    assert [(m.text, role) for m, role in killing.actors] == [("Ana Ruiz", "target")]


def test_the_state_of_an_ambassador_summoned_is_the_summons_target():
    text = "Peru summoned the Chilean ambassador on Monday."
    qualifiers = [mention(text, "Chilean", "actor/chile", rule="gazetteer.demonym", country=True)]
    (summoned,) = events_of_with(text, [mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True)],
                                 qualifiers)
    assert [(m.entity_id, role) for m, role in summoned.actors] == [("actor/peru", "initiator"), ("actor/chile", "target")]


def test_a_toll_after_a_clause_with_no_agent_has_no_initiator_and_who_uses_a_thing_does_not_act():
    text = ("Ruiz was among the passengers of a jet that crashed near Lima, killing all 10 people on board. "
            "Pagers used by Hezbollah members exploded across Lebanon, killing 12 people.")
    mentions = [mention(text, "Ruiz", "actor/ruiz"),
                mention(text, "Hezbollah", "actor/hezbollah", rule="organizations.lexicon")]
    first, second = events_of(text, mentions)
    assert (first.trigger.text, first.actors) == ("killing", [])
    assert (second.trigger.text, second.actors) == ("killing", [])


def test_who_asks_for_an_event_in_the_possessive_takes_no_part_and_explosions_cases_and_entries_are_events():
    text = "The council will meet on Friday at Peru's request."
    (meet,) = events_of(text, [mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True)])
    assert meet.actors == []
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of(
        "Explosions hit Lima. Investigators opened a criminal case. Troops entered the town. Refugees entered Peru.",
        [])] == [("Explosions", "assault"), ("opened a criminal case", "investigate"), ("entered", "mobilize_forces")]


def test_a_named_subject_after_as_acts_alone_and_a_past_relative_clause_is_no_plan():
    text = "Police shot dead 23 people as demonstrators stormed parliament."
    mentions = [mention(text, "Police", "actor/police", rule="organizations.group_pattern"),
                mention(text, "demonstrators", "actor/demonstrators", rule="organizations.group_pattern")]
    stormed = events_of(text, mentions)[-1]
    assert [(m.text, role) for m, role in stormed.actors] == [("demonstrators", "initiator")]
    assert statuses_of("Ruiz would not sign a bill that sparked deadly protests.") == [
        ("sign", "negated"), ("protests", "occurred")]


def test_what_an_event_answers_keeps_its_own_parties_day_and_count_and_lends_them_to_no_other():
    text = "Peru fired rockets at Chile on Sunday in retaliation for the killing of 12 children in Lima on Saturday."
    mentions = [mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True),
                mention(text, "Chile", "actor/chile", rule="gazetteer.country", country=True),
                mention(text, "Lima", "location/lima", kind="location", rule="gazetteer.city")]
    times = [*every(text, "on Sunday", dt.date(2023, 5, 7), dt.date(2023, 5, 7), "day"),
             *every(text, "on Saturday", dt.date(2023, 5, 6), dt.date(2023, 5, 6), "day")]
    fired, killing = find_events(text, sentences_of(text), mentions, times, find_quantities(text), PUBLISHED)
    assert (fired.date.text, fired.locations, fired.quantities) == ("on Sunday", [], [])
    assert killing.date.text == "on Saturday" and [m.text for m, _ in killing.locations] == ["Lima"]
    assert [q.text for q in killing.quantities] == ["12 children"] and killing.actors == []


def test_the_cue_of_a_relative_clause_ends_at_its_closing_comma():
    assert statuses_of("Peru, which has been in talks with Chile, called for restraint.") == [
        ("talks", "ongoing"), ("called for", "occurred")]


def test_involvement_in_an_offence_is_alleged_and_a_cue_does_not_reach_into_a_clause_after_in_which():
    assert statuses_of("Police arrested a man suspected of involvement in an attack on a monastery.") == [
        ("arrested", "occurred"), ("attack", "claimed")]
    # a part denied in an event takes it as given: the denial is an event of its own
    assert statuses_of("Serbia denied any role in the attack, in which a police officer was killed.") == [
        ("denied", "occurred"), ("attack", "occurred"), ("killed", "occurred")]


def test_what_came_before_a_clause_has_no_initiator_of_it_and_what_is_opposed_is_no_event():
    text = "Peru put its units on higher alert after the blast. Chile opposed any deployment of troops."
    mentions = [mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True),
                mention(text, "Chile", "actor/chile", rule="gazetteer.country", country=True)]
    events = events_of(text, mentions)
    assert [(e.trigger.text, e.trigger.event_type, [m.text for m, _ in e.actors]) for e in events] == [
        ("on higher alert", "raise_military_alert", ["Peru"]), ("blast", "assault", [])]


def test_what_talks_are_about_has_neither_the_talkers_as_parties_nor_their_day():
    text = "Peru and Chile met on Tuesday for talks on ending the war in Bolivia. Protesters plan to gather on Friday."
    mentions = [mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True),
                mention(text, "Chile", "actor/chile", rule="gazetteer.country", country=True),
                mention(text, "Protesters", "actor/protesters", rule="organizations.group_pattern")]
    times = [*every(text, "on Tuesday", dt.date(2023, 5, 9), dt.date(2023, 5, 9), "day"),
             *every(text, "on Friday", dt.date(2023, 5, 12), dt.date(2023, 5, 12), "day")]
    events = {e.trigger.text: e for e in events_of(text, mentions, times)}
    assert (events["war"].actors, events["war"].date) == ([], None)
    assert events["gather"].date is not None and [m.text for m, _ in events["gather"].actors] == ["Protesters"]


def test_who_calls_an_event_something_in_quotes_does_not_do_it():
    text = 'Ruiz called the attack "outrageous".'
    (attack,) = events_of(text, [mention(text, "Ruiz", "actor/ruiz")])
    assert (attack.trigger.text, attack.actors) == ("attack", [])


def test_what_is_demanded_or_called_for_is_done_by_no_one_named_before_the_demand():
    text = "Peru and Chile called for an immediate ceasefire. Protesters stormed the palace, demanding a coup."
    mentions = [mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True),
                mention(text, "Chile", "actor/chile", rule="gazetteer.country", country=True),
                mention(text, "Protesters", "actor/protesters", rule="organizations.group_pattern")]
    events = {e.trigger.text: e for e in events_of(text, mentions)}
    assert (events["ceasefire"].status, events["ceasefire"].actors) == ("proposed", [])
    assert (events["coup"].status, events["coup"].actors) == ("proposed", [])


def test_fire_on_concertgoers_is_an_assault_told_again_in_the_deadliest_attack_and_those_behind_it_refer_back():
    text = ("Gunmen opened fire on concertgoers in Lima, killing 133 people in the deadliest attack in decades. "
            "Ruiz vowed to punish those behind the attack.")
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])] == [("opened fire", "assault")]


def test_an_attack_ranked_in_one_of_the_largest_attacks_is_the_attack_just_told():
    text = "Rebels launched 300 drones at Peru overnight, in one of the largest attacks of the war."
    mentions = [mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True)]
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of(text, mentions)] == [
        ("launched", "armed_conflict")]


def test_whom_a_warning_is_given_does_not_do_what_it_warns_of():
    text = "Peru warned Chile earlier this month of a planned attack."
    mentions = [mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True),
                mention(text, "Chile", "actor/chile", rule="gazetteer.country", country=True)]
    attack = next(e for e in events_of(text, mentions) if e.trigger.text == "attack")
    assert ("Chile", "initiator") not in [(m.text, role) for m, role in attack.actors]


def test_the_reason_a_reaction_is_over_has_no_day_of_the_reaction():
    text = "Peru imposed sanctions on Friday over Chile's war in Bolivia."
    times = every(text, "on Friday", dt.date(2023, 5, 5), dt.date(2023, 5, 5), "day")
    sanctions, war = events_of(text, [], times)
    assert sanctions.date is not None and war.date is None


def test_what_is_warned_of_or_threatened_is_no_event():
    assert statuses_of("Peru warned of new protests. Chile faces the threat of war.") == [("warned", "occurred")]


def test_an_event_in_a_condition_may_never_happen():
    assert statuses_of("The party said it would impeach the president unless he resigned immediately.") == [
        ("impeach", "planned"), ("resigned", "unknown")]
    assert statuses_of("If Russia attacks a member, the alliance will respond.") == [("attacks", "unknown")]
    assert ("ceasefire", "unknown") in statuses_of("Talks will resume unless a ceasefire is agreed.")
    # what the condition's verb acts on stands: the agreement exists whether or not it is violated
    assert ("agreement", "unknown") not in statuses_of("Israel said it would respond if Hezbollah violated the agreement.")


def test_an_obligation_is_planned_and_what_is_ruled_out_negated():
    assert statuses_of("Under the constitution, an election must be held within 50 days.") == [("election", "planned")]
    assert statuses_of("The army must withdraw its troops.") == [("withdraw", "planned")]
    assert statuses_of("He has ruled out resigning before his term ends.") == [("resigning", "negated")]
    assert statuses_of("The government ruled out talks with the rebels.") == [("talks", "negated")]


def test_harm_done_by_an_accident_is_no_assault():
    assert statuses_of("The president and his minister were killed when their helicopter crashed in fog.") == []
    assert statuses_of("A stampede killed 12 pilgrims.") == []
    assert statuses_of("Five people were injured in a collision.") == []
    # an accident elsewhere in the sentence says nothing of a killing
    assert ("killed", "occurred") in statuses_of("Gunmen killed 12 people, a week after a plane crash in the north.")


def test_coordinated_passives_each_have_their_own_agent_after_a_modifier():
    text = "The deputies backed the motion, which was filed by the leftist Popular Front and supported by Le Pen's far-right National Rally."
    mentions = [mention(text, "Popular Front", "actor/pf", rule="organizations.lexicon"),
                mention(text, "National Rally", "actor/nr", rule="organizations.lexicon")]
    (supported,) = events_of(text, mentions)
    assert [(m.text, role) for m, role in supported.actors] == [("National Rally", "initiator")]


def test_shots_fired_at_someone_are_an_assault():
    text = "A 71-year-old man fired five shots at Prime Minister Ana Ruiz as she greeted supporters."
    (fired,) = events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz")])
    assert (fired.trigger.text, fired.trigger.event_type) == ("fired", "assault")
    assert [(m.text, role) for m, role in fired.actors] == [("Ana Ruiz", "target")]
    assert statuses_of("Soldiers fired warning shots into the air.") == []


def test_people_charged_are_an_arrest_and_what_they_are_held_in_connection_with_is_an_offence():
    text = "Police said on Monday they had charged four nationals in connection with the killing."
    charged, killing = find_events(text, sentences_of(text), [mention(text, "Police", "actor/police")],
                                   every(text, "on Monday", PUBLISHED, PUBLISHED, "day"), find_quantities(text),
                                   PUBLISHED)
    assert (charged.trigger.text, charged.trigger.event_type, charged.status) == ("charged", "arrest", "occurred")
    assert [q.text for q in charged.quantities] == ["four nationals"]
    # the killing is what they are charged over: its own day and count, and only alleged to be theirs
    assert (killing.status, killing.date, killing.quantities) == ("claimed", None, [])
    assert statuses_of("The company charged a fee.") == []


def test_who_describes_an_event_as_something_takes_no_part_in_it():
    text = "Ruiz was shot in an assassination attempt the government described as politically motivated."
    mentions = [mention(text, "Ruiz", "actor/ruiz"), mention(text, "government", "actor/gov", rule="organizations.lexicon")]
    assert [[(m.text, role) for m, role in e.actors] for e in events_of(text, mentions)] == [[("Ruiz", "target")], []]
    text = "The government described the attack as terrorism."
    (attack,) = events_of(text, [mention(text, "government", "actor/gov", rule="organizations.lexicon")])
    assert attack.actors == []


def test_who_annuls_or_overturns_an_event_did_not_do_it():
    text = "The Constitutional Court annulled the first round of the presidential election on Friday."
    (election,) = events_of(text, [mention(text, "Constitutional Court", "actor/court", rule="organizations.lexicon")])
    assert (election.trigger.event_type, election.actors) == ("hold_election", [])
    text = "The Supreme Court overturned the conviction of Ana Ruiz."
    (conviction,) = events_of(text, [mention(text, "Supreme Court", "actor/court", rule="organizations.lexicon"),
                                     mention(text, "Ana Ruiz", "actor/ruiz")])
    assert [(m.text, role) for m, role in conviction.actors] == [("Ana Ruiz", "target")]


def test_a_claim_before_its_object_claims_nothing_before_it():
    assert statuses_of("The court annulled the election, after documents alleged that Russia had run a campaign.") == [
        ("election", "occurred")]
    assert statuses_of("Police arrested 12 protesters, officials claimed.")[0] == ("arrested", "claimed")


def test_a_time_in_a_coordinated_clause_with_a_verb_of_its_own_and_no_trigger_is_that_clauses():
    text = "Peru sent 3,000 troops to Chile, and the number is expected to reach 10,000 by December."
    (sent,) = events_of(text, [mention(text, "Peru", "actor/peru", country=True),
                                mention(text, "Chile", "actor/chile", country=True)],
                        every(text, "by December", PUBLISHED, PUBLISHED, "month"))
    assert sent.date is None
    # where forces are sent is their destination, not their target
    assert [(m.text, role) for m, role in sent.actors] == [("Peru", "initiator")]
    text = "The ministers met Chile, Peru, and Bolivia on Monday."
    (met,) = events_of(text, [], every(text, "on Monday", PUBLISHED, PUBLISHED, "day"))
    assert met.date is not None  # a list is no clause


def test_a_predicate_of_its_own_in_the_past_ends_a_cue_even_after_a_verb_that_is_no_trigger():
    assert statuses_of("Ruiz said he would comply with the vote and withdrew the troops hours after the declaration.") == [
        ("withdrew", "occurred"), ("declaration", "occurred")]


def test_a_place_in_what_a_statement_says_is_no_place_of_the_statement():
    text = "Ana Ruiz said in Lima that troops were in Chile."
    (said,) = events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz"),
                               mention(text, "Lima", "loc/lima", kind="location", rule="gazetteer.city"),
                               mention(text, "Chile", "loc/chile", kind="location", rule="gazetteer.country", country=True)])
    assert [(m.text, role) for m, role in said.locations] == [("Lima", "occurred_in")]


def test_a_hedged_distance_in_time_opens_a_clause_and_protests_in_a_spell_are_others():
    text = "Sweden joined the alliance on Thursday, nearly two years after Russia's invasion of Ukraine prompted it to apply."
    mentions = [mention(text, "Sweden", "actor/sweden", country=True), mention(text, "Russia", "actor/russia", country=True),
                mention(text, "Ukraine", "actor/ukraine", country=True)]
    (invasion,) = events_of(text, mentions, every(text, "on Thursday", PUBLISHED, PUBLISHED, "day"))
    assert ([(m.text, role) for m, role in invasion.actors], invasion.date) == (
        [("Russia", "initiator"), ("Ukraine", "target")], None)
    text = "Beijing imposed a security law on the city after months of pro-democracy protests."
    (protests,) = events_of(text, [mention(text, "Beijing", "actor/china", rule="gazetteer.city")])
    assert protests.actors == []
    # the talks a spell holds are the clause's own
    text = "India and Brazil signed an agreement after months of negotiations."
    signed, negotiations = events_of(text, [mention(text, "India", "actor/india", country=True),
                                            mention(text, "Brazil", "actor/brazil", country=True)])
    assert [m.text for m, _ in negotiations.actors] == ["India", "Brazil"]


def test_a_participles_clause_after_a_comma_names_no_target_and_a_power_to_act_is_no_event():
    text = "The legislature passed a security law on Tuesday, giving the government more powers to crack down on dissent."
    (passed,) = events_of(text, [mention(text, "legislature", "actor/leg", rule="organizations.lexicon"),
                                 mention(text, "government", "actor/gov", rule="organizations.lexicon")])
    assert [(m.text, role) for m, role in passed.actors] == [("legislature", "initiator")]
    # a list after a comma still names targets
    text = "Canada expelled six diplomats, including Ana Ruiz."
    (expelled,) = events_of(text, [mention(text, "Canada", "actor/canada", country=True), mention(text, "Ana Ruiz", "actor/ruiz")])
    assert ("Ana Ruiz", "target") in [(m.text, role) for m, role in expelled.actors]


def test_what_is_made_possible_may_take_place_by_no_one_named_before():
    text = "Chancellor Ana Ruiz fired her finance minister on Wednesday, paving the way for an early election."
    fired, election = events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz")],
                                every(text, "on Wednesday", PUBLISHED, PUBLISHED, "day"))
    assert (fired.trigger.event_type, [(m.text, role) for m, role in fired.actors]) == (
        "dismiss", [("Ana Ruiz", "initiator")])
    assert (election.status, election.actors, election.date) == ("unknown", [], None)
    assert statuses_of("The ruling opened the door to talks with the rebels.") == [("talks", "unknown")]


def test_who_rejects_calls_makes_none_and_who_accuses_does_not_do_what_is_accused():
    text = "President Ana Ruiz has rejected calls for early elections and accused foreign spies of orchestrating the protests."
    rejected, calls, elections, accused, protests = events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz")])
    assert (calls.trigger.text, calls.actors) == ("calls for", [])
    assert (protests.trigger.text, protests.actors) == ("protests", [])
    text = "Peru accused Chile of orchestrating the protests."
    accused, protests = events_of(text, [mention(text, "Peru", "actor/peru", country=True),
                                         mention(text, "Chile", "actor/chile", country=True)])
    assert [(m.text, role) for m, role in protests.actors] == [("Chile", "initiator")]


def test_the_end_a_plan_awaits_may_never_come():
    assert statuses_of("The parties said they would keep up the pressure until the government resigned.") == [
        ("resigned", "unknown")]
    assert statuses_of("They fought until the army withdrew.") == [("fought", "occurred"), ("withdrew", "occurred")]


def test_whom_someone_places_or_who_remains_under_arrest_is_its_target():
    text = "The junta placed President Ana Ruiz under house arrest."
    (arrest,) = events_of(text, [mention(text, "junta", "actor/junta", rule="organizations.lexicon"),
                                 mention(text, "Ana Ruiz", "actor/ruiz")])
    assert [(m.text, role) for m, role in arrest.actors] == [("junta", "initiator"), ("Ana Ruiz", "target")]
    text = "Ana Ruiz remains under house arrest."
    (arrest,) = events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz")])
    assert [(m.text, role) for m, role in arrest.actors] == [("Ana Ruiz", "target")]


def test_whose_office_is_taken_or_left_is_no_target():
    text = "Ana Ruiz was sworn in as Peru's president on Monday."
    (sworn,) = events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz"), mention(text, "Peru", "actor/peru", country=True)])
    assert [(m.text, role) for m, role in sworn.actors] == [("Ana Ruiz", "initiator")]


def test_a_bare_plural_subject_opens_a_clause_after_after():
    text = "South Africa closed its border with Mozambique on Wednesday after protesters set fire to trucks."
    closed, fire = events_of(text, [mention(text, "South Africa", "actor/za", country=True),
                                    mention(text, "Mozambique", "actor/mz", country=True),
                                    mention(text, "protesters", "actor/protesters", rule="organizations.group_pattern")],
                             every(text, "on Wednesday", PUBLISHED, PUBLISHED, "day"))
    assert ([(m.text, role) for m, role in fire.actors], fire.date) == ([("protesters", "initiator")], None)


def test_a_place_in_what_a_closing_tag_reports_is_no_place_of_the_statement():
    text = "The flag will be raised at the headquarters in Brussels on Monday, the alliance said."
    (said,) = events_of(text, [mention(text, "alliance", "actor/nato", rule="organizations.back_reference"),
                               mention(text, "Brussels", "loc/brussels", kind="location", rule="gazetteer.city")])
    assert said.locations == []


def test_a_day_before_that_is_the_day_of_the_verb_that_says_it():
    text = "A court had ruled in January that the deployment was unconstitutional."
    (deployment,) = events_of(text, [], every(text, "in January", PUBLISHED, PUBLISHED, "month"))
    assert deployment.date is None
    text = "Peru denied on Monday that it had deployed troops near the border."
    (deployed,) = events_of(text, [mention(text, "Peru", "actor/peru", country=True)],
                            every(text, "on Monday", PUBLISHED, PUBLISHED, "day"))
    assert (deployed.status, deployed.date) == ("denied", None)
    # what has just been done shares the day it is told
    text = "Ana Ruiz said today that she has invited Peru to further talks."
    invited = events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz")], every(text, "today", PUBLISHED, PUBLISHED, "day"))[0]
    assert invited.date is not None


def test_where_forces_arrive_is_their_destination_and_a_suspended_membership_reduces_relations():
    text = "A contingent of Kenyan police officers arrived in Haiti on Tuesday."
    (arrived,) = events_of(text, [mention(text, "Haiti", "loc/haiti", kind="location", rule="gazetteer.country",
                                          country=True)])
    assert (arrived.trigger.event_type, [(m.text, role) for m, role in arrived.locations]) == (
        "mobilize_forces", [("Haiti", "destination")])
    text = "The African Union suspended Gabon's membership on Thursday."
    (suspended,) = events_of(text, [mention(text, "African Union", "actor/au", rule="organizations.lexicon"),
                                    mention(text, "Gabon", "actor/gabon", country=True)])
    assert suspended.trigger.event_type == "reduce_relations"


def test_an_event_named_by_its_day_in_the_possessive_is_nobodys_before_it():
    text = "Peru condemned Sunday's attack on the embassy."
    condemned, attack = events_of(text, [mention(text, "Peru", "actor/peru", country=True)])
    assert attack.actors == []
    text = "Police fired tear gas on Thursday, as protests over last month's disputed election entered a third week."
    assert events_of(text, [mention(text, "Police", "actor/police", rule="organizations.group_pattern")])[-1].actors == []
    # who runs in the election it names still does
    text = "Georgian Dream won Saturday's election."
    (election,) = events_of(text, [mention(text, "Georgian Dream", "actor/gd", rule="organizations.lexicon")])
    assert election.actors != []


def test_who_leaves_prison_is_released():
    assert statuses_of("Ruiz was sworn in, less than two weeks after being released from prison.")[-1] == (
        "released from prison", "occurred")


def test_an_event_named_by_its_results_is_held_by_no_one_before_them():
    text = "The opposition refused on Sunday to recognise the results of the parliamentary election."
    (election,) = events_of(text, [mention(text, "opposition", "actor/opp", rule="organizations.group_pattern")],
                            every(text, "on Sunday", PUBLISHED, PUBLISHED, "day"))
    assert (election.actors, election.date) == ([], None)


def test_who_acts_and_then_speaks_is_named_once_as_who_acts():
    text = "Prime Minister Ana Ruiz rejected the accusations and said the result reflected the will of the people."
    (rejected,) = events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz")])
    assert [(m.text, role) for m, role in rejected.actors] == [("Ana Ruiz", "initiator")]
    assert rejected.speaker is not None  # the subject of both verbs speaks


def test_what_a_statement_says_right_after_its_verb_has_no_place_of_the_statement():
    text = "Ana Ruiz said the potential for further spread within Africa was worrying."
    (said,) = events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz"),
                               mention(text, "Africa", "loc/africa", kind="location", rule="gazetteer.region")])
    assert said.locations == []


def test_what_an_attempt_set_off_took_place():
    assert statuses_of("The president had tried to postpone the vote, triggering deadly protests.") == [
        ("protests", "occurred")]
    assert statuses_of("The move could raise prices, triggering protests.") == [("protests", "unknown")]


def test_an_offence_in_a_list_of_charges_is_alleged():
    assert statuses_of("Prosecutors said they would seek charges of terrorism and armed uprising against him.") == [
        ("uprising", "claimed")]


def test_who_wins_an_election_named_with_an_abbreviated_state_runs_in_it():
    text = "Ana Ruiz won the U.S. presidential election on Tuesday."
    # the sentence splitter, not the helper's cut at each stop, keeps "U.S." inside its sentence
    (election,) = find_events(text, split_sentences(text), [mention(text, "Ana Ruiz", "actor/ruiz")], [], [], PUBLISHED)
    assert [(m.text, role) for m, role in election.actors] == [("Ana Ruiz", "participant")]


def test_who_stands_in_what_an_appeal_asks_is_no_target_of_it():
    text = "Ana Ruiz urged him to continue the path of the late president Luis Moreno."
    urged = events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz"), mention(text, "Luis Moreno", "actor/moreno")])[0]
    assert [(m.text, role) for m, role in urged.actors] == [("Ana Ruiz", "initiator")]
    text = "Peru appealed to Chile and Bolivia for calm."
    (appealed,) = events_of(text, [mention(text, w, f"actor/{w.lower()}", country=True) for w in ("Peru", "Chile", "Bolivia")])
    assert [m.text for m, role in appealed.actors if role == "target"] == ["Chile", "Bolivia"]


def test_an_attack_in_the_progressive_is_an_event():
    assert statuses_of("The ministry accused the rebels of attacking its positions.") == [
        ("accused", "occurred"), ("attacking", "claimed")]
    assert statuses_of("Its drones are invading the airspace of its neighbour.") == [("invading", "ongoing")]


def test_what_is_not_planned_or_meant_is_negated():
    assert statuses_of("The army said it had not planned to hit any targets in the city.") == [("hit", "negated")]
    assert statuses_of("The army is not planning to attack the city.") == [("attack", "negated")]
    assert statuses_of("The army never intended to attack the city.") == [("attack", "negated")]
    assert statuses_of("The army plans to attack the city.") == [("attack", "planned")]


def test_a_second_clause_of_what_is_said_has_cues_of_its_own():
    assert statuses_of("The army said it had not planned to hit any targets and that its drones had been attacking "
                       "military sites.") == [("hit", "negated"), ("attacking", "occurred")]


def test_a_verb_of_intent_after_but_shares_the_subject_before():
    text = "Peru does not want to attack Chile, but plans to invade Bolivia."
    events = events_of(text, [mention(text, w, f"actor/{w.lower()}", country=True) for w in ("Peru", "Chile", "Bolivia")])
    invade = next(e for e in events if e.trigger.text == "invade")
    assert [(m.text, role) for m, role in invade.actors] == [("Peru", "initiator"), ("Bolivia", "target")]


def test_who_is_mediated_between_is_the_target_and_who_mediates_with_the_mediator_mediates():
    text = "Qatar, which has mediated between Israel and Hamas with Egypt, said it was reassessing its role."
    events = events_of(text, [mention(text, w, f"actor/{w.lower()}", country=w != "Hamas")
                              for w in ("Qatar", "Israel", "Hamas", "Egypt")])
    mediated = next(e for e in events if e.trigger.text == "mediated")
    assert [(m.text, role) for m, role in mediated.actors] == [
        ("Qatar", "initiator"), ("Israel", "target"), ("Hamas", "target"), ("Egypt", "initiator")]


def test_who_a_when_clause_names_is_no_target_of_the_event_before_it():
    text = "Four people were killed on Sunday when security forces fired on protesters."
    killed, fired = events_of(text, [mention(text, "security forces", "actor/forces", rule="organizations.group_pattern"),
                                     mention(text, "protesters", "actor/protesters", rule="organizations.group_pattern")])
    assert killed.actors == []
    assert [(m.text, role) for m, role in fired.actors] == [("security forces", "initiator"), ("protesters", "target")]


def test_a_verb_after_what_is_accused_has_the_accusers_subject():
    text = "Peru accused Chile of planning an insurrection and banned all demonstrations."
    events = events_of(text, [mention(text, w, f"actor/{w.lower()}", country=True) for w in ("Peru", "Chile")])
    parties = {e.trigger.text: [(m.text, role) for m, role in e.actors] for e in events}
    assert parties["banned"] == [("Peru", "initiator")]
    assert parties["demonstrations"] == []  # what is banned is no one's here


def test_a_past_verb_after_a_noun_shares_the_subject_of_the_verb_before_the_noun():
    text = "Peru accused Chile of planning an attack and banned all flights."
    events = events_of(text, [mention(text, w, f"actor/{w.lower()}", country=True) for w in ("Peru", "Chile")])
    banned = next(e for e in events if e.trigger.text == "banned")
    assert [(m.text, role) for m, role in banned.actors] == [("Peru", "initiator")]


def test_what_a_relative_clause_in_the_past_tells_happened_whatever_the_sentence_urges():
    assert statuses_of("Rights groups urged the authorities to free dozens of people who were arrested after the vote.") \
        == [("urged", "occurred"), ("arrested", "occurred")]
    assert statuses_of("They demanded accountability for the violence that killed 15 people.") == [
        ("demanded", "occurred"), ("killed", "occurred")]


def test_the_subjects_appositive_is_a_clause_of_its_own_and_its_speaker_speaks_after_it():
    text = ("Colonel Luis Moreno, the head of an elite army unit that joined anti-government protests last week, "
            "said a military council would organise elections.")
    protests, elections = events_of(text, [mention(text, "Luis Moreno", "actor/moreno")],
                                    every(text, "last week", dt.date(2022, 1, 10), dt.date(2022, 1, 16), "week"))
    assert elections.date is None and elections.speaker is not None and elections.speaker.text == "Luis Moreno"
    assert protests.date is not None and protests.attribution is None


def test_a_clause_after_before_with_an_irregular_past_takes_only_its_own_date():
    text = "The two countries fought a war in 2016, before Peru retook the region in a long offensive in September 2019."
    events = events_of(text, [mention(text, "Peru", "actor/peru", country=True)],
                       [*every(text, "in 2016", dt.date(2016, 1, 1), dt.date(2016, 12, 31), "year"),
                        *every(text, "in September 2019", dt.date(2019, 9, 1), dt.date(2019, 9, 30), "month")])
    retook = next(e for e in events if e.trigger.text == "retook")
    assert retook.date is not None and retook.date.text == "in September 2019"


def test_a_date_right_before_an_event_noun_is_its_own():
    text = "The council declared Ana Ruiz the winner of the January 9 election on Monday."
    (election,) = events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz")],
                            [*every(text, "January 9", dt.date(2022, 1, 9), dt.date(2022, 1, 9), "day"),
                             *every(text, "on Monday", dt.date(2022, 1, 17), dt.date(2022, 1, 17), "day")])
    assert election.date is not None and election.date.text == "January 9"


def test_strikes_on_leaders_and_command_centres_are_attacks():
    assert statuses_of("The army struck rebel leaders in the capital.") == [("struck", "occurred")]
    assert [e.trigger.event_type for e in events_of("Drones hit a command centre near the front.", [])] == [
        "armed_conflict"]
    assert statuses_of("The two sides struck a deal.") != [("struck", "occurred")]


def test_who_a_relative_or_aide_is_of_takes_no_part_in_what_befalls_them():
    text = "Five members were killed, including the son of its exiled chief Luis Moreno."
    (killed,) = events_of(text, [mention(text, "Luis Moreno", "actor/moreno")])
    assert killed.actors == []
    text = "Police arrested two aides to Ana Ruiz."
    (arrested,) = events_of(text, [mention(text, "Police", "actor/police", rule="organizations.group_pattern"),
                                   mention(text, "Ana Ruiz", "actor/ruiz")])
    assert [(m.text, role) for m, role in arrested.actors] == [("Police", "initiator")]


def test_what_would_not_happen_again_is_negated():
    assert statuses_of("He said such an attack would not happen again.") == [("attack", "negated")]
    assert statuses_of("He said such an attack would happen again.") == [("attack", "planned")]


def test_what_the_first_of_two_predicates_acts_on_is_not_the_subjects_own():
    text = "The ministry condemned the raid and said Thai jets had bombed a road."
    events = events_of(text, [mention(text, "ministry", "actor/ministry", rule="organizations.lexicon")])
    raid = next(e for e in events if e.trigger.text == "raid")
    assert raid.actors == []
    condemned = next(e for e in events if e.trigger.text == "condemned")
    assert [(m.text, role) for m, role in condemned.actors] == [("ministry", "initiator")]


def test_who_the_first_predicate_acts_on_takes_no_part_in_what_the_subject_then_says():
    for text in ("Peru accused Chile of aggression and said jets had bombed a road.",
                 "Peru criticised Chile and said jets had bombed a road."):
        events = events_of(text, [mention(text, w, f"actor/{w.lower()}", rule="gazetteer.country", country=True)
                                  for w in ("Peru", "Chile")])
        bombed = next(e for e in events if e.trigger.text == "bombed")
        assert bombed.speaker is not None and bombed.speaker.text == "Peru", text
        assert [(m.text, role) for m, role in bombed.actors] == [("Peru", "source")], text


def test_a_relative_clause_that_tells_an_event_took_place_gives_its_status_day_and_place():
    text = "Peru asked the council to hold an urgent meeting, which took place in Lima on Monday."
    (meeting,) = events_of(text, [mention(text, "Peru", "actor/peru", country=True),
                                  mention(text, "Lima", "loc/lima", kind="location", rule="gazetteer.geonames_city")],
                           every(text, "on Monday", dt.date(2022, 1, 17), dt.date(2022, 1, 17), "day"))
    assert meeting.status == "occurred" and meeting.status_rule == "events.status_held_relative"
    assert meeting.date is not None and meeting.date.text == "on Monday"
    assert [(m.text, role) for m, role in meeting.locations] == [("Lima", "occurred_in")]


def test_the_country_something_comes_from_is_no_target():
    text = "Police arrested him at the airport on his return from Chile."
    (arrested,) = events_of(text, [mention(text, "Police", "actor/police", rule="organizations.group_pattern"),
                                   mention(text, "Chile", "actor/chile", rule="gazetteer.country", country=True)])
    assert [(m.text, role) for m, role in arrested.actors] == [("Police", "initiator")]
    text = "Peru withdrew its troops from Chile."  # what is left is the withdrawal's target
    (withdrew,) = events_of(text, [mention(text, w, f"actor/{w.lower()}", rule="gazetteer.country", country=True)
                                   for w in ("Peru", "Chile")])
    assert ("Chile", "target") in [(m.text, role) for m, role in withdrew.actors]


def test_standards_met_and_wars_on_drugs_are_no_events():
    assert statuses_of("Observers said the vote had not met democratic standards.") == [("said", "occurred")]
    assert statuses_of("The two presidents met on Monday.") == [("met", "occurred")]
    assert statuses_of("He would declare war on crime and his war on drugs would go on.") == []
    assert statuses_of("The war on Ukraine went on.") == [("war", "occurred")]


def test_whose_relative_the_subject_is_takes_no_part():
    text = "Moreno's daughter, Senator Ana Moreno, accused the government of lying."
    accused = events_of(text, [mention(text, "Moreno", "actor/luis-moreno"), mention(text, "Ana Moreno", "actor/ana-moreno")])[0]
    assert [(m.text, role) for m, role in accused.actors] == [("Ana Moreno", "initiator")]


def test_who_has_been_in_detention_is_held():
    text = "The party was barred from the vote, and its leader Ana Ruiz has been in detention since April."
    (detention,) = events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz")])
    assert [(m.text, role) for m, role in detention.actors] == [("Ana Ruiz", "target")]


def test_a_noun_after_and_and_a_past_light_verb_is_the_subjects_and_not_what_is_accused():
    text = "Peru accused Chile of preparing an invasion and ordered the mobilisation of reservists."
    events = events_of(text, [mention(text, w, f"actor/{w.lower()}", rule="gazetteer.country", country=True)
                              for w in ("Peru", "Chile")])
    mobilisation = next(e for e in events if e.trigger.text == "mobilisation")
    assert mobilisation.status == "occurred"
    assert [(m.text, role) for m, role in mobilisation.actors] == [("Peru", "initiator")]


def test_a_group_named_with_its_noun_before_who_does_what_the_relative_clause_tells():
    text = "The M23 rebels, who seized the city earlier this year, are not a party to the agreement."
    seized, agreement = events_of(text, [mention(text, "M23", "actor/m23", rule="organizations.lexicon")])
    assert [(m.text, role) for m, role in seized.actors] == [("M23", "initiator")]
    assert agreement.actors == []  # "not a party to" it


def test_a_pronoun_before_what_is_expected_of_it_is_its_subject():
    text = "Ana Ruiz arrived on Monday. She is expected to meet Luis Moreno in Lima."
    meet = next(e for e in events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz"),
                                              mention(text, "Luis Moreno", "actor/moreno")])
                if e.trigger.text == "meet")
    assert sorted((m.entity_id, role) for m, role in meet.actors) == [
        ("actor/moreno", "participant"), ("actor/ruiz", "participant")]


def test_whose_ban_is_defied_takes_no_part_in_what_defies_it():
    text = ("Thousands marched in Lima on Saturday in defiance of a police ban on the parade, in one of the largest "
            "protests against Ana Ruiz in years.")
    events = events_of(text, [mention(text, "police", "actor/police", rule="organizations.group_pattern"),
                              mention(text, "Ana Ruiz", "actor/ruiz")])
    assert [[(m.text, role) for m, role in e.actors] for e in events if e.trigger.event_type == "protest"] == [
        [("Ana Ruiz", "target")]] * 2
    assert [(m.text, role) for e in events if e.trigger.text == "ban on" for m, role in e.actors] == [
        ("police", "initiator")]


def test_a_noun_that_opens_a_coordinated_clause_is_not_the_first_clauses_subjects():
    text = "Police did not intervene, and a small counter-protest by a far-right group was kept apart."
    (protest,) = events_of(text, [mention(text, "Police", "actor/police", rule="organizations.group_pattern")])
    assert protest.actors == []


def test_who_issued_the_warrant_is_no_target_of_the_arrest():
    text = "Police arrested Ana Ruiz on Tuesday on an ICC warrant."
    (arrested,) = events_of(text, [mention(text, "Police", "actor/police", rule="organizations.group_pattern"),
                                   mention(text, "Ana Ruiz", "actor/ruiz"),
                                   mention(text, "ICC", "actor/icc", rule="organizations.lexicon")])
    assert [(m.text, role) for m, role in arrested.actors] == [("Police", "initiator"), ("Ana Ruiz", "target")]


def test_who_a_phrase_set_hours_before_names_is_no_target_nor_place():
    text = "Peru fired missiles at Chile hours after the Bolivian strikes, injuring 16 people in Lima."
    (fired,) = events_of(text, [*(mention(text, w, f"actor/{w.lower()}", rule="gazetteer.country", country=True)
                                  for w in ("Peru", "Chile")),
                                mention(text, "Bolivia", "actor/bolivia", rule="gazetteer.demonym", country=True),
                                mention(text, "Lima", "loc/lima", kind="location", rule="gazetteer.geonames_city")])
    assert [(m.text, role) for m, role in fired.actors] == [("Peru", "initiator"), ("Chile", "target")]
    assert [m.text for m, _ in fired.locations] == ["Lima"]


def test_who_is_declared_something_declares_nothing_and_a_later_clauses_speaker_reports_it_only():
    text = "Ana Ruiz was declared the winner of the election on Saturday, as the opposition said dozens had been killed."
    election, killed = events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz"),
                                        mention(text, "opposition", "actor/opposition",
                                                rule="organizations.group_pattern")])
    assert election.attribution is None and election.speaker is None
    assert killed.speaker is not None and killed.speaker.text == "opposition"
    text = "Peru has long denied backing the rebels, although UN experts say it has deployed soldiers."
    backing = events_of(text, [mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True)])[0]
    assert backing.trigger.text == "backing" and backing.attribution is None


def test_strikes_on_troops_are_attacks():
    assert statuses_of("The operation had not targeted troops or civilians.") == [("targeted", "negated")]
    assert [e.trigger.event_type for e in events_of("Drones struck enemy soldiers near the river.", [])] == [
        "armed_conflict"]


def test_a_country_after_another_in_a_list_is_no_apposition():
    text = "The leaders of Peru, Chile, Bolivia and Ecuador met Ana Ruiz."
    (met,) = events_of(text, [*(mention(text, w, f"actor/{w.lower()}", rule="gazetteer.country", country=True)
                                for w in ("Peru", "Chile", "Bolivia", "Ecuador")),
                              *(mention(text, w, f"loc/{w.lower()}", kind="location", rule="gazetteer.country",
                                        country=True) for w in ("Peru", "Chile", "Bolivia", "Ecuador")),
                              mention(text, "Ana Ruiz", "actor/ruiz")])
    assert [m.text for m, _ in met.actors] == ["Peru", "Chile", "Bolivia", "Ecuador", "Ana Ruiz"]


def test_a_clause_opened_by_although_or_while_has_its_own_parties_and_a_concession_its_own_day():
    text = "Peru declared a ceasefire on March 1, although Chilean forces have continued to strike its positions."
    ceasefire, strike = events_of(text, [mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True),
                                         mention(text, "Chilean forces", "actor/chile", rule="organizations.group_pattern")],
                                  every(text, "on March 1", dt.date(2021, 3, 1), dt.date(2021, 3, 1), "day"))
    assert [(m.text, role) for m, role in ceasefire.actors] == [("Peru", "initiator")]
    assert [(m.text, role) for m, role in strike.actors] == [("Chilean forces", "initiator")]
    assert ceasefire.date is not None and strike.date is None
    text = "The assembly condemned the invasion by Peru, while Chile voted against it along with Bolivia."
    events = events_of(text, [mention(text, w, f"actor/{w.lower()}", rule="gazetteer.country", country=True)
                              for w in ("Peru", "Chile", "Bolivia")])
    invasion = next(e for e in events if e.trigger.text == "invasion")
    assert [m.text for m, _ in invasion.actors] == ["Peru"]


def test_the_next_verb_of_a_series_after_a_modal_shares_its_subject():
    text = "Peru would suspend the treaty with Chile, close the border and expel Bolivian advisers."
    events = events_of(text, [mention(text, w, f"actor/{w.lower()}", rule="gazetteer.country", country=True)
                              for w in ("Peru", "Chile")])
    close = next(e for e in events if e.trigger.text == "close")
    assert [(m.text, role) for m, role in close.actors] == [("Peru", "initiator")]


def test_what_responsibility_is_claimed_for_took_place_and_a_later_denial_is_made():
    assert statuses_of("Islamic State claimed responsibility for the bombing.") == [("bombing", "occurred")]
    assert statuses_of("The group reportedly attacked the base but later denied it.") == [
        ("attacked", "claimed"), ("denied", "occurred")]


def test_what_is_shot_down_is_fighting_and_strikes_on_tanks_are_attacks():
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of("113 of the drones were shot down.", [])] == [
        ("were shot down", "armed_conflict")]
    assert [e.trigger.event_type for e in events_of("Two men were shot in the capital.", [])] == ["assault"]
    assert [e.trigger.event_type for e in events_of("Jets struck several tanks near the city.", [])] == [
        "armed_conflict"]


def test_the_country_whose_office_is_taken_is_no_target():
    text = "Ana Ruiz was sworn in as the 47th president of the United States on Monday."
    (sworn,) = events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz"),
                                mention(text, "United States", "actor/united-states", rule="gazetteer.country",
                                        country=True)])
    assert [(m.text, role) for m, role in sworn.actors] == [("Ana Ruiz", "initiator")]


def test_what_is_denied_or_claimed_of_an_event_takes_it_as_given():
    assert statuses_of("The government denied that the investigation was politically motivated.") == [
        ("denied", "occurred"), ("investigation", "occurred")]
    assert statuses_of("Russia denied that the attack happened.") == [("attack", "denied")]
    assert statuses_of("Russia denied that talks were held.") == [("talks", "denied")]


def test_what_an_event_is_part_of_has_its_parties():
    text = "Police detained Ana Ruiz on Wednesday as part of a corruption investigation."
    detained, investigation = events_of(text, [mention(text, "Police", "actor/police", rule="organizations.group_pattern"),
                                               mention(text, "Ana Ruiz", "actor/ruiz")])
    assert [(m.text, role) for m, role in investigation.actors] == [("Police", "initiator"), ("Ana Ruiz", "target")]


def test_a_plan_after_a_predicate_of_its_own_or_a_clause_set_at_another_time_reaches_neither():
    assert statuses_of("The junta ended the state of emergency on Thursday and said it would hold elections in "
                       "December, more than four years after it seized power in a coup.") == [
        ("state of emergency", "occurred"), ("elections", "planned"), ("seized power", "occurred"),
        ("coup", "occurred")]
    assert statuses_of("A meeting between the two leaders will take place.") == [("meeting", "planned")]


def test_what_a_plan_is_to_end_is_no_event_the_sentence_reports():
    assert statuses_of("The cabinet backed a plan to end the two-year war.") == []
    assert statuses_of("The two-year war went on.") == [("war", "occurred")]


def test_what_no_agreement_was_reached_on_did_not_take_place():
    assert statuses_of("The summit ended without an agreement on a ceasefire.") == [
        ("summit", "occurred"), ("agreement", "negated"), ("ceasefire", "negated")]


def test_what_paves_the_way_does_not_reach_a_predicate_of_its_own():
    assert statuses_of("The deal would pave the way for peace and he invited them to Lima.") == [("invited", "occurred")]
    assert statuses_of("The ruling paved the way for an early election.") == [("election", "unknown")]


def test_a_launched_weapon_and_its_attack_are_one_event():
    assert statuses_of("The army launched a drone attack on the city.") == [("launched", "occurred")]
    assert statuses_of("The army launched drones at the city.") == [("launched", "occurred")]


def test_who_meets_on_the_sidelines_of_a_summit_is_no_party_of_it():
    text = "Ana Ruiz met Luis Moreno on the sidelines of the summit."
    met, summit = events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz"), mention(text, "Luis Moreno", "actor/moreno")])
    assert len(met.actors) == 2 and summit.actors == []


def test_all_detained_officials_are_held_and_no_arrest_is_told():
    assert statuses_of("The bloc demanded the immediate release of all detained officials.") == [
        ("demanded", "occurred")]


def test_what_marks_an_election_is_not_its_voters_and_a_threatened_act_is_intended():
    text = "Peruvians voted in an election dominated by tariffs and Chile's threats to annex the country."
    events = events_of(text, [mention(text, "Peruvians", "actor/peru", rule="gazetteer.demonym", country=True),
                              mention(text, "Chile", "actor/chile", rule="gazetteer.country", country=True)])
    parties = {e.trigger.text: [(m.text, role) for m, role in e.actors] for e in events}
    assert ("Peruvians", "initiator") not in parties["tariffs"] + parties["annex"]
    assert next(e for e in events if e.trigger.text == "annex").status == "planned"


def test_a_second_base_verb_with_an_object_of_its_own_takes_it_from_the_first():
    text = "Ana Ruiz would travel to the region on Sunday and address the Peruvian Congress."
    (travel,) = events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz"),
                                 mention(text, "Peruvian Congress", "actor/congress", rule="organizations.lexicon")])
    assert [(m.text, role) for m, role in travel.actors] == [("Ana Ruiz", "initiator")]


def test_who_is_killed_in_clashes_and_attacks_does_neither():
    text = "More than 1,000 people, most of them civilians, have been killed in clashes and revenge attacks."
    events = events_of(text, [mention(text, "civilians", "actor/civilians", rule="organizations.group_pattern")])
    assert [[(m.text, role) for m, role in e.actors] for e in events] == [[("civilians", "target")], [], []]


def test_whom_gunmen_are_loyal_to_takes_no_part_in_what_they_do():
    text = "Gunmen loyal to ousted president Luis Moreno ambushed a patrol."
    (ambushed,) = events_of(text, [mention(text, "Gunmen", "actor/gunmen", rule="organizations.group_pattern"),
                                   mention(text, "Luis Moreno", "actor/moreno")])
    assert [(m.text, role) for m, role in ambushed.actors] == [("Gunmen", "initiator")]


def test_a_meeting_called_for_which_will_be_held_is_planned_with_its_day():
    text = "Peru called for an emergency meeting of the council, which will be held on Monday."
    called, meeting = events_of(text, [mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True)],
                                every(text, "on Monday", dt.date(2022, 1, 24), dt.date(2022, 1, 24), "day"))
    assert (meeting.status, meeting.status_rule) == ("planned", "events.status_held_relative")
    assert meeting.date is not None and meeting.date.text == "on Monday"
    assert ("Peru", "participant") not in [(m.text, role) for m, role in meeting.actors]


def test_what_a_since_or_while_clause_tells_has_its_own_status_and_parties():
    assert statuses_of("Dozens have been killed since the army struck the camps.") == [
        ("killed", "ongoing"), ("struck", "occurred")]
    text = "Peru would not sign deals with Chile while the fighting continued."
    events = events_of(text, [mention(text, w, f"actor/{w.lower()}", rule="gazetteer.country", country=True)
                              for w in ("Peru", "Chile")])
    fighting = next(e for e in events if e.trigger.text == "fighting")
    assert fighting.status == "occurred" and fighting.actors == []


def test_who_says_it_after_doing_something_did_it():
    text = "Peru and Chile agreed to a ceasefire, Ana Ruiz said after hosting talks between the two leaders."
    events = events_of(text, [*(mention(text, w, f"actor/{w.lower()}", rule="gazetteer.country", country=True)
                                for w in ("Peru", "Chile")), mention(text, "Ana Ruiz", "actor/ruiz")])
    hosting = next(e for e in events if e.trigger.text == "hosting")
    assert [(m.text, role) for m, role in hosting.actors] == [("Ana Ruiz", "initiator")]


def test_what_lasted_days_before_with_a_coordinated_modifier_has_no_day_of_the_agreement():
    text = "Peru and Chile agreed to a ceasefire on Saturday after four days of missile and drone strikes."
    events = events_of(text, [], every(text, "on Saturday", dt.date(2022, 1, 15), dt.date(2022, 1, 15), "day"))
    strikes = next(e for e in events if e.trigger.text == "drone strikes")
    assert strikes.date is None


def test_a_national_strike_is_a_protest_and_demands_met_are_no_meeting():
    assert [(e.trigger.text, e.trigger.event_type, e.status) for e in events_of(
        "Unions called an indefinite national strike against the end of subsidies.", [])] == [
        ("national strike", "protest", "planned")]
    assert "met" not in [t for t, _ in statuses_of("They said their demands had not been met.")]


def test_who_opens_the_sentence_does_not_speak_past_a_clause_with_a_subject_of_its_own():
    text = "Ana Ruiz offered to meet the students, but they rejected the invitation and said their demands had not been met."
    events = events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz")])
    assert all(e.speaker is None for e in events)


def test_inside_what_an_event_ranks_among_the_times_and_places_are_that_clauses_own():
    text = "Students blocked bridges in Lima on Saturday, the latest in a wave of protests that forced Ana Ruiz to resign last month."
    events = events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz"),
                              mention(text, "Lima", "loc/lima", kind="location", rule="gazetteer.geonames_city")],
                       [*every(text, "on Saturday", dt.date(2022, 1, 15), dt.date(2022, 1, 15), "day"),
                        *every(text, "last month", dt.date(2021, 12, 1), dt.date(2021, 12, 31), "month")])
    resign = next(e for e in events if e.trigger.text == "resign")
    assert resign.date is not None and resign.date.text == "last month" and resign.locations == []


def test_what_an_event_noun_is_on_is_not_staged_by_who_is_named_before_it():
    text = "The court sentenced Ana Ruiz over a deadly crackdown on student-led protests."
    events = events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz")])
    protests = next(e for e in events if e.trigger.text == "protests")
    assert protests.actors == []


def test_what_an_act_triggers_is_not_its_actors_whatever_modifies_it():
    text = "The court upheld the impeachment of Ana Ruiz, triggering a presidential election within 60 days."
    events = events_of(text, [mention(text, "court", "actor/court", rule="organizations.lexicon"),
                              mention(text, "Ana Ruiz", "actor/ruiz")])
    election = next(e for e in events if e.trigger.text == "election")
    assert election.actors == []


def test_a_participle_after_nouns_with_no_parties_shares_the_subject_of_the_sentence():
    text = "The court upheld the impeachment of Ana Ruiz over her declaration of martial law, removing her from office."
    events = events_of(text, [mention(text, "court", "actor/court", rule="organizations.lexicon"),
                              mention(text, "Ana Ruiz", "actor/ruiz")])
    removing = next(e for e in events if e.trigger.text == "removing")
    assert [(m.text, role) for m, role in removing.actors] == [("court", "initiator")]


def test_a_natural_hazards_toll_is_no_assault_and_whose_head_is_killed_is_no_target():
    assert statuses_of("An earthquake struck the region on Friday, killing more than 1,600 people.") == []
    assert [e.trigger.event_type for e in events_of("Rebels attacked the town during the storm, killing 12 people.", [])] \
        == ["armed_conflict", "assault"]
    text = "The strikes killed the head of the Revolutionary Guards."
    (killed,) = events_of(text, [mention(text, "Revolutionary Guards", "actor/irgc", rule="organizations.lexicon")])
    assert killed.actors == []
    assert statuses_of("The ministry said the talks would not take place.") == [("talks", "negated")]


def test_a_participle_after_a_noun_and_its_agent_shares_the_subject_of_the_verb_before():
    text = "Ana Ruiz condemned the attack by Chile, demanding talks."
    events = events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz"),
                              mention(text, "Chile", "actor/chile", rule="gazetteer.country", country=True)])
    demanding = next(e for e in events if e.trigger.text == "demanding")
    assert [(m.text, role) for m, role in demanding.actors] == [("Ana Ruiz", "initiator")]


def test_a_cue_after_an_event_noun_reads_past_its_complement_and_a_relative_clause():
    assert statuses_of("Officials said talks with the United States on its nuclear programme, which had been "
                       "scheduled for Sunday, would not take place.") == [("talks", "negated")]


def test_the_country_whose_election_is_won_is_no_party_of_it():
    text = "Ana Ruiz won Peru's presidential runoff on Sunday."
    (runoff,) = events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz"),
                                 mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True)])
    assert [(m.text, role) for m, role in runoff.actors] == [("Ana Ruiz", "participant")]


def test_what_a_threat_by_someone_is_to_do_is_planned():
    assert statuses_of("Peru rejected a threat by President Ana Ruiz to send troops to the country.") == [
        ("rejected", "occurred"), ("send troops", "planned")]


def test_what_a_rally_marks_a_year_since_is_recalled_and_took_place():
    text = "Thousands rallied in Lima on Wednesday to mark one year since former President Ana Ruiz declared martial law."
    rallied, martial_law = events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz"),
                                            mention(text, "Lima", "loc/lima", kind="location",
                                                    rule="gazetteer.geonames_city")],
                                     every(text, "on Wednesday", dt.date(2022, 1, 19), dt.date(2022, 1, 19), "day"))
    assert rallied.actors == [] and martial_law.date is None and martial_law.locations == []
    assert martial_law.status == "occurred"


def test_whose_event_an_after_phrase_names_is_no_target():
    text = "Luis Moreno, who flew to Florida before Ana Ruiz's inauguration, condemned the violence."
    flew = events_of(text, [mention(text, "Luis Moreno", "actor/moreno"), mention(text, "Ana Ruiz", "actor/ruiz")])[0]
    assert [(m.text, role) for m, role in flew.actors] == [("Luis Moreno", "initiator")]


def test_a_group_named_as_the_modifier_of_a_thing_is_no_party():
    text = "One man was arrested after smashing a police bus window, police said."
    (arrested,) = events_of(text, [mention(text, "police", "actor/police", rule="organizations.group_pattern"),
                                   mention(text, "police", "actor/police", rule="organizations.group_pattern", nth=1)])
    assert [(m.start, role) for m, role in arrested.actors] == [(text.rindex("police"), "source")]


def test_a_subject_listed_with_and_and_no_predicate_between_acts_whole():
    text = "The leaders of Peru, Chile and Bolivia and the president of the European Commission travelled to Kyiv."
    (travelled,) = events_of(text, [*(mention(text, w, f"actor/{w.lower()}", rule="gazetteer.country", country=True)
                                      for w in ("Peru", "Chile", "Bolivia")),
                                    mention(text, "European Commission", "actor/ec", rule="organizations.lexicon")])
    assert [m.text for m, _ in travelled.actors] == ["Peru", "Chile", "Bolivia", "European Commission"]


def test_a_count_after_an_event_noun_and_of_is_that_events_only():
    text = "The sides agreed to a ceasefire that will include the release of 33 hostages."
    quantities = find_quantities(text)
    events = find_events(text, sentences_of(text), [], [], quantities, PUBLISHED)
    assert [(e.trigger.text, [q.text for q in e.quantities]) for e in events] == [
        ("ceasefire", []), ("release", ["33 hostages"])]


def test_what_something_would_be_treated_as_is_no_event():
    assert statuses_of("Pakistan said it would treat any attempt to stop the water as an act of war.") == [
        ("said", "occurred")]


def test_who_says_something_after_but_speaks_and_is_named_once():
    text = "Ana Ruiz called the signing a milestone but said the vote still had to come."
    events = events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz")])
    said = next(e for e in events if e.trigger.text == "said")
    assert [(m.text, role) for m, role in said.actors] == [("Ana Ruiz", "source")]


def test_who_a_where_clause_names_is_no_target_of_the_event_before_it():
    text = "Hundreds of supporters rallied outside the air base where Ana Ruiz was held."
    (rallied,) = events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz")])
    assert rallied.actors == []


def test_who_speaks_in_a_later_clause_is_no_target_of_the_event_before_it():
    from newsevents.article import parse_header
    from newsevents.draft.reader import candidates
    text = (" date 2025-07-21 \nThe Liberal Democratic Party and its partner Komeito won 47 seats, three short of the "
            "50 they needed.\n\nOpposition leaders called on him to resign, and several LDP lawmakers said he should "
            "take responsibility for the defeat.\n")
    resign = next(e for e in candidates(text, *parse_header(text)).events if e.trigger.text == "resign")
    assert resign.actors == []


def test_a_clause_with_a_subject_of_its_own_after_one_with_no_event_has_no_place_of_the_first():
    text = "Luis Moreno had campaigned for him in Lima last week, and Ana Ruiz congratulated him on Monday."
    (congratulated,) = events_of(text, [mention(text, "Luis Moreno", "actor/moreno"), mention(text, "Ana Ruiz", "actor/ruiz"),
                                        mention(text, "Lima", "loc/lima", kind="location", rule="gazetteer.geonames_city")])
    assert congratulated.locations == []
    text = "In Lima, police fired tear gas, and protesters fled."
    (tear_gas,) = events_of(text, [mention(text, "police", "actor/police", rule="organizations.group_pattern"),
                                   mention(text, "protesters", "actor/protesters", rule="organizations.group_pattern"),
                                   mention(text, "Lima", "loc/lima", kind="location", rule="gazetteer.geonames_city")])
    assert [m.text for m, _ in tear_gas.locations] == ["Lima"]


def test_a_commitment_met_after_an_adjective_is_no_meeting():
    assert statuses_of("Peru accused Chile of failing to meet its nuclear commitments.") == [("accused", "occurred")]
    assert statuses_of("Spain said it would not meet the target.") == [("said", "occurred")]  # one target, too
    assert statuses_of("Ruiz will meet the new president.") == [("meet", "planned")]


def test_who_a_condition_names_takes_no_part_whatever_its_verbs_tense():
    text = "The sanctions will return in September unless the Security Council decides otherwise."
    (sanctions,) = events_of(text, [mention(text, "Security Council", "actor/unsc", rule="organizations.lexicon")])
    assert sanctions.actors == []
    text = "The sanctions will return in September, the Security Council said."  # no condition: it speaks
    sanctions = events_of(text, [mention(text, "Security Council", "actor/unsc", rule="organizations.lexicon")])[0]
    assert [(m.text, role) for m, role in sanctions.actors] == [("Security Council", "source")]


def test_a_city_to_retake_is_territory_planned():
    text = "General Ana Ruiz vowed to retake the city, and her troops were recapturing villages."
    events = events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz")])
    assert [(e.trigger.text, e.trigger.event_type, e.status) for e in events] == [
        ("retake", "occupy_territory", "planned"), ("recapturing", "occupy_territory", "occurred")]


def test_a_count_in_what_a_later_reporting_word_says_is_not_the_events_before_it():
    def counts(text):
        events = find_events(text, sentences_of(text), [], [], find_quantities(text), PUBLISHED)
        return [(e.trigger.text, [q.text for q in e.quantities]) for e in events]
    assert counts("Rebels seized the city, and aid groups said thousands of civilians had fled.") == [("seized", [])]
    # a closing tag between: the count after it is still the event's
    assert counts("Jets struck the port, the ministry said, killing at least nine people.")[0] == (
        "struck", ["at least nine people"])


def test_a_count_several_events_read_is_the_nearest_ones_and_the_violence_whose_harm_it_counts():
    def counts(text):
        events = find_events(text, sentences_of(text), [], [], find_quantities(text), PUBLISHED)
        return [(e.trigger.text, [q.text for q in e.quantities]) for e in events]
    assert counts("Ruiz will host leaders from 30 countries next month at a summit, the ministry announced.") == [
        ("host", ["30 countries"]), ("summit", []), ("announced", [])]
    assert counts("Thousands marched in Lima, one of the largest protests in years.") == [("marched", ["Thousands"])]
    assert counts("Rebels shelled a camp, killing at least 40 people.") == [
        ("shelled", ["at least 40 people"]), ("killing", ["at least 40 people"])]


def test_who_an_announcement_names_after_that_takes_no_part_in_it():
    text = "Ruiz announced that Peru and Chile had agreed to a ceasefire."
    mentions = [mention(text, "Ruiz", "actor/ruiz"),
                *(mention(text, w, f"actor/{w.lower()}", rule="gazetteer.country", country=True) for w in ("Peru", "Chile"))]
    assert parties_of(text, mentions, "announced") == [("Ruiz", "initiator")]
    assert parties_of(text, mentions, "ceasefire") == [("Peru", "initiator"), ("Chile", "initiator")]
    text = "Ruiz announced new sanctions on Peru."  # no "that": what is announced is directed at Peru
    assert ("Peru", "target") in parties_of(text, mentions[:1] + [mention(text, "Peru", "actor/peru",
                                                                          rule="gazetteer.country", country=True)],
                                            "announced")


def test_a_move_someone_called_a_coup_is_no_coup_and_its_critic_no_target():
    text = "Police detained Ana Ruiz on Wednesday, a move the opposition party called a coup."
    events = events_of(text, [mention(text, "Police", "actor/police", rule="organizations.group_pattern"),
                              mention(text, "Ana Ruiz", "actor/ruiz"),
                              mention(text, "opposition party", "actor/opposition", rule="organizations.group_pattern")])
    assert [(e.trigger.text, [(m.text, role) for m, role in e.actors]) for e in events] == [
        ("detained", [("Police", "initiator"), ("Ana Ruiz", "target")])]
    # a coup the clause tells, before the comment, is still one
    assert statuses_of("The army staged a coup, a move the opposition had feared.") == [("coup", "occurred")]


def test_who_bans_protests_does_not_protest():
    text = "Authorities banned demonstrations in the capital."
    events = events_of(text, [mention(text, "Authorities", "actor/authorities", rule="organizations.group_pattern")])
    assert [(e.trigger.text, [(m.text, role) for m, role in e.actors]) for e in events] == [
        ("banned", [("Authorities", "initiator")]), ("demonstrations", [])]


def test_who_will_not_allow_an_event_takes_no_part_in_it():
    text = "Peru would not allow a military buildup near its border."
    assert parties_of(text, [mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True)]) == []
    text = "Peru will deploy troops near its border."  # with no such verb, the subject deploys them
    assert parties_of(text, [mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True)]) == [
        ("Peru", "initiator")]


def test_who_denies_that_something_was_done_is_its_source_not_its_target():
    text = "The police denied that she had been detained."
    (detained,) = events_of(text, [mention(text, "police", "actor/police", rule="organizations.group_pattern")])
    assert (detained.status, [(m.text, role) for m, role in detained.actors]) == ("denied", [("police", "source")])


def test_what_is_shot_down_over_a_place_happens_there():
    text = "Two drones were shot down over Lahore, and talks over Kashmir went on."
    places = [mention(text, w, f"loc/{w.lower()}", kind="location", rule="gazetteer.geonames_city") for w in ("Lahore", "Kashmir")]
    events = events_of(text, places)
    assert [(e.trigger.text, [(m.text, role) for m, role in e.locations]) for e in events] == [
        ("were shot down", [("Lahore", "occurred_in")]), ("talks", [("Kashmir", "subject")])]


def test_who_a_fronted_condition_names_takes_no_part_in_the_clause_after_it():
    text = "If the court upholds the ruling, an election must be held within 60 days."
    assert parties_of(text, [mention(text, "court", "actor/court", rule="organizations.group_pattern")]) == []


def test_who_a_later_clause_with_a_subject_of_its_own_names_takes_no_part_in_the_event_before():
    text = "The Liberal Party won the election, and Prime Minister Ana Ruiz vowed to stand up to Luis Moreno."
    mentions = [mention(text, "Ana Ruiz", "actor/ruiz"), mention(text, "Luis Moreno", "actor/moreno")]
    assert parties_of(text, mentions, "election") == []


def test_a_time_phrase_after_but_and_a_later_verb_dates_that_verb_not_the_trigger():
    text = "Ruiz initially refused to concede, but accepted the result on Monday."
    monday = every(text, "on Monday", dt.date(2023, 5, 8), dt.date(2023, 5, 8), "day")
    (refused,) = events_of(text, [mention(text, "Ruiz", "actor/ruiz")], monday)
    assert refused.date is None
    text = "Ruiz refused to concede on Monday."  # with no "but": the trigger's day
    (refused,) = events_of(text, [mention(text, "Ruiz", "actor/ruiz")],
                           every(text, "on Monday", dt.date(2023, 5, 8), dt.date(2023, 5, 8), "day"))
    assert refused.date is not None


def test_what_someone_is_sentenced_for_a_role_in_has_neither_the_sentences_day_nor_place():
    text = "A court in Lima sentenced Ana Ruiz to seven years in prison on Friday for her role in the coup."
    friday = every(text, "on Friday", dt.date(2023, 5, 5), dt.date(2023, 5, 5), "day")
    events = events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz"),
                              mention(text, "Lima", "loc/lima", kind="location", rule="gazetteer.geonames_city")], friday)
    coup = next(e for e in events if e.trigger.text == "coup")
    assert (coup.date, coup.locations, [(m.text, role) for m, role in coup.actors]) == (None, [], [])


def test_who_dismisses_a_figure_in_an_appositive_is_no_target_of_the_event():
    text = "Rebels said hundreds of people had been killed by the army, a figure the government dismissed."
    mentions = [mention(text, w, f"actor/{w.lower()}", rule="organizations.group_pattern") for w in ("Rebels", "army", "government")]
    assert ("government", "target") not in parties_of(text, mentions, "killed")


def test_a_body_named_with_no_article_opens_a_clause_of_its_own():
    text = "The army took power on Tuesday after parliament voted to impeach Ana Ruiz."
    tuesday = every(text, "on Tuesday", dt.date(2023, 5, 9), dt.date(2023, 5, 9), "day")
    impeach = next(e for e in events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz")], tuesday) if e.trigger.text == "impeach")
    assert impeach.date is None  # Tuesday is the takeover's, not the vote's


def test_a_place_after_in_and_who_holds_it_is_where_the_event_happened():
    text = "Gunmen opened fire in Indian-administered Kashmir."
    (fired,) = events_of(text, [mention(text, "Kashmir", "loc/kashmir", kind="location", rule="gazetteer.region")])
    assert [(m.text, role) for m, role in fired.locations] == [("Kashmir", "occurred_in")]


def test_what_an_announcement_says_after_a_time_and_that_names_neither_parties_nor_places():
    text = "Peru announced on Monday that it would end its struggle against Chile."
    mentions = [mention(text, w, f"actor/{w.lower()}", rule="gazetteer.country", country=True) for w in ("Peru", "Chile")]
    mentions.append(mention(text, "Chile", "loc/chile", kind="location", rule="gazetteer.country", country=True))
    (announced,) = [e for e in events_of(text, mentions) if e.trigger.text == "announced"]
    assert ([(m.text, role) for m, role in announced.actors], announced.locations) == ([("Peru", "initiator")], [])


def test_a_relative_clause_in_the_present_perfect_tells_what_happened():
    assert statuses_of("Peru would end a war that has killed thousands of people.")[-1] == ("killed", "occurred")


def test_the_setting_of_an_agreement_told_as_done_took_place():
    assert statuses_of("Peru and Chile agreed to a truce at talks in Quito on Monday.") == [
        ("truce", "occurred"), ("talks", "occurred")]
    assert statuses_of("Peru and Chile will agree to a truce at talks in Quito.") == [
        ("truce", "planned"), ("talks", "planned")]


def test_the_verb_of_a_relative_clause_after_a_noun_trigger_takes_that_nouns_day():
    text = "Peru and Chile agreed to a truce on Monday after five days of fighting that killed 35 people."
    monday = every(text, "on Monday", dt.date(2023, 5, 8), dt.date(2023, 5, 8), "day")
    events = {e.trigger.text: e for e in events_of(text, [], monday)}
    assert (events["truce"].date is not None, events["fighting"].date, events["killed"].date) == (True, None, None)


def test_a_relative_clause_with_its_own_subject_after_a_tag_is_not_what_the_tag_reports():
    text = "Peru struck the port on Tuesday, the ministry said, in an attack that Chile condemned."
    mentions = [mention(text, w, f"actor/{w.lower()}", rule="gazetteer.country", country=True) for w in ("Peru", "Chile")]
    mentions.append(mention(text, "ministry", "actor/ministry", rule="organizations.state_body"))
    condemned = next(e for e in events_of(text, mentions) if e.trigger.text == "condemned")
    assert (condemned.speaker, [(m.text, role) for m, role in condemned.actors]) == (None, [("Chile", "initiator")])


def test_the_person_his_arrest_names_is_arrested_on_the_warrant_it_was_made_on():
    text = "Ana Ruiz was flown to Madrid after her arrest in Lima on a warrant from the court."
    (arrest,) = events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz")])
    assert (arrest.status, [(m.text, role) for m, role in arrest.actors]) == ("occurred", [("Ana Ruiz", "target")])
    assert statuses_of("The court issued an arrest warrant for her.") == [("arrest", "planned")]  # one sought


def test_who_is_named_before_adding_that_takes_no_part_in_the_passive_after_it():
    text = "Peru launched drones at Chile, the army said, adding that 32 drones had been shot down."
    mentions = [*(mention(text, w, f"actor/{w.lower()}", rule="gazetteer.country", country=True) for w in ("Peru", "Chile")),
                mention(text, "army", "actor/army", rule="organizations.group_pattern")]
    shot = next(e for e in events_of(text, mentions) if "shot" in e.trigger.text)
    assert [(m.text, role) for m, role in shot.actors] == [("army", "source")]


def test_who_is_named_before_an_announcement_closing_the_sentence_takes_no_part_in_it():
    text = "Ana Ruiz will receive the prize, the committee announced on Friday."
    (announced,) = [e for e in events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz")]) if e.trigger.text == "announced"]
    assert announced.actors == []
    text = "Ana Ruiz announced on Friday that she would run."  # who announces at the start does
    (announced,) = [e for e in events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz")]) if e.trigger.text == "announced"]
    assert [(m.text, role) for m, role in announced.actors] == [("Ana Ruiz", "initiator")]


def test_the_country_a_person_is_of_takes_no_part_in_what_befalls_them():
    text = "Cardinal Robert Prevost of the United States was elected pope on Thursday."
    mentions = [mention(text, "Robert Prevost", "actor/prevost"),
                mention(text, "United States", "actor/usa", rule="gazetteer.country", country=True)]
    assert parties_of(text, mentions) == [("Robert Prevost", "target")]


def test_who_is_accused_of_trying_to_do_something_does_it_and_the_accuser_does_not():
    text = "Ruiz accused the opposition of trying to stage a coup."
    mentions = [mention(text, "Ruiz", "actor/ruiz"), mention(text, "opposition", "actor/opposition", rule="organizations.group_pattern")]
    assert parties_of(text, mentions, "coup") == [("opposition", "initiator")]


def test_an_event_ahead_of_which_something_is_done_is_still_to_come_and_none_of_its():
    text = "Police detained 13 opposition figures on Tuesday ahead of municipal elections."
    tuesday = every(text, "on Tuesday", dt.date(2023, 5, 9), dt.date(2023, 5, 9), "day")
    events = events_of(text, [mention(text, "Police", "actor/police", rule="organizations.group_pattern")], tuesday)
    elections = next(e for e in events if e.trigger.text == "elections")
    assert (elections.status, elections.actors, elections.date) == ("planned", [], None)


def test_prisoners_exchanged_are_released_but_in_exchange_for_names_no_second_event():
    assert statuses_of("Peru and Chile exchanged 1,000 prisoners each.") == [("exchanged", "occurred")]
    assert [t for t, _ in statuses_of("Rebels released 13 hostages in exchange for 39 prisoners.")] == ["released"]


def test_a_place_after_outside_is_near_the_event():
    text = "A car bomb killed a general in a town outside Moscow."
    (killed,) = events_of(text, [mention(text, "Moscow", "loc/moscow", kind="location", rule="gazetteer.geonames_city")])
    assert [(m.text, role) for m, role in killed.locations] == [("Moscow", "near")]


def test_the_state_whose_election_it_is_is_where_it_is_held():
    def election_places(text, country):
        mentions = [mention(text, country, f"actor/{country.lower()}", rule="gazetteer.country", country=True),
                    mention(text, country, f"loc/{country.lower()}", kind="location", rule="gazetteer.country",
                            country=True)]
        event = next(e for e in events_of(text, mentions) if e.trigger.event_type == "hold_election")
        return [(m.text, role) for m, role in event.locations]

    assert election_places("Ana Ruiz won Peru's presidential runoff on Sunday.", "Peru") == [("Peru", "occurred_in")]
    assert election_places("Chile held a presidential runoff on Sunday.", "Chile") == [("Chile", "occurred_in")]
    # a state that calls for another's election is not where it is held, nor one that denies meddling in it
    assert election_places("Chile called for a fresh election.", "Chile") == []
    assert election_places("Chile denied meddling in the election.", "Chile") == []
    assert election_places("Ana Ruiz won the Peru presidential election.", "Peru") == [("Peru", "occurred_in")]


def test_what_an_event_that_took_place_came_after_took_place_before_its_day():
    text = "Peru and Chile agreed to a ceasefire on Wednesday after the deadliest clashes in years."
    ceasefire, clashes = events_of(text, [], every(text, "on Wednesday", PUBLISHED, PUBLISHED, "day"))
    assert (ceasefire.status, clashes.status) == ("occurred", "occurred")
    assert clashes.status_rule == "events.status_after_past_event" and clashes.date is None
    # after a plan, or after a clause, the cue stands
    assert statuses_of("Peru and Chile agreed to hold talks after the clashes.") == [
        ("talks", "planned"), ("clashes", "planned")]
    assert statuses_of("Peru agreed to a truce after they agreed to hold talks.")[1] == ("talks", "planned")


def test_a_motion_asks_for_an_event_a_promise_plans_it_and_people_expelled_are_deported():
    assert statuses_of("The opposition submitted a motion to impeach the president.") == [("impeach", "proposed")]
    assert statuses_of("Ana Ruiz campaigned on a promise to expel undocumented migrants.") == [("expel", "planned")]
    kinds = [e.trigger.event_type for e in events_of(
        "Poland expelled 300 refugees. Chile expelled two Peruvian diplomats.", [])]
    assert kinds == ["deport", "reduce_relations"]


def test_who_a_relative_clause_names_before_a_participle_of_accusing_accuses():
    text = "Chile expelled two diplomats, whom President Ana Ruiz accused of spying."
    assert parties_of(text, [mention(text, "Ana Ruiz", "actor/ruiz")], "accused") == [("Ana Ruiz", "initiator")]
    text = "Firms in Chile accused of helping Peru were fined."  # right after a noun, the participle is passive
    assert parties_of(text, [mention(text, "Chile", "actor/chile", rule="gazetteer.country", country=True)],
                      "accused") == [("Chile", "target")]


def test_a_treaty_ally_and_ceasefire_monitors_are_no_events():
    assert statuses_of("Chile, a treaty ally of Peru, condemned the attack.") == [("condemned", "occurred"),
                                                                                 ("attack", "occurred")]
    assert statuses_of("Ceasefire monitors reported violations.") == [("reported", "occurred")]


def test_who_was_among_those_arrested_was_arrested_even_after_arrests_named_before():
    text = "Police detained 200 people. Ana Ruiz was among those arrested on Sunday."
    mentions = [mention(text, "Police", "actor/police", rule="organizations.group_pattern"),
                mention(text, "Ana Ruiz", "actor/ruiz")]
    detained, arrested = events_of(text, mentions)
    assert [(m.text, role) for m, role in arrested.actors] == [("Ana Ruiz", "target")]
    # a noun after the pronoun still names the arrests before
    assert [e.trigger.text for e in events_of("Police detained 200 people. Those arrests were condemned.", [])] \
        == ["detained", "condemned"]


def test_control_taken_whole_is_territory_occupied():
    kinds = [(e.trigger.text, e.trigger.event_type) for e in events_of(
        "Rebels said they had taken full control of Goma. The army wrested control of the port from them.", [])]
    assert ("taken full control of", "occupy_territory") in kinds
    assert ("wrested control of", "occupy_territory") in kinds


def test_whom_the_event_before_acts_on_does_not_act_in_what_is_then_said():
    text = "The army denied that its troops had attacked civilians and said it would investigate the reports."
    mentions = [mention(text, "army", "actor/army", rule="organizations.group_pattern"),
                mention(text, "civilians", "actor/civilians", rule="organizations.group_pattern")]
    assert ("civilians", "initiator") not in parties_of(text, mentions, "investigate")
    assert ("civilians", "target") in parties_of(text, mentions, "attacked")


def test_an_attributive_date_and_a_relative_clause_s_later_noun_are_not_the_antecedent_s():
    text = "Ana Ruiz, who has refused to recognise the results of the October 26 parliamentary election, said she would stay."
    times = every(text, "October 26", dt.date(2022, 10, 26), dt.date(2022, 10, 26), "day")
    refused, election = events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz")], times)[:2]
    assert refused.date is None and election.date.text == "October 26"
    assert [(m.text, role) for m, role in refused.actors] == [("Ana Ruiz", "initiator")]
    assert election.actors == []
    # who mediated talks takes no part in them
    text = "Egypt and Qatar, which have mediated past talks, said the truce held."
    mentions = [mention(text, name, f"actor/{name.lower()}", rule="gazetteer.country", country=True)
                for name in ("Egypt", "Qatar")]
    assert parties_of(text, mentions, "talks") == []


def test_what_is_said_of_a_claim_in_an_appositive_has_cues_of_its_own():
    assert statuses_of("The army claimed that 200 fighters had been killed, a figure the rebels rejected.") == [
        ("killed", "claimed"), ("rejected", "occurred")]


def test_who_acts_before_a_clause_with_its_own_subject_after_and_does_not_act_in_it():
    text = "Chilean troops attacked the town and Peru responded with air strikes."
    mentions = [mention(text, "Chilean troops", "actor/chile-army", rule="organizations.group_pattern"),
                mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True)]
    assert parties_of(text, mentions, "air strikes") == [("Peru", "initiator")]
    text = "Chile and Peru staged joint exercises."  # a subject listed with "and" acts whole
    mentions = [mention(text, name, f"actor/{name.lower()}", rule="gazetteer.country", country=True)
                for name in ("Chile", "Peru")]
    assert len(parties_of(text, mentions)) == 2
    text = "Mediators opened talks, as Chile and Peru traded accusations."  # nor one listed before "and"
    mentions = [mention(text, name, f"actor/{name.lower()}", rule="gazetteer.country", country=True)
                for name in ("Chile", "Peru")]
    assert len(parties_of(text, mentions, "accusations")) == 2


def test_a_predicate_of_its_own_after_and_is_not_where_the_event_before_is():
    text = "Ana Ruiz cancelled a trip to Lima and ordered an investigation into the crash."
    mentions = [mention(text, "Ana Ruiz", "actor/ruiz"),
                mention(text, "Lima", "loc/lima", kind="location", rule="gazetteer.geonames_city")]
    trip, investigation = events_of(text, mentions)
    assert [m.text for m, _ in trip.locations] == ["Lima"] and investigation.locations == []


def test_whose_arrest_it_is_undergoes_it_and_what_leads_to_an_event_makes_nobody_do_it():
    text = "Chile offered a reward for information leading to Ana Ruiz's arrest and imposed sanctions on Peru."
    mentions = [mention(text, "Chile", "actor/chile", rule="gazetteer.country", country=True),
                mention(text, "Ana Ruiz", "actor/ruiz"),
                mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True)]
    assert parties_of(text, mentions, "arrest") == [("Ana Ruiz", "target")]
    assert ("Chile", "initiator") in parties_of(text, mentions, "imposed sanctions")
    assert ("Ana Ruiz", "initiator") not in parties_of(text, mentions, "imposed sanctions")


def test_a_part_denied_in_an_event_takes_the_event_as_given_and_the_denier_not_as_its_doer():
    text = "Chile denied interfering in the election. Peru denied involvement in the attack."
    mentions = [mention(text, name, f"actor/{name.lower()}", rule="gazetteer.country", country=True)
                for name in ("Chile", "Peru")]
    events = events_of(text, mentions)
    assert [(e.trigger.text, e.status) for e in events] == [
        ("denied", "occurred"), ("election", "occurred"), ("denied", "occurred"), ("attack", "occurred")]
    assert events[1].status_rule == "events.status_role_denied"
    assert [(m.text, role) for m, role in events[0].actors] == [("Chile", "initiator")]
    assert events[1].actors == [] and events[3].actors == []
    # what is denied outright stays denied
    assert statuses_of("Peru denied that it attacked the town.") == [("attacked", "denied")]


def test_the_second_clause_of_what_is_said_has_its_own_subject():
    text = "The ministry said 61 police officers had been hurt and that it would investigate all deaths."
    mentions = [mention(text, "The ministry", "actor/ministry", rule="organizations.lexicon"),
                mention(text, "police", "actor/police", rule="organizations.group_pattern")]
    parties = parties_of(text, mentions, "investigate")
    assert ("The ministry", "initiator") in parties and ("police", "initiator") not in parties


def test_who_an_appositive_of_a_claim_or_a_directive_names_is_no_party_of_what_it_follows():
    text = "The government banned coverage of the protests, a directive the High Court suspended."
    mentions = [mention(text, "High Court", "actor/high-court", rule="organizations.lexicon")]
    assert parties_of(text, mentions, "protests") == []


def test_who_speaks_of_an_event_and_who_acts_before_a_clause_of_a_crowd_take_no_part_in_it():
    text = "President Ana Ruiz did not comment on the protests on Wednesday."
    assert parties_of(text, [mention(text, "Ana Ruiz", "actor/ruiz")]) == []
    text = "Police fired tear gas in Lima as thousands marched to parliament."
    mentions = [mention(text, "Police", "actor/police", rule="organizations.group_pattern")]
    assert parties_of(text, mentions, "marched") == []


def test_a_leader_removed_by_name_is_impeached_and_a_long_agreed_truce_is_agreed():
    text = "Lawmakers removed President Ana Ruiz in a vote."
    (removed,) = events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz")])
    assert (removed.trigger.event_type, [(m.text, role) for m, role in removed.actors]) == (
        "impeach", [("Ana Ruiz", "target")])
    assert statuses_of("Peru and Chile agreed to an immediate and unconditional ceasefire.") == [
        ("ceasefire", "occurred")]


def test_who_does_a_noun_s_event_does_what_its_relative_clause_tells_and_nobody_before():
    text = "Chile struck camps it said were used to plan the attack on tourists in Lima that killed 26 people."
    mentions = [mention(text, "Chile", "actor/chile", rule="gazetteer.country", country=True)]
    assert parties_of(text, mentions, "killed") == []
    text = "Peru and Chile agreed to a truce, ending days of fighting that killed 35 people."
    mentions = [mention(text, name, f"actor/{name.lower()}", rule="gazetteer.country", country=True)
                for name in ("Peru", "Chile")]
    assert parties_of(text, mentions, "killed") == parties_of(text, mentions, "fighting")


def test_what_is_not_agreed_to_is_negated():
    assert statuses_of("Peru and Chile ended their summit without agreeing to a ceasefire.") == [
        ("summit", "occurred"), ("ceasefire", "negated")]
    assert statuses_of("Peru and Chile did not agree on a truce.") == [("truce", "negated")]


def test_alleged_as_an_adjective_attributes_nothing_and_a_quoted_name_is_no_event():
    (detained, investigation) = events_of("Police detained Ana Ruiz as part of an investigation into alleged "
                                          "corruption.", [])
    assert detained.attribution is None and investigation.attribution is None
    assert statuses_of('The party called the detention a "coup against our next president".') == [
        ("detention", "occurred")]


def test_a_plan_told_in_the_past_after_its_noun_is_planned_but_not_one_of_an_election_s_results():
    assert statuses_of("Negotiations were due to begin in early February but have been delayed.") == [
        ("Negotiations", "planned")]
    assert statuses_of("Soldiers struck a day before results of the presidential election were due.")[-1] == (
        "election", "occurred")


def test_the_released_hostages_after_a_release_named_before_are_no_second_release():
    assert statuses_of("Rebels released three hostages. The released hostages appeared frail.") == [
        ("released", "occurred")]


def test_what_is_called_off_after_its_noun_phrase_is_negated():
    assert statuses_of("Talks between Peru and the United States on trade, scheduled for Sunday in Lima, were "
                       "called off.") == [("Talks", "negated")]
    assert statuses_of("Talks between Peru and the United States will be held in Lima.") == [("Talks", "planned")]


def test_control_taken_of_the_armed_forces_or_the_country_is_power_seized():
    kinds = [(e.trigger.text, e.trigger.event_type) for e in events_of(
        "A unit said it had taken control of the armed forces. Rebels took control of the town.", [])]
    assert kinds == [("taken control of the armed forces", "seize_power"), ("took control of", "occupy_territory")]


def test_what_orders_ask_for_is_proposed_and_what_is_done_in_order_to_is_planned():
    assert statuses_of("Officers would no longer obey orders to fire on protesters.") == [("fire on", "proposed")]
    assert statuses_of("Troops moved in order to attack the town.") == [("attack", "planned")]


def test_paused_aid_a_date_of_a_noun_no_rule_names_and_a_city_s_election():
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of("Chile has paused all military aid to Peru.", [])] \
        == [("paused", "reduce_aid")]
    text = "Police killed 70 people during unrest that followed the Oct. 29 vote."
    (killed, unrest) = events_of(text, [], every(text, "Oct. 29", dt.date(2023, 10, 29), dt.date(2023, 10, 29), "day"))
    assert killed.date is None and unrest.date is None
    text = "Ana Ruiz won Buenos Aires' local election on Sunday."
    mentions = [mention(text, "Buenos Aires", "actor/argentina-government", rule="gazetteer.capital", country=True),
                mention(text, "Buenos Aires", "loc/buenos-aires", kind="location", rule="gazetteer.capital",
                        country=True)]
    (election,) = events_of(text, mentions)
    assert election.actors == [] and [(m.text, role) for m, role in election.locations] == [
        ("Buenos Aires", "occurred_in")]


def test_the_toll_of_a_collapse_is_no_assault():
    assert statuses_of("Protests began after a canopy collapsed at the station in Lima, killing 16 people.") == [
        ("Protests", "occurred")]
    assert statuses_of("They demanded accountability for the collapse of a canopy that killed 15 people.") == [
        ("demanded", "occurred")]
    assert [t for t, _ in statuses_of("Gunmen opened fire on a bus, killing 16 people.")] == ["opened fire", "killing"]


def test_seizing_a_town_is_occupying_it_and_seizing_the_moment_is_no_event():
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of(
        "Rebels withdrew from the town, two weeks after seizing it.", [])][1] == ("seizing", "occupy_territory")
    assert statuses_of("The opposition is seizing the moment and seized on the remarks.") == []


def test_what_someone_was_due_to_do_is_planned():
    assert statuses_of("He was due to travel to Lima on Monday to meet the president.") == [
        ("travel", "planned"), ("meet", "planned")]


def test_a_day_s_possessive_dates_its_event_and_a_deadline_s_date_is_its_own():
    text = "Ana Ruiz declared herself the winner of Sunday's presidential election on Tuesday."
    times = [*every(text, "Sunday", dt.date(2023, 5, 7), dt.date(2023, 5, 7), "day"),
             *every(text, "on Tuesday", dt.date(2023, 5, 9), dt.date(2023, 5, 9), "day")]
    (election,) = events_of(text, [], times)
    assert election.date.text == "Sunday"
    text = "He will focus on trade talks ahead of an Aug. 1 deadline."
    (talks,) = events_of(text, [], every(text, "Aug. 1", dt.date(2023, 8, 1), dt.date(2023, 8, 1), "day"))
    assert talks.date is None
    assert [e.trigger.text for e in events_of("Rebels pushed south after capturing Goma.", [])] == ["capturing"]


def test_an_allied_agent_acts_a_request_proposes_and_a_signed_declaration_is_one_agreement():
    text = "Officials said 745 civilians had been killed by security forces and allied gunmen."
    mentions = [mention(text, "security forces", "actor/security-forces", rule="organizations.group_pattern"),
                mention(text, "gunmen", "actor/gunmen", rule="organizations.group_pattern")]
    assert ("gunmen", "initiator") in parties_of(text, mentions, "killed")
    assert statuses_of("Chile asked for a closed-door meeting of the council.") == [("meeting", "proposed")]
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of("Peru and Chile signed a declaration.", [])] \
        == [("signed a declaration", "sign_agreement")]


def test_who_speaks_in_a_relative_clause_with_no_that_speaks_of_it_alone():
    text = "Police arrested two men they say planned an attack."
    arrested, attack = events_of(text, [mention(text, "Police", "actor/police", rule="organizations.group_pattern")])
    assert arrested.attribution is None and [(m.text, role) for m, role in arrested.actors] == [("Police", "initiator")]
    assert attack.attribution[2] == "say"


def test_violence_during_an_attack_is_two_events_and_a_founding_treaty_is_none():
    assert statuses_of("Jets shot down drones during a Russian attack on the city.") == [
        ("shot down", "occurred"), ("attack", "occurred")]
    assert statuses_of("Poland invoked Article 4 of the alliance's founding treaty.") == []


def test_whose_security_chief_is_arrested_is_not_and_detain_is_a_trigger():
    text = "Police arrested President Ana Ruiz's chief of security, hours after officers tried to detain Ana Ruiz herself."
    mentions = [mention(text, "Police", "actor/police", rule="organizations.group_pattern"),
                mention(text, "Ana Ruiz", "actor/ruiz"), mention(text, "Ana Ruiz", "actor/ruiz", nth=1)]
    events = events_of(text, mentions)
    assert [(m.text, role) for m, role in events[0].actors] == [("Police", "initiator")]
    assert (events[1].trigger.text, events[1].status) == ("detain", "unknown")


def test_who_victims_work_for_undergoes_nothing_and_elections_not_called_are_negated():
    text = "Strikes killed 20 people, including five journalists who worked for Reuters, the Associated Press and Al Jazeera."
    mentions = [mention(text, name, f"actor/{name.lower().replace(' ', '-')}", rule="organizations.lexicon")
                for name in ("Reuters", "Associated Press", "Al Jazeera")]
    assert parties_of(text, mentions, "killed") == []
    assert statuses_of("He said he would not call early elections.") == [("elections", "negated")]


def test_a_place_an_agreement_is_named_after_is_no_party_and_no_intention_negates():
    text = "The 2022 Lima agreement ended a civil war in Peru."
    mentions = [mention(text, "Lima", "actor/peru-government", rule="organizations.capital_as_government", country=True),
                mention(text, "Lima", "loc/lima", kind="location", rule="gazetteer.capital", country=True),
                mention(text, "Peru", "loc/peru", kind="location", rule="gazetteer.country", country=True)]
    (war,) = events_of(text, mentions)
    assert war.actors == [] and [m.text for m, _ in war.locations] == ["Peru"]
    assert statuses_of("Chile had no intention of invading Peru.") == [("invading", "negated")]


def test_what_a_package_of_measures_targets_is_no_strike():
    assert statuses_of("The package also targets 117 more vessels of the shadow fleet.") == []
    assert statuses_of("Drones targeted the airport.") == [("targeted", "occurred")]


def test_powers_seized_are_power_seized_and_the_accused_make_no_accusation():
    kinds = [(e.trigger.text, e.trigger.event_type) for e in events_of(
        "Ana Ruiz, who seized wide powers in 2021, has said the accused were traitors.", [])]
    assert kinds == [("seized wide powers", "seize_power")]


def test_strikes_on_a_place_that_killed_are_one_strike_and_fire_at_police_is_fighting():
    assert statuses_of("Air strikes on the capital and other areas killed at least 31 people.") == [
        ("Air strikes", "occurred")]
    assert statuses_of("Strikes on the city and its suburbs killed 20 people.") == [("Strikes on", "occurred")]
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of("Gang members fired at police.", [])] == [
        ("fired at", "armed_conflict")]


def test_appointments_pardons_evacuations_and_flight():
    text = ("President Ana Ruiz appointed Ivo Lind as prime minister. The Senate confirmed Maria Costa as attorney "
            "general. A man named Ivo Lind was arrested. The prime minister reshuffled his cabinet. "
            "Ruiz pardoned 300 prisoners. The president commuted the death sentences of 37 prisoners. "
            "Amnesty International condemned the arrests. The army evacuated 2,000 residents. "
            "Thousands of civilians fled their homes. The suspects fled the scene. Hasina fled to India.")
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])] == [
        ("appointed", "appoint"), ("confirmed", "appoint"), ("arrested", "arrest"), ("reshuffled", "appoint"),
        ("pardoned", "pardon"), ("commuted", "pardon"), ("condemned", "criticize"),
        ("evacuated", "evacuate"), ("fled", "flee"), ("fled", "flee")]
    text = "President Ana Ruiz appointed Ivo Lind as prime minister."
    assert parties_of(text, [mention(text, "Ana Ruiz", "actor/ana-ruiz"), mention(text, "Ivo Lind", "actor/ivo-lind")]
                      ) == [("Ana Ruiz", "initiator"), ("Ivo Lind", "target")]
    # what has been done at once is done, not going on
    assert statuses_of("More than 200,000 people have been displaced. Hundreds have been evacuated.") == [
        ("displaced", "occurred"), ("evacuated", "occurred")]
    # a possessive names who is pardoned or appointed
    text = "Ivo Lind thanked the president for his pardon. Maria Costa welcomed her appointment."
    mentions = [mention(text, "Ivo Lind", "actor/ivo-lind"), mention(text, "Maria Costa", "actor/maria-costa")]
    assert [(e.trigger.event_type, [(m.text, role) for m, role in e.actors]) for e in events_of(text, mentions)
            if e.trigger.event_type in ("pardon", "appoint")] == [("pardon", [("Ivo Lind", "target")]),
                                                                   ("appoint", [("Maria Costa", "target")])]


def test_bans_and_restrictions_named_by_their_noun_and_their_lifting():
    assert [(e.trigger.text, e.trigger.event_type, e.status) for e in events_of(
        "Authorities lifted the curfew but maintained a ban on public gatherings. The army said it would lift the "
        "restrictions on Saturday. The European Union imposed a ban on imports of Russian gas.", [])] == [
        ("lifted the curfew", "ease_restrictions", "occurred"), ("ban on", "impose_restrictions", "occurred"),
        ("lift the restrictions", "ease_restrictions", "planned"),
        ("imposed a ban on imports", "impose_sanctions", "occurred")]


def test_a_part_listed_after_a_measure_has_its_parties():
    text = "The European Union imposed sanctions on Russia, including a ban on imports of Russian gas."
    mentions = [mention(text, "European Union", "actor/european-union", rule="organizations.lexicon"),
                mention(text, "Russia", "actor/russia", rule="gazetteer.country", country=True)]
    sanctions, ban = events_of(text, mentions)
    assert [(m.text, role) for m, role in ban.actors] == [(m.text, role) for m, role in sanctions.actors] == [
        ("European Union", "initiator"), ("Russia", "target")]


def test_who_is_angered_by_a_measure_does_not_impose_it():
    text = "Protesters angered by a ban on social media platforms marched on parliament."
    protesters = mention(text, "Protesters", "actor/protesters", rule="organizations.group_pattern")
    assert parties_of(text, [protesters], "ban on") == []
    assert parties_of(text, [protesters], "marched") == [("Protesters", "initiator")]


def test_who_leaves_a_prison_named_with_words_before_it_is_released():
    text = "Hernandez was released from a federal prison on Monday. Ruiz, freed from military custody, spoke."
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])] == [
        ("released from", "release_persons"), ("freed from", "release_persons")]
    text = "Hernandez was released from a federal prison on Monday."
    assert parties_of(text, [mention(text, "Hernandez", "actor/hernandez", rule="people.name_action")]) == [
        ("Hernandez", "target")]


def test_people_moved_to_safety_are_evacuated_and_rescue_teams_sent_are_aid():
    text = ("Authorities moved 735,000 people to safety. The army moved troops to the border. The United States will "
            "send search-and-rescue teams. Turkey sent 300 rescuers to Syria.")
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])] == [
        ("moved", "evacuate"), ("moved troops", "mobilize_forces"), ("send", "provide_humanitarian_aid"),
        ("sent", "provide_humanitarian_aid")]


def test_whether_an_event_took_place_is_unknown():
    assert statuses_of("France declined to say whether it had helped evacuate him. Reporters asked whether troops "
                       "were deployed. The army evacuated the town.") == [
        ("evacuate", "unknown"), ("deployed", "unknown"), ("evacuated", "occurred")]
    # since an event began: still going on
    text = "Thousands had fled their homes since the clashes began on Thursday."
    (fled, clashes) = events_of(text, [], [TimeExpression(
        text.index("since"), len(text) - 1, "since the clashes began on Thursday", dt.date(2023, 5, 4), None, "day",
        "temporal.since_start", True)])
    assert fled.status_rule == "events.status_open_interval" and fled.status == "ongoing"


def test_a_declaration_of_martial_law_is_one_measure_and_his_act_is_his_own():
    text = "Prosecutors sought the death penalty for Yoon Suk Yeol over his declaration of martial law in 2024."
    mentions = [mention(text, "Prosecutors", "actor/prosecutors", rule="organizations.group_pattern"),
                mention(text, "Yoon Suk Yeol", "actor/yoon-suk-yeol")]
    (martial_law,) = events_of(text, mentions)
    assert (martial_law.trigger.text, martial_law.trigger.event_type) == (
        "declaration of martial law", "impose_restrictions")
    assert [(m.text, role) for m, role in martial_law.actors] == [("Yoon Suk Yeol", "initiator")]


def test_what_is_defied_has_only_the_times_and_places_of_its_own_phrase():
    text = "The rebels seized the town of Uvira last week despite a peace agreement signed in Washington."
    last_week = every(text, "last week", dt.date(2023, 5, 1), dt.date(2023, 5, 7), "week")
    mentions = [mention(text, "Uvira", "loc/uvira", "location", "gazetteer.city"),
                mention(text, "Washington", "loc/washington", "location", "gazetteer.city")]
    seized, signed = events_of(text, mentions, last_week)
    assert seized.date is not None and signed.date is None
    assert [m.text for m, _ in signed.locations] == ["Washington"]
    text = "Crowds marched on Sunday, defying a curfew imposed on Friday."
    days = [*every(text, "on Sunday", dt.date(2023, 5, 7), dt.date(2023, 5, 7), "day"),
            *every(text, "on Friday", dt.date(2023, 5, 5), dt.date(2023, 5, 5), "day")]
    assert [(e.trigger.text, e.date.text) for e in events_of(text, [], days)] == [
        ("marched", "on Sunday"), ("curfew", "on Friday")]


def test_whose_rival_ally_or_minister_acts_takes_no_part():
    text = "Police detained Ekrem Imamoglu, President Tayyip Erdogan's main political rival, on Wednesday."
    mentions = [mention(text, "Police", "actor/police", rule="organizations.group_pattern"),
                mention(text, "Ekrem Imamoglu", "actor/ekrem-imamoglu", rule="people.name_action"),
                mention(text, "Tayyip Erdogan", "actor/tayyip-erdogan")]
    assert parties_of(text, mentions) == [("Police", "initiator"), ("Ekrem Imamoglu", "target")]
    text = "Justin Trudeau's finance minister resigned in December."
    assert parties_of(text, [mention(text, "Justin Trudeau", "actor/justin-trudeau")]) == []
    text = "An ally of Vladimir Putin was arrested. Japan's foreign minister resigned."
    assert [parties for parties in (
        [(m.text, role) for m, role in e.actors] for e in events_of(text, [
            mention(text, "Vladimir Putin", "actor/vladimir-putin"),
            mention(text, "Japan", "actor/japan", rule="gazetteer.country", country=True)]))] == [
        [], [("Japan", "initiator")]]


def test_a_denial_does_not_reach_a_verb_in_a_series_after_its_object():
    assert statuses_of("Pakistan denied any involvement, closed its airspace and said it would respond.") == [
        ("denied", "occurred"), ("closed", "occurred")]
    assert statuses_of("Pakistan denied closing its airspace.") == [("closing", "denied")]


def test_bans_vowed_releases_of_those_detained_and_what_only_may_be():
    assert [(e.trigger.text, e.trigger.event_type, e.status) for e in events_of(
        "Kobakhidze vowed to ban the main opposition parties. Kallas urged the authorities to release those "
        "detained. A ban can only be ordered by the court. Talks could resume. Faeser denied any attempt to ban "
        "the party.", [])] == [
        ("ban", "impose_restrictions", "planned"), ("urged", "appeal", "occurred"),
        ("release", "release_persons", "proposed"), ("ban", "impose_restrictions", "unknown"),
        ("Talks", "negotiate", "unknown"), ("ban", "impose_restrictions", "denied")]
    # names and bodies, no events: "displaced" people, an election's officials
    assert [e.trigger.text for e in events_of("Thousands of displaced Palestinians headed north. Ban Ki-moon and the "
                                              "election directorate met.", [])] == ["met"]


def test_the_subject_of_an_attempt_in_a_clause_of_time_is_its_own():
    text = "Police detained 40 people after thousands of protesters tried to storm the palace."
    mentions = [mention(text, "Police", "actor/police", rule="organizations.group_pattern"),
                mention(text, "protesters", "actor/protesters", rule="organizations.group_pattern")]
    assert parties_of(text, mentions, "detained") == [("Police", "initiator")]
    assert parties_of(text, mentions, "storm") == [("protesters", "initiator")]


def test_a_since_clause_has_its_own_subject_and_not_the_main_clauses_time():
    text = "Protesters have rallied every night for a year since the ruling Georgian Dream party suspended talks."
    mentions = [mention(text, "Protesters", "actor/protesters", rule="organizations.group_pattern"),
                mention(text, "Georgian Dream", "actor/georgian-dream", rule="organizations.lexicon")]
    year = every(text, "for a year", dt.date(2022, 5, 10), None, "day")
    rallied, suspended = events_of(text, mentions, year)
    assert rallied.date is not None and suspended.date is None
    assert [(m.text, role) for m, role in suspended.actors if role == "initiator"] == [("Georgian Dream", "initiator")]


def test_a_fronted_phrase_ends_after_its_list_of_names():
    text = "Under the deal brokered by the United States, Egypt, Qatar and Turkey, Hamas is to release the hostages."
    mentions = [mention(text, name, f"actor/{name.lower().replace(' ', '-')}", rule="gazetteer.country", country=True)
                for name in ("United States", "Egypt", "Qatar", "Turkey")]
    mentions.append(mention(text, "Hamas", "actor/hamas", rule="organizations.lexicon"))
    brokered, release = events_of(text, mentions)
    assert [m.text for m, role in brokered.actors if role == "initiator"] == ["United States", "Egypt", "Qatar",
                                                                                "Turkey"]
    assert [m.text for m, role in release.actors if role == "initiator"] == ["Hamas"]
    # no list: the phrase ends at its first comma
    text = "After talks in Doha, Qatar and Egypt said they would host Hamas."
    assert [m.text for e in events_of(text, [mention(text, "Qatar", "actor/qatar", rule="gazetteer.country",
                                                     country=True)]) if e.trigger.text == "host"
            for m, role in e.actors if role == "source"] == ["Qatar"]


def test_a_past_verb_after_what_is_said_with_a_modal_is_the_speakers_own_act():
    text = "Zelenskyy said Kyiv would not cede territory and urged Washington to act."
    mentions = [mention(text, "Zelenskyy", "actor/zelenskyy", rule="people.surname_reporting"),
                mention(text, "Kyiv", "actor/ukraine", rule="gazetteer.capital", country=True),
                mention(text, "Washington", "actor/united-states", rule="gazetteer.capital", country=True)]
    assert parties_of(text, mentions, "urged") == [("Zelenskyy", "initiator"), ("Washington", "target")]
    # no modal: the verb is the reported subject's ("said Russia attacked Kyiv and killed five")
    text = "Zelenskyy said Russia attacked Kyiv and killed five people."
    mentions = [mention(text, "Zelenskyy", "actor/zelenskyy", rule="people.surname_reporting"),
                mention(text, "Russia", "actor/russia", rule="gazetteer.country", country=True)]
    assert ("Russia", "initiator") in parties_of(text, mentions, "killed")


def test_he_or_she_after_a_conjunction_is_a_person_and_phone_calls_told_in_the_perfect():
    text = "A Bangladesh court sentenced Sheikh Hasina, the first verdict against her since she fled to India."
    mentions = [mention(text, "Bangladesh", "actor/bangladesh", rule="gazetteer.country", country=True),
                mention(text, "Sheikh Hasina", "actor/hasina")]
    assert [(words, role) for words, role in parties_of(text, mentions, "fled") if role == "initiator"] == [
        ("Sheikh Hasina", "initiator")]
    assert statuses_of("Maduro said he had spoken by phone with Trump.") == [("spoken by phone", "occurred")]


def test_people_named_by_what_befell_them_are_no_new_event():
    assert statuses_of("Fifty of the abducted children escaped. The kidnapped schoolgirls were freed. Gunmen "
                       "kidnapped 25 schoolgirls.") == [("were freed", "occurred"), ("kidnapped", "occurred")]


def test_alleged_before_a_noun_of_its_own_makes_no_claim_of_the_trigger():
    assert statuses_of("The navy carried out strikes on alleged drug boats, killing 80 people. Police arrested the "
                       "alleged attacker. Ukraine alleged that Russia attacked the plant.") == [
        ("carried out", "occurred"), ("killing", "occurred"), ("arrested", "occurred"), ("attacked", "claimed")]


def test_threats_not_to_act_disbanding_armed_struggles_and_a_jailed_leader():
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of(
        "Trump threatened not to defend members that spend too little. The PKK said it would disband and end its "
        "armed struggle. The decision followed a call by the group's jailed leader Abdullah Ocalan.", [])] == [
        ("threatened not to", "threaten"), ("disband", "withdraw_forces"), ("armed struggle", "armed_conflict")]


def test_who_forces_people_to_flee_drives_them_out():
    text = "The attackers burned dozens of homes and forced thousands of residents to flee."
    mentions = [mention(text, "attackers", "actor/attackers", rule="organizations.group_pattern"),
                mention(text, "residents", "actor/residents", rule="organizations.group_pattern")]
    (flight,) = events_of(text, mentions)
    assert (flight.trigger.text, flight.trigger.event_type) == ("forced", "flee")
    assert [(m.text, role) for m, role in flight.actors] == [("attackers", "initiator"), ("residents", "target")]


def test_who_acts_in_a_since_clause_after_the_trigger_is_no_target():
    text = "More than 40,000 people have been killed since the PKK took up arms. Police arrested Ana Ruiz since July."
    mentions = [mention(text, "PKK", "actor/pkk", rule="organizations.lexicon"),
                mention(text, "Police", "actor/police", rule="organizations.group_pattern"),
                mention(text, "Ana Ruiz", "actor/ana-ruiz")]
    assert [[(m.text, role) for m, role in e.actors] for e in events_of(text, mentions)] == [
        [], [("Police", "initiator"), ("Ana Ruiz", "target")]]


def test_what_a_ban_names_may_or_may_not_take_place():
    assert statuses_of("Authorities banned protests in the capital.") == [("banned", "occurred"), ("protests", "unknown")]
    assert statuses_of("The governor imposed a ban on all public rallies.")[-1] == ("rallies", "unknown")
    # the ban reaches its own object only
    assert statuses_of("The government banned the newspaper and arrested its editor.") == [
        ("banned", "occurred"), ("arrested", "occurred")]


def test_a_part_in_an_agreement_is_no_signing_and_suspending_it_leaves_the_agreement():
    text = "Peru suspended its participation in a regional arms control treaty on Tuesday."
    peru = [mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True)]
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of(text, peru)] == [("suspended", "reject")]
    assert [e.trigger.text for e in events_of("Chile reaffirmed its obligations under the peace treaty.", [])] == []


def test_officials_dismissed_sacked_or_relieved_and_what_is_dismissed_as_a_claim():
    text = ("President Ana Ruiz dismissed her interior minister on Tuesday. Ruiz sacked the army chief. "
            "The dismissal of the central bank governor angered investors. Ruiz fired Ivo Lind as chief of staff. "
            "Rebels fired two missiles toward the governor's residence. Lind dismissed the minister's remarks as "
            "nonsense. Chile dismissed the accusations.")
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])] == [
        ("dismissed", "dismiss"), ("sacked", "dismiss"), ("dismissal of", "dismiss"), ("fired", "dismiss"),
        ("fired", "armed_conflict"), ("dismissed", "deny")]
    text = "President Ana Ruiz relieved General Ivo Lind of his command."
    assert parties_of(text, [mention(text, "Ana Ruiz", "actor/ana-ruiz"), mention(text, "Ivo Lind", "actor/ivo-lind")]
                      ) == [("Ana Ruiz", "initiator"), ("Ivo Lind", "target")]


def test_a_share_of_the_vote_or_seats_won_and_a_round_of_voting_are_elections():
    text = ("Ana Ruiz won 50.9% of the vote in Sunday's first round. The ruling party took 120 of the 200 seats. "
            "The second round of voting will be held in June.")
    found = find_events(text, split_sentences(text), [mention(text, "Ana Ruiz", "actor/ruiz")], [], [], PUBLISHED)
    assert [(e.trigger.text, e.trigger.event_type, e.status) for e in found] == [
        ("won", "hold_election", "occurred"), ("took", "hold_election", "occurred"),
        ("second round of voting", "hold_election", "planned")]
    assert [(m.text, role) for m, role in found[0].actors] == [("Ana Ruiz", "initiator")]


def test_fighting_fled_is_a_flight():
    text = "Thousands of residents fled the fighting on Monday. The suspects fled the scene."
    (fled,) = events_of(text, [mention(text, "residents", "actor/residents", rule="organizations.group_pattern")])
    assert (fled.trigger.text, fled.trigger.event_type, [(m.text, role) for m, role in fled.actors]) == (
        "fled", "flee", [("residents", "initiator")])


def test_a_visit_after_an_officer_named_by_a_military_noun_is_a_visit():
    assert [e.trigger.event_type for e in events_of(
        "Peru's army chief, General Ivo Lind, is due to visit Washington. A military spokesman visited Lima. "
        "Peruvian troops arrived in Chile.", [])] == ["visit", "visit", "mobilize_forces"]


def test_measures_or_force_threatened_by_their_noun_are_a_threat_not_the_measure():
    text = "Peru threatened new sanctions against Chile. Chile threatened strikes on Lima. Floods threatened towns."
    mentions = [mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True),
                *(mention(text, "Chile", "actor/chile", rule="gazetteer.country", country=True, nth=n) for n in (0, 1))]
    found = events_of(text, mentions)
    assert [(e.trigger.text, e.trigger.event_type) for e in found] == [
        ("threatened", "threaten"), ("threatened", "threaten_force")]
    assert [(m.text, role) for m, role in found[0].actors] == [("Peru", "initiator"), ("Chile", "target")]


def test_a_bill_signed_into_law_is_a_measure_adopted_not_an_agreement():
    text = ("President Ana Ruiz is expected to sign it into law within days. Ruiz signed the budget bill on Monday. "
            "Peru and Chile signed a trade deal. Ruiz signed a decree.")
    assert [(e.trigger.text, e.trigger.event_type, e.status) for e in events_of(text, [])] == [
        ("sign", "adopt_measure", "planned"), ("signed", "adopt_measure", "occurred"),
        ("signed", "sign_agreement", "occurred")]


def test_the_count_of_who_speaks_is_no_count_of_the_event():
    def counts(text):
        mentions = [mention(text, "officials", "actor/officials", rule="organizations.group_pattern")]
        events = find_events(text, sentences_of(text), mentions, [], find_quantities(text), PUBLISHED)
        return [(e.trigger.text, [q.text for q in e.quantities]) for e in events]
    assert counts("Troops exchanged fire on Tuesday, three officials said.") == [("exchanged fire", [])]
    assert counts("Three officials said troops killed 12 people.") == [("killed", ["12 people"])]


def test_who_acts_and_then_says_with_but_speaks_and_what_stays_in_place_goes_on():
    text = "Foreign Minister Ana Ruiz welcomed the releases but said sanctions on the oil sector would stay in place."
    welcomed, sanctions = events_of(text, [mention(text, "Ana Ruiz", "actor/ruiz")])
    assert [(m.text, role) for m, role in welcomed.actors] == [("Ana Ruiz", "initiator")]
    assert ([(m.text, role) for m, role in sanctions.actors], sanctions.status) == ([("Ana Ruiz", "source")], "ongoing")


def test_a_speech_act_after_what_is_denied_in_the_past_perfect_is_the_deniers_own():
    text = "Foreign Minister Ana Ruiz denied that Peru had attacked Chile and accused Bolivia of lying."
    mentions = [mention(text, "Ana Ruiz", "actor/ruiz"),
                *(mention(text, w, f"actor/{w.lower()}", rule="gazetteer.country", country=True)
                  for w in ("Peru", "Chile", "Bolivia"))]
    attacked, accused = events_of(text, mentions)
    assert attacked.status == "denied" and accused.status == "occurred"
    assert [(m.text, role) for m, role in accused.actors] == [("Ana Ruiz", "initiator"), ("Bolivia", "target")]
    # in the same tense, both verbs are denied
    assert statuses_of("Ruiz denied that troops attacked and killed civilians.") == [
        ("attacked", "denied"), ("killed", "denied")]


def test_who_calls_for_something_and_then_offers_an_act_does_what_is_offered():
    text = "The African Union called for restraint and offered to mediate."
    au = [mention(text, "African Union", "actor/african-union", rule="organizations.lexicon")]
    assert parties_of(text, au, "mediate") == [("African Union", "initiator")]


def test_a_bill_that_passes_is_adopted_and_lawmakers_walking_out_protest():
    text = ("The bill passed by 84 votes to zero after opposition lawmakers walked out of the chamber. "
            "The resolution was adopted on Friday. Time passed slowly. Peru walked out of the talks.")
    assert [(e.trigger.text, e.trigger.event_type) for e in events_of(text, [])] == [
        ("passed", "adopt_measure"), ("walked out of", "protest"), ("adopted", "adopt_measure"),
        ("walked out of", "halt_negotiations")]


def test_who_acts_against_unrest_is_its_target_not_its_initiator():
    text = "The junta has struggled to contain the insurgency. Police moved to quell the protests in Lima."
    mentions = [mention(text, "junta", "actor/junta", rule="organizations.group_pattern"),
                mention(text, "Police", "actor/police", rule="organizations.group_pattern")]
    assert [[(m.text, role) for m, role in e.actors] for e in events_of(text, mentions)] == [
        [("junta", "target")], [("Police", "target")]]


def test_what_others_want_done_is_proposed_and_done_by_whom_they_want_to_act():
    text = "The students, who want the government to resign, vowed to continue their protests."
    mentions = [mention(text, "students", "actor/students", rule="organizations.group_pattern"),
                mention(text, "government", "actor/government", rule="organizations.group_pattern")]
    resign, protests = events_of(text, mentions)
    assert (resign.status, [(m.text, role) for m, role in resign.actors]) == (
        "proposed", [("government", "initiator")])
    assert [(m.text, role) for m, role in protests.actors] == [("students", "initiator")]


def test_people_held_named_by_how_are_released():
    text = "The UN urged Peru to release detained protesters. Chile freed two jailed journalists on Friday."
    assert [(e.trigger.text, e.trigger.event_type, e.status) for e in events_of(text, [])] == [
        ("urged", "appeal", "occurred"), ("release", "release_persons", "proposed"),
        ("freed", "release_persons", "occurred")]
    # a second act asked for, after "and to", is done by who would do the first
    text = "The UN urged Peru to release detained protesters and to investigate the killings."
    mentions = [mention(text, "UN", "actor/un", rule="organizations.lexicon"),
                mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True),
                mention(text, "protesters", "actor/protesters", rule="organizations.group_pattern")]
    assert parties_of(text, mentions, "investigate") == [("Peru", "initiator")]


def test_the_event_a_span_runs_from_took_place_and_a_series_past_another_event_is_the_first():
    text = "The Senate approved the bill on Monday, handing Ruiz his biggest victory since taking office."
    times = every(text, "on Monday", dt.date(2023, 5, 8), dt.date(2023, 5, 8), "day")
    approved, took_office = events_of(text, [], times)
    assert (took_office.status, took_office.status_rule, took_office.date) == (
        "occurred", "events.status_since_anchor", None)
    assert statuses_of("Protests have continued since the invasion.")[-1] == ("invasion", "occurred")
    text = "Peru executed a man convicted of spying on Sunday, the latest in a series of executions."
    assert [e.trigger.text for e in events_of(text, [])] == ["executed", "convicted"]


def test_whose_rules_are_named_takes_no_part():
    text = "Peru condemned the launch as a violation of U.N. Security Council resolutions."
    mentions = [mention(text, "Peru", "actor/peru", rule="gazetteer.country", country=True),
                mention(text, "U.N. Security Council", "actor/unsc", rule="organizations.lexicon")]
    assert parties_of(text, mentions, "condemned") == [("Peru", "initiator")]


def test_a_verb_with_an_object_after_a_passive_clause_said_is_the_speakers_own_act():
    for text in ("President Ana Ruiz said the protests had been hijacked by criminals and ordered the deployment of troops.",
                 'President Ana Ruiz said the protests had been "hijacked by criminals" and ordered the deployment of troops.'):
        assert parties_of(text, [mention(text, "Ana Ruiz", "actor/ruiz")], "deployment") == [("Ana Ruiz", "initiator")]
    # an active clause said goes on with its own subject
    text = "President Ana Ruiz said Peru had attacked Chile and killed civilians."
    mentions = [mention(text, "Ana Ruiz", "actor/ruiz"),
                *(mention(text, w, f"actor/{w.lower()}", rule="gazetteer.country", country=True) for w in ("Peru", "Chile"))]
    assert ("Peru", "initiator") in parties_of(text, mentions, "killed")
