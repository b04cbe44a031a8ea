"""The step that dates a trigger: the nearest time phrase of its clause, unless that phrase
dates another event, the statement or a clause set at another time."""

from __future__ import annotations

import re

from ...temporal import TimeExpression
from ..clauses import _clause_around, _dates_a_later_noun, _of_clause
from ..records import Trigger
from ..scene import _Draft, _Scene
from ..verbs import _is_past_form
from .shared import (
    _DEFIED_BEFORE, _FINITE_AUXILIARIES, _LASTED_BEFORE, _NO_FUNCTION_WORD, _SINCE_SUBJECT_BEFORE, _phrase_end,
)

#: Right before a noun trigger, a verb that causes it and the words that count or describe it:
#: "sparked weeks of deadly ", "triggered ", "drawing international " (condemnation).
_CAUSED_BEFORE = re.compile(r"(?<![\w-])(?:spark(?:ed|s|ing)?|trigger(?:ed|s|ing)?|prompt(?:ed|s|ing)?|provok(?:ed|es|ing)|"
                            r"fuel(?:l?ed|s|l?ing)|ignit(?:ed|es|ing)|caus(?:ed|es|ing)|set[ \u00a0]+off|"
                            r"(?:led|leading|lead|leads)[ \u00a0]+to|drew|drawing|draws)[ \u00a0]+"
                            r"(?:(?:weeks|days|months|years|hours|a[ \u00a0]+wave|waves|a[ \u00a0]+series|a[ \u00a0]+week|"
                            r"a[ \u00a0]+day|a[ \u00a0]+night)[ \u00a0]+of[ \u00a0]+)?"
                            # determiners and modifiers: "a presidential ", "fresh street " (no preposition or conjunction)
                            r"(?:(?!(?:and|or|but|to|in|on|at|of|by|for|with|from|after|before)[ \u00a0])"
                            r"[a-z][a-z-]*[ \u00a0]+){0,3}\Z")

#: Between a time phrase and a trigger, a verb in the infinitive that the trigger is the object of:
#: " to resume ", " to hold new " (the time phrase dates the verb before it, "agreed on Thursday").
#: Not an article after "to": "agreed on Wednesday to a ceasefire" is the ceasefire agreed on Wednesday.
_INFINITIVE_GAP = re.compile(r"[ \u00a0]+to[ \u00a0]+(?!(?:a|an|the|its|their|his|her|this|that)[ \u00a0])[a-z]+[ \u00a0]+"
                             r"(?:[^\s.,;:]+[ \u00a0]+){0,2}")
#: Right before a time phrase that a verb trigger's "to" follows, a verb that commits to what comes
#: later: "agreed " (on Wednesday to disarm), "pledged "; not "voted " or "rallied ", which do it then.
_COMMITTED_BEFORE = re.compile(r"(?<![\w-])(?:agreed|agrees|decided|decides|pledged|pledges|promised|promises|vowed|"
                               r"vows|offered|offers|threatened|threatens|planned|plans|refused|refuses)[ \u00a0]+\Z")

#: Between a noun trigger and the verb of its relative clause: " that ", " which had ", " that has been " (the
#: noun's event does what the verb says: "fighting that killed").
_RESTRICTIVE_RELATIVE = re.compile(r"[ \u00a0]+(?:that|which)[ \u00a0]+(?:(?:had|has|have)[ \u00a0]+(?:been[ \u00a0]+)?)?")

#: Right before a noun trigger, "ahead of" and up to three words: an event still to come, after the
#: clause's ("ahead of municipal elections", "in the run-up to the vote").
_AHEAD_OF_BEFORE = re.compile(r"(?<![\w-])(?:ahead[ \u00a0]+of|in[ \u00a0]+the[ \u00a0]+(?:run|lead)-up[ \u00a0]+to)[ \u00a0]+"
                              r"(?:[\w’'-]+[ \u00a0]+){0,3}\Z")

#: A finite verb of a coordinated clause without a trigger: ", and the number is expected to reach
#: 10,000 by December" (the time is that clause's; a list has none: "met Chile, Peru, and Bolivia on Monday").
_FINITE_WORD = re.compile(rf"(?<![\w-])(?:{_FINITE_AUXILIARIES}|can)[ \u00a0]")

