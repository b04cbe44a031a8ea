"""Organizations and other collective actors named in news text.

Seven general rules, all over what the shared scans already found:
- lexicon: curated names (`organizations.yaml`) looked up in the capitalised word runs, longest
  first ("US State Department" before "State Department"), plus "<name> allies/members";
- state nouns after a country or demonym found by the gazetteer: "the Belarusian Ministry of
  Defense", "Russia’s Foreign Ministry", "Russian and Belarusian troops" (both states' armed
  forces), "the Ukrainian government", "Russian agencies", "pro-Russian separatists";
- names the lexicon does not know, by their head noun: "the Kenya National Commission on Human
  Rights", "the Rapid Support Forces", "the Labour Party";
- a state body named by its seat: "the foreign ministry in Tokyo", "the government in Kyiv";
- groups named by what they do ("protesters in São Paulo", "rebels");
- back references: "the ministry" after "the Belarusian Ministry of Defense" is that ministry;
- acronym definitions: "North Atlantic Treaty Organization (NATO)" or "NATO (North Atlantic
  Treaty Organization)" link both names, and later uses of the acronym, to one actor.
"""

from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Callable, NamedTuple

import yaml

from .. import ids
from .gazetteer import PlaceMatch, find_places, gazetteer
from .tokens import CONNECTORS, FUNCTION_WORDS, NEVER, capitalised_runs, lexicon_key, phrase, word_trie

LEXICON_FILE = Path(__file__).with_name("organizations.yaml")
#: Lower-case words after an organization's name that make its members a group ("NATO allies").
MEMBER_TAILS = ("member states", "member countries", "members", "allies", "partners")
_ACRONYM = re.compile(r"[A-Z](?:[A-Z0-9&]|\.(?=[A-Z]))+\.?")
_PAREN = re.compile(r"\((?P<inner>[^()\n]{2,100})\)")
_POSSESSIVE_GAP = re.compile(r"(?:['’]s)?[ \u00a0]*\Z")
_WORDS = re.compile(r"[^\s(),;:“”\"]+")
_SMALL_WORDS = frozenset("of for and the in on de des du la le to".split())
_COORDINATION = re.compile(r"[ \u00a0]+(?:and|or)[ \u00a0]+")
_IN_PLACE = re.compile(r"[ \u00a0]+in[ \u00a0]+(?:the[ \u00a0]+)?")
_NEXT_WORD = re.compile(r"[ \u00a0]+([\w’'-]+)")


class OrgMatch(NamedTuple):
    """An organization or collective actor named at text[start:end]."""

    start: int
    end: int
    text: str
    actor_id: str
    name: str
    actor_kind: str
    country_code: str | None
    rule: str
    affiliation: str | None = None


class OrgEntry(NamedTuple):
    actor_id: str
    name: str
    actor_kind: str
    country_code: str | None = None
    generic: bool = False
    needs_the: bool = False
    affiliation: str | None = None

    def at(self, text: str, start: int, end: int, rule: str) -> OrgMatch:
        return OrgMatch(start, end, text[start:end], self.actor_id, self.name, self.actor_kind, self.country_code, rule,
                        self.affiliation)


@dataclass
class Lexicon:
    #: capitalised head of a form → its organization (None when the head needs a tail word)
    heads: dict[str, OrgEntry | None] = field(default_factory=dict)
    #: head → (" tail words", organization), longest tail first
    tails: dict[str, list[tuple[str, OrgEntry]]] = field(default_factory=dict)
    longest: dict[str, int] = field(default_factory=dict)  # first word of a head → most words of one
    after_state: re.Pattern[str] = NEVER
    ministry_before: re.Pattern[str] = NEVER
    departments: dict[str, str] = field(default_factory=dict)
    state_nouns: dict[str, dict[str, str]] = field(default_factory=dict)
    military_adjective_before: frozenset[str] = frozenset()
    #: "the foreign ministry in " / "the government in the " right before a country or its capital
    seat_before: re.Pattern[str] = NEVER
    seat_words: tuple[str, ...] = ()  # a word every seat_before match contains, as `lexicon_key` writes it
    group_pattern: re.Pattern[str] = NEVER
    groups: dict[str, str] = field(default_factory=dict)
    groups_not_before: dict[str, re.Pattern[str]] = field(default_factory=dict)
    acronym_kinds: dict[str, str] = field(default_factory=dict)
    name_heads: dict[str, str] = field(default_factory=dict)  # head noun of an unknown name → actor kind
    head_pattern: re.Pattern[str] = NEVER
    #: between a name's head and the words that go on with it: " on ", " for the ", " to " before a verb
    #: of purpose ("Commission on Human Rights", "Committee to Protect Journalists")
    name_tail_join: re.Pattern[str] = NEVER
    back_reference: re.Pattern[str] = NEVER  # "the ministry", "the commission", "the interior ministry"


def _alternation(forms: Any) -> str:
    """The forms as a prefix tree (see `word_trie`); a space in a form matches spaces and no-break spaces."""
    return word_trie(set(forms)).replace(r"\ ", r"[ \u00a0]+")


def _split_form(form: str) -> tuple[str, str]:
    """'Atlantic Alliance allies' → ('Atlantic Alliance', ' allies'); 'NATO' → ('NATO', ''); 'Group of 20' →
    ('Group', ' of 20') (capitalised runs hold no numbers)."""
    words = form.split(" ")
    capitals = [i for i, word in enumerate(words) if word[:1].isupper()]
    if not capitals:  # names are found in capitalised runs: a form without a capital would never match
        raise ValueError(f"{LEXICON_FILE.name}: form {form!r} has no capitalised word; write it as news capitalise it")
    last_capital = capitals[-1]
    # A lower-case word no run joins ends the run there: "Alternative for Germany" → ('Alternative', ' for Germany')
    breaks = [i for i in range(capitals[0], last_capital) if not words[i][:1].isupper() and words[i] not in CONNECTORS]
    if breaks:
        last_capital = max(i for i in capitals if i < breaks[0])
    return " ".join(words[: last_capital + 1]), "".join(" " + w for w in words[last_capital + 1:])


