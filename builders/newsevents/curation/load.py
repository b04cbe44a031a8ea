"""Validate parsed YAML against a curation model and turn pydantic errors into located problems."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from ..problems import InputError, Problem
from .yamlfile import YamlDocument, read_yaml

M = TypeVar("M", bound=BaseModel)


def _expected(error: dict[str, Any]) -> str:
    ctx = error.get("ctx") or {}
    if "expected" in ctx:
        return str(ctx["expected"])
    if "pattern" in ctx:
        return f"text matching {ctx['pattern']}"
    kind = error["type"]
    return {
        "missing": "a value (the field is required)",
        "extra_forbidden": "no such field (check the spelling against the JSON Schema)",
        "int_type": "a whole number",
        "date_type": "a date like 2022-01-19",
        "date_from_datetime_inexact": "a date like 2022-01-19",
        "string_type": "text",
        "bool_type": "true or false",
        "list_type": "a list",
        "model_type": "a mapping of fields",
        "dict_type": "a mapping of fields",
    }.get(kind, "")


def problems_from(error: ValidationError, document: YamlDocument | None, file: str) -> list[Problem]:
    """One located Problem per pydantic error."""
    problems = []
    for item in error.errors(include_url=False):
        loc = tuple(item["loc"])
        line, column = document.position(loc) if document else (None, None)
        message = item["msg"].removeprefix("Value error, ")
        if item["type"] == "literal_error":
            message = f"unknown code {item.get('input')!r}"
        problems.append(
            Problem(file, line, column, field=".".join(map(str, loc)), message=message,
                    expected=_expected(item), rule=item["type"])
        )
    return problems


def validate_document(document: YamlDocument, model: type[M]) -> M:
    if not isinstance(document.data, dict):
        raise InputError([Problem(document.file, 1, message="the top level must be a mapping", expected=f"the fields of {model.__name__}")])
    try:
        return model.model_validate(document.data)
    except ValidationError as error:
        raise InputError(problems_from(error, document, document.file)) from None


def load_file(path: Path, model: type[M], display: str | None = None) -> tuple[M, YamlDocument]:
    document = read_yaml(path, display)
    return validate_document(document, model), document
