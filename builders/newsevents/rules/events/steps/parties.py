"""The steps that give a trigger its parties: the actors of its own clause by position
(`_trigger_parties`), what the predicates and clauses after and before it decide
(`_parties_beyond_clause`), and those it names by reference: pronouns, possessives, demonyms, agents
of the passive, the object of the verb before (`_parties_by_reference`)."""

from __future__ import annotations

import re

from ..clauses import _ACCUSED_OF, _ACCUSED_OF_DEED, _CLAUSE_BREAK, _WHEN_CLAUSE, _and_clause_start, _in_later_clause
from ..parties import (
    _AGENT_LIST_GAP, _AGENT_WORDS, _PASSIVE_BEFORE, _THEY_SUBJECT, _acted_on, _clause_initiators, _followed,
    _is_group, _it_initiator, _keeping_initiators, _parties, _pronoun_initiator, _relative_initiators,
    _relative_parties, _relative_subject, _shares_initiators, _subject_after_comma, _they_initiator, _they_speakers,
    _without_parties_before,
)
from ..records import Mention, Trigger
from ..scene import _Draft, _Scene
from ..verbs import (
    _ATTEMPT_GAP, _CAUSED_TO, _COORDINATED_PREDICATE, _OBJECT_GAP, _SUBJECT_GAP, _VERB_BEFORE, _is_base_verb,
    _is_past_form,
)
from .shared import (
    _ACTING_ROLES, _AND_BEFORE_REPORTING, _AND_THAT, _ASPECT_OF_BEFORE, _COMMENT_APPOSITIVE, _DEFIED_BEFORE,
    _LASTED_BEFORE, _NEW_SUBJECT, _SAYING_TYPES, _TOLL_PARTICIPLE, _VIOLENT_TYPES, _in_spans,
)

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

#: Status rules by which the subject before the trigger acts on the event, and does not do it.
_NOT_THE_SUBJECTS = frozenset({"events.status_foiled", "events.status_proposal_noun", "events.status_made_possible"})

#: Before a noun trigger, the preposition that makes it the means of the event before it: "killed
#: in shelling", "wounded in an air strike", "destroyed by drone attacks".
_MEANS_BEFORE = re.compile(
    r"(?<![\w-])(?:in|by)[ \u00a0]+(?:(?:the|an?|heavy|renewed|fresh|an?[ \u00a0]+\w+)[ \u00a0]+)?\Z")


#: Where the parties after "between" end: a clause break, or a verb after them ("… and the RSF spread to").
_BETWEEN_END = re.compile(r"[,;:.]|[ \u00a0](?:[a-z]+ed|spread|broke|began|erupted|continue[sd]?|intensified)(?![\w-])")

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

#: Before a trigger, a verb that asks someone to do it, and whom: "urged the council to impose
#: sanctions", "called on Russia to withdraw its troops", "pressed Israel to allow aid" (who is asked
#: does it; who asks does not).
_ASKED_TO = re.compile(r"(?<![\w-])(?:urg(?:ed|es|ing)|call(?:ed|s|ing)?[ \u00a0]+(?:on|upon)|press(?:ed|es|ing)|"
                       r"push(?:ed|es|ing)|encourag(?:ed|es|ing)|ask(?:ed|s|ing)|appeal(?:ed|s|ing)?[ \u00a0]+to)"
                       r"[ \u00a0]+(?P<whom>[^.;:!?]{1,60}?)[ \u00a0]+to[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,3}\Z")


#: After an actor, the rules of its own that it names as their maker: " resolutions", " rules", " charter".
_RULES_AFTER = re.compile(r"[ \u00a0]+(?:resolutions?|rules|regulations|norms|standards|charter|conventions?|"
                          r"guidelines|statutes?|treaties|law|laws)(?![\w-])")
