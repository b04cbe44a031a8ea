"""Random damage to valid contributions: the validator never raises, answers 0, 1 or 2, locates every
error of an invalid file, and never passes a file its model rejects."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newsevents.commands.validate import collect
from newsevents.validate.report import FORMATS, exit_code, render
from newsevents_schema import Event, Location
from newsevents_schema.curation import ArticleReading
from pydantic import ValidationError

VALID = Path(__file__).resolve().parents[2] / "fixtures" / "valid"
READING_NAME = "101_chile_argentina_visit.yaml"
READING = yaml.safe_load((VALID / "seeds" / READING_NAME).read_text(encoding="utf-8"))
EVENTS = [json.loads(line) for line in (VALID / "events.jsonl").read_text(encoding="utf-8").splitlines()]
LOCATIONS = json.loads((VALID / "locations.json").read_text(encoding="utf-8"))
CODE_KEYS = {"status", "event_type", "role", "precision", "actor_kind", "location_kind", "geo_precision", "review",
             "review_status", "date_precision"}
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

ANY_VALUE = st.one_of(
    st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(), st.text(max_size=12),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)
CODE_TEXT = st.one_of(st.text(alphabet="abcdefghijklmnopqrstuvwxyz_ ", max_size=15), st.text(max_size=8))


def paths_in(data: Any) -> list[tuple]:
    found, stack = [], [((), data)]
    while stack:
        path, value = stack.pop()
        if path:
            found.append(path)
        items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
        stack.extend(((*path, key), item) for key, item in items)
    return found


def parent_of(data: Any, path: tuple) -> Any:
    for step in path[:-1]:
        data = data[step]
    return data


def has_dates(value: Any) -> bool:
    return isinstance(value, dict) and {"date_start", "date_end"} <= set(value)


@st.composite
def mutated(draw, data: Any) -> Any:
    """`data` with one mutation: a key deleted, a value of another type, a random code, an offset shifted,
    or the dates swapped."""
    data = copy.deepcopy(data)
    paths = paths_in(data)
    kind = draw(st.sampled_from(["delete", "retype", "code", "shift", "swap_dates"]))
    codes = [p for p in paths if isinstance(p[-1], str) and p[-1] in CODE_KEYS]
    offsets = [p for p in paths if isinstance(p[-1], str) and p[-1].endswith(("start", "end"))
               and isinstance(parent_of(data, p)[p[-1]], int)]
    dated = [p for p in [(), *paths] if has_dates(parent_of(data, p)[p[-1]] if p else data)]
    if kind == "delete":
        path = draw(st.sampled_from(paths))
        del parent_of(data, path)[path[-1]]
    elif kind == "code" and codes:
        path = draw(st.sampled_from(codes))
        parent_of(data, path)[path[-1]] = draw(CODE_TEXT)
    elif kind == "shift" and offsets:
        path = draw(st.sampled_from(offsets))
        parent_of(data, path)[path[-1]] += draw(st.integers(-40, 40).filter(bool))
    elif kind == "swap_dates" and dated:
        path = draw(st.sampled_from(dated))
        target = parent_of(data, path)[path[-1]] if path else data
        target["date_start"], target["date_end"] = target["date_end"], target["date_start"]
    else:
        path = draw(st.sampled_from(paths))
        parent_of(data, path)[path[-1]] = draw(ANY_VALUE)
    return data


@st.composite
def garbled(draw, data: bytes) -> bytes:
    """`data` with bytes inserted, deleted or replaced, a line repeated, or the end cut off."""
    kind = draw(st.sampled_from(["insert", "delete", "replace", "repeat_line", "truncate"]))
    at = draw(st.integers(0, len(data)))
    if kind == "insert":
        return data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:]
    if kind == "delete":
        return data[:at] + data[at + draw(st.integers(1, 30)):]
    if kind == "replace":
        return data[:at] + draw(st.binary(min_size=1, max_size=3)) + data[at + 3:]
    if kind == "repeat_line":
        lines = data.splitlines(keepends=True)
        index = draw(st.integers(0, len(lines) - 1))
        return b"".join([*lines[: index + 1], lines[index], *lines[index + 1:]])
    return data[:at]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("mutations")
    shutil.copytree(VALID / "seeds", folder / "seeds")
    (folder / "alone").mkdir()
    return folder


def check(path: Path) -> int:
    """Validate `path` the way the command does; the properties every answer must have."""
    problems, _ = collect([path])
    code = exit_code(problems)
    assert code in (0, 1, 2)
    if code == 1:
        unlocated = [p for p in problems if p.severity == "error" and p.line is None]
        assert not unlocated, unlocated
    for output_format in FORMATS:
        render(problems, 1, output_format).encode("utf-8")
    return code


def rejects(model, validate) -> bool:
    try:
        validate()
    except ValidationError:
        return True
    return False


@SETTINGS
@given(reading=mutated(READING))
def test_a_damaged_reading_on_its_own(workdir, reading):
    text = yaml.safe_dump(reading, sort_keys=False, allow_unicode=True)
    path = workdir / "alone" / READING_NAME
    path.write_text(text, encoding="utf-8")
    code = check(path)
    loaded = yaml.safe_load(text)
    if not isinstance(loaded, dict) or rejects(ArticleReading, lambda: ArticleReading.model_validate(loaded)):
        assert code >= 1


@SETTINGS
@given(reading=mutated(READING))
def test_a_damaged_reading_in_its_seeds_folder(workdir, reading):
    path = workdir / "seeds" / READING_NAME
    path.write_text(yaml.safe_dump(reading, sort_keys=False, allow_unicode=True), encoding="utf-8")
    code = check(path)
    if rejects(ArticleReading, lambda: ArticleReading.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))):
        assert code >= 1


@SETTINGS
@given(records=st.lists(mutated(EVENTS[0]), min_size=1, max_size=3))
def test_damaged_event_records_as_json_lines(workdir, records):
    path = workdir / "alone" / "events.jsonl"
    lines = [json.dumps(record, ensure_ascii=False) for record in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code = check(path)
    if any(rejects(Event, lambda line=line: Event.model_validate_json(line)) for line in lines):
        assert code >= 1


@SETTINGS
@given(document=mutated(LOCATIONS))
def test_damaged_location_records_as_json(workdir, document):
    path = workdir / "alone" / "locations.json"
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    code = check(path)
    records = document.get("locations") if isinstance(document, dict) else None
    if isinstance(records, list) and any(
            rejects(Location, lambda record=record: Location.model_validate_json(json.dumps(record))) for record in records):
        assert code >= 1


BYTES = {
    READING_NAME: (VALID / "seeds" / READING_NAME).read_bytes(),
    "events.jsonl": (VALID / "events.jsonl").read_bytes(),
    "locations.json": (VALID / "locations.json").read_bytes(),
    "actors.csv": (VALID / "actors.csv").read_bytes(),
    "quantities.csv": (VALID / "quantities.csv").read_bytes(),
}


@SETTINGS
@given(data=st.data(), name=st.sampled_from(sorted(BYTES)))
def test_garbled_bytes(workdir, data, name):
    path = workdir / "alone" / name
    path.write_bytes(data.draw(garbled(BYTES[name])))
    check(path)


@SETTINGS
@given(data=st.data())
def test_garbled_parquet(workdir, data):
    path = workdir / "alone" / "events.parquet"
    path.write_bytes(data.draw(garbled((VALID / "events.parquet").read_bytes())))
    problems, _ = collect([path])
    assert exit_code(problems) in (0, 1, 2)


def test_escaped_surrogates_and_control_characters_in_keys_are_reported_not_raised(workdir):
    path = workdir / "alone" / "events.jsonl"
    path.write_text('{"\\ud800\\n": 1, "status": "\\u0007"}\n', encoding="utf-8")
    assert check(path) == 1
