"""Key sets of referenced tables: every representation finds the same rows, and repeats."""

from __future__ import annotations

import random

import pyarrow as pa
import pyarrow.compute as pc
import pytest
from newsevents.validate import context
from newsevents.validate.context import KeySet
from newsevents.validate.keys import HashDirectory, hash_key


@pytest.fixture(autouse=True, params=["hash tables", "hash directory"])
def _small_threshold(monkeypatch, request):
    monkeypatch.setattr(context, "SORTED_LOOKUP_ROWS", 4)  # exercise the sorted paths on small sets
    if request.param == "hash directory":  # and exact keys looked up through their hashes
        monkeypatch.setattr(context, "HASHED_LOOKUP_ROWS", 8)


def _part(values: list[str], hashed: bool) -> pa.Array:
    """A batch's key column as the table scan keeps it: strings, or their hashes."""
    array = pa.array(values, pa.string())
    return hash_key([array]) if hashed else array


def _ids(count: int, shuffle: bool) -> list[str]:
    ids = [f"event/a/e{i:05d}" for i in range(count)]
    if shuffle:
        random.Random(count).shuffle(ids)
    return ids


@pytest.mark.parametrize("shuffle", [False, True])
@pytest.mark.parametrize("hashed", [False, True])
def test_positions_point_at_the_referenced_row_and_its_payload(shuffle, hashed):
    ids = _ids(300, shuffle)
    payload = pa.chunked_array([pa.array(range(1000, 1300), pa.int32())])
    keys = KeySet.of([_part(ids[:150], hashed), _part(ids[150:], hashed)], hashed, payload)
    # sorted references near each other (a link table), spread ones, missing ones and nulls
    # and ascending runs of repeated references with gaps, missing keys and nulls among them (binary search)
    ordered = sorted(ids)
    runs = [None, ordered[0], ordered[0], "event/a/e00010x", ordered[11], ordered[11], None, ordered[299], "event/b"]
    probes = [ordered[40:60], ids[::7], ["event/a/missing", None, ids[3]], runs, [v for v in ordered for _ in range(3)]]
    for wanted in probes:
        probe = keys.probe([pa.array(wanted, pa.string())])
        found = keys.positions(probe).to_pylist()
        rows = [None if at is None else keys.payload[at].as_py() - 1000 for at in found]
        assert rows == [ids.index(v) if v in ids else None for v in wanted]


@pytest.mark.parametrize("shuffle", [False, True])
@pytest.mark.parametrize("hashed", [False, True])
def test_repeated_keys_are_found_in_every_representation(shuffle, hashed):
    ids = _ids(50, shuffle)
    keys = KeySet.of([_part(ids + [ids[10], ids[30], ids[10]], hashed)], hashed)
    repeated = keys.repeated()
    expected = keys.probe([pa.array([ids[10], ids[30]])]).to_pylist()
    assert sorted(repeated.to_pylist()) == sorted(expected)
    assert KeySet.of([_part(ids, hashed)], hashed).repeated() is None


@pytest.mark.parametrize("count", [0, 1, 3, 64, 5000])
def test_the_hash_directory_finds_what_a_hash_table_finds(count):
    rng = random.Random(count)
    # crowded buckets too: runs of hashes that share their top bits, and neighbours one apart
    values = {rng.getrandbits(64) for _ in range(count)}
    values |= {(7 << 58) + i for i in range(min(count, 40))} | {2**64 - 1 - i for i in range(min(count, 5))}
    hashes = pa.array(sorted(values), pa.uint64())
    directory = HashDirectory(hashes)
    present = rng.sample(sorted(values), min(len(values), 200))
    absent = [rng.getrandbits(64) for _ in range(200)] + [(7 << 58) + 41, 0, 2**64 - 1 - 6]
    probe = pa.array(present + absent + [None], pa.uint64())
    expected = pc.index_in(probe, value_set=hashes, skip_nulls=True).to_pylist()
    assert directory.find(probe).to_pylist() == expected
    assert directory.find(probe.slice(0, 0)).to_pylist() == []


def test_a_hash_collision_never_finds_another_key(monkeypatch):
    monkeypatch.setattr(context, "HASHED_LOOKUP_ROWS", 8)
    monkeypatch.setattr(context, "hash_key", lambda columns: pa.array([0] * len(columns[0]), pa.uint64()))
    ids = _ids(100, False)
    keys = KeySet.of([pa.array(ids)], False)
    found = keys.positions(pa.array(["event/a/missing", ids[50], "event/a/e00007", ids[3]])).to_pylist()
    assert found[0] is None  # every hash is equal: only the comparison of the texts tells them apart
    assert all(at is None or keys.values[at].as_py() == wanted
               for at, wanted in zip(found[1:], [ids[50], "event/a/e00007", ids[3]]))
