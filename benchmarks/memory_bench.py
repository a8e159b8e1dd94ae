"""Peak memory of ingests of growing corpora: it must stay flat, whatever the corpus size."""

from __future__ import annotations

import dataclasses
import json
import shutil
from collections.abc import Sequence

from benchmarks.memory import IngestRun, run_ingest
from benchmarks.table import Figure
from benchmarks.workspace import Workspace

__all__ = ["bench_memory", "measured_ingest", "TARGET_PEAK_BYTES", "TARGET_GROWTH"]

TARGET_PEAK_BYTES = 1.5 * 2**30
TARGET_GROWTH = 1.10
_MIB = 2**20


def measured_ingest(workspace: Workspace, n: int, workers: int, *, store: str = "embedded",
                    fresh: bool = False) -> IngestRun:
    """The measured ingest of ``n`` articles into ``store`` (a back end's name), run once and
    remembered in the workspace.

    The run also leaves the extraction cache for ``n`` articles when there is none yet.
    """
    tag = "" if store == "embedded" else f"{store}-"
    record = workspace.root / f"memory-{tag}seed{workspace.seed}-{n}-w{workers}.json"
    if record.exists() and not fresh:
        return IngestRun(**json.loads(record.read_text(encoding="utf-8")))
    db_path = None
    if store == "embedded":
        db_path = workspace.root / "stores" / f"memory-{n}.lbdb"
        shutil.rmtree(db_path, ignore_errors=True)
        db_path.unlink(missing_ok=True)
        db_path.parent.mkdir(parents=True, exist_ok=True)
        for leftover in db_path.parent.glob(f"{db_path.name}.*"):
            leftover.unlink()
    cache = workspace.cache_path(n)
    partial = cache.with_suffix(".partial") if not cache.exists() else None
    run = run_ingest(workspace.corpus(n), db_path, workers=workers, cache=partial)
    if partial is not None:
        partial.replace(cache)
    record.write_text(json.dumps(dataclasses.asdict(run)), encoding="utf-8")
    return run


def bench_memory(workspace: Workspace, sizes: Sequence[int], *, workers: int = 1,
                 stores: Sequence[str] = ("embedded",), fresh: bool = False) -> list[Figure]:
    """Peak resident memory (process and parser workers) of an ingest of each size into each
    store. The embedded engine lives in the ingest process, so its page cache counts; a Neo4j
    server is a process of its own, so what is left is the pipeline's memory."""
    figures = []
    for store in stores:
        figures += _store_memory(workspace, sizes, workers, store, fresh)
    return figures


def _store_memory(workspace: Workspace, sizes: Sequence[int], workers: int, store: str,
                  fresh: bool) -> list[Figure]:
    runs = {n: measured_ingest(workspace, n, workers, store=store, fresh=fresh)
            for n in sorted(sizes)}
    smallest = min(runs)
    into = "" if store == "embedded" else f" into {store}"
    figures = []
    for n, run in runs.items():
        peak_mib = run.peak_rss / _MIB
        note = (f"{run.written} written, {run.failed} failed in {run.seconds:.0f} s, "
                f"{workers} worker(s); ingest process alone {run.maxrss_self / _MIB:.0f} MiB")
        if n == smallest:
            figures.append(Figure("memory", f"peak RSS, ingest of {n} articles{into}", peak_mib,
                                  "MiB",
                                  target=f"< {TARGET_PEAK_BYTES / _MIB:,.0f} MiB",
                                  met=run.peak_rss < TARGET_PEAK_BYTES, note=note))
            continue
        growth = run.peak_rss / runs[smallest].peak_rss
        figures.append(Figure(
            "memory", f"peak RSS, ingest of {n} articles{into}", peak_mib, "MiB",
            reference=runs[smallest].peak_rss / _MIB, ratio=growth,
            target=f"< {TARGET_PEAK_BYTES / _MIB:,.0f} MiB and <= {TARGET_GROWTH:.2f}x "
                   f"{smallest} articles",
            met=run.peak_rss < TARGET_PEAK_BYTES and growth <= TARGET_GROWTH, note=note))
    return figures
