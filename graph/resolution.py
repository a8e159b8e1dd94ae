"""Cross-article entity resolution: the alias index kept by the store.

Each actor node carries ``match_keys`` (see :func:`graph.rows.match_keys`). An incoming
entity takes the id of the one existing node of its label that shares a key with it; with no
match, or with several (two different people both plausible), it keeps its own id, so that
variants merge but namesakes stay apart.
"""

from __future__ import annotations

from collections import defaultdict

from graph.model import Extraction
from graph.rows import ArticleRows, match_keys
from graph.vocab import NodeLabel

__all__ = ["AliasIndex"]

# Labels whose ids the extractor fixes on its own (ISO codes; per-article documents).
_SELF_KEYED = (NodeLabel.STATE, NodeLabel.DOCUMENT)


class AliasIndex:
    def __init__(self) -> None:
        self._by_key: dict[tuple[NodeLabel, str], set[str]] = defaultdict(set)
        self._ids: set[str] = set()

    def add_node(self, label: NodeLabel, node_id: str, name: str | None,
                 keys: list[str]) -> None:
        self._ids.add(node_id)
        for key in keys:
            self._by_key[(label, key)].add(node_id)

    def add(self, rows: ArticleRows) -> None:
        for label, nodes in rows.nodes.items():
            for node in nodes:
                self.add_node(label, node["id"], node["name"], node["match_keys"])

    def resolve(self, extraction: Extraction) -> dict[str, str]:
        """Map each local entity id of the extraction to the global id it should be stored as."""
        resolved: dict[str, str] = {}
        for ent in extraction.entities:
            if ent.type in _SELF_KEYED or ent.key in self._ids:
                resolved[ent.id] = ent.key
                continue
            candidates: set[str] = set()
            for key in match_keys(ent.type, ent.name_variants()):
                candidates |= self._by_key.get((ent.type, key), set())
            resolved[ent.id] = next(iter(candidates)) if len(candidates) == 1 else ent.key
        return resolved
