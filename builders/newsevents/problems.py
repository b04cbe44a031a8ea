"""Problems with user input, located precisely (file, line, field), and how they are reported.

A user's mistake is raised as `InputError` carrying `Problem`s; commands print them and exit
non-zero. Nothing that a contributor can cause should surface as a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int | None = None
    column: int | None = None
    field: str = ""
    message: str = ""
    expected: str = ""
    severity: str = "error"
    rule: str = ""
    suggestion: str = ""

    def location(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return where

    def __str__(self) -> str:
        text = f"{self.location()}: {self.severity}"
        if self.field:
            text += f": {self.field}"
        text += f": {self.message}"
        if self.expected:
            text += f" (expected {self.expected})"
        if self.suggestion:
            text += f"; did you mean {self.suggestion!r}?"
        return text


@dataclass
class InputError(Exception):
    """Bad input: one or more problems, none of them a bug of ours."""

    problems: list[Problem] = field(default_factory=list)

    def __str__(self) -> str:
        return "\n".join(str(problem) for problem in self.problems)


def fail(file: str, message: str, **where: object) -> InputError:
    return InputError([Problem(file=file, message=message, **where)])  # type: ignore[arg-type]
