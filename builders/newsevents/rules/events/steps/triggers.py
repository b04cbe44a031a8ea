"""The step that finds a sentence's triggers: the lexicon's matches, less the words that name
no event here (compounds, feared or hypothetical events, what something is called), and what they
are named as or rank among."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ...tokens import lexicon_key, word_trie
from ..clauses import _CLAUSE_BREAK
from ..lexicon import _event_type, _is_modifier, _is_signing, _is_verb_only
from ..records import Trigger
from ..scene import _Scene
from ..verbs import _VERB_BEFORE, _is_past_form
from .shared import (
    _DETERMINER_BEFORE, _HYPHENS, _OWN_SETTING, _SHORT_GAP, _TOLL_PARTICIPLE, _VIOLENT_TYPES, _covered, _phrase_end,
)

#: Nouns of forces: a "visit" or an "arrival" after one of them is a deployment ("a contingent of Kenyan
#: police officers arrived in Haiti").
_MILITARY_WORDS = ("troops soldiers forces tanks equipment vehicles units army armies military peacekeepers contingent "
                   "contingents marines paratroopers battalions brigades warships").split()
#: (not one that names a person by office: "the army chief", "a military spokesman", "forces commander")
_MILITARY_NOUNS = re.compile(rf"\b(?:{word_trie(_MILITARY_WORDS)})\b(?![ \u00a0]+(?:chiefs?|commanders?|heads?|"
                             r"spokes(?:man|men|woman|women|person)|officers?|officials?|leaders?|generals?|"
                             r"attach[ée]s?|delegations?|advis[eo]rs?|envoys?|rulers?|junta)\b)", re.I)

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

#: Before a noun trigger, "at" or "during" an occasion: where the event named before takes place.
_AT_VENUE_BEFORE = re.compile(r"(?<![\w-])(?:at|during|on)\s+(?:a|an|the|this|next|their|its)\s+(?:[\w-]+\s+){0,2}\Z")

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

#: Prefixes that make a glued trigger a modifier: "anti-", "pro-", "post-", "pre-", "non-".
_STANCE_PREFIX = re.compile(r"(?<![\w-])(?:anti|pro|post|pre|non)[-\u2010\u2011]\Z", re.I)

#: "in a show of support", "as a gesture of solidarity": after another trigger, the manner of its event.
_MANNER_BEFORE = re.compile(r"(?<![\w-])(?:in|as)[ \u00a0]+an?[ \u00a0]+\Z")
_MANNER_NOUN = re.compile(r"(?:show|sign|gesture|demonstration|display)[ \u00a0]+of[ \u00a0]+(?:support|solidarity)")

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

#: Before a noun trigger, a noun that comments on what was done and whoever calls it so, with no
#: object of "called" between: "a move the main opposition party called a ", "a decision critics called
#: an " (a name for the move, no event).
_CALLED_BY_COMMENT = re.compile(r"(?<![\w-])(?:move|decision|step|measure|action|ruling|arrest|detention|law|verdict)"
                                r"[ \u00a0]+(?:(?:that|which)[ \u00a0]+)?(?:[\w’'-]+[ \u00a0]+){1,6}?called[ \u00a0]+"
                                r"(?:[“\"‘]?(?:an?|the)[ \u00a0]+|[“\"‘])(?:[\w]+(?:-|[ \u00a0]+)){0,3}\Z", re.I)

#: Before a noun trigger, a verb that calls something by it: "denounced the decision as a coup",
#: "described the strikes as a massacre" (a name, no event; not "sees itself as threatened", a position).
_CHARACTERIZED_AS = re.compile(
    r"(?<![\w-])(?:denounc(?:ed|es|ing)|describ(?:ed|es|ing)|brand(?:ed|s|ing)|condemn(?:ed|s|ing)|"
    r"label(?:l?ed|s|l?ing)|decr(?:ied|ies|ying)|dismiss(?:ed|es|ing)|slamm(?:ed|ing)|slams|characteri[sz](?:ed|es|ing)|"
    r"criticis(?:ed|es|ing)|criticiz(?:ed|es|ing)|"
    # what something would be taken for: "would treat any attempt to stop the flow of water as an act of "
    r"treat(?:ed|s|ing)?|regard(?:ed|s|ing)?|consider(?:ed|s|ing)?|view(?:ed|s|ing)?|see|sees|saw)"
    r"(?:[ \u00a0]+[^\s.;:!?]+){0,9}?[ \u00a0]+as[ \u00a0]+(?:an?|the)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}\Z", re.I)

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

#: Event types of the violence a threat of force threatens.
_FORCE_TYPES = frozenset({"armed_conflict", "assault", "occupy_territory"})
#: Between an agreement and the signing verb of the passive voice: " was ", " has been formally ",
#: ", " or " " ("the accord, signed in Oslo", "the treaty signed last year").
_SIGNED_IN_THE_PASSIVE = re.compile(r",?[ \u00a0]+(?:(?:(?:has|have|had|will)[ \u00a0]+)?(?:was|were|is|are|be|been)"
                                    r"[ \u00a0]+)?(?:[a-z]+ly[ \u00a0]+)?", re.I)

#: Right before a noun that refers back to an event named before: "these maneuvers", "this visit".
_DEMONSTRATIVE_BEFORE = re.compile(r"(?<![\w-])(?:these|this|those|that|the\s+same|such)\s+\Z", re.I)

#: Right before "targets", a measure as its subject: "The package also ", "the sanctions ", "The ban ".
_MEASURE_SUBJECT_BEFORE = re.compile(r"(?<![\w-])(?:package|measures?|sanctions|restrictions|ban|tariffs|decree|law|"
                                     r"order|listing|designation)[ \u00a0]+(?:(?:also|now|will|would|which|that)[ \u00a0]+)*\Z")
#: Between a noun of violence and its verb, the place or target it is on: " on Yemen's capital Sanaa and
#: other areas " (no verb, no comma).
_NO_VERB_WORDS = r"(?:[ \u00a0]+(?!(?:was|were|is|are|had|has|have|will|would|which|that|who)[ \u00a0])[^\s,;:.!?]+){1,12}?[ \u00a0]+"
_STRIKE_COMPLEMENT = re.compile(r"[ \u00a0]+(?:on|in|against|near|across)" + _NO_VERB_WORDS)
#: The same after a trigger that ends with its preposition ("Strikes on"): " the city and its suburbs ".
_TARGET_BEFORE_VERB = re.compile(_NO_VERB_WORDS)

#: Before a noun trigger, what someone calls an event named before: "what he called ".
_WHAT_CALLED_BEFORE = re.compile(r"(?<![\w-])(?P<in>in[ \u00a0]+)?what[ \u00a0]+(?:the[ \u00a0]+)?(?:\w+|(?:[A-Z][\w.’'-]*[ \u00a0]+){0,3}"
                                 r"[A-Z][\w.’'-]*)[ \u00a0]+(?:called|calls|termed|described[ \u00a0]+as|"
                                 r"dubbed|(?:(?:are|is|were|was|being)[ \u00a0]+)?(?:investigating|investigated|"
                                 r"treating|treated|regarded|regarding)[ \u00a0]+as)[ \u00a0]+(?:(?:an?|the)[ \u00a0]+)?"
                                 r"(?:[\w-]+[ \u00a0]+)?\Z")

#: Before a noun trigger, an appositive that names again the event of the trigger before it: ", its
#: first direct ", ", the largest ", ", their second " (not ", the army said the ").
_RESTATING_APPOSITIVE = re.compile(r",[ \u00a0]+(?:its|their|his|her|the|an?)[ \u00a0]+"
                                   r"(?:(?!(?:said|says|told|tells|and|or|but|that|which|who|when|after|before|as|"
                                   r"while|since|said)[ \u00a0])[\w’'-]+[ \u00a0]+){0,3}\Z")
#: Before a noun trigger, "in" and a rank that makes it the event just told: "in the deadliest ",
#: "in its largest ", "in the worst such ", "in one of the largest ".
_IN_THE_RANKED_BEFORE = re.compile(r"(?<![\w-])in[ \u00a0]+(?:one[ \u00a0]+of[ \u00a0]+)?"
                                   r"(?:the|its|their|what[ \u00a0]+was[ \u00a0]+the)[ \u00a0]+"
                                   r"(?:[a-z]+est|first|worst|largest|biggest)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?\Z")
#: A word of an appositive that ranks an event among others of its kind: "first", "seventh", "largest".
_RANK_WORD = re.compile(r"(?<![\w-])(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|"
                        r"last|\d+(?:st|nd|rd|th)|\w+est)[ \u00a0]")

#: Before a noun trigger, an appositive that ranks the event just named among its kind: ", one of the
#: largest mass " (kidnappings), ", one of the deadliest ", ", the latest in a string of " (protests).
_ONE_OF_BEFORE = re.compile(r",[ \u00a0]+(?:one[ \u00a0]+of[ \u00a0]+the[ \u00a0]+(?:[\w-]+[ \u00a0]+){1,3}|"
                            r"the[ \u00a0]+[\w-]+[ \u00a0]+in[ \u00a0]+an?[ \u00a0]+(?:[\w-]+[ \u00a0]+)?(?:string|series|"
                            r"wave|spate|run|chain|succession)[ \u00a0]+of[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2})\Z")

#: After the weapon a verb launches, the noun it makes a compound with: " attack", " strikes", " barrage".
_WEAPON_NOUN_AFTER = re.compile(r"[ \u00a0]+(?:attacks?|strikes?|barrages?|assaults?|raids?)(?![\w-])")

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
#: Before an agreement noun, a part in it or a duty under it: "its participation in a regional arms
#: control ", "membership of the ", "its obligations under the ", "compliance with the " (treaty): an
#: agreement in force, no signing told here.
_PART_IN_AGREEMENT_BEFORE = re.compile(r"(?<![\w-])(?:participation|membership|compliance|obligations?|commitments?|"
                                       r"withdrawal|exit)[ \u00a0]+(?:in|of|with|under|from|to)[ \u00a0]+"
                                       r"(?:(?:the|a|an|its|their|this|that)[ \u00a0]+)?(?:[\w-]+[ \u00a0]+){0,4}\Z",
                                       re.I)
#: Participles that, between a determiner and a noun, name a lasting state, not an event the
#: sentence reports: "the besieged territory", "the encircled city".
_STATE_PARTICIPLES = frozenset({"besieged", "encircled", "blockaded"})

_NOUN_AFTER = re.compile(r"[ \u00a0]+(?!(?:by|in|on|at|for|after|during|since|over|without|and|or|as|to|from|with|"
                         r"were|was|are|is|had|have|has|who|which|that)(?![\w-]))[A-Za-z]")

#: Measures whose targets are named with "targeting": "sanctions targeting 200 vessels".
_SANCTION_TYPES = frozenset({"impose_sanctions", "impose_restrictions", "reduce_aid"})

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


#: After a participle, the people it describes: " children", " hostages" ("the kidnapped schoolgirls").
_PEOPLE_NOUN_AFTER = re.compile(r"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:children|pupils|students|girls|schoolgirls|boys|"
                                r"schoolboys|men|women|people|persons|hostages|journalists|activists|soldiers|"
                                r"migrants|workers|villagers|passengers|sailors|crew|tourists|civilians|residents|"
                                r"protesters|leaders?|opposition|man|woman|girl|boy|child)(?![\w-])")

#: Event types that protesters as the subject make a protest.
_PROTEST_READINGS = frozenset({"armed_conflict", "occupy_territory"})
_PROTESTER_PARTS = ("rote", "emonstr", "ioter", "mob", "rowd", "tudent")  # one is in every form of `_PROTESTERS_BEFORE`
#: Right before a verb, protesters as its subject: "protesters ", "demonstrators had ", "students ".
_PROTESTERS_BEFORE = re.compile(r"(?<![\w-])(?:protesters|protestors|demonstrators|rioters|mobs?|crowds?|students)[ \u00a0]+"
                                r"(?:(?:had|have|has|also|then|later|reportedly|allegedly)[ \u00a0]+)*\Z", re.I)

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
        if (event_type == "sign_agreement" and not _is_past_form(word)
                and _PART_IN_AGREEMENT_BEFORE.search(text, max(s_start, position - 80), position) is not None):
            continue  # "suspended its participation in a regional arms control treaty": an agreement in force
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
        if (triggers and any(other.event_type == event_type for other in triggers)
                and (source.find("one of", s_start, position) != -1 or source.find(" of ", s_start, position) != -1)
                and _ONE_OF_BEFORE.search(text, max(s_start, position - 60), position)):
            # "Gunmen abducted 287 pupils, one of the largest mass kidnappings in years": the same (also
            # past another event: "executed a man convicted of spying, the latest in a series of executions")
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
