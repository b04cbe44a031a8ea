"""Loading the curated registries a draft links to (absent registries simply give no links)."""

from __future__ import annotations

from pathlib import Path

from newsevents_schema.curation import ActorRegistry, LocationRegistry

from ..curation.load import load_file
from .reader import Registry


def load_registry(seeds_dir: Path) -> Registry:
    actors = seeds_dir / "actors.yaml"
    locations = seeds_dir / "locations.yaml"
    return Registry.of(
        load_file(actors, ActorRegistry)[0].actors if actors.is_file() else [],
        load_file(locations, LocationRegistry)[0].locations if locations.is_file() else [],
    )
