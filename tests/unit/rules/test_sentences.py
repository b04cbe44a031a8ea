"""Sentence splitting on invented news text: abbreviations, quotes, headings, offsets."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from newsevents.rules.sentences import split_sentences

from tests.conftest import SEED_ARTICLE


def texts(text: str, start: int = 0) -> list[str]:
    return [s.text for s in split_sentences(text, start)]


def test_abbreviations_and_initials_do_not_end_sentences():
    text = ("Mr. Okafor met Gen. Haddad in the U.S. capital on Feb. 3. They spoke for an hour! "
            "Did Dr. Ruiz attend? John F. Kennedy Airport was closed.")
    assert texts(text) == [
        "Mr. Okafor met Gen. Haddad in the U.S. capital on Feb. 3.",
        "They spoke for an hour!",
        "Did Dr. Ruiz attend?",
        "John F. Kennedy Airport was closed.",
    ]


def test_closing_quotes_stay_with_their_sentence():
    text = "“We will not retreat.” The minister left. He said “no.” 2021 was worse. “Why?” she asked."
    assert texts(text) == ["“We will not retreat.”", "The minister left.", "He said “no.”", "2021 was worse.",
                           "“Why?” she asked."]


def test_each_line_is_a_paragraph_and_headings_stand_alone():
    text = "  Protests in Santiago\n\nThousands marched on Sunday.   \n   \nPolice used water cannon\nin the centre."
    assert texts(text) == ["Protests in Santiago", "Thousands marched on Sunday.", "Police used water cannon",
                           "in the centre."]


def test_offsets_point_into_the_whole_text_after_start():
    text = " date 2023-05-02 Floods hit Porto Alegre.\u00a0Rescuers — mostly volunteers — arrived. Done."
    sentences = split_sentences(text, 17)
    assert [s.text for s in sentences] == ["Floods hit Porto Alegre.", "Rescuers — mostly volunteers — arrived.", "Done."]
    for sentence in sentences:
        assert text[sentence.start:sentence.end] == sentence.text


def test_seed_article_paragraphs():
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    sentences = split_sentences(text, 17)
    assert sentences[0].start == 17
    assert "‘External aggression’" in [s.text for s in sentences]
    assert any(s.text.startswith("Tomorrow, Blinken will meet") and s.text.endswith("Ukraine.”") for s in sentences)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab AZ.!?\n\r\t\u00a0“”’\"'-—3.Mr")), max_size=80), st.integers(0, 90))
def test_spans_are_sorted_disjoint_and_exact(text, start):
    previous_end = start if start <= len(text) else len(text)
    for sentence in split_sentences(text, start):
        assert previous_end <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start:sentence.end] == sentence.text == sentence.text.strip()
        previous_end = sentence.end
