"""Linking a curated reading to the rules' candidates of its article.

A reading written (or kept) by hand has entries marked `review: added`; the build then counts every
rule candidate as needing review (`needed`). `link()` pairs each curated entry with the candidate it corresponds to
and rewrites the review fields, nothing else:

* events pair by overlapping trigger spans (by evidence spans when either side has no trigger), the
  largest overlap first, each candidate used once; a participant, place or count pairs, inside the
  paired event candidate, with the candidate of the same span or of the same id and role;
* an entry equal to its candidate on the fields the build compares becomes `review: confirmed`, one
  that differs `review: corrected`, each with its `candidate` and `rule_id`; an entry with no
  candidate stays `added`.

Reasons are the curator's: an existing `reason` is never changed, and a new correction gets none, so
the build and the validator refuse the file ("a correction needs a `reason`") until a curator has
written what the rule got wrong. The report lists what differs, to write it from. Candidates that no
entry uses are listed too, to be rejected (under `rejected:`, with a reason) or added.

Links a curator made stay as long as the rules still propose their candidate (only confirmed and
corrected are recomputed); a candidate listed under `rejected:` is never linked; `needed` is never
promoted to `confirmed` (only a curator confirms). The file is edited in ruamel.yaml's round-trip
mode: comments, key order, quoting and flow style stay as written (a flow mapping that was wrapped
over several lines is written on one).
"""

from __future__ import annotations

import copy
import io
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsevents_schema.curation import ArticleReading, EventEntry, Reviewed

from ..build.merge import differences_from_candidate, value_text
from ..curation.load import validate_document
from ..curation.yamlfile import YamlDocument, parse_yaml
from ..problems import InputError, Problem

#: Nested lists of an event, with the field naming what each entry is about.
NESTED = {"actors": "actor_id", "locations": "location_id", "quantities": "item"}
#: Block-sequence layouts tried when writing, as ruamel.yaml's (mapping, sequence, offset) indents.
_LAYOUTS = ((2, 4, 2), (2, 2, 0), (4, 6, 4), (4, 4, 0))
_PLACEHOLDER_REASON = "(placeholder used only while linking)"
_PROVENANCE = ("review", "candidate", "rule_id")


@dataclass(frozen=True)
class Difference:
    field: str
    rule_value: str | None
    curated_value: str | None

    def __str__(self) -> str:
        return f"{self.field} (rule: {self.rule_value!r}, here: {self.curated_value!r})"


@dataclass
class Link:
    """What linking decided for one curated entry."""

    path: tuple[str | int, ...]
    label: str
    before: str  # review status in the file before linking
    review: str  # review status after linking
    candidate: str | None = None
    rule_id: str | None = None
    differences: list[Difference] = field(default_factory=list)
    reason: str | None = None  # the entry's own reason, never changed here
    note: str = ""

    @property
    def where(self) -> str:
        return "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in self.path).lstrip(".")

    @property
    def needs_reason(self) -> bool:
        return self.review == "corrected" and not self.reason


@dataclass(frozen=True)
class Unused:
    """A rule candidate that no curated entry uses and no rejection names."""

    key: str  # as a `rejected:` entry names it: `event@65-81`, `actor@99-101#event@82-91`
    rule_id: str
    description: str


@dataclass
class LinkResult:
    text: str  # the linked file
    changed: bool
    links: list[Link]
    unused: list[Unused]
    stale_rejections: list[tuple[int, str]]

    def count(self, review: str, kind: str | None = None) -> int:
        return sum(1 for link in self.links if link.review == review and (kind is None or _kind(link.path) == kind))


def _kind(path: tuple[str | int, ...]) -> str:
    return "events" if len(path) == 2 else str(path[2])


# --- reading the file -----------------------------------------------------------------------------

def _entries(data: Any):
    """Every event and nested entry of a parsed reading (plain or round-trip data), with its path."""
    events = data.get("events") if isinstance(data, dict) else None
    for index, event in enumerate(events if isinstance(events, list) else []):
        if not isinstance(event, dict):
            continue
        yield ("events", index), event
        for kind in NESTED:
            items = event.get(kind)
            for item_index, item in enumerate(items if isinstance(items, list) else []):
                if isinstance(item, dict):
                    yield ("events", index, kind, item_index), item


