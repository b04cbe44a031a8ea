"""The build, end to end: load seeds -> make rows -> save the package (atomically)."""

from __future__ import annotations

import shutil
from pathlib import Path

from .package import differences, staging_folder, swap_in, write_package
from .rows import make_rows
from .seeds import load_seeds


def build(seeds_dir: Path, out_dir: Path, *, check: bool = False) -> list[str]:
    """Build the package from `seeds_dir`.

    Writes `out_dir` (or, with `check`, only compares a fresh build with it and returns the
    names of the files that differ). A failure leaves `out_dir` exactly as it was.
    """
    seeds = load_seeds(seeds_dir)
    built = make_rows(seeds)
    staged = staging_folder(out_dir)
    try:
        write_package(built.tables, staged)
        if check:
            return differences(staged, out_dir)
        swap_in(staged, out_dir)
        return []
    finally:
        if staged.exists():
            shutil.rmtree(staged)
