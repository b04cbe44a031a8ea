"""`validate_package` on small packages written by the real build code, then broken one way at a time.

Each broken package must give exactly the expected problems (rule, file, field, row): no more, so
one mistake does not cascade, and no less.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from newsevents.build.package import write_package
from newsevents.validate import scan
from newsevents.validate.package import validate_package
from newsevents_schema import (
    Actor,
    ActorAlias,
    Correction,
    Event,
    EventActor,
    EventLocation,
    Location,
    LocationAlias,
    Quantity,
    Source,
)

ARTICLES = {
    "scholz-meloni": (dt.date(2023, 3, 6), "Chancellor Olaf Scholz met Prime Minister Giorgia Meloni in Rome on Monday, "
                      "officials said. About 2,000 police officers guarded the “Quirinale” palace."),
    "ruto-visit": (dt.date(2021, 11, 2), "Kenya’s President William Ruto will visit Addis Ababa next week, his "
                   "spokesman said. The talks could last until the end of the month."),
    "minsk-protest": (dt.date(2020, 7, 15), "Protesters gathered in Minsk in July — some 5,000 people, according to "
                      "Viasna."),
}


def _text(slug: str) -> str:
    published, body = ARTICLES[slug]
    return f" date {published.isoformat()} {body}"


def _span(slug: str, phrase: str, prefix: str) -> dict[str, Any]:
    text = _text(slug)
    start = text.index(phrase)
    return {f"{prefix}_start": start, f"{prefix}_end": start + len(phrase), f"{prefix}_text": phrase}


def _tables() -> dict[str, list[Any]]:
    sources = []
    for slug, (published, _) in ARTICLES.items():
        text = _text(slug)
        sources.append(Source(source_id=f"source/{slug}", file_name=f"{slug}.txt", published_date=published,
                              language="en", text_sha256=hashlib.sha256(text.encode()).hexdigest(),
                              body_start=len(f" date {published.isoformat()} "), char_count=len(text), text=text))
    actor = {"review_status": "confirmed"}
    actors = [
        Actor(actor_id="actor/germany", name="Germany", actor_kind="state", country_code="DEU", **actor),
        Actor(actor_id="actor/olaf-scholz", name="Olaf Scholz", actor_kind="person", country_code="DEU",
              office="Chancellor", affiliation_id="actor/germany", **actor),
        Actor(actor_id="actor/giorgia-meloni", name="Giorgia Meloni", actor_kind="person", country_code="ITA", **actor),
        Actor(actor_id="actor/william-ruto", name="William Ruto", actor_kind="person", country_code="KEN", **actor),
        Actor(actor_id="actor/viasna", name="Viasna", actor_kind="group", country_code="BLR", **actor),
    ]
    place = {"location_kind": "populated_place", "geo_precision": "populated_place", "review_status": "added"}
    locations = [
        Location(location_id="loc/rome", name="Rome", country_code="ITA", latitude=41.89, longitude=12.48, **place),
        Location(location_id="loc/addis-ababa", name="Addis Ababa", country_code="ETH", latitude=9.03, longitude=38.74,
                 **place),
        Location(location_id="loc/minsk", name="Minsk", country_code="BLR", **place),
    ]
    common = {"rule_id": "events.test", "review_status": "needed"}
    events = [
        Event(event_id="event/scholz-meloni/meeting", source_id="source/scholz-meloni", event_type="meet",
              status="occurred", date_start=dt.date(2023, 3, 6), date_end=dt.date(2023, 3, 6), date_precision="day",
              date_text="on Monday", summary="Olaf Scholz met Giorgia Meloni in Rome.",
              **_span("scholz-meloni", "Chancellor Olaf Scholz met Prime Minister Giorgia Meloni in Rome on Monday, "
                      "officials said.", "evidence"),
              **_span("scholz-meloni", "met", "trigger"), **_span("scholz-meloni", "said", "attribution"), **common),
        Event(event_id="event/scholz-meloni/police", source_id="source/scholz-meloni", event_type="mobilize_forces",
              status="occurred", date_precision="unknown", summary="Police guarded the Quirinale palace.",
              **_span("scholz-meloni", "About 2,000 police officers guarded the “Quirinale” palace.", "evidence"),
              **_span("scholz-meloni", "guarded", "trigger"), **common),
        Event(event_id="event/ruto-visit/visit", source_id="source/ruto-visit", event_type="visit", status="planned",
              date_start=dt.date(2021, 11, 8), date_end=dt.date(2021, 11, 14), date_precision="week",
              date_text="next week", summary="William Ruto will visit Addis Ababa.", attributed_to="actor/william-ruto",
              **_span("ruto-visit", "Kenya’s President William Ruto will visit Addis Ababa next week, his spokesman "
                      "said.", "evidence"),
              **_span("ruto-visit", "visit", "trigger"), **_span("ruto-visit", "said", "attribution"), **common),
        Event(event_id="event/ruto-visit/talks", source_id="source/ruto-visit", event_type="negotiate",
              status="proposed", date_start=dt.date(2021, 11, 1), date_end=dt.date(2021, 11, 30),
              date_precision="month", date_text="the end of the month", summary="The talks could last all month.",
              **_span("ruto-visit", "The talks could last until the end of the month.", "evidence"), **common),
        Event(event_id="event/minsk-protest/protest", source_id="source/minsk-protest", event_type="protest",
              status="occurred", date_start=dt.date(2020, 7, 1), date_end=dt.date(2020, 7, 31),
              date_precision="month", date_text="in July", summary="Protesters gathered in Minsk.",
              attributed_to="actor/viasna",
              **_span("minsk-protest", "Protesters gathered in Minsk in July — some 5,000 people, according to Viasna.",
                      "evidence"),
              **_span("minsk-protest", "gathered", "trigger"), **_span("minsk-protest", "according to", "attribution"),
              **common),
    ]
    link = {"review_status": "confirmed"}
    event_actors = [
        EventActor(event_id="event/scholz-meloni/meeting", actor_id="actor/olaf-scholz", role="initiator",
                   **_span("scholz-meloni", "Olaf Scholz", "mention"), **link),
        EventActor(event_id="event/scholz-meloni/meeting", actor_id="actor/giorgia-meloni", role="participant",
                   **_span("scholz-meloni", "Giorgia Meloni", "mention"), **link),
        EventActor(event_id="event/ruto-visit/visit", actor_id="actor/william-ruto", role="initiator",
                   **_span("ruto-visit", "William Ruto", "mention"), **link),
        EventActor(event_id="event/minsk-protest/protest", actor_id="actor/viasna", role="source",
                   **_span("minsk-protest", "Viasna", "mention"), **link),
    ]
    event_locations = [
        EventLocation(event_id="event/scholz-meloni/meeting", location_id="loc/rome", role="occurred_in",
                      **_span("scholz-meloni", "Rome", "mention"), **link),
        EventLocation(event_id="event/ruto-visit/visit", location_id="loc/addis-ababa", role="destination",
                      **_span("ruto-visit", "Addis Ababa", "mention"), **link),
        EventLocation(event_id="event/minsk-protest/protest", location_id="loc/minsk", role="occurred_in",
                      **_span("minsk-protest", "Minsk", "mention"), **link),
    ]
    quantities = [
        Quantity(event_id="event/scholz-meloni/police", item="police officers", value=2000, approximate=True,
                 **_span("scholz-meloni", "About 2,000 police officers", "quantity"), **link),
        Quantity(event_id="event/minsk-protest/protest", item="people", low=4000, high=6000, approximate=True,
                 **_span("minsk-protest", "some 5,000 people", "quantity"), **link),
    ]
    return {
        "sources": sources, "actors": actors, "locations": locations, "events": events,
        "actor_aliases": [ActorAlias(actor_id="actor/olaf-scholz", alias="Scholz")],
        "location_aliases": [LocationAlias(location_id="loc/addis-ababa", alias="Addis")],
        "event_actors": event_actors, "event_locations": event_locations, "quantities": quantities,
        "corrections": [Correction(row_table="events", row_key="event/ruto-visit/talks", field_name="status",
                                   rule_value="planned", curated_value="proposed", rule_id="events.test",
                                   reason="The article says the talks could happen.")],
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("built") / "package"
    folder.mkdir()
    write_package(_tables(), folder)
    return folder


@pytest.fixture
def package(built: Path, tmp_path: Path) -> Path:
    """A private copy of the valid package that a test may break."""
    return Path(shutil.copytree(built, tmp_path / "package"))


def refresh(folder: Path) -> None:
    """Make datapackage.json's bytes and hashes match the files again (a test breaks one thing at a time)."""
    path = folder / "datapackage.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    for resource in document["resources"]:
        file = folder / resource["path"]
        if file.is_file():
            resource["bytes"] = file.stat().st_size
            resource["hash"] = "sha256:" + hashlib.sha256(file.read_bytes()).hexdigest()
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")