def parse_reading(text: str, file: str) -> ArticleReading:
    """The reading in `text`, validated; a correction may still lack its reason (linking writes such)."""
    document = parse_yaml(text, file)
    data = copy.deepcopy(document.data)
    for _, entry in _entries(data):
        if entry.get("review") == "corrected" and entry.get("reason") is None:
            entry["reason"] = _PLACEHOLDER_REASON
    reading = validate_document(YamlDocument(file, data, document.lines), ArticleReading)
    for _, entry in _walk(reading):
        if entry.reason == _PLACEHOLDER_REASON:
            object.__setattr__(entry, "reason", None)
    return reading


def _walk(reading: ArticleReading):
    for index, event in enumerate(reading.events):
        yield ("events", index), event
        for kind in NESTED:
            for item_index, item in enumerate(getattr(event, kind)):
                yield ("events", index, kind, item_index), item


# --- matching -------------------------------------------------------------------------------------

def _overlap(a: Any, b: Any) -> int:
    if a is None or b is None:
        return 0
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def _event_score(curated: EventEntry, candidate: EventEntry) -> tuple[int, ...] | None:
    """How well a candidate event fits a curated one (None: not the same event)."""
    evidence = _overlap(curated.evidence, candidate.evidence)
    if curated.trigger is not None and candidate.trigger is not None:
        trigger = _overlap(curated.trigger, candidate.trigger)
        if not trigger:
            return None
    else:
        trigger = 0
        if not evidence:
            return None
    return (trigger, int(curated.event_type == candidate.event_type), evidence)


def _item_score(kind: str, curated: Reviewed, candidate: Reviewed) -> tuple[int, ...] | None:
    """How well a candidate participant, place or count fits a curated one (None: not the same)."""
    same_span = (curated.start, curated.end) == (candidate.start, candidate.end)
    same_id = getattr(curated, NESTED[kind]) == getattr(candidate, NESTED[kind])
    same_role = getattr(curated, "role", None) == getattr(candidate, "role", None)
    if not (same_span or (same_id and same_role)):
        return None
    return (int(same_span), int(same_id), int(same_role), _overlap(curated, candidate))


def _pair(curated: list[tuple[int, Any]], candidates: dict[str, Any], score) -> dict[int, str]:
    """Best pairs first, each side used once: curated index -> candidate key."""
    scored = []
    for order, (index, entry) in enumerate(curated):
        for position, (key, candidate) in enumerate(candidates.items()):
            value = score(entry, candidate)
            if value is not None:
                scored.append((tuple(-v for v in value), order, position, index, key))
    pairs: dict[int, str] = {}
    used: set[str] = set()
    for *_, index, key in sorted(scored):
        if index not in pairs and key not in used:
            pairs[index] = key
            used.add(key)
    return pairs


def _differences_of(kind: str, curated: Reviewed, candidate: Reviewed) -> list[Difference]:
    bare = curated.model_copy(update={"rule_id": None})  # the rule the entry names is not a curated value
    found = differences_from_candidate(kind, bare, candidate)
    return [Difference(name, value_text(old), value_text(new)) for name, old, new in found]


def _label(kind: str, entry: Any) -> str:
    if kind == "events":
        return entry.event_id
    role = getattr(entry, "role", None)
    return f"{getattr(entry, NESTED[kind])}{f' as {role}' if role else ''}: {entry.text!r} at {entry.start}-{entry.end}"


def _describe(kind: str, entry: Any) -> str:
    if kind == "events":
        trigger = f" {entry.trigger.text!r}" if entry.trigger else ""
        return f"{entry.event_type}{trigger} ({entry.status})"
    return _label(kind, entry)


def _decide(kind: str, path: tuple[str | int, ...], curated: Reviewed, candidate_key: str | None,
            candidates: dict[str, Reviewed], note: str) -> Link:
    link = Link(path, _label(kind, curated), curated.review, "added", reason=curated.reason, note=note)
    if candidate_key is None:
        return link
    candidate = candidates[candidate_key]
    link.candidate, link.rule_id = candidate_key, candidate.rule_id
    link.differences = _differences_of(kind, curated, candidate)
    if link.differences:
        link.review = "corrected"
    else:
        link.review = "needed" if curated.review == "needed" else "confirmed"
    if link.review == "corrected" and link.reason and curated.review != "corrected":
        link.note = (note + "; " if note else "") + "kept the entry's own reason: check it says what the rule got wrong"
    return link


