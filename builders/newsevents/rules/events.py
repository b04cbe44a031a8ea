"""Event rule: triggers from a lexicon, then status, attribution, participants, places, dates and
quantities attached from the same sentence.

It works on what the other rules found (entity mentions, time expressions, quantities) and on
sentence boundaries; it never re-reads the text for entities. Heuristics, kept general:
- a reporting word ("said", "according to"; not one inside a name: "the United States") attributes
  the other events of its sentence to the actor next to it, and becomes a statement event only when
  the sentence names no other event;
- status comes from cue words shortly before the trigger in the same clause ("will" → planned,
  "denies" → denied, "claimed" → claimed), else from the verb right after a noun trigger ("The
  talks will", "The protests continue"), else from the date (after publication → planned, "until"
  a day to come → ongoing); a trigger in the past tense ("spoke", "attacked", not "will be
  deployed") is never planned, and a day still to come does not date it;
- an actor before the trigger is its initiator, one after it its target, the speaker its source;
  only the actors of the trigger's own coordinated clause initiate it when it names one ("…, while
  Merkel urged"); a predicate coordinated with no subject of its own ("met Duda and discussed")
  or a purpose after "for" ("will visit Peru for talks") has the initiators of the one before; a
  demonym right before it is its only initiator ("an Israeli raid"); a subject pronoun right
  before it stands for the person it refers back to ("He met Duda"), "they" for the
  latest group named ("Police said they detained"), "it" after an organization's or a state's
  reporting word for that speaker ("The army said it had retaken");
- a country right after "in"/"at"/"near" is a setting, not an actor; a capital acts as its
  government only where no preposition makes it a place ("Warsaw has deployed");
- the nearest time phrase dates a trigger; an unresolved nearest one leaves it undated;
- a noun trigger right after a verb trigger of another type ("announced these exercises", "to
  discuss the war") is what the verb acts on: the verb's subject does not initiate it, and a time
  phrase before the verb does not date it;
- a place after "in"/"at" is where it happens, after "to"/"for"/"towards" its destination, after
  "from" its origin, after "on"/"along" + border its surroundings, otherwise its subject; but a
  country with no such preposition that is the event's initiator or target is a party to it, not
  a place ("Russia invited Ukraine": two actors, no place).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import string
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Sequence

import yaml

from .quantities import Quantity
from .sentences import Sentence
from .temporal import TimeExpression
from .tokens import ASCII_TWINS, lexicon_key, word_trie

LEXICON_FILE = Path(__file__).with_name("event_triggers.yaml")
#: How many words may stand between a verb and the object it names an event with ("launched 35
#: armed drones", "will withdraw up to 1,100 U.S. troops"; numbers with commas and abbreviations
#: count as one word).
_OBJECT_GAP_WORDS = 5
#: Nouns after which an object noun only modifies another: "drone pilots", "missile defences".
_OBJECT_MODIFIES = ["pilot", "pilots", "defence", "defense", "defences", "defenses", "launcher", "launchers", "system",
                    "systems", "program", "programs", "programme", "programmes", "factory", "factories", "plant",
                    "plants", "production", "technology", "industry", "maker", "makers", "operator", "operators",
                    "parts", "components", "test", "tests", "camp", "camps"]
#: Words that end the verb's object, so no object noun after them counts: "launched an inquiry into drones"
#: ("to" too, but not in "up to").
_GAP_STOPS = ["into", "on", "at", "in", "against", "for", "from", "with", "by", "after", "and", "or", "that",
              "which", "who", "as", "over", "about"]
#: How far before a trigger its status cues are looked for (characters, same clause).
CUE_WINDOW = 90
#: Between an accusing verb and what it accuses of: "accused Poland, Ukraine and NATO of ".
_ACCUSED_OF = re.compile(r"[^.;:]{0,80}?(?<![\w-])of\s+")
#: A position an actor takes of itself in the present tense, still held at publication: "considers
#: itself a victim of", "declares itself threatened by", "sees itself as the target of".
_STANDING_POSITION = re.compile(r"(?<![\w-])(?:considers|consider|declares|declare|sees|see|regards|regard|feels|"
                                r"feel|believes|believe)\s+(?:itself|themselves|himself|herself)\s+"
                                r"(?:as\s+)?(?:(?:a|an|the)\s+)?\Z", re.I)
#: Right before a verb in the present perfect: "has deployed", "have already massed".
_PERFECT_BEFORE = re.compile(r"(?<![\w-])(?:has|have)\s+(?:(?:also|already|now)\s+)?\Z", re.I)
#: Event types whose present perfect reports a state still in force at publication: troops that
#: "have been deployed" or that a state "has concentrated" are still there.
_STANDING_TYPES = frozenset({"mobilize_forces"})
#: How far before a trigger a negation is looked for ("had not formally been ").
_NEGATION_WINDOW = 40
# ";", ":", quotes, "(", or ", but" / ", and" / ...: one class of first characters first, so the
# regex engine skips quickly to them, then a lookbehind tells a comma (which needs its word) apart.
_CLAUSE_BREAK = re.compile(r"[,;:“”\"(](?:(?<=,)\s(?:but|and|while|as|which|who|where)\b|(?<!,))")
#: Where a coordinated clause with a subject of its own may begin ("…, while Merkel urged"); not
#: relative clauses (", which …"), whose sentence goes on with the subject before them.
_COORDINATION = re.compile(r";|,\s(?:but|and|while|whereas|where)\b")
#: A predicate coordinated with the one before it, with no subject of its own: "met Duda and discussed".
_SHARED_SUBJECT = re.compile(
    r"(?<![\w-])and\s+(?:(?:also|then|later|later on|subsequently|immediately|jointly)\s+)?\Z", re.I)
#: What may stand between a reporting word and the speaker after it: "said the ministry", "said
#: Foreign Minister Ruiz", "according to a statement by the army"; not "said it would appeal to X".
_SPEAKER_GAP = re.compile(r"(?:[\s\u00a0]+|(?:the|a|an|of|by|to|from|statement|statements|spokesman|spokeswoman|"
                          r"spokesperson|[A-Z][\w.’'-]*)(?![\w-]))*")
#: A participle after these is passive or perfect ("will be deployed", "will have met"), not a past tense.
_AUXILIARY_BEFORE = re.compile(r"(?<![\w-])(?:be|been|being|have|has|had)\s+(?:\w+ly\s+)?\Z", re.I)
#: Between a verb and the noun trigger it acts on: "announced these maneuvers", "discussed the war".
_OBJECT_GAP = re.compile(
    r"\s+(?:(?:the|a|an|these|this|that|those|its|their|his|her|new|further|more|possible|any)\s+)+")
#: Before a verb in its base form: "to discuss", "will discuss".
_MODALS = "will|would|could|can|may|might|must|shall|should"
_VERB_BEFORE = re.compile(rf"(?<![\w-])(?:to|{_MODALS}|did|not)\s+\Z", re.I)
#: Irregular past tenses of verbs that report political events (regular ones end in -ed).
_IRREGULAR_PAST = frozenset(
    "met spoke held took sent fought struck shot led won lost left began broke brought made gave told said went came "
    "fled beat sought drove flew overthrew withdrew undertook caught chose fell hid kept knew laid ran saw shook "
    "swore taught tore wrote sat stood threw bore bit forbade froze rang rose sank slew stole stuck swept".split())
#: The purpose of the trigger before: "will travel to Cairo for talks" (who travels holds the talks).
_PURPOSE = re.compile(r"(?<![\w-])for\s+(?:(?:further|new|more|fresh|direct|joint)\s+)?\Z", re.I)
_MILITARY_NOUNS = re.compile(
    rf"\b(?:{word_trie('troops soldiers forces tanks equipment vehicles units army armies military'.split())})\b", re.I)
#: "he said", "his office said", "her spokeswoman told": a person speaking, or someone speaking for them.
_PRONOUN_SPEAKER = re.compile(r"(?<![\w-])(?:he|she|(?:his|her)\s+(?:office|spokesman|spokeswoman|spokesperson|"
                              r"press\s+secretary|aides?|campaign|lawyers?|family))\s*\Z", re.I)
_HE_OR_SHE = re.compile(r"(?<![\w-])(?:he|she)\s", re.I)
#: "He met", "she will also visit": a subject pronoun with at most three auxiliaries or adverbs before a trigger.
_AUXILIARIES = (rf"(?:(?:{_MODALS}|has|have|had|is|was|are|were|did|does|do|"
                r"also|then|later|again|not|never|reportedly|already|briefly|first|finally|once)\s+){0,3}\Z")
#: Between a subject and its verb: "Chile condemned", "Chile has also condemned".
_SUBJECT_GAP = re.compile(rf"\s+{_AUXILIARIES}")
_PRONOUN_SUBJECT = re.compile(rf"(?<![\w-])(?:he|she)\s+{_AUXILIARIES}", re.I)
#: "Police said they detained": "they" before a trigger, standing for a group named before it.
_THEY_SUBJECT = re.compile(rf"(?<![\w-])they\s+{_AUXILIARIES}", re.I)
_THEY = re.compile(r"(?<![\w-])they\s", re.I)
#: "The army said it had retaken": "it" before a trigger, after the reporting word of a speaker that is no person.
_IT_SUBJECT = re.compile(rf"(?<![\w-])it\s+{_AUXILIARIES}", re.I)
#: Rules whose actors are plural groups "they" can stand for: "protesters", "police", "rebels", "troops".
_GROUP_RULES = frozenset({"organizations.group_pattern", "organizations.armed_forces_pattern"})


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity found by another rule: an actor or a place, with its id and the rule that found it."""

    start: int
    end: int
    text: str
    entity_id: str
    kind: str  # "actor", "location", or "affiliation" (a name inside a person's title: no participant)
    rule: str
    #: A state or a capital: the place and the actor of one name ("Russia", "Moscow"), both mentioned.
    is_country: bool = False
    #: A capital, whose actor (its government) acts only where nothing makes it a place ("Moscow said").
    seat: bool = False


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    text: str
    event_type: str


