"""Options shared by several commands, and the store they select."""

from __future__ import annotations

import argparse

from graph.config import StoreConfig
from graph.store import Store

__all__ = ["add_store_options", "open_configured_store", "positive_int", "add_reader_options",
           "reader_options", "store_config"]


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


def store_config(args: argparse.Namespace, *, ingesting: bool = False) -> StoreConfig:
    return StoreConfig.from_env(backend=args.store, db_path=args.db, ingesting=ingesting)


def open_configured_store(args: argparse.Namespace, *, ingesting: bool = False) -> Store:
    """The store the flags and environment select; ``ingesting`` bounds its page cache."""
    from graph.stores import open_store

    return open_store(store_config(args, ingesting=ingesting))


def add_reader_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--field", action="append", default=[], metavar="ROLE=NAME",
                        help="JSON field holding an article part, e.g. text=body "
                             "(roles: text, title, date, url, source); repeatable")
    parser.add_argument("--encoding", default=None,
                        help="text encoding of the inputs (default: detected per file)")
    parser.add_argument("--max-size-mb", type=positive_int, default=50,
                        help="refuse files larger than this, in MB (default 50)")


def reader_options(args: argparse.Namespace) -> object:
    """ReaderOptions from the flags (imported lazily: the readers pull in parsers)."""
    from graph.errors import ConfigError
    from ingest.readers import ReaderOptions

    fields = {}
    for item in args.field:
        role, sep, name = item.partition("=")
        if not sep:
            raise ConfigError(f"--field expects ROLE=NAME, got {item!r}")
        fields[role.strip()] = name.strip()
    return ReaderOptions(fields=fields, encoding=args.encoding,
                         max_file_bytes=args.max_size_mb * 1024 * 1024)
