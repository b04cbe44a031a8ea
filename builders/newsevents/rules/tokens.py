"""Capitalised word runs: the one scan that the place, person and organization rules share.

News names are capitalised ("Foreign Minister Sergei Lavrov", "Bosnia and Herzegovina",
"U.S.", "Nagorno-Karabakh"), so one compiled regex finds every run of capitalised words joined by
spaces, hyphens or lower-case name connectors ("of", "and", "de", "von", ...). The rules then look
n-grams of a run up in dicts instead of trying thousands of patterns. Runs never cross a line
break, a comma or other punctuation, and possessive "’s" stays outside them.
"""

from __future__ import annotations

from functools import lru_cache
import re
from typing import NamedTuple

#: Upper-case Latin letters, ASCII and accented (Å, Č, Ł, Ş, Ż ...).
UPPER = "".join(sorted({c for c in map(chr, range(0x41, 0x250)) if c.isalpha() and c.isupper()}))
_U = re.escape(UPPER)
#: Lower-case words allowed between the capitalised words of one name.
CONNECTORS = ("of", "the", "and", "de", "da", "do", "dos", "das", "del", "della", "la", "le", "du", "di",
              "upon", "van", "von", "der", "den", "bin", "ibn", "y")
#: Abbreviated titles and name parts whose full stop belongs to the word.
DOTTED_ABBREVIATIONS = ("Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Brig", "Cmdr", "Sen", "Rep", "Gov",
                        "Pres", "Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Mt", "Ft")
_ABBREVIATION = "|".join(DOTTED_ABBREVIATIONS)
# A capitalised word: "U.S." / "Gen." / "F." (initial before a name) / "Lavrov" / "O’Brien" / "G7".
_CAP = (rf"(?:[{_U}](?:\.[{_U}])+\.?|(?:{_ABBREVIATION})\.|[{_U}]\.(?=[ \u00a0][{_U}][^\W\d_])"
        rf"|[{_U}][^\W_]*(?:['’][{_U}][^\W_]*)?)")
_CONNECTOR = "|".join(CONNECTORS)
_JOIN = rf"(?:[ \u00a0]+(?:(?:{_CONNECTOR})[ \u00a0]+)*|-)"
# The first character class lets the regex engine skip quickly to upper-case letters.
RUN = re.compile(rf"[{_U}](?<![\w’'][{_U}])(?:(?<=[{_U}])(?:\.[{_U}])+\.?|(?<=[{_U}])(?:{_ABBREVIATION[0]})?"
                 rf"[^\W_]*(?:['’][{_U}][^\W_]*)?)(?:{_JOIN}{_CAP})*")
TOKEN = re.compile(rf"{_CAP}|\b(?:{_CONNECTOR})\b")
_SIMPLE = re.compile(rf"[{_U}][^\W_]*")


class Token(NamedTuple):
    start: int
    end: int
    capitalised: bool


class Run(NamedTuple):
    start: int
    end: int
    tokens: tuple[Token, ...]


def _run_tokens(text: str, start: int, end: int) -> tuple[Token, ...]:
    return tuple(Token(t.start(), t.end(), text[t.start()].isupper()) for t in TOKEN.finditer(text, start, end))


@lru_cache(maxsize=8)
def capitalised_runs(text: str, start: int = 0, end: int | None = None) -> tuple[Run, ...]:
    """Every capitalised run of text[start:end], tokenised; cached so the three rules scan once."""
    end = len(text) if end is None else end
    runs = []
    for match in RUN.finditer(text, start, end):
        run_start, run_end = match.span()
        if _SIMPLE.fullmatch(text, run_start, run_end):
            runs.append(Run(run_start, run_end, (Token(run_start, run_end, True),)))
            continue
        tokens = _run_tokens(text, run_start, run_end)
        if tokens:
            runs.append(Run(run_start, run_end, tokens))
    return tuple(runs)


def phrase(text: str, start: int, end: int) -> str:
    """text[start:end] with each inner whitespace run as one space, for dict look-ups."""
    piece = text[start:end]
    if "  " in piece or "\u00a0" in piece:
        return " ".join(piece.split())
    return piece


_SENTENCE_OPENERS = frozenset(".!?:;\n\r“\"‘'(—–[")


def is_sentence_initial(text: str, position: int, floor: int = 0) -> bool:
    """True when only spaces and an opening mark separate `position` from a sentence break."""
    index = position - 1
    while index >= floor and text[index] in " \t\u00a0":
        index -= 1
    if index < floor:
        return True
    if text[index] in _SENTENCE_OPENERS:
        if text[index] in "“\"‘'(":  # an opening quote: look further back
            return is_sentence_initial(text, index, floor)
        return True
    return False


def word_before(text: str, position: int, floor: int = 0) -> str:
    """The word just before `position` (skipping spaces), lower-cased; '' if none."""
    index = position
    while index > floor and text[index - 1] in " \t\u00a0":
        index -= 1
    stop = index
    while index > floor and (text[index - 1].isalpha() or text[index - 1] in "-’'"):
        index -= 1
    return text[index:stop].lower()