@cache
def lexicon() -> Lexicon:
    data = yaml.safe_load(LEXICON_FILE.read_text(encoding="utf-8"))
    lex = Lexicon()

    def add(form: str, entry: OrgEntry) -> None:
        head, tail = _split_form(form)
        if tail:
            lex.tails.setdefault(head, []).append((tail, entry))
            lex.heads.setdefault(head, None)
        else:
            lex.heads[head] = entry
        words = head.replace("-", " ").split()
        lex.longest[words[0]] = max(lex.longest.get(words[0], 0), len(words))

    for org in data["organizations"]:
        base = OrgEntry(org["actor_id"], org["name"], org["kind"], org.get("country_code"), bool(org.get("generic")))
        for form in org["forms"]:
            needs_the = form.startswith("the ")
            add(form.removeprefix("the "), OrgEntry(base.actor_id, base.name, base.actor_kind, base.country_code,
                                                    base.generic, needs_the))
        if "members" in org:
            members = OrgEntry(org["members"]["actor_id"], org["members"]["name"], "group", base.country_code,
                               affiliation=base.actor_id)
            for form in org["forms"]:
                if not form.startswith("the "):
                    for tail in MEMBER_TAILS:
                        add(f"{form} {tail}", members)
    for tails in lex.tails.values():
        tails.sort(key=lambda pair: -len(pair[0]))

    ministries = data["ministries"]
    full = {form.lower(): name for name, forms in ministries.items() for form in forms["full"]}
    short = {form.lower(): name for name, forms in ministries.items() for form in forms["short"]}
    lex.departments = {**{f"full:{k}": v for k, v in full.items()}, **{f"short:{k}": v for k, v in short.items()}}
    lex.state_nouns = {noun.lower(): spec for noun, spec in data["state_nouns"].items()}
    lex.after_state = re.compile(
        rf"(?:['’]s)?[ \u00a0]+(?i:(?:ministry[ \u00a0]+of[ \u00a0]+(?P<full>{_alternation(full)}))"
        rf"|(?:(?P<short>{_alternation(short)})[ \u00a0]+ministry)|(?:{_STATE_BODY_KIND}[ \u00a0]+)?"
        rf"(?P<noun>{_alternation(lex.state_nouns)})"
        rf"|(?P<group>{_alternation(data['groups'])}))(?:(?<=\.)|\b)")  # "mission to the U.N." ends on its stop
    lex.ministry_before = re.compile(
        rf"(?<![\w-])(?i:ministry[ \u00a0]+of[ \u00a0]+(?P<full>{_alternation(full)}))[ \u00a0]+of[ \u00a0]+"
        r"(?:the[ \u00a0]+)?\Z")
    lex.seat_before = re.compile(
        rf"(?<![\w-])(?i:ministry[ \u00a0]+of[ \u00a0]+(?P<full>{_alternation(full)})|(?P<short>{_alternation(short)})"
        rf"[ \u00a0]+ministry|(?P<noun>{_alternation(data['seat_nouns'])}))[ \u00a0]+in[ \u00a0]+(?:the[ \u00a0]+)?\Z")
    lex.seat_words = ("ministry", *(lexicon_key(noun) for noun in data["seat_nouns"]))
    lex.military_adjective_before = frozenset(w.lower() for w in data["military_adjective_before"])
    lex.groups = {noun: kind for noun, kind in data["groups"].items()}
    lex.groups_not_before = {noun: re.compile(rf"[ \u00a0]+(?:{_alternation(words)})(?![\w-])", re.I)
                             for noun, words in data["groups_not_before"].items()}
    group_forms = [*lex.groups, *(noun.capitalize() for noun in lex.groups)]
    # The alternation comes first so the regex engine can skip to its first letters quickly.
    lex.group_pattern = re.compile(rf"(?:{_alternation(group_forms)})\b")
    lex.acronym_kinds = dict(data["acronym_kinds"])
    lex.name_heads = dict(data["name_heads"])
    # One class of first characters first, so the regex engine skips quickly to them.
    # a ministry may be named by its department alone: "the interior ministry"
    lex.back_reference = re.compile(
        rf"[tT](?<![\w-][tT])(?:he|(?<=T)HE)[ \u00a0]+(?:country['’]s[ \u00a0]+)?"
        rf"(?:(?P<short>(?i:{_alternation(short)}))[ \u00a0]+(?=(?i:ministry)(?![\w-]))|(?:{_STATE_BODY_KIND}[ \u00a0]+)?)"
        # an electoral body: "the central electoral commission", "the election bureau"
        rf"(?P<body>(?:(?:central|national|federal|independent)[ \u00a0]+)?(?P<field>electoral|election)[ \u00a0]+)?"
        rf"(?P<noun>(?i:{_alternation(data['back_reference_nouns'])}))(?![\w-])")
    lex.head_pattern = re.compile(rf"(?:{_alternation(lex.name_heads)})(?![\w-])")
    lex.name_tail_join = re.compile(r"[ \u00a0]+(on|for|against|in|to(?=[ \u00a0]+(?:"
                                    rf"{_alternation(data['name_purpose_verbs'])})[ \u00a0]+[A-Z]))"
                                    r"[ \u00a0]+(?:the[ \u00a0]+)?")
    return lex


_actor_id = lru_cache(maxsize=4096)(ids.actor_id)
#: Words that say what kind of state body follows, and leave it the state's: "Mali's transitional
#: government", "the country's military junta".
_STATE_BODY_KIND = r"(?:transitional|interim|caretaker|military|ruling|civilian)"


# -- acronym definitions --------------------------------------------------------------------------
def _letters(acronym: str) -> str:
    return "".join(c for c in acronym if c.isalnum()).upper()


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper()).upper()


def _kind_of(name: str, lex: Lexicon) -> str:
    return lex.acronym_kinds.get(name.split()[-1], "group")


def _spells(acronym: str, names: list[str]) -> bool:
    """Whether the acronym spells the initials of a name of two words or more, capitalised but for small words."""
    return (len(names) > 1 and names[0][:1].isupper() and _initials(names) == _letters(acronym)
            and all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in names))


def _named_organization_start(words: list[re.Match[str]], lex: Lexicon) -> int | None:
    """Where the longest organization's name ending with `words` starts: a name of two words or
    more, capitalised but for small words, that the lexicon knows or that ends in a head noun
    ("Army", "Party"). Its acronym in brackets need not spell its initials."""
    for first in range(max(0, len(words) - 8), len(words) - 1):
        names = [w.group() for w in words[first:]]
        if (names[0][:1].isupper() and names[0] not in FUNCTION_WORDS
                and all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in names)
                and (" ".join(names) in lex.heads or names[-1] in lex.name_heads)):
            return first
    return None


