"""Time expressions in news text, resolved to date intervals against the publication date.

Every expression found is returned; one that cannot be placed on the calendar ("soon", "in the
next few days", "for years") has `resolved=False`, no dates and precision "unknown" — it never
silently becomes the publication date. Intervals follow the schema's precision rules: a week runs
Monday to Sunday (ISO), a month from its first to its last day, a year from 1 January to 31
December; "since X" and "for N years" have an open end (date_end None), "until X" an open start.

Heuristics (general news usage; each is a choice):
- Anchor: the publication date. Anaphora ("the following day", "the day before", "the next day",
  "that day", "two days later", "the following week", "the previous year") count from the last expression resolved in the same paragraph or
  the previous sentence — forward ones from its end, backward ones from its start — else from the
  publication date ("Lukashenko had announced the manoeuvres the day before" = the day before
  publication). When that last expression is coarser than a day ("last week ... the following
  day") the anaphor stays unresolved.
- Tense: the nearest tense cue in the expression's clause, else in its sentence: "will", "would",
  "is to", "plans to", "is set for", "scheduled", "could be", "may" ... are future ("could have" is
  not); "was", "had", a present perfect, a
  subject followed by a verb in -ed ("Russia annexed", "the port reopened") are past. Reporting
  verbs ("said", "told") date the saying, so they count only inside the expression's own clause
  ("said on Monday"), not for a date in the reported clause. Words inside the expression ("next",
  "last", "this", "since", "until") win over the context.
- Weekdays: past or no cue → the nearest such day on or before the publication date, future → the
  nearest on or after it; the publication day's own name is that day, as in wire copy ("KHARTOUM,
  March 5 - ... said on Tuesday", published Tuesday 5 March). "this Friday" is the Friday of the
  publication week, "next Friday" the first one after the publication day, "last Friday" the last
  one before it.
- "over the weekend", "at the weekend": the Saturday and Sunday on or before the publication day
  in the past (or with no cue), the next ones in the future.
- A day or month without a year: future → the first occurrence on or after the anchor, past →
  the last on or before it, no cue → the occurrence closest to the anchor (so a date up to about
  six months ahead is this year's, or next year's across New Year). "since" always looks back;
  "until", "through", "by" look ahead, or in a clause in the past take the occurrence closest to
  the anchor ("was suspended until March 24", told in January: this March).
- A bare month after "for" counts only after a verb that sets a date ("scheduled for June",
  "postponed for March"; not "support for May"), and is the nearest such month, ahead or gone by.
- A bare year counts only after a preposition (in, during, throughout, of, since, until, by,
  before, after, from, between) or a month: "Union Determination 2022" is a name, not a date.
- "for N years" in a present-perfect clause ("has been at war for eight years") began N units
  before the anchor: from the start of that unit (1 January 2014 for 2022) with an open end, at
  the unit's precision; outside the present perfect ("was jailed for two years") it is found but
  unresolved. "N units ago" is the unit N units back; "in N units" is the unit N units ahead,
  in a future clause only ("the first time in five years" looks back). "within N units" in a
  future clause runs from the anchor to N units on, to the day ("will be held within two weeks");
  in the past it is within N units of something no rule knows, so unresolved.
- "in/over the past N units", "in the next N units": from the start of the unit N back (or the
  anchor's unit) to the end of the anchor's unit (or the unit N ahead), at the unit's precision.
- "a day after", "two weeks after" a clause, after a day of its own sentence ("said on Wednesday,
  a day after police shot dead …"): counted back from that day (weeks: that week, a round count).
- "early/mid/late 2014", "the end of March", "the first week of April": the unit itself at its
  precision.
- Seasons are the northern meteorological ones (summer = June to August; winter runs from
  December into the next year), at month precision.

Speed: the text is scanned in lower case (a same-length copy, so offsets hold) by one compiled
alternation, and only near "key" words every expression contains (a month, a weekday, "today",
"week", a year...), found by one cheap case-sensitive regex; matches are leftmost-longest and
never overlap.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .quantities import (
    NUMBER_WORDS,
    keyed_matches,
    looks_plural,
    parse_number,
)
from .sentences import Sentence, split_sentences
from .tokens import word_trie

DAY, WEEK, MONTH, YEAR, UNKNOWN = "day", "week", "month", "year", "unknown"


@dataclass(frozen=True, slots=True)
class TimeExpression:
    start: int
    end: int
    text: str
    date_start: dt.date | None
    date_end: dt.date | None
    precision: str
    rule: str
    resolved: bool


@dataclass(frozen=True, slots=True)
class Resolution:
    date_start: dt.date | None
    date_end: dt.date | None
    precision: str
    rule: str
    resolved: bool


UNRESOLVED = Resolution(None, None, UNKNOWN, "temporal.unknown", False)

Interval = tuple[dt.date | None, dt.date | None, str]

# ---------------------------------------------------------------------------------------------
# Calendar arithmetic


def _day(value: dt.date) -> tuple[dt.date, dt.date, str]:
    return value, value, DAY


def _week(value: dt.date) -> tuple[dt.date, dt.date, str]:
    monday = value - dt.timedelta(days=value.weekday())
    return monday, monday + dt.timedelta(days=6), WEEK


def _month(year: int, month: int) -> tuple[dt.date, dt.date, str]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]), MONTH


def _year(year: int) -> tuple[dt.date, dt.date, str]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31), YEAR


def _add_months(year: int, month: int, count: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + count
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _pick(candidates: list[dt.date], anchor: dt.date, tense: str | None) -> dt.date | None:
    """The candidate the tense points to: future → first on/after, past → last on/before, else closest."""
    if tense == "future":
        return min((c for c in candidates if c >= anchor), default=None)
    if tense == "past":
        return max((c for c in candidates if c <= anchor), default=None)
    return min(candidates, key=lambda c: (abs((c - anchor).days), c < anchor), default=None)


_CALENDAR_UNIT = {"decade": "year", "century": "year", "hour": "day"}


def _unit_interval(unit: str, value: dt.date) -> Interval:
    unit = _CALENDAR_UNIT.get(unit, unit)
    if unit == "year":
        return _year(value.year)
    if unit == "month":
        return _month(value.year, value.month)
    if unit == "week":
        return _week(value)
    return _day(value)


def _shift(anchor: dt.date, unit: str, count: int) -> dt.date | None:
    """`anchor` moved by `count` units (negative: back), kept inside the target month."""
    try:
        if unit in ("year", "decade", "century"):
            year = anchor.year + count * {"year": 1, "decade": 10, "century": 100}[unit]
            return dt.date(year, anchor.month, min(anchor.day, calendar.monthrange(year, anchor.month)[1]))
        if unit == "month":
            year, month = _add_months(anchor.year, anchor.month, count)
            return dt.date(year, month, min(anchor.day, calendar.monthrange(year, month)[1]))
        if unit == "week":
            return anchor + dt.timedelta(weeks=count)
        if unit == "hour":
            return anchor + dt.timedelta(days=int(count / 24))
        return anchor + dt.timedelta(days=count)
    except (ValueError, OverflowError):
        return None


# ---------------------------------------------------------------------------------------------
# Grammar. Patterns are lower case: they are matched against a lower-cased copy of the text, and
# month and weekday names are checked for their capital in the original afterwards.

_MONTH_NUMBERS = {name.lower(): index for index, name in enumerate(calendar.month_name) if name}
_MONTH_NUMBERS.update({name.lower(): index for index, name in enumerate(calendar.month_abbr) if name})
_MONTH_NUMBERS["sept"] = 9
_WEEKDAY_NUMBERS = {name.lower(): index for index, name in enumerate(calendar.day_name)}
_SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_UNIT_NAMES = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
               "year": "year", "years": "year", "decade": "decade", "decades": "decade", "hour": "hour",
               "hours": "hour", "century": "century", "centuries": "century"}

_MONTH_FULL = "|".join(name.lower() for name in calendar.month_name[1:])
_MONTH = rf"(?:{_MONTH_FULL}|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?)(?![a-z])"
_MONTH_NAME = rf"(?:{_MONTH_FULL})(?![a-z])"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![a-z])"
_DAY = r"(?<![\d.,:/])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w:]|[.,/]\d)"
_YEAR = r"(?<![\d.,:/$€£])(?:1[6-9]|20)\d\d(?![\w%:]|[.,/]\d)"
_DAYPART = r"(?:morning|afternoon|evening|night)"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_COUNT = rf"(?:\d{{1,3}}|{NUMBER_WORDS}|an?)"
_VAGUE_COUNT = r"(?:a\s+few|few|several|many|a\s+couple\s+of|a\s+number\s+of|some|a\s+handful\s+of)"
_UNIT = r"(?:days?|weeks?|months?|years?|decades?|hours?|centuries|century)"
_UNITS = r"(?:days|weeks|months|years|decades|hours)"
_DECADE = r"(?:19|20)\d0s"
_HEDGE = r"(?:more\s+than|over|nearly|almost|about|around|roughly|at\s+least|some|close\s+to|just\s+over|just\s+under)"
_PART = (r"(?:early|mid|late|the\s+(?:end|beginning|start|middle|turn|first\s+half|second\s+half"
         r"|(?:first|second|third|fourth|last|final)\s+(?:week|weeks|days|few\s+days|ten\s+days))\s+of)")

# "9 February", "February 9", "the 10th of February", with an optional weekday before and a
# year after ("Monday, January 18, 2022").
_DATE = (
    rf"(?:{_WEEKDAY},?\s+)?(?:(?:the\s+)?(?P<dd>{_DAY})\s+(?:of\s+)?(?P<dm>{_MONTH})"
    rf"|(?P<mm>{_MONTH})\s+(?:the\s+)?(?P<md>{_DAY}))(?:,?\s+(?P<dy>{_YEAR}))?"
)


def _slot(pattern: str, suffix: str) -> str:
    """`pattern` with every group name suffixed, to use it twice in one expression."""
    return re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{m.group(1)}{suffix}>", pattern)


def _anonymous(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


# A point or period of time that may follow "until", "since", "before"... or stand at either end
# of "from ... to ...": resolved by _resolve_single.
_TARGET = (
    rf"(?:{_PART}[-\s]+)?"
    rf"(?:{_anonymous(_DATE)}|{_MONTH}\s+{_YEAR}|{_MONTH_NAME}|{_YEAR}-\d\d-\d\d|{_YEAR}|the\s+{_DECADE}"
    rf"|(?:last|next|this|the\s+coming)\s+(?:week|month|year|{_SEASON}|{_WEEKDAY}|{_MONTH_NAME})|{_WEEKDAY}"
    rf"|today|tomorrow|yesterday|tonight|the\s+(?:week|month|year)(?!\s+(?:before|after|earlier|later)))"
)


@dataclass(slots=True)
class _Context:
    anchor: dt.date
    tense: str | None  # "past", "future", "perfect" or None
    reference: dt.date | None  # what anaphora count from; None when that is unknown


@dataclass(frozen=True)
class _Rule:
    key: str
    rule: str
    pattern: str
    resolve: Callable[[re.Match[str], _Context], Interval | None]


class _Either:
    """A match whose rule spells a slot in two alternatives (`m` or `m2`), read through one name."""

    def __init__(self, match: re.Match[str], **alternates: str):
        self._match, self._alternates = match, alternates

    def group(self, name: str):
        value = self._match.group(name) if name in self._match.re.groupindex else None
        if value is None and name in self._alternates:
            return self._match.group(self._alternates[name])
        return value


def _month_number(word: str) -> int:
    return _MONTH_NUMBERS[word.rstrip(".")]


def _day_number(word: str) -> int:
    return int(word.rstrip("stndrh"))


def _count(words: str) -> int | None:
    words = " ".join(words.split())
    return 1 if words in ("a", "an") else parse_number(words)


def _resolve_month_day(month: int, day: int, year: str | None, anchor: dt.date, tense: str | None) -> dt.date | None:
    if year:
        return _safe_date(int(year), month, day)
    candidates = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _safe_date(y, month, day))]
    return _pick(candidates, anchor, tense)


def _resolve_weekday(name: str, modifier: str, anchor: dt.date, tense: str | None) -> dt.date:
    weekday = _WEEKDAY_NUMBERS[name]
    if modifier == "this":
        return anchor + dt.timedelta(days=weekday - anchor.weekday())
    if modifier in ("next", "coming", "this coming", "the coming"):
        return anchor + dt.timedelta(days=(weekday - anchor.weekday() - 1) % 7 + 1)
    if modifier == "last":
        return anchor - dt.timedelta(days=(anchor.weekday() - weekday - 1) % 7 + 1)
    if tense == "future":  # "will meet on Friday": the first Friday from the publication day on
        return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)  # past or no cue: on or before it


def _words(match, name: str | int) -> str:
    """A group's words with single spaces; "" when the group is absent or did not take part."""
    if isinstance(match, re.Match) and isinstance(name, str) and name not in match.re.groupindex:
        return ""
    return " ".join((match.group(name) or "").split())


