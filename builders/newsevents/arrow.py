"""pyarrow schemas from the schema package's generated Arrow descriptions (one source of truth)."""

from __future__ import annotations

from functools import cache

import pyarrow as pa
from newsevents_schema import SCHEMA_VERSION, arrow_schema

_TYPES = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_(), "date32": pa.date32()}


@cache
def table_schema(table_name: str) -> pa.Schema:
    """The pyarrow schema of a published table, with descriptions as field metadata."""
    description = arrow_schema(table_name)
    fields = [
        pa.field(f["name"], _TYPES[f["type"]], nullable=f["nullable"], metadata={"description": f["description"]})
        for f in description["fields"]
    ]
    return pa.schema(fields, metadata={"newsevents.table": table_name, "newsevents.schema_version": SCHEMA_VERSION})