def rewrite(folder: Path, table: str, change: Callable[[list[dict[str, Any]]], Any],
            schema: Callable[[pa.Schema], pa.Schema] | None = None) -> None:
    """Rewrite one table's Parquet file with `change` applied to its rows (in place, or returned)."""
    path = folder / f"{table}.parquet"
    arrow = pq.read_table(path)
    rows = arrow.to_pylist()
    rows = change(rows) or rows
    target = schema(arrow.schema) if schema else arrow.schema
    pq.write_table(pa.Table.from_pylist(rows, schema=target), path, compression="zstd")
    refresh(folder)


def nullable(name: str) -> Callable[[pa.Schema], pa.Schema]:
    return lambda schema: schema.set(schema.get_field_index(name), schema.field(name).with_nullable(True))


def retyped(name: str, arrow_type: pa.DataType) -> Callable[[pa.Schema], pa.Schema]:
    return lambda schema: schema.set(schema.get_field_index(name), pa.field(name, arrow_type))


def found(folder: Path) -> set[tuple[str, str, str, int | None, str]]:
    """(rule, file name, field, line, severity) of every problem."""
    return {(p.rule, Path(p.file).name, p.field, p.line, p.severity) for p in validate_package(folder)}


def row_of(folder: Path, table: str, **where: Any) -> int:
    """The 1-based row of the first row matching `where` in the written (sorted) file."""
    rows = pq.read_table(folder / f"{table}.parquet").to_pylist()
    return next(i for i, row in enumerate(rows, 1) if all(row[k] == v for k, v in where.items()))