@dataclass
class EventCandidate:
    sentence_start: int
    sentence_end: int
    sentence_text: str
    trigger: Trigger
    status: str
    status_rule: str
    date: TimeExpression | None = None
    attribution: tuple[int, int, str] | None = None
    speaker: Mention | None = None
    actors: list[tuple[Mention, str]] = field(default_factory=list)
    locations: list[tuple[Mention, str]] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    rule: str = "events.trigger"

    @property
    def key(self) -> str:
        return f"event@{self.trigger.start}-{self.trigger.end}"


def _alternation(forms: list[str]) -> str:
    """The forms as a prefix tree: the engine tries one branch per letter instead of every form
    in turn; greedy branches keep longest-first matching. A space in a form matches any white space."""
    return word_trie(forms).replace(r"\ ", r"\s+")


#: Upper-case ASCII and the other characters that re.IGNORECASE matches with an ASCII letter
#: (Kelvin sign, long s, dotted and dotless i; a unit test checks the list against all of Unicode).
_FOLD = str.maketrans({**{c: c.lower() for c in string.ascii_uppercase}, **ASCII_TWINS})
_PLAIN_FORM = re.compile(r"[a-z](?:[a-z '-]*[a-z])?")


def _folded(text: str) -> str:
    """`text` with each character that re.IGNORECASE matches with an ASCII letter as that letter,
    in lower case, and every other character kept: a case-sensitive pattern of lower-case words
    then matches on it exactly where the same pattern with re.IGNORECASE matches on `text`."""
    return text.lower() if text.isascii() else text.translate(_FOLD)


def _patterns(forms: list[str], extra: str = "") -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """Whole-word patterns for `forms` (and the alternation `extra`, of lower-case words): case-insensitive
    on the text, and, when every form is plain lower-case words, case-sensitive on the folded text
    (several times faster)."""
    alternation = _alternation(forms) + (f"|{extra}" if extra else "")
    exact = re.compile(rf"\b(?:{alternation})\b", re.I)
    if not all(_PLAIN_FORM.fullmatch(form) for form in forms):
        return exact, None
    return exact, re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


@dataclass(frozen=True)
class Lexicon:
    triggers: re.Pattern[str]
    type_of: dict[str, str]
    reporting: re.Pattern[str]
    cues: tuple[tuple[str, re.Pattern[str]], ...]
    #: Statuses set by the words right after a trigger ("The talks will ...", "The protests continue").
    cues_after: tuple[tuple[str, re.Pattern[str]], ...]
    #: Matches where a window ends with a negation of what follows it ("did not ", "has never been ").
    negation: re.Pattern[str]
    #: Any word a negation opens with: a sentence without one needs no negation look-up per trigger.
    negation_word: re.Pattern[str]
    #: Trigger forms that count only as a verb, after a modal or "to" ("will host", not "a host of").
    verb_only: frozenset[str]
    #: Matches where a window ends with "that" opening what a verb says ("warned that ", ", that "):
    #: no demonstrative.
    complement_that: re.Pattern[str]
    #: Matches where a window ends with a verb that speaks about the event named next and up to four
    #: words of its object: "justified “improvised” combat readiness ".
    speech_object: re.Pattern[str]
    #: The same patterns for the folded text (see `_folded`), plus any cue of any status; None when
    #: a form is not plain lower-case words, and the patterns above are used on the text itself.
    folded: tuple[re.Pattern[str], re.Pattern[str], tuple[tuple[str, re.Pattern[str]], ...], re.Pattern[str]] | None


def _negation_alternation(words: list[str], forms: list[str], after: str = "") -> str:
    """`words` as whole words (`after` what must follow them), or a form of `forms` glued to its word
    ("n't"), with either apostrophe."""
    glued = [re.escape(form).replace("'", "['’]") for form in forms if "'" in form]
    return "|".join([rf"(?<![\w-])(?:{_alternation(words)}){after}", *glued])


def _negation(forms: list[str], gap: list[str]) -> re.Pattern[str]:
    """A pattern matching where a window ends with a negation and the gap words after it."""
    whole = [form for form in forms if "'" not in form]
    return re.compile(rf"(?:{_negation_alternation(whole, forms)})(?:\s+(?:{_alternation(gap)}))*\s+\Z", re.I)


def _negation_word(forms: list[str]) -> re.Pattern[str]:
    """Any word a negation opens with."""
    words = sorted({form.split()[0] for form in forms if "'" not in form})
    return re.compile(_negation_alternation(words, forms, after=r"(?![\w-])"), re.I)


def _object_triggers(groups: dict[str, dict[str, Any]], type_of: dict[str, str]) -> str:
    """One alternation of the verbs that name an event only before what they act on, each verb
    followed by a lookahead for its objects: "launched(?=...(drones))", the object the only capturing
    group of the pattern. Adds the verbs to `type_of`."""
    branches = []
    for name, group in groups.items():
        event_type = group.get("event_type", name)
        for verb in group["verbs"]:
            if verb.lower() in type_of:
                raise ValueError(f"{LEXICON_FILE.name}: {verb!r} is listed under two event types")
            type_of[verb.lower()] = event_type
        gap_word = (rf"(?!(?:{_alternation(_GAP_STOPS)})\s|(?<!up\s)to\s)"  # "up to 1,100 troops" goes on
                    r"(?:\d{1,3}(?:,\d{3})+|(?:[a-z]\.){2,}|[^\s.,;:]+)\s+")
        branches.append(rf"(?:{_alternation(group['verbs'])})"
                        rf"(?=\s+(?:{gap_word}){{0,{_OBJECT_GAP_WORDS}}}?({_alternation(group['objects'])})(?![\w-])"
                        rf"(?!\s+(?:{_alternation(_OBJECT_MODIFIES)})(?![\w-])))")
    return "|".join(branches)