def _definitions(text: str, start: int, end: int, lex: Lexicon) -> tuple[dict[str, OrgEntry], list[OrgMatch]]:
    """Acronyms defined in the text: "Full Name (FN)" and "FN (Full Name)"."""
    local: dict[str, OrgEntry] = {}
    matches: list[OrgMatch] = []
    if "(" not in text[start:end]:
        return local, matches
    for paren in _PAREN.finditer(text, start, end):
        inner = paren["inner"].strip()
        gap = _POSSESSIVE_GAP.search(text, max(start, paren.start() - 4), paren.start())
        before_end = gap.start() if gap else paren.start()
        window_start = max(start, before_end - 120, text.rfind("\n", 0, before_end) + 1)
        words = list(_WORDS.finditer(text, window_start, before_end))
        pair = None
        if _ACRONYM.fullmatch(inner):  # Full Name (FN)
            first = next((first for first in range(max(0, len(words) - 12), len(words) - 1)
                          if _spells(inner, [w.group() for w in words[first:]])), None)
            if first is None:  # an acronym of the name in another language: "National Liberation Army (ELN)"
                first = _named_organization_start(words, lex)
            if first is not None:
                inner_start = paren.start("inner") + paren["inner"].index(inner)
                pair = ((words[first].start(), before_end), (inner_start, inner_start + len(inner)))
        elif words and _ACRONYM.fullmatch(words[-1].group().removesuffix("’s").removesuffix("'s")):  # FN (Full Name)
            acronym_word = words[-1]
            acronym_end = acronym_word.start() + len(acronym_word.group().removesuffix("’s").removesuffix("'s"))
            inner_words = inner.split()
            if (len(inner_words) > 1 and inner_words[0][:1].isupper()
                    and _initials(inner_words) == _letters(text[acronym_word.start():acronym_end])):
                inner_start = paren.start("inner") + paren["inner"].index(inner)
                pair = ((inner_start, inner_start + len(inner)), (acronym_word.start(), acronym_end))
        if pair is None:
            continue
        (full_start, full_end), (short_start, short_end) = pair
        full_name, acronym = phrase(text, full_start, full_end), text[short_start:short_end]
        known = lex.heads.get(full_name) or lex.heads.get(acronym)
        entry = known or OrgEntry(_actor_id(full_name), full_name, _kind_of(full_name, lex))
        local.setdefault(full_name, entry)
        local.setdefault(acronym, entry)
        for span_start, span_end, form in ((full_start, full_end, full_name), (short_start, short_end, acronym)):
            rule = "organizations.lexicon" if lex.heads.get(form) == entry else "organizations.acronym"
            matches.append(entry.at(text, span_start, span_end, rule))
    return local, matches


# -- lexicon over capitalised runs ----------------------------------------------------------------
def _lexicon_matches(text: str, start: int, end: int, lex: Lexicon, local: dict[str, OrgEntry]) -> list[OrgMatch]:
    found: list[OrgMatch] = []
    longest = lex.longest
    local_longest: dict[str, int] = {}
    for key in local:
        words = key.replace("-", " ").split()
        local_longest[words[0]] = max(local_longest.get(words[0], 0), len(words))
    heads = lex.heads
    for run_start, run_end, tokens in capitalised_runs(text, start, end):
        count = len(tokens)
        if count == 1:  # most runs: one word, one look-up
            key = text[run_start:run_end]
            if key in heads or key in local:
                match = _lexicon_match(text, end, key, run_start, run_end, lex, local, tokens, 0, 0, start)
                if match is not None:
                    found.append(match)
            continue
        i = 0
        while i < count:
            first_start, first_end, capitalised = tokens[i]
            if not capitalised:
                i += 1
                continue
            first = text[first_start:first_end]
            size = max(longest.get(first, 0), local_longest.get(first, 0))
            if not size:
                i += 1
                continue
            for j in range(min(count, i + size) - 1, i - 1, -1):
                if not tokens[j][2]:
                    continue
                key = phrase(text, first_start, tokens[j][1])
                if key not in local and key not in lex.heads:
                    continue
                match = _lexicon_match(text, end, key, first_start, tokens[j][1], lex, local, tokens, i, j, start)
                if match is not None:
                    found.append(match)
                    i = j
                    break
            i += 1
    return found


def _glued_before(text: str, tokens: tuple[Any, ...], i: int, floor: int) -> bool:
    """A capitalised word right before token i (space only) that is not a sentence's function word."""
    if i == 0:
        return False
    previous_start, previous_end, capitalised = tokens[i - 1]
    return (capitalised and not text[previous_end:tokens[i][0]].strip(" \u00a0")
            and text[previous_start:previous_end] not in FUNCTION_WORDS)


def _lexicon_match(text: str, ceiling: int, key: str, start: int, end: int, lex: Lexicon, local: dict[str, OrgEntry],
                   tokens: tuple[Any, ...], i: int, j: int, floor: int) -> OrgMatch | None:
    if key in local:
        entry = local[key]
        rule = "organizations.lexicon" if lex.heads.get(key) == entry else "organizations.acronym"
        return entry.at(text, start, end, rule)
    for tail, entry in lex.tails.get(key, ()):
        tail_end = end + len(tail)
        if tail_end <= ceiling and text.startswith(tail, end) and not text[tail_end:tail_end + 1].isalnum():
            return entry.at(text, start, tail_end, "organizations.lexicon")
    head_entry = lex.heads[key]
    if head_entry is None or (head_entry.generic and _glued_before(text, tokens, i, floor)):
        return None
    alone_after_the = i == 0 and j == len(tokens) - 1 and text[max(0, start - 4):start].lower() == "the "
    if head_entry.needs_the and not alone_after_the:
        return None
    return head_entry.at(text, start, end, "organizations.lexicon")


# -- state nouns after a country or demonym -------------------------------------------------------
def _state_matches(text: str, start: int, end: int, places: list[PlaceMatch], lex: Lexicon) -> list[OrgMatch]:
    gaz = gazetteer()
    found: list[OrgMatch] = []
    states = [p for p in places if p.location_kind == "country" and p.country_code]
    following: dict[int, tuple[re.Match[str], str]] = {}  # start of a state → (its match, what it named)
    for place in reversed(states):
        country = gaz.by_country.get(place.country_code or "")
        if country is None:
            continue
        match = lex.after_state.match(text, place.end, end)
        head = _head(text, match, end, lex) if match else None
        if match is None or head is None:  # "Russian and Belarusian troops": the head noun of the next state
            coordination = _COORDINATION.match(text, place.end, end)
            if coordination and coordination.end() in following:
                match, head = following[coordination.end()]
                found.extend(_state_entry(text, place, country.name, head, match, lex, gaz, start, place.end))
            continue
        following[place.start] = (match, head)
        found.extend(_state_entry(text, place, country.name, head, match, lex, gaz, start, match.end()))
    for place in states:
        if place.is_demonym:
            continue
        window = max(start, place.start - 60)
        before = None
        if text.find("inistry", window, place.start) != -1 or text.find("INISTRY", window, place.start) != -1:
            before = lex.ministry_before.search(text, window, place.start)
        if before:
            department = lex.departments[f"full:{lexicon_key(before['full'])}"]
            entry = _ministry(gaz.by_country[place.country_code or ""].name, place.country_code, department)
            found.append(entry.at(text, before.start(), place.end, "organizations.ministry_pattern"))
    return found