def edit_row(table_rows: list[dict[str, Any]], where: dict[str, Any], **values: Any) -> None:
    row = next(row for row in table_rows if all(row[k] == v for k, v in where.items()))
    row.update(values)


# -- the valid package ------------------------------------------------------------------------------


def test_a_valid_package_has_no_problems(package):
    assert validate_package(package) == []


def test_the_descriptor_itself_may_be_given(package):
    assert validate_package(package / "datapackage.json") == []


def test_files_are_shown_as_the_user_pointed_at_them(package, monkeypatch):
    monkeypatch.chdir(package.parent)
    rewrite(package, "actors", lambda rows: edit_row(rows, {"actor_id": "actor/viasna"}, country_code="blr"))
    (problem,) = validate_package(Path("package"))
    assert problem.file == "package/actors.parquet"


# -- one broken cell at a time ----------------------------------------------------------------------

EVENT = {"event_id": "event/ruto-visit/visit"}
MEETING = {"event_id": "event/scholz-meloni/meeting"}

CELLS = {
    "pattern": ("actors", {"actor_id": "actor/viasna"}, {"country_code": "Blr"}, None, ("pattern", "country_code")),
    "closed codelist": ("events", EVENT, {"status": "rumoured"}, None, ("codelist", "status")),
    "min length": ("events", EVENT, {"summary": ""}, None, ("min_length", "summary")),
    "above maximum": ("locations", {"location_id": "loc/rome"}, {"latitude": 95.5}, None, ("range", "latitude")),
    "below minimum": ("locations", {"location_id": "loc/rome"}, {"longitude": -180.5}, None, ("range", "longitude")),
    "not a number": ("locations", {"location_id": "loc/rome"}, {"latitude": float("nan")}, None, ("range", "latitude")),
    "negative offset": ("quantities", {"event_id": "event/scholz-meloni/police"}, {"low": -1}, None, ("range", "low")),
    "required null": ("locations", {"location_id": "loc/rome"}, {"name": None}, nullable("name"), ("required", "name")),
    "date order": ("events", MEETING, {"date_start": dt.date(2023, 3, 7)}, None, ("date_order", "date_start")),
    "week start": ("events", EVENT, {"date_start": dt.date(2021, 11, 9)}, None, ("date_precision", "date_precision")),
    "week end": ("events", EVENT, {"date_end": dt.date(2021, 11, 13)}, None, ("date_precision", "date_precision")),
    "month end": ("events", {"event_id": "event/ruto-visit/talks"}, {"date_end": dt.date(2021, 11, 29)}, None,
                  ("date_precision", "date_precision")),
    "unknown with a date": ("events", {"event_id": "event/scholz-meloni/police"}, {"date_start": dt.date(2023, 3, 6)},
                            None, ("date_precision", "date_precision")),
    "no bound": ("events", MEETING, {"date_start": None, "date_end": None}, None, ("date_precision", "date_precision")),
    "year start": ("events", MEETING, {"date_precision": "year", "date_start": dt.date(2023, 3, 1), "date_end": None},
                   None, ("date_precision", "date_precision")),
    "low above high": ("quantities", {"event_id": "event/minsk-protest/protest"}, {"low": 7000}, None,
                       ("quantity_bounds", "low")),
    "value outside": ("quantities", {"event_id": "event/minsk-protest/protest"}, {"value": 9000}, None,
                      ("quantity_bounds", "value")),
    "no amount": ("quantities", {"event_id": "event/minsk-protest/protest"}, {"low": None, "high": None}, None,
                  ("quantity_bounds", "value")),
    "latitude alone": ("locations", {"location_id": "loc/rome"}, {"longitude": None}, None, ("coordinates", "longitude")),
    "self reference": ("actors", {"actor_id": "actor/germany"}, {"affiliation_id": "actor/germany"}, None,
                       ("self_reference", "affiliation_id")),
    "char count": ("sources", {"source_id": "source/ruto-visit"}, {"char_count": 10}, None, ("char_count", "char_count")),
    "body start": ("sources", {"source_id": "source/ruto-visit"}, {"body_start": 10_000}, None, ("body_start", "body_start")),
    "text digest": ("sources", {"source_id": "source/ruto-visit"}, {"text_sha256": "0" * 64}, None,
                    ("text_sha256", "text_sha256")),
    "dangling reference": ("event_locations", {"location_id": "loc/minsk"}, {"location_id": "loc/atlantis"}, None,
                           ("foreign_key", "location_id")),
    "dangling self reference": ("actors", {"actor_id": "actor/olaf-scholz"}, {"affiliation_id": "actor/prussia"}, None,
                                ("foreign_key", "affiliation_id")),
    "dangling source": ("events", EVENT, {"source_id": "source/ruto-visits"}, None, ("foreign_key", "source_id")),
    "evidence text": ("events", EVENT, {"evidence_text": "Kenya’s President William Ruto will visit Addis Ababa next "
                                                         "week, his spokesman sail."}, None, ("evidence", "evidence_text")),
    "trigger text": ("events", MEETING, {"trigger_text": "mat"}, None, ("evidence", "trigger_text")),
    "mention shifted": ("event_actors", {"actor_id": "actor/william-ruto"},
                        {"mention_start": _span("ruto-visit", "William Ruto", "mention")["mention_start"] + 1,
                         "mention_end": _span("ruto-visit", "William Ruto", "mention")["mention_end"] + 1}, None,
                        ("evidence", "mention_text")),
    "quantity after curly quotes": ("quantities", {"event_id": "event/minsk-protest/protest"},
                                    {"quantity_text": "some 5,000 peoplE"}, None, ("evidence", "quantity_text")),
    "span past the end": ("event_locations", {"location_id": "loc/minsk"},
                          {"mention_start": 500, "mention_end": 505}, None, ("evidence", "mention_end")),
    "span length": ("event_actors", {"actor_id": "actor/viasna"}, {"mention_text": "Viasn"}, None,
                    ("span", "mention_text")),
    "span partial": ("events", EVENT, {"trigger_text": None}, None, ("span", "trigger_text")),
    "span backwards": ("events", EVENT, {"trigger_start": 40, "trigger_end": 37}, None, ("span", "trigger_end")),
    "trigger outside": ("events", MEETING, {**_span("scholz-meloni", "guarded", "trigger")}, None,
                        ("span", "trigger_start")),
}