@cache
def lexicon() -> Lexicon:
    data = yaml.safe_load(LEXICON_FILE.read_text(encoding="utf-8"))
    type_of: dict[str, str] = {}
    for event_type, forms in data["triggers"].items():
        for form in forms:
            if form.lower() in type_of:
                raise ValueError(f"{LEXICON_FILE.name}: {form!r} is listed under two event types")
            type_of[form.lower()] = event_type
    plain_forms = [*type_of, *(form.lower() for form in data.get("not_triggers", ()))]
    with_objects = _object_triggers(data.get("object_triggers", {}), type_of)
    # precedence: the first cue class that matches decides
    statuses = ("denied", "claimed", "proposed", "planned", "ongoing")
    cues = [(status, _patterns(data["status_cues"][status])) for status in statuses]
    triggers, reporting = _patterns(plain_forms, with_objects), _patterns(data["reporting"])
    any_cue = _patterns([form for status in statuses for form in data["status_cues"][status]])
    folded = None
    fast_cues = tuple((status, fast) for status, (_, fast) in cues if fast is not None)
    fast_triggers, fast_reporting, fast_any_cue = triggers[1], reporting[1], any_cue[1]
    if fast_triggers and fast_reporting and fast_any_cue and len(fast_cues) == len(cues):
        folded = (fast_triggers, fast_reporting, fast_cues, fast_any_cue)
    cues_after = tuple((status, re.compile(rf"\s+(?:{_alternation(forms)})\b", re.I))
                       for status, forms in data["status_cues_after"].items())
    return Lexicon(
        triggers=triggers[0],
        negation=_negation(data["negation_before"], data["negation_gap"]),
        negation_word=_negation_word(data["negation_before"]),
        verb_only=frozenset(form.lower() for form in data["verb_only"]),
        complement_that=re.compile(
            rf"(?:,|(?<![\w-])(?:{_alternation([*data['reporting'], *data['speech_verbs'], *data['complement_verbs']])}))"
            r"\s+that\s+\Z", re.I),
        speech_object=re.compile(rf"(?<![\w-])(?:{_alternation(data['speech_verbs'])})\s+(?:[^\s,;:.]+\s+){{0,4}}\Z",
                                 re.I),
        type_of=type_of,
        reporting=reporting[0],
        cues=tuple((status, exact) for status, (exact, _) in cues),
        cues_after=cues_after,
        folded=folded,
    )


_CUE_RULES = {status: f"events.status_cue_{status}"
              for status in ("denied", "claimed", "proposed", "planned", "ongoing")}
_CUE_AFTER_RULES = {status: f"events.status_cue_after_{status}" for status in ("planned", "ongoing")}


@lru_cache(maxsize=4096)
def _cue_of(window: str, folded: bool) -> str | None:
    """The status that cue words in a clause give, None without one; `folded`: the clause is from
    the folded text. Cached: short clauses ("Russia ", "the army will ") come back often."""
    lex = lexicon()
    if folded:
        assert lex.folded is not None  # `folded` is only true when the lexicon has folded patterns
        _, _, cues, any_cue = lex.folded
        if not any_cue.search(window):  # one search usually shows there is no cue at all
            return None
    else:
        cues = lex.cues
    for status, pattern in cues:
        if pattern.search(window):
            return status
    return None


def _status(source: str, sentence_start: int, breaks: list[tuple[int, int]], break_ends: list[int], trigger: Trigger,
            date: TimeExpression | None, published: dt.date | None, folded: bool,
            negating: bool = True) -> tuple[str, str]:
    """`source` is the text the cue patterns read: the text, or its folded copy (`folded`);
    `breaks` are the sentence's clause breaks, `break_ends` their ends; `negating`: whether the
    sentence has a word a negation opens with at all (most have none)."""
    position = trigger.start
    window_start = max(sentence_start, position - CUE_WINDOW)
    # The last clause break inside the window: breaks never overlap, so it is the last one ending
    # by the trigger, if it starts in the window (a trigger never starts inside a word).
    last = bisect.bisect_right(break_ends, position) - 1
    clause_start = break_ends[last] if last >= 0 and breaks[last][0] >= window_start else window_start
    if negating and lexicon().negation.search(source, max(window_start, position - _NEGATION_WINDOW), position):
        return "negated", "events.status_negated"  # "did not attack", "no talks": nearer than any other cue
    cue = _cue_of(source[clause_start:position], folded)  # the clause before the trigger
    if cue is not None:
        return cue, _CUE_RULES[cue]
    for status, pattern in lexicon().cues_after:  # "The announcement should be made"
        if pattern.match(source, trigger.end):
            return status, _CUE_AFTER_RULES[status]
    standing_start = max(sentence_start, position - 40)
    if ((not folded or source.find("sel", standing_start, position) != -1)  # "itself": most windows have none
            and _STANDING_POSITION.search(source, standing_start, position)):
        return "ongoing", "events.status_standing_position"  # "considers itself a victim of": held at publication
    if (trigger.event_type in _STANDING_TYPES and _PERFECT_BEFORE.search(source, window_start, position)
            and _is_past_form(trigger.text)):
        return "ongoing", "events.status_standing_deployment"  # "has massed troops": they are still there
    if date is None:
        return "occurred", "events.status_default"
    date_start, date_end = date.date_start, date.date_end
    if date_start is not None and published is not None and date_start > published:
        return "planned", "events.status_future_date"
    if date_start is not None and date_end is None and date.rule.endswith(("since", "duration")):
        return "ongoing", "events.status_open_interval"
    if date_start is None and date_end is not None and published is not None and date_end >= published:
        return "ongoing", "events.status_open_until"  # "until February 9", that day still to come
    return "occurred", "events.status_default"


@lru_cache(maxsize=256)
def _is_claim(reporting_words: str) -> bool:
    """Reporting words that are themselves a claim cue ("claimed", "alleges"): what they report is claimed."""
    return any(status == "claimed" and pattern.fullmatch(reporting_words) for status, pattern in lexicon().cues)


_PLACE_WORDS = re.compile(r"[a-z’']+")
#: Directions before a place's name: "in the southern Gaza Strip", "in north-eastern Syria".
_DIRECTION_WORDS = frozenset({"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
                              "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern",
                              "north-western", "south-eastern", "south-western", "northeast", "northwest",
                              "southeast", "southwest"})
#: The role of a place right after a preposition.
_ROLE_AFTER = {"in": "occurred_in", "at": "occurred_in", "inside": "occurred_in", "within": "occurred_in",
               "to": "destination", "for": "destination", "towards": "destination", "toward": "destination",
               "into": "destination", "from": "origin", "along": "near", "near": "near"}
#: The last punctuation that ends a clause or phrase before a place, and what follows it.
_CLAUSE_BEFORE_PLACE = re.compile(r"[,;:()“”\"][^,;:()“”\"]*\Z")
#: Before a comma, a noun a place's name is in apposition to: "in the Ukrainian capital, Kyiv"; and
#: before "of" ("in the port of Odesa").
_PLACE_NOUN_WORDS = ("capital", "city", "town", "village", "region", "province", "port", "state", "country")
_PLACE_NOUNS = rf"(?i:{'|'.join(_PLACE_NOUN_WORDS)})"
_APPOSED_TO = re.compile(rf"{_PLACE_NOUNS}\s*\Z")
_APPOSED_PLACE = re.compile(rf"(?<![\w-]){_PLACE_NOUNS},\s+\Z")


def _place_role(before: str, after: str) -> str:
    """The role of a place from the text just before and after it."""
    if "border" in after.lower():
        return "near"
    return _role_after(before)


@lru_cache(maxsize=4096)
def _role_after(before: str) -> str:
    """The role of a place from the text just before it; cached (on that text alone, which repeats
    far more often than with the text after), as "talks in " comes back."""
    clause = _CLAUSE_BEFORE_PLACE.search(before)
    if clause is not None:
        if _APPOSED_TO.search(before, 0, clause.start()):
            # "in the Ukrainian capital, Kyiv": the role of the phrase the place is in apposition to
            words = _PLACE_WORDS.findall(before[:clause.start()].lower())[-4:]
            preposition = next((word for word in reversed(words) if word in _ROLE_AFTER), None)
            return _ROLE_AFTER[preposition] if preposition else "subject"
        before = before[clause.start() + 1:]  # "a revolution in Ukraine, Russia annexed": Russia is no setting
    words = _PLACE_WORDS.findall(before.lower())
    if len(words) > 2 and words[-1] == "of" and words[-2] in _PLACE_NOUN_WORDS:
        # "in the Black Sea port of Odesa": the role of the phrase the place names
        preposition = next((word for word in reversed(words[-7:-2]) if word in _ROLE_AFTER), None)
        return _ROLE_AFTER[preposition] if preposition else "subject"
    while words and words[-1] in _DIRECTION_WORDS:  # "in the southern Gaza Strip": the role of "in the"
        words.pop()
    window = words[-4:]
    if "border" in " ".join(window) or "borders" in window:
        return "near"
    if not window:
        return "subject"
    if "in" in window[-2:]:
        return "occurred_in"
    # otherwise also "talks on Ukraine", "fears over Taiwan": what the event is about
    return _ROLE_AFTER.get(window[-1], "subject")