# --- single expressions -----------------------------------------------------------------------


def _r_iso(m, ctx: _Context) -> Interval | None:
    date = _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return _day(date) if date else None


def _r_month_day(m, ctx: _Context) -> Interval | None:
    month = _month_number(m.group("dm") or m.group("mm"))
    day = _day_number(m.group("dd") or m.group("md"))
    date = _resolve_month_day(month, day, m.group("dy"), ctx.anchor, ctx.tense)
    return _day(date) if date else None


def _r_day_of_month(m, ctx: _Context) -> Interval | None:
    """ "on the 14th": that day of the anchor's month, or of the month before or after it, as the
    tense points."""
    day, anchor = _day_number(m.group("d")), ctx.anchor
    months = [(anchor.year - (anchor.month == 1), (anchor.month - 2) % 12 + 1), (anchor.year, anchor.month),
              (anchor.year + (anchor.month == 12), anchor.month % 12 + 1)]
    candidates = [d for year, month in months if (d := _safe_date(year, month, day))]
    date = _pick(candidates, anchor, ctx.tense)
    return _day(date) if date else None


def _r_month(m, ctx: _Context) -> Interval | None:
    month = _month_number(m.group("m"))
    if m.group("y"):
        return _month(int(m.group("y")), month)
    modifier = _words(m, "mod")
    this_month = ctx.anchor.replace(day=1)
    firsts = [dt.date(year, month, 1) for year in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1)]
    if modifier == "this":
        return _month(ctx.anchor.year, month)
    if modifier == "last":  # never the anchor's own month
        first = max(f for f in firsts if f < this_month)
    elif modifier == "next":
        first = min(f for f in firsts if f > this_month)
    else:
        picked = _pick(firsts, this_month, ctx.tense)
        if picked is None:
            return None
        first = picked
    return _month(first.year, month)


def _season(year: int, first_month: int) -> tuple[dt.date, dt.date]:
    end_year, end_month = _add_months(year, first_month, 2)
    return dt.date(year, first_month, 1), _month(end_year, end_month)[1]


def _r_season(m, ctx: _Context) -> Interval | None:
    first_month = _SEASON_MONTHS[m.group("s") or m.group("s2") or m.group("s3")]
    if m.group("y"):
        start, end = _season(int(m.group("y")), first_month)
        return start, end, MONTH
    modifier, anchor = m.group("mod"), ctx.anchor
    seasons = [_season(year, first_month) for year in range(anchor.year - 2, anchor.year + 2)]
    if modifier is None:  # "in the spring": the one under way, else the latest (past) or the next (future)
        current = next((s for s in seasons if s[0] <= anchor <= s[1]), None)
        if current is not None:
            return current[0], current[1], MONTH
        modifier = "last" if ctx.tense in ("past", "perfect") else "next" if ctx.tense == "future" else None
        if modifier is None:
            return None
    if modifier == "last":
        start, end = max(season for season in seasons if season[1] < anchor)
    elif modifier == "next":
        start, end = min(season for season in seasons if season[0] > anchor)
    else:  # this: the one under way, else this year's
        start, end = next((s for s in seasons if s[0] <= anchor <= s[1]), _season(anchor.year, first_month))
    return start, end, MONTH


def _r_year(m, ctx: _Context) -> Interval | None:
    return _year(int(m.group("y")))


def _r_decade(m, ctx: _Context) -> Interval | None:
    first = int(m.group("dec"))
    return dt.date(first, 1, 1), dt.date(first + 9, 12, 31), YEAR


