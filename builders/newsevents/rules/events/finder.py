"""The event rule's sentence loop: finds the triggers of each sentence and attaches to each its
status, date, attribution, parties, places and quantities (see the package docstring)."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache
from typing import Any, Sequence

from ..quantities import Quantity
from ..sentences import Sentence
from ..temporal import TimeExpression
from ..tokens import lexicon_key, word_trie
from .clauses import (
    _ACCUSED_OF, _ACCUSED_OF_DEED, _CLAUSE_BREAK, _COORDINATION, _FRONTED_PHRASE, _WHEN_CLAUSE, _WHILE_CLAUSE,
    _and_clause_start, _clause_around, _contrast_openings, _dates_a_later_noun, _time_shifted_phrases,
    _in_later_clause, _later_clauses, _object_relatives, _of_clause, _quotations, _requesters, _relative_clauses,
    _shifted_clauses,
)
from .lexicon import Lexicon, _event_type, _folded, _is_claim, _is_modifier, _is_signing, _is_verb_only, lexicon
from .parties import (
    _AGENT_LIST_GAP, _AGENT_WORDS, _GROUP_NOUN_AFTER, _HE_OR_SHE, _PASSIVE_BEFORE, _THEY, _THEY_SUBJECT, _acted_on, _addressees, _apposed_speaker,
    _by_several_states, _clause_initiators, _co_speakers, _followed, _in_the_passive, _it_initiator,
    _keeping_initiators, _parties, _without_parties_before, _pronoun_initiator, _relative_initiators, _relative_parties, _relative_subject,
    _is_group, _shares_initiators, _speaker, _subject_after_comma, _their_speakers, _they_initiator, _they_speakers,
)
from .places import (
    PREPOSITION_WINDOW,
    _OBJECT_OF_VISIT, _event_places, _in_place_list, _is_apposed, _is_place_of, _is_setting_or_topic, _is_venue,
    _place_role,
)
from .records import EventCandidate, Mention, Trigger
from .status import CANCEL_WORDS, CUE_WINDOW, _status
from .verbs import (
    _ATTEMPT_GAP, _AUXILIARY_BEFORE, _CAUSED_TO, _COORDINATED_PREDICATE, _OBJECT_BEFORE_PARTICIPLE, _OBJECT_GAP,
    _CALLED_OFF_PREDICATE_AFTER, _PLANNED_PREDICATE_AFTER, _SUBJECT_GAP, _SUBJECT_TO_TRIGGER, _VERB_BEFORE, _is_base_verb, _is_past_form,
)

#: Nouns of forces: a "visit" or an "arrival" after one of them is a deployment ("a contingent of Kenyan
#: police officers arrived in Haiti").
_MILITARY_WORDS = ("troops soldiers forces tanks equipment vehicles units army armies military peacekeepers contingent "
                   "contingents marines paratroopers battalions brigades warships").split()
_MILITARY_NOUNS = re.compile(rf"\b(?:{word_trie(_MILITARY_WORDS)})\b", re.I)


#: Between an actor and the noun trigger it owns: "Russia's ", "Moscow’s deadly ".
_POSSESSIVE_BEFORE = re.compile(r"['’]s?[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+){0,2}")


#: After a noun trigger, who does it: " by Hamas", " to Caracas by a US envoy", " on the city by Russian ".
_BY_AGENT = re.compile(r"(?:[ \u00a0][^,.;:()“”\"]{0,40}?)?[ \u00a0]by[ \u00a0]+(?:(?:the|a|an)[ \u00a0]+)?"
                       # a modifier of the agent's own: "by Iran-backed Houthi rebels"
                       r"(?:[\w.’'-]+?[-\u2010\u2011](?:backed|sponsored|funded|supported|aligned|allied|linked|"
                       r"affiliated|based|led)[ \u00a0]+)?")


#: Accusing words that say who did a deed: "blamed Hamas for the attack", "blamed the attack on Hamas".
_BLAME = re.compile(r"(?i:blam(?:e|es|ed|ing))")
_BLAMED_FOR = re.compile(r"[ \u00a0][^.;:]{0,80}?(?<![\w-])for[ \u00a0]+(?:(?:the|a|an|this|that|these|its|their|"
                         r"recent|latest|deadly|last|weekend|overnight)[ \u00a0]+){0,3}")
_BLAMED_ON = re.compile(r"[ \u00a0]+on[ \u00a0]+(?:the[ \u00a0]+)?")


#: A pronoun right after a trigger, standing for the targets of the event before: "accusing them".
_OBJECT_PRONOUN = re.compile(r"[ \u00a0](?P<word>them|him|her)(?![\w-])")


def _place_start(place: tuple[Mention, str]) -> int:
    return place[0].start



def _between(items: list[Any], starts: list[int], start: int, end: int) -> list[Any]:
    low = bisect.bisect_left(starts, start)
    high = bisect.bisect_left(starts, end)
    return items[low:high]


#: Right after a noun trigger, the place it is set in: "talks in Quito", "the summit at Camp David".
_OWN_SETTING = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z]")
#: Right before a trigger that is a noun: "for talks", "the summit", "further negotiations".
_NOUN_BEFORE = re.compile(r"(?<![\w-])(?:for|the|a|an|of|further|new|fresh|its|their|his|her)\s+\Z", re.I)
#: Where a window ends with a word for what is feared or risked, before its "of".
_FEAR_WORD = re.compile(r"(?<![\w-])(?:fears?|feared|risks?|prospects?|possibility|danger|spectre|specter|warned|warns|"
                        r"warning|warnings|threat|threats)\s+\Z", re.I)


#: Right before a verb trigger, a power or right to do it: "more powers to ", "the authority to ", "the right to ".
_CAPACITY_BEFORE = re.compile(r"(?<![\w-])(?:powers?|authority|right|ability|mandate|licen[cs]e|leeway|latitude)"
                              r"[ \u00a0]+to[ \u00a0]+\Z", re.I)
#: Right before a noun trigger for what may happen, after a preposition: "respond to any attack",
#: "warned against any invasion", "ready for any new talks" (not "denied any attack").
_ANY_AFTER_PREPOSITION = re.compile(
    r"(?<![\w-])(?:to|against|of|for|from|opposed|opposes|oppose|opposing|rejected|rejects|reject|ruled\s+out|"
    r"rules\s+out|rule\s+out)\s+any\s+(?:(?:new|further|possible|future|military|such)\s+)?\Z", re.I)


#: Between a reporting word and the statement it was made in: " in a ", " in a joint ", " in its
#: written " ("said in a statement", "told reporters in a statement" is no statement of its own).
_MEDIUM_GAP = re.compile(r"(?:[ \u00a0]+(?:reporters|journalists|the\s+press))?[ \u00a0]+(?:in|via|through)[ \u00a0]+"
                         r"(?:(?:a|an|the|its|his|her|their)[ \u00a0]+)?(?:[\w-]+[ \u00a0]+){0,2}")


_QUOTES = ("“", '"', "‘")
#: Right before a reporting word, the "and" of a predicate coordinated with the one before it: " and ",
#: " and also ", " and then ".
#: Before a reporting word, what makes it a noun that reports nothing: "called the reports baseless",
#: "dismissed claims that …" (what is dismissed is denied, a status cue; nobody claims it here).
_REPORT_AS_NOUN = re.compile(r"(?<![\w-])(?:the|these|those|such|dismiss(?:ed|es)?|dismissing|reject(?:ed|s)?|"
                             r"rejecting|den(?:y|ies|ied|ying)|refut(?:ed|es|e|ing))\s+\Z", re.I)
_NOUN_REPORTS = frozenset({"claims", "claim", "reports", "report"})
#: Before "reported", what makes it a participle that ranks a case, not a report: "the first reported".
_RANKED_BEFORE = re.compile(r"(?<![\w-])(?:first|only|last|latest)[ \u00a0]+\Z", re.I)
#: After "declared", an act done by declaring it, not a statement: "declared a state of siege",
#: "declared martial law", "declared war", "declared independence", "declared himself president".
_DECLARED_ACT = re.compile(r"\s+(?:an?|martial|war|independence|victory|himself|herself)\s", re.I)
_AND_BEFORE_REPORTING = re.compile(r"[ \u00a0](?:and|but)[ \u00a0]+(?:(?:also|then|later|again)[ \u00a0]+)?\Z")
#: A comma and a preposition opening a phrase of background, which status cues before it do not reach.
#: Also an appositive that ranks what the clause before tells: ", the largest protest in months"; and a
#: distance in time: ", a day after", ", days before".
_BACKGROUND_OPENER = re.compile(r",[ \u00a0](?:after|amid|following|despite|before|one[ \u00a0]+of|"
                                r"(?:(?:a|an|one|two|three|four|five|six|seven|several|few|some|just|only|\d+)[ \u00a0]+)*"
                                r"(?:days?|hours?|weeks?|months?)[ \u00a0]+(?:after|before)|the[ \u00a0]+(?:largest|"
                                r"biggest|worst|deadliest|bloodiest|heaviest|fiercest|longest|latest|first|second|"
                                r"third|most))(?![\w-])")
#: Before a noun trigger, "at" or "during" an occasion: where the event named before takes place.
_AT_VENUE_BEFORE = re.compile(r"(?<![\w-])(?:at|during|on)\s+(?:a|an|the|this|next|their|its)\s+(?:[\w-]+\s+){0,2}\Z")
#: Cue adverbs, which set the status of every predicate of their clause.
_CUE_ADVERB = re.compile(r"(?<![\w-])(?:reportedly|allegedly|purportedly|apparently|supposedly)\s", re.I)
#: What may stand before the actor that opens a sentence as its subject: titles and names.
_OPENING_SUBJECT = re.compile(r"\s*[“\"]?(?:(?:[A-Z][\w.’'-]*|of|the|and)[ \u00a0]+)*")
#: A name opening the sentence, then a description of it between commas that names someone else:
#: "Kim Yo Jong, the powerful sister of leader Kim Jong Un, warned"; "Ruiz, an ally of President Boric,".
_SUBJECT_APPOSITIVE = re.compile(
    r"\s*(?:[A-Z][\w.’'-]*[ \u00a0]+){0,3}[A-Z][\w.’'-]*,[ \u00a0]+(?:the|a|an|his|her|their|its)[ \u00a0]+"
    r"[^,;:“”\"]{0,60}?[ \u00a0](?:of|to|for)[ \u00a0][^,;:“”\"]{1,90}?,")
#: Between two triggers of one type that name one event: a list ("tear gas and water cannon",
#: "protests, rallies") or a purpose ("tear gas to disperse").
_SAME_KIND_GAP = re.compile(r"(?:,[ \u00a0]+(?:and[ \u00a0]+|or[ \u00a0]+)?|[ \u00a0]+(?:and|or|to)[ \u00a0]+)"
                            r"(?:(?:the|a|an)[ \u00a0]+)?")
#: From the end of a trigger to the means it is done with, within its clause: " the crowd with ",
#: " protesters using ", " them by firing ".
_WITH_MEANS_BEFORE = re.compile(r"[^,;:“”\"()]*?[ \u00a0](?:with|using|by[ \u00a0]+firing)[ \u00a0]+"
                                r"(?:(?:the|a|an|heavy|more|volleys[ \u00a0]+of)[ \u00a0]+)?\Z")
#: After a means of repression, a vessel it is aimed at: " at a Philippine supply boat", " on two
#: fishing vessels".
_AT_VESSEL_AFTER = re.compile(r"[ \u00a0]+(?:at|on|against)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,3}?(?:boats?|vessels?|ships?|"
                              r"ferry|ferries|trawlers?|yachts?|tankers?|freighters?)(?![\w-])")
#: After a signing verb, a document that one party signs alone: " a series of executive orders", " the
#: new budget into law", " two decrees"; the words before it are no preposition and no agreement.
_SIGNED_DOCUMENT_AFTER = re.compile(r"(?:[ \u00a0]+(?:(?:series|raft|package|number|flurry|slew|batch|set|pair)[ \u00a0]+of|"
                                    r"(?!(?:on|of|with|to|for|in|by|agreement|agreements|accord|deal|"
                                    r"treaty|pact|ceasefire|truce|memorandum)(?![\w-]))[\w-]+)){0,4}?[ \u00a0]+"
                                    r"(?:executive[ \u00a0]+orders?|orders|decrees?|laws?|bills?|legislation|"
                                    r"budget|amendments?|petitions?|letters?|applications?)(?![\w-])", re.I)
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
#: The roles of who does an event, alone or jointly.
_ACTING_ROLES = ("initiator", "participant")
#: Status rules by which the subject before the trigger acts on the event, and does not do it.
_NOT_THE_SUBJECTS = frozenset({"events.status_foiled", "events.status_proposal_noun", "events.status_made_possible"})


#: After a name, a participle that makes it part of a modifier of the noun after it: "a U.S.-backed
#: ceasefire proposal", "Moscow-based attachés", "Iran-aligned militias" (no party, no place of the event).
_HYPHENS = "-\u2010\u2011"
#: Prefixes that make a glued trigger a modifier: "anti-", "pro-", "post-", "pre-", "non-".
_STANCE_PREFIX = re.compile(r"(?<![\w-])(?:anti|pro|post|pre|non)[-\u2010\u2011]\Z", re.I)
_COMPOUND_MODIFIER = re.compile(r"[-\u2010\u2011](?:backed|brokered|sponsored|funded|supported|aligned|allied|"
                                r"friendly|linked|affiliated|based|made|drafted|proposed|installed|appointed|mediated)(?![\w-])")


#: Before a noun trigger, the preposition that makes it the means of the event before it: "killed
#: in shelling", "wounded in an air strike", "destroyed by drone attacks".
_MEANS_BEFORE = re.compile(
    r"(?<![\w-])(?:in|by)[ \u00a0]+(?:(?:the|an?|heavy|renewed|fresh|an?[ \u00a0]+\w+)[ \u00a0]+)?\Z")


#: Where the parties after "between" end: a clause break, or a verb after them ("… and the RSF spread to").
_BETWEEN_END = re.compile(r"[,;:.]|[ \u00a0](?:[a-z]+ed|spread|broke|began|erupted|continue[sd]?|intensified)(?![\w-])")


#: Right after an event noun, a noun that makes it what is proposed: "a ceasefire proposal", "truce
#: offers", "a ceasefire resolution" (proposed, and who handles the proposal does not do it); or planned:
#: "deployment plans" (and who has them does it).
_PROPOSAL_AFTER = re.compile(r"[ \u00a0]+(?:(?P<plan>plans?)|proposals?|offers?|initiatives?|bids?|drafts?|resolutions?|"
                             r"requests?|framework|blueprint|roadmap|road[ \u00a0]+map)(?![\w-])")


#: Before a noun trigger, what the event before it is over, or in response to: "sanctions on Russia over
#: its war in Ukraine", "criticised Israel over the strikes", "fired rockets in response to the killing
#: of a commander", "sanctioned officials for their role in a crackdown", "struck Yemen in retaliation
#: for Houthi attacks", "in what it called punishment for ...", "freed hostages in exchange for
#: prisoners released by Israel" (a cause or a price, with parties and a time of its own; "its" and
#: "their" stand for the actor named last before).
_RESPONSE = (r"(?:in[ \u00a0]+(?:response|retaliation|reprisal|revenge|punishment|exchange|return)|as[ \u00a0]+(?:an?[ \u00a0]+)?"
             r"(?:response|retaliation|reprisal|revenge|punishment)|in[ \u00a0]+what[ \u00a0]+\w+[ \u00a0]+"
             r"(?:called|calls|termed|dubbed|described[ \u00a0]+as)[ \u00a0]+(?:an?[ \u00a0]+)?(?:response|retaliation|"
             r"reprisal|revenge|punishment|warning))[ \u00a0]+(?:to|for)")
_OVER_CAUSE = re.compile(
    # "over his short-lived attempt to impose martial law": what the attempt was (first: the owner does it)
    r"(?<![\w-])over[ \u00a0]+(?:(?P<own2>its|their|his|her)|the)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}"
    r"(?P<attempt>attempt|bid|decision|plan|plans|efforts?|move|order|refusal|failure)[ \u00a0]+to[ \u00a0]+"
    r"(?:[\w-]+[ \u00a0]+){0,1}\Z"
    rf"|(?<![\w-])(?:(?:over|{_RESPONSE})"
    r"[ \u00a0]+(?:(?P<own>its|their)|the|his|her|an?)|for[ \u00a0]+(?P<owned>its|their)|"
    rf"{_RESPONSE})[ \u00a0]+(?:[\w-]+[ \u00a0]+){{0,3}}\Z"
    # what a response answers may be a list: "in retaliation for the SolarWinds hack and interference in
    # the 2020 election"
    rf"|(?<![\w-]){_RESPONSE}[ \u00a0]+(?:[\w-]+[ \u00a0]+){{4,9}}\Z")
#: After a trigger, the phrase that says what its event answers: whom and where it names take no part.
_RESPONSE_AFTER = re.compile(rf"(?<![\w-]){_RESPONSE}[ \u00a0]")
_RESPONSE_WORDS = ("respon", "retaliat", "reprisal", "revenge", "punish", "exchange", "return")


#: Before a ceasefire or an agreement, the verb that makes it: "agreed to a ceasefire", "agreed on a
#: deal" (it is made, not planned, as "agreed to hold talks" is; "will agree to a truce" is planned).
_AGREED_TO_BEFORE = re.compile(r"(?<![\w-])agree[sd][ \u00a0]+(?:to|on|upon)[ \u00a0]+(?:(?:a|an|the|its|their)[ \u00a0]+)?"
                               r"(?:[\w-]+[ \u00a0]+){0,3}\Z", re.I)
_MADE_BY_AGREEING = frozenset({"declare_ceasefire", "sign_agreement"})


#: Before a trigger, a verb that asks someone to do it, and whom: "urged the council to impose
#: sanctions", "called on Russia to withdraw its troops", "pressed Israel to allow aid" (who is asked
#: does it; who asks does not).
_ASKED_TO = re.compile(r"(?<![\w-])(?:urg(?:ed|es|ing)|call(?:ed|s|ing)?[ \u00a0]+(?:on|upon)|press(?:ed|es|ing)|"
                       r"push(?:ed|es|ing)|encourag(?:ed|es|ing)|ask(?:ed|s|ing)|appeal(?:ed|s|ing)?[ \u00a0]+to)"
                       r"[ \u00a0]+(?P<whom>[^.;:!?]{1,60}?)[ \u00a0]+to[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,3}\Z")


#: Before a noun trigger, a verb whose subject undergoes the event: "Khan faces an arrest warrant",
#: "the town came under attack", "Iran is facing new sanctions" (its target, not its initiator).
_UNDERGOES_BEFORE = re.compile(r"(?<![\w-])(?:fac(?:e|es|ed|ing)|c(?:a|o)me[s]?[ \u00a0]+under|coming[ \u00a0]+under)"
                               r"[ \u00a0]+(?:(?:an?|the|possible|new|fresh|further|renewed|more|heavy|growing)[ \u00a0]+){0,2}\Z")


#: "after" or "following" a stretch of time of an event: "after four days of fighting", "following
#: weeks of protests" (background: the status cues before it do not reach it).
_AFTER_DURATION = re.compile(r"(?<![\w-])(?:after|following|amid)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}"
                             r"(?:hours|days|weeks|months|years|decades)[ \u00a0]+of(?![\w-])")


#: Right before a trigger, the phrase that makes it what is answered: "in response to the group's ",
#: "in retaliation for ".
_ANSWERED_BEFORE = re.compile(r"(?<![\w-])in[ \u00a0]+(?:response|retaliation|reprisal|revenge)[ \u00a0]+(?:to|for)"
                              r"[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){0,4}\Z")
#: After a noun trigger, another noun with its own "of": " and the death of ", " and a wave of ".
_COORDINATED_NOUN_OF = re.compile(r"[ \u00a0]and[ \u00a0]+(?:the|a|an|his|her|its|their)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?"
                                  r"[a-z]+[ \u00a0]+of[ \u00a0]")
#: Right before an actor, a participle after a noun and its "by": "pagers used by ", "rebels backed by the ".
_PARTICIPLE_BY_BEFORE = re.compile(r"(?<=[a-z])[ \u00a0](?P<verb>[a-z]+(?:ed|en)|made|held|run|built|sold|led|owned|"
                                   r"fought|paid|sent|bought)[ \u00a0]+by[ \u00a0]+(?:the[ \u00a0]+)?\Z")
#: Words of a clause whose subject does nothing itself: a passive ("was listed") or a relative ("a jet
#: that crashed").
_NO_AGENT_CLAUSE = re.compile(r"(?<![\w-])(?:that|which|was|were)[ \u00a0]")
#: Right before a trigger, talks or a plan and what they are about: "talks on ending the ", "a plan to
#: end the ", "negotiations over the".
_TOPIC_OF_TALKS_BEFORE = re.compile(
    r"(?<![\w-])(?:talks|negotiations|discussions|consultations|deal|agreement|plan|proposals?|summit|meeting|"
    r"conference|efforts?|bid|push)[ \u00a0]+(?:(?:on|about|over|for)[ \u00a0]+(?:(?:ending|resolving|settling|"
    r"stopping|halting)[ \u00a0]+)?|to[ \u00a0]+(?:end|resolve|settle|stop|halt)[ \u00a0]+)"
    r"(?:(?:the|a|an)[ \u00a0]+)?(?:[\w-]+[ \u00a0]+){0,2}\Z")
_TOPIC_NOUNS = ("talks", "negotiations", "discussions", "consultations", "deal", "agreement", "plan", "proposal",
                "summit", "meeting", "conference", "effort", "bid", "push")
_TIME_CONJUNCTIONS = (" as ", " when ", " while ", " after ", " before ", " until ", " because ", " since ", " once ")
#: Right before a noun trigger, a preposition of time and its article: "after the ", "following a ",
#: "since the " (what came before the clause's event).
_AFTER_THE_BEFORE = re.compile(r"(?<![\w-])(?:after|following|since|before)[ \u00a0]+(?:the|a|an|last[ \u00a0]+week's)"
                               r"[ \u00a0]+(?:(?:[a-z][\w-]*|[A-Z][\w-]*)[ \u00a0]+)?\Z")
#: Before a noun trigger, a verb of warning or telling, whom it tells, and "of": "warned Moscow earlier this
#: month of a planned ", "informed the council of an imminent ".
_WARNED_OF_BEFORE = re.compile(r"(?<![\w-])(?P<verb>warn(?:ed|s|ing)?|inform(?:ed|s|ing)?|alert(?:ed|s|ing)|"
                               r"brief(?:ed|s|ing)|notif(?:ied|ies|y|ying))[ \u00a0]+[^,;:.]{1,50}?[ \u00a0]"
                               r"(?P<of>of)[ \u00a0]+(?:(?:a|an|the|possible|imminent|planned|new)[ \u00a0]+){0,3}\Z")
#: Right before a noun trigger, "and" and a determiner: the next noun a verb before acts on ("condemned
#: the attack and the killing of").
_AND_NOUN_BEFORE = re.compile(r"[ \u00a0]and[ \u00a0]+(?:the|a|an|its|their|his|her)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?\Z")
#: After a summons or an expulsion, the envoy summoned or expelled and who sent them: " the Chinese
#: ambassador", " two Russian diplomats".
_ENVOY_AFTER = re.compile(r"[ \u00a0]+(?:(?:the|its|their|two|three|four|five|six|several|[0-9]+)[ \u00a0]+)?[\w-]+"
                          r"[ \u00a0]+(?P<envoy>ambassadors?|envoys?|charg[ée][ \u00a0]+d['’]affaires|diplomats?|"
                          r"consuls?|attach[ée]s?)(?![\w-])")
_ENVOY_TYPES = frozenset({"criticize", "reduce_relations"})
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


#: "in a show of support", "as a gesture of solidarity": after another trigger, the manner of its event.
_MANNER_BEFORE = re.compile(r"(?<![\w-])(?:in|as)[ \u00a0]+an?[ \u00a0]+\Z")
_MANNER_NOUN = re.compile(r"(?:show|sign|gesture|demonstration|display)[ \u00a0]+of[ \u00a0]+(?:support|solidarity)")


#: Between a reporting word and a time phrase that dates the statement, not what it reports: nothing
#: ("said on Thursday", "announced today"), where it was said ("said in a statement on Monday") or
#: who was told ("told reporters on Friday").
_STATEMENT_TIME_GAP = re.compile(r"[ \u00a0]+(?:(?:in|at|during)[ \u00a0]+an?[ \u00a0]+(?:[\w-]+[ \u00a0]+)?(?:statement|"
                                 r"interview|(?:news|press)[ \u00a0]+conference|briefing|speech|address|post)[ \u00a0]+"
                                 r"|(?:reporters|journalists|parliament|lawmakers)[ \u00a0]+)?")


#: Between a time phrase and a trigger, a verb in the infinitive that the trigger is the object of:
#: " to resume ", " to hold new " (the time phrase dates the verb before it, "agreed on Thursday").
#: Not an article after "to": "agreed on Wednesday to a ceasefire" is the ceasefire agreed on Wednesday.
_INFINITIVE_GAP = re.compile(r"[ \u00a0]+to[ \u00a0]+(?!(?:a|an|the|its|their|his|her|this|that)[ \u00a0])[a-z]+[ \u00a0]+"
                             r"(?:[^\s.,;:]+[ \u00a0]+){0,2}")
#: Right before a time phrase that a verb trigger's "to" follows, a verb that commits to what comes
#: later: "agreed " (on Wednesday to disarm), "pledged "; not "voted " or "rallied ", which do it then.
_COMMITTED_BEFORE = re.compile(r"(?<![\w-])(?:agreed|agrees|decided|decides|pledged|pledges|promised|promises|vowed|"
                               r"vows|offered|offers|threatened|threatens|planned|plans|refused|refuses)[ \u00a0]+\Z")


#: Right before a noun trigger for what is asked to end: "demanding an end to the war", "called for a
#: halt to the fighting" (the demand is the event; the war is its object).
#: Right before a noun trigger for what a plan or a call is to end: "to end the two-year ", "would end the ".
_TO_END_BEFORE = re.compile(r"(?<![\w-])(?:to|would|will|could|can|might|help)\s+end\s+(?:the|this|its|their|all)\s+"
                            r"(?:[\w-]+\s+)?\Z", re.I)
_END_TO_BEFORE = re.compile(r"(?<![\w-])(?:end|halt|stop)\s+to\s+(?:(?:the|all|this|a|its|their)\s+)?\Z", re.I)


#: Before sanctions, an embargo or a restriction, a verb that takes them away: "to ease some oil
#: sanctions", "lifted the arms embargo", "lifted martial law"; after them, the passive of one:
#: "sanctions could be eased", "the curfew was lifted". The measure is eased, not imposed: each type
#: and the type of its relief.
_RELIEF_OF = {"impose_sanctions": "ease_sanctions", "impose_restrictions": "ease_restrictions"}
_RELIEF_BEFORE = re.compile(r"(?<![\w-])(?:lift|lifts|lifted|lifting|ease|eases|eased|easing|relax|relaxes|relaxed|"
                            r"relaxing|loosen|loosens|loosened|loosening|roll\s+back|rolled\s+back|rolling\s+back|"
                            r"scrap|scraps|scrapped|scrapping|waive|waives|waived|waiving)\s+(?:[\w-]+\s+){0,3}\Z",
                            re.I)
_RELIEF_AFTER = re.compile(r"\s+(?:(?:could|would|will|may|might|to|have|has|had|not|also)\s+)*(?:be|been|were|was|"
                           r"are|is)\s+(?:(?:partly|partially|fully|gradually)\s+)?(?P<verb>lifted|eased|relaxed|loosened|"
                           r"scrapped|waived|rolled\s+back)(?![\w-])", re.I)


#: What kills or hurts by accident, or by nature: "when their helicopter crashed", "in an earthquake",
#: "a stampede killed". Not "collapsed": buildings collapse under shelling too.
_ACCIDENT = re.compile(r"(?<![\w-])(?:crash(?:ed|es)?|accidents?|earthquakes?|quakes?|floods?|flooding|landslides?|"
                       r"mudslides?|avalanches?|stampedes?|collisions?|storms?|cyclones?|hurricanes?|typhoons?|"
                       r"tsunamis?|heatwaves?|capsized|derailed|derailment|collapsed|collapses?)(?![\w-])", re.I)
#: Natural hazards and collapses, whose toll is theirs even after a comma (no attack is named before it in
#: the sentence): "a concrete canopy collapsed at the station, killing 16 people".
_NATURAL_HAZARD = re.compile(r"(?<![\w-])(?:earthquakes?|quakes?|floods?|flooding|landslides?|mudslides?|avalanches?|"
                             r"storms?|cyclones?|hurricanes?|typhoons?|tsunamis?|heatwaves?|wildfires?|collapsed|"
                             r"collapses?)(?![\w-])", re.I)
#: Where a clause ends: the harm before it is not what an accident after it did.
_CLAUSE_END = re.compile(r"[,;:()—–]")
#: The trigger forms of harm that an accident may have done: killed, injured, a blast.
_HARM_FORMS = ("kill", "wound", "injur", "explosion", "blast")


def _by_accident(text: str, accidents: list[int], start: int, end: int) -> bool:
    """Whether the harm a trigger names (one of `_HARM_FORMS`) was done by an accident named near it:
    after it ("killed when their helicopter crashed", "injured in a collision") or just before ("a
    stampede killed"), in its clause (a toll after a comma may be an attack's: "a jet that crashed near
    Lima, killing all 10")."""
    return any(
        (start - 30 <= accident < start and _CLAUSE_END.search(text, accident, start) is None
         or end <= accident <= end + 60 and _CLAUSE_END.search(text, end, accident) is None)
        for accident in accidents)


#: Before a noun trigger, a verb that calls something named before by it: "called it a pseudo-",
#: "calling the vote a sham ", "called the raid an act of ", in quotes too: 'called it "a vile ',
#: 'called the decision "a formalised '.
_CALLED_IT = re.compile(r"(?<![\w-])call(?:ed|s|ing)[ \u00a0]+(?:it|this|that|them|these|those|the[ \u00a0]+[\w-]+)"
                        r"[ \u00a0]+(?:[“\"‘]?(?:an?|the)[ \u00a0]+[“\"‘]?|[“\"‘])(?:[\w]+(?:-|[ \u00a0]+)){0,3}\Z", re.I)
#: Before a noun trigger, a verb that lets it happen or not and the words between: "allow a military ",
#: "would not tolerate any ", "permitted the " (who allows an event is no party to it).
_PERMITTED_BEFORE = re.compile(r"(?<![\w-])(?:allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|tolerat(?:e|es|ed|ing))"
                               r"[ \u00a0]+(?:(?:an?|the|any|further|new|more|[a-z]+(?:-[a-z]+)?)[ \u00a0]+){0,2}\Z")
#: Before a noun trigger, a word of feeling and what it is about: "angered by a ", "furious over the new ",
#: "alarmed at the " (who feels it is no party to it).
_FELT_BEFORE = re.compile(r"(?<![\w-])(?:angered|angry|outraged|incensed|enraged|infuriated|furious|alarmed|"
                          r"frustrated|upset|dismayed|appalled|worried|concerned)[ \u00a0]+(?:by|at|over|about)"
                          r"[ \u00a0]+(?:(?:an?|the|its|their|his|her|new|[a-z]+(?:-[a-z]+)?)[ \u00a0]+){0,2}\Z")
#: Right before a noun trigger, a possessive pronoun and perhaps one word: "his ", "her brief ", "their ".
_OWN_PRONOUN_BEFORE = re.compile(r"(?<![\w-])(?:his|her|their)[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+)?\Z", re.I)
#: Event types whose noun a person's possessive names the one who undergoes them: "his arrest", "her
#: release", "his conviction", "his impeachment", "his pardon", "her appointment".
_UNDERGONE_TYPES = frozenset({"arrest", "release_persons", "find_guilty", "impeach", "appoint", "pardon", "evacuate"})
#: Between an event and a noun trigger of its type that names a part of it: " on Russia, including a ",
#: ", among them new " (no stop, colon or semicolon between).
_PART_LISTED = re.compile(r"[^.;:]{0,80}?,[ \u00a0]+(?:including|among[ \u00a0]+them|such[ \u00a0]+as)[ \u00a0]+"
                          r"(?:(?:an?|the|its|their|new|further|[a-z]+-?[a-z]*)[ \u00a0]+){0,2}")
#: Between a noun trigger and the subject of its relative clause: " that ", " which the ".
_RELATIVE_SUBJECT_GAP = re.compile(r"[ \u00a0]+(?:that|which)[ \u00a0]+(?:the[ \u00a0]+)?")
#: Between a noun trigger and the verb of its relative clause: " that ", " which had ", " that has been " (the
#: noun's event does what the verb says: "fighting that killed").
_RESTRICTIVE_RELATIVE = re.compile(r"[ \u00a0]+(?:that|which)[ \u00a0]+(?:(?:had|has|have)[ \u00a0]+(?:been[ \u00a0]+)?)?")
#: Between a noun trigger and the verb of its relative clause, perhaps past the noun's complement: " that ",
#: " on tourists in Pahalgam that " ("the attack on tourists in Pahalgam that killed 26 people").
_RELATIVE_AFTER_COMPLEMENT = re.compile(r"(?:[ \u00a0]+(?:on|in|against|near|at|of)[ \u00a0]+[^,;:.!?]{1,50}?)?"
                                        r"[ \u00a0]+(?:that|which)[ \u00a0]+(?:(?:had|has|have)[ \u00a0]+(?:been[ \u00a0]+)?)?")
#: Right before a noun trigger, "ahead of" and up to three words: an event still to come, after the
#: clause's ("ahead of municipal elections", "in the run-up to the vote").
_AHEAD_OF_BEFORE = re.compile(r"(?<![\w-])(?:ahead[ \u00a0]+of|in[ \u00a0]+the[ \u00a0]+(?:run|lead)-up[ \u00a0]+to)[ \u00a0]+"
                              r"(?:[\w’'-]+[ \u00a0]+){0,3}\Z")
#: After an arrest, the warrant it was made on: " in Manila on a warrant", " on an ICC warrant".
_ON_WARRANT = re.compile(r"(?<![\w-])on[ \u00a0]+(?:an?|the)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}warrants?(?![\w-])")
#: Right before a noun trigger, the preposition of the setting of the event before it: "at talks",
#: "during a meeting", "at the summit".
_SETTING_BEFORE = re.compile(r"(?<![\w-])(?:at|during)[ \u00a0]+(?:(?:the|a|an)[ \u00a0]+)?\Z")
#: The first word of a short time phrase after a statement's trigger: " on Friday", " last week".
_TIME_WORD = r"(?:on|last|this|late|early|earlier)"
#: After a statement's trigger that closes the sentence as its tag: a time phrase and the stop: " on Friday.".
_STATEMENT_TAG_END = re.compile(rf"(?:[ \u00a0]+{_TIME_WORD}[ \u00a0]+[\w-]+)?[.!?]?[”\"’']?\s*")
#: After a statement's trigger, its "that" and a time phrase before it: " that", " on Monday that",
#: " last week that", " in a statement that".
_ANNOUNCED_THAT = re.compile(rf"(?:[ \u00a0]+(?:{_TIME_WORD}|in)[ \u00a0]+(?:a[ \u00a0]+)?[\w-]+)?"
                             r"[ \u00a0]+that(?![\w-])")
#: After a clause, an appositive that comments on what it tells: ", a move the opposition called a coup",
#: ", a decision critics said …", ", a figure the government dismissed", ", a claim Moscow denied" (who is
#: named in it takes no part in the clause's events).
_COMMENT_APPOSITIVE = re.compile(r",[ \u00a0]+(?:a|an|the|in[ \u00a0]+a)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?"
                                 r"(?:move|decision|step|measure|figure|number|toll|claim|charge|accusation|allegation|"
                                 r"account|assertion|version|directive|order|ruling)s?(?![\w-])")
#: Before a noun trigger, a noun that comments on what was done and whoever calls it so, with no
#: object of "called" between: "a move the main opposition party called a ", "a decision critics called
#: an " (a name for the move, no event).
_CALLED_BY_COMMENT = re.compile(r"(?<![\w-])(?:move|decision|step|measure|action|ruling|arrest|detention|law|verdict)"
                                r"[ \u00a0]+(?:(?:that|which)[ \u00a0]+)?(?:[\w’'-]+[ \u00a0]+){1,6}?called[ \u00a0]+"
                                r"(?:[“\"‘]?(?:an?|the)[ \u00a0]+|[“\"‘])(?:[\w]+(?:-|[ \u00a0]+)){0,3}\Z", re.I)
#: Before a noun trigger and after it, a verb that calls the event something: "called the raid " … " an act
#: of war", "calling the Russian strikes " … " a war crime". Who calls it names it, and does not do it.
_CALLED_BEFORE = re.compile(r"(?<![\w-])call(?:ed|s|ing)[ \u00a0]+(?:the|this|that|these|those|its|their)[ \u00a0]+"
                            r"(?:[\w-]+[ \u00a0]+){0,2}\Z", re.I)
_CALLED_AFTER = re.compile(r"[ \u00a0]+(?:(?:an?|the)[ \u00a0]+(?!(?:day|week|month|year|time)\b)[a-z]"
                           r"|[“\"‘][^”\"’]{1,60}[”\"’]|[a-z]+(?=[.,;]))")  # "called the attack “outrageous”"
#: Before a noun trigger, a verb that undoes what was done and the rest of its object: "annulled the
#: first round of the presidential ", "overturned the ", "struck down the". Who undoes it did not do it.
_UNDONE_BEFORE = re.compile(r"(?<![\w-])(?:annul(?:led|s|ling)?|overturn(?:ed|s|ing)?|invalidat(?:ed|es|ing)|"
                            r"nullif(?:ied|ies|ying)|quash(?:ed|es|ing)?|void(?:ed|s|ing)|"
                            r"str(?:uck|ikes|iking)[ \u00a0]+down)[ \u00a0]+(?:the|a|an|its|their)[ \u00a0]+"
                            r"(?:(?:first|second|final)[ \u00a0]+round[ \u00a0]+of[ \u00a0]+(?:the|a)[ \u00a0]+)?"
                            r"(?:[\w-]+[ \u00a0]+){0,2}\Z", re.I)
#: A finite verb of a coordinated clause without a trigger: ", and the number is expected to reach
#: 10,000 by December" (the time is that clause's; a list has none: "met Chile, Peru, and Bolivia on Monday").
_FINITE_AUXILIARIES = "is|are|was|were|has|have|had|will|would|could|may|might|must|should"
_FINITE_WORD = re.compile(rf"(?<![\w-])(?:{_FINITE_AUXILIARIES}|can)[ \u00a0]")
#: Before "arrest", the verb that puts someone under it, and them: "placed President Ali Bongo under house ".
_PLACED_UNDER_BEFORE = re.compile(r"(?<![\w-])(?P<verb>plac(?:ed|es|e|ing)|put(?:s|ting)?|kept|keeps?|keeping|held|holds?|"
                                  r"holding)[ \u00a0]+(?:[\w.’'-]+[ \u00a0]+){1,6}?under[ \u00a0]+(?:house[ \u00a0]+)?\Z")
#: Before "arrest", a verb of being under it: "remains under house ", "was under ", "has been under ".
_BEING_UNDER_BEFORE = re.compile(r"(?<![\w-])(?:remain(?:s|ed|ing)?|stay(?:s|ed)?|is|are|was|were|been|be|being)[ \u00a0]+"
                                 r"(?:(?:still|now|already)[ \u00a0]+)?under[ \u00a0]+(?:house[ \u00a0]+)?\Z")
#: Before "detention", a verb of being in it: "has been in ", "remains in ", "died in police ".
_BEING_IN_BEFORE = re.compile(r"(?<![\w-])(?:remain(?:s|ed|ing)?|stay(?:s|ed)?|is|are|was|were|been|be|being|died|dies)"
                              r"[ \u00a0]+(?:(?:still|now|already)[ \u00a0]+)?in[ \u00a0]+(?:police[ \u00a0]+|pre-trial[ \u00a0]+)?\Z")
#: Right before a noun of asking, a verb that turns it down: "rejected ", "has dismissed growing ", "ignored the".
_REFUSED_BEFORE = re.compile(r"(?<![\w-])(?:reject(?:ed|s|ing)?|dismiss(?:ed|es|ing)?|rebuff(?:ed|s|ing)?|"
                             r"ignor(?:ed|es|e|ing)|resist(?:ed|s|ing)?|brush(?:ed|es|ing)?[ \u00a0]+aside|"
                             r"turn(?:ed|s|ing)?[ \u00a0]+down|refus(?:ed|es|ing)|spurn(?:ed|s|ing)?)[ \u00a0]+"
                             r"(?:(?:the|a|an|these|those|their|its|his|her)[ \u00a0]+)?(?:[\w-]+[ \u00a0]+)?\Z", re.I)
#: After an appeal verb, whom it asks (a few words, no clause break) and the "to" of what it asks them to do:
#: " him to ", " both sides to " (not " to the UN": whom an appeal is made to).
_ASKED_TO_AFTER = re.compile(r"(?:[ \u00a0]+(?:on|upon))?(?:[ \u00a0]+[\w.’'-]+){1,5}?[ \u00a0]+to[ \u00a0]+"
                             r"(?!(?:the|a|an|its|their|his|her|all|both|this|that)[ \u00a0])(?=[a-z])")
#: A participle's clause after a comma: ", giving ", ", prompting " (not a list: ", including ").
_PARTICIPLE_OPENER = re.compile(r",[ \u00a0](?!(?:including|excluding|involving|notably)[ \u00a0])[a-z]+ing[ \u00a0]")
#: Between "arrival" and where to: " of an undetermined number of Russian soldiers in ", " in ".
_ARRIVAL_PLACE_GAP = re.compile(r"(?:[ \u00a0]+of[ \u00a0]+[^,;:.]{1,60}?)?[ \u00a0]+in[ \u00a0]+(?:the[ \u00a0]+)?")
#: Right before a noun trigger, the day it is named by, in the possessive: "Sunday's ", "last month's disputed ".
_DAY_POSSESSIVE_BEFORE = re.compile(r"(?<![\w-])(?:(?:last|this|next)[ \u00a0]+(?:week|weekend|month|year)|yesterday|today|"
                                    r"tonight|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)['’]s[ \u00a0]+"
                                    r"(?:[\w-]+[ \u00a0]+){0,2}\Z", re.I)
#: Right before an election's day, a verb of who runs in it: "won ", "the winner of ", "boycotted ".
_RAN_IN_BEFORE = re.compile(r"(?<![\w-])(?:won|wins?|winning|winner[ \u00a0]+of|lost|loses|losing|contested|contests|"
                            r"boycotted|boycotts|ran[ \u00a0]+in|runs[ \u00a0]+in)[ \u00a0]+\Z")
#: Right before a noun trigger, an aspect of the event that a clause speaks of: "the results of the
#: parliamentary ", "the outcome of the ", "the legitimacy of".
_ASPECT_OF_BEFORE = re.compile(r"(?<![\w-])(?:the[ \u00a0]+)?(?:results?|outcome|legitimacy|validity|conduct|fairness|"
                               r"integrity|aftermath)[ \u00a0]+of[ \u00a0]+(?:(?:the|a|an|this|last|its|their)[ \u00a0]+)?"
                               r"(?:[\w-]+[ \u00a0]+){0,3}\Z", re.I)
#: Words one of which `_ASPECT_OF_BEFORE` needs (a cheap test before its search).
_ASPECT_WORDS = ("esult", "utcome", "egitima", "alidity", "onduct", "airness", "ntegrity", "ftermath")
#: Right before a country, the "to" of a destination: "to ", "into ", "to the ".
_TO_BEFORE = re.compile(r"(?<![\w-])(?:in)?to[ \u00a0]+(?:the[ \u00a0]+)?\Z")
#: Right after a reporting word, the first word of what it reports: a determiner or a pronoun.
_CONTENT_OPENS_AFTER = re.compile(r"[ \u00a0]+(?:the|a|an|this|these|those|its|their|his|her|it|they|he|she|we|there)"
                                  r"[ \u00a0]", re.I)
#: Reporting words that name whom they tell first: "told the council in New York".
_TELLING = re.compile(r"(?:told|tells|tell|telling|informed|informs|briefed|briefs|assured|assures|warned|warns)", re.I)
#: After a reporting word, a word of what it reports: the complementizer or a finite verb ("said there
#: was", "said that"); a place after it is a place of what is said, not of the saying.
_REPORTED_CONTENT = re.compile(rf"(?<![\w-])(?:that|{_FINITE_AUXILIARIES})(?![\w-])")
#: Right before a trigger, what makes it possible, and the rest of its noun phrase: "paving the way for an
#: early ", "opened the door to ", "setting the stage for a ", "raising the prospect of".
_MADE_POSSIBLE_BEFORE = re.compile(r"(?<![\w-])(?:(?:pav|clear|open)(?:e|es|ed|ing|s)?[ \u00a0]+the[ \u00a0]+way[ \u00a0]+"
                                   r"(?:for|to)|open(?:s|ed|ing)?[ \u00a0]+the[ \u00a0]+door[ \u00a0]+to|"
                                   r"set(?:s|ting)?[ \u00a0]+the[ \u00a0]+stage[ \u00a0]+for|"
                                   r"rais(?:e|es|ed|ing)[ \u00a0]+the[ \u00a0]+prospect[ \u00a0]+of)[ \u00a0]+"
                                   # not a predicate of its own: "would pave the way for peace and invited"
                                   r"(?:(?!(?:and|but|or|then)[ \u00a0])[\w-]+[ \u00a0]+){0,3}\Z", re.I)
#: Words one of which `_UNDONE_BEFORE` needs (a cheap test before the search).
_UNDONE_WORDS = ("nnul", "verturn", "nvalidat", "ullif", "uash", "void", " down")
#: Before a noun trigger and after it, a verb that describes the event as something: "described the
#: attack " … " as terrorism", "branded the raids " … " as".
_DESCRIBED_AS_BEFORE = re.compile(r"(?<![\w-])(?:describ(?:ed|es|ing)|brand(?:ed|s|ing)|label(?:l?ed|s|l?ing)|"
                                  r"term(?:ed|s|ing)|characteri[sz](?:ed|es|ing))[ \u00a0]+"
                                  r"(?:the|this|that|these|those|its|their)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}\Z", re.I)
_AS_AFTER = re.compile(r"[ \u00a0]+as[ \u00a0]")
#: After a name, the verb it describes something before it by: " described as", " called it a", " termed".
_DESCRIBES_AFTER = re.compile(r"[ \u00a0]+(?:has[ \u00a0]+|had[ \u00a0]+)?(?:described|branded|labell?ed|termed|"
                              r"characteri[sz]ed|denounced)(?:[ \u00a0]+it)?[ \u00a0]+as[ \u00a0]")
#: Before a noun trigger, a verb that calls something by it: "denounced the decision as a coup",
#: "described the strikes as a massacre" (a name, no event; not "sees itself as threatened", a position).
_CHARACTERIZED_AS = re.compile(
    r"(?<![\w-])(?:denounc(?:ed|es|ing)|describ(?:ed|es|ing)|brand(?:ed|s|ing)|condemn(?:ed|s|ing)|"
    r"label(?:l?ed|s|l?ing)|decr(?:ied|ies|ying)|dismiss(?:ed|es|ing)|slamm(?:ed|ing)|slams|characteri[sz](?:ed|es|ing)|"
    r"criticis(?:ed|es|ing)|criticiz(?:ed|es|ing)|"
    # what something would be taken for: "would treat any attempt to stop the flow of water as an act of "
    r"treat(?:ed|s|ing)?|regard(?:ed|s|ing)?|consider(?:ed|s|ing)?|view(?:ed|s|ing)?|see|sees|saw)"
    r"(?:[ \u00a0]+[^\s.;:!?]+){0,9}?[ \u00a0]+as[ \u00a0]+(?:an?|the)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}\Z", re.I)


#: A sentence that opens with where it happens: "In Kyiv,", "At the border,", "Across Sudan,".
_LOCATIVE_OPENER = re.compile(r"\s*(?:In|At|Across|Inside|Outside|Near|Throughout)[ \u00a0]")


def _setting_end(text: str, start: int, first_trigger: int) -> int:
    """Where the place phrase a sentence opens with ends (its comma, before the first trigger), or
    `start` when it opens with none."""
    if not _LOCATIVE_OPENER.match(text, start):
        return start
    comma = text.find(",", start, first_trigger)
    return comma if comma != -1 else start


#: Between two parties an event comes from: " and ", " and the ", ", ".
_FROM_AND_GAP = re.compile(r"(?:,|\s+and)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}")
#: Right before a saying trigger, a verb whose subject is what is said about: "Russia faced criticism".
_FACED_BEFORE = re.compile(r"(?<![\w-])(?:faced|faces|face|drew|draws|received|receives|came\s+under|comes\s+under|"
                           r"met\s+with)\s+(?:[\w-]+\s+){0,2}\Z")


def _from_speakers(text: str, trigger: Trigger, event_actors: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """ "sharp criticism from German Defence Minister Boris Pistorius", "condemnation from the African
    Union and the United Nations": who it comes from does it; who acts before it does not, and is what
    it is about after "faced" or "drew" ("Russia faced criticism from the US")."""
    speakers: set[int] = set()
    last_end = trigger.end
    for mention, role in event_actors:
        if mention.start >= trigger.end and role == "target" and (
                _FROM_GAP.fullmatch(text, trigger.end, mention.start)
                or speakers and _FROM_AND_GAP.fullmatch(text, last_end, mention.start)):
            speakers.add(mention.start)
            last_end = mention.end
    if not speakers:
        return event_actors
    faced = _FACED_BEFORE.search(text, max(0, trigger.start - 40), trigger.start) is not None
    kept = []
    for mention, role in event_actors:
        if mention.start in speakers:
            kept.append((mention, "initiator"))
        elif role != "initiator" or mention.end > trigger.start:
            kept.append((mention, role))
        elif faced:
            kept.append((mention, "target"))
    return kept


#: Before an agreement's noun, its name after "the": capitalised words, then words of kind ("the New
#: START nuclear arms control ", "the Minsk ", "the Black Sea grain "; not "the talks on Westerners signing").
_NAME_BEFORE = re.compile(r"(?<![\w-])[Tt]he[ \u00a0]+(?:(?:19|20)\d\d[ \u00a0]+)?(?:[A-Z][\w'’.-]*[ \u00a0]+){1,4}"
                          r"(?:(?!(?:on|of|for|to|in|with|by|and|or|from|at|that|which)[ \u00a0])[a-z][\w-]*(?<!ing)[ \u00a0]+)"
                          r"{0,3}\Z")


def _is_named_agreement(text: str, start: int, position: int) -> bool:
    """Whether the agreement noun at `position` ends the name of one ("the New START treaty", "the
    Minsk agreements", "the Good Friday Agreement"), inside its sentence."""
    return _NAME_BEFORE.search(text, max(start, position - 60), position) is not None


def _is_feared(source: str, start: int, position: int) -> bool:
    """Whether the trigger at `position` names what is feared or risked, not an event: "fears of a
    Russian invasion", "the risk of a new war" (up to three words after "of")."""
    of = source.rfind(" of ", start, position)
    if of == -1:  # most triggers: one search in C
        return False
    gap = source[of + 4:position]
    if len(gap.split()) > 3 or any(mark in gap for mark in ".,;:"):
        return False
    return _FEAR_WORD.search(source, max(start, of - 13), of + 1) is not None


#: Right before a noun trigger that an earlier sentence named, as the object of a verb in the past
#: tense or in -ing, or what a reporting word is about: "condemned the killings", "had not ordered the
#: attack", "accused groups of organizing the protests", "said the arrest raised questions", or a verb
#: that takes an event as its topic: "will meet to discuss the killing", "vowed to investigate the attack".
_VERB_THE_BEFORE = re.compile(
    r"(?<![\w-])(?:[a-z]{3,}ed|[a-z]{3,}ing|carried\s+out|led|made|saw|began|won|lost|fought|said|says|discuss|"
    r"investigate|condemn|denounce|probe|review|address|fight|oppose|challenge|reject|resist|counter|welcome|"
    r"critici[sz]e|end|respond\s+to|comment\s+on|react\s+to)\s+the\s+\Z")
#: Right after a noun trigger, whom or what it is aimed at by name: "the attack on Kharkiv".
_OWN_TARGET = re.compile(r"\s+(?:on|against|with)\s+(?:the\s+)?[A-Z]")
#: Right before a noun trigger that an earlier sentence named, governed by a preposition: "for the ",
#: "during the ": the same event again ("to prepare for the exercises").
_PREPOSITION_THE_BEFORE = re.compile(r"(?<![\w-])(?:for|to|during|ahead\s+of|before|after|since|until|about|into|under|"
                                     r"behind|responsible\s+for)"
                                     r"\s+the\s+\Z", re.I)
#: From a sentence's start to a noun trigger that says what an event named before is: "These are
#: “improvised” maneuvers", "It was a full-scale invasion".
_DESCRIBING_OPENER = re.compile(r"\s*(?:these|this|those|it|they)\s+(?:are|is|were|was)\s", re.I)
_DESCRIBED_BEFORE = re.compile(r"\s*(?:these|this|those|it|they)\s+(?:are|is|were|was)\s+(?:(?:a|an|the)\s+)?"
                               r"(?:[^\s.,;:]+\s+){0,2}\Z", re.I)
#: A sentence opening on an event named before, as its subject, and saying what it was: "The attack
#: was the deadliest since 2022", "The talks were a failure", "The election follows two decades of
#: …" (not "The talks will resume", nor "The referendum was postponed", which may be another of its kind).
_SUBJECT_BEFORE = re.compile(r"\s*[“\"]?The\s+(?:[a-z][\w-]*\s+){0,2}\Z")
_WAS_AFTER = re.compile(r"\s+(?:(?:was|were)\s+(?:the|a|an|one|also|part|among)|follows|followed|comes|came|marks|"
                        r"marked|caps|capped)\s")
#: Between an invitation and the talks it invites to, as its own object: " Russia and its allies to
#: further " (not " Russia to take part in a series of ": meetings proposed, an event of their own).
_INVITED_TO = re.compile(r"[^.,;:]{0,80}?\sto\s+(?:(?:the|further|new|fresh|more|direct|formal|peace)\s+)*")
_NEGOTIATING_TYPES = frozenset({"negotiate", "meet"})
#: Up to three words and no punctuation between two triggers of one event: between a threat and what
#: it threatens (" impose ", " launch new "), a signing verb and what it signs (" a ", " a new peace ").
_SHORT_GAP = re.compile(r"[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){0,3}")
#: Event types of the violence a threat of force threatens.
_FORCE_TYPES = frozenset({"armed_conflict", "assault", "occupy_territory"})
#: Between an agreement and the signing verb of the passive voice: " was ", " has been formally ",
#: ", " or " " ("the accord, signed in Oslo", "the treaty signed last year").
_SIGNED_IN_THE_PASSIVE = re.compile(r",?[ \u00a0]+(?:(?:(?:has|have|had|will)[ \u00a0]+)?(?:was|were|is|are|be|been)"
                                    r"[ \u00a0]+)?(?:[a-z]+ly[ \u00a0]+)?", re.I)
#: Reporting words whose object is whom they are said to ("told Reuters", "warned Israel"), unlike
#: "said", "stated", "declared", "reported", after which comes what is said.
_ADDRESSING = re.compile(r"(?:told|tells|tell|telling|warned|warns|warn|warning|assured|assures|informed|informs|"
                         r"urged|urges|reminded|reminds|briefed|briefs)", re.I)
#: Between a reporting word and whom it is said to: " ", " the ", " a ".
_ADDRESSEE_GAP = re.compile(r"[\s\u00a0]+(?:(?:the|a|an)[\s\u00a0]+)?")
#: An auxiliary of the passive voice anywhere in a sentence: "was", "were", "is", "are", "been", "being",
#: "be", in any case. First letter first (a class the regex engine skips to, then the check that the
#: word starts there, then its rest after its first letter): a leading lookbehind is tried everywhere.
_PASSIVE_WORD = re.compile(r"[WwIiAaBb](?<![\w-].)(?i:(?<=w)(?:as|ere)|(?<=i)s|(?<=a)re|(?<=b)e(?:en|ing)?)\s")
#: Event types whose forces, deployed or withdrawn, still carry the event in the passive voice
#: ("Russian troops were deployed": the armed forces deploy).
_MOVED_TYPES = frozenset({"mobilize_forces", "withdraw_forces", "military_exercise", "cooperate_militarily"})
#: Event types of what an actor says or asks: the actor right after "<trigger> from" says it.
_SAYING_TYPES = frozenset({"criticize", "express_support", "accuse", "demand", "appeal", "appeal_to_negotiate",
                           "threaten", "threaten_force", "make_statement", "deny", "reject"})
#: Events that answer something, and the "over" phrase after them that says what: "sanctions on Iran
#: over its supply of drones", "criticised Beijing over the arrests" (not "talks over Ukraine", "fighting
#: over the town": a topic, a place).
_REACTION_TYPES = frozenset({*_SAYING_TYPES, "impose_sanctions", "reduce_relations", "reduce_aid", "halt_negotiations",
                             "impose_restrictions"}) - {"make_statement"}
_PHRASE_END = re.compile(r"[,;:()“”\"]")
#: Right before a noun trigger, "over" and what makes it the reason for a reaction: "over Russia's ",
#: "over the ", "over its alleged ".
_OVER_REASON_BEFORE = re.compile(r"(?<![\w-])over[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){0,3}\Z")
_OVER_AFTER = re.compile(r"[ \u00a0]over[ \u00a0]+(?:its|their|his|her|the|a|an|alleged|recent|what)[ \u00a0]")
#: Between a trigger and the actor it comes from: " from ", " from the ", " from German Defence Minister ".
_FROM_GAP = re.compile(r" from\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}")
#: After a reporting word, a noun phrase that opens what is said as its subject: " an investigation ",
#: " the election ".
_NOUN_PHRASE_AFTER = re.compile(r"[ \u00a0]+(?:that[ \u00a0]+)?(?:(?:the|an?|its|their)[ \u00a0]+[a-z]"
                                # a bare plural and its verb: "and said jets had bombed a road"
                                r"|(?:[A-Z][\w-]*[ \u00a0]+){0,2}[a-z]{3,}s[ \u00a0]+(?:had|have|has|were|would|will)[ \u00a0])")
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})
#: After a coordination: the clause goes on with what a reporting word before it says (", and that").
_THAT_AFTER = re.compile(r"\s+that\b", re.I)
#: Between a coordination and an actor that opens its clause as the subject: " ", " the ".
_NEW_SUBJECT = re.compile(r"[ \u00a0]+(?:the[ \u00a0]+)?")
#: Right before a noun that refers back to an event named before: "these maneuvers", "this visit".
_DEMONSTRATIVE_BEFORE = re.compile(r"(?<![\w-])(?:these|this|those|that|the\s+same|such)\s+\Z", re.I)
#: Events whose participle describes the people or land they hold: "jailed opposition leader", "the
#: detained protesters", "from occupied areas", "newly elected mayors"; before it, a determiner, a
#: preposition or an adverb of time or manner, and after it, the noun it describes.
#: After a clause, an appositive that calls it a claim of its speaker, which others dispute: ", a claim
#: Palestinian officials disputed", ", an account the army denied".
_CLAIM_AFTER = re.compile(r",[ \u00a0]+an?[ \u00a0]+(?:claim|charge|accusation|allegation|account|assertion|version)"
                          r"(?:[ \u00a0]+(?:that|which))?[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")
