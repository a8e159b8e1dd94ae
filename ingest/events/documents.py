"""Signing: "X and Y signed a declaration", "the statement signed by X", "a deal between X
and Y".

The document signed becomes an actor of its own (label ``DOCUMENT``, one per article and
name), so that every signer gets a ``SIGNED`` edge to the same node.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.ids import actor_key
from graph.vocab import DocumentKind, EdgeType, EventType, NodeLabel, Role
from ingest.events.drafts import Draft
from ingest.events.lookups import Lookups

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["DocumentRules", "TRIGGERS"]

_DOCUMENT_NOUNS = {"statement": DocumentKind.STATEMENT, "declaration": DocumentKind.DECLARATION,
                   "agreement": DocumentKind.AGREEMENT, "treaty": DocumentKind.AGREEMENT,
                   "accord": DocumentKind.AGREEMENT, "pact": DocumentKind.AGREEMENT,
                   "deal": DocumentKind.AGREEMENT, "memorandum": DocumentKind.AGREEMENT,
                   "protocol": DocumentKind.AGREEMENT, "charter": DocumentKind.AGREEMENT,
                   "convention": DocumentKind.AGREEMENT, "document": DocumentKind.STATEMENT,
                   "communique": DocumentKind.STATEMENT, "letter": DocumentKind.LETTER,
                   "appeal": DocumentKind.LETTER, "resolution": DocumentKind.DECLARATION}
_AGREEMENT_NOUNS = {"agreement", "treaty", "accord", "pact", "deal", "memorandum", "protocol",
                    "convention"}
_SIGN_VERBS = {"sign", "ink", "adopt", "conclude", "reach", "initial", "endorse", "countersign"}
_QUANTITY = {"number", "series", "package", "set", "couple", "raft", "host", "pair"}
TRIGGERS = frozenset(_SIGN_VERBS | _AGREEMENT_NOUNS)


class DocumentRules(Lookups):
    """Rules for documents signed, adopted or agreed between parties."""

    def read_documents(self, tok: "Token", lemma: str) -> None:
        if tok.pos_ == "VERB" and lemma in _SIGN_VERBS:
            self.signing(tok)
        elif tok.dep_ == "acl" and lemma == "sign":
            self.signing(tok)
        if tok.pos_ == "NOUN" and lemma in _AGREEMENT_NOUNS:
            self.agreement(tok)

    def document(self, noun: "Token") -> str | None:
        lemma = noun.lemma_.lower()
        if lemma not in _DOCUMENT_NOUNS:
            return None
        words = [t.text for t in noun.subtree if t.i <= noun.i and t.dep_ in ("compound", "amod")
                 and t.head is noun] + [noun.text]
        name = " ".join(words)
        key = actor_key(NodeLabel.DOCUMENT, name, disambiguator=self.article_id)
        return self.actors.add(NodeLabel.DOCUMENT, name[0].upper() + name[1:], key=key,
                               kind=_DOCUMENT_NOUNS[lemma].value)

    def signing(self, verb: "Token") -> None:
        lemma = verb.lemma_.lower()
        if verb.dep_ == "acl":  # "the statement signed by X"
            doc_token = verb.head
            signers_tok = self.pobj(verb, "by")
        elif self.child(verb, "nsubjpass") is not None:
            doc_token = self.child(verb, "nsubjpass")
            signers_tok = self.pobj(verb, "by")
        else:
            doc_token = self.child(verb, "dobj")
            signers_tok = self.subject(verb)
        if doc_token is not None and doc_token.lemma_.lower() in _QUANTITY:
            doc_token = self.pobj(doc_token, "of") or doc_token
        if doc_token is None:
            return
        if lemma != "sign" and doc_token.lemma_.lower() not in _DOCUMENT_NOUNS:
            return
        if lemma in ("adopt", "endorse") and doc_token.lemma_.lower() not in (
                "statement", "declaration", "resolution", "communique"):
            return
        document = self.document(doc_token)
        if document is None:
            return
        signers: list[str] = []
        if signers_tok is not None:
            signers = self.entities_under(signers_tok, (NodeLabel.PERSON,))
            if not signers:
                signers = self.entities_under(signers_tok, (NodeLabel.STATE, NodeLabel.ORGANIZATION))
            if not signers:
                signers = self.group(signers_tok)
        if not signers:  # "all heads of state signed ... at a CSTO summit": the gathering's members
            for prep in verb.children:
                if prep.dep_ == "prep":
                    signers += [s for s in self.entities_under(prep, (NodeLabel.ORGANIZATION,))
                                if s not in signers]
        # "X signed an accord with Y", "a deal between X and Y": the other parties signed too
        signers += [p for p in self.parties(doc_token) + self.group(self.pobj(verb, "with"))
                    if p not in signers and self.label(p) is not NodeLabel.PLACE]
        signers = [s for s in signers if self.label(s) is not NodeLabel.DOCUMENT
                   and not self.actors.is_media(s)]
        status = self.status(verb)
        roles = [(s, Role.AGENT) for s in signers] + [(document, Role.SUBJECT)]
        draft = self.add(Draft(EventType.SIGNING, roles, [self.evidence(verb)],
                               self.date(verb, EventType.SIGNING),
                               location=self.location(verb), status=status,
                               confidence=0.8 if signers else 0.5))
        if status != "denied":
            draft.link(EdgeType.SIGNED, signers, [document], 0.8)

    def parties(self, noun: "Token") -> list[str]:
        """The parties an agreement names: "between X and Y", "with Y", "the X-Y deal"."""
        found = self.group(self.pobj(noun, "between", "with"))
        named = [self.actors.entity_at(c.i) or self.actors.state_at(c.i)
                 for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
        if len({n for n in named if n}) >= 2:  # one name alone is the document's subject
            found += [n for n in dict.fromkeys(named) if n and n not in found]
        return [p for p in found if self.label(p) in (NodeLabel.STATE, NodeLabel.ORGANIZATION,
                                                      NodeLabel.PERSON)]

    def agreement(self, noun: "Token") -> None:
        """An agreement between named parties tells that they signed it."""
        parties = self.parties(noun)
        if len(parties) < 2:
            return
        document = self.document(noun)
        if document is None:
            return
        roles = [(p, Role.AGENT) for p in parties] + [(document, Role.SUBJECT)]
        draft = self.add(Draft(EventType.SIGNING, roles, [self.evidence(noun)],
                               self.dates.date_for(noun, 1), confidence=0.6))
        draft.link(EdgeType.SIGNED, parties, [document], 0.65)