def _r_relative_day(m, ctx: _Context) -> Interval | None:
    words = _words(m, 0)
    if "before yesterday" in words:
        offset = -2
    elif "after tomorrow" in words:
        offset = 2
    elif "yesterday" in words or "last night" in words:
        offset = -1
    elif "tomorrow" in words:
        offset = 1
    else:
        offset = 0
    return _day(ctx.anchor + dt.timedelta(days=offset))


def _r_overnight(m, ctx: _Context) -> Interval | None:
    """ "overnight": the night before publication, as news reports it, from that evening to that morning."""
    return ctx.anchor - dt.timedelta(days=1), ctx.anchor, DAY


def _r_relative_unit(m, ctx: _Context) -> Interval | None:
    modifier = _words(m, "mod")
    step = -1 if modifier == "last" else 1 if modifier in ("next", "the coming", "coming") else 0
    unit = m.group("unit")
    if unit == "weekend":
        saturday = _week(ctx.anchor)[0] + dt.timedelta(days=5 + 7 * step)
        return saturday, saturday + dt.timedelta(days=1), DAY
    shifted = _shift(ctx.anchor, unit, step)
    if not shifted:
        return None
    interval = _unit_interval(unit, shifted)
    side = m.group("side")
    first, last, _ = interval
    if side and modifier == "this" and first is not None and last is not None:
        # "later this year": the rest of the year after publication; "earlier this month": its days before
        if side.lower() == "later":
            return min(ctx.anchor + dt.timedelta(days=1), last), last, DAY
        return first, max(ctx.anchor - dt.timedelta(days=1), first), DAY
    return interval


def _r_the_weekend(m, ctx: _Context) -> Interval | None:
    """ "over the weekend": the Saturday and Sunday the tense points to, on or before the
    publication day in the past (or with no cue), on or after it in the future."""
    weekday = ctx.anchor.weekday()
    if ctx.tense == "future" and weekday < 5:
        saturday = ctx.anchor + dt.timedelta(days=5 - weekday)
    else:  # the past, or a Saturday or Sunday publication: the latest Saturday
        saturday = ctx.anchor - dt.timedelta(days=(weekday - 5) % 7)
    return saturday, saturday + dt.timedelta(days=1), DAY


def _r_this_unit(m, ctx: _Context) -> Interval | None:
    return _unit_interval(m.group("unit"), ctx.anchor)


def _r_weekday(m, ctx: _Context) -> Interval | None:
    return _day(_resolve_weekday(m.group("w"), _words(m, "mod"), ctx.anchor, ctx.tense))


_COARSENESS = {DAY: 0, WEEK: 1, MONTH: 2, YEAR: 3, UNKNOWN: 4}


def _anaphoric_unit(key: str, words: str) -> str:
    """The precision an anaphoric expression counts in: a day ("the next day"), or its unit ("two years later")."""
    if key == "anaphoric":
        return DAY
    last = words.split()[-1].lower()
    return _UNIT_NAMES[last if last in _UNIT_NAMES else words.split()[-2].lower()]  # "the following week"


def _r_anaphoric(m, ctx: _Context) -> Interval | None:
    if ctx.reference is None:
        return None
    if m.group("n"):  # "two days later", "three weeks earlier": from the date just resolved
        count = _count(m.group("n"))
        if count is None:
            return None
        unit = _UNIT_NAMES[m.group("unit")]
        moved = _shift(ctx.reference, unit, count if m.group("dir") == "later" else -count)
        return _unit_interval(unit, moved) if moved else None
    words = _words(m, 0)
    if any(word in words for word in ("following", "next", "after")):
        return _day(ctx.reference + dt.timedelta(days=1))
    if any(word in words for word in ("previous", "preceding", "before")):
        return _day(ctx.reference - dt.timedelta(days=1))
    return _day(ctx.reference)  # "that day", "the same day"


def _r_interval_after(m, ctx: _Context) -> Interval | None:
    """ "a day after", "two weeks after" what follows: that day, counted back from the date resolved
    before it in the sentence (`ctx.reference`); weeks are a round count, so their week."""
    count = _count(m.group("n"))
    if ctx.reference is None or count is None:
        return None
    if m.group("unit").startswith("week"):
        return _unit_interval("week", ctx.reference - dt.timedelta(weeks=count))
    return _day(ctx.reference - dt.timedelta(days=count))


def _r_anaphoric_unit(m, ctx: _Context) -> Interval | None:
    """ "two years later", "three weeks earlier"; "the following week", "the previous month": the unit
    one step from the one just resolved."""
    if not m.group("side"):
        return _r_anaphoric(m, ctx)
    if ctx.reference is None:
        return None
    unit = m.group("unit2").lower()
    moved = _shift(ctx.reference, unit, 1 if m.group("side").lower() in ("following", "next") else -1)
    return _unit_interval(unit, moved) if moved else None


def _units_away(ctx: _Context, count_words: str | None, unit_word: str, direction: int) -> Interval | None:
    """The calendar unit `count` units away from the anchor (direction -1: back, +1: ahead)."""
    count = 1 if count_words is None else _count(count_words)
    if count is None:
        return None
    unit = _UNIT_NAMES[unit_word]
    moved = _shift(ctx.anchor, unit, direction * count)
    return _unit_interval(unit, moved) if moved else None


def _r_duration(m, ctx: _Context) -> Interval | None:
    if not (m.group("past") or ctx.tense == "perfect"):
        return None  # "was jailed for two years": a length, not a place on the calendar
    first = _units_away(ctx, m.group("n"), m.group("unit"), -1)
    return (first[0], None, first[2]) if first else None


def _days_to(ctx: _Context, count_words: str | None, unit_word: str, direction: int) -> Interval | None:
    """The days from the anchor to `count` units away (direction -1: back, +1: ahead), to the day:
    "over the past two weeks" ends on the anchor, and runs no further into either week."""
    count = 1 if count_words is None else _count(count_words)
    if count is None:
        return None
    moved = _shift(ctx.anchor, _UNIT_NAMES[unit_word], direction * count)
    if moved is None:
        return None
    return (moved, ctx.anchor, DAY) if direction < 0 else (ctx.anchor, moved, DAY)


def _r_past_period(m, ctx: _Context) -> Interval | None:
    return _days_to(ctx, m.group("n"), m.group("unit"), -1)


def _r_next_period(m, ctx: _Context) -> Interval | None:
    return _days_to(ctx, m.group("n"), m.group("unit"), 1)


def _r_ago(m, ctx: _Context) -> Interval | None:
    return _units_away(ctx, m.group("n"), m.group("unit"), -1)


#: Before "in N years", what makes it the span looked back over: "the first time in five years", "the
#: highest-ranking official to visit in 25 years", "its worst drought in decades".
_RECORD_BEFORE = re.compile(r"(?<![\w-])(?:first|only|highest|largest|biggest|worst|deadliest|bloodiest|best|most|"
                            r"longest|strongest|lowest|greatest|heaviest|fiercest|fastest|hottest|driest|sharpest|"
                            r"steepest|closest|oldest|senior-most)(?![\w])[^;:!?]{0,60}\Z")  # within the sentence


def _r_offset(m, ctx: _Context) -> Interval | None:
    if not (m.group("time") or ctx.tense == "future"):
        return None  # "the first time in five years" looks back; only a future clause looks ahead
    return _units_away(ctx, m.group("n"), m.group("unit"), 1)


def _r_unresolved(m, ctx: _Context) -> Interval | None:
    return None


def _r_part_of(m, ctx: _Context) -> Interval | None:
    """ "late March", "the end of the year": the unit itself, at its own precision; a half of a year
    or a month is that half ("the first half of 2026": January to June)."""
    resolution = _resolve_single(m.group("target"), ctx)
    if not resolution.resolved:
        return None
    start, end, precision = resolution.date_start, resolution.date_end, resolution.precision
    half = m.group(0).lower()
    if start is not None and end is not None and "half" in half and precision in (YEAR, MONTH):
        second = "second" in half
        if precision == YEAR:
            return (dt.date(start.year, 7, 1), end, MONTH) if second else (start, dt.date(start.year, 6, 30), MONTH)
        return (start.replace(day=16), end, DAY) if second else (start, start.replace(day=15), DAY)
    return start, end, precision


