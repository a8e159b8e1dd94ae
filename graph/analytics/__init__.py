"""Network analytics over the actor graph, with networkx: one topic per module.

A store is projected once into a :class:`networkx.MultiDiGraph` of actors (:func:`project`);
the measures take that graph, so they can be combined, cached or run on a hand-built graph.
"""

from graph.analytics.centrality import CentralityRow, centrality
from graph.analytics.communities import Community, communities
from graph.analytics.ego import ego, resolve_actor
from graph.analytics.projection import CO_PARTICIPATION, project, project_snapshot, simple_graph
from graph.analytics.signed import SignedPair, signed_network, signed_pairs

__all__ = ["project", "project_snapshot", "simple_graph", "CO_PARTICIPATION", "centrality",
           "CentralityRow", "communities", "Community", "ego", "resolve_actor",
           "signed_network", "signed_pairs", "SignedPair"]
