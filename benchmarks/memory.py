"""Peak memory of an ingest, measured from outside its process.

The ingest runs in a child process (``benchmarks.ingest_run``); a sampler sums the resident
memory of the child and of the parser workers it starts, and keeps the peak. Workers are fresh
interpreters (spawned, not forked), so they share little more than the pages of common
libraries with the ingest process; counting those once per process makes the sum a slight
upper bound. Only the cheap resident figure is sampled: reading a process's page map (for
shared or proportional figures) holds its memory lock and, with the store's large address
space, stalls the ingest.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

__all__ = ["IngestRun", "run_ingest"]

_SAMPLE_S = 0.25


@dataclass
class IngestRun:
    """What one measured ingest did and took."""

    articles: int
    written: int
    skipped: int
    failed: int
    seconds: float
    peak_rss: int  # bytes, sum over the process tree
    maxrss_self: int  # bytes, as recorded by the kernel for the ingest process itself


def run_ingest(corpus: Path, db_path: Path | None, *, workers: int = 1,
               cache: Path | None = None) -> IngestRun:
    """Ingest ``corpus`` in a child process into a fresh embedded store at ``db_path``, or,
    with ``db_path`` None, into the emptied Neo4j database of ``NEO4J_URI`` (whose server's
    memory is its own, bounded by its settings, and not counted)."""
    import psutil

    target = ["--db", str(db_path)] if db_path is not None else ["--neo4j"]
    command = [sys.executable, "-m", "benchmarks.ingest_run", str(corpus), *target,
               "--workers", str(workers)]
    if cache is not None:
        command += ["--cache", str(cache)]
    repo = Path(__file__).resolve().parent.parent
    child = subprocess.Popen(command, cwd=repo, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        root = psutil.Process(child.pid)
        while not done.is_set():
            rss = 0
            try:
                for proc in [root, *root.children(recursive=True)]:
                    try:
                        rss += proc.memory_info().rss
                    except (psutil.NoSuchProcess, psutil.AccessDenied):
                        continue
            except psutil.NoSuchProcess:
                return
            peak[0] = max(peak[0], rss)
            done.wait(_SAMPLE_S)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = child.communicate()
    done.set()
    sampler.join()
    if child.returncode != 0:
        raise RuntimeError(f"ingest of {corpus} failed ({child.returncode}): "
                           f"{err.strip().splitlines()[-1] if err.strip() else 'no message'}")
    result = json.loads(out.strip().splitlines()[-1])
    return IngestRun(articles=result["read"], written=result["written"],
                     skipped=result["skipped"], failed=result["failed"],
                     seconds=result["seconds"], peak_rss=peak[0],
                     maxrss_self=result["maxrss_self_kib"] * 1024)
