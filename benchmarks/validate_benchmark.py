"""Whole-package validation speed and memory: `newsevents validate` against `frictionless validate`.

    python benchmarks/validate_benchmark.py [--sizes 10000 100000 1000000] [--skip-frictionless] [--ten-million]

For each size (events), a package with the errors of `generate_package.SEEDED_ERRORS` is generated
once into --workdir (kept between runs) and validated in fresh processes: `newsevents validate`
(the command people run), the engine alone (`validate_package` via `python -c`, without the
command's own imports), a bare read of every Parquet column (the floor any validator pays) and
`frictionless validate`. Wall time and peak RSS are those of each child process (os.wait4).
Frictionless reads everything through pandas, cell by cell: above --frictionless-rows events it
runs with `--limit-rows` and its time is extrapolated to the whole package, and labelled so.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
GIGABYTE = 1 << 30
#: frictionless error type (and constraint, for constraint errors) -> our rule id.
FRICTIONLESS_RULES = {
    "primary-key": "primary_key", "foreign-key": "foreign_key", "type-error": "type", "hash-count": "hash",
    "byte-count": "bytes", "missing-label": "missing_column", "extra-label": "extra_column",
    "pattern": "pattern", "enum": "codelist", "required": "required", "minimum": "range", "maximum": "range",
    "minLength": "min_length",
}
#: Our rule -> rules under which frictionless reports the same cell (it reads "" as a missing value).
SAME_CELL = {"min_length": {"required"}}

ENGINE = """
import sys
from pathlib import Path
from newsevents.validate.package import validate_package
problems = validate_package(Path(sys.argv[1]))
print(len(problems))
"""

READ_FLOOR = """
import sys
from pathlib import Path
import pyarrow.parquet as pq
rows = 0
for path in sorted(Path(sys.argv[1]).glob("*.parquet")):
    for batch in pq.ParquetFile(path).iter_batches(batch_size=1 << 16):
        rows += batch.num_rows
print(rows)
"""


def _generator():
    spec = importlib.util.spec_from_file_location("generate_package", HERE / "generate_package.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["generate_package"] = module
    spec.loader.exec_module(module)
    return module


@dataclass
class Run:
    wall: float
    cpu: float  # user + system seconds of the child
    peak_rss: int  # bytes
    returncode: int
    stdout: str
    stderr: str
    timed_out: bool = False


def measure(command: list[str], env: dict[str, str], timeout: float | None = None) -> Run:
    """Run a child process; its wall time and its own peak RSS (from wait4, not the whole process tree)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, env=env)
        timed_out = False
        deadline = None if timeout is None else start + timeout
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if deadline is not None and time.perf_counter() > deadline:
                process.kill()
                timed_out = True
                pid, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.005)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        cpu = usage.ru_utime + usage.ru_stime
        return Run(wall, cpu, usage.ru_maxrss * 1024, process.returncode, out.read().decode(), err.read().decode(),
                   timed_out)


@dataclass
class Size:
    events: int
    folder: Path
    rows: int
    seeded: list[dict]
    results: dict[str, Run] = field(default_factory=dict)
    found: dict[str, set[str]] = field(default_factory=dict)
    extrapolated: float | None = None  # frictionless: the whole package's time, from a row-limited run
    row_limit: int | None = None  # frictionless read only this many rows per table
    frictionless_other: dict[str, int] = field(default_factory=dict)


def prepare(events: int, workdir: Path) -> Size:
    folder = workdir / f"package-{events}"
    if not (folder / "seeded_errors.json").is_file():
        shutil.rmtree(folder, ignore_errors=True)
        started = time.perf_counter()
        _generator().generate_package(folder, events)
        print(f"  generated {folder} in {time.perf_counter() - started:.1f} s", flush=True)
    import pyarrow.parquet as pq

    rows = sum(pq.read_metadata(path).num_rows for path in folder.glob("*.parquet"))
    return Size(events, folder, rows, json.loads((folder / "seeded_errors.json").read_text(encoding="utf-8")))


