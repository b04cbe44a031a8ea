"""The step that gives a trigger its status: the cue words around it (`..status`), and the
clauses and frames that override them (a condition, a relative clause telling it was held)."""

from __future__ import annotations

import re

from ..scene import _Draft, _Scene
from ..status import _status
from ..verbs import (
    _AUXILIARY_BEFORE, _CALLED_OFF_PREDICATE_AFTER, _OBJECT_BEFORE_PARTICIPLE, _OBJECT_GAP,
    _PLANNED_PREDICATE_AFTER, _is_past_form,
)
from .shared import _ASPECT_OF_BEFORE, _CONDITION_BEFORE, _SETTING_BEFORE, _SINCE_SUBJECT_BEFORE

#: Right after an event noun, a noun that makes it what is proposed: "a ceasefire proposal", "truce
#: offers", "a ceasefire resolution" (proposed, and who handles the proposal does not do it); or planned:
#: "deployment plans" (and who has them does it).
_PROPOSAL_AFTER = re.compile(r"[ \u00a0]+(?:(?P<plan>plans?)|proposals?|offers?|initiatives?|bids?|drafts?|resolutions?|"
                             r"requests?|framework|blueprint|roadmap|road[ \u00a0]+map)(?![\w-])")

#: Before a ceasefire or an agreement, the verb that makes it: "agreed to a ceasefire", "agreed on a
#: deal" (it is made, not planned, as "agreed to hold talks" is; "will agree to a truce" is planned).
_AGREED_TO_BEFORE = re.compile(r"(?<![\w-])agree[sd][ \u00a0]+(?:to|on|upon)[ \u00a0]+(?:(?:a|an|the|its|their)[ \u00a0]+)?"
                               r"(?:[\w-]+[ \u00a0]+){0,3}\Z", re.I)
_MADE_BY_AGREEING = frozenset({"declare_ceasefire", "sign_agreement"})

#: After an arrest, the warrant it was made on: " in Manila on a warrant", " on an ICC warrant".
_ON_WARRANT = re.compile(r"(?<![\w-])on[ \u00a0]+(?:an?|the)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}warrants?(?![\w-])")

#: Right before a trigger, what makes it possible, and the rest of its noun phrase: "paving the way for an
#: early ", "opened the door to ", "setting the stage for a ", "raising the prospect of".
_MADE_POSSIBLE_BEFORE = re.compile(r"(?<![\w-])(?:(?:pav|clear|open)(?:e|es|ed|ing|s)?[ \u00a0]+the[ \u00a0]+way[ \u00a0]+"
                                   r"(?:for|to)|open(?:s|ed|ing)?[ \u00a0]+the[ \u00a0]+door[ \u00a0]+to|"
                                   r"set(?:s|ting)?[ \u00a0]+the[ \u00a0]+stage[ \u00a0]+for|"
                                   r"rais(?:e|es|ed|ing)[ \u00a0]+the[ \u00a0]+prospect[ \u00a0]+of)[ \u00a0]+"
                                   # not a predicate of its own: "would pave the way for peace and invited"
                                   r"(?:(?!(?:and|but|or|then)[ \u00a0])[\w-]+[ \u00a0]+){0,3}\Z", re.I)


def _after_past_verb(text: str, floor: int, position: int) -> bool:
    """Whether the word right before `position` is a verb in the past tense ("declared martial law")."""
    words = text[max(floor, position - 20):position].split()
    return bool(words) and _is_past_form(words[-1])


#: Before a noun trigger, "after" or "following" and the rest of its noun phrase: "after the deadliest
#: ", "following days of " (not a clause: "after they agreed to ").
_AFTER_NOUN_PHRASE_BEFORE = re.compile(r"(?<![\w-])(?:after|following)[ \u00a0]+(?:(?!(?:he|she|it|they|we|i|you|that|which|"
                                       r"who|was|were|is|are|had|has|have|will|would|to)[ \u00a0])"
                                       r"[a-z\d][\w,-]*[ \u00a0]+){0,5}\Z")

