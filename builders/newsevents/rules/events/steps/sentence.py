"""The steps run once per sentence, around the trigger scan: its mentions and reporting words,
its actors, who speaks, and the clauses and phrases every trigger's steps read."""

from __future__ import annotations

import bisect
import re
from typing import Any

from ..clauses import (
    _CLAUSE_BREAK, _COORDINATION, _FRONTED_PHRASE, _WHILE_CLAUSE, _contrast_openings, _later_clauses,
    _object_relatives, _quotations, _relative_clauses, _requesters, _shifted_clauses, _time_shifted_phrases,
)
from ..lexicon import _is_claim, _is_signing
from ..parties import (
    _HE_OR_SHE, _PASSIVE_BEFORE, _THEY, _addressees, _apposed_speaker, _co_speakers, _speaker, _their_speakers,
)
from ..places import (
    PREPOSITION_WINDOW, _in_place_list, _is_apposed, _is_place_of, _is_setting_or_topic, _is_venue, _place_role,
)
from ..records import Mention, Trigger
from ..scene import _GLUED_MEDIATION, _Scene
from ..status import CANCEL_WORDS
from ..verbs import _is_past_form
from .shared import (
    _AND_BEFORE_REPORTING, _AND_THAT, _COMMENT_APPOSITIVE, _CONDITION_BEFORE, _DETERMINER_BEFORE, _HYPHENS,
    _SAYING_TYPES, _VIOLENT_TYPES, _covered, _phrase_end,
)


def _between(items: list[Any], starts: list[int], start: int, end: int) -> list[Any]:
    low = bisect.bisect_left(starts, start)
    high = bisect.bisect_left(starts, end)
    return items[low:high]


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

#: A comma and a preposition opening a phrase of background, which status cues before it do not reach.
#: Also an appositive that ranks what the clause before tells: ", the largest protest in months"; and a
#: distance in time: ", a day after", ", days before".
_BACKGROUND_OPENER = re.compile(r",[ \u00a0](?:after|amid|following|despite|before|one[ \u00a0]+of|"
                                r"(?:(?:a|an|one|two|three|four|five|six|seven|several|few|some|just|only|\d+)[ \u00a0]+)*"
                                r"(?:days?|hours?|weeks?|months?)[ \u00a0]+(?:after|before)|the[ \u00a0]+(?:largest|"
                                r"biggest|worst|deadliest|bloodiest|heaviest|fiercest|longest|latest|first|second|"
                                r"third|most))(?![\w-])")

#: Cue adverbs, which set the status of every predicate of their clause.
_CUE_ADVERB = re.compile(r"(?<![\w-])(?:reportedly|allegedly|purportedly|apparently|supposedly)\s", re.I)
#: What may stand before the actor that opens a sentence as its subject: titles and names.
_OPENING_SUBJECT = re.compile(r"\s*[“\"]?(?:(?:[A-Z][\w.’'-]*|of|the|and)[ \u00a0]+)*")
#: A name opening the sentence, then a description of it between commas that names someone else:
#: "Kim Yo Jong, the powerful sister of leader Kim Jong Un, warned"; "Ruiz, an ally of President Boric,".
_SUBJECT_APPOSITIVE = re.compile(
    r"\s*(?:[A-Z][\w.’'-]*[ \u00a0]+){0,3}[A-Z][\w.’'-]*,[ \u00a0]+(?:the|a|an|his|her|their|its)[ \u00a0]+"
    r"[^,;:“”\"]{0,60}?[ \u00a0](?:of|to|for)[ \u00a0][^,;:“”\"]{1,90}?,")

#: After a name, a participle that makes it part of a modifier of the noun after it: "a U.S.-backed
#: ceasefire proposal", "Moscow-based attachés", "Iran-aligned militias" (no party, no place of the event).
_COMPOUND_MODIFIER = re.compile(r"[-\u2010\u2011](?:backed|brokered|sponsored|funded|supported|aligned|allied|"
                                r"friendly|linked|affiliated|based|made|drafted|proposed|installed|appointed|mediated)(?![\w-])")

_RESPONSE_WORDS = ("respon", "retaliat", "reprisal", "revenge", "punish", "exchange", "return")

#: "after" or "following" a stretch of time of an event: "after four days of fighting", "following
#: weeks of protests" (background: the status cues before it do not reach it).
_AFTER_DURATION = re.compile(r"(?<![\w-])(?:after|following|amid)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}"
                             r"(?:hours|days|weeks|months|years|decades)[ \u00a0]+of(?![\w-])")


