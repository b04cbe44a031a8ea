"""`newsevents link` on a real article: the rules run, a hand-written reading is linked to their
candidates, `--check` reports without writing, and bad input gets a clear message and exit status 2."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from newsevents.cli import main

ARTICLE = (" date 2023-05-10 Peruvian Foreign Minister Ana Cecilia Gervasi will travel to Brasilia on Friday for "
           "talks with Brazil, the ministry said.\n\nPolice arrested dozens of protesters in Lima yesterday, "
           "officials claimed.")
PROVENANCE = ("review", "candidate", "rule_id")


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def by_hand(entry: dict) -> dict:
    """A draft entry as a curator would have written it without the rules: no review fields."""
    entry = {k: v for k, v in entry.items() if k not in PROVENANCE}
    for kind in ("actors", "locations", "quantities"):
        if kind in entry:
            entry[kind] = [{k: v for k, v in item.items() if k not in PROVENANCE} for item in entry[kind]]
    if entry.get("date", {}).get("rule_id"):
        entry["date"] = {k: v for k, v in entry["date"].items() if k != "rule_id"}
    return {k: v for k, v in entry.items() if v not in (None, [])}


@pytest.fixture
def article(tmp_path: Path) -> Path:
    """An article and a reading of it written by hand: the visit as the rules see it, the arrest with
    another status, and a statement the rules do not propose."""
    path = tmp_path / "lima.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    draft = yaml.safe_load(run("extract", str(path), "--seeds", str(tmp_path)).stdout)
    events = {event["trigger"]["text"]: event for event in draft["events"]}
    visit, arrest = by_hand(events["travel"]), by_hand(events["arrested"])
    arrest["status"] = "occurred"  # the curator reads the arrest as fact, not the officials' claim
    said = ARTICLE.index("said")
    statement = {"event_id": "event/lima/ministry-statement", "event_type": "make_statement", "status": "occurred",
                 "summary": "The ministry announced the trip.",
                 "evidence": {"start": said - 13, "end": said + 4, "text": "the ministry said"},
                 "trigger": {"start": said, "end": said + 4, "text": "said"}, "date": {"precision": "unknown"}}
    reading = {"source": draft["source"], "events": [visit, arrest, statement]}
    text = yaml.safe_dump(reading, sort_keys=False, allow_unicode=True, width=4096)
    path.with_suffix(".yaml").write_text("# Reading of lima.txt, by hand.\n" + text.replace(
        "events:\n", "events:\n# the trip (kept as the rules saw it)\n", 1), encoding="utf-8")
    return path


def test_link_confirms_corrects_and_keeps_what_the_rules_missed(article):
    reading = article.with_suffix(".yaml")
    result = run("link", str(reading))
    assert result.exit_code == 0, result.output
    linked = yaml.safe_load(reading.read_text(encoding="utf-8"))
    visit, arrest, statement = linked["events"]
    assert visit["review"] == "confirmed" and visit["candidate"].startswith("event@") and visit["rule_id"]
    assert all(item["review"] == "confirmed" for kind in ("actors", "locations") for item in visit.get(kind, []))
    assert arrest["review"] == "corrected" and "reason" not in arrest
    assert "review" not in statement and "candidate" not in statement
    text = reading.read_text(encoding="utf-8")
    assert text.startswith("# Reading of lima.txt, by hand.\n") and "# the trip (kept as the rules saw it)" in text
    assert "need a `reason`" in result.stderr and "status (rule: 'claimed', here: 'occurred')" in result.stderr
    talks = ARTICLE.index("talks")
    assert f"candidate: event@{talks}-{talks + 5}" in result.stderr  # the unused candidate, to reject


def test_check_reports_what_would_change_without_writing(article):
    reading = article.with_suffix(".yaml")
    before = reading.read_bytes()
    result = run("link", str(reading), "--check")
    assert result.exit_code == 1
    assert "+  review: confirmed" in result.stdout and "would change" in result.stderr
    assert reading.read_bytes() == before
    assert run("link", str(reading)).exit_code == 0
    linked = reading.read_bytes()
    again = run("link", str(reading), "--check")
    assert again.exit_code == 0 and again.stdout == "" and "unchanged" in again.stderr
    assert reading.read_bytes() == linked


def test_stdout_prints_the_linked_reading_and_leaves_the_file(article):
    reading = article.with_suffix(".yaml")
    before = reading.read_bytes()
    result = run("link", str(reading), "--stdout")
    assert result.exit_code == 0
    assert yaml.safe_load(result.stdout)["events"][0]["review"] == "confirmed"
    assert reading.read_bytes() == before


@pytest.mark.parametrize(("damage", "message"), [
    (lambda reading, article: reading.unlink(), "cannot read the file"),
    (lambda reading, article: reading.write_text("events: [unclosed\n", encoding="utf-8"), "invalid YAML"),
    (lambda reading, article: article.unlink(), "no article"),
    (lambda reading, article: reading.write_text(
        reading.read_text(encoding="utf-8").replace("status: occurred", "status: occured"), encoding="utf-8"),
     "unknown code 'occured'"),
])
def test_bad_input_gets_a_message_and_status_2_and_the_file_is_untouched(article, damage, message):
    reading = article.with_suffix(".yaml")
    damage(reading, article)
    before = reading.read_bytes() if reading.exists() else None
    result = run("link", str(reading))
    assert result.exit_code == 2, result.output
    assert message in result.stderr and "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)
    assert (reading.read_bytes() if reading.exists() else None) == before


def test_the_seed_reading_is_linked_and_every_candidate_reviewed(root):
    result = run("link", str(root / "seeds" / "000_9999db3ac14877e5.yaml"), "--check")
    assert result.exit_code == 0, result.stdout
    assert "candidates no entry uses" not in result.stderr and "need a `reason`" not in result.stderr
