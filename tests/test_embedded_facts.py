"""The embedded store's facts: which reports conflict, and what a batch changes."""

from __future__ import annotations

from graph.stores.embedded_facts import conflict_reason, fact_changes


def _report(article: str, date: str | None = "2022-01-10", status: str | None = "asserted"
            ) -> dict[str, str | None]:
    return {"article_id": article, "date": date, "status": status}


def test_reports_conflict_only_across_articles_and_unknowns_agree() -> None:
    assert conflict_reason("ARREST", [_report("a"), _report("a", date="2022-01-11")]) == ""
    assert conflict_reason("ARREST", [_report("a"), _report("b", date="2022-01-11")]) == \
        "dates differ"
    assert conflict_reason("ARREST", [_report("a"), _report("b", date=None)]) == ""
    assert conflict_reason("ARREST", [_report("a"), _report("b", status="denied")]) == \
        "statuses differ"
    assert conflict_reason("ARREST", [_report("a", date="2022"), _report("b", status=None)]) == \
        "dates differ"
    assert conflict_reason("STATEMENT", [_report("a"), _report("b")]) == "several statements"


def _event(event_id: str, key: str, article: str, date: str | None = "2022-01-10"
           ) -> dict[str, str | None]:
    return {"id": event_id, "type": key.split("|")[0], "fact_key": key, "article_id": article,
            "date": date, "status": "asserted"}


def test_a_batch_updates_stored_facts_creates_new_ones_and_deletes_emptied_ones() -> None:
    stored = [{"fact_key": "ARREST|subject:x", "type": "ARREST", "event_ids": ["e1"],
               "article_ids": ["a"], "dates": ["2022-01-10"], "statuses": ["asserted"]},
              {"fact_key": "VISIT|agent:y", "type": "VISIT", "event_ids": ["e2"],
               "article_ids": ["b"], "dates": [None], "statuses": ["asserted"]}]
    changes = fact_changes(stored, ["e2"], [_event("e3", "ARREST|subject:x", "c", "2022-02"),
                                            _event("e4", "SUMMIT|host:z", "c"),
                                            _event("e5", "", "c")])
    assert [(row["fact_key"], row["event_ids"], row["dates"], row["reason"])
            for row in changes.update] == [
        ("ARREST|subject:x", ["e1", "e3"], ["2022-01-10", "2022-02"], "dates differ")]
    assert [(row["fact_key"], row["event_ids"], row["reason"]) for row in changes.create] == [
        ("SUMMIT|host:z", ["e4"], "")]
    assert changes.delete == ["VISIT|agent:y"]
