"""Filter options shared by ``analyze`` and ``export``: date range, edge types, event types."""

from __future__ import annotations

import argparse
from typing import Any

from graph.vocab import EdgeType, EventType

__all__ = ["add_filter_options", "filter_arguments"]

ALL = "all"


def add_filter_options(parser: argparse.ArgumentParser, *, events_help: str) -> None:
    parser.add_argument("--since", default=None, metavar="DATE",
                        help="keep facts dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
    parser.add_argument("--until", default=None, metavar="DATE",
                        help="keep facts dated on or before DATE")
    parser.add_argument("--edge-type", action="append", default=None, metavar="TYPE",
                        choices=[t.value for t in EdgeType],
                        help="typed edge to keep (repeatable; default: all): "
                             + ", ".join(t.value for t in EdgeType))
    parser.add_argument("--event-type", action="append", default=None, metavar="TYPE",
                        choices=[ALL, *(t.value for t in EventType)], help=events_help)


def filter_arguments(args: argparse.Namespace) -> dict[str, Any]:
    """Keyword arguments for the library from the parsed flags (``None``: its default)."""
    event_types: list[str] | None = args.event_type
    if event_types and ALL in event_types:
        event_types = [t.value for t in EventType]
    return {"since": args.since, "until": args.until, "edge_types": args.edge_type,
            "event_types": event_types}
