"""Clause boundaries inside a sentence, and the time phrases each clause may use: coordinated,
relative and fronted clauses, and clauses set at another time."""

from __future__ import annotations

import bisect
import re
from operator import attrgetter
from typing import Callable, Sequence, TypeVar

from .records import Mention, Trigger
from .verbs import PAST_VERB, _is_past_form

T = TypeVar("T")

#: Between an accusing verb and what it accuses of: "accused Poland, Ukraine and NATO of ", "accusing
#: him of the unlawful " (deportation), "accused foreign services of orchestrating the " (protests), "accused
#: the opposition of trying to stage a " (coup).
_ACCUSED_OF = re.compile(r"[^.;:]{0,80}?(?<![\w-])of\s+[“\"]?(?:[a-z]+ing\s+(?:to\s+[a-z]+\s+)?)?"
                         # not a coordinated verb after the deed: "of planning an insurrection and banned"
                         r"(?:(?:the|an?|its|their|his|her)\s+(?:(?!(?:and|or|but)\s)[a-z][\w-]*\s+){0,2})?")
#: After an accusing verb and whom it accuses: " of helping", " of supplying" (what they are accused of doing).
_ACCUSED_OF_DEED = re.compile(r"[ \u00a0]of[ \u00a0]+[a-z]+ing(?![\w-])")


# ";", ":", quotes, "(", or ", but" / ", and" / ...: one class of first characters first, so the
# regex engine skips quickly to them, then a lookbehind tells a comma (which needs its word) apart.
_CLAUSE_BREAK = re.compile(r"[,;:“”\"(](?:(?<=,)\s(?:but|and|while|as|which|who|whom|whose|where|"
                           r"(?:in|during|at|under|after)\s+which)\b|(?<!,))")


#: Where a coordinated clause with a subject of its own may begin ("…, while Merkel urged"); not
#: relative clauses (", which …"), whose sentence goes on with the subject before them.
_COORDINATION = re.compile(r";|,\s(?:but|and|while|whereas|where|as(?!\s+(?:well|part|a|an|the|of|in|if|such|usual|"
                           r"expected|planned|agreed|promised|announced)\b))\b")


#: Between a noun trigger and a time phrase: the verb of its own predicate or reduced relative clause
#: ("the talks started last week", "the exercises held in 2021").
_OWN_VERB = re.compile(r"\s+(?:[a-z]+ed|held|begun|began|run|ran|seen|made|taken|built|led|fought|met)\s+")


#: " and " and what may stand between it and the subject of a clause of its own: " and General ".
_AND_SUBJECT_GAP = re.compile(r"[ \u00a0]+and[ \u00a0]+(?:the[ \u00a0]+)?(?:[A-Z][\w.'’-]*[ \u00a0]+){0,3}\Z")
#: Right after a subject, its verb: a past tense, an auxiliary or a modal ("Tiani declared", "Kyiv will").
_VERB_AFTER_SUBJECT = re.compile(r"[ \u00a0]+(?:(?:also|then|later)[ \u00a0]+)?(?:[a-z]{2,}ed|will|would|has|had|was|is|"
                                 r"could|can|may|might|must|should|did|does)[ \u00a0]")


def _and_clause_start(text: str, trigger_end: int, end: int, actors: list[Mention]) -> int:
    """Where a clause joined by a bare "and" opens after a verb trigger: the "and" before an actor that
    its own verb follows ("detained President Bazoum and General Tiani declared himself head"); `end`
    if none."""
    for mention in actors:
        if mention.start > trigger_end and _VERB_AFTER_SUBJECT.match(text, mention.end):
            gap = _AND_SUBJECT_GAP.search(text, max(trigger_end, mention.start - 60), mention.start)
            if gap is not None:
                return gap.start()
    return end


def _dates_a_later_noun(text: str, triggers: list[Trigger], trigger: Trigger, date_start: int) -> bool:
    """Whether the time phrase after `trigger` dates a later trigger instead, whose own verb stands
    between it and the phrase: in "their desire to continue the talks started last week" the
    talks started last week, not the desire."""
    return any(trigger.end <= later.start and later.end < date_start
               and _OWN_VERB.fullmatch(text, later.end, date_start) is not None for later in triggers)