_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}


def _r_quarter(m, ctx: _Context) -> Interval | None:
    """ "in the second quarter", "the fourth quarter of 2024": three months, of the year named, next
    or last year, else the anchor's."""
    year = int(m.group("y")) if m.group("y") else ctx.anchor.year + {"next": 1, "last": -1}.get(_words(m, "rel"), 0)
    first_month = 3 * _QUARTERS[m.group("q").lower()] - 2
    start = dt.date(year, first_month, 1)
    return start, _month(year, first_month + 2)[1], MONTH


# --- compound expressions ---------------------------------------------------------------------


def _r_day_range(m, ctx: _Context) -> Interval | None:
    """ "from the 10th to the 20th of February", "January 18-21, 2022", "18-21 January"."""
    g = m.groupdict()
    month1, month2 = g.get("dm1") or g.get("mm1"), g.get("dm2") or g.get("mm2")
    day1 = _day_number(g.get("dd1") or g.get("md1") or g.get("d1"))
    day2 = _day_number(g.get("dd2") or g.get("md2") or g.get("d2"))
    year1, year2 = g.get("dy1"), g.get("dy2") or g.get("y2")
    month1_number, month2_number = _month_number(month1 or month2), _month_number(month2 or month1)
    if year2 and not year1:  # "from 28 February to 3 March 2022": the start is the last one before the end
        end = _safe_date(int(year2), month2_number, day2)
        start = _resolve_month_day(month1_number, day1, None, end, "past") if end else None
    else:
        start = _resolve_month_day(month1_number, day1, year1, ctx.anchor, ctx.tense)
        end = _resolve_month_day(month2_number, day2, year2, start, "future") if start else None
    if start is None or end is None or end < start:
        return None
    return start, end, DAY


def _finest(first: str, second: str) -> str:
    """A precision both bounds fit: the finer one (a week mixed with anything else: day)."""
    if first == second:
        return first
    if WEEK in (first, second):
        return DAY
    return min(first, second, key=[DAY, MONTH, YEAR].index)


def _r_generic_range(m, ctx: _Context) -> Interval | None:
    """ "from Monday to Wednesday", "between 2014 and 2016", "from March to May 2021"."""
    second = _resolve_single(m.group("right"), ctx)
    if not second.resolved or second.date_end is None:
        return None
    first = _resolve_single(m.group("left"), _Context(second.date_end, "past", ctx.reference))
    if not first.resolved or first.date_start is None or first.date_start > second.date_end:
        return None
    return first.date_start, second.date_end, _finest(first.precision, second.precision)


def _r_year_range(m, ctx: _Context) -> Interval | None:
    first = int(m.group("y1"))
    second_text = m.group("y2")
    second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
    return (dt.date(first, 1, 1), dt.date(second, 12, 31), YEAR) if second > first else None


def _r_prepositional(m, ctx: _Context) -> Interval | None:
    preposition = m.group("prep")
    tense: str | None
    if preposition == "since":
        tense = "past"
    elif preposition in ("until", "till", "through", "thru", "by"):
        # in the past, the end of what was done may still be to come ("was suspended until March 24",
        # told in January): the occurrence nearest the anchor
        tense = None if ctx.tense == "past" else "future"
    else:
        tense = ctx.tense
    target = _resolve_single(m.group("target"), _Context(ctx.anchor, tense, ctx.reference))
    if not target.resolved:
        return None
    first, last = target.date_start, target.date_end
    if preposition == "since":
        return first, None, target.precision
    # "before the end of the year": by the year's end (the part stands for its whole unit), not before the year
    part = m.group("target").lower().lstrip()
    if preposition == "before":
        if part.startswith(("the end of", "end of")):
            return None, last, target.precision
        return (None, first - dt.timedelta(days=1), target.precision) if first else None
    if preposition == "after":
        if part.startswith(("the start of", "the beginning of", "start of", "beginning of")):
            return first, None, target.precision
        return (last + dt.timedelta(days=1), None, target.precision) if last else None
    return None, last, target.precision


_XM = (rf"(?:(?:the\s+)?(?P<dd>{_DAY})\s+(?:of\s+)?(?P<dm>{_MONTH})|(?P<mm>{_MONTH})\s+(?:the\s+)?(?P<md>{_DAY}))"
       rf"(?:,?\s+(?P<dy>{_YEAR}))?")  # a day with its month
_X0 = rf"(?:the\s+)?(?P<d>{_DAY})"  # a day whose month comes later
_X0Y = rf"(?:the\s+)?(?P<d>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?"  # a day whose month came before
_TO = r"(?:(?<=[\dhtd])\s*[-–—]\s*|\s+(?:to|until|till|through|thru)\s+)"

_COMPOUND_RULES = [
    _Rule("range_from_month_first", "temporal.range",
          rf"(?:from\s+)?{_slot(_XM, '1')}{_TO}(?:{_slot(_XM, '2')}|{_slot(_X0Y, '2')})", _r_day_range),
    _Rule("range_from_month_last", "temporal.range", rf"(?:from\s+)?{_slot(_X0, '1')}{_TO}{_slot(_XM, '2')}",
          _r_day_range),
    _Rule("range_between_month_first", "temporal.range",
          rf"between\s+{_slot(_XM, '1')}\s+and\s+(?:{_slot(_XM, '2')}|{_slot(_X0Y, '2')})", _r_day_range),
    _Rule("range_between_month_last", "temporal.range", rf"between\s+{_slot(_X0, '1')}\s+and\s+{_slot(_XM, '2')}",
          _r_day_range),
    _Rule("range_generic", "temporal.range",
          rf"(?:from\s+(?P<left>{_TARGET})\s+(?:to|until|till|through)\s+|between\s+(?P<left2>{_TARGET})\s+and\s+)"
          rf"(?P<right>{_TARGET})",
          lambda m, ctx: _r_generic_range(_Either(m, left="left2"), ctx)),
    _Rule("range_years", "temporal.range",
          # "in 2019-20", "the 2020-2022 war" (before the noun it dates)
          rf"(?:in|during|from|between|the)\s+"
          rf"(?P<y1>{_YEAR})\s*[-–]\s*(?P<y2>(?:1[6-9]|20)?\d\d)(?![\w%:]|[.,/]\d)",
          _r_year_range),
    _Rule("since", "temporal.since", rf"(?P<prep>since)\s+(?P<target>{_TARGET})", _r_prepositional),
    _Rule("until", "temporal.until", rf"(?P<prep>until|till|through|thru|by)\s+(?P<target>{_TARGET})", _r_prepositional),
    _Rule("before", "temporal.before", rf"(?P<prep>before)\s+(?P<target>{_TARGET})", _r_prepositional),
    _Rule("after", "temporal.after", rf"(?P<prep>after)\s+(?P<target>{_TARGET})", _r_prepositional),
]

_PART_RULE = _Rule(
    "part_of", "temporal.part_of",
    rf"(?:(?:in|at|during|around|towards?)\s+)?{_PART}[-\s]+(?P<target>{_MONTH_NAME}(?:,?\s+{_YEAR})?|{_YEAR}"
    rf"|(?:last|next|this)\s+(?:week|month|year)|the\s+(?:week|month|year)(?!\s+(?:before|after|earlier|later)))",
    _r_part_of,
)

# "two weeks", or one unit in the singular ("the past week"); "the coming days" is vague.
_COUNTED_UNIT = rf"(?:(?P<n>{_COUNT})\s+(?P<unit>{_UNIT})|(?P<unit1>day|week|month|year|decade|hour))"

