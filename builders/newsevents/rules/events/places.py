"""Where an event happens: each place's role from its preposition, and which places belong to
which trigger of the sentence."""

from __future__ import annotations

import re
from functools import lru_cache

from .parties import _later_triggers, _taker
from .records import Mention, Trigger

_PLACE_WORDS = re.compile(r"[a-z’']+")


#: Directions before a place's name: "in the southern Gaza Strip", "in north-eastern Syria".
#: The second half of "Indian-administered", "Russian-occupied": who holds the place, before its name.
_CONTROLLED_WORDS = frozenset({"administered", "controlled", "held", "occupied", "annexed", "run"})
_DIRECTION_WORDS = frozenset({"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
                              "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern",
                              "north-western", "south-eastern", "south-western", "northeast", "northwest",
                              "southeast", "southwest"})


#: The role of a place right after a preposition.
#: Events that ask for a later one: what that one is about, they are about too.
_ASKING_TYPES = frozenset({"appeal", "appeal_to_negotiate"})
#: Nouns of a state of affairs: a place after them ("the crisis in France") is what an event is about.
_TOPIC_NOUNS = frozenset({"crisis", "crises", "situation", "conflict", "conflicts", "tensions", "developments",
                          "unrest", "turmoil", "standoff", "dispute", "stalemate", "deadlock", "escalation",
                          "instability", "future", "security", "status"})
#: Verbs after which "to" says where an event now takes place, not where someone goes.
_SPREAD_WORDS = frozenset({"spread", "spreads", "spreading", "extended", "extends", "expanded", "expands"})
_ROLE_AFTER = {"in": "occurred_in", "at": "occurred_in", "inside": "occurred_in", "within": "occurred_in",
               "to": "destination", "for": "destination", "towards": "destination", "toward": "destination",
               "into": "destination", "from": "origin", "along": "near", "near": "near", "around": "near",
               "off": "near", "outside": "near", "through": "occurred_in",
               "across": "occurred_in", "throughout": "occurred_in"}


#: The last punctuation that ends a clause or phrase before a place, and what follows it.
_CLAUSE_BEFORE_PLACE = re.compile(r"[,;:()“”\"][^,;:()“”\"]*\Z")


#: Before a comma, a noun a place's name is in apposition to: "in the Ukrainian capital, Kyiv"; and
#: before "of" ("in the port of Odesa").
_PLACE_NOUN_WORDS = ("capital", "city", "town", "village", "region", "province", "port", "state", "country")


#: Words for a place, or a part of one, that the place after "of" names: "the port of Odesa", "the
#: outskirts of Kyiv".
_PART_WORDS = frozenset({*_PLACE_NOUN_WORDS, "outskirts", "suburbs", "centre", "center", "heart", "edge"})
#: Words for parts of a place that take the role of the preposition right before them and a quantifier:
#: "in several neighbourhoods of Caracas", "spread to parts of Khartoum" (not "to annex parts of Ukraine").
_AREA_WORDS = frozenset({"parts", "part", "areas", "area", "districts", "district", "neighbourhoods", "neighborhoods",
                         "neighbourhood", "neighborhood", "cities", "towns", "villages", "regions", "provinces"})
_QUANTIFIERS = frozenset({"the", "several", "some", "many", "most", "all", "other", "two", "three", "large", "various"})


_PLACE_NOUNS = rf"(?i:{'|'.join(_PLACE_NOUN_WORDS)})"


_APPOSED_TO = re.compile(rf"{_PLACE_NOUNS}\s*\Z")


_APPOSED_PLACE = re.compile(rf"(?<![\w-]){_PLACE_NOUNS},\s+\Z")


