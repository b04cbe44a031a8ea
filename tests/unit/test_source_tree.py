"""The source tree holds no compiled modules: Python imports an extension module before the `.py`
beside it, so a left-over one (from a mypyc build made in place) would run instead of edited rules."""

from __future__ import annotations

from pathlib import Path

import newsevents

SUFFIXES = (".so", ".pyd")


def compiled_modules(root: Path) -> list[Path]:
    return sorted(path for path in root.rglob("*") if path.suffix in SUFFIXES)


def test_the_checkout_has_no_compiled_modules():
    package = Path(newsevents.__file__).resolve().parent
    if package.parent.name != "builders":
        return  # an installed wheel (compiled on purpose), not the checkout
    stale = compiled_modules(package.parent)
    assert not stale, (
        "compiled modules in the source tree would run instead of the sources beside them; remove them "
        f"with: find builders -name '*.so' -delete  ({', '.join(str(path) for path in stale)})")
