"""Phrases and small tests that more than one step reads; everything else lives with the one
step that uses it."""

from __future__ import annotations

import bisect
import re
from typing import Any

from ..records import Mention
from ..verbs import _is_past_form

#: Right after a noun trigger, the place it is set in: "talks in Quito", "the summit at Camp David".
_OWN_SETTING = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z]")

_AND_BEFORE_REPORTING = re.compile(r"[ \u00a0](?:and|but)[ \u00a0]+(?:(?:also|then|later|again)[ \u00a0]+)?\Z")

#: The roles of who does an event, alone or jointly.
_ACTING_ROLES = ("initiator", "participant")

#: The hyphens that glue a word to the one before it ("U.S.-backed", "anti-war").
_HYPHENS = "-\u2010\u2011"

#: Right before a trigger, a word of defiance and what it defies: "defying weeks of mass ", "despite
#: the ", "in defiance of international ".
_DEFIED_BEFORE = re.compile(r"(?<![\w-])(?:defying|defied|defies|despite|in[ \u00a0]+defiance[ \u00a0]+of|ignoring)"
                            r"[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,4}\Z")
#: Right before a trigger, the length of time it lasted before: "after more than 15 months of ",
#: "defying weeks of mass ", "ending two years of ".
_LASTED_BEFORE = re.compile(r"(?<![\w-])(?:after|following|amid|despite|defying|ending|ended|ends)[ \u00a0]+"
                            r"(?:[\w-]+[ \u00a0]+){0,3}"
                            # (a coordinated modifier may stand before the trigger: "four days of missile and drone ")
                            r"(?:hours?|days?|nights?|weeks?|months?|years?|decades?)[ \u00a0]+of[ \u00a0]+"
                            r"(?:[\w-]+[ \u00a0]+(?:(?:and|or)[ \u00a0]+)?)?\Z")

#: Right before a noun trigger, the preposition of the setting of the event before it: "at talks",
#: "during a meeting", "at the summit".
_SETTING_BEFORE = re.compile(r"(?<![\w-])(?:at|during)[ \u00a0]+(?:(?:the|a|an)[ \u00a0]+)?\Z")

#: After a clause, an appositive that comments on what it tells: ", a move the opposition called a coup",
#: ", a decision critics said …", ", a figure the government dismissed", ", a claim Moscow denied" (who is
#: named in it takes no part in the clause's events).
_COMMENT_APPOSITIVE = re.compile(r",[ \u00a0]+(?:a|an|the|in[ \u00a0]+a)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?"
                                 r"(?:move|decision|step|measure|figure|number|toll|claim|charge|accusation|allegation|"
                                 r"account|assertion|version|directive|order|ruling)s?(?![\w-])")

#: The auxiliaries and modals that make a verb phrase finite.
_FINITE_AUXILIARIES = "is|are|was|were|has|have|had|will|would|could|may|might|must|should"

#: Right before a noun trigger, an aspect of the event that a clause speaks of: "the results of the
#: parliamentary ", "the outcome of the ", "the legitimacy of".
_ASPECT_OF_BEFORE = re.compile(r"(?<![\w-])(?:the[ \u00a0]+)?(?:results?|outcome|legitimacy|validity|conduct|fairness|"
                               r"integrity|aftermath)[ \u00a0]+of[ \u00a0]+(?:(?:the|a|an|this|last|its|their)[ \u00a0]+)?"
                               r"(?:[\w-]+[ \u00a0]+){0,3}\Z", re.I)

#: Up to three words and no punctuation between two triggers of one event: between a threat and what
#: it threatens (" impose ", " launch new "), a signing verb and what it signs (" a ", " a new peace ").
_SHORT_GAP = re.compile(r"[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){0,3}")

#: Between a coordination and an actor that opens its clause as the subject: " ", " the ".
_NEW_SUBJECT = re.compile(r"[ \u00a0]+(?:the[ \u00a0]+)?")

#: Where the phrase after a noun ends: at a comma, a semicolon, a dash or the sentence's end.
_RANKED_PHRASE_END = re.compile(r"[,;:—–]|[ \u00a0]-[ \u00a0]")


def _phrase_end(text: str, start: int, sentence_end: int) -> int:
    found = _RANKED_PHRASE_END.search(text, start, sentence_end)
    return found.start() if found is not None else sentence_end