#: Between two acts asked for, their "and to": " detained protesters and to " (investigate).
_AND_TO_GAP = re.compile(r"[^,;:.!?]{0,60}?[ \u00a0]and[ \u00a0]+to[ \u00a0]+(?:[a-z]+[ \u00a0]+)?")
#: Before a trigger, "want" and whom it wants to act: "who want the government to ".
_WANTED_TO = re.compile(r"(?<![\w-])want(?:s|ed|ing)?[ \u00a0]+(?P<whom>[^.;:!?,]{1,40}?)[ \u00a0]+to[ \u00a0]+"
                        r"(?:[a-z]+[ \u00a0]+){0,2}\Z")


#: Before a noun trigger, a verb whose subject undergoes the event: "Khan faces an arrest warrant",
#: "the town came under attack", "Iran is facing new sanctions" (its target, not its initiator).
_UNDERGOES_BEFORE = re.compile(r"(?<![\w-])(?:fac(?:e|es|ed|ing)|c(?:a|o)me[s]?[ \u00a0]+under|coming[ \u00a0]+under)"
                               r"[ \u00a0]+(?:(?:an?|the|possible|new|fresh|further|renewed|more|heavy|growing)[ \u00a0]+){0,2}\Z")

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
_UNDERGONE_TYPES = frozenset({"arrest", "release_persons", "find_guilty", "impeach", "appoint", "pardon", "evacuate",
                             "dismiss"})
#: Between an event and a noun trigger of its type that names a part of it: " on Russia, including a ",
#: ", among them new " (no stop, colon or semicolon between).
_PART_LISTED = re.compile(r"[^.;:]{0,80}?,[ \u00a0]+(?:including|among[ \u00a0]+them|such[ \u00a0]+as)[ \u00a0]+"
                          r"(?:(?:an?|the|its|their|new|further|[a-z]+-?[a-z]*)[ \u00a0]+){0,2}")

#: Between a noun trigger and the verb of its relative clause, perhaps past the noun's complement: " that ",
#: " on tourists in Pahalgam that " ("the attack on tourists in Pahalgam that killed 26 people").
_RELATIVE_AFTER_COMPLEMENT = re.compile(r"(?:[ \u00a0]+(?:on|in|against|near|at|of)[ \u00a0]+[^,;:.!?]{1,50}?)?"
                                        r"[ \u00a0]+(?:that|which)[ \u00a0]+(?:(?:had|has|have)[ \u00a0]+(?:been[ \u00a0]+)?)?")

#: The first word of a short time phrase after a statement's trigger: " on Friday", " last week".
_TIME_WORD = r"(?:on|last|this|late|early|earlier)"
#: After a statement's trigger that closes the sentence as its tag: a time phrase and the stop: " on Friday.".
_STATEMENT_TAG_END = re.compile(rf"(?:[ \u00a0]+{_TIME_WORD}[ \u00a0]+[\w-]+)?[.!?]?[”\"’']?\s*")
#: After a statement's trigger, its "that" and a time phrase before it: " that", " on Monday that",
#: " last week that", " in a statement that".
_ANNOUNCED_THAT = re.compile(rf"(?:[ \u00a0]+(?:{_TIME_WORD}|in)[ \u00a0]+(?:a[ \u00a0]+)?[\w-]+)?"
                             r"[ \u00a0]+that(?![\w-])")

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

#: Right before a noun trigger, the day it is named by, in the possessive: "Sunday's ", "last month's disputed ".
_DAY_POSSESSIVE_BEFORE = re.compile(r"(?<![\w-])(?:(?:last|this|next)[ \u00a0]+(?:week|weekend|month|year)|yesterday|today|"
                                    r"tonight|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)['’]s[ \u00a0]+"
                                    r"(?:[\w-]+[ \u00a0]+){0,2}\Z", re.I)
#: Right before an election's day, a verb of who runs in it: "won ", "the winner of ", "boycotted ".
_RAN_IN_BEFORE = re.compile(r"(?<![\w-])(?:won|wins?|winning|winner[ \u00a0]+of|lost|loses|losing|contested|contests|"
                            r"boycotted|boycotts|ran[ \u00a0]+in|runs[ \u00a0]+in)[ \u00a0]+\Z")

