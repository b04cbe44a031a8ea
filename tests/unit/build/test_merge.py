"""Merging a curated reading with the rules' draft: stale entries fail, corrections are recorded."""

from __future__ import annotations

import datetime as dt

from newsevents.build.coverage import scores
from newsevents.build.merge import merge
from newsevents_schema.curation import ArticleReading

TEXT = "Ann Lee will visit Paris tomorrow, the ministry said."


def span(word: str) -> dict:
    start = TEXT.index(word)
    return {"start": start, "end": start + len(word), "text": word}


def event(**changes) -> dict:
    entry = {
        "event_id": "event/a/visit", "candidate": "event@12-17", "rule_id": "events.trigger", "review": "needed",
        "event_type": "visit", "status": "planned", "summary": "Ann Lee visits Paris.",
        "evidence": span(TEXT), "trigger": span("visit"),
        "date": {**span("tomorrow"), "date_start": dt.date(2022, 1, 20), "date_end": dt.date(2022, 1, 20),
                 "precision": "day"},
        "actors": [{**span("Ann Lee"), "candidate": "actor@0-7", "rule_id": "people.name", "review": "needed",
                    "actor_id": "actor/ann-lee", "role": "initiator"}],
        "locations": [{**span("Paris"), "candidate": "location@18-23", "rule_id": "gazetteer.city",
                       "review": "needed", "location_id": "loc/paris", "role": "destination"}],
    }
    entry.update(changes)
    return entry


def reading(*events: dict, rejected=()) -> ArticleReading:
    return ArticleReading.model_validate({
        "source": {"file_name": "a.txt", "published_date": dt.date(2022, 1, 19)},
        "events": list(events), "rejected": list(rejected)})


DRAFT = reading(event())


def test_a_copy_of_the_draft_merges_cleanly():
    result = merge(reading(event()), DRAFT)
    assert result.problems == [] and result.corrections == []
    assert result.counts["events.needed"] == 1 and result.counts["proposed"] == 3


def test_confirmed_must_equal_the_candidate():
    result = merge(reading(event(review="confirmed", status="occurred")), DRAFT)
    assert len(result.problems) == 1
    assert "status" in result.problems[0].message and "corrected" in result.problems[0].message


def test_a_correction_records_each_changed_field_with_its_reason():
    result = merge(reading(event(review="corrected", status="announced", reason="the ministry only announced it")),
                   DRAFT)
    assert result.problems == []
    (correction,) = result.corrections
    assert (correction.table, correction.key, correction.field) == ("events", ("event/a/visit",), "status")
    assert (correction.rule_value, correction.curated_value) == ("planned", "announced")
    assert correction.reason == "the ministry only announced it"


def test_a_correction_that_changes_nothing_is_refused():
    result = merge(reading(event(review="corrected", reason="no reason really")), DRAFT)
    assert "equals candidate" in result.problems[0].message


def test_a_stale_entry_fails():
    result = merge(reading(event(candidate="event@30-35")), DRAFT)
    assert result.problems and "no longer proposed" in result.problems[0].message
    assert result.problems[0].path == ("events", 0)


def test_rejections_must_name_live_candidates():
    rejected = [{"candidate": "location@18-23#event@12-17", "reason": "Paris, Texas"}, {"candidate": "event@1-2",
                                                                                           "reason": "gone"}]
    result = merge(reading(event(locations=[]), rejected=rejected), DRAFT)
    assert [p.path for p in result.problems] == [("rejected", 1)]
    assert result.counts["rejected"] == 2 and result.counts["not_reviewed"] == 0


def test_unreviewed_candidates_are_counted():
    result = merge(reading(event(actors=[], locations=[])), DRAFT)
    assert result.counts["not_reviewed"] == 2


def test_scores_compare_by_evidence_not_by_references():
    curated = reading(event(review="added", candidate=None, rule_id=None, actors=[], locations=[
        {**span("Paris"), "location_id": "loc/paris", "role": "destination"}]))
    result = scores(DRAFT, curated)
    assert result["events"] == {"proposed": 1, "curated": 1, "precision": 1.0, "recall": 1.0}
    assert result["locations"]["precision"] == 1.0 and result["actors"]["precision"] == 0.0
    assert result["dates_of_matched_events"]["accuracy"] == 1.0
