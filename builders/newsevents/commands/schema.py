"""`newsevents schema`: regenerate the derived schema files; check compatibility with the last release."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from ..release.compat import CheckResult


@click.group(name="schema")
def command() -> None:
    """Schema artifacts and compatibility."""


@command.command(name="generate")
@click.option("--check", is_flag=True, help="Only report derived files that differ from the models; exit 1 if any.")
def generate(check: bool) -> None:
    """Regenerate JSON Schema, Table Schema, Arrow schema and the codebook from the pydantic models."""
    from ..schema_files import GENERATE_COMMAND, stale_files, write_files

    if check:
        stale = stale_files()
        for name in stale:
            click.echo(f"stale: schema/{name}", err=True)
        if stale:
            click.echo(f"run `{GENERATE_COMMAND}` and commit the result", err=True)
            sys.exit(1)
        click.echo("derived schema files are up to date")
        return
    written = write_files()
    click.echo(f"wrote {len(written)} file(s)" + "".join(f"\n  schema/{name}" for name in written))


def _baselines_option(function):
    return click.option(
        "--baselines", "baselines_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
        help="Folder of released baselines, one sub-folder per version (default: schema/baseline/).",
    )(function)


def _default_baselines() -> Path:
    from ..schema_files import schema_root

    return schema_root() / "baseline"


def _shown(path: Path) -> str:
    """A path relative to the current folder when it lies below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _print_result(result: CheckResult, baseline: Path) -> None:
    click.echo(f"schema {result.old_version} (baseline {_shown(baseline)}) → {result.new_version} (current models)")
    if not result.changes:
        click.echo("no changes since the baseline")
    width = max((len(change.label) for change in result.changes), default=0)
    for change in result.changes:
        click.echo(f"  {change.label:<{width}}  {change.where}: {change.what}")
    if result.deprecations:
        click.echo("deprecations:")
        for deprecation in result.deprecations:
            since = f" since {deprecation.since}" if deprecation.since else ""
            note = f": {deprecation.note}" if deprecation.note else ""
            click.echo(f"  {deprecation.where}: deprecated{since}{note}" + (" (new)" if deprecation.new else ""))
    for warning in result.warnings:
        click.echo(f"warning: {warning}")
    for error in result.errors:
        click.echo(f"error: {error}", err=True)


def _checked(baselines_dir: Path | None) -> tuple[Path | None, CheckResult | None]:
    """The latest baseline and the check of the current schema against it (None, None without one)."""
    from ..release.compat import check, current_snapshot, latest_baseline, load_snapshot

    root = baselines_dir or _default_baselines()
    baseline = latest_baseline(root)
    if baseline is None:
        return None, None
    return baseline, check(load_snapshot(baseline), current_snapshot())


@command.command(name="check")
@_baselines_option
def check(baselines_dir: Path | None) -> None:
    """Compare the models and codelists with the last released schema; exit 1 on an unreleasable change.

    Every change is printed with its class: breaking (needs a major version), compatible (minor)
    or compatible (patch). The check fails when a breaking change comes without a major bump of
    newsevents_schema.version.__version__, when the version goes backwards, or when a field or code
    is removed without having been deprecated in a release first. Deprecated fields and codes are
    listed.
    """
    from ..release.compat import CompatError

    try:
        baseline, result = _checked(baselines_dir)
    except CompatError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(1)
    if baseline is None:
        click.echo(f"error: no released baseline in {_shown(baselines_dir or _default_baselines())}; "
                   "run `newsevents schema release` for the first release", err=True)
        sys.exit(1)
    _print_result(result, baseline)
    if not result.ok:
        click.echo("schema check failed", err=True)
        sys.exit(1)
    click.echo("schema check passed")


@command.command(name="release")
@_baselines_option
def release(baselines_dir: Path | None) -> None:
    """Record the current schema as released: write schema/baseline/<version>/.

    The baseline holds the generated JSON Schema and Table Schema files and the codelist CSVs;
    `newsevents schema check` compares later schemas with the latest one. The current schema must
    pass the check first, and a released baseline is never rewritten: a changed schema needs a new
    version.
    """
    from newsevents_schema import __version__

    from ..release.compat import CompatError, release_files, write_baseline

    root = baselines_dir or _default_baselines()
    try:
        baseline, result = _checked(root)
        if result is not None:
            _print_result(result, baseline)
            if not result.ok:
                click.echo("not released: the schema check failed", err=True)
                sys.exit(1)
        folder, written = write_baseline(root, release_files(), __version__)
    except CompatError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(1)
    if written:
        click.echo(f"released schema {__version__}: wrote {_shown(folder)}")
    else:
        click.echo(f"schema {__version__} is already released ({_shown(folder)})")
