"""People named in news text, with the office and affiliation the text gives them.

Rules, all on the capitalised word runs shared with the place and organization rules:
- people.title_name: an office or honorific right before a name ("Deputy Defense Minister
  Alexander Fomin", "spokesman Dmitry Peskov", "Gen. Mark Milley"); the affiliation is the
  country, demonym or organization right before the title ("Russian Foreign Minister" → Russia,
  "NATO Secretary General" → NATO, "Kremlin spokesman" → the Russian government) or an
  "of <country>" right after the name;
- people.appositive: "his German counterpart, Annalena Baerbock" (a counterpart holds the office
  of the person named just before) and "Sergei Lavrov, Russia’s foreign minister";
- people.name_reporting: a bare two- to four-word name next to a reporting verb ("Olaf Scholz
  said"), never a place or organization (lower confidence);
- people.name_action: likewise a bare name right before a verb of political action, its subject
  ("Marine Le Pen criticised the deal");
- people.surname_reporting: one capitalised word no other rule reads, right before a reporting
  verb ("Zelensky said"; not "Officials said" or a word the text also writes in lower case), lower
  confidence still; it takes the full name the text gives later ("… President Volodymyr Zelensky");
- people.surname_backref / people.name_backref: a later surname-only or full-name mention
  linked to the person introduced earlier in the same text. Pronouns are not resolved.
A name is two to four capitalised words, with hyphens, initials and particles ("von der",
"de"); one word only for a known surname, after an honorific, or before a reporting verb.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from .. import ids
from .gazetteer import PlaceMatch, find_places
from .organizations import OrgMatch, find_organizations
from .tokens import (
    ARTICLES, FUNCTION_WORDS, NEVER, OFFICE_SUFFIXES, SOUTH_ASIAN_PARTICLES, Run, Token, capitalised_runs,
    is_sentence_initial, phrase, word_before,
)

TITLES_FILE = Path(__file__).with_name("people_titles.yaml")
#: Lower-case words that may sit inside a name ("Ursula von der Leyen", "Lula da Silva").
PARTICLES = (frozenset("von van der den de da do dos das del della di du la le bin ibn".split()) | frozenset(ARTICLES)
             | frozenset(SOUTH_ASIAN_PARTICLES))
MAX_NAME_WORDS = 4
#: How far back (characters) a counterpart's office is looked for.
COUNTERPART_WINDOW = 400
_SPACES = " \u00a0"
_NEXT_WORD = re.compile(r",?[ \u00a0]+([a-z]+)\b")


#: After a name, a phrase of place or time between it and its verb: " in Paris" (said), " of France",
#: " on Monday", " yesterday".
_ADJUNCT_AFTER_NAME = re.compile(r"[ \u00a0]+(?:(?:in|of|at|from)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w’'.-]*"
                                 r"(?:[ \u00a0]+[A-Z][\w’'.-]*){0,2}|on[ \u00a0]+(?:Monday|Tuesday|Wednesday|Thursday|"
                                 r"Friday|Saturday|Sunday)|yesterday|today|earlier|last[ \u00a0]+week)(?=[ \u00a0])")
#: After a name, "and" with the first word of the next: " and Chancellor" (Scholz met …).
_AND_NEXT = re.compile(r"[ \u00a0]+and[ \u00a0]+([A-Z][a-z]+)\b")

_actor_id = lru_cache(maxsize=4096)(ids.actor_id)


class PersonMatch(NamedTuple):
    """A person named at text[start:end] (the name only; the title has its own span)."""

    start: int
    end: int
    text: str
    name: str
    actor_id: str
    office: str | None
    affiliation: str | None
    country_code: str | None
    rule: str
    title_text: str | None = None
    title_start: int | None = None
    title_end: int | None = None


@dataclass
class Titles:
    offices: dict[str, str] = field(default_factory=dict)  # lower-case form → canonical office
    honorifics: frozenset[str] = frozenset()
    modifiers: dict[str, str] = field(default_factory=dict)  # lower-case modifier → as written in the office
    former: frozenset[str] = frozenset()
    role_nouns: frozenset[str] = frozenset()  # lower-case
    last_words: frozenset[str] = frozenset()  # last word of every title form, lower-case
    first_words: frozenset[str] = frozenset()  # first word of every title form and modifier, lower-case
    max_tokens: int = 1
    not_name: frozenset[str] = frozenset()
    reporting: frozenset[str] = frozenset()
    actions: frozenset[str] = frozenset()  # verbs of political action a bare name is the subject of
    #: an auxiliary and the verb after it ("will visit", "has met"): group 1 is the verb
    auxiliary_action: re.Pattern[str] = NEVER
    after_auxiliary: frozenset[str] = frozenset()  # the verbs' plain forms and `actions`, after an auxiliary
    single_name_offices: frozenset[str] = frozenset()  # canonical offices: "Pope Francis", "King Charles III"
    family_names_first: frozenset[str] = frozenset()  # "Kim Jong Un" is later "Kim"
    after_name: re.Pattern[str] = NEVER  # ", Russia’s foreign minister" after a name


@lru_cache(maxsize=8192)
def _key(text: str) -> str:
    """A title as looked up: lower case, hyphens as spaces, single spaces (cached: titles repeat)."""
    return " ".join(text.lower().replace("-", " ").split())


def _alternation(forms: Any) -> str:
    escaped = (re.escape(f).replace(r"\ ", r"[ \u00a0]+").replace(r"\-", r"[- ]") for f in forms)
    return "|".join(sorted(set(escaped), key=lambda f: (-len(f), f)))


@cache
def titles() -> Titles:
    data = yaml.safe_load(TITLES_FILE.read_text(encoding="utf-8"))
    found = Titles()
    found.offices = {_key(form): office for office, forms in data["offices"].items() for form in forms}
    found.honorifics = frozenset(_key(h) for h in data["honorifics"])
    found.modifiers = {_key(m): m for m in data["modifiers"]}
    found.former = frozenset(_key(m) for m in data["former_modifiers"])
    found.role_nouns = frozenset(_key(n) for n in data["role_nouns"])
    forms = [*found.offices, *found.honorifics, *found.role_nouns]
    found.last_words = frozenset(form.split()[-1] for form in forms)
    found.first_words = frozenset(form.split()[0] for form in [*forms, *found.modifiers, *found.former])
    found.max_tokens = max(len(form.split()) for form in forms) + 2  # room for modifiers
    title_words = {w for form in data["offices"].values() for f in form for w in f.replace("-", " ").split()
                   if w[:1].isupper()}
    found.not_name = frozenset(data["not_name_words"]) | title_words | {m.capitalize() for m in data["modifiers"]}
    found.reporting = frozenset(data["reporting_verbs"])
    found.actions = frozenset(data["action_verbs"])
    found.after_auxiliary = frozenset(data["action_base_forms"]) | found.actions
    found.auxiliary_action = re.compile(rf"[ \u00a0]+(?:{_alternation(data['action_auxiliaries'])})[ \u00a0]+([a-z]+)\b")
    found.single_name_offices = frozenset(data["single_name_offices"])
    found.family_names_first = frozenset(data["family_names_first"])
    modifier = _alternation([*data["modifiers"], *data["former_modifiers"]])
    title = _alternation([*data["offices"].keys(), *(f for fs in data["offices"].values() for f in fs),
                          *data["honorifics"], *data["role_nouns"]])
    found.after_name = re.compile(
        rf",[ \u00a0]+(?:(?:the|an?)[ \u00a0]+)?(?:(?:his|her|their)[ \u00a0]+)?"
        rf"(?:(?P<affiliation>[A-Z][\w.’'-]*(?:[ \u00a0][A-Z][\w.’'-]*)?)[ \u00a0]+)??"
        rf"(?P<title>(?i:(?:(?:{modifier})[ \u00a0]+)*(?:{title})))\b")
    return found


@dataclass
class _Context:
    """What one text's scan needs: the places and organizations found, by position."""

    text: str
    floor: int
    ceiling: int
    entities: list[PlaceMatch | OrgMatch]
    starts: list[int]
    by_end: dict[int, PlaceMatch | OrgMatch]
    known_surnames: dict[str, PersonMatch] = field(default_factory=dict)
    known_names: dict[str, PersonMatch] = field(default_factory=dict)
    people: list[PersonMatch] = field(default_factory=list)
    #: Where each one-word capitalised run stands: a surname named again alone ("Evo Morales …
    #: Morales, who faces …").
    alone_at: dict[str, list[int]] = field(default_factory=dict)

    def covered(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps a place or organization — except a city or region that
        is the surname of a person already named ("Luis Moreno ... Moreno said": not the town)."""
        index = bisect.bisect_right(self.starts, start) - 1
        if index >= 0 and self.entities[index].end > start:
            entity = self.entities[index]
        elif index + 1 < len(self.entities) and self.entities[index + 1].start < end:
            entity = self.entities[index + 1]
        else:
            return False
        if not isinstance(entity, PlaceMatch) or entity.location_kind == "country":
            return True
        if entity.start == start and entity.end == end and entity.text in self.known_surnames:
            return False
        if start > 3 and self.text[start - 2] == "." and self.text[start - 3].isupper() and self.text[start - 4] in " .":
            return False  # "George W. Bush", "K.P. Sharma Oli": a surname after an initial, not the town
        # "Mohammed Ghazi al-Jalali": a town's name glued to an article is the end of a surname
        hyphen = entity.start - 1
        return not (hyphen > 2 and self.text[hyphen] == "-" and self.text[hyphen - 3:hyphen].lstrip().lower() in ARTICLES
                    and self.text[hyphen - 3] == " ")

    def entity_before(self, position: int) -> PlaceMatch | OrgMatch | None:
        """The place or organization ending right before `position` ("Russian " / "Germany’s " /
        "NATO (North Atlantic Treaty Organization) ")."""
        text = self.text
        index = position
        while index > self.floor and text[index - 1] in _SPACES:
            index -= 1
        if text[index - 2:index] in ("’s", "'s"):
            index -= 2
        elif index > self.floor and text[index - 1] == ")":
            opening = text.rfind("(", self.floor, index)
            if opening > self.floor:
                index = opening
                while index > self.floor and text[index - 1] in _SPACES:
                    index -= 1
        return self.by_end.get(index)


def _affiliation(entity: PlaceMatch | OrgMatch | None) -> tuple[str | None, str | None]:
    if entity is None:
        return None, None
    if isinstance(entity, OrgMatch):
        return entity.actor_id, entity.country_code
    if entity.location_kind == "country":
        return _actor_id(entity.name), entity.country_code
    return None, entity.country_code  # "Kyiv Mayor": the city's country


def _name_tokens(text: str, tokens: tuple[Token, ...], first: int, found: Titles, context: _Context,
                 after_title: bool = False) -> int:
    """How many tokens from `first` form a name (particles included), 0 if none; after a title, "He"
    may be a surname ("Vice Premier He Lifeng")."""
    count = 0
    capitals = 0
    index = first
    while index < len(tokens) and capitals < MAX_NAME_WORDS:
        token = tokens[index]
        word = text[token[0]:token[1]]
        if not token[2]:
            if word in PARTICLES and capitals and _particles_then_capital(text, tokens, index):
                index += 1
                continue
            break
        initial = (len(word) == 2 and word[1] == "." or _DOTTED_INITIALS.fullmatch(word) is not None
                   or index == first and _initials_before_name(text, tokens, index, found))
        if (word in found.not_name and not (after_title and _surname_he(text, tokens, index))
                or word.isupper() and len(word) > 1 and not initial or context.covered(token[0], token[1])):
            break
        capitals += 1
        index += 1
        count = index - first
    return count


#: Given names written as dotted initials: "K.P." (Sharma Oli), "A.B." (a country's "U.S." is a place first).
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def _surname_he(text: str, tokens: tuple[Token, ...], index: int) -> bool:
    """Whether token `index` is "He" as a surname, next to another word of the name inside a sentence:
    "Vice Premier He Lifeng", "Liu He" (the pronoun is capitalised only where a sentence opens)."""
    start = tokens[index][0]
    if text[start:tokens[index][1]] != "He" or start < 2 or text[start - 1] != " " or not text[start - 2].isalpha():
        return False
    return (index + 1 < len(tokens) and tokens[index + 1][2]) or (index > 0 and tokens[index - 1][2])


def _initials_before_name(text: str, tokens: tuple[Token, ...], index: int, found: Titles) -> bool:
    """Whether token `index` is a given name written as two capitals, before a surname: "JD Vance",
    "AJ Cole" (not "UN Secretary-General" or "EU Commission": those words are no names)."""
    word = text[tokens[index][0]:tokens[index][1]]
    if len(word) != 2 or not word.isalpha() or not word.isupper() or index + 1 >= len(tokens):
        return False
    after_start, after_end, capitalised = tokens[index + 1]
    after = text[after_start:after_end]
    return capitalised and not after.isupper() and after not in found.not_name and text[tokens[index][1]] == " "


def _particles_then_capital(text: str, tokens: tuple[Token, ...], index: int) -> bool:
    """"von der Leyen": particles continue a name only when a capitalised word follows them."""
    while index < len(tokens) and not tokens[index][2]:
        if text[tokens[index][0]:tokens[index][1]] not in PARTICLES:
            return False
        index += 1
    return index < len(tokens)


def _is_title_word(found: Titles, key: str) -> str | None:
    return found.offices.get(key) or ("" if key in found.honorifics else None)


#: A regnal number after a monarch's or pope's name: "III", "XVI".
_REGNAL = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")


def _person(context: _Context, start: int, end: int, rule: str, office: str | None = None,
            affiliation: str | None = None, country_code: str | None = None,
            title: tuple[int, int] | None = None) -> PersonMatch:
    """Record a person; a name or surname seen before keeps that person's id and fills the gaps."""
    text = context.text
    syllable = _GIVEN_NAME_SYLLABLE.match(text, end) if text.startswith("-", end) else None
    if syllable is not None and " " in text[start:end]:
        end = syllable.end()  # "Lai Ching-te", "Moon Jae-in": a given name written family name first
    name = phrase(text, start, end)
    known = context.known_names.get(name)
    if known is None:
        known = context.known_surnames.get(name)
    if known is not None:
        actor_id, full_name = known.actor_id, known.name
        office = office or known.office
        affiliation = affiliation or known.affiliation
        country_code = country_code or known.country_code
    else:
        actor_id, full_name = _actor_id(name), name
    title_text = text[title[0]:title[1]] if title else None
    person = PersonMatch(start, end, text[start:end], full_name, actor_id, office or None, affiliation, country_code,
                         rule, title_text, *(title or (None, None)))
    if " " in full_name and full_name not in context.known_names:
        context.known_names[full_name] = person
        words = full_name.split()
        surname = words[-2] if _REGNAL.fullmatch(words[-1]) else words[-1]  # "Charles III" is later "Charles"
        context.known_surnames.setdefault(surname, person)
        article, _, bare = surname.partition("-")
        if bare and article in ARTICLES:  # "Bashar al-Assad" is later "Assad"
            context.known_surnames.setdefault(bare, person)
        if words[0] in titles().family_names_first or syllable is not None:  # "Kim Jong Un" is later "Kim"
            context.known_surnames.setdefault(words[0], person)
        for word in words[1:-1]:  # "Luiz Inacio Lula da Silva" is later "Lula"
            if word[:1].isupper() and word.lower() not in PARTICLES and not _REGNAL.fullmatch(word):
                context.known_surnames.setdefault(word, person)
        particle = next((k for k in range(1, len(words) - 1) if words[k].lower() in PARTICLES), None)
        if particle is not None:  # "Marine Le Pen" is later "Le Pen", "Ursula von der Leyen" "von der Leyen"
            context.known_surnames.setdefault(" ".join(words[particle:]), person)
    context.people.append(person)
    return person


#: The lower-case syllable after a hyphen that ends a given name written after the family name
#: ("Ching-te", "Jae-myung"), not an English word that makes the name a modifier ("Kim-led", "Xi-era").
_GIVEN_NAME_SYLLABLE = re.compile(r"-(?!(?:based|backed|led|born|run|era|made|owned|held|style|wide|like|free|type|"
                                  r"elect|level|scale|class|sized|only|old|year|linked|ruled|bound|aged)(?![\w-]))"
                                  r"[a-z]{1,5}(?![\w-])")


def _reporting_next(text: str, end: int, found: Titles) -> bool:
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1) in found.reporting