#: Where a relative clause opens: ", who has not ruled out", ", which lies"; or a participle that
#: says who makes up or runs the actor before it: ", formed by ousted lawmakers,", ", backed by Iran,".
_RELATIVE = re.compile(r",\s+(?:who|which|where|whose|whom|(?:formed|founded|led|backed|supported|headed|run|created|"
                       r"set\s+up|made\s+up|dominated|controlled|funded|armed|brokered|mediated|negotiated|"
                       r"sponsored|drafted|proposed|imposed|signed|approved|adopted|passed|ordered|announced|"
                       r"organi[sz]ed|put\s+forward|carried\s+out|identified|named|described)\s+by)\b")


#: Where a clause set at another time opens after a comma, with a subject of its own (not "after
#: visiting Quito", which shares the sentence's): ", days after the opposition called", ", a week
#: before talks began", ", shortly after police arrived". A bare ", after" more often opens a phrase
#: ("declared, after a meeting with Baerbock, that …").
_SHIFTED_CLAUSE = re.compile(
    r",\s+(?:(?:(?:nearly|almost|about|some|barely|just|only|more\s+than|less\s+than)\s+)?"
    r"(?:(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+)?(?:days?|weeks?|months?|years?|hours?|decades?)\s+"
    r"|(?:shortly|soon|just|only|hours|days|weeks|months|years|minutes|moments)\s+)(?:after|before)\s+"
    # ", after weeks of deadly protests": what went on for a while before, at its own time
    r"|(?:after|following|amid)\s+(?:(?:several|many|two|three|four|five|six|\d+)\s+)?(?:days|weeks|months|years)\s+of\s+"
    r"|(?:after|following|amid)\s+a\s+(?:series|wave|spate|string|run)\s+of\s+"
    # ", the first time a NATO member had fired on …": a remark of its own on what the clause before tells
    r"|the\s+(?:first|second|third|latest|last)\s+time\s+)"
    # not a gerund ("days after meeting Putin"), unless a noun in -ing is the subject of a verb ("fighting flared")
    r"(?![a-z]+ing\b(?!\s+(?:[a-z]{2,}ed|had|has|have|was|were|is|are|broke|began|spread)\b))",
    re.I)


#: Where a clause set at another time or given as a cause opens without a comma, with a subject and
#: a finite verb of its own: "suspended talks after the rebel group attacked a base", "after the ELN
#: attacked", "left before police arrived", "because Russia had massed troops". Not a phrase: "after
#: the attack on the base", "before the planned talks" (a word between the article and the verb),
#: "after visiting Quito". A condition too: "if more detainees are freed". Not "as", "while" or
#: "when": what happens at the same time shares the sentence's date and places.
#: After a conjunction, a subject and its verb: a clause of its own opens there.
_SUBJECT_AND_VERB = (
    r"(?=(?:(?:the|a|an|its|their|his|her|this|these|those|more|some|any|all|other|two|three|four|five|several|"
    r"many|\d+)\s+(?:[a-z][\w-]*\s+){1,3}"
    r"|(?:he|she|they|it|we)\s+"
    # a bare plural: "after protesters set fire to trucks", "before troops arrived", "when security forces fired"
    r"|(?:[a-z]+\s+)?[a-z]{3,}s\s+"
    # a body named with no article: "after parliament voted", "before police arrived"
    r"|(?:parliament|congress|police|government)\s+"
    # "the National Assembly in Paris approved"
    r"|(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}(?:(?:in|of)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3})?(?:[a-z][\w-]*\s+)?)"
    rf"(?:had|has|have|was|were|is|are|will|would|could|did|set|put|hit|cut|shut|spread|say|says|claim|claims|{PAST_VERB})\b)")
_SUBORDINATE_CLAUSE = re.compile(
    # first letters first, so the regex engine skips ahead to them
    r"[abuio](?<=\s[abuio])(?:(?<=a)fter|(?<=b)efore|(?<=b)ecause|(?<=u)ntil|(?<=u)nless|(?<=i)f|(?<=o)nce)\s+"
    + _SUBJECT_AND_VERB)