#: Right before an actor, what makes it the backer of a group named just before, with no comma and no
#: auxiliary (not the passive "is backed by"): "rebels backed by ", "militias armed by the ".
_BACKED_BY_BEFORE = re.compile(r"(?<![\w-])(?!(?:is|are|was|were|been|being|be)[ \u00a0])(?:[a-z]+|[A-Z][\w-]*)[ \u00a0]+"
                               r"(?:backed|supported|funded|armed|trained|sponsored)[ \u00a0]+by[ \u00a0]+(?:the[ \u00a0]+)?\Z")
#: Right before an actor, what makes it the patron of a group named before: "gunmen loyal to ousted president ",
#: "militias allied to the ".
_LOYAL_TO_BEFORE = re.compile(r"(?<![\w-])[\w-]+[ \u00a0]+(?:loyal|allied|linked|affiliated|close)[ \u00a0]+(?:to|with)[ \u00a0]+"
                              r"(?:(?:the|ousted|former|late|exiled|deposed|jailed)[ \u00a0]+)*(?:[a-z]+[ \u00a0]+)?\Z")
#: Right before "targets", a measure as its subject: "The package also ", "the sanctions ", "The ban ".
_MEASURE_SUBJECT_BEFORE = re.compile(r"(?<![\w-])(?:package|measures?|sanctions|restrictions|ban|tariffs|decree|law|"
                                     r"order|listing|designation)[ \u00a0]+(?:(?:also|now|will|would|which|that)[ \u00a0]+)*\Z")
#: Between a noun of violence and its verb, the place or target it is on: " on Yemen's capital Sanaa and
#: other areas " (no verb, no comma).
_NO_VERB_WORDS = r"(?:[ \u00a0]+(?!(?:was|were|is|are|had|has|have|will|would|which|that|who)[ \u00a0])[^\s,;:.!?]+){1,12}?[ \u00a0]+"
_STRIKE_COMPLEMENT = re.compile(r"[ \u00a0]+(?:on|in|against|near|across)" + _NO_VERB_WORDS)
#: The same after a trigger that ends with its preposition ("Strikes on"): " the city and its suburbs ".
_TARGET_BEFORE_VERB = re.compile(_NO_VERB_WORDS)
#: After a place, an agreement named after it: " agreement", " accords" ("the Pretoria agreement", "the Minsk
#: agreements", "the Oslo accords").
_NAMED_AFTER_PLACE = re.compile(r"[ \u00a0]+(?:agreements?|accords?|treaty|treaties|protocols?)(?![\w-])")
#: After a group's name in lower case, a thing it modifies: " bus", " station", " headquarters".
_THING_AFTER_GROUP = re.compile(r"[ \u00a0]+(?:bus|buses|cars?|vans?|trucks?|vehicles?|stations?|headquarters|bases?|"
                                r"buildings?|posts?|barracks|helicopters?|cordons?|lines|uniforms?)(?![\w-])")
#: Any word of kinship or service, which the two patterns below need (a cheap test before them).
_KIN_WORD = re.compile(r"(?:son|daughter|wi(?:fe|ves|dow)|husband|brother|sister|mother|father|parent|nephew|niece|cousin|"
                       r"relative|famil|children|grand|bodyguard|aide|head of|chief of|leader of|commander of|founder of|"
                       r"security chief|spokes|lawyer|rival|all(?:y|ies)|successor|predecessor|opponent|challenger|"
                       r"critic|minister|advis|envoy|deput)")
#: Relatives and aides, whom a sentence may be about instead of whose they are.
_KIN_NOUNS = (r"sons?|daughters?|wife|wives|husbands?|brothers?|sisters?|mother|father|parents|nephews?|nieces?|"
              r"cousins?|relatives?|family|families|children|grandsons?|granddaughters?|widow|bodyguards?|aides?|"
              r"chief[ \u00a0]+of[ \u00a0]+(?:security|staff)|security[ \u00a0]+chief|spokes(?:man|woman|person)|lawyers?|"
              # rivals and allies: "Erdogan's main political rival", "an ally of Putin"
              r"rivals?|ally|allies|successors?|predecessors?|opponents?|challengers?|critics?")
#: After an actor's "'s", the relative or aide of theirs the sentence is about: " daughter", " eldest son",
#: " main political rival".
_KIN_AFTER = re.compile(rf"[ \u00a0]+(?:[a-z]+[ \u00a0]+){{0,2}}(?:{_KIN_NOUNS})(?![\w-])")
#: After a person's "'s", a member of their government the sentence is about: " finance minister", " envoy"
#: (a country's minister stands for the country: "Japan's foreign minister met").
_SERVANT_AFTER = re.compile(r"[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}(?:ministers?|advis[eo]rs?|envoys?|deputy|deputies)"
                            r"(?![\w-])")
#: Before an actor, the relative, aide or head of theirs the sentence is about: "the son of its exiled Gaza
#: chief ", "relatives of ", "an aide to " (what befalls the son does not befall the father).
_KIN_OF_BEFORE = re.compile(rf"(?<![\w-])(?:{_KIN_NOUNS}|"
                            # whose head is killed is not: "killing the head of the Revolutionary Guards"
                            r"head|chief|leader|commander|founder)[ \u00a0]+(?:of|to)[ \u00a0]+"
                            r"(?:[\w’'-]+[ \u00a0]+){0,4}\Z")


def _after_past_verb(text: str, floor: int, position: int) -> bool:
    """Whether the word right before `position` is a verb in the past tense ("declared martial law")."""
    words = text[max(floor, position - 20):position].split()
    return bool(words) and _is_past_form(words[-1])


def _is_kin_of(text: str, window_start: int, position: int) -> bool:
    """Whether a relative or aide of the actor at `position` is who the words before it name."""
    return ((text.find(" of ", window_start, position) != -1 or text.find(" to ", window_start, position) != -1)
            and _KIN_OF_BEFORE.search(text, window_start, position) is not None)


#: Before a noun trigger, "after" or "following" and the rest of its noun phrase: "after the deadliest
#: ", "following days of " (not a clause: "after they agreed to ").
_AFTER_NOUN_PHRASE_BEFORE = re.compile(r"(?<![\w-])(?:after|following)[ \u00a0]+(?:(?!(?:he|she|it|they|we|i|you|that|which|"
                                       r"who|was|were|is|are|had|has|have|will|would|to)[ \u00a0])"
                                       r"[a-z\d][\w,-]*[ \u00a0]+){0,5}\Z")
