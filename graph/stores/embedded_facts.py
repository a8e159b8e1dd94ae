"""The facts of the embedded store: each fact key's reports, and whether they conflict.

``conflicting_reports`` groups events by what they tell (``fact_key``, see
:func:`graph.rows.fact_key`). On LadybugDB that grouping read five columns of every event at
each call, half of the query's time at 10,000 articles, so this store keeps one ``Fact`` row
per fact key (the table's primary key, hence looked up by index): its reports (event id,
article, date, status as parallel lists) and the reason they conflict ('' when they agree).
The writer updates the facts a batch touches in the batch's own transaction — reports added
with new events, removed with the events of a rewritten article — so the table never
disagrees with the events. The Neo4j store groups its events at query time instead; the
rule is the same (:func:`conflict_reason`), and the cross-store query tests hold both to it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from graph.vocab import NodeLabel

__all__ = ["FACT_TABLE", "FactChanges", "conflict_reason", "fact_changes", "fact_table_ddl",
           "facts_read", "fact_update", "fact_create", "facts_delete", "reports_of_articles",
           "all_reports"]

FACT_TABLE = "Fact"  # this store's own table: no label of the graph's model
_LISTS = ("event_ids", "article_ids", "dates", "statuses")  # one item per report
_EVENT = NodeLabel.EVENT.value
_KEYS = "CAST($keys AS STRING[])"


def fact_table_ddl() -> str:
    lists = ", ".join(f"{name} STRING[]" for name in _LISTS)
    return (f"CREATE NODE TABLE IF NOT EXISTS {FACT_TABLE}"
            f"(fact_key STRING PRIMARY KEY, type STRING, reason STRING, {lists})")


def conflict_reason(fact_type: str, reports: Iterable[Mapping[str, Any]]) -> str:
    """Why the reports of one fact disagree, '' when they do not.

    Reports from two articles at least whose dates or whose statuses differ (an unknown date
    or status differs from nothing), or statements on one subject from several articles:
    what the Neo4j ``conflicting_reports`` text computes from the events themselves.
    """
    reports = list(reports)
    if len({r["article_id"] for r in reports}) < 2:
        return ""
    if fact_type == "STATEMENT":
        return "several statements"
    if len({r["date"] for r in reports if r["date"] is not None}) > 1:
        return "dates differ"
    if len({r["status"] for r in reports if r["status"] is not None}) > 1:
        return "statuses differ"
    return ""


@dataclass
class FactChanges:
    """What to write: facts to update in place, facts to create, fact keys to delete."""

    update: list[dict[str, Any]] = field(default_factory=list)
    create: list[dict[str, Any]] = field(default_factory=list)
    delete: list[str] = field(default_factory=list)


def fact_changes(stored: Iterable[Mapping[str, Any]], removed_events: Iterable[str],
                 new_events: Iterable[Mapping[str, Any]]) -> FactChanges:
    """The facts after a batch: ``stored`` (rows of :func:`facts_read` for the keys the batch
    touches) without the reports of ``removed_events`` (ids) and with ``new_events`` (event
    rows of :mod:`graph.rows`; those without a fact key tell no fact)."""
    removed = set(removed_events)
    reports: dict[str, dict[str, dict[str, Any]]] = {}  # fact key -> event id -> report
    types: dict[str, str] = {}
    for row in stored:
        key = row["fact_key"]
        types[key] = row["type"]
        kept = reports.setdefault(key, {})
        for event_id, article_id, date, status in zip(*(row[name] or [] for name in _LISTS)):
            if event_id not in removed:
                kept[event_id] = {"article_id": article_id, "date": date, "status": status}
    was_stored = set(reports)
    for event in new_events:
        key = event.get("fact_key") or ""
        if not key:
            continue
        types.setdefault(key, event["type"])
        reports.setdefault(key, {})[event["id"]] = {
            "article_id": event["article_id"], "date": event["date"], "status": event["status"]}
    changes = FactChanges()
    for key, by_event in reports.items():
        if not by_event:
            changes.delete.append(key)
            continue
        ids = sorted(by_event)
        row = {"fact_key": key, "type": types[key],
               "reason": conflict_reason(types[key], by_event.values()),
               "event_ids": ids,
               "article_ids": [by_event[i]["article_id"] for i in ids],
               "dates": [by_event[i]["date"] for i in ids],
               "statuses": [by_event[i]["status"] for i in ids]}
        (changes.update if key in was_stored else changes.create).append(row)
    return changes


def facts_read() -> str:
    """The stored facts of ``$keys`` (found by key, not by a scan)."""
    return (f"UNWIND {_KEYS} AS k MATCH (f:{FACT_TABLE} {{fact_key: k}}) "
            f"RETURN f.fact_key AS fact_key, f.type AS type, "
            + ", ".join(f"f.{name} AS {name}" for name in _LISTS))


def _sets() -> str:
    return ", ".join(["f.reason = CAST(row.reason AS STRING)"]
                     + [f"f.{name} = CAST(row.{name} AS STRING[])" for name in _LISTS])


def fact_update() -> str:
    return f"UNWIND $rows AS row MATCH (f:{FACT_TABLE} {{fact_key: row.fact_key}}) SET {_sets()}"


def fact_create() -> str:
    return (f"UNWIND $rows AS row CREATE (f:{FACT_TABLE} {{fact_key: row.fact_key}}) "
            f"SET f.type = CAST(row.type AS STRING), {_sets()}")


def facts_delete() -> str:
    return f"UNWIND {_KEYS} AS k MATCH (f:{FACT_TABLE} {{fact_key: k}}) DELETE f"


def reports_of_articles() -> str:
    """The events of ``$articles`` that tell a fact (read before the writer deletes them)."""
    return (f"MATCH (e:{_EVENT}) WHERE e.article_id IN CAST($articles AS STRING[]) "
            "AND e.fact_key <> '' RETURN e.id AS id, e.fact_key AS fact_key")


def all_reports() -> str:
    """Every event that tells a fact, as event rows: to fill the table of an older file."""
    return (f"MATCH (e:{_EVENT}) WHERE e.fact_key <> '' RETURN e.id AS id, e.type AS type, "
            "e.fact_key AS fact_key, e.article_id AS article_id, e.date AS date, "
            "e.status AS status")
