"""Who takes part in an event: initiators and targets by position, speakers and addressees of
reporting words, pronouns, and the triggers that take actors away from earlier ones."""

from __future__ import annotations

import bisect
import re

from .records import Mention, Trigger
from .verbs import _ATTEMPT_GAP, _OBJECT_GAP, _SUBJECT_GAP, _SUBJECT_TO_TRIGGER, _VERB_BEFORE, _is_base_verb, _is_past_form

#: A predicate coordinated with the one before it, with no subject of its own: "met Duda and discussed",
#: "condemned Peru, but did not impose sanctions".
_SHARED_SUBJECT = re.compile(
    r"(?<![\w-])(?:and|but)\s+(?:(?:later on|subsequently|immediately|jointly)\s+)?" + _SUBJECT_TO_TRIGGER, re.I)


#: What may stand between a reporting word and the speaker after it: "said the ministry", "said
#: Foreign Minister Ruiz", "according to a statement by the army", "according to local residents";
#: not "said it would appeal to X".
_SPEAKER_GAP = re.compile(r"(?:[\s\u00a0]+|(?:the|a|an|of|by|to|from|statement|statements|spokesman|spokeswoman|"
                          r"spokesperson|local|senior|unnamed|anonymous|several|some|two|three|regional|military|"
                          r"security|government|hospital|medical|health|rescue|humanitarian|[A-Z][\w.’'-]*)(?![\w-]))*")


#: A conjunction before a participle with no subject of its own: "after accusing them", "while visiting".
_PARTICIPLE_AFTER = re.compile(r"(?<![\w-])(?:after|before|while|when|since|upon)\s+\Z", re.I)


#: The purpose of the trigger before: "will travel to Cairo for talks" (who travels holds the talks).
_PURPOSE = re.compile(r"(?<![\w-])for\s+(?:(?:further|new|more|fresh|direct|joint)\s+)?\Z", re.I)


#: "he said", "his office said", "her spokeswoman told": a person speaking, or someone speaking for them.
_THEY_SPEAKER = re.compile(r"(?<![\w-])[Tt]hey\s+(?:(?:also|later|have|had)\s+)?\Z")
_PRONOUN_SPEAKER = re.compile(r"(?<![\w-])(?:he|she|(?:his|her)\s+(?:office|spokesman|spokeswoman|spokesperson|"
                              r"press\s+secretary|aides?|campaign|lawyers?|family))\s*\Z", re.I)


#: After a speaker named after its reporting word: the end of the tag ("said Foreign Minister Ruiz.",
#: "said Ruiz, who …", "said Ruiz in a statement"), not the predicate of what is said ("said Tokyo had").
_SPEAKER_END = re.compile(r"\s*(?:[,.;:!?\"”’)\n—–-]|\Z|\s(?:in|on|at|to|told|during|after|before|when|while|"
                          r"late|early|earlier|last|this|yesterday|today)\b)")


#: "he" or "she" anywhere in a sentence, in any case. Written first letter first (a class the regex engine
#: skips to, then the check that the word starts there): a leading lookbehind is tried at every position.
_HE_OR_SHE = re.compile(r"[HhSs](?<![\w-].)(?:(?<=[Hh])|(?<=[Ss])[Hh])[Ee]\s")


_PRONOUN_SUBJECT = re.compile(rf"(?<![\w-])(?:he|she)\s+{_SUBJECT_TO_TRIGGER}", re.I)


#: "Police said they detained": "they" before a trigger, standing for a group named before it.
_THEY_SUBJECT = re.compile(rf"(?<![\w-])they\s+{_SUBJECT_TO_TRIGGER}", re.I)


#: "they" anywhere in a sentence, in any case (first letter first, as `_HE_OR_SHE`).
_THEY = re.compile(r"[Tt](?<![\w-].)[Hh][Ee][Yy]\s")


#: "The army said it had retaken": "it" before a trigger, after the reporting word of a speaker that is no person.
_IT_SUBJECT = re.compile(rf"(?<![\w-])(?:it|its\s+(?:own\s+)?(?:troops|forces|army|soldiers|military|jets|warplanes|"
                         rf"drones|navy|warships|artillery|air\s+force|police))\s+{_SUBJECT_TO_TRIGGER}", re.I)


#: Rules whose actors are plural groups "they" can stand for: "protesters", "police", "rebels", "troops".
_GROUP_RULES = frozenset({"organizations.group_pattern", "organizations.armed_forces_pattern"})