def _key(error: dict) -> tuple:
    return error["rule"], error["file"], error["field"], error["row"]


def found_by_newsevents(size: Size, report: str) -> set[str]:
    problems = json.loads(report)["problems"]
    keys = {(p["rule"], Path(p["file"]).name, p["field"], p["line"]) for p in problems}
    return {error["kind"] for error in size.seeded if _key(error) in keys}


def found_by_frictionless(size: Size, report: str) -> tuple[set[str], dict[str, int]]:
    """Seeded errors frictionless reported (its row numbers count the header as row 1), and its other errors."""
    document = json.loads(report)
    reported = set()
    other: dict[str, int] = {}
    for task in document.get("tasks", []):
        table = task.get("name") or Path(task.get("place", "")).stem
        for error in task.get("errors", []):
            kind = error.get("type", "")
            if kind == "constraint-error":
                note = error.get("note", "")
                kind = note.split('"')[1] if note.count('"') >= 2 else kind
            rule = FRICTIONLESS_RULES.get(kind, kind)
            row = error.get("rowNumber")
            fields = error.get("fieldNames") or ([error["fieldName"]] if error.get("fieldName") else [])
            reported.add((rule, f"{table}.parquet", ", ".join(fields), None if row is None else row - 1))
            reported.add((rule, f"{table}.parquet", "", None if row is None else row - 1))
    matched = set()
    for error in size.seeded:
        rule, file, field_name, row = _key(error)
        for alias in {rule} | SAME_CELL.get(rule, set()):
            if (alias, file, field_name, row) in reported or (alias, file, "", row) in reported:
                matched.add(error["kind"])
    seeded_keys = {_key(e) for e in size.seeded} | {(e["rule"], e["file"], "", e["row"]) for e in size.seeded}
    for rule, file, field_name, row in reported:
        if field_name and (rule, file, field_name, row) not in seeded_keys:
            other[rule] = other.get(rule, 0) + 1
    return matched, other


def run_size(size: Size, env: dict[str, str], args: argparse.Namespace) -> None:
    python = sys.executable
    folder = str(size.folder)
    command = [python, "-m", "newsevents", "validate", "--format", "json", folder]
    measure(command, env)  # warm-up: file cache and bytecode cache
    runs = [measure(command, env) for _ in range(args.repeat)]
    size.results["newsevents validate"] = min(runs, key=lambda r: r.wall)
    size.found["newsevents validate"] = found_by_newsevents(size, size.results["newsevents validate"].stdout)
    engine = [measure([python, "-c", ENGINE, folder], env) for _ in range(args.repeat)]
    size.results["engine (python -c)"] = min(engine, key=lambda r: r.wall)
    size.results["read floor"] = min((measure([python, "-c", READ_FLOOR, folder], env) for _ in range(args.repeat)),
                                     key=lambda r: r.wall)
    if args.skip_frictionless or size.events > args.frictionless_max_events:
        return
    frictionless = str(Path(python).with_name("frictionless"))
    limited = size.events > args.frictionless_rows
    command = [frictionless, "validate", "--json", "--limit-errors", str(args.frictionless_errors)]
    if limited:
        command += ["--limit-rows", str(args.frictionless_rows)]
    run = measure([*command, f"{folder}/datapackage.json"], env, timeout=args.frictionless_timeout)
    size.results["frictionless validate"] = run
    if run.timed_out or not run.stdout.strip():
        size.found["frictionless validate"] = set()
        return
    size.found["frictionless validate"], size.frictionless_other = found_by_frictionless(size, run.stdout)
    if limited:
        import pyarrow.parquet as pq

        size.row_limit = args.frictionless_rows
        read = sum(min(pq.read_metadata(path).num_rows, args.frictionless_rows) for path in size.folder.glob("*.parquet"))
        size.extrapolated = run.wall * size.rows / read