_PERIOD_RULES = [
    _Rule("duration", "temporal.duration",
          rf"for\s+(?:(?P<past>the\s+(?:past|last))\s+)?(?:{_HEDGE}\s+)?(?P<n>{_COUNT})\s+(?P<unit>{_UNIT})(?![\w-])",
          _r_duration),
    _Rule("past_period", "temporal.past_period",
          rf"(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+{_COUNTED_UNIT}(?![\w-])",
          lambda m, ctx: _r_past_period(_Either(m, unit="unit1"), ctx)),
    _Rule("next_period", "temporal.next_period",
          rf"(?:in|over|during|within)\s+the\s+(?:next|coming)\s+{_COUNTED_UNIT}(?![\w-])",
          lambda m, ctx: _r_next_period(_Either(m, unit="unit1"), ctx)),
    _Rule("ago", "temporal.ago", rf"(?P<n>{_COUNT})\s+(?P<unit>{_UNIT})\s+ago(?![\w-])", _r_ago),
    # "will be held within two weeks": from the anchor to two weeks on; in the past, "within hours" of
    # what no rule knows, so unresolved
    _Rule("within", "temporal.within", rf"within\s+(?:{_HEDGE}\s+)?(?P<n>{_COUNT})\s+(?P<unit>{_UNIT})(?![\w-])",
          lambda m, ctx: _days_to(ctx, m.group("n"), m.group("unit"), 1) if ctx.tense == "future" else None),
    _Rule("from_now", "temporal.offset", rf"(?P<n>{_COUNT})\s+(?P<unit>{_UNIT})\s+from\s+(?:now|today)(?![\w-])",
          lambda m, ctx: _units_away(ctx, m.group("n"), m.group("unit"), 1)),
    _Rule("offset", "temporal.offset",
          rf"in\s+(?P<n>{_COUNT})\s+(?P<unit>{_UNIT})(?P<time>['’]s?\s+time)?(?![\w-])", _r_offset),
    _Rule("vague", "temporal.vague",
          rf"(?:(?:in|over|during|within|for)\s+the\s+(?:next|coming|past|last|following|previous)\s+{_VAGUE_COUNT}"
          rf"\s+{_UNITS}|(?:in|over|during|within)\s+(?:the\s+)?(?:coming|next|recent|past|following)\s+{_UNITS}"
          r"|in\s+the\s+(?:(?:near|foreseeable|distant|immediate)\s+)?future|at\s+a\s+later\s+date|in\s+due\s+course"
          rf"|for\s+(?:{_VAGUE_COUNT}\s+)?{_UNITS}|(?:{_VAGUE_COUNT}\s+)?{_UNITS}\s+(?:ago|later|earlier)"
          r"|recently|soon|shortly|lately)(?![\w-])",
          _r_unresolved),
]

_SINGLE_RULES = [
    _Rule("iso", "temporal.iso_date", rf"(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)(?!\d)", _r_iso),
    _Rule("month_day", "temporal.month_day", rf"(?:on\s+)?{_DATE}", _r_month_day),
    # "on the 14th", with no month: not "on the 14th anniversary", "on the 14th of June" (a date above)
    _Rule("day_of_month", "temporal.day_of_month",
          r"on\s+the\s+(?P<d>(?<![\d.,:/])(?:3[01]|[12]\d|[1-9])(?:st|nd|rd|th))"
          r"(?=\s*(?:[^\w\s]|\Z)|\s+(?:at|in|when|after|before|and|or|with|as|to|for|until|from|because|while)\b)",
          _r_day_of_month),
    _Rule("season", "temporal.season",
          rf"(?P<mod>last|next|this)\s+(?P<s>{_SEASON})|(?:(?:in|during)\s+)?(?:the\s+)?(?P<s2>{_SEASON})\s+(?:of\s+)?(?P<y>{_YEAR})"
          rf"|(?:in|during|over|through|throughout|for)\s+the\s+(?P<s3>{_SEASON})",
          _r_season),
    _Rule("month", "temporal.month",
          rf"(?P<mod>in|during|throughout|last|next|this)\s+(?P<m>{_MONTH_NAME})(?:,?\s+(?P<y>{_YEAR}))?"
          rf"|(?:(?:in|during)\s+)?(?P<m2>{_MONTH}),?\s+(?P<y2>{_YEAR})",
          lambda m, ctx: _r_month(_Either(m, m="m2", y="y2"), ctx)),
    # "scheduled for June": only after a verb that sets a date (`_SCHEDULED_BEFORE`); "for May" is too often a name
    _Rule("scheduled_month", "temporal.month", rf"for\s+(?P<m>{_MONTH_NAME})(?!\s*\d{{1,2}}(?!\d))(?:,?\s+(?P<y>{_YEAR}))?", _r_month),
    _Rule("quarter", "temporal.quarter",
          rf"(?:(?:in|during|for)\s+)?the\s+(?P<q>first|second|third|fourth|final)\s+quarter"
          rf"(?:\s+of\s+(?:(?P<y>{_YEAR})|(?P<rel>this|next|last)\s+year|the\s+year))?(?![\w-])",
          _r_quarter),
    _Rule("decade", "temporal.decade", r"(?:(?:in|during|throughout)\s+)?the\s+(?:(?:early|mid|late)[-\s]*)?(?P<dec>(?:19|20)\d0)s",
          _r_decade),
    _Rule("year", "temporal.year", rf"(?:in|during|throughout|of)\s+(?:the\s+year\s+)?(?P<y>{_YEAR})|the\s+year\s+(?P<y2>{_YEAR})",
          lambda m, ctx: _r_year(_Either(m, y="y2"), ctx)),
    _Rule("relative_day", "temporal.relative_day",
          rf"(?:(?:earlier|later)\s+)?(?:today|tonight|this\s+{_DAYPART}|tomorrow(?:\s+{_DAYPART})?"
          rf"|yesterday(?:\s+{_DAYPART})?|last\s+night|the\s+day\s+after\s+tomorrow|the\s+day\s+before\s+yesterday)",
          _r_relative_day),
    _Rule("overnight", "temporal.relative_day", r"overnight|(?:during|in)\s+the\s+night", _r_overnight),
    _Rule("relative_unit", "temporal.relative_unit",
          r"(?:(?P<side>earlier|later)\s+)?(?P<mod>last|next|this|the\s+coming|coming)\s+(?P<unit>weekend|week|month|year)",
          _r_relative_unit),
    _Rule("the_weekend", "temporal.relative_unit", r"(?:over|at|during|on|through|throughout)\s+the\s+weekend",
          _r_the_weekend),
    _Rule("anaphoric", "temporal.anaphoric_day",
          rf"the\s+(?:following|next|previous|preceding|same)\s+(?:day|{_DAYPART})|the\s+day\s+(?:before|after)"
          rf"|(?:on\s+)?that\s+day|(?P<n>{_COUNT})\s+(?P<unit>days?)\s+(?P<dir>later|earlier)",
          _r_anaphoric),
    # "…said on Wednesday, a day after police shot dead 23 protesters": what follows is that long before
    _Rule("interval_after", "temporal.anaphoric_day", rf"(?P<n>{_COUNT})\s+(?P<unit>days?|weeks?)\s+after(?![\w-])",
          _r_interval_after),
    _Rule("anaphoric_unit", "temporal.anaphoric_unit",
          rf"(?P<n>{_COUNT})\s+(?P<unit>weeks?|months?|years?)\s+(?P<dir>later|earlier)"
          r"|the\s+(?P<side>following|next|previous|preceding)\s+(?P<unit2>week|month|year)", _r_anaphoric_unit),
    _Rule("weekday", "temporal.weekday",
          rf"(?:(?P<mod>on|last|next|this\s+coming|this\s+past|this|the\s+coming|coming|past)\s+)?(?P<w>{_WEEKDAY})"
          rf"(?:\s+{_DAYPART})?",
          _r_weekday),
]

#: Forms that are time expressions only after "until", "since", "from"...: a bare month, a bare year.
_TARGET_RULES = [
    _Rule("bare_month", "temporal.month", rf"(?P<m>{_MONTH_NAME})(?:,?\s+(?P<y>{_YEAR}))?", _r_month),
    _Rule("bare_year", "temporal.year", rf"(?P<y>{_YEAR})", _r_year),
    _Rule("this_unit", "temporal.relative_unit", r"the\s+(?P<unit>week|month|year)", _r_this_unit),
]

_ALL_RULES = [*_COMPOUND_RULES, _PART_RULE, *_PERIOD_RULES, *_SINGLE_RULES]
_BY_KEY = {rule.key: rule for rule in [*_ALL_RULES, *_TARGET_RULES]}
_PARSERS = {key: re.compile(rule.pattern) for key, rule in _BY_KEY.items()}


