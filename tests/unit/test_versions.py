"""The dataset SemVer and the schema SemVer are stamped everywhere a reader may look, and agree:
datapackage.json, every Parquet file's key-value metadata, the JSON Schema `$id`s and versions."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml
from newsevents.build.package import METADATA_FILE, write_package
from newsevents.release.compat import latest_baseline, parse_version
from newsevents.schema_files import schema_root
from newsevents_schema import CURATION_MODELS, SCHEMA_VERSION, TABLES, Source, __version__, arrow_schema, json_schema

ROOT = Path(__file__).resolve().parents[2]
SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")
TEXT = " date 2024-03-02 Ghana's parliament passed the bill in Accra on Friday."


def dataset_version() -> str:
    return yaml.safe_load(METADATA_FILE.read_text(encoding="utf-8"))["version"]


def disagreements(folder: Path) -> list[str]:
    """Every place in a package folder whose version differs from the schema's or the dataset's."""
    problems = []
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    if descriptor.get("version") != dataset_version():
        problems.append(f"datapackage.json version {descriptor.get('version')}")
    if (descriptor.get("newsevents") or {}).get("schema_version") != __version__:
        problems.append(f"datapackage.json newsevents.schema_version {descriptor.get('newsevents')}")
    for resource in descriptor["resources"]:
        metadata = pq.read_schema(folder / resource["path"]).metadata or {}
        expected = {b"newsevents.schema_version": __version__, b"newsevents.dataset_version": dataset_version(),
                    b"newsevents.table": resource["name"]}
        for key, value in expected.items():
            if metadata.get(key, b"").decode() != value:
                problems.append(f"{resource['path']}: {key.decode()} is {metadata.get(key)!r}, not {value!r}")
    return problems


@pytest.fixture
def package(tmp_path) -> Path:
    tables = {table.table_name: [] for table in TABLES}
    tables["sources"] = [Source(
        source_id="source/ghana-bill", file_name="ghana-bill.txt", published_date=dt.date(2024, 3, 2), language="en",
        text_sha256=hashlib.sha256(TEXT.encode()).hexdigest(), body_start=17, char_count=len(TEXT), text=TEXT)]
    folder = tmp_path / "dataset"
    folder.mkdir()
    write_package(tables, folder)
    return folder


def test_both_versions_are_semver():
    assert SEMVER.match(__version__) and SEMVER.match(dataset_version())
    assert SCHEMA_VERSION == __version__


def test_a_built_package_carries_both_versions_everywhere(package):
    assert disagreements(package) == []
    assert len(list(package.glob("*.parquet"))) == len(TABLES)


def test_a_wrong_stamp_is_noticed(package):
    events = package / "events.parquet"
    table = pq.read_table(events)
    metadata = {**table.schema.metadata, b"newsevents.dataset_version": b"0.0.1"}
    pq.write_table(table.replace_schema_metadata(metadata), events)
    descriptor = package / "datapackage.json"
    descriptor.write_text(descriptor.read_text().replace(f'"version": "{dataset_version()}"', '"version": "9.9.9"'))
    problems = disagreements(package)
    assert any(p.startswith("events.parquet: newsevents.dataset_version") for p in problems)
    assert "datapackage.json version 9.9.9" in problems


def test_the_committed_dataset_agrees():
    dataset = ROOT / "dataset"
    if not (dataset / "datapackage.json").is_file():
        pytest.skip("dataset/ is not built yet")
    assert disagreements(dataset) == []


@pytest.mark.parametrize("name", [table.table_name for table in TABLES] + [f"curation/{n}" for n in CURATION_MODELS])
def test_json_schemas_are_versioned(name):
    document = json_schema(name)
    qualified = name.replace("curation/", "curation:")
    assert document["$id"] == f"urn:newsevents:schema:{__version__}:{qualified}"
    assert document["version"] == __version__


def test_arrow_schemas_and_codebook_are_versioned():
    assert {arrow_schema(table.table_name)["schema_version"] for table in TABLES} == {__version__}
    codebook = (schema_root() / "codebook.md").read_text(encoding="utf-8").splitlines()[0]
    assert f"(schema {__version__})" in codebook


def test_the_schema_version_never_goes_below_the_last_release():
    baseline = latest_baseline(schema_root() / "baseline")
    assert baseline is not None, "no released schema baseline: run `newsevents schema release`"
    assert parse_version(__version__) >= parse_version(baseline.name)
