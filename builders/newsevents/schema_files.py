"""Where the schema package's derived files live in the source tree, and whether they drifted."""

from __future__ import annotations

from pathlib import Path

import newsevents_schema
from newsevents_schema.artifacts import generate

GENERATE_COMMAND = "newsevents schema generate"


def schema_root() -> Path:
    """The `schema/` folder of the source checkout the schema package is installed from."""
    root = Path(newsevents_schema.__file__).resolve().parent.parent
    if not (root / "pyproject.toml").is_file():
        raise RuntimeError(f"newsevents-schema is not installed from a source checkout ({root})")
    return root


def stale_files(root: Path | None = None) -> list[str]:
    """Derived files whose committed content differs from what the models generate now."""
    root = root or schema_root()
    stale = []
    for relative, content in generate().items():
        path = root / relative
        if not path.is_file() or path.read_text(encoding="utf-8") != content:
            stale.append(relative)
    return stale


def write_files(root: Path | None = None) -> list[str]:
    root = root or schema_root()
    written = []
    for relative, content in generate().items():
        path = root / relative
        if not path.is_file() or path.read_text(encoding="utf-8") != content:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8")
            written.append(relative)
    return written