@pytest.mark.parametrize("case", CELLS, ids=list(CELLS))
def test_each_broken_cell_gives_exactly_its_problem(package, case):
    table, where, values, schema, (rule, field) = CELLS[case]
    line = row_of(package, table, **where)
    rewrite(package, table, lambda rows: edit_row(rows, where, **values), schema)
    assert found(package) == {(rule, f"{table}.parquet", field, line, "error")}


def test_an_open_codelist_warns_and_suggests(package):
    line = row_of(package, "events", **EVENT)
    rewrite(package, "events", lambda rows: edit_row(rows, EVENT, event_type="visits"))
    (problem,) = validate_package(package)
    assert (problem.rule, problem.severity, problem.field, problem.line) == ("codelist", "warning", "event_type", line)
    assert problem.suggestion == "visit"


def test_an_open_code_of_the_wrong_shape_is_an_error(package):
    rewrite(package, "events", lambda rows: edit_row(rows, EVENT, event_type="Visit!"))
    assert found(package) == {("pattern", "events.parquet", "event_type", row_of(package, "events", **EVENT), "error")}


def test_a_reference_that_is_not_even_an_id_breaks_the_pattern_too(package):
    line = row_of(package, "event_locations", location_id="loc/minsk")
    rewrite(package, "event_locations", lambda rows: edit_row(rows, {"location_id": "loc/minsk"}, location_id="Minsk"))
    assert found(package) == {("foreign_key", "event_locations.parquet", "location_id", line, "error"),
                              ("pattern", "event_locations.parquet", "location_id", line, "error")}