def _action_next(text: str, end: int, found: Titles) -> bool:
    """Whether a verb of political action follows the name directly, or after an auxiliary, with no
    comma: its subject."""
    after = _NEXT_WORD.match(text, end)
    if after is None or after.group().startswith(","):
        return False
    if after.group(1) in found.actions:
        return True
    auxiliary = found.auxiliary_action.match(text, end)  # "Ann Lee will visit Paris", "Ruiz has met Duda"
    return auxiliary is not None and auxiliary.group(1) in found.after_auxiliary


def _subject_next(text: str, end: int, found: Titles) -> bool:
    """Whether the name ending at `end` is a subject: a reporting or action verb follows it, directly,
    after a phrase of place or time ("President Macron in Paris said"), or after "and" and another
    title ("President Macron and Chancellor Scholz met")."""
    if _reporting_next(text, end, found) or _action_next(text, end, found):
        return True
    adjunct = _ADJUNCT_AFTER_NAME.match(text, end)
    if adjunct is not None:
        return _reporting_next(text, adjunct.end(), found) or _action_next(text, adjunct.end(), found)
    partner = _AND_NEXT.match(text, end)
    return partner is not None and partner.group(1).lower() in found.first_words


def _scan_titles(run: Run, context: _Context, found: Titles) -> set[int]:
    """Title + name inside one run; returns the indexes of the tokens used."""
    text = context.text
    tokens = run[2]
    used: set[int] = set()
    first_words = found.first_words
    i = 0
    while i < len(tokens):
        token = tokens[i]
        # The test _title_at starts with, without the call: most words begin no title.
        if not token[2] or text[token[0]:token[1]].lower() not in first_words:
            i += 1
            continue
        title = _title_at(text, tokens, i, found)
        if title is None:
            i += 1
            continue
        title_end_index, office, former = title
        office_end_index = title_end_index
        while title_end_index + 1 < len(tokens) and _key(
                text[tokens[title_end_index + 1][0]:tokens[title_end_index + 1][1]]) in found.honorifics:
            title_end_index += 1  # "Supreme Leader Ayatollah Ali Khamenei"
        honored = title_end_index > office_end_index  # "Prime Minister Sheikh Hasina": a surname alone is a name
        first = title_end_index + 1
        size = _name_tokens(text, tokens, first, found, context, after_title=True)
        if not size:
            i = first
            continue
        reigning = office in found.single_name_offices
        if reigning and first + size < len(tokens) and _REGNAL.fullmatch(
                text, tokens[first + size][0], tokens[first + size][1]):
            size += 1  # "King Charles III"
        name_start, name_end = tokens[first][0], tokens[first + size - 1][1]
        single = size == 1
        name = text[name_start:name_end]
        if single and not (reigning or honored or name in context.known_surnames or office == ""
                           or _subject_next(text, name_end, found) or text.startswith(("'s ", "’s "), name_end)):
            i = first + size
            continue
        title_start = tokens[i][0]
        if i == 0 and word_before(text, title_start, context.floor).rstrip("-") in found.former:
            former = True  # "former President Ivo Lind", "ex-President"
        elif any(_key(text[t[0]:t[1]]) in found.former for t in tokens[max(0, i - 2):i]):
            former = True  # "Former U.S. President Barack Obama": the run opens with it
        affiliation: str | None
        country: str | None
        affiliation, country = _affiliation(context.entity_before(title_start))
        if affiliation is None:
            affiliation, country = _affiliation_after(context, name_end) or (affiliation, country)
        rule = "people.surname_backref" if single and name in context.known_surnames else "people.title_name"
        person = _person(context, name_start, name_end, rule, None if former else office or None, affiliation,
                         country, (title_start, tokens[title_end_index][1]))
        if single and (reigning or honored):
            context.known_surnames.setdefault(name, person)  # "Pope Francis ... Francis said", "Sheikh Hasina … Hasina"
        used.update(range(i, first + size))
        i = first + size
    return used


