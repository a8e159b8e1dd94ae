"""The article reader: every rule family composed, one pass over the tokens, one result.

The families (one module each) only add rules to the shared lookups; this module decides the
order in which they read a token — the order of the drafts, on which merging and event ids
depend — and turns the merged drafts into the graph's events and edges.
"""

from __future__ import annotations

from graph.ids import event_key
from graph.model import Edge, Event, Participant
from ingest.events import (accusations, asylum, documents, extradition, gatherings, power,
                           simple, statements)
from ingest.events.accusations import AccusationRules
from ingest.events.asylum import AsylumRules
from ingest.events.documents import DocumentRules
from ingest.events.extradition import ExtraditionRules
from ingest.events.gatherings import GatheringRules
from ingest.events.merging import merged_drafts, state_leaders
from ingest.events.power import PowerRules
from ingest.events.simple import SimpleEventRules
from ingest.events.statements import StatementRules
from ingest.provenance import EXTRACTOR

__all__ = ["Reader"]

# every lemma some rule starts from: other words are skipped at once
_TRIGGER_LEMMAS = frozenset().union(
    asylum.TRIGGERS, extradition.TRIGGERS, documents.TRIGGERS, gatherings.TRIGGERS,
    power.TRIGGERS, simple.TRIGGERS, accusations.TRIGGERS, statements.TRIGGERS)


class Reader(AsylumRules, ExtraditionRules, DocumentRules, GatheringRules, PowerRules,
             SimpleEventRules, AccusationRules, StatementRules):
    """Reads one parsed article with the rules of every event family."""

    def read(self) -> None:
        for tok in self.doc:
            lemma = tok.lemma_.lower()
            if lemma not in _TRIGGER_LEMMAS and tok.lower_ not in power.TRIGGER_FORMS:
                continue
            self.current = tok.i
            self.read_asylum(tok, lemma)
            self.read_extradition(tok, lemma)
            self.read_documents(tok, lemma)
            self.read_gatherings(tok, lemma)
            self.read_power(tok, lemma)
            self.read_simple(tok, lemma)
            self.read_accusations(tok, lemma)
            self.read_statements(tok, lemma)

    def finish(self) -> tuple[list[Event], list[Edge]]:
        merged = merged_drafts(self.drafts, state_leaders(self.actors))
        events: list[Event] = []
        edges: list[Edge] = []
        seen_edges: set[tuple[str, str, str]] = set()
        for n, draft in enumerate(merged, start=1):
            local = f"v{n}"
            draft.participants = list(dict.fromkeys(draft.participants))
            role_keys = [(role.value, self.actors.get(e).key) for e, role in draft.participants]
            date = draft.date.value if draft.date else None
            events.append(Event(
                id=local,
                key=event_key(draft.type.value, role_keys, date, self.article_id,
                              draft.evidence[0].start),
                type=draft.type, date=date,
                date_precision=draft.date.precision if draft.date else None,
                location=draft.location,
                participants=[Participant(entity=e, role=r) for e, r in draft.participants],
                status=draft.status, properties=dict(draft.properties),  # type: ignore[arg-type]
                confidence=draft.confidence, extractor=EXTRACTOR, evidence=draft.evidence))
            for edge_type, source, target, props, conf in draft.edges:
                if (edge_type.value, source, target) in seen_edges:
                    continue
                seen_edges.add((edge_type.value, source, target))
                edges.append(Edge(type=edge_type, source=source, target=target, event=local,
                                  properties=dict(props), confidence=conf,  # type: ignore[arg-type]
                                  extractor=EXTRACTOR, evidence=draft.evidence[:1]))
        return events, edges