def _closing_word(words: str) -> re.Pattern[str]:
    """Matches where a window ends with one of `words`, and maybe "the": "protests in (the) "."""
    return re.compile(rf"(?<![\w-])(?:{'|'.join(words.split())})\s+(?:the\s+)?\Z", re.I)


_SETTING = _closing_word("in at inside within near outside")


#: Right before an organization that stands for its building: "outside the Bundestag", "at the Kremlin".
_VENUE_BEFORE = re.compile(r"(?<![\w-])(?:outside(?:\s+of)?|inside|near|at|opposite|in\s+front\s+of)\s+(?:the\s+)?\Z",
                           re.I)


def _is_venue(text: str, start: int, mention: Mention) -> bool:
    """Whether the organization is where the event happens ("protests outside the Bundestag"), not a
    party to it; "at NATO's request" is NATO asking."""
    return (_VENUE_BEFORE.search(text, start, mention.start) is not None
            and not text.startswith(("'s", "’s"), mention.end))


#: After a place in apposition to the one before it: the end of a phrase, not a verb ("in Warsaw,
#: Poland, on Monday"; but "after a revolution in Ukraine, Russia annexed").
_APPOSITION_END = re.compile(r"\s*(?:[.,;:)]|\Z)")


def _is_apposed(text: str, place: Mention) -> bool:
    """Whether the place after ", " names where the place before it is ("Warsaw, Poland")."""
    return text.startswith((", ", ",\u00a0"), place.start - 2) and _APPOSITION_END.match(text, place.end) is not None


def _is_setting(text: str, start: int, end: int) -> bool:
    """Whether the place at `end` stands right after "in", "at", "near" ("protests in Poland"):
    then the state that shares its name is no actor of the sentence's events."""
    return _SETTING.search(text, start, end) is not None


_PREPOSITION = _closing_word("in at to for from into toward towards near on of inside within outside via through "
                             "across between around over")


def _is_place_of(text: str, start: int, end: int, place_end: int) -> bool:
    """Whether a capital at end:place_end is a place ("talks in Moscow", "support for Kiev",
    "Moscow-based", "in the capital, Kyiv"), not its government acting ("Moscow said")."""
    return (text.startswith("-", place_end) or _PREPOSITION.search(text, start, end) is not None
            or text.startswith(", ", end - 2) and _APPOSED_PLACE.search(text, start, end) is not None)


def _between(items: list[Any], starts: list[int], start: int, end: int) -> list[Any]:
    low = bisect.bisect_left(starts, start)
    high = bisect.bisect_left(starts, end)
    return items[low:high]


#: Reporting words whose object is who is told, not who speaks.
_ADDRESSEE_AFTER = re.compile(r"(?i:told|tells)\Z")
#: Between a person and the reporting word: an appositive set off by commas ("Lavrov, Russia’s foreign minister, said").
_APPOSITIVE_GAP = re.compile(r"\s*,[^,;:.]{1,60},\s*")


def _before_speaker(text: str, mention: Mention, report_start: int) -> bool:
    """Whether the actor can be who says what the reporting word reports: close before it and in its
    clause ("the Ministry said"), or a person followed by an appositive; an actor ending another clause
    is not ("for talks with Brazil, the ministry said")."""
    gap = text[mention.end:report_start]
    if len(gap) <= 25 and "," not in gap:
        return True
    return mention.rule.startswith("people.") and _APPOSITIVE_GAP.fullmatch(gap) is not None


def _pronoun_initiator(text: str, sentence_start: int, trigger_start: int, actors: list[Mention],
                       last_person: Mention | None) -> Mention | None:
    """ "He met Duda": the pronoun right before the trigger stands for the person it refers back to, the
    first named earlier in its sentence ("Stoltenberg said he has invited"), else `last_person`."""
    pronoun = _PRONOUN_SUBJECT.search(text, max(sentence_start, trigger_start - 60), trigger_start)
    if pronoun is None:
        return None
    person = next((m for m in actors if m.end <= pronoun.start() and m.rule.startswith("people.")), last_person)
    return _standing_for(text, pronoun, person) if person is not None else None


def _standing_for(text: str, pronoun: re.Match[str], antecedent: Mention) -> Mention:
    """The pronoun word that `pronoun` starts with, as a mention of its antecedent's actor."""
    start = pronoun.start()
    word = pronoun.group(0).split()[0]
    return Mention(start, start + len(word), text[start:start + len(word)], antecedent.entity_id, "actor",
                   "events.pronoun_initiator")


def _it_initiator(text: str, trigger_start: int, speaker: Mention, reporting_end: int) -> Mention | None:
    """ "The army said it had retaken the town": "it" between the reporting word of a speaker that
    is no person and the trigger is that speaker acting."""
    if speaker.rule.startswith(("people.", "events.")):
        return None
    pronoun = _IT_SUBJECT.search(text, max(reporting_end, trigger_start - 60), trigger_start)
    return _standing_for(text, pronoun, speaker) if pronoun is not None else None


def _is_past_form(trigger_text: str) -> bool:
    """Whether a trigger opens with a verb in the past tense ("spoke by phone", "attacked")."""
    first = trigger_text.split()[0].lower()
    return first.endswith("ed") or first in _IRREGULAR_PAST


#: Between a noun trigger and a time phrase: the verb of its own predicate or reduced relative clause
#: ("the talks started last week", "the exercises held in 2021").
_OWN_VERB = re.compile(r"\s+(?:[a-z]+ed|held|begun|began|run|ran|seen|made|taken|built|led|fought|met)\s+")


def _dates_a_later_noun(text: str, triggers: list[Trigger], trigger: Trigger, date_start: int) -> bool:
    """Whether the time phrase after `trigger` dates a later trigger instead, whose own verb stands
    between it and the phrase: in "their desire to continue the talks started last week" the
    talks started last week, not the desire."""
    return any(trigger.end <= later.start and later.end < date_start
               and _OWN_VERB.fullmatch(text, later.end, date_start) is not None for later in triggers)


#: Between a noun trigger and an actor it is "of": "the reinforcement of NATO", "the accession of Ukraine
#: and", "the arrival of an undetermined number of": determiners, amounts and other names only.
_OF_COMPLEMENT = re.compile(r"\s+of(?:\s+(?:the|an?|its|their|his|her|some|all|several|many|undetermined|number|"
                            r"thousands|hundreds|dozens|tens|of|and|[A-Z][\w’'.-]*|\d[\d,.]*)|,)*\s+")


def _taker(text: str, later_triggers: list[Trigger], mention: Mention) -> Trigger | None:
    """The later trigger of another type the mention after a trigger belongs to instead, None if none:
    what a trigger is directed at comes before the next one ("announced the drills and accused
    Poland": Poland is the accusation's target only), except a mention a later noun is "of"
    ("threatened by the reinforcement of NATO": NATO threatens, too); and the later trigger's
    subject is its own."""
    return next((later for later in later_triggers
                 if later.end <= mention.start and not _OF_COMPLEMENT.fullmatch(text, later.end, mention.start)
                 # or it is the later trigger's subject: "after protests in Poland, Chile condemned Peru"
                 or mention.end <= later.start and _SUBJECT_GAP.match(text, mention.end, later.start) is not None),
                None)


#: Between a verb and the noun it acts on, determiners optional: "hosted talks", "held the talks".
_BARE_OBJECT_GAP = re.compile(r"\s+(?:(?:the|a|an|these|this|its|their|new|further|more)\s+)*")
#: Right before an event noun that sets the circumstances of another: "arrested dozens during protests".
_CIRCUMSTANCE_BEFORE = re.compile(r"(?<![\w-])(?:during|amid|amidst|at|after|before|following|throughout)\s+"
                                  r"(?:(?:the|a|an|their|its)\s+)?\Z", re.I)


