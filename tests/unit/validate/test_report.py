"""Reports: text for people, JSON for tools, GitHub annotations; and the exit status tiers."""

from __future__ import annotations

import json

import pytest
from newsevents.problems import Problem
from newsevents.validate.report import clean, exit_code, github_annotation, ordered, render, summary_line

TYPO = Problem("seeds/a.yaml", 12, 5, "events.0.status", "unknown code 'planed'", "'occurred' or 'planned'",
               rule="literal_error", suggestion="planned")
OPEN = Problem("events.jsonl", 3, 40, "event_type", "code 'negotiat' is not in the open codelist event_type.csv yet",
               severity="warning", rule="open_codelist", suggestion="negotiate")
ROW = Problem("events.parquet", 5, None, "summary", "row 5: Field required", rule="missing")
MISSING = Problem("gone.csv", message="no such file", rule="file_missing")


def test_text_lines_say_where_what_expected_and_the_suggestion():
    text = render([TYPO], files=1)
    first, last = text.splitlines()
    assert first == ("seeds/a.yaml:12:5: error: events.0.status: unknown code 'planed' "
                     "(expected 'occurred' or 'planned'); did you mean 'planned'?")
    assert last == "1 file checked: invalid (1 error, 0 warnings)"


@pytest.mark.parametrize(("problems", "code", "summary"), [
    ([], 0, "3 files checked: valid (0 errors, 0 warnings)"),
    ([OPEN], 0, "3 files checked: valid (0 errors, 1 warning)"),
    ([OPEN, TYPO, ROW], 1, "3 files checked: invalid (2 errors, 1 warning)"),
    ([TYPO, MISSING], 2, "3 files checked: could not read every input (2 errors, 0 warnings)"),
])
def test_exit_status_tiers(problems, code, summary):
    assert exit_code(problems) == code
    assert summary_line(problems, 3) == summary


def test_json_report_is_a_list_of_objects_and_a_summary():
    document = json.loads(render([OPEN, TYPO], files=2, output_format="json"))
    assert document["summary"] == {"files": 2, "errors": 1, "warnings": 1, "valid": False, "exit_code": 1}
    first = document["problems"][0]
    assert first["file"] == "events.jsonl" and first["line"] == 3 and first["column"] == 40
    assert first["severity"] == "warning" and first["suggestion"] == "negotiate" and first["rule"] == "open_codelist"


def test_github_annotations():
    assert github_annotation(TYPO) == (
        "::error file=seeds/a.yaml,line=12,col=5,title=literal_error events.0.status::unknown code 'planed' "
        "(expected 'occurred' or 'planned'); did you mean 'planned'?")
    assert github_annotation(OPEN).startswith("::warning file=events.jsonl,line=3,col=40,")
    assert github_annotation(ROW) == "::error file=events.parquet,line=5,title=missing summary::row 5: Field required"
    whole_file = Problem("events.parquet", message="not a readable Parquet file", rule="parquet_unreadable")
    assert github_annotation(whole_file) == "::error file=events.parquet,title=parquet_unreadable::not a readable Parquet file"


def test_github_annotation_escapes_what_would_end_a_property_or_the_line():
    odd = Problem("dir,with:odd/a%b.yaml", 1, 1, "k", "50% done\nsecond line", rule="x")
    annotation = github_annotation(odd)
    assert "file=dir%2Cwith%3Aodd/a%25b.yaml," in annotation
    assert annotation.endswith("::50%25 done%0Asecond line") and "\n" not in annotation


def test_github_report_ends_with_the_summary():
    lines = render([TYPO], files=1, output_format="github").splitlines()
    assert lines[0].startswith("::error ") and lines[-1] == "1 file checked: invalid (1 error, 0 warnings)"


def test_whatever_input_put_in_a_problem_prints_on_one_line():
    nasty = Problem("r.json", 1, 2, "key\ud800\nwith newline", "bad \x1b[31m value \u2028 here", rule="x")
    shown = clean(nasty)
    assert "\n" not in shown.field and "\\ud800" in shown.field and "\x1b" not in shown.message
    shown.field.encode("utf-8")  # no lone surrogate left
    assert len(render([nasty], 1).splitlines()) == 2
    assert "\\ud800" in render([nasty], 1, "json")


def test_order_is_by_file_then_position_without_duplicates():
    later = Problem("seeds/a.yaml", 30, 1, message="later")
    earlier = Problem("seeds/a.yaml", 2, 1, message="earlier")
    other = Problem("seeds/b.yaml", 1, 1, message="other")
    assert ordered([later, other, earlier, later]) == [earlier, later, other]
