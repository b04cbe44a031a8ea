"""Row-level package diffs: rows added, removed and changed by primary key, field by field."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from newsevents.build.package import write_package
from newsevents.release.diff import DiffError, diff_packages, diff_tables, read_package
from newsevents.release.diff_report import as_json, render_markdown, render_text
from newsevents_schema import TABLES, Actor, EventActor, Source

TEXT = " date 2023-05-04 Kenyan President William Ruto met Nigerian leader Bola Tinubu in Nairobi on Tuesday."


def _source(text: str = TEXT) -> Source:
    return Source(source_id="source/kenya-visit", file_name="kenya-visit.txt", published_date=dt.date(2023, 5, 4),
                  language="en", text_sha256=hashlib.sha256(text.encode()).hexdigest(), body_start=17,
                  char_count=len(text), text=text)


def _actor(slug: str, name: str, **extra) -> Actor:
    return Actor(actor_id=f"actor/{slug}", name=name, actor_kind=extra.pop("actor_kind", "person"),
                 review_status="added", **extra)


def _link(actor: str, role: str, start: int | None = None, text: str | None = None) -> EventActor:
    span = {"mention_start": start, "mention_end": start + len(text), "mention_text": text} if text else {}
    return EventActor(event_id="event/kenya-visit/ruto-meets-tinubu", actor_id=f"actor/{actor}", role=role,
                      review_status="added", **span)


def _tables(**rows) -> dict[str, list]:
    tables = {table.table_name: [] for table in TABLES}
    tables.update(rows)
    return tables


def _package(folder: Path, **rows) -> Path:
    folder.mkdir(parents=True)
    write_package(_tables(**rows), folder)
    return folder


ACTORS = [
    _actor("william-ruto", "William Ruto", country_code="KEN", office="President"),
    _actor("bola-tinubu", "Bola Tinubu", country_code="NGA"),
    _actor("kenya", "Kenya", actor_kind="state", country_code="KEN"),
]


@pytest.fixture
def old(tmp_path) -> Path:
    links = [_link("william-ruto", "participant", 34, "William Ruto"), _link("bola-tinubu", "participant", 66, "Bola Tinubu")]
    return _package(tmp_path / "old", sources=[_source()], actors=ACTORS, event_actors=links)


def _diff(old: Path, new: Path):
    return diff_packages(read_package(old), read_package(new))


def _table(diff, name):
    return next(table for table in diff.tables if table.name == name)


def test_identical_packages_have_no_differences(old, tmp_path):
    same = _package(tmp_path / "same", sources=[_source()], actors=list(reversed(ACTORS)),
                    event_actors=[_link("bola-tinubu", "participant", 66, "Bola Tinubu"),
                                  _link("william-ruto", "participant", 34, "William Ruto")])
    diff = _diff(old, same)
    assert not diff.has_differences
    assert {table.status for table in diff.tables} == {"same"}
    assert _table(diff, "actors").new_rows == 3
    assert "no differences" in render_text(diff)


def test_rows_added_removed_and_changed_by_key(old, tmp_path):
    actors = [
        _actor("william-ruto", "William Samoei Ruto", country_code="KEN", office="President"),  # renamed
        _actor("bola-tinubu", "Bola Tinubu", country_code="NGA", office="President"),  # office None -> President
        _actor("nigeria", "Nigeria", actor_kind="state", country_code="NGA"),  # added; kenya removed
    ]
    links = [_link("william-ruto", "participant", 34, "William Ruto"), _link("bola-tinubu", "target", 66, "Bola Tinubu")]
    new = _package(tmp_path / "new", sources=[_source()], actors=actors, event_actors=links)
    diff = _diff(old, new)

    table = _table(diff, "actors")
    assert table.keys(table.added) == [("actor/nigeria",)]
    assert table.keys(table.removed) == [("actor/kenya",)]
    changes = {change.key: {(f.name, f.before, f.after) for f in change.fields} for change in table.row_changes()}
    assert changes == {
        ("actor/bola-tinubu",): {("office", None, "President")},
        ("actor/william-ruto",): {("name", "William Ruto", "William Samoei Ruto")},
    }
    # a changed key column is a different row: the old link is removed, the new one added
    links_diff = _table(diff, "event_actors")
    assert links_diff.keys(links_diff.added) == [("event/kenya-visit/ruto-meets-tinubu", "actor/bola-tinubu", "target")]
    assert links_diff.keys(links_diff.removed) == [("event/kenya-visit/ruto-meets-tinubu", "actor/bola-tinubu", "participant")]
    assert links_diff.changed_after.num_rows == 0
    assert _table(diff, "sources").status == "same"


def test_rows_are_matched_by_the_schema_models_key_not_the_descriptors(old, tmp_path):
    """A descriptor that lost its primaryKey (or names another one) must not change how rows pair up."""
    actors = [_actor("william-ruto", "William Samoei Ruto", country_code="KEN", office="President"), *ACTORS[1:]]
    new = _package(tmp_path / "new", sources=[_source()], actors=actors)
    descriptor_path = new / "datapackage.json"
    descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        resource["schema"]["primaryKey"] = ["name"] if resource["name"] == "actors" else []
    descriptor_path.write_text(json.dumps(descriptor), encoding="utf-8")
    table = _table(_diff(old, new), "actors")
    assert table.primary_key == ("actor_id",)
    assert table.added.num_rows == table.removed.num_rows == 0
    assert [change.key for change in table.row_changes()] == [("actor/william-ruto",)]


def test_nulls_and_values_compare_as_values(tmp_path):
    old = pa.table({"k": ["a", "b", "c", "d"], "v": [None, None, 1.5, float("nan")]})
    new = pa.table({"k": ["d", "c", "b", "a"], "v": [float("nan"), 1.5, 2.0, None]})
    table = diff_tables("t", old, new, ("k",))
    assert [(c.key, c.fields[0].before, c.fields[0].after) for c in table.row_changes()] == [(("b",), None, 2.0)]


def test_columns_added_removed_and_retyped(tmp_path):
    old = pa.table({"k": ["a", "b"], "gone": [1, 2], "n": pa.array([1, 2], pa.int64())})
    new = pa.table({"k": ["a", "b"], "n": pa.array(["1", "3"]), "extra": ["x", "y"]})
    table = diff_tables("t", old, new, ("k",))
    assert table.columns.added == ("extra",) and table.columns.removed == ("gone",)
    assert table.columns.retyped == (("n", "int64", "string"),)
    assert [(c.key, [f.name for f in c.fields]) for c in table.row_changes()] == [(("b",), ["n"])]
    assert table.status == "changed"


def test_duplicate_keys_are_refused():
    old = pa.table({"k": ["a", "a"], "v": [1, 2]})
    new = pa.table({"k": ["a"], "v": [1]})
    with pytest.raises(DiffError, match="duplicate primary keys"):
        diff_tables("t", old, new, ("k",))


def _edit_descriptor(folder: Path, edit) -> None:
    path = folder / "datapackage.json"
    document = json.loads(path.read_text())
    edit(document)
    path.write_text(json.dumps(document))


def test_versions_and_whole_tables(old, tmp_path):
    new = _package(tmp_path / "new", sources=[_source()], actors=ACTORS)

    def bump(document):
        document["version"] = "1.1.0"
        document["newsevents"]["schema_version"] = "1.1.0"
        document["resources"] = [r for r in document["resources"] if r["name"] != "corrections"]

    def unbump(document):  # whatever version the build writes today, the old side is 1.0.0
        document["version"] = "1.0.0"
        document["newsevents"]["schema_version"] = "1.0.0"
        document["resources"] = [r for r in document["resources"] if r["name"] != "quantities"]

    _edit_descriptor(new, bump)
    _edit_descriptor(old, unbump)
    diff = _diff(old, new)
    assert diff.version_changed and diff.schema_version_changed and diff.has_differences
    assert _table(diff, "quantities").status == "added"
    assert _table(diff, "corrections").status == "removed"
    assert _table(diff, "event_actors").removed.num_rows == 2
    text = render_text(diff)
    assert "dataset 1.0.0 → 1.1.0" in text and "schema 1.0.0 → 1.1.0" in text


def test_version_change_alone_is_a_difference(old, tmp_path):
    new = tmp_path / "new"
    new.mkdir()
    for path in old.iterdir():
        (new / path.name).write_bytes(path.read_bytes())
    _edit_descriptor(new, lambda d: d.update(version="1.0.1"))
    diff = _diff(old, new)
    assert diff.has_differences and not any(table.has_differences for table in diff.tables)


def test_reports_list_changes_and_respect_the_limit(old, tmp_path):
    actors = [*ACTORS[:2], *[_actor(f"person-{i}", f"Person {i}") for i in range(5)]]
    actors[0] = actors[0].model_copy(update={"office": "Head of State | `President`"})
    new = _package(tmp_path / "new", sources=[_source()], actors=actors)
    diff = _diff(old, new)

    markdown = render_markdown(diff, limit=2)
    version = json.loads((new / "datapackage.json").read_text())["version"]
    assert markdown.startswith(f"## Dataset {version}\n")
    assert "### Added" in markdown and "### Changed" in markdown and "### Removed" in markdown
    assert "`actor/person-0`, `actor/person-1` and 3 more" in markdown
    assert '`office` `"President"` → `` "Head of State | `President`" ``' in markdown

    text = render_text(diff, limit=2)
    assert "  + actor/person-0\n  + actor/person-1\n  + … and 3 more" in text
    assert '      office: "President" → "Head of State | `President`"' in text

    document = json.loads(json.dumps(as_json(diff)))
    actors_json = next(t for t in document["tables"] if t["name"] == "actors")
    assert actors_json["counts"] == {"added": 5, "removed": 1, "changed": 1}
    assert len(actors_json["added"]) == 5 and actors_json["added"][0]["actor_id"] == "actor/person-0"
    assert actors_json["changed"] == [{"key": {"actor_id": "actor/william-ruto"},
                                       "fields": {"office": {"before": "President",
                                                             "after": "Head of State | `President`"}}}]
    sources_json = next(t for t in document["tables"] if t["name"] == "sources")
    assert sources_json["status"] == "same"


def test_a_large_table_is_compared_in_seconds():
    """100,000 rows, shuffled on one side, with known edits: exact counts, and no per-row Python loop."""
    count = 100_000
    keys = [f"event/source-{i // 50}/e-{i}" for i in range(count)]
    old = pa.table({"event_id": keys, "n": list(range(count)), "s": [f"text {i}" for i in range(count)]})
    changed = set(range(0, count, 97))
    new = pa.table({
        "event_id": keys[10:] + [f"event/new/e-{i}" for i in range(7)],
        "n": [i + 1 if i in changed else i for i in range(10, count)] + [0] * 7,
        "s": [f"text {i}" for i in range(10, count)] + ["new"] * 7,
    })
    order = list(reversed(range(new.num_rows)))
    new = new.take(pa.array(order))
    started = time.perf_counter()
    table = diff_tables("events", old, new, ("event_id",))
    elapsed = time.perf_counter() - started
    assert table.added.num_rows == 7 and table.removed.num_rows == 10
    assert table.changed_after.num_rows == len([i for i in changed if i >= 10])
    first = table.row_changes(limit=1)[0]
    assert first.fields[0].after == first.fields[0].before + 1
    assert table.keys(table.changed_after) == sorted(table.keys(table.changed_after))
    assert elapsed < 10, elapsed


def test_a_package_without_descriptor_is_refused(tmp_path):
    with pytest.raises(DiffError, match="no datapackage.json"):
        read_package(tmp_path)


def test_parquet_metadata_is_not_a_row_difference(old, tmp_path):
    """Files differ in bytes (other dataset version stamped in them) but not in rows: no row changes."""
    new = tmp_path / "new"
    new.mkdir()
    for path in old.iterdir():
        if path.suffix == ".parquet":
            table = pq.read_table(path)
            metadata = {**table.schema.metadata, b"newsevents.dataset_version": b"1.0.1"}
            pq.write_table(table.replace_schema_metadata(metadata), new / path.name)
        else:
            (new / path.name).write_bytes(path.read_bytes())

    def rehash(document):
        for resource in document["resources"]:
            resource["hash"] = "sha256:" + hashlib.sha256((new / resource["path"]).read_bytes()).hexdigest()

    _edit_descriptor(new, rehash)
    diff = _diff(old, new)
    assert not any(table.has_differences for table in diff.tables)
