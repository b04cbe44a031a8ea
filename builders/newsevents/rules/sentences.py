"""Sentence spans of an article, so later rules can keep participants, dates and counts together.

Every line of an article is a paragraph, so a newline always ends a sentence (a heading without
final punctuation is then a sentence of its own). Inside a line a sentence ends at . ! or ?
(plus closing quotes or brackets) followed by whitespace and an upper-case letter, an opening
quote or a digit, unless the word before the full stop is a known abbreviation ("Mr.", "Gen.",
"Feb.") or a run of initials ("U.S.", "J.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Words whose full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl pvt sen rep gov pres rev fr st mt ft jr sr "
    "jan feb mar apr jun jul aug sep sept oct nov dec vol fig inc corp co ltd bros dept est "
    "approx vs etc al e.g i.e".split()
)

_LINE = re.compile(r"[^\r\n]+")
_BOUNDARY = re.compile(r"(?P<stop>[.!?]+)[”\"’'\)\]]*(?=\s+[“\"‘'(\[]?[A-Z0-9À-Ý])")
_WORD_BEFORE = re.compile(r"[\w.]*$")
#: Longest word looked at before a full stop when checking for abbreviations.
_WORD_REACH = 24
_INITIALS = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")
_CONTENT = re.compile(r"\S(?:.*\S)?", re.DOTALL)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def _ends_sentence(text: str, match: re.Match[str], line_start: int) -> bool:
    if match["stop"] != ".":
        return True
    word = _WORD_BEFORE.search(text, max(line_start, match.start() - _WORD_REACH), match.start()).group().rstrip(".")
    if not word:
        return True
    if word.lower() in ABBREVIATIONS:
        return False
    return not _INITIALS.fullmatch(word)  # "U.S." or the "F." of "John F. Kennedy"


def split_sentences(text: str, start: int = 0) -> list[Sentence]:
    """Sentences of text[start:], each stripped of surrounding whitespace, with offsets into text."""
    sentences: list[Sentence] = []

    def add(piece_start: int, piece_end: int) -> None:
        content = _CONTENT.search(text, piece_start, piece_end)
        if content:
            sentences.append(Sentence(content.start(), content.end(), content.group()))

    for line in _LINE.finditer(text, start):
        piece_start = line.start()
        for boundary in _BOUNDARY.finditer(text, line.start(), line.end()):
            if _ends_sentence(text, boundary, line.start()):
                add(piece_start, boundary.end())
                piece_start = boundary.end()
        add(piece_start, line.end())
    return sentences
