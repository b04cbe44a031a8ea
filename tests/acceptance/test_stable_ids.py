"""Stable IDs: adding an article (and a new actor to the registry) only adds rows.

Every row the seeds produced before keeps its primary key and every value; nothing is renumbered,
renamed or re-derived. Built from a copy of the real seeds plus a second small article written here.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml
from click.testing import CliRunner
from newsevents.build.run import build
from newsevents.cli import main
from newsevents.release.diff import diff_packages, read_package
from newsevents_schema import TABLES

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
STEM = "001_test0000000000001"
SLUG = "001-test0000000000001"
ARTICLE = (
    " date 2022-02-01 US Secretary of State Antony Blinken met Polish Foreign Minister Zbigniew Rau in Warsaw "
    "on Tuesday. Blinken will travel to Kyiv next week, the State Department said.\n"
)
NEW_ACTOR = ("  - {actor_id: actor/zbigniew-rau, name: Zbigniew Rau, actor_kind: person, country_code: POL, "
             "office: Foreign Minister, affiliation_id: actor/poland, aliases: [Rau]}\n")


def _span(words: str, after: int = 0) -> dict:
    start = ARTICLE.index(words, after)
    return {"start": start, "end": start + len(words), "text": words}


def _reading() -> dict:
    meeting = _span("US Secretary of State Antony Blinken met Polish Foreign Minister Zbigniew Rau in Warsaw on Tuesday")
    trip = _span("Blinken will travel to Kyiv next week")
    return {
        "source": {"file_name": f"{STEM}.txt", "published_date": dt.date(2022, 2, 1), "language": "en"},
        "events": [
            {
                "event_id": f"event/{SLUG}/blinken-meets-rau", "event_type": "meet", "status": "occurred",
                "summary": "Antony Blinken met Zbigniew Rau in Warsaw.",
                "evidence": meeting, "trigger": _span("met", meeting["start"]),
                "date": {**_span("on Tuesday"), "date_start": dt.date(2022, 2, 1), "date_end": dt.date(2022, 2, 1),
                         "precision": "day"},
                "actors": [{"actor_id": "actor/antony-blinken", "role": "participant", **_span("Antony Blinken")},
                           {"actor_id": "actor/zbigniew-rau", "role": "participant", **_span("Zbigniew Rau")}],
                "locations": [{"location_id": "loc/warsaw", "role": "occurred_in", **_span("Warsaw")}],
            },
            {
                "event_id": f"event/{SLUG}/blinken-to-visit-kyiv", "event_type": "visit", "status": "planned",
                "summary": "Antony Blinken will travel to Kyiv the week after.",
                "evidence": trip, "trigger": _span("travel"),
                "date": {**_span("next week"), "date_start": dt.date(2022, 2, 7), "date_end": dt.date(2022, 2, 13),
                         "precision": "week"},
                "attribution": _span("said"),
                "actors": [{"actor_id": "actor/antony-blinken", "role": "initiator", **_span("Blinken", trip["start"])},
                           {"actor_id": "actor/us-department-of-state", "role": "source", **_span("the State Department")}],
                "locations": [{"location_id": "loc/kyiv", "role": "destination", **_span("Kyiv")}],
            },
        ],
        "locations": [
            {"location_id": "loc/warsaw", "name": "Warsaw", "location_kind": "populated_place", "country_code": "POL",
             "geo_precision": "populated_place"},
            {"location_id": "loc/kyiv", "name": "Kyiv", "location_kind": "populated_place", "country_code": "UKR",
             "geo_precision": "populated_place", "aliases": ["Kiev"]},
        ],
    }


def _rows(folder: Path) -> dict[str, dict[tuple, dict]]:
    """Every table's rows by primary key."""
    result = {}
    for table in TABLES:
        rows = pq.read_table(folder / f"{table.table_name}.parquet").to_pylist()
        result[table.table_name] = {tuple(row[name] for name in table.primary_key): row for row in rows}
    return result


@pytest.fixture
def seeds_with_readings() -> None:
    if not (SEEDS / "actors.yaml").is_file() or not any(p.name != "actors.yaml" and p.name != "locations.yaml"
                                                         for p in SEEDS.glob("*.yaml")):
        pytest.skip("the curated seeds (seeds/*.yaml: registries and readings) are not written yet")


def test_adding_an_article_only_adds_rows(seeds_with_readings, seeds_copy, tmp_path):
    before_dir, after_dir = tmp_path / "before", tmp_path / "after"
    build(seeds_copy, before_dir)
    before = _rows(before_dir)

    (seeds_copy / f"{STEM}.txt").write_bytes(ARTICLE.encode("utf-8"))
    (seeds_copy / f"{STEM}.yaml").write_text(yaml.safe_dump(_reading(), sort_keys=False, allow_unicode=True),
                                             encoding="utf-8")
    registry = seeds_copy / "actors.yaml"
    text = registry.read_text(encoding="utf-8")
    registry.write_text(text + ("" if text.endswith("\n") else "\n") + NEW_ACTOR, encoding="utf-8")
    build(seeds_copy, after_dir)
    after = _rows(after_dir)

    for table, rows in before.items():
        missing = sorted(set(rows) - set(after[table]))
        assert not missing, f"{table}: rows disappeared or changed key: {missing}"
        changed = [key for key, row in rows.items() if after[table][key] != row]
        assert not changed, f"{table}: existing rows changed: {changed}"
    added = {table: set(after[table]) - set(before[table]) for table in after}
    assert added["sources"] == {(f"source/{SLUG}",)}
    assert added["actors"] == {("actor/zbigniew-rau",)}
    assert added["locations"] == {("loc/warsaw",), ("loc/kyiv",)}
    assert added["events"] == {(f"event/{SLUG}/blinken-meets-rau",), (f"event/{SLUG}/blinken-to-visit-kyiv",)}
    assert (f"event/{SLUG}/blinken-meets-rau", "actor/antony-blinken", "participant") in added["event_actors"]
    assert added["location_aliases"] == {("loc/kyiv", "Kiev")}

    diff = diff_packages(read_package(before_dir), read_package(after_dir))
    for table in diff.tables:
        assert table.removed.num_rows == 0 and table.changed_after.num_rows == 0, table.name
        assert table.added.num_rows == len(added[table.name]), table.name

    report = CliRunner().invoke(main, ["diff", str(before_dir), str(after_dir), "--format", "json"])
    assert report.exit_code == 0, report.output
    tables = json.loads(report.output)["tables"]
    assert all(t["counts"]["removed"] == 0 and t["counts"]["changed"] == 0 for t in tables)
    assert {t["name"]: t["counts"]["added"] for t in tables} == {name: len(keys) for name, keys in added.items()}