# -- keys ---------------------------------------------------------------------------------------------


def test_a_repeated_row_in_a_sorted_link_table(package):
    def repeat(rows):
        rows.insert(2, dict(rows[1]))

    rewrite(package, "event_actors", repeat)
    assert found(package) == {("primary_key", "event_actors.parquet", "event_id, actor_id, role", 3, "error")}


def test_a_repeated_key_in_an_unsorted_table(package):
    def shuffle_and_repeat(rows):
        rows.reverse()
        rows.append(dict(rows[0], mention_start=rows[0]["mention_start"]))

    rewrite(package, "event_actors", shuffle_and_repeat)
    rows = pq.read_table(package / "event_actors.parquet").to_pylist()
    problems = validate_package(package)
    assert [(p.rule, p.line) for p in problems] == [("primary_key", 5)]
    assert f"{rows[0]['event_id']}, {rows[0]['actor_id']}, {rows[0]['role']}" in problems[0].message


def test_a_repeated_event_id(package):
    def repeat(rows):
        rows[1]["event_id"] = rows[0]["event_id"]

    rewrite(package, "events", repeat)
    problems = [p for p in validate_package(package) if p.rule == "primary_key"]
    assert [(p.file.endswith("events.parquet"), p.field, p.line) for p in problems] == [(True, "event_id", 2)]


def test_a_missing_referenced_table_skips_its_reference_checks_but_not_the_patterns(package):
    (package / "locations.parquet").unlink()
    rewrite(package, "event_locations", lambda rows: edit_row(rows, {"location_id": "loc/minsk"}, location_id="Minsk"))
    assert found(package) == {
        ("file_missing", "locations.parquet", "", None, "error"),
        ("pattern", "event_locations.parquet", "location_id", row_of(package, "event_locations", location_id="Minsk"),
         "error"),
    }


# -- files and columns --------------------------------------------------------------------------------


def test_a_wrong_hash(package):
    document = json.loads((package / "datapackage.json").read_text())
    resource = next(r for r in document["resources"] if r["name"] == "locations")
    resource["hash"] = resource["hash"][:-6] + ("000000" if not resource["hash"].endswith("000000") else "111111")
    (package / "datapackage.json").write_text(json.dumps(document))
    problems = validate_package(package)
    assert [(p.rule, Path(p.file).name) for p in problems] == [("hash", "locations.parquet")]
    assert "sha256" in problems[0].message


def test_a_wrong_size(package):
    document = json.loads((package / "datapackage.json").read_text())
    next(r for r in document["resources"] if r["name"] == "sources")["bytes"] += 1
    (package / "datapackage.json").write_text(json.dumps(document))
    assert found(package) == {("bytes", "sources.parquet", "", None, "error")}


def test_a_truncated_file(package):
    path = package / "events.parquet"
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    refresh(package)
    problems = validate_package(package)
    assert {(p.rule, Path(p.file).name) for p in problems} == {("corrupt_file", "events.parquet")}
    assert "Parquet" in problems[0].message


def test_garbage_and_an_empty_file(package):
    (package / "actors.parquet").write_bytes(b"not parquet at all\n" * 10)
    (package / "corrections.parquet").write_bytes(b"")
    refresh(package)
    rules = {(p.rule, Path(p.file).name) for p in validate_package(package)}
    # the actor references cannot be checked without actors: no cascade of dangling keys
    assert rules == {("corrupt_file", "actors.parquet"), ("corrupt_file", "corrections.parquet")}


def test_a_damaged_page_in_the_middle(package):
    """Bytes flipped inside the data (not the footer) are reported, never raised."""
    path = package / "sources.parquet"
    data = bytearray(path.read_bytes())
    for at in range(200, 600):
        data[at] ^= 0x5A
    path.write_bytes(bytes(data))
    refresh(package)
    problems = validate_package(package)
    assert ("corrupt_file", "sources.parquet") in {(p.rule, Path(p.file).name) for p in problems}