#: Words one of which `_ASPECT_OF_BEFORE` needs (a cheap test before its search).
_ASPECT_WORDS = ("esult", "utcome", "egitima", "alidity", "onduct", "airness", "ntegrity", "ftermath")
#: Right before a country, the "to" of a destination: "to ", "into ", "to the ".
_TO_BEFORE = re.compile(r"(?<![\w-])(?:in)?to[ \u00a0]+(?:the[ \u00a0]+)?\Z")

#: Before a noun trigger and after it, a verb that describes the event as something: "described the
#: attack " … " as terrorism", "branded the raids " … " as".
_DESCRIBED_AS_BEFORE = re.compile(r"(?<![\w-])(?:describ(?:ed|es|ing)|brand(?:ed|s|ing)|label(?:l?ed|s|l?ing)|"
                                  r"term(?:ed|s|ing)|characteri[sz](?:ed|es|ing))[ \u00a0]+"
                                  r"(?:the|this|that|these|those|its|their)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}\Z", re.I)
_AS_AFTER = re.compile(r"[ \u00a0]+as[ \u00a0]")
#: After a name, the verb it describes something before it by: " described as", " called it a", " termed".
_DESCRIBES_AFTER = re.compile(r"[ \u00a0]+(?:has[ \u00a0]+|had[ \u00a0]+)?(?:described|branded|labell?ed|termed|"
                              r"characteri[sz]ed|denounced)(?:[ \u00a0]+it)?[ \u00a0]+as[ \u00a0]")

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


#: Reporting words whose object is whom they are said to ("told Reuters", "warned Israel"), unlike
#: "said", "stated", "declared", "reported", after which comes what is said.
_ADDRESSING = re.compile(r"(?:told|tells|tell|telling|warned|warns|warn|warning|assured|assures|informed|informs|"
                         r"urged|urges|reminded|reminds|briefed|briefs)", re.I)
#: Between a reporting word and whom it is said to: " ", " the ", " a ".
_ADDRESSEE_GAP = re.compile(r"[\s\u00a0]+(?:(?:the|a|an)[\s\u00a0]+)?")

#: Events that answer something, and the "over" phrase after them that says what: "sanctions on Iran
#: over its supply of drones", "criticised Beijing over the arrests" (not "talks over Ukraine", "fighting
#: over the town": a topic, a place).
#: Before a noun of unrest or fighting, a verb of acting against it: "to contain the ", "quelled the
#: weekly ", "crush a " (rebellion).
_COUNTERED_BEFORE = re.compile(r"(?<![\w-])(?:contain|quell|crush|suppress|defeat|counter|combat|tackle|curb|"
                               r"put[ \u00a0]+down|stamp[ \u00a0]+out)(?:s|es|ed|ing)?[ \u00a0]+"
                               r"(?:(?:the|a|an|this|these|its|their|an[ \u00a0]+ongoing)[ \u00a0]+)?(?:[\w-]+[ \u00a0]+){0,2}\Z",
                               re.I)
_COUNTERED_TYPES = frozenset({"armed_conflict", "protest"})
_REACTION_TYPES = frozenset({*_SAYING_TYPES, "impose_sanctions", "reduce_relations", "reduce_aid", "halt_negotiations",
                             "impose_restrictions"}) - {"make_statement"}
_PHRASE_END = re.compile(r"[,;:()“”\"]")
#: Right before a noun trigger, "over" and what makes it the reason for a reaction: "over Russia's ",
#: "over the ", "over its alleged ".
_OVER_REASON_BEFORE = re.compile(r"(?<![\w-])over[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){0,3}\Z")
_OVER_AFTER = re.compile(r"[ \u00a0]over[ \u00a0]+(?:its|their|his|her|the|a|an|alleged|recent|what)[ \u00a0]")
#: Between a trigger and the actor it comes from: " from ", " from the ", " from German Defence Minister ".
_FROM_GAP = re.compile(r" from\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}")

