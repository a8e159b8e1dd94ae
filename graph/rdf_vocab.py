"""The project's RDF vocabulary and the SEM terms it uses, as closed rdflib namespaces.

Both classes raise on a misspelt term (``PG.grantedAsylm`` is an error, not a new IRI). The
tables at the bottom map every enum of :mod:`graph.vocab` to its term, so that a new label,
edge type, event type or role fails a test until it has one.
"""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

from graph.vocab import EdgeType, EventType, NodeLabel, Role

__all__ = ["PG", "SEM", "ID_BASE", "LABEL_CLASSES", "EDGE_PREDICATES", "ROLE_PREDICATES",
           "EVENT_TYPE_TERMS"]

ID_BASE = "https://poligraph.dev/id/"


class PG(DefinedNamespace):
    """Poligraph ontology: actor classes, event types, typed edges, roles and evidence."""

    _fail = True
    _NS = Namespace("https://poligraph.dev/ontology#")

    # classes
    Person: URIRef
    State: URIRef
    Organization: URIRef
    Place: URIRef
    Document: URIRef
    Event: URIRef
    # event types (individuals of sem:EventType), named as in graph.vocab.EventType
    SUMMIT: URIRef
    MEETING: URIRef
    VISIT: URIRef
    CHANGE_OF_POWER: URIRef
    ASYLUM_GRANT: URIRef
    EXTRADITION_REQUEST: URIRef
    SIGNING: URIRef
    INTERVENTION_REQUEST: URIRef
    STATEMENT: URIRef
    ACCUSATION: URIRef
    THREAT: URIRef
    ARREST: URIRef
    ELECTION: URIRef
    PROTEST: URIRef
    SANCTION: URIRef
    # typed actor edges
    grantedAsylum: URIRef
    requestedExtradition: URIRef
    signed: URIRef
    requestedIntervention: URIRef
    metWith: URIRef
    holdsRole: URIRef
    memberOf: URIRef
    accused: URIRef
    criticized: URIRef
    threatened: URIRef
    # roles in an event (sub-properties of sem:hasActor)
    hasAgent: URIRef
    hasRecipient: URIRef
    hasSubject: URIRef
    hasParticipant: URIRef
    hasSource: URIRef
    # data properties
    id: URIRef  # the content id in the store
    kind: URIRef  # organization or document kind
    iso3: URIRef  # ISO 3166-1 alpha-3 code
    cameo: URIRef
    plover: URIRef
    quadClass: URIRef
    sign: URIRef  # +1 cooperation, -1 conflict, 0 neutral (on edge predicates)
    status: URIRef  # asserted | denied | proposed | reported
    confidence: URIRef
    datePrecision: URIRef
    sentence: URIRef  # evidence sentence
    start: URIRef  # evidence offsets into the article's text
    end: URIRef
    event: URIRef  # a typed edge's statement -> the event it belongs to
    title: URIRef
    former: URIRef
    fromState: URIRef
    since: URIRef
    until: URIRef
    date: URIRef
    outlet: URIRef
    path: URIRef


class SEM(DefinedNamespace):
    """The Simple Event Model, the terms this project uses."""

    _fail = True
    _NS = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")

    Event: URIRef
    Actor: URIRef
    Place: URIRef
    EventType: URIRef
    eventType: URIRef
    hasActor: URIRef
    hasPlace: URIRef
    hasTimeStamp: URIRef
    hasBeginTimeStamp: URIRef
    hasEndTimeStamp: URIRef


LABEL_CLASSES: dict[NodeLabel, URIRef] = {
    NodeLabel.PERSON: PG.Person,
    NodeLabel.STATE: PG.State,
    NodeLabel.ORGANIZATION: PG.Organization,
    NodeLabel.PLACE: PG.Place,
    NodeLabel.DOCUMENT: PG.Document,
    NodeLabel.EVENT: PG.Event,
}

EDGE_PREDICATES: dict[EdgeType, URIRef] = {
    EdgeType.GRANTED_ASYLUM: PG.grantedAsylum,
    EdgeType.REQUESTED_EXTRADITION: PG.requestedExtradition,
    EdgeType.SIGNED: PG.signed,
    EdgeType.REQUESTED_INTERVENTION: PG.requestedIntervention,
    EdgeType.MET_WITH: PG.metWith,
    EdgeType.HOLDS_ROLE: PG.holdsRole,
    EdgeType.MEMBER_OF: PG.memberOf,
    EdgeType.ACCUSED: PG.accused,
    EdgeType.CRITICIZED: PG.criticized,
    EdgeType.THREATENED: PG.threatened,
}

ROLE_PREDICATES: dict[Role, URIRef] = {
    Role.AGENT: PG.hasAgent,
    Role.RECIPIENT: PG.hasRecipient,
    Role.SUBJECT: PG.hasSubject,
    Role.PARTICIPANT: PG.hasParticipant,
    Role.SOURCE: PG.hasSource,
}

EVENT_TYPE_TERMS: dict[EventType, URIRef] = {t: PG[t.value] for t in EventType}
