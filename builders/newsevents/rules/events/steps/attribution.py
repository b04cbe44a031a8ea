"""The step that attributes a trigger: who says it and the rule that decided it, with the
roles that depend on the speaker; and, last, the participants of events without a direction."""

from __future__ import annotations

import re
from dataclasses import replace

from ..parties import _PASSIVE_BEFORE, _by_several_states, _in_the_passive
from ..records import EventCandidate, Mention
from ..scene import _Draft, _Scene
from ..verbs import _SUBJECT_TO_TRIGGER, _is_past_form
from .shared import _AND_BEFORE_REPORTING, _NEW_SUBJECT, _SHORT_GAP, _is_state_like, _predicate_to

#: Between a noun trigger and the subject of its relative clause: " that ", " which the ".
_RELATIVE_SUBJECT_GAP = re.compile(r"[ \u00a0]+(?:that|which)[ \u00a0]+(?:the[ \u00a0]+)?")

#: Event types whose forces, deployed or withdrawn, still carry the event in the passive voice
#: ("Russian troops were deployed": the armed forces deploy).
_MOVED_TYPES = frozenset({"mobilize_forces", "withdraw_forces", "military_exercise", "cooperate_militarily"})

_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})
#: After a coordination: the clause goes on with what a reporting word before it says (", and that").
_THAT_AFTER = re.compile(r"\s+that\b", re.I)

#: From a clause's opening to its verb, nothing but auxiliaries, adverbs and a light verb: no subject.
_NO_SUBJECT = re.compile(_SUBJECT_TO_TRIGGER)
#: The last clause joined by ", and", ", but", ", as" or ";" before a point of a sentence (searched up to it).
_JOINED_CLAUSE = re.compile(r"(?:,[ \u00a0]+(?:and|but|while|as|when)|;|[ \u00a0]and[ \u00a0]+that)[ \u00a0]"
                            r"(?!.*(?:,[ \u00a0]+(?:and|but|while|as|when)|;|[ \u00a0]and[ \u00a0]+that)[ \u00a0])", re.S)

#: In what is said, a modal that sets its clause apart from the speaker's own verbs: " would ", " will not ".
_MODAL_CLAUSE = re.compile(r"[ \u00a0](?:would|will|could|should|must|might|may)[ \u00a0]")

#: Right before a noun trigger, "and", a verb and the determiner of its object: " and ordered the ".
_AND_VERB_OBJECT_BEFORE = re.compile(r"[ \u00a0]and[ \u00a0]+(?P<verb>[a-z]+)[ \u00a0]+(?:the|a|an|its|their|his|her)"
                                     r"[ \u00a0]+(?:[\w-]+[ \u00a0]+)?\Z")
#: A clause in the passive: "had been hijacked", "were arrested", "was taken".
_PASSIVE_CLAUSE = re.compile(r"(?<![\w-])(?:(?:had|has|have)[ \u00a0]+been|was|were)[ \u00a0]+[“\"‘']?[a-z]+(?:ed|en)"
                             r"(?![\w-])")

#: Before a participle with its agent, the noun phrase it follows: "a deal " (brokered by), "the truce ".
_NOUN_BEFORE_PARTICIPLE = re.compile(r"(?<![\w-])(?:a|an|the)[ \u00a0]+(?:[\w-]+[ \u00a0]+){1,3}\Z")

#: A trigger form that holds the auxiliary of its passive: "was shot", "been shot".
_PASSIVE_TRIGGER = re.compile(r"(?:was|were|been|being)[ \u00a0]")

#: After "protest" as a verb, what it protests: " the visit", " against the arms sale", " strongly".
_STATE_PROTEST_AFTER = re.compile(r"[ \u00a0]+(?:the|a|an|its|their|against|over|strongly|formally|to)[ \u00a0]", re.I)