def _affiliation_after(context: _Context, name_end: int) -> tuple[str | None, str | None] | None:
    """"President Emmanuel Macron of France"."""
    text = context.text
    if not text.startswith(" of ", name_end):
        return None
    entity = context.by_end.get(_entity_end_from(context, name_end + 4))
    if entity is not None and isinstance(entity, PlaceMatch) and entity.location_kind == "country":
        return _affiliation(entity)
    return None


def _entity_end_from(context: _Context, start: int) -> int:
    index = bisect.bisect_left(context.starts, start)
    if index < len(context.entities) and context.entities[index].start == start:
        return context.entities[index].end
    return -1


def _title_at(text: str, tokens: tuple[Token, ...], i: int, found: Titles) -> tuple[int, str, bool] | None:
    """(index of the title's last token, canonical office or '' for an honorific, former?) at token i:
    the longest title, after any modifiers ("Deputy", "former") that are not part of one."""
    former = False
    modifiers: list[str] = []
    start = i
    while start < len(tokens) and tokens[start][2]:
        word = text[tokens[start][0]:tokens[start][1]].lower()
        if word not in found.first_words:
            return None
        for j in range(min(len(tokens), start + found.max_tokens) - 1, start - 1, -1):
            if not tokens[j][2]:
                continue
            office = _is_title_word(found, _key(text[tokens[start][0]:tokens[j][1]]))
            if office is not None:
                if office and modifiers:
                    office = " ".join([*modifiers, office])
                if (j + 1 < len(tokens) and not tokens[j + 1][2] and text.startswith("-", tokens[j][1])
                        and (suffix := text[tokens[j + 1][0]:tokens[j + 1][1]].lower()) in OFFICE_SUFFIXES):
                    j += 1  # "President-elect", "Prime Minister-designate": the office to come
                    office = f"{office}-{suffix}" if office else office
                return j, office, former
        if word in found.former:
            former = True
        elif word in found.modifiers:
            modifiers.append(found.modifiers[word])
        else:
            return None
        start += 1
    return None