#: Right after an event noun, a relative clause that tells it took place: ", which took place in New
#: York on Friday", ", which was held in Doha".
_HELD_AFTER = re.compile(r",[ \u00a0]+which[ \u00a0]+(?:took[ \u00a0]+place|was[ \u00a0]+held|were[ \u00a0]+held|happened|"
                         r"began|ended|opened|convened|(?P<will>will[ \u00a0]+(?:be[ \u00a0]+held|take[ \u00a0]+place|"
                         r"open|begin|convene)|is[ \u00a0]+(?:due|scheduled|set)[ \u00a0]+to))(?![\w-])")

#: After an event noun, a copula that says something of it (so the event is taken as given): " was
#: politically motivated", " were a failure", " was carried out by"; not what makes it happen (" were held").
_PRESUPPOSED_AFTER = re.compile(r"[ \u00a0]+(?:was|were|is|are|had[ \u00a0]+been|has[ \u00a0]+been|have[ \u00a0]+been)[ \u00a0]+"
                                r"(?!(?:held|planned|scheduled|underway|ongoing|taking|happening|under[ \u00a0]+way|"
                                r"going[ \u00a0]+on|real|true|imminent|possible|likely|expected|due|set|about|never)(?![\w-]))")

#: Between an agreement and what it is on: " on a ", " over the ", " for a lasting ".
_TOPIC_GAP = re.compile(r"[ \u00a0]+(?:on|over|for|about)[ \u00a0]+(?:(?:a|an|the)[ \u00a0]+)?(?:[\w-]+[ \u00a0]+)?")

#: After an event noun, its "of" complement up to a relative clause: " of the U.N. Security Council".
_OF_BEFORE_WHICH = re.compile(r"[ \u00a0]of[ \u00a0]+[^,;:()“”\"]{1,50}?(?=,[ \u00a0]+which[ \u00a0])")

#: Right before a trigger, a second subject and infinitive of the request or plan before it: "and for
#: the Lebanese army to ".
_AND_FOR_SUBJECT_TO = re.compile(r"[ \u00a0]and[ \u00a0]+for[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){1,4}to[ \u00a0]+\Z")

#: A sentence that opens on a condition of confirmation: what it tells is not confirmed.
_IF_CONFIRMED = re.compile(r"\s*(?:If|Unless|Until)[ \u00a0]+(?:confirmed|verified|true)\b")

#: Right before a trigger, a participle after a comma that makes it a consequence: ", triggering deadly ".
_CONSEQUENCE_BEFORE = re.compile(r",[ \u00a0]+(?:triggering|sparking|prompting|causing|provoking|fuell?ing|igniting|"
                                 r"setting[ \u00a0]+off|leading[ \u00a0]+to)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,3}\Z", re.I)
#: An attempt, made whether or not it succeeded: "tried to", "had sought to", "attempting to".
_ATTEMPT_BEFORE = re.compile(r"(?<![\w-])(?:tried|tries|trying|attempted|attempts|attempting|sought|seeks|seeking)"
                             r"[ \u00a0]+to[ \u00a0]")
#: Right before a subordinate clause, the "until" that makes it the end of what is before it.
_UNTIL_BEFORE = re.compile(r"(?<![\w-])until[ \u00a0]+\Z")
#: A sentence that opens on a condition: "If Russia attacks a member, …", "Unless talks resume, …".
_FRONTED_CONDITION = re.compile(r"\s*(?:If|Unless)[ \u00a0]")


