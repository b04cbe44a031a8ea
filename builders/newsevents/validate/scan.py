"""One table of a package, read once in record batches: its own checks, then those against other tables.

Per batch: the schema's column checks and the row rules. Buffered (at most `FLUSH_BYTES`): the
reference columns and the spans, which are checked per flush against the referenced tables'
keys (waiting for their scans) and the source articles' texts.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ..problems import Problem
from .columns import ColumnCheck, check_pattern, plain
from .context import EXACT_KEY_BYTES, Context, KeySet, TableState, exact
from .descriptor import Resource
from .evidence import TEXT_BUDGET, TextReader, TextStore
from .findings import Shown
from .keys import SortedKeys, hash_key, repeated_values
from .literals import counting, fill_null, numbers, scalar
from .row_rules import RowRules, sha256_mismatches
from .spec import Column, ForeignKey, TableSpec, table_specs

#: Buffered reference and span columns are checked against other tables every this many bytes.
FLUSH_BYTES = 32 << 20
#: Decoded bytes per record batch.
BATCH_BYTES = 8 << 20
#: The table that holds the article texts every offset points into, and its text column.
SOURCE_TABLE, TEXT_COLUMN = "sources", "text"
#: Row groups are read this many (uncompressed) bytes at a time: pyarrow's batch iterator holds on to
#: memory for every row group it has read (about 50 bytes a row) until it is exhausted.
READ_SPAN_BYTES = 64 << 20
#: Read a string column dictionary-encoded when it takes fewer bytes than this per row (codes, rule ids).
DICTIONARY_BYTES_PER_ROW = 8
#: Arrow types accepted for each schema type (dictionary-encoded ones by their value type).
COMPATIBLE = {
    "string": ("string", "large_string", "string_view"),
    "int64": ("int64",),
    "float64": ("double",),
    "bool": ("bool",),
    "date32": ("date32[day]",),
}


@dataclass
class SpanCheck:
    """Spans of one batch to compare with their articles: `rows` are their positions in the batch."""

    prefix: str
    first_row: int
    rows: pa.Array
    source: pa.Array
    start: pa.Array
    end: pa.Array
    stored: pa.Array


@dataclass
class Piece:
    """One record batch's columns kept for the checks against other tables."""

    first_row: int
    length: int
    references: dict[int, list[pa.Array]]  # foreign key index -> its columns
    spans: dict[str, tuple[pa.Array, pa.Array, pa.Array, pa.Array]]  # prefix -> (checkable, start, end, text)

    def nbytes(self) -> int:
        arrays = [a for columns in self.references.values() for a in columns]
        arrays += [a for group in self.spans.values() for a in group]
        return sum(a.nbytes for a in arrays)


def _type_name(arrow_type: pa.DataType) -> str:
    return str(arrow_type.value_type if pa.types.is_dictionary(arrow_type) else arrow_type)


def _column_bytes(metadata: Any, names: set[str]) -> dict[str, int]:
    """Uncompressed bytes per column, from the Parquet footer."""
    sizes: dict[str, int] = {}
    for group in range(metadata.num_row_groups):
        row_group = metadata.row_group(group)
        for index in range(row_group.num_columns):
            chunk = row_group.column(index)
            if chunk.path_in_schema in names:
                sizes[chunk.path_in_schema] = sizes.get(chunk.path_in_schema, 0) + chunk.total_uncompressed_size
    return sizes


def read_batches(parquet: pq.ParquetFile, columns: list[str], batch_size: int) -> Iterator[pa.RecordBatch]:
    """The file's record batches, a few row groups at a time (see `READ_SPAN_BYTES`)."""
    metadata = parquet.metadata
    span: list[int] = []
    size = 0
    for group in range(metadata.num_row_groups):
        group_size = metadata.row_group(group).total_byte_size
        if span and size + group_size > READ_SPAN_BYTES:
            yield from parquet.iter_batches(batch_size=batch_size, row_groups=span, columns=columns, use_threads=True)
            span, size = [], 0
        span.append(group)
        size += group_size
    if span:
        yield from parquet.iter_batches(batch_size=batch_size, row_groups=span, columns=columns, use_threads=True)


