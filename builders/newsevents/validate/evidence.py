"""Cutting `text[start:end]` out of source articles for millions of rows at once, in Arrow.

Offsets count code points; Arrow strings are UTF-8 bytes. A window of articles is held as one
Arrow string array; the code point -> byte map is `byte = cp + (continuation bytes before cp)`,
looked up with `search_sorted` in the list of continuation-byte positions (plain ASCII windows
skip it). Spans sorted by start and not overlapping are then zero-copy slices of the window's data
(offsets interleaved into a binary array over the same buffer), copied out with one `take`;
overlapping spans go in further layers.

Articles are held whole while they fit `TEXT_BUDGET` bytes, else read again window by window
(each scan has its own reader), so a package sorted by source, as `newsevents build` writes it,
reads each window once per table.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pyarrow as pa
import pyarrow.compute as pc

from .literals import counting, fill_null, numbers, scalar

#: Bytes of article text held in memory at once.
TEXT_BUDGET = 192 << 20
_SCAN = 16 << 20  # bytes scanned at a time for continuation bytes
_I64 = pa.int64()


def _exclusive_cumsum(values: pa.Array) -> pa.Array:
    total = pc.cumulative_sum(pc.cast(values, _I64))
    return pa.concat_arrays([numbers([0]), total.slice(0, len(total) - 1)]) if len(values) else total


def _ranks(count: int) -> pa.Array:
    """1, 2, ..., count as int64."""
    return pc.add(counting(count), scalar(1))


class TextWindow:
    """Articles `first`..`first + len(texts)` as one string array, with the code point -> byte map."""

    def __init__(self, first: int, texts: pa.Array | pa.ChunkedArray):
        if isinstance(texts, pa.ChunkedArray):
            texts = texts.combine_chunks() if texts.num_chunks != 1 else texts.chunk(0)
        if pa.types.is_dictionary(texts.type):
            texts = texts.dictionary_decode()
        if not (pa.types.is_string(texts.type) or pa.types.is_large_string(texts.type)):
            texts = texts.cast(pa.string())
        offset_type = _I64 if pa.types.is_large_string(texts.type) else pa.int32()
        offsets = pa.Array.from_buffers(offset_type, len(texts) + 1, [None, texts.buffers()[1]], offset=texts.offset)
        self.first = first
        self.texts = texts
        self.offsets = pc.cast(offsets, _I64)
        self.byte_base = offsets[0].as_py()
        size = offsets[len(texts)].as_py() - self.byte_base
        data = texts.buffers()[2]
        self.data = data if data is not None else pa.py_buffer(b"")
        self.bytes = pa.Array.from_buffers(pa.uint8(), self.data.size, [None, self.data])
        chars = pc.cast(fill_null(pc.utf8_length(texts), 0), _I64)
        self.cp_base = _exclusive_cumsum(chars)
        self.owners = None if size == (pc.sum(chars).as_py() or 0) else self._owners(size)

    def _owners(self, size: int) -> pa.Array:
        """For each continuation byte, the window-wide code point index of the character it belongs to."""
        positions = []
        for at in range(0, size, _SCAN):
            chunk = self.bytes.slice(self.byte_base + at, min(_SCAN, size - at))
            high = pc.indices_nonzero(pc.greater_equal(chunk, scalar(0x80, pa.uint8())))  # non-ASCII bytes
            continuation = high.filter(pc.less(chunk.take(high), scalar(0xC0, pa.uint8())))  # 10xxxxxx
            if len(continuation):
                positions.append(pc.add(pc.cast(continuation, _I64), scalar(at)))
        if not positions:
            return numbers([])
        continuation_at = pa.concat_arrays(positions)
        return pc.subtract(continuation_at, _ranks(len(continuation_at)))

    def _bytes(self, code_points: pa.Array) -> pa.Array:
        if self.owners is None or not len(self.owners):
            return code_points
        return pc.add(code_points, pc.cast(pc.search_sorted(self.owners, code_points, side="left"), _I64))

    def extract(self, local: pa.Array, start: pa.Array, end: pa.Array | None = None,
                byte_lengths: pa.Array | None = None) -> tuple[pa.Array, pa.Array | None]:
        """text[start:end] of article `first + local[i]` as UTF-8 binary (spans inside the text), as `slices`.

        With `byte_lengths` instead of `end`, the slice is that many bytes from `start` (cut at the
        article's end): it equals a stored text exactly when text[start:end] does (given
        len(stored) == end - start), for one code point lookup per row instead of two.
        """
        if not len(local):
            return pa.nulls(0, pa.binary()), None
        base = pc.take(self.cp_base, local)
        first = pc.add(self._bytes(pc.add(base, pc.cast(start, _I64))), scalar(self.byte_base))
        if byte_lengths is None:
            last = pc.add(self._bytes(pc.add(base, pc.cast(end, _I64))), scalar(self.byte_base))
        else:
            text_end = pc.take(self.offsets, pc.add(pc.cast(local, _I64), scalar(1)))
            last = pc.min_element_wise(pc.add(first, pc.cast(byte_lengths, _I64)), text_end)
        return slices(self.data, first, last)


_TRUE = pa.Array.from_buffers(pa.bool_(), 1, [None, pa.py_buffer(b"\x01")])


def _interleave(a: pa.Array, b: pa.Array) -> pa.Array:
    """a0, b0, a1, b1, ..."""
    count = len(a)
    k = counting(2 * count)
    index = pc.add(pc.shift_right(k, scalar(1)), pc.multiply(pc.bit_wise_and(k, scalar(1)), scalar(count)))
    return pc.take(pa.concat_arrays([a, b]), index)


def _disjoint_slices(data: pa.Buffer, first: pa.Array, last: pa.Array) -> pa.Array:
    """data[first[i]:last[i]] for spans in ascending, non-overlapping order: zero-copy views, one take."""
    wide = data.size >= 1 << 31
    bounds = _interleave(first, last)
    if not wide:
        bounds = pc.cast(bounds, pa.int32())
    kind = pa.large_binary() if wide else pa.binary()
    pieces = pa.Array.from_buffers(kind, len(bounds) - 1, [None, bounds.buffers()[1], data], offset=bounds.offset)
    return pc.take(pieces, pc.multiply(counting(len(first)), scalar(2)))


def _gathered(data: pa.Buffer, first: pa.Array, last: pa.Array) -> pa.Array:
    """data[first[i]:last[i]] byte by byte (slow; for spans that overlap many others)."""
    values = pa.Array.from_buffers(pa.uint8(), data.size, [None, data])
    sizes = pc.subtract(last, first)
    flat = pc.list_flatten(pa.LargeListViewArray.from_arrays(first, sizes, values))
    if flat.offset:
        flat = pa.concat_arrays([flat])
    offsets = pa.concat_arrays([numbers([0]), pc.cumulative_sum(sizes)])
    return pa.Array.from_buffers(pa.large_binary(), len(first), [None, offsets.buffers()[1], flat.buffers()[1]])


#: After this many layers of overlapping spans, the rest are gathered byte by byte.
_LAYERS = 8


def slices(data: pa.Buffer, first: pa.Array, last: pa.Array) -> tuple[pa.Array, pa.Array | None]:
    """data[first[i]:last[i]] as binary, in an order of the caller's rows: (cut, rows), cut[j] is row rows[j].

    `rows` is None when the order is the caller's. Spans are sorted by start and cut in layers of
    non-overlapping spans (a span that starts before an earlier one ends waits for the next layer);
    each layer is one zero-copy binary array over `data` and one `take`. Spans already in order
    and disjoint (events by evidence, as the build writes them) need no sort and one layer.
    """
    count = len(first)
    order = None
    if count > 1 and not pc.all(pc.less_equal(first.slice(0, count - 1), first.slice(1))).as_py():
        order = pc.sort_indices(first)
        first, last = first.take(order), last.take(order)
    cuts, rows = [], []
    waiting = None  # positions (in sorted order) of the spans not cut yet; None: all of them
    for _ in range(_LAYERS):
        reach = pc.cumulative_max(last)
        free = pa.concat_arrays([_TRUE, pc.greater_equal(first.slice(1), reach.slice(0, len(reach) - 1))])
        if pc.all(free).as_py():
            cuts.append(_disjoint_slices(data, first, last))
            rows.append(waiting)
            first = first.slice(0, 0)
            break
        now, later = pc.indices_nonzero(free), pc.indices_nonzero(pc.invert(free))
        cuts.append(_disjoint_slices(data, first.take(now), last.take(now)))
        rows.append(now if waiting is None else waiting.take(now))
        waiting = later if waiting is None else waiting.take(later)
        first, last = first.take(later), last.take(later)
    if len(first):
        cuts.append(_gathered(data, first, last).cast(cuts[0].type if cuts else pa.binary()))
        rows.append(waiting)
    if len(cuts) == 1 and rows[0] is None:
        return cuts[0], order
    where = pa.concat_arrays([pc.cast(r, _I64) for r in rows])
    return pa.concat_arrays(cuts), (where if order is None else order.take(where))


class TextStore:
    """Every article's text, and how to get at it: the batches read with the source table when they fit
    `TEXT_BUDGET`, else the same batches read again from the file by each scan's `TextReader`."""

    def __init__(self, char_counts: pa.Array, firsts: list[int], resident: list[pa.Array] | None,
                 reopen: Callable[[], Iterator[pa.Array]]):
        self.char_counts = pc.cast(char_counts, _I64)
        self.count = len(char_counts)
        self.firsts = firsts  # first article of each window
        self.starts = numbers(firsts)
        self.resident = resident
        self.reopen = reopen
        self._windows: dict[int, TextWindow] = {}
        self._lock = threading.Lock()

    def shared_window(self, number: int) -> TextWindow:
        with self._lock:
            if number not in self._windows:
                self._windows[number] = TextWindow(self.firsts[number], self.resident[number])
            return self._windows[number]

    def reader(self) -> TextReader:
        return TextReader(self)


