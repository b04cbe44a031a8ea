"""Sentence splitting for news text, with exact offsets into the text it was given.

Other rules use sentences as their window (a tense cue, a speaker, "the day before" look no
further than their sentence), so a split must never cut a name or a date in two. Boundaries:
- a blank line always ends a sentence (paragraphs; headings without final punctuation);
- a single line break ends one when the next line starts with a capital, a digit or an opening
  quote and the line before does not end in a word or mark that asks for more (",", "of",
  "the"...): wrapped lines of running text stay together, one-line headings do not;
- `.`, `!`, `?` or `…` (with any closing quotes or brackets after it) followed by white space end
  one unless the next word starts in lower case (“…?” he asked), or a bare period belongs to a title
  ("Mr.", "Gen."), an initial ("John F. Kennedy"), a reference before a number ("No. 5"), or to
  another abbreviation ("U.S.", "Jan.", "Inc.") that the next word does not show to be a
  sentence start ("The", "He", ...).
Sentences are trimmed of surrounding white space; the white space between them is in none.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


#: Abbreviations that precede a name: their period never ends a sentence.
_TITLES = frozenset(
    "mr mrs ms dr prof gen col lt sgt capt cpt maj adm cmdr gov sen rep rev st ft mt pres amb "
    "sr jr hon messrs mme mlle brig cdr insp supt det".split()
)
#: Abbreviations that precede a number ("No. 5", "Art. 5"): no end when a number follows.
_BEFORE_NUMBERS = frozenset("no nos vol art fig p pp para sec ch".split())
#: Abbreviations that may also close a sentence ("... in the U.S. The talks ..."); see _STARTERS.
_ABBREVIATIONS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun "
    "etc vs approx est inc corp ltd co bros dept univ assn govt intl natl e.g i.e a.m p.m u.s u.k u.n "
    "e.u u.s.a d.c".split()
)
#: Words that, after an ambiguous abbreviation, show that a new sentence has begun.
_STARTERS = frozenset(
    "the a an he she it they we i you his her its their our this that these those there here but and "
    "so yet however meanwhile in on at after before when while if as also still last earlier later "
    "some many most officials according".split()
)
#: A line ending in one of these continues on the next line (wrapped text, not a heading).
_CONTINUATIONS = frozenset(
    "a an the of in on at to for from with by and or but as than that which who whose whom is are was "
    "were be been has have had will would his her its their our this these those".split()
)

# The pattern opens with the one class of characters that can start a boundary, so that the regex
# engine skips quickly over all others (alternatives, or a group at the start, would prevent it);
# a lookbehind at that character then picks the alternative. Each alternative is named by an
# empty group at its end.
_BOUNDARY = re.compile(
    r"[\n.!?…](?:"
    r"(?<=\n)[^\S\n]*\n\s*(?P<para>)"  # a blank line
    r"|(?<=\n)(?P<line>)"  # a single line break
    # final punctuation and closing marks, then white space and the first character after it
    r"|(?<=[.!?…])[.!?…]*[”\"’'»)\]]*(?P<stop>)(?=\s+(?P<next>\S)|\s*\Z))"
)
_LAST_WORD = re.compile(r"(\S*)\Z")
_NEXT_WORD = re.compile(r"\s*(\S*)")
_OPENERS = frozenset("“\"‘'«([-–—•*")
_LEADING_MARKS = "“\"‘'«(["
_TRAILING_MARKS = "”\"’'»)].!?…,;:"
_CLOSING_MARKS = "”\"’'»)]"


def _word_before(text: str, position: int, floor: int) -> str:
    """The run of non-space characters that ends at `position` (at most 40 of them)."""
    low = max(floor, position - 40)
    space = max(text.rfind(" ", low, position), text.rfind("\n", low, position), text.rfind("\t", low, position),
                text.rfind("\u00a0", low, position))
    if space < 0 and low > floor:
        last = _LAST_WORD.search(text, low, position)  # a very long token, or other white space
        return last.group(1) if last else ""
    return text[max(space + 1, low):position]


def _next_word(text: str, position: int) -> str:
    following = _NEXT_WORD.match(text, position)  # matches everywhere (both parts may be empty)
    return following.group(1) if following else ""


def _starts_sentence(word: str) -> bool:
    first = word[:1]
    return bool(first) and (first.isupper() or first.isdigit() or first in _OPENERS)


def _is_dotted_acronym(token: str) -> bool:
    parts = token.lower().split(".")
    return len(parts) >= 2 and all(len(part) == 1 for part in parts if part)


def _period_ends_sentence(word_before: str, text: str, next_start: int | None) -> bool:
    """Whether a single period after `word_before` ends the sentence; the next one would start at `next_start`."""
    if not word_before or word_before[-1] in _CLOSING_MARKS:  # "... the “threatened areas”. The"
        return True
    token = word_before.lstrip(_LEADING_MARKS)
    lowered = token.lower()
    if lowered in _TITLES:
        return False
    if lowered in _BEFORE_NUMBERS and next_start is not None and text[next_start].isdigit():
        return False
    if len(token) == 1 and token.isalpha() and token.isupper():
        return False  # an initial
    if lowered in _ABBREVIATIONS or ("." in token and _is_dotted_acronym(token)):
        next_word = _next_word(text, next_start) if next_start is not None else ""
        return next_word.lstrip(_LEADING_MARKS).lower().rstrip(_TRAILING_MARKS) in _STARTERS
    return True


def _line_break_ends_sentence(text: str, position: int, floor: int) -> bool:
    before = _word_before(text, position, floor)
    if not before or before[-1] in ",;:-–—(/&" or before.lower() in _CONTINUATIONS:
        return False
    return _starts_sentence(_next_word(text, position + 1))


def split_sentences(text: str, start: int = 0) -> list[Sentence]:
    """The sentences of `text[start:]`, in order, with offsets into `text`."""
    return list(_split(text, max(0, min(start, len(text)))))


@functools.lru_cache(maxsize=4)
def _split(text: str, start: int) -> tuple[Sentence, ...]:
    """Cached: the extractor's rules each need the sentences of the article being read."""
    sentences: list[Sentence] = []
    sentence_start = start
    for match in _BOUNDARY.finditer(text, start):
        kind = match.lastgroup
        if kind == "para":
            end, resume = match.start(), match.end()
        elif kind == "line":
            if not _line_break_ends_sentence(text, match.start(), sentence_start):
                continue
            end, resume = match.start(), match.end()
        else:
            following = match.group("next")
            if following is not None and not _starts_sentence(following):
                continue  # “…?” he asked
            end = resume = match.end()
            marks = match.group(0)
            if marks == ".":  # a closing quote or bracket after the period ends the sentence for sure
                next_start = match.start("next") if following is not None else None
                if not _period_ends_sentence(_word_before(text, match.start(), sentence_start), text, next_start):
                    continue
        _add(sentences, text, sentence_start, end)
        sentence_start = resume
    _add(sentences, text, sentence_start, len(text))
    return tuple(sentences)


def _add(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    """Append text[start:end] without its surrounding white space, unless nothing is left."""
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        start += len(piece) - len(piece.lstrip())
        sentences.append(Sentence(start, start + len(stripped), stripped))