#: Events whose participle describes the people or land they hold: "jailed opposition leader", "the
#: detained protesters", "from occupied areas", "newly elected mayors"; before it, a determiner, a
#: preposition or an adverb of time or manner, and after it, the noun it describes.
#: After a clause, an appositive that calls it a claim of its speaker, which others dispute: ", a claim
#: Palestinian officials disputed", ", an account the army denied".
_CLAIM_AFTER = re.compile(r",[ \u00a0]+an?[ \u00a0]+(?:claim|charge|accusation|allegation|account|assertion|version)"
                          r"(?:[ \u00a0]+(?:that|which))?[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")

#: Who names an event "what … called": "what President Luis Arce called", "what he termed".
_WHAT_CALLED = re.compile(r"(?<![\w-])what[ \u00a0]+(?:the[ \u00a0]+)?(?:\w+|(?:[A-Z][\w.’'-]*[ \u00a0]+){0,3}[A-Z][\w.’'-]*)[ \u00a0]+"
                          r"(?:called|calls|termed|described[ \u00a0]+as|dubbed)(?![\w-])")

#: Right before a country, the word that makes it where something comes from: "from ", "from the ".
_FROM_BEFORE = re.compile(r"(?<![\w-])from[ \u00a0]+(?:the[ \u00a0]+)?\Z")
#: Event types whose country left is their target: "withdrew its troops from Ukraine", "recalled its
#: ambassador from Ankara".
_LEFT_FROM_TYPES = frozenset({"withdraw_forces", "reduce_relations"})

#: After a coordination, the words before a noun that opens its clause as the subject: " a small
#: counter-" (protest), " a new " (offensive).
_NOUN_OPENS_CLAUSE = re.compile(r"[ \u00a0]*(?:(?:a|an|the|another|one|new|small|large|big|huge|second|rival|fresh|major|"
                                r"peaceful|violent|separate|brief)[ \u00a0]+)+(?:[a-z]+-)?")

#: Right before whose office it is: "as the 47th president of the ", "as prime minister of ".
_OFFICE_OF_BEFORE = re.compile(r"(?<![\w-])as[ \u00a0]+(?:the[ \u00a0]+)?(?:[\w-]+[ \u00a0]+){1,3}of[ \u00a0]+(?:the[ \u00a0]+)?\Z")

#: Right before an event noun, what makes the event before it a step of it: "as part of a corruption and
#: terrorism ", "as part of an ongoing ".
_PART_OF_BEFORE = re.compile(r"(?<![\w-])as[ \u00a0]+part[ \u00a0]+of[ \u00a0]+(?:an?|the|its|their|his|her)[ \u00a0]+"
                             r"(?:[\w-]+[ \u00a0]+){0,4}\Z")

#: Before a trigger, a participle that names what marks the noun before it: "dominated by ", "overshadowed by ".
_DOMINATED_BY = re.compile(r"(?<![\w-])(?:dominated|overshadowed|marked|clouded|driven|shaped|fuelled|fueled|"
                           r"overtaken|eclipsed)[ \u00a0]+by[ \u00a0]")
#: After a verb in its base form, a second one with an object of its own: " and address the", " and meet
#: Ukraine's" (not a list of nouns: " and troops").
_SECOND_BASE_VERB = re.compile(r"[ \u00a0]and[ \u00a0]+(?:then[ \u00a0]+|also[ \u00a0]+)?(?!(?:the|a|an|its|their|his|her|other|"
                               r"then|also|not)[ \u00a0])[a-z]+[ \u00a0]+(?:the|a|an|its|their|his|her)[ \u00a0]")

#: Between a reporting word and a participle whose subject is the speaker: " after ", " while ", " before ".
_REPORTED_AFTER_GAP = re.compile(r"[ \u00a0]+(?:after|before|while|when|upon)[ \u00a0]+")
#: Between an event noun and the event noun it is on or against: " on student-led ", " against the ".
_NOUN_ON_GAP = re.compile(r"[ \u00a0]+(?:on|against)[ \u00a0]+(?:(?:the|a|an|their|its)[ \u00a0]+)?(?:[\w-]+[ \u00a0]+)?")
#: Between a country and its election: "'s presidential ", "’s ", "'s snap parliamentary ".
_COUNTRY_ELECTION_GAP = re.compile(r"['’]s?[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,3}")

