"""Options shared by several commands, and the store they select."""

from __future__ import annotations

import argparse

from graph.config import StoreConfig
from graph.store import Store

__all__ = ["add_store_options", "open_configured_store", "positive_int"]


def positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def add_store_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", choices=["embedded", "neo4j"], default=None,
                        help="store back end (default: $POLIGRAPH_STORE or embedded)")
    parser.add_argument("--db", default=None,
                        help="embedded database file (default: $POLIGRAPH_DB or ~/.poligraph/graph.lbdb)")


def store_config(args: argparse.Namespace) -> StoreConfig:
    return StoreConfig.from_env(backend=args.store, db_path=args.db)


def open_configured_store(args: argparse.Namespace) -> Store:
    from graph.stores import open_store

    return open_store(store_config(args))