class _TitleBefore(NamedTuple):
    start: int
    end: int
    office: str | None
    is_role_noun: bool
    comma: bool


#: After a title and before the comma of an appositive name, where or for whom it is held: " for Sudan",
#: " to Lebanon", " to the United Nations".
_TITLE_TAIL = re.compile(r"[ \u00a0]+(?:for|to|in|at|on)[ \u00a0]+(?:the[ \u00a0]+)?(?:[A-Z][\w.’'-]*[ \u00a0]+){0,3}"
                         r"[A-Z][\w.’'-]*\Z")


def _lowercase_title_before(context: _Context, run_start: int, found: Titles) -> _TitleBefore | None:
    """"spokesman Dmitry Peskov", "his German counterpart, Annalena Baerbock": a title outside the
    run, found by looking up ever longer word sequences before it (longest wins)."""
    text = context.text
    index = run_start
    while index > context.floor and text[index - 1] in _SPACES:
        index -= 1
    comma = index > context.floor and text[index - 1] == ","
    title_end = index - 1 if comma else index
    limit = max(context.floor, title_end - 70)
    if comma and (tail := _TITLE_TAIL.search(text, limit, title_end)) is not None:
        title_end = tail.start()  # "the U.S. special envoy for Sudan, Tom Perriello": the title before "for"
    if text[text.rfind(" ", limit, title_end) + 1:title_end].lower() not in found.last_words:
        return None  # the cheap test first
    best = None
    position = title_end
    for _ in range(found.max_tokens):
        space = text.rfind(" ", limit, position)
        title_start = space + 1 if space != -1 else limit
        key = _key(text[title_start:title_end])
        if key in found.role_nouns:
            best = _TitleBefore(title_start, title_end, None, True, comma)
        elif key in found.honorifics:
            best = _TitleBefore(title_start, title_end, None, False, comma)
        else:
            office, former = _office_of(found, key)
            if office:
                best = _TitleBefore(title_start, title_end, None if former else office, False, comma)
        if space == -1:
            break
        position = space
    return best


