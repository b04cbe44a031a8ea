"""Sentence splitting on invented news text: abbreviations, quotes, paragraphs, headings, offsets."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from newsevents.article import parse_header
from newsevents.rules.sentences import Sentence, split_sentences

from tests.conftest import SEED_ARTICLE


def texts(text: str, start: int = 0) -> list[str]:
    return [s.text for s in split_sentences(text, start)]


def test_titles_initials_and_month_abbreviations_do_not_end_sentences():
    text = ("Mr. Okafor met Gen. Haddad and Dr. Ruiz on Jan. 9 in Lagos. John F. Kennedy Airport was closed! "
            "Did Sen. Lind attend? Flight No. 5 left at 6 a.m. from Gate 3.")
    assert texts(text) == [
        "Mr. Okafor met Gen. Haddad and Dr. Ruiz on Jan. 9 in Lagos.",
        "John F. Kennedy Airport was closed!",
        "Did Sen. Lind attend?",
        "Flight No. 5 left at 6 a.m. from Gate 3.",
    ]


def test_an_abbreviation_ends_a_sentence_when_a_sentence_start_follows():
    text = "Sanctions were imposed by the U.S. The E.U. Council met in Brussels. Ties with the U.K. improved."
    assert texts(text) == ["Sanctions were imposed by the U.S.", "The E.U. Council met in Brussels.",
                           "Ties with the U.K. improved."]
    assert texts("Envoys from the U.S. State Department arrived.") == ["Envoys from the U.S. State Department arrived."]


def test_quotes_end_sentences_only_when_the_sentence_ends():
    text = ("“We will not retreat,” he said. “The border is closed.” Officials agreed. "
            "“Why now?” she asked. He said “no.” 2021 was worse.")
    assert texts(text) == ["“We will not retreat,” he said.", "“The border is closed.”", "Officials agreed.",
                           "“Why now?” she asked.", "He said “no.”", "2021 was worse."]


def test_paragraphs_and_headings_without_final_punctuation():
    text = ("Floods in Porto Alegre\n\nRescuers arrived on Sunday. Roads were cut\n\n"
            "‘A national emergency’\n\nThe governor asked for help.")
    assert texts(text) == ["Floods in Porto Alegre", "Rescuers arrived on Sunday.", "Roads were cut",
                           "‘A national emergency’", "The governor asked for help."]


def test_single_line_breaks_split_headings_but_not_wrapped_lines():
    text = "Strike in Warsaw\nBus drivers walked out on\nMonday, the union said.\nTrams still run."
    assert texts(text) == ["Strike in Warsaw", "Bus drivers walked out on\nMonday, the union said.", "Trams still run."]


def test_the_date_header_is_skipped_by_starting_at_the_body():
    text = " date 2023-05-02 Floods hit Porto Alegre.\u00a0Rescuers — mostly volunteers — arrived. Done."
    _, body_start = parse_header(text)
    sentences = split_sentences(text, body_start)
    assert [s.text for s in sentences] == ["Floods hit Porto Alegre.", "Rescuers — mostly volunteers — arrived.", "Done."]
    assert sentences[0] == Sentence(17, 41, "Floods hit Porto Alegre.")


def test_curly_quotes_non_breaking_spaces_and_dashes_do_not_shift_offsets():
    text = "“Kyiv\u00a0is calm,” — the mayor said… Then\u2009sirens sounded! ‘Stay inside,’ police warned.\u00a0End"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["“Kyiv\u00a0is calm,” — the mayor said…", "Then\u2009sirens sounded!",
                                           "‘Stay inside,’ police warned.", "End"]
    for sentence in sentences:
        assert text[sentence.start:sentence.end] == sentence.text


def test_seed_article():
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    _, body_start = parse_header(text)
    sentences = split_sentences(text, body_start)
    assert sentences[0].start == body_start == 17
    assert len(sentences) == 28
    assert "‘External aggression’" in [s.text for s in sentences]
    assert any(s.text.startswith("“Today, I invited Russia") and s.text.endswith("Olaf Scholz.") for s in sentences)
    assert any(s.text.startswith("Tomorrow, Blinken will meet") and s.text.endswith("Ukraine.”") for s in sentences)
    for sentence in sentences:
        assert text[sentence.start:sentence.end] == sentence.text


def test_start_beyond_the_text_and_empty_text():
    assert split_sentences("", 0) == []
    assert split_sentences("One. Two.", 50) == []
    assert texts("   \n\n  ") == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab AZ.!?…\n\r\t\u00a0“”‘’\"'-—3.Mr()")), max_size=80), st.integers(0, 90))
def test_spans_are_sorted_disjoint_trimmed_and_exact(text, start):
    previous_end = min(start, len(text))
    for sentence in split_sentences(text, start):
        assert previous_end <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start:sentence.end] == sentence.text == sentence.text.strip()
        previous_end = sentence.end


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_never_raises_and_keeps_every_word(text):
    sentences = split_sentences(text)
    assert "".join(text.split()) == "".join("".join(s.text.split()) for s in sentences)