def _pinned(entry: Reviewed, candidates: dict[str, Any]) -> tuple[str | None, str]:
    """The candidate an entry already names, if the rules still propose it; and a note if not."""
    if entry.review == "added" or not entry.candidate:
        return None, ""
    if entry.candidate in candidates:
        return entry.candidate, ""
    return None, f"its candidate {entry.candidate} is no longer proposed by the rules (or is rejected)"


def match(curated: ArticleReading, draft: ArticleReading) -> tuple[list[Link], list[Unused], list[tuple[int, str]]]:
    """Link every curated entry to its candidate in `draft`; list the unused candidates and stale rejections."""
    rejected = {rejection.candidate for rejection in curated.rejected}
    events = {e.candidate: e for e in draft.events if e.candidate and e.candidate not in rejected}
    pinned: dict[int, str] = {}
    notes: dict[int, str] = {}
    for index, event in enumerate(curated.events):
        key, notes[index] = _pinned(event, events)
        if key is not None and key not in pinned.values():
            pinned[index] = key
    free = {k: v for k, v in events.items() if k not in pinned.values()}
    pairs = {**pinned, **_pair([(i, e) for i, e in enumerate(curated.events) if i not in pinned], free, _event_score)}

    links: list[Link] = []
    used: set[str] = set()
    for index, event in enumerate(curated.events):
        key = pairs.get(index)
        links.append(_decide("events", ("events", index), event, key, events, notes[index]))
        if key is None:
            for kind in NESTED:
                for item_index, item in enumerate(getattr(event, kind)):
                    note = "its event has no candidate" if item.review != "added" else ""
                    links.append(Link(("events", index, kind, item_index), _label(kind, item), item.review, "added",
                                      reason=item.reason, note=note))
            continue
        used.add(key)
        for kind in NESTED:
            nested = {item.candidate: item for item in getattr(events[key], kind)
                      if item.candidate and f"{item.candidate}#{key}" not in rejected}  # the merge's view: last wins
            items = list(enumerate(getattr(event, kind)))
            item_pins: dict[int, str] = {}
            item_notes: dict[int, str] = {}
            for item_index, item in items:
                pin, item_notes[item_index] = _pinned(item, nested)
                if pin is not None and pin not in item_pins.values():
                    item_pins[item_index] = pin
            free_items = {k: v for k, v in nested.items() if k not in item_pins.values()}
            item_pairs = {**item_pins, **_pair([(i, item) for i, item in items if i not in item_pins], free_items,
                                               lambda c, r, kind=kind: _item_score(kind, c, r))}
            for item_index, item in items:
                pair = item_pairs.get(item_index)
                links.append(_decide(kind, ("events", index, kind, item_index), item, pair, nested,
                                     item_notes[item_index]))
                if pair is not None:
                    used.add(f"{pair}#{key}")

    unused: list[Unused] = []
    for event in draft.events:
        if not event.candidate:
            continue
        if event.candidate not in used and event.candidate not in rejected:
            unused.append(Unused(event.candidate, event.rule_id or "", _describe("events", event)))
        for kind in NESTED:
            for item in getattr(event, kind):
                key = f"{item.candidate}#{event.candidate}"
                if item.candidate and key not in used and key not in rejected and key not in {u.key for u in unused}:
                    unused.append(Unused(key, item.rule_id or "", _describe(kind, item)))
    proposed = {e.candidate for e in draft.events} | {
        f"{item.candidate}#{e.candidate}" for e in draft.events for kind in NESTED for item in getattr(e, kind)}
    stale = [(index, r.candidate) for index, r in enumerate(curated.rejected) if r.candidate not in proposed]
    return links, unused, stale


# --- writing --------------------------------------------------------------------------------------

