"""Linking a hand-written reading to the rules' candidates: which entry becomes confirmed, corrected
or stays added, what is left for the curator, and that the file keeps its comments and layout."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml
from newsevents.build.merge import merge
from newsevents.draft.link import link, parse_reading
from newsevents.problems import InputError
from newsevents_schema.curation import ArticleReading
from pydantic import ValidationError

TEXT = "Ann Lee will visit Paris tomorrow, the ministry said. Crowds protested in Lyon."


def span(word: str, after: int = 0) -> dict:
    start = TEXT.index(word, after)
    return {"start": start, "end": start + len(word), "text": word}


def key(kind: str, word: str, after: int = 0) -> str:
    found = span(word, after)
    return f"{kind}@{found['start']}-{found['end']}"


SENTENCE = TEXT[: TEXT.index(".") + 1]
VISIT, SAID, ANN, PARIS, MINISTRY = key("event", "visit"), key("event", "said"), key("actor", "Ann Lee"), \
    key("location", "Paris"), key("actor", "ministry")


def draft_event(trigger: str, event_type: str, status: str, **extra) -> dict:
    return {"event_id": f"event/a/{trigger}", "candidate": key("event", trigger), "rule_id": "events.trigger",
            "review": "needed", "event_type": event_type, "status": status, "summary": "Rule summary.",
            "evidence": span(SENTENCE), "trigger": span(trigger), "date": {"precision": "unknown"}, **extra}


DRAFT_DATA = {
    "source": {"file_name": "a.txt", "published_date": dt.date(2022, 1, 19)},
    "events": [
        draft_event("visit", "visit", "planned",
                    date={**span("tomorrow"), "date_start": dt.date(2022, 1, 20), "date_end": dt.date(2022, 1, 20),
                          "precision": "day", "rule_id": "temporal.relative_day"},
                    actors=[{**span("Ann Lee"), "candidate": ANN, "rule_id": "people.name", "review": "needed",
                             "actor_id": "actor/ann-lee", "role": "initiator"},
                            {**span("ministry"), "candidate": MINISTRY, "rule_id": "organizations.lexicon",
                             "review": "needed", "actor_id": "actor/ministry", "role": "target"}],
                    locations=[{**span("Paris"), "candidate": PARIS, "rule_id": "gazetteer.city",
                                "review": "needed", "location_id": "loc/paris", "role": "destination"}]),
        draft_event("said", "make_statement", "occurred"),
    ],
}
DRAFT = ArticleReading.model_validate(DRAFT_DATA)

READING = f"""\
# Curated reading of a.txt, written by hand.
source: {{file_name: a.txt, published_date: 2022-01-19, language: en}}
events:
  # the visit, as the rules saw it
  - event_id: event/a/ann-lee-visits-paris
    event_type: visit
    status: planned
    summary: "Ann Lee visits Paris."
    evidence: {{start: 0, end: {len(SENTENCE)}, text: "{SENTENCE}"}}
    trigger: {{start: 13, end: 18, text: visit}}
    date: {{text: tomorrow, start: 25, end: 33, date_start: 2022-01-20, date_end: 2022-01-20, precision: day}}
    actors:
      - {{actor_id: actor/ann-lee, role: participant, start: 0, end: 7, text: Ann Lee}}  # the rule says initiator
    locations:
      - {{location_id: loc/paris, role: destination, start: 19, end: 24, text: Paris}}
    reason: "Ann Lee travels alone."
  - event_id: event/a/crowds-protest-in-lyon
    event_type: protest
    status: occurred
    summary: Crowds protested in Lyon.
    evidence: {{start: 54, end: 79, text: Crowds protested in Lyon.}}
    trigger: {{start: 61, end: 70, text: protested}}
    date: {{precision: unknown}}
    locations:
      - {{location_id: loc/lyon, role: occurred_in, start: 74, end: 78, text: Lyon}}
