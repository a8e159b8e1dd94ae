"""Closed vocabularies of the graph: node labels, kinds, edge types, event types and roles.

Everything that names a label, an edge type or an event type (stores, queries, dashboard, RDF
export) reads it from here, so that a new term is added in one place and a misspelt one fails
loudly instead of creating a stray label.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, IntEnum

__all__ = [
    "NodeLabel",
    "ACTOR_LABELS",
    "OrgKind",
    "DocumentKind",
    "DatePrecision",
    "Role",
    "QuadClass",
    "EventType",
    "EventCodes",
    "EdgeType",
    "EdgeSpec",
    "PARTICIPATED_IN",
    "OCCURRED_AT",
    "REPORTED_IN",
    "MENTIONS",
]


class NodeLabel(str, Enum):
    """One label per node; the store schema is generated from this list."""

    PERSON = "Person"
    STATE = "State"
    ORGANIZATION = "Organization"
    PLACE = "Place"
    DOCUMENT = "Document"
    EVENT = "Event"
    ARTICLE = "Article"


# Labels that can take part in events and typed edges.
ACTOR_LABELS: tuple[NodeLabel, ...] = (
    NodeLabel.PERSON,
    NodeLabel.STATE,
    NodeLabel.ORGANIZATION,
    NodeLabel.PLACE,
    NodeLabel.DOCUMENT,
)


class OrgKind(str, Enum):
    IGO = "igo"
    GOVERNMENT = "government"
    GOVERNMENT_BODY = "government_body"
    PARTY = "party"
    MILITARY = "military"
    MEDIA = "media"
    NGO = "ngo"
    OTHER = "other"


class DocumentKind(str, Enum):
    STATEMENT = "statement"
    DECLARATION = "declaration"
    AGREEMENT = "agreement"
    LETTER = "letter"


class DatePrecision(str, Enum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"


class Role(str, Enum):
    """How an actor took part in an event (the role edge between actor and event)."""

    AGENT = "agent"  # who acts: the grantor, the requester, the signatory, the speaker
    RECIPIENT = "recipient"  # who is asked or acted upon: the state asked to extradite
    SUBJECT = "subject"  # whom the event is about: the person sheltered or to be handed over
    PARTICIPANT = "participant"  # symmetric taking part: summit members, meeting sides
    SOURCE = "source"  # the outlet that reported the event


class QuadClass(IntEnum):
    """CAMEO quad classes, used to sign the cooperation/conflict network."""

    NEUTRAL = 0
    VERBAL_COOPERATION = 1
    MATERIAL_COOPERATION = 2
    VERBAL_CONFLICT = 3
    MATERIAL_CONFLICT = 4

    @property
    def sign(self) -> int:
        """+1 for cooperation, -1 for conflict, 0 otherwise."""
        if self in (QuadClass.VERBAL_COOPERATION, QuadClass.MATERIAL_COOPERATION):
            return 1
        if self in (QuadClass.VERBAL_CONFLICT, QuadClass.MATERIAL_CONFLICT):
            return -1
        return 0


@dataclass(frozen=True)
class EventCodes:
    """CAMEO code, PLOVER category and quad class of one event type.

    ``cameo`` is ``None`` where CAMEO has no code for the type (a change of power, an
    election): we say so rather than invent one.
    """

    cameo: str | None
    plover: str | None
    quad: QuadClass
    description: str


class EventType(str, Enum):
    SUMMIT = "SUMMIT"
    MEETING = "MEETING"
    VISIT = "VISIT"
    CHANGE_OF_POWER = "CHANGE_OF_POWER"
    ASYLUM_GRANT = "ASYLUM_GRANT"
    EXTRADITION_REQUEST = "EXTRADITION_REQUEST"
    SIGNING = "SIGNING"
    INTERVENTION_REQUEST = "INTERVENTION_REQUEST"
    STATEMENT = "STATEMENT"
    ACCUSATION = "ACCUSATION"
    THREAT = "THREAT"
    ARREST = "ARREST"
    ELECTION = "ELECTION"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"

    @property
    def codes(self) -> EventCodes:
        return _EVENT_CODES[self]

    def cameo(self, demanded: bool = False) -> str | None:
        """CAMEO code; an extradition that is demanded rather than asked for is 1013."""
        if self is EventType.EXTRADITION_REQUEST and demanded:
            return "1013"
        return self.codes.cameo

    def quad(self, demanded: bool = False) -> QuadClass:
        if self is EventType.EXTRADITION_REQUEST and demanded:
            return QuadClass.VERBAL_CONFLICT
        return self.codes.quad


_EVENT_CODES: dict[EventType, EventCodes] = {
    EventType.SUMMIT: EventCodes("044", "CONSULT", QuadClass.VERBAL_COOPERATION,
                                 "meeting of heads of state or government"),
    EventType.MEETING: EventCodes("040", "CONSULT", QuadClass.VERBAL_COOPERATION,
                                  "meeting or talks between actors"),
    EventType.VISIT: EventCodes("042", "CONSULT", QuadClass.VERBAL_COOPERATION,
                                "official visit"),
    EventType.CHANGE_OF_POWER: EventCodes(None, None, QuadClass.NEUTRAL,
                                          "coup, ouster, revolution or resignation; no CAMEO code"),
    EventType.ASYLUM_GRANT: EventCodes("075", "AID", QuadClass.MATERIAL_COOPERATION,
                                       "asylum, political shelter or refuge granted to a person"),
    EventType.EXTRADITION_REQUEST: EventCodes("0213", "REQUEST", QuadClass.VERBAL_COOPERATION,
                                              "request (1013: demand) that a person be handed over"),
    EventType.SIGNING: EventCodes("057", "AGREE", QuadClass.VERBAL_COOPERATION,
                                  "signature of a statement, declaration, agreement or letter"),
    EventType.INTERVENTION_REQUEST: EventCodes("0234", "REQUEST", QuadClass.VERBAL_COOPERATION,
                                               "appeal for troops, forces or military protection"),
    EventType.STATEMENT: EventCodes("010", None, QuadClass.NEUTRAL,
                                    "public statement or reported speech"),
    EventType.ACCUSATION: EventCodes("112", "ACCUSE", QuadClass.VERBAL_CONFLICT, "accusation"),
    EventType.THREAT: EventCodes("130", "THREATEN", QuadClass.VERBAL_CONFLICT, "threat"),
    EventType.ARREST: EventCodes("173", "COERCE", QuadClass.MATERIAL_CONFLICT,
                                 "arrest or detention"),
    EventType.ELECTION: EventCodes(None, None, QuadClass.NEUTRAL,
                                   "election or vote; no CAMEO code"),
    EventType.PROTEST: EventCodes("140", "PROTEST", QuadClass.VERBAL_CONFLICT,
                                  "demonstration or protest"),
    EventType.SANCTION: EventCodes("163", "SANCTION", QuadClass.MATERIAL_CONFLICT,
                                   "embargo, boycott or sanctions"),
}


@dataclass(frozen=True)
class EdgeSpec:
    """What an actor edge links and how it signs the cooperation/conflict network."""

    sources: tuple[NodeLabel, ...]
    targets: tuple[NodeLabel, ...]
    core: bool
    directed: bool
    sign: int
    description: str

    def allows(self, source: NodeLabel, target: NodeLabel) -> bool:
        """Whether an edge of this type may link these labels (undirected edges either way)."""
        if source in self.sources and target in self.targets:
            return True
        return not self.directed and target in self.sources and source in self.targets


_ACTORS = (NodeLabel.PERSON, NodeLabel.STATE, NodeLabel.ORGANIZATION)


class EdgeType(str, Enum):
    GRANTED_ASYLUM = "GRANTED_ASYLUM"
    REQUESTED_EXTRADITION = "REQUESTED_EXTRADITION"
    SIGNED = "SIGNED"
    REQUESTED_INTERVENTION = "REQUESTED_INTERVENTION"
    MET_WITH = "MET_WITH"
    HOLDS_ROLE = "HOLDS_ROLE"
    MEMBER_OF = "MEMBER_OF"
    ACCUSED = "ACCUSED"
    CRITICIZED = "CRITICIZED"
    THREATENED = "THREATENED"

    @property
    def spec(self) -> EdgeSpec:
        return _EDGE_SPECS[self]


_EDGE_SPECS: dict[EdgeType, EdgeSpec] = {
    EdgeType.GRANTED_ASYLUM: EdgeSpec(_ACTORS, (NodeLabel.PERSON,), True, True, 1,
                                      "gives asylum, political shelter or refuge to a person"),
    EdgeType.REQUESTED_EXTRADITION: EdgeSpec(_ACTORS, (NodeLabel.PERSON,), True, True, -1,
                                             "asks that a person be handed over; `from`: the state asked"),
    EdgeType.SIGNED: EdgeSpec(_ACTORS, (NodeLabel.DOCUMENT,), True, True, 1,
                              "signs a statement, declaration, agreement or letter"),
    EdgeType.REQUESTED_INTERVENTION: EdgeSpec(_ACTORS, (NodeLabel.STATE, NodeLabel.ORGANIZATION),
                                              False, True, 1,
                                              "asks a state or organization to send troops or forces"),
    EdgeType.MET_WITH: EdgeSpec(_ACTORS, _ACTORS, False, False, 1, "met (undirected)"),
    EdgeType.HOLDS_ROLE: EdgeSpec((NodeLabel.PERSON,),
                                  (NodeLabel.STATE, NodeLabel.ORGANIZATION, NodeLabel.PLACE),
                                  False, True, 0, "holds (or held) a title; `title`, `former`"),
    EdgeType.MEMBER_OF: EdgeSpec(_ACTORS, (NodeLabel.ORGANIZATION,), False, True, 0,
                                 "is a member of an organization"),
    EdgeType.ACCUSED: EdgeSpec(_ACTORS, _ACTORS, False, True, -1, "accuses"),
    EdgeType.CRITICIZED: EdgeSpec(_ACTORS, _ACTORS, False, True, -1, "criticizes"),
    EdgeType.THREATENED: EdgeSpec(_ACTORS, _ACTORS, False, True, -1, "threatens"),
}

# Structural relationship types (not actor edges): roles, places, provenance.
PARTICIPATED_IN = "PARTICIPATED_IN"  # actor -> Event, property `role`
OCCURRED_AT = "OCCURRED_AT"  # Event -> Place
REPORTED_IN = "REPORTED_IN"  # Event -> Article
MENTIONS = "MENTIONS"  # Article -> actor