def _yaml(layout: tuple[int, int, int]):
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.width = 4096  # never wrap: one flow mapping per line, as curators write them
    yaml.preserve_quotes = True
    yaml.indent(mapping=layout[0], sequence=layout[1], offset=layout[2])
    return yaml


def _dump(yaml: Any, data: Any) -> str:
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def _layout(text: str) -> tuple[int, int, int]:
    """The indentation that writes `text` back unchanged (or changes the fewest lines)."""
    best, fewest = _LAYOUTS[0], None
    for layout in _LAYOUTS:
        written = _dump(_yaml(layout), _yaml(layout).load(text))
        if written == text:
            return layout
        changed = sum(a != b for a, b in zip(written.splitlines(), text.splitlines())) + abs(
            len(written.splitlines()) - len(text.splitlines()))
        if fewest is None or changed < fewest:
            best, fewest = layout, changed
    return best


def _set_provenance(node: Any, link: Link) -> None:
    """Write review, candidate and rule_id into one round-trip mapping, where they read best."""
    if link.review == "added":
        for key in ("candidate", "rule_id"):
            if key in node:
                del node[key]
        if "review" in node:
            node["review"] = "added"
        return
    values = {"review": link.review, "candidate": link.candidate, "rule_id": link.rule_id}
    missing = [key for key in _PROVENANCE if key not in node]
    for key in _PROVENANCE:
        if key in node:
            node[key] = values[key]
    if not missing:
        return
    keys = list(node.keys())
    present = [keys.index(key) for key in _PROVENANCE if key in node]
    if present:
        position = max(present) + 1
    elif node.fa.flow_style():
        position = len(keys)  # {actor_id: …, role: …, start: …, end: …, text: …, review: …, candidate: …, rule_id: …}
    else:
        position = keys.index("event_id") + 1 if "event_id" in keys else 0
    for offset, key in enumerate(missing):
        node.insert(position + offset, key, values[key])


def link(text: str, draft: ArticleReading, file: str = "<reading>") -> LinkResult:
    """Link the reading in `text` to the rules' `draft` of its article; the linked text and what was decided."""
    reading = parse_reading(text, file)
    links, unused, stale = match(reading, draft)
    layout = _layout(text)
    yaml = _yaml(layout)
    data = yaml.load(text)
    nodes = dict(_entries(data))
    for entry in links:
        _set_provenance(nodes[entry.path], entry)
    written = _dump(yaml, data)
    return LinkResult(written, written != text, links, unused, stale)


def link_file(reading_path: Path, article_path: Path | None = None, seeds_dir: Path | None = None,
              display: str | None = None) -> LinkResult:
    """Link a reading file to the rules' candidates for its article (the `.txt` next to it by default),
    using the registries of `seeds_dir` (the reading's folder by default), as the build does."""
    from ..article import ArticleError, read_article
    from .reader import draft
    from .registry import load_registry

    name = display or str(reading_path)
    try:
        data = reading_path.read_bytes()
    except OSError as error:
        raise InputError([Problem(name, message=f"cannot read the file: {error.strerror}", rule="file_missing")]) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError([Problem(name, line, message=f"the file is not UTF-8 (byte 0x{data[error.start]:02x})")]) from None
    reading = parse_reading(text, name)
    article_path = article_path or reading_path.with_suffix(".txt")
    if not article_path.is_file():
        raise InputError([Problem(name, message=f"no article {article_path} to link this reading to",
                                  expected="the article next to the reading (same name, .txt) or --article PATH",
                                  rule="article_missing")])
    try:
        article = read_article(article_path, None, require_date=False)
        if article.published is None:
            article = read_article(article_path, reading.source.published_date)
    except ArticleError as error:
        raise InputError([Problem(error.path, error.line, message=error.message, rule="article")]) from None
    registry = load_registry(seeds_dir if seeds_dir is not None else reading_path.parent)
    return link(text, draft(article, registry), name)


def write_atomically(path: Path, text: str) -> None:
    """Replace `path` by `text` in one step: a reader (or a crash) sees the old file or the new, never half."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        if path.exists():
            os.chmod(temporary, path.stat().st_mode & 0o7777)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


__all__ = ["Difference", "Link", "LinkResult", "Unused", "link", "link_file", "match", "parse_reading",
           "write_atomically"]
