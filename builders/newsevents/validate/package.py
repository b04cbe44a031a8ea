"""`validate_package`: every check of a whole data package, streamed in bounded memory, on two cores.

Each table is read once, in record batches of a few tens of megabytes (`scan.TableScan`), by two
worker threads in dependency order (referenced tables first). A referenced table first reads its key
columns alone and publishes its key sets (`Context.ready`), so a table waits for the tables it
references only that long, not for their whole scans: both cores stay busy. Kept across tables: the
referenced keys (as text when small, else as 64-bit hashes: 8 bytes a row), each event's article
row (8 bytes a row) and the article texts (whole when they fit `evidence.TEXT_BUDGET`, else read
window by window). A third thread hashes the files and the articles meanwhile.

Problems: `file` is the resource's path as the user would type it ("dataset/events.parquet"),
`field` the column, `line` the first bad row (1-based within the table), `rule` a `RULES` id, and
the message counts the bad rows and quotes the first few.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from ..problems import Problem
from .context import Context, LockedFindings
from .descriptor import read_descriptor
from .findings import RULES
from .integrity import check_integrity
from .scan import TableScan
from .spec import table_specs

__all__ = ["RULES", "validate_package"]

#: Tables read at the same time (pyarrow's kernels release the GIL).
WORKERS = 2


def validate_package(path: Path) -> list[Problem]:
    """Every problem of the data package at `path` (its folder, or its datapackage.json)."""
    package = read_descriptor(Path(path))
    findings = LockedFindings()
    for problem in package.problems:
        findings.problem(problem)
    if not package.resources:
        return findings.problems()
    with ThreadPoolExecutor(max_workers=1) as hasher, ThreadPoolExecutor(max_workers=WORKERS) as workers:
        integrity = [hasher.submit(check_integrity, resource) for resource in package.resources.values()]
        context = Context(findings, hasher)
        # submitted in dependency order, so a scan only ever waits for one that started before it
        for name, spec in table_specs().items():
            resource = package.resources.get(name)
            if resource is not None:
                context.ready[name] = Future()
                context.scans[name] = workers.submit(TableScan(spec, resource, context).run)
        for future in context.scans.values():
            future.result()
        for future in integrity:
            for problem in future.result():
                findings.problem(problem)
    files = [package.display] + [package.resources[name].display for name in table_specs() if name in package.resources]
    rank = {file: index for index, file in enumerate(files)}
    return sorted(findings.problems(), key=lambda p: (rank.get(p.file, len(rank)), p.line or 0, p.field, p.rule, p.message))

