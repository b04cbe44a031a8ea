"""Time expressions in news text, resolved to calendar dates against the publication date.

One compiled alternation is scanned left to right, so matches are sorted and never overlap;
longer forms come first in the alternation so that "from the 10th to the 20th of February"
wins over "the 20th of February". Resolution choices (documented because news is ambiguous):

- Day precision gives date_start == date_end; "since X" has no end, "until X" has no start.
- "the day before" / "the previous day" is the day before the last date resolved earlier in the
  same or the previous sentence; without one, the day before publication.
- "the following day" / "the next day" / "the day after" is the day after the last day-precision
  date resolved before it anywhere in the text; without one, the day after publication.
- A month-day without year takes the publication year when it falls 0-183 days after
  publication; after future words ("will", "to be", "next", "plans", "scheduled", "until") it is
  the next occurrence on or after publication; otherwise the closest occurrence.
- A bare weekday is the most recent one (publication day included) unless future words occur
  in the 8 words before it, then the next one (publication day included).
- "for eight years" starts at the start of the unit eight units back (2014-01-01 from 2022).
- Vague phrases ("soon", "in the coming days") are reported unresolved: no dates, precision
  "unknown" -- never the publication date.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass

from .sentences import split_sentences

_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}
NUMBER_WORDS = {
    word: number for number, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split())
}
NUMBER_WORDS.update({"a": 1, "an": 1})
DAY_SPAN = dt.timedelta(days=1)
FUTURE_WINDOW_WORDS = 8
LOOKAHEAD_DAYS = 183

_MONTH_FULL = "(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH = ("(?-i:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|(?:Jan|Feb|Apr|Aug|Sept?|Oct|Nov|Dec)(?=\s+\d))")
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\w|[-–][^\W\d])"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?!\w|[-–][^\W\d])"
_WEEKDAY = "(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUMBER = r"(?:\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_UNIT = r"(?:day|week|month|year)s?"
_TO = r"\s*(?:-|–|—|to|until|till|through|and)\s*"


def _date_pattern(p: str) -> str:
    """A calendar date: 'February 9[, 2022]', '9 February [2022]', 'the 10th of February [2022]'."""
    return (rf"(?:(?P<{p}m1>{_MONTH})\s+(?P<{p}d1>{_DAY})(?:,?\s+(?P<{p}y1>{_YEAR}))?"
            rf"|(?:the\s+)?(?P<{p}d2>{_DAY})\s+(?:of\s+)?(?P<{p}m2>{_MONTH})(?:,?\s+(?P<{p}y2>{_YEAR}))?)")


_PATTERNS = [
    ("vague", r"(?:in|over|during)\s+the\s+(?:next|coming)\s+(?:few\s+|several\s+)?(?:days|weeks|months|years)"
              r"|in\s+(?:the\s+)?(?:near|foreseeable)\s+future|in\s+recent\s+(?:days|weeks|months|years)"
              r"|(?:very\s+)?(?:soon|shortly|recently|lately)(?:\s+(?:before|after))?"),
    ("range_day_month", rf"(?:(?:from|between)\s+)?(?:the\s+)?(?P<rd1>{_DAY}){_TO}(?:the\s+)?(?P<rd2>{_DAY})\s+"
                        rf"(?:of\s+)?(?P<rm>{_MONTH})(?:,?\s+(?P<ry>{_YEAR}))?"),
    ("range_two_dates", rf"(?:from|between)\s+{_date_pattern('a')}{_TO}{_date_pattern('b')}"),
    ("range_month_day", rf"(?:(?:from|between)\s+)?(?P<qm>{_MONTH})\s+(?P<qd1>{_DAY}){_TO}(?P<qd2>{_DAY})"
                        rf"(?:,?\s+(?P<qy>{_YEAR}))?"),
    ("until", rf"(?:until|till|through)\s+(?:(?P<uw>{_WEEKDAY})|{_date_pattern('u')}"
              rf"|(?P<um>{_MONTH_FULL})(?:\s+(?P<umy>{_YEAR}))?|(?P<uy>{_YEAR}))"),
    ("since", rf"since\s+(?:(?P<sr>yesterday|today|last\s+week|last\s+month|last\s+year)|(?P<sw>{_WEEKDAY})"
              rf"|{_date_pattern('s')}|(?P<sm>{_MONTH_FULL})(?:\s+(?P<smy>{_YEAR}))?|(?P<sy>{_YEAR}))"),
    ("duration", rf"(?:for(?:\s+the\s+(?:past|last))?|(?:over|in|during)\s+the\s+(?:past|last))\s+(?P<dn>{_NUMBER})\s+(?P<du>{_UNIT})"
                 r"(?![\w-])"),
    ("ago", rf"(?P<an>{_NUMBER})\s+(?P<au>{_UNIT})\s+ago"),
    ("anaphoric", r"the\s+(?P<ad>day\s+before|previous\s+day|day\s+after|following\s+day|next\s+day)"),
    ("deictic", r"(?P<dd>today|tonight|tomorrow|yesterday|last\s+night|this\s+(?:morning|afternoon|evening))"),
    ("relative", r"(?P<rr>last|next|this|past)\s+(?P<ru>week|month|year|weekend)"),
    ("weekday", rf"(?:(?P<wmod>last|next|this)\s+)?(?P<wd>{_WEEKDAY})"),
    ("date", _date_pattern("x")),
    ("month", rf"(?:(?:in|during|of|early|late|mid-?)\s+)?(?P<mm>{_MONTH_FULL})\s+(?P<my>{_YEAR})"
              rf"|(?:in|during|of|early|late|mid-?)\s+(?P<mn>{_MONTH_FULL})"),
    # a year followed by a plural noun is a count ("a force of 2000 troops"), not a year
    ("year", rf"(?P<yk>in|during|of|by|before|after)\s+(?P<yy>{_YEAR})(?!\s+(?!(?:was|has|is|as|this)\b)[a-z]+s\b)"),
]
_SCANNER = re.compile(
    "|".join(rf"(?P<{name}>\b(?:{pattern}))" for name, pattern in _PATTERNS), re.IGNORECASE
)
#: Every time expression contains one of these words (or a year); the full scanner runs only near them.
_TRIGGER_WORDS = sorted(
    list(_MONTHS) + list(_WEEKDAYS)
    + "today tonight tomorrow yesterday night morning afternoon evening day days week weeks month months year years "
      "weekend soon shortly recently lately future".split(), key=len, reverse=True)
_TRIGGER = re.compile(r"\b(?=[a-z12])(?:" + "|".join(_TRIGGER_WORDS) + r")\b|\b(?:1[89]|20)\d\d\b", re.IGNORECASE)
#: How far before a trigger word an expression may start ("between the 10th and the 20th of February").
_REACH_BACK = 40
_WORD_START = re.compile(r"\b\w")
_FUTURE = re.compile(r"\b(?:will|to\s+be|next|plans?|planned|planning|scheduled|expected|due\s+to|going\s+to|"
                     r"would|shall)\b|\w’ll\b|\w'll\b", re.IGNORECASE)
_WORD = re.compile(r"\S+")


@dataclass
class TimeExpression:
    start: int
    end: int
    text: str
    date_start: dt.date | None
    date_end: dt.date | None
    precision: str
    rule: str
    resolved: bool


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _shift_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _number(text: str) -> int:
    return int(text) if text.isdigit() else NUMBER_WORDS[text.lower()]


def _day_number(text: str) -> int:
    return int(text.rstrip("stndrdhTSNDRH"))


def _month_number(text: str) -> int:
    return _MONTHS[text.rstrip(".").lower()]


def _infer_year(month: int, day: int, anchor: dt.date, future: bool) -> dt.date:
    """The year a month-day without year most likely means (see the module docstring)."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:  # 29 February outside a leap year
            continue
    if not candidates:
        raise ValueError(f"no year has {month}-{day}")
    if future:
        return min((c for c in candidates if c >= anchor), default=candidates[-1])
    for candidate in candidates:
        if 0 <= (candidate - anchor).days <= LOOKAHEAD_DAYS:
            return candidate
    return min(candidates, key=lambda c: abs((c - anchor).days))


