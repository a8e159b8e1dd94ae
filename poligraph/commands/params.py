"""``-p key=value`` options: parsed into a dict; typing is left to the query catalog."""

from __future__ import annotations

import argparse

__all__ = ["add_param_option", "parse_params"]


def add_param_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("-p", "--param", action="append", default=[], metavar="KEY=VALUE",
                        help=help_text)


def parse_params(pairs: list[str]) -> dict[str, str]:
    """``["a=1", "b=x=y"]`` -> ``{"a": "1", "b": "x=y"}``; a pair without ``=`` is a usage error."""
    params: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise argparse.ArgumentTypeError(f"parameter {pair!r} is not KEY=VALUE")
        params[key.strip()] = value
    return params