#: A condition with a subject of its own, whatever the tense of its verb: "unless the Security Council
#: decides otherwise", "if Iran agrees" (not "if necessary", "if confirmed": no subject).
_CONDITION_CLAUSE = re.compile(r"(?<=\s)(?:if|unless)\s+(?=(?:the|a|an|its|their|his|her)\s+[a-zA-Z]|[A-Z][a-z])")
#: Where a clause of its own opens after a comma with a conjunction of time or contrast: ", as the
#: opposition said", ", while", ", although".
_CONTRAST_OPENING = re.compile(r",[ \u00a0]+(?:as|while|although|though|whereas)[ \u00a0]+" + _SUBJECT_AND_VERB)
#: With no comma, "while" opening a clause with a subject of its own: " while the fighting", " while Russia".
_WHILE_CLAUSE = re.compile(r"(?<=[a-z])[ \u00a0]while[ \u00a0]+(?=(?:the|a|an|its|their)[ \u00a0]|[A-Z])")


def _contrast_openings(text: str, sentence_text: str, start: int, end: int) -> list[int]:
    """Where each clause opened by ", as", ", while", ", although" (or "while" with no comma) and a subject
    of its own starts, sorted."""
    opens = [match.end() for match in _CONTRAST_OPENING.finditer(text, start, end)] if ", " in sentence_text else []
    if " while " in sentence_text:  # "would not conclude trade deals while the fighting continued"
        opens = sorted({*opens, *(match.end() for match in _WHILE_CLAUSE.finditer(text, start, end))})
    return opens


#: "were killed when security forces fired on protesters", "rallied outside the base where Duterte was held":
#: a clause of its own (at the same time, or in the same place).
_WHEN_CLAUSE = re.compile(r"(?<=\s)(?:when|where)\s+" + _SUBJECT_AND_VERB)


#: With no comma, a distance in time that opens a phrase set at another time: "hours after ", "two days before "
#: (what it names was done by its own parties: "fired missiles at Israel hours after the U.S. strikes").
_BARE_SHIFT = re.compile(r"(?<=[a-z][ \u00a0])(?:(?:(?:a[ \u00a0]+few|several|two|three|four|five|\d+)[ \u00a0]+)?"
                         r"(?:hours|minutes|moments)|(?:a[ \u00a0]+few|several|two|three|four|five|\d+)[ \u00a0]+"
                         r"(?:days|weeks|months))[ \u00a0]+(?:after|before)[ \u00a0]+")
#: Where a clause of its own opens after a comma: ", as troops pressed", ", while Merkel urged".
#: A subject and its verb right after a clause opener: a clause of its own.
_OWN_CLAUSE = re.compile(_SUBJECT_AND_VERB)
_CLAUSE_OPENER = re.compile(r",\s+(?:and|but|while|whereas|as|when|after|before|because|although|though)\s+")


