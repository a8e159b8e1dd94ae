"""The record an event rule fills before the article's mentions are merged.

Rules in several modules write drafts and the merging step rewrites them (type, date,
participants), so the record lives apart from both; it becomes a ``graph.model.Event`` only
once the whole article has been read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.model import Evidence
from graph.vocab import EdgeType, EventType, Role
from ingest.time import ResolvedDate

__all__ = ["Draft"]


@dataclass
class Draft:
    type: EventType
    participants: list[tuple[str, Role]]
    evidence: list[Evidence]
    date: ResolvedDate | None = None
    location: str | None = None
    status: str = "asserted"
    properties: dict[str, object] = field(default_factory=dict)
    confidence: float = 0.7
    edges: list[tuple[EdgeType, str, str, dict[str, object], float]] = field(default_factory=list)
    trigger: int = -1  # token index of the word that told the event
    content: tuple[int, int] | None = None  # token span of what a statement reports

    def link(self, edge_type: EdgeType, sources: list[str], targets: list[str],
             confidence: float) -> None:
        """A typed edge from every source to every target, none from an actor to itself."""
        for source in sources:
            for target in targets:
                if source != target:
                    self.edges.append((edge_type, source, target, {}, confidence))
