"""Save step: Parquet files and `datapackage.json`, written deterministically and swapped in atomically."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import yaml
from newsevents_schema import SCHEMA_VERSION, TABLES, Table, table_schema

from ..arrow import table_schema as arrow_table_schema

DATAPACKAGE_SCHEMA = "https://datapackage.org/profiles/2.0/datapackage.json"
METADATA_FILE = Path(__file__).with_name("datapackage.yaml")


def dataset_metadata() -> dict[str, Any]:
    return yaml.safe_load(METADATA_FILE.read_text(encoding="utf-8"))


def _sort_key(names: tuple[str, ...]):
    return lambda row: tuple((value is None, "" if value is None else value) for value in (row[n] for n in names))


#: Arrow type -> (pandas_type, numpy_type) in pandas' Parquet metadata. Nullable extension dtypes
#: ("Int64", "Float64", "boolean") keep nulls as pd.NA instead of NaN in pandas readers, so
#: integers stay integers (and frictionless, which reads Parquet through pandas, sees nulls as nulls).
_PANDAS_TYPES = {
    "string": ("unicode", "object"), "int64": ("int64", "Int64"), "double": ("float64", "Float64"),
    "bool": ("bool", "boolean"), "date32[day]": ("date", "object"),
}


def _pandas_metadata(schema: pa.Schema) -> bytes:
    columns = [
        {"name": f.name, "field_name": f.name, "pandas_type": _PANDAS_TYPES[str(f.type)][0],
         "numpy_type": _PANDAS_TYPES[str(f.type)][1], "metadata": None}
        for f in schema
    ]
    return json.dumps({"index_columns": [], "column_indexes": [], "columns": columns}).encode()


def write_parquet(rows: list[Table], table: type[Table], path: Path, dataset_version: str) -> None:
    schema = arrow_table_schema(table.table_name)
    schema = schema.with_metadata({**schema.metadata, b"newsevents.dataset_version": dataset_version.encode(),
                                   b"pandas": _pandas_metadata(schema)})
    records = sorted((row.model_dump() for row in rows), key=_sort_key(table.order()))
    arrow_table = pa.Table.from_pylist(records, schema=schema)
    pq.write_table(arrow_table, path, compression="zstd", write_statistics=True, use_dictionary=True)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def descriptor(folder: Path, metadata: dict[str, Any], sources: list[Table]) -> dict[str, Any]:
    """The Data Package v2 descriptor for the Parquet files already written to `folder`."""
    package: dict[str, Any] = {"$schema": DATAPACKAGE_SCHEMA}
    package.update(metadata)
    package["newsevents"] = {"schema_version": SCHEMA_VERSION, "schema_package": "newsevents-schema"}
    package["sources"] = [
        {"title": f"{row.file_name} (published {row.published_date})", "path": f"seeds/{row.file_name}"} for row in sources
    ]
    package["resources"] = []
    for table in TABLES:
        path = folder / f"{table.table_name}.parquet"
        package["resources"].append({
            "name": table.table_name,
            "type": "table",
            "title": table.table_title,
            "path": path.name,
            "format": "parquet",
            "mediatype": "application/vnd.apache.parquet",
            "bytes": path.stat().st_size,
            "hash": f"sha256:{_sha256(path)}",
            "schema": table_schema(table.table_name),
        })
    return package


def write_package(tables: dict[str, list[Table]], folder: Path) -> None:
    """Write every table and the descriptor into `folder` (which must exist and be empty)."""
    metadata = dataset_metadata()
    for table in TABLES:
        write_parquet(tables[table.table_name], table, folder / f"{table.table_name}.parquet", metadata["version"])
    document = descriptor(folder, metadata, tables["sources"])
    (folder / "datapackage.json").write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def staging_folder(target: Path) -> Path:
    """An empty folder beside `target`, so the final rename stays on one file system."""
    target.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{target.name}-building-", dir=target.parent))


def swap_in(staged: Path, target: Path) -> None:
    """Replace `target` by `staged` with renames only: readers never see a half-written package."""
    if target.exists():
        retired = target.with_name(f".{target.name}-previous-{os.getpid()}")
        target.rename(retired)
        staged.rename(target)
        shutil.rmtree(retired)
    else:
        staged.rename(target)


def differences(built: Path, published: Path) -> list[str]:
    """Files that differ between two package folders (by name and bytes)."""
    names = {p.name for p in built.iterdir()} | ({p.name for p in published.iterdir()} if published.is_dir() else set())
    changed = []
    for name in sorted(names):
        a, b = built / name, published / name
        if not (a.is_file() and b.is_file() and a.read_bytes() == b.read_bytes()):
            changed.append(name)
    return changed