#: Measures a state takes by announcing them.
_MEASURE_TYPES = frozenset({"impose_sanctions", "impose_restrictions", "reduce_aid", "reduce_relations",
                            "provide_humanitarian_aid", "provide_military_aid"})

#: Right before a verb trigger, a subordinate clause's conjunction and its own subject, a noun phrase
#: no mention names: "as the fighters ", "when the soldiers had ", "after some protesters ", "as thousands ".
_SUBORDINATE_OPENING = (r"(?<![\w-])(?:as|when|while|after|before|until|because|since|once)[ \u00a0]+"
                        r"(?:the|some|many|its|their|his|her|these|those|thousands|hundreds|dozens|crowds)[ \u00a0]")
_SUBORDINATE_SUBJECT_BEFORE = re.compile(
    _SUBORDINATE_OPENING + r"+(?:[a-z][\w-]*[ \u00a0]+){0,3}(?:(?:had|have|has|were|was|also|then|finally)[ \u00a0]+)*\Z")

#: Right before a verb trigger, a subordinate clause's conjunction and "he" or "she": "since she ", "after he had ".
_SUBORDINATE_PRONOUN_BEFORE = re.compile(r"(?<![\w-])(?:as|when|while|after|before|until|because|since|once)"
                                         r"[ \u00a0]+(?:he|she)[ \u00a0]+(?:(?:had|has|was|also|then|finally)[ \u00a0]+)*\Z")

#: Right before a named subject, the conjunction that opens its clause: "as " (demonstrators), "when the ".
_OPENER_BEFORE = re.compile(r"(?<![\w-])(?:as|when|while|after|before|until|because|since|once)[ \u00a0]+"
                            r"(?:the[ \u00a0]+(?:(?:ruling|main|new|former|opposition|governing|military)[ \u00a0]+)?|"
                            r"(?:thousands|hundreds|dozens|scores|some|many)[ \u00a0]+of[ \u00a0]+"
                            r"(?:the[ \u00a0]+)?)?\Z")

#: After a name, the lower-case head noun of its noun phrase: " party" (Georgian Dream party), " government".
_HEAD_NOUN_AFTER = re.compile(r"[ \u00a0]+(?:party|government|movement|coalition|alliance|bloc|militia|group)(?![\w-])")

#: After a trigger and its object, who did the same: ", as did ", ", as did the leaders of ".
_AS_DID = re.compile(r",?[ \u00a0]+as[ \u00a0]+(?:did|have|has|had|will|would)[ \u00a0]+")

#: Right before a noun trigger, a preposition that sets it as the background of the clause's act:
#: "despite weeks of mass protests", "amid growing fears of an invasion", "in spite of the truce".
_BACKGROUND_BEFORE = re.compile(r"(?<![\w-])(?:amid|amidst|despite|in[ \u00a0]+spite[ \u00a0]+of|(?P<after>after|following)"
                                r"[ \u00a0]+(?:weeks|days|months|years|hours)[ \u00a0]+of)[ \u00a0]+"
                                r"(?:(?:the|a|an|weeks|days|months|years|hours|of|mass|growing|widespread|continued|"
                                r"renewed|fresh|new|ongoing|heavy|violent|fierce|deadly|large|nationwide|"
                                r"anti-government|street|international|fears|reports|calls|threats)[ \u00a0]+){0,4}\Z",
                                re.I)

#: Right before the subject of an infinitive, a preposition that makes it a place instead: "flew to
#: Berlin to meet", "troops in Kyiv to protect".
_PLACE_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:to|from|in|at|into|via|through|across|near|on|over)[ \u00a0]+"
                                       r"(?:the[ \u00a0]+)?\Z", re.I)
