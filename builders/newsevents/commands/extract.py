"""`newsevents extract ARTICLE`: a draft reading of an article, for a curator to review."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2022-01-19") from None


@click.command(name="extract")
@click.argument("article", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--published", callback=_date, metavar="YYYY-MM-DD",
              help="Publication date, when the article has no ' date YYYY-MM-DD ' header (or to override it).")
@click.option("--format", "output_format", type=click.Choice(["yaml", "json"]), default="yaml", show_default=True)
@click.option("--seeds", "seeds_dir", type=click.Path(path_type=Path, file_okay=False), default=Path("seeds"),
              show_default=True, help="Seeds folder whose actors.yaml and locations.yaml give known ids.")
def command(article: Path, published: dt.date | None, output_format: str, seeds_dir: Path) -> None:
    """Write a draft reading of ARTICLE to standard output: every rule candidate with its offsets,
    the rule that proposed it and `review: needed`."""
    from ..article import ArticleError, read_article
    from ..draft.reader import DRAFT_HEADER, draft
    from ..draft.registry import load_registry
    from ..draft.writer import to_json, to_yaml
    from ..problems import InputError

    try:
        loaded = read_article(article, published)
        registry = load_registry(seeds_dir)
    except ArticleError as error:
        click.echo(f"{error}", err=True)
        sys.exit(1)
    except InputError as error:
        click.echo(str(error), err=True)
        sys.exit(1)
    reading = draft(loaded, registry)
    click.echo(to_json(reading) if output_format == "json" else to_yaml(reading, DRAFT_HEADER), nl=False)
