"""`newsevents build`: seeds/ in, dataset/ out."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..problems import InputError


def _print_coverage(report: dict) -> None:
    for name, entry in report.items():
        click.echo(f"{name}: {entry['candidates_proposed']} candidates; {entry['confirmed']} confirmed, "
                   f"{entry['corrected']} corrected, {entry['rejected']} rejected, {entry['added_by_hand']} added by hand, "
                   f"{entry['unreviewed']} unreviewed")
        for kind, score in entry.get("rules_against_curation", {}).items():
            if "precision" in score:
                click.echo(f"  rules vs curation, {kind}: precision {score['precision']}, recall {score['recall']} "
                           f"({score['proposed']} proposed, {score['curated']} curated)")
            else:
                click.echo(f"  rules vs curation, {kind}: {score['agreeing']}/{score['matched']} agree")


@click.command(name="build")
@click.option("--seeds", "seeds_dir", type=click.Path(path_type=Path), default=Path("seeds"), show_default=True,
              help="Folder with the articles, their readings and the entity registries.")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("dataset"), show_default=True,
              help="Folder of the published data package.")
@click.option("--check", is_flag=True, help="Only check that OUT equals a fresh build, byte for byte.")
def command(seeds_dir: Path, out_dir: Path, check: bool) -> None:
    """Build the data package from the seeds: curated readings merged with rule candidates."""
    from ..build.run import build

    try:
        changed, report = build(seeds_dir, out_dir, check=check, warn=lambda found: click.echo(str(found), err=True))
    except InputError as error:
        for problem in error.problems:
            click.echo(str(problem), err=True)
        click.echo(f"build failed: {len(error.problems)} problem(s); {out_dir} was left untouched", err=True)
        sys.exit(1)
    _print_coverage(report)
    if check:
        if changed:
            click.echo(f"{out_dir} differs from a fresh build in: {', '.join(changed)}", err=True)
            click.echo("run `newsevents build` and commit the result", err=True)
            sys.exit(1)
        click.echo(f"{out_dir} equals a fresh build")
        return
    click.echo(f"built {out_dir}")