#: Right before a trigger, the phrase that makes it what is answered: "in response to the group's ",
#: "in retaliation for ".
_ANSWERED_BEFORE = re.compile(r"(?<![\w-])in[ \u00a0]+(?:response|retaliation|reprisal|revenge)[ \u00a0]+(?:to|for)"
                              r"[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){0,4}\Z")

_TOPIC_NOUNS = ("talks", "negotiations", "discussions", "consultations", "deal", "agreement", "plan", "proposal",
                "summit", "meeting", "conference", "effort", "bid", "push")
_TIME_CONJUNCTIONS = (" as ", " when ", " while ", " after ", " before ", " until ", " because ", " since ", " once ")

#: Between a reporting word and a time phrase that dates the statement, not what it reports: nothing
#: ("said on Thursday", "announced today"), where it was said ("said in a statement on Monday") or
#: who was told ("told reporters on Friday").
_STATEMENT_TIME_GAP = re.compile(r"[ \u00a0]+(?:(?:in|at|during)[ \u00a0]+an?[ \u00a0]+(?:[\w-]+[ \u00a0]+)?(?:statement|"
                                 r"interview|(?:news|press)[ \u00a0]+conference|briefing|speech|address|post)[ \u00a0]+"
                                 r"|(?:reporters|journalists|parliament|lawmakers)[ \u00a0]+)?")

#: Words one of which `_UNDONE_BEFORE` needs (a cheap test before the search).
_UNDONE_WORDS = ("nnul", "verturn", "nvalidat", "ullif", "uash", "void", " down")

#: An auxiliary of the passive voice anywhere in a sentence: "was", "were", "is", "are", "been", "being",
#: "be", in any case. First letter first (a class the regex engine skips to, then the check that the
#: word starts there, then its rest after its first letter): a leading lookbehind is tried everywhere.
_PASSIVE_WORD = re.compile(r"[WwIiAaBb](?<![\w-].)(?i:(?<=w)(?:as|ere)|(?<=i)s|(?<=a)re|(?<=b)e(?:en|ing)?)\s")

#: After a reporting word, a noun phrase that opens what is said as its subject: " an investigation ",
#: " the election ".
_NOUN_PHRASE_AFTER = re.compile(r"[ \u00a0]+(?:that[ \u00a0]+)?(?:(?:the|an?|its|their)[ \u00a0]+[a-z]"
                                # a bare plural and its verb: "and said jets had bombed a road", "but said
                                # sanctions on the oil sector would stay"
                                r"|(?:[A-Z][\w-]*[ \u00a0]+){0,2}[a-z]{3,}s"
                                r"(?:[ \u00a0]+(?:on|of|in|against|for|from)(?:[ \u00a0]+[\w’'-]+){1,4}?)?"
                                r"[ \u00a0]+(?:had|have|has|were|are|would|will|could|should|must|may|might)[ \u00a0])")

#: Right before an actor, what makes it the backer of a group named just before, with no comma and no
#: auxiliary (not the passive "is backed by"): "rebels backed by ", "militias armed by the ".
_BACKED_BY_BEFORE = re.compile(r"(?<![\w-])(?!(?:is|are|was|were|been|being|be)[ \u00a0])(?:[a-z]+|[A-Z][\w-]*)[ \u00a0]+"
                               r"(?:backed|supported|funded|armed|trained|sponsored)[ \u00a0]+by[ \u00a0]+(?:the[ \u00a0]+)?\Z")
#: Right before an actor, what makes it the patron of a group named before: "gunmen loyal to ousted president ",
#: "militias allied to the ".
_LOYAL_TO_BEFORE = re.compile(r"(?<![\w-])[\w-]+[ \u00a0]+(?:loyal|allied|linked|affiliated|close)[ \u00a0]+(?:to|with)[ \u00a0]+"
                              r"(?:(?:the|ousted|former|late|exiled|deposed|jailed)[ \u00a0]+)*(?:[a-z]+[ \u00a0]+)?\Z")

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


def _is_kin_of(text: str, window_start: int, position: int) -> bool:
    """Whether a relative or aide of the actor at `position` is who the words before it name."""
    return ((text.find(" of ", window_start, position) != -1 or text.find(" to ", window_start, position) != -1)
            and _KIN_OF_BEFORE.search(text, window_start, position) is not None)


