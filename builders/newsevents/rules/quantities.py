"""Counts of people and things in news text ("12 Su-35 fighters", "tens of thousands of troops").

A quantity is a number phrase plus the thing it counts; a number with no counted noun after it
is not reported. Choices, documented because news numbers are fuzzy:

- exact counts give value = low = high;
- vague plurals give value None and a range: several 3-9, dozens 24-99, hundreds 200-999,
  thousands 2,000-9,999, tens of thousands 20,000-99,999, hundreds of thousands
  200,000-999,999, millions 2,000,000-9,999,999;
- "about / around / some / roughly / approximately / an estimated N" give value None and
  N +/- 10 % (rounded); "nearly / almost N" give 90 % of N to N;
- "more than / over N" give low N+1; "at least N" low N; "up to / fewer than / less than /
  no more than / as many as N" give high N;
- excluded: years and dates ("in 2014", "February 9", "Determination 2022"), digits inside model
  names ("S-400"), ordinals ("10th"), time spans whose item is a time unit ("eight years"), and
  percentages ("12 percent", "12%"), which are rates, not counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
VAGUE = {
    "several": (3, 9), "dozens": (24, 99), "hundreds": (200, 999), "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999), "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 9_999_999),
}
APPROXIMATE = {"about", "around", "some", "roughly", "approximately", "an estimated", "nearly", "almost"}
LOWER_BOUND = {"more than": 1, "over": 1, "at least": 0}
UPPER_BOUND = {"up to", "fewer than", "less than", "no more than", "as many as"}
TIME_UNITS = frozenset("second seconds minute minutes hour hours day days week weeks month months year years "
                       "decade decades century centuries percent per cent".split())
#: Words that end the counted noun phrase: prepositions, conjunctions, relatives, auxiliaries.
STOP_WORDS = frozenset(
    "in on at to from with by for of into onto across near over under along against during since after before "
    "around about between within without toward towards through per than as and or but nor that which who whom "
    "whose where when while if is are was were be been being will would could should can may might must shall "
    "have has had do did does not no said says say the a an this these those their its his her our your "
    "they them he she it we you i".split()
)
#: Plural nouns without a final -s that end a counted noun phrase.
IRREGULAR_PLURALS = frozenset("people children men women".split())
MONTHS = frozenset("january february march april may june july august september october november december "
                   "jan feb mar apr jun jul aug sep sept oct nov dec".split())
YEAR_KEYWORDS = frozenset("in since until till through before after during".split())
MAX_ITEM_TOKENS = 6

_WORD_NUMBER = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?" \
               r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen" \
               r"|one|two|three|four|five|six|seven|eight|nine|ten"
_SCALE = r"(?:hundred|thousand|million|billion)"
_NUMBER = re.compile(
    r"(?<![\w\-.,/$€£])"
    r"(?:(?P<modifier>about|around|some|roughly|approximately|an\s+estimated|nearly|almost|more\s+than|over|"
    r"at\s+least|up\s+to|fewer\s+than|less\s+than|no\s+more\s+than|as\s+many\s+as)\s+)?"
    r"(?:(?P<vague>tens\s+of\s+thousands|hundreds\s+of\s+thousands|several|dozens|hundreds|thousands|millions)"
    rf"|(?P<digits>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?:\s+(?P<digit_scale>{_SCALE}))?"
    rf"|(?P<words>(?:a\s+|an\s+)?(?:{_WORD_NUMBER}|dozen|{_SCALE})(?:(?:\s+|-)(?:and\s+)?(?:{_WORD_NUMBER}|{_SCALE}))*))"
    r"(?![\w\-%]|[.,]\d)",
    re.IGNORECASE,
)
#: Every number phrase contains a digit or one of these words; the full pattern runs only near them.
_TRIGGER = re.compile(
    r"\d+|\b(?=[a-z])(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten|dozens?"
    r"|hundreds?|thousands?|millions?|billion|several|tens)\b)",
    re.IGNORECASE,
)
#: The longest modifier before a number ("no more than ", "an estimated ").
_REACH_BACK = 16
_WORD_START = re.compile(r"\b\w")
_ITEM_TOKEN = re.compile(r"[ \t\u00a0]+(?:of[ \t\u00a0]+(?:the[ \t\u00a0]+)?)?([^\W\d_][\w'’\-]*|\d+[A-Za-z][\w\-]*)")
_ITEM_NEXT = re.compile(r"[ \t\u00a0]+([^\W_][\w'’\-]*)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s*$")
_SPLIT_WORDS = re.compile(r"[\s-]+")


@dataclass
class Quantity:
    start: int
    end: int
    text: str
    number_text: str
    value: int | None
    low: int | None
    high: int | None
    approximate: bool
    item: str
    item_text: str
    item_start: int
    item_end: int
    rule: str


def words_to_number(phrase: str) -> int:
    """'twenty-five' -> 25, 'two hundred and fifty' -> 250, 'a dozen' -> 12."""
    total, current = 0, 0
    for word in _SPLIT_WORDS.split(phrase.lower()):
        if word in ("", "and"):
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in ("hundred", "dozen"):
            current = (current or 1) * (100 if word == "hundred" else 12)
        else:
            total += (current or 1) * _SCALES[word]
            current = 0
    return total + current


def _digits_value(digits: str, scale: str | None) -> int:
    number = float(digits.replace(",", ""))
    return round(number * _SCALES[scale.lower()]) if scale else round(number)


def _item(text: str, position: int, limit: int) -> tuple[int, int]:
    """Span of the counted noun phrase after `position` (empty when nothing is counted)."""
    first = _ITEM_TOKEN.match(text, position, limit)
    if not first or first.group(1).lower() in STOP_WORDS:
        return position, position
    item_start, item_end = first.start(1), first.end(1)
    token = first.group(1)
    for _ in range(MAX_ITEM_TOKENS - 1):
        lowered = token.lower()
        if lowered in IRREGULAR_PLURALS or (lowered.endswith("s") and not lowered.endswith("ss") and len(lowered) > 3
                                            and not token[0].isupper()):
            break  # a plural noun heads the phrase; what follows is a verb or a new clause
        following = _ITEM_NEXT.match(text, item_end, limit)
        if not following or following.group(1).lower() in STOP_WORDS:
            break
        token = following.group(1)
        item_end = following.end(1)
    return item_start, item_end


def _is_date_or_year(text: str, match: re.Match[str], start: int) -> bool:
    digits = match["digits"]
    if not digits:
        return False
    before = _WORD_BEFORE.search(text, max(start, match.start() - 20), match.start())
    word = before.group(1) if before else ""
    if word.lower() in MONTHS:
        return True  # "February 9", "Feb. 9"
    if len(digits) == 4 and digits.isdigit() and 1000 <= int(digits) <= 2100:
        # "in 2014", "Determination 2022"; a capitalised determiner ("The 1500 ...") is not a name
        return word.lower() in YEAR_KEYWORDS or (word[:1].isupper() and word.lower() not in STOP_WORDS)
    return False


def _bounds(match: re.Match[str], count: int) -> tuple[int | None, int | None, int | None, bool, str]:
    modifier = " ".join(match["modifier"].lower().split()) if match["modifier"] else ""
    if modifier in ("nearly", "almost"):
        return None, round(count * 0.9), count, True, "quantity.approximate"
    if modifier in APPROXIMATE:
        return None, round(count * 0.9), round(count * 1.1), True, "quantity.approximate"
    if modifier in LOWER_BOUND:
        return None, count + LOWER_BOUND[modifier], None, False, "quantity.lower_bound"
    if modifier in UPPER_BOUND:
        return None, None, count, False, "quantity.upper_bound"
    return count, count, count, False, "quantity.count"


def _number_phrases(text: str, start: int, end: int):
    """What `_NUMBER.finditer(text, start, end)` yields, trying the pattern only at the word starts
    just before a digit or number word instead of at every character."""
    position = start
    for trigger in _TRIGGER.finditer(text, start, end):
        if trigger.end() <= position:
            continue
        for word in _WORD_START.finditer(text, max(position, trigger.start() - _REACH_BACK), trigger.start() + 1):
            if word.start() < position:
                continue
            match = _NUMBER.match(text, word.start(), end)
            if match:
                yield match
                position = match.end()
                if position >= trigger.end():
                    break


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Counted things in text[start:end], sorted and non-overlapping, with offsets into text."""
    end = len(text) if end is None else min(end, len(text))
    found: list[Quantity] = []
    for match in _number_phrases(text, start, end):
        if found and match.start() < found[-1].end:
            continue  # a number inside the item of the previous quantity ("two 12-gun batteries")
        item_start, item_end = _item(text, match.end(), end)
        if item_start == item_end or _is_date_or_year(text, match, start):
            continue
        item_text = text[item_start:item_end]
        words = item_text.lower().split()
        if words[0] in TIME_UNITS or words[-1] in TIME_UNITS:
            continue  # "eight years" is a time span, "12 percent" a rate
        if match["vague"]:
            low, high = VAGUE[" ".join(match["vague"].lower().split())]
            value, approximate, rule = None, True, "quantity.vague"
        else:
            count = (_digits_value(match["digits"], match["digit_scale"]) if match["digits"]
                     else words_to_number(match["words"]))
            value, low, high, approximate, rule = _bounds(match, count)
        found.append(Quantity(match.start(), item_end, text[match.start():item_end], match.group(),
                              value, low, high, approximate, item_text.lower(), item_text, item_start, item_end, rule))
    return found