class _Resolver:
    """Turns one scanner match into a TimeExpression, remembering earlier dates for anaphora."""

    def __init__(self, text: str, published: dt.date, start: int, end: int):
        self.text = text
        self.published = published
        self.start = start
        self.end = end
        self._sentence_starts: list[int] | None = None
        self.found: list[TimeExpression] = []

    def future_context(self, position: int) -> bool:
        """Whether future words occur in the 8 words before `position`, within its sentence (roughly:
        the window is cut at the last '. ', '! ', '? ' or line break)."""
        window = self.text[max(self.start, position - 120):position]
        cut = max(window.rfind(". "), window.rfind("! "), window.rfind("? "), window.rfind("\n"))
        words = _WORD.findall(window, cut + 1)[-FUTURE_WINDOW_WORDS:]
        return bool(_FUTURE.search(" ".join(words)))

    def sentence_index(self, position: int) -> int:
        if self._sentence_starts is None:  # only "the day before" needs sentences: split lazily
            self._sentence_starts = [s.start for s in split_sentences(self.text[:self.end], self.start)]
        return bisect.bisect_right(self._sentence_starts, position) - 1

    def date(self, m: re.Match[str], p: str, future: bool) -> dt.date:
        month = m[f"{p}m1"] or m[f"{p}m2"]
        day = _day_number(m[f"{p}d1"] or m[f"{p}d2"])
        year = m[f"{p}y1"] or m[f"{p}y2"]
        if year:
            return dt.date(int(year), _month_number(month), day)
        return _infer_year(_month_number(month), day, self.published, future)

    def weekday(self, name: str, future: bool, modifier: str = "") -> dt.date:
        target, today = _WEEKDAYS[name.lower()], self.published.weekday()
        modifier = modifier.lower()
        if modifier == "next" or (future and modifier != "last"):
            ahead = (target - today) % 7 or (7 if modifier == "next" else 0)
            return self.published + dt.timedelta(days=ahead)
        back = (today - target) % 7 or (7 if modifier == "last" else 0)
        return self.published - dt.timedelta(days=back)

    def deictic(self, word: str) -> dt.date:
        word = " ".join(word.lower().split())
        if word == "tomorrow":
            return self.published + DAY_SPAN
        if word in ("yesterday", "last night"):
            return self.published - DAY_SPAN
        return self.published

    def anaphoric(self, which: str, position: int) -> dt.date:
        which = " ".join(which.lower().split())
        if which in ("day before", "previous day"):
            sentence = self.sentence_index(position)
            for earlier in reversed(self.found):
                if not earlier.resolved:
                    continue
                if self.sentence_index(earlier.start) < sentence - 1:
                    break
                anchor = earlier.date_end or earlier.date_start
                return anchor - DAY_SPAN
            return self.published - DAY_SPAN
        for earlier in reversed(self.found):
            if earlier.resolved and earlier.precision == "day":
                return (earlier.date_end or earlier.date_start) + DAY_SPAN
        return self.published + DAY_SPAN

    def relative(self, modifier: str, unit: str) -> tuple[dt.date, dt.date, str]:
        step = {"last": -1, "past": -1, "next": 1, "this": 0}[modifier.lower()]
        unit = unit.lower()
        if unit == "week":
            monday = _monday(self.published) + dt.timedelta(weeks=step)
            return monday, monday + dt.timedelta(days=6), "week"
        if unit == "weekend":
            saturday = _monday(self.published) + dt.timedelta(weeks=step, days=5)
            return saturday, saturday + DAY_SPAN, "day"
        if unit == "month":
            first = _shift_months(self.published, step)
            return *_month_range(first.year, first.month), "month"
        year = self.published.year + step
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"

    def back_by(self, count: int, unit: str) -> tuple[dt.date, str]:
        """The start of the unit `count` units before publication ("eight years" -> 1 January)."""
        unit = unit.lower().rstrip("s")
        if unit == "day":
            return self.published - dt.timedelta(days=count), "day"
        if unit == "week":
            return _monday(self.published - dt.timedelta(weeks=count)), "week"
        if unit == "month":
            return _shift_months(self.published, -count), "month"
        return dt.date(self.published.year - count, 1, 1), "year"

    def resolve(self, m: re.Match[str]) -> tuple[dt.date | None, dt.date | None, str, str]:
        """(date_start, date_end, precision, rule) of a match; raises ValueError for impossible dates."""
        kind = m.lastgroup
        if kind == "vague":
            return None, None, "unknown", "temporal.vague"
        if kind == "range_day_month":
            month = _month_number(m["rm"])
            year = int(m["ry"]) if m["ry"] else _infer_year(month, _day_number(m["rd1"]), self.published,
                                                            self.future_context(m.start())).year
            return (dt.date(year, month, _day_number(m["rd1"])), dt.date(year, month, _day_number(m["rd2"])),
                    "day", "temporal.range")
        if kind == "range_month_day":
            month = _month_number(m["qm"])
            year = int(m["qy"]) if m["qy"] else _infer_year(month, _day_number(m["qd1"]), self.published,
                                                            self.future_context(m.start())).year
            return (dt.date(year, month, _day_number(m["qd1"])), dt.date(year, month, _day_number(m["qd2"])),
                    "day", "temporal.range")
        if kind == "range_two_dates":
            future = self.future_context(m.start())
            first, last = self.date(m, "a", future), self.date(m, "b", future)
            if last < first and not (m["by1"] or m["by2"]):
                last = last.replace(year=last.year + 1)
            return first, last, "day", "temporal.range"
        if kind == "until":
            if m["uw"]:
                return None, self.weekday(m["uw"], True), "day", "temporal.until"
            if m["um"]:
                year = int(m["umy"]) if m["umy"] else self.published.year
                return None, _month_range(year, _month_number(m["um"]))[1], "month", "temporal.until"
            if m["uy"]:
                return None, dt.date(int(m["uy"]), 12, 31), "year", "temporal.until"
            return None, self.date(m, "u", True), "day", "temporal.until"
        if kind == "since":
            if m["sr"]:
                words = m["sr"].lower().split()
                if len(words) == 1:
                    return self.deictic(words[0]), None, "day", "temporal.since"
                first, _, precision = self.relative(words[0], words[1])
                return first, None, precision, "temporal.since"
            if m["sw"]:
                return self.weekday(m["sw"], False), None, "day", "temporal.since"
            if m["sm"]:
                year = int(m["smy"]) if m["smy"] else self.published.year
                return _month_range(year, _month_number(m["sm"]))[0], None, "month", "temporal.since"
            if m["sy"]:
                return dt.date(int(m["sy"]), 1, 1), None, "year", "temporal.since"
            return self.date(m, "s", False), None, "day", "temporal.since"
        if kind == "duration":
            first, precision = self.back_by(_number(m["dn"]), m["du"])
            return first, None, precision, "temporal.duration"
        if kind == "ago":
            first, precision = self.back_by(_number(m["an"]), m["au"])
            last = {"day": first, "week": first + dt.timedelta(days=6), "month": _month_range(first.year, first.month)[1],
                    "year": dt.date(first.year, 12, 31)}[precision]
            return first, last, precision, "temporal.ago"
        if kind == "anaphoric":
            day = self.anaphoric(m["ad"], m.start())
            return day, day, "day", "temporal.anaphoric_day"
        if kind == "deictic":
            day = self.deictic(m["dd"])
            return day, day, "day", "temporal.relative_day"
        if kind == "relative":
            first, last, precision = self.relative(m["rr"], m["ru"])
            return first, last, precision, f"temporal.relative_{precision}"
        if kind == "weekday":
            day = self.weekday(m["wd"], self.future_context(m.start()), m["wmod"] or "")
            return day, day, "day", "temporal.weekday"
        if kind == "date":
            day = self.date(m, "x", self.future_context(m.start()))
            return day, day, "day", "temporal.date"
        if kind == "month":
            if m["my"]:
                return *_month_range(int(m["my"]), _month_number(m["mm"])), "month", "temporal.month"
            month = _month_number(m["mn"])
            year = _infer_year(month, 1, self.published, self.future_context(m.start())).year
            return *_month_range(year, month), "month", "temporal.month"
        year = int(m["yy"])
        keyword = m["yk"].lower()
        if keyword == "after":
            return dt.date(year + 1, 1, 1), None, "year", "temporal.since"
        if keyword in ("by", "before"):
            end = dt.date(year, 12, 31) if keyword == "by" else dt.date(year - 1, 12, 31)
            return None, end, "year", "temporal.until"
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year", "temporal.year"