def _seat_matches(text: str, start: int, places: list[PlaceMatch], lex: Lexicon) -> list[OrgMatch]:
    """A state body named by where it sits: "the foreign ministry in Tokyo", "the government in Kyiv",
    "the health ministry in Brazil" — a country, or its capital; any other city ("the government in
    Bavaria") may be a regional body, so it is not read as the state's."""
    gaz = gazetteer()
    found: list[OrgMatch] = []
    for place in places:
        code = place.country_code
        if place.is_demonym or code is None or not text.endswith((" in ", " in the "), max(start, place.start - 8),
                                                                 place.start):
            continue
        if place.location_kind != "country" and not gaz.is_capital(place):
            continue
        window = max(start, place.start - 60)
        before = lexicon_key(text[window:place.start])
        if not any(word in before for word in lex.seat_words):
            continue  # most places after "in" follow no state noun: skip the slower pattern
        seat = lex.seat_before.search(text, window, place.start)
        if seat is None or code not in gaz.by_country:
            continue
        country = gaz.by_country[code].name
        if seat["noun"]:
            entry = _state_body(country, code, lex.state_nouns[lexicon_key(seat["noun"])])
        else:
            head = f"full:{lexicon_key(seat['full'])}" if seat["full"] else f"short:{lexicon_key(seat['short'])}"
            entry = _ministry(country, code, lex.departments[head])
        found.append(entry.at(text, seat.start(), place.end, "organizations.seat_pattern"))
    return found


def seat_of_government(place: PlaceMatch) -> OrgEntry | None:
    """The government a capital may stand for ("Moscow is awaiting responses"), None for a place
    that is no country's capital. Whether it does is the event rule's call (a capital after "in" or
    "to" is a place)."""
    gaz = gazetteer()
    country = gaz.by_country.get(place.country_code or "") if not place.is_demonym and gaz.is_capital(place) else None
    if country is None:
        return None
    return _state_body(country.name, place.country_code, lexicon().state_nouns["government"])


def _state_body(country: str, code: str | None, spec: dict[str, str]) -> OrgEntry:
    """The state's body a state noun names ("government" → Government of Ukraine, actor/ukraine-government)."""
    return OrgEntry(_actor_id(f"{country} {spec['suffix']}"), spec["name"].format(country=country), spec["kind"],
                    code, affiliation=_actor_id(country))


def _head(text: str, match: re.Match[str], end: int, lex: Lexicon) -> str | None:
    if match["noun"] and lexicon_key(match["noun"]) == "military":
        after = _NEXT_WORD.match(text, match.end(), end)
        if after and lexicon_key(after.group(1)) in lex.military_adjective_before:
            return None  # "a Belarusian military man"
    if match["full"]:
        return "full:" + lexicon_key(match["full"])
    if match["short"]:
        return "short:" + lexicon_key(match["short"])
    if match["noun"]:
        return "noun:" + lexicon_key(match["noun"])
    return "group:" + lexicon_key(match["group"])


#: After a force's name, an office that makes it a person's title: " chief", " commander", " spokesman".
_OFFICER_AFTER = re.compile(r"[ \u00a0]+(?:chiefs?|commanders?(?![ \u00a0]+(?:and|in)\b)|heads?|"
                            r"spokes(?:man|men|woman|women|person)|chief[ \u00a0]+of[ \u00a0]+staff)(?![\w-])")


def _ministry(country: str, code: str | None, department: str) -> OrgEntry:
    return OrgEntry(_actor_id(f"{country} ministry of {department}"), f"Ministry of {department} of {country}",
                    "government_body", code, affiliation=_actor_id(country))


def _state_entry(text: str, place: PlaceMatch, country: str, head: str, match: re.Match[str], lex: Lexicon, gaz: Any,
                 floor: int, span_end: int) -> list[OrgMatch]:
    kind, _, word = head.partition(":")
    span_start = place.start
    if kind in ("full", "short"):
        entry = _ministry(country, place.country_code, lex.departments[head])
        return [entry.at(text, span_start, span_end, "organizations.ministry_pattern")]
    demonym = gaz.demonym(place.country_code) or country
    if kind == "group":
        group_kind = lex.groups.get(word, "group")
        if text[max(floor, place.start - 4):place.start].lower() == "pro-":  # not that state's own people
            name = f"pro-{demonym} {word}"
            entry = OrgEntry(_actor_id(name), name[0].upper() + name[1:], group_kind)
            return [entry.at(text, place.start - 4, span_end, "organizations.group_pattern")]
        entry = OrgEntry(_actor_id(f"{demonym} {word}"), f"{demonym} {word}", group_kind, place.country_code)
        return [entry.at(text, span_start, span_end, "organizations.group_pattern")]
    national = lex.heads.get(word.capitalize())
    if national is not None and national.generic and national.country_code == place.country_code:
        return [national.at(text, span_start, span_end, "organizations.government_pattern")]  # "America's Congress"
    spec = lex.state_nouns[word]
    name = spec["name"].format(country=country, demonym=demonym)
    if "demonym_suffix" in spec:
        actor_id = _actor_id(f"{demonym} {spec['demonym_suffix']}")
    else:
        actor_id = _actor_id(f"{country} {spec['suffix']}")
    if spec["kind"] == "military_force" and _OFFICER_AFTER.match(text, span_end):
        return []  # "Pakistan's army chief", "Bolivia's military spokesman": a person by office, no force
    rule = "organizations.armed_forces_pattern" if spec["kind"] == "military_force" else \
        "organizations.media_pattern" if spec["kind"] == "media" else "organizations.government_pattern"
    entry = OrgEntry(actor_id, name, spec["kind"], place.country_code, affiliation=_actor_id(country))
    return [entry.at(text, span_start, span_end, rule)]