def _alternation(rules: list[_Rule]) -> str:
    # Each rule's own group names are dropped (they repeat across rules); an empty group named
    # after the rule closes each alternative, so `lastgroup` tells which rule matched without a
    # capture at the start of the alternative slowing down the regex engine's first-character test.
    return "|".join(f"(?:{_anonymous(rule.pattern)})(?P<{rule.key}>)" for rule in rules)


_SCANNER = re.compile(rf"(?<![\w-])(?:{_alternation(_ALL_RULES)})(?![\w-])")
_SINGLE_SCANNER = re.compile(_alternation([_PART_RULE, *_SINGLE_RULES, *_TARGET_RULES]))
#: Words that every expression contains at least one of, and that start the scanner's search.
_KEY_WORDS = [
    *_MONTH_NUMBERS, *_WEEKDAY_NUMBERS, *_UNIT_NAMES, *_SEASON_MONTHS, "today", "tonight", "tomorrow", "yesterday",
    "weekend", "weekends", "night", "morning", "afternoon", "evening", "future", "recently", "soon", "shortly",
    "lately", "course", "date", "overnight", "quarter",
]
#: Each with the non-word character before it, as keyed_matches wants.
_KEY = re.compile(rf"\W(?:{word_trie(_KEY_WORDS)}|(?:1[6-9]|20)\d\d|(?:19|20)\d0s|(?:3[01]|[12]\d|[1-9])(?:st|nd|rd|th))\b")
# Words that may come before an expression's first key word inside the expression ("from the
# 10th to the 20th of" February, "for the past eight" years), written backwards: they are read
# from the key word back, on the reversed text, to find where the expression can start (across
# any run of white space and marks, as the scanner allows).
_LEAD_WORDS = (
    "from between and to until till through thru the of on by since before after in during throughout early mid "
    "late end beginning start middle turn first second half at around toward towards for past last next previous "
    "following preceding coming this that same earlier later over within more than nearly almost about roughly "
    "least some close just under a an few several many couple number handful near foreseeable distant immediate "
    "recent due third fourth final"
).split()
_NUMBER_TOKENS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                  "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred "
                  "thousand dozen").split()
_LEAD_BACKWARDS = re.compile(
    r"(?:[\s,.’'\-–—]+(?:(?:ht|ts|dn|dr)?\d{1,4}|"
    + "|".join(sorted((word[::-1] for word in _LEAD_WORDS + _NUMBER_TOKENS), key=len, reverse=True))
    + r")(?!\w)){0,10}"
)
#: Month and weekday names, which count only when capitalised ("in May", not "it may").
_PROPER_NAMES = re.compile(rf"(?<![a-z])(?:{_MONTH}|{_WEEKDAY})")


def _lowered(text: str) -> str:
    """`text` in lower case with every character where it was (offsets stay valid)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text.translate(_ASCII_LOWER)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _names_capitalised(text: str, lowered: str, start: int, end: int) -> bool:
    # One search after another rather than finditer: most expressions hold no name or one.
    name = _PROPER_NAMES.search(lowered, start, end)
    while name is not None:
        if not text[name.start()].isupper():
            return False
        name = _PROPER_NAMES.search(lowered, name.end(), end)
    return True


def _resolve_single(phrase: str, ctx: _Context) -> Resolution:
    key = _single_key(phrase)
    if key is None:
        return UNRESOLVED
    return _apply(_BY_KEY[key], phrase, ctx)


@functools.lru_cache(maxsize=4096)
def _single_key(phrase: str) -> str | None:
    """The single-expression rule that reads all of `phrase`; cached, as the targets repeat."""
    match = _SINGLE_SCANNER.fullmatch(phrase)
    return None if match is None else match.lastgroup


@functools.lru_cache(maxsize=8192)
def _resolution(key: str, phrase: str, published: dt.date, tense: str | None, reference: dt.date | None) -> Resolution:
    """Resolve a matched phrase; cached, as news repeats "today", "on Monday", "last week"."""
    return _apply(_BY_KEY[key], phrase, _Context(published, tense, reference))


@functools.lru_cache(maxsize=4096)
def _parsed(key: str, phrase: str) -> re.Match[str] | None:
    """`phrase` matched by a rule's own pattern. Cached apart from `_resolution`: a phrase is read
    the same way whatever it is resolved against, and the publication date changes with the text."""
    return _PARSERS[key].fullmatch(phrase)


def _apply(rule: _Rule, phrase: str, ctx: _Context) -> Resolution:
    parsed = _parsed(rule.key, phrase)
    interval = rule.resolve(parsed, ctx) if parsed is not None else None
    if interval is None or (interval[0] is None and interval[1] is None):
        return Resolution(None, None, UNKNOWN, rule.rule, False)
    return Resolution(interval[0], interval[1], interval[2], rule.rule, True)


_NEXT_WORD = re.compile(r"\s+(\w+)")


def _counts_as_time(text: str, lowered: str, match: re.Match[str]) -> bool:
    """Month and weekday names must be capitalised ("in May", not "it may"), and a year must not be
    a count: "a force of 2000 troops" (a lower-case plural after it) is the quantity rule's."""
    if not _names_capitalised(text, lowered, match.start(), match.end()):
        return False
    if lowered[match.end() - 4:match.end()].isdigit():  # "in 2014", "after 2000"
        following = _NEXT_WORD.match(text, match.end())
        if following and following.group(1)[0].islower() and looks_plural(following.group(1)):
            return False
    return True


def _matches(text: str, lowered: str, start: int, end: int):
    """Scanner matches in text[start:end], leftmost first, that _counts_as_time accepts."""
    return keyed_matches(_SCANNER, _KEY, _LEAD_BACKWARDS, lowered, start, end,
                         accept=lambda match: _counts_as_time(text, lowered, match))


# ---------------------------------------------------------------------------------------------
# Context: tense cues and sentences

# Tense cues, read on the lower-cased text: a head word ("will", "is", "plans", "has", "said"),
# classified by what follows it; and verbs in -ed, found from their ending (a literal search, much
# faster than a word pattern), which count as past only after a subject, checked against the
# original text ("Russia annexed", "troops arrived", "he visited" are past; "the armored tanks",
# "to “threatened areas”" are not).
_FUTURE_HEADS = frozenset("will shall would won't won’t ’ll 'll".split())
_BE_HEADS = frozenset("is are am was were".split())
_INTENT_HEADS = frozenset("plan plans planning planned intend intends intending hope hopes expect expects".split())
_PERFECT_HEADS = frozenset("has have ’ve 've".split())
#: Modals of what may come: "could be held as early as Friday", "may resume on Monday" (not "could
#: have been held": that looks back; nor the month: "may" counts only in lower case).
_MAYBE_HEADS = frozenset("could may might".split())
#: Verbs that ask others to act: what they are asked to do is to come ("urged supporters to rally on Saturday").
_APPEAL_HEADS = frozenset("urged urges urging asked asks asking called calls calling appealed appeals appealing".split())
_PAST_WORDS = frozenset(
    "was were had did met held took went came began left arrived signed visited saw made gave sent spoke wrote won "
    "lost fell rose died fled struck ago".split()
)
#: Reporting verbs date the saying, not what is said: they count only inside their own clause
#: ("said on Monday"), not for a date in the reported clause ("said — talks last until May 9").
_REPORTING_WORDS = frozenset("said told announced declared stated reported added claimed noted warned".split())
#: Verbs whose present simple tells what is scheduled ("The ceasefire expires on Friday", "Talks resume
#: in late March", "The law takes effect on Saturday", "Voters go to the polls on Sunday"); "take" and
#: "go" only with their objects, and none after "to" ("agreed to resume talks").
_SCHEDULED_HEADS = frozenset("expires expire resume resumes convenes convene reconvenes reconvene begins takes take "
                             "goes go".split())
_SCHEDULED_OBJECTS = {"takes": (" effect", " office", " place"), "take": (" effect", " office", " place"),
                      "goes": (" to the polls",), "go": (" to the polls",)}
