"""`newsevents diff` on folders and on git revisions: what a release manager runs before tagging."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from newsevents.build.package import write_package
from newsevents.cli import main
from newsevents_schema import TABLES, Location, Source

TEXT = " date 2021-09-14 Chilean troops reached Temuco on Monday, officials in Santiago said."


def _source() -> Source:
    return Source(source_id="source/chile-deployment", file_name="chile-deployment.txt",
                  published_date=dt.date(2021, 9, 14), language="en",
                  text_sha256=hashlib.sha256(TEXT.encode()).hexdigest(), body_start=17, char_count=len(TEXT), text=TEXT)


def _place(slug: str, name: str, **extra) -> Location:
    return Location(location_id=f"loc/{slug}", name=name, location_kind="populated_place", country_code="CHL",
                    geo_precision="populated_place", review_status="added", **extra)


def _write(folder: Path, locations: list[Location]) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    tables = {table.table_name: [] for table in TABLES}
    tables.update(sources=[_source()], locations=locations)
    write_package(tables, folder)
    return folder


OLD = [_place("temuco", "Temuco"), _place("santiago", "Santiago")]
NEW = [_place("temuco", "Temuco", latitude=-38.74, longitude=-72.6), _place("valdivia", "Valdivia")]


def _run(*args: str):
    return CliRunner().invoke(main, ["diff", *args])


@pytest.fixture
def packages(tmp_path) -> tuple[Path, Path]:
    return _write(tmp_path / "old", OLD), _write(tmp_path / "new", NEW)


def test_text_report_and_exit_codes(packages):
    old, new = packages
    result = _run(str(old), str(new))
    assert result.exit_code == 0, result.output
    assert "locations: 2 → 2 rows: 1 added, 1 removed, 1 changed" in result.output
    assert "  + loc/valdivia" in result.output and "  - loc/santiago" in result.output
    assert "      latitude: null → -38.74" in result.output
    assert _run(str(old), str(new), "--exit-code").exit_code == 1
    assert _run(str(old), str(old), "--exit-code").exit_code == 0


def test_json_and_markdown(packages):
    old, new = packages
    document = json.loads(_run(str(old), str(new), "--format", "json").output)
    locations = next(t for t in document["tables"] if t["name"] == "locations")
    assert locations["counts"] == {"added": 1, "removed": 1, "changed": 1}
    assert locations["changed"][0]["fields"]["longitude"] == {"before": None, "after": -72.6}
    markdown = _run(str(old), str(new), "--format", "markdown").output
    assert "| `locations` | 2 → 2 | 1 | 1 | 1 |" in markdown
    assert "### Removed\n\n- `locations` (1): `loc/santiago`" in markdown


def test_not_a_package_exits_2(tmp_path):
    (tmp_path / "empty").mkdir()
    result = _run(str(tmp_path / "empty"), str(tmp_path / "empty"))
    assert result.exit_code == 2 and "no datapackage.json" in result.output


@pytest.fixture
def repo(tmp_path) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    root = tmp_path / "repo"
    root.mkdir()
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}

    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, env=env)

    git("init", "-q")
    _write(root / "dataset", OLD)
    git("add", "dataset")
    git("commit", "-q", "-m", "release 1.0.0")
    git("tag", "v1.0.0")
    _write(root / "dataset", NEW)
    git("add", "dataset")
    git("commit", "-q", "-m", "more places")
    return root


def test_git_revisions(repo):
    result = _run("v1.0.0", "HEAD", "--repo", str(repo))
    assert result.exit_code == 0, result.output
    assert "1 added, 1 removed, 1 changed" in result.output and "(v1.0.0 → HEAD)" in result.output
    # a revision against the working tree's folder, and the REV:PATH form
    assert "1 added, 1 removed" in _run("HEAD~1", str(repo / "dataset"), "--repo", str(repo)).output
    same = _run("HEAD:dataset", str(repo / "dataset"), "--repo", str(repo), "--exit-code")
    assert same.exit_code == 0, same.output


def test_worktree_names_the_working_trees_package(repo):
    same = _run("WORKTREE", str(repo / "dataset"), "--repo", str(repo), "--exit-code")
    assert same.exit_code == 0, same.output
    against_tag = _run("v1.0.0", "WORKTREE", "--repo", str(repo), "--format", "json")
    assert against_tag.exit_code == 0, against_tag.output
    locations = next(t for t in json.loads(against_tag.output)["tables"] if t["name"] == "locations")
    assert locations["counts"] == {"added": 1, "removed": 1, "changed": 1}


def test_unknown_revision_or_path_exits_2(repo):
    unknown = _run("v9.9.9", "HEAD", "--repo", str(repo))
    assert unknown.exit_code == 2 and "neither a package folder nor a git revision" in unknown.output
    missing = _run("HEAD", "HEAD", "--repo", str(repo), "--path", "no-such-folder")
    assert missing.exit_code == 2 and "cannot read" in missing.output
    nowhere = _run(str(repo / "no-such-dir"), "HEAD", "--repo", str(repo))
    assert nowhere.exit_code == 2 and "Traceback" not in nowhere.output