#: Before a noun trigger, what someone calls an event named before: "what he called ".
_WHAT_CALLED_BEFORE = re.compile(r"(?<![\w-])(?P<in>in[ \u00a0]+)?what[ \u00a0]+(?:the[ \u00a0]+)?(?:\w+|(?:[A-Z][\w.’'-]*[ \u00a0]+){0,3}"
                                 r"[A-Z][\w.’'-]*)[ \u00a0]+(?:called|calls|termed|described[ \u00a0]+as|"
                                 r"dubbed|(?:(?:are|is|were|was|being)[ \u00a0]+)?(?:investigating|investigated|"
                                 r"treating|treated|regarded|regarding)[ \u00a0]+as)[ \u00a0]+(?:(?:an?|the)[ \u00a0]+)?"
                                 r"(?:[\w-]+[ \u00a0]+)?\Z")
#: Who names an event "what … called": "what President Luis Arce called", "what he termed".
_WHAT_CALLED = re.compile(r"(?<![\w-])what[ \u00a0]+(?:the[ \u00a0]+)?(?:\w+|(?:[A-Z][\w.’'-]*[ \u00a0]+){0,3}[A-Z][\w.’'-]*)[ \u00a0]+"
                          r"(?:called|calls|termed|described[ \u00a0]+as|dubbed)(?![\w-])")
#: Before a noun trigger, an appositive that names again the event of the trigger before it: ", its
#: first direct ", ", the largest ", ", their second " (not ", the army said the ").
_RESTATING_APPOSITIVE = re.compile(r",[ \u00a0]+(?:its|their|his|her|the|an?)[ \u00a0]+"
                                   r"(?:(?!(?:said|says|told|tells|and|or|but|that|which|who|when|after|before|as|"
                                   r"while|since|said)[ \u00a0])[\w’'-]+[ \u00a0]+){0,3}\Z")
#: Before a noun trigger, "in" and a rank that makes it the event just told: "in the deadliest ",
#: "in its largest ", "in the worst such ".
_IN_THE_RANKED_BEFORE = re.compile(r"(?<![\w-])in[ \u00a0]+(?:the|its|their|what[ \u00a0]+was[ \u00a0]+the)[ \u00a0]+"
                                   r"(?:[a-z]+est|first|worst|largest|biggest)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?\Z")
#: A word of an appositive that ranks an event among others of its kind: "first", "seventh", "largest".
_RANK_WORD = re.compile(r"(?<![\w-])(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|"
                        r"last|\d+(?:st|nd|rd|th)|\w+est)[ \u00a0]")
#: Where the phrase after a noun ends: at a comma, a semicolon, a dash or the sentence's end.
_RANKED_PHRASE_END = re.compile(r"[,;:—–]|[ \u00a0]-[ \u00a0]")


def _phrase_end(text: str, start: int, sentence_end: int) -> int:
    found = _RANKED_PHRASE_END.search(text, start, sentence_end)
    return found.start() if found is not None else sentence_end


#: Before a noun trigger, an appositive that ranks the event just named among its kind: ", one of the
#: largest mass " (kidnappings), ", one of the deadliest ", ", the latest in a string of " (protests).
_ONE_OF_BEFORE = re.compile(r",[ \u00a0]+(?:one[ \u00a0]+of[ \u00a0]+the[ \u00a0]+(?:[\w-]+[ \u00a0]+){1,3}|"
                            r"the[ \u00a0]+[\w-]+[ \u00a0]+in[ \u00a0]+an?[ \u00a0]+(?:[\w-]+[ \u00a0]+)?(?:string|series|"
                            r"wave|spate|run|chain|succession)[ \u00a0]+of[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2})\Z")
#: Violence of either kind: an attack named again may be the killing or the fighting named before.
_VIOLENT_TYPES = ("assault", "armed_conflict", "repress")
#: Right after an event noun, a relative clause that tells it took place: ", which took place in New
#: York on Friday", ", which was held in Doha".
_HELD_AFTER = re.compile(r",[ \u00a0]+which[ \u00a0]+(?:took[ \u00a0]+place|was[ \u00a0]+held|were[ \u00a0]+held|happened|"
                         r"began|ended|opened|convened|(?P<will>will[ \u00a0]+(?:be[ \u00a0]+held|take[ \u00a0]+place|"
                         r"open|begin|convene)|is[ \u00a0]+(?:due|scheduled|set)[ \u00a0]+to))(?![\w-])")
#: Right before a country, the word that makes it where something comes from: "from ", "from the ".
_FROM_BEFORE = re.compile(r"(?<![\w-])from[ \u00a0]+(?:the[ \u00a0]+)?\Z")
#: Event types whose country left is their target: "withdrew its troops from Ukraine", "recalled its
#: ambassador from Ankara".
_LEFT_FROM_TYPES = frozenset({"withdraw_forces", "reduce_relations"})
#: Right before a trigger, words that deny its subject any part in it: "are not a party to the ",
#: "is not part of the ".
_NOT_PARTY_BEFORE = re.compile(r"(?<![\w-])(?:not|never)[ \u00a0]+(?:a[ \u00a0]+)?(?:party|parties|part)[ \u00a0]+(?:to|of|in)"
                               r"[ \u00a0]+(?:the|any|this|that)?[ \u00a0]*\Z")
#: After a coordination, the words before a noun that opens its clause as the subject: " a small
#: counter-" (protest), " a new " (offensive).
_NOUN_OPENS_CLAUSE = re.compile(r"[ \u00a0]*(?:(?:a|an|the|another|one|new|small|large|big|huge|second|rival|fresh|major|"
                                r"peaceful|violent|separate|brief)[ \u00a0]+)+(?:[a-z]+-)?")
#: After a trigger and before a time phrase, "but" and a verb in the past: a predicate of its own, which
#: the time phrase dates (", but accepted the result on Monday", " but later agreed").
_BUT_PREDICATE = re.compile(r"(?<=[a-z,])[ \u00a0]but[ \u00a0]+(?:(?:later|then|eventually|finally)[ \u00a0]+)?[a-z]+ed(?![\w-])")
#: Right before a verb in the past, "but" with no comma and an adverb of time: " but later ", " but then ".
_BUT_THEN_BEFORE = re.compile(r"(?<=[a-z])[ \u00a0]but[ \u00a0]+(?:later|then|subsequently|afterwards|soon)[ \u00a0]+\Z")
#: Right before whose office it is: "as the 47th president of the ", "as prime minister of ".
_OFFICE_OF_BEFORE = re.compile(r"(?<![\w-])as[ \u00a0]+(?:the[ \u00a0]+)?(?:[\w-]+[ \u00a0]+){1,3}of[ \u00a0]+(?:the[ \u00a0]+)?\Z")
#: After an event noun, a copula that says something of it (so the event is taken as given): " was
#: politically motivated", " were a failure", " was carried out by"; not what makes it happen (" were held").
_PRESUPPOSED_AFTER = re.compile(r"[ \u00a0]+(?:was|were|is|are|had[ \u00a0]+been|has[ \u00a0]+been|have[ \u00a0]+been)[ \u00a0]+"
                                r"(?!(?:held|planned|scheduled|underway|ongoing|taking|happening|under[ \u00a0]+way|"
                                r"going[ \u00a0]+on|real|true|imminent|possible|likely|expected|due|set|about|never)(?![\w-]))")
#: Right before an event noun, what makes the event before it a step of it: "as part of a corruption and
#: terrorism ", "as part of an ongoing ".
_PART_OF_BEFORE = re.compile(r"(?<![\w-])as[ \u00a0]+part[ \u00a0]+of[ \u00a0]+(?:an?|the|its|their|his|her)[ \u00a0]+"
                             r"(?:[\w-]+[ \u00a0]+){0,4}\Z")
#: Between an agreement and what it is on: " on a ", " over the ", " for a lasting ".
_TOPIC_GAP = re.compile(r"[ \u00a0]+(?:on|over|for|about)[ \u00a0]+(?:(?:a|an|the)[ \u00a0]+)?(?:[\w-]+[ \u00a0]+)?")
#: After the weapon a verb launches, the noun it makes a compound with: " attack", " strikes", " barrage".
_WEAPON_NOUN_AFTER = re.compile(r"[ \u00a0]+(?:attacks?|strikes?|barrages?|assaults?|raids?)(?![\w-])")
#: Before a trigger, a participle that names what marks the noun before it: "dominated by ", "overshadowed by ".
_DOMINATED_BY = re.compile(r"(?<![\w-])(?:dominated|overshadowed|marked|clouded|driven|shaped|fuelled|fueled|"
                           r"overtaken|eclipsed)[ \u00a0]+by[ \u00a0]")
#: After a verb in its base form, a second one with an object of its own: " and address the", " and meet
#: Ukraine's" (not a list of nouns: " and troops").
_SECOND_BASE_VERB = re.compile(r"[ \u00a0]and[ \u00a0]+(?:then[ \u00a0]+|also[ \u00a0]+)?(?!(?:the|a|an|its|their|his|her|other|"
                               r"then|also|not)[ \u00a0])[a-z]+[ \u00a0]+(?:the|a|an|its|their|his|her)[ \u00a0]")
#: After an event noun, its "of" complement up to a relative clause: " of the U.N. Security Council".
_OF_BEFORE_WHICH = re.compile(r"[ \u00a0]of[ \u00a0]+[^,;:()“”\"]{1,50}?(?=,[ \u00a0]+which[ \u00a0])")
#: Right before a verb in the past, "since" and its subject: "since India ", "since the army ".
_SINCE_SUBJECT_BEFORE = re.compile(r"(?<![\w-])since[ \u00a0]+(?:[\w.’'-]+[ \u00a0]+){1,7}\Z")
#: Between a reporting word and a participle whose subject is the speaker: " after ", " while ", " before ".
_REPORTED_AFTER_GAP = re.compile(r"[ \u00a0]+(?:after|before|while|when|upon)[ \u00a0]+")
#: Between an event noun and the event noun it is on or against: " on student-led ", " against the ".
_NOUN_ON_GAP = re.compile(r"[ \u00a0]+(?:on|against)[ \u00a0]+(?:(?:the|a|an|their|its)[ \u00a0]+)?(?:[\w-]+[ \u00a0]+)?")
#: Between a country and its election: "'s presidential ", "’s ", "'s snap parliamentary ".
_COUNTRY_ELECTION_GAP = re.compile(r"['’]s?[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,3}")
#: Between an event noun and the count of what it is of: " of ", " of the ", " of up to ".
_OF_COUNT_GAP = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:(?:the|some|up[ \u00a0]+to|all)[ \u00a0]+)?")
#: A second clause of what is said or known: "said it would not attack and that its drones had strayed".
_AND_THAT = re.compile(r"(?<=[ \u00a0])and[ \u00a0]+that(?=[ \u00a0])")
#: From a clause's opening to its verb, nothing but auxiliaries, adverbs and a light verb: no subject.
_NO_SUBJECT = re.compile(_SUBJECT_TO_TRIGGER)
#: The last clause joined by ", and", ", but", ", as" or ";" before a point of a sentence (searched up to it).
_JOINED_CLAUSE = re.compile(r"(?:,[ \u00a0]+(?:and|but|while|as|when)|;|[ \u00a0]and[ \u00a0]+that)[ \u00a0]"
                            r"(?!.*(?:,[ \u00a0]+(?:and|but|while|as|when)|;|[ \u00a0]and[ \u00a0]+that)[ \u00a0])", re.S)
_HELD_TYPES = frozenset({"arrest", "find_guilty", "occupy_territory", "hold_election"})
#: Before "war" or "conflict", what makes it the span another event is measured in: "the biggest
#: incursion of the ", "the early weeks of the ", "since the start of the ".
_WAR_AS_SPAN_BEFORE = re.compile(r"(?<![\w-])(?:(?:first|second|third|early|earliest|last|latest|final|opening|"
                                 r"[a-z]+est)[ \u00a0](?:[\w-]+[ \u00a0]){0,3}|(?:start|beginning|outbreak|onset|"
                                 r"course)[ \u00a0])of[ \u00a0]+the[ \u00a0]+(?:[\w-]+[ \u00a0]){0,2}\Z", re.I)
#: Before an agreement noun, a verb of having it and its modifiers: "which has a mutual defence ", "have
#: no ", "has long had a " (treaty): a standing agreement, no signing told here.
_HAVING_BEFORE = re.compile(r"(?<![\w-])(?:has|have|had|having)[ \u00a0]+(?:(?:long|also|still|already)[ \u00a0]+)?"
                            r"(?:(?:a|an|the|no|any)[ \u00a0]+)(?P<words>(?:[\w-]+[ \u00a0]+){0,3})\Z", re.I)
#: Participles that, between a determiner and a noun, name a lasting state, not an event the
#: sentence reports: "the besieged territory", "the encircled city".
_STATE_PARTICIPLES = frozenset({"besieged", "encircled", "blockaded"})
_DETERMINER_BEFORE = re.compile(r"(?<![\w-])(?:the|a|an|of|for|with|from|in|its|their|his|her|other|several|many|two|all|some|"
                                r"any|these|those|"
                                r"three|newly|recently|democratically|popularly|freed|released|free|release|"
                                r"freeing|releasing)[ \u00a0]+\Z", re.I)
_NOUN_AFTER = re.compile(r"[ \u00a0]+(?!(?:by|in|on|at|for|after|during|since|over|without|and|or|as|to|from|with|"
                         r"were|was|are|is|had|have|has|who|which|that)(?![\w-]))[A-Za-z]")
#: Measures whose targets are named with "targeting": "sanctions targeting 200 vessels".
#: Measures a state takes by announcing them.
_MEASURE_TYPES = frozenset({"impose_sanctions", "impose_restrictions", "reduce_aid", "reduce_relations",
                            "provide_humanitarian_aid", "provide_military_aid"})
_SANCTION_TYPES = frozenset({"impose_sanctions", "impose_restrictions", "reduce_aid"})
#: Before "since …", a first or a superlative that makes it a comparison, no interval of the event:
#: "the first such meeting since 2024", "the deadliest attack since 2022".
_FIRST_BEFORE = re.compile(r"(?<![\w-])(?:first|largest|biggest|deadliest|worst|highest|lowest|heaviest|strongest|"
                           r"fiercest|bloodiest|longest|most|fewest)\s+(?:[^\s,;:.]+\s+){0,4}\Z", re.I)


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


#: After the last place of a list: punctuation, the list's end or a phrase, not the verb of a clause
#: that the place is the subject of ("near Natanz, and Iran launched drones").
_LIST_MEMBER_END = re.compile(r"\s*(?:[^\w\s]|\Z|(?:and|or|on|in|at|last|this|next|since|for|to|from|with|near|"
                              r"during|after|before|until|as|amid|over)\b)")


_NO_SETTINGS: frozenset[int] = frozenset()

#: After a state's name, a possessive and up to three words before another actor's name, none a verb
#: in the past tense or an auxiliary: "Sudan's paramilitary Rapid Support Forces", "Russia’s Foreign
#: Minister Sergei Lavrov" (not "Sudan's army attacked Chad").
_POSSESSIVE_GAP = re.compile(r"['’]s[ \u00a0]+(?:(?![\w-]*ed[ \u00a0]|(?:has|have|had|is|was|are|were|will|would|said|says|"
                             # not a phrase after the noun: "Russia's invasion of Ukraine" (Ukraine is no one's)
                             r"of|in|on|to|for|with|against|by|from|at|and|or)[ \u00a0])[\w-]+[ \u00a0]+){0,3}")


def _owners(text: str, actors: list[Mention]) -> set[int]:
    """The starts of states named as the owners of the actor right after them: they say whose the
    actor is (its affiliation) and take no part in its events themselves."""
    return {owner.start for owner, owned in zip(actors, actors[1:])
            if owner.is_country and owned.start - owner.end <= 40 and text.startswith("s", owner.end + 1)
            and _POSSESSIVE_GAP.fullmatch(text, owner.end, owned.start)}


def _settings(text: str, sentence_start: int, mentions: list[Mention]) -> set[int]:
    """Where the places stand that the sentence is set in, after "in", "across" … ("protests in
    Poland"), or that talks are about ("talks on Ukraine"), and the places listed after them ("spread
    to Belgium, Spain and Italy"): a state that shares such a place's name is no actor of the
    sentence's events."""
    found: set[int] = set()
    previous: Mention | None = None
    route_to = -1  # where the second place of a route starts ("from Sudan into Chad")
    for mention in mentions:
        if mention.kind != "location" or not (mention.is_country or mention.seat):
            continue  # only a country's or a capital's name is also a state's or a government's
        if _is_setting_or_topic(text, max(sentence_start, mention.start - PREPOSITION_WINDOW), mention.start) or (
                previous is not None and previous.start in found and _in_place_list(text, previous, mention)
                and _LIST_MEMBER_END.match(text, mention.end)) or mention.start == route_to:
            found.add(mention.start)  # (a list member: not "near Natanz, and Iran launched")
        elif text.endswith(("from ", "from\u00a0"), sentence_start, mention.start):
            route = _ROUTE_ON.match(text, mention.end)
            if route is not None and any(m.start == route.end() and m.kind == "location" for m in mentions):
                found.add(mention.start)  # "refugees crossed from Sudan into Chad": two places, no parties
                route_to = route.end()
        previous = mention
    return found


#: Between the two places of a route: "from Sudan into Chad", "from Gaza to Egypt".
_ROUTE_ON = re.compile(r"[ \u00a0]+(?:into|to|towards?)[ \u00a0]+(?:the[ \u00a0]+)?")


def _covered(starts: list[int], reach: list[int], items: list[Any], low: int, position: int) -> bool:
    """Whether one of items[low:] (sorted by start; `reach[i]`: the furthest end among items[:i + 1])
    covers `position`."""
    index = bisect.bisect_right(starts, position) - 1
    if index < low or reach[index] <= position:
        return False
    return any(items[i].end > position for i in range(low, index + 1))


#: After the reporting word of a closing tag, to the sentence's end: the speaker, when and how it was
#: said (" Foreign Minister Ruiz.", " in a statement on Monday.", " told reporters.", " the U.N. refugee
#: agency."), no predicate.
_TAG_TAIL = re.compile(r"(?:[\s\u00a0]+(?:[A-Z][\w.’'-]*|the|a|an|of|in|on|at|late|early|told|reporters|journalists|"
                       r"statements?|interviews?|speech|post|briefing|conference|press|news|today|yesterday|last|"
                       r"night|week|[a-z]+day|agency|agencies|ministry|office|officials?|sources?|spokes(?:man|woman|"
                       r"person)|groups?|refugee|rights|health|military|government|media|state|local|official|"
                       r"figures|data|residents|witnesses|diplomats|monitors|observers|authorities|its|their|"
                       r"prosecutors|police|investigators|analysts|experts|lawmakers|doctors|medics|rescuers|"
                       r"activists|organi[sz]ers|commission|union|army|aides|people|familiar|with|matter|central|"
                       r"electoral|election|monitoring|watchdog))*"
                       r"[\s\u00a0]*[.!?\"”’']*[\s\u00a0]*")
#: After a closing tag's comma: no clause of its own (", and Nigeria says it has no plans").
_TAG_OPENS_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|as|because|so)\b")


def _closing_tag(text: str, start: int, end: int, attribution: tuple[int, int, str]) -> int | None:
    """Where a reporting tag that closes its sentence opens (its comma), or None: "…, officials
    said.", "…, said Foreign Minister Ruiz." It speaks for every clause before it."""
    report_start, report_end, _ = attribution
    if not _TAG_TAIL.fullmatch(text, report_end, end):
        return None
    apposed = _apposed_speaker(text, start, report_start)
    if apposed is not None:
        return apposed.start()  # "…, the UN envoy for Yemen, Hans Grundberg, said"
    comma = text.rfind(",", max(start, report_start - 60), report_start)
    if comma == -1 or len(text[comma + 1:report_start].split()) > 5 or _TAG_OPENS_CLAUSE.match(text, comma):
        return None
    return comma


#: Right before a verb trigger, a subordinate clause's conjunction and its own subject, a noun phrase
#: no mention names: "as the fighters ", "when the soldiers had ", "after some protesters ", "as thousands ".
_SUBORDINATE_OPENING = (r"(?<![\w-])(?:as|when|while|after|before|until|because|since|once)[ \u00a0]+"
                        r"(?:the|some|many|its|their|his|her|these|those|thousands|hundreds|dozens|crowds)[ \u00a0]")
_SUBORDINATE_SUBJECT_BEFORE = re.compile(
    _SUBORDINATE_OPENING + r"+(?:[a-z][\w-]*[ \u00a0]+){0,3}(?:(?:had|have|has|were|was|also|then|finally)[ \u00a0]+)*\Z")
#: After a participle, the people it describes: " children", " hostages" ("the kidnapped schoolgirls").
_PEOPLE_NOUN_AFTER = re.compile(r"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:children|pupils|students|girls|schoolgirls|boys|"
                                r"schoolboys|men|women|people|persons|hostages|journalists|activists|soldiers|"
                                r"migrants|workers|villagers|passengers|sailors|crew|tourists|civilians|residents|"
                                r"protesters|leaders?|opposition|man|woman|girl|boy|child)(?![\w-])")
#: Right before a verb trigger, a subordinate clause's conjunction and "he" or "she": "since she ", "after he had ".
_SUBORDINATE_PRONOUN_BEFORE = re.compile(r"(?<![\w-])(?:as|when|while|after|before|until|because|since|once)"
                                         r"[ \u00a0]+(?:he|she)[ \u00a0]+(?:(?:had|has|was|also|then|finally)[ \u00a0]+)*\Z")
#: The same opening anywhere in a sentence, first letter first (as `_PASSIVE_WORD`).
_SUBORDINATE_OPENER = re.compile(r"[abosuw](?<![\w-].)(?:(?<=a)(?:s|fter)|(?<=w)h(?:en|ile)|(?<=b)e(?:fore|cause)|"
                                 r"(?<=u)ntil|(?<=s)ince|(?<=o)nce)[ \u00a0]+(?:the|some|many|its|their|his|her|these|"
                                 r"those|thousands|hundreds|dozens|crowds)[ \u00a0]")
#: A relative word and a verb right after it: " that sparked", " which had killed", " that has killed" (its
#: subject is the noun before), " who were arrested", " that had been detained" (the noun before undergoes it).
_PAST_RELATIVE = re.compile(r"[ \u00a0](?:that|which|who)[ \u00a0]+(?:ha[ds][ \u00a0]+(?:been[ \u00a0]+)?|have[ \u00a0]+(?:been[ \u00a0]+)?|"
                            r"were[ \u00a0]+|was[ \u00a0]+)?(?P<verb>[a-z]+)(?![\w-])")
#: Right before a named subject, the conjunction that opens its clause: "as " (demonstrators), "when the ".
_OPENER_BEFORE = re.compile(r"(?<![\w-])(?:as|when|while|after|before|until|because|since|once)[ \u00a0]+"
                            r"(?:the[ \u00a0]+(?:(?:ruling|main|new|former|opposition|governing|military)[ \u00a0]+)?|"
                            r"(?:thousands|hundreds|dozens|scores|some|many)[ \u00a0]+of[ \u00a0]+"
                            r"(?:the[ \u00a0]+)?)?\Z")
#: In what is said, a modal that sets its clause apart from the speaker's own verbs: " would ", " will not ".
_MODAL_CLAUSE = re.compile(r"[ \u00a0](?:would|will|could|should|must|might|may)[ \u00a0]")
#: After a name, the lower-case head noun of its noun phrase: " party" (Georgian Dream party), " government".
_HEAD_NOUN_AFTER = re.compile(r"[ \u00a0]+(?:party|government|movement|coalition|alliance|bloc|militia|group)(?![\w-])")
#: Before a participle with its agent, the noun phrase it follows: "a deal " (brokered by), "the truce ".
_NOUN_BEFORE_PARTICIPLE = re.compile(r"(?<![\w-])(?:a|an|the)[ \u00a0]+(?:[\w-]+[ \u00a0]+){1,3}\Z")
#: After a trigger and its object, who did the same: ", as did ", ", as did the leaders of ".
_AS_DID = re.compile(r",?[ \u00a0]+as[ \u00a0]+(?:did|have|has|had|will|would)[ \u00a0]+")
#: A trigger form that holds the auxiliary of its passive: "was shot", "been shot".
_PASSIVE_TRIGGER = re.compile(r"(?:was|were|been|being)[ \u00a0]")
#: Right before a noun trigger, a preposition that sets it as the background of the clause's act:
#: "despite weeks of mass protests", "amid growing fears of an invasion", "in spite of the truce".
_BACKGROUND_BEFORE = re.compile(r"(?<![\w-])(?:amid|amidst|despite|in[ \u00a0]+spite[ \u00a0]+of|(?P<after>after|following)"
                                r"[ \u00a0]+(?:weeks|days|months|years|hours)[ \u00a0]+of)[ \u00a0]+"
                                r"(?:(?:the|a|an|weeks|days|months|years|hours|of|mass|growing|widespread|continued|"
                                r"renewed|fresh|new|ongoing|heavy|violent|fierce|deadly|large|nationwide|"
                                r"anti-government|street|international|fears|reports|calls|threats)[ \u00a0]+){0,4}\Z",
                                re.I)
#: "amid", "despite", "in spite", "weeks of" … anywhere in a sentence, in any case (first letter first,
#: as `_PASSIVE_WORD`).
_BACKGROUND_WORD = re.compile(r"[ADSWMYHadswmyh](?<![\w-].)(?i:(?<=a)mid(?:st)?|(?<=d)espite|(?<=s)pite|"
                              r"(?:(?<=w)eeks|(?<=d)ays|(?<=m)onths|(?<=y)ears|(?<=h)ours)[ \u00a0]+of)(?![\w-])")
#: Right before a trigger, a second subject and infinitive of the request or plan before it: "and for
#: the Lebanese army to ".
_AND_FOR_SUBJECT_TO = re.compile(r"[ \u00a0]and[ \u00a0]+for[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){1,4}to[ \u00a0]+\Z")
#: Right before the subject of an infinitive, a preposition that makes it a place instead: "flew to
#: Berlin to meet", "troops in Kyiv to protect".
_PLACE_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:to|from|in|at|into|via|through|across|near|on|over)[ \u00a0]+"
                                       r"(?:the[ \u00a0]+)?\Z", re.I)
#: Right before the subject of a clause "that" opens: "that ", "that the ".
_THAT_BEFORE = re.compile(r"(?<![\w-])that[ \u00a0]+(?:the[ \u00a0]+)?\Z")


_SPACES = re.compile(r"[ \u00a0]+")
#: Event types that protesters as the subject make a protest.
_PROTEST_READINGS = frozenset({"armed_conflict", "occupy_territory"})
_PROTESTER_PARTS = ("rote", "emonstr", "ioter", "mob", "rowd", "tudent")  # one is in every form of `_PROTESTERS_BEFORE`
#: Right before a verb, protesters as its subject: "protesters ", "demonstrators had ", "students ".
_PROTESTERS_BEFORE = re.compile(r"(?<![\w-])(?:protesters|protestors|demonstrators|rioters|mobs?|crowds?|students)[ \u00a0]+"
                                r"(?:(?:had|have|has|also|then|later|reportedly|allegedly)[ \u00a0]+)*\Z", re.I)
#: After "protest" as a verb, what it protests: " the visit", " against the arms sale", " strongly".
_STATE_PROTEST_AFTER = re.compile(r"[ \u00a0]+(?:the|a|an|its|their|against|over|strongly|formally|to)[ \u00a0]", re.I)
#: Rules whose actors are states or their governments and bodies.
_STATE_RULES = frozenset({"organizations.government_pattern", "organizations.ministry_pattern",
                          "organizations.capital_as_government", "organizations.national_body",
                          "organizations.seat_pattern"})


def _is_state_like(mention: Mention) -> bool:
    """Whether an actor is a state, its government or one of its bodies (no group of people)."""
    return mention.is_country or mention.seat or mention.rule in _STATE_RULES


#: Right before a reporting word, a conjunction that makes it a condition: "If ", "unless ".
_CONDITION_BEFORE = re.compile(r"(?<![\w-])(?:if|unless)[ \u00a0]+\Z", re.I)
#: A sentence that opens on a condition of confirmation: what it tells is not confirmed.
_IF_CONFIRMED = re.compile(r"\s*(?:If|Unless|Until)[ \u00a0]+(?:confirmed|verified|true)\b")
#: Right before a verb trigger, the auxiliary of the present perfect: "has ", "have already ".
_PRESENT_PERFECT_BEFORE = re.compile(r"(?<![\w-])(?:has|have)[ \u00a0]+(?:(?:also|already|now|just)[ \u00a0]+)?\Z")
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
#: After an attack, an abstract target that makes it a figure of speech: " on democracy", " against
#: the free press", " on the rule of law".
_ABSTRACT_TARGET_AFTER = re.compile(r"[ \u00a0]+(?:on|against|upon)[ \u00a0]+(?:(?:our|the|its|their|a|free|press|"
                                    r"national)[ \u00a0]+)*(?:democracy|freedom|freedoms|liberty|sovereignty|"
                                    r"constitution|rule[ \u00a0]+of[ \u00a0]+law|press|truth|dignity|values|"
                                    r"independence|justice|judiciary|institutions)(?![\w-])", re.I)
#: After a vote, what makes it one on a government: " of no confidence", " of confidence".
#: After "met", what is lived up to rather than whom one meets: " democratic standards", " the
#: criteria", " its nuclear commitments", " their demands" (up to three lowercase words before the noun).
_STANDARD_NOUNS = (r"standards?|criteria|requirements?|conditions?|demands?|expectations?|targets?|goals?|obligations?|"
                   r"commitments?|deadlines?|thresholds?|needs")
_STANDARD_AFTER = re.compile(rf"(?:[ \u00a0]+[a-z]+){{0,3}}[ \u00a0]+(?:{_STANDARD_NOUNS})(?![\w-])")
#: Before a passive "met", what is lived up to: "their demands had not been ", "the conditions were ".
_STANDARD_BEFORE = re.compile(rf"(?<![\w-])(?:{_STANDARD_NOUNS})[ \u00a0]+(?:(?:had|have|has|were|was|are|is|"
                              r"be|been|not|never|yet|fully|still|already)[ \u00a0]+){1,4}\Z")
#: After "war", what a campaign is waged on rather than an armed foe: " on drugs", " on crime".
_CAMPAIGN_AFTER = re.compile(r"[ \u00a0]+(?:on|against)[ \u00a0]+(?:drugs|crime|corruption|poverty|inflation|narcotics|"
                             r"disinformation|cancer|obesity|smoking|waste|fraud)(?![\w-])")
_CONFIDENCE_AFTER = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:no[ \u00a0-])?confidence(?![\w-])")
#: After "seized" or "captured", goods rather than land: " a homemade gun", " large quantities of drugs",
#: " the Galaxy Leader cargo vessel".
_GOODS_AFTER = re.compile(r"(?:[ \u00a0]+(?:a|an|the|their|its|his|her|\d[\d,.]*|two|three|four|five|six|seven|eight|"
                          r"nine|ten|dozens|hundreds|thousands|several|some|large|small|"
                          r"homemade|illegal|stolen|of|quantities|quantity|amounts?|tons|tonnes|kilograms|"
                          r"assault|automatic|cargo|oil|merchant|commercial|fishing|container|[A-Z][\w-]*)){0,4}[ \u00a0]+"
                          r"(?:guns?|weapons?|arms|rifles?|pistols?|ammunition|"
                          r"explosives|drugs|cocaine|heroin|cash|money|documents|computers|phones|passports|assets|"
                          r"equipment|evidence|vehicles?|cars?|vessels?|ships?|tankers?|boats?|freighters?)(?![\w-])")
#: A verb that frees whom a person mention after it names: "released former President ", "freed ".
_RELEASED_PERSON = re.compile(r"(?<![\w-])(?P<verb>released|releases|release|releasing|freed|frees|free|freeing)"
                              r"[ \u00a0]+(?:(?:former|jailed|detained|imprisoned|opposition|leader|activist|the|"
                              r"[A-Z][\w.’'-]*)[ \u00a0]+){0,4}")


def _with_persons_released(text: str, start: int, end: int, triggers: list[Trigger],
                           mentions: list[Mention]) -> list[Trigger]:
    """The triggers with a release of a named person ("the junta released Mohamed Bazoum", "freed jailed
    opposition leader Khaleda Zia"), which no object noun names; not inside another trigger."""
    people = {mention.start for mention in mentions if mention.rule.startswith("people.")}
    added = []
    for match in _RELEASED_PERSON.finditer(text, start, end):
        verb_start, verb_end = match.span("verb")
        # a person's name may begin at any word after the verb: the mention starts after its title
        word_starts = [gap.end() for gap in _SPACES.finditer(text, verb_end, match.end())]
        if any(word_start in people for word_start in word_starts) \
                and not any(t.start <= verb_start < t.end for t in triggers):
            added.append(Trigger(verb_start, verb_end, match["verb"], "release_persons"))
    return sorted([*triggers, *added], key=lambda t: t.start) if added else triggers


