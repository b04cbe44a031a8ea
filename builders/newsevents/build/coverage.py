"""Coverage report: per article, what the rules proposed and what curation did with it, plus the
rules' precision and recall measured against the curated reading.

Matching is by evidence, not by the curator's candidate references, so the scores stay honest
even for entries a curator added by hand: an event matches when the trigger spans overlap (or,
without triggers, the evidence spans) and the types agree; a participant, place or quantity
matches inside a matched event when its span overlaps and its id (or counted item) agrees.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsevents_schema.curation import ArticleReading, EventEntry, Span


def _overlap(a: Span | None, b: Span | None) -> bool:
    return a is not None and b is not None and a.start < b.end and b.start < a.end


def _events_match(rule: EventEntry, curated: EventEntry) -> bool:
    spans_overlap = _overlap(rule.trigger, curated.trigger) if rule.trigger and curated.trigger else _overlap(
        rule.evidence, curated.evidence)
    return spans_overlap and rule.event_type == curated.event_type


@dataclass
class Score:
    proposed: int = 0
    curated: int = 0
    matched_proposed: int = 0
    matched_curated: int = 0

    def as_dict(self) -> dict[str, Any]:
        precision = self.matched_proposed / self.proposed if self.proposed else None
        recall = self.matched_curated / self.curated if self.curated else None
        return {"proposed": self.proposed, "curated": self.curated,
                "precision": None if precision is None else round(precision, 3),
                "recall": None if recall is None else round(recall, 3)}


def _pairs(draft: ArticleReading, curated: ArticleReading) -> list[tuple[EventEntry, EventEntry]]:
    return [(r, c) for r in draft.events for c in curated.events if _events_match(r, c)]


def scores(draft: ArticleReading, curated: ArticleReading) -> dict[str, dict[str, Any]]:
    """Precision and recall of the rules per kind of row."""
    pairs = _pairs(draft, curated)
    events = Score(len(draft.events), len(curated.events),
                   len({id(r) for r, _ in pairs}), len({id(c) for _, c in pairs}))
    result = {"events": events.as_dict()}
    matched_rule = {id(r) for r, _ in pairs}
    matched_curated = {id(c) for _, c in pairs}
    for kind, key in (("actors", "actor_id"), ("locations", "location_id"), ("quantities", "item")):
        score = Score(
            proposed=sum(len(getattr(e, kind)) for e in draft.events if id(e) in matched_rule),
            curated=sum(len(getattr(e, kind)) for e in curated.events if id(e) in matched_curated),
        )
        found_rule, found_curated = set(), set()
        for rule_event, curated_event in pairs:
            for r in getattr(rule_event, kind):
                for c in getattr(curated_event, kind):
                    if _overlap(r, c) and getattr(r, key) == getattr(c, key):
                        found_rule.add(id(r))
                        found_curated.add(id(c))
        score.matched_proposed, score.matched_curated = len(found_rule), len(found_curated)
        result[kind] = score.as_dict()
    for aspect, same in (
        ("status", lambda r, c: r.status == c.status),
        ("dates", lambda r, c: (r.date.date_start, r.date.date_end, r.date.precision)
            == (c.date.date_start, c.date.date_end, c.date.precision)),
    ):
        agreeing = sum(1 for r, c in pairs if same(r, c))
        result[f"{aspect}_of_matched_events"] = {"matched": len(pairs), "agreeing": agreeing,
                                                 "accuracy": round(agreeing / len(pairs), 3) if pairs else None}
    return result
