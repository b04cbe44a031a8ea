"""Verb forms the event rule tells apart without a tagger: modals and auxiliaries, past tenses,
what may stand between a verb and its object."""

from __future__ import annotations

import re
from functools import lru_cache

from ..tokens import IRREGULAR_PAST

#: A participle after these is passive or perfect ("will be deployed", "will have met"), not a past tense.
_AUXILIARY_BEFORE = re.compile(r"(?<![\w-])(?:be|been|being|have|has|had)\s+(?:\w+ly\s+)?\Z", re.I)
#: A participle after these and their object is what is to be done to it ("will see 33 hostages freed",
#: "wants the sanctions lifted", "would have the troops withdrawn"), not a past tense.
_OBJECT_BEFORE_PARTICIPLE = re.compile(r"(?<![\w-])(?:see|want|get|have|need|like|expect)[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){1,4}\Z",
                                       re.I)


#: After a noun trigger, the rest of its noun phrase, perhaps with a relative clause or a participle
#: between commas, up to its verb: "Talks between the two sides on the region's future ", "Peace talks,
#: which collapsed last month, ", "Talks …, scheduled for Sunday in Oman, ".
_REST_OF_NOUN_PHRASE = (
    r"(?:[ \u00a0]+(?!(?-i:will|would|is|are|was|were|has|have|had|that|which|who|but|or|as|when|after|before|"
    # a verb of its own is no part of the noun phrase: "The statement says the vote is scheduled" (in
    # lower case: "the United States" is a name)
    r"says|said|say|saying|shows|showed|show|adds|added|notes|noted|warns|warned|states|stated|tells|told)"
    r"[ \u00a0]|and[ \u00a0]+(?!(?-i:[A-Z])|the[ \u00a0]+(?-i:[A-Z])))[^\s,;:.()“”\"]+){0,12}?"
    r"(?:,[ \u00a0]+(?:which|who|[a-z]+ed)[ \u00a0][^,;:.()“”\"]{1,60},)?[ \u00a0]+")
#: After a noun trigger, the rest of its noun phrase and its verb, when that says the event is still to
#: come: "Talks between the two sides on the region's future will be held", "Elections for a new
#: parliament are scheduled", "Peace talks, which collapsed last month, will resume".
_PLANNED_PREDICATE_AFTER = re.compile(
    _REST_OF_NOUN_PHRASE +
    r"(?:will[ \u00a0]+(?:now[ \u00a0]+|also[ \u00a0]+)?(?:be[ \u00a0]+held|take[ \u00a0]+place|begin|start|resume|open|"
    r"go[ \u00a0]+ahead|convene|be[ \u00a0]+hosted)|(?:is|are)[ \u00a0]+(?:scheduled|due|set|expected|planned|"
    r"to[ \u00a0]+be[ \u00a0]+held)|(?:was|were|has[ \u00a0]+been|have[ \u00a0]+been)[ \u00a0]+(?:postponed|rescheduled|"
    r"delayed))(?![\w-])", re.I)
#: After a noun trigger, the rest of its noun phrase and a verb that calls the event off: "Talks between
#: Iran and the United States …, scheduled for Sunday in Oman, were called off".
_CALLED_OFF_PREDICATE_AFTER = re.compile(
    _REST_OF_NOUN_PHRASE + r"(?:was|were|has[ \u00a0]+been|have[ \u00a0]+been)[ \u00a0]+(?:called[ \u00a0]+off|cancell?ed|"
    r"scrapped|abandoned)(?![\w-])", re.I)


#: Between a verb and the noun trigger it acts on: "announced these maneuvers", "discussed the war".
_OBJECT_GAP = re.compile(
    r"\s+(?:(?:the|a|an|these|this|that|those|its|their|his|her|new|further|more|possible|any|all)\s+)+")


#: Before a verb in its base form: "to discuss", "will discuss".
_MODALS = "will|would|could|can|may|might|must|shall|should"


_VERB_BEFORE = re.compile(rf"(?<![\w-])(?:to|{_MODALS}|did|not)\s+\Z", re.I)




#: "He met", "she will also visit": a subject pronoun with at most three auxiliaries or adverbs before a trigger.
_AUXILIARY_RUN = (rf"(?:(?:{_MODALS}|has|have|had|is|was|are|were|did|does|do|"
                  r"also|then|later|again|not|never|reportedly|already|briefly|first|finally|once)\s+){0,3}")
_AUXILIARIES = _AUXILIARY_RUN + r"\Z"


#: A verb that takes an event noun for object and adds nothing to it, after the subject and before
#: the trigger: "he would impose new tariffs", "it held talks", "they staged a protest", "it would hold
#: an emergency summit", "it had opened an investigation" (one more word of kind).
_LIGHT_VERB = (r"(?:(?:impos(?:e|es|ed|ing)|launch(?:es|ed|ing)?|hold(?:s|ing)?|held|stag(?:e|es|ed|ing)|"
               r"open(?:s|ed|ing)?|beg(?:in|ins|an|un|inning)|start(?:s|ed|ing)?|resum(?:e|es|ed|ing)|"
               r"mount(?:s|ed|ing)?|"
               r"order(?:s|ed|ing)?|announc(?:e|es|ed|ing)|conduct(?:s|ed|ing)?|slap(?:s|ped)?|"
               r"carr(?:y|ies|ied|ying)\s+out)\s+(?:(?:new|fresh|further|more|additional|sweeping|the|a|an)\s+){0,2}"
               r"(?:[a-z][a-z-]*\s+)?)?")
