"""`newsevents diff OLD NEW`: rows added, removed and changed between two releases of the package."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import click


@click.command(name="diff")
@click.argument("old")
@click.argument("new")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True,
              help="text for a terminal, json for programs, markdown for release notes.")
@click.option("--limit", type=click.IntRange(min=0), default=50, show_default=True,
              help="Rows listed per table and kind (added, removed, changed); 0 lists all. Counts are always complete.")
@click.option("--exit-code", is_flag=True, help="Exit 1 when the packages differ (like `git diff --exit-code`).")
@click.option("--repo", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Git repository for revision arguments (default: the one around the current folder).")
@click.option("--path", "package_path", default="dataset", show_default=True,
              help="The package folder inside the repository, for revision arguments.")
def command(old: str, new: str, fmt: str, limit: int, exit_code: bool, repo: Path | None, package_path: str) -> None:
    """Compare two data packages table by table, matching rows by primary key.

    OLD and NEW are package folders (holding datapackage.json) or git revisions: an argument
    that is not an existing folder is read as a revision (a tag such as v1.0.0, HEAD~1, a commit),
    and the package folder (--path, default dataset/) is taken from it with `git archive`.
    `REV:some/folder` names another folder. Compare the working tree with `dataset` itself
    (or WORKTREE, the package folder of the working tree of the repository):

        newsevents diff v1.0.0 dataset
        newsevents diff HEAD~1 HEAD --format json

    Changed rows are listed with each differing field's value before and after; dataset and
    schema version changes are reported too. A difference is not an error: the exit status is 0
    (1 with --exit-code when the packages differ); 2 means they could not be compared.

    Release notes: the Markdown output is the dataset entry for CHANGELOG.md, with Keep a
    Changelog headings (Added, Changed, Removed), e.g.

        newsevents diff v1.0.0 dataset --format markdown --limit 0
    """
    from ..release.diff import DiffError, diff_packages, package_at
    from ..release.diff_report import render

    with tempfile.TemporaryDirectory(prefix="newsevents-diff-") as scratch:
        try:
            old_package = package_at(old, Path(scratch) / "old", repo=repo, path=package_path)
            new_package = package_at(new, Path(scratch) / "new", repo=repo, path=package_path)
            diff = diff_packages(old_package, new_package)
        except DiffError as error:
            click.echo(f"error: {error}", err=True)
            sys.exit(2)
        click.echo(render(diff, fmt, limit or None), nl=False)
    if exit_code and diff.has_differences:
        sys.exit(1)