def _office_of(found: Titles, title: str) -> tuple[str | None, bool]:
    """Canonical office of a written title ("Deputy Defence Minister" → "Deputy Defense Minister")."""
    words = _key(title).split()
    former = False
    modifiers = []
    while words and (words[0] in found.former or words[0] in found.modifiers and " ".join(words) not in found.offices):
        if words[0] in found.former:
            former = True
        else:
            modifiers.append(found.modifiers[words[0]])
        words.pop(0)
    office = found.offices.get(" ".join(words))
    if office and modifiers:
        office = " ".join([*modifiers, office])
    return office, former


def _scan_names(run: Run, used: set[int], context: _Context, found: Titles) -> None:
    """Names not introduced by a title inside the run: lower-case titles, appositives, reporting
    verbs and back-references."""
    text = context.text
    tokens = run[2]
    i = 0
    while i < len(tokens):
        if i in used or not tokens[i][2]:
            i += 1
            continue
        size = _name_tokens(text, tokens, i, found, context)
        size = next((k - i for k in range(i, i + size) if k in used), size)  # a titled name ends it
        if not size:
            i += 1
            continue
        start, end = tokens[i][0], tokens[i + size - 1][1]
        capitals = sum(1 for t in tokens[i:i + size] if t[2])
        name = phrase(text, start, end)
        glued = i + size < len(tokens) and tokens[i + size][2] and (i + size) not in used
        if glued and size == 1:  # part of a longer capitalised phrase we do not understand
            i += 1
            continue
        # "Lai Ching-te won": the verb comes after a given name's last syllable
        syllable = _GIVEN_NAME_SYLLABLE.match(text, end) if capitals >= 2 and text.startswith("-", end) else None
        verb_from = syllable.end() if syllable is not None else end
        before = _lowercase_title_before(context, start, found) if i == 0 else None
        if before is not None and (capitals >= 2 or name in context.known_surnames
                                   or _reporting_next(text, end, found)):
            _titled_from_before(context, before, start, end, found)
        elif capitals >= 2 and (appositive := found.after_name.match(text, end, context.ceiling)):
            _appositive_after(context, appositive, start, end, found)
        elif name in context.known_names or name in context.known_surnames:
            _person(context, start, end,
                    "people.name_backref" if name in context.known_names else "people.surname_backref")
        elif capitals >= 2 and not glued and (_reporting_next(text, verb_from, found)
                                              or _reporting_before(context, start, found)):
            _person(context, start, end, "people.name_reporting")
        elif size == 1 and not glued and len(tokens) == 1 and _bare_surname(context, start, end, found):
            # "Zelensky said": a surname alone (lower confidence), which later mentions of it take up
            context.known_surnames.setdefault(name, _person(context, start, end, "people.surname_reporting"))
        elif capitals >= 2 and not glued and _action_next(text, verb_from, found):
            _person(context, start, end, "people.name_action")
        elif (2 <= capitals == size <= 3 and not glued
              and any(at > end for at in context.alone_at.get(text[tokens[i + size - 1][0]:end], ()))):
            # "under Evo Morales and his successor … Morales, who faces": a full name, then its last word alone
            _person(context, start, end, "people.name_repeated")
        i += size