#: Right before a reporting word, a noun and a subject pronoun with no comma or conjunction between:
#: "men they ", "boats it " (a relative clause with no "that": "two men they say planned an attack").
_REDUCED_RELATIVE_SPEAKER = re.compile(r"(?<![\w-])(?!(?:and|but|or|that|which|who|whom|when|as|after|before|because|"
                                       r"so|then|if|while|what|where|since|until)[ \u00a0])[a-z][\w-]*[ \u00a0]+"
                                       r"(?:it|they|he|she|we)[ \u00a0]+\Z")


def _event_attribution(scene: _Scene, draft: _Draft) -> None:
    """Who says the event and the rule that decided it, with the roles that depend on the
    speaker: the source, who tells the statement, who acts in the passive."""
    document = scene.document
    text = document.text
    s_start, actors, mediators, speaker = scene.s_start, scene.actors, scene.mediators, scene.speaker
    attribution, participle, sentence_text = scene.attribution, scene.participle, scene.sentence_text
    reporting_starts, passive_words, coordinations = scene.reporting_starts, scene.passive_words, scene.coordinations
    clause_ends, relatives, quotations, shifted = scene.clause_ends, scene.relatives, scene.quotations, scene.shifted
    contrasted, tag_start, tag_speaker = scene.contrasted, scene.tag_start, scene.tag_speaker
    unattributed_end = scene.unattributed_end
    trigger, previous, trigger_start, status = draft.trigger, draft.previous, draft.trigger_start, draft.status
    status_rule, held, event_actors = draft.status_rule, draft.held, draft.event_actors
    states_content, verb_object = draft.states_content, draft.verb_object
    event_speaker: Mention | None
    event_attribution: tuple[int, int, str] | None
    rule = "events.trigger"
    if trigger.event_type == "military_exercise" and _by_several_states(event_actors):
        # "Russia and Belarus justified combat readiness exercises": joint, not one state's
        trigger, rule = replace(trigger, event_type="cooperate_militarily"), "events.joint_forces"
    if (trigger.event_type == "protest" and trigger.text[:7].lower() == "protest"
            and _STATE_PROTEST_AFTER.match(text, trigger.end)
            and any(role == "initiator" for _, role in event_actors)
            and all(_is_state_like(mention) for mention, role in event_actors if role == "initiator")):
        # "China protested the visit", "summoned the ambassador to protest the visit": a state
        # protests in words, it does not demonstrate
        trigger, rule = replace(trigger, event_type="criticize"), "events.state_protest"
    event_attribution, event_speaker = attribution, speaker
    later_predicate = reduced = False
    # the reporting word speaks for another clause than the trigger's
    if attribution is not None and (
            # "The EU warned that it could freeze talks, and Washington imposed visa bans": the EU
            # reports nothing of the later clause (unless ", and that …" goes on with what it said)
            clause_ends and any(attribution[0] < end <= trigger_start and not _THAT_AFTER.match(text, end)
                                for end in clause_ends)
            # "The EU said the law was flawed, and the US threatened sanctions": a coordinated
            # clause opening with a subject of its own after the reporting word is not what is said
            or coordinations and any(attribution[1] < end <= trigger_start
                                     and _NEW_SUBJECT.fullmatch(text, end, actor.start) is not None
                                     and actor.end <= trigger_start
                                     for end in coordinations for actor in actors)
            # "Police used tear gas, and the ministry said 63 people were detained": the ministry
            # reports the detentions, not the tear gas; not inside a quotation it closes ("“…, but
            # …,” he said")
            or coordinations and tag_start is None and any(
                trigger_start < end <= attribution[0]
                and (end in clause_ends or len(text[end:attribution[0]].split()) <= 6)
                and not any(start <= end < close for start, close in quotations) for end in coordinations)
            # "denies any military pretensions and declares itself threatened": the reporting word of
            # a later predicate reports nothing of what the one before it names ("Moscow denies …
            # and declares": one speaker of both)
            or (later_predicate := tag_start is None and trigger.end <= attribution[0]
                and trigger.event_type != "deny"
                and (participle or _AND_BEFORE_REPORTING.search(text, trigger.end, attribution[0])
                     is not None))
            # "Congo's government said the capture amounted to war and cut ties with Rwanda": a
            # predicate after "and" whose subject the reported clause does not name is the speaker's own
            or (later_predicate := speaker is not None and tag_start is None
                and attribution[1] <= trigger_start
                and _AND_BEFORE_REPORTING.search(text, max(s_start, trigger_start - 16), trigger_start)
                is not None
                and not any(attribution[1] <= mention.start < trigger_start
                            and mention.text.lower() not in _SUBJECT_PRONOUNS for mention in actors))
            # "said he had been beaten and called for nationwide protests": what the speaker's own
            # later predicate names is not what is said either
            or (later_predicate := unattributed_end != -1
                and _SHORT_GAP.fullmatch(text, unattributed_end, trigger_start) is not None)
            # "rallied against a bill, which critics say mirrors a Russian law": the critics speak
            # in the relative clause only
            # "was declared the winner, as the opposition said protesters had been killed": who
            # speaks in a later clause of its own reports that clause only
            or tag_start is None and contrasted and any(trigger.end <= opens <= attribution[0]
                                                        for opens in contrasted)
            or relatives and any(start <= attribution[0] < end and not start <= trigger_start < end
                                 for start, end in relatives)
            # "arrested two men they say planned an attack", "strikes on boats it says were carrying
            # drugs": a relative clause with no "that", whose pronoun subject speaks of it alone
            or (reduced := tag_start is None
                and (trigger.end <= attribution[0] or text.find(",", attribution[1], trigger_start) != -1)
                and _REDUCED_RELATIVE_SPEAKER.search(text, max(s_start, attribution[0] - 30), attribution[0])
                is not None)
            # ", days after the United States said it would withdraw": the US reports the withdrawal only
            or shifted and tag_start is None
            and (attribution[0] >= shifted[0]) != (trigger_start >= shifted[0])
            # "struck Hamas leaders in Doha, the Israeli military said, in an attack that Qatar condemned":
            # the verb of a relative clause after the tag, with a subject of its own, is not what the tag
            # reports (not "declared, after a meeting …, that Moscow is awaiting": what is declared)
            or previous is not None and speaker is not None and speaker.end <= attribution[0]
            and attribution[1] < previous.trigger.start and text.startswith(",", attribution[1])
            and any(role == "initiator" and previous.trigger.end < mention.start and mention.end <= trigger_start
                    and _RELATIVE_SUBJECT_GAP.fullmatch(text, previous.trigger.end, mention.start) is not None
                    for mention, role in event_actors)):
        event_attribution = event_speaker = None
        if later_predicate and trigger_start >= attribution[1]:  # "… and called for": what it names
            unattributed_end = trigger.end
        # the subject of both predicates does what the first names: "Rubio condemned the raid
        # and said …"
        # (not what the first acts on: "condemned the raid and said": no raid of Rubio's)
        subject_acts = (later_predicate or reduced) and not verb_object and not any(
            role == "initiator" for _, role in event_actors)
        event_actors = [(mention, "initiator" if role == "source" else role) for mention, role in event_actors
                        if role != "source" or subject_acts and mention.end <= trigger_start]
    if relatives and event_attribution is not None:
        clause = next(((start, end) for start, end in relatives if start <= trigger_start < end
                       and not start <= event_attribution[0] < end), None)
        if clause is not None:
            # "Egypt and Saudi Arabia, which have mediated past talks, said …": the relative clause
            # tells what they did, which nobody reports here; who speaks after it did it
            speaks_after = event_attribution[0] >= clause[1]
            if (speaks_after and previous is not None and clause[0] <= previous.trigger.start < trigger_start
                    and not _is_past_form(trigger.text)):
                # "…, who has refused to recognise the results of the election, said": an event the
                # clause names after its predicate is not the antecedent's deed
                speaks_after = False
            event_attribution = event_speaker = None
            event_actors = [(mention, "initiator" if speaks_after and mention.end <= clause[0] else role)
                            for mention, role in event_actors
                            if role != "source" or speaks_after and mention.end <= clause[0]]
    if (len(event_actors) > 1 and previous is not None
            and (and_at := text.rfind(" and ", max(s_start, trigger_start - 60), trigger_start)) > previous.trigger.end
            and text[and_at - 1] != ","):
        # "Taliban forces attacked border posts and Pakistan responded with air strikes": a clause with
        # a subject and a verb of its own after "and"; who acts before it does not act in it
        subject = next((mention for mention, role in event_actors if role == "initiator"
                        and _NEW_SUBJECT.fullmatch(text, and_at + 4, mention.start)), None)
        if (subject is not None and _predicate_to(text, subject.end, trigger_start)
                and not any(mention.end == and_at for mention, _ in event_actors)):  # "Israel and Hamas traded"
            event_actors = [(mention, role) for mention, role in event_actors
                            if role != "initiator" or mention.start > and_at]
    if (event_actors and (", " in sentence_text or ";" in sentence_text) and _is_past_form(trigger.text)
            and not _PASSIVE_BEFORE.search(text, max(s_start, trigger_start - 24), trigger_start)):
        joined = _JOINED_CLAUSE.search(text, s_start, trigger_start)
        if joined is not None and not _NO_SUBJECT.match(text, joined.end(), trigger_start):
            # "…, but four of the seven commissioners rejected the result": the clause has a
            # subject of its own, and whoever acts in the clause before does not reject it
            event_actors = [(mention, role) for mention, role in event_actors
                            if role != "initiator" or mention.start > joined.start()]
    if (event_actors and passive_words and trigger.event_type not in _MOVED_TYPES
            and not trigger.text.endswith(" by")  # "is threatened by" names a stance: who is threatened
            and (_PASSIVE_TRIGGER.match(trigger.text)  # "was shot": a form with its auxiliary
                 or _is_past_form(trigger.text)
                 and _PASSIVE_BEFORE.search(text, max(s_start, trigger_start - 24), trigger_start))):
        event_actors = _in_the_passive(text, trigger, event_actors)
        joined = _JOINED_CLAUSE.search(text, s_start, trigger_start) \
            if ", " in sentence_text or " and that " in sentence_text else None
        if joined is not None:
            # "Police fired tear gas, and 457 people were arrested": the clause's subject is its own
            event_actors = [(mention, role) for mention, role in event_actors
                            if role == "source" or mention.start > joined.start()]
    elif (event_actors and text.startswith(" by ", trigger.end) and trigger.event_type not in _MOVED_TYPES
          and _is_past_form(trigger.text)):
        # a participle after its noun, with its agent: "talks mediated by Qatar and Turkey" (who
        # holds the talks is mediated between); who acts before the noun's phrase (a comma, or a
        # verb it is the object of) takes no part ("Hamas freed hostages for prisoners released
        # by Israel", "…, a truce brokered by Qatar")
        passive = _in_the_passive(text, trigger, event_actors)
        if any(role == "initiator" and mention.start > trigger.end for mention, role in passive):
            apart = previous is not None and not text[previous.trigger.end:trigger_start].isspace()
            noun_before = _NOUN_BEFORE_PARTICIPLE.search(text, max(s_start, trigger_start - 40),
                                                         trigger_start)
            noun_phrase_from = max(text.rfind(",", s_start, trigger_start),
                                   previous.trigger.end if previous is not None and apart else -1,
                                   noun_before.start() if noun_before is not None else -1)
            event_actors = [(mention, role) for mention, role in passive
                            if role == "source" or mention.start > noun_phrase_from]
    if tag_speaker is not None and states_content:
        # the statement of the first reporting word, reported by the second: who tells initiates it
        event_actors = [*((mention, "initiator" if role == "source" else role) for mention, role
                          in event_actors if mention.start != tag_speaker.start), (tag_speaker, "source")]
    if mediators and trigger_start in mediators:
        # "a Russian-mediated ceasefire": the mediator alone initiates the mediation
        event_actors = [(mediators[trigger_start], "initiator"),
                        *((mention, role) for mention, role in event_actors if role == "source")]
    if (trigger.event_type == "make_statement" and event_speaker is not None and event_actors
            and event_attribution is not None and trigger_start == event_attribution[0]
            and event_speaker.start < trigger_start
            and (comma := text.rfind(",", s_start, event_speaker.start)) != -1
            and len(text[comma + 1:event_speaker.start].split()) <= 3):
        # "The toll from quakes that struck Turkey and Syria rose, officials said": who is named in
        # what is said states nothing; who says it does
        event_actors = [(mention, role) for mention, role in event_actors
                        if role == "source" or mention.start > comma]
    if event_speaker is not None and len(event_actors) > 1 and trigger_start in reporting_starts:
        # "Pashinyan called the signing a milestone but said …": the statement's speaker is its source
        speaker_start = event_speaker.start
        if any(role == "source" and mention.start == speaker_start for mention, role in event_actors):
            event_actors = [(mention, role) for mention, role in event_actors
                            if not (role == "initiator" and mention.start == speaker_start)]
    if (event_speaker is not None and event_attribution is not None and _is_past_form(trigger.text)
            and event_speaker.end <= event_attribution[0] < trigger_start
            and text.endswith(" and ", event_attribution[1], trigger_start)
            and (modal := _MODAL_CLAUSE.search(text, event_attribution[1], trigger_start)) is not None
            and not any(_is_past_form(word) for word in text[modal.end():trigger_start].split()[:-1])):
        # "Zelenskyy said Kyiv would not cede territory and urged Washington to impose sanctions": a
        # verb in the past after the modal clause said is the speaker's second, his own act
        speaker_start = event_speaker.start
        event_actors = [(event_speaker, "initiator"),
                        *((mention, role) for mention, role in event_actors
                          if mention.start != speaker_start
                          and not (role == "initiator" and event_attribution[1] <= mention.start < trigger_start))]
    if (event_speaker is not None and event_attribution is not None and not _is_past_form(trigger.text)
            and event_speaker.end <= event_attribution[0] and text.find(" and ", event_attribution[1], trigger_start) != -1
            and (verb := _AND_VERB_OBJECT_BEFORE.search(text, max(event_attribution[1], trigger_start - 50),
                                                        trigger_start)) is not None
            and _is_past_form(verb["verb"])
            and _PASSIVE_CLAUSE.search(text, event_attribution[1], verb.start()) is not None):
        # "Ruto said the protests had been hijacked by criminals and ordered the deployment of the
        # military": a verb with an object goes on no passive; it is the speaker's own act
        speaker_start = event_speaker.start
        event_actors = [(event_speaker, "initiator"),
                        *((mention, role) for mention, role in event_actors if mention.start != speaker_start)]
    if event_speaker is not None and len(event_actors) > 1 and trigger_start not in reporting_starts:
        # "rejected the accusations and said …": the subject of both verbs speaks, and is named
        # once, as who rejects (not also as the source of the rejection)
        speaker_start = event_speaker.start
        if any(role == "initiator" and mention.start == speaker_start for mention, role in event_actors):
            event_actors = [(mention, role) for mention, role in event_actors
                            if not (role == "source" and mention.start == speaker_start)]
    if held is not None and held["will"]:  # "called for a meeting, which will be held on Monday"
        status, status_rule = "planned", "events.status_held_relative"
    scene.unattributed_end = unattributed_end
    draft.trigger, draft.status_rule, draft.status, draft.event_actors = trigger, status_rule, status, event_actors
    draft.rule, draft.event_speaker, draft.event_attribution = rule, event_speaker, event_attribution


_DIRECTED_ROLES = frozenset({"initiator", "target"})


def _as_participants(event: EventCandidate) -> None:
    """An event without a direction (a meeting, talks, joint exercises): its initiators and targets
    are participants. Done last, as the sentence loop asks who initiated the events before."""
    event.actors = [(mention, "participant" if role in _DIRECTED_ROLES else role) for mention, role in event.actors]
