"""Field building blocks shared by the table and curation models, so each constraint is written once."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Annotated, Any

from pydantic import Field

from .codelists import CODE_PATTERN, codelist, literal_of

SLUG = r"[a-z0-9][a-z0-9-]*"
SOURCE_ID = rf"^source/{SLUG}$"
ACTOR_ID = rf"^actor/{SLUG}$"
LOCATION_ID = rf"^loc/{SLUG}$"
EVENT_ID = rf"^event/{SLUG}/{SLUG}$"
COUNTRY_CODE = r"^[A-Z]{3}$"
WIKIDATA_ID = r"^Q[1-9][0-9]*$"
RULE_ID = r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$"


#: Where a deprecated field records since when and why, beside JSON Schema 2020-12's boolean `deprecated`.
DEPRECATION_KEY = "x-deprecated"
_VERSION = r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$"


def deprecated(version: str, note: str) -> dict[str, Any]:
    """Field arguments deprecating a field since schema `version`: pydantic warns when it is read, the
    JSON Schema says `"deprecated": true` and `"x-deprecated": {"version", "note"}`, and `newsevents
    validate` warns wherever the field is used. Pass as `described(..., **deprecated("1.2.0", "use x"))`."""
    if not re.match(_VERSION, version) or not note.strip():
        raise ValueError(f"a deprecation needs a version like 1.2.0 and a note saying what to use instead: {version!r}")
    return {"deprecated": note, "json_schema_extra": {DEPRECATION_KEY: {"version": version, "note": note}}}


def deprecation(prop: Mapping[str, Any]) -> tuple[str, str] | None:
    """(version, note) of a deprecated JSON Schema property (the one form `deprecated()` writes), or None."""
    extra = prop.get(DEPRECATION_KEY)
    if prop.get("deprecated") is not True and not isinstance(extra, Mapping):
        return None
    extra = extra if isinstance(extra, Mapping) else {}
    return str(extra.get("version") or "an earlier version"), str(extra.get("note") or "")


def _merged_extra(kwargs: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    return {**extra, **kwargs.pop("json_schema_extra", {})}


def described(title: str, description: str, **kwargs: Any) -> Any:
    """A pydantic Field that always carries a title and a description."""
    return Field(title=title, description=description, **kwargs)


def coded(name: str, title: str, description: str, **kwargs: Any) -> Any:
    """A Field whose values come from the codelist `name` (open or closed)."""
    cl = codelist(name)
    extra = _merged_extra(kwargs, {"codelist": cl.file_name, "openCodelist": cl.open})
    if cl.open:
        kwargs.setdefault("pattern", CODE_PATTERN)
    return Field(title=title, description=description, json_schema_extra=extra, **kwargs)


def code_type(name: str) -> Any:
    """The Python type of a coded field: a Literal for closed codelists, str for open ones."""
    return str if codelist(name).open else literal_of(name)


Offset = Annotated[int, Field(ge=0)]
NonEmpty = Annotated[str, Field(min_length=1)]

EventType = code_type("event_type")
Status = code_type("status")
DatePrecision = code_type("date_precision")
ActorKind = code_type("actor_kind")
LocationKind = code_type("location_kind")
GeoPrecision = code_type("geo_precision")
ActorRole = code_type("actor_role")
LocationRole = code_type("location_role")
ReviewStatus = code_type("review_status")


def date_interval_problem(
    start: dt.date | None, end: dt.date | None, precision: str
) -> str | None:
    """Why an interval does not fit its precision, or None when it does.

    The rules: `unknown` has no bounds; otherwise at least one bound; start <= end; a `week`
    runs Monday to Sunday, a `month` from its first to its last day, a `year` from 1 January
    to 31 December (an open bound is allowed: "since 2014" has no end).
    """
    if precision == "unknown":
        if start is not None or end is not None:
            return "precision 'unknown' requires date_start and date_end to be empty"
        return None
    if start is None and end is None:
        return f"precision {precision!r} requires date_start or date_end"
    if start is not None and end is not None and start > end:
        return f"date_start {start} is after date_end {end}"
    if precision == "week":
        if start is not None and start.isoweekday() != 1:
            return f"a week starts on a Monday; {start} is not"
        if end is not None and end.isoweekday() != 7:
            return f"a week ends on a Sunday; {end} is not"
    elif precision == "month":
        if start is not None and start.day != 1:
            return f"a month starts on its first day; {start} does not"
        if end is not None and (end + dt.timedelta(days=1)).day != 1:
            return f"a month ends on its last day; {end} does not"
    elif precision == "year":
        if start is not None and (start.month, start.day) != (1, 1):
            return f"a year starts on 1 January; {start} does not"
        if end is not None and (end.month, end.day) != (12, 31):
            return f"a year ends on 31 December; {end} does not"
    return None


def span_problem(start: int | None, end: int | None, text: str | None, what: str) -> str | None:
    """Why a (start, end, text) span is inconsistent in itself, or None."""
    given = [value is not None for value in (start, end, text)]
    if any(given) and not all(given):
        return f"{what}_start, {what}_end and {what}_text go together: give all three or none"
    if start is None or end is None or text is None:
        return None
    if end <= start:
        return f"{what}_end ({end}) must be greater than {what}_start ({start})"
    if end - start != len(text):
        return f"{what}_text has {len(text)} characters but the span {start}-{end} has {end - start}"
    return None
