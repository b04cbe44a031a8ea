"""The `newsevents` command: a click group whose subcommands are imported only when run.

Start-up stays fast (`newsevents --help` imports no pyarrow, pydantic or YAML) because each
subcommand lives in its own module under `newsevents.commands` and is loaded on demand.
"""

from __future__ import annotations

import importlib

import click

#: Subcommand name -> (module under newsevents.commands, one-line help).
COMMANDS = {
    "build": ("build", "Build dataset/ from seeds/: curated readings plus rule candidates."),
    "extract": ("extract", "Draft a reading of an article: rule candidates to review."),
    "link": ("link", "Link a curated reading to its article's rule candidates: confirmed, corrected or added."),
    "validate": ("validate", "Validate curation files, records or a whole data package."),
    "diff": ("diff", "Show rows added, removed and changed between two dataset releases."),
    "schema": ("schema", "Generate the derived schema files or check compatibility with the last release."),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module = importlib.import_module(f"newsevents.commands.{COMMANDS[name][0]}")
        return module.command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Commands"):
            formatter.write_dl([(name, help_text) for name, (_, help_text) in COMMANDS.items()])


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsevents")
def main() -> None:
    """News articles become versioned tables of events, actors and locations."""


if __name__ == "__main__":  # pragma: no cover
    main()