"""


def test_the_fixture_spans_are_the_text():
    assert TEXT[13:18] == "visit" and TEXT[25:33] == "tomorrow" and TEXT[19:24] == "Paris" and TEXT[74:78] == "Lyon"
    assert TEXT[61:70] == "protested" and TEXT[54:79] == "Crowds protested in Lyon."


def by_path(result) -> dict:
    return {link.where: link for link in result.links}


def test_equal_entries_are_confirmed_differing_ones_corrected_the_rest_added():
    result = link(READING, DRAFT)
    links = by_path(result)
    visit = links["events[0]"]
    assert (visit.review, visit.candidate, visit.rule_id, visit.differences) == ("confirmed", VISIT, "events.trigger", [])
    actor = links["events[0].actors[0]"]
    assert (actor.review, actor.candidate, actor.rule_id) == ("corrected", ANN, "people.name")
    assert [(d.field, d.rule_value, d.curated_value) for d in actor.differences] == [("role", "initiator", "participant")]
    assert actor.needs_reason
    assert links["events[0].locations[0]"].review == "confirmed"
    assert links["events[1]"].review == "added" and links["events[1].locations[0]"].review == "added"
    assert {u.key for u in result.unused} == {SAID, f"{MINISTRY}#{VISIT}"}

    written = yaml.safe_load(result.text)
    event = written["events"][0]
    assert (event["review"], event["candidate"], event["rule_id"]) == ("confirmed", VISIT, "events.trigger")
    assert event["actors"][0]["review"] == "corrected" and "reason" not in event["actors"][0]
    assert "review" not in written["events"][1] and "candidate" not in written["events"][1]


def test_a_new_correction_has_no_reason_so_the_build_refuses_it_until_one_is_written():
    written = yaml.safe_load(link(READING, DRAFT).text)
    with pytest.raises(ValidationError, match="a correction needs a `reason`"):
        ArticleReading.model_validate(written)
    written["events"][0]["actors"][0]["reason"] = "Ann Lee does not travel on her own initiative here."
    written["rejected"] = [{"candidate": SAID, "reason": "The ministry's statement is the attribution."},
                           {"candidate": f"{MINISTRY}#{VISIT}", "reason": "The ministry reports the visit."}]
    result = merge(ArticleReading.model_validate(written), DRAFT)
    assert result.problems == []
    assert [(c.field, c.rule_value, c.curated_value) for c in result.corrections] == [("role", "initiator", "participant")]
    assert result.counts["events.confirmed"] == 1 and result.counts["actors.corrected"] == 1
    assert result.counts["events.added"] == 1 and result.counts["not_reviewed"] == 0


def test_linking_twice_changes_nothing():
    once = link(READING, DRAFT)
    twice = link(once.text, DRAFT)
    assert once.changed and not twice.changed and twice.text == once.text
    assert [(x.where, x.review, x.candidate) for x in twice.links] == [(x.where, x.review, x.candidate) for x in once.links]


def test_comments_key_order_quoting_and_flow_style_are_kept():
    lines = link(READING, DRAFT).text.splitlines()
    assert lines[0] == "# Curated reading of a.txt, written by hand."
    assert "  # the visit, as the rules saw it" in lines
    (actor,) = [line for line in lines if "actor/ann-lee" in line]
    assert actor.startswith("      - {actor_id: actor/ann-lee, role: participant, start: 0, end: 7, text: Ann Lee, "
                            f"review: corrected, candidate: {ANN}, rule_id: people.name}}")
    assert actor.endswith("# the rule says initiator")  # the comment stays on its line (one space before it now)
    start = lines.index("  - event_id: event/a/ann-lee-visits-paris")
    assert lines[start + 1: start + 5] == [
        "    review: confirmed", f"    candidate: {VISIT}", "    rule_id: events.trigger", "    event_type: visit"]
    assert '    summary: "Ann Lee visits Paris."' in lines and '    reason: "Ann Lee travels alone."' in lines
    untouched = READING.splitlines()[READING.splitlines().index("  - event_id: event/a/crowds-protest-in-lyon"):]
    assert lines[-len(untouched):] == untouched


def test_an_existing_reason_is_never_overwritten_and_its_keeping_is_reported():
    reading = READING.replace("status: planned", "status: announced")
    result = link(reading, DRAFT)
    visit = by_path(result)["events[0]"]
    assert visit.review == "corrected" and not visit.needs_reason
    assert "kept the entry's own reason" in visit.note
    assert yaml.safe_load(result.text)["events"][0]["reason"] == "Ann Lee travels alone."


def test_a_rejected_candidate_is_never_linked():
    reading = READING + f'rejected:\n  - {{candidate: {VISIT}, reason: "The curated visit is told differently."}}\n'
    result = link(reading, DRAFT)
    assert by_path(result)["events[0]"].review == "added"
    assert by_path(result)["events[0].actors[0]"].review == "added"
    assert VISIT not in {u.key for u in result.unused}


def test_a_stale_reference_is_relinked_and_reported_and_a_stale_rejection_listed():
    stale = "event@1-2"
    reading = READING.replace("    event_type: visit\n", f"    review: confirmed\n    candidate: {stale}\n"
                                                         "    rule_id: events.trigger\n    event_type: visit\n")
    reading += f'rejected:\n  - {{candidate: "{stale}#event@3-4", reason: "An old candidate."}}\n'
    result = link(reading, DRAFT)
    visit = by_path(result)["events[0]"]
    assert visit.candidate == VISIT and visit.review == "confirmed"
    assert stale in visit.note and "no longer proposed" in visit.note
    assert result.stale_rejections == [(0, f"{stale}#event@3-4")]


def test_needed_is_never_promoted_to_confirmed():
    reading = READING.replace("    event_type: visit\n", f"    review: needed\n    candidate: {VISIT}\n"
                                                         "    rule_id: events.trigger\n    event_type: visit\n")
    result = link(reading, DRAFT)
    assert by_path(result)["events[0]"].review == "needed"
    assert "review: needed" in result.text


def test_the_candidate_with_the_largest_trigger_overlap_wins():
    will = draft_event("will", "visit", "planned")
    draft = ArticleReading.model_validate({**DRAFT_DATA, "events": [will, *DRAFT_DATA["events"]]})
    reading = READING.replace("trigger: {start: 13, end: 18, text: visit}", "trigger: {start: 8, end: 18, text: will visit}")
    result = link(reading, draft)
    assert TEXT[8:18] == "will visit"
    assert by_path(result)["events[0]"].candidate == VISIT  # 5 characters of overlap beat the 4 of 'will'
    assert key("event", "will") in {u.key for u in result.unused}


def test_a_layout_with_sequences_at_the_margin_is_kept():
    reading = READING.replace("\n  - ", "\n- ").replace("\n    ", "\n  ").replace("\n      - ", "\n    - ")
    assert parse_reading(reading, "a.yaml").events  # still the same reading
    result = link(reading, DRAFT)
    assert "\n- event_id: event/a/ann-lee-visits-paris\n  review: confirmed\n" in result.text
    assert "\n  - {location_id: loc/lyon, role: occurred_in, start: 74, end: 78, text: Lyon}\n" in result.text


@pytest.mark.parametrize(("text", "message"), [
    ("source: [unclosed\n", "invalid YAML"),
    ("source: {file_name: a.txt, published_date: 2022-01-19}\nevents: []\nevents: []\n", "duplicate key"),
    (READING.replace("status: planned", "status: planed"), "unknown code"),
])
def test_bad_input_is_reported_with_its_place(text, message):
    with pytest.raises(InputError) as error:
        link(text, DRAFT, "a.yaml")
    assert message in str(error.value) and str(error.value).startswith("a.yaml:")