#: After a trigger and before a time phrase, "but" and a verb in the past: a predicate of its own, which
#: the time phrase dates (", but accepted the result on Monday", " but later agreed").
_BUT_PREDICATE = re.compile(r"(?<=[a-z,])[ \u00a0]but[ \u00a0]+(?:(?:later|then|eventually|finally)[ \u00a0]+)?[a-z]+ed(?![\w-])")

#: Right before a verb trigger, the auxiliary of the present perfect: "has ", "have already ".
_PRESENT_PERFECT_BEFORE = re.compile(r"(?<![\w-])(?:has|have)[ \u00a0]+(?:(?:also|already|now|just)[ \u00a0]+)?\Z")

#: After a date that modifies the noun after it, that lower-case noun: " vote", " presidential"
#: ("the Oct. 29 vote"; not " to", " and").
_NOUN_AFTER_DATE = re.compile(rf"[ \u00a0]{_NO_FUNCTION_WORD}[a-z][a-z-]+")
#: Between a date and the event noun it names the day of: " ", " parliamentary ", " presidential "
#: ("the October 26 parliamentary election"; not " ahead of ").
_ATTRIBUTIVE_DATE_GAP = re.compile(rf"[ \u00a0](?:{_NO_FUNCTION_WORD}[a-z-]+[ \u00a0]){{0,2}}")


def _defied_phrase(text: str, sentence_start: int, sentence_end: int, sentence_text: str,
                   trigger: Trigger) -> tuple[int, int] | None:
    """The phrase of defiance the trigger names what is defied in ("despite a peace agreement signed in
    Washington", "defying a ban imposed last week"), None if it names none: its times and places are
    the phrase's own."""
    if not ("despite" in sentence_text or "defi" in sentence_text or "ignoring" in sentence_text):
        return None
    defiance = _DEFIED_BEFORE.search(text, max(sentence_start, trigger.start - 60), trigger.start)
    return (defiance.start(), _phrase_end(text, trigger.end, sentence_end)) if defiance is not None else None


def _clause_position(time: TimeExpression) -> int:
    """Where a time phrase counts as standing among clauses: "a day after" dates the clause it opens."""
    return time.end + 1 if time.rule == "temporal.anaphoric_day" and time.text[-6:].lower() == " after" else time.start