#: Reporting words whose object is who is told, not who speaks.
_ADDRESSEE_AFTER = re.compile(r"(?i:told|tells)\Z")


#: Between a person and the reporting word: an appositive set off by commas ("Lavrov, Russia’s foreign minister, said").
_APPOSITIVE_GAP = re.compile(r"\s*,[^,;:.]{1,90},\s*")


#: A closing tag whose speaker is named in an appositive after what they are: "…, the UN envoy for
#: Yemen, Hans Grundberg, said" (its first comma opens the tag).
_APPOSED_SPEAKER = re.compile(r",[ \u00a0]+(?:the|a|an|his|her|its|their)[ \u00a0][^,;:“”\"]{1,60},[ \u00a0]+"
                              r"(?P<name>[A-Z][\w.’'-]*(?:[ \u00a0][A-Z][\w.’'-]*){0,3}),[ \u00a0]*\Z")


def _apposed_speaker(text: str, start: int, report_start: int) -> re.Match[str] | None:
    """The tag of a speaker named in an appositive right before the reporting word, or None."""
    if not text.startswith(",", report_start - 2) and not text.startswith(",", report_start - 1):
        return None
    return _APPOSED_SPEAKER.search(text, max(start, report_start - 120), report_start)


_COMMA_GAP = re.compile(r"[ \u00a0]*,[ \u00a0]*")


def _opens_with_description(text: str, comma: int) -> bool:
    """Whether what comes before the comma opens its sentence and describes the person named after
    it, with no verb ("Eritrea's information minister, …"; not "Talks opened with the Russian leader, …")."""
    start = max(text.rfind(mark, max(0, comma - 80), comma) for mark in ".!?\n")
    words = text[start + 1:comma].split()
    return (start != -1 or comma < 80) and 0 < len(words) <= 8 and not any(
        _is_past_form(word) or word.endswith("ing") for word in words)


#: Between an actor and the reporting word: a relative clause set off by commas ("Egypt, which has
#: mediated past talks, said", "India, where Hasina landed, said").
#: (a number's comma or point is no end of it: "which has about 2,000 peacekeepers")
_RELATIVE_GAP = re.compile(r"\s*,[ \u00a0]+(?:which|who|where)[ \u00a0](?:[^,;:.“”\"]|(?<=\d)[,.](?=\d)){1,80},\s*")


#: Between any actor and the reporting word: a description of it set off by commas ("France, the former
#: colonial power, said"; "Egypt, a key mediator, said").
_DESCRIPTION_GAP = re.compile(r"\s*,[ \u00a0]+(?:the|an?)[ \u00a0](?:[^,;:.“”\"]|(?<=\d)[,.](?=\d)){1,60},\s*")


#: A gap between an object and a reporting word that makes the word a second predicate of the
#: sentence's subject: "detained Bazoum on Wednesday and declared" (not "Moscow denies any plans and
#: declares", where the actor is the subject: a predicate stands in the gap).
_COORDINATED_VERB_GAP = re.compile(
    r"\s*(?:(?:on|in|at|during|last|this|early|late|earlier)\s+[\w-]+\s+)*"
    # what the object is accused of or charged with: "accused Thailand of aggression and said"
    r"(?:(?:of|with)\s+(?:[a-z][\w-]*\s+){1,3})?(?:and|but|then)\s+(?:(?:also|later)\s+)?")


