"""What the scans of a package share: the findings, and what each table leaves for the tables after it."""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from .columns import plain
from .findings import Findings
from .keys import HashDirectory, hash_key, per_run, repeated_values
from .literals import fill_null, scalar

#: A referenced key is kept as text up to this many bytes (an exact lookup is faster than hashing
#: every reference); beyond it, as 64-bit hashes (8 bytes a row: 10^7 event ids take 80 MB, not 400).
EXACT_KEY_BYTES = 128 << 20
#: Exact key sets longer than this are sorted, and each lookup builds its hash table only over the
#: stretch between the smallest and the largest reference: link tables sorted by event, as the build
#: writes them, then look each event id up once per package instead of once per flush.
SORTED_LOOKUP_ROWS = 1 << 16
#: Exact key sets longer than this are looked up in no particular order through their hashes: a hash
#: table over a million ids, rebuilt for every flush, costs more than hashing the references.
HASHED_LOOKUP_ROWS = 1 << 18


def exact(columns: list[pa.Array]) -> pa.Array:
    """A one-column key as plain strings, the representation of exact key sets."""
    values = plain(columns[0])
    return values if pa.types.is_string(values.type) else values.cast(pa.string())


@dataclass
class KeySet:
    """The keys of a referenced table: strings (sorted when many), or, when `hashed`, uint64 hashes
    sorted, looked up through a `HashDirectory` (no hash table rebuilt per lookup). `payload[i]` goes with
    key `values[i]` (the article row of each event), so a lookup's positions index both."""

    values: pa.Array
    hashed: bool
    payload: pa.Array | None = None
    ordered: bool = False  # values ascending, no nulls: lookups may use a stretch of them
    directory: HashDirectory | None = None  # over the hashes, when `hashed`
    #: for exact keys looked up in no order: a directory over their hashes, and where each hash's key is
    _by_hash: tuple[HashDirectory, pa.Array] | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def of(cls, parts: list[pa.Array], hashed: bool, payload: pa.ChunkedArray | None = None) -> KeySet:
        values = pa.concat_arrays(parts) if parts else pa.nulls(0, pa.uint64() if hashed else pa.string())
        parts.clear()
        payload = payload.combine_chunks() if payload is not None else None
        if not hashed and (len(values) <= SORTED_LOOKUP_ROWS or values.null_count):
            return cls(values, False, payload)
        if not hashed and _ascending(values):
            return cls(values, False, payload, ordered=True)
        order = pc.cast(pc.sort_indices(values), pa.int32() if len(values) < 1 << 31 else pa.int64())  # nulls last
        values = values.take(order)
        keys = cls(values, hashed, payload.take(order) if payload is not None else None, ordered=not hashed)
        if hashed:
            keys.directory = HashDirectory(values.slice(0, len(values) - values.null_count))
        return keys

    def probe(self, columns: list[pa.Array]) -> pa.Array:
        """References in the representation of `values`."""
        return hash_key(columns) if self.hashed else exact(columns)

    def positions(self, probe: pa.Array) -> pa.Array:
        """Where each reference is in `values` (null: not found, or a null reference)."""
        if not self.hashed and not self.ordered:
            return pc.index_in(probe, value_set=self.values, skip_nulls=True)
        if not self.hashed:
            return self._stretch_positions(probe)
        return self.directory.find(probe)

    def _binary_search(self, probe: pa.Array) -> pa.Array:
        """Positions by binary search in the sorted `values`: no hash table to build for each lookup."""
        if not len(self.values):
            return pa.nulls(len(probe), pa.int64())
        at = pc.min_element_wise(pc.cast(pc.search_sorted(self.values, probe), pa.int64()), scalar(len(self.values) - 1))
        return pc.if_else(pc.equal(self.values.take(at), probe), at, pa.nulls(1, pa.int64())[0])

    def _stretch_positions(self, probe: pa.Array) -> pa.Array:
        if _ascending(probe):  # references in key order (link tables as the build writes them): no cache misses
            return per_run(probe, self._binary_search)
        if len(self.values) > HASHED_LOOKUP_ROWS:
            return self._hashed_positions(probe)
        low, high = pc.min_max(probe).values()
        if not low.is_valid:
            return pa.nulls(len(probe), pa.int64())
        first = pc.search_sorted(self.values, low, side="left").as_py()
        last = pc.search_sorted(self.values, high, side="right").as_py()
        if last - first > len(self.values) // 2:  # references spread over the keys: the stretch saves nothing
            return pc.index_in(probe, value_set=self.values, skip_nulls=True)
        found = pc.index_in(probe, value_set=self.values.slice(first, last - first), skip_nulls=True)
        return pc.add(pc.cast(found, pa.int64()), scalar(first)) if first else pc.cast(found, pa.int64())

    def _hashed_positions(self, probe: pa.Array) -> pa.Array:
        """Exact keys found through a directory over their hashes, each match confirmed on the text."""
        with self._lock:  # built once, by whichever scan asks first
            if self._by_hash is None:
                hashes = hash_key([self.values])
                order = pc.sort_indices(hashes)
                self._by_hash = (HashDirectory(hashes.take(order)), order)
        directory, order = self._by_hash
        positions = pc.cast(order.take(directory.find(hash_key([probe]))), pa.int64())
        same = pc.equal(self.values.take(positions), probe)
        return pc.if_else(same, positions, pa.nulls(1, pa.int64())[0])

    def repeated(self) -> pa.Array | None:
        """The keys (or key hashes) that occur more than once, or None."""
        if not self.hashed and not self.ordered:
            return repeated_values(self.values)
        if len(self.values) < 2:  # sorted (hashes, or ordered keys): repeats are neighbours
            return None
        same = fill_null(pc.equal(self.values.slice(1), self.values.slice(0, len(self.values) - 1)), False)
        return pc.unique(self.values.slice(1).filter(same)) if pc.any(same).as_py() else None


def _ascending(values: pa.Array) -> bool:
    return len(values) < 2 or pc.all(pc.less_equal(values.slice(0, len(values) - 1), values.slice(1))).as_py()


@dataclass
class TableState:
    """What later tables need from a table that has been read."""

    available: bool = False  # read to the end, with its key columns
    keys: dict[tuple[str, ...], KeySet] = field(default_factory=dict)
    texts: Any = None  # evidence.TextStore, for the table that holds the articles


class LockedFindings(Findings):
    """Findings that table scans running in two threads can add to."""

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()

    def add(self, *args: Any, **kwargs: Any) -> None:
        with self._lock:
            super().add(*args, **kwargs)

    def problem(self, problem: Any) -> None:
        with self._lock:
            super().problem(problem)


@dataclass
class Context:
    findings: Findings
    hasher: ThreadPoolExecutor  # file digests and article SHA-256s, beside the scans
    scans: dict[str, Future] = field(default_factory=dict)  # table -> Future[TableState]: the whole scan
    #: table -> Future[TableState], resolved as soon as the table's key sets are built (a first pass over
    #: its key columns), so the tables that reference it need not wait for its whole scan
    ready: dict[str, Future] = field(default_factory=dict)

    def state(self, table: str) -> TableState:
        """The table's state once its key sets are ready, or its scan has finished (waits for it)."""
        future = self.ready.get(table) or self.scans.get(table)
        return future.result() if future is not None else TableState()
