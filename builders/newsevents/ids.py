"""Human-readable, deterministic identifiers: `actor/antony-blinken`, `loc/berlin`, `event/<source>/<slug>`.

IDs are derived from names once and then kept: a row's ID never changes and is never reused.
"""

import re
import unicodedata

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by hyphens ("Annalena Baerbock" -> "annalena-baerbock")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NON_SLUG.sub("-", ascii_text.lower()).strip("-")


def source_id(file_stem: str) -> str:
    return f"source/{slugify(file_stem)}"


def actor_id(name: str) -> str:
    return f"actor/{slugify(name)}"


def location_id(name: str) -> str:
    return f"loc/{slugify(name)}"


def event_id(file_stem: str, slug: str) -> str:
    return f"event/{slugify(file_stem)}/{slugify(slug)}"
