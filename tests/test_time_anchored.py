"""Days counted from a day the article named before ("the following day", "two days later")."""

from __future__ import annotations

from datetime import date

import pytest


@pytest.fixture(scope="module")
def nlp():
    from ingest.nlp import load_pipeline

    return load_pipeline()


def _dates(nlp, text: str, published: date) -> dict[str, str | None]:
    from ingest.time import DateResolver

    doc = nlp(text)
    resolver = DateResolver(text, published, doc)
    out = {}
    for ent in doc.ents:
        if ent.label_ == "DATE":
            found = resolver.resolve_span(ent)
            out[ent.text] = found.value if found else None
    return out


def test_following_day_and_days_later_count_from_the_last_day_named(nlp) -> None:
    text = ("Envoys met in Doha on 3 March 2021. The following day, the talks ended. "
            "Two days later, the envoys flew home.")
    dates = _dates(nlp, text, date(2021, 3, 20))
    assert dates["The following day"] == "2021-03-04"
    assert dates["Two days later"] == "2021-03-06"


def test_a_date_naming_a_document_is_not_an_anchor(nlp) -> None:
    text = ("On Wednesday, envoys rejected the June 12 treaty. The next day, Oman replied.")
    dates = _dates(nlp, text, date(2021, 7, 16))  # a Friday
    assert dates["Wednesday"] == "2021-07-14"
    assert dates["The next day"] == "2021-07-15"


def test_without_an_earlier_day_nothing_is_guessed(nlp) -> None:
    assert _dates(nlp, "The following day, talks resumed.", date(2021, 3, 1)).get(
        "The following day") is None