# Lookarounds rather than \b (the words start and end with letters), and the apostrophe before its
# lookbehind: both let the engine reject most positions sooner.
_CUE_HEAD = re.compile(
    r"(?<!\w)(?:" + word_trie(sorted({*_FUTURE_HEADS, *_BE_HEADS, *_INTENT_HEADS, *_PERFECT_HEADS, *_PAST_WORDS,
                                     *_APPEAL_HEADS, *_REPORTING_WORDS, *_SCHEDULED_HEADS, *_MAYBE_HEADS,
                                     "upcoming", "scheduled"}
                                    - {"’ll", "'ll", "’ve", "'ve"}))
    + r")(?!\w)|[’'](?<=\w[’'])(?:ll|ve)\b"
)
_AFTER_FUTURE = re.compile(r"(?:\s+not)?(?:\s+(?:be|have)(?:\s+been)?)?(?:\s+[a-z]+\b)?")  # "will be held"
_AFTER_BE = re.compile(r"\s+(?:to|due|set\s+(?:to|for)|slated|planned|scheduled|expected\s+to|going\s+to)\b")
_AFTER_INTENT = re.compile(r"\s+to\b")
_AFTER_MAYBE = re.compile(r"(?:\s+not)?(?:\s+(?:also|still|soon|yet))?(?:\s+be(?=\s+[a-z]))?\s+(?!have\b)[a-z]+\b")
_AFTER_PERFECT = re.compile(r"(?:\s+(?:not|never|long|already|also|since))*\s+(?:been|[a-z]+ed)\b")
#: After an appeal verb, whom it asks (a few words) and "to" with a verb: "urged supporters to rally",
#: "called on both sides to return", "asked the court to rule", "appealed to voters to stay home".
_AFTER_APPEAL = re.compile(r"(?:\s+(?:on|upon|to))?(?:\s+[\w’'-]+){1,4}?\s+to\s+[a-z]+\b")
_ED_ENDING = re.compile(r"ed\b")
_NOT_VERBS_IN_ED = frozenset(
    "need speed feed seed bed red shed armed united based limited related concerned interested called alleged "
    "expected scheduled planned proposed supposed intended indeed succeed proceed exceed advanced detailed varied "
    "required skilled armored armoured unprecedented unidentified unnamed undisclosed disputed".split()
)
_DETERMINERS = frozenset("the a an this that these those its his her their our your my some any all no both each every "
                         "and or but of in on at to for with by from".split())
_PRONOUNS = frozenset("he she it they we i you who which".split())
_SUBJECT_BEFORE = re.compile(r"([\w’'-]+)\s+\Z")
#: How far from an expression its tense cues are looked for, inside its sentence (characters).
_TENSE_WINDOW = 160


def _after_subject(text: str, lowered: str, verb_start: int) -> bool:
    """Whether a verb in -ed follows its subject ("Russia annexed", "the port reopened"): a past tense."""
    before = _SUBJECT_BEFORE.search(lowered, max(0, verb_start - 30), verb_start)
    if before is None or before.group(1) in _DETERMINERS:
        return False
    subject = before.group(1)
    if text[before.start(1)].isupper() or subject in _PRONOUNS or subject.endswith("s"):
        return True
    determiner = _SUBJECT_BEFORE.search(lowered, max(0, before.start() - 12), before.start())
    if determiner is None:
        return False
    if determiner.group(1) in ("the", "this", "that", "its", "his", "her", "their", "a", "an"):
        return True  # "the port reopened", "a ceasefire agreed in April" (a participle of the past)
    # "Turkish police detained": a noun after a capitalised adjective; not after a plural noun opening its
    # sentence ("Troops stay deployed": "stay" is the verb)
    opener = determiner.start(1)
    if not text[opener].isupper():
        return False
    before_opener = text[max(0, opener - 3):opener].rstrip()
    return not determiner.group(1).endswith("s") or bool(before_opener) and before_opener[-1] not in ".!?\"“”\n"


def _cues(text: str, lowered: str, low: int, high: int) -> list[tuple[int, int, str]]:
    """Tense cues in lowered[low:high] as (start, end, kind): kind "future", "past" or "report"."""
    cues: list[tuple[int, int, str]] = []
    for head in _CUE_HEAD.finditer(lowered, low, high):
        word, end = head.group(0), head.end()
        if word in _FUTURE_HEADS:
            after = _AFTER_FUTURE.match(lowered, end, high)  # every part optional: it always matches
            cues.append((head.start(), after.end() if after else end, "future"))
        elif word in _BE_HEADS:
            after = _AFTER_BE.match(lowered, end, high)
            if after:
                cues.append((head.start(), after.end(), "future"))
            elif word in _PAST_WORDS:
                cues.append((head.start(), end, "past"))
        elif word in _INTENT_HEADS:
            after = _AFTER_INTENT.match(lowered, end, high)
            if after:
                cues.append((head.start(), after.end(), "future"))
        elif word in _APPEAL_HEADS:
            # the appeal is made in the past ("On Monday he urged", "urged calm on Monday"); what it
            # asks for is to come ("urged supporters to rally on Saturday"): the nearer cue decides
            if word.endswith("ed") and word != "called" and _after_subject(text, lowered, head.start()):
                cues.append((head.start(), end, "past"))
            # "called" asks only "on" someone ("called the decision a betrayal", "called him to say")
            after = _AFTER_APPEAL.match(lowered, end, high) \
                if not word.startswith("call") or lowered.startswith((" on ", " upon "), end) else None
            if after:
                cues.append((lowered.rfind(" to ", end, after.end()) + 1, after.end(), "future"))
        elif word in _PERFECT_HEADS:
            after = _AFTER_PERFECT.match(lowered, end, high)
            if after:  # a present perfect reports the past
                cues.append((head.start(), after.end(), "past"))
        elif word in _MAYBE_HEADS:
            after = _AFTER_MAYBE.match(lowered, end, high) if text[head.start()] != "M" else None
            if after:
                cues.append((head.start(), after.end(), "future"))
        elif word in ("upcoming", "scheduled"):
            cues.append((head.start(), end, "future"))
        elif word in _REPORTING_WORDS:
            cues.append((head.start(), end, "report"))
        elif word in _SCHEDULED_HEADS:
            objects = _SCHEDULED_OBJECTS.get(word)
            if (objects is None or lowered.startswith(objects, end)) and not lowered.endswith("to ", 0, head.start()):
                cues.append((head.start(), end, "future"))
        else:
            cues.append((head.start(), end, "past"))
    for ending in _ED_ENDING.finditer(lowered, low, high):
        word_start = ending.start()
        while word_start > low and lowered[word_start - 1].isalpha():
            word_start -= 1
        word = lowered[word_start:ending.end()]
        if (len(word) < 4 or not word[0].isalpha() or word in _NOT_VERBS_IN_ED or word in _PAST_WORDS
                or word in _REPORTING_WORDS
                or any(s <= word_start < e for s, e, _ in cues) or not _after_subject(text, lowered, word_start)):
            continue
        cues.append((word_start, ending.end(), "past"))
    return cues


