"""The hand-off between the actor stage and the event stage of extraction.

The actor stage (``ingest.actors``) fills an :class:`ActorTable` from a parsed ``Doc``: the
article's entities with local ids, which tokens refer to which entity (names, surnames, role
descriptions such as "the Belarusian ruler"), and the edges it finds itself (``HOLDS_ROLE``,
``MEMBER_OF``). The event stage (``ingest.events``) reads it to fill event roles from the
dependency parse, and may add entities of its own (documents, places) through :meth:`add`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.ids import actor_key
from graph.model import Edge, Entity
from graph.vocab import NodeLabel

__all__ = ["ActorTable"]


@dataclass
class ActorTable:
    entities: list[Entity] = field(default_factory=list)
    token_entity: dict[int, str] = field(default_factory=dict)  # doc token index -> local id
    edges: list[Edge] = field(default_factory=list)
    media: set[str] = field(default_factory=set)  # local ids of outlets cited as sources
    adjectives: dict[int, str] = field(default_factory=dict)  # token index -> state key ("Kyrgyz")
    key_of: dict[str, str] = field(default_factory=dict)  # actor-stage cluster key -> local id

    def entity_at(self, token_index: int) -> str | None:
        """The local entity id a token refers to, if any."""
        return self.token_entity.get(token_index)

    def is_media(self, local_id: str) -> bool:
        """Whether the entity is an outlet the article cites (a source, not an actor)."""
        return local_id in self.media

    def state_at(self, token_index: int) -> str | None:
        """The local id of the state a token names or qualifies ("Belarus", "Belarusian")."""
        local = self.token_entity.get(token_index)
        if local is not None and self.get(local).type is NodeLabel.STATE:
            return local
        key = self.adjectives.get(token_index)
        entity = self.by_key(key) if key else None
        return entity.id if entity is not None else None

    def get(self, local_id: str) -> Entity:
        for entity in self.entities:
            if entity.id == local_id:
                return entity
        raise KeyError(local_id)

    def by_key(self, key: str) -> Entity | None:
        for entity in self.entities:
            if entity.key == key:
                return entity
        return None

    def add(self, label: NodeLabel, name: str, *, key: str | None = None, kind: str | None = None,
            iso3: str | None = None, aliases: list[str] | None = None,
            tokens: range | None = None) -> str:
        """Add an entity (or return the existing one with the same key) and map its tokens."""
        key = key or actor_key(label, name, iso3=iso3)
        existing = self.by_key(key)
        if existing is not None:
            for alias in aliases or []:
                if alias != existing.name and alias not in existing.aliases:
                    existing.aliases.append(alias)
            local = existing.id
        else:
            local = f"e{len(self.entities) + 1}"
            self.entities.append(Entity(id=local, key=key, type=label, name=name,
                                        aliases=[a for a in aliases or [] if a != name],
                                        kind=kind, iso3=iso3))
        for i in tokens or ():
            self.token_entity[i] = local
        return local