#: Right before the subject of a clause "that" opens: "that ", "that the ".
_THAT_BEFORE = re.compile(r"(?<![\w-])that[ \u00a0]+(?:the[ \u00a0]+)?\Z")

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

#: Right before a name, an article that makes the name a noun's modifier: "the " (Hamas attack), "a ".
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:the|a|an|another)[ \u00a0]+\Z", re.I)


def _between_later(text: str, trigger: Trigger, later: list[Trigger], sentence_end: int) -> int:
    """Where " between " stands after a noun trigger's verb and phrases of place and time, -1 if it
    does not: "Fighting erupted in Sudan's capital on Saturday between the army and the RSF"."""
    if _is_past_form(trigger.text):
        return -1
    end = min(sentence_end, trigger.end + 80, *(other.start for other in later))
    found = text.find(" between ", trigger.end, end)
    return found if found != -1 and _CLAUSE_BREAK.search(text, trigger.end, found) is None \
        and text.find(",", trigger.end, found) == -1 else -1


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether `position` is inside one of the spans."""
    return any(start < position < end for start, end in spans)


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
            and _CLAUSE_BREAK.search(text, previous.trigger.end, trigger_start) is None
            # (not past a verb of the subject's own: "called for restraint and offered to mediate")
            and not any(_is_past_form(word) for word in text[previous.trigger.end:trigger_start].split())):
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
    if event_actors and any(_RULES_AFTER.match(text, mention.end) for mention, _ in event_actors):
        # "condemned the launch as a violation of U.N. Security Council resolutions": whose rules are
        # named takes no part
        event_actors = [(mention, role) for mention, role in event_actors
                        if role == "source" or not _RULES_AFTER.match(text, mention.end)]
    if (previous is not None and status == previous.status == "proposed" and event_actors
            and text.find(" and to ", previous.trigger.end, trigger_start) != -1
            and _AND_TO_GAP.fullmatch(text, previous.trigger.end, trigger_start)):
        # "urged Peru to release detained protesters and to investigate the killings": who would
        # release them would investigate, not who urges, nor who is released
        event_actors = [*((mention, role) for mention, role in previous.actors if role == "initiator"),
                        *((mention, role) for mention, role in event_actors if mention.start > trigger_start)]
    if (status == "proposed" and actors and text.find("want", max(s_start, trigger_start - 60), trigger_start) != -1
            and (wanted := _WANTED_TO.search(text, max(s_start, trigger_start - 60), trigger_start)) is not None
            and (whom := [mention for mention in actors if wanted.start("whom") <= mention.start < wanted.end("whom")])):
        # "students, who want the government to resign": the government would resign
        event_actors = [*((mention, "initiator") for mention in whom),
                        *((mention, role) for mention, role in event_actors
                          if mention.start >= wanted.end("whom") or role == "source")]
    if (event_actors and trigger.event_type in _COUNTERED_TYPES and not _is_past_form(trigger.text)
            and (countered := _COUNTERED_BEFORE.search(text, max(s_start, trigger_start - 50), trigger_start))):
        # "the junta has struggled to contain the insurgency", "police moved to quell the protests": who
        # acts against the unrest is what it is aimed at, not who starts it
        event_actors = [(mention, "target" if role == "initiator" and mention.end <= countered.start() else role)
                        for mention, role in event_actors]
    if (that_at := scene.own_after_that.get(trigger_start, -1)) != -1:
        # "Ruiz denied that Peru had attacked Chile and accused Bolivia": who denies accuses, not who is
        # named in what is denied
        event_actors = [*((mention, "initiator") for mention in actors if mention.end <= that_at),
                        *((mention, role) for mention, role in event_actors
                          if mention.end > that_at and not (role == "initiator" and mention.start < trigger_start))]
    draft.date, draft.status_rule, draft.status, draft.event_actors = date, status_rule, status, event_actors
    draft.over_from, draft.over_to, draft.verb_object, draft.recalling = over_from, over_to, verb_object, recalling
