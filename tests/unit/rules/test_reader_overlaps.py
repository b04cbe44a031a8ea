"""The draft reader keeps one entity per span: people and places inside an organization's words
(or a person's) are dropped, found with sorted spans instead of a scan of all taken ones."""

from __future__ import annotations

from newsevents.article import parse_header
from newsevents.draft.reader import candidates

from tests.conftest import SEED_ARTICLE

TEXTS = [
    " date 2023-05-10 The Russian Foreign Ministry said Foreign Minister Sergei Lavrov met NATO Secretary General "
    "Jens Stoltenberg in Brussels. Russian troops crossed the Ukraine border near Kharkiv, Kenyan President "
    "William Ruto said in Nairobi.",
    SEED_ARTICLE.read_text(encoding="utf-8"),
]


def test_actor_spans_never_overlap_and_places_only_double_their_country():
    for text in TEXTS:
        published, body_start = parse_header(text)
        found = candidates(text, published, body_start)
        actors = sorted((m.start, m.end) for m in found.mentions if m.kind == "actor" and not m.is_country)
        assert actors, "no actors found"
        assert all(end <= next_start for (_, end), (next_start, _) in zip(actors, actors[1:]))
        for place in (m for m in found.mentions if m.kind == "location"):
            assert all(place.end <= start or end <= place.start for start, end in actors)
