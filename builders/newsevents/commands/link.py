"""`newsevents link READING.yaml`: link a curated reading to the rule candidates of its article."""

from __future__ import annotations

import difflib
import sys
from pathlib import Path

import click


def _summary(result, name: str, full: bool) -> list[str]:
    lines = []
    for kind in ("events", "actors", "locations", "quantities"):
        counts = {review: result.count(review, kind) for review in ("confirmed", "corrected", "added", "needed")}
        if any(counts.values()):
            lines.append(f"  {kind}: " + ", ".join(f"{n} {review}" for review, n in counts.items() if n))
    lines.insert(0, f"{name}: {'would change' if result.changed else 'unchanged'}")
    notes = [link for link in result.links if link.note]
    if notes:
        lines.append("notes:")
        lines += [f"  {link.where} {link.label}: {link.note}" for link in notes]
    missing = [link for link in result.links if link.needs_reason]
    if missing:
        lines.append(f"{len(missing)} corrected entries need a `reason` saying what the rule got wrong "
                     "(the build refuses them until then):")
        for link in missing:
            lines.append(f"  {link.where} {link.label} <- {link.candidate}: " + "; ".join(map(str, link.differences)))
    if full:
        for review in ("corrected", "confirmed"):
            shown = [link for link in result.links if link.review == review and not link.needs_reason]
            if shown:
                lines.append(f"{review}:")
            for link in shown:
                detail = "; ".join(map(str, link.differences))
                lines.append(f"  {link.where} {link.label} <- {link.candidate}{': ' + detail if detail else ''}")
    if result.stale_rejections:
        lines.append("rejections of candidates the rules no longer propose (remove them; the build refuses them):")
        lines += [f"  rejected[{index}] {key}" for index, key in result.stale_rejections]
    if result.unused:
        lines.append(f"{len(result.unused)} candidates no entry uses: reject each under `rejected:` with a reason, "
                     "or add what it found:")
        lines += [f"  - candidate: {u.key}  # {u.description} [{u.rule_id}]" for u in result.unused]
    return lines


@click.command(name="link")
@click.argument("reading", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--article", "article", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="The article the reading belongs to (default: the .txt file next to it).")
@click.option("--seeds", "seeds_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Folder whose actors.yaml and locations.yaml give known ids (default: the reading's folder).")
@click.option("--check", is_flag=True,
              help="Write nothing; print what would change as a diff and exit 1 if the file is not linked yet.")
@click.option("--stdout", "to_stdout", is_flag=True, help="Print the linked reading instead of rewriting the file.")
@click.option("--report", "full", is_flag=True,
              help="Also list every confirmed and corrected entry with the fields that differ from its candidate.")
def command(reading: Path, article: Path | None, seeds_dir: Path | None, check: bool, to_stdout: bool,
            full: bool) -> None:
    """Link the curated READING to the rules' candidates for its article: an entry equal to its candidate
    becomes `review: confirmed`, one that differs `review: corrected` (write its `reason`), one without a
    candidate stays `added`. Candidates that no entry uses are listed on standard error, to reject.

    Exit status: 0 linked (or already linked), 1 with --check when the file would change,
    2 unreadable or invalid input."""
    from ..draft.link import link_file, write_atomically
    from ..problems import InputError

    if check and to_stdout:
        raise click.UsageError("--check and --stdout do not go together")
    try:
        result = link_file(reading, article, seeds_dir, display=str(reading))
    except InputError as error:
        click.echo(str(error), err=True)
        sys.exit(2)
    for line in _summary(result, str(reading), full):
        click.echo(line, err=True)
    if to_stdout:
        click.echo(result.text, nl=False)
        return
    if check:
        if result.changed:
            original = reading.read_text(encoding="utf-8")
            click.echo("".join(difflib.unified_diff(original.splitlines(keepends=True),
                                                    result.text.splitlines(keepends=True),
                                                    f"{reading} (now)", f"{reading} (linked)")), nl=False)
            sys.exit(1)
        return
    if result.changed:
        try:
            write_atomically(reading, result.text)
        except OSError as error:
            click.echo(f"{reading}: error: cannot write the file: {error.strerror}", err=True)
            sys.exit(2)
        click.echo(f"{reading}: linked", err=True)