class TextReader:
    """One scan's access to the articles: held windows, or one window at a time read in file order."""

    def __init__(self, store: TextStore):
        self.store = store
        self.char_counts = store.char_counts
        self._window: TextWindow | None = None
        self._batches: Iterator[pa.Array] | None = None
        self._carry: tuple[int, pa.Array] = (0, pa.nulls(0, pa.string()))  # (first article, texts) read last

    def _window_for(self, number: int) -> TextWindow:
        store = self.store
        if store.resident is not None:
            return store.shared_window(number)
        first = store.firsts[number]
        if self._window is not None and self._window.first == first:
            return self._window
        last = store.firsts[number + 1] if number + 1 < len(store.firsts) else store.count
        self._window = None  # let the previous window go before the next one is read
        if self._batches is None or first < self._carry[0]:
            self._batches, self._carry = store.reopen(), (0, pa.nulls(0, pa.string()))
        pieces = []
        at, batch = self._carry
        while True:
            lo, hi = max(first, at), min(last, at + len(batch))
            if lo < hi:
                pieces.append(batch.slice(lo - at, hi - lo))
            if at + len(batch) >= last:
                break
            at, batch = at + len(batch), next(self._batches)
        self._carry = (at, batch)  # the batch read last may hold the start of the next window
        self._window = TextWindow(first, pieces[0] if len(pieces) == 1 else pa.concat_arrays(pieces))
        return self._window

    def _window_numbers(self, source: pa.Array) -> pa.Array | None:
        """The window of each row's article, or None when one window holds every article."""
        if len(self.store.firsts) == 1:
            return None
        return pc.subtract(pc.cast(pc.search_sorted(self.store.starts, source, side="right"), _I64), scalar(1))

    def _cut(self, number: int, rows: pa.Array | None, source: pa.Array, start: pa.Array, end: pa.Array | None,
             byte_lengths: pa.Array | None = None) -> tuple[pa.Array, pa.Array | None]:
        """The spans of the rows in window `number` (all rows when `rows` is None): (cut, order), as `slices`."""
        window = self._window_for(number)
        if rows is not None:
            source, start = source.take(rows), start.take(rows)
            end = end.take(rows) if end is not None else None
            byte_lengths = byte_lengths.take(rows) if byte_lengths is not None else None
        cut, order = window.extract(pc.subtract(source, scalar(window.first)), start, end, byte_lengths)
        if rows is None:
            return cut, order
        return cut, (rows if order is None else rows.take(order))

    def cut(self, source: pa.Array, start: pa.Array, end: pa.Array) -> list[str]:
        """text[start:end] of each row's article (for a few rows: the examples of a problem)."""
        source = pc.cast(source, _I64)
        result: list[str] = [""] * len(source)
        window_of = self._window_numbers(source)
        numbers = [0] if window_of is None else sorted(pc.unique(window_of).to_pylist())
        for number in numbers:
            rows = None if window_of is None else pc.indices_nonzero(pc.equal(window_of, scalar(number)))
            cut, order = self._cut(number, rows, source, start, end)
            targets = range(len(source)) if order is None else order.to_pylist()
            for target, value in zip(targets, cut.to_pylist()):
                result[target] = value.decode("utf-8", "replace")
        return result

    def mismatches(self, source: pa.Array, start: pa.Array, stored: pa.Array) -> pa.Array:
        """Positions (ascending) where the text at `start` of article `source` is not `stored`."""
        return self.compare([(source, start, None, stored)])[0][0]

    def compare(self, groups: list[tuple[pa.Array, pa.Array, pa.Array | None, pa.Array]]
                ) -> list[tuple[pa.Array, list[tuple[int, str]]]]:
        """For each group of rows (article, start, end, stored text): the positions (ascending) whose text
        differs from the article's, and the article's text at the first few of them (when `end` is given).

        The caller has checked len(stored) == end - start and end <= the article's length. Windows are
        visited in order, once for all the groups, so a reader never goes back in the file.
        """
        prepared = []
        for source, start, end, stored in groups:
            stored = stored.dictionary_decode() if pa.types.is_dictionary(stored.type) else stored
            stored = stored.cast(pa.large_binary() if pa.types.is_large_string(stored.type) else pa.binary())
            source = pc.cast(source, _I64)
            prepared.append((source, start, end, stored, pc.binary_length(stored), self._window_numbers(source)))
        windows = sorted({n for *_, window_of in prepared
                          for n in ([0] if window_of is None else pc.unique(window_of).to_pylist())})
        found: list[list[pa.Array]] = [[] for _ in groups]
        shown: list[list[tuple[int, str]]] = [[] for _ in groups]
        for number in windows:
            for index, (source, start, end, stored, lengths, window_of) in enumerate(prepared):
                rows = None if window_of is None else pc.indices_nonzero(pc.equal(window_of, scalar(number)))
                if rows is not None and not len(rows):
                    continue
                cut, order = self._cut(number, rows, source, start, None, lengths)
                expected = stored if order is None else stored.take(order)
                if cut.type != expected.type:
                    cut = cut.cast(expected.type)
                differs = pc.indices_nonzero(fill_null(pc.not_equal(cut, expected), True))
                if not len(differs):
                    continue
                positions = pc.cast(differs if order is None else order.take(differs), _I64)
                found[index].append(positions)
                if end is not None and len(shown[index]) < 5:
                    head = positions.slice(0, 5)
                    actual, head_order = self._cut(number, head, source, start, end)
                    at = head.to_pylist() if head_order is None else head_order.to_pylist()
                    shown[index] += [(p, v.decode("utf-8", "replace")) for p, v in zip(at, actual.to_pylist())]
        results = []
        for positions, examples in zip(found, shown):
            if not positions:
                results.append((numbers([]), []))
                continue
            merged = pa.concat_arrays(positions)
            results.append((merged.take(pc.sort_indices(merged)), sorted(examples)[:5]))
        return results
