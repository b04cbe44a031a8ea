"""Key hashes: equal keys hash alike whatever their Arrow encoding or batch; duplicates are found either way."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc
from newsevents.validate.context import KeySet
from newsevents.validate.keys import SortedKeys, hash_array, hash_key, repeated_values

IDS = [f"event/{i:07d}-9f3a2b1c/meet-{i % 7}" for i in range(3000)] + ["actor/zoë-müller", "loc/xi’an", ""]


def test_a_key_hashes_alike_in_every_encoding_and_batch():
    plain = hash_array(pa.array(IDS)).to_pylist()
    assert hash_array(pa.array(IDS, pa.large_string())).to_pylist() == plain
    assert hash_array(pa.array(IDS).dictionary_encode()).to_pylist() == plain
    # a batch holding a longer key pads to more words: the hash of a short key must not change
    alone = hash_array(pa.array([IDS[0]])).to_pylist()[0]
    assert hash_array(pa.array([IDS[0], "x" * 200])).to_pylist()[0] == alone == plain[0]
    # runs of equal values (sorted link tables) take a shortcut: same result
    repeated = [value for value in IDS[:50] for _ in range(3)]
    assert hash_array(pa.array(repeated)).to_pylist() == [h for h in plain[:50] for _ in range(3)]


def test_distinct_keys_hash_apart_and_nulls_stay_null():
    hashes = hash_array(pa.array(IDS + [None]))
    assert pc.count_distinct(hashes).as_py() == len(set(IDS))
    assert hashes[len(IDS)].as_py() is None
    near = [f"event/a/b-{i}" for i in range(20000)] + [f"event/a/b{i}" for i in range(20000)]
    assert pc.count_distinct(hash_array(pa.array(near))).as_py() == len(near)


def test_long_keys_are_hashed_whole():
    long = ["x" * 300 + "a", "x" * 300 + "b", "x" * 300 + "a"]
    hashes = hash_array(pa.array(long)).to_pylist()
    assert hashes[0] == hashes[2] != hashes[1]


def test_composite_keys_depend_on_every_part_and_its_place():
    first = pa.array(["event/a/b", "event/a/b", "event/a/c", "target"])
    second = pa.array(["target", "initiator", "target", "event/a/b"])
    hashes = hash_key([first, second]).to_pylist()
    assert len(set(hashes)) == 4
    assert hash_key([pa.array(["a", None]), pa.array(["b", "c"])]).to_pylist()[1] is None


def test_repeated_keys_by_value_and_by_sorted_hash():
    assert repeated_values(pa.array(IDS)) is None
    assert sorted(repeated_values(pa.array(["a", "b", "a", "c", "b", None, None])).to_pylist()) == ["a", "b"]
    hashed = KeySet.of([hash_array(pa.array(["a", "b"])), hash_array(pa.array(["a", "c", None]))], True)
    assert hashed.repeated().to_pylist() == hash_array(pa.array(["a"])).to_pylist()
    assert KeySet.of([hash_array(pa.array(IDS))], True).repeated() is None


def test_lookups_in_a_hashed_key_set_carry_their_payload():
    keys = ["event/a/x", "event/a/y", None, "event/b/z"]
    payload = pa.chunked_array([pa.array([10, 11], pa.int32()), pa.array([12, 13], pa.int32())])
    for hashed in (True, False):
        parts = [hash_array(pa.array(keys))] if hashed else [pa.array(keys)]
        key_set = KeySet.of(parts, hashed, payload)
        probe = key_set.probe([pa.array(["event/b/z", "event/a/q", None, "event/a/x"])])
        positions = key_set.positions(probe)
        assert positions.is_null().to_pylist() == [False, True, True, False]
        assert key_set.payload.take(positions).to_pylist() == [13, None, None, 10]


def test_sorted_keys_find_neighbours_across_batches_and_notice_disorder():
    keys = SortedKeys()
    keys.add([pa.array(["a", "b"]), pa.array([1, 1])], 0)
    keys.add([pa.array(["b", "b", "c"]), pa.array([1, 2, 2])], 2)
    assert keys.sorted and keys.count == 1 and keys.examples == [(2, "b, 1")]
    keys.add([pa.array(["a"]), pa.array([5])], 5)
    assert not keys.sorted
