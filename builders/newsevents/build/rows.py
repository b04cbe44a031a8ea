"""Process step: curated seeds become table rows, each remembering the YAML entry it came from.

Every row is validated by its table model; every span is checked against the article text; every
id must resolve. All problems are collected and reported together, located by file and line.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import pycountry
from newsevents_schema import TABLES, Table, codelist
from newsevents_schema.artifacts import columns
from newsevents_schema.curation import ArticleReading, Reviewed, Span
from pydantic import ValidationError

from .. import ids
from ..curation.load import problems_from
from ..curation.yamlfile import YamlDocument
from ..problems import InputError, Problem
from .merge import MergeResult, merge
from .seeds import SeedArticle, Seeds

CURATOR_DATE_RULE = "curation.date"


@dataclass(frozen=True)
class Origin:
    document: YamlDocument
    path: tuple[str | int, ...]

    def problem(self, message: str, field_name: str = "", expected: str = "", rule: str = "") -> Problem:
        path = (*self.path, *field_name.split(".")) if field_name else self.path
        line, column = self.document.position(path)
        return Problem(self.document.file, line, column, ".".join(map(str, path)), message, expected, rule=rule)


@dataclass
class Rows:
    """Rows per table, with the origin of each, plus the problems found on the way."""

    tables: dict[str, list[tuple[dict[str, Any], Origin]]] = field(default_factory=lambda: defaultdict(list))
    problems: list[Problem] = field(default_factory=list)

    def add(self, table: str, row: dict[str, Any], origin: Origin) -> None:
        self.tables[table].append((row, origin))


def _check_span(text: str, span: Span | None, origin: Origin, field_name: str, rows: Rows) -> None:
    if span is None:
        return
    actual = text[span.start : span.end]
    if span.end > len(text):
        rows.problems.append(origin.problem(
            f"span {span.start}-{span.end} runs past the end of the article ({len(text)} characters)", field_name))
    elif actual != span.text:
        found = text.find(span.text)
        hint = f"; the text occurs at {found}-{found + len(span.text)}" if found >= 0 else "; the text does not occur in the article"
        rows.problems.append(origin.problem(
            f"the article has {actual!r} at {span.start}-{span.end}, not {span.text!r}{hint}", field_name,
            expected="text equal to the article's characters at start:end", rule="evidence_mismatch"))


def _entity_rows(table: str, entries: list, document: YamlDocument, prefix: tuple, rows: Rows) -> None:
    """Rows of `actors`/`locations` and their aliases from registry (or per-article) entries."""
    alias_table, key = ("actor_aliases", "actor_id") if table == "actors" else ("location_aliases", "location_id")
    for index, entry in enumerate(entries):
        origin = Origin(document, (*prefix, index))
        row = entry.model_dump(exclude={"review", "candidate", "reason", "aliases"})
        row.update(review_status=entry.review)
        rows.add(table, row, origin)
        for alias_index, alias in enumerate(entry.aliases):
            rows.add(alias_table, {key: row[key], "alias": alias}, Origin(document, (*prefix, index, "aliases", alias_index)))
        if entry.country_code and pycountry.countries.get(alpha_3=entry.country_code) is None:
            rows.problems.append(origin.problem(f"{entry.country_code!r} is not an ISO 3166-1 alpha-3 code", "country_code"))


def _registry_rows(seeds: Seeds, rows: Rows) -> None:
    _entity_rows("actors", seeds.actors.actors, seeds.actors_doc, ("actors",), rows)
    _entity_rows("locations", seeds.locations.locations, seeds.locations_doc, ("locations",), rows)


def _rule_of(entry: Reviewed, candidates: dict[str, Reviewed]) -> str | None:
    """The rule behind a row: the one its candidate names (None for rows a curator added)."""
    if entry.review == "added":
        return None
    candidate = candidates.get(entry.candidate or "")
    return entry.rule_id or (candidate.rule_id if candidate else None)


def _merge(seed: SeedArticle, draft: ArticleReading | None, rows: Rows) -> MergeResult | None:
    if draft is None or seed.reading is None or seed.document is None:
        return None
    result = merge(seed.reading, draft)
    for problem in result.problems:
        rows.problems.append(Origin(seed.document, problem.path).problem(problem.message, problem.field, rule="curation"))
    for c in result.corrections:
        origin = Origin(seed.document, ())
        rows.add("corrections", {
            "row_table": c.table, "row_key": " | ".join(c.key), "field_name": c.field, "rule_value": c.rule_value,
            "curated_value": c.curated_value, "rule_id": c.rule_id, "reason": c.reason,
        }, origin)
    return result


def _article_rows(seed: SeedArticle, rows: Rows, draft: ArticleReading | None = None) -> MergeResult | None:
    article, reading, document = seed.article, seed.reading, seed.document
    source_id = ids.source_id(article.stem)
    text = article.text
    if reading is None or document is None:
        rows.problems.append(Problem(seed.display, message=f"no curated reading for {article.path.name}",
                                     expected=f"a file {seed.display} (run `newsevents extract` to draft one)"))
        return None
    result = _merge(seed, draft, rows)
    draft_events = {e.candidate: e for e in draft.events if e.candidate} if draft else {}
    top = Origin(document, ("source",))
    if reading.source.file_name != article.path.name:
        rows.problems.append(top.problem(f"names {reading.source.file_name!r}, but the reading belongs to {article.path.name!r}", "file_name"))
    if article.published and reading.source.published_date != article.published:
        rows.problems.append(top.problem(
            f"{reading.source.published_date} differs from the article header's date {article.published}", "published_date"))
    rows.add("sources", {
        "source_id": source_id, "file_name": article.path.name, "published_date": reading.source.published_date,
        "language": reading.source.language, "text_sha256": article.sha256, "body_start": article.body_start,
        "char_count": len(text), "text": text,
    }, top)
    _entity_rows("actors", reading.actors, document, ("actors",), rows)
    _entity_rows("locations", reading.locations, document, ("locations",), rows)

    prefix = f"event/{ids.slugify(article.stem)}/"
    for index, event in enumerate(reading.events):
        origin = Origin(document, ("events", index))
        if not event.event_id.startswith(prefix):
            rows.problems.append(origin.problem(f"{event.event_id!r} does not start with {prefix!r}", "event_id"))
        for name in ("evidence", "trigger", "attribution"):
            _check_span(text, getattr(event, name), origin, name, rows)
        date = event.date
        if date.text is not None:
            _check_span(text, Span(start=date.start, end=date.end, text=date.text), origin, "date", rows)
        speakers = [p for p in event.actors if p.role == "source"]  # several in a joint statement: the first named
        speaker = min(speakers, key=lambda p: p.start).actor_id if speakers else None
        attribution = event.attribution
        rows.add("events", {
            "event_id": event.event_id, "source_id": source_id, "event_type": event.event_type, "status": event.status,
            "date_start": date.date_start, "date_end": date.date_end, "date_precision": date.precision,
            "date_text": date.text, "date_rule": date.rule_id or CURATOR_DATE_RULE, "summary": event.summary,
            "evidence_start": event.evidence.start, "evidence_end": event.evidence.end, "evidence_text": event.evidence.text,
            "trigger_start": event.trigger.start if event.trigger else None,
            "trigger_end": event.trigger.end if event.trigger else None,
            "trigger_text": event.trigger.text if event.trigger else None,
            "attributed_to": speaker,
            "attribution_start": attribution.start if attribution else None,
            "attribution_end": attribution.end if attribution else None,
            "attribution_text": attribution.text if attribution else None,
            "rule_id": _rule_of(event, draft_events), "review_status": event.review,
        }, origin)
        candidate_event = draft_events.get(event.candidate or "")
        links = (("actors", "event_actors", "actor_id"), ("locations", "event_locations", "location_id"))
        for list_name, table, key in links:
            nested = {c.candidate: c for c in getattr(candidate_event, list_name, [])}
            for link_index, link in enumerate(getattr(event, list_name)):
                link_origin = Origin(document, ("events", index, list_name, link_index))
                _check_span(text, link, link_origin, "", rows)
                rows.add(table, {
                    "event_id": event.event_id, key: getattr(link, key), "role": link.role,
                    "mention_start": link.start, "mention_end": link.end, "mention_text": link.text,
                    "rule_id": _rule_of(link, nested), "review_status": link.review,
                }, link_origin)
        nested = {c.candidate: c for c in getattr(candidate_event, "quantities", [])}
        for q_index, quantity in enumerate(event.quantities):
            q_origin = Origin(document, ("events", index, "quantities", q_index))
            _check_span(text, quantity, q_origin, "", rows)
            rows.add("quantities", {
                "event_id": event.event_id, "item": quantity.item, "value": quantity.value, "low": quantity.low,
                "high": quantity.high, "approximate": quantity.approximate, "quantity_start": quantity.start,
                "quantity_end": quantity.end, "quantity_text": quantity.text,
                "rule_id": _rule_of(quantity, nested), "review_status": quantity.review,
            }, q_origin)
    return result


def _check_keys(rows: Rows) -> None:
    """Primary keys unique, foreign keys resolving: the package's integrity, checked before writing."""
    for table in TABLES:
        seen: dict[tuple, Origin] = {}
        for row, origin in rows.tables[table.table_name]:
            key = tuple(row[name] for name in table.primary_key)
            if key in seen:
                first = seen[key].problem("")
                rows.problems.append(origin.problem(
                    f"duplicate {table.table_name} key {', '.join(map(str, key))} (first at {first.location()})",
                    table.primary_key[-1], rule="primary_key"))
            seen.setdefault(key, origin)
    for table in TABLES:
        for fk in table.foreign_keys:
            targets = {tuple(row[name] for name in fk.table_fields) for row, _ in rows.tables[fk.table]}
            for row, origin in rows.tables[table.table_name]:
                value = tuple(row[name] for name in fk.fields)
                if None in value or value in targets:
                    continue
                field_name = fk.fields[0]
                if table.table_name in ("event_actors", "event_locations", "quantities") and field_name != "event_id":
                    field_name = ""  # the link's own entry names the id
                rows.problems.append(origin.problem(
                    f"{', '.join(map(str, value))} is not a known {fk.table} id", field_name,
                    expected=f"an id defined in {fk.table}", rule="foreign_key"))