def _event_date(scene: _Scene, draft: _Draft) -> None:
    """The event's day: the nearest time phrase of its clause, unless the phrase dates another event,
    the statement or a clause set at another time."""
    document = scene.document
    text, lex = document.text, document.lex
    s_start, s_end, triggers, ranked_among = scene.s_start, scene.s_end, scene.triggers, scene.ranked_among
    attribution, sentence_text, sentence_times = scene.attribution, scene.sentence_text, scene.sentence_times
    all_times, reporting_starts, statement_times = scene.all_times, scene.reporting_starts, scene.statement_times
    coordinations, fronted_end, relatives = scene.coordinations, scene.fronted_end, scene.relatives
    shifted, conceded, tag_start = scene.shifted, scene.conceded, scene.tag_start
    trigger, index = draft.trigger, draft.index
    cause_verb: re.Match[str] | None
    date: TimeExpression | None
    trigger_start = trigger.start
    cause_verb = (_CAUSED_BEFORE.search(text, max(s_start, trigger_start - 70), trigger_start)
                  if not _is_past_form(trigger.text) else None)  # "sparked protests": caused by what is before
    # the clause set at another time the trigger is in, or the sentence around them
    opens, closes = _clause_around(shifted, trigger_start, s_start, s_end) if shifted else (s_start, s_end)
    # a time phrase after a coordinated clause with a trigger of its own is that clause's:
    # "have called for sanctions, and Stoltenberg will meet them next week" (not a list:
    # "met Chile, Peru, and Bolivia on Monday")
    times_here = [t for t in sentence_times if t.start < trigger_start
                  or not any(trigger_start < end <= t.start
                             and (triggers[-1].start >= end or _FINITE_WORD.search(text, end, t.start))
                             for end in coordinations)] \
        if coordinations and sentence_times else sentence_times
    if ranked_among and (ranked := next(((start, end) for start, end in ranked_among
                                         if start <= trigger_start < end), None)) is not None:
        # "…, the latest in a wave of protests that forced Vucevic to resign last month": inside what
        # the event ranks among, the times are that clause's own
        times_here = [t for t in all_times if ranked[0] <= t.start < ranked[1]]
    if (defied_in := _defied_phrase(text, s_start, s_end, sentence_text, trigger)) is not None:
        # "seized Uvira last week despite a peace agreement signed in Washington": not last week's
        times_here = [t for t in all_times if defied_in[0] <= t.start < defied_in[1]]
    if (times_here and " since " in sentence_text and _is_past_form(trigger.text)
            and (since := _SINCE_SUBJECT_BEFORE.search(text, max(s_start, trigger_start - 60), trigger_start))):
        # "have rallied every night for nearly a year since the ruling party suspended talks": the
        # main clause's times are not the "since" clause's
        times_here = [t for t in times_here if t.start >= since.start()]
    if relatives and times_here:
        times_here = _of_clause(times_here, relatives, trigger_start)
    if shifted:  # ", days after the opposition called for protests": dates of that clause only
        times_here = [t for t in times_here if opens <= _clause_position(t) < closes]
    if conceded and times_here:  # "declared a ceasefire on March 1, although forces have continued"
        # (not ", as jets pounded Gaza": at the same time)
        contrast_from, contrast_to = _clause_around(conceded, trigger_start, s_start, s_end)
        times_here = [t for t in times_here if contrast_from <= t.start < contrast_to]
    if fronted_end is not None and trigger_start < fronted_end:
        # "In response to a revolution in Ukraine, Russia annexed Crimea in 2014": the year
        # after the fronted phrase is the main clause's
        times_here = [t for t in times_here if t.start < fronted_end]
    if (tag_start is not None and times_here and trigger_start > tag_start and attribution is not None
            and trigger_start != attribution[0]):
        # "…since talks began in 2022, the army said in a statement": the year is not the statement's
        # (a statement made of the reporting word itself stands for what is said, and keeps its date)
        times_here = [t for t in times_here if t.start > tag_start]
    if statement_times and times_here and trigger_start not in reporting_starts:
        # "said on Thursday he would travel to Washington next week": Thursday is the statement's;
        # what is said keeps a time of its own
        own_times = [t for t in times_here if t.start not in statement_times]
        if own_times:
            times_here = own_times
    verb_time: tuple[int, int] | None = None  # a time phrase between a verb and its infinitive
    if times_here and " to " in sentence_text:
        # "agreed on Thursday to resume talks": Thursday is the agreement's, not the talks'
        kept = [t for t in times_here if t.end > trigger_start
                or not (_INFINITIVE_GAP.fullmatch(text, t.end, trigger_start)
                        or t.end + 4 == trigger_start and text.startswith(" to ", t.end)
                        and _COMMITTED_BEFORE.search(text, max(s_start, t.start - 16), t.start))]
        if len(kept) < len(times_here):
            verb_time = next((t.start, t.end) for t in times_here if t not in kept)
            times_here = kept
    attributive = next((t for t in times_here if t.resolved and t.end < trigger_start
                        and (t.end + 1 == trigger_start and text[t.end] in " \u00a0"
                             or text.startswith(("'s", "’s"), t.end)  # "Sunday's presidential election"
                             and _ATTRIBUTIVE_DATE_GAP.fullmatch(text, t.end + 2, trigger_start) is not None)
                        and (t.text[:1].isupper() or t.text[:1].isdigit())),
                       None) if len(times_here) > 1 and not _is_past_form(trigger.text) else None
    if attributive is not None:  # "the October 12 election on Monday", "the 2020 vote": the noun's own
        date = attributive
    elif len(times_here) > 1:
        # a length of time ("jailed for 10 years") is no date: it does not hide one ("a day after")
        dated = [t for t in times_here if t.resolved or t.rule != "temporal.duration"]
        date = min(dated or times_here, key=lambda t: abs(t.start - trigger_start))
    else:
        date = times_here[0] if times_here else None
    if date is not None and not date.resolved:
        date = None
    if (date is not None and (date.end <= trigger_start - 12 or date.start > trigger.end)
            and text.find(" of ", max(s_start, trigger_start - 24), trigger_start) != -1
            and _LASTED_BEFORE.search(text, max(s_start, trigger_start - 50), trigger_start)):
        date = None  # "agreed on Wednesday to a ceasefire, after 15 months of war": the war's is no day
    if date is not None and date.end <= trigger_start and cause_verb is not None and date.start < cause_verb.start():
        date = None  # "scaled back on Sunday a system that had sparked protests": Sunday is the ruling's
    if (date is not None and date.end < trigger_start and text.startswith(" that ", date.end)
            and not _PRESENT_PERFECT_BEFORE.search(text, max(s_start, trigger_start - 24), trigger_start)):
        # "had ruled in January that the deployment was unconstitutional", "denied on Monday that it had
        # deployed troops": the day of the ruling or denial (what "has" just been done shares it: "said
        # today that he has invited Russia")
        date = None
    if date is not None and date.start < trigger_start:
        speech = lex.speech_object.search(text, max(s_start, trigger_start - 60), trigger_start)
        if speech is not None and date.start < speech.start():
            date = None  # "today justified the exercises": today is the justification's
    if (date is not None and date.start > trigger.end and index + 1 < len(triggers)
            and triggers[index + 1].end < date.start and _dates_a_later_noun(text, triggers, trigger,
                                                                                date.start)):
        date = None  # "wish to continue the talks started last week": last week is the talks'
    if (date is not None and date.start > trigger.end and index + 1 < len(triggers)
            and (date.text[:1].isupper() or date.text[:1].isdigit())
            and any(later.start >= date.end and _ATTRIBUTIVE_DATE_GAP.fullmatch(text, date.end, later.start)
                    for later in triggers[index + 1:index + 3])):
        date = None  # "refused to recognise the results of the October 26 election": the election's day
    if (date is not None and (date.text[:1].isupper() or date.text[:1].isdigit())
            and text.endswith(("the ", "the\u00a0", " an ", " a "), 0, date.start)
            and _NOUN_AFTER_DATE.match(text, date.end) is not None
            and not (trigger_start > date.end and _ATTRIBUTIVE_DATE_GAP.fullmatch(text, date.end, trigger_start))):
        date = None  # "unrest that followed the Oct. 29 vote": the vote's day, which no trigger names
    if (date is not None and index + 1 < len(triggers) and triggers[index + 1].end <= date.start
            and text.endswith(("for ", "for\u00a0"), 0, date.start)):
        # "gains in elections, prompting him to call a snap election for June 30": the snap one's
        date = None
    if (date is not None and date.start > trigger.end and " but " in sentence_text
            and _BUT_PREDICATE.search(text, trigger.end, date.start) is not None):
        date = None  # "refused to concede …, but accepted the result on Monday": Monday is the acceptance's
    ahead = _AHEAD_OF_BEFORE.search(text, max(s_start, trigger_start - 60), trigger_start) \
        if "ahead of" in sentence_text or "run-up to" in sentence_text or "lead-up to" in sentence_text else None
    ahead_from = ahead.start() if ahead is not None else -1
    if date is not None and ahead is not None and date.end <= ahead.start():
        date = None  # "detained 13 opposition figures on Tuesday ahead of municipal elections": not the vote's day
    head = draft.previous
    if (date is not None and head is not None and date.end <= head.trigger.start
            and _RESTRICTIVE_RELATIVE.fullmatch(text, head.trigger.end, trigger_start) is not None):
        date = head.date  # "on Monday after five days of fighting that killed 35 people": the fighting's days
    draft.opens, draft.trigger_start, draft.cause_verb, draft.closes = opens, trigger_start, cause_verb, closes
    draft.defied_in = defied_in
    draft.verb_time, draft.date, draft.ahead_from = verb_time, date, ahead_from
