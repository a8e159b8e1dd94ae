"""A blank line ends a sentence, so headlines without a full stop parse on their own."""

from __future__ import annotations


def test_headline_without_full_stop_is_its_own_sentence() -> None:
    from ingest.nlp import load_pipeline

    text = "Chile asks Peru to hand over the former minister\n\nOfficials in Lima said nothing."
    doc = load_pipeline()(text)
    starts = [s.text.strip() for s in doc.sents]
    assert starts[0] == "Chile asks Peru to hand over the former minister"
    assert starts[-1] == "Officials in Lima said nothing."


def test_single_line_break_does_not_force_a_boundary() -> None:
    from ingest.nlp import load_pipeline

    doc = load_pipeline()("The minister said on Friday that talks\nwould resume in May.")
    assert len(list(doc.sents)) == 1