def _before_speaker(text: str, mention: Mention, report_start: int) -> bool:
    """Whether the actor can be who says what the reporting word reports: close before it and in its
    clause ("the Ministry said"), or a person followed by an appositive; an actor ending another clause
    is not ("for talks with Brazil, the ministry said")."""
    gap = text[mention.end:report_start]
    if len(gap) <= 25 and "," not in gap:
        # not the object of a verb coordinated with the reporting one: "detained Bazoum and declared"
        return _COORDINATED_VERB_GAP.fullmatch(gap) is None
    return (mention.rule.startswith("people.") and _APPOSITIVE_GAP.fullmatch(gap) is not None
            or _RELATIVE_GAP.fullmatch(gap) is not None or _DESCRIPTION_GAP.fullmatch(gap) is not None)


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
    is no person and the trigger is that speaker acting; so is "its" before its forces ("Israel said
    its jets struck")."""
    if speaker.rule.startswith(("people.", "events.")):
        return None
    pronoun = _IT_SUBJECT.search(text, max(reporting_end, trigger_start - 60), trigger_start)
    return _standing_for(text, pronoun, speaker) if pronoun is not None else None


#: Between a noun trigger and an actor it is "of": "the reinforcement of NATO", "the accession of Ukraine
#: and", "the arrival of an undetermined number of": determiners, amounts and other names only.
_OF_COMPLEMENT = re.compile(r"\s+of(?:\s+(?:the|an?|its|their|his|her|some|all|several|many|undetermined|number|"
                            r"thousands|hundreds|dozens|tens|of|and|[A-Z][\w’'.-]*|\d[\d,.]*)|,)*\s+")


def _taker(text: str, later_triggers: list[Trigger], mention: Mention, after: int | None = None) -> Trigger | None:
    """The later trigger of another type the mention after a trigger belongs to instead, None if none:
    what a trigger is directed at comes before the next one ("announced the drills and accused
    Poland": Poland is the accusation's target only), except a mention a later noun is "of"
    ("threatened by the reinforcement of NATO": NATO threatens, too); and the later trigger's
    subject is its own."""
    return next((later for later in later_triggers
                 if later.end <= mention.start and not _OF_COMPLEMENT.fullmatch(text, later.end, mention.start)
                 # or it is the later trigger's subject: "after protests in Poland, Chile condemned Peru"
                 or mention.end <= later.start and _SUBJECT_GAP.match(text, mention.end, later.start) is not None
                 # ("after thousands of protesters tried to storm the palace")
                 or mention.end <= later.start and _ATTEMPT_GAP.fullmatch(text, mention.end, later.start) is not None
                 # or the subject of its infinitive: "and for the Lebanese army to deploy" (not what the
                 # trigger acts on right after it: in "urged Israel to withdraw" Israel is urged, too)
                 or mention.end + 4 == later.start and text.startswith(" to ", mention.end)
                 and after is not None and _is_base_verb(later.text) and len(text[after:mention.start].split()) > 3),
                None)


def _by_several_states(parties: list[tuple[Mention, str]]) -> bool:
    """Whether two or more states initiate the event ("Russia and Belarus", "Russian and Belarusian")."""
    return len({mention.entity_id for mention, role in parties if role == "initiator" and mention.is_country}) > 1


def _later_triggers(text: str, sentence_start: int, triggers: list[Trigger], index: int) -> list[Trigger]:
    """The triggers after `triggers[index]` that may take an actor after it from it: of another type
    or a predicate coordinated with it ("spoke with Netanyahu and convened G7 leaders"), and not a
    noun it acts on ("discussed the war with Kral": Kral is a party to the discussion)."""
    trigger = triggers[index]
    return [other for other in triggers[index + 1:]
            if (other.event_type != trigger.event_type
                or _SHARED_SUBJECT.search(text, max(sentence_start, other.start - 30), other.start))  # "and convened"
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
            if not (later and _taker(text, later, mention, trigger.end) is not None):
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


def _shares_initiators(text: str, window_start: int, trigger: Trigger, before: Trigger) -> bool:
    """Whether the trigger continues the one before it (`before`) with no subject of its own: a coordinated
    predicate ("and discussed"), a participle after a comma (", demanding new elections"), the next verb
    of a series after a modal ("would suspend the treaty, close the border and expel") or a
    purpose ("for talks"; not a gerund: in "criticised Peru for attacking Chile" Peru attacks)."""
    start = trigger.start
    if text.endswith(", ", window_start, start) and trigger.text.endswith("ing"):
        return True
    if (text.endswith(", ", window_start, start) and _is_base_verb(trigger.text) and _is_base_verb(before.text)
            and not before.text.endswith("ing") and _VERB_BEFORE.search(text, max(0, before.start - 12), before.start)):
        return True
    if trigger.text.endswith("ing") and _PARTICIPLE_AFTER.search(text, window_start, start):
        return True  # "expelled three diplomats after accusing them of spying": who expels accuses
    if (text.find("nd", window_start, start) != -1 or text.find("but", window_start, start) != -1) \
            and _SHARED_SUBJECT.search(text, window_start, start):
        return True
    return (text.find("for", window_start, start) != -1 and not trigger.text.endswith("ing")
            and _PURPOSE.search(text, window_start, start) is not None)


def _acted_on(text: str, sentence_start: int, verb: Trigger, trigger: Trigger) -> bool:
    """Whether a noun trigger is what the verb trigger right before it acts on ("announced these
    maneuvers", "to discuss the war"); not when both are of one type ("signed an agreement")."""
    return (verb.event_type != trigger.event_type and _OBJECT_GAP.fullmatch(text, verb.end, trigger.start) is not None
            and (_is_past_form(verb.text)
                 or _VERB_BEFORE.search(text, max(sentence_start, verb.start - 12), verb.start) is not None))


#: Plural nouns of armed or other groups, in or right after an organization's name: "Houthi rebels",
#: "M23 rebels", "Taliban fighters".
_GROUP_NOUNS = "rebels|militants|fighters|insurgents|separatists|militias|forces|troops|gunmen|jihadists|guerrillas"
_GROUP_NOUN = re.compile(rf"(?:[ \u00a0]|^)(?:{_GROUP_NOUNS})\Z")
_GROUP_NOUN_AFTER = re.compile(rf"[ \u00a0]+(?:{_GROUP_NOUNS})(?![\w-])")


def _is_group(text: str, mention: Mention) -> bool:
    """Whether "they" may stand for the actor: a group ("police", "Russian troops"), or a named one in
    the plural ("Houthi rebels", "M23 rebels"); a state or ministry is "it" more often than not."""
    return mention.rule in _GROUP_RULES or mention.rule.startswith("organizations.") and (
        _GROUP_NOUN.search(mention.text) is not None or _GROUP_NOUN_AFTER.match(text, mention.end) is not None)


def _they_initiator(text: str, sentence_start: int, trigger_start: int, actors: list[Mention],
                    last_group: Mention | None) -> Mention | None:
    """ "Police said they detained 15 people": "they" right before the trigger stands for the latest
    group named before it in its sentence, else for the last group of the sentence before (`_is_group`)."""
    pronoun = _THEY_SUBJECT.search(text, max(sentence_start, trigger_start - 60), trigger_start)
    if pronoun is None:
        return None
    group = next((m for m in reversed(actors) if m.end <= pronoun.start() and _is_group(text, m)), last_group)
    return _standing_for(text, pronoun, group) if group is not None else None


#: Right before a reporting word, the offices or spokespeople of the people named before: "their
#: offices said".
_THEIR_SPEAKER = re.compile(r"(?<![\w-])their\s+(?:offices|spokesmen|spokeswomen|spokespeople|spokespersons|aides|"
                            r"governments|press\s+offices)\s*\Z", re.I)


def _their_speakers(text: str, sentence_start: int, report_start: int, actors: list[Mention]) -> list[Mention]:
    """ "Macron and Meloni will attend a summit, their offices said": "their offices" stands for each
    person named before it in its sentence, so each speaks; none when fewer than two are named."""
    pronoun = _THEIR_SPEAKER.search(text, max(sentence_start, report_start - 32), report_start)
    if pronoun is None:
        return []
    people = [m for m in actors if m.end <= pronoun.start() and m.rule.startswith("people.")]
    if len({m.entity_id for m in people}) < 2:
        return []
    words = pronoun.group(0).rstrip()
    return [Mention(pronoun.start(), pronoun.start() + len(words), words, person.entity_id, "actor",
                    "events.pronoun_speaker") for person in {m.entity_id: m for m in people}.values()]


def _they_speakers(text: str, trigger_start: int, reporting_end: int, speakers: list[Mention]) -> list[Mention]:
    """ "Egypt and Saudi Arabia said they were ready to host talks": "they" between the reporting word
    of a joint statement and the trigger stands for every speaker."""
    pronoun = _THEY_BEFORE.search(text, max(reporting_end, trigger_start - 60), trigger_start)
    return [_standing_for(text, pronoun, speaker) for speaker in speakers] if pronoun is not None else []


#: "they" and up to four words of its predicate before a trigger: "they were ready to ".
_THEY_BEFORE = re.compile(r"(?<![\w-])they\s+(?:[\w’'-]+\s+){0,4}\Z", re.I)


def _addressees(text: str, reporting: list[tuple[int, int]], actors: list[Mention]) -> dict[int, int]:
    """Actors who are told ("told Reuters", "tells the BBC"), by start, each with the start of its
    reporting word: a party only of the statement that word makes, when it is the sentence's event."""
    found = {}
    for report_start, report_end in reporting:
        if _ADDRESSEE_AFTER.match(text, report_start, report_end):
            for mention in actors:
                if (mention.start >= report_end and mention.start - report_end <= 60
                        and _SPEAKER_GAP.fullmatch(text, report_end, mention.start)):
                    found[mention.start] = report_start
                    break
    return found


def _speaker(text: str, reporting: tuple[int, int], actors: list[Mention],
             last_person: Mention | None, last_group: Mention | None = None) -> Mention | None:
    """The actor right before the reporting word ("the Ministry said"), or after it ("according to X")."""
    report_start, report_end = reporting
    before = after = None  # the actor just before the word (see `_before_speaker`), the first just after it
    for mention in actors:
        if mention.end <= report_start and _before_speaker(text, mention, report_start):
            before = mention
        if (after is None and mention.start >= report_end and mention.start - report_end <= 60
                and _SPEAKER_GAP.fullmatch(text, report_end, mention.start)):
            after = mention
    if after is not None and text[report_start:report_end].lower().startswith("according"):
        return after
    if after is not None and not _SPEAKER_END.match(text, after.end):
        after = None  # "said Tokyo had lodged a protest": the subject of what is said, no speaker
    if before is not None:
        return before
    if after is None:
        apposed = _apposed_speaker(text, 0, report_start)
        if apposed is not None:  # "…, the UN envoy for Yemen, Hans Grundberg, said"
            name_start, name_end = apposed.span("name")
            named = next((m for m in actors if name_start <= m.start and m.end <= name_end), None)
            if named is not None:
                return named
        # "Eritrea's information minister, Yemane Gebremeskel, said", "His party, Pakistan Tehreek-e-Insaf,
        # said": an actor named in an appositive right before the reporting word
        named = next((m for m in reversed(actors) if m.end <= report_start
                      and _COMMA_GAP.fullmatch(text, m.end, report_start)
                      and text[max(0, m.start - 2):m.start].strip(" \u00a0") == ","), None)
        if named is not None and _opens_with_description(text, named.start - 2):
            return named
    pronoun = _PRONOUN_SPEAKER.search(text, max(0, report_start - 24), report_start)
    if pronoun:
        # the first person named before it in its sentence ("Ruto will travel ..., his office said"),
        # else the subject of the latest sentence naming one
        person = next((m for m in actors if m.end <= pronoun.start() and m.rule.startswith("people.")), last_person)
        if person is not None:
            words = pronoun.group(0).rstrip()
            return Mention(pronoun.start(), pronoun.start() + len(words), words, person.entity_id, "actor",
                           "events.pronoun_speaker")
    if (after is None and (last_group is not None or actors)
            and (they := _THEY_SPEAKER.search(text, max(0, report_start - 12), report_start)) is not None):
        # "They said they would continue": the latest group named before it in its sentence, else the
        # last group of the sentence before
        group = next((m for m in reversed(actors) if m.end <= report_start and _is_group(text, m)), last_group)
        if group is not None:
            return Mention(they.start(), they.start() + 4, text[they.start():they.start() + 4], group.entity_id,
                           "actor", "events.pronoun_speaker")
    if _ADDRESSEE_AFTER.match(text, report_start, report_end):
        return None  # "diplomats told Reuters": who is told is not who speaks
    return after


_CLAUSE_SUBJECT_ROLES = frozenset({"initiator", "source"})


def _clause_initiators(text: str, event_actors: list[tuple[Mention, str]], coordinations: list[int],
                       trigger_start: int) -> list[tuple[Mention, str]]:
    """When the trigger's own coordinated clause names an actor before it, only that clause's actors
    initiate it: in "Putin denied it, while Merkel urged calm" Merkel urged, not Putin (left out);
    in "Police fired, and the ministry said 63 were detained" the ministry tells of the detentions.
    A clause after ", where" always has a subject of its own, named or not: in "sent police to Haiti,
    where gangs have seized the capital" neither the sender nor Haiti seizes it; so does one that
    opens with its trigger noun: in "fired tear gas at protesters, as demonstrations entered their
    third day" the police do not demonstrate."""
    last = bisect.bisect_right(coordinations, trigger_start) - 1
    if last < 0:
        return event_actors
    clause_start = coordinations[last]
    if not text.endswith("where", 0, clause_start) and not _TRIGGER_AS_SUBJECT.fullmatch(
            text, clause_start, trigger_start) and not any(
            role in _CLAUSE_SUBJECT_ROLES and clause_start <= mention.start < trigger_start
            or role == "initiator" and mention.start >= clause_start for mention, role in event_actors):
        return event_actors
    return [(mention, role) for mention, role in event_actors if role != "initiator" or mention.start >= clause_start]


#: Between the start of a coordinated clause and a trigger noun that is its subject: " ", " the
#: renewed ", " fresh ".
_TRIGGER_AS_SUBJECT = re.compile(r"[ \u00a0]+(?:(?:the|a|an|new|renewed|fresh|further|more|mass|large|massive|"
                                 r"violent|deadly|heavy|sporadic|street|nationwide)[ \u00a0]+){0,3}")


#: Between an actor and the trigger of the relative clause it is the subject of: " who gathered",
#: " that have fought".
_RELATIVE_SUBJECT_GAP = re.compile(rf"[ \u00a0]+(?:who|that)\s+{_SUBJECT_TO_TRIGGER}", re.I)


def _relative_subject(text: str, event_actors: list[tuple[Mention, str]],
                      trigger_start: int) -> list[tuple[Mention, str]]:
    """ "dispersed protesters who gathered outside parliament": the actor right before "who"
    initiates the relative clause's event alone (the police gather nowhere)."""
    for mention, role in event_actors:
        if (role == "initiator" and trigger_start - mention.end <= 40
                and _RELATIVE_SUBJECT_GAP.fullmatch(text, mention.end, trigger_start)):
            return [(other, other_role) for other, other_role in event_actors
                    if other_role != "initiator" or other is mention]
    return event_actors


#: Around the name of whom a group follows or opposes: "supporters of former Prime Minister ", "’s supporters",
#: " supporters" ("Yoon supporters").
_FOLLOWERS_OF = re.compile(r"(?<![\w-])(?P<kind>supporters|followers|loyalists|backers|opponents|critics)[ \u00a0]+of"
                           r"[ \u00a0]+(?:the[ \u00a0]+)?(?:[\w.-]+[ \u00a0]+){0,4}\Z", re.I)
_FOLLOWERS_AFTER = re.compile(r"(?:['’]s?)?[ \u00a0]+(?:own[ \u00a0]+)?(?P<kind>supporters|followers|loyalists|backers|"
                              r"opponents|critics)\b", re.I)


def _followed(text: str, event_actors: list[tuple[Mention, str]], trigger_start: int) -> list[tuple[Mention, str]]:
    """ "Hundreds of Arce's supporters rallied", "supporters of Imran Khan clashed with police": the
    group acts, for the one it follows (a beneficiary; against the one its opponents or critics oppose:
    a target), who does not act."""
    found = []
    for mention, role in event_actors:
        if role == "initiator" and mention.end <= trigger_start:
            around = _FOLLOWERS_AFTER.match(text, mention.end) or _FOLLOWERS_OF.search(
                text, max(0, mention.start - 60), mention.start)
            if around is not None:
                role = "target" if around["kind"].lower() in ("opponents", "critics") else "beneficiary"
        found.append((mention, role))
    return found


def _relative_initiators(text: str, clause_start: int, trigger_start: int,
                         event_actors: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """Inside a relative clause, who does its event: the clause's own subject ("the sanctions, which
    the EU imposed"), else the antecedent right before its comma, with the actors listed with it
    ("Beijing, which announced drills"; none before ", where", and before ", whom" the antecedent is
    the target: "Deif, whom Israel says it killed"); never the actors of the sentence around it ("Ruiz
    met Tsai, defying Beijing, which announced drills": Ruiz announced nothing)."""
    initiators = sorted((mention for mention, role in event_actors
                         if role == "initiator" and mention.end <= trigger_start), key=lambda m: m.start)
    keep = {mention.start for mention in initiators if mention.start >= clause_start}
    if not keep and not text.startswith((", where", ", whom"), clause_start):  # "Deif, whom Israel says it killed"
        # (its group noun may stand between: "The M23 rebels, who seized Goma")
        antecedent = next((mention for mention in initiators if mention.end == clause_start
                           or _GROUP_NOUN_AFTER.fullmatch(text, mention.end, clause_start)), None)
        while antecedent is not None:
            keep.add(antecedent.start)
            antecedent = next((mention for mention in initiators if mention.end < antecedent.start
                               and _AGENT_LIST_GAP.fullmatch(text, mention.end, antecedent.start)), None)
    if text.startswith(", whom", clause_start):  # the antecedent is what the clause's verb acts on
        event_actors = [(mention, "target" if mention.end == clause_start else role) for mention, role in event_actors]
    return _keeping_initiators(event_actors, keep, trigger_start)


def _without_parties_before(event_actors: list[tuple[Mention, str]], position: int,
                            roles: tuple[str, ...] = ("initiator",)) -> list[tuple[Mention, str]]:
    """The event's parties less those in `roles` named before `position`: who acts before a phrase
    that names the event as a thing ("called the raid", "Sunday's attack") takes no part in it."""
    return [(mention, role) for mention, role in event_actors if not (role in roles and mention.end <= position)]


def _keeping_initiators(event_actors: list[tuple[Mention, str]], keep: set[int],
                        trigger_start: int) -> list[tuple[Mention, str]]:
    """The event's parties less the initiators before the trigger that do not start at `keep`."""
    return [(mention, role) for mention, role in event_actors
            if role != "initiator" or mention.start in keep or mention.end > trigger_start]


_AND_WORD = re.compile(r"[ \u00a0]and[ \u00a0]")
#: Between a subject and its trigger: auxiliaries, or a light verb ("Poland's army held drills").
_SUBJECT_LIGHT_GAP = re.compile(r"\s+" + _SUBJECT_TO_TRIGGER)


#: Finite verbs of no past form that make a gap a predicate of its own: "Sall is …, and protesters gather".
_FINITE_WORDS = frozenset("is are was were has have had will would says say".split())


def _subject_after_comma(text: str, event_actors: list[tuple[Mention, str]],
                         trigger_start: int) -> list[tuple[Mention, str]]:
    """When the trigger's own subject stands right before it and a comma parts that subject (with the
    actors listed with it) from the actors before, only the subject initiates it: "Sall postponed
    the election, a decision the opposition denounced" (the opposition denounces, Sall does not); so
    does an "and" that opens a clause ("lawmakers voted to block it and protesters gathered")."""
    initiators = sorted((mention for mention, role in event_actors
                         if role == "initiator" and mention.end <= trigger_start), key=lambda m: m.start)
    if len(initiators) < 2 or not _SUBJECT_LIGHT_GAP.fullmatch(text, initiators[-1].end, trigger_start):
        return event_actors
    first = len(initiators) - 1
    while first and _AGENT_LIST_GAP.fullmatch(text, initiators[first - 1].end, initiators[first].start):
        first -= 1  # "The United States and the European Union urged": both
    gap = text[initiators[first - 1].end:initiators[first].start] if first else ""
    if not first or "," not in gap and _AND_WORD.search(gap) is None:
        return event_actors
    if "," not in gap and not any(_is_past_form(word) or word in _FINITE_WORDS for word in gap.split()):
        # "The leaders of Italy, Canada and Belgium and the president of the European Commission travelled":
        # one subject, listed (no predicate parts them)
        return event_actors
    return _keeping_initiators(event_actors, {mention.start for mention in initiators[first:]}, trigger_start)


#: Right before a verb in the passive voice: "was detained", "were also arrested", "has been re-elected".
_PASSIVE_BEFORE = re.compile(r"(?<![\w-])(?:(?:was|were|is|are|been|being|be)\s+(?:not\s+|never\s+)?|"
                             r"(?:wasn|weren|isn|aren)[’']t\s+)(?:(?:also|later|then|reportedly|"
                             r"allegedly|briefly|again|first|formally|officially|yet)\s+)?\Z", re.I)
#: Between a verb in the passive voice and who does it: " by ", " by the "; and between the agents.
#: ("by Belarusian President ", "by the leftist ", "by Marine Le Pen's far-right ")
_AGENT_WORDS = r"(?:the\s+)?(?:[A-Z][\w.’'-]*[ \u00a0]+){0,3}(?:(?!and\s|or\s)[a-z][\w-]*[ \u00a0]+)?"
_BY_GAP = re.compile(rf"\s+by\s+{_AGENT_WORDS}")
#: ("Biden and French President Macron": a person's title or demonym may stand before the name; "by
#: security forces and allied gunmen": an adjective too)
_AGENT_LIST_GAP = re.compile(r"(?:,\s+|,?\s+and\s+)(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}"
                             r"(?:(?:allied|other|foreign|local|armed|unidentified|unknown|pro-[\w-]+)\s+)?")


#: A relative word that opens a clause: " in which ", " which ", " whom ", " where ".
_RELATIVE_WORD = re.compile(r"(?<![\w-])(?:which|whom|where|whose)\s(?!.*(?<![\w-])(?:which|whom|where|whose)\s)",
                            re.S)


#: The last reporting or denying verb and its "that" before a passive verb: "denied that ", "said that ",
#: "adding that ".
_SAID_THAT = re.compile(r"(?<![\w-])(?:den(?:ied|ies|y)|said|says|claim(?:ed|s)|insist(?:ed|s)|confirm(?:ed|s)|"
                        r"report(?:ed|s)|announc(?:ed|es)|alleg(?:ed|es)|add(?:ed|s|ing))\s+that\s"
                        r"(?!.*(?<![\w-])that\s)", re.S)


def _in_the_passive(text: str, trigger: Trigger, parties: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """The parties of a verb in the passive voice: its subject undergoes the event (a target), and
    who does it follows "by" (initiators): "Imamoglu was re-elected", "The treaty was signed by Peru
    and Chile"."""
    agents: set[int] = set()
    agent_end = None
    for mention, role in sorted(parties, key=lambda party: party[0].start):
        if role != "target" or mention.start < trigger.end:
            continue
        gap = _BY_GAP if agent_end is None else _AGENT_LIST_GAP
        if not gap.fullmatch(text, trigger.end if agent_end is None else agent_end, mention.start):
            break
        agents.add(mention.start)
        agent_end = mention.end
    # "attacked Israel, in which 1,200 people were killed": the verb's subject follows the relative word,
    # and who stands before it is no party of the verb's
    relative = _RELATIVE_WORD.search(text, max(0, trigger.start - 80), trigger.start)
    subject_from = relative.end() if relative is not None else 0
    # "The government denied that Machado had been detained": who denies or says it is its source,
    # and undergoes nothing; with a source named already ("Russia launched drones at Ukraine, the air
    # force said, adding that 32 drones had been shot down"), who is named before takes no part
    said = _SAID_THAT.search(text, max(0, trigger.start - 80), trigger.start)
    speaker_before = said.start() if said is not None else -1
    if speaker_before != -1 and any(role == "source" for _, role in parties):
        parties = [(mention, role) for mention, role in parties if role == "source" or mention.end > speaker_before]
    return [(mention, "source" if role == "initiator" and mention.end <= speaker_before
             else "target" if role == "initiator" and mention.end <= trigger.start
             else "initiator" if mention.start in agents else role) for mention, role in parties
            if (mention.start >= subject_from or mention.start > trigger.start or role == "source")
            # "filed by the New Popular Front and supported by …": the agent of the verb before undergoes nothing
            and not (mention.end <= trigger.start and role != "source"
                     and _AGENT_BEFORE.search(text, max(0, mention.start - 50), mention.start))]


#: Right before a name, the "by" of an agent: "by the leftist ", "by Belarusian President ".
_AGENT_BEFORE = re.compile(rf"(?<![\w-])by\s+{_AGENT_WORDS}\Z")


def _relative_parties(parties: list[tuple[Mention, str]], owners: list[tuple[set[int], int]],
                      index: int) -> list[tuple[Mention, str]]:
    """The parties of the sentence's trigger `index` when relative clauses with subjects of their own
    follow noun triggers (`owners`: the subjects' starts, and the index of the trigger they initiate):
    they initiate that trigger's event alone, and are no party to any other ("Peru condemned the
    attack which Chile denied": Chile denies, Peru does not; Chile neither attacks nor is condemned)."""
    owned = next((subjects for subjects, owner in owners if owner == index), None)
    kept = []
    for mention, role in parties:
        owner = next((owner for subjects, owner in owners if mention.start in subjects), None)
        if owner is None:
            if owned is None or role != "initiator":
                kept.append((mention, role))
        elif owner == index:
            kept.append((mention, role if role == "source" else "initiator"))
    return kept


#: Between speakers listed before their reporting word: the agents' gaps, and a word that describes the
#: next one ("residents and local officials said").
_SPEAKER_LIST_GAP = re.compile(r"(?:,\s+|,?\s+and\s+)(?:the\s+)?(?:(?!(?:then|also|later|not|that|who)\s)[a-z]+\s+)?")


def _co_speakers(text: str, actors: list[Mention], speaker: Mention, reporting_start: int) -> set[int]:
    """The starts of the actors listed with a speaker that opens its reporting word's clause: "Mali
    and Burkina Faso warned" — both speak."""
    found: set[int] = set()
    if speaker.end > reporting_start:
        return found
    current = speaker
    for mention in reversed([m for m in actors if m.end <= speaker.start]):
        gap = _SPEAKER_LIST_GAP.fullmatch(text, mention.end, current.start)
        if gap is None or current is speaker and " and " not in gap.group(0):
            break  # a list ends with "and" before its last member ("talks with Nigeria, the ministry said": none)
        found.add(mention.start)
        current = mention
    return found
