"""Events and typed edges from the dependency parse.

Each trigger (a verb or a nominalisation: "granted asylum", "extradition of X", "signed a
statement", "summit") is read through its syntactic neighbours — subject, object, dative,
passive agent, prepositional objects, the antecedent of a relative clause, the clause that
governs an infinitive or a noun — never through word proximity. Roles are filled with the
entities the actor stage mapped to tokens (``ActorTable``). Denied or refused acts are recorded
with their status and give no typed edge; mentions of one event across an article merge into
one event with several evidence sentences.

The package keeps one module per job: ``lookups`` (what every rule asks of the parse),
one module per event family (``asylum``, ``extradition``, ``documents``, ``gatherings``,
``power``, ``simple``, ``accusations``, ``statements``), ``merging`` (what the whole article
tells about its drafts) and ``reader`` (the families composed into one pass).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.model import Edge, Event
from ingest.actor_table import ActorTable
from ingest.events.reader import Reader
from ingest.time import DateResolver

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["find_events"]


def find_events(doc: "Doc", actors: ActorTable, dates: DateResolver,
                article_id: str) -> tuple[list[Event], list[Edge]]:
    """Events and typed edges of one parsed article (see the module docstring)."""
    reader = Reader(doc, actors, dates, article_id)
    reader.read()
    reader.address_to_shelter()
    return reader.finish()
