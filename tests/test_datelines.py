"""Inline datelines: the hyphen after the filing place is read as a dash, offsets untouched."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_extractor
from graph.model import Extraction
from ingest.datelines import with_dateline_dashes


@pytest.mark.parametrize("text", [
    "YEREVAN - The talks began.",
    "BUENOS AIRES - The talks began.",
    "BISHKEK, April 20 - The talks began.",
    "MINSK, May 23 (Wire Service) - The talks began.",
    "ST. PETERSBURG (Wire) - The talks began.",
    "CHIȘINĂU - The talks began.",
    "Leaders meet\n\nASTANA - The talks began.",
])
def test_the_hyphen_of_an_inline_dateline_becomes_an_em_dash(text: str) -> None:
    rewritten = with_dateline_dashes(text)
    assert len(rewritten) == len(text)
    dash = text.rindex(" - ") + 1
    assert rewritten[dash] == "\u2014"
    assert rewritten[:dash] + "-" + rewritten[dash + 1:] == text


@pytest.mark.parametrize("text", [
    "The talks - which began late - went on.",          # a dash in running text
    "Yerevan - The talks began.",                        # the place is not in capitals
    "The summit opened.\nYEREVAN - The talks began.",    # not at a paragraph's start
    "MEXICO CITY, Nov. 11 (Wire) -- The talks began.",   # a double hyphen the model reads
    "NATO-Russia talks resumed.",
])
def test_other_hyphens_stay(text: str) -> None:
    assert with_dateline_dashes(text) == text


@pytest.fixture(scope="module")
def extract():
    return article_extractor(date(2022, 10, 17))


def _people(x: Extraction) -> set[str]:
    return {e.name for e in x.entities if e.type.value == "Person"}


def test_the_name_after_a_dateline_is_neither_glued_nor_lost(extract) -> None:
    x = extract("YEREVAN - Mohammed bin Salman met Nikol Pashinyan in Yerevan on Monday.")
    assert _people(x) == {"Mohammed bin Salman", "Nikol Pashinyan"}
    meeting = next(v for v in x.events if v.type.value == "MEETING")
    # the evidence is the article's own text, hyphen and all
    assert meeting.evidence[0].sentence.startswith("YEREVAN - Mohammed bin Salman met")
    x = extract("BISHKEK, April 20 - Roza Otunbayeva said the interim government would ask "
                "Belarus to extradite Kurmanbek Bakiyev.")
    assert "Roza Otunbayeva" in _people(x)
