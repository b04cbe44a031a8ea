"""An event's status (factuality) from the words around its trigger, and from its date."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import lru_cache

from ..temporal import TimeExpression
from .lexicon import lexicon
from .records import Trigger
from .verbs import _is_past_form

#: How far before a trigger its status cues are looked for (characters, same clause).
CUE_WINDOW = 90


#: A position an actor takes of itself in the present tense, still held at publication: "considers
#: itself a victim of", "declares itself threatened by", "sees itself as the target of".
_STANDING_POSITION = re.compile(r"(?<![\w-])(?:considers|consider|declares|declare|sees|see|regards|regard|feels|"
                                r"feel|believes|believe)\s+(?:itself|themselves|himself|herself)\s+"
                                r"(?:as\s+)?(?:(?:a|an|the)\s+)?\Z", re.I)


#: Right before a verb in the present perfect: "has deployed", "have already massed".
_PERFECT_BEFORE = re.compile(r"(?<![\w-])(?:has|have)\s+(?:(?:also|already|now)\s+)?\Z", re.I)


#: Right before a verb in the present progressive: "are massing", "is still holding", "'re fighting".
_PROGRESSIVE_BEFORE = re.compile(r"(?:(?<![\w-])(?:is|are|am)|['’]re)\s+(?:(?:still|now|already|also|reportedly)\s+)?\Z",
                                 re.I)


#: Event types whose present perfect reports a state still in force at publication: troops that
#: "have been deployed" or that a state "has concentrated" are still there.
_STANDING_TYPES = frozenset({"mobilize_forces"})


#: How far before a trigger a negation is looked for ("had not formally been ").
_NEGATION_WINDOW = 40
#: A trigger form that opens with a modal of the future.
_MODAL_FORM = re.compile(r"(?:will|shall)\s", re.I)


#: Event types done at once, whose present perfect passive reports them done ("have been arrested",
#: "has been killed"), not going on; troops "have been deployed" stay.
_DONE_TYPES = frozenset({"arrest", "assault", "repress", "release_persons", "find_guilty", "deport",
                         "armed_conflict", "appoint", "pardon", "evacuate", "flee"})
#: Right before a participle, the auxiliaries of the present perfect passive: "have been ", "has been formally ".
_PERFECT_PASSIVE_BEFORE = re.compile(r"(?<![\w-])(?:has|have)\s+(?:(?:also|now|already)\s+)?been\s+(?:\w+ly\s+)?\Z", re.I)


#: "alleged" or "suspected" before a noun of its own that is not the trigger: "on alleged drug boats, "
#: (not "the alleged ", right before the trigger, nor "alleged that").
_QUALIFYING_ALLEGED = re.compile(r"(?<![\w-])(?:alleged|suspected)(?=[ \u00a0]+(?!that[ \u00a0])[a-z][\w-]*[ \u00a0,]+\S)")


_CUE_RULES = {status: f"events.status_cue_{status}"
              for status in ("denied", "claimed", "unknown", "proposed", "planned", "ongoing")}


_CUE_AFTER_RULES = {status: f"events.status_cue_after_{status}"
                    for status in ("planned", "ongoing", "negated", "unknown")}


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


#: A subject with "no" and its verb in the passive, before the trigger: "No Indian soldier was" (killed),
#: "no civilians were" (hurt).
_NO_SUBJECT_PASSIVE = re.compile(r"(?<![\w-])[Nn]o[ \u00a0]+(?:[\w-]+[ \u00a0]+){1,3}(?:was|were|(?:has|have|had)[ \u00a0]+been)"
                                 r"[ \u00a0]+(?:\w+ly[ \u00a0]+)?\Z")


#: Right before a trigger, a verb that calls it off and the rest of its object: "cancelled the
#: presidential ", "scrapped a planned ", "called off his fighters' ". What it calls off did not happen.
_CANCELLED_BEFORE = re.compile(r"(?<![\w-])(?:cancel(?:led|ed|s|ling|ing)?|scrap(?:ped|s|ping)?|call(?:ed|s|ing)?[ \u00a0]+off)"
                               r"[ \u00a0]+(?:(?!(?:and|or|but|then|to|after|before|as|while|in|on|at|with|for)[ \u00a0])"
                               r"[\w’'-]+[ \u00a0]+){0,3}\Z", re.I)
CANCEL_WORDS = ("ancel", "crap", " off")


#: A claim of responsibility for what follows, which is told as done: "claimed responsibility for the".
_RESPONSIBILITY_CLAIMED = re.compile(r"(?<![\w-])claim(?:ed|s|ing)?\s+(?:full\s+)?responsibility(?:\s+for)?", re.I)


#: A threat and who makes it, before what is threatened: "threat by U.S. President Donald Trump " (to send).
_THREAT_BY = re.compile(r"(?<![\w-])(threats?)\s+(?:by|from)\s+(?:[\w.’'-]+\s+){1,5}?(?=to\s)", re.I)


def _status(source: str, sentence_start: int, breaks: list[tuple[int, int]], break_ends: list[int], trigger: Trigger,
            date: TimeExpression | None, published: dt.date | None, folded: bool,
            negating: bool = True, skip: tuple[int, int] | None = None, cancelling: bool = True) -> tuple[str, str]:
    """`source` is the text the cue patterns read: the text, or its folded copy (`folded`);
    `breaks` are the sentence's clause breaks, `break_ends` their ends; `negating`: whether the
    sentence has a word a negation opens with at all (most have none), `cancelling` one a cancellation
    holds ("cancel", "scrap", " off"); `skip`: a time phrase inside a
    cue, which the cue is read without ("agreed on Monday to impose": "agreed to")."""
    position = trigger.start
    window_start = max(sentence_start, position - CUE_WINDOW)
    # The last clause break inside the window: breaks never overlap, so it is the last one ending
    # by the trigger, if it starts in the window (a trigger never starts inside a word).
    last = bisect.bisect_right(break_ends, position) - 1
    clause_start = break_ends[last] if last >= 0 and breaks[last][0] >= window_start else window_start
    if negating and (lexicon().negation.search(source, max(window_start, position - _NEGATION_WINDOW), position)
                     or _NO_SUBJECT_PASSIVE.search(source, max(clause_start, position - 60), position)):
        return "negated", "events.status_negated"  # "did not attack", "no talks": nearer than any other cue
    cancel_start = max(clause_start, position - 60)
    if (cancelling and any(source.find(word, cancel_start, position) != -1 for word in CANCEL_WORDS)
            and _CANCELLED_BEFORE.search(source, cancel_start, position)):
        return "negated", "events.status_cancelled"  # "cancelled his visit": it did not take place
    if source.endswith(", ", clause_start, position) and _is_past_form(trigger.text):
        # a verb in a series after a comma: "denied any involvement, closed its airspace and said" (the
        # airspace was closed; the denial does not reach past its own object)
        clause_start = position
    if skip is not None and clause_start <= skip[0] and skip[1] <= position:
        window = source[clause_start:skip[0]].rstrip() + source[skip[1]:position]
    else:
        window = source[clause_start:position]
    if "esponsib" in window:  # "claimed responsibility for the attack": the attack took place, nothing is claimed of it
        window = _RESPONSIBILITY_CLAIMED.sub(" ", window)
    if "lleged" in window or "uspected" in window:
        # "strikes on alleged drug boats, killing": what "alleged" qualifies is a noun before the trigger
        window = _QUALIFYING_ALLEGED.sub(" ", window)
    if "hreat" in window:  # "a threat by U.S. President Donald Trump to send troops": a threat to send them
        window = _THREAT_BY.sub(r"\1 ", window)
    cue = _cue_of(window, folded)  # the clause before the trigger
    if (cue == "ongoing" and trigger.event_type in _DONE_TYPES and _is_past_form(trigger.text)
            and _PERFECT_PASSIVE_BEFORE.search(window)
            and source.find(" since ", trigger.end, trigger.end + 40) == -1):  # "killed since July": still counting
        return "occurred", "events.status_perfect_passive"  # "130 people have been arrested": done, not going on
    if cue is not None:
        return cue, _CUE_RULES[cue]
    if _MODAL_FORM.match(trigger.text):  # a trigger form with its modal: "will elect", "will leave for"
        return "planned", _CUE_RULES["planned"]
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
    if trigger.text.endswith("ing") and _PROGRESSIVE_BEFORE.search(source, window_start, position):
        return "ongoing", "events.status_progressive"  # "are massing troops": still going on when reported
    if date is None:
        return "occurred", "events.status_default"
    date_start, date_end = date.date_start, date.date_end
    if date_start is not None and published is not None and date_start > published:
        return "planned", "events.status_future_date"
    if date_start is not None and date_end is None and date.rule.endswith(("since", "since_start", "duration")):
        return "ongoing", "events.status_open_interval"
    if (date_start is None and date_end is not None and published is not None and date_end >= published
            and not date.text.lower().startswith("by")):  # "by the end of the year" is a deadline, not a duration
        return "ongoing", "events.status_open_until"  # "until February 9", that day still to come
    return "occurred", "events.status_default"