#: Capitalised words before a reporting verb that name no one: pronouns and the calendar.
_NO_SURNAMES = frozenset(
    "He She It They We You His Her Its Their Our One Everyone Nobody Someone Others Neither Either Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday January February March April May June July August September "
    "October November December".split()) | FUNCTION_WORDS


def _bare_surname(context: _Context, start: int, end: int, found: Titles) -> bool:
    """ "Zelensky said": one capitalised word no other rule reads, right before a reporting verb, is
    a person's surname; not a plural opening its sentence ("Officials said"), a word the text also
    writes in lower case ("Witnesses said … the witnesses"), a pronoun, a day or a month."""
    text = context.text
    if text[end:end + 1] not in _SPACES or not _reporting_next(text, end, found):
        return False  # (not before a comma: "the island of Capri, urged"); most words have no reporting verb next
    word = text[start:end]
    if len(word) < 3 or not word[1:].isalpha() or not word[1:].islower() or word in _NO_SURNAMES or word in found.not_name:
        return False
    if word.endswith("s") and is_sentence_initial(text, start, context.floor):
        return False
    lower = word.lower()
    at = text.find(lower, context.floor, context.ceiling)
    while at != -1:
        if not text[at - 1:at].isalpha() and not text[at + len(lower):at + len(lower) + 1].isalpha():
            return False
        at = text.find(lower, at + 1, context.ceiling)
    return True


