"""Whole-package validation end to end: a generated package with one planted error of every kind gives
exactly those errors, through the engine and through `newsevents validate`; real builds give none."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest
from newsevents.validate.package import validate_package

ROOT = Path(__file__).resolve().parents[2]
DATASET = ROOT / "dataset"


def _generator():
    """benchmarks/generate_package.py, imported by path (benchmarks/ is not a package)."""
    if "generate_package" not in sys.modules:
        spec = importlib.util.spec_from_file_location("generate_package", ROOT / "benchmarks" / "generate_package.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["generate_package"] = module  # dataclasses look their module up while it loads
        spec.loader.exec_module(module)
    return sys.modules["generate_package"]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list]:
    folder = tmp_path_factory.mktemp("seeded") / "package"
    return folder, _generator().generate_package(folder, 3000, seed=11)


def _found(folder: Path) -> set[tuple]:
    return {(p.rule, Path(p.file).name, p.field, p.line, p.severity) for p in validate_package(folder)}


def test_every_planted_error_is_found_and_nothing_else(seeded):
    folder, planted = seeded
    expected = {(e.rule, e.file, e.field, e.row, e.severity) for e in planted}
    assert len(expected) == len(planted) >= 15
    assert _found(folder) == expected


def test_the_planted_errors_are_listed_beside_the_package(seeded):
    folder, planted = seeded
    listed = json.loads((folder / "seeded_errors.json").read_text(encoding="utf-8"))
    assert [entry["kind"] for entry in listed] == [error.kind for error in planted]


def test_a_generated_package_without_errors_is_valid(tmp_path):
    folder = tmp_path / "clean"
    _generator().generate_package(folder, 3000, seed=5, plant=False)
    assert validate_package(folder) == []


def test_the_command_reports_them_and_fails(seeded):
    folder, planted = seeded
    result = subprocess.run([sys.executable, "-m", "newsevents", "validate", "--format", "json", str(folder)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    rules = sorted(problem["rule"] for problem in report["problems"])
    assert rules == sorted(error.rule for error in planted)


def test_a_fresh_build_of_the_seeds_is_valid(fresh_build):
    problems = validate_package(fresh_build)
    assert [str(p) for p in problems if p.severity == "error"] == []


@pytest.mark.skipif(not (DATASET / "datapackage.json").is_file(), reason="dataset/ is not built yet")
def test_the_published_dataset_is_valid():
    problems = validate_package(DATASET)
    assert [str(p) for p in problems if p.severity == "error"] == []


def test_validating_a_package_loads_neither_pydantic_nor_the_builder():
    """Start-up is most of the time on small packages: the package path must not import the pydantic
    models (half a second) or the build; the command itself runs in a fresh interpreter."""
    probe = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from newsevents.cli import main\n"
        f"result = CliRunner().invoke(main, ['validate', {str(DATASET)!r}])\n"
        "assert result.exit_code == 0, result.output\n"
        "print(sorted(m for m in ('pydantic', 'newsevents_schema', 'newsevents.build.run', 'pandas') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
