"""The build, end to end: load seeds -> draft each article with the rules -> merge the curation ->
make rows -> save the package and its coverage report (atomically)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any, Callable

from newsevents_schema.curation import ArticleReading

from ..problems import Problem
from .coverage import scores
from .package import differences, staging_folder, swap_in, write_package
from .rows import Built, make_rows
from .seeds import Seeds, load_seeds

COVERAGE_FILE = "coverage.json"


def drafts_for(seeds: Seeds) -> dict[str, ArticleReading]:
    """The rules' draft reading of every article, by file name."""
    from ..draft.reader import Registry, draft

    registry = Registry.of(seeds.actors.actors, seeds.locations.locations)
    return {seed.article.path.name: draft(seed.article, registry) for seed in seeds.articles}


def coverage(seeds: Seeds, drafts: dict[str, ArticleReading], built: Built) -> dict[str, Any]:
    """Per article: what the rules proposed and what curation made of it; the rules' precision and recall."""
    report: dict[str, Any] = {}
    for seed in seeds.articles:
        name = seed.article.path.name
        merged = built.merges.get(name)
        counts = dict(sorted(merged.counts.items())) if merged else {}
        entry: dict[str, Any] = {
            "candidates_proposed": counts.get("proposed", 0),
            "confirmed": sum(v for k, v in counts.items() if k.endswith(".confirmed")),
            "corrected": sum(v for k, v in counts.items() if k.endswith(".corrected")),
            "rejected": counts.get("rejected", 0),
            "added_by_hand": sum(v for k, v in counts.items() if k.endswith(".added")),
            "unreviewed": sum(v for k, v in counts.items() if k.endswith(".needed")) + counts.get("not_reviewed", 0),
            "detail": counts,
        }
        if seed.reading is not None and name in drafts:
            entry["rules_against_curation"] = scores(drafts[name], seed.reading)
        report[name] = entry
    return report


def build(seeds_dir: Path, out_dir: Path, *, check: bool = False,
          warn: Callable[[Problem], None] | None = None) -> tuple[list[str], dict[str, Any]]:
    """Build the package from `seeds_dir`; return (files differing from `out_dir` when `check`, coverage).

    Writes `out_dir` unless `check`. A failure leaves `out_dir` exactly as it was. `warn` hears of
    what the seeds say that still works but should change (a deprecated review status).
    """
    seeds = load_seeds(seeds_dir)
    for warning in seeds.warnings if warn else ():
        warn(warning)
    drafts = drafts_for(seeds)
    built = make_rows(seeds, drafts)
    report = coverage(seeds, drafts, built)
    staged = staging_folder(out_dir)
    try:
        write_package(built.tables, staged)
        (staged / COVERAGE_FILE).write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        if check:
            return differences(staged, out_dir), report
        swap_in(staged, out_dir)
        return [], report
    finally:
        if staged.exists():
            shutil.rmtree(staged)