# -- groups named by what they do -----------------------------------------------------------------
def _group_matches(text: str, start: int, end: int, places_by_start: dict[int, PlaceMatch],
                   lex: Lexicon, named_ends: set[int], named_starts: set[int]) -> list[OrgMatch]:
    """"protesters in São Paulo", "the rebels" — unless an organization just named them ("Hamas
    militants") or is named right after them ("the opposition People Power Party": one actor, the party)."""
    gaz = gazetteer()
    found = []
    for match in lex.group_pattern.finditer(text, start, end):
        if match.start() > start and (text[match.start() - 1].isalnum() or text[match.start() - 1] == "-"):
            continue
        if match.start() - 1 in named_ends or match.end() + 1 in named_starts and text[match.end()] == " ":
            continue
        word = lexicon_key(match.group())
        kind = lex.groups[word]
        attitude = lex.groups_not_before.get(word)
        if attitude is not None and attitude.match(text, match.end()):
            continue  # "opposition to the plan": an attitude, no group
        where = _IN_PLACE.match(text, match.end(), end)
        place = places_by_start.get(where.end()) if where else None
        if place is not None and place.country_code:
            country = gaz.by_country.get(place.country_code)
            demonym = gaz.demonym(place.country_code)
            name = f"{demonym} {word}" if demonym else f"{word} in {country.name if country else place.name}"
            entry = OrgEntry(_actor_id(name), name[0].upper() + name[1:], kind, place.country_code)
        else:
            entry = OrgEntry(_actor_id(word), word.capitalize(), kind)
        found.append(entry.at(text, match.start(), match.end(), "organizations.group_pattern"))
    return found


# -- names the lexicon does not know, by their head noun ------------------------------------------
#: Words of the calendar, which no name ends on: "the Supreme Court on Monday" is the court.
_CALENDAR_WORDS = frozenset(name.lower() for name in (*calendar.day_name, *calendar.month_name[1:]))


def _named_matches(text: str, start: int, end: int, places: list[PlaceMatch], lex: Lexicon) -> list[OrgMatch]:
    """ "the Kenya National Commission on Human Rights", "the Rapid Support Forces": a capitalised name
    whose head noun names an organization; its country from a country or demonym that opens it, a
    country that ends it ("the Communist Party of China") or owns it ("China's Eastern Theater Command")."""
    head_ends = [match.end() for match in lex.head_pattern.finditer(text, start, end)]
    if not head_ends:  # most texts name few organizations: one scan for the head nouns first
        return []
    countries = {p.start: p.country_code for p in places if p.location_kind == "country" and p.country_code}
    countries_by_end = {p.end: p.country_code for p in places
                        if p.location_kind == "country" and p.country_code and not p.is_demonym}
    cities = {p.start: p.end for p in places if p.location_kind != "country" and not p.is_demonym}
    gaz = gazetteer()

    def known(name: str) -> bool:  # "Russia", "OSCE"
        return name in lex.heads or name in gaz.names

    runs = capitalised_runs(text, start, end)
    run_starts = [run_start for run_start, _, _ in runs]
    run_at = {run_start: index for index, run_start in enumerate(run_starts)}
    def tail_after(name_end: int) -> tuple[str, int] | None:
        """The word that joins the name to the capitalised words it goes on with past its head, and
        where they end: "Commission on Human Rights". Not a city after "in" (where the organization
        sits: "the European Parliament in Strasbourg"; "Mission in South Sudan" is a name), nor a day
        or month ("the Commission on Monday")."""
        join = lex.name_tail_join.match(text, name_end, end)
        if join is None or join.end() not in run_at:
            return None
        tail = runs[run_at[join.end()]]
        first_start, first_end, _ = tail[2][0]
        if join.group(1) == "in" and cities.get(join.end()) == tail[1] \
                or text[first_start:first_end].lower() in _CALENDAR_WORDS:
            return None
        return join.group(1), _tail_end(text, tail[2])

    found: list[OrgMatch] = []
    last = -1
    for head_end in head_ends:
        index = bisect.bisect_right(run_starts, head_end) - 1  # the run the head noun stands in
        if index <= last or index < 0 or runs[index][1] < head_end:
            continue
        last = index
        tokens = runs[index][2]
        names = _names_in_run(text, tokens, lex.name_heads, known) if len(tokens) > 1 else []
        head_start = tokens[-1][0]
        if not names and tokens[-1][1] == head_end and text.endswith(("the ", "The "), 0, head_start) \
                and (lone := tail_after(head_end)) is not None and lone[0] != "in":
            # a head right after "the" that the name goes on from: "the Committee to Protect Journalists",
            # "the Council on Foreign Relations" (not "the Council in Brussels")
            names = [(head_start, head_end, lex.name_heads[text[head_start:head_end]])]
        for name_start, name_end, kind in names:
            if name_end == tokens[-1][1] and (tail := tail_after(name_end)) is not None:
                name_end = tail[1]  # "Commission on Human Rights": the name goes on past "on"/"for"
            name = phrase(text, name_start, name_end)
            code = countries.get(name_start) or countries_by_end.get(name_end)  # "... of China"
            if code is None and text.startswith(("'s ", "’s "), name_start - 3):
                code = countries_by_end.get(name_start - 3)
            entry = OrgEntry(_actor_id(name), name, kind, code)
            found.append(entry.at(text, name_start, name_end, "organizations.name_pattern"))
    return found


def _tail_end(text: str, tokens: tuple[Any, ...]) -> int:
    """Where the words after a name's "for", "on" or "to" end: at "and the", which opens another name ("the
    Syrian Observatory for Human Rights and the Syrian Network …"), else with the run."""
    for i in range(1, len(tokens) - 1):
        if text[tokens[i][0]:tokens[i][1]] == "and" and text[tokens[i + 1][0]:tokens[i + 1][1]] in ("the", "The"):
            return int(tokens[i - 1][1])
    return int(tokens[-1][1])


#: A coalition named by the state that leads it, right after the state's name or demonym:
#: "the Saudi-led coalition", "a US-led military coalition", "the Russian-led alliance".
_LED_BY = re.compile(r"-led[ \u00a0]+(?:(?:military|international|multinational|western|Western|Arab)[ \u00a0]+)?"
                     r"(?P<noun>coalition|alliance|force|mission|bloc)(?![\w-])")


def _led_matches(text: str, places: list[PlaceMatch]) -> list[OrgMatch]:
    """ "the Saudi-led coalition struck": a coalition is an actor of its own, of the group kind,
    affiliated to the state that leads it."""
    found: list[OrgMatch] = []
    gaz = gazetteer()
    for place in places:
        match = _LED_BY.match(text, place.end) if place.country_code else None
        country = gaz.by_country.get(place.country_code or "") if match is not None else None
        if match is None or country is None:
            continue
        demonym = gaz.demonym(place.country_code) or country.name
        name = f"{demonym}-led {match['noun']}"
        entry = OrgEntry(_actor_id(name), name, "group", affiliation=_actor_id(country.name))
        found.append(entry.at(text, place.start, match.end(), "organizations.led_pattern"))
    return found