#: A verb of withdrawal and the place it leaves: "withdrew from ", "pulled out of the city of ".
_WITHDREW_FROM = re.compile(r"(?<![\w-])(?P<verb>withdr(?:ew|aws|aw|awn|awing)|pull(?:ed|s|ing)?[ \u00a0]+out)[ \u00a0]+"
                            r"(?:of|from)[ \u00a0]+(?:the[ \u00a0]+)?(?:(?:city|town|region|province|village)[ \u00a0]+of[ \u00a0]+)?")
#: After the place, what makes it the name of something else left: "withdrew from the Minsk talks",
#: "pulled out of the Paris climate accord".
_LEFT_NOT_PLACE = re.compile(r"[ \u00a0]+(?:[A-Z]|(?:[a-z]+[ \u00a0]+)?(?:talks|negotiations|agreement|accords?|deal|treaty|"
                             r"process|format|summit|race|contest|competition|league|council|group|pact)(?![\w-]))")


def _with_withdrawals_from_places(text: str, start: int, end: int, triggers: list[Trigger],
                                  mentions: list[Mention]) -> list[Trigger]:
    """The triggers with a withdrawal from a place that no object names ("Russia withdrew from Kherson",
    "the US pulled out of Afghanistan"); not inside another trigger, nor from a place's talks or accord."""
    places = {mention.start: mention.end for mention in mentions if mention.kind == "location"}
    added = []
    for match in _WITHDREW_FROM.finditer(text, start, end):
        place_end = places.get(match.end())
        verb_start, verb_end = match.span("verb")
        if (place_end is not None and not _LEFT_NOT_PLACE.match(text, place_end)
                and not any(t.start <= verb_start < t.end or verb_start <= t.start < match.end() for t in triggers)):
            added.append(Trigger(verb_start, verb_end, match["verb"], "withdraw_forces"))
    return sorted([*triggers, *added], key=lambda t: t.start) if added else triggers


#: Participles that, right after a noun phrase and before its end, say what it underwent: "the three
#: Serbs killed", "the protesters detained on Friday".
_POSTNOMINAL_FORMS = frozenset({"killed", "wounded", "injured", "detained", "arrested", "jailed", "abducted",
                                "kidnapped", "deported", "expelled", "freed", "released"})
_POSTNOMINAL_AFTER = re.compile(r"[ \u00a0]*(?:[,.;:)]|\Z)|[ \u00a0]+(?:in|on|by|during|when|after|last|since|"
                                r"at(?![ \u00a0]+(?:least|most))|near|"
                                r"earlier|overnight|this|that|yesterday|today)(?![\w-])")
_NOUN_PHRASE_BEFORE = re.compile(r"(?<![\w-])(?:the|those|these|of|for|\d[\d,]*|two|three|four|five|six|seven|eight|"
                                 r"nine|ten|dozens|hundreds|thousands|many|several)[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){0,2}\Z",
                                 re.I)
#: Right before a verb trigger, a relative "who" and its auxiliaries: " who ", " who had ", " who have also ".
_WHO_BEFORE = re.compile(r"[ \u00a0]who[ \u00a0]+(?:(?:had|have|has|were|are|was|is|will|would|also|then|later)[ \u00a0]+)*\Z")
#: Before an election, a verb of who runs in it: "won Taiwan's presidential ", "lost the ", "defeated
#: Bolsonaro in the ".
_CONTESTED_BEFORE = re.compile(r"(?<![\w-])(?:won|wins|win|winning|lost|loses|lose|losing|contest(?:ed|s|ing)?|"
                               r"(?:ran|runs|run|running|stood|stands|stand|standing)[ \u00a0]+in|defeated|defeats|"
                               r"beat|beaten|boycott(?:ed|s|ing)?)[ \u00a0]+(?:[\w.’'-]+[ \u00a0]+){0,6}\Z")
#: A participle of an accusation right after a noun, with its "of" before the deed: " accused of " (spying).
_ACCUSED_AFTER_NOUN = re.compile(r"(?<=[a-z])[ \u00a0](?:accused|suspected)[ \u00a0]+of[ \u00a0]+(?=[a-z]+ing(?![\w-]))")
#: Participles that give the toll of the assault before them: ", killing at least 10", ", wounding dozens".
_TOLL_PARTICIPLE = re.compile(r"(?:killing|wounding|injuring)\Z", re.I)
#: Right before a noun trigger, the preposition that makes it the setting of the event before it: "at
#: May Day ", "during ", "amid the " (as the place rule's circumstances, but not "after" or "before": a
#: time before or after is background, which the clause rules read).
_SETTING_BEFORE = re.compile(r"(?<![\w-])(?:during|amid|amidst|at|on[ \u00a0]+the[ \u00a0]+(?:sidelines|margins)[ \u00a0]+of)"
                             r"[ \u00a0]+(?:(?:the|a|an|their|its|his|her)[ \u00a0]+)?"
                             r"(?:[A-Z][\w-]*[ \u00a0]+|[a-z]+-[a-z]+[ \u00a0]+){0,2}\Z")
#: Participles of an accusation that are passive when "of" or "with" follows them at once.
_ACCUSED_FORMS = frozenset({"accused", "charged", "suspected", "convicted"})
#: Before a participle, the group it befell someone among: " was among those ", " were among the people ".
_AMONG_THOSE_BEFORE = re.compile(r"[ \u00a0](?:was|were|is|are)[ \u00a0]+(?:also[ \u00a0]+)?among[ \u00a0]+"
                                 r"(?:those|the[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?(?:people|dead|victims|"
                                 r"[\w-]+s))[ \u00a0]+\Z")
#: Before a lower-case word, that it is no function word (an article, a preposition, a conjunction, an
#: auxiliary): what may stand in a noun phrase between a modifier and its noun.
_NO_FUNCTION_WORD = (r"(?!(?:and|or|but|to|at|in|on|of|for|from|until|when|after|before|since|with|by|as|than|into|"
                     r"over|ahead|the|a|an|that|which|who|was|were|is|are|be|been|had|has|have|will|would)[ \u00a0,.])")
#: After a date that modifies the noun after it, that lower-case noun: " vote", " presidential"
#: ("the Oct. 29 vote"; not " to", " and").
_NOUN_AFTER_DATE = re.compile(rf"[ \u00a0]{_NO_FUNCTION_WORD}[a-z][a-z-]+")
#: Between a date and the event noun it names the day of: " ", " parliamentary ", " presidential "
#: ("the October 26 parliamentary election"; not " ahead of ").
_ATTRIBUTIVE_DATE_GAP = re.compile(rf"[ \u00a0](?:{_NO_FUNCTION_WORD}[a-z-]+[ \u00a0]){{0,2}}")
#: Before a noun trigger, a part one may take in it: "any involvement in the ", "interfering in last
#: year's ", "responsibility for the ".
_PART_IN_BEFORE = re.compile(r"(?<![\w-])(?:involvement|role|part|hand|complicity|responsibility|interfering|"
                             r"interference|meddling|links?|participation|participating)[ \u00a0]+(?:in|for|with)"
                             r"[ \u00a0]+(?:(?:the|a|an|this|last|its|their|[\w’'-]+['’]s)[ \u00a0]+)?(?:[\w-]+[ \u00a0]+){0,2}\Z")
#: After "that", a pronoun subject standing for who speaks: " it ", " they " ("and that it would investigate").
_PRONOUN_SUBJECT_AFTER = re.compile(r"[ \u00a0]+(?:it|they|he|she|we)[ \u00a0]")
#: Before a noun trigger, a verb of speaking or writing about it: "commented on the ", "spoke about last
#: week's ", "asked about the " (an event as a topic).
_TOPIC_VERB_BEFORE = re.compile(r"(?<![\w-])(?:comment(?:ed|s|ing)?|remark(?:ed|s|ing)?|spoke|speaks|speak|speaking|"
                                r"wrote|writes|write|writing|asked|briefed|testified|reported|reports|reporting)"
                                r"[ \u00a0]+(?:on|about)[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){0,3}\Z")
#: After a noun of people, whom they work for: " who worked for ", " working for ", " employed by ".
_EMPLOYED_BY = re.compile(r"[ \u00a0](?:(?:who|that)[ \u00a0]+(?:had[ \u00a0]+)?(?:work|works|worked)|working|employed)"
                          r"[ \u00a0]+(?:for|by)[ \u00a0]")
#: Between whom people work for and the first name of them, as before an agent: "", "the ", "the
#: French ".
_EMPLOYER_GAP = re.compile(_AGENT_WORDS)

#: Between a state and its election: "'s presidential ", " presidential " ("the U.S. presidential election").
_STATE_ELECTION_GAP = re.compile(rf"(?:['’]s?)?[ \u00a0]+(?:{_NO_FUNCTION_WORD}[a-z-]+[ \u00a0]+){{0,3}}")
#: Before an election, the verb of the state that holds it: "held a ", "will hold early ", "called a snap ".
_HOLDING_BEFORE = re.compile(r"(?<![\w-])(?:held|holds|hold|holding|organi[sz]ed|organi[sz]es|staged|stages|called|calls)"
                             r"[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,3}\Z")
#: Right before a reporting word, a noun and a subject pronoun with no comma or conjunction between:
#: "men they ", "boats it " (a relative clause with no "that": "two men they say planned an attack").
_REDUCED_RELATIVE_SPEAKER = re.compile(r"(?<![\w-])(?!(?:and|but|or|that|which|who|whom|when|as|after|before|because|"
                                       r"so|then|if|while|what|where|since|until)[ \u00a0])[a-z][\w-]*[ \u00a0]+"
                                       r"(?:it|they|he|she|we)[ \u00a0]+\Z")


