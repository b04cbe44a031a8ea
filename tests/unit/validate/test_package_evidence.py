"""Cutting text[start:end] out of articles in Arrow gives what Python slicing gives, for any text and spans."""

from __future__ import annotations

import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st
from newsevents.validate.evidence import TextReader, TextStore

ARTICLES = [
    " date 2022-01-19 Blinken will meet Lavrov in Geneva on Friday, the State Department said.",
    " date 2023-03-06 “We agreed,” Meloni told reporters in Rome — a rare show of unity.",
    " date 2021-11-02 Ruto’s visit to Addis Ababa (the first since 2019) starts on Monday 😀.",
    " date 2020-07-15 Protesters in Minsk chanted «Žyvie Biełaruś» — about 5 000 people.",
]


def store(texts: list[str], window: int | None) -> TextReader:
    """The articles held whole (`window` None), or read again `window` articles at a time."""
    array = pa.array(texts, pa.string())
    counts = pa.array([len(t) for t in texts], pa.int64())
    if window is None:
        return TextStore(counts, [0], [array], lambda: iter([array])).reader()
    firsts = list(range(0, len(texts), window))
    return TextStore(counts, firsts, None, lambda: (array.slice(f, window) for f in firsts)).reader()


spans = st.lists(st.tuples(st.integers(0, len(ARTICLES) - 1), st.integers(0, 200), st.integers(1, 40)),
                 min_size=1, max_size=40)


@settings(max_examples=120, deadline=None)
@given(spans, st.sampled_from([None, 1, 3]))
def test_cut_equals_python_slicing(raw, window):
    """Unsorted, overlapping and identical spans; all articles held, or read one or three at a time."""
    rows = [(source, min(start, len(ARTICLES[source]) - 1), 0) for source, start, _ in raw]
    rows = [(s, a, min(len(ARTICLES[s]), a + length)) for (s, a, _), (_, _, length) in zip(rows, raw)]
    texts = store(ARTICLES, window)
    source = pa.array([r[0] for r in rows], pa.int64())
    start = pa.array([r[1] for r in rows], pa.int64())
    end = pa.array([r[2] for r in rows], pa.int64())
    expected = [ARTICLES[s][a:e] for s, a, e in rows]
    assert texts.cut(source, start, end) == expected
    assert texts.mismatches(source, start, pa.array(expected)).to_pylist() == []
    wrong = [text[:-1] + ("x" if text[-1] != "x" else "y") for text in expected]
    assert texts.mismatches(source, start, pa.array(wrong)).to_pylist() == list(range(len(rows)))
    # a stored text one character too long or short is caught too (its span would differ)
    longer = [text + "x" for text in expected]
    assert texts.mismatches(source, start, pa.array(longer)).to_pylist() == [
        i for i, (s, a, e) in enumerate(rows) if ARTICLES[s][a:e + 1] != longer[i]]


def test_offsets_after_multibyte_characters():
    texts = store(ARTICLES, None)
    text = ARTICLES[2]
    at = text.index("😀")
    cut = texts.cut(pa.array([2, 2, 1]), pa.array([at, at - 7, 17]), pa.array([at + 1, at, 26]))
    assert cut == ["😀", "Monday ", "“We agree"]


def test_a_dictionary_encoded_stored_text_is_compared_by_value():
    texts = store(ARTICLES, None)
    stored = pa.array(["Blinken", "Blinken", "Lavrov"]).dictionary_encode()
    source, start = pa.array([0, 0, 0]), pa.array([17, 17, 35])
    assert texts.mismatches(source, start, stored).to_pylist() == []