#: Right before "over" and a place, words of what happens in the air above it: "shot down over",
#: "intercepted over", "flew over".
_AERIAL_WORDS = frozenset({"down", "downed", "intercepted", "flew", "flying", "flown", "flies", "exploded", "crashed",
                           "hovered", "hovering", "spotted", "sighted", "detected"})


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
            words: list[str] = _PLACE_WORDS.findall(before[:clause.start()].lower())[-4:]
            preposition = next((word for word in reversed(words) if word in _ROLE_AFTER), None)
            return _ROLE_AFTER[preposition] if preposition else "subject"
        before = before[clause.start() + 1:]  # "a revolution in Ukraine, Russia annexed": Russia is no setting
    words = _PLACE_WORDS.findall(before.lower())
    if len(words) > 1 and words[-1] == "of" and words[-2] == "streets":
        return "occurred_in"  # "took to the streets of Tel Aviv", "marched through the streets of Tbilisi"
    if len(words) > 2 and words[-1] == "of" and words[-2] in _PART_WORDS:
        # "in the Black Sea port of Odesa": the role of the phrase the place names
        return _role_of_phrase(words[:-2])
    if len(words) > 2 and words[-1] == "of" and words[-2] in _AREA_WORDS:
        phrase = words[:-2]
        while phrase and phrase[-1] in _QUANTIFIERS:
            phrase.pop()
        if phrase and phrase[-1] in _ROLE_AFTER:
            return _role_of_phrase(phrase)
    if _is_out_of(words, len(words) - 1):
        return "origin"  # "pulled out of Afghanistan"
    if len(words) > 1 and words[-1] in _CONTROLLED_WORDS and before.rstrip().lower().endswith("-" + words[-1]):
        del words[-2:]  # "in Indian-administered Kashmir", "in Russian-occupied Kherson": the role of "in"
    while words and words[-1] in _DIRECTION_WORDS:  # "in the southern Gaza Strip": the role of "in the"
        words.pop()
    if words and words[-1] == "the" and len(words) > 1 and words[-2] in _ROLE_AFTER:
        words.pop()  # "a trip to the United States": the role of "to"
    window = words[-4:]
    if "border" in " ".join(window) or "borders" in window:
        return "near"
    if not window:
        return "subject"
    if len(window) > 1 and window[-2] in _TOPIC_NOUNS and window[-1] in ("in", "on", "over", "around"):
        return "subject"  # "to discuss the crisis in France": what the event is about, not where
    if len(window) > 1 and window[-1] == "over" and window[-2] in _AERIAL_WORDS:
        return "occurred_in"  # "drones were shot down over Lahore": in its airspace, not what it is about
    if "in" in window[-2:] or len(window) > 1 and window[-2] in _SPREAD_WORDS and window[-1] in ("to", "into"):
        return "occurred_in"  # "protests in Paris", "protests have spread to Belgium"
    # otherwise also "talks on Ukraine", "fears over Taiwan": what the event is about
    return _ROLE_AFTER.get(window[-1], "subject")


def _is_out_of(words: list[str], index: int) -> bool:
    """Whether `words[index]` is the "of" of "out of"."""
    return index > 0 and words[index] == "of" and words[index - 1] == "out"


def _role_of_phrase(words: list[str]) -> str:
    """The role of a phrase a place names from the last of its five words before it that gives one:
    "in the Black Sea" (port of Odesa), "pulled out of the" (town of Bakhmut)."""
    for index in range(len(words) - 1, max(len(words) - 5, 0) - 1, -1):
        if _is_out_of(words, index):
            return "origin"
        if words[index] in _ROLE_AFTER:
            if index and words[index] in ("to", "into") and words[index - 1] in _SPREAD_WORDS:
                return "occurred_in"  # "spread to parts of Khartoum"
            return _ROLE_AFTER[words[index]]
    return "subject"


def _closing_word(words: str) -> re.Pattern[str]:
    """Matches where a window ends with one of `words`, maybe "the" and maybe a direction word:
    "protests in (the) ", "marched through central "."""
    directions = "|".join(sorted(_DIRECTION_WORDS, key=lambda word: -len(word)))
    alternatives = "|".join(word.replace("_", r"\s+") for word in words.split())  # "spread_to": two words
    return re.compile(rf"(?<![\w-])(?:{alternatives})\s+(?:the\s+)?(?:(?:{directions})\s+)?\Z", re.I)


#: How far before a place its preposition is looked for: "in the north-eastern " fits.
PREPOSITION_WINDOW = 28


_SETTING = _closing_word("in inside within near outside across throughout spread_to spreads_to spreading_to "
                         "spread_into spreads_into spreading_into fled fled_to fled_into fleeing fleeing_to "
                         "fleeing_into flee flee_to flee_into crossed_into crossing_into crosses_into cross_into")


