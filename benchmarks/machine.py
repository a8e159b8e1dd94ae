"""A description of the machine and software a benchmark ran on, for the record."""

from __future__ import annotations

import os
import platform
import subprocess
from pathlib import Path
from typing import Any

__all__ = ["describe_machine"]


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _version(module: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(module)
    except PackageNotFoundError:
        return None


def _commit() -> str | None:
    repo = Path(__file__).resolve().parent.parent
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=repo, check=True,
                             capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


def describe_machine(neo4j_version: str | None = None) -> dict[str, Any]:
    """CPU count and model, memory, Python, spaCy and its model, store versions, commit."""
    import psutil

    from ingest.nlp import installed_model

    model = installed_model()
    return {
        "cpus": os.cpu_count(),
        "cpu_model": _cpu_model(),
        "memory_gib": round(psutil.virtual_memory().total / 2**30, 1),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "spacy": _version("spacy"),
        "spacy_model": f"{model} {_version(model) or _version(model.replace('_', '-')) or ''}".strip(),
        "ladybug": _version("ladybug"),
        "neo4j_driver": _version("neo4j"),
        "neo4j_server": neo4j_version,
        "commit": _commit(),
    }
