"""Whatever the rules find, the draft they write is a valid reading: a property test over articles
composed from sentences that exercise every rule (names, lists, relative clauses, quotations,
reporting tags, passives, threats, signing, aid, protests, dates)."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from newsevents.article import Article
from newsevents.build.merge import merge
from newsevents.draft.reader import draft

from tests.acceptance.test_extract_cli import ARTICLES

SENTENCES = [
    "Mali and Burkina Faso said they would defend Niger.",
    "Russia, China and Iran warned that any intervention would be a declaration of war, the ministry said.",
    "“We will attend,” Peru said in a statement on Monday.",
    "Kenya welcomed the agreement that Uganda and Sudan signed in Nairobi last week.",
    "Police used tear gas and water cannon to disperse the crowd, and the Interior Ministry said 63 people "
    "were detained.",
    "The treaty was signed by Peru and Chile, officials said.",
    "Kim Yo Jong, the sister of leader Kim Jong Un, condemned Seoul and said talks had failed.",
    "France suspended all financial aid to Niger, the foreign ministry said in a statement.",
    "ECOWAS threatened to launch air strikes, and Nigerian President Bola Tinubu said the region would act.",
    "Thousands of protesters marched in Amman, Cairo and Istanbul on Friday, demanding an end to the war.",
    "Opposition leader Nika Melia was arrested, his party said, days after fighting flared near Alamata.",
    "Chile and Peru agreed on Thursday to resume peace talks in Lima next week, the African Union said.",
    "He told reporters in a statement that his forces would withdraw, and she said so too.",
    "According to Foreign Minister Ana Ruiz, Russia denies any military pretensions.",
    "The 2020-2022 war ended, and Eritrea, which fought in it, sent 3,000 troops to the border.",
    "French President Emmanuel Macron and Italian Prime Minister Giorgia Meloni will attend a summit on Sunday, "
    "their offices said.",
    "Egypt and Qatar, which have mediated past talks, said they were ready to host new talks.",
    "Israeli air strikes killed at least 32 people and more than 100 wounded, mediators Qatar and Egypt said.",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES + [text for text in ARTICLES.values()]), min_size=1, max_size=6),
       st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)))
def test_the_draft_of_any_mix_of_sentences_validates(sentences, published):
    text = " ".join(sentence.split(" date ", 1)[-1] if sentence.startswith(" date ") else sentence
                    for sentence in sentences)
    article = Article(Path("000_mix.txt"), text, hashlib.sha256(text.encode()).hexdigest(), published, 0)
    reading = draft(article)  # raises if an event breaks the curation model (bad spans …)
    for event in reading.events:
        assert text[event.evidence.start:event.evidence.end] == event.evidence.text
        for kind in ("actors", "locations", "quantities"):  # each part of an event can be reviewed on its own
            keys = [item.candidate for item in getattr(event, kind)]
            assert len(keys) == len(set(keys)), keys
    result = merge(reading, reading)  # a curator who confirms every candidate as drafted meets no problem
    assert result.problems == []
