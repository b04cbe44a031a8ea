"""Keys as 64-bit hashes, computed with pyarrow kernels only, for unique and foreign-key checks.

Ten million event ids take 8 bytes each as hashes instead of ~40 as text, which keeps the key sets
of a 10^7-event package well under a gigabyte. A hash collision could hide a dangling reference
(about one chance in 10^12 per reference at that size); a duplicate found by hash is confirmed on
the real values before it is reported.

The string hash mixes 8-byte words (multiply, xor-shift) and ends with MurmurHash3's finaliser.
pyarrow has no public hash kernel, and numpy (or polars, duckdb) is not a runtime dependency.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import pyarrow as pa
import pyarrow.compute as pc

from .literals import counting, numbers, scalar

_U64 = pa.uint64()
_K = scalar(0x9E3779B97F4A7C15, _U64)
_M1 = scalar(0xFF51AFD7ED558CCD, _U64)
_M2 = scalar(0xC4CEB9FE1A85EC53, _U64)
_S32 = scalar(32, _U64)
_S33 = scalar(33, _U64)
_EMPTY = scalar(b"")
_NULL = pa.nulls(1, _U64)[0]
#: Keys longer than this are hashed one by one with hashlib (rare: ids and names are short).
_LONG = 256
#: Run-length encode a column first when it has at most this share of runs (sorted link tables).
_RUN_SHARE = 0.75


def _fmix(h: pa.Array) -> pa.Array:
    h = pc.bit_wise_xor(h, pc.shift_right(h, _S33))
    h = pc.multiply(h, _M1)
    h = pc.bit_wise_xor(h, pc.shift_right(h, _S33))
    h = pc.multiply(h, _M2)
    return pc.bit_wise_xor(h, pc.shift_right(h, _S33))


def _words(values: pa.Array, lengths: pa.Array, width: int) -> pa.Array:
    """Hash binary values of at most `width` bytes, 8 bytes at a time (a value's hash ignores the padding)."""
    words = -(-width // 8) or 1
    shortest = pc.min(lengths).as_py() or 0
    padded = pc.binary_join_element_wise(values, scalar(b"\0" * (8 * words)), _EMPTY)
    h = pc.cast(lengths, _U64)
    for k in range(words):
        piece = pc.binary_slice(padded, 8 * k, 8 * k + 8)
        word = pa.Array.from_buffers(_U64, len(values), [None, piece.buffers()[2]])
        mixed = pc.multiply(pc.bit_wise_xor(h, word), _K)
        mixed = pc.bit_wise_xor(mixed, pc.shift_right(mixed, _S32))
        # words past a value's end leave its hash alone, so a key hashes alike in every batch
        h = mixed if 8 * k < shortest or k == 0 else pc.if_else(pc.greater(lengths, scalar(8 * k, pa.int32())), mixed, h)
    return h


def _hash_binary(values: pa.Array) -> pa.Array:
    valid = values.is_valid() if values.null_count else None
    values = pc.coalesce(values.cast(pa.binary()), _EMPTY) if values.null_count else values.cast(pa.binary())
    lengths = pc.binary_length(values)
    longest = pc.max(lengths).as_py() or 0
    if longest <= _LONG:
        h = _words(values, lengths, longest)
    else:
        long = pc.greater(lengths, scalar(_LONG, pa.int32()))
        short = pc.if_else(long, _EMPTY, values)
        h = _words(short, pc.binary_length(short), _LONG)
        where = pc.indices_nonzero(long).to_pylist()
        digests = [int.from_bytes(hashlib.blake2b(values[i].as_py(), digest_size=8).digest(), "little") for i in where]
        h = pc.replace_with_mask(h, long, numbers(digests, _U64))
    h = _fmix(h)
    return pc.if_else(valid, h, _NULL) if valid is not None else h


def _hash_fixed(values: pa.Array) -> pa.Array:
    if pa.types.is_floating(values.type):
        values = values.cast(pa.float64())
        bits = pa.Array.from_buffers(_U64, len(values), [values.buffers()[0], values.buffers()[1]], offset=values.offset)
    else:
        bits = pc.cast(pc.cast(values, pa.int64()), _U64, safe=False)
    return _fmix(pc.bit_wise_xor(bits, _K))


def hash_array(values: pa.Array | pa.ChunkedArray) -> pa.Array:
    """A uint64 hash per value; null stays null. Strings hash alike whatever their encoding."""
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks() if values.num_chunks != 1 else values.chunk(0)
    if pa.types.is_dictionary(values.type):
        return pc.take(hash_array(values.dictionary), values.indices)
    if pa.types.is_string(values.type) or pa.types.is_large_string(values.type) or pa.types.is_binary(values.type):
        return per_run(values, _hash_binary)
    return _hash_fixed(values)


def per_run(values: pa.Array, function: Callable[[pa.Array], pa.Array]) -> pa.Array:
    """`function(values)`, computed once per run of equal neighbours when runs are long enough to pay
    (link tables sorted by event hold each event id several times in a row)."""
    if len(values) > 1:
        runs = pc.run_end_encode(values)
        if len(runs.values) <= _RUN_SHARE * len(values):
            result = function(runs.values)
            encoded = pa.Array.from_buffers(pa.run_end_encoded(runs.type.run_end_type, result.type), len(runs), [None],
                                            children=[runs.run_ends, result])
            return pc.run_end_decode(encoded)
    return function(values)


def hash_key(columns: list[pa.Array]) -> pa.Array:
    """One uint64 per row for a (possibly composite) key; null when any part is null."""
    h = hash_array(columns[0])
    for column in columns[1:]:
        h = _fmix(pc.bit_wise_xor(pc.multiply(h, _K), hash_array(column)))
    return h


def repeated_values(values: pa.Array) -> pa.Array | None:
    """The non-null values that occur more than once, or None when all differ."""
    valid = len(values) - values.null_count
    if pc.count_distinct(values, mode="only_valid").as_py() == valid:
        return None
    counts = pc.value_counts(values)
    repeated = counts.field("values").filter(pc.greater(counts.field("counts"), scalar(1)))
    return repeated.filter(repeated.is_valid())


class SortedKeys:
    """Primary-key uniqueness for a file sorted by its key: duplicates are neighbours.

    Costs two comparisons per row and no memory. When the file turns out not to be sorted,
    `sorted` becomes False and the caller checks uniqueness by hashing instead.
    """

    def __init__(self) -> None:
        self.sorted = True
        self._last: list[pa.Array] | None = None
        self.examples: list[tuple[int, str]] = []  # (0-based row, key) of rows repeating the row before
        self.count = 0

    def add(self, columns: list[pa.Array], first_row: int) -> None:
        if not self.sorted or not len(columns[0]):
            return
        if any(column.null_count for column in columns):
            self.sorted = False
            return
        columns = [c.dictionary_decode() if pa.types.is_dictionary(c.type) else c for c in columns]
        if self._last is not None:
            columns = [pa.concat_arrays([last, column]) for last, column in zip(self._last, columns)]
            first_row -= 1
        self._last = [column.slice(len(column) - 1) for column in columns]
        if len(columns[0]) < 2:
            return
        after = [column.slice(1) for column in columns]
        before = [column.slice(0, len(column) - 1) for column in columns]
        greater = equal = None
        for a, b in zip(reversed(after), reversed(before)):
            gt, eq = pc.greater(a, b), pc.equal(a, b)
            greater = gt if greater is None else pc.or_(gt, pc.and_(eq, greater))
            equal = eq if equal is None else pc.and_(eq, equal)
        if not pc.all(pc.or_(greater, equal)).as_py():
            self.sorted = False
            return
        count = pc.sum(equal).as_py() or 0
        if count:
            self.count += count
            for i in pc.indices_nonzero(equal).slice(0, max(0, 5 - len(self.examples))).to_pylist():
                key = ", ".join(str(column[i + 1].as_py()) for column in columns)
                self.examples.append((first_row + 1 + i, key))


#: Hashes per bucket of a `HashDirectory`: 2 to 4 (a directory of 10^7 hashes takes 16 MB).
_BUCKET = 4


class HashDirectory:
    """Sorted 64-bit hashes with a directory on their top bits, for lookups in any order.

    A binary search for a random hash among ten million reads two dozen places scattered through
    80 MB; the directory sends each lookup straight to its bucket, where the few hashes that share
    its top bits lie side by side (one cache miss instead of twenty).
    """

    def __init__(self, hashes: pa.Array):
        """`hashes`: uint64, ascending, without nulls."""
        self.hashes = hashes
        self.shift = 64 - max(1, (len(hashes) // _BUCKET).bit_length())
        buckets = 1 << (64 - self.shift)
        firsts = pc.shift_left(pc.cast(counting(buckets), _U64), scalar(self.shift, _U64))
        self.starts = pc.cast(pc.search_sorted(hashes, firsts), pa.int32() if len(hashes) < 1 << 31 else pa.int64())

    def find(self, probe: pa.Array) -> pa.Array:
        """Where each hash of `probe` is in `hashes` (int64; null: absent, or a null probe)."""
        if not len(self.hashes) or not len(probe):
            return pa.nulls(len(probe), pa.int64())
        valid = probe.is_valid() if probe.null_count else None
        wanted = pc.coalesce(probe, scalar(0, _U64)) if valid is not None else probe
        at = self.starts.take(pc.shift_right(wanted, scalar(self.shift, _U64)))
        found = pc.cast(self._walk(wanted, at), pa.int64())
        return pc.if_else(valid, found, pa.nulls(1, pa.int64())[0]) if valid is not None else found

    def _walk(self, wanted: pa.Array, at: pa.Array) -> pa.Array:
        """Step through each bucket from `at` while its hashes are smaller than the one wanted."""
        last = len(self.hashes) - 1
        end = scalar(last, at.type)
        inside = pc.less_equal(at, end)
        seen = self.hashes.take(pc.min_element_wise(at, end))
        found = pc.if_else(pc.and_(inside, pc.equal(seen, wanted)), at, pa.nulls(1, at.type)[0])
        onward = pc.and_(inside, pc.less(seen, wanted))  # the next bucket's hashes are all larger: it ends there
        if not pc.any(onward).as_py():
            return found
        rows = pc.indices_nonzero(onward)
        further = self._walk(wanted.take(rows), pc.add(at.take(rows), scalar(1, at.type)))
        return pc.replace_with_mask(found, onward, further)
