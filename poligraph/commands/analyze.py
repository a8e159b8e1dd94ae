"""``poligraph analyze``: centrality, communities, ego networks and the signed network."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from poligraph.commands.network_filters import add_filter_options, filter_arguments
from poligraph.commands.options import add_store_options, open_configured_store, positive_int

if TYPE_CHECKING:
    import networkx as nx

Result = tuple[str, list[dict[str, Any]]]  # a title and the rows of the table

ANALYSES = ("centrality", "communities", "ego", "signed")
MEASURES = ("pagerank", "degree", "betweenness")  # as graph.analytics.centrality.MEASURES


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "analyze", help="network analytics: central actors, communities, ego and signed networks",
        description="Project the actors and their typed edges into a network and rank or group "
                    "them. centrality: actors by PageRank, degree or betweenness; communities: "
                    "Louvain groups (seeded); ego: the neighbourhood of --actor; signed: pairs "
                    "of actors by summed cooperation (+) and conflict (-).")
    p.add_argument("analysis", choices=ANALYSES, help="what to compute")
    add_filter_options(p, events_help="also link the participants of events of TYPE "
                                      "(repeatable, or 'all'; default: none)")
    p.add_argument("--actor", default=None, metavar="NAME",
                   help="the centre of the ego network: an id, name or alias")
    p.add_argument("--radius", type=int, choices=[1, 2], default=1,
                   help="steps from the actor in the ego network (default 1)")
    p.add_argument("--top", type=positive_int, default=20, metavar="N",
                   help="rows to show (default 20)")
    p.add_argument("--by", choices=MEASURES, default="pagerank",
                   help="measure that ranks the centrality table (default pagerank)")
    p.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    p.add_argument("--json", action="store_true", help="print JSON")
    add_store_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from graph.analytics import project
    from graph.errors import ConfigError

    if args.analysis == "ego" and not args.actor:
        raise ConfigError("analyze ego needs --actor NAME")
    with open_configured_store(args) as store:
        g = project(store, **filter_arguments(args))
    title, rows = _ANALYSES[args.analysis](g, args)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    from poligraph.commands.output import render_rows

    print(title)
    print(render_rows(rows, "table"))
    return 0


def _centrality(g: "nx.MultiDiGraph", args: argparse.Namespace) -> Result:
    from graph.analytics import centrality

    rows = [r.to_dict() for r in centrality(g, top=args.top, by=args.by, seed=args.seed)]
    for row in rows:
        row["betweenness"] = round(row["betweenness"], 4)
        row["pagerank"] = round(row["pagerank"], 4)
    return (f"Central actors by {args.by} ({g.number_of_nodes()} actors, "
            f"{g.number_of_edges()} edges)", rows)


def _communities(g: "nx.MultiDiGraph", args: argparse.Namespace) -> Result:
    from graph.analytics import communities

    found = communities(g, seed=args.seed)
    if args.json:
        return "", [c.to_dict() for c in found[: args.top]]
    rows = [{"community": c.index, "size": c.size, "members": list(c.names)}
            for c in found[: args.top]]
    return f"Communities (Louvain, seed {args.seed}): {len(found)} found", rows


def _ego(g: "nx.MultiDiGraph", args: argparse.Namespace) -> Result:
    from graph.analytics import ego, resolve_actor

    centre = resolve_actor(g, args.actor)
    sub = ego(g, centre, radius=args.radius)
    rows = []
    for u, v, data in sub.edges(data=True):
        rows.append({"source": sub.nodes[u].get("name") or u, "type": data.get("type"),
                     "target": sub.nodes[v].get("name") or v, "date": data.get("date"),
                     "event_type": data.get("event_type"), "source_id": u, "target_id": v})
    rows.sort(key=lambda r: (r["date"] or "~", r["type"] or "", r["source"], r["target"]))
    if not args.json:
        rows = [{k: v for k, v in r.items() if not k.endswith("_id")} for r in rows]
    name = g.nodes[centre].get("name") or centre
    return (f"Ego network of {name} ({centre}), radius {args.radius}: "
            f"{sub.number_of_nodes()} actors, {sub.number_of_edges()} edges", rows)


def _signed(g: "nx.MultiDiGraph", args: argparse.Namespace) -> Result:
    from graph.analytics import signed_network, signed_pairs

    s = signed_network(g)
    rows = signed_pairs(s, top=args.top)
    if not args.json:
        rows = [{k: v for k, v in r.items() if not k.endswith("_id")} for r in rows]
    return (f"Signed network: {s.number_of_edges()} pairs "
            "(+ cooperation, - conflict; weight = sum of sign x confidence)", rows)


_ANALYSES = {"centrality": _centrality, "communities": _communities, "ego": _ego,
             "signed": _signed}
