"""The bad-input corpus: every invalid fixture yields exactly its one expected error, through the CLI."""

from __future__ import annotations

import csv
import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from newsevents.cli import main

INVALID = Path(__file__).resolve().parents[1] / "fixtures" / "invalid"
NOT_FIXTURES = {"expected.csv", "README.md"}
#: In seeds/, the registries and the articles are the context the readings are checked against.
CONTEXT = {"actors.yaml", "locations.yaml"}


def fixtures() -> set[str]:
    found = set()
    for path in INVALID.rglob("*"):
        name = path.relative_to(INVALID).as_posix()
        in_seeds = path.parent.name == "seeds"
        if path.is_file() and name not in NOT_FIXTURES and not (in_seeds and (path.suffix == ".txt" or path.name in CONTEXT)):
            found.add(name)
    return found


def expected_rows() -> list[dict[str, str]]:
    with open(INVALID / "expected.csv", newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


ROWS = expected_rows()


def test_there_are_enough_fixtures():
    assert len(ROWS) >= 100


def test_every_fixture_has_one_expected_row_and_every_row_a_fixture():
    named = [row["fixture"] for row in ROWS]
    assert len(named) == len(set(named)), "a fixture is listed twice"
    assert not fixtures() - set(named), "fixtures without an expected error"
    assert not set(named) - fixtures(), "expected errors without a fixture"


def validate(*args: str):
    result = CliRunner().invoke(main, ["validate", "--format", "json", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, json.loads(result.output)


@pytest.mark.parametrize("row", ROWS, ids=[row["fixture"] for row in ROWS])
def test_the_fixture_yields_exactly_its_error(row, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # a YAML tag that ran a command would leave its file here
    code, report = validate(str(INVALID / row["fixture"]))
    errors = [p for p in report["problems"] if p["severity"] == "error"]
    found = [(p["rule"], p["field"], "" if p["line"] is None else str(p["line"])) for p in errors]
    assert found == [(row["rule"], row["field"], row["line"])], errors
    assert code == int(row["exit_code"]) == report["summary"]["exit_code"]
    assert errors[0]["file"].endswith(row["fixture"])
    assert not list(tmp_path.iterdir())


def test_yaml_bombs_and_deep_nesting_are_refused_at_once():
    for name in ("reading.billion-laughs.yaml", "reading.deeply-nested.yaml", "events.deeply-nested.json"):
        started = time.perf_counter()
        code, _ = validate(str(INVALID / name))
        assert code == 2 and time.perf_counter() - started < 30, name  # a hang guard, not a speed target


def test_a_python_tag_runs_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, report = validate(str(INVALID / "reading.python-tag.yaml"))
    assert code == 1 and report["problems"][0]["rule"] == "yaml_tag"
    assert not (tmp_path / "newsevents-validate-was-run").exists()


def test_the_whole_corpus_at_once_reports_every_fixture():
    code, report = validate(*sorted(str(INVALID / name) for name in fixtures()))
    assert code == 2  # some inputs cannot be read at all
    failing = {Path(p["file"]).relative_to(INVALID).as_posix() for p in report["problems"] if p["severity"] == "error"}
    assert failing == fixtures()
