"""`newsevents build` on bad curation: a located message, exit 1, and the published package untouched."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from newsevents.cli import main

READING = "000_9999db3ac14877e5.yaml"


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture
def published(tmp_path, seeds_copy) -> Path:
    out = tmp_path / "dataset"
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds_copy), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def _edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _first_line(path: Path, pattern: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if re.search(pattern, line):
            return number
    raise AssertionError(pattern)


CASES = {
    "bad YAML": (READING, "events:", "events: [", "invalid YAML"),
    "unknown field": (READING, "    status:", "    stauts:", "stauts"),
    "wrong type": (READING, "  - event_id:", "  - event_id: 5\n    x_event_id:", "event_id"),
    "unknown code": (READING, "status: planned", "status: planed", "unknown code 'planed'"),
    "unresolved id": (READING, "actor_id: actor/antony-blinken", "actor_id: actor/anthony-blinken", "actor/anthony-blinken"),
    "unknown registry code": ("actors.yaml", "actor_kind: person", "actor_kind: persn", "persn"),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_bad_curation_stops_the_build(case, seeds_copy, published):
    file_name, old, new, expected = CASES[case]
    before = _snapshot(published)
    _edit(seeds_copy / file_name, old, new)
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds_copy), "--out", str(published)])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert f"seeds/{file_name}:" in result.output and expected in result.output, result.output
    assert re.search(rf"seeds/{re.escape(file_name)}:\d+", result.output)
    assert _snapshot(published) == before


def test_evidence_that_does_not_match_names_the_line(seeds_copy, published):
    reading = seeds_copy / READING
    line = _first_line(reading, r"evidence: \{start: \d+")
    text = reading.read_text(encoding="utf-8").splitlines()
    text[line - 1] = re.sub(r"start: (\d+)", lambda m: f"start: {int(m[1]) + 1}", text[line - 1], count=1)
    text[line - 1] = re.sub(r"end: (\d+)", lambda m: f"end: {int(m[1]) + 1}", text[line - 1], count=1)
    reading.write_text("\n".join(text) + "\n", encoding="utf-8")
    before = _snapshot(published)
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds_copy), "--out", str(published)])
    assert result.exit_code == 1
    assert f"seeds/{READING}:{line}:" in result.output and "the article has" in result.output, result.output
    assert _snapshot(published) == before


def test_a_changed_article_is_caught(seeds_copy, published):
    article = seeds_copy / "000_9999db3ac14877e5.txt"
    article.chmod(0o644)
    article.write_text(article.read_text(encoding="utf-8").replace("Russia and Belarus", "Russia and  Belarus", 1),
                       encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds_copy), "--out", str(published)])
    assert result.exit_code == 1 and "the article has" in result.output


def test_check_reports_drift(seeds_copy, published):
    runner = CliRunner()
    assert runner.invoke(main, ["build", "--check", "--seeds", str(seeds_copy), "--out", str(published)]).exit_code == 0
    (published / "events.parquet").write_bytes(b"")
    result = runner.invoke(main, ["build", "--check", "--seeds", str(seeds_copy), "--out", str(published)])
    assert result.exit_code == 1 and "events.parquet" in result.output


def test_a_deprecated_review_status_is_read_but_reported_where_it_stands(seeds_copy, tmp_path):
    reading = seeds_copy / READING
    _edit(reading, ", review: confirmed", ", review: unreviewed")
    line = _first_line(reading, r"review: unreviewed")
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds_copy), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert re.search(rf"seeds/{READING}:{line}:\d+: warning: .*'unreviewed'.*deprecated", result.output), result.output
    assert "1 unreviewed" in result.output  # read as `needed`: still to review