def report(sizes: list[Size], ten_million: bool) -> None:
    print()
    print(f"{'events':>10} {'rows':>11}  {'process':<22} {'wall s':>9} {'cpu s':>8} {'peak RSS':>9} {'rows/s':>12}  notes")
    for size in sizes:
        for name, run in size.results.items():
            wall = run.wall
            note = ""
            if name == "frictionless validate":
                if run.timed_out:
                    note = "timed out"
                elif size.extrapolated is not None:
                    note = f"row-limited run {run.wall:.1f} s; whole package EXTRAPOLATED"
                    wall = size.extrapolated
            if run.returncode not in (0, 1) and not run.timed_out:
                note += f" exit {run.returncode}: {run.stderr.strip().splitlines()[-1:] or ''}"
            print(f"{size.events:>10,} {size.rows:>11,}  {name:<22} {wall:>9.2f} {run.cpu:>8.2f} "
                  f"{run.peak_rss / 2**20:>7.0f}MB {size.rows / wall:>12,.0f}  {note}")
        ours = size.results["newsevents validate"].wall
        if "frictionless validate" in size.results and not size.results["frictionless validate"].timed_out:
            theirs = size.extrapolated or size.results["frictionless validate"].wall
            label = " (extrapolated)" if size.extrapolated else ""
            print(f"{'':>24}speed ratio frictionless / newsevents: {theirs / ours:,.0f}x{label}")
        kinds = [error["kind"] for error in size.seeded]
        for name, found in size.found.items():
            limit = size.row_limit if name == "frictionless validate" else None
            beyond = [e["kind"] for e in size.seeded if limit and e["row"] and e["row"] > limit and e["kind"] not in found]
            missed = [kind for kind in kinds if kind not in found and kind not in beyond]
            print(f"{'':>24}{name}: found {len(found)}/{len(kinds)} seeded errors"
                  + (f"; missed {', '.join(missed)}" if missed else "")
                  + (f"; not reached (beyond its {limit:,}-row limit): {', '.join(beyond)}" if beyond else ""))
        if size.frictionless_other:
            other = ", ".join(f"{rule} x{count:,}" for rule, count in sorted(size.frictionless_other.items()))
            print(f"{'':>24}frictionless also reported (not seeded): {other}")
        if ten_million and size.events >= 10_000_000:
            rss = size.results["newsevents validate"].peak_rss
            verdict = "under" if rss < GIGABYTE else "OVER"
            print(f"{'':>24}memory check: peak RSS {rss / 2**20:,.0f} MB is {verdict} 1 GB ({GIGABYTE / 2**20:,.0f} MB)")
    print()
    print("Targets: 10^6 events <= 1 s wall on 2 cores; >= 100x faster than frictionless; 10^7 events < 1 GB RSS.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000], help="events per package")
    parser.add_argument("--ten-million", action="store_true", help="add 10^7 events and check peak RSS against 1 GB")
    parser.add_argument("--skip-frictionless", action="store_true")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "newsevents-validate-benchmark")
    parser.add_argument("--repeat", type=int, default=2, help="runs per measurement (the fastest is kept)")
    parser.add_argument("--frictionless-rows", type=int, default=10_000,
                        help="above this many events, frictionless reads this many rows per table and is extrapolated")
    parser.add_argument("--frictionless-errors", type=int, default=1_000_000, help="frictionless --limit-errors")
    parser.add_argument("--frictionless-timeout", type=float, default=900)
    parser.add_argument("--frictionless-max-events", type=int, default=1_000_000, help="never run frictionless above")
    args = parser.parse_args(argv)
    sizes = sorted(set(args.sizes + ([10_000_000] if args.ten_million else [])))
    args.workdir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    # bytecode cached in the work folder, as an installed package has it (the dev shell may disable caching)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(args.workdir / "pycache")
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; packages in {args.workdir}", flush=True)
    done = []
    for events in sizes:
        print(f"{events:,} events", flush=True)
        size = prepare(events, args.workdir)
        run_size(size, env, args)
        done.append(size)
    report(done, args.ten_million)
    print(f"load average at the end: {os.getloadavg()[0]:.1f} (other processes on the machine slow every figure)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