def _single_word_candidate(context: _Context, run: Run, found: Titles) -> bool:
    """A one-word run is a person only as a known surname, right after a lower-case title, or as a
    bare surname before a reporting verb."""
    text = context.text
    start = run[0]
    if text[start:run[1]] in context.known_surnames:
        return True
    if _bare_surname(context, start, run[1], found) and not context.covered(start, run[1]):
        return True
    if start - 1 <= context.floor or text[start - 1] != " ":
        return False
    previous = text[text.rfind(" ", context.floor, start - 1) + 1:start - 1].lower()
    return previous.rstrip(",") in found.last_words


def _reporting_before(context: _Context, start: int, found: Titles) -> bool:
    text = context.text
    index = start
    while index > context.floor and text[index - 1] in _SPACES:
        index -= 1
    word_end = index
    while index > context.floor and text[index - 1].isalpha():
        index -= 1
    return text[index:word_end] in found.reporting and word_end < start


def _titled_from_before(context: _Context, before: _TitleBefore, start: int, end: int, found: Titles) -> None:
    title_start, title_end = before.start, before.end
    affiliation, country = _affiliation(context.entity_before(title_start))
    if before.is_role_noun:  # a counterpart holds the office of the one just named
        office = next((p.office for p in reversed(context.people)
                       if p.office and p.end > start - COUNTERPART_WINDOW), None)
        rule = "people.appositive"
    else:
        office = before.office
        rule = "people.appositive" if before.comma else "people.title_name"
    name = phrase(context.text, start, end)
    if " " not in name and name in context.known_surnames:
        rule = "people.surname_backref"
    _person(context, start, end, rule, office, affiliation, country, (title_start, title_end))


