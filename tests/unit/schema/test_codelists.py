"""Codelist CSVs: every row has exactly the header's fields; the review code that drafts write."""

from __future__ import annotations

import datetime as dt

import pytest
from newsevents_schema.codelists import codelists, parse_csv
from newsevents_schema.curation import ArticleReading


def test_every_shipped_codelist_row_has_the_header_fields():
    for name, codes in codelists().items():
        for code, row in codes.rows.items():
            assert None not in row and None not in row.values(), (name, code)


@pytest.mark.parametrize("text, line", [
    ("code,title\nok,Fine\nbad,Too,many\n", 3),
    ("code,title,description\nshort,Short\n", 2),
])
def test_a_row_with_more_or_fewer_fields_is_an_error(text, line):
    with pytest.raises(ValueError, match=rf"demo.csv, line {line}: expected"):
        parse_csv(text, "demo.csv")


def test_drafts_review_needed_and_the_deprecated_name_still_reads_as_needed():
    codes = codelists()["review_status"]
    assert codes.deprecated("unreviewed") == "1.1.0" and codes.deprecated("needed") is None
    reading = {"source": {"file_name": "000_0123456789abcdef.txt", "published_date": dt.date(2022, 1, 19), "language": "en"},
               "events": [], "actors": [{"actor_id": "actor/x", "name": "X", "actor_kind": "state",
                                         "review": "unreviewed", "candidate": "actor@0-1", "rule_id": "people.name"}]}
    assert ArticleReading.model_validate(reading).actors[0].review == "needed"
