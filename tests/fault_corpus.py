"""Inputs for the failure tests: short articles that parse quickly, a folder of bad files, and
the ``poligraph`` command run in a child process.

The sentences are written for these tests.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

_STATES = ["France", "Germany", "Russia", "China", "Brazil", "India", "Turkey", "Mexico",
           "Ecuador", "Belarus", "Kazakhstan", "Armenia"]
_CITIES = ["Paris", "Berlin", "Moscow", "Beijing", "Brasilia", "Delhi", "Ankara", "Geneva"]
_MONTHS = ["January", "March", "May", "July", "September", "November"]


def short_article(number: int) -> str:
    """A two-sentence article with a signing between two states; ``number`` makes it unique."""
    first = _STATES[number % len(_STATES)]
    second = _STATES[(number // len(_STATES) + number + 1) % len(_STATES)]
    if second == first:
        second = _STATES[(number + 5) % len(_STATES)]
    city = _CITIES[number % len(_CITIES)]
    month = _MONTHS[number % len(_MONTHS)]
    return (f"Accord number {number}\n\n"
            f"{first} signed a trade agreement with {second} in {city} on {month} "
            f"{number % 27 + 1}, {2000 + number % 20}. The ministers met for round {number} "
            "of the talks.\n")


def write_corpus(folder: Path, count: int) -> list[Path]:
    """``count`` short articles as ``.txt`` files in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"accord-{number:04d}.txt"
        path.write_text(short_article(number), encoding="utf-8")
        paths.append(path)
    return paths


def cli_env(**extra: str) -> dict[str, str]:
    """The environment for a child ``poligraph``: the repository importable, no stray store."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("POLIGRAPH_", "NEO4J_"))}
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


def poligraph_command(*argv: str) -> list[str]:
    return [sys.executable, "-m", "poligraph", *argv]


def run_cli(*argv: str, env: Mapping[str, str] | None = None,
            timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """``poligraph ARGV`` in a child process; returns its exit status and output."""
    return subprocess.run(poligraph_command(*argv), cwd=REPO, env=dict(env or cli_env()),
                          capture_output=True, text=True, timeout=timeout)