#: A capitalised word ending in "s": maybe the people of a country ("Brazilians", "Palestinians").
_PLURAL_NAME = re.compile(r"(?<![\w’'-])(?P<stem>[A-Z][a-z]+)s(?![\w’'-])")


def _population_matches(text: str, start: int, end: int) -> list[OrgMatch]:
    """ "Brazilians voted on Sunday", "thousands of Ukrainians fled": a demonym in the plural is the
    people of its country, a group actor of their own (not the state)."""
    found: list[OrgMatch] = []
    gaz = gazetteer()
    for match in _PLURAL_NAME.finditer(text, start, end):
        own = gaz.names.get(match.group(), ())
        if any(not e.is_demonym for e in own):
            continue  # "the Philippines", "the Bahamas": a place's own name
        entry = next((e for e in (*own, *gaz.names.get(match["stem"], ())) if e.is_demonym and e.country_code), None)
        country = gaz.by_country.get(entry.country_code or "") if entry is not None else None
        if entry is None or country is None:
            continue
        name = match.group()
        population = OrgEntry(_actor_id(name), name, "group", entry.country_code, affiliation=_actor_id(country.name))
        found.append(population.at(text, match.start(), match.end(), "organizations.population_pattern"))
    return found


#: A news agency named before its kind: "the semi-official Tasnim news agency", "the Fars News Agency".
_AGENCY_NAME = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]*(?:[ \u00a0][A-Z][\w’'-]*){0,2})[ \u00a0]+"
                          r"(?:news|News)[ \u00a0]+(?:agency|Agency)(?![\w-])")


def _agency_matches(text: str, start: int, end: int, lex: Lexicon) -> list[OrgMatch]:
    """ "the semi-official Tasnim news agency reported": a name before "news agency" is a news agency's
    (not a name the lexicon or the gazetteer knows: "Reuters", "Russian news agencies")."""
    found: list[OrgMatch] = []
    if text.find("ews agency", start, end) == -1 and text.find("ews Agency", start, end) == -1:
        return found
    names = gazetteer().names
    for match in _AGENCY_NAME.finditer(text, start, end):
        name, name_start = match["name"], match.start()
        owner, possessive, owned = name.replace("’", "'").rpartition("'s ")
        if possessive:  # "Iran's Fars News Agency": Iran's agency
            name, name_start = owned, match.start() + len(owner) + 3
        words = name.split()
        while words and words[0] in FUNCTION_WORDS:  # "The Fars News Agency"
            name_start += len(words[0]) + 1
            words.pop(0)
        name = " ".join(words)
        if not words or name in lex.heads or name in names or words[0] in names:
            continue
        country = next((entry.country_code for entry in names.get(owner, ()) if entry.location_kind == "country"),
                       None)
        entry = OrgEntry(_actor_id(f"{name} news agency"), f"{name} news agency", "media", country)
        found.append(entry.at(text, name_start, match.end(), "organizations.name_pattern"))
    return found


#: A name after the kind of organization it is: "the rights group OVD-Info", "rebel group M23", "the
#: monitoring group Airwars", "the opposition party Georgian Dream".
_KIND_THEN_NAME = re.compile(
    r"(?<![\w’'-])(?P<kind>(?:human[ \u00a0]+)?rights|monitoring|advocacy|watchdog|humanitarian|aid|relief|pressure|"
    r"campaign|activist|research|civic|rebel|militant|separatist|armed|insurgent|jihadist|paramilitary|opposition|"
    r"political)[ \u00a0]+(?P<noun>group|organi[sz]ation|movement|network|coalition|charity|monitor|party|militia)"
    r"[ \u00a0]+(?P<name>[A-Z][\w’'-]*(?:[ \u00a0](?:(?:of|for|to|the|and|on)[ \u00a0])?[A-Z0-9][\w’'-]*){0,4})")
#: A party's name between its stance or a determiner and a lower-case "party": "the ruling Georgian
#: Dream party", "the far-right Freedom party", "her Vente Venezuela party", "the Law and Justice party".
_STANCE_NAME_PARTY = re.compile(
    r"(?<![\w’'-])(?:ruling|governing|opposition|far-right|far-left|right-wing|left-wing|nationalist|centrist|"
    r"conservative|liberal|populist|pro-[A-Za-z]+|anti-[A-Za-z]+|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he)[ \u00a0]+"
    r"(?P<name>[A-Z][\w’'-]*(?:[ \u00a0](?:(?:and|of|for)[ \u00a0])?[A-Z][\w’'-]*){0,3})[ \u00a0]+party(?![\w-])(?![ \u00a0]+of[ \u00a0])")
_ARMED_KINDS = frozenset({"rebel", "militant", "separatist", "armed", "insurgent", "jihadist", "paramilitary"})


def _kind_named_matches(text: str, start: int, end: int, lex: Lexicon) -> list[tuple[OrgMatch, int]]:
    """ "Police detained 80 people, the rights group OVD-Info said": a name no lexicon knows, after the
    kind of organization it is, is that organization (armed, a party, or another group); each with
    where its kind starts (no actor of its own: "the opposition party Georgian Dream")."""
    found: list[tuple[OrgMatch, int]] = []
    if text.find(" group ", start, end) == -1 and text.find(" party", start, end) == -1 and not any(
            text.find(noun, start, end) != -1 for noun in ("rganis", "rganiz", " party ", "movement", " monitor ",
                                                           "network", "coalition", "charity", "militia")):
        return found
    names = gazetteer().names
    for match in _KIND_THEN_NAME.finditer(text, start, end):
        name = match["name"]
        if name in lex.heads or name in names or name in FUNCTION_WORDS:
            continue
        kind = match["kind"].lower()
        actor_kind = ("armed_group" if kind in _ARMED_KINDS or match["noun"] == "militia"
                      else "political_party" if match["noun"] in ("party", "movement") and kind in (
                          "opposition", "political") else "group")
        entry = OrgEntry(_actor_id(name), name, actor_kind)
        found.append((entry.at(text, match.start("name"), match.end("name"), "organizations.name_pattern"),
                      match.start()))
    if text.find(" party", start, end) != -1:
        for match in _STANCE_NAME_PARTY.finditer(text, start, end):
            name = match["name"]
            if name not in lex.heads and name not in names:
                entry = OrgEntry(_actor_id(name), name, "political_party")
                found.append((entry.at(text, match.start("name"), match.end("name"), "organizations.name_pattern"),
                              match.start("name")))
    return found


def _names_in_run(text: str, tokens: tuple[Any, ...], heads: dict[str, str],
                  known: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each name with a head noun in one run. "and" ends a name that has its head
    ("the Labour Party and the Communist Party of China" are two) and joins one that has none yet
    ("Trade and Industry Ministry") unless "the" follows it or what comes before is a name `known` already."""
    words = [text[token_start:token_end] for token_start, token_end, _ in tokens]
    names = []
    first, count = 0, len(tokens)
    while first < count:
        while first < count and (not tokens[first][2] or words[first] in FUNCTION_WORDS):
            first += 1
        head = None
        i = first + 1
        while i < count and not (head is not None and words[i] == "and"):
            if words[i] == "and" and (i + 1 < count and not tokens[i + 1][2]
                                      or known(phrase(text, tokens[first][0], tokens[i - 1][1]))):
                first = i + 1  # "Russia and Atlantic Alliance allies", "the OSCE and the State Department"
                while first < count and (not tokens[first][2] or words[first] in FUNCTION_WORDS):
                    first += 1
                i = first
            elif not tokens[i][2] and words[i] != "and" and head is None:
                first = i + 1  # "Officials of the Nigerian Ministry ...": a name opens after "of", "the"
                while first < count and (not tokens[first][2] or words[first] in FUNCTION_WORDS):
                    first += 1
                i = first
            elif tokens[i][2] and words[i] in heads:
                head = i
            elif tokens[i][2] and head is not None and i == head + 1:
                break  # "European Commission President": a title after the name
            i += 1
        if head is None:
            break
        name_end = tokens[head][1]
        j = head + 1  # "... of China", "... of the Interior": connectors, then capitalised words
        while j < i and not tokens[j][2]:
            j += 1
        if j > head + 1 and j < i:
            name_end = tokens[i - 1][1]
        names.append((tokens[first][0], name_end, heads[words[head]]))
        first = i + 1
    return names


# -- "the ministry": back to the latest organization named with that noun --------------------------
#: Nouns that stand for a state's armed forces however they were named ("Israeli troops ... the army").
_STATE_MILITARY_NOUNS = frozenset({"army", "military"})
#: Nouns that refer back to an armed group whatever its name: "the group", "the militia".
_ARMED_GROUP_NOUNS = frozenset({"group", "militia"})
#: Nouns that refer back to an organization of states whatever its name: "the alliance", "the bloc".
_BLOC_NOUNS = frozenset({"alliance", "bloc"})
#: Kinds of actor "the group" may stand for besides armed groups: one named after an armed group stops the look back.
_OTHER_GROUP_KINDS = frozenset({"intergovernmental_organization", "political_party", "group", "media"})


#: A capitalised word next, maybe after "the": "(of) the Interior", "(of) Burkina Faso".
_CAPITAL_AFTER = re.compile(r"[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")


def _back_references(text: str, start: int, end: int, named: list[OrgMatch], places: list[PlaceMatch],
                     lex: Lexicon, filed_in: str | None) -> list[OrgMatch]:
    """ "the Belarusian Ministry of Defense ... the ministry said": the noun stands for the latest
    organization before it whose words include it. With none, a state noun ("the army", "the
    government") is the body of the country the article is about up to there (`_home_country`); any
    other noun names nothing. A ministry named by its department: `_department_reference`."""
    found: list[OrgMatch] = []
    if not named and not places and not filed_in:
        return found
    starts = [match.start for match in named]
    for reference in lex.back_reference.finditer(text, start, end):
        noun_start, noun_end = reference.span("short") if reference["short"] else reference.span("noun")
        if reference["body"]:
            noun_start = reference.start("body")
        index = bisect.bisect_right(starts, noun_start) - 1
        if index >= 0 and named[index].end > noun_start:
            continue  # inside a name another rule found ("the Ministry of Defense", "the Belarusian Interior Ministry")
        if reference["short"]:
            ministry = _department_reference(text, reference, named[:index + 1], places, lex, filed_in)
            if ministry is not None:
                found.append(ministry)
            continue
        following = _NEXT_WORD.match(text, noun_end, end)
        if following and following.group(1) == "of" and _CAPITAL_AFTER.match(text, following.end(), end):
            continue  # "the ministry of Defense": a name of its own, not a reference back ("the army of launching" is)
        noun = lexicon_key(reference["noun"])
        if reference["field"]:  # "the central electoral commission": the body of the country, named so before or not
            noun = f"{reference['field']} {noun}"
        if noun == "military" and following and lexicon_key(following.group(1)) in lex.military_adjective_before:
            continue  # "the military juntas of Niger, Mali and Burkina Faso": an adjective, no armed forces
        for antecedent in reversed(named[:index + 1] if not reference["field"] else ()):
            if noun in _STATE_MILITARY_NOUNS and antecedent.actor_kind == "armed_group":
                continue  # "the National Liberation Army ... according to the army": a state's army, not the rebels
            if noun in _ARMED_GROUP_NOUNS and antecedent.actor_kind in _OTHER_GROUP_KINDS:
                break  # "separatists … NATO's expansion … of the group": the alliance named since, not the rebels
            if (noun in lexicon_key(antecedent.text).split() or noun in lexicon_key(antecedent.name).split()
                    or noun in _STATE_MILITARY_NOUNS and antecedent.actor_kind == "military_force"
                    and antecedent.country_code is not None
                    # "the RSF … a charge the group denied": an armed group named before
                    or noun in _ARMED_GROUP_NOUNS and antecedent.actor_kind == "armed_group"
                    # "NATO … The alliance also accused China", "ECOWAS … the bloc": the organization of states
                    or noun in _BLOC_NOUNS and antecedent.actor_kind == "intergovernmental_organization"):
                found.append(antecedent._replace(start=noun_start, end=noun_end, text=text[noun_start:noun_end],
                                                 rule="organizations.back_reference"))
                break
        else:
            spec = lex.state_nouns.get(noun)
            if (spec is None or "suffix" not in spec or spec.get("scope") == "named"
                    or text.startswith((" in ", "\u00a0in "), noun_end)):
                continue  # "the army in Poland", "the government in Lviv": where it is says whose it may be
            home = _home_country(text, places, noun_start, filed_in)[0]
            if home is not None:  # "Police detained 20 people, as the army launched …"
                body = _state_body(gazetteer().by_country[home].name, home, spec)
                found.append(body.at(text, noun_start, noun_end, "organizations.national_body"))
    return found


def _department_reference(text: str, reference: re.Match[str], named_before: list[OrgMatch],
                          places: list[PlaceMatch], lex: Lexicon, filed_in: str | None) -> OrgMatch | None:
    """ "the interior ministry said": the same ministry named before it, else the ministry of the
    country the article is about up to there (`_home_country`), as for "the army"; none without one."""
    words_start, noun_end = reference.start("short"), reference.end("noun")
    if text.startswith((" in ", "\u00a0in ", " of ", "\u00a0of "), noun_end):
        return None  # "the foreign ministry in Tokyo", "the interior ministry of Iraq": whose it is follows
    department = lex.departments[f"short:{lexicon_key(reference['short'])}"]
    antecedent = next((match for match in reversed(named_before)
                       if match.name.startswith(f"Ministry of {department} of ")), None)
    if antecedent is not None:
        return antecedent._replace(start=words_start, end=noun_end, text=text[words_start:noun_end],
                                   rule="organizations.back_reference")
    home = _home_country(text, places, words_start, filed_in)[0]
    if home is None:
        return None
    return _ministry(gazetteer().by_country[home].name, home, department).at(
        text, words_start, noun_end, "organizations.national_body")


#: Two to six capitals: an acronym, when no word character or hyphen is glued to either side (the
#: class first lets the regex engine skip ahead to capitals).
_CAPITALS = re.compile(r"[A-Z]{2,6}")


def _initialisms(text: str, start: int, end: int, named: list[OrgMatch]) -> list[OrgMatch]:
    """ "the paramilitary Rapid Support Forces ... the RSF attacked": an acronym no rule knows whose
    letters are the initials of an organization named before it is that organization."""
    by_initials: dict[str, OrgMatch] = {}
    for match in named:
        words = match.name.split()
        if len(words) > 1:
            by_initials.setdefault(_initials(words), match)
    if not by_initials:
        return []
    taken = [(match.start, match.end) for match in named]
    places = gazetteer().names  # "US", "UK", "DRC" stay places
    found = []
    for acronym in _CAPITALS.finditer(text, start, end):
        antecedent = by_initials.get(acronym.group())
        if antecedent is None or antecedent.end > acronym.start() or acronym.group() in places:
            continue
        before = text[acronym.start() - 1] if acronym.start() > start else " "
        after = text[acronym.end()] if acronym.end() < end else " "
        if (not (before.isalnum() or before in "_.-" or after.isalnum() or after in "_-")
                and not any(s <= acronym.start() < e for s, e in taken)):
            found.append(antecedent._replace(start=acronym.start(), end=acronym.end(), text=acronym.group(),
                                             rule="organizations.acronym"))
    return found


def _national_bodies(text: str, found: list[OrgMatch], places: list[PlaceMatch], lex: Lexicon,
                     filed_in: str | None) -> list[OrgMatch]:
    """ "Lawmakers in Peru … Congress voted": a bare name that fits a national body and is one country's
    in the lexicon ("Congress", the US Congress) is the body of the country the article is about up to
    there (`_home_country`), unless its own country is named before it too."""
    kept: list[OrgMatch] = []
    for match in found:
        entry = lex.heads.get(match.text) if match.rule == "organizations.lexicon" else None
        spec = lex.state_nouns.get(match.text.lower())
        if entry is None or not entry.generic or entry.country_code is None or spec is None:
            kept.append(match)
            continue
        home, named = _home_country(text, places, match.start, filed_in)
        if home is None or entry.country_code in named:
            kept.append(match)
            continue
        body = _state_body(gazetteer().by_country[home].name, home, spec)
        kept.append(body.at(text, match.start, match.end, "organizations.national_body"))
    return kept


def _home_country(text: str, places: list[PlaceMatch], position: int,
                  filed_in: str | None) -> tuple[str | None, set[str]]:
    """The country an article is about up to `position` (the one its places and its dateline name most
    often before it, the latest on a tie; None when they name none the gazetteer knows), and every
    country named before it."""
    counts: dict[str, tuple[int, int]] = {filed_in: (1, -1)} if filed_in else {}  # country → (times named
    # before the position, where last); the dateline comes first
    for place in places:
        if place.start >= position:
            break
        if place.country_code and not text.endswith(("pro-", "anti-", "Pro-", "Anti-"), 0, place.start):
            # ("pro-Russian parties" are no sign of where the article is)
            counts[place.country_code] = (counts.get(place.country_code, (0, 0))[0] + 1, place.start)
    home = max(counts, key=counts.__getitem__, default=None)
    return (home if home in gazetteer().by_country else None), set(counts)


def _without_overlaps(matches: list[OrgMatch]) -> list[OrgMatch]:
    kept: list[OrgMatch] = []
    for match in sorted(matches, key=lambda m: (m.start, -m.end)):
        if kept and match.start < kept[-1].end:
            continue
        kept.append(match)
    return kept


@lru_cache(maxsize=8)
def _find_organizations(text: str, start: int, end: int, filed_in: str | None) -> tuple[OrgMatch, ...]:
    lex = lexicon()
    places = find_places(text, start, end)
    local, definitions = _definitions(text, start, end, lex)
    found = definitions + _lexicon_matches(text, start, end, lex, local)
    found += _state_matches(text, start, end, places, lex)
    found += _seat_matches(text, start, places, lex)
    if text.find("-led ", start, end) != -1:
        found += _led_matches(text, places)
    found += _agency_matches(text, start, end, lex)  # before the names: "Fars News Agency" is no government body
    found += _population_matches(text, start, end)
    kind_named = _kind_named_matches(text, start, end, lex)
    found += (named for named, _ in kind_named)
    found += _named_matches(text, start, end, places, lex)
    found += _group_matches(text, start, end, {p.start: p for p in places}, lex, {m.end for m in found},
                            {m.start for m in found})
    kept = _without_overlaps(found)
    if kind_named:  # "the opposition party Georgian Dream": one actor, the party
        kinds = [(kind_start, named.start) for named, kind_start in kind_named]
        kept = [match for match in kept if not any(low <= match.start < high for low, high in kinds)]
    if places or filed_in:
        kept = _national_bodies(text, kept, places, lex, filed_in)
    references = _back_references(text, start, end, kept, places, lex, filed_in) + _initialisms(text, start, end, kept)
    return tuple(sorted(kept + references)) if references else tuple(kept)


def find_organizations(text: str, start: int = 0, end: int | None = None,
                       filed_in: str | None = None) -> list[OrgMatch]:
    """Organizations and collective actors named in text[start:end], in document order (bounds past
    the text are its end, as in slicing). `filed_in`: the country of the article's dateline, which
    counts towards the country it is about ("NIAMEY (Reuters) - … the junta")."""
    end = len(text) if end is None else min(end, len(text))
    return list(_find_organizations(text, min(start, end), end, filed_in))