def _open_codes(table: type[Table]) -> dict[str, tuple[str, set[str]]]:
    return {c["name"]: (c["codelist"], set(codelist(c["codelist"].removesuffix(".csv")).codes))
            for c in columns(table) if c.get("openCodelist")}


def _validate(rows: Rows) -> dict[str, list[Table]]:
    """Every row through its table model; and, for our own data, open codelists are closed: a new
    code is added to the codelist's CSV (with its title and description) before it is used."""
    validated: dict[str, list[Table]] = {}
    for table in TABLES:
        models = []
        open_codes = _open_codes(table)
        for row, origin in rows.tables[table.table_name]:
            for name, (file_name, codes) in open_codes.items():
                if row[name] is not None and row[name] not in codes:
                    close = difflib.get_close_matches(row[name], codes, n=1)
                    hint = f"; did you mean {close[0]!r}?" if close else ""
                    rows.problems.append(origin.problem(
                        f"unknown code {row[name]!r} in {name}{hint} (a new code goes into the codelist first)", name,
                        expected=f"a code listed in the schema's codelists/{file_name}", rule="codelist"))
            try:
                models.append(table.model_validate(row))
            except ValidationError as error:
                for problem in problems_from(error, None, origin.document.file):
                    message = f"{problem.field}: {problem.message}" if problem.field else problem.message
                    located = origin.problem(message, "", problem.expected, problem.rule)
                    rows.problems.append(located)
        validated[table.table_name] = models
    return validated


@dataclass(frozen=True)
class Built:
    tables: dict[str, list[Table]]
    merges: dict[str, MergeResult | None]  # by article file name


def make_rows(seeds: Seeds, drafts: dict[str, ArticleReading] | None = None) -> Built:
    """All table rows for the seeds (curation merged with the rules' drafts, by article file name),
    validated; raise InputError listing every problem."""
    rows = Rows()
    _registry_rows(seeds, rows)
    merges = {}
    for seed in seeds.articles:
        name = seed.article.path.name
        merges[name] = _article_rows(seed, rows, (drafts or {}).get(name))
    _check_keys(rows)
    validated = _validate(rows)
    if rows.problems:
        raise InputError(sorted(set(rows.problems)))
    return Built(validated, merges)