def _later_clauses(text: str, start: int, end: int, triggers: list[Trigger],
                   reporting: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Spans of the sentence that say nothing of the triggers before them: relative clauses after a
    comma, up to the next comma or the sentence's end ("…, who has not ruled out sending troops"), and
    the rest of the sentence after a clause of its own opens, if a trigger or a reporting word stands
    there (", as troops pressed an offensive", ", and several LDP lawmakers said") or a subject and
    its verb (", and Prime Minister Mark Carney vowed to stand up to Trump")."""
    last = max(triggers[-1].start, reporting[-1][0] if reporting else -1)
    return [*_relative_clauses(text, start, end),
            *((match.end(), end) for match in _CLAUSE_OPENER.finditer(text, start, end)
              if last >= match.end() or _OWN_CLAUSE.match(text, match.end(), end) is not None)]


def _shifted_clauses(text: str, sentence_text: str, start: int, end: int) -> list[int]:
    """Where each clause set at another time (or given as a cause) opens, sorted: after ", days
    after " or a bare "after" with a subject and verb of its own."""
    opens = [match.end() for match in _SHIFTED_CLAUSE.finditer(text, start, end)] if "," in sentence_text else []
    if (" after " in sentence_text or " before " in sentence_text or " because " in sentence_text
            or " until " in sentence_text or " if " in sentence_text or " unless " in sentence_text
            or " once " in sentence_text):
        opens = sorted({*opens, *(match.end() for match in _SUBORDINATE_CLAUSE.finditer(text, start, end))})
    if " if " in sentence_text or " unless " in sentence_text:
        opens = sorted({*opens, *(match.end() for match in _CONDITION_CLAUSE.finditer(text, start, end))})
    return opens


_CLAUSE_COMMA = re.compile(r",(?!\d)")


def _relative_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the relative clauses after a comma, up to the next comma or the sentence's end."""
    clauses = []
    for match in _RELATIVE.finditer(text, start, end):
        close = _CLAUSE_COMMA.search(text, match.end(), end)  # not the comma of "3,000"
        clauses.append((match.start(), close.start() if close is not None else end))
    return clauses


def _of_clause(items: list[T], spans: list[tuple[int, int]], trigger_start: int,
               start_of: Callable[[T], int] = attrgetter("start")) -> list[T]:
    """The items (time phrases, places, quantities) a trigger may take when `spans` are clauses of
    their own: inside the one the trigger is in, else outside all of them ("Russia, which has massed
    troops on the border, denies any plans": the troops and the border are the relative clause's)."""
    inside = next(((start, end) for start, end in spans if start <= trigger_start < end), None)
    if inside is not None:
        return [item for item in items if inside[0] <= start_of(item) < inside[1]]
    return [item for item in items if not any(start <= start_of(item) < end for start, end in spans)]


#: Quotation marks: curly ones say which way they face, straight ones alternate.
_QUOTE_MARKS = re.compile(r"[“”\"]")


def _quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the quotations in a sentence, marks included; one still open at its end runs to the
    end, one closed with no opening mark began in a sentence before."""
    spans, opened = [], None
    for match in _QUOTE_MARKS.finditer(text, start, end):
        if match.group() == "“" or match.group() == '"' and opened is None:
            if opened is None:
                opened = match.start()
        else:
            spans.append((start if opened is None else opened, match.end()))
            opened = None
    if opened is not None:
        spans.append((opened, end))
    return spans


def _in_later_clause(clauses: list[tuple[int, int]], trigger_end: int, mention: Mention) -> bool:
    """Whether the mention stands in one of `clauses` that opens after the trigger."""
    return any(trigger_end <= start <= mention.start < end for start, end in clauses)


#: A phrase that opens a sentence before its subject, up to its comma: "In response to a revolution
#: in Ukraine,", "After talks in Geneva,", "Amid fears of an invasion,", "If the court upholds it,".
_FRONTED_PHRASE = re.compile(r"\s*(?:In\s+(?:response|retaliation|reprisal|revenge)\s+(?:to|for)|After|Following|Amid|"
                             r"Despite|Before|During|Ahead\s+of|Under|Since|Until|If|Unless"
                             # the occasion of what is said: "In a joint statement read on state television,"
                             r"|(?:In|At)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}(?:statement|speech|interview|"
                             r"address|letter|post|message|conference|briefing|call|meeting|session|summit|communique|"
                             r"communiqué|declaration))\s[^,;:.]{0,120}"
                             # a list of names that ends it: "brokered by the United States, Egypt, Qatar and Turkey,"
                             r"(?:(?:,[ \u00a0]+[A-Z][\w.’'-]*(?:[ \u00a0][A-Z][\w.’'-]*){0,3})+,?[ \u00a0]+and[ \u00a0]+"
                             r"[A-Z][\w.’'-]*(?:[ \u00a0][A-Z][\w.’'-]*){0,3}(?=,))?,")


#: "after" or "before" and a name in the possessive: "after Yoon's " (removal), "before Russia's " (invasion).
_AFTER_POSSESSIVE = re.compile(r"(?<=[a-z][ \u00a0])(?:after|before|following)[ \u00a0]+(?=(?:(?:the|former|ousted)[ \u00a0]+)?"
                               r"(?:[A-Z][\w.-]*[ \u00a0]+){0,3}[A-Z][\w.-]*['’]s[ \u00a0])")


def _time_shifted_phrases(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the phrases a bare distance in time ("hours after") or "after" and a possessive ("after
    Yoon's removal") opens, to the next comma or the sentence's end."""
    spans = []
    matches = [*_BARE_SHIFT.finditer(text, start, end)]
    if text.find("'s ", start, end) != -1 or text.find("’s ", start, end) != -1:
        matches += _AFTER_POSSESSIVE.finditer(text, start, end)
    for match in matches:
        comma = text.find(",", match.end(), end)
        spans.append((match.start(), comma if comma != -1 else end))
    return spans


def _clause_around(clause_ends: list[int], position: int, start: int, end: int) -> tuple[int, int]:
    """The coordinated clause `position` is in, from the sentence's `start` to its `end`, cut where
    `clause_ends` (the coordinations' ends, sorted) open the next clause."""
    index = bisect.bisect_right(clause_ends, position)
    return (clause_ends[index - 1] if index else start,
            clause_ends[index] if index < len(clause_ends) else end)


#: After a noun trigger, the opening of a relative clause whose subject comes next: " that ",
#: " which the " ("the sanctions that the European Union imposed").
_OBJECT_RELATIVE_OPEN = re.compile(r"[ \u00a0]+(?:that|which)[ \u00a0]+(?:the[ \u00a0]+)?")
#: Between two subjects of one relative clause: " and ", ", ", ", and the ".
_SUBJECT_LIST_GAP = re.compile(r"(?:,[ \u00a0]+(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)(?:the[ \u00a0]+)?")
#: After the subjects of a relative clause, its verb: " imposed", " had signed", " made".
_RELATIVE_VERB = re.compile(r"[ \u00a0]+(?:(?:had|has|have|also|then|later|jointly)[ \u00a0]+)*"
                            # not the passive or a copula: "a summit that Russia was not invited to" (Russia is invited)
                            r"(?!(?:was|were|is|are|be|been|being)\b)([a-z]+)\b")


#: Event types whose "that" opens what is said or asked, not a relative clause.
_THAT_COMPLEMENT_TYPES = frozenset({"demand", "appeal", "make_statement", "deny", "accuse", "threaten", "threaten_force"})


def _object_relatives(text: str, triggers: list[Trigger], actors: list[Mention]) -> dict[int, tuple[set[int], int]]:
    """The noun triggers that a relative clause with a subject of its own follows, by index: the
    start of each subject, and where the clause's verb begins. "condemned the sanctions that the
    European Union imposed": the EU imposes the sanctions; it is no party to the condemnation."""
    by_start = {mention.start: mention for mention in actors}
    found: dict[int, tuple[set[int], int]] = {}
    for index, trigger in enumerate(triggers):
        opening = _OBJECT_RELATIVE_OPEN.match(text, trigger.end)
        if opening is None or trigger.event_type in _THAT_COMPLEMENT_TYPES or _is_past_form(trigger.text):
            continue  # "demanded that Russia stop", "the demand that Russia withdraw": what is asked, no relative clause
        subjects = _listed(text, opening.end(), by_start)
        if not subjects:
            continue
        verb = _RELATIVE_VERB.match(text, subjects[-1].end)
        if verb is not None:
            found[index] = ({mention.start for mention in subjects}, verb.start(1))
    return found


def _listed(text: str, position: int, by_start: dict[int, Mention]) -> list[Mention]:
    """The mentions of the list that opens at `position`: one, or several whose last follows "and"
    ("the United States, France and Britain"); "Peru, diplomats said" lists Peru alone."""
    listed: list[Mention] = []
    while (mention := by_start.get(position)) is not None:
        listed.append(mention)
        gap = _SUBJECT_LIST_GAP.match(text, mention.end)
        if gap is None or gap.end() not in by_start:
            return listed[:1]  # the list ended without "and": only its first member is sure
        if "and" in gap.group(0):
            listed.append(by_start[gap.end()])
            return listed
        position = gap.end()
    return listed


#: Right before who asked for an event: "at the request of ", "at the initiative of the " (not "at the
#: invitation of": an invitation is an event of its own, with its inviter).
#: After who asks, and before it, the possessive form: "at " Algeria "'s request".
_REQUEST_AFTER = re.compile(r"['’]s[ \u00a0]+(?:request|initiative|behest|urging)(?![\w-])")
_AT_BEFORE = re.compile(r"(?<![\w-])(?:at|on|upon)[ \u00a0]+(?:the[ \u00a0]+)?\Z")
_AT_REQUEST_OF = re.compile(r"(?<![\w-])(?:at|on|upon)[ \u00a0]+the[ \u00a0]+(?:request|initiative|behest|urging)"
                            r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?", re.I)


def _requesters(text: str, start: int, end: int, mentions: list[Mention]) -> set[int]:
    """The starts of the mentions that name who asked for the sentence's event ("will hold an
    emergency meeting at the request of the United States, France and Britain"): they ask for it,
    and take no part in it, nor is it held there."""
    found: set[int] = set()
    by_start = {mention.start: mention for mention in mentions}
    for opening in _AT_REQUEST_OF.finditer(text, start, end):
        found.update(mention.start for mention in _listed(text, opening.end(), by_start))
    # "at Algeria's request"
    found.update(mention.start for mention in mentions
                 if _REQUEST_AFTER.match(text, mention.end) and _AT_BEFORE.search(text, max(start, mention.start - 9),
                                                                                  mention.start))
    return found
