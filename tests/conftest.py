"""Shared fixtures: the repository's folders, and a fresh build of the seeds into a temporary folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATASET = ROOT / "dataset"
SEED_ARTICLE = SEEDS / "000_9999db3ac14877e5.txt"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    """A private copy of seeds/ that a test may break."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture(scope="session")
def fresh_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package built from seeds/ now, into a temporary folder."""
    from newsevents.build.run import build

    out = tmp_path_factory.mktemp("fresh") / "dataset"
    build(SEEDS, out)
    return out
