"""What a value was probably meant to be: did-you-mean hints for codes and field names, and the
warnings tier of codelists (a code not yet in an open codelist, a deprecated code or field).

The codelist a field draws from is read from the models themselves (`json_schema_extra`), so the
same walk serves the flat table models and the nested curation models.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import cache
from typing import Any, get_args

from newsevents_schema.codelists import CODE_PATTERN, Codelist, codelist
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from ..problems import Problem

#: How alike (difflib ratio) a value must be to a listed one to be suggested.
CUTOFF = 0.6
#: Longer values are not compared: no listed code or field name is that long.
MAX_COMPARED = 80
_CODE = re.compile(CODE_PATTERN)

Path_ = tuple[str | int, ...]
Locate = Callable[[Path_], tuple[int | None, int | None]]


def closest(value: object, choices: Iterable[str]) -> str | None:
    """The choice most like `value` (case-insensitive), or None when nothing is close."""
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_COMPARED:
        return None
    by_lower = {choice.lower(): choice for choice in choices}
    match = difflib.get_close_matches(value.strip().lower(), list(by_lower), n=1, cutoff=CUTOFF)
    return by_lower[match[0]] if match and by_lower[match[0]] != value else None


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    """The pydantic models an annotation holds (`Span | None`, `list[Participant]` ...)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [model for arg in get_args(annotation) for model in _models_in(arg)]


def model_at(model: type[BaseModel], path: Path_) -> type[BaseModel] | None:
    """The model whose fields live at `path` (list indices are skipped), or None."""
    current: type[BaseModel] | None = model
    for step in path:
        if isinstance(step, int):
            continue
        info = current.model_fields.get(step) if current else None
        if info is None:
            return None
        models = _models_in(info.annotation)
        current = models[0] if models else None
    return current


def field_at(model: type[BaseModel], path: Path_) -> FieldInfo | None:
    """The field definition at `path` (its last named step), or None."""
    names = [index for index, step in enumerate(path) if isinstance(step, str)]
    if not names:
        return None
    last = names[-1]
    container = model_at(model, path[:last])
    return container.model_fields.get(path[last]) if container else None  # type: ignore[arg-type]


def codelist_of(info: FieldInfo | None) -> Codelist | None:
    extra = info.json_schema_extra if info else None
    name = extra.get("codelist") if isinstance(extra, dict) else None
    return codelist(str(name).removesuffix(".csv")) if name else None


def suggestion_for(model: type[BaseModel], loc: Path_, error_type: str, value: object) -> str | None:
    """A did-you-mean for one pydantic error: a field name for an unknown key, a code for a bad code."""
    if error_type == "extra_forbidden" and loc:
        container = model_at(model, loc[:-1])
        return closest(loc[-1], container.model_fields) if container else None
    listed = codelist_of(field_at(model, loc))
    return closest(value, listed.codes) if listed else None


def with_suggestions(problems: list[Problem], errors: list[dict[str, Any]], model: type[BaseModel]) -> list[Problem]:
    """`problems` (one per pydantic error, in order) with a suggestion wherever one is close."""
    result = []
    for problem, error in zip(problems, errors, strict=True):
        hint = suggestion_for(model, tuple(error["loc"]), error["type"], error.get("input"))
        result.append(replace(problem, suggestion=hint) if hint else problem)
    return result


def _walk(data: Any) -> Iterable[tuple[Path_, Any]]:
    """Every (path, value) of nested mappings and lists, iteratively (no recursion limit)."""
    stack: list[tuple[Path_, Any]] = [((), data)]
    while stack:
        path, value = stack.pop()
        if path:
            yield path, value
        if isinstance(value, dict):
            stack.extend(((*path, key), item) for key, item in reversed(value.items()) if isinstance(key, str))
        elif isinstance(value, list):
            stack.extend(((*path, index), item) for index, item in reversed(list(enumerate(value))))


def code_warning(value: str, listed: Codelist) -> tuple[str, str, str | None] | None:
    """(rule, message, suggestion) when a well-formed code deserves a warning, else None.

    Codes that break a closed codelist or the code pattern are errors the models already raise.
    """
    if value in listed.rows:
        version = listed.deprecated(value)
        if not version:
            return None
        note = listed.rows[value].get("deprecation_note") or ""
        message = f"code {value!r} of {listed.file_name} is deprecated since {version}" + (f": {note}" if note else "")
        return "deprecated_code", message, None
    if listed.open and _CODE.fullmatch(value):
        message = f"code {value!r} is not in the open codelist {listed.file_name} yet (propose it there if it is new)"
        return "open_codelist", message, closest(value, listed.codes)
    return None


@cache
def _watched(model: type[BaseModel], names: tuple[str, ...]) -> tuple[str, Codelist | None] | None:
    """For the field at `names` (a path without list indices): why it is deprecated, and its codelist;
    None when neither applies. Cached: every record of a file asks about the same few fields."""
    info = field_at(model, names)
    if info is None:
        return None
    why = ""
    if info.deprecated:
        why = info.deprecated if isinstance(info.deprecated, str) else getattr(info.deprecated, "message", "") or "deprecated"
        extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
        since = (extra.get("x-deprecated") or {}).get("version")
        why = f"since schema {since}: {why}" if since else why
    listed = codelist_of(info)
    return (why, listed) if why or listed else None


@cache
def _watched_columns(model: type[BaseModel]) -> tuple[str, ...] | None:
    """The watched fields of a flat model (a table row: only its top level needs a look), else None."""
    if any(_models_in(info.annotation) for info in model.model_fields.values()):
        return None
    return tuple(name for name in model.model_fields if _watched(model, (name,)))


def code_warnings(model: type[BaseModel], data: Any, locate: Locate, file: str) -> list[Problem]:
    """Warnings for codes outside an open codelist, deprecated codes and deprecated fields in `data`."""
    problems = []
    columns = _watched_columns(model)
    if columns is not None and isinstance(data, dict):
        pairs: Iterable[tuple[Path_, Any]] = (((name,), data[name]) for name in columns if name in data)
    else:
        pairs = _walk(data)
    for path, value in pairs:
        if value is None or not isinstance(path[-1], str):
            continue
        watched = _watched(model, tuple(step for step in path if isinstance(step, str)))
        if watched is None:
            continue
        why, listed = watched
        if why:
            message = "the field is deprecated" + (f": {why}" if why != "deprecated" else "")
            problems.append(Problem(file, *locate(path), ".".join(map(str, path)), message,
                                    severity="warning", rule="deprecated_field"))
        found = code_warning(value, listed) if listed and isinstance(value, str) else None
        if found:
            rule, message, hint = found
            problems.append(Problem(file, *locate(path), ".".join(map(str, path)), message,
                                    expected=f"a code listed in {listed.file_name}", severity="warning", rule=rule,
                                    suggestion=hint or ""))
    return problems
