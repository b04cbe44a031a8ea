"""Counts of things in news text: "12 Su-35 fighters", "two S-400 systems", "tens of thousands of troops".

A quantity is a number phrase plus the noun phrase it counts. What is *not* a count is left out:
years ("in 2014", "Union Determination 2022"), dates ("February 9", "18-21 January"), ordinals
("the 10th"), clock times, numbers inside model names ("S-400", "Su-35"), ages ("12-year-old"),
percentages, money and measures, reference numbers ("Article 5"), and durations ("for eight
years", whose counted thing is a time unit: the temporal rule reads those).

Bounds (`low`, `high`: None means unbounded or unknown; always low <= value <= high where given):
- an exact number: value = low = high, approximate False ("half a million": 500,000);
- "about/around/roughly/approximately/some/an estimated N": value N, no bounds, approximate;
- "more than/over/above N": low N+1; "at least/no fewer than N": low N;
- "up to/as many as/no more than/at most/nearly/almost/close to N": high N;
  "fewer/less than/under/below/just under N": high N-1 (a hedged bound leaves value empty);
- "N to M", "N-M", "between N and M": low N, high M, approximate, value empty;
- vague amounts (approximate, value empty): "a couple of" 2-3, "a few" 2-5, "a handful of" 2-5,
  "several" 3-9, "dozens" 24-99, "scores" 40-99, "hundreds" 200-999, "thousands" 2,000-9,999, "tens of
  thousands" 20,000-99,999, "hundreds of thousands" 200,000-999,999, "millions" 2,000,000-
  9,999,999, "tens/hundreds of millions" likewise; "several/a few hundred" scale the multiplier.
- "many", "numerous", "a number of", "an undetermined number of" give no bound: not returned.
The counted thing (`item_text`) is the noun phrase after the number (after "of" for vague
amounts), at most six words, ending at its last plural-looking noun and stopping at function
words, verbs after the head ("soldiers arrived") and punctuation; `item` is it in lower case.
A count with no such noun is kept for digits ("the toll rose to 12") and dropped for number
words ("the two", "one of them").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from .tokens import IRREGULAR_PAST, word_trie


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    text: str
    number_text: str
    value: int | None
    low: int | None
    high: int | None
    approximate: bool
    item_text: str
    item: str
    item_start: int
    item_end: int
    rule: str


_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_SCALE_ABBREVIATIONS = {"m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}


def _words(table: dict[str, int]) -> str:
    return "|".join(sorted(table, key=len, reverse=True))


_DIGIT_WORDS = {word: value for word, value in _UNITS.items() if 0 < value < 10}
_SMALL = rf"(?:(?:{_words(_TENS)})(?:[-\s](?:{_words(_DIGIT_WORDS)}))?|(?:{_words(_UNITS)}))"
_SCALE = rf"(?:{_words(_SCALES)})"
#: Number words, lower case: "two", "twenty-five", "a dozen", "two hundred and fifty", "hundred".
NUMBER_WORDS = (
    rf"(?:half\s+an?\s+{_SCALE}|(?:{_SMALL}|an?)\s+{_SCALE}|{_SCALE}|{_SMALL})"
    rf"(?:(?:\s+and\s+|[\s-]+)(?:{_SMALL}\s+{_SCALE}|{_SCALE}|{_SMALL}))*(?![a-z])"
)
_NUMBER_WORD = re.compile(r"[a-z]+")
_DIGITS_WITH_SCALE = re.compile(r"(\d+(?:,\d{3})*(?:\.\d+)?)\s*([a-z]*)")


def parse_number_words(words: str) -> int | None:
    """The value of number words ("twenty-five" 25, "two hundred and fifty" 250, "a dozen" 12,
    "half a million" 500,000)."""
    total = current = 0
    seen = half = False
    previous = ""
    for word in _NUMBER_WORD.findall(words.lower()):
        if word == "half" and not seen:
            half = True
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "and":
            if previous not in _SCALES:
                return None  # "two and three" is two numbers; "two hundred and fifty" is one
            previous = word
            continue
        elif word in ("a", "an"):
            previous = word
            continue
        elif word in ("dozen", "hundred"):
            current = max(current, 1) * _SCALES[word]
        elif word in _SCALES:
            total += max(current, 1) * _SCALES[word]
            current = 0
        else:
            return None
        seen = True
        previous = word
    if not seen:
        return None
    value = total + current
    return value // 2 if half else value  # "half a dozen" 6: every scale is even


@lru_cache(maxsize=4096)
def parse_number(number_text: str) -> int | None:
    """Digits ("1,500", "2.5 million", "3bn") or number words as an int; None for a fraction.
    Cached: news repeats its numbers ("two", "12", "hundreds")."""
    text = number_text.strip().lower()
    match = _DIGITS_WITH_SCALE.fullmatch(text)
    if not match:
        return parse_number_words(text)
    digits, scale_word = match.group(1).replace(",", ""), match.group(2)
    scale = _SCALES.get(scale_word) or _SCALE_ABBREVIATIONS.get(scale_word) or (1 if not scale_word else None)
    if scale is None:
        return None
    whole, _, fraction = digits.partition(".")
    scaled = (int(whole) * 10 ** len(fraction) + int(fraction or 0)) * scale
    if scaled % 10 ** len(fraction):
        return None  # "2.5 soldiers"
    return scaled // 10 ** len(fraction)


#: A bare number of up to three digits before a comma, after a name and its comma: an age ("Faye, 44, won").
_AGE_APPOSITION = re.compile(r"\d{1,3}(?:,|\.(?!\d)|\Z)")
_NAME_BEFORE_COMMA = re.compile(r"[A-Z][\w.’'-]*,[ \u00a0]+\Z")
#: Plural nouns without an s, which a count of millions may count ("5m people").
_PLURALS_WITHOUT_S = frozenset({"people", "children", "men", "women", "police", "personnel", "livestock", "cattle"})


#: Vague amounts and their (low, high) bounds.
_VAGUE = {
    "a couple of": (2, 3), "a few": (2, 5), "a handful of": (2, 5), "several": (3, 9), "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999), "thousands": (2_000, 9_999), "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999), "millions": (2_000_000, 9_999_999),
    "tens of millions": (20_000_000, 99_999_999), "hundreds of millions": (200_000_000, 999_999_999),
}
#: Hedges before a number, by what they make of N (see the module docstring).
_HEDGES = {
    "about": "about", "around": "about", "roughly": "about", "approximately": "about", "some": "about",
    "an estimated": "about", "estimated": "about", "more than": "above", "over": "above", "above": "above",
    "in excess of": "above", "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "a minimum of": "at_least", "up to": "at_most", "as many as": "at_most", "no more than": "at_most",
    "at most": "at_most", "a maximum of": "at_most", "nearly": "at_most", "almost": "at_most",
    "close to": "at_most", "just under": "below", "fewer than": "below", "less than": "below",
    "under": "below", "below": "below",
}
_SPACED = r"\s+"
_HEDGE_WORDS = "|".join(h.replace(" ", _SPACED) for h in sorted(_HEDGES, key=len, reverse=True))
_VAGUE_WORDS = "|".join(v.replace(" ", _SPACED) for v in sorted(_VAGUE, key=len, reverse=True))
_VAGUE_MULTIPLE = r"(?:several|a\s+few|a\s+couple\s+of)\s+(?:dozen|hundred|thousand|million)"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+(?:million|billion|thousand|hundred)|(?:bn|mn|m)(?![a-z]))?"

# Scanned over a lower-cased copy of the text (same offsets): case-sensitive matching of lower-case
# literals is several times faster than re.IGNORECASE.
_QUANTITY = re.compile(
    r"(?<![\w$€£¥₽./:-])(?:"
    rf"(?:(?P<hedge>{_HEDGE_WORDS})\s+)?"
    rf"(?:(?P<between>between\s+)?(?P<low>{_DIGITS}|{NUMBER_WORDS})"
    r"(?:(?<=\d)\s*[-–]\s*(?=\d)|\s+to\s+|(?(between)\s+and\s+|(?!)))"
    rf"(?P<high>{_DIGITS}|{NUMBER_WORDS})"
    rf"|(?P<multiple>{_VAGUE_MULTIPLE})"
    rf"|(?P<vague>{_VAGUE_WORDS})"
    rf"|(?P<digits>{_DIGITS})|(?P<words>{NUMBER_WORDS}))"
    r")(?![\w%]|[-/:.,]\d|-(?!\s))"
)

#: Words that every quantity contains one of, and runs of digits: where the scan looks (see
#: keyed_matches, which wants each word with the character before it).
_KEY = re.compile(
    r"[\W\d](?:(?<=\d)\d*|(?:" + word_trie([*_UNITS, *_TENS, *_SCALES, *(f"{scale}s" for scale in _SCALES),
                                              "several", "few", "couple", "handful", "tens", "scores"]) + r")\b)"
)
#: Words that may come before a quantity's first key word inside it (hedges, "between", "a"),
#: written backwards: read from the key back on the reversed text to find where a match can start.
_LEAD_WORDS = sorted({word for phrase in [*_HEDGES, "between", "a", "an", "half"] for word in phrase.split()}, key=len,
                     reverse=True)
#: Any white space between them, as the scanner allows ("about \n\n\n12" is one quantity).
_LEAD_BACKWARDS = re.compile(r"(?:\s+(?:" + "|".join(word[::-1] for word in _LEAD_WORDS) + r")(?!\w)){0,6}")

#: After a number, these words make it a date, a measure, money or a time: not a count.
_NOT_COUNTED = frozenset(
    "january february march april may june july august september october november december jan feb mar apr jun "
    "jul aug sep sept oct nov dec percent per pct a.m a.m. p.m p.m. am pm gmt utc o'clock hrs h km kilometres "
    "kilometers miles mile metres meters meter metre kg kilograms kilogram tonnes tons tonne ton degrees degree "
    "dollars dollar euros euro pounds rubles roubles yuan yen hryvnias hryvnia cents mph sq square".split()
)
#: A time unit as the counted thing makes a duration, which the temporal rule reads.
_TIME_UNITS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years decade decades "
    "century centuries year-old years-old night nights weekend weekends".split()
)
#: Words that end the counted noun phrase.
_STOP_WORDS = frozenset(
    "a an the this that these those which who whom whose what where when while and or but nor as than "
    "of in on at to for from with by into onto over under above below across along around among near "
    "towards toward against between through during after before since until via per about amid without "
    "within outside inside behind beyond including like plus is are was were be been being has have had "
    "will would shall should can could may might must do does did not no also only just still already "
    "it its they them their he she his her we our you your i my me him us there here then so if because "
    "each every all both some any many more most other such own same one".split()
)
#: Plural nouns without a final s, and collective nouns counted as such.
_IRREGULAR_PLURALS = frozenset(
    "people police personnel children men women staff aircraft military cattle sheep fish deer crew "
    "militia infantry cavalry artillery equipment livestock offspring".split()
)
_MONTHS = frozenset(
    "january february march april may june july august september october november december jan jan. feb "
    "feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.".split()
)
#: Words before a four-digit number that make it a year ("in 2014", "since 1991").
_YEAR_INTRODUCERS = frozenset(
    "in since until till by before after of during from to through early mid late the year fiscal "
    "a an its their his her this that".split()  # "a 1951 treaty", "its 2015 constitution"
)
#: The counted noun phrase is at most this many words ("Moscow-based foreign military attaches").
_ITEM_MAX_TOKENS = 6
_OF = re.compile(r"\s+of\s+")
_ITEM_TOKEN = re.compile(r"\s*(?P<word>[^\W_][\w’'.-]*[^\W_]|[^\W_])")
_MONTH_AFTER = re.compile(r"\s+(?:of\s+)?([A-Z][a-z]+\.?)")
_MONTH_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]+\.?)\s+\Z")
_YEARLIKE = re.compile(r"(?:1[6-9]|20)\d\d")


def looks_plural(word: str) -> bool:
    """A plural noun by its form ("troops", "attaches", "people"), not a function word ("this", "was")."""
    lowered = word.lower()
    if lowered in _IRREGULAR_PLURALS:
        return True
    return (len(lowered) > 3 and lowered.endswith("s") and not lowered.endswith(("ss", "us", "is"))
            and lowered not in _STOP_WORDS)


def _item(text: str, position: int, end: int, singular: bool) -> tuple[int, int]:
    """The counted noun phrase starting at `position`, up to its head noun; empty when none."""
    tokens: list[tuple[int, int, str]] = []
    seen_plural = False
    while len(tokens) < _ITEM_MAX_TOKENS:
        match = _ITEM_TOKEN.match(text, position, end)
        if not match or "\n" in text[position:match.start("word")]:
            break
        word = match.group("word")
        lowered = word.lower()
        if lowered in _STOP_WORDS:
            break
        if (lowered.endswith(("ed", "ing")) or lowered in IRREGULAR_PAST) and (seen_plural or singular):
            break  # a verb after the head noun: "soldiers arrived", "one soldier died", "officials told"
        if seen_plural and (lowered in _UNITS or lowered in _TENS or word[0].isdigit()):
            break  # another count after the head noun: "two countries fought two wars"
        tokens.append((match.start("word"), match.end("word"), word))
        seen_plural = seen_plural or looks_plural(word)
        position = match.end()
    if singular:
        return (tokens[0][0], tokens[-1][1]) if tokens else (position, position)
    for index in range(len(tokens) - 1, -1, -1):
        if looks_plural(tokens[index][2]):
            return tokens[0][0], tokens[index][1]
    return position, position


def _word_before(text: str, position: int, floor: int) -> str:
    """The word right before `position` with only white space between ("" if punctuation is)."""
    end = position
    while end > floor and text[end - 1].isspace():
        end -= 1
    if end == position or end == floor:
        return ""
    low = max(floor, end - 30)
    begin = max(text.rfind(" ", low, end), text.rfind("\n", low, end), text.rfind("\u00a0", low, end),
                text.rfind("\t", low, end)) + 1
    word = text[max(begin, low):end]
    return word if word[:1].isalnum() and word[-1:].isalnum() or word.endswith(".") else ""


def _is_year(text: str, match: re.Match[str], floor: int) -> bool:
    """A four-digit number read as a year: after "in"/"since"/a month/a name, or before no noun;
    never before a lower-case plural ("of 2000 troops")."""
    digits = match.group("digits")
    if not digits or not _YEARLIKE.fullmatch(digits) or match.group("hedge"):
        return False
    following = _ITEM_TOKEN.match(text, match.end())
    word = _word_before(text, match.start(), floor)
    if word.lower() in ("a", "an"):
        return True  # "a 2018 military agreement": no count follows an article
    if following is not None and following.group("word")[0].islower() and looks_plural(following.group("word")):
        return False  # "a force of 2000 troops"
    if word and (word.lower() in _YEAR_INTRODUCERS or word[0].isupper()):
        return True
    return following is None or following.group("word").lower() in _STOP_WORDS or following.group("word")[0].isupper()


def _in_a_date(text: str, number_start: int, number_end: int, floor: int) -> bool:
    """ "February 9", "9 February", "18-21 January": a day of a month, not a count."""
    before = _MONTH_BEFORE.search(text, max(floor, number_start - 12), number_start)
    if before and before.group(1).lower() in _MONTHS:
        return True
    following = _MONTH_AFTER.match(text, number_end)
    return bool(following and following.group(1).lower() in _MONTHS)


def _bounds(hedge_kind: str | None, number: int) -> tuple[int | None, int | None, int | None]:
    """(value, low, high) of a hedged number."""
    if hedge_kind is None:
        return number, number, number
    if hedge_kind == "about":
        return number, None, None
    if hedge_kind == "above":
        return None, number + 1, None
    if hedge_kind == "at_least":
        return None, number, None
    if hedge_kind == "at_most":
        return None, None, number
    return None, None, max(number - 1, 0)


def _lowered(text: str) -> str:
    """`text` in lower case with every character where it was (offsets stay valid)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text.translate(_ASCII_LOWER)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


