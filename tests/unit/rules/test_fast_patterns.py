"""Patterns written first letter first, for speed, find exactly what their plain forms find."""

from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from newsevents.rules.events import parties
from newsevents.rules.events.steps import parties as party_steps, sentence

#: Each fast pattern and the plain form it must equal: a leading lookbehind, then the words.
PLAIN = {
    "he or she": (parties._HE_OR_SHE, re.compile(r"(?<![\w-])(?:he|she)\s", re.I)),
    "they": (parties._THEY, re.compile(r"(?<![\w-])they\s", re.I)),
    "passive": (sentence._PASSIVE_WORD, re.compile(r"(?<![\w-])(?:was|were|is|are|been|being|be)\s", re.I)),
    "background": (sentence._BACKGROUND_WORD, re.compile(
        r"(?<![\w-])(?:amid|amidst|despite|spite|(?:weeks|days|months|years|hours)[ \u00a0]+of)(?![\w-])", re.I)),
    "subordinate": (sentence._SUBORDINATE_OPENER, re.compile(party_steps._SUBORDINATE_OPENING)),
}
WORDS = ["he", "she", "She", "HE", "they", "They", "was", "were", "Is", "are", "been", "being", "be", "amid",
         "amidst", "Despite", "spite", "weeks", "days", "months", "years", "hours", "of", "as", "when", "while",
         "after", "before", "until", "because", "since", "once", "the", "some", "his", "her", "thousands", "crowds",
         "sh", "t", "w", "a",
         "ashe", "bees", "-", "x", "9",
         # near misses: a letter too few, too many or another first letter
         "se", "Se", "hhe", "thy", "wass", "ar", "bein", "ami", "amidstx", "dmid", "sinc", "whil", "asfter"]
texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", "\u00a0", "", "-", ", ", "  "])),
                 max_size=14).map(lambda parts: "".join(word + gap for word, gap in parts))


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 6))
def test_fast_patterns_find_what_their_plain_forms_find(text, start):
    for name, (fast, plain) in PLAIN.items():
        assert [m.span() for m in fast.finditer(text, start)] == [m.span() for m in plain.finditer(text, start)], name


def test_fast_patterns_agree_on_every_pair_of_words():
    for first in WORDS:
        for gap in (" ", "-", ""):
            for second in WORDS:
                text = f"x {first}{gap}{second} "
                for name, (fast, plain) in PLAIN.items():
                    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], (
                        name, text)


def test_the_fast_patterns_find_their_words():
    assert parties._HE_OR_SHE.search("Then she said") and not parties._HE_OR_SHE.search("the shed is ashen")
    assert sentence._BACKGROUND_WORD.search("amid weeks of protests") and not sentence._BACKGROUND_WORD.search("pyramid")
