"""`newsevents schema`: regenerate the derived schema files; check compatibility with the last release."""

from __future__ import annotations

import sys

import click


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