_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\b|[’']ve\b")
#: Before a day, a month or a year, "since" and an event that began then: "since the protests began on ",
#: "since fighting broke out in " (lowered text).
_SINCE_BEGAN_BEFORE = re.compile(r"(?<![\w-])since\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?"
                                 r"(?:began|begun|started|erupted|broke\s+out|flared\s+up|flared|escalated|resumed|"
                                 r"took\s+up\s+arms|seized\s+power|took\s+power|came\s+to\s+power|took\s+office)"
                                 r"\s+\Z")
#: How far before "for N years" a "has"/"have" makes it a present perfect (characters).
_PRESENT_PERFECT_WINDOW = 80
_CLAUSE_BREAK = re.compile(r"[,;:“”\"()\[\]—–]|\s-\s")
#: Right before a weekday, the "for" of what is set for it: "called a strike for Tuesday" (not "for
#: Tuesday's attack": a possessive names a day gone by).
_SET_FOR = re.compile(r"(?<![\w-])for\s+\Z")
_POSSESSIVE_AFTER = re.compile(r"['’]s(?!\w)")
#: Right before "overnight", an indefinite article that makes it an adjective: "in an overnight vote".
_INDEFINITE_BEFORE = re.compile(r"(?<![\w-])an?\s\Z")
#: Right before "for" and a bare month, a verb that sets the date of what it names: "scheduled for June".
_SCHEDULED_BEFORE = re.compile(r"(?<![\w-])(?:scheduled|slated|set|planned|postponed|rescheduled|delayed|called|due|"
                               r"moved|brought\s+forward|pushed\s+back)\s+\Z")
_TENSE_SENSITIVE = frozenset(
    "month_day day_of_month month season weekday range_from_month_first range_from_month_last range_between_month_first "
    "range_between_month_last range_generic until before after offset within part_of the_weekend".split()
)
_FORWARD_WORDS = ("following", "next", "after", "later")


class _Sentences:
    """Sentence bounds of the text: the caller's, or split once when an expression first needs them."""

    def __init__(self, text: str, start: int, sentences: Sequence[Sentence] | None):
        self._text, self._start = text, start
        self._sentences: Sequence[Sentence] = ()
        self._starts: list[int] = []
        if sentences:
            self._use(sentences)

    def _use(self, sentences: Sequence[Sentence]) -> None:
        self._sentences = sentences
        self._starts = [s.start for s in sentences]

    def index(self, position: int) -> int:
        if not self._sentences:
            self._use(split_sentences(self._text, self._start) or [Sentence(self._start, len(self._text), "")])
        return max(0, bisect.bisect_right(self._starts, position) - 1)

    def bounds(self, index: int) -> tuple[int, int]:
        sentence = self._sentences[index]
        return sentence.start, max(sentence.end, sentence.start)


def _tense(text: str, lowered: str, sentence: tuple[int, int], start: int, end: int) -> str | None:
    """The tense of the nearest cue to text[start:end]: in its clause if there is one there, else its sentence."""
    low, high = max(sentence[0], start - _TENSE_WINDOW), min(max(sentence[1], end), end + _TENSE_WINDOW)
    best: tuple[int, int, str] | None = None  # (crosses a clause break, distance, kind)
    for cue_start, cue_end, kind in _cues(text, lowered, low, high):
        if cue_start < end and cue_end > start:
            continue
        gap = (cue_end, start) if cue_end <= start else (end, cue_start)
        crossed = _CLAUSE_BREAK.search(text, gap[0], gap[1]) is not None
        if kind == "report":
            if crossed:
                continue
            kind = "past"
        candidate = (int(crossed), gap[1] - gap[0], kind)
        if best is None or candidate < best:
            best = candidate
    return best[2] if best else None


#: A paragraph break: anaphora reach back over sentences, not over one.
_BLANK_LINE = re.compile(r"\n[ \t\r\u00a0]*\n")


#: After a date that modifies the noun after it: " presidential", " election" (a lower-case word;
#: not " and", " to", " at").
_ATTRIBUTIVE = re.compile(r"[ \u00a0]+(?!(?:and|or|to|at|in|on|of|for|from|until|when|after|before|with|by)\b)[a-z]")


def find_time_expressions(
    text: str, published: dt.date, start: int = 0, end: int | None = None, *,
    sentences: Sequence[Sentence] | None = None,
) -> list[TimeExpression]:
    """Time expressions in `text[start:end]`, in document order, resolved against `published`.

    `sentences`, the text's `split_sentences` (any objects with start and end), saves splitting
    it again: tense cues and anaphora look no further than their sentence.
    """
    end = len(text) if end is None else max(0, min(end, len(text)))
    start = max(0, min(start, end))
    sentence_bounds = _Sentences(text, start, sentences)
    lowered = _lowered(text)
    found: list[TimeExpression] = []
    last_resolved: TimeExpression | None = None
    for match in _matches(text, lowered, start, end):
        rule = _BY_KEY[match.lastgroup]
        tense = reference = None
        if rule.key == "scheduled_month" and not _SCHEDULED_BEFORE.search(lowered, max(start, match.start() - 24),
                                                                           match.start()):
            continue  # "support for May", "a bid for March": no date set
        if rule.key == "overnight" and _INDEFINITE_BEFORE.search(lowered, max(start, match.start() - 4), match.start()):
            continue  # "in an overnight vote": an adjective of a kind, no night of its own ("the overnight
            # attack" is last night's)
        # "scheduled for June" (tense None): the nearest June, ahead or gone by, as for "called an election for June 30"
        if rule.key in _TENSE_SENSITIVE or rule.key in ("duration", "anaphoric", "anaphoric_unit", "interval_after"):
            index = sentence_bounds.index(match.start())
        if rule.key == "duration":
            window_start = max(sentence_bounds.bounds(index)[0], match.start() - _PRESENT_PERFECT_WINDOW)
            tense = "perfect" if _PRESENT_PERFECT.search(lowered, window_start, match.start()) else None
        elif rule.key == "month_day" and _ATTRIBUTIVE.match(lowered, match.end()) and lowered.endswith(
                "the ", max(start, match.start() - 4), match.start()):
            tense = None  # "barred her from the July 28 election": the nearest July 28, whatever the verb's tense
        elif rule.key == "weekday" and _SET_FOR.search(lowered, max(start, match.start() - 14), match.start()) \
                and not _POSSESSIVE_AFTER.match(lowered, match.end()):
            tense = "future"  # "called a strike for Tuesday": the coming day it is set for
        elif rule.key == "month_day" and _SET_FOR.search(lowered, max(start, match.start() - 14), match.start()):
            tense = None  # "called an election for June 30": the nearest June 30, ahead or gone by ("the vote
            # was scheduled for March 3", said on March 24)
        elif rule.key == "offset" and _RECORD_BEFORE.search(
                lowered, max(sentence_bounds.bounds(index)[0], match.start() - 80), match.start()):
            tense = None  # a record looks back, whatever the tense: "the first official to visit in 25 years"
        elif rule.key in _TENSE_SENSITIVE:
            tense = _tense(text, lowered, sentence_bounds.bounds(index), match.start(), match.end())
        elif rule.key == "interval_after":
            # only after a day of its own sentence: "said on Wednesday, a day after …" (not "A day after …,")
            if (last_resolved is not None and last_resolved.precision == DAY
                    and sentence_bounds.index(last_resolved.start) == index):
                reference = last_resolved.date_start
        elif rule.key in ("anaphoric", "anaphoric_unit"):
            reference = published
            if last_resolved is not None and (sentence_bounds.index(last_resolved.start) >= index - 1
                                              or not _BLANK_LINE.search(text, last_resolved.end, match.start())):
                previous = last_resolved
                # "the next day" needs a day before it; "two years later" a year, a month or a day
                if _COARSENESS[previous.precision] > _COARSENESS[_anaphoric_unit(rule.key, match.group(0))]:
                    reference = None
                elif any(word in match.group(0) for word in _FORWARD_WORDS):
                    reference = previous.date_end or previous.date_start
                else:
                    reference = previous.date_start or previous.date_end
            elif (any(word in match.group(0).lower() for word in _FORWARD_WORDS)
                  and _tense(text, lowered, sentence_bounds.bounds(index), match.start(), match.end()) != "future"):
                # "Three days later, the army withdrew" with no date before it: later than what, the
                # article does not say (publication is no anchor for a past that follows it)
                reference = None
        resolution = _resolution(rule.key, match.group(0), published, tense, reference)
        expression = TimeExpression(match.start(), match.end(), text[match.start():match.end()],
                                    resolution.date_start, resolution.date_end, resolution.precision, rule.rule,
                                    resolution.resolved)
        since_window = max(start, match.start() - 60)
        if (resolution.resolved and resolution.date_start is not None
                and lowered.find("since ", since_window, match.start()) != -1
                and (began := _SINCE_BEGAN_BEFORE.search(lowered, since_window, match.start()))):
            # "since the protests began on Sept. 25": from that day on (an open end), for the event
            # that began and for what went on since
            expression = TimeExpression(began.start(), match.end(), text[began.start():match.end()],
                                        resolution.date_start, None, resolution.precision, "temporal.since_start",
                                        True)
        found.append(expression)
        if expression.resolved:
            last_resolved = expression
    return found


def resolve(expression_text: str, anchor: dt.date, tense: str | None = None) -> Resolution:
    """Resolve one phrase ("last week", "until February 9") against `anchor`.

    `tense` is "past", "future", "perfect" (needed for "for eight years" to resolve) or None.
    Anaphora ("the following day") count from `anchor` itself.
    """
    phrase = _lowered(expression_text.strip())
    match = _SCANNER.fullmatch(phrase)
    if match is None or match.lastgroup is None:
        return UNRESOLVED
    return _apply(_BY_KEY[match.lastgroup], phrase, _Context(anchor, tense, anchor))
