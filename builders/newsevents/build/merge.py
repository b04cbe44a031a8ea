"""Merge step: a curated reading applied to the rules' draft of the same article.

Every curated entry that names a rule `candidate` must still find it in the draft (else the
entry is stale and the build fails), must equal it when `confirmed` or `needed`, and must
differ from it — with a reason — when `corrected`; the differing fields become `corrections`
rows. Counts of what was proposed, confirmed, corrected, rejected, added and left unreviewed (`needed`)
feed the coverage report.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from newsevents_schema.curation import ArticleReading, EventEntry, Reviewed

#: Fields compared between a curated entry and its candidate (ids and summaries are the curator's own).
COMPARED = {
    "events": ("event_type", "status", "evidence", "trigger", "date", "attribution", "rule_id"),
    "actors": ("actor_id", "role", "start", "end", "text", "rule_id"),
    "locations": ("location_id", "role", "start", "end", "text", "rule_id"),
    "quantities": ("item", "value", "low", "high", "approximate", "start", "end", "text", "rule_id"),
}
TABLE_OF = {"actors": "event_actors", "locations": "event_locations", "quantities": "quantities"}


@dataclass(frozen=True)
class MergeProblem:
    path: tuple[str | int, ...]
    message: str
    field: str = ""


@dataclass(frozen=True)
class Correction:
    table: str
    key: tuple[str, ...]
    field: str
    rule_value: str | None
    curated_value: str | None
    rule_id: str
    reason: str


@dataclass
class MergeResult:
    problems: list[MergeProblem] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)


def _value(entry: Reviewed, name: str) -> Any:
    value = getattr(entry, name)
    return value.model_dump(exclude={"rule_id"} if name == "date" else set()) if hasattr(value, "model_dump") else value


def value_text(value: Any) -> str | None:
    """A compared value as the `corrections` table stores it (and `newsevents link` reports it)."""
    if value is None:
        return None
    if isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in value.items() if v is not None)
    return str(value)


def differences_from_candidate(kind: str, curated: Reviewed, candidate: Reviewed) -> list[tuple[str, Any, Any]]:
    """(field, rule value, curated value) for each compared field that differs: what `confirmed` forbids."""
    return [
        (name, _value(candidate, name), _value(curated, name))
        for name in COMPARED[kind]
        if _value(candidate, name) != _value(curated, name) and not (name == "rule_id" and curated.rule_id is None)
    ]


def _key_of(kind: str, event: EventEntry, entry: Reviewed) -> tuple[str, ...]:
    if kind == "events":
        return (event.event_id,)
    if kind == "quantities":
        return (event.event_id, entry.item)
    return (event.event_id, getattr(entry, "actor_id", None) or entry.location_id, entry.role)


def _review(kind: str, event: EventEntry, curated: Reviewed, candidates: dict[str, Reviewed],
            path: tuple[str | int, ...], result: MergeResult) -> None:
    """Check one curated entry against the candidates of its kind; count it; record corrections."""
    result.counts[f"{kind}.{curated.review}"] += 1
    if curated.review == "added":
        return
    candidate = candidates.get(curated.candidate or "")
    if candidate is None:
        result.problems.append(MergeProblem(path, (
            f"candidate {curated.candidate!r} is no longer proposed by the rules (the article or a rule changed): "
            "update the entry from `newsevents extract`, or mark it `review: added`"), "candidate"))
        return
    differences = differences_from_candidate(kind, curated, candidate)
    if curated.review in ("confirmed", "needed") and differences:
        listed = "; ".join(f"{name} (rule: {value_text(old)!r}, here: {value_text(new)!r})" for name, old, new in differences)
        result.problems.append(MergeProblem(path, (
            f"marked {curated.review} but differs from candidate {curated.candidate}: {listed}; "
            "mark it `review: corrected` with a `reason`, or restore the rule's values"), differences[0][0]))
    elif curated.review == "corrected" and not differences:
        result.problems.append(MergeProblem(path, (
            f"marked corrected but equals candidate {curated.candidate}; mark it `review: confirmed`"), "review"))
    elif curated.review == "corrected":
        key = _key_of(kind, event, curated)
        for name, old, new in differences:
            result.corrections.append(Correction(
                "events" if kind == "events" else TABLE_OF[kind], key, name, value_text(old), value_text(new),
                candidate.rule_id or "", curated.reason or ""))


def merge(curated: ArticleReading, draft: ArticleReading) -> MergeResult:
    """Apply `curated` to the rules' `draft`; every problem is located by its path in the curated file."""
    result = MergeResult()
    events = {event.candidate: event for event in draft.events if event.candidate}
    nested = {
        (event.candidate, kind, item.candidate): item
        for event in draft.events for kind in TABLE_OF for item in getattr(event, kind) if item.candidate
    }
    result.counts["proposed"] = len(events) + len(nested)
    referenced: set[str] = set()
    for index, event in enumerate(curated.events):
        _review("events", event, event, events, ("events", index), result)
        referenced.add(event.candidate or "")
        for kind in TABLE_OF:
            for item_index, item in enumerate(getattr(event, kind)):
                in_event = {key[2]: value for key, value in nested.items() if key[0] == event.candidate and key[1] == kind}
                if item.review != "added" and event.review == "added":
                    result.problems.append(MergeProblem(("events", index, kind, item_index), (
                        "an event added by hand has no rule candidates; mark its parts `review: added` too"), "review"))
                    continue
                _review(kind, event, item, in_event, ("events", index, kind, item_index), result)
                referenced.add(f"{item.candidate}#{event.candidate}")
    all_keys = set(events) | {f"{key[2]}#{key[0]}" for key in nested}
    for index, rejection in enumerate(curated.rejected):
        if rejection.candidate not in all_keys:
            result.problems.append(MergeProblem(("rejected", index), (
                f"rejects {rejection.candidate!r}, which the rules no longer propose: remove the rejection"), "candidate"))
        result.counts["rejected"] += 1
        referenced.add(rejection.candidate)
    result.counts["not_reviewed"] = len(all_keys - referenced)
    return result