def _appositive_after(context: _Context, match: re.Match[str], start: int, end: int, found: Titles) -> None:
    """"Sergei Lavrov, Russia’s foreign minister" / "Ana Costa, the Brazilian president"."""
    affiliation = country = None
    if match["affiliation"]:
        entity = context.by_end.get(_entity_end_from(context, match.start("affiliation")))
        affiliation, country = _affiliation(entity)
    if match["title"].split()[-1].lower() in found.role_nouns:
        return
    office, former = _office_of(found, match["title"])
    _person(context, start, end, "people.appositive", None if former else office, affiliation, country,
            (match.start("title"), match.end("title")))


def find_people(text: str, start: int = 0, end: int | None = None, places: list[PlaceMatch] | None = None,
                orgs: list[OrgMatch] | None = None) -> list[PersonMatch]:
    """People named in text[start:end], in document order. `places` and `orgs` default to what the
    gazetteer and organization rules find in the same span."""
    end = len(text) if end is None else end
    found = titles()
    places = find_places(text, start, end) if places is None else places
    orgs = find_organizations(text, start, end) if orgs is None else orgs
    # Organizations win over places on the same words ("Russian soldiers" over "Russian").
    ranked: list[tuple[int, int, int, PlaceMatch | OrgMatch]] = [
        *((o.start, -o.end, 0, o) for o in orgs), *((p.start, -p.end, 1, p) for p in places)]
    entities = _without_overlaps(sorted(ranked, key=lambda item: item[:3]))
    context = _Context(text, start, end, entities, [e.start for e in entities], {e.end: e for e in entities})
    runs = capitalised_runs(text, start, end)
    for run in runs:
        if len(run[2]) == 1:
            context.alone_at.setdefault(text[run[0]:run[1]], []).append(run[0])
    for run in runs:
        if len(run[2]) == 1:
            if not _single_word_candidate(context, run, found):
                continue
            used = set()
        else:
            used = _scan_titles(run, context, found)
        _scan_names(run, used, context, found)
    return sorted(_with_full_names(context), key=lambda p: p.start)


def _with_full_names(context: _Context) -> list[PersonMatch]:
    """The people found, a surname first met alone ("Haddad said …") taking the full name the text
    gives it later ("… Foreign Minister Omar Haddad"), and every mention of it after that."""
    bare = {p.actor_id for p in context.people if p.rule == "people.surname_reporting"}
    if not bare:
        return context.people
    full: dict[str, PersonMatch] = {}
    for person in context.people:
        surname = person.name.split()[-1]
        if " " in person.name and _actor_id(surname) in bare:
            full.setdefault(_actor_id(surname), person)
    return [person._replace(name=named.name, actor_id=named.actor_id, office=person.office or named.office,
                            affiliation=person.affiliation or named.affiliation,
                            country_code=person.country_code or named.country_code)
            if person.actor_id in full and (named := full[person.actor_id]) is not person else person
            for person in context.people]


def _without_overlaps(items: list[tuple[int, int, int, PlaceMatch | OrgMatch]]) -> list[PlaceMatch | OrgMatch]:
    kept: list[PlaceMatch | OrgMatch] = []
    for *_, entity in items:
        if kept and entity.start < kept[-1].end:
            continue
        kept.append(entity)
    return kept