def _in_condition(text: str, sentence_start: int, clause_start: int, position: int) -> bool:
    """Whether the trigger at `position` stands in a condition, whose event may never take place: a
    clause opened by "if" or "unless" ("would impeach him unless he resigned"; `clause_start` is where
    the trigger's subordinate clause opens), or a fronted one up to its comma ("If Russia attacks, …").
    Not the object of the condition's verb: "if it violated the agreement" (the agreement stands)."""
    if clause_start > sentence_start and _CONDITION_BEFORE.search(text, max(sentence_start, clause_start - 8),
                                                                   clause_start):
        opener = clause_start
    elif fronted := _FRONTED_CONDITION.match(text, sentence_start):
        if text.find(",", sentence_start, position) != -1 or text.find(",", position) == -1:
            return False
        opener = fronted.end()
    else:
        return False
    return _CONDITION_OBJECT.search(text, opener, position) is None


#: Before a noun trigger in a condition, its verb and article: "violated the ", "breaks a new ".
_CONDITION_OBJECT = re.compile(r"(?<![\w-])[a-z]+[ \u00a0]+(?:the|a|an|its|their|his|her|any)[ \u00a0]+"
                               r"(?:[\w-]+[ \u00a0]+)?\Z")


#: A word every planned predicate after a noun trigger holds: the cheap test before `_PLANNED_PREDICATE_AFTER`.
_PREDICATE_WORD = re.compile(r" (?:will|is|are|was|were|has|have) ")

#: Before a noun trigger, a part one may take in it: "any involvement in the ", "interfering in last
#: year's ", "responsibility for the ".
_PART_IN_BEFORE = re.compile(r"(?<![\w-])(?:involvement|role|part|hand|complicity|responsibility|interfering|"
                             r"interference|meddling|links?|participation|participating)[ \u00a0]+(?:in|for|with)"
                             r"[ \u00a0]+(?:(?:the|a|an|this|last|its|their|[\w’'-]+['’]s)[ \u00a0]+)?(?:[\w-]+[ \u00a0]+){0,2}\Z")


#: Right before a noun trigger, a ban and what it may say of the event: "banned protests", "a ban on
#: all public rallies", "prohibiting further ", "outlawed the planned " (whether it took place, the ban
#: does not say).
_BANNED_BEFORE = re.compile(r"(?<![\w-])(?:bann(?:ed|ing)|bans?(?:[ \u00a0]+on)?|prohibit(?:ed|s|ing)?|"
                            r"outlaw(?:ed|s|ing)?|forb(?:ade|ids?|idding|idden))[ \u00a0]+"
                            r"(?:(?:all|any|the|a|an|further|new|future|public|mass|street|planned|opposition|"
                            r"political|large|[a-z]+-[a-z]+)[ \u00a0]+){0,3}\Z", re.I)


#: Right before a trigger, "since" and what may stand before the event a span runs from: "since ",
#: "since the ", "since last year's ", "since the 2014 ".
_SINCE_EVENT_BEFORE = re.compile(r"(?<![\w-])since[ \u00a0]+(?:(?:the|a|an|its|their|his|her|this|that)[ \u00a0]+)?"
                                 r"(?:[\w’'-]+[ \u00a0]+){0,2}\Z", re.I)


_BEGAN_AFTER = re.compile(r"[ \u00a0]+(?:began|begun|started|erupted|broke[ \u00a0]+out|flared)(?![\w-])")