def _matches(text: str, start: int, end: int):
    """What `_SCANNER.finditer(text, start, end)` yields, trying the scanner only at the few word
    starts just before each trigger word (every expression contains one) instead of everywhere."""
    position = start
    for trigger in _TRIGGER.finditer(text, start, end):
        if trigger.end() <= position:
            continue
        window_start = max(position, trigger.start() - _REACH_BACK)
        for word in _WORD_START.finditer(text, window_start, trigger.start() + 1):
            if word.start() < position:
                continue
            match = _SCANNER.match(text, word.start(), end)
            if match:
                yield match
                position = match.end()
                if position >= trigger.end():
                    break


def find_time_expressions(text: str, published: dt.date, start: int = 0, end: int | None = None) -> list[TimeExpression]:
    """Time expressions in text[start:end], sorted and non-overlapping, with offsets into text."""
    end = len(text) if end is None else min(end, len(text))
    resolver = _Resolver(text, published, start, end)
    for match in _matches(text, start, end):
        try:
            date_start, date_end, precision, rule = resolver.resolve(match)
        except (ValueError, OverflowError):  # "February 30", year 0: a date-like phrase with no date
            date_start, date_end, precision, rule = None, None, "unknown", f"temporal.{match.lastgroup}"
        resolved = precision != "unknown"
        resolver.found.append(TimeExpression(match.start(), match.end(), match.group(), date_start, date_end,
                                             precision, rule, resolved))
    return resolver.found