def _predicate_to(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a verb in the past tense and at most four more words, with no comma
    (" responded with ", " launched a wave of ")."""
    words = text[start:end].split()
    return 0 < len(words) <= 5 and _is_past_form(words[0]) and "," not in text[start:end]


#: Before a verb, the opening of an object relative clause and its subject: "which it ", "whom the
#: government " ("the vessel, which it accused of entering": the subject accuses).
_RELATIVE_SUBJECT_BEFORE = re.compile(r"(?<![\w-])(?:which|whom)[ \u00a0]+(?:[\w.’'-]+[ \u00a0]+){1,4}\Z")
#: Trigger forms of an injury: an assault of their own only in a sentence that names no other violence.
_INJURY_FORMS = frozenset({"wounded", "wounding", "injured", "injuring"})


def _without_injuries_of_other_violence(text: str, triggers: list[Trigger]) -> list[Trigger]:
    """The triggers without the injuries that another violent trigger of the sentence causes ("were
    killed and more than 100 wounded", "an attack that injured 12") and without the injured as a
    noun ("the injured were taken to hospital")."""
    return [trigger for trigger in triggers if trigger.text.lower() not in _INJURY_FORMS or not (
        text.endswith(("the ", "The "), 0, trigger.start)
        or any(other.event_type in _VIOLENT_TYPES and other.text.lower() not in _INJURY_FORMS for other in triggers))]


#: A verb of mediation glued by a hyphen to the name before it, before what it mediates: "a
#: Russian-mediated ceasefire", "the Qatari-brokered deal", "a U.S.-sponsored truce".
_GLUED_MEDIATION = re.compile(r"[-\u2010\u2011](?P<verb>brokered|mediated|sponsored)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?"
                              r"(?:ceasefire|cease-fire|truce|deal|agreement|accord|talks|negotiations|peace)(?![\w-])")


def _glued_mediations(text: str, start: int, end: int, triggers: list[Trigger], actors_by_end: dict[int, Mention]
                      ) -> tuple[list[Trigger], dict[int, Mention]]:
    """The triggers with a mediation named by a name glued to its verb ("a Russian-mediated ceasefire":
    Russia mediates; the ceasefire stays the parties' own), and the mediator of each, by trigger start."""
    mediators: dict[int, Mention] = {}
    added = []
    for match in _GLUED_MEDIATION.finditer(text, start, end):
        mediator = actors_by_end.get(match.start())
        if mediator is None or mediator.start < start:
            continue
        verb_start, verb_end = match.span("verb")
        mediators[verb_start] = mediator
        if not any(t.start == verb_start for t in triggers):
            added.append(Trigger(verb_start, verb_end, match["verb"], "mediate"))
    return (sorted([*triggers, *added], key=lambda t: t.start) if added else triggers), mediators


#: A phrase of defiance up to whom it defies: ", defying pressure from ", " despite warnings by ",
#: " in defiance of threats from ".
_DEFIANCE = re.compile(r"(?<![\w-])(?:defying|despite|in[ \u00a0]+defiance[ \u00a0]+of|ignoring|brushing[ \u00a0]+aside)"
                       r"[ \u00a0]+(?:(?:[\w’'-]+[ \u00a0]+){0,3}?(?:pressure|warnings?|threats?|objections?|opposition|"
                       r"protests?|criticism|calls?|demands?|appeals?)[ \u00a0]+(?:from|by)[ \u00a0]+"
                       # whose ban is named before it: "in defiance of a police ban", "defying the government's curfew"
                       r"|(?:a|an|the)[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){0,2}?(?:ban|bans|curfew|order|orders|restrictions|"
                       r"prohibition)(?![\w-]))")
_PHRASE_STOP = re.compile(r"[,;:()“”\"]|[ \u00a0](?:that|which|who|and[ \u00a0]+(?:the[ \u00a0]+)?[a-z]+ed)[ \u00a0]")


def _defied_ones(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The phrases of defiance, to the end of whom they defy: "[defying pressure from China]",
    "[despite warnings from Beijing] that voting …"."""
    spans = []
    for match in _DEFIANCE.finditer(text, start, end):
        stop = _PHRASE_STOP.search(text, match.end(), end)
        spans.append((match.start(), stop.start() if stop is not None else end))
    return spans


#: Right before a name, an article that makes the name a noun's modifier: "the " (Hamas attack), "a ".
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:the|a|an|another)[ \u00a0]+\Z", re.I)
#: Right before a trigger, the anniversary it has: "the second anniversary of Russia's full-scale ",
#: "the 85th anniversary of the ".
_ANNIVERSARY_BEFORE = re.compile(r"(?<![\w-])(?:anniversar(?:y|ies)[ \u00a0]+of[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){0,4}"
                                 # "to mark one year since former President Yoon declared " (martial law)
                                 r"|mark(?:s|ed|ing)?[ \u00a0]+(?:one|a|two|three|four|five|ten|\d+)[ \u00a0]+(?:years?|months?)"
                                 r"[ \u00a0]+since[ \u00a0]+(?:[\w’'.-]+[ \u00a0]+){0,7})\Z", re.I)


#: Right after a recalled trigger, what it was done to: " of Ukraine", " on Pearl Harbor", " of the Soviet Union".
_RECALLED_OBJECT = re.compile(r"[ \u00a0]+(?:of|on|against)[ \u00a0]+(?:the[ \u00a0]+)?[\w’'-]+(?:[ \u00a0]+[A-Z][\w’'-]*)*")


def _recalled_span(text: str, sentence_start: int, sentence_end: int, trigger_start: int,
                   trigger_end: int) -> tuple[int, int] | None:
    """From "anniversary of" before a trigger to the end of what the trigger was done to, None if no
    anniversary: the trigger is an event of the past that the sentence recalls, with no day, place or party
    of the sentence's own."""
    found = _ANNIVERSARY_BEFORE.search(text, max(sentence_start, trigger_start - 60), trigger_start)
    if found is None:
        return None
    done_to = _RECALLED_OBJECT.match(text, trigger_end, sentence_end)
    return found.start(), done_to.end() if done_to is not None else trigger_end


#: Right before a trigger, what makes it the offence someone is accused (group 1 or `link`) or convicted of:
#: "accused of " (killing), "on suspicion of ", "were charged with ", "convicted of the ", "executed for ".
_OFFENCE_BEFORE = re.compile(r"(?<![\w-])(?:(accused|suspected|charged|arrested|detained|on[ \u00a0]+charges|"
                             r"on[ \u00a0]+suspicion|charges)|convicted|found[ \u00a0]+guilty|guilty|sentenced|jailed|"
                             r"imprisoned|executed|hanged)[ \u00a0]+(?:of|with|for|over)[ \u00a0]+"
                             r"(?:(?:involvement|participation|complicity|a[ \u00a0]+role|taking[ \u00a0]+part)[ \u00a0]+in"
                             r"[ \u00a0]+|(?:plotting|planning|organi[sz]ing|staging)[ \u00a0]+)?"
                             # a list of offences before it: "charges of terrorism and armed " (uprising)
                             r"(?:(?:[\w-]+,?[ \u00a0]+){1,4}?(?:and|or)[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+)?)?"
                             r"(?:(?:the|a|an)[ \u00a0]+)?\Z"
                             # "charged four men in connection with the killing": what they are held over
                             r"|(?P<link>in[ \u00a0]+connection[ \u00a0]+with)[ \u00a0]+(?:(?:the|a|an)[ \u00a0]+)?\Z"
                             # "sentenced Kim to seven years on Friday for his role in the martial law" (decree)
                             r"|(?<![\w-])(?:for|over)[ \u00a0]+(?:his|her|their|its)[ \u00a0]+(?:alleged[ \u00a0]+)?"
                             r"(?:role|part|involvement|participation)[ \u00a0]+in[ \u00a0]+(?:(?:the|a|an)[ \u00a0]+)?\Z",
                             re.I)
#: An offence told by a gerund after its cue: "suspected of spying", "accused of helping".
_ALLEGED_DEED = re.compile(r"(?<![\w-])(?:accused|suspected|convicted|charged|arrested|detained|jailed|sentenced)"
                           r"[ \u00a0]+(?:of|with|for)[ \u00a0]+[a-z]+ing(?![\w-])")
#: Words of a sentence one of which `_OFFENCE_BEFORE` needs (a cheap test before the search).
_OFFENCE_WORDS = ("ccused", "uspect", "charge", "arrested", "detained", "onvicted", "guilty", "sentenced", "jailed",
                  "imprisoned", "executed", "hanged", " connection with")
#: Where the words of an offence end: a comma, a conjunction, a phrase of place or time.
_OFFENCE_END = re.compile(r"[,;:]|[ \u00a0](?:and|but|in|on|at|near|during|after|before|last|this|while|who|which)"
                          r"[ \u00a0]")


def _offence_span(text: str, sentence_start: int, sentence_end: int, trigger_start: int,
                  trigger_end: int) -> tuple[int, int, bool] | None:
    """From "accused of" before a trigger to the end of the offence's words, and whether it is only
    alleged (not a conviction); None if the trigger is no offence. An offence was done before the
    sentence's events, by the accused, not by who arrests, tries or executes them."""
    cue = _OFFENCE_BEFORE.search(text, max(sentence_start, trigger_start - 50), trigger_start)
    if cue is None:
        return None
    end = _OFFENCE_END.search(text, trigger_end, sentence_end)
    return (cue.start(), end.start() if end is not None else sentence_end,
            cue.group(1) is not None or cue.group("link") is not None)


def _between_later(text: str, trigger: Trigger, later: list[Trigger], sentence_end: int) -> int:
    """Where " between " stands after a noun trigger's verb and phrases of place and time, -1 if it
    does not: "Fighting erupted in Sudan's capital on Saturday between the army and the RSF"."""
    if _is_past_form(trigger.text):
        return -1
    end = min(sentence_end, trigger.end + 80, *(other.start for other in later))
    found = text.find(" between ", trigger.end, end)
    return found if found != -1 and _CLAUSE_BREAK.search(text, trigger.end, found) is None \
        and text.find(",", trigger.end, found) == -1 else -1


def _alleged_deeds(text: str, sentence_start: int, sentence_end: int,
                   recalled: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of offences a gerund tells after its cue ("suspected of spying for China") that no
    recalled span holds yet."""
    spans = []
    for deed in _ALLEGED_DEED.finditer(text, sentence_start, sentence_end):
        if not any(start <= deed.start() < stop for start, stop in recalled):
            end = _OFFENCE_END.search(text, deed.end(), sentence_end)
            spans.append((deed.start(), end.start() if end is not None else sentence_end))
    return spans


def _defied_phrase(text: str, sentence_start: int, sentence_end: int, sentence_text: str,
                   trigger: Trigger) -> tuple[int, int] | None:
    """The phrase of defiance the trigger names what is defied in ("despite a peace agreement signed in
    Washington", "defying a ban imposed last week"), None if it names none: its times and places are
    the phrase's own."""
    if not ("despite" in sentence_text or "defi" in sentence_text or "ignoring" in sentence_text):
        return None
    defiance = _DEFIED_BEFORE.search(text, max(sentence_start, trigger.start - 60), trigger.start)
    return (defiance.start(), _phrase_end(text, trigger.end, sentence_end)) if defiance is not None else None


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether `position` is inside one of the spans."""
    return any(start < position < end for start, end in spans)


def _in_spans(spans: list[tuple[int, int]], trigger_end: int, position: int) -> bool:
    """Whether `position` is in one of the spans that opens after the trigger."""
    return any(trigger_end <= start < position < end for start, end in spans)


def _clause_position(time: TimeExpression) -> int:
    """Where a time phrase counts as standing among clauses: "a day after" dates the clause it opens."""
    return time.end + 1 if time.rule == "temporal.anaphoric_day" and time.text[-6:].lower() == " after" else time.start


def _that_clause_subjects(text: str, trigger_start: int, event_actors: list[tuple[Mention, str]]
                          ) -> list[tuple[Mention, str]]:
    """ "demanded that Russia stop its offensive": the actor right after "that", a few words before the
    trigger, is the subject of its clause and, with the actors listed with it, its only initiator."""
    initiators = sorted((mention for mention, role in event_actors
                         if role == "initiator" and mention.end <= trigger_start), key=lambda m: m.start)
    for index in range(len(initiators) - 1, -1, -1):
        first = initiators[index]
        if not _THAT_BEFORE.search(text, max(0, first.start - 10), first.start):
            continue
        subjects = [first]
        for later in initiators[index + 1:]:
            if _AGENT_LIST_GAP.fullmatch(text, subjects[-1].end, later.start):
                subjects.append(later)
        gap = text[subjects[-1].end:trigger_start]
        if "," in gap or len(gap.split()) > 4:
            return event_actors
        return _keeping_initiators(event_actors, {mention.start for mention in subjects}, trigger_start)
    return event_actors


#: Before an infinitive's "to ", a verb that asks someone to do it and whom it asks: "called on the
#: president ", "urged both sides ", "ordered the troops ".
_ASKED_BEFORE = re.compile(r"(?<![\w-])(?:(?:called|calls|calling)[ \u00a0]+(?:on|upon)|urged|urges|urging|asked|asks|"
                           r"asking|pressed|presses|pressing|pressured|pressures|ordered|orders|ordering|told|tells|"
                           r"telling|encouraged|encourages|invited|invites|inviting|begged|implored)[ \u00a0]+"
                           r"(?P<object>(?:[\w’'-]+[ \u00a0]+){1,4}?)to[ \u00a0]+\Z")


def _infinitive_subjects(text: str, trigger_start: int, event_actors: list[tuple[Mention, str]]
                         ) -> list[tuple[Mention, str]]:
    """ "calls for Israel to withdraw and for the Lebanese army to deploy soldiers": the actor right
    before "to" is the subject of the infinitive, and with the actors listed with it its only initiator.
    Whom a verb asks to do it does it, even when no mention names them: "called on the president to
    resign" (the party that calls does not resign)."""
    initiators = [mention for mention, role in event_actors if role == "initiator"]
    subject = next((mention for mention in initiators if mention.end + 4 == trigger_start), None)
    if subject is None:
        asked = _ASKED_BEFORE.search(text, max(0, trigger_start - 60), trigger_start)
        if asked is None or any(asked.start("object") <= mention.start for mention in initiators
                                if mention.end <= trigger_start):
            return event_actors
        return [(mention, role) for mention, role in event_actors
                if role not in ("initiator", "participant") or mention.start >= asked.start("object")]
    if _PLACE_PREPOSITION_BEFORE.search(text, max(0, subject.start - 12), subject.start):
        return event_actors
    subjects = {subject.start}
    for mention in reversed(initiators):
        if mention.end < subject.start and _AGENT_LIST_GAP.fullmatch(text, mention.end, min(subjects)):
            subjects.add(mention.start)
    return [(mention, role) for mention, role in event_actors if role != "initiator" or mention.start in subjects]


def _drop_denials_of_events(events: list[EventCandidate], count: int) -> None:
    """A denial whose object is an event of the sentence is that event's status, not an event of its
    own: "Russia denies any plans to deploy troops" is a deployment, denied. Works on the sentence's
    `count` events at the end of `events`."""
    first = len(events) - count
    sentence_events = events[first:]
    events[first:] = [e for e in sentence_events if not (
        e.trigger.event_type == "deny"
        and any(other.status_rule == "events.status_cue_denied"
                and e.trigger.end <= other.trigger.start <= e.trigger.end + CUE_WINDOW for other in sentence_events))]


class _Document:
    """The article's text with its mentions, times and quantities sorted and indexed once, and what
    the sentences read so far named: the last person and group ("he", "they"), the event types."""

    def __init__(self, text: str, mentions: list[Mention], times: list[TimeExpression], quantities: list[Quantity],
                 published: dt.date | None, qualifiers: Sequence[Mention]) -> None:
        self.text, self.published, self.quantities = text, published, quantities
        self.lex = lex = lexicon()
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.mention_starts = [m.start for m in self.mentions]
        self.mention_reach: list[int] = []  # the furthest end of a mention up to each one
        furthest = -1
        for mention in self.mentions:
            furthest = max(furthest, mention.end)
            self.mention_reach.append(furthest)
        self.times = sorted(times, key=lambda t: t.start)
        self.time_starts = [t.start for t in self.times]
        self.quantity_starts = [q.start for q in quantities]
        self.folded = lex.folded is not None
        if lex.folded is not None:
            self.source = _folded(text)
            self.trigger_pattern, self.reporting_pattern = lex.folded[0], lex.folded[1]
        else:
            self.source, self.trigger_pattern, self.reporting_pattern = text, lex.triggers, lex.reporting
        self.qualifiers = qualifiers
        self.qualifier_by_end = {mention.end: mention for mention in qualifiers}
        self.glued_mediation = _GLUED_MEDIATION.search(text) is not None  # "a Russian-mediated ceasefire": rare
        self.actors_by_end: dict[int, Mention] | None = None  # every actor by its end, made when first needed
        self.events: list[EventCandidate] = []
        self.last_person: Mention | None = None
        self.last_group: Mention | None = None  # the last group named in the sentence before ("they")
        self.types_named: set[str] = set()  # the event types the sentences before named

    def remember(self, actors: list[Mention], triggers: list[Trigger], named_as: set[str]) -> None:
        """What a sentence leaves for the sentences after it: the types it named, its person and group."""
        types_named = self.types_named
        types_named.update(trigger.event_type for trigger in triggers)
        types_named.update(named_as)
        if "assault" in types_named or "armed_conflict" in types_named:  # "the attack" after a killing or a raid
            types_named.update(("assault", "armed_conflict"))
        # "He" most often refers to the subject of the latest sentence naming a person: its first person.
        for mention in actors:
            if mention.rule.startswith("people."):
                self.last_person = mention
                break
        groups = [mention for mention in actors if _is_group(self.text, mention)]
        self.last_group = groups[-1] if groups else None


class _Scene:
    """One sentence, as the steps of `find_events` work it out in turn: its mentions and actors, its
    triggers, who speaks, and the clauses and phrases every trigger's steps read."""

    # set by _reporting_words
    low: int
    in_sentence: list[Mention]
    reporting: list[tuple[int, int]]

    # set by _sentence_actors
    actors: list[Mention]
    place_owners: set[int]
    described_span: tuple[int, int] | None
    sentence_quantities: list[Quantity]

    # set by _scan_triggers
    triggers: list[Trigger]
    named_as: set[str]
    ranked_among: list[tuple[int, int]]
    manner_for: set[int]

    # set by _find_speaker
    mediators: dict[int, Mention]
    relative_owners: list[tuple[set[int], int]]
    speaker: Mention | None
    attribution: tuple[int, int, str] | None
    subject_speaks: bool
    participle: bool
    listed: set[int] | None
    addressees: dict[int, int]
    claim_start: int | None

    # set by _sentence_clauses
    sentence_text: str
    responds: bool
    undoing: bool
    paving: bool
    sentence_times: list[TimeExpression]
    all_times: list[TimeExpression]
    reporting_starts: set[int]
    statement_times: set[int]
    speaks_later: bool
    is_speaker: list[bool]
    speaker_extras: list[tuple[Mention, str]]
    acting_seats: set[int]
    has_pronoun: bool
    has_they: bool
    passive_words: bool
    subordinate_subjects: bool
    background_words: bool
    negating: bool
    cancelling: bool
    places: list[tuple[Mention, str]]
    coordinations: list[int]
    clause_ends: list[int]
    defied: list[tuple[int, int]]
    talk_topics: bool
    time_prepositions: bool
    time_conjunctions: bool
    recalled: list[tuple[int, int]]
    offences: dict[int, bool]
    fronted_end: int | None
    later_clauses: list[tuple[int, int]]
    relatives: list[tuple[int, int]]
    quotations: list[tuple[int, int]]
    shifted: list[int]
    contrasted: list[int]
    conceded: list[int]
    time_shifted: list[tuple[int, int]]
    tag_start: int | None
    tag_span: tuple[int, int] | None
    tag_speaker: Mention | None
    cue_breaks: list[tuple[int, int]]
    break_ends: list[int]

    def __init__(self, document: _Document, s_start: int, s_end: int) -> None:
        self.document, self.s_start, self.s_end = document, s_start, s_end
        self.first_event = len(document.events)  # where this sentence's events start in `events`
        self.unattributed_end = -1  # where the last trigger of a later predicate of the speaker's own ends


class _Draft:
    """The event one trigger makes, filled in by the steps of `find_events` in turn: its day, status,
    parties, places, counts and attribution, and the positions of the phrases a later step reads."""

    # set by _event_date
    opens: int
    trigger_start: int
    cause_verb: re.Match[str] | None
    closes: int
    verb_time: tuple[int, int] | None
    date: TimeExpression | None
    ahead_from: int  # where "ahead of" opens before the trigger, -1 if it does not
    defied_in: tuple[int, int] | None  # the phrase of defiance the trigger names what is defied in

    # set by _event_status
    status: str
    status_rule: str
    held: re.Match[str] | None
    held_end: int

    # set by _trigger_parties
    event_actors: list[tuple[Mention, str]]
    cause_start: int
    said_from: int
    states_content: bool
    tag: tuple[int, int] | None
    announced_from: int

    # set by _parties_beyond_clause
    second_from: int
    deed_from: int

    # set by _parties_by_reference
    over_from: int
    over_to: int
    verb_object: bool
    recalling: tuple[int, int] | None

    # set by _places_of_event
    event_places: list[tuple[Mention, str]]

    # set by _event_counts
    event_quantities: list[Quantity]

    # set by _event_attribution
    rule: str
    event_speaker: Mention | None
    event_attribution: tuple[int, int, str] | None

    def __init__(self, trigger: Trigger, index: int, previous: EventCandidate | None) -> None:
        self.trigger, self.index, self.previous = trigger, index, previous  # the sentence's event before

    def candidate(self, scene: _Scene) -> EventCandidate:
        """The finished event, in its sentence."""
        return EventCandidate(scene.s_start, scene.s_end, scene.sentence_text, self.trigger, self.status,
                              self.status_rule, self.date, self.event_attribution, self.event_speaker,
                              self.event_actors, self.event_places, self.event_quantities, self.rule)


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
    "the Russian invasion"), and the actors before it in the sentence act in another event.

    Each sentence goes through the sentence steps, then each of its triggers through the trigger
    steps, in order: a step reads what the steps before it worked out."""
    document = _Document(text, mentions, times, quantities, published, qualifiers)
    events = document.events
    for sentence in sentences:
        scene = _Scene(document, sentence.start, sentence.end)
        _reporting_words(scene)
        _sentence_actors(scene)
        _scan_triggers(scene)
        _find_speaker(scene)
        triggers = scene.triggers
        if triggers:
            _sentence_clauses(scene)
            types_here = {trigger.event_type for trigger in triggers}
            previous: EventCandidate | None = None  # the sentence's event before this trigger's
            for index, trigger in enumerate(triggers):
                draft = _Draft(trigger, index, previous)
                _event_date(scene, draft)
                _event_status(scene, draft)
                _trigger_parties(scene, draft)
                _parties_beyond_clause(scene, draft)
                _parties_by_reference(scene, draft)
                _places_of_event(scene, draft)
                _event_counts(scene, draft)
                _event_attribution(scene, draft)
                events.append(draft.candidate(scene))
                previous = events[-1]
            if "deny" in types_here:
                _drop_denials_of_events(events, len(triggers))
        document.remember(scene.actors, triggers, scene.named_as)
    joint_types = document.lex.joint_types
    for event in events:
        if event.actors and event.trigger.event_type in joint_types:
            _as_participants(event)
    return events


def _reporting_words(scene: _Scene) -> None:
    """The sentence's mentions, and its reporting words that are not part of a name, a noun or a
    condition ("Says Ali", "the report", "if confirmed")."""
    document = scene.document
    source, mentions, mention_starts = document.source, document.mentions, document.mention_starts
    mention_reach, reporting_pattern = document.mention_reach, document.reporting_pattern
    s_start, s_end = scene.s_start, scene.s_end
    low, high = bisect.bisect_left(mention_starts, s_start), bisect.bisect_left(mention_starts, s_end)
    in_sentence = mentions[low:high]
    # a reporting word inside a name is part of it: "the United States", "Says Ali"
    reporting = [match.span() for match in reporting_pattern.finditer(source, s_start, s_end)
                 if not (in_sentence and _covered(mention_starts, mention_reach, mentions, low, match.start()))
                 and not (match.group() in _NOUN_REPORTS
                          and _REPORT_AS_NOUN.search(source, max(s_start, match.start() - 12), match.start()))
                 and not (match.group().startswith("declare") and _DECLARED_ACT.match(source, match.end()))
                 # "Hassan was declared the winner": the subject is declared something, it declares nothing
                 and not (match.group() == "declared" and _PASSIVE_BEFORE.search(
                     source, max(s_start, match.start() - 24), match.start()))
                 and not (match.group().startswith("claim") and source.startswith(" responsibility", match.end()))
                 and not (match.group() == "reported" and _RANKED_BEFORE.search(source, max(s_start, match.start() - 16),
                                                                                match.start()))
                 # "for alleged war crimes", "the alleged plot", "an investigation into alleged corruption":
                 # an adjective, no one alleges it here
                 and not (match.group() == "alleged" and (_DETERMINER_BEFORE.search(
                     source, max(s_start, match.start() - 16), match.start())
                     or source.endswith(("into ", "over ", "about ", "and ", "or ", "on "), s_start, match.start())))
                 # "If confirmed, the attack would be …": a condition, nobody confirms anything
                 and not (source[match.start() - 3:match.start() - 1] in ("if", "If", "ss")
                          and _CONDITION_BEFORE.search(source, max(s_start, match.start() - 8), match.start()))]
    scene.low, scene.in_sentence, scene.reporting = low, in_sentence, reporting


def _sentence_actors(scene: _Scene) -> None:
    """The sentence's actors: its mentions of actors, less those that are settings, owners,
    requesters, relatives, modifiers of a thing, places an agreement is named after, or named in the
    subject's appositive."""
    document = scene.document
    text, quantities, quantity_starts = document.text, document.quantities, document.quantity_starts
    s_start, s_end, in_sentence = scene.s_start, scene.s_end, scene.in_sentence
    place_ends = {m.end for m in in_sentence if m.kind == "location" and not m.is_country}  # "Warsaw, Poland"
    settings = _settings(text, s_start, in_sentence) if in_sentence else _NO_SETTINGS
    if in_sentence and text.find("-", s_start, s_end) != -1:
        in_sentence = [m for m in in_sentence if text[m.end:m.end + 1] not in _HYPHENS
                       or not _COMPOUND_MODIFIER.match(text, m.end)]
    actors = [m for m in in_sentence if m.kind == "actor"
              and not (m.is_country and (m.start in settings or m.start - 2 in place_ends and _is_apposed(text, m)))
              and not (m.seat and (m.start in settings
                                   or _is_place_of(text, max(s_start, m.start - PREPOSITION_WINDOW),
                                                   m.start, m.end)))
              # a group of people is no venue: "fired tear gas at protesters"
              and not (m.rule.startswith("organizations.") and m.rule != "organizations.group_pattern"
                       and _is_venue(text, max(s_start, m.start - 20), m))]
    if len(actors) > 1 and text.find("(", s_start, s_end) != -1:
        # "the Economic Community of West African States (ECOWAS)": one party, named twice
        actors = [m for i, m in enumerate(actors) if not (
            i and text[m.start - 2:m.start] == " (" and actors[i - 1].end == m.start - 2
            and actors[i - 1].entity_id == m.entity_id)]
    place_owners: set[int] = set()  # "pushed into Russia's Kursk region": whose place it is, no one acting
    if actors and (text.find("'s ", s_start, s_end) != -1 or text.find("’s ", s_start, s_end) != -1):
        owned_places = {m.start for m in in_sentence if m.kind == "location" and not m.is_country}
        if owned_places:
            place_owners = {m.start for m in actors if m.is_country and text.startswith(("'s ", "’s "), m.end)
                            and m.end + 3 in owned_places}
    if len(actors) > 1 and (text.find("'s ", s_start, s_end) != -1 or text.find("’s ", s_start, s_end) != -1):
        owners = _owners(text, actors)
        if owners:  # "Sudan's paramilitary Rapid Support Forces shelled …": the RSF shell, not Sudan
            actors = [m for m in actors if m.start not in owners]
    if in_sentence and (text.find(" of ", s_start, s_end) != -1 or text.find("s request", s_start, s_end) != -1
                        or text.find("s behest", s_start, s_end) != -1):
        requesters = _requesters(text, s_start, s_end, in_sentence)
        if requesters:  # "at the request of the United States": it asks, and takes no part
            actors = [m for m in actors if m.start not in requesters]
            in_sentence = [m for m in in_sentence if m.kind != "location" or m.start not in requesters]
    if actors and any(m.rule == "organizations.group_pattern" for m in actors):
        # "smashing a police bus window": a group's name that modifies a thing is no party
        actors = [m for m in actors if not (m.rule == "organizations.group_pattern" and text[m.start:m.start + 1].islower()
                                            and _THING_AFTER_GROUP.match(text, m.end))]
    if actors and (text.find(" agreement", s_start, s_end) != -1 or text.find(" accord", s_start, s_end) != -1
                   or text.find(" treat", s_start, s_end) != -1 or text.find(" protocol", s_start, s_end) != -1):
        # "The 2022 Pretoria agreement ended a civil war": a place an agreement is named after is no party
        actors = [m for m in actors if not ((m.is_country or m.seat or m.rule.startswith("gazetteer."))
                                            and _NAMED_AFTER_PLACE.match(text, m.end))]
        in_sentence = [m for m in in_sentence if m.kind != "location" or not _NAMED_AFTER_PLACE.match(text, m.end)]
    if actors and _KIN_WORD.search(text, s_start, s_end) is not None:  # most sentences name no relative
        # "five members were killed, including the son of its chief Khalil al-Hayya": not al-Hayya;
        # "Duterte's daughter, Vice President Sara Duterte, accused": not her father
        actors = [m for m in actors if not _is_kin_of(text, max(s_start, m.start - 50), m.start)
                  and not (text.startswith(("'s ", "’s "), m.end) and (
                      _KIN_AFTER.match(text, m.end + 2)
                      or m.rule.startswith("people.") and _SERVANT_AFTER.match(text, m.end + 2)))]
    if len(actors) > 1 and text.find(" to ", s_start, s_end) != -1:
        # "gunmen loyal to ousted president Bashar al-Assad ambushed a patrol": Assad takes no part
        actors = [m for m in actors if not (text.find(" to ", max(s_start, m.start - 40), m.start) != -1
                                            and _LOYAL_TO_BEFORE.search(text, max(s_start, m.start - 40), m.start))]
    if len(actors) > 1 and text.find(" by ", s_start, s_end) != -1:
        # "M23 rebels backed by Rwanda captured Goma": who backs them takes no part in what they do
        actors = [m for m in actors if not _BACKED_BY_BEFORE.search(text, max(s_start, m.start - 40), m.start)]
    if len(actors) > 1 and text.find(" of ", s_start, s_end) != -1:
        # "Cardinal Robert Prevost of the United States was elected pope": the country a person is of
        # takes no part in what befalls them
        person_ends = {m.end for m in actors if m.rule.startswith("people.")}
        actors = [m for m in actors if not (m.is_country and (
            m.start - 4 in person_ends and text.startswith(" of ", m.start - 4)
            or m.start - 8 in person_ends and text.startswith(" of the ", m.start - 8)))]
    described_span: tuple[int, int] | None = None  # the subject's appositive: "Ruiz, the head of a unit that …,"
    if actors and text.find(",", s_start, s_start + 60) != -1:
        appositive = _SUBJECT_APPOSITIVE.match(text, s_start, s_end)
        if appositive is not None:  # who describes the subject is no party of what the subject does
            described_from = text.index(",", s_start, appositive.end())
            described_span = (described_from, appositive.end())
            actors = [m for m in actors if not described_from < m.start < appositive.end()]
            in_sentence = [m for m in in_sentence if m.kind != "location"
                           or not described_from < m.start < appositive.end()]
    sentence_quantities = _between(quantities, quantity_starts, s_start, s_end)
    scene.in_sentence, scene.actors, scene.place_owners = in_sentence, actors, place_owners
    scene.described_span, scene.sentence_quantities = described_span, sentence_quantities


def _scan_triggers(scene: _Scene) -> None:
    """The sentence's triggers, less the words that name no event here (compounds, feared or
    hypothetical events, what something is called), and what they are named as or rank among."""
    document = scene.document
    text, source, mentions, lex = document.text, document.source, document.mentions, document.lex
    mention_starts, mention_reach, folded = document.mention_starts, document.mention_reach, document.folded
    trigger_pattern, types_named = document.trigger_pattern, document.types_named
    s_start, s_end, low, in_sentence = scene.s_start, scene.s_end, scene.low, scene.in_sentence
    reporting, sentence_quantities = scene.reporting, scene.sentence_quantities
    triggers: list[Trigger] = []
    named_as: set[str] = set()  # the types of what an event before is called in the sentence ("in what … called")
    ranked_among: list[tuple[int, int]] = []  # "the seventh coup in West Africa since 2020": what it ranks among
    object_end = -1  # where the object of the last verb that names an event with its object ends
    describing = _DESCRIBING_OPENER.match(text, s_start, s_end) is not None  # "These are …": most sentences not
    same_kind_end = -1
    manner_for: set[int] = set()  # where what a manner phrase is for starts ("in a show of support for Kiev")
    accidents: list[int] | None = None  # where an accident is named, found at the first harm the sentence names
    for match in trigger_pattern.finditer(source, s_start, s_end):
        position, match_end = match.span()
        if position < object_end:
            continue  # "launched long-range attack drones": "attack" is part of what was launched
        glued = text[match_end:match_end + 2]
        if len(glued) == 2 and glued[0] in _HYPHENS and glued[1].isalpha():
            continue  # "a rally-goer", "the war-torn country": the first half of a compound, no event
        if text[position - 1:position] in _HYPHENS and _STANCE_PREFIX.search(text, max(s_start, position - 8),
                                                                               position):
            continue  # "anti-war protests", "post-election talks": what it is for, against or after
        if _is_feared(source, max(s_start, position - 40), position):
            continue  # "amid fears of a Russian invasion": a feared invasion is no event
        group = match.lastindex
        needs_subject = group in lex.subject_groups if group else False
        if group and not needs_subject and position > s_start and text[position - 1] in _HYPHENS:
            # "under a Russian-brokered ceasefire": an adjective, not the verb; the noun is the event
            position, match_end = match.span(group)
            group, object_end = None, match_end  # the scan may name the noun again: once is enough
            if not _event_type(text[position:match_end]):
                continue  # "a Qatari-brokered deal": no event the lexicon names
        if group and not needs_subject:
            object_end = match.end(group)
            if text.startswith(" ", object_end) and (compound := _WEAPON_NOUN_AFTER.match(text, object_end)):
                object_end = compound.end()  # "launched a drone attack": the drone's attack, one event
        if source.find("any", max(s_start, position - 24), position) != -1 and _ANY_AFTER_PREPOSITION.search(
                source, max(s_start, position - 40), position):
            continue  # "would respond to any attack": what may happen is no event
        if source.find(" as ", max(s_start, position - 30), position) != -1 and _CHARACTERIZED_AS.search(
                source, max(s_start, position - 90), position):
            continue  # "denounced the decision as a constitutional coup": what it is called, no event
        if source.find("all", max(s_start, position - 40), position) != -1 and (
                _CALLED_IT.search(source, max(s_start, position - 60), position)
                or _CALLED_BY_COMMENT.search(source, max(s_start, position - 90), position)):
            continue  # "called it a pseudo-election", "a move the opposition called a coup": what it is called
        if text[position:match_end].lower().startswith(_HARM_FORMS):
            if accidents is None:
                accidents = [m.start() for m in _ACCIDENT.finditer(text, s_start, s_end)]
            if accidents and _by_accident(text, accidents, position, match_end):
                continue  # "were killed when their helicopter crashed": an accident, no assault
            if accidents and _NATURAL_HAZARD.search(text, max(s_start, position - 120), position) is not None \
                    and not any(trigger.event_type in _VIOLENT_TYPES for trigger in triggers):
                continue  # "an earthquake struck central Myanmar on Friday, killing more than 1,600": no attack
        if source.startswith("to ", position - 3) and _CAPACITY_BEFORE.search(
                source, max(s_start, position - 40), position):
            continue  # "more powers to crack down on dissent": what one may do is no event
        if source.find(" to ", max(s_start, position - 12), position) != -1 and _END_TO_BEFORE.search(
                source, max(s_start, position - 24), position):
            continue  # "demanding an end to the war": what is to end is no event the sentence reports
        if source.find("end ", max(s_start, position - 30), position) != -1 and _TO_END_BEFORE.search(
                source, max(s_start, position - 30), position):
            continue  # "a plan to end the two-year war": nor what a plan is to end
        relief: re.Match[str] | None = None  # the verb that takes a measure away, if one does
        if not group and _event_type(text[position:match_end]) in _RELIEF_OF:
            relief = (_RELIEF_BEFORE.search(source, max(s_start, position - 60), position)
                      or _RELIEF_AFTER.match(source, match_end))
        if in_sentence and _covered(mention_starts, mention_reach, mentions, low, position):
            continue  # part of a name ("Union Determination 2022" exercise names stay events, names don't)
        if (text[position].isupper() and _in_capitalised_name(text, s_start, position, match_end)
                and not _title_case(text[s_start:s_end])):
            continue  # "Marine Le Pen's National Rally party": a name no rule knows, not a rally
        if any(q.start <= position < q.item_start for q in sentence_quantities):
            continue  # inside a number ("tens of thousands"); a counted trigger is one: "45 Russian attacks"
        if triggers and _MANNER_BEFORE.search(text, max(s_start, position - 8), position) \
                and _MANNER_NOUN.match(text, position, match_end):
            if text.startswith(" for ", match_end):  # "… for Kiev": whom it is for, no place of the trip
                manner_for.add(match_end + 5)
            continue  # "will travel to Ukraine in a show of support": how the trip is made, no event of its own
        word = text[position:match_end]
        if (lex.noun_only and word.lower() in lex.noun_only
                and _VERB_BEFORE.search(text, max(s_start, position - 12), position)):
            continue  # "urged Beijing to exercise restraint": the verb, no exercise
        if (lex.verb_only and _is_verb_only(word)
                and not _VERB_BEFORE.search(text, max(s_start, position - 12), position)):
            continue  # "a host of": a noun, no event
        event_type = lex.object_types[group - 1] if group else _event_type(word)
        if not event_type:
            continue
        if relief is not None:  # "lifted sanctions on Venezuela": sanctions eased, none imposed
            event_type = _RELIEF_OF[event_type]
            if relief.start() < position:  # "lifted the arms embargo": the lifting, from its verb
                position = relief.start()
            else:  # "the curfew could be lifted": the participle, after its modal
                position, match_end = relief.span("verb")
            word = text[position:match_end]
        elif not group and (readings := lex.subject_readings.get(word.lower())) is not None:
            # "police raided the offices": who does it decides what a plain form names
            event_type = next((reading_type for reading_type, subject_before in readings
                               if subject_before.search(text, max(s_start, position - 60), position)), event_type)
        if needs_subject:
            subject = None
            for event_type, subject_before in lex.subject_readings[lexicon_key(word)]:
                subject = subject_before.search(text, max(s_start, position - 60), position)
                if subject is not None:
                    break  # "protesters stormed": a protest; "troops stormed": fighting
            if subject is None:
                continue  # "leaders gathered in Brussels": no protest without protesters
            if triggers and triggers[-1].start >= subject.start() and triggers[-1].event_type == event_type:
                triggers.pop()  # "protesters gathered": one protest, the gathering's
        if (event_type == "make_statement" and reporting and text[s_start:position].lstrip()[:1] not in _QUOTES
                and any(report_end < position and _MEDIUM_GAP.fullmatch(text, report_end, position)
                        for _, report_end in reporting)):
            # "Abiy met Boulos, his office said in a statement": the statement reports the meeting, no
            # event of its own; a quotation it closes is what it states ("“…,” the ministry said in a
            # statement")
            continue
        if (event_type == "armed_conflict" and (word[-4:].lower() == "fire" or word[:6].lower() == "attack")
                and lex.unarmed_after.match(text, match_end)):
            event_type = "assault"  # "opened fire on the crowd", "attacks on civilians": violence against
            # people who do not fight
        if (event_type in _PROTEST_READINGS and (_is_past_form(word) or word[-1:] == "s")
                and any(source.find(part, max(s_start, position - 40), position) != -1 for part in _PROTESTER_PARTS)
                and _PROTESTERS_BEFORE.search(text, max(s_start, position - 40), position)):
            # "protesters attacked the embassy", "students occupied the university": a protest (CAMEO 14), no war
            event_type = "protest"
        if event_type == "repress" and _AT_VESSEL_AFTER.match(text, match_end):
            event_type = "assault"  # "fired water cannon at a Philippine supply boat": no crowd is broken up
        if event_type == "visit" and _MILITARY_NOUNS.search(text, max(s_start, position - 60), position):
            event_type = "mobilize_forces"
        window_start = max(s_start, position - 12)
        if (event_type in types_named and (not folded or source.find("th", window_start, position) != -1
                                           or source.find("such", window_start, position) != -1)
                and _DEMONSTRATIVE_BEFORE.search(text, window_start, position)
                and not lex.complement_that.search(text, max(s_start, position - 30), position)
                # "was among those arrested": a participle after the pronoun tells whom it befell
                and not (source.endswith("those ", window_start, position) and _is_past_form(word))):
            continue  # "these maneuvers": the exercises an earlier sentence named, no new event
        if source.endswith(("if ", "unless "), max(s_start, position - 7), position):
            continue  # "he faces ten years in prison if convicted": what may happen is no event
        if event_type == "armed_conflict" and _ABSTRACT_TARGET_AFTER.match(text, match_end):
            continue  # "an unprecedented attack on democracy": a figure of speech, no fighting
        if event_type == "hold_election" and _CONFIDENCE_AFTER.match(text, match_end):
            continue  # "ousted in a parliamentary vote of no confidence": a vote on a government, no election
        if event_type == "occupy_territory" and _GOODS_AFTER.match(text, match_end):
            continue  # "seized a homemade gun", "captured weapons and ammunition": goods taken, no territory
        if event_type == "meet" and word[:3].lower() in ("met", "mee") and (
                _STANDARD_AFTER.match(text, match_end)
                or _STANDARD_BEFORE.search(text, max(s_start, position - 40), position)):
            continue  # "the vote had not met democratic standards", "their demands had not been met": no meeting
        if event_type == "armed_conflict" and word[:3].lower() == "war" and _CAMPAIGN_AFTER.match(text, match_end):
            continue  # "his war on drugs", "declare war on crime": a campaign, no fighting
        if (word[:7].lower() == "discuss" and triggers and triggers[-1].event_type == event_type
                and triggers[-1].end >= position - 100 and text.endswith("to ", 0, position)
                and _CLAUSE_BREAK.search(text, triggers[-1].end, position) is None):
            continue  # "will meet on Tuesday to discuss the crisis": what the meeting is for, no second meeting
        if ((event_type in _HELD_TYPES or word.lower() in _STATE_PARTICIPLES
             # "The released hostages appeared frail": whom a release named before freed
             or event_type == "release_persons" and event_type in types_named) and _is_past_form(word)
                and _DETERMINER_BEFORE.search(text, max(s_start, position - 16), position)
                and _NOUN_AFTER.match(text, match_end)):
            continue  # "the release of jailed opposition leader Khaleda Zia": who is held, no arrest told here
        if (event_type == "armed_conflict" and word.lower() in ("war", "conflict")
                and source.find("of the", max(s_start, position - 30), position) != -1
                and _WAR_AS_SPAN_BEFORE.search(text, max(s_start, position - 70), position)):
            continue  # "the biggest incursion of the war", "since the start of the war": a span, no event
        if (event_type == "sign_agreement" and not _is_past_form(word)
                and source.find("ha", max(s_start, position - 40), position) != -1
                and (having := _HAVING_BEFORE.search(text, max(s_start, position - 40), position)) is not None
                and not any(_is_past_form(modifier) for modifier in having["words"].split())):
            continue  # "which has a mutual defence treaty with the Philippines": an agreement in force
        if (word[0] in "tT" and word[:6].lower() == "target" and (
                triggers and any(trigger.event_type in _SANCTION_TYPES for trigger in triggers)
                or _MEASURE_SUBJECT_BEFORE.search(text, max(s_start, position - 30), position) is not None)):
            # "sanctions against Russia, targeting 200 vessels", "The package also targets 117 vessels":
            # whom the measures hit, no strike
            continue
        if ((text.startswith("of the ", position - 7) or text.startswith("The ", position - 4)
             or text.startswith(("'s ", "’s "), position - 3))
                and word[-2:] == "ed" and " " not in word and _PEOPLE_NOUN_AFTER.match(text, match_end)):
            # "Fifty of the abducted children escaped", "the group's jailed leader": people
            # named by what befell them, told before (not what a verb acts on: "released the detained")
            continue
        if (source.startswith("such ", position - 5)
                and any(trigger.event_type == event_type for trigger in triggers)):
            continue  # "Wang met Sybiha …, the first such meeting since 2024": the meeting named before
        if (triggers and (triggers[-1].event_type == event_type
                          or event_type in _VIOLENT_TYPES and triggers[-1].event_type in _VIOLENT_TYPES)
                and text.find(",", max(s_start, position - 40), position) != -1
                and (restating := _RESTATING_APPOSITIVE.search(text, max(triggers[-1].end, position - 40),
                                                               position))):
            # "Iran launched drones at Israel, its first direct attack on Israeli territory": the same
            if _RANK_WORD.search(restating.group()):
                ranked_among.append((match_end, _phrase_end(text, match_end, s_end)))
            continue
        if (triggers and triggers[-1].event_type == event_type and word.split(" ", 1)[0][-3:].lower() == "ing"
                and text.endswith(", ", s_start, position) and not needs_subject):
            continue  # "ordered a mobilisation, calling up 300,000 reservists": the same event, told again
        if (triggers and (triggers[-1].event_type == event_type
                          or event_type in _VIOLENT_TYPES and triggers[-1].event_type in _VIOLENT_TYPES)
                and source.find("in ", max(triggers[-1].end, position - 40), position) != -1
                and _IN_THE_RANKED_BEFORE.search(text, max(triggers[-1].end, position - 40), position)):
            # "killing at least 133 people in the deadliest attack in Russia in two decades": the same
            ranked_among.append((match_end, _phrase_end(text, match_end, s_end)))
            continue
        if (triggers and triggers[-1].event_type == event_type
                and (source.find("one of", s_start, position) != -1 or source.find(" of ", s_start, position) != -1)
                and _ONE_OF_BEFORE.search(text, max(s_start, position - 60), position)):
            # "Gunmen abducted 287 pupils, one of the largest mass kidnappings in years": the same
            ranked_among.append((match_end, _phrase_end(text, match_end, s_end)))
            continue
        if (event_type in types_named and text.startswith("the ", position - 4)
                and _PREPOSITION_THE_BEFORE.search(text, max(s_start, position - 16), position)
                and not _OWN_SETTING.match(text, match_end)):
            continue  # "to prepare for the exercises": the exercises named before, as a purpose, no new event
        if (event_type in types_named and text.startswith("the ", position - 4)
                # not "signed the treaty" (one event), nor "announced the exercises" (announcing them anew)
                and not (triggers and triggers[-1].end >= position - 24
                         and triggers[-1].event_type in (event_type, "make_statement"))
                and _VERB_THE_BEFORE.search(text, max(s_start, position - 24), position)
                and not _OWN_SETTING.match(text, match_end) and not _OWN_TARGET.match(text, match_end)):
            continue  # "condemned the killings", "had not ordered the attack": the event named before again
        if (event_type in _NEGOTIATING_TYPES and triggers and triggers[-1].event_type == "appeal_to_negotiate"
                and _INVITED_TO.fullmatch(text, triggers[-1].end, position)):
            continue  # "invited Russia to further talks": the talks are what the invitation asks for
        if (triggers and triggers[-1].event_type == "threaten" and triggers[-1].end >= position - 40
                and _SHORT_GAP.fullmatch(text, triggers[-1].end, position)):
            # "threatened to impose sanctions": what is threatened is no event; a threat of violence is of force
            if event_type in _FORCE_TYPES:
                triggers[-1] = replace(triggers[-1], event_type="threaten_force")
            continue
        if ((event_type in types_named or triggers)
                and source.find("what ", max(s_start, position - 50), position) != -1
                and (called := _WHAT_CALLED_BEFORE.search(text, max(s_start, position - 50), position))
                and (called["in"] or event_type in types_named or any(t.event_type == event_type for t in triggers))):
            # "vowed to act against what he called riots": the protests named before, as he calls them;
            # "stormed the palace in what Arce called a coup attempt": the storming, as he names it (and
            # "the attempted coup" later refers back to it)
            named_as.add(event_type)
            continue
        if describing and event_type in types_named and _DESCRIBED_BEFORE.match(text, s_start, position):
            continue  # "These are “improvised” maneuvers": what the exercises named before are, no new event
        if (event_type in types_named and position - s_start < 40 and _WAS_AFTER.match(text, match_end)
                and _SUBJECT_BEFORE.fullmatch(text, s_start, position)):
            continue  # "The attack was the deadliest since 2022": what the attack named before was
        if (triggers and triggers[-1].end + 1 == position and _is_modifier(triggers[-1].text) and not needs_subject
                and not _is_past_form(word)):
            triggers.pop()  # "combat readiness exercises": exercises of a kind, no alert of their own (but "a
            # truce brokered by Qatar" and "a ceasefire announced by both sides" name the truce too)
        if triggers and event_type in lex.signed_types and triggers[-1].event_type in lex.signed_types:
            before = triggers[-1]
            if _is_signing(before.text) and not _is_signing(word) and _SHORT_GAP.fullmatch(
                    text, before.end, position):
                # "signed a ceasefire": one event, the signing, of what is signed
                triggers[-1] = replace(before, event_type=event_type)
                continue
            if _is_signing(word) and not _is_signing(before.text) and _SIGNED_IN_THE_PASSIVE.fullmatch(
                    text, before.end, position):
                # "The treaty was signed by Sudan and Chad": one event, the signing, whose agents follow "by"
                triggers.pop()
                event_type = before.event_type
        if event_type == "sign_agreement" and _is_signing(word) and _SIGNED_DOCUMENT_AFTER.match(text, match_end):
            continue  # "signed a series of executive orders": a decree or a law signed, no agreement between parties
        if event_type == "sign_agreement" and not _is_signing(word) and _is_named_agreement(text, s_start, position):
            continue  # "suspending its participation in the New START treaty": an agreement by its name, no signing
        if (event_type == "repress" and triggers and triggers[-1].event_type == event_type
                and triggers[-1].end + 60 >= position and _WITH_MEANS_BEFORE.match(text, triggers[-1].end, position)):
            same_kind_end = match_end  # "… with tear gas and water cannon": the means listed go on
            continue  # "dispersed the crowd with tear gas": one event, named by its verb, and its means
        if (triggers and triggers[-1].event_type == event_type and same_kind_end + 12 >= position
                and _SAME_KIND_GAP.fullmatch(text, same_kind_end, position)):
            same_kind_end = match_end
            continue  # "used tear gas and water cannon to disperse the crowd": one event, named by its first words
        if (triggers and triggers[-1].event_type == event_type and 0 < position - triggers[-1].end <= 80
                and event_type not in _VIOLENT_TYPES  # "shot down drones during a Russian attack": two
                and _AT_VENUE_BEFORE.search(source, max(s_start, position - 30), position)
                and not any(mark in text[triggers[-1].end:position] for mark in ",;:")):
            continue  # "will discuss plans … at a summit in Copenhagen": one meeting, named by its verb
        if (triggers and triggers[-1].event_type == event_type and triggers[-1].end < position
                and not text[triggers[-1].end:position].strip()):
            triggers.pop()  # "protesters marched": one protest, named by its verb
        elif (event_type == "assault" and triggers and triggers[-1].event_type == "armed_conflict"
              and triggers[-1].end < position and (not text[triggers[-1].end:position].strip()
                                                   or (_TARGET_BEFORE_VERB if triggers[-1].text.endswith(
                                                       (" on", " in", " against")) else _STRIKE_COMPLEMENT)
                                                   .fullmatch(text, triggers[-1].end, position))
              and _is_past_form(word) and not _is_past_form(triggers[-1].text)):
            # "air strikes killed 32 people", "U.S. air strikes on Yemen's capital Sanaa and other areas
            # killed at least 31": one strike, with its dead; no killing of its own
            continue
        elif (event_type == "assault" and triggers and triggers[-1].event_type == "assault"
              and word[-3:] == "ing" and text.endswith((", ", ",\u00a0"), 0, position)
              and _TOLL_PARTICIPLE.match(word) and _CLAUSE_BREAK.search(text, triggers[-1].end, position - 2) is None):
            continue  # "opened fire on protesters, killing at least 10": the shooting's dead, no second assault
        triggers.append(Trigger(position, match_end, word, event_type))
        same_kind_end = match_end  # where the last trigger, or the last one of its kind listed after it, ends
    scene.triggers, scene.named_as, scene.ranked_among, scene.manner_for = triggers, named_as, ranked_among, manner_for


def _find_speaker(scene: _Scene) -> None:
    """Who speaks in the sentence and where the reporting word stands, the mediators, the
    subjects of relative clauses, and whom the reporting words address."""
    document = scene.document
    text, qualifiers, mentions = document.text, document.qualifiers, document.mentions
    glued_mediation, actors_by_end, last_person = document.glued_mediation, document.actors_by_end, document.last_person
    last_group = document.last_group
    s_start, s_end, in_sentence, reporting = scene.s_start, scene.s_end, scene.in_sentence, scene.reporting
    actors, triggers = scene.actors, scene.triggers
    speaker: Mention | None
    attribution: tuple[int, int, str] | None
    claim_start: int | None
    if in_sentence and (text.find("elease", s_start, s_end) != -1 or text.find("freed", s_start, s_end) != -1):
        triggers = _with_persons_released(text, s_start, s_end, triggers, in_sentence)
    mediators: dict[int, Mention] = {}
    if glued_mediation and text.find("-", s_start, s_end) != -1:
        if actors_by_end is None:
            actors_by_end = {m.end: m for m in (*mentions, *qualifiers) if m.kind == "actor"}
        triggers, mediators = _glued_mediations(text, s_start, s_end, triggers, actors_by_end)
    if triggers and (text.find("wound", s_start, s_end) != -1 or text.find("njur", s_start, s_end) != -1):
        triggers = _without_injuries_of_other_violence(text, triggers)
    if in_sentence and (text.find("withdr", s_start, s_end) != -1 or text.find(" out of ", s_start, s_end) != -1):
        triggers = _with_withdrawals_from_places(text, s_start, s_end, triggers, in_sentence)
    # "the sanctions that the EU imposed": the EU imposes them, and is no party to what is done to them
    relative_subjects = _object_relatives(text, triggers, actors) \
        if actors and triggers and (text.find(" that ", s_start, s_end) != -1
                                    or text.find(" which ", s_start, s_end) != -1) else {}
    relative_owners: list[tuple[set[int], int]] = []
    if relative_subjects:
        verb_starts = {verb_start: index for index, (_, verb_start) in relative_subjects.items()}
        # the clause's verb says the noun's event again ("the agreement that Uganda and Sudan signed")
        triggers = [trigger for trigger in triggers if not (
            trigger.start in verb_starts and (trigger.event_type == triggers[verb_starts[trigger.start]].event_type
                                              or _is_signing(trigger.text)))]
        trigger_at = {trigger.start: index for index, trigger in enumerate(triggers)}
        # whose subjects they are: the clause's own verb when it is a trigger ("the attack which Chile
        # denied": Chile denies, and did not attack), else the noun ("the sanctions that the EU imposed")
        relative_owners = [(subjects, trigger_at.get(verb_start, index))
                           for index, (subjects, verb_start) in _object_relatives(text, triggers, actors).items()]
    speaker = attribution = None
    subject_speaks = participle = False  # the speaker is the subject of a predicate before the reporting word
    listed: set[int] | None = None  # the starts of the actors listed with the speaker, once worked out
    if reporting:
        first_start, first_end = reporting[0]
        attribution = (first_start, first_end, text[first_start:first_end])
        speaker = _speaker(text, reporting[0], actors, last_person, last_group)
        # "…, saying Moscow was behind an arson attack": a participle after the clause, whose subject speaks
        participle = text.startswith(", ", first_start - 2) and text.endswith("ing", first_start, first_end)
        if (speaker is None and actors and actors[0].end <= first_start
                and (participle or _AND_BEFORE_REPORTING.search(text, max(s_start, first_start - 16),
                                                                first_start))
                and _OPENING_SUBJECT.fullmatch(text, s_start, actors[0].start)
                # not past a clause with a subject of its own: "Vucic offered to meet them, but they rejected
                # the invitation and said …"
                and _COORDINATION.search(text, actors[0].end, first_start) is None
                and (any(0 <= m.start - first_end <= 12 for m in actors)
                     or _NOUN_PHRASE_AFTER.match(text, first_end) is not None)):
            # "Rubio called on both sides to agree to a truce and said Washington would …": who opens
            # the sentence says what has a subject of its own, and stays the subject of the predicate
            # before ("Russia denies … and declares itself threatened": no statement of another's act)
            speaker, subject_speaks = actors[0], True
        if speaker is not None and triggers and speaker.end <= first_start and not relative_owners:
            listed = _co_speakers(text, actors, speaker, first_start) if len(actors) > 1 else set()
            first_named = min(listed, default=speaker.start)
            # "mediators Qatar and Egypt said": the noun says who the speakers are, no event of its own
            triggers = [trigger for trigger in triggers if not (
                trigger.end + 1 == first_named and text[trigger.end] == " " and not _is_past_form(trigger.text))]
    if not triggers and reporting:
        first_start, first_end = reporting[0]
        if speaker is not None or not text.startswith(("according", "According"), first_start):
            # "took 87 percent of the vote, according to preliminary results": no one states it
            triggers.append(Trigger(first_start, first_end, text[first_start:first_end], "make_statement"))
    addressees = _addressees(text, reporting, actors) if reporting else {}
    # a claim that closes the sentence ("…, officials claimed."), not one whose object follows it
    # ("after documents alleged that Russia had run a campaign": nothing before it is claimed)
    claim_start = attribution[0] if attribution is not None and _is_claim(attribution[2]) \
        and (text[attribution[1]:attribution[1] + 1] in ".!?" or _TAG_TAIL.fullmatch(text, attribution[1], s_end)) \
        else None
    scene.document.actors_by_end = actors_by_end
    scene.triggers, scene.mediators, scene.relative_owners = triggers, mediators, relative_owners
    scene.speaker, scene.attribution, scene.subject_speaks = speaker, attribution, subject_speaks
    scene.participle, scene.listed, scene.addressees, scene.claim_start = participle, listed, addressees, claim_start


def _sentence_clauses(scene: _Scene) -> None:
    """The clauses, phrases and cue words of a sentence with triggers that every trigger's
    steps read: relative, shifted and contrasted clauses, closing tags, the times of the statement."""
    document = scene.document
    text, source, times, lex = document.text, document.source, document.times, document.lex
    time_starts, folded = document.time_starts, document.folded
    s_start, s_end, in_sentence, reporting = scene.s_start, scene.s_end, scene.in_sentence, scene.reporting
    actors, described_span, triggers = scene.actors, scene.described_span, scene.triggers
    ranked_among, attribution, speaker = scene.ranked_among, scene.attribution, scene.speaker
    subject_speaks, listed = scene.subject_speaks, scene.listed
    fronted_end: int | None
    tag_start: int | None
    tag_span: tuple[int, int] | None
    tag_speaker: Mention | None
    sentence_text = text[s_start:s_end]
    responds = any(word in sentence_text for word in _RESPONSE_WORDS)  # "in response to", once a sentence
    undoing = any(word in sentence_text for word in _UNDONE_WORDS)  # "annulled the election": most have none
    paving = " the way " in sentence_text or " the door " in sentence_text or " the stage " in sentence_text \
        or " the prospect " in sentence_text
    # every time phrase counts for nearness: the nearest one unresolved ("in the near future")
    # leaves the event undated rather than dated by a farther phrase that belongs to another
    sentence_times = _between(times, time_starts, s_start, s_end)
    all_times = sentence_times
    if ranked_among and sentence_times:  # "the seventh coup … since 2020": no day of the coup
        sentence_times = [time for time in sentence_times
                          if not any(start <= time.start < end for start, end in ranked_among)]
    reporting_starts = {start for start, _ in reporting}
    # the times that date a reporting word: "said on Thursday", "told reporters on Friday"
    statement_times = {t.start for t in sentence_times for _, end in reporting
                       if 0 < t.start - end <= 40 and _STATEMENT_TIME_GAP.fullmatch(text, end, t.start)} \
        if reporting and sentence_times else set()
    if sentence_times and (source.find("since", s_start, s_end) != -1
                           or not folded and "since" in sentence_text.lower()):
        sentence_times = [t for t in sentence_times if not (
            t.text[:5].lower() == "since" and _FIRST_BEFORE.search(text, max(s_start, t.start - 50), t.start))]
    # "Peru criticised Chile and said …": the speaker's later predicate reports what is said
    speaks_later = (speaker is not None and bool(reporting) and speaker.end <= reporting[0][0]
                    and _AND_BEFORE_REPORTING.search(text, max(s_start, reporting[0][0] - 16),
                                                     reporting[0][0]) is not None)
    # Who is the speaker, and each place's role, do not depend on the trigger: work them out once.
    is_speaker = [speaker is not None and not subject_speaks and mention == speaker for mention in actors]
    if speaker is not None and attribution is not None and len(actors) > 1:
        co_speakers = listed if listed is not None else _co_speakers(text, actors, speaker, attribution[0])
        if co_speakers:  # "Mali and Burkina Faso warned": a joint statement, both speak
            is_speaker = [flag or mention.start in co_speakers for flag, mention in zip(is_speaker, actors)]
    speaker_extras = [(speaker, "source")] if speaker is not None and not any(is_speaker) else []
    if speaker is None and attribution is not None and len(actors) > 1:
        theirs = _their_speakers(text, s_start, attribution[0], actors)
        if theirs:  # "Macron and Meloni will attend a summit, their offices said": both speak
            speaker, speaker_extras = theirs[0], [(mention, "source") for mention in theirs]
    acting_seats = {mention.start for mention in actors if mention.seat}  # capitals that act here
    has_pronoun = _HE_OR_SHE.search(text, s_start, s_end) is not None  # most sentences have none
    has_they = _THEY.search(text, s_start, s_end) is not None
    # most sentences have no auxiliary of the passive voice at all
    passive_words = _PASSIVE_WORD.search(text, s_start, s_end) is not None
    # a subordinate clause with a noun phrase for subject ("as the fighters withdrew"): few sentences have one
    subordinate_subjects = _SUBORDINATE_OPENER.search(text, s_start, s_end) is not None
    # "despite", "amid", "after weeks of": the background an event may be named as (few sentences)
    background_words = _BACKGROUND_WORD.search(text, s_start, s_end) is not None
    negating = lex.negation_word.search(source, s_start, s_end) is not None
    cancelling = any(word in sentence_text for word in CANCEL_WORDS)  # "cancelled the visit": most have none
    places: list[tuple[Mention, str]] = []
    speaking = {mention.start for mention, flag in zip(actors, is_speaker) if flag} if speaker else ()
    for place in in_sentence:
        if ranked_among and any(start <= place.start < end for start, end in ranked_among):
            continue  # "the seventh coup in West and Central Africa": where the others were
        if place.kind != "location":
            continue
        if place.start in speaking:
            continue  # "mediators Qatar and Egypt said": states that speak, no places
        if place.is_country and text.endswith("at ", s_start, place.start) and not place.seat:
            continue  # "launched drones at Israel": what is aimed at, a party, no place
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
    defied = _defied_ones(text, s_start, s_end) if ("from " in sentence_text or " by " in sentence_text
                                                     or " ban" in sentence_text or "curfew" in sentence_text
                                                     or " order" in sentence_text or "restriction" in sentence_text
                                                     or "prohibition" in sentence_text) and (
        "defy" in sentence_text or "despite" in sentence_text or "defian" in sentence_text
        or "ignoring" in sentence_text or "brushing" in sentence_text) else []
    # words some rules below need in the sentence (cheap tests before their searches)
    talk_topics = any(word in sentence_text for word in _TOPIC_NOUNS)
    time_prepositions = ("after " in sentence_text or "following " in sentence_text or "since " in sentence_text
                         or "before " in sentence_text)
    time_conjunctions = any(word in sentence_text for word in _TIME_CONJUNCTIONS)
    # "to mark the anniversary of Russia's invasion": a past event recalled, from "anniversary" to its trigger
    recalled = [span for trigger in triggers
                if (span := _recalled_span(text, s_start, s_end, trigger.start, trigger.end)) is not None] \
        if "nniversar" in sentence_text or " since " in sentence_text else []
    if (" response " in sentence_text or "retaliation" in sentence_text
                                 or "reprisal" in sentence_text or "revenge" in sentence_text):
        # "launched strikes in response to the group's attacks on shipping": what is answered was
        # done before, by its own parties, wherever it was done
        for trigger in triggers:
            opener = _ANSWERED_BEFORE.search(text, max(s_start, trigger.start - 60), trigger.start)
            if opener is not None:
                recalled.append((opener.start(), _phrase_end(text, trigger.end, s_end)))
    # "arrested two men accused of killing a journalist": an offence, which the accused did before
    offences: dict[int, bool] = {}  # trigger start → whether only alleged
    if any(word in sentence_text for word in _OFFENCE_WORDS):
        for trigger in triggers:
            offence = _offence_span(text, s_start, s_end, trigger.start, trigger.end)
            if offence is not None:
                recalled.append(offence[:2])
                offences[trigger.start] = offence[2]
        # "arrested three people suspected of spying for China": whom a deed no trigger names is
        # for takes no part in the sentence's events either
        recalled += _alleged_deeds(text, s_start, s_end, recalled)
    fronted = _FRONTED_PHRASE.match(text, s_start, s_end) if "," in sentence_text else None
    fronted_end = fronted.end() if fronted is not None else None
    later_clauses = _later_clauses(text, s_start, s_end, triggers, reporting) if breaks else []
    relatives = _relative_clauses(text, s_start, s_end) \
        if (breaks and "wh" in sentence_text) or (" by " in sentence_text and ", " in sentence_text) else []
    if described_span is not None and any(described_span[0] < t.start < described_span[1] for t in triggers):
        # "Randrianirina, the head of a unit that joined protests last week, said …": the appositive tells
        # what it tells at its own time, as a relative clause does, and nobody reports it
        relatives = sorted({*relatives, described_span})
    # a quotation of speech opening the sentence, closed on its punctuation ("“…,” he said"; not a
    # phrase quoted inside it: to “reinforce the commitment to Ukraine”): its actors and places are
    # what is quoted, not parties to events told outside it
    quotations = [(start, end) for start, end in _quotations(text, s_start, s_end)
                  if not text[s_start:start].strip() and (end == s_end or text[end - 2] in ",.!?…")] \
        if breaks and ("“" in sentence_text or '"' in sentence_text or "”" in sentence_text) else []
    shifted = _shifted_clauses(text, sentence_text, s_start, s_end)
    contrasted = _contrast_openings(text, sentence_text, s_start, s_end)
    conceded = [opens for opens in contrasted if text.endswith(("though ", "whereas "), s_start, opens)] \
        if contrasted else []
    time_shifted = _time_shifted_phrases(text, s_start, s_end) \
        if "after " in sentence_text or "before " in sentence_text or "following " in sentence_text else []
    if shifted and relatives:  # "Bolsonaro, who flew to Florida before Lula took office, condemned":
        # a clause inside a relative clause ends with it
        shifted = [opens for opens in shifted if not any(start < opens < end for start, end in relatives)]
    tag_start = _closing_tag(text, s_start, s_end, attribution) if attribution is not None else None
    tag_span = (tag_start, attribution[0]) if tag_start is not None and attribution is not None else None
    # a second reporting word closing the sentence names who reports the statement of the first:
    # "Fomin told attachés that …, Russian agencies reported."
    tag_speaker = None
    last_tag = _closing_tag(text, s_start, s_end, (*reporting[-1], "")) if len(reporting) > 1 else None
    if last_tag is not None:
        tag_speaker = _speaker(text, reporting[-1], actors, None)
        if tag_span is None:  # "Egypt warned Israel against an offensive, a U.S. lawmaker said": no party
            tag_span = (last_tag, reporting[-1][0])
    # a reporting word opens a predicate of its own: "denies any pretensions and declares itself
    # threatened" (the denial does not reach past "declares"); not one that is itself a claim cue
    cue_breaks = sorted([*breaks, *(span for span in reporting if not _is_claim(text[span[0]:span[1]]))]) \
        if reporting else breaks
    if relatives:
        # "Saudi Arabia, which has been in talks with the Houthis, called for restraint": the
        # relative clause's cue ends at its closing comma
        relative_ends = [(end, end + 1) for _, end in relatives if end < s_end and text.startswith(",", end)]
        # ("denied any role in the attack, in which an officer was killed": nor does a cue before it reach in)
        relative_ends += [(start, start + 1) for start, _ in relatives if text.startswith(",", start)]
        if relative_ends:
            cue_breaks = sorted({*cue_breaks, *relative_ends})
    if len(triggers) > 1 and " and " in sentence_text:
        # "denied targeting civilians and accused the army": a predicate of its own in the past
        # tense, which the denial does not reach (it does inside what is denied: "denied that it
        # attacked and killed"), even when the verb before is no trigger ("said he would comply with the
        # vote and withdrew the troops hours after the declaration")
        own = [(t.start - 4, t.start) for t in triggers if t.start - 5 > s_start and text.startswith(" and ", t.start - 5)
               and text[t.start - 6] != "," and _is_past_form(t.text)  # ", and" is a break already
               and text.find(" that ", s_start, t.start) == -1
               # an adverb reaches both: "reportedly attacked a convoy and killed 12 soldiers"
               and not _CUE_ADVERB.search(text, s_start, t.start)]
        # "accused the United States of preparing an invasion and ordered the mobilisation": a light
        # verb in the past tense opens the predicate of the noun after it
        own += [(and_at + 1, and_at + 4) for t in triggers if not _is_past_form(t.text)
                and (and_at := text.rfind(" and ", max(s_start, t.start - 30), t.start)) > s_start
                and text[and_at - 1] != "," and any(_is_past_form(word) for word in text[and_at + 5:t.start].split())
                and text.find(" that ", s_start, t.start) == -1 and not _CUE_ADVERB.search(text, s_start, t.start)]
        if own:
            cue_breaks = sorted([*cue_breaks, *own])
    if len(triggers) > 1 and " but " in sentence_text:
        # "claimed the attack but later denied it": a predicate of its own, which the cue before does not reach
        later_own = [(t.start - len(but.group()), t.start) for t in triggers if _is_past_form(t.text)
                     and (but := _BUT_THEN_BEFORE.search(text, max(s_start, t.start - 20), t.start)) is not None]
        if later_own:
            cue_breaks = sorted({*cue_breaks, *later_own})
    if ", " in sentence_text:
        # "… would form an interim government, after weeks of deadly protests": what the phrase after the
        # comma names is no part of the plan
        background = [match.span() for match in _BACKGROUND_OPENER.finditer(text, s_start, s_end)]
        if background:
            cue_breaks = sorted({*cue_breaks, *background})
    if " and " in sentence_text and text.find(" that ", s_start, s_end) == -1:
        # "accused them of plotting a revolution and vowed to hold elections": the accusation's
        # cue does not reach what is vowed
        own = [(match.start(), match.start(1)) for match in lex.and_speech.finditer(text, s_start, s_end)
               if text[match.start() - 1] in " \u00a0" and text[match.start() - 2] != ","
               and not _CUE_ADVERB.search(text, s_start, match.start())]
        if own:
            cue_breaks = sorted({*cue_breaks, *own})
    if shifted:
        # "will hold elections in December, four years after it seized power in a coup": a clause set at
        # another time has cues of its own
        at_other_times = [(opens - 1, opens) for opens in shifted if text.endswith(("after ", "before "), s_start, opens)]
        if at_other_times:
            cue_breaks = sorted({*cue_breaks, *at_other_times})
    if ", a" in sentence_text or ", the " in sentence_text:
        # "claimed that 200 fighters had been killed, a figure Kabul rejected": what is said of the
        # claim has cues of its own
        of_the_claim = [match.span() for match in _COMMENT_APPOSITIVE.finditer(text, s_start, s_end)]
        if of_the_claim:
            cue_breaks = sorted({*cue_breaks, *of_the_claim})
    if " while " in sentence_text:
        # "would not conclude trade deals while the fighting continued": a clause of its own, no plan
        meanwhile = [match.span() for match in _WHILE_CLAUSE.finditer(text, s_start, s_end)]
        if meanwhile:
            cue_breaks = sorted({*cue_breaks, *meanwhile})
    if " and that " in sentence_text:
        # "said it had not planned to hit any targets and that its drones had been attacking": a second
        # clause of what is said, with cues of its own
        cue_breaks = sorted({*cue_breaks, *(match.span() for match in _AND_THAT.finditer(text, s_start, s_end))})
    if " of " in sentence_text and (text.find("after", s_start, s_end) != -1 or "following" in sentence_text
                                    or " amid " in sentence_text):
        # "agreed to a truce after four days of fighting": what lasted before is no part of the plan
        lasted = [match.span() for match in _AFTER_DURATION.finditer(text, s_start, s_end)]
        if lasted:
            cue_breaks = sorted({*cue_breaks, *lasted})
    if " that " in sentence_text or " which " in sentence_text or " who " in sentence_text:
        # "would not sign a finance bill that sparked deadly protests", "urged them to release people who
        # were arrested": a relative clause in the past tells what happened; the plan's cue does not reach it
        told = [(match.start(), match.start("verb")) for match in _PAST_RELATIVE.finditer(text, s_start, s_end)
                if _is_past_form(match.group("verb"))]
        if told:
            cue_breaks = sorted({*cue_breaks, *told})
    if " accused " in sentence_text or " suspected " in sentence_text:
        # "Two Russians accused of spying were expelled": the participle's claim is no cue of the verb after it
        described = [match.span() for match in _ACCUSED_AFTER_NOUN.finditer(text, s_start, s_end)
                     if not _PASSIVE_BEFORE.search(text, max(s_start, match.start() - 24), match.start() + 1)]
        if described:
            cue_breaks = sorted({*cue_breaks, *described})
    break_ends = [end for _, end in cue_breaks]
    scene.speaker, scene.sentence_text, scene.responds, scene.undoing = speaker, sentence_text, responds, undoing
    scene.paving, scene.sentence_times, scene.all_times = paving, sentence_times, all_times
    scene.reporting_starts, scene.statement_times, scene.speaks_later = reporting_starts, statement_times, speaks_later
    scene.is_speaker, scene.speaker_extras, scene.acting_seats = is_speaker, speaker_extras, acting_seats
    scene.has_pronoun, scene.has_they, scene.passive_words = has_pronoun, has_they, passive_words
    scene.subordinate_subjects, scene.background_words = subordinate_subjects, background_words
    scene.negating, scene.cancelling, scene.places, scene.coordinations = negating, cancelling, places, coordinations
    scene.clause_ends, scene.defied, scene.talk_topics = clause_ends, defied, talk_topics
    scene.time_prepositions, scene.time_conjunctions, scene.recalled = time_prepositions, time_conjunctions, recalled
    scene.offences, scene.fronted_end, scene.later_clauses = offences, fronted_end, later_clauses
    scene.relatives, scene.quotations, scene.shifted, scene.contrasted = relatives, quotations, shifted, contrasted
    scene.conceded, scene.time_shifted, scene.tag_start, scene.tag_span = conceded, time_shifted, tag_start, tag_span
    scene.tag_speaker, scene.cue_breaks, scene.break_ends = tag_speaker, cue_breaks, break_ends


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
    draft.date, draft.status_rule, draft.status, draft.held, draft.held_end = date, status_rule, status, held, held_end


def _trigger_parties(scene: _Scene, draft: _Draft) -> None:
    """Who takes part: the sentence's actors in their roles for this trigger, less those that the
    phrases around it (owners, causes, appeals, closing tags) set apart."""
    document = scene.document
    text, lex = document.text, document.lex
    s_start, s_end, reporting, actors = scene.s_start, scene.s_end, scene.reporting, scene.actors
    place_owners, triggers, relative_owners = scene.place_owners, scene.triggers, scene.relative_owners
    attribution, sentence_text, undoing = scene.attribution, scene.sentence_text, scene.undoing
    speaks_later, is_speaker, coordinations = scene.speaks_later, scene.is_speaker, scene.coordinations
    fronted_end, later_clauses, relatives = scene.fronted_end, scene.later_clauses, scene.relatives
    time_shifted, tag_start, tag_span = scene.time_shifted, scene.tag_start, scene.tag_span
    trigger, index, previous, trigger_start = draft.trigger, draft.index, draft.previous, draft.trigger_start
    date, status, status_rule = draft.date, draft.status, draft.status_rule
    tag: tuple[int, int] | None
    defied = scene.defied
    if actors and defied and not _inside(defied, trigger.start) and any(_inside(defied, other.start)
                                                                          for other in triggers):
        # a noun of a phrase of defiance takes no actor from the events around it ("marched in defiance
        # of a police ban on the parade, in one of the largest protests against Ana Ruiz")
        outside = [other for other in triggers if other is trigger or not _inside(defied, other.start)]
        event_actors = _parties(text, s_start, outside, outside.index(trigger), actors, is_speaker)
    else:
        event_actors = _parties(text, s_start, triggers, index, actors, is_speaker) if actors else []
    if (event_actors and (" for " in sentence_text or " by " in sentence_text)
            and (employer := _EMPLOYED_BY.search(text, trigger.end, s_end)) is not None):
        # "killed 20 people, including five journalists who worked for Reuters and the AP": whom the
        # victims work for undergoes nothing (the first named as an agent is, the others listed with it)
        employers = sorted((mention for mention, role in event_actors
                            if role == "target" and mention.start >= employer.end()), key=lambda m: m.start)
        employed_by: set[int] = set()
        if employers and _EMPLOYER_GAP.fullmatch(text, employer.end(), employers[0].start):
            employed_by.add(employers[0].start)
            for before, after in zip(employers, employers[1:]):
                if not _AGENT_LIST_GAP.fullmatch(text, before.end, after.start):
                    break
                employed_by.add(after.start)
        event_actors = [(mention, role) for mention, role in event_actors
                        if role != "target" or mention.start not in employed_by]
    if (event_actors and (text.find(" on ", max(s_start, trigger_start - 40), trigger_start) != -1
                          or text.find(" about ", max(s_start, trigger_start - 40), trigger_start) != -1)
            and (topic := _TOPIC_VERB_BEFORE.search(text, max(s_start, trigger_start - 40), trigger_start))):
        # "Ruto did not comment on the protests": who speaks of an event takes no part in it
        event_actors = [(mention, role) for mention, role in event_actors
                        if role not in _ACTING_ROLES or mention.start > topic.start()]
    if place_owners and event_actors:  # (a target still: "shelled Ukraine's Kharkiv region")
        event_actors = [(mention, role) for mention, role in event_actors
                        if not (role == "initiator" and mention.start in place_owners)]
    if status == "negated" and lex.foiling.search(text, max(s_start, trigger_start - 40), trigger_start):
        # "Security forces foiled an attack": they stop it, and do not attack
        status_rule = "events.status_foiled"
    cause = _OVER_CAUSE.search(text, max(s_start, trigger_start - 90), trigger_start) \
        if (index and (" over " in sentence_text or " in re" in sentence_text or " for " in sentence_text)
            or not index and " over " in sentence_text) else None
    if cause is not None and not index and not cause["attempt"]:
        cause = None  # a first trigger answers no event before it; an attempt it is the object of may
    cause_start = cause.start() if cause is not None else -1
    if cause is not None:
        # "imposed sanctions on Russia over its war in Ukraine": the war is Russia's, not the
        # sanctions' initiator's, and not dated by them (nor is a killing the rockets respond to)
        over = cause.start()
        event_actors = [(mention, role) for mention, role in event_actors
                        if mention.start > over or role == "source"]
        if date is not None and date.start < over:
            date = None
        pronoun_group = "own" if cause.group("own") else "owned" if cause.group("owned") \
            else "own2" if cause.group("own2") else None
        owner = next((m for m in reversed(actors) if m.end <= over), None) if pronoun_group else None
        if (pronoun_group is not None and owner is not None
                and not any(role == "initiator" for _, role in event_actors)):
            own_start, own_end = cause.span(pronoun_group)
            event_actors.append((Mention(own_start, own_end, text[own_start:own_end], owner.entity_id,
                                         "actor", "events.possessive_initiator"), "initiator"))
    asked = _ASKED_TO.search(text, max(s_start, trigger_start - 90), trigger_start) \
        if status == "proposed" and event_actors and index else None
    if asked is not None and previous is not None and previous.trigger.start <= asked.start():
        # "urged the council to impose sanctions on Kigali": the council would impose them
        whom_start, whom_end = asked.span("whom")
        asked_ones = {mention.start for mention, _ in previous.actors if whom_start <= mention.start < whom_end}
        if asked_ones:
            event_actors = [(mention, "initiator" if mention.start in asked_ones else role)
                            for mention, role in event_actors
                            if mention.start in asked_ones or mention.start >= whom_end or role == "source"]
    if event_actors and _UNDERGOES_BEFORE.search(text, max(s_start, trigger_start - 36), trigger_start):
        # "Khan faces an arrest warrant": he is its target
        event_actors = [(mention, "target" if role == "initiator" and mention.end <= trigger_start else role)
                        for mention, role in event_actors]
    if event_actors and not _is_past_form(trigger.text) \
            and (felt := _FELT_BEFORE.search(text, max(s_start, trigger_start - 50), trigger_start)):
        # "protesters angered by a ban on social media", "farmers furious over the tariffs": who
        # feels it does not do it (a verb after is theirs: "demonstrators angry at the tax converged")
        event_actors = [(mention, role) for mention, role in event_actors
                        if not (role == "initiator" and mention.end <= felt.start())]
    if event_actors and (text.find("allow", max(s_start, trigger_start - 30), trigger_start) != -1
                         or text.find("permit", max(s_start, trigger_start - 30), trigger_start) != -1
                         or text.find("tolerat", max(s_start, trigger_start - 30), trigger_start) != -1) \
            and (permitted := _PERMITTED_BEFORE.search(text, max(s_start, trigger_start - 40), trigger_start)):
        # "Israel would not allow a military buildup", "Russia will not tolerate a NATO deployment":
        # who allows it or not does not do it
        event_actors = [(mention, role) for mention, role in event_actors
                        if not (role == "initiator" and mention.end <= permitted.start())]
    if (event_actors and text.find("call", max(s_start, trigger_start - 40), trigger_start) != -1
            and _CALLED_AFTER.match(text, trigger.end)):
        called = _CALLED_BEFORE.search(text, max(s_start, trigger_start - 40), trigger_start)
        if called is not None:  # "Kyiv called the raid an act of war": Kyiv names it, it raids no one
            event_actors = _without_parties_before(event_actors, called.start())
    if (event_actors and trigger.event_type == "protest"
            and (spell := _LASTED_BEFORE.search(text, max(s_start, trigger_start - 50), trigger_start))):
        # "imposed a security law after months of protests": others protested, against what it
        # answers (the talks or fighting a spell holds are the clause's own: "signed a deal after
        # months of negotiations")
        event_actors = [(mention, role) for mention, role in event_actors
                        if role == "source" or mention.start > spell.start()]
    if event_actors and ", " in sentence_text:
        # "passed a law, giving the government more powers": who the participle's clause names
        # after the comma is no target of the verb before it (a trigger there has its own parties)
        event_actors = [(mention, role) for mention, role in event_actors
                        if not (role == "target" and mention.start > trigger.end
                                and _PARTICIPLE_OPENER.search(text, trigger.end, mention.start))]
    if event_actors and trigger.event_type == "appeal" and " to " in sentence_text and (
            asked_to := _ASKED_TO_AFTER.match(text, trigger.end, s_end)) is not None:
        # "urged him to continue the path of the late president Ebrahim Raisi", "urged Chile to release
        # Ruiz": who stands in what is asked is no target of the asking
        event_actors = [(mention, role) for mention, role in event_actors
                        if not (role == "target" and mention.start >= asked_to.end())]
    if (event_actors and trigger.event_type in ("appeal", "demand") and not _is_past_form(trigger.text)
            and (refusal := _REFUSED_BEFORE.search(text, max(s_start, trigger_start - 40), trigger_start))):
        # "rejected calls for early elections": others call; who rejects the calls makes none
        event_actors = [(mention, role) for mention, role in event_actors
                        if role == "source" or mention.start > refusal.start()]
    if (event_actors and trigger.event_type == "arrest" and text.startswith("in ", trigger_start - 3)
            and _BEING_IN_BEFORE.search(text, max(s_start, trigger_start - 40), trigger_start)):
        # "Tundu Lissu has been in detention since April": the subject of its clause is held
        detained_from = max((end for end in coordinations if end <= trigger_start), default=s_start)
        event_actors = [(mention, "target" if role == "initiator" and detained_from <= mention.start
                         and mention.end <= trigger_start else role)
                        for mention, role in event_actors if role != "initiator" or mention.start >= detained_from]
    if (event_actors and trigger.event_type == "arrest"
            and (text.startswith("under ", trigger_start - 6) or text.startswith("under house ", trigger_start - 12))):
        placing = _PLACED_UNDER_BEFORE.search(text, max(s_start, trigger_start - 80), trigger_start)
        if placing is not None:
            # "placed President Ali Bongo under house arrest": whom they place is arrested
            event_actors = [(mention, "target" if role == "initiator" and mention.start >= placing.end("verb")
                             else role) for mention, role in event_actors]
        elif _BEING_UNDER_BEFORE.search(text, max(s_start, trigger_start - 40), trigger_start):
            # "Bazoum remains under house arrest": the subject is held
            event_actors = [(mention, "target" if role == "initiator" and mention.end <= trigger_start
                             else role) for mention, role in event_actors]
    if event_actors and trigger.event_type in ("take_office", "resign"):
        # "sworn in as Sri Lanka's president", "resigned as Peru's prime minister": whose office it is,
        # no target
        # ("sworn in as the 47th president of the United States")
        event_actors = [(mention, role) for mention, role in event_actors
                        if not (role == "target" and (text.endswith(" as ", 0, mention.start)
                                                      and text.startswith(("'s ", "’s "), mention.end)
                                                      or _OFFICE_OF_BEFORE.search(
                                                          text, max(s_start, mention.start - 50),
                                                          mention.start) is not None))]
    if event_actors and (text.find("' ", max(s_start, trigger_start - 40), trigger_start) != -1
                         or text.find("’ ", max(s_start, trigger_start - 40), trigger_start) != -1
                         or text.find("'s ", max(s_start, trigger_start - 40), trigger_start) != -1
                         or text.find("’s ", max(s_start, trigger_start - 40), trigger_start) != -1):
        day_named = _DAY_POSSESSIVE_BEFORE.search(text, max(s_start, trigger_start - 40), trigger_start)
        if day_named is not None and not (trigger.event_type == "hold_election"
                                      and _RAN_IN_BEFORE.search(text, max(s_start, day_named.start() - 24),
                                                                day_named.start())):
            # "condemned Sunday's attack", "protests over last month's disputed election": an event
            # named by its day, which nobody before it did
            event_actors = _without_parties_before(event_actors, day_named.start(), _ACTING_ROLES)
        if trigger.event_type == "hold_election":
            # "won Romania's presidential runoff": the country is where the election is held, no party
            event_actors = [(mention, role) for mention, role in event_actors if not (
                role in _ACTING_ROLES and mention.is_country
                and _COUNTRY_ELECTION_GAP.fullmatch(text, mention.end, trigger_start))]
    aspect_from = max(s_start, trigger_start - 50)
    if (text.find(" of ", aspect_from, trigger_start) != -1
            and any(text.find(word, aspect_from, trigger_start) != -1 for word in _ASPECT_WORDS)
            and (aspect := _ASPECT_OF_BEFORE.search(text, aspect_from, trigger_start))):
        # "refused on Sunday to recognise the results of the parliamentary election": the election
        # is named by what is said of its results, held by no one before them, on no day of theirs
        event_actors = _without_parties_before(event_actors, aspect.start(), _ACTING_ROLES)
        if date is not None and date.end <= aspect.start():
            date = None
    if event_actors and trigger.event_type == "mobilize_forces":
        # "sent 3,000 troops to Russia": where forces are sent is their destination, not a target
        event_actors = [(mention, role) for mention, role in event_actors
                        if not (role == "target" and mention.is_country and mention.start > trigger.end
                                and _TO_BEFORE.search(text, max(s_start, mention.start - 8), mention.start))]
    if event_actors and undoing and (undone := _UNDONE_BEFORE.search(text, max(s_start, trigger_start - 50),
                                                          trigger_start)) is not None:
        # "The court annulled the first round of the election": the court holds no election
        event_actors = _without_parties_before(event_actors, undone.start())
    if event_actors and " as " in sentence_text:
        if _AS_AFTER.match(text, trigger.end) and (describer := _DESCRIBED_AS_BEFORE.search(
                text, max(s_start, trigger_start - 40), trigger_start)) is not None:
            # "The government described the attack as terrorism": it names the attack, and attacks no one
            event_actors = _without_parties_before(event_actors, describer.start())
        # "an assassination attempt the government described as politically motivated": who
        # describes the event after it takes no part in it
        event_actors = [(mention, role) for mention, role in event_actors
                        if not (trigger.end <= mention.start and role != "source"
                                and _DESCRIBES_AFTER.match(text, mention.end))]
    if (status == "proposed" and event_actors and previous is not None
            and previous.trigger.event_type in ("demand", "appeal") and 0 <= trigger_start - previous.trigger.end <= 30
            and _CLAUSE_BREAK.search(text, previous.trigger.end, trigger_start) is None):
        # "stormed Congress and the Supreme Court, demanding a military coup": what is demanded is
        # done by no one named before the demand
        event_actors = [(mention, role) for mention, role in event_actors
                        if not (role == "initiator" and mention.end <= previous.trigger.end)]
    if status_rule in _NOT_THE_SUBJECTS and event_actors:
        # "rejected a ceasefire proposal": who rejects it does not cease fire
        event_actors = [(mention, role) for mention, role in event_actors
                        if role != "initiator" or mention.end > trigger_start]
    if relative_owners and event_actors:
        event_actors = _relative_parties(event_actors, relative_owners, index)
    if fronted_end is not None and trigger_start < fronted_end and event_actors:
        # "In retaliation for Houthi attacks on shipping, U.S. warplanes struck Yemen": nobody of the
        # main clause is attacked
        event_actors = [(mention, role) for mention, role in event_actors
                        if role != "target" or mention.start < fronted_end]
    elif fronted_end is not None and event_actors:
        # "In an interview with CNN, Zelensky accused Russia": who the fronted phrase names takes
        # no part in the main clause's events
        event_actors = [(mention, role) for mention, role in event_actors
                        if role == "source" or mention.start >= fronted_end]
    if relatives and event_actors and not any(start <= trigger_start < end for start, end in relatives):
        # "Hungary, which has close ties with Moscow, vetoed": Moscow is the relative clause's
        # (inside one, a trigger keeps the antecedent before it: "Russia, which has massed troops")
        event_actors = [(mention, role) for mention, role in event_actors
                        if not any(start <= mention.start < end for start, end in relatives)]
    elif relatives and event_actors:
        clause_start = next(start for start, end in relatives if start <= trigger_start < end)
        event_actors = _relative_initiators(text, clause_start, trigger_start, event_actors)
    if later_clauses and event_actors:  # "talks with Macron, who has not ruled out troops for Ukraine"
        event_actors = [(mention, role) for mention, role in event_actors
                        if role != "target" or not _in_later_clause(later_clauses, trigger.end, mention)]
    if event_actors and speaks_later and reporting[0][1] <= trigger_start:
        # "the ministry criticised Thai troops and said jets had bombed a road": what the speaker's
        # first predicate acts on takes no part in what the speaker then says
        event_actors = [(mention, role) for mention, role in event_actors
                        if role == "source" or mention.start >= reporting[0][0]]
    if (event_actors and previous is not None and reporting and reporting[0][1] <= trigger_start
            and previous.trigger.end <= reporting[0][0] and previous.actors
            and _AND_BEFORE_REPORTING.search(text, max(s_start, reporting[0][0] - 16), reporting[0][0])):
        # "denied that its forces had targeted civilians and said it would investigate": whom the
        # event before acts on does not act in what is then said
        acted_on = {mention.start for mention, role in previous.actors
                    if role == "target" and mention.end <= reporting[0][0]}
        event_actors = [(mention, role) for mention, role in event_actors
                        if role != "initiator" or mention.start not in acted_on]
    if reporting and len(event_actors) > 1 and reporting[0][1] <= trigger_start:
        # "Ishiba condemned it and said Tokyo had lodged a protest": what is said has a subject
        # of its own, so who said it (before the reporting word) does not initiate it
        said_end = max(span for span in reporting if span[1] <= trigger_start)[1]
        if any(role == "initiator" and mention.start >= said_end for mention, role in event_actors):
            event_actors = [(mention, role) for mention, role in event_actors
                            if role != "initiator" or mention.start >= said_end]
    # "condemned the launch and said Tokyo had lodged a protest": what follows a later reporting
    # word is what is said, so Tokyo is no target (nor place) of the condemnation
    said_from = next(end for start, end in reporting if start > trigger.end) \
        if reporting and reporting[-1][0] > trigger.end else s_end
    states_content = attribution is not None and trigger_start == attribution[0]
    if event_actors and states_content:
        # a statement made of its reporting word: who is named in what it says is no target
        # ("Israel said nearly all were intercepted with the help of the United States"); who
        # is told or warned right after it still is ("warned Israel", "told Reuters")
        # ("said Beijing will not attend": what is said has Beijing for subject)
        event_actors = [(mention, role) for mention, role in event_actors if role != "target"
                        or _ADDRESSING.fullmatch(trigger.text)
                        and _ADDRESSEE_GAP.fullmatch(text, trigger.end, mention.start)]
        if tag_start is not None:  # "… off the coast of Libya, the agency said": Libya says nothing
            event_actors = [(mention, role) for mention, role in event_actors
                            if role == "source" or mention.start > tag_start]
    if event_actors and draft.ahead_from != -1:
        # "Georgian police detained 13 opposition figures ahead of municipal elections": neither holds them
        event_actors = [(mention, role) for mention, role in event_actors
                        if role == "source" or mention.start > draft.ahead_from]
    if event_actors and (", a" in sentence_text or ", the " in sentence_text or ", in a " in sentence_text) \
            and (comment := _COMMENT_APPOSITIVE.search(text, trigger.end, s_end)) is not None:
        # "detained Imamoglu on Wednesday, a move the main opposition party called a coup": the
        # party comments on the detention, and is no target of it
        event_actors = [(mention, role) for mention, role in event_actors
                        if role == "source" or mention.start < comment.start()]
    if (event_actors and not states_content and trigger.event_type == "make_statement"
            and (tag_comma := text.rfind(",", s_start, trigger_start)) != -1
            and len(text[tag_comma + 1:trigger_start].split()) <= 4
            and _STATEMENT_TAG_END.fullmatch(text, trigger.end, s_end) is not None):
        # "Machado will receive the Nobel Peace Prize, the committee announced on Friday": who is named
        # in what is announced takes no part in the announcement
        event_actors = [(mention, role) for mention, role in event_actors
                        if role == "source" or mention.start > tag_comma]
    # where what a statement announces after its "that" opens: "announced on Monday that …"
    that = _ANNOUNCED_THAT.match(text, trigger.end) \
        if not states_content and trigger.event_type == "make_statement" else None
    announced_from = that.end() if that is not None else s_end
    if event_actors and announced_from < s_end:
        # "Trump announced that Israel and Iran had agreed to a ceasefire": who is named in what is
        # announced takes no part in the announcement
        event_actors = [(mention, role) for mention, role in event_actors
                        if role == "source" or mention.start < announced_from]
    if event_actors and time_shifted:
        # "fired missiles at Israel hours after the U.S. strikes": who struck is no target of the firing
        event_actors = [(mention, role) for mention, role in event_actors
                        if role != "target" or not _in_spans(time_shifted, trigger.end, mention.start)]
    if (previous is not None and " part of " in sentence_text
            and _PART_OF_BEFORE.search(text, max(s_start, trigger_start - 60), trigger_start)):
        # "police detained Imamoglu as part of a corruption investigation": the investigation is the
        # detainers', and its target the detained
        event_actors = [(mention, role) for mention, role in previous.actors if role in ("initiator", "target")]
    if event_actors and " by " in sentence_text and (
            dominated := _DOMINATED_BY.search(text, max(s_start, trigger_start - 80), trigger_start)):
        # "voted in a general election dominated by U.S. tariffs and Trump's threats to annex the
        # country": the voters impose no tariffs and annex nothing
        event_actors = [(mention, role) for mention, role in event_actors
                        if role not in _ACTING_ROLES or mention.start >= dominated.end()]
    if (event_actors and previous is not None and not _is_past_form(previous.trigger.text)
            and previous.trigger.event_type != trigger.event_type
            and _NOUN_ON_GAP.fullmatch(text, previous.trigger.end, trigger_start)):
        # "sentenced Hasina over a deadly crackdown on student-led protests": the protests are what the
        # crackdown is on, and who is named before it does not stage them
        event_actors = [(mention, role) for mention, role in event_actors
                        if not (role in _ACTING_ROLES and mention.end <= previous.trigger.start)]
    if event_actors and " warrant" in sentence_text:
        # "arrested Duterte on an ICC warrant": who issued the warrant is no target
        event_actors = [(mention, role) for mention, role in event_actors if not (
            role == "target" and text.startswith((" warrant", " arrest warrant"), mention.end))]
    if event_actors and " from " in sentence_text and trigger.event_type not in _LEFT_FROM_TYPES:
        # "arrested on his return from Hong Kong", "a boat carrying drugs from Venezuela": the country
        # something comes from is where it comes from, no target
        event_actors = [(mention, role) for mention, role in event_actors if not (
            role == "target" and (mention.is_country or mention.seat)
            and _FROM_BEFORE.search(text, max(s_start, mention.start - 10), mention.start))]
    if event_actors and said_from < s_end:
        event_actors = [(mention, role) for mention, role in event_actors
                        if role != "target" or mention.start < said_from]
    # "… to extend a truce, the UN envoy for Yemen, Hans Grundberg, said": who is named in a
    # closing tag says what comes before it, and is no party to it (nor the tag's places)
    tag = tag_span if tag_span is not None and trigger.end <= tag_span[0] else None
    if tag is not None and event_actors:
        event_actors = [(mention, role) for mention, role in event_actors
                        if role == "source" or not tag[0] < mention.start < tag[1]]
    draft.date, draft.status_rule, draft.event_actors, draft.cause_start = date, status_rule, event_actors, cause_start
    draft.said_from, draft.states_content, draft.tag = said_from, states_content, tag
    draft.announced_from = announced_from


def _parties_beyond_clause(scene: _Scene, draft: _Draft) -> None:
    """Who takes part, as the predicates and clauses after and before the trigger decide: a
    second predicate, an accusation's deed, coordinated and subordinate clauses, shared subjects."""
    document = scene.document
    text, lex, events = document.text, document.lex, document.events
    s_start, s_end, reporting, triggers = scene.s_start, scene.s_end, scene.reporting, scene.triggers
    speaker, addressees, sentence_text = scene.speaker, scene.addressees, scene.sentence_text
    subordinate_subjects, background_words = scene.subordinate_subjects, scene.background_words
    coordinations, time_conjunctions, shifted = scene.coordinations, scene.time_conjunctions, scene.shifted
    contrasted, first_event = scene.contrasted, scene.first_event
    trigger, index, opens, previous = draft.trigger, draft.index, draft.opens, draft.previous
    trigger_start, cause_verb, closes = draft.trigger_start, draft.cause_verb, draft.closes
    event_actors, cause_start = draft.event_actors, draft.cause_start
    second_from = s_end  # where a second predicate or clause after the trigger begins
    if text.find(" and ", trigger.end, s_end) != -1 or text.find(" but ", trigger.end, s_end) != -1:
        second = _COORDINATED_PREDICATE.search(text, trigger.end, s_end)
        second_from = second.start() if second is not None else s_end
        if (_is_base_verb(trigger.text) and not trigger.text.endswith("ing")
                and _VERB_BEFORE.search(text, max(s_start, trigger_start - 12), trigger_start)):
            # "would travel to the region on Sunday and address the Israeli parliament": a second verb
            # in its base form, after a modal or "to", with an object of its own
            base_second = _SECOND_BASE_VERB.search(text, trigger.end, s_end)
            if base_second is not None:
                second_from = min(second_from, base_second.start())
        if not _is_past_form(trigger.text) and " of " in sentence_text:
            # "over Russia's war in Ukraine and the death of Alexei Navalny": whose death it is
            # is no party of the war
            other_noun = _COORDINATED_NOUN_OF.search(text, trigger.end, min(s_end, trigger.end + 80))
            if other_noun is not None:
                second_from = min(second_from, other_noun.start())
    # "accused Poland of helping Ukraine": what Poland is accused of doing, and to whom, is no
    # target of the accusation
    deed = _ACCUSED_OF_DEED.search(text, trigger.end, min(s_end, trigger.end + 100)) \
        if trigger.event_type == "accuse" and text.find(" of ", trigger.end, s_end) != -1 else None
    deed_from = deed.start() if deed is not None else s_end
    second_from = min(second_from, deed_from)
    since_at = text.find(" since ", trigger.end, s_end) if event_actors and " since " in sentence_text else -1
    if since_at != -1 and not any(trigger.end < other.start < since_at for other in triggers):
        # "have been killed since the PKK took up arms in 1984": who acts in the clause of time is no target
        second_from = min(second_from, since_at)
    if event_actors and second_from < s_end:  # "condemned the launch and ordered the military to …"
        event_actors = [(mention, role) for mention, role in event_actors
                        if role != "target" or mention.start < second_from]
    if addressees:  # "sources told Reuters that talks failed": Reuters is told, it holds no talks
        event_actors = [(mention, role) for mention, role in event_actors
                        if addressees.get(mention.start, trigger_start) == trigger_start]
    if event_actors and coordinations:
        event_actors = _clause_initiators(text, event_actors, coordinations, trigger_start)
        opened = next((end for end in coordinations if end <= trigger_start
                       and _NOUN_OPENS_CLAUSE.fullmatch(text, end, trigger_start)), None) \
            if not _is_past_form(trigger.text) else None
        if opened is not None:  # "Police did not intervene, and a small counter-protest by …": not theirs
            event_actors = [(mention, role) for mention, role in event_actors
                            if role not in _ACTING_ROLES or mention.start >= opened]
    if len(event_actors) > 1 and (" who " in sentence_text or " that " in sentence_text):
        event_actors = _relative_subject(text, event_actors, trigger_start)
    if len(event_actors) > 1 and (text.find(",", s_start, trigger_start) != -1
                                  or text.find(" and ", s_start, trigger_start) != -1):
        event_actors = _subject_after_comma(text, event_actors, trigger_start)
    if shifted and event_actors and shifted[0] <= trigger_start:  # its own subject, not the sentence's
        event_actors = [(mention, role) for mention, role in event_actors
                        if role != "initiator" or mention.end > opens]
    if contrasted and event_actors:
        # "declared a ceasefire on March 1, although Turkish forces have continued to strike its
        # positions": each clause has its own parties
        opened_before = max((opens for opens in contrasted if opens <= trigger_start), default=-1)
        opens_after = min((opens for opens in contrasted if opens > trigger_start), default=s_end)
        event_actors = [(mention, role) for mention, role in event_actors if role == "source" or not (
            role in _ACTING_ROLES and mention.end <= opened_before
            or role == "target" and mention.start >= opens_after)]
    if shifted and event_actors and closes < s_end:  # "fired missiles, days after Israel struck": no target
        event_actors = [(mention, role) for mention, role in event_actors
                        if role != "target" or mention.start < closes]
    if event_actors and (" when " in sentence_text or " where " in sentence_text):
        when = _WHEN_CLAUSE.search(text, trigger.end, s_end)
        if when is not None:  # "were killed when security forces fired on protesters": not their targets
            event_actors = [(mention, role) for mention, role in event_actors
                            if role != "target" or mention.start < when.start()]
    caused = _CAUSED_TO.search(text, max(s_start, trigger_start - 160), trigger_start) \
        if event_actors and index and " to " in sentence_text else None
    if caused is not None:
        # "gains in elections, prompting Macron to dissolve parliament and call a snap election":
        # Macron calls it; who or what prompts him does not
        made = [mention for mention, role in event_actors
                if caused.start("whom") <= mention.start and mention.end <= caused.end("whom")]
        if made:
            event_actors = [*((mention, "initiator") for mention in made),
                            *((mention, role) for mention, role in event_actors
                              if role == "source" or role == "target" and mention.start > trigger_start)]
    if (previous is not None and event_actors and cause_start == -1 and not _is_past_form(trigger.text)
            and _MEANS_BEFORE.search(text, max(s_start, trigger_start - 24), trigger_start)
            and not _DOMINATED_BY.search(text, max(s_start, trigger_start - 24), trigger_start)):
        # "20 civilians were killed in shelling": the shelling is the killing's means, with its
        # initiators (none named here), not the civilians
        event_actors = [*((mention, role) for mention, role in previous.actors if role == "initiator"),
                        *((mention, role) for mention, role in event_actors if role != "initiator")]
    elif (speaker is not None and trigger.text.endswith("ing") and reporting
          and any(_REPORTED_AFTER_GAP.fullmatch(text, end, trigger_start) for _, end in reporting)):
        # "…, Anwar Ibrahim said after hosting talks between the two leaders": who says it hosts
        event_actors = [(speaker, "initiator"), *((mention, role) for mention, role in event_actors
                                                   if role not in _ACTING_ROLES and mention != speaker)]
    elif previous is not None and _shares_initiators(text, max(s_start, trigger_start - 30), trigger,
                                                     previous.trigger):
        # "Ruiz met Duda and discussed ...": Ruiz discussed, not Duda (the object of "met");
        # "Ruiz will travel to Lima for talks": Ruiz holds them
        verb_before = previous
        shared_from = max(s_start, trigger_start - 30)  # the window `_shares_initiators` read
        and_at = max(text.rfind(" and ", shared_from, trigger_start), text.rfind(" but ", shared_from, trigger_start))
        # (also a participle after a comma: "condemned the attack by Chile, demanding talks": Ruiz demands)
        if (_is_past_form(trigger.text)
                or trigger.text.endswith("ing") and text.endswith(", ", s_start, trigger_start)
                or and_at != -1 and any(_is_past_form(word) for word in text[and_at + 5:trigger_start].split())) \
                and not _is_past_form(previous.trigger.text):
            # "Peru accused Chile of planning an attack and banned flights", "… and ordered the
            # mobilisation": the subject of the verb before, not the agent of a noun or gerund between
            verb_before = next((event for event in reversed(events[first_event:])
                                if _is_past_form(event.trigger.text)), previous)
        shared = [(mention, role) for mention, role in verb_before.actors if role == "initiator"]
        if not shared and trigger.text.endswith("ing") and text.endswith(", ", s_start, trigger_start):
            # "upheld the impeachment of Yoon over his declaration of martial law, removing him from
            # office": the participle's subject is the sentence's, past the nouns between
            shared = next(([(mention, role) for mention, role in event.actors if role == "initiator"]
                           for event in reversed(events[first_event:])
                           if any(role == "initiator" for _, role in event.actors)), [])
        if shared:
            event_actors = [*shared, *((mention, role) for mention, role in event_actors
                                       if role != "initiator")]
            object_pronoun = _OBJECT_PRONOUN.match(text, trigger.end)
            if object_pronoun is not None:  # "expelled diplomats after accusing them": they are accused
                word_start, word_end = object_pronoun.span("word")
                event_actors.extend((Mention(word_start, word_end, object_pronoun["word"],
                                             mention.entity_id, "actor", "events.pronoun_target"), "target")
                                    for mention, role in previous.actors if role == "target")
        else:  # "Soldiers detained Bazoum and announced ...": whoever announced, Bazoum did not
            acted_on = {mention.start for mention, role in previous.actors if role == "target"}
            event_actors = [(mention, role) for mention, role in event_actors
                            if not (role == "initiator" and mention.start in acted_on)]
    if event_actors and cause_verb is not None:
        # "a quota system that had sparked weeks of protests": what causes the protests does not stage them
        event_actors = [(mention, role) for mention, role in event_actors
                        if role not in ("initiator", "participant") or mention.start >= cause_verb.end()]
    if event_actors and text.startswith(" to ", trigger_start - 4) and _is_base_verb(trigger.text):
        event_actors = _infinitive_subjects(text, trigger_start, event_actors)
    elif event_actors and text.find("that ", max(s_start, trigger_start - 80), trigger_start) != -1:
        event_actors = _that_clause_subjects(text, trigger_start, event_actors)
    if len(event_actors) > 1 and time_conjunctions and (
            _is_past_form(trigger.text) or text.startswith(" to ", trigger_start - 4)):
        named = next((mention for mention, role in event_actors if role == "initiator"
                      and mention.end < trigger_start and (
                          _SUBJECT_GAP.fullmatch(text, mention.end, trigger_start)
                          or _ATTEMPT_GAP.fullmatch(text, mention.end, trigger_start)
                          # "since the ruling Georgian Dream party suspended"
                          or (head := _HEAD_NOUN_AFTER.match(text, mention.end)) is not None
                          and _SUBJECT_GAP.fullmatch(text, head.end(), trigger_start))
                      and _OPENER_BEFORE.search(text, max(s_start, mention.start - 24), mention.start)),
                     None)
        if named is not None:  # "police shot dead 23 people as demonstrators stormed parliament", "after
            # thousands of protesters tried to storm the palace"
            event_actors = [(mention, role) for mention, role in event_actors
                            if not (role == "initiator" and mention.end <= named.start)]
    if (event_actors and _is_past_form(trigger.text)
            and (own_pronoun := _SUBORDINATE_PRONOUN_BEFORE.search(text, max(s_start, trigger_start - 24),
                                                                   trigger_start)) is not None):
        # "sentenced Hasina, the first verdict against her since she fled to India": "she" is a person,
        # no state or body named before the clause
        event_actors = [(mention, role) for mention, role in event_actors
                        if not (role == "initiator" and mention.end <= own_pronoun.start()
                                and not mention.rule.startswith("people."))]
    if event_actors and subordinate_subjects and _is_past_form(trigger.text):
        own_subject = _SUBORDINATE_SUBJECT_BEFORE.search(text, max(s_start, trigger_start - 50), trigger_start)
        if own_subject is not None:
            # "Residents cheered as the fighters withdrew": the clause "as" opens has a subject of
            # its own, which no mention names; who does the main clause's act does not withdraw
            event_actors = [(mention, role) for mention, role in event_actors
                            if not (role == "initiator" and mention.end <= own_subject.start())]
    if event_actors and background_words:
        background_phrase = _BACKGROUND_BEFORE.search(text, max(s_start, trigger_start - 60), trigger_start)
        if background_phrase is not None and not (
                background_phrase["after"] and trigger.event_type in lex.joint_types):
            # ("agreed after months of talks": who agrees talked)
            # "passed a law despite weeks of mass protests", "detained 20 people despite the
            # ceasefire": who does the clause's act neither protests nor agreed the truce
            event_actors = [(mention, role) for mention, role in event_actors
                            if not (role == "initiator" and mention.end <= background_phrase.start())]
    if event_actors and ("upporters" in sentence_text or "ollowers" in sentence_text
                         or "oyalists" in sentence_text or "ackers" in sentence_text
                         or "pponents" in sentence_text or "ritics" in sentence_text):
        event_actors = _followed(text, event_actors, trigger_start)
    if event_actors and coordinations:
        # "in retaliation for the killing of Nasrallah, and Israel vowed to respond": who opens the
        # next clause is its subject, no target of the event before
        event_actors = [(mention, role) for mention, role in event_actors if not (
            role == "target" and mention.start > trigger.end and any(
                trigger.end < end <= mention.start and _NEW_SUBJECT.fullmatch(text, end, mention.start)
                for end in coordinations))]
    if event_actors and "as did" in sentence_text:
        as_did = _AS_DID.search(text, trigger.end, s_end)
        if as_did is not None:
            # "Xi congratulated Putin, as did the leaders of India and North Korea": they congratulated
            # (the verb before does it again; a noun it acts on, "condemned the coup", takes none)
            upto = text.find(",", as_did.end(), s_end)
            upto = s_end if upto == -1 else upto
            does_again = _is_past_form(trigger.text) and not any(
                trigger.end < t.start and t.end <= as_did.start() and _is_past_form(t.text) for t in triggers)
            event_actors = [(mention, "initiator" if role == "target" else role)
                            if as_did.end() <= mention.start < upto else (mention, role)
                            for mention, role in event_actors
                            if does_again or not as_did.end() <= mention.start < upto]
    if event_actors and " and that " in sentence_text:
        and_that = None
        for match in _AND_THAT.finditer(text, s_start, trigger_start):
            and_that = match
        if and_that is not None:
            # "said 61 officers had been hurt and that it would investigate": the second clause of
            # what is said has its own subject; who acts in the first does not act in it
            event_actors = [(mention, role) for mention, role in event_actors
                            if role not in _ACTING_ROLES or not s_start <= mention.start < and_that.start()
                            or not any(end <= mention.start for _, end in reporting)]
            if (speaker is not None and _PRONOUN_SUBJECT_AFTER.match(text, and_that.end())
                    and not any(mention == speaker and role != "source" for mention, role in event_actors)):
                event_actors = [*event_actors, (speaker, "initiator")]  # who speaks stands for the pronoun
    if (previous is not None and _is_past_form(trigger.text) and not _is_past_form(previous.trigger.text)
            and _RELATIVE_AFTER_COMPLEMENT.fullmatch(text, previous.trigger.end, trigger_start) is not None):
        # "fighting that killed 35 people", "last month's attack on tourists that killed 26": who does
        # the noun's event does the verb's, and nobody before it
        event_actors = [*((mention, role) for mention, role in previous.actors if role == "initiator"),
                        *((mention, role) for mention, role in event_actors
                          if role not in _ACTING_ROLES and mention.start > previous.trigger.start)]
    if draft.status_rule == "events.status_role_denied" and event_actors:
        # "Russia denied interfering in the election": who denies a part in it is not said to have done it
        event_actors = [(mention, role) for mention, role in event_actors
                        if role != "initiator" or mention.start > trigger_start]
    draft.event_actors, draft.second_from, draft.deed_from = event_actors, second_from, deed_from


def _parties_by_reference(scene: _Scene, draft: _Draft) -> None:
    """Who takes part though named elsewhere: the sides mediated between, demonyms, pronouns,
    possessives, agents of the passive, the object of the verb before, recalled events."""
    document = scene.document
    text, lex, qualifier_by_end, events = document.text, document.lex, document.qualifier_by_end, document.events
    last_person, last_group = document.last_person, document.last_group
    s_start, s_end, actors, triggers, speaker = scene.s_start, scene.s_end, scene.actors, scene.triggers, scene.speaker
    attribution, subject_speaks, sentence_text = scene.attribution, scene.subject_speaks, scene.sentence_text
    responds, is_speaker, speaker_extras = scene.responds, scene.is_speaker, scene.speaker_extras
    has_pronoun, has_they, passive_words, defied = scene.has_pronoun, scene.has_they, scene.passive_words, scene.defied
    talk_topics, time_prepositions, recalled = scene.talk_topics, scene.time_prepositions, scene.recalled
    offences, relatives, quotations, first_event = scene.offences, scene.relatives, scene.quotations, scene.first_event
    trigger, index, previous, trigger_start = draft.trigger, draft.index, draft.previous, draft.trigger_start
    date, status, status_rule, event_actors = draft.date, draft.status, draft.status_rule, draft.event_actors
    recalling: tuple[int, int] | None
    between_at = trigger.end if text.startswith(" between ", trigger.end) else _between_later(
        text, trigger, triggers[index + 1:], s_end) if event_actors and "between" in sentence_text else -1
    if event_actors and between_at != -1 and trigger.event_type == "mediate":
        # "mediated between Israel and Hamas with Egypt": the sides are what is mediated, who
        # mediates "with" the mediator mediates too
        between_end = _BETWEEN_END.search(text, between_at + 9, min(s_end, between_at + 90))
        upto = between_end.start() if between_end is not None else min(s_end, between_at + 90)
        with_at = text.find(" with ", between_at, upto)
        event_actors = [(mention, "target" if between_at < mention.start < (upto if with_at == -1 else with_at)
                         else "initiator" if with_at != -1 and with_at < mention.start < upto else role)
                        if role in _ACTING_ROLES or role == "target" else (mention, role)
                        for mention, role in event_actors]
    elif event_actors and between_at != -1:
        # "fighting between the army and the RSF", "talks between Kyiv and Moscow": both do it
        between_end = _BETWEEN_END.search(text, between_at + 9, min(s_end, between_at + 90))
        upto = between_end.start() if between_end is not None else min(s_end, between_at + 90)
        named_between = any(role == "target" and mention.end <= upto and mention.text[:1].isupper()
                            for mention, role in event_actors)
        # who the sentence named before is no party when "between" names them: "resumed aid to
        # Kyiv, suspended after a meeting between Trump and Zelensky" (not when it only
        # describes them: "talks between the two countries' delegations")
        event_actors = [(mention, "initiator" if role == "target" and mention.end <= upto else role)
                        for mention, role in event_actors
                        if not (named_between and role == "initiator" and mention.end <= trigger_start)]
    if trigger.event_type in _SAYING_TYPES and text.startswith(" from ", trigger.end):
        event_actors = _from_speakers(text, trigger, event_actors)
    if (quotations and event_actors and trigger.event_type != "make_statement"
            and not any(start <= trigger_start < end for start, end in quotations)):
        # "“… to listen to Russia’s concerns,” he said at a press conference": Russia holds none
        event_actors = [(mention, role) for mention, role in event_actors if role == "source"
                        or not any(start <= mention.start < end for start, end in quotations)]
    if event_actors and "what " in sentence_text:
        # "stormed the palace in what President Arce called a coup attempt": who names it is no party
        namers = [match.span() for match in _WHAT_CALLED.finditer(text, s_start, s_end)]
        event_actors = [(mention, role) for mention, role in event_actors
                        if not any(start < mention.start < end for start, end in namers)]
    if speaker_extras:
        if subject_speaks and attribution is not None and trigger_start >= attribution[1]:
            # "Kishida condemned the attack and said the election would go ahead": he says it,
            # and holds no election
            event_actors = [(mention, role) for mention, role in event_actors
                            if not (role == "initiator" and mention is speaker)]
        event_actors.extend(speaker_extras)
    envoy = _ENVOY_AFTER.match(text, trigger.end, s_end) \
        if qualifier_by_end and trigger.event_type in _ENVOY_TYPES else None
    if envoy is not None and (sent_by := qualifier_by_end.get(envoy.start("envoy") - 1)) is not None \
            and sent_by.start >= trigger.end and not any(m.entity_id == sent_by.entity_id
                                                          for m, _ in event_actors):
        event_actors.append((sent_by, "target"))  # "summoned the Chinese ambassador": China
    qualifier = qualifier_by_end.get(trigger_start - 1) if qualifier_by_end else None
    if qualifier is not None and text[trigger_start - 1] in " \u00a0" and qualifier.start >= s_start:
        event_actors = [(qualifier, "initiator"),
                        *((mention, role) for mention, role in event_actors if role != "initiator")]
    elif event_actors and text[trigger_start - 1] in " \u00a0" and not _is_past_form(trigger.text):
        adjunct = next((mention for mention, role in event_actors if role == "initiator"
                        and mention.end == trigger_start - 1 and not mention.rule.startswith("people.")), None)
        if adjunct is not None and _ARTICLE_BEFORE.search(text, max(s_start, adjunct.start - 8),
                                                          adjunct.start):
            # "sealed off Gaza after the Hamas attack", "condemned the NATO exercises": the name
            # before the noun is who does it, and no one before it
            event_actors = [(adjunct, "initiator"),
                            *((mention, role) for mention, role in event_actors if role != "initiator")]
    if has_they and event_actors and any(mention.rule.startswith("people.") and role == "initiator"
                                         for mention, role in event_actors):
        plural = _THEY_SUBJECT.search(text, max(s_start, trigger_start - 60), trigger_start)
        if plural is not None:  # "detained Bazoum and announced that they had seized power": no one person
            # (whom an earlier verb acts on; "Ruiz and Lind said they would meet": both still)
            event_actors = [(mention, role) for mention, role in event_actors if not (
                role == "initiator" and mention.start < plural.start() and mention.rule.startswith("people.")
                and index and triggers[0].end <= mention.start)]
    if has_pronoun and not any(role == "initiator" for _, role in event_actors):
        pronoun = _pronoun_initiator(text, s_start, trigger_start, actors, last_person)
        if pronoun is not None and (speaker is None or pronoun.start != speaker.start):
            event_actors.append((pronoun, "initiator"))
    if (speaker is not None and attribution is not None and attribution[1] < trigger_start
            and (" it " in sentence_text or " its " in sentence_text)
            and not any(role == "initiator" for _, role in event_actors)):
        it = _it_initiator(text, trigger_start, speaker, attribution[1])
        if it is not None:
            event_actors.append((it, "initiator"))
    if has_they and not any(role == "initiator" for _, role in event_actors):
        they = _they_initiator(text, s_start, trigger_start, actors, last_group)
        if they is not None:
            event_actors.append((they, "initiator"))
        elif attribution is not None and attribution[1] < trigger_start and sum(is_speaker) > 1:
            speakers = [mention for mention, flag in zip(actors, is_speaker) if flag]
            event_actors.extend((mention, "initiator")
                                for mention in _they_speakers(text, trigger_start, attribution[1], speakers))
        elif (attribution is not None and attribution[1] < trigger_start and speaker is not None
              and (_is_group(text, speaker) or speaker.rule == "events.pronoun_speaker"
                   and speaker.text.lower() == "they")):
            # "Houthi rebels said they would continue attacks": the group that speaks
            event_actors.extend((mention, "initiator")
                                for mention in _they_speakers(text, trigger_start, attribution[1], [speaker]))
    owner = next((mention for mention, role in event_actors if role == "initiator"
                  and _POSSESSIVE_BEFORE.fullmatch(text, mention.end, trigger_start)), None) \
        if event_actors and (index or trigger.event_type in _UNDERGONE_TYPES) \
        and ("’" in sentence_text or "'" in sentence_text) else None
    if owner is not None and trigger.event_type in _UNDERGONE_TYPES and owner.rule.startswith("people."):
        # "a reward for information leading to Maduro's arrest": the person whose arrest it is
        # undergoes it, and nobody named before makes it
        event_actors = [(mention, "target" if mention.start == owner.start else role)
                        for mention, role in event_actors if role != "initiator" or mention.start == owner.start]
    elif owner is not None:
        # "Kyiv condemned Russia's attack": the attack is Russia's own, nobody else's
        event_actors = [(mention, role) for mention, role in event_actors
                        if role != "initiator" or mention.start == owner.start]
    if (event_actors and trigger.event_type in _UNDERGONE_TYPES
            and _OWN_PRONOUN_BEFORE.search(text, max(s_start, trigger_start - 24), trigger_start) is not None):
        # "Duterte was flown to The Hague after his arrest": the person "his" stands for is arrested
        event_actors = [(mention, "target" if role == "initiator" and mention.rule.startswith("people.")
                         and mention.end <= trigger_start else role) for mention, role in event_actors]
    elif (event_actors and (" his " in sentence_text or " her " in sentence_text)
            and (own := _OWN_PRONOUN_BEFORE.search(text, max(s_start, trigger_start - 24), trigger_start)) is not None
            and own.group().lower().startswith(("his", "her"))):
        persons = [mention for mention, role in event_actors
                   if role == "initiator" and mention.rule.startswith("people.") and mention.end <= own.start()]
        if persons:
            # "sought the death penalty for Yoon over his declaration of martial law": the act is the
            # person's "his" stands for (the nearest named before it), no one else's before it
            owner_start = max(persons, key=lambda mention: mention.end).start
            event_actors = [(mention, role) for mention, role in event_actors
                            if not (role == "initiator" and mention.end <= own.start()
                                    and mention.start != owner_start)]
    answered = _OVER_AFTER.search(text, trigger.end, min(s_end, trigger.end + 60)) \
        if trigger.event_type in _REACTION_TYPES and " over " in sentence_text else None
    over_from = answered.start() if answered is not None and not any(
        trigger.end < t.start < answered.start() for t in triggers) else s_end
    response = _RESPONSE_AFTER.search(text, trigger.end, s_end) if responds and over_from == s_end else None
    if response is not None:  # "struck Yemen in retaliation for Houthi attacks": no Houthi is struck
        over_from = response.start()
    over_to = s_end  # where the phrase ends: at the next comma or clause break
    if over_from < s_end:
        over_end = _PHRASE_END.search(text, over_from, s_end)
        over_to = over_end.start() if over_end is not None else s_end
    elif event_actors and " and " in sentence_text and _is_past_form(trigger.text):
        # "detained Bazoum and General Tiani declared himself head": Tiani's clause is his own, to
        # the sentence's end
        over_from = _and_clause_start(text, trigger.end, s_end, actors)
    if over_from == s_end and event_actors and ", a" in sentence_text:
        disputed = _CLAIM_AFTER.search(text, trigger.end, s_end)
        if disputed is not None:  # "…, a claim Palestinian officials disputed": they take no part
            over_from = disputed.start()
    if over_from < s_end and event_actors:
        # "new sanctions on Iran over its supply of drones to Russia": what the measure answers,
        # and to whom, is no part of it (nor its places)
        event_actors = [(mention, role) for mention, role in event_actors
                        if role == "source" or not over_from <= mention.start < over_to]
    by = _BY_AGENT.match(text, trigger.end) \
        if event_actors and " by " in sentence_text and not _is_past_form(trigger.text) else None
    agent = next((mention for mention, _ in event_actors if mention.start == by.end()), None) \
        if by is not None and not any(trigger.end < t.start < by.end() for t in triggers) else None
    if agent is not None:
        # "a visit to Caracas by a US envoy": the envoy visits; nobody before the noun does
        event_actors = [(mention, "initiator" if mention.start == agent.start else role)
                        for mention, role in event_actors
                        if role != "initiator" or mention.end > trigger_start]
    if previous is not None and event_actors and passive_words:
        # (any earlier event's: "were killed in three days of clashes and revenge attacks")
        undergone = {mention.start for event in events[first_event:] for mention, role in event.actors
                     if role == "target" and mention.end <= event.trigger.start}
        if undergone:  # "31 civilians were killed in strikes and shelling": they shell nobody
            event_actors = [(mention, role) for mention, role in event_actors
                            if role != "initiator" or mention.start not in undergone]
    verb_object = previous is not None and (
        _acted_on(text, s_start, previous.trigger, trigger) and not (
            trigger.event_type in _MEASURE_TYPES and previous.trigger.text[:7].lower() == "announc")
        # "Authorities banned demonstrations": what is banned, with no article, is no act of who bans it
        or previous.trigger.event_type == "impose_restrictions" and previous.trigger.event_type != trigger.event_type
        and text[previous.trigger.end:trigger.start] == " ")
    if verb_object and previous is not None:
        # (who announces a measure takes it: "the United States announced new sanctions")
        # the verb's subject does not initiate what it acts on, and its date is not its date
        verb_start = previous.trigger.start
        event_actors = [(mention, role) for mention, role in event_actors
                        if not (role == "initiator" and mention.end <= verb_start)]
        if date is not None and date.start < verb_start:
            date = None
    elif (previous is not None and previous.trigger.event_type == "accuse"
          and _ACCUSED_OF.fullmatch(text, previous.trigger.end, trigger_start)):
        # "Russia on Monday accused Poland of sending troops": Poland sends them, Russia
        # accuses; Monday is the accusation's
        accuser_end = previous.trigger.start
        accused = [mention for mention, role in previous.actors
                   if role == "target" and mention.start >= previous.trigger.end]
        if accused and not any(role == "initiator" and mention.start >= previous.trigger.end
                               for mention, role in event_actors):
            # "accusing him of the deportation of children": who is accused did it
            event_actors = [*((mention, "initiator") for mention in accused),
                            *((mention, role) for mention, role in event_actors
                              if all(mention.start != other.start for other in accused))]
        # who accuses does not do what is accused, whether or not a mention names the accused
        # ("accused foreign intelligence services of orchestrating the protests")
        event_actors = _without_parties_before(event_actors, accuser_end)
        if date is not None and date.start < trigger_start:
            date = None
    if previous is not None and previous.trigger.event_type == "accuse" and event_actors \
            and _BLAME.fullmatch(previous.trigger.text):
        blamer_end = previous.trigger.start
        blamed_on = _BLAMED_ON.match(text, trigger.end)
        if blamed_on is not None and _OBJECT_GAP.fullmatch(text, previous.trigger.end, trigger_start):
            # "Israel blamed the attack on Hamas": Hamas attacked
            event_actors = [(mention, "initiator" if mention.start == blamed_on.end() else role)
                            for mention, role in event_actors
                            if not (role == "initiator" and mention.end <= blamer_end)]
        elif _BLAMED_FOR.fullmatch(text, previous.trigger.end, trigger_start):
            # "Israel blamed Hamas for the attack": Hamas attacked, and Israel did not
            event_actors = [(mention, role) for mention, role in event_actors
                            if not (role == "initiator" and mention.end <= blamer_end)]
    # a country or capital named as the subject of the sentence, or with no preposition as
    # a party the event is directed at ("invited Russia", "accused Poland"), is an actor,
    # not a place
    if defied:
        # "held drills, defying pressure from China": who presses is no party of the drills
        # (nor of what the sentence tells after the phrase: "marched in defiance of a police ban, in
        # one of the largest protests"; but "pressure from China, which had urged": China urges)
        in_relative = any(start <= trigger_start < end for start, end in relatives)
        event_actors = [(mention, role) for mention, role in event_actors
                        if role == "source" or not (_in_spans(defied, trigger.end, mention.start) or (
                            not in_relative and any(start < mention.start < end <= trigger_start
                                                    for start, end in defied)))]
    if event_actors and " by " in sentence_text:
        # "pagers used by Hezbollah members exploded": whoever uses them does not explode them
        agents = {mention.start for mention, role in event_actors if role == "initiator"
                  and (by := _PARTICIPLE_BY_BEFORE.search(text, max(s_start, mention.start - 30),
                                                          mention.start)) is not None
                  and not any(t.start <= by.start("verb") < t.end for t in triggers)
                  and not _PASSIVE_BEFORE.search(text, max(s_start, by.start("verb") - 12),
                                                 by.start("verb"))}  # "is backed by": a passive
        if agents:
            event_actors = [(mention, role) for mention, role in event_actors
                            if not (role == "initiator" and mention.start in agents)]
    if (event_actors and trigger.event_type == "assault" and _TOLL_PARTICIPLE.match(trigger.text)
            and text.endswith(", ", s_start, trigger_start)
            and not any(t.event_type in _VIOLENT_TYPES for t in triggers[:index])
            and _NO_AGENT_CLAUSE.search(text, s_start, trigger_start) is not None):
        # "a jet that crashed north of Moscow, killing all 10 people": what kills is no trigger,
        # so nobody named before kills them ("Prigozhin was listed among the passengers")
        event_actors = [(mention, role) for mention, role in event_actors
                        if not (role == "initiator" and mention.end <= trigger_start)]
    if talk_topics and not _is_past_form(trigger.text) and (
            topic := _TOPIC_OF_TALKS_BEFORE.search(text, max(s_start, trigger_start - 50), trigger_start)):
        # "met for their first talks on ending the war in Ukraine": what the talks are about has
        # neither the talkers as parties nor the talks' day
        event_actors = _without_parties_before(event_actors, topic.start(), _ACTING_ROLES)
        date = None
    if (event_actors and time_prepositions and trigger.event_type not in lex.joint_types
            and not _is_past_form(trigger.text)
            and (after_noun := _AFTER_THE_BEFORE.search(text, max(s_start, trigger_start - 30), trigger_start))):
        # "put units on higher alert after the blast": who acts in the clause did not set it off
        # (the blast's own name before it still does: "after the Hamas attack")
        event_actors = _without_parties_before(event_actors, after_noun.start())
    if (date is not None and index and " over " in sentence_text and not _is_past_form(trigger.text)
            and any(t.event_type in _REACTION_TYPES for t in triggers[:index])
            and _OVER_REASON_BEFORE.search(text, max(s_start, trigger_start - 40), trigger_start)):
        date = None  # "imposed sanctions on Friday over Russia's war in Ukraine": the war's is no Friday
    if event_actors and " of " in sentence_text and not _is_past_form(trigger.text) and (
            warned := _WARNED_OF_BEFORE.search(text, max(s_start, trigger_start - 80), trigger_start)):
        # "warned Moscow earlier this month of a planned attack": whom it warns does not attack
        event_actors = [(mention, role) for mention, role in event_actors
                        if not (role == "initiator" and warned.end("verb") <= mention.start
                                and mention.end <= warned.start("of"))]
    if (index and event_actors and not _is_past_form(trigger.text)
            and text.find(" and ", max(s_start, trigger_start - 30), trigger_start) != -1
            and _AND_NOUN_BEFORE.search(text, max(s_start, trigger_start - 30), trigger_start)
            and any(_is_past_form(t.text) for t in triggers[:index])):
        # "Peru condemned the attack on Chile and the killing of Ruiz": what the verb acts on has
        # no initiator before it (but "… and Russia's invasion": Russia's own)
        event_actors = [(mention, role) for mention, role in event_actors if not (
            role == "initiator" and mention.end <= trigger_start
            and not _POSSESSIVE_BEFORE.fullmatch(text, mention.end, trigger_start))]
    if event_actors and ("defy" in sentence_text or "defi" in sentence_text or "despite" in sentence_text
                         or "ignoring" in sentence_text):
        defiance = _DEFIED_BEFORE.search(text, max(s_start, trigger_start - 60), trigger_start)
        if defiance is not None:  # "passed the bill, defying weeks of protests": who defies them
            event_actors = [(mention, role) for mention, role in event_actors
                            if not (role == "initiator" and mention.start < defiance.start())]
    recalling = next((span for span in recalled if span[0] < trigger.start < span[1]), None) \
        if recalled else None
    if recalling is not None:  # who a recalled event names takes part in it, no one else; nor does it
        # take the sentence's day
        event_actors = [(mention, role) for mention, role in event_actors
                        if recalling[0] < mention.start < recalling[1]]
        if date is not None and not recalling[0] < date.start < recalling[1]:
            date = None  # (its own day stays: "in retaliation for a strike on April 1")
        if trigger.start in offences:
            status, status_rule = ("claimed", "events.status_alleged_offence") if offences[trigger.start] \
                else ("occurred", "events.status_convicted_offence")
            offender = next((mention for mention in actors
                             if text[mention.end:recalling[0]] in (" ", ", ")), None)
            if offender is not None:  # "Ana Ruiz, convicted of bombing a mosque": who bombed
                event_actors = [(offender, "initiator"),
                                *((mention, role) for mention, role in event_actors if role != "initiator")]
    elif recalled:  # nor in the sentence's other events, nor its day
        event_actors = [(mention, role) for mention, role in event_actors
                        if not any(start < mention.start < end for start, end in recalled)]
        if date is not None and any(start < date.start < end for start, end in recalled):
            date = None
    if (previous is not None and previous.trigger.event_type == trigger.event_type
            and _PART_LISTED.fullmatch(text, previous.trigger.end, trigger_start)):
        # "sanctions on Russia, including a ban on imports of Russian gas": a part of the measure
        # before it, with its parties (Russia is no initiator of the ban)
        event_actors = list(previous.actors)
    draft.date, draft.status_rule, draft.status, draft.event_actors = date, status_rule, status, event_actors
    draft.over_from, draft.over_to, draft.verb_object, draft.recalling = over_from, over_to, verb_object, recalling


def _places_of_event(scene: _Scene, draft: _Draft) -> None:
    """The event's places and their roles, less the places of clauses and phrases that are not its
    own."""
    document = scene.document
    text = document.text
    s_start, s_end, triggers, ranked_among = scene.s_start, scene.s_end, scene.triggers, scene.ranked_among
    manner_for, relative_owners, acting_seats = scene.manner_for, scene.relative_owners, scene.acting_seats
    places, defied, recalled, later_clauses = scene.places, scene.defied, scene.recalled, scene.later_clauses
    contrasted, time_shifted, tag_start = scene.contrasted, scene.time_shifted, scene.tag_start
    trigger, index, trigger_start, status = draft.trigger, draft.index, draft.trigger_start, draft.status
    event_actors, cause_start, said_from = draft.event_actors, draft.cause_start, draft.said_from
    states_content, tag, deed_from, over_from = draft.states_content, draft.tag, draft.deed_from, draft.over_from
    over_to, recalling = draft.over_to, draft.recalling
    event_places = _event_places(text, s_start, triggers, index, places, event_actors,
                                 acting_seats) if places else places
    if recalling is not None:  # "the anniversary of Russia's invasion of Ukraine": where it was
        event_places = [(place, role) for place, role in event_places
                        if recalling[0] < place.start < recalling[1]]
    elif recalled and event_places:
        event_places = [(place, role) for place, role in event_places
                        if not any(start < place.start < end for start, end in recalled)]
    if ranked_among and event_places and (ranked := next(((start, end) for start, end in ranked_among
                                                          if start <= trigger_start < end), None)):
        # "…, the latest in a wave of protests that forced Vucevic to resign": nor the places before
        event_places = [(place, role) for place, role in event_places if ranked[0] <= place.start < ranked[1]]
    if event_places and (defied_in := draft.defied_in) is not None:
        # "seized the town of Uvira despite a peace agreement signed in Washington": not in Uvira
        event_places = [(place, role) for place, role in event_places if defied_in[0] <= place.start < defied_in[1]]
    if contrasted and event_places:  # "…, while the United States voted against it": not a place of it
        contrast_from, contrast_to = _clause_around(contrasted, trigger_start, s_start, s_end)
        event_places = [(place, role) for place, role in event_places
                        if contrast_from <= place.start < contrast_to]
    if time_shifted and event_places:  # nor a place of it ("hours after the U.S. strikes")
        event_places = [(place, role) for place, role in event_places
                        if not _in_spans(time_shifted, trigger.end, place.start)]
    if defied and event_places:
        event_places = [(place, role) for place, role in event_places
                        if not _in_spans(defied, trigger.end, place.start)]
    if later_clauses and event_places:
        event_places = [(place, role) for place, role in event_places
                        if not _in_later_clause(later_clauses, trigger.end, place)]
    if status == "unknown" and event_places:  # "sentenced in New York for plotting to kill": not there
        event_places = [(place, role) for place, role in event_places if place.start > trigger_start]
    if deed_from < s_end and event_places:  # nor where it was done
        event_places = [(place, role) for place, role in event_places if place.start < deed_from]
    if manner_for and event_places:
        event_places = [(place, role) for place, role in event_places if place.start not in manner_for]
    if cause_start != -1 and event_places:  # "fired rockets at Israel in response to the killing": not there
        event_places = [(place, role) for place, role in event_places if place.start > cause_start]
    if relative_owners and event_places:  # the subjects of a relative clause act: no places
        event_places = [(place, role) for place, role in event_places
                        if not any(place.start in subjects for subjects, _ in relative_owners)]
    if states_content and event_places:  # nor are the states named in it places of the statement
        # ("said on Wednesday there was evidence that troops were in Russia"; "said in Rome" is one)
        event_places = [(place, role) for place, role in event_places
                        if not (place.start > trigger.end and (
                            place.is_country and role == "subject"
                            or _REPORTED_CONTENT.search(text, trigger.end, place.start))
                                # "The flag will be raised in Brussels, the alliance said": what it says
                                or tag_start is not None and place.start < tag_start < trigger_start)]
        if event_places and _CONTENT_OPENS_AFTER.match(text, trigger.end) and not _TELLING.match(trigger.text):
            # "said the potential for further spread within Africa was worrying": what is said opens
            # right after the verb (not "told the council in New York", whom it is told)
            event_places = [(place, role) for place, role in event_places if place.start < trigger.end]
    if event_places and draft.announced_from < s_end:
        # "announced on Monday that it would end its armed struggle against Turkey": no place of it
        event_places = [(place, role) for place, role in event_places if place.start < draft.announced_from]
    if (event_places and draft.previous is not None
            and (and_at := text.rfind(" and ", max(s_start, trigger_start - 40), trigger_start))
            > draft.previous.trigger.end and text[and_at - 1] != "," and _predicate_to(text, and_at + 4, trigger_start)):
        # "cancelled a planned trip to China and ordered an investigation": a predicate of its own
        # after "and", whose event is not where the one before goes
        event_places = [(place, role) for place, role in event_places if place.start > and_at]
    if said_from < s_end and event_places:
        event_places = [(place, role) for place, role in event_places if place.start < said_from]
    if over_from < s_end and event_places:
        event_places = [(place, role) for place, role in event_places
                        if not over_from <= place.start < over_to]
    if tag is not None and event_places:
        event_places = [(place, role) for place, role in event_places if not tag[0] < place.start < tag[1]]
    if (event_places and _OWN_SETTING.match(text, trigger.end)
            and _NOUN_BEFORE.search(text, max(s_start, trigger_start - 16), trigger_start)):
        # "will travel to Lima for talks in Quito": the talks are Quito's, Lima is the trip's
        event_places = [(place, role) for place, role in event_places if place.start > trigger_start]
    if trigger.event_type == "visit" and acting_seats and places:
        # "will visit Beijing": the capital visited is the host (its government) and where to
        visited = {mention.start for mention, role in event_actors if role == "target"
                   and mention.start in acting_seats
                   and _OBJECT_OF_VISIT.fullmatch(text, trigger.end, mention.start)}
        if visited:
            placed = {place.start for place, _ in event_places}
            event_places = [*event_places, *((place, "destination") for place, _ in places
                                             if place.start in visited and place.start not in placed)]
    if (event_actors and trigger.text[-2:] == "ed" and trigger.text.lower() in _POSTNOMINAL_FORMS
            and _POSTNOMINAL_AFTER.match(text, trigger.end)):
        undergoer = next((mention for mention, role in event_actors if role == "initiator"
                          and text[mention.end:trigger_start] in (" ", "\u00a0")), None)
        if undergoer is not None and _NOUN_PHRASE_BEFORE.search(
                text, max(s_start, undergoer.start - 30), undergoer.start):
            # "a day of mourning for the three Serbs killed": they were killed
            event_actors = [(mention, "target" if mention is undergoer else role)
                            for mention, role in event_actors]
    if (event_actors and index and not _is_past_form(trigger.text)
            and _SETTING_BEFORE.search(text, max(s_start, trigger_start - 30), trigger_start)):
        # "Police detained 100 people at May Day protests": the protests are the arrests' setting, and
        # who arrests does not protest
        setting = _SETTING_BEFORE.search(text, max(s_start, trigger_start - 30), trigger_start)
        assert setting is not None
        event_actors = [(mention, role) for mention, role in event_actors
                        if role != "initiator" or mention.start > setting.start()]
    if (event_actors and text.find("part", max(s_start, trigger_start - 30), trigger_start) != -1
            and _NOT_PARTY_BEFORE.search(text, max(s_start, trigger_start - 40), trigger_start)):
        # "The M23 rebels … are not a party to the agreement": they take no part in it
        event_actors = _without_parties_before(event_actors, trigger_start, _ACTING_ROLES)
    if event_actors and text.find("who", max(s_start, trigger_start - 20), trigger_start) != -1:
        who = _WHO_BEFORE.search(text, max(s_start, trigger_start - 20), trigger_start)
        if who is not None:
            # "arrested dozens of his supporters who gathered outside the court": the supporters
            # gather, not the police; the actor named right before "who" does, if any
            # (or its group noun: "Hamas fighters, who seized the town")
            event_actors = [(mention, role) for mention, role in event_actors
                            if role != "initiator" or mention.start > who.start()
                            or text[mention.end:who.start()] in ("", ",")
                            or _GROUP_NOUN_AFTER.fullmatch(text, mention.end, who.start() - 1) is not None
                            and text[who.start() - 1] == ","]
    if (event_actors and trigger.text[-2:] == "ed" and trigger.text.lower() in _ACCUSED_FORMS
            and text.startswith((" of ", " with ", "\u00a0of ", "\u00a0with "), trigger.end)
            and not _PASSIVE_BEFORE.search(text, max(s_start, trigger_start - 24), trigger_start)
            and not _RELATIVE_SUBJECT_BEFORE.search(text, max(s_start, trigger_start - 40), trigger_start)):
        # "firms in China, India and Turkey accused of helping Moscow": a participle with no object
        # before "of" is passive; what stands right before it is accused, nobody before accuses
        event_actors = [(mention, "target" if text[mention.end:trigger_start] in (" ", "\u00a0")
                         else role) for mention, role in event_actors
                        if role != "initiator" or mention.end > trigger_start
                        or text[mention.end:trigger_start] in (" ", "\u00a0")]
    if (event_actors and _is_past_form(trigger.text) and text.find("among", max(s_start, trigger_start - 40),
                                                                   trigger_start) != -1
            and (among := _AMONG_THOSE_BEFORE.search(text, max(s_start, trigger_start - 40), trigger_start))):
        # "Nika Melia was among those arrested": whom it befell, not who did it
        event_actors = [(mention, "target" if role == "initiator" and mention.end <= among.start() else role)
                        for mention, role in event_actors]
    if (trigger.event_type == "hold_election" and event_actors
            and _CONTESTED_BEFORE.search(text, max(s_start, trigger_start - 60), trigger_start)):
        # "Lai of the ruling party won Taiwan's presidential election": candidates and parties run in
        # it; the state holds it (who calls or postpones one stays its initiator)
        event_actors = [(mention, "participant" if role in ("initiator", "target") and not _is_state_like(mention)
                         else role) for mention, role in event_actors]
    if trigger.event_type == "occupy_territory" and acting_seats and event_actors:
        # "rebels seized the capital Damascus": the capital taken is territory, not its government
        seized = {mention.start for mention, role in event_actors
                  if role == "target" and mention.start in acting_seats and mention.start > trigger_start}
        if seized:
            event_actors = [(mention, role) for mention, role in event_actors if mention.start not in seized]
            placed = {place.start for place, _ in event_places}
            event_places = [*event_places, *((place, "subject") for place, _ in places
                                             if place.start in seized and place.start not in placed)]
    if trigger.event_type == "visit" and event_places:  # "will visit Shanghai", "arrived in Kyiv": where to
        event_places = [(place, "destination" if (role == "subject" or trigger.text[-3:] == " in")
                         and _OBJECT_OF_VISIT.fullmatch(text, trigger.end, place.start) else role)
                        for place, role in event_places]
    elif (trigger.event_type == "mobilize_forces" and event_places and trigger.text[:5].lower() == "arriv"
          and (trigger.text[-3:] == " in" or trigger.text.lower() == "arrival")):
        # "troops arrived in Belarus", "the arrival of Russian soldiers in Belarus": where forces
        # arrive is where they are sent
        event_places = [(place, "destination" if role == "occurred_in" and place.start > trigger.end
                         and (_OBJECT_OF_VISIT.fullmatch(text, trigger.end, place.start)
                              or trigger.text.lower() == "arrival"
                              and _ARRIVAL_PLACE_GAP.fullmatch(text, trigger.end, place.start)) else role)
                        for place, role in event_places]
    if (trigger.event_type == "hold_election" and places
            and not any(role == "occurred_in" for _, role in event_places)):
        # "won Germany's federal election", "Chile held a runoff": the state whose election it is holds it there
        holder = next((place for place, _ in places if trigger_start - 40 < place.end < trigger_start
                       and (place.is_country and not place.seat or text[place.end:place.end + 1] in "'’")
                       and _STATE_ELECTION_GAP.fullmatch(text, place.end, trigger_start)), None)
        if holder is None and _HOLDING_BEFORE.search(text, max(s_start, trigger_start - 50), trigger_start):
            holding = {mention.start for mention, role in event_actors if role == "initiator" and mention.is_country}
            holder = next((place for place, _ in places if place.start in holding and not place.seat), None)
        if holder is not None:
            event_places = [*((place, role) for place, role in event_places if place.start != holder.start),
                            (holder, "occurred_in")]
    draft.event_actors, draft.event_places = event_actors, event_places


def _event_counts(scene: _Scene, draft: _Draft) -> None:
    """The quantities that count something of the event: those of its own clause, the nearest
    first."""
    document = scene.document
    text = document.text
    s_start, s_end, actors, sentence_quantities = scene.s_start, scene.s_end, scene.actors, scene.sentence_quantities
    triggers, sentence_text, places = scene.triggers, scene.sentence_text, scene.places
    coordinations, clause_ends, recalled = scene.coordinations, scene.clause_ends, scene.recalled
    fronted_end, relatives, quotations, shifted = scene.fronted_end, scene.relatives, scene.quotations, scene.shifted
    trigger, opens, trigger_start, closes = draft.trigger, draft.opens, draft.trigger_start, draft.closes
    held, held_end, cause_start, second_from = draft.held, draft.held_end, draft.cause_start, draft.second_from
    recalling, event_places, said_from = draft.recalling, draft.event_places, draft.said_from
    clause_quantities = sentence_quantities
    if cause_start != -1 and clause_quantities:  # "dozens of rockets": not of the killing responded to
        clause_quantities = [quantity for quantity in clause_quantities if quantity.start > cause_start]
    if relatives:  # "Russia, which has massed troops on the border, denies": not the denial's
        clause_quantities = _of_clause(clause_quantities, relatives, trigger_start)
        event_places = _of_clause(event_places, relatives, trigger_start, _place_start)
        if held is not None:  # "…, which took place in New York": where it took place
            event_places += [(place, role) for place, role in places
                             if held.end() <= place.start < held_end and role == "occurred_in"]
    if fronted_end is not None and trigger_start < fronted_end and event_places:  # nor any place
        event_places = [(place, role) for place, role in event_places if place.start < fronted_end]
    if fronted_end is not None and trigger_start >= fronted_end and event_places:
        # "In response to a revolution in Ukraine, Russia annexed Crimea": Ukraine is the revolution's
        event_places = [(place, role) for place, role in event_places if place.start >= fronted_end]
    if (quotations and event_places and trigger.event_type != "make_statement"  # a statement is about them
            and not any(start <= trigger_start < end for start, end in quotations)):
        event_places = _of_clause(event_places, quotations, trigger_start, _place_start)
    if shifted:  # its places and quantities too
        clause_quantities = [q for q in clause_quantities if opens <= q.start < closes]
        event_places = [(place, role) for place, role in event_places if opens <= place.start < closes]
    if clause_ends:
        low_end, high_end = _clause_around(clause_ends, trigger_start, s_start, s_end)
        clause_quantities = [q for q in clause_quantities if low_end <= q.start < high_end]
        # a place the sentence opens with stands for every clause ("In Kyiv, police fired and
        # protesters fled"); one named in the first clause, for that clause only ("Mediators
        # from Egypt opened talks, as Israel and Hamas traded accusations")
        setting_end = _setting_end(text, s_start, triggers[0].start)
        event_places = [(place, role) for place, role in event_places
                        if low_end <= place.start < high_end or place.start < setting_end]
    elif coordinations and event_places and (opened_at := next(
            (end for end in reversed(coordinations) if end <= trigger_start
             and any(end <= m.start < min(trigger_start, end + 40) for m in actors)), None)) is not None:
        # "Noem had campaigned for Nawrocki in Poland last week, and Trump congratulated him": a clause
        # with a subject of its own, after one with no event, has no place of the first
        setting_end = _setting_end(text, s_start, opened_at)
        event_places = [(place, role) for place, role in event_places
                        if place.start >= opened_at or place.start < setting_end]
    if second_from < s_end and clause_quantities:  # "43 were detained and 32 officers were injured"
        clause_quantities = [q for q in clause_quantities if q.start < second_from]
    if draft.ahead_from != -1 and clause_quantities:  # nor count what the clause before counts
        clause_quantities = [q for q in clause_quantities if q.start > draft.ahead_from]
    if said_from < s_end and clause_quantities and not text.startswith(",", said_from):
        # "seized the city, and aid groups said thousands had fled": what is said counts its own (not so
        # after a closing tag: "struck Sanaa, the ministry said, killing at least nine people")
        clause_quantities = [q for q in clause_quantities if q.start < said_from]
    if recalled and clause_quantities:  # "in retaliation for the killing of 12 children": the killing's
        clause_quantities = [q for q in clause_quantities
                             if (recalling is not None and recalling[0] < q.start < recalling[1])
                             or recalling is None and not any(start < q.start < end
                                                              for start, end in recalled)]
    if len(clause_quantities) > 1 and "including" in sentence_text:
        # "at least 200 people, including 10 civilians, had been killed": the part is no count of all
        whole = [q for q in clause_quantities if not text.endswith("including ", s_start, q.start)]
        clause_quantities = whole or clause_quantities
    if len(clause_quantities) > 1:  # the nearest that counts something, else the nearest
        # not a count whose counted thing stands before it ("killed and at least 12 [people]
        # wounded"): it counts what another verb says
        counted = [q for q in clause_quantities if q.item and q.item_start > q.start] or clause_quantities
        # nearest by the words between: "33 hostages will be released in exchange for hundreds"
        event_quantities = [min(counted, key=lambda q: trigger_start - q.end if q.end <= trigger_start
                                else q.start - trigger.end)]
    else:
        event_quantities = list(clause_quantities)
    if event_quantities and len(triggers) > 1 and " of " in sentence_text:
        # "a ceasefire that will include the release of 33 hostages": the release's count, not the ceasefire's
        event_quantities = [q for q in event_quantities if not any(
            other is not trigger and other.end <= q.start and _OF_COUNT_GAP.fullmatch(text, other.end, q.start)
            for other in triggers)]
    draft.event_places, draft.event_quantities = event_places, event_quantities


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