def _event_places(text: str, sentence_start: int, triggers: list[Trigger], index: int,
                  places: list[tuple[Mention, str]], parties: list[tuple[Mention, str]],
                  acting_seats: set[int]) -> list[tuple[Mention, str]]:
    """The sentence's places that are places of the event of `triggers[index]`, with their roles.

    A country or capital named as the sentence's subject, or with no preposition as a party the
    event is directed at ("invited Russia", "accused Poland"), is an actor, not a place. A place
    after a later trigger of another type is that trigger's ("will travel to Lima for talks in
    Quito": Quito is where the talks are), unless the later one only sets the circumstances
    ("arrested dozens during protests in Lima": the arrests are in Lima too) or is what the trigger
    acts on ("hosted talks in Jeddah")."""
    trigger = triggers[index]
    start = trigger.start
    targets = {mention.start for mention, role in parties if role == "target"}
    later: list[Trigger] | None = None
    kept = []
    for place, role in places:
        is_place_of = None
        if (place.is_country or place.start in acting_seats) and role == "subject":
            if place.end <= start:
                continue
            if place.start in targets:
                is_place_of = _is_place_of(text, max(sentence_start, place.start - 14), place.start, place.end)
                if not is_place_of:
                    continue
        if place.start > start and index + 1 < len(triggers):
            if later is None:
                later = _later_triggers(text, sentence_start, triggers, index)
            taker = _taker(text, later, place)
            if taker is not None:
                if role == "subject":
                    if is_place_of is None:
                        is_place_of = _is_place_of(text, max(sentence_start, place.start - 14), place.start, place.end)
                    if not is_place_of:
                        continue  # "announced the drills and accused Poland": a party of the accusation
                elif not (_CIRCUMSTANCE_BEFORE.search(text, max(sentence_start, taker.start - 16), taker.start)
                          or _BARE_OBJECT_GAP.fullmatch(text, trigger.end, taker.start)):  # "hosted talks in Jeddah"
                    continue
        kept.append((place, role))
    return kept


#: Between a visiting verb and the place it names as its object: "visit Shanghai", "toured the Donbas".
_OBJECT_OF_VISIT = re.compile(r"[ \u00a0]+(?:the[ \u00a0]+)?")
#: Right before a noun that refers back to an event named before: "these maneuvers", "this visit".
_DEMONSTRATIVE_BEFORE = re.compile(r"(?<![\w-])(?:these|this|those|that|the\s+same)\s+\Z", re.I)


def _by_several_states(parties: list[tuple[Mention, str]]) -> bool:
    """Whether two or more states initiate the event ("Russia and Belarus", "Russian and Belarusian")."""
    return len({mention.entity_id for mention, role in parties if role == "initiator" and mention.is_country}) > 1


#: Where a relative clause opens: ", who has not ruled out", ", which lies".
_RELATIVE = re.compile(r",\s+(?:who|which|where|whose|whom)\b")
#: Where a clause set at another time opens after a comma, with a subject of its own (not "after
#: visiting Quito", which shares the sentence's): ", days after the opposition called", ", a week
#: before talks began", ", shortly after police arrived". A bare ", after" more often opens a phrase
#: ("declared, after a meeting with Baerbock, that …").
_SHIFTED_CLAUSE = re.compile(
    r",\s+(?:(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)\s+)?(?:days?|weeks?|months?|years?|hours?)\s+"
    r"|(?:shortly|soon|just|only|hours|days|weeks|months|years|minutes|moments)\s+)(?:after|before)\s+(?![a-z]+ing\b)",
    re.I)
#: Where a clause of its own opens after a comma: ", as troops pressed", ", while Merkel urged".
_CLAUSE_OPENER = re.compile(r",\s+(?:and|but|while|whereas|as|when|after|before|because|although|though)\s+")


def _later_clauses(text: str, start: int, end: int, triggers: list[Trigger]) -> list[tuple[int, int]]:
    """Spans of the sentence that say nothing of the triggers before them: relative clauses after a
    comma, up to the next comma or the sentence's end ("…, who has not ruled out sending troops"), and
    the rest of the sentence after a clause of its own opens, if a trigger stands there (", as troops
    pressed an offensive")."""
    return [*_relative_clauses(text, start, end),
            *((match.end(), end) for match in _CLAUSE_OPENER.finditer(text, start, end)
              if triggers[-1].start >= match.end())]


def _relative_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the relative clauses after a comma, up to the next comma or the sentence's end."""
    clauses = []
    for match in _RELATIVE.finditer(text, start, end):
        close = text.find(",", match.end(), end)
        clauses.append((match.start(), close if close != -1 else end))
    return clauses


def _times_of_clause(times: list[TimeExpression], relatives: list[tuple[int, int]],
                     trigger_start: int) -> list[TimeExpression]:
    """A relative clause's time phrases date only its own triggers: "Tiani, who seized power in July,
    met Yevkurov earlier this week" (July is the seizure's)."""
    inside = next(((start, end) for start, end in relatives if start <= trigger_start < end), None)
    if inside is not None:
        return [t for t in times if inside[0] <= t.start < inside[1]]
    return [t for t in times if not any(start <= t.start < end for start, end in relatives)]


def _in_later_clause(clauses: list[tuple[int, int]], trigger_end: int, mention: Mention) -> bool:
    """Whether the mention stands in one of `clauses` that opens after the trigger."""
    return any(trigger_end <= start <= mention.start < end for start, end in clauses)


#: A phrase that opens a sentence before its subject, up to its comma: "In response to a revolution
#: in Ukraine,", "After talks in Geneva,", "Amid fears of an invasion,".
_FRONTED_PHRASE = re.compile(r"\s*(?:In\s+response\s+to|After|Following|Amid|Despite|Before|During|Ahead\s+of)\s"
                             r"[^,;:.]{1,120},")


#: Between two places of one list: "Paris and Lyon", "Odesa, and Lviv", "Gaza or Rafah".
_PLACE_LIST_GAP = re.compile(r",?\s+(?:and|or)\s+")
_PLACE_LIST_NEXT = re.compile(r"(?:,|,?\s+(?:and|or)\s)")


def _in_place_list(text: str, previous: Mention, place: Mention) -> bool:
    """Whether the place follows the one before in a list ("in Paris and Lyon", "in Kharkiv, Odesa
    and Lviv"): it shares its role. After a bare comma only if the list goes on after it ("in
    Poland, Chile condemned" is no list)."""
    if _PLACE_LIST_GAP.fullmatch(text, previous.end, place.start):
        return True
    return text.startswith(", ", previous.end) and place.start == previous.end + 2 and bool(
        _PLACE_LIST_NEXT.match(text, place.end))


#: A capitalised word right before or after a trigger: "National Rally", "Rally Party".
_CAPITAL_WORD_BEFORE = re.compile(r"[A-Z][\w’'-]*\s+\Z")
_CAPITAL_WORD_AFTER = re.compile(r"\s+[A-Z]")


#: Words a headline leaves in lower case: "Attack on Kyiv as Talks Stall".
_HEADLINE_SMALL_WORDS = frozenset("a an the and or but of on in at to for by with as from into over after".split())


@lru_cache(maxsize=256)
def _title_case(sentence: str) -> bool:
    """Whether most words of the sentence are capitalised, as in a headline ("Russia Launches Attack
    on Kyiv"): its capitals say nothing of names."""
    words = [word for word in sentence.split() if word[:1].isalpha() and word.lower() not in _HEADLINE_SMALL_WORDS]
    return len(words) >= 4 and sum(word[0].isupper() for word in words) >= 0.8 * len(words)