def test_a_missing_file(package):
    (package / "quantities.parquet").unlink()
    assert found(package) == {("file_missing", "quantities.parquet", "", None, "error")}


def test_a_renamed_column(package):
    rewrite(package, "quantities", lambda rows: [{("amount" if k == "value" else k): v for k, v in row.items()}
                                                 for row in rows],
            lambda schema: schema.set(schema.get_field_index("value"), pa.field("amount", pa.int64())))
    assert found(package) == {("missing_column", "quantities.parquet", "value", None, "error"),
                              ("extra_column", "quantities.parquet", "amount", None, "error")}


def test_a_retyped_column(package):
    rewrite(package, "events", lambda rows: None, retyped("evidence_start", pa.int32()))
    assert found(package) == {("type", "events.parquet", "evidence_start", None, "error")}


def test_text_types_other_encodings_are_accepted(package):
    rewrite(package, "events", lambda rows: None, retyped("summary", pa.large_string()))
    assert validate_package(package) == []


# -- the descriptor -----------------------------------------------------------------------------------


def test_no_descriptor(tmp_path):
    problems = validate_package(tmp_path)
    assert [(p.rule, Path(p.file).name) for p in problems] == [("file_missing", "datapackage.json")]


@pytest.mark.parametrize("text, line", [('{"resources": [', 1), ('{\n  "resources": [}\n', 2)])
def test_a_descriptor_that_is_not_json(package, text, line):
    (package / "datapackage.json").write_text(text)
    (problem,) = validate_package(package)
    assert (problem.rule, problem.line) == ("descriptor", line)


def test_resources_that_do_not_match_the_schema(package):
    document = json.loads((package / "datapackage.json").read_text())
    document["resources"] = [r for r in document["resources"] if r["name"] != "corrections"]
    document["resources"].append({**document["resources"][0], "name": "rumours"})
    document["resources"][1]["path"] = "../actors.parquet"
    (package / "datapackage.json").write_text(json.dumps(document))
    messages = [p.message for p in validate_package(package) if p.rule == "descriptor"]
    assert any("rumours" in m for m in messages)
    assert any("corrections" in m for m in messages)
    assert any("../actors.parquet" in m for m in messages)


# -- output stays bounded -----------------------------------------------------------------------------


def test_many_bad_rows_give_one_problem_with_a_count(package, monkeypatch):
    monkeypatch.setattr(scan, "BATCH_BYTES", 1)  # many small batches: counts and row numbers add up across them
    monkeypatch.setattr(scan, "FLUSH_BYTES", 1)

    def many(rows):
        template = rows[0]
        return [dict(template, actor_id=f"actor/a{i:05d}", country_code="xx") for i in range(5000)]

    rewrite(package, "actors", many)
    problems = [p for p in validate_package(package) if p.rule == "pattern"]
    assert len(problems) == 1
    assert problems[0].line == 1
    assert "in 5,000 rows: row 1 'xx', row 2 'xx'" in problems[0].message
    assert problems[0].message.endswith("row 5 'xx' and 4,995 more")


# -- the same verdicts whatever the memory budgets ------------------------------------------------------

BUDGETS = {
    "keys hashed": {"EXACT_KEY_BYTES": 0},
    "articles read again, one batch at a time": {"TEXT_BUDGET": 0, "BATCH_BYTES": 1},
    "a flush per batch": {"FLUSH_BYTES": 1, "BATCH_BYTES": 1},
}


@pytest.mark.parametrize("budget", BUDGETS, ids=list(BUDGETS))
def test_small_budgets_change_nothing_but_memory(package, monkeypatch, budget):
    for name, value in BUDGETS[budget].items():
        monkeypatch.setattr(scan, name, value)
    assert validate_package(package) == []
    where = {"actor_id": "actor/william-ruto"}
    line = row_of(package, "event_actors", **where)
    start = _span("ruto-visit", "William Ruto", "mention")["mention_start"]
    rewrite(package, "event_actors", lambda rows: edit_row(rows, where, mention_start=start + 1, mention_end=start + 13))
    rewrite(package, "event_locations", lambda rows: edit_row(rows, {"location_id": "loc/minsk"}, location_id="loc/pinsk"))
    assert found(package) == {
        ("evidence", "event_actors.parquet", "mention_text", line, "error"),
        ("foreign_key", "event_locations.parquet", "location_id",
         row_of(package, "event_locations", location_id="loc/pinsk"), "error"),
    }