#: Right before a verb in the past, "but" with no comma and an adverb of time: " but later ", " but then ".
_BUT_THEN_BEFORE = re.compile(r"(?<=[a-z])[ \u00a0]but[ \u00a0]+(?:later|then|subsequently|afterwards|soon)[ \u00a0]+\Z")

#: Before "since …", a first or a superlative that makes it a comparison, no interval of the event:
#: "the first such meeting since 2024", "the deadliest attack since 2022".
_FIRST_BEFORE = re.compile(r"(?<![\w-])(?:first|largest|biggest|deadliest|worst|highest|lowest|heaviest|strongest|"
                           r"fiercest|bloodiest|longest|most|fewest)\s+(?:[^\s,;:.]+\s+){0,4}\Z", re.I)

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


#: The same opening anywhere in a sentence, first letter first (as `_PASSIVE_WORD`).
_SUBORDINATE_OPENER = re.compile(r"[abosuw](?<![\w-].)(?:(?<=a)(?:s|fter)|(?<=w)h(?:en|ile)|(?<=b)e(?:fore|cause)|"
                                 r"(?<=u)ntil|(?<=s)ince|(?<=o)nce)[ \u00a0]+(?:the|some|many|its|their|his|her|these|"
                                 r"those|thousands|hundreds|dozens|crowds)[ \u00a0]")
#: A relative word and a verb right after it: " that sparked", " which had killed", " that has killed" (its
#: subject is the noun before), " who were arrested", " that had been detained" (the noun before undergoes it).
_PAST_RELATIVE = re.compile(r"[ \u00a0](?:that|which|who)[ \u00a0]+(?:ha[ds][ \u00a0]+(?:been[ \u00a0]+)?|have[ \u00a0]+(?:been[ \u00a0]+)?|"
                            r"were[ \u00a0]+|was[ \u00a0]+)?(?P<verb>[a-z]+)(?![\w-])")

#: "amid", "despite", "in spite", "weeks of" … anywhere in a sentence, in any case (first letter first,
#: as `_PASSIVE_WORD`).
_BACKGROUND_WORD = re.compile(r"[ADSWMYHadswmyh](?<![\w-].)(?i:(?<=a)mid(?:st)?|(?<=d)espite|(?<=s)pite|"
                              r"(?:(?<=w)eeks|(?<=d)ays|(?<=m)onths|(?<=y)ears|(?<=h)ours)[ \u00a0]+of)(?![\w-])")

_SPACES = re.compile(r"[ \u00a0]+")

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


#: A participle of an accusation right after a noun, with its "of" before the deed: " accused of " (spying).
_ACCUSED_AFTER_NOUN = re.compile(r"(?<=[a-z])[ \u00a0](?:accused|suspected)[ \u00a0]+of[ \u00a0]+(?=[a-z]+ing(?![\w-]))")

#: Trigger forms of an injury: an assault of their own only in a sentence that names no other violence.
_INJURY_FORMS = frozenset({"wounded", "wounding", "injured", "injuring"})


def _without_injuries_of_other_violence(text: str, triggers: list[Trigger]) -> list[Trigger]:
    """The triggers without the injuries that another violent trigger of the sentence causes ("were
    killed and more than 100 wounded", "an attack that injured 12") and without the injured as a
    noun ("the injured were taken to hospital")."""
    return [trigger for trigger in triggers if trigger.text.lower() not in _INJURY_FORMS or not (
        text.endswith(("the ", "The "), 0, trigger.start)
        or any(other.event_type in _VIOLENT_TYPES and other.text.lower() not in _INJURY_FORMS for other in triggers))]


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
    own_after_that: dict[int, int] = {}  # a speech act after what is denied or claimed: where its "that" is
    if len(triggers) > 1 and " that " in sentence_text and " had " in sentence_text:
        # "denied that its army had crossed into Ethiopia and accused Addis Ababa": a speech act in
        # the simple past after a clause in the past perfect is the subject's own, which the denial
        # does not reach ("denied that it attacked and killed": both are denied)
        own_after_that = {t.start: that_at for t in triggers
                          if t.event_type in _SAYING_TYPES and _is_past_form(t.text) and t.start - 6 > s_start
                          and text.startswith(" and ", t.start - 5) and text[t.start - 6] != ","
                          and (that_at := text.rfind(" that ", s_start, t.start)) != -1
                          and text.find(" had ", that_at, t.start - 5) != -1}
        if own_after_that:
            cue_breaks = sorted({*cue_breaks, *((start - 4, start) for start in own_after_that)})
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
    scene.own_after_that = own_after_that