def _in_capitalised_name(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether a capitalised trigger inside its sentence is glued to another capitalised word, so
    part of a name ("the National Rally", "Revolution Square"); not at the sentence's start."""
    if not text[sentence_start:start].strip():
        return False  # "Protests spread": capitalised because it opens the sentence
    before = _CAPITAL_WORD_BEFORE.search(text, max(sentence_start, start - 30), start)
    if before is not None and text[sentence_start:before.start()].strip():
        return True  # the word before is no sentence opener
    return _CAPITAL_WORD_AFTER.match(text, end) is not None


def _later_triggers(text: str, sentence_start: int, triggers: list[Trigger], index: int) -> list[Trigger]:
    """The triggers after `triggers[index]` that may take an actor after it from it: of another type,
    and not a noun it acts on ("discussed the war with Kral": Kral is a party to the discussion)."""
    trigger = triggers[index]
    return [other for other in triggers[index + 1:] if other.event_type != trigger.event_type
            and not _acted_on(text, sentence_start, trigger, other)]


def _parties(text: str, sentence_start: int, triggers: list[Trigger], index: int, actors: list[Mention],
             is_speaker: list[bool]) -> list[tuple[Mention, str]]:
    """The sentence's actors with their roles in the event of `triggers[index]`: the speaker is its
    source, an actor before it its initiator, one after it its target; less the actors another
    trigger of the sentence takes (`_taken_by_earlier`, `_taker`)."""
    trigger = triggers[index]
    start = trigger.start
    if len(triggers) == 1:  # no other trigger to take an actor from it
        return [(mention, "source" if is_source else "initiator" if mention.end <= start else "target")
                for mention, is_source in zip(actors, is_speaker)]
    earlier = [other for other in triggers[:index] if other.event_type != trigger.event_type]
    later: list[Trigger] | None = None  # worked out for the first actor after the trigger
    parties = []
    for mention, is_source in zip(actors, is_speaker):
        if is_source:
            parties.append((mention, "source"))
        elif mention.end <= start:
            if not (earlier and _taken_by_earlier(text, earlier, mention, start)):
                parties.append((mention, "initiator"))
        else:
            if later is None:
                later = _later_triggers(text, sentence_start, triggers, index)
            if not (later and _taker(text, later, mention) is not None):
                parties.append((mention, "target"))
    return parties


def _taken_by_earlier(text: str, earlier_triggers: list[Trigger], actor: Mention, trigger_start: int) -> bool:
    """Whether an actor before the trigger belongs to an earlier noun it is "of" instead ("the arrival
    of Russian soldiers in Belarus comes before Russia and the US expressed their desire": the
    soldiers arrive, they express nothing); not when it stands right before the trigger, as its subject."""
    return (text.find(" of", earlier_triggers[0].end, actor.start) != -1  # most have no "of" at all
            and _SUBJECT_GAP.match(text, actor.end, trigger_start) is None
            and any(earlier.end <= actor.start and _OF_COMPLEMENT.fullmatch(text, earlier.end, actor.start)
                    for earlier in earlier_triggers))


def _shares_initiators(text: str, window_start: int, trigger: Trigger) -> bool:
    """Whether the trigger continues the one before it with no subject of its own: a coordinated
    predicate ("and discussed") or a purpose ("for talks"; not a gerund: in "criticised Peru for
    attacking Chile" Peru attacks)."""
    start = trigger.start
    if text.find("nd", window_start, start) != -1 and _SHARED_SUBJECT.search(text, window_start, start):
        return True
    return (text.find("for", window_start, start) != -1 and not trigger.text.endswith("ing")
            and _PURPOSE.search(text, window_start, start) is not None)


def _acted_on(text: str, sentence_start: int, verb: Trigger, trigger: Trigger) -> bool:
    """Whether a noun trigger is what the verb trigger right before it acts on ("announced these
    maneuvers", "to discuss the war"); not when both are of one type ("signed an agreement")."""
    return (verb.event_type != trigger.event_type and _OBJECT_GAP.fullmatch(text, verb.end, trigger.start) is not None
            and (_is_past_form(verb.text)
                 or _VERB_BEFORE.search(text, max(sentence_start, verb.start - 12), verb.start) is not None))


def _they_initiator(text: str, sentence_start: int, trigger_start: int, actors: list[Mention],
                    last_group: Mention | None) -> Mention | None:
    """ "Police said they detained 15 people": "they" right before the trigger stands for the latest
    group named before it in its sentence, else for the last group of the sentence before. Only
    groups ("police", "rebels", "Russian troops"): a state or ministry is "it" more often than not."""
    pronoun = _THEY_SUBJECT.search(text, max(sentence_start, trigger_start - 60), trigger_start)
    if pronoun is None:
        return None
    group = next((m for m in reversed(actors) if m.end <= pronoun.start() and m.rule in _GROUP_RULES), last_group)
    return _standing_for(text, pronoun, group) if group is not None else None


def _addressees(text: str, reporting: list[tuple[int, int]], actors: list[Mention]) -> dict[int, int]:
    """Actors who are told ("told Reuters", "tells the BBC"), by start, each with the start of its
    reporting word: a party only of the statement that word makes, when it is the sentence's event."""
    found = {}
    for report_start, report_end in reporting:
        if _ADDRESSEE_AFTER.match(text, report_start, report_end):
            for mention in actors:
                if (mention.start >= report_end and mention.start - report_end <= 25
                        and _SPEAKER_GAP.fullmatch(text, report_end, mention.start)):
                    found[mention.start] = report_start
                    break
    return found


def _speaker(text: str, reporting: tuple[int, int], actors: list[Mention],
             last_person: Mention | None) -> Mention | None:
    """The actor right before the reporting word ("the Ministry said"), or after it ("according to X")."""
    report_start, report_end = reporting
    before = after = None  # the actor just before the word (see `_before_speaker`), the first just after it
    for mention in actors:
        if mention.end <= report_start and _before_speaker(text, mention, report_start):
            before = mention
        if (after is None and mention.start >= report_end and mention.start - report_end <= 25
                and _SPEAKER_GAP.fullmatch(text, report_end, mention.start)):
            after = mention
    if after is not None and text[report_start:report_end].lower().startswith("according"):
        return after
    if before is not None:
        return before
    pronoun = _PRONOUN_SPEAKER.search(text, max(0, report_start - 24), report_start)
    if pronoun:
        # the first person named before it in its sentence ("Ruto will travel ..., his office said"),
        # else the subject of the latest sentence naming one
        person = next((m for m in actors if m.end <= pronoun.start() and m.rule.startswith("people.")), last_person)
        if person is not None:
            words = pronoun.group(0).rstrip()
            return Mention(pronoun.start(), pronoun.start() + len(words), words, person.entity_id, "actor",
                           "events.pronoun_speaker")
    if _ADDRESSEE_AFTER.match(text, report_start, report_end):
        return None  # "diplomats told Reuters": who is told is not who speaks
    return after


@lru_cache(maxsize=4096)
def _is_verb_only(word: str) -> bool:
    """Whether a trigger as written counts only as a verb ("host"); cached like `_event_type`."""
    return lexicon_key(word) in lexicon().verb_only


@lru_cache(maxsize=4096)
def _event_type(word: str) -> str:
    """The event type of a trigger as written (cached: "said", "talks", "signed" come back often);
    "" for a phrase that names no event ("seized power")."""
    return lexicon().type_of.get(lexicon_key(word), "")


def _clause_around(clause_ends: list[int], position: int, start: int, end: int) -> tuple[int, int]:
    """The coordinated clause `position` is in, from the sentence's `start` to its `end`, cut where
    `clause_ends` (the coordinations' ends, sorted) open the next clause."""
    index = bisect.bisect_right(clause_ends, position)
    return (clause_ends[index - 1] if index else start,
            clause_ends[index] if index < len(clause_ends) else end)


def _clause_initiators(event_actors: list[tuple[Mention, str]], coordinations: list[int],
                       trigger_start: int) -> list[tuple[Mention, str]]:
    """When the trigger's own coordinated clause names an actor before it, only that clause's actors
    initiate it: in "Putin denied it, while Merkel urged calm" Merkel urged, not Putin (left out)."""
    last = bisect.bisect_right(coordinations, trigger_start) - 1
    if last < 0:
        return event_actors
    clause_start = coordinations[last]
    if not any(role == "initiator" and mention.start >= clause_start for mention, role in event_actors):
        return event_actors
    return [(mention, role) for mention, role in event_actors if role != "initiator" or mention.start >= clause_start]


def _covered(starts: list[int], reach: list[int], items: list[Any], low: int, position: int) -> bool:
    """Whether one of items[low:] (sorted by start; `reach[i]`: the furthest end among items[:i + 1])
    covers `position`."""
    index = bisect.bisect_right(starts, position) - 1
    if index < low or reach[index] <= position:
        return False
    return any(items[i].end > position for i in range(low, index + 1))


def find_events(
    text: str,
    sentences: list[Sentence],
    mentions: list[Mention],
    times: list[TimeExpression],
    quantities: list[Quantity],
    published: dt.date | None,
    qualifiers: Sequence[Mention] = (),
) -> list[EventCandidate]:
    """Event candidates, one per trigger, in document order. `qualifiers` are actors named by an
    adjective (demonyms): one right before a trigger is that event's initiator ("an Israeli raid",
    "the Russian invasion"), and the actors before it in the sentence act in another event."""
    lex = lexicon()
    mentions = sorted(mentions, key=lambda m: m.start)
    mention_starts = [m.start for m in mentions]
    mention_reach, furthest = [], -1
    for mention in mentions:
        furthest = max(furthest, mention.end)
        mention_reach.append(furthest)
    times = sorted(times, key=lambda t: t.start)
    time_starts = [t.start for t in times]
    quantity_starts = [q.start for q in quantities]
    folded = lex.folded is not None
    if lex.folded is not None:
        source = _folded(text)
        trigger_pattern, reporting_pattern = lex.folded[0], lex.folded[1]
    else:
        source, trigger_pattern, reporting_pattern = text, lex.triggers, lex.reporting
    trigger_scan, reporting_scan = trigger_pattern.finditer, reporting_pattern.finditer
    bisect_left = bisect.bisect_left
    qualifier_by_end = {mention.end: mention for mention in qualifiers}
    events: list[EventCandidate] = []
    last_person: Mention | None = None
    last_group: Mention | None = None  # the last group named in the sentence before ("they")
    types_named: set[str] = set()  # the event types the sentences before named
    for sentence in sentences:
        s_start, s_end = sentence.start, sentence.end
        low, high = bisect_left(mention_starts, s_start), bisect_left(mention_starts, s_end)
        in_sentence = mentions[low:high]
        # a reporting word inside a name is part of it: "the United States", "Says Ali"
        reporting = [match.span() for match in reporting_scan(source, s_start, s_end)
                     if not (in_sentence and _covered(mention_starts, mention_reach, mentions, low, match.start()))]
        place_ends = {m.end for m in in_sentence if m.kind == "location"}
        actors = [m for m in in_sentence if m.kind == "actor"
                  and not (m.is_country and (_is_setting(text, max(s_start, m.start - 12), m.start)
                                             or m.start - 2 in place_ends and _is_apposed(text, m)))
                  and not (m.seat and _is_place_of(text, max(s_start, m.start - 14), m.start, m.end))
                  and not (m.rule.startswith("organizations.") and _is_venue(text, max(s_start, m.start - 20), m))]
        sentence_quantities = _between(quantities, quantity_starts, s_start, s_end)
        triggers = []
        object_end = -1  # where the object of the last verb that names an event with its object ends
        for match in trigger_scan(source, s_start, s_end):
            position, match_end = match.span()
            if position < object_end:
                continue  # "launched long-range attack drones": "attack" is part of what was launched
            if match.lastindex:
                object_end = match.end(match.lastindex)
            if in_sentence and _covered(mention_starts, mention_reach, mentions, low, position):
                continue  # part of a name ("Union Determination 2022" exercise names stay events, names don't)
            if (text[position].isupper() and _in_capitalised_name(text, s_start, position, match_end)
                    and not _title_case(text[s_start:s_end])):
                continue  # "Marine Le Pen's National Rally party": a name no rule knows, not a rally
            if any(q.start <= position < q.end for q in sentence_quantities):
                continue
            word = text[position:match_end]
            if (lex.verb_only and _is_verb_only(word)
                    and not _VERB_BEFORE.search(text, max(s_start, position - 12), position)):
                continue  # "a host of": a noun, no event
            event_type = _event_type(word)
            if not event_type:
                continue
            if event_type == "visit" and _MILITARY_NOUNS.search(text, max(s_start, position - 60), position):
                event_type = "mobilize_forces"
            window_start = max(s_start, position - 12)
            if (event_type in types_named and (not folded or source.find("th", window_start, position) != -1)
                    and _DEMONSTRATIVE_BEFORE.search(text, window_start, position)
                    and not lex.complement_that.search(text, max(s_start, position - 30), position)):
                continue  # "these maneuvers": the exercises an earlier sentence named, no new event
            triggers.append(Trigger(position, match_end, word, event_type))
        if not triggers and reporting:
            first_start, first_end = reporting[0]
            triggers.append(Trigger(first_start, first_end, text[first_start:first_end], "make_statement"))
        speaker = attribution = None
        if reporting:
            first_start, first_end = reporting[0]
            attribution = (first_start, first_end, text[first_start:first_end])
            speaker = _speaker(text, reporting[0], actors, last_person)
        addressees = _addressees(text, reporting, actors) if reporting else {}
        claim_start = attribution[0] if attribution is not None and _is_claim(attribution[2]) else None
        if triggers:
            sentence_text = text[s_start:s_end]
            # every time phrase counts for nearness: the nearest one unresolved ("in the near future")
            # leaves the event undated rather than dated by a farther phrase that belongs to another
            sentence_times = _between(times, time_starts, s_start, s_end)
            # Who is the speaker, and each place's role, do not depend on the trigger: work them out once.
            is_speaker = [speaker is not None and mention == speaker for mention in actors]
            speaker_extra = (speaker, "source") if speaker is not None and not any(is_speaker) else None
            acting_seats = {mention.start for mention in actors if mention.seat}  # capitals that act here
            has_pronoun = _HE_OR_SHE.search(text, s_start, s_end) is not None  # most sentences have none
            has_they = _THEY.search(text, s_start, s_end) is not None
            negating = lex.negation_word.search(source, s_start, s_end) is not None
            places: list[tuple[Mention, str]] = []
            for place in in_sentence:
                if place.kind != "location":
                    continue
                if places and (place.start - 2 == places[-1][0].end and _is_apposed(text, place)
                               or _in_place_list(text, places[-1][0], place)
                               and not any(t.start - place.end in (1, 2) for t in triggers)):  # ", and Iran launched"
                    places.append((place, places[-1][1]))  # "in Warsaw, Poland", "in Paris and Lyon"
                else:
                    places.append((place, _place_role(text[max(s_start, place.start - 40):place.start],
                                                      text[place.end:place.end + 20])))
            breaks = [match.span() for match in _CLAUSE_BREAK.finditer(text, s_start, s_end)]
            coordinations = [match.end() for match in _COORDINATION.finditer(text, s_start, s_end)] if breaks else []
            # coordinated clauses with triggers on both sides: "Israeli jets struck sites near Natanz, and Iran
            # launched 35 drones" (the drones are not the jets', Natanz not the drones')
            clause_ends = [end for end in coordinations if triggers[0].start < end <= triggers[-1].start] \
                if len(triggers) > 1 else []
            fronted = _FRONTED_PHRASE.match(text, s_start, s_end) if sentence_times else None
            fronted_end = fronted.end() if fronted is not None else None
            later_clauses = _later_clauses(text, s_start, s_end, triggers) if breaks else []
            relatives = _relative_clauses(text, s_start, s_end) if breaks and sentence_times else []
            shifted = [match.end() for match in _SHIFTED_CLAUSE.finditer(text, s_start, s_end)] \
                if "," in sentence_text else []
            # a reporting word opens a predicate of its own: "denies any pretensions and declares itself
            # threatened" (the denial does not reach past "declares"); not one that is itself a claim cue
            cue_breaks = sorted([*breaks, *(span for span in reporting if not _is_claim(text[span[0]:span[1]]))]) \
                if reporting else breaks
            break_ends = [end for _, end in cue_breaks]
            previous: EventCandidate | None = None  # the sentence's event before this trigger's
            for index, trigger in enumerate(triggers):
                trigger_start = trigger.start
                # a time phrase after a coordinated clause with a trigger of its own is that clause's:
                # "have called for sanctions, and Stoltenberg will meet them next week" (not a list:
                # "met Chile, Peru, and Bolivia on Monday")
                times_here = [t for t in sentence_times if t.start < trigger_start
                              or not any(trigger_start < end <= t.start and triggers[-1].start >= end
                                         for end in coordinations)] \
                    if coordinations and sentence_times else sentence_times
                if relatives:
                    times_here = _times_of_clause(times_here, relatives, trigger_start)
                if shifted:  # ", days after the opposition called for protests": dates of that clause only
                    opens, closes = _clause_around(shifted, trigger_start, s_start, s_end)
                    times_here = [t for t in times_here if opens <= t.start < closes]
                if fronted_end is not None and trigger_start < fronted_end:
                    # "In response to a revolution in Ukraine, Russia annexed Crimea in 2014": the year
                    # after the fronted phrase is the main clause's
                    times_here = [t for t in times_here if t.start < fronted_end]
                if len(times_here) > 1:
                    date = min(times_here, key=lambda t: abs(t.start - trigger_start))
                else:
                    date = times_here[0] if times_here else None
                if date is not None and not date.resolved:
                    date = None
                if date is not None and date.start < trigger_start:
                    speech = lex.speech_object.search(text, max(s_start, trigger_start - 60), trigger_start)
                    if speech is not None and date.start < speech.start():
                        date = None  # "today justified the exercises": today is the justification's
                if (date is not None and date.start > trigger.end and index + 1 < len(triggers)
                        and triggers[index + 1].end < date.start and _dates_a_later_noun(text, triggers, trigger,
                                                                                            date.start)):
                    date = None  # "wish to continue the talks started last week": last week is the talks'
                status, status_rule = _status(source, s_start, cue_breaks, break_ends, trigger, date, published, folded,
                                              negating)
                if (status == "planned" and _is_past_form(trigger.text)
                        and not _AUXILIARY_BEFORE.search(text, max(s_start, trigger_start - 24), trigger_start)):
                    # "will visit Lima on Friday, a day after they spoke": a verb in the past tense is
                    # no plan ("will be deployed" is), and a day still to come belongs to another clause
                    status, status_rule = "occurred", "events.status_past_tense"
                    if date is not None and published is not None and date.date_start and date.date_start > published:
                        date = None
                if status_rule == "events.status_default" and claim_start is not None and claim_start >= trigger.end:
                    status, status_rule = "claimed", "events.status_claimed_after"  # "..., officials claimed."
                if (status != "negated" and previous is not None and previous.status == "negated"
                        and previous.trigger.event_type == trigger.event_type
                        and _OBJECT_GAP.fullmatch(text, previous.trigger.end, trigger_start)):
                    status, status_rule = "negated", "events.status_negated"  # "has not signed an agreement": one event
                event_actors = _parties(text, s_start, triggers, index, actors, is_speaker) if actors else []
                if later_clauses and event_actors:  # "talks with Macron, who has not ruled out troops for Ukraine"
                    event_actors = [(mention, role) for mention, role in event_actors
                                    if role != "target" or not _in_later_clause(later_clauses, trigger.end, mention)]
                if addressees:  # "sources told Reuters that talks failed": Reuters is told, it holds no talks
                    event_actors = [(mention, role) for mention, role in event_actors
                                    if addressees.get(mention.start, trigger_start) == trigger_start]
                if len(event_actors) > 1 and coordinations:
                    event_actors = _clause_initiators(event_actors, coordinations, trigger_start)
                if shifted and event_actors and shifted[0] <= trigger_start:  # its own subject, not the sentence's
                    opens = shifted[bisect.bisect_right(shifted, trigger_start) - 1]
                    event_actors = [(mention, role) for mention, role in event_actors
                                    if role != "initiator" or mention.end > opens]
                if previous is not None and _shares_initiators(text, max(s_start, trigger_start - 30), trigger):
                    # "Ruiz met Duda and discussed ...": Ruiz discussed, not Duda (the object of "met");
                    # "Ruiz will travel to Lima for talks": Ruiz holds them
                    shared = [(mention, role) for mention, role in previous.actors if role == "initiator"]
                    if shared:
                        event_actors = [*shared, *((mention, role) for mention, role in event_actors
                                                   if role != "initiator")]
                if speaker_extra:
                    event_actors.append(speaker_extra)
                qualifier = qualifier_by_end.get(trigger_start - 1) if qualifier_by_end else None
                if qualifier is not None and text[trigger_start - 1] in " \u00a0" and qualifier.start >= s_start:
                    event_actors = [(qualifier, "initiator"),
                                    *((mention, role) for mention, role in event_actors if role != "initiator")]
                if has_pronoun and not any(role == "initiator" for _, role in event_actors):
                    pronoun = _pronoun_initiator(text, s_start, trigger_start, actors, last_person)
                    if pronoun is not None and (speaker is None or pronoun.start != speaker.start):
                        event_actors.append((pronoun, "initiator"))
                if (speaker is not None and attribution is not None and attribution[1] < trigger_start
                        and " it " in sentence_text and not any(role == "initiator" for _, role in event_actors)):
                    it = _it_initiator(text, trigger_start, speaker, attribution[1])
                    if it is not None:
                        event_actors.append((it, "initiator"))
                if has_they and not any(role == "initiator" for _, role in event_actors):
                    they = _they_initiator(text, s_start, trigger_start, actors, last_group)
                    if they is not None:
                        event_actors.append((they, "initiator"))
                if previous is not None and _acted_on(text, s_start, previous.trigger, trigger):
                    # the verb's subject does not initiate what it acts on, and its date is not its date
                    verb_start = previous.trigger.start
                    event_actors = [(mention, role) for mention, role in event_actors
                                    if not (role == "initiator" and mention.end <= verb_start)]
                    if date is not None and date.start < verb_start:
                        date = None
                elif (date is not None and date.start < trigger_start and previous is not None
                      and previous.trigger.event_type == "accuse"
                      and _ACCUSED_OF.fullmatch(text, previous.trigger.end, trigger_start)):
                    date = None  # "on Monday accused Poland of sending troops": Monday is the accusation's
                # a country or capital named as the subject of the sentence, or with no preposition as
                # a party the event is directed at ("invited Russia", "accused Poland"), is an actor,
                # not a place
                event_places = _event_places(text, s_start, triggers, index, places, event_actors,
                                             acting_seats) if places else places
                if later_clauses and event_places:
                    event_places = [(place, role) for place, role in event_places
                                    if not _in_later_clause(later_clauses, trigger.end, place)]
                if trigger.event_type == "visit" and event_places:  # "will visit Shanghai": where to
                    event_places = [(place, "destination" if role == "subject"
                                     and _OBJECT_OF_VISIT.fullmatch(text, trigger.end, place.start) else role)
                                    for place, role in event_places]
                clause_quantities = sentence_quantities
                if shifted:  # its places and quantities too
                    opens, closes = _clause_around(shifted, trigger_start, s_start, s_end)
                    clause_quantities = [q for q in clause_quantities if opens <= q.start < closes]
                    event_places = [(place, role) for place, role in event_places if opens <= place.start < closes]
                if clause_ends:
                    low_end, high_end = _clause_around(clause_ends, trigger_start, s_start, s_end)
                    clause_quantities = [q for q in clause_quantities if low_end <= q.start < high_end]
                    first_trigger = triggers[0].start
                    event_places = [(place, role) for place, role in event_places
                                    if low_end <= place.start < high_end or place.start < first_trigger]
                if len(clause_quantities) > 1:  # the nearest that counts something, else the nearest
                    counted = [q for q in clause_quantities if q.item] or clause_quantities
                    event_quantities = [min(counted, key=lambda q: abs(q.start - trigger_start))]
                else:
                    event_quantities = list(clause_quantities)
                rule = "events.trigger"
                if trigger.event_type == "military_exercise" and _by_several_states(event_actors):
                    # "Russia and Belarus justified combat readiness exercises": joint, not one state's
                    trigger, rule = replace(trigger, event_type="cooperate_militarily"), "events.joint_forces"
                event_attribution, event_speaker = attribution, speaker
                if shifted and attribution is not None and (attribution[0] >= shifted[0]) != (trigger_start >= shifted[0]):
                    # ", days after the United States said it would withdraw": the US reports the withdrawal only
                    event_attribution = event_speaker = None
                    event_actors = [(mention, role) for mention, role in event_actors if role != "source"]
                events.append(EventCandidate(s_start, s_end, sentence_text, trigger, status, status_rule, date,
                                             event_attribution, event_speaker, event_actors, event_places,
                                             event_quantities, rule))
                previous = events[-1]
        types_named.update(trigger.event_type for trigger in triggers)
        # "He" most often refers to the subject of the latest sentence naming a person: its first person.
        for mention in actors:
            if mention.rule.startswith("people."):
                last_person = mention
                break
        groups = [mention for mention in actors if mention.rule in _GROUP_RULES]
        last_group = groups[-1] if groups else None
    return events