def source_link(spec: TableSpec) -> ForeignKey | None:
    """The reference through which a table's rows know their article: to the source table, or to a
    table that references it (event_actors -> events -> sources)."""
    specs = table_specs()
    for fk in spec.foreign_keys:
        if fk.table == SOURCE_TABLE:
            return fk
    for fk in spec.foreign_keys:
        if fk.table != spec.name and any(f.table == SOURCE_TABLE for f in specs[fk.table].foreign_keys):
            return fk
    return None


class TableScan:
    def __init__(self, spec: TableSpec, resource: Resource, context: Context):
        self.spec = spec
        self.resource = resource
        self.file = resource.display
        self.context = context
        self.findings = context.findings
        self.state = TableState()
        self.complete = False
        self.columns: dict[str, Column] = {}
        self.pending: list[Piece] = []
        self.pending_bytes = 0
        self.own_references: list[tuple[int, list[pa.Array]]] = []
        self.key_parts: dict[tuple[str, ...], list[pa.Array]] = {}
        self.hashed_keys: set[tuple[str, ...]] = set()
        self.source_rows: list[pa.Array] = []
        self.text_parts: dict[str, Any] = {"chars": [], "firsts": [], "texts": [], "held": 0}
        self.text_reader: Any = None
        self.rows = 0
        self.keys_published = False  # key sets built by a first pass (`_publish_keys`)

    def run(self) -> TableState:
        ready = self.context.ready.get(self.spec.name)
        try:
            parquet = self._open()
            if parquet is not None:
                self._check_schema(parquet.schema_arrow)
                self._plan(parquet.metadata)
                if self.key_parts and self.spec.name != SOURCE_TABLE:
                    self._publish_keys(parquet)
                self._read(parquet)
                self._finish()
        finally:
            if ready is not None and not ready.done():
                ready.set_result(self.state)  # the whole scan's state (also after a failure: nobody waits forever)
        return self.state

    # -- key sets first -----------------------------------------------------------------------------

    def _publish_keys(self, parquet: pq.ParquetFile) -> None:
        """Read the referenced key columns (and the article link) alone, build the key sets and hand them
        to the waiting scans; the full read then leaves them alone. A file that cannot be read to the
        end publishes none (the full read reports why)."""
        link = self.foreign_keys[self.source_link] if self.keeps_source_rows else None
        names = sorted({name for key in self.key_parts for name in key} | set(link.fields if link else ()))
        sources: list[pa.Array] = []
        try:
            for batch in read_batches(parquet, names, self._rows_per_batch(parquet, names)):
                columns = {name: batch.column(name) for name in names}
                for key, parts in self.key_parts.items():
                    values = [columns[name] for name in key]
                    parts.append(hash_key(values) if key in self.hashed_keys else exact(values))
                if link is not None:
                    sources.append(self._article_rows(link, [columns[name] for name in link.fields]))
        except (pa.ArrowException, OSError, ValueError):
            for parts in self.key_parts.values():
                parts.clear()
            return
        payload = pa.chunked_array(sources, pa.int32()) if link is not None else None
        for key, parts in self.key_parts.items():
            self.state.keys[key] = KeySet.of(parts, key in self.hashed_keys, payload)
        self.key_parts = {}
        self.keeps_source_rows = False
        self.state.available = True
        self.keys_published = True
        ready = self.context.ready.get(self.spec.name)
        if ready is not None:
            ready.set_result(self.state)

    def _article_rows(self, link: ForeignKey, values: list[pa.Array]) -> pa.Array:
        """The article row of each row (null: unknown), through the reference `link`."""
        state = self.context.state(link.table)
        keys = state.keys.get(link.table_fields) if state.available else None
        if keys is None or keys.payload is None:
            return pa.nulls(len(values[0]), pa.int32())
        return pc.cast(keys.payload.take(keys.positions(keys.probe(values))), pa.int32())

    # -- opening ----------------------------------------------------------------------------------

    def _corrupt(self, message: str, line: int | None = None) -> None:
        self.findings.problem(Problem(self.file, line, message=message, rule="corrupt_file",
                                      expected="a Parquet file as `newsevents build` or pyarrow writes it"))

    def _open(self) -> pq.ParquetFile | None:
        path = self.resource.path
        if not path.is_file():
            what = "a folder" if path.is_dir() else "missing"
            self.findings.problem(Problem(self.file, message=f"the resource's file is {what}", rule="file_missing",
                                          expected=f"the Parquet file of table {self.spec.name!r}"))
            return None
        if path.stat().st_size == 0:
            self._corrupt("the file is empty (0 bytes)")
            return None
        try:
            metadata = pq.read_metadata(path)
            strings = {c.name for c in self.spec.columns if c.arrow_type == "string"}
            sizes = _column_bytes(metadata, strings)
            dictionary = [name for name, size in sizes.items()
                          if metadata.num_rows and size / metadata.num_rows < DICTIONARY_BYTES_PER_ROW]
            return pq.ParquetFile(path, read_dictionary=dictionary)
        except (pa.ArrowException, OSError, ValueError) as error:
            self._corrupt(f"not a readable Parquet file: {error}")
            return None

    def _check_schema(self, schema: pa.Schema) -> None:
        expected = {column.name: column for column in self.spec.columns}
        seen: set[str] = set()
        for arrow_field in schema:
            name = arrow_field.name
            column = expected.get(name)
            if name in seen:
                message, rule, wanted = "the column appears twice", "extra_column", "each column once"
            elif column is None:
                message, rule = f"column {name!r} is not in table {self.spec.name!r}", "extra_column"
                wanted = ", ".join(expected)
            elif _type_name(arrow_field.type) not in COMPATIBLE[column.arrow_type]:
                message, rule, wanted = f"the column has Arrow type {arrow_field.type}", "type", column.arrow_type
            else:
                self.columns[name] = column
                seen.add(name)
                continue
            seen.add(name)
            self.findings.problem(Problem(self.file, field=name, message=message, expected=wanted, rule=rule))
        for name, column in expected.items():
            if name not in seen:
                self.findings.problem(Problem(self.file, field=name, message=f"column {name!r} is missing",
                                              expected=column.arrow_type, rule="missing_column"))

    def _plan(self, metadata: Any) -> None:
        specs = table_specs()
        covered = set()  # columns whose pattern the lookup checks (on the values it does not find)
        self.foreign_keys = [fk for fk in self.spec.foreign_keys if all(name in self.columns for name in fk.fields)]
        for fk in self.foreign_keys:
            if len(fk.fields) == 1 and fk.table in specs:
                referenced = specs[fk.table].column(fk.table_fields[0])
                if referenced.pattern and referenced.pattern == self.columns[fk.fields[0]].pattern:
                    covered.add(fk.fields[0])
        self.column_checks = [ColumnCheck(column, self.file, name in covered) for name, column in self.columns.items()]
        self.row_rules = RowRules(self.spec, self.file)
        link = source_link(self.spec)
        self.source_link = self.foreign_keys.index(link) if link in self.foreign_keys else None
        referenced_by = [fk for s in specs.values() for fk in s.foreign_keys if fk.table == self.spec.name]
        self.keeps_source_rows = bool(referenced_by) and self.source_link is not None
        sizes = _column_bytes(metadata, set(self.columns))
        for key in {fk.table_fields for fk in referenced_by}:
            if all(name in self.columns for name in key):
                self.key_parts[key] = []
                if len(key) > 1 or sum(sizes.get(name, 0) for name in key) > EXACT_KEY_BYTES:
                    self.hashed_keys.add(key)
        key = self.spec.primary_key
        self.has_primary_key = bool(key) and all(name in self.columns for name in key)
        self.sorted_keys = SortedKeys() if self.has_primary_key and key not in self.key_parts else None
        self.spans_checked = self.source_link is not None

    # -- reading ----------------------------------------------------------------------------------

    def _read(self, parquet: pq.ParquetFile) -> None:
        names = [n for n in self.spec.names if n in self.columns]
        self.rows_per_batch = self._rows_per_batch(parquet, names)
        batches = read_batches(parquet, names, self.rows_per_batch)
        first_row = 1
        while True:
            try:
                batch = next(batches)
            except StopIteration:
                self.complete = True
                break
            except (pa.ArrowException, OSError, ValueError) as error:
                where = f"breaks off after row {first_row - 1:,}" if first_row > 1 else "has unreadable data"
                self._corrupt(f"the file {where}: {error}", first_row)
                break
            try:
                self._batch(batch, first_row)
            except pa.ArrowInvalid as error:  # e.g. invalid UTF-8 in a string column
                self._corrupt(f"rows {first_row:,}-{first_row + batch.num_rows - 1:,} hold invalid data: {error}",
                              first_row)
                break
            first_row += batch.num_rows
        self.rows = first_row - 1
        try:
            self._flush()
        except pa.ArrowInvalid as error:
            self._corrupt(f"the file holds invalid data: {error}")
            self.complete = False

    @staticmethod
    def _rows_per_batch(parquet: pq.ParquetFile, names: list[str]) -> int:
        """Rows per batch for about `BATCH_BYTES` of Arrow data, measured on the first few rows."""
        try:
            probe = next(parquet.iter_batches(batch_size=1 << 12, row_groups=[0], columns=names), None) \
                if parquet.metadata.num_row_groups else None
        except (pa.ArrowException, OSError, ValueError):
            probe = None  # the scan itself reports what is wrong
        per_row = probe.nbytes / probe.num_rows if probe is not None and probe.num_rows else 64
        return int(min(1 << 20, max(1 << 10, BATCH_BYTES / max(per_row, 1))))

    def _batch(self, batch: pa.RecordBatch, first_row: int) -> None:
        columns = {}
        for name in batch.schema.names:
            values = batch.column(name)
            if pa.types.is_large_string(values.type) or pa.types.is_string_view(values.type):
                values = values.cast(pa.string())
            columns[name] = values
        for check in self.column_checks:
            check.run(columns[check.column.name], first_row, self.findings)
        spans = self.row_rules.run(columns, first_row, self.findings)
        if self.sorted_keys is not None:
            self.sorted_keys.add([columns[name] for name in self.spec.primary_key], first_row - 1)
        for key, parts in self.key_parts.items():
            values = [columns[name] for name in key]
            parts.append(hash_key(values) if key in self.hashed_keys else exact(values))
        if self.spec.name == SOURCE_TABLE and TEXT_COLUMN in columns:
            self._keep_texts(columns, first_row)
        references = {}
        for index, fk in enumerate(self.foreign_keys):
            values = [columns[name] for name in fk.fields]
            if fk.table == self.spec.name:
                self.own_references.append((first_row, values))
            else:
                references[index] = values
        kept = {}
        if self.spans_checked:
            kept = {p: (mask, columns[f"{p}_start"], columns[f"{p}_end"], columns[f"{p}_text"]) for p, mask in spans.items()}
        piece = Piece(first_row, batch.num_rows, references, kept)
        self.pending.append(piece)
        self.pending_bytes += piece.nbytes()
        if self.pending_bytes >= FLUSH_BYTES:
            self._flush()

    # -- article texts ----------------------------------------------------------------------------

    def _keep_texts(self, columns: dict[str, pa.Array], first_row: int) -> None:
        """Remember each article's length and where each batch starts; hold the texts while they fit."""
        texts = plain(columns[TEXT_COLUMN])
        parts = self.text_parts
        parts["chars"].append(pc.cast(fill_null(pc.utf8_length(texts), 0), pa.int64()))
        parts["firsts"].append(first_row - 1)
        if parts["texts"] is not None:
            parts["texts"].append(texts)
            parts["held"] += texts.nbytes
            if parts["held"] > TEXT_BUDGET:
                parts["texts"] = None  # too much to hold: windows are read again from the file
        if "text_sha256" in columns:
            for position, stated, actual in sha256_mismatches(texts, columns["text_sha256"]):
                self.findings.add(self.file, "text_sha256", "text_sha256", "text_sha256 is not the SHA-256 of text",
                                  [first_row + position], [Shown(f"{stated}, the text's is {actual}")], 1,
                                  expected="hex SHA-256 of the UTF-8 text")

    def _text_store(self) -> TextStore | None:
        parts = self.text_parts
        if not parts["chars"]:
            return None
        path, rows = self.resource.path, self.rows_per_batch

        def reopen() -> Any:
            for batch in read_batches(pq.ParquetFile(path), [TEXT_COLUMN], rows):
                yield plain(batch.column(0))

        store = TextStore(pa.concat_arrays(parts["chars"]), parts["firsts"], parts["texts"], reopen)
        self.text_parts = {}
        return store

    # -- checks against other tables --------------------------------------------------------------

    def _flush(self) -> None:
        if not self.pending:
            return
        pieces, self.pending, self.pending_bytes = self.pending, [], 0
        first_row = pieces[0].first_row
        found: dict[int, pa.Array] = {}
        for index, fk in enumerate(self.foreign_keys):
            if fk.table == self.spec.name:
                continue
            referenced = self.context.state(fk.table)
            keys = referenced.keys.get(fk.table_fields) if referenced.available else None
            if keys is None:
                self._patterns_unchecked(index, [(piece.first_row, piece.references[index]) for piece in pieces])
                continue
            probe = pa.concat_arrays([keys.probe(piece.references[index]) for piece in pieces])
            rows = keys.positions(probe)
            found[index] = rows
            self._report_dangling(index, pc.and_(rows.is_null(), probe.is_valid()),
                                  [piece.references[index] for piece in pieces], first_row)
        sources = self._source_rows(found, sum(piece.length for piece in pieces))
        if self.keeps_source_rows:
            self.source_rows.append(pc.cast(sources, pa.int32()))
        if sources is None or not self.spans_checked:
            return
        if self.text_reader is None:
            store = self.context.state(SOURCE_TABLE).texts
            if store is None:
                return
            self.text_reader = store.reader()
        checks = []
        offset = 0
        for piece in pieces:
            for prefix, group in piece.spans.items():
                check = self._spans_inside(self.text_reader, prefix, group, sources.slice(offset, piece.length),
                                           piece.first_row)
                if check is not None:
                    checks.append(check)
            offset += piece.length
        results = self.text_reader.compare([(c.source, c.start, c.end, c.stored) for c in checks])
        for check, (wrong, examples) in zip(checks, results):
            self._report_evidence(check, wrong, examples)

    def _source_rows(self, found: dict[int, pa.Array], length: int) -> pa.Array | None:
        """The article row of each buffered row (null where unknown), or None when no article is known."""
        if self.source_link is None or self.source_link not in found:
            return pa.nulls(length, pa.int64()) if self.keeps_source_rows else None
        link = self.foreign_keys[self.source_link]
        keys = self.context.state(link.table).keys.get(link.table_fields)
        if keys is None or keys.payload is None:
            return pa.nulls(length, pa.int64())
        return pc.cast(keys.payload.take(found[self.source_link]), pa.int64())

    def _patterns_unchecked(self, index: int, parts: list[tuple[int, list[pa.Array]]]) -> None:
        """The referenced table cannot be used: check the patterns the lookup would have covered."""
        fk = self.foreign_keys[index]
        for check in self.column_checks:
            if check.pattern_elsewhere and check.column.name in fk.fields:
                position = fk.fields.index(check.column.name)
                for first_row, arrays in parts:
                    check_pattern(self.file, check.column, arrays[position], first_row, self.findings)

    def _report_dangling(self, index: int, dangling: pa.Array, parts: list[list[pa.Array]], first_row: int) -> None:
        if not pc.any(dangling).as_py():
            return
        fk = self.foreign_keys[index]
        columns = [pa.concat_arrays([plain(part[i]) for part in parts]) for i in range(len(fk.fields))]
        positions = pc.indices_nonzero(dangling)
        shown = [", ".join(map(str, row)) for row in zip(*(c.take(positions.slice(0, 5)).to_pylist() for c in columns))]
        self.findings.add_positions(self.file, ", ".join(fk.fields), "foreign_key",
                                    f"not a {', '.join(fk.table_fields)} of {fk.table}", positions, first_row, shown,
                                    expected=f"a row of {fk.table}")
        for check in self.column_checks:
            if check.pattern_elsewhere and check.column.name in fk.fields:
                values = columns[fk.fields.index(check.column.name)].take(positions)
                check_pattern(self.file, check.column, values, first_row, self.findings, positions)

    def _spans_inside(self, texts: TextReader, prefix: str, group: tuple[pa.Array, ...], sources: pa.Array,
                      first_row: int) -> SpanCheck | None:
        """The complete, consistent spans of one batch whose article is known, once those running past
        the article's end are reported."""
        checkable, start, end, stored = group
        rows = pc.indices_nonzero(pc.and_(checkable, sources.is_valid()))
        if not len(rows):
            return None
        source = sources
        if len(rows) < len(sources):  # copy only when some rows drop out (the texts are most of the bytes)
            source, start, end, stored = sources.take(rows), start.take(rows), end.take(rows), stored.take(rows)
        length = pc.take(texts.char_counts, source)
        past = pc.greater(end, length)
        if pc.any(past).as_py():
            where = pc.indices_nonzero(past)
            shown = [Shown(f"{s}-{e}, the article has {n:,} characters") for s, e, n in zip(
                *(a.take(where.slice(0, 5)).to_pylist() for a in (start, end, length)))]
            self.findings.add_positions(self.file, f"{prefix}_end", "evidence", "the span runs past the end of its "
                                        "source article", rows.take(where), first_row, shown)
        inside = pc.and_(pc.invert(past), pc.greater_equal(start, scalar(0)))  # a negative start is a `range` problem
        if not pc.all(inside).as_py():
            keep = pc.indices_nonzero(inside)
            rows, source, start, end, stored = (a.take(keep) for a in (rows, source, start, end, stored))
        return SpanCheck(prefix, first_row, rows, source, start, end, stored)

    def _report_evidence(self, check: SpanCheck, wrong: pa.Array, examples: list[tuple[int, str]]) -> None:
        if not len(wrong):
            return
        prefix = check.prefix
        at = [position for position, _ in examples]
        written = plain(check.stored.take(numbers(at))).to_pylist() if at else []
        shown = [Shown(_difference(w, a)) for w, (_, a) in zip(written, examples)]
        # the rows shown first, so that the examples quoted are theirs
        rows = check.rows.take(pa.concat_arrays([numbers(at), wrong]) if at else wrong)
        self.findings.add_positions(self.file, f"{prefix}_text", "evidence", f"{prefix}_text differs from the source "
                                    f"article's text at {prefix}_start-{prefix}_end", rows,
                                    check.first_row, shown, expected="text[start:end] of the source article",
                                    count=len(wrong))

    # -- the end of the table -------------------------------------------------------------------

    def _finish(self) -> None:
        sources = None  # the article row of each row, carried by the key sets (for the tables after)
        if self.spec.name == SOURCE_TABLE:
            sources = pa.chunked_array([counting(self.rows, pa.int32())])
        elif self.complete and self.keeps_source_rows:
            sources = pa.chunked_array(self.source_rows, pa.int32())
        self.source_rows = []
        for key, parts in self.key_parts.items():
            self.state.keys[key] = KeySet.of(parts, key in self.hashed_keys, sources)
        self.key_parts = {}
        self.state.available = self.complete or self.keys_published
        self._check_own_references()
        self._check_primary_key()
        if self.spec.name == SOURCE_TABLE and self.complete:
            self.state.texts = self._text_store()

    def _check_own_references(self) -> None:
        for index, fk in enumerate(self.foreign_keys):
            if fk.table != self.spec.name:
                continue
            keys = self.state.keys.get(fk.table_fields) if self.state.available else None
            if keys is None:
                self._patterns_unchecked(index, self.own_references)
                continue
            for first_row, arrays in self.own_references:
                probe = keys.probe(arrays)
                dangling = pc.and_(keys.positions(probe).is_null(), probe.is_valid())
                self._report_dangling(index, dangling, [arrays], first_row)

    def _check_primary_key(self) -> None:
        if not self.has_primary_key or not self.complete:
            return
        key = self.spec.primary_key
        if self.sorted_keys is not None and self.sorted_keys.sorted:
            found = self.sorted_keys
            if found.count:
                self.findings.add(self.file, ", ".join(key), "primary_key", "duplicate primary key",
                                  [row + 1 for row, _ in found.examples], [value for _, value in found.examples],
                                  found.count, expected="a key no other row has")
            return
        hashed = key in self.hashed_keys or key not in self.state.keys
        if key in self.state.keys:
            repeated = self.state.keys[key].repeated()
        else:  # not sorted by its key: hash the key columns in a second pass
            chunks = [hash_key([batch.column(name) for name in key]) for batch in self._reread(list(key))]
            repeated = repeated_values(pa.concat_arrays(chunks)) if chunks else None
        if repeated is not None:
            self._report_duplicates(repeated, hashed)

    def _reread(self, names: list[str]) -> Any:
        return read_batches(pq.ParquetFile(self.resource.path), names, 1 << 18)

    def _report_duplicates(self, repeated: pa.Array, hashed: bool) -> None:
        """Find the rows holding a repeated key (or key hash) and confirm them on their real values;
        report every row that repeats an earlier key."""
        key = list(self.spec.primary_key)
        seen: set[tuple[Any, ...]] = set()
        repeats: list[tuple[int, str]] = []
        offset = 0
        for batch in self._reread(key):
            columns = [batch.column(name) for name in key]
            represented = hash_key(columns) if hashed else exact(columns)
            local = pc.indices_nonzero(fill_null(pc.is_in(represented, value_set=repeated), False))
            if len(local):
                values = zip(*(plain(column).take(local).to_pylist() for column in columns))
                for row, value in zip(local.to_pylist(), values):
                    if value in seen:
                        repeats.append((offset + row + 1, ", ".join(map(str, value))))
                    seen.add(value)
            offset += batch.num_rows
        if repeats:
            self.findings.add(self.file, ", ".join(key), "primary_key", "duplicate primary key",
                              [row for row, _ in repeats[:5]], [value for _, value in repeats[:5]], len(repeats),
                              expected="a key no other row has")


def _difference(written: str, actual: str, context: int = 12) -> str:
    """Where a stored text first differs from the article: "at character 5: 'Xehmet Ha' vs the article's 'Mehmet Ha'"."""
    at = next((i for i, (a, b) in enumerate(zip(written, actual)) if a != b), min(len(written), len(actual)))
    lo = max(0, at - context)

    def excerpt(text: str) -> str:
        piece = repr(text[lo: at + 2 * context])
        return ("..." if lo else "") + piece + ("..." if at + 2 * context < len(text) else "")

    return f"at character {at}: {excerpt(written)} vs the article's {excerpt(actual)}"
