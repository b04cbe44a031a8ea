"""Which validator a file goes to, by its suffix: importable without pydantic or pyarrow, so that
`newsevents validate dataset/` loads only the package engine."""

YAML_SUFFIXES = (".yaml", ".yml")
#: File suffix -> record format.
RECORD_FORMATS = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}
