"""Semantic checks of the published reading, independent of how the YAML is written.

Spans are checked against the article text, dates against the temporal normalizer, counts against
the quantity rule, and links against the sentences they come from.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest
from newsevents.rules.quantities import find_quantities
from newsevents.rules.sentences import split_sentences
from newsevents.rules.temporal import find_time_expressions
from newsevents_schema import TABLES

DATASET = Path(__file__).resolve().parents[2] / "dataset"
FUTURE = ("planned", "announced", "proposed")


def rows(table: str) -> list[dict]:
    relation = duckdb.sql(f"select * from read_parquet('{DATASET / table}.parquet')")
    return [dict(zip(relation.columns, values)) for values in relation.fetchall()]


@pytest.fixture(scope="module")
def source() -> dict:
    (only,) = rows("sources")
    return only


@pytest.fixture(scope="module")
def events() -> list[dict]:
    return rows("events")


def spans(table: str, name: str) -> list[tuple[int, int, str]]:
    return [(r[f"{name}_start"], r[f"{name}_end"], r[f"{name}_text"]) for r in rows(table) if r[f"{name}_start"] is not None]


@pytest.mark.parametrize(("table", "name"), [
    ("events", "evidence"), ("events", "trigger"), ("events", "attribution"),
    ("event_actors", "mention"), ("event_locations", "mention"), ("quantities", "quantity"),
])
def test_every_span_is_the_article_text(source, table, name):
    found = spans(table, name)
    assert found, f"no {name} spans in {table}"
    for start, end, text in found:
        assert source["text"][start:end] == text


def test_the_reading_is_complete(events):
    assert 25 <= len(events) <= 35
    assert {"occurred", "ongoing", "planned", "claimed", "denied"} <= {e["status"] for e in events}
    assert len({e["event_type"] for e in events}) >= 10


def test_no_future_event_ends_before_publication(source, events):
    published = source["published_date"]
    for event in events:
        if event["status"] in FUTURE and event["date_end"] is not None:
            assert event["date_end"] >= published, event["event_id"]


def test_unresolved_dates_stay_empty(events):
    for event in events:
        if event["date_precision"] == "unknown":
            assert event["date_start"] is None and event["date_end"] is None


def test_every_foreign_key_resolves():
    for table in TABLES:
        for fk in table.foreign_keys:
            left, right = ", ".join(f"t.{f}" for f in fk.fields), ", ".join(f"r.{f}" for f in fk.table_fields)
            condition = " and ".join(f"t.{a} = r.{b}" for a, b in zip(fk.fields, fk.table_fields))
            dangling = duckdb.sql(f"""
                select {left} from read_parquet('{DATASET / table.table_name}.parquet') t
                where {' and '.join(f't.{f} is not null' for f in fk.fields)} and not exists (
                    select 1 from read_parquet('{DATASET / fk.table}.parquet') r where {condition})
            """).fetchall()
            assert dangling == [], f"{table.table_name}.{fk.fields} -> {fk.table}: {dangling} ({right})"


def test_participants_and_places_are_mentioned_in_the_event_sentence(source, events):
    sentences = split_sentences(source["text"], source["body_start"])
    by_id = {e["event_id"]: e for e in events}

    def sentence_range(start: int, end: int) -> tuple[int, int]:
        touching = [s for s in sentences if s.start < end and start < s.end]
        return min(s.start for s in touching), max(s.end for s in touching)

    links = rows("event_actors") + rows("event_locations")
    assert links
    for link in links:
        event = by_id[link["event_id"]]
        low, high = sentence_range(event["evidence_start"], event["evidence_end"])
        assert link["mention_start"] is not None, link
        assert low <= link["mention_start"] and link["mention_end"] <= high, (link, event["evidence_text"])


def test_attribution_names_a_speaker(events):
    sources = {(r["event_id"], r["actor_id"]) for r in rows("event_actors") if r["role"] == "source"}
    attributed = [e for e in events if e["attribution_text"]]
    assert len(attributed) >= 5
    for event in attributed:
        assert (event["event_id"], event["attributed_to"]) in sources


def test_curated_dates_agree_with_the_temporal_normalizer(source, events):
    expressions = {(x.start, x.end): x for x in find_time_expressions(source["text"], source["published_date"],
                                                                      start=source["body_start"])}
    curated = [e for e in events if e["date_text"] and e["date_precision"] != "unknown"]
    starts = {e["event_id"]: source["text"].find(e["date_text"]) for e in curated}
    recognised = 0
    for event in curated:
        matches = [x for (start, end), x in expressions.items() if x.text == event["date_text"]]
        if not matches:
            continue
        recognised += 1
        assert any((x.date_start, x.date_end, x.precision) == (event["date_start"], event["date_end"],
                                                               event["date_precision"]) for x in matches), (
            event["event_id"], event["date_text"], [(x.date_start, x.date_end, x.precision) for x in matches])
    assert curated and recognised >= 0.75 * len(curated), (recognised, len(curated), starts)


def test_curated_quantities_agree_with_the_quantity_rule(source):
    found = {(q.start, q.end): q for q in find_quantities(source["text"], start=source["body_start"])}
    curated = rows("quantities")
    assert len(curated) >= 4
    for quantity in curated:
        overlapping = [q for (s, e), q in found.items() if s < quantity["quantity_end"] and quantity["quantity_start"] < e]
        assert overlapping, quantity["quantity_text"]
        rule = overlapping[0]
        assert (rule.value, rule.low, rule.high) == (quantity["value"], quantity["low"], quantity["high"]), quantity


def test_relative_dates_are_resolved_against_publication(source, events):
    published: dt.date = source["published_date"]
    words = {e["date_text"].lower(): e for e in events if e["date_text"]}
    if "tomorrow" in words:
        assert words["tomorrow"]["date_start"] == published + dt.timedelta(days=1)
    if "today" in words:
        assert words["today"]["date_start"] == published
