"""The benchmark runner: ``python -m benchmarks {extraction,loading,queries,memory,all}``.

Prints one table of figures (value, reference, ratio, target, met?) and, with ``--json``,
writes it to a file. ``--smoke`` runs every benchmark on a handful of articles, in seconds,
to check that the runner works; its figures mean nothing.

Neo4j is reached through the usual ``NEO4J_URI``/``NEO4J_USER``/``NEO4J_PASSWORD`` variables;
the benchmarks empty that database, so point them at a server of their own.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.table import Table

BENCHMARKS = ("extraction", "loading", "queries", "memory")
STORES = ("embedded", "neo4j")


@dataclass(frozen=True)
class Settings:
    benchmarks: tuple[str, ...]
    workdir: Path
    seed: int
    sizes: tuple[int, ...]  # corpus sizes for queries and memory
    extraction_articles: int
    loading_articles: int
    repeats: int
    workers: int  # parser processes of the measured ingests and of extraction caches
    stores: tuple[str, ...]
    fresh: bool
    skip_queries: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, object]:
        return {"benchmarks": list(self.benchmarks), "seed": self.seed, "sizes": list(self.sizes),
                "extraction_articles": self.extraction_articles,
                "loading_articles": self.loading_articles, "repeats": self.repeats,
                "workers": self.workers, "stores": list(self.stores),
                "skipped_queries": list(self.skip_queries)}


def _sizes(text: str) -> tuple[int, ...]:
    try:
        sizes = tuple(sorted({int(part.replace("_", "")) for part in text.split(",") if part}))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of sizes: {text!r}") from None
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError("sizes are positive numbers of articles")
    return sizes


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n")[0])
    parser.add_argument("benchmark", nargs="*", choices=[*BENCHMARKS, "all"], default=["all"],
                        help="which benchmarks to run (default: all)")
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, to test the runner")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the table as JSON")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--workdir", type=Path, default=Path(".bench"),
                        help="corpora, extraction caches and stores (default: .bench)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sizes", type=_sizes, default=None,
                        help="corpus sizes for queries and memory (default: 1000,10000)")
    parser.add_argument("--extraction-articles", type=int, default=None,
                        help="articles parsed by the extraction benchmark (default: 200)")
    parser.add_argument("--loading-articles", type=int, default=None,
                        help="articles loaded by the loading benchmark (default: 1000)")
    parser.add_argument("--repeats", type=int, default=None,
                        help="timed runs per query (default: 20)")
    parser.add_argument("--workers", type=int, default=2,
                        help="parser processes for the measured ingests and caches (default: 2)")
    parser.add_argument("--stores", default="embedded,neo4j",
                        help="comma-separated back ends (default: embedded,neo4j)")
    parser.add_argument("--skip-query", action="append", default=[], metavar="NAME",
                        help="leave a catalog query out of the queries benchmark (repeatable)")
    parser.add_argument("--fresh", action="store_true",
                        help="measure ingests again instead of reusing remembered ones")
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    chosen = BENCHMARKS if "all" in args.benchmark else tuple(
        b for b in BENCHMARKS if b in args.benchmark)
    stores = tuple(s.strip() for s in args.stores.split(",") if s.strip())
    unknown = [s for s in stores if s not in STORES]
    if unknown:
        raise SystemExit(f"benchmarks: unknown store(s) {', '.join(unknown)}")
    smoke = args.smoke
    return Settings(
        benchmarks=chosen, workdir=args.workdir, seed=args.seed,
        sizes=args.sizes or ((3, 6) if smoke else (1000, 10_000)),
        extraction_articles=args.extraction_articles or (4 if smoke else 200),
        loading_articles=args.loading_articles or (4 if smoke else 1000),
        repeats=args.repeats or (2 if smoke else 20),
        workers=1 if smoke else args.workers, stores=stores, fresh=args.fresh,
        skip_queries=tuple(args.skip_query))


def _store_openers(settings: Settings) -> dict[str, Callable[[str], object]]:
    """Per back end, a function that opens an empty store for a given tag."""
    from graph.config import StoreConfig
    from graph.stores import open_store

    def embedded(tag: str) -> object:
        path = settings.workdir / "stores" / f"{tag}.lbdb"
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(path, ignore_errors=True)
        for stale in [path, *path.parent.glob(f"{path.name}.*")]:
            if stale.is_file():
                stale.unlink()
        return open_store(StoreConfig.from_env(backend="embedded", db_path=path))

    def neo4j(tag: str) -> object:
        import os

        env = dict(os.environ)
        env.setdefault("NEO4J_PASSWORD", "poligraph-dev")
        store = open_store(StoreConfig.from_env(env, backend="neo4j"))
        store._clear_all_for_tests()  # type: ignore[attr-defined]
        return store

    openers = {"embedded": embedded, "neo4j": neo4j}
    return {name: openers[name] for name in settings.stores}


def _neo4j_version(openers: dict[str, Callable[[str], object]],
                   settings: Settings) -> str | None:
    """The server's version, when a chosen benchmark uses Neo4j (checked first, so that an
    unreachable server is reported before any long run)."""
    if "neo4j" not in openers or not {"loading", "queries", "memory"} & set(settings.benchmarks):
        return None
    import os

    from graph.config import StoreConfig
    from graph.stores.neo4j import Neo4jStore

    env = dict(os.environ)
    env.setdefault("NEO4J_PASSWORD", "poligraph-dev")
    with Neo4jStore(StoreConfig.from_env(env, backend="neo4j")) as store:
        return str(store._driver.get_server_info().agent)


def _ingested_store(workspace: object, n: int) -> object | None:
    """The embedded store a measured ingest of ``n`` articles left, if it holds all of them."""
    from graph.config import StoreConfig
    from graph.stores import open_store

    path = workspace.root / "stores" / f"memory-{n}.lbdb"  # type: ignore[attr-defined]
    if not path.exists():
        return None
    store = open_store(StoreConfig.from_env(backend="embedded", db_path=path))
    if len(store.loaded_articles()) != n:
        store.close()
        return None
    return store


def _settle_neo4j(store: object) -> None:
    """Index statistics brought up to date and cached plans dropped after a bulk load, so that
    queries are planned for the loaded graph, as on a server in use. (In one run without
    this, `extradition_requests` took 129 ms p50 on 1,000 articles, against 14 ms in the runs
    before and after: most likely a plan made on the statistics of a graph still loading.)"""
    with store._driver.session() as session:  # type: ignore[attr-defined]
        for procedure in ("db.awaitIndexes", "db.resampleOutdatedIndexes",
                          "db.clearQueryCaches"):
            session.run(f"CALL {procedure}()").consume()


def run(settings: Settings) -> Table:
    """Run the chosen benchmarks in a sensible order and return their table."""
    from benchmarks.machine import describe_machine
    from benchmarks.workspace import Workspace

    workspace = Workspace(settings.workdir, settings.seed)
    openers = _store_openers(settings)
    table = Table(machine=describe_machine(_neo4j_version(openers, settings)),
                  settings=settings.as_dict())
    if "memory" in settings.benchmarks:  # first: its largest ingest also fills the cache
        from benchmarks.memory_bench import bench_memory

        table.extend(bench_memory(workspace, settings.sizes, workers=settings.workers,
                                  stores=tuple(openers), fresh=settings.fresh))
    if "extraction" in settings.benchmarks:
        from benchmarks.extraction import bench_extraction

        table.extend(bench_extraction(workspace.articles(settings.extraction_articles)))
    if "loading" in settings.benchmarks:
        from benchmarks.loading import bench_loading

        n = settings.loading_articles
        extractions = workspace.extractions(n, workers=settings.workers)
        fresh = {name: (lambda opener=opener: opener(f"loading-{n}"))
                 for name, opener in openers.items()}
        table.extend(bench_loading(extractions, workspace.corpus(n), fresh))  # type: ignore[arg-type]
    if "queries" in settings.benchmarks:
        from benchmarks.loading import load_extractions
        from benchmarks.queries import bench_queries

        for n in settings.sizes:
            for name, opener in openers.items():
                store = _ingested_store(workspace, n) if name == "embedded" else None
                if store is None:
                    store = opener(f"queries-{n}")
                    load_extractions(store, workspace.extractions(n, workers=settings.workers))
                    if name == "neo4j":
                        _settle_neo4j(store)
                with store:  # type: ignore[attr-defined]
                    table.extend(bench_queries(store, n, repeats=settings.repeats,
                                               skip=settings.skip_queries))
    return table


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    settings = _settings(args)
    from graph.errors import PoligraphError

    try:
        table = run(settings)
    except PoligraphError as exc:
        print(f"benchmarks: {exc}", file=sys.stderr)
        return 1
    print(table.render_markdown() if args.markdown else table.render())
    if args.json:
        table.write_json(args.json)
    missed = table.missed
    if missed:
        print(f"\n{len(missed)} target(s) missed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
