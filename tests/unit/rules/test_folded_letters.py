"""Letters that case-insensitive matching takes for ASCII ones (long s, Kelvin sign, dotted and
dotless i) match the lexicons like their ASCII twins, and never break a rule's lookup."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsevents.draft.reader import candidates
from newsevents.rules.tokens import lexicon_key

PUBLISHED = dt.date(2024, 3, 4)
SENTENCES = [
    "Russian soldiers arrived in Minsk on Monday, the military said.",
    "The two countries signed a treaty after talks, intelligence agencies reported.",
    "The Belarusian Ministry of Defense said the exercises will take place in February.",
    "Kenyan President William Ruto hosted French President Emmanuel Macron in Nairobi.",
]
TWINS = {"s": "\u017f", "k": "\u212a", "K": "\u212a", "i": "\u0131", "I": "\u0130"}


def _with_twins(sentence: str, every: int) -> str:
    return "".join(TWINS.get(c, c) if n % every == 0 else c for n, c in enumerate(sentence))


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("every", [1, 2, 3])
def test_twin_letters_find_what_their_ascii_letters_find(sentence, every):
    twinned = _with_twins(sentence, every)
    assert len(twinned) == len(sentence)
    plain = candidates(sentence, PUBLISHED, 0)
    found = candidates(twinned, PUBLISHED, 0)
    # the event rule folds twins as the regex engine does: the same triggers, of the same types
    assert [(e.trigger.start, e.trigger.event_type) for e in found.events] == \
        [(e.trigger.start, e.trigger.event_type) for e in plain.events]
    for event in found.events:
        assert twinned[event.trigger.start:event.trigger.end] == event.trigger.text


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(SENTENCES), st.lists(st.integers(0, 200), max_size=12))
def test_no_mix_of_twin_letters_breaks_the_rules(sentence, positions):
    letters = list(sentence)
    for at in positions:
        if at < len(letters) and letters[at] in TWINS:
            letters[at] = TWINS[letters[at]]
    candidates("".join(letters), PUBLISHED, 0)  # raised KeyError('ſoldiers') before


def test_the_lexicon_key_folds_twins_to_ascii():
    assert lexicon_key("\u017fOLDIER\u017f") == "soldiers"
    assert lexicon_key("M\u0131L\u0130TARY") == "military"
    assert lexicon_key("\u212aYIV") == "kyiv"
    assert lexicon_key("Mini\u017ftry  of\nDefense") == "ministry of defense"
