"""Memberships stated in the text: MEMBER_OF edges from the dependency parse.

Read: "The CSTO includes Belarus, Russia and Armenia", "an alliance grouping A and B",
"Benin and Nigeria join the AfCFTA" (also "planned to join"), "A is a member of X",
"A, a member of X".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.model import Edge
from graph.vocab import EdgeType, NodeLabel
from ingest.actor_table import ActorTable
from ingest.gazetteer import Gazetteer
from ingest.provenance import EXTRACTOR

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["find_memberships"]

_GROUPING = frozenset({"include", "comprise", "group", "unite", "consist", "encompass"})
_MEMBERS = (NodeLabel.STATE, NodeLabel.ORGANIZATION, NodeLabel.PERSON)


def _with_conjuncts(token: "Token") -> list["Token"]:
    return [token, *token.conjuncts]


def _entity(table: ActorTable, token: "Token", labels: tuple[NodeLabel, ...]) -> str | None:
    local = table.entity_at(token.i)
    if local is None:
        return None
    return local if table.get(local).type in labels else None


def _subjects(token: "Token") -> list["Token"]:
    """Subjects of a verb, climbing through "planned to join" and relative clauses."""
    verb = token
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            out = []
            for subject in subjects:
                if subject.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
                    subject = verb.head
                elif subject.lower_ in ("it", "they") and verb.dep_ in ("ccomp", "xcomp", "conj"):
                    return _subjects(verb.head)  # "Nigeria announced it planned to join"
                out.extend(_with_conjuncts(subject))
            return out
        if verb.dep_ in ("xcomp", "conj", "advcl", "relcl", "acl") and verb.head is not verb:
            if verb.dep_ in ("relcl", "acl"):
                return _with_conjuncts(verb.head)
            verb = verb.head
            continue
        break
    return []


def find_memberships(doc: "Doc", table: ActorTable, gaz: Gazetteer) -> None:
    """Add MEMBER_OF edges (member -> organization) to ``table``."""
    from ingest.actors import evidence_of

    pairs: list[tuple[str, str, "Token"]] = []
    for token in doc:
        lemma = token.lemma_
        if token.pos_ == "VERB" and lemma in _GROUPING:
            groups = [g for g in _subjects(token)
                      if _entity(table, g, (NodeLabel.ORGANIZATION,))]
            objects = [c for c in token.children if c.dep_ in ("dobj", "pobj")]
            objects += [g for c in token.children if c.dep_ == "prep" for g in c.children
                        if g.dep_ == "pobj"]
            for group in groups:
                org = _entity(table, group, (NodeLabel.ORGANIZATION,))
                for obj in objects:
                    for member in _with_conjuncts(obj):
                        local = _entity(table, member, (NodeLabel.STATE,))
                        if local and org:
                            pairs.append((local, org, token))
        elif token.pos_ == "VERB" and lemma == "join":
            objects = [c for c in token.children if c.dep_ == "dobj"]
            for obj in objects:
                org = _entity(table, obj, (NodeLabel.ORGANIZATION,))
                if org is None:
                    continue
                for subject in _subjects(token):
                    local = _entity(table, subject, _MEMBERS)
                    if local and local != org:
                        pairs.append((local, org, token))
        elif token.lower_ in ("member", "members") and token.pos_ == "NOUN":
            orgs = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj"]
            org = next((o for o in (_entity(table, g, (NodeLabel.ORGANIZATION,)) for g in orgs)
                        if o), None)
            if org is None:
                continue
            members: list["Token"] = []
            if token.dep_ == "attr":
                members = [s for c in token.head.children if c.dep_ == "nsubj"
                           for s in _with_conjuncts(c)]
            elif token.dep_ == "appos":
                members = _with_conjuncts(token.head)
            for member in members:
                local = _entity(table, member, _MEMBERS)
                if local and local != org:
                    pairs.append((local, org, token))
    seen: set[tuple[str, str]] = set()
    for member, org, token in pairs:
        if (member, org) in seen:
            continue
        seen.add((member, org))
        table.edges.append(Edge(type=EdgeType.MEMBER_OF, source=member, target=org,
                                confidence=0.7, extractor=EXTRACTOR,
                                evidence=[evidence_of(token.sent)]))