#: Right before an organization that stands for its building: "outside the Bundestag", "at the Kremlin".
_VENUE_BEFORE = re.compile(r"(?<![\w-])(?:outside(?:\s+of)?|inside|near|at|opposite|in\s+front\s+of|converged\s+on|"
                           r"marched\s+on|stormed)\s+(?:the\s+)?\Z", re.I)


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


#: Right before a place that talks or an agreement are about: "further talks on Ukraine", "a deal over
#: Taiwan" (not "sanctions on Russia": Russia is their target).
_TOPIC_BEFORE = re.compile(r"(?<![\w-])(?:talks|negotiations|discussions|consultations|meetings?|summit|conference|"
                           r"agreement|deal|dialogue|debate|resolution|accord)\s+(?:on|about|over)\s+(?:the\s+)?\Z",
                           re.I)


#: Either of the two above, in one search.
_SETTING_OR_TOPIC = re.compile(f"{_SETTING.pattern}|{_TOPIC_BEFORE.pattern}", re.I)


def _is_setting_or_topic(text: str, start: int, end: int) -> bool:
    """Whether the place at `end` stands after "in", "at", "near" ("protests in Poland"), or is what
    talks or an agreement right before it are about ("talks on Ukraine"): then the state that
    shares its name is no party to the sentence's events."""
    return _ends_with(_SETTING_OR_TOPIC, text[start:end])


_PREPOSITION = _closing_word("in at to for from into toward towards near on of inside within outside via through "
                             "across between around over")


def _is_place_of(text: str, start: int, end: int, place_end: int) -> bool:
    """Whether a capital at end:place_end is a place ("talks in Moscow", "support for Kiev",
    "Moscow-based", "in the capital, Kyiv"), not its government acting ("Moscow said", "delegations
    from Moscow and Kyiv met": whom they come from is who sends them)."""
    window = text[start:end]
    return (text.startswith("-", place_end) or _ends_with(_PREPOSITION, window) and not _ends_with(_SENT_FROM, window)
            or text.startswith(", ", end - 2) and _APPOSED_PLACE.search(text, start, end) is not None)


#: Right before a capital, people a government sends and "from": "delegations from ", "envoys from the ".
_SENT_FROM = re.compile(r"(?<![\w-])(?:delegations?|delegates|officials|envoys?|negotiators|diplomats|representatives|"
                        r"ministers|emissaries|mediators|teams?)[ \u00a0]+from[ \u00a0]+(?:the[ \u00a0]+)?\Z", re.I)


@lru_cache(maxsize=8192)
def _ends_with(pattern: re.Pattern[str], window: str) -> bool:
    """Whether `pattern` matches at the end of `window`; cached, as the words before places repeat
    ("talks in ", "troops to ")."""
    return pattern.search(window) is not None


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
                is_place_of = _is_place_of(text, max(sentence_start, place.start - PREPOSITION_WINDOW), place.start, place.end)
                if not is_place_of:
                    continue
        if place.start > start and index + 1 < len(triggers):
            if later is None:
                later = _later_triggers(text, sentence_start, triggers, index)
            taker = _taker(text, later, place)
            if taker is not None and role != "subject" and place.end <= taker.start:
                taker = None  # "marched in Dakar demanding": after its preposition, a place is no subject
            if taker is not None:
                if role == "subject":
                    if is_place_of is None:
                        is_place_of = _is_place_of(text, max(sentence_start, place.start - PREPOSITION_WINDOW), place.start, place.end)
                    if not is_place_of:
                        continue  # "announced the drills and accused Poland": a party of the accusation
                    if trigger.event_type in _ASKING_TYPES:  # "invited Russia to further talks on Ukraine"
                        kept.append((place, role))
                        continue
                if not (_CIRCUMSTANCE_BEFORE.search(text, max(sentence_start, taker.start - 16), taker.start)
                        or _BARE_OBJECT_GAP.fullmatch(text, trigger.end, taker.start)):  # "hosted talks in Jeddah"
                    continue  # "arrived before talks on the risk of a conflict in Ukraine": the talks' subject
        kept.append((place, role))
    return kept


#: Between a visiting verb and the place it names as its object: "visit Shanghai", "toured the Donbas".
_OBJECT_OF_VISIT = re.compile(r"[ \u00a0]+(?:the[ \u00a0]+)?")


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