#: A verb of intent and its "to" before the verb it takes: "but plans to invade", "he wants to visit".
#: Also what is expected of the subject: "she is expected to meet", "he is due to visit".
_INTENT_VERB = (r"(?:(?:plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|want(?:s|ed)?|aim(?:s|ed)?|hop(?:e|es|ed)|expected|due|set|"
                r"going|likely|poised|scheduled|ready|preparing|seeking|trying)\s+to\s+)?")
_SUBJECT_TO_TRIGGER = _AUXILIARY_RUN + _INTENT_VERB + _LIGHT_VERB + r"\Z"


#: Between a subject and its verb: "Chile condemned", "Chile has also condemned".
_SUBJECT_GAP = re.compile(rf"\s+{_AUXILIARIES}")
#: Between a subject and a verb in its base form, a verb of attempt or start and its "to": " tried to "
#: (storm), " began to ", " attempted to ".
_ATTEMPT_GAP = re.compile(r"[ \u00a0]+(?:tried|attempted|sought|began|started|threatened|vowed)[ \u00a0]+to[ \u00a0]+")


@lru_cache(maxsize=4096)
def _is_past_form(trigger_text: str) -> bool:
    """Whether a trigger opens with a verb in the past tense ("spoke by phone", "attacked"); cached,
    as trigger forms come back."""
    first = trigger_text.split()[0].lower()
    return first.endswith("ed") or first in IRREGULAR_PAST


#: Verbs that make someone do something ("prompting Macron to call an election"), as participles.
_CAUSATIVE_ING = r"(?:prompting|forcing|leading|causing|compelling|allowing|enabling|pushing|driving)"
#: Before a trigger, a causative verb and whom it makes do the trigger's event: "prompting Macron to
#: dissolve parliament and call", "forced the government to hold talks".
_CAUSED_TO = re.compile(r"(?<![\w-])(?:prompt(?:ed|s|ing)|forc(?:ed|es|ing)|l(?:ed|eads|eading)|caus(?:ed|es|ing)|"
                        r"compell(?:ed|ing)|compels|push(?:ed|es|ing)|driv(?:es|ing)|drove)"
                        r"[ \u00a0]+(?!(?:by|to)[ \u00a0])(?P<whom>[^.;:!?,]{1,60}?)[ \u00a0]+to[ \u00a0]+[^.;:!?,]{0,80}\Z")


#: A verb in the past tense, as a regex: "-ed" or an irregular form ("met", "fled").
PAST_VERB = rf"(?:[a-z]{{2,}}ed|{'|'.join(sorted(IRREGULAR_PAST))})"
#: After an object, a second predicate of the same subject: " and ordered the military", " but urged
#: Kyiv" (a verb in the past tense before a determiner or a name; not an adjective: "and armed
#: groups"); or a clause with a subject of its own, in lower case: " and 32 police officers were
#: injured" (not " and Cuba, were": a list of names is the subject of the sentence's verb); or a
#: causative participle (", prompting Macron to …": what follows is what he does).
_COORDINATED_PREDICATE = re.compile(
    rf"\s(?:and|but)\s+(?:(?:also|then|later)\s+)?{PAST_VERB}"
    r"\s+(?=the\s|a\s|an\s|his\s|her\s|its\s|their\s|[A-Z])"
    r"|\s(?:and|but)\s+(?:(?!(?:who|which|that)\s)(?:[a-z][\w’'-]*|\d[\d,]*)\s+){1,3}(?:were|was|are|is|had|have|has)\s"
    # a second clause of what is said: "said police had fired at protesters and that dozens had been abducted"
    r"|\s(?:and|but)\s+that\s"
    # a clause with a subject of its own in lower case: "marched through Nairobi, and some set fire to"
    rf"|,\s+(?:and|but)\s+(?:some|many|others|most|several|they|he|she|we|(?:the|its|their)\s+[a-z]+)\s+"
    rf"(?:{PAST_VERB}|set|put|cut|hit|spread)\s"
    # a counted subject of its own: ", and thousands of displaced Lebanese began returning"
    rf"|,\s+(?:and|but)\s+(?:(?:tens\s+of\s+|hundreds\s+of\s+)?(?:dozens|hundreds|thousands|millions|scores)\s+of|"
    rf"\d[\d,]*)\s+(?:[\w’'-]+\s+){{0,3}}?{PAST_VERB}\s"
    # a perfect of the subject's own: "expelled French troops and has since strengthened"
    rf"|\s(?:and|but)\s+(?:has|have|had)\s+(?:(?:also|then|later|since|now|already|not|never)\s+)?"
    rf"{PAST_VERB}\s"
    rf"|,\s+{_CAUSATIVE_ING}\s")


def _is_base_verb(trigger_text: str) -> bool:
    """Whether a trigger after "to" can be a verb's base form ("to deploy", "to discuss"), not a plural noun
    ("to talks", "to elections")."""
    first = trigger_text.split(" ", 1)[0]
    return not first.endswith("s") or first.endswith("ss")
