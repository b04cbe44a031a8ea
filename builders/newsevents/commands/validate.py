"""`newsevents validate [PATH ...]`: curation YAML, record files or a whole data package, every problem located."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..problems import InputError, Problem
from ..validate.kinds import RECORD_FORMATS, YAML_SUFFIXES
from ..validate.report import FORMATS
from ..validate.spec import table_specs

PACKAGE_FILE = "datapackage.json"
DEFAULT_PATH = Path("seeds")


def _package(folder: Path, display: str) -> list[Problem]:
    try:
        from ..validate.package import validate_package
    except ModuleNotFoundError as error:
        if error.name != "newsevents.validate.package":
            raise
        return [Problem(display, message="package validation is not available in this installation",
                        rule="package_unavailable")]
    try:
        return validate_package(folder)
    except InputError as error:
        return error.problems


def collect(paths: list[Path], table: str | None = None) -> tuple[list[Problem], int]:
    """Every problem of the given files and folders, and how many files were checked."""
    def wanted(path: Path) -> bool:
        return path.suffix.lower() in YAML_SUFFIXES or path.suffix.lower() in RECORD_FORMATS

    problems: list[Problem] = []
    curation: list[tuple[Path, str]] = []
    whole: list[Path] = []
    files = 0
    for path in paths:
        package = path if (path / PACKAGE_FILE).is_file() else path.parent if path.name == PACKAGE_FILE else None
        if package is not None and path.exists():
            problems += _package(package, str(path))
            files += 1
            continue
        if path.is_dir():
            found = sorted(entry for entry in path.iterdir() if entry.is_file() and wanted(entry))
            if not found:
                problems.append(Problem(str(path), message="nothing to validate in this folder", rule="nothing_to_validate",
                                        expected="curation YAML, record files (JSON, JSONL, CSV, Parquet) or a datapackage.json"))
            whole.append(path)
        else:
            found = [path]
        for file in found:
            files += 1
            display = str(file)
            if not file.exists():
                problems.append(Problem(display, message="no such file", rule="file_missing"))
            elif file.suffix.lower() in YAML_SUFFIXES:
                curation.append((file, display))
            elif file.suffix.lower() in RECORD_FORMATS:
                from ..validate.records import validate_records

                try:
                    problems += validate_records(file, display, table)
                except InputError as error:
                    problems += error.problems
            else:
                problems.append(Problem(display, message=f"not a file newsevents validates ({file.suffix or 'no suffix'})",
                                        expected="*.yaml, *.json, *.jsonl, *.csv, *.parquet or a data package folder",
                                        rule="file_kind"))
    if curation or whole:
        from ..validate.contributions import validate_curation

        problems += validate_curation(curation, whole)
    return problems, files


@click.command(name="validate")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path), metavar="[PATH]...")
@click.option("--table", type=click.Choice(list(table_specs())),
              help="The table of record files whose name or content does not say (events.csv says it).")
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="text", show_default=True,
              help="text for people, json for tools, github for GitHub Actions annotations.")
def command(paths: tuple[Path, ...], table: str | None, output_format: str) -> None:
    """Validate curation files, record files or a data package (default: seeds/).

    PATH is a curation YAML file (seeds/actors.yaml, seeds/locations.yaml, seeds/<article>.yaml), a record
    file of one table (events.jsonl, actors.csv, locations.json, events.parquet), a folder of such files, or
    a data package (a folder with datapackage.json). Exit status: 0 valid (warnings allowed), 1 invalid,
    2 unreadable input or wrong usage.
    """
    from ..validate.report import exit_code, render

    if not paths:
        if not DEFAULT_PATH.is_dir():
            raise click.UsageError("give a PATH to validate (there is no seeds/ folder here)")
        paths = (DEFAULT_PATH,)
    problems, files = collect(list(paths), table)
    click.echo(render(problems, files, output_format), nl=False)
    sys.exit(exit_code(problems))