def _event_status(scene: _Scene, draft: _Draft) -> None:
    """The event's factuality from the cues around its trigger, and the relative clause that tells
    it was held (", which took place on Friday")."""
    document = scene.document
    text, source, published, folded = document.text, document.source, document.published, document.folded
    s_start, s_end, claim_start, sentence_text = scene.s_start, scene.s_end, scene.claim_start, scene.sentence_text
    paving, sentence_times, reporting_starts = scene.paving, scene.sentence_times, scene.reporting_starts
    statement_times, negating, cancelling = scene.statement_times, scene.negating, scene.cancelling
    relatives, tag_start, cue_breaks, break_ends = scene.relatives, scene.tag_start, scene.cue_breaks, scene.break_ends
    trigger, opens, previous, trigger_start = draft.trigger, draft.opens, draft.previous, draft.trigger_start
    verb_time, date = draft.verb_time, draft.date
    held: re.Match[str] | None
    status, status_rule = _status(source, s_start, cue_breaks, break_ends, trigger, date, published, folded,
                                  negating, verb_time, cancelling)
    held_from = trigger.end  # where a relative clause that tells the event's fact opens
    if not text.startswith(", which", held_from) and text.startswith(" of ", held_from) \
            and (complement := _OF_BEFORE_WHICH.match(text, held_from, s_end)) is not None:
        held_from = complement.end()  # "an emergency meeting of the U.N. Security Council, which will …"
    held = _HELD_AFTER.match(text, held_from) if text.startswith(", which", held_from) else None
    held_end = next((end for start, end in relatives if start == held_from), s_end) if held else s_end
    if (status_rule == "events.status_default" and not _is_past_form(trigger.text)
            and _PREDICATE_WORD.search(text, trigger.end, min(s_end, trigger.end + 120))
            and _PLANNED_PREDICATE_AFTER.match(text, trigger.end)):
        status, status_rule = "planned", "events.status_predicate_after_planned"  # "Talks … will be held"
    if (status in ("planned", "occurred") and not _is_past_form(trigger.text)
            and (text.find(" off", trigger.end, min(s_end, trigger.end + 160)) != -1
                 or text.find("cancel", trigger.end, min(s_end, trigger.end + 160)) != -1
                 or text.find(" scrapped", trigger.end, min(s_end, trigger.end + 160)) != -1
                 or text.find(" abandoned", trigger.end, min(s_end, trigger.end + 160)) != -1)
            and _CALLED_OFF_PREDICATE_AFTER.match(text, trigger.end)):
        # "Talks …, scheduled for Sunday in Oman, were called off": they will not take place
        status, status_rule = "negated", "events.status_called_off"
    if (status == "occurred" and not _is_past_form(trigger.text)
            and any(text.find(word, max(s_start, trigger_start - 50), trigger_start) != -1
                    for word in ("ban", "rohibit", "utlaw", "orb"))
            and _BANNED_BEFORE.search(text, max(s_start, trigger_start - 50), trigger_start) is not None):
        status, status_rule = "unknown", "events.status_banned"  # "banned protests": held or not, untold
    if tag_start is not None and tag_start < trigger_start and trigger_start in reporting_starts \
            and status != "occurred":
        # "Kim offered to resign, his office said": what the statement reports is offered; the
        # statement is made, as its own tag tells
        status, status_rule = _status(source, tag_start, cue_breaks, break_ends, trigger, date, published,
                                      folded, negating, verb_time)
    if (date is not None and date.start in statement_times and trigger_start not in reporting_starts
            and (status == "planned" or status == "negated" and _status(
                source, s_start, cue_breaks, break_ends, trigger, date, published, folded, False)[0]
                == "planned")):
        date = None  # "said on Friday it would not attend the summit": a plan is for later than it is told
    if (status_rule == "events.status_cue_after_planned" and text.find(" of ", max(s_start, trigger_start - 50),
                                                                       trigger_start) != -1
            and _ASPECT_OF_BEFORE.search(text, max(s_start, trigger_start - 50), trigger_start) is not None):
        # "results of the presidential election were due to be announced": the verb is the results'
        status, status_rule = "occurred", "events.status_default"
    if (status_rule == "events.status_cue_denied" and not _is_past_form(trigger.text)
            and (source.find(" in ", max(s_start, trigger_start - 50), trigger_start) != -1
                 or source.find(" for ", max(s_start, trigger_start - 50), trigger_start) != -1)
            and _PART_IN_BEFORE.search(text, max(s_start, trigger_start - 50), trigger_start) is not None):
        # "denied any involvement in the attack", "denied interfering in the election": what is
        # denied is a part in the event, which took place
        status, status_rule = "occurred", "events.status_role_denied"
    if (status in ("denied", "claimed") and status_rule.startswith("events.status_cue")
            and not _is_past_form(trigger.text) and _PRESUPPOSED_AFTER.match(text, trigger.end)):
        # "denied that the investigation was politically motivated", "claimed the talks were a
        # failure": what is denied or claimed is said of the event, which took place
        status, status_rule = "occurred", "events.status_presupposed"
    if (status_rule == "events.status_cue_ongoing"
            # (or the object of one: "since Yoon declared martial law")
            and (_is_past_form(trigger.text) or _after_past_verb(text, s_start, trigger_start))
            and _SINCE_SUBJECT_BEFORE.search(text, max(s_start, trigger_start - 60), trigger_start)):
        # "have been killed since India struck camps on Wednesday": what the "since" clause tells was done
        status, status_rule = "occurred", "events.status_since_clause"
    if (previous is not None and previous.status == "negated" and status == "occurred"
            and _TOPIC_GAP.fullmatch(text, previous.trigger.end, trigger_start)):
        # "ended a summit without an agreement on a ceasefire": what no agreement was reached on
        # did not take place either
        status, status_rule = "negated", "events.status_topic_of_negated"
    if held is not None:  # "asked the council to hold a meeting, which took place on Friday"
        # ("…, which will be held on Monday" is planned once its parties are read, below: a proposed
        # event keeps its status till then, as who proposes it holds nothing)
        if not held["will"]:
            status, status_rule = "occurred", "events.status_held_relative"
        held_times = [t for t in sentence_times if held.end() <= t.start < held_end and t.resolved]
        date = held_times[0] if held_times else None
    # a noun's: "rejected offers of dialogue" is a rejection, not one offered
    proposal = _PROPOSAL_AFTER.match(text, trigger.end) \
        if text[trigger.end:trigger.end + 1] in " \u00a0" and not _is_past_form(trigger.text) else None
    if proposal is not None:
        status, status_rule = (("planned", "events.status_plan_noun") if proposal.group("plan")
                               else ("proposed", "events.status_proposal_noun"))
        date = None  # "rejected a ceasefire proposal on Thursday": the day of the rejection
    if (status == "planned" and trigger.event_type in _MADE_BY_AGREEING
            and _AGREED_TO_BEFORE.search(text, max(s_start, trigger_start - 60), trigger_start)):
        status, status_rule = "occurred", "events.status_agreed"  # "Peru and Chile agreed to a ceasefire"
    if status in ("proposed", "unknown") and date is not None and date.start < trigger_start:
        # "rallied on Sunday, demanding new elections": Sunday is the demand's; "sentenced on
        # Tuesday for plotting to assassinate": the sentence's
        date = None
    if (status == "planned" and _is_past_form(trigger.text)
            and not _AUXILIARY_BEFORE.search(text, max(s_start, trigger_start - 24), trigger_start)
            and not _OBJECT_BEFORE_PARTICIPLE.search(text, max(s_start, trigger_start - 50), trigger_start)):
        # "will visit Lima on Friday, a day after they spoke": a verb in the past tense is
        # no plan ("will be deployed" is), and a day still to come belongs to another clause
        status, status_rule = "occurred", "events.status_past_tense"
        if opens > s_start and _UNTIL_BEFORE.search(text, max(s_start, opens - 8), opens):
            # "would keep up the pressure until the government resigned": a plan's end, which may
            # never come
            status, status_rule = "unknown", "events.status_condition"
        if date is not None and published is not None and date.date_start and date.date_start > published:
            date = None
    if status_rule in ("events.status_default", "events.status_cue_planned", "events.status_cue_after_planned") \
            and _IF_CONFIRMED.match(text, s_start):
        status, status_rule = "claimed", "events.status_if_confirmed"  # "If confirmed, the attack would be …"
    if status_rule != "events.status_if_confirmed" and _in_condition(text, s_start, opens, trigger_start):
        status, status_rule = "unknown", "events.status_condition"  # "unless he resigned": it may not happen
    if (status_rule == "events.status_cue_unknown" and ", " in sentence_text
            and (consequence := _CONSEQUENCE_BEFORE.search(text, max(s_start, trigger_start - 50),
                                                           trigger_start)) is not None
            and _ATTEMPT_BEFORE.search(text, max(s_start, consequence.start() - 90), consequence.start())):
        # "had tried to postpone the vote, triggering deadly protests": the attempt was made, and
        # what it set off took place
        status, status_rule = "occurred", "events.status_consequence"
    if paving and (made_possible := _MADE_POSSIBLE_BEFORE.search(
            text, max(s_start, trigger_start - 60), trigger_start)) is not None:
        # "paving the way for an early election": it may now take place, by no one named before
        status, status_rule = "unknown", "events.status_made_possible"
        if date is not None and date.start < made_possible.start():
            date = None
    if status_rule == "events.status_default" and claim_start is not None and claim_start >= trigger.end:
        status, status_rule = "claimed", "events.status_claimed_after"  # "..., officials claimed."
    if (status_rule == "events.status_default" and previous is not None
            and previous.status in ("proposed", "planned")
            and _AND_FOR_SUBJECT_TO.search(text, max(s_start, trigger_start - 60), trigger_start)):
        # "calls for Israel to withdraw and for the Lebanese army to deploy": proposed, both
        status, status_rule = previous.status, previous.status_rule
    if (status != "negated" and previous is not None and previous.status == "negated"
            and previous.trigger.event_type == trigger.event_type
            and _OBJECT_GAP.fullmatch(text, previous.trigger.end, trigger_start)):
        status, status_rule = "negated", "events.status_negated"  # "has not signed an agreement": one event
    if status_rule == "events.status_default" and draft.ahead_from != -1:
        status, status_rule = "planned", "events.status_ahead_of"  # "ahead of municipal elections": still to come
    if status_rule == "events.status_cue_after_planned" and _ON_WARRANT.search(
            text, trigger.end, min(s_end, trigger.end + 60)) is not None:
        # "after his arrest in Manila on a warrant from the ICC": an arrest made on a warrant, not one sought
        status, status_rule = "occurred", "events.status_default"
    if (status_rule == "events.status_cue_planned" and previous is not None and previous.status == "occurred"
            and _SETTING_BEFORE.search(text, max(s_start, trigger_start - 12), trigger_start) is not None):
        # "agreed to a ceasefire at talks in Malaysia on Monday": the talks where it was agreed took place
        status, status_rule = "occurred", "events.status_setting"
    if (status_rule == "events.status_cue_planned" and previous is not None and previous.status == "occurred"
            and (source.find("after ", max(s_start, trigger_start - 60), trigger_start) != -1
                 or source.find("following ", max(s_start, trigger_start - 60), trigger_start) != -1)
            and (background := _AFTER_NOUN_PHRASE_BEFORE.search(text, max(s_start, trigger_start - 60),
                                                                trigger_start)) is not None):
        # "agreed to a ceasefire on Wednesday after the deadliest clashes in years": what an event
        # that took place came after took place too, before that event's day
        status, status_rule = "occurred", "events.status_after_past_event"
        if date is not None and date.end <= background.start():
            date = None
    if (status_rule == "events.status_cue_ongoing" and source.find("since", max(s_start, trigger_start - 30),
                                                                    trigger_start) != -1
            and (since := _SINCE_EVENT_BEFORE.search(text, max(s_start, trigger_start - 30), trigger_start))
            and not _BEGAN_AFTER.match(text, trigger.end)):
        # "his biggest victory since taking office", "since the coup in 2021": the event a span
        # runs from took place, at no time told before it (one that "began" then may go on: "since
        # the war began in 2022" stays ongoing)
        status, status_rule = "occurred", "events.status_since_anchor"
        if date is not None and date.end <= since.start():
            date = None
    draft.date, draft.status_rule, draft.status, draft.held, draft.held_end = date, status_rule, status, held, held_end
