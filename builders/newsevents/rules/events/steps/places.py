"""The step that gives a trigger its places: those its clause names, with the role their
preposition gives (`..places`), less the places of clauses and phrases that are not its own."""

from __future__ import annotations

import re

from ..clauses import _clause_around, _in_later_clause
from ..parties import _GROUP_NOUN_AFTER, _PASSIVE_BEFORE, _without_parties_before
from ..places import _OBJECT_OF_VISIT, _event_places
from ..scene import _Draft, _Scene
from ..verbs import _is_past_form
from .shared import (
    _ACTING_ROLES, _FINITE_AUXILIARIES, _NO_FUNCTION_WORD, _OWN_SETTING, _SETTING_BEFORE, _in_spans, _is_state_like,
    _predicate_to,
)

#: Right before a trigger that is a noun: "for talks", "the summit", "further negotiations".
_NOUN_BEFORE = re.compile(r"(?<![\w-])(?:for|the|a|an|of|further|new|fresh|its|their|his|her)\s+\Z", re.I)

#: Between "arrival" and where to: " of an undetermined number of Russian soldiers in ", " in ".
_ARRIVAL_PLACE_GAP = re.compile(r"(?:[ \u00a0]+of[ \u00a0]+[^,;:.]{1,60}?)?[ \u00a0]+in[ \u00a0]+(?:the[ \u00a0]+)?")

#: Right after a reporting word, the first word of what it reports: a determiner or a pronoun.
_CONTENT_OPENS_AFTER = re.compile(r"[ \u00a0]+(?:the|a|an|this|these|those|its|their|his|her|it|they|he|she|we|there)"
                                  r"[ \u00a0]", re.I)
#: Reporting words that name whom they tell first: "told the council in New York".
_TELLING = re.compile(r"(?:told|tells|tell|telling|informed|informs|briefed|briefs|assured|assures|warned|warns)", re.I)
#: After a reporting word, a word of what it reports: the complementizer or a finite verb ("said there
#: was", "said that"); a place after it is a place of what is said, not of the saying.
_REPORTED_CONTENT = re.compile(rf"(?<![\w-])(?:that|{_FINITE_AUXILIARIES})(?![\w-])")

#: Right before a trigger, words that deny its subject any part in it: "are not a party to the ",
#: "is not part of the ".
_NOT_PARTY_BEFORE = re.compile(r"(?<![\w-])(?:not|never)[ \u00a0]+(?:a[ \u00a0]+)?(?:party|parties|part)[ \u00a0]+(?:to|of|in)"
                               r"[ \u00a0]+(?:the|any|this|that)?[ \u00a0]*\Z")

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

#: Participles of an accusation that are passive when "of" or "with" follows them at once.
_ACCUSED_FORMS = frozenset({"accused", "charged", "suspected", "convicted"})
#: Before a participle, the group it befell someone among: " was among those ", " were among the people ".
_AMONG_THOSE_BEFORE = re.compile(r"[ \u00a0](?:was|were|is|are)[ \u00a0]+(?:also[ \u00a0]+)?among[ \u00a0]+"
                                 r"(?:those|the[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?(?:people|dead|victims|"
                                 r"[\w-]+s))[ \u00a0]+\Z")

#: Between a state and its election: "'s presidential ", " presidential " ("the U.S. presidential election").
_STATE_ELECTION_GAP = re.compile(rf"(?:['’]s?)?[ \u00a0]+(?:{_NO_FUNCTION_WORD}[a-z-]+[ \u00a0]+){{0,3}}")
#: Before an election, the verb of the state that holds it: "held a ", "will hold early ", "called a snap ".
_HOLDING_BEFORE = re.compile(r"(?<![\w-])(?:held|holds|hold|holding|organi[sz]ed|organi[sz]es|staged|stages|called|calls)"
                             r"[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,3}\Z")

#: Before a verb, the opening of an object relative clause and its subject: "which it ", "whom the
#: government " ("the vessel, which it accused of entering": the subject accuses).
_RELATIVE_SUBJECT_BEFORE = re.compile(r"(?<![\w-])(?:which|whom)[ \u00a0]+(?:[\w.’'-]+[ \u00a0]+){1,4}\Z")


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
