"""`newsevents validate`: files, folders and packages in; located problems, three formats and exit 0/1/2 out."""

from __future__ import annotations

import json
import re
import shutil
import sys
import types
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from newsevents.cli import main
from newsevents.problems import Problem
from newsevents_schema import TABLES_BY_NAME

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
VALID = FIXTURES / "valid"
HOOKS = Path(__file__).resolve().parents[2] / ".pre-commit-hooks.yaml"


def run(*args: str):
    result = CliRunner().invoke(main, ["validate", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.fixture
def seeds(tmp_path) -> Path:
    target = tmp_path / "seeds"
    shutil.copytree(VALID / "seeds", target)
    return target


def test_valid_contributions_exit_0():
    result = run(str(VALID), str(VALID / "seeds"))
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith("10 files checked: valid (0 errors, 0 warnings)")


def test_the_default_path_is_seeds(seeds, monkeypatch):
    monkeypatch.chdir(seeds.parent)
    assert run().exit_code == 0
    monkeypatch.chdir(seeds)
    result = run()
    assert result.exit_code == 2 and "give a PATH" in result.output


def test_an_invalid_reading_exits_1_with_file_line_column(seeds):
    reading = seeds / "102_nairobi_arrests.yaml"
    reading.write_text(reading.read_text(encoding="utf-8").replace("role: target", "role: targt"), encoding="utf-8")
    result = run(str(seeds))
    assert result.exit_code == 1
    assert re.search(rf"^{re.escape(str(reading))}:24:\d+: error: events\.0\.actors\.1\.role: unknown code 'targt' "
                     r"\(expected .*'target'.*\); did you mean 'target'\?$", result.output, re.M), result.output
    assert result.output.splitlines()[-1] == "4 files checked: invalid (1 error, 0 warnings)"


def test_warnings_alone_exit_0(tmp_path):
    record = json.loads((VALID / "events.jsonl").read_text(encoding="utf-8").splitlines()[0])
    (tmp_path / "events.jsonl").write_text(json.dumps({**record, "event_type": "hold_referendum"}) + "\n", encoding="utf-8")
    result = run(str(tmp_path / "events.jsonl"))
    assert result.exit_code == 0 and ": warning: event_type: code 'hold_referendum'" in result.output


def test_json_format(seeds):
    actors = seeds / "actors.yaml"
    actors.write_text(actors.read_text(encoding="utf-8").replace("actor_kind: person", "actor_kind: Person", 1), encoding="utf-8")
    result = run("--format", "json", str(actors))
    report = json.loads(result.output)
    assert result.exit_code == 1 and report["summary"] == {"files": 1, "errors": 1, "warnings": 0, "valid": False, "exit_code": 1}
    (problem,) = report["problems"]
    line = actors.read_text(encoding="utf-8").splitlines().index("  actor_kind: Person") + 1
    assert problem["file"] == str(actors) and problem["line"] == line and problem["field"] == "actors.2.actor_kind"
    assert problem["suggestion"] == "person"


def test_github_format(seeds):
    reading = seeds / "101_chile_argentina_visit.yaml"
    reading.write_text(reading.read_text(encoding="utf-8").replace("status: planned", "status: planed"), encoding="utf-8")
    lines = run("--format", "github", str(reading)).output.splitlines()
    assert lines[0].startswith(f"::error file={reading},line=9,col=3,title=literal_error events.0.status::unknown code 'planed'")
    assert lines[0].endswith("did you mean 'planned'?") and lines[-1].endswith("invalid (1 error, 0 warnings)")


@pytest.mark.parametrize("args", [
    ["--format", "xml", "seeds"],
    ["--table", "evnts", "x.csv"],
])
def test_usage_errors_exit_2(args):
    assert run(*args).exit_code == 2


def test_unreadable_inputs_exit_2(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "readme.txt").write_text("hello", encoding="utf-8")
    for target in (tmp_path / "missing.yaml", tmp_path / "empty", tmp_path / "readme.txt"):
        result = run(str(target))
        assert result.exit_code == 2, target
        assert result.output.startswith(str(target)), result.output


def test_table_option_names_the_table_of_an_unnamed_file(tmp_path):
    data = tmp_path / "contribution.csv"
    shutil.copy(VALID / "actors.csv", data)
    assert run(str(data)).exit_code == 2
    assert run("--table", "actors", str(data)).exit_code == 0
    assert run("--table", "locations", str(data)).exit_code == 1


def test_size_limits_are_enforced(tmp_path, monkeypatch):
    from newsevents.validate import contributions, records

    monkeypatch.setattr(records, "MAX_RECORDS_BYTES", 1000)
    monkeypatch.setattr(contributions, "MAX_YAML_BYTES", 1000)
    result = run(str(VALID / "events.jsonl"), str(VALID / "seeds" / "actors.yaml"))
    assert result.exit_code == 2 and result.output.count("at most 1,000 are accepted") == 2


def test_a_package_folder_or_descriptor_goes_to_the_package_validator(tmp_path, monkeypatch):
    package = tmp_path / "dataset"
    package.mkdir()
    (package / "datapackage.json").write_text("{}", encoding="utf-8")
    calls = []

    def validate_package(path: Path) -> list[Problem]:
        calls.append(path)
        return [Problem(str(path / "events.parquet"), 4, None, "status", "unknown code", rule="codelist")]

    monkeypatch.setitem(sys.modules, "newsevents.validate.package", types.SimpleNamespace(validate_package=validate_package))
    for target in (package, package / "datapackage.json"):
        result = run(str(target))
        assert result.exit_code == 1 and "events.parquet:4: error: status: unknown code" in result.output
    assert calls == [package, package]


def test_the_published_package_of_valid_seeds_validates(tmp_path):
    pytest.importorskip("newsevents.validate.package")
    from newsevents.build.run import build

    build(VALID / "seeds", tmp_path / "dataset")
    result = run(str(tmp_path / "dataset"))
    assert result.exit_code == 0, result.output


def test_the_pre_commit_hook():
    (hook,) = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    assert hook["id"] == "newsevents-validate" and hook["entry"] == "newsevents validate"
    files = re.compile(hook["files"])
    chosen = ["seeds/actors.yaml", "seeds/000_9999db3ac14877e5.yaml", "contrib/events.jsonl", "events-2022.csv",
              "out/event_actors.parquet", "locations.json", "dataset/datapackage.json", "seeds/x.yml"]
    ignored = ["package.json", "config/settings.yaml", "my_events.csv", "seeds/000_9999db3ac14877e5.txt", "docs/x.md",
               ".github/workflows/ci.yaml"]
    assert [name for name in chosen if not files.search(name)] == []
    assert [name for name in ignored if files.search(name)] == []
    named = set(re.search(r"\(([a-z_|]+)\)\(\[-\.\]", hook["files"])[1].split("|"))
    assert named == set(TABLES_BY_NAME), "the hook's table names drifted from the schema"