_WORD_START = re.compile(r"(?<![\w-])\w")


def keyed_matches(scanner: re.Pattern[str], keys: re.Pattern[str], lead_backwards: re.Pattern[str],
                  lowered: str, start: int, end: int, accept: Callable[[re.Match[str]], bool] | None = None):
    """The matches `scanner.finditer(lowered, start, end)` gives, found much faster.

    Trying a large alternation at every word is what makes a scan slow. Every match contains a
    key word (a number, a month...), and before its first key only "lead" words ("about", "from
    the 10th to the")... So: find the keys with a cheap regex; from each, read the lead words
    backwards (`lead_backwards` matches them on the reversed text); and try the scanner, anchored,
    only at the word starts between the first lead word and the key. A match that `accept`
    refuses counts as no match there.

    `keys` matches a key word together with the non-word character before it, or a run of digits
    from its first digit: opening with one character class (not a \b, which the regex engine
    must test at every position) lets it skip ahead to candidates. It is run on the text with a
    space in front, so a key at the very start has a character before it too.
    """
    backwards = lowered[::-1]
    padded = " " + lowered  # position p here is p - 1 in `lowered`
    size = len(lowered)
    cursor = start
    scan, lead_match, word_starts = scanner.match, lead_backwards.match, _WORD_START.finditer
    is_word_start = _WORD_START.match
    for key in keys.finditer(padded, start, end + 1):
        key_start = key.start()  # the key's start in `lowered` when a character before it matched
        if padded[key_start].isalnum():  # a run of digits, matched from its first digit
            key_start -= 1
            if key_start < start:  # the run began before `start`: only its part from `start` counts
                if key.end() - 1 <= start:
                    continue
                key_start = start
        if key_start < cursor:
            continue
        lead = lead_match(backwards, size - key_start)  # optional words: it always matches
        lead_start = size - (lead.end() if lead else size - key_start)
        if lead_start < cursor:
            lead_start = cursor
        if lead_start == key_start:  # nothing to read before the key: try it alone
            match = scan(lowered, key_start, end)
            if match is not None and (accept is None or accept(match)):
                cursor = match.end()
                yield match
            continue
        tried = -1
        if is_word_start(lowered, lead_start):  # most often the match starts at the first lead word
            tried = lead_start
            match = scan(lowered, lead_start, end)
            if match is not None and (accept is None or accept(match)):
                cursor = match.end()
                yield match
                if cursor > key_start:
                    continue  # no other word start before the key is left to try
        for word in word_starts(lowered, lead_start, key_start + 1):
            word_start = word.start()
            if word_start < cursor or word_start == tried:
                continue
            match = scan(lowered, word_start, end)
            if match is not None and (accept is None or accept(match)):
                cursor = match.end()
                yield match


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Counted things in `text[start:end]`, in document order, never overlapping."""
    end = len(text) if end is None else max(0, min(end, len(text)))
    start = max(0, min(start, end))
    lowered = _lowered(text)
    found: list[Quantity] = []
    for match in keyed_matches(_QUANTITY, _KEY, _LEAD_BACKWARDS, lowered, start, end):
        if found and match.start() < found[-1].end:
            continue  # inside the counted thing of the previous quantity
        hedge = match.group("hedge")
        if match.group("low") is not None:
            low, high = parse_number(match.group("low")), parse_number(match.group("high"))
            if (low is None or high is None or low >= high
                    or _YEARLIKE.fullmatch(match.group("low")) and _YEARLIKE.fullmatch(match.group("high"))
                    or _in_a_date(text, match.start("low"), match.end(), start)):
                continue  # "3-1" is a score, "2014-2016" years, "18-21 January" days
            value, approximate, rule = None, True, "quantity.range"
        elif match.group("multiple") is not None:
            multiplier, scale = " ".join(match.group("multiple").split()).rsplit(" ", 1)
            vague_low, vague_high = _VAGUE[multiplier]
            value, low, high = None, vague_low * _SCALES[scale], vague_high * _SCALES[scale]
            approximate, rule = True, "quantity.vague"
        elif match.group("vague") is not None:
            if hedge:
                continue  # "more than dozens": no sensible bound
            low, high = _VAGUE[" ".join(match.group("vague").split())]
            value, approximate, rule = None, True, "quantity.vague"
        else:
            group = "digits" if match.group("digits") else "words"
            if group == "words" and match.start() >= start + 2 and text[match.start() - 2].isdigit() \
                    and text[match.start() - 1] == " ":
                continue  # "$375 million": the scale of an amount of money, no count of its own
            number = parse_number(match.group(group))
            if (number is None or _is_year(text, match, start)
                    or _in_a_date(text, match.start(group), match.end(group), start)):
                continue
            hedge_kind = _HEDGES[" ".join(hedge.split())] if hedge else None
            value, low, high = _bounds(hedge_kind, number)
            approximate, rule = hedge_kind is not None, f"quantity.{'digits' if group == 'digits' else 'number_words'}"
        number_end = position = match.end()
        if rule == "quantity.vague":
            of_match = _OF.match(lowered, position, end)
            position = of_match.end() if of_match else position
        following = _ITEM_TOKEN.match(lowered, position, end)
        if following and following.group("word") in _NOT_COUNTED:
            continue
        item_start, item_end = _item(text, position, end, value == 1)
        item_words = lowered[item_start:item_end].split()
        if item_words and (item_words[0] in _TIME_UNITS or item_words[-1] in _TIME_UNITS):
            continue  # "for eight years": a duration
        if item_words == ["times"] and _RATIO_AFTER.match(lowered, item_end, end):
            continue  # "ten times the minimum wage", "three times as many": a ratio, no count
        if (not item_words and value != 1 and (part_of := _PART_OF_WHOLE.match(lowered, number_end, end)) is not None
                and not _QUANTITY.match(lowered, part_of.end())):
            # "23 of its soldiers": a part of what is named after it counts the same thing (but "12 of
            # the 40 hostages" counts what the count after it counts, and "one of the largest protests"
            # counts nothing)
            item_start, item_end = _item(text, part_of.end(), end, False)
            item_words = lowered[item_start:item_end].split()
        if not item_words and (rule == "quantity.number_words" or _word_before(text, match.start(), start)[:1].isupper()):
            continue  # "the two", "one of them": a pronoun; "Article 5": a reference number
        if rule == "quantity.digits" and lowered[number_end - 1] == "m" and not (
                item_words and (item_words[-1].endswith("s") or item_words[-1] in _PLURALS_WITHOUT_S)):
            continue  # "a 5m wall", "5m high": metres; a count of millions counts many ("1.2m Romanians")
        if not item_words and _AGE_APPOSITION.match(text, match.start()) and _NAME_BEFORE_COMMA.search(
                text, max(start, match.start() - 40), match.start()):
            continue  # "Faye, 44, won the election": an age, no count
        if not item_words:
            item_start = item_end = number_end
        phrase_end = item_end if item_words else number_end
        found.append(Quantity(
            start=match.start(), end=phrase_end, text=text[match.start():phrase_end],
            number_text=text[match.start():number_end], value=value, low=low, high=high,
            approximate=approximate, item_text=text[item_start:item_end], item=" ".join(item_words),
            item_start=item_start, item_end=item_end, rule=rule,
        ))
    return _shared_items(found, lowered) if len(found) > 1 else found


#: Between a count and the count of the whole it is part of: "12 of the 40 hostages", or the whole
#: itself: "23 of its soldiers".
_PART_OF_WHOLE = re.compile(r"\s+of\s+(?:the|these|those|its|their|his|her|our)\s+")
#: After "N times", what makes it a ratio: "ten times the wage", "three times as many", "twice higher".
_RATIO_AFTER = re.compile(r"\s+(?:the|as|more|less|fewer|higher|lower|larger|bigger|greater|smaller|that|what)(?![\w-])")
#: After a count with nothing counted, a participle that says it counts what the count before it
#: counted: "At least 32 people were killed and more than 100 wounded".
_ELLIPSIS_AFTER = re.compile(r"\s+(?:\w+ed|hurt|dead|missing|held|still\s+\w+)(?![\w-])")
_ELLIPSIS_BEFORE = re.compile(r"[^.;:!?]*?\s(?:and|while|with)\s+\Z")


def _shared_items(found: list[Quantity], lowered: str) -> list[Quantity]:
    """Counts with nothing counted that count what a count next to them counts: the whole they are
    part of ("12 of the 40 hostages": hostages), or the count before them in an ellipsis ("32 people
    were killed and more than 100 wounded": people)."""
    shared = list(found)
    for index, quantity in enumerate(found):
        if quantity.item:
            continue
        after = found[index + 1] if index + 1 < len(found) else None
        before = shared[index - 1] if index else None
        if after is not None and after.item and _PART_OF_WHOLE.fullmatch(lowered, quantity.end, after.start):
            source = after
        elif (before is not None and before.item and _ELLIPSIS_AFTER.match(lowered, quantity.end)
              and _ELLIPSIS_BEFORE.fullmatch(lowered, before.end, quantity.start)):
            source = before
        else:
            continue
        shared[index] = replace(quantity, item=source.item, item_text=source.item_text, item_start=source.item_start,
                                item_end=source.item_end)
    return shared