#: Violence of either kind: an attack named again may be the killing or the fighting named before.
_VIOLENT_TYPES = ("assault", "armed_conflict", "repress")

#: Right before a verb in the past, "since" and its subject: "since India ", "since the army ".
_SINCE_SUBJECT_BEFORE = re.compile(r"(?<![\w-])since[ \u00a0]+(?:[\w.’'-]+[ \u00a0]+){1,7}\Z")

#: A second clause of what is said or known: "said it would not attack and that its drones had strayed".
_AND_THAT = re.compile(r"(?<=[ \u00a0])and[ \u00a0]+that(?=[ \u00a0])")

_DETERMINER_BEFORE = re.compile(r"(?<![\w-])(?:the|a|an|of|for|with|from|in|its|their|his|her|other|several|many|two|all|some|"
                                r"any|these|those|"
                                r"three|newly|recently|democratically|popularly|freed|released|free|release|"
                                r"freeing|releasing)[ \u00a0]+\Z", re.I)


def _covered(starts: list[int], reach: list[int], items: list[Any], low: int, position: int) -> bool:
    """Whether one of items[low:] (sorted by start; `reach[i]`: the furthest end among items[:i + 1])
    covers `position`."""
    index = bisect.bisect_right(starts, position) - 1
    if index < low or reach[index] <= position:
        return False
    return any(items[i].end > position for i in range(low, index + 1))


#: Rules whose actors are states or their governments and bodies.
_STATE_RULES = frozenset({"organizations.government_pattern", "organizations.ministry_pattern",
                          "organizations.capital_as_government", "organizations.national_body",
                          "organizations.seat_pattern"})


def _is_state_like(mention: Mention) -> bool:
    """Whether an actor is a state, its government or one of its bodies (no group of people)."""
    return mention.is_country or mention.seat or mention.rule in _STATE_RULES


#: Right before a reporting word, a conjunction that makes it a condition: "If ", "unless ".
_CONDITION_BEFORE = re.compile(r"(?<![\w-])(?:if|unless)[ \u00a0]+\Z", re.I)

#: Participles that give the toll of the assault before them: ", killing at least 10", ", wounding dozens".
_TOLL_PARTICIPLE = re.compile(r"(?:killing|wounding|injuring)\Z", re.I)
#: Right before a noun trigger, the preposition that makes it the setting of the event before it: "at
#: May Day ", "during ", "amid the " (as the place rule's circumstances, but not "after" or "before": a
#: time before or after is background, which the clause rules read).
_SETTING_BEFORE = re.compile(r"(?<![\w-])(?:during|amid|amidst|at|on[ \u00a0]+the[ \u00a0]+(?:sidelines|margins)[ \u00a0]+of)"
                             r"[ \u00a0]+(?:(?:the|a|an|their|its|his|her)[ \u00a0]+)?"
                             r"(?:[A-Z][\w-]*[ \u00a0]+|[a-z]+-[a-z]+[ \u00a0]+){0,2}\Z")

#: Before a lower-case word, that it is no function word (an article, a preposition, a conjunction, an
#: auxiliary): what may stand in a noun phrase between a modifier and its noun.
_NO_FUNCTION_WORD = (r"(?!(?:and|or|but|to|at|in|on|of|for|from|until|when|after|before|since|with|by|as|than|into|"
                     r"over|ahead|the|a|an|that|which|who|was|were|is|are|be|been|had|has|have|will|would)[ \u00a0,.])")


def _predicate_to(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a verb in the past tense and at most four more words, with no comma
    (" responded with ", " launched a wave of ")."""
    words = text[start:end].split()
    return 0 < len(words) <= 5 and _is_past_form(words[0]) and "," not in text[start:end]


def _in_spans(spans: list[tuple[int, int]], trigger_end: int, position: int) -> bool:
    """Whether `position` is in one of the spans that opens after the trigger."""
    return any(trigger_end <= start < position < end for start, end in spans)

#: Event types of what an actor says or asks: the actor right after "<trigger> from" says it.
_SAYING_TYPES = frozenset({"criticize", "express_support", "accuse", "demand", "appeal", "appeal_to_negotiate",
                           "threaten", "threaten_force", "make_statement", "deny", "reject"})
