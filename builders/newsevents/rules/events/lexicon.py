"""The trigger lexicon (`event_triggers.yaml`) compiled into patterns: triggers, reporting words,
status cues and negations, with case folding so that most scans run case-sensitively."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..tokens import ASCII_TWINS, lexicon_key, word_trie
from .verbs import _is_past_form

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


#: What may follow a stop word that only hedges an amount: "about 180", "over a dozen", "around two".
_NUMBER_AFTER_HEDGE = (r"(?:\d|a\s+dozen|dozens|hundreds|thousands|two|three|four|five|six|seven|eight|nine|ten|"
                       r"twenty|thirty|fifty|a\s+hundred)")


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
    """Whole-word patterns for `forms` (and the alternation `extra`, of lower-case words, tried after
    them): case-insensitive on the text, and, when every form is plain lower-case words,
    case-sensitive on the folded text (several times faster)."""
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
    #: Matches where a window ends with a verb that stops what follows it ("foiled a ", "thwarted an ").
    foiling: re.Pattern[str]
    #: Any word a negation opens with: a sentence without one needs no negation look-up per trigger.
    negation_word: re.Pattern[str]
    #: Trigger forms that count only as a verb, after a modal or "to" ("will host", not "a host of").
    verb_only: frozenset[str]
    #: Trigger forms that count only as a noun, not after a modal or "to" ("to exercise restraint").
    noun_only: frozenset[str]
    #: Trigger forms that, right before another trigger, only say what kind it is ("ceasefire talks").
    modifiers: frozenset[str]
    #: Trigger forms that sign what the next trigger names ("signed a ceasefire": one event).
    signing_verbs: frozenset[str]
    #: The event types a signing verb and what it signs share.
    signed_types: frozenset[str]
    #: The event type of each capturing group of `triggers` (the object of a verb that names an event
    #: only before it, or a verb that names one only after its subject): group n is `object_types[n - 1]`.
    object_types: tuple[str, ...]
    #: The capturing groups of `triggers` that are verbs needing their subject (the others are objects).
    subject_groups: frozenset[int]
    #: For each verb of those groups, the event type and subject pattern (matching where a window ends
    #: with the subject: "Protesters ", "Russian forces ") of each group that has it, in order: the
    #: first whose subject is found gives the event's type.
    subject_readings: dict[str, tuple[tuple[str, re.Pattern[str]], ...]]
    #: Matches right after a fighting word aimed at people who do not fight: " on the crowd", " at
    #: unarmed protesters" ("opened fire on the crowd" is an assault).
    unarmed_after: re.Pattern[str]
    #: Event types without a direction, whose parties are participants ("talks between Russia and the US").
    joint_types: frozenset[str]
    #: Matches where a window ends with "that" opening what a verb says ("warned that ", ", that "):
    #: no demonstrative.
    complement_that: re.Pattern[str]
    #: Matches where a window ends with a verb that speaks about the event named next and up to four
    #: words of its object: "justified “improvised” combat readiness ".
    speech_object: re.Pattern[str]
    #: Matches "and " before a verb of speech or thought in the past tense, a predicate of its own
    #: ("accused them of plotting a revolution and vowed to hold elections"); the verb is group 1 (the
    #: caller checks the space before "and": a literal first, matched case-sensitively, lets the
    #: engine skip ahead to it; mid-sentence both words are in lower case).
    and_speech: re.Pattern[str]
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


#: One alternative of a pattern and the letters a match of it can start with.
Branch = tuple[str, frozenset[str]]
#: How many alternatives one first-letter test guards (see `_guarded`).
_GUARDED_BRANCHES = 4


def _first_letters(words: list[str]) -> frozenset[str]:
    return frozenset(word[0].lower() for word in words)


def _guarded(branches: list[Branch]) -> str:
    """The alternation of `branches`, in their order, every few behind one test of the letters they
    can start with: "(?=[aeg])(?:…|…|…)". Python's regex engine enters each alternative that opens
    with a group at every position it tries; the test skips a run of them at once. No group is added,
    so group numbers stay those of the branches."""
    chunks = []
    for first in range(0, len(branches), _GUARDED_BRANCHES):
        run = branches[first:first + _GUARDED_BRANCHES]
        letters = "".join(sorted(set().union(*(letters for _, letters in run))))
        chunks.append(f"(?=[{re.escape(letters)}])(?:{'|'.join(pattern for pattern, _ in run)})")
    return "|".join(chunks)


def _object_triggers(groups: dict[str, dict[str, Any]], type_of: dict[str, str]) -> tuple[list[Branch], list[str],
                                                                                   tuple[str, ...]]:
    """One alternation of the verbs that name an event only before what they act on, each verb
    followed by a lookahead for its objects: "launched(?=...(drones))", the object the only capturing
    group of its branch; the verbs that are also plain forms, which the caller tries after these
    branches instead of among the plain forms ("rejected the accusations": a denial; "rejected the
    plan": a rejection; a longer plain form, tried before both, still wins: "rejected claims of
    fraud"); and the event type of each group number, as a verb may act on objects of several types
    ("sent troops", "sent aid"). A group with `complements` needs one of them after its object ("called
    the reports baseless"). Adds the other verbs to `type_of` (their first group's type)."""
    plain = set(type_of)
    # "up to 1,100 troops" and "about 180 missiles" go on: a stop before a number hedges it
    gap_word = (rf"(?!(?:{_alternation(_GAP_STOPS)})\s(?!{_NUMBER_AFTER_HEDGE})|(?<!up\s)to\s)"
                r"(?:\d{1,3}(?:,\d{3})+|\d+\.\d+%?|(?:[a-z]\.){2,}|[^\s.,;:]+)\s+")
    branches, types, also_plain = [], [], []
    for name, group in groups.items():
        event_type = group.get("event_type", name)
        # a complement the object must be called: "called the reports baseless", "branded the claims as lies"
        complement = (rf"\s+(?:as\s+)?(?:{_alternation(group['complements'])})(?![\w-])"
                      if "complements" in group else rf"(?!\s+(?:{_alternation(_OBJECT_MODIFIES)})(?![\w-]))")
        # an object is no owner: "dismissed the minister's remarks" dismisses no minister
        objects = (rf"(?=\s+(?:{gap_word}){{0,{_OBJECT_GAP_WORDS}}}?({_alternation(group['objects'])})"
                   rf"(?![\w-]|['’]s(?![\w-])){complement})")
        branches.append((rf"(?:{_alternation(group['verbs'])}){objects}", _first_letters(group["verbs"])))
        types.append(event_type)
        for verb in group["verbs"]:
            if verb.lower() in plain:
                also_plain.append(verb.lower())
            else:
                type_of.setdefault(verb.lower(), event_type)
    return branches, sorted(set(also_plain)), tuple(types)


def _subject_triggers(groups: dict[str, dict[str, Any]]) -> tuple[list[Branch], tuple[str, ...],
                                                               dict[str, tuple[tuple[str, re.Pattern[str]], ...]]]:
    """One alternation of the verbs that name an event only after who does it, each verb group one
    capturing group; the event type of each; and, for each verb, the type and subject pattern of every
    group that has it, in order, as a verb may name events of several types by who does it ("protesters
    stormed": a protest; "troops stormed": fighting). A subject pattern matches where a window ends with
    one of the group's subjects, perhaps a comma ("the truce, brokered by Qatar"), and up to four words
    ("Russian forces ", "protesters angry at the tax "), or five after "of" ("supporters of former
    Brazilian President Jair Bolsonaro "); a group marked `passive` needs "were", "be" and the like
    before the verb ("troops were sent")."""
    branches, types = [], []
    readings: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for name, group in groups.items():
        branches.append((f"({_alternation(group['verbs'])})", _first_letters(group["verbs"])))
        event_type = group.get("event_type", name)
        types.append(event_type)
        # a group in the passive needs its auxiliary before the verb: "troops were sent" ("troops sent letters")
        gap = (r"(?:[^\s,;:.]+\s+){0,3}?(?:was|were|is|are|be|been|being)\s+(?:[a-z]+ly\s+|also\s+|then\s+)?"
               if group.get("passive") else r"(?:of\s+(?:[^\s,;:.]+\s+){0,5}|(?:[^\s,;:.]+\s+){0,4})")
        subject = re.compile(rf"(?<![\w-])(?:{_alternation(group['subjects'])}),?\s+{gap}\Z", re.I)
        for verb in group["verbs"]:
            readings.setdefault(lexicon_key(verb), []).append((event_type, subject))
    return branches, tuple(types), {verb: tuple(found) for verb, found in readings.items()}


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
    # the plain forms first (the longest wins: "sending their troops", "rejected claims"), then the
    # verbs before their objects ("rejected the accusations": a denial), then the verbs that are also
    # plain forms on their own ("rejected the plan": a rejection), then the verbs after their subjects
    # ("protesters gathered")
    with_objects, also_plain, object_types = _object_triggers(data.get("object_triggers", {}), type_of)
    with_subjects, subject_types, subject_readings = _subject_triggers(data.get("subject_triggers", {}))
    plain_forms = [form for form in plain_forms if form not in set(also_plain)]
    later = _guarded([*with_objects, *([(_alternation(also_plain), _first_letters(also_plain))] if also_plain else []),
                      *with_subjects])
    # precedence: the first cue class that matches decides
    statuses = ("denied", "claimed", "unknown", "proposed", "planned", "ongoing")
    cues = [(status, _patterns(data["status_cues"][status])) for status in statuses]
    triggers, reporting = _patterns(plain_forms, later), _patterns(data["reporting"])
    any_cue = _patterns([form for status in statuses for form in data["status_cues"][status]])
    folded = None
    fast_cues = tuple((status, fast) for status, (_, fast) in cues if fast is not None)
    fast_triggers, fast_reporting, fast_any_cue = triggers[1], reporting[1], any_cue[1]
    if fast_triggers and fast_reporting and fast_any_cue and len(fast_cues) == len(cues):
        folded = (fast_triggers, fast_reporting, fast_cues, fast_any_cue)
    past_speech = {form.lower() for form in (*data["speech_verbs"], *data["complement_verbs"])
                   if _is_past_form(form)}
    # a short complement may stand between the noun and its verb: "a meeting between the two leaders was
    # not on the agenda", "the protests in Quito continue"
    # (not a predicate of its own: "ended the state of emergency on Thursday and said it would …")
    # (nor a relative clause between commas: "talks with the United States, which had been scheduled for
    # Sunday, would not take place")
    complement = (r"(?:\s+(?:between|of|with|in|at|on)\s+(?:(?!(?:and|but|or|said|says|that|which|who)\s)[\w’'-]+\s+){0,7}?"
                  r"[\w’'-]+)?(?:,\s+(?:which|who)\s[^,;:.()“”\"]{1,60},)?")
    cues_after = tuple((status, re.compile(rf"{complement}\s+(?:{_alternation(forms)})\b", re.I))
                       for status, forms in data["status_cues_after"].items())
    return Lexicon(
        triggers=triggers[0],
        negation=_negation([*data["negation_before"], *data["foiling_verbs"]], data["negation_gap"]),
        negation_word=_negation_word([*data["negation_before"], *data["foiling_verbs"]]),
        foiling=_negation(data["foiling_verbs"], data["negation_gap"]),
        verb_only=frozenset(form.lower() for form in data["verb_only"]),
        noun_only=frozenset(form.lower() for form in data["noun_only"]),
        modifiers=frozenset(lexicon_key(form) for form in data["modifiers"]),
        joint_types=frozenset(data["joint_types"]),
        object_types=(*object_types, *subject_types),
        unarmed_after=re.compile(rf"\s+(?:on|at)\s+(?:[^\s.,;:]+\s+){{0,3}}?(?:{_alternation(data['unarmed_after'])})"
                                 r"(?![\w-])", re.I),
        subject_groups=frozenset(range(len(object_types) + 1, len(object_types) + len(subject_types) + 1)),
        subject_readings=subject_readings,
        signing_verbs=frozenset(lexicon_key(form) for form in data["signing_verbs"]),
        signed_types=frozenset(data["signed_types"]),
        complement_that=re.compile(
            rf"(?:,|(?<![\w-])(?:{_alternation([*data['reporting'], *data['speech_verbs'], *data['complement_verbs']])}))"
            r"\s+that\s+\Z", re.I),
        speech_object=re.compile(rf"(?<![\w-])(?:{_alternation(data['speech_verbs'])})\s+(?:[^\s,;:.]+\s+){{0,4}}\Z",
                                 re.I),
        and_speech=re.compile(rf"and[ \u00a0]({_alternation(sorted(past_speech))})(?![\w-])"),
        type_of=type_of,
        reporting=reporting[0],
        cues=tuple((status, exact) for status, (exact, _) in cues),
        cues_after=cues_after,
        folded=folded,
    )


@lru_cache(maxsize=256)
def _is_claim(reporting_words: str) -> bool:
    """Reporting words that are themselves a claim cue ("claimed", "alleges"): what they report is claimed."""
    return any(status == "claimed" and pattern.fullmatch(reporting_words) for status, pattern in lexicon().cues)


@lru_cache(maxsize=4096)
def _is_verb_only(word: str) -> bool:
    """Whether a trigger as written counts only as a verb ("host"); cached like `_event_type`."""
    return lexicon_key(word) in lexicon().verb_only


@lru_cache(maxsize=4096)
def _is_signing(word: str) -> bool:
    """Whether a trigger as written signs what the next trigger names ("signed", "signing of")."""
    return lexicon_key(word) in lexicon().signing_verbs


@lru_cache(maxsize=4096)
def _is_modifier(word: str) -> bool:
    """Whether a trigger as written only modifies a trigger right after it ("ceasefire talks")."""
    return lexicon_key(word) in lexicon().modifiers


@lru_cache(maxsize=4096)
def _event_type(word: str) -> str:
    """The event type of a trigger as written (cached: "said", "talks", "signed" come back often);
    "" for a phrase that names no event ("seized power")."""
    return lexicon().type_of.get(lexicon_key(word), "")
