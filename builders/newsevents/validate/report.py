"""Reporting validation problems: plain text for people, JSON for tools, annotations for GitHub Actions.

Exit status: 0 when nothing is wrong (warnings allowed), 1 when something is invalid, 2 when an
input could not be read at all (missing, too large, binary, not UTF-8, not Parquet, a YAML bomb)
or the command was used wrongly (no table could be told for a record file).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import asdict

from ..problems import Problem

FORMATS = ("text", "json", "github")
#: Rules that mean "could not read this input at all" rather than "read it, and it is wrong".
UNREADABLE = frozenset({
    "file_missing", "file_unreadable", "file_too_large", "file_binary", "file_not_utf8", "file_kind",
    "parquet_unreadable", "table_not_named", "yaml_alias", "too_deep", "nothing_to_validate", "package_unavailable",
    "corrupt_file",  # the package validator's name for a Parquet file it cannot read
})
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def exit_code(problems: list[Problem]) -> int:
    if any(problem.rule in UNREADABLE for problem in problems):
        return 2
    return 1 if any(problem.severity == "error" for problem in problems) else 0


def _printable(text: str) -> str:
    """Text safe to print on one line: lone surrogates and control characters escaped."""
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return _CONTROL.sub(lambda match: repr(match[0])[1:-1], text)


def clean(problem: Problem) -> Problem:
    """The problem with every text field printable (input may put anything in a key or a value)."""
    fields = {name: _printable(value) if isinstance(value, str) else value for name, value in asdict(problem).items()}
    return Problem(**fields)


def ordered(problems: list[Problem]) -> list[Problem]:
    """By file (in the order first met), then position; duplicates removed."""
    unique = list(dict.fromkeys(problems))
    first = {problem.file: index for index, problem in reversed(list(enumerate(unique)))}
    return sorted(unique, key=lambda p: (first[p.file], p.line or 0, p.column or 0, p.field, p.message))


def summary(problems: list[Problem], files: int) -> dict[str, int | bool]:
    counts = Counter(problem.severity for problem in problems)
    code = exit_code(problems)
    return {"files": files, "errors": counts["error"], "warnings": counts["warning"], "valid": code == 0, "exit_code": code}


def summary_line(problems: list[Problem], files: int) -> str:
    facts = summary(problems, files)
    checked = f"{facts['files']} file{'s' * (facts['files'] != 1)} checked"
    errors, warnings = facts["errors"], facts["warnings"]
    counted = f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"
    if facts["exit_code"] == 2:
        return f"{checked}: could not read every input ({counted})"
    return f"{checked}: {'valid' if facts['valid'] else 'invalid'} ({counted})"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_annotation(problem: Problem) -> str:
    """A workflow command GitHub Actions turns into an annotation on the file's line."""
    level = "error" if problem.severity == "error" else "warning"
    properties = [f"file={_escape_property(problem.file)}"]
    if problem.line is not None:
        properties.append(f"line={problem.line}")
        if problem.column is not None:
            properties.append(f"col={problem.column}")
    title = " ".join(part for part in (problem.rule, problem.field) if part) or "newsevents validate"
    properties.append(f"title={_escape_property(title)}")
    message = problem.message
    if problem.expected:
        message += f" (expected {problem.expected})"
    if problem.suggestion:
        message += f"; did you mean {problem.suggestion!r}?"
    return f"::{level} {','.join(properties)}::{_escape_data(message)}"


def render(problems: list[Problem], files: int, output_format: str = "text") -> str:
    """The whole report, ending with a newline."""
    shown = [clean(problem) for problem in ordered(problems)]
    if output_format == "json":
        document = {"problems": [asdict(problem) for problem in shown], "summary": summary(shown, files)}
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    if output_format == "github":
        lines = [github_annotation(problem) for problem in shown]
    else:
        lines = [str(problem) for problem in shown]
    return "\n".join([*lines, summary_line(shown, files)]) + "\n"
