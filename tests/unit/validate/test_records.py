"""Record files of one table: which table, strict values, and every problem at its line and column."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from newsevents.arrow import table_schema
from newsevents.problems import InputError
from newsevents.validate import records
from newsevents.validate.records import table_from_name, validate_records

EVENT = {
    "event_id": "event/b-7/strike-called", "source_id": "source/b-7", "event_type": "protest", "status": "announced",
    "date_start": "2024-05-06", "date_end": "2024-05-12", "date_precision": "week", "date_text": "next week",
    "summary": "Dock workers in Rotterdam will strike next week.", "evidence_start": 40, "evidence_end": 52,
    "evidence_text": "will strike.", "review_status": "added",
}
ACTOR = {"actor_id": "actor/fnv", "name": "FNV", "actor_kind": "group", "country_code": "NLD", "review_status": "added"}


def check(tmp_path: Path, name: str, content: str | bytes, table: str | None = None):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return validate_records(path, name, table)


def errors(problems):
    return [p for p in problems if p.severity == "error"]


@pytest.mark.parametrize(("name", "table"), [
    ("events.jsonl", "events"), ("events.2024-05.csv", "events"), ("event_actors-fix.json", "event_actors"),
    ("actor_aliases.parquet", "actor_aliases"), ("my_events.jsonl", None), ("eventsx.csv", None), ("data.json", None),
])
def test_the_table_is_told_by_the_file_name(name, table):
    assert table_from_name(name) == table


def test_a_valid_file_in_every_text_format_passes(tmp_path):
    assert check(tmp_path, "events.json", json.dumps([EVENT, {**EVENT, "event_id": "event/b-7/other"}])) == []
    assert check(tmp_path, "events.jsonl", json.dumps(EVENT) + "\n\n" + json.dumps({**EVENT, "event_id": "event/b-7/x"})) == []
    assert check(tmp_path, "anything.json", json.dumps({"events": [EVENT]})) == []
    header = ",".join(EVENT)
    row = ",".join(f'"{v}"' if "," in str(v) else str(v) for v in EVENT.values())
    assert check(tmp_path, "events.csv", f"{header}\n{row}\n") == []


def test_json_problems_point_at_the_field_of_the_record(tmp_path):
    text = json.dumps([EVENT, {**EVENT, "event_id": "event/b-7/second", "status": "planed"}], indent=2)
    (problem,) = check(tmp_path, "events.json", text)
    line = next(number for number, content in enumerate(text.splitlines(), 1) if '"planed"' in content)
    assert (problem.line, problem.column, problem.field, problem.suggestion) == (line, 5, "status", "planned")


def test_missing_fields_point_at_the_record(tmp_path):
    record = {k: v for k, v in EVENT.items() if k != "summary"}
    (problem,) = check(tmp_path, "events.json", "[\n  " + json.dumps(EVENT) + ",\n     " + json.dumps(record) + "\n]")
    assert (problem.line, problem.column, problem.rule, problem.field) == (3, 6, "missing", "summary")


def test_json_is_strict(tmp_path):
    found = errors(check(tmp_path, "events.jsonl", json.dumps({**EVENT, "evidence_start": "40"}) + "\n"
                         + json.dumps({**EVENT, "event_id": "event/b-7/y", "evidence_end": 52.0}) + "\n"
                         + json.dumps({**EVENT, "event_id": "event/b-7/z", "date_start": 20240506})))
    assert [(p.line, p.field, p.rule) for p in found] == [
        (1, "evidence_start", "int_type"), (2, "evidence_end", "int_type"), (3, "date_start", "date_type")]


def test_the_json_key_names_the_table_and_must_agree_with_table_option(tmp_path):
    text = json.dumps({"actors": [ACTOR]})
    assert errors(check(tmp_path, "events.json", text)) == []          # the key wins over the file name
    (problem,) = check(tmp_path, "x.json", text, table="events")
    assert problem.rule == "table_mismatch"


def test_a_list_without_a_table_is_refused_unless_named(tmp_path):
    with pytest.raises(InputError) as refused:
        check(tmp_path, "data.json", json.dumps([ACTOR]))
    assert refused.value.problems[0].rule == "table_not_named"
    assert errors(check(tmp_path, "data.json", json.dumps([ACTOR]), table="actors")) == []


def test_jsonl_counts_lines_including_blank_and_crlf_ones(tmp_path):
    lines = [json.dumps(ACTOR), "", json.dumps({**ACTOR, "actor_id": "actor/cnv", "actor_kind": "Union"})]
    (problem,) = errors(check(tmp_path, "actors.jsonl", "\r\n".join(lines) + "\r\n"))
    assert problem.line == 3 and problem.field == "actor_kind" and problem.column == json.dumps(ACTOR).index('"actor_kind"') + 1


def test_repeated_keys_are_caught_though_json_keeps_the_last(tmp_path):
    text = json.dumps(ACTOR)[:-1] + ', "name": "Other"}'
    (problem,) = check(tmp_path, "actors.jsonl", text)
    assert problem.rule == "duplicate_key" and problem.column == text.rindex('"name"') + 1


def test_primary_key_is_unique_within_the_file(tmp_path):
    text = "\n".join(json.dumps(a) for a in (ACTOR, {**ACTOR, "name": "Another"}, ACTOR))
    found = check(tmp_path, "actors.jsonl", text)
    assert [(p.line, p.rule) for p in found] == [(2, "primary_key"), (3, "primary_key")]
    assert "first at line 1" in found[0].message


def test_open_codelist_codes_are_warnings_with_a_suggestion(tmp_path):
    (warning,) = check(tmp_path, "actors.jsonl", json.dumps({**ACTOR, "actor_kind": "goverment"}))
    assert warning.severity == "warning" and warning.rule == "open_codelist" and warning.suggestion == "government"
    (new_code,) = check(tmp_path, "actors.jsonl", json.dumps({**ACTOR, "actor_kind": "trade_union"}))  # not listed yet
    assert new_code.severity == "warning" and new_code.suggestion == ""


CSV_HEADER = "location_id,name,location_kind,country_code,latitude,longitude,geo_precision,geonames_id,review_status"


@pytest.mark.parametrize(("row", "field", "expected"), [
    ("loc/gdansk,Gdańsk,populated_place,POL,54.35,north,populated_place,,added", "longitude", "a decimal number"),
    ("loc/gdansk,Gdańsk,populated_place,POL,54.35,18.65,populated_place,3099434.0,added", "geonames_id", "a whole number"),
    ("loc/gdansk,Gdańsk,populated_place,POL,nan,18.65,populated_place,,added", "latitude", "a decimal number"),
    ("loc/gdansk,Gdańsk,populated_place,POL,1_000,18.65,populated_place,,added", "latitude", "a decimal number"),
])
def test_csv_cells_are_converted_by_column_type_with_clear_messages(tmp_path, row, field, expected):
    (problem,) = check(tmp_path, "locations.csv", f"{CSV_HEADER}\n{row}\n")
    assert problem.rule == "csv_value" and problem.field == field and expected in problem.expected
    assert (problem.line, problem.column) == (2, CSV_HEADER.split(",").index(field) + 1)


def test_csv_values_of_every_type_convert(tmp_path):
    header = "event_id,item,value,low,high,approximate,quantity_start,quantity_end,quantity_text,review_status"
    row = "event/b-7/strike-called,dock workers,,1000,9999,TRUE,3,23,thousands of workers,added"
    assert check(tmp_path, "quantities.csv", f"{header}\n{row}\n") == []
    assert check(tmp_path, "events.csv", ",".join(EVENT) + "\n" + ",".join(map(str, EVENT.values())) + "\n") == []


def test_csv_rows_after_a_multiline_cell_keep_their_line(tmp_path):
    header = "actor_id,name,actor_kind,office,review_status"
    text = f'{header}\nactor/a,"A\nB",person,,added\nactor/b,B,person,,added\nactor/c,C,persn,,added\n'
    (problem,) = check(tmp_path, "actors.csv", text)
    assert (problem.line, problem.column, problem.suggestion) == (5, 3, "person")


def test_csv_header_problems_are_reported_once(tmp_path):
    header = "actor_id,nmae,actor_kind,review_status"
    rows = "\n".join(f"actor/a{i},A,person,added" for i in range(5))
    found = errors(check(tmp_path, "actors.csv", f"{header}\n{rows}\n"))
    assert sorted((p.line, p.field, p.suggestion) for p in found) == [(1, "name", ""), (1, "nmae", "name")]


def test_a_spreadsheet_byte_order_mark_is_not_part_of_the_header(tmp_path):
    assert errors(check(tmp_path, "actors.csv", "\ufeffactor_id,name,actor_kind,review_status\nactor/a,A,person,added\n")) == []


def write_parquet(path: Path, rows: list[dict], schema=None) -> None:
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)


def test_parquet_rows_are_validated_and_named_by_number(tmp_path):
    row = {**EVENT, "date_start": dt.date(2024, 5, 6), "date_end": dt.date(2024, 5, 12)}
    write_parquet(tmp_path / "data.parquet", [row, {**row, "event_id": "event/b-7/x", "date_end": dt.date(2024, 5, 11)}],
                  table_schema("events"))
    (problem,) = validate_records(tmp_path / "data.parquet", "data.parquet")  # the schema's metadata names the table
    assert problem.line == 2 and problem.message.startswith("row 2: ") and "Sunday" in problem.message


def test_parquet_integer_widths_and_all_null_columns_are_accepted(tmp_path):
    schema = pa.schema([("actor_id", pa.string()), ("name", pa.large_string()), ("actor_kind", pa.string()),
                        ("office", pa.null()), ("review_status", pa.string())])
    write_parquet(tmp_path / "actors.parquet", [{"actor_id": "actor/a", "name": "A", "actor_kind": "person",
                                                 "office": None, "review_status": "added"}], schema)
    assert validate_records(tmp_path / "actors.parquet", "actors.parquet") == []
    write_parquet(tmp_path / "quantities.parquet", [{"event_id": "event/a/b", "item": "troops", "value": 3, "approximate": False,
                                                     "quantity_start": 0, "quantity_end": 1, "quantity_text": "3",
                                                     "review_status": "added"}],
                  pa.schema([("event_id", pa.string()), ("item", pa.string()), ("value", pa.int8()), ("approximate", pa.bool_()),
                             ("quantity_start", pa.int32()), ("quantity_end", pa.uint16()), ("quantity_text", pa.string()),
                             ("review_status", pa.string())]))
    assert validate_records(tmp_path / "quantities.parquet", "quantities.parquet") == []


def test_files_that_cannot_be_read_are_refused(tmp_path, monkeypatch):
    with pytest.raises(InputError) as missing:
        validate_records(tmp_path / "events.jsonl", "events.jsonl")
    assert missing.value.problems[0].rule == "file_missing"
    monkeypatch.setattr(records, "MAX_RECORDS_BYTES", 100)
    with pytest.raises(InputError) as large:
        check(tmp_path, "events.jsonl", json.dumps(EVENT))
    assert large.value.problems[0].rule == "file_too_large" and "at most 100" in large.value.problems[0].message
    with pytest.raises(InputError) as large_parquet:
        check(tmp_path, "events.parquet", b"PAR1" + b"\x00" * 200)
    assert large_parquet.value.problems[0].rule == "file_too_large"
