"""The embedded store's article texts, kept in a SQLite file beside the graph file.

Why not a column of the Article table: LadybugDB rewrites the changed group of rows of a
column whole at each checkpoint, and all articles share one group, so every checkpoint of an
ingest rewrote every text stored so far. Its working memory grew with the corpus (930 MiB at
10,000 articles against 724 MiB without the texts; see BENCHMARKS.md). Here a text is written
once, keyed by its article's id.

Texts are written before the graph transaction that adds their articles: a failure between
the two leaves a text without an article (harmless, replaced when the article is written
again), never an article without its text.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Collection, Mapping
from pathlib import Path

from graph.errors import StoreError

__all__ = ["ArticleTexts", "texts_path"]


def texts_path(db_path: Path) -> Path:
    """Where the texts of the graph file ``db_path`` live."""
    return db_path.with_name(db_path.name + ".texts")


class ArticleTexts:
    """Article texts by id; the file is created on the first write."""

    def __init__(self, db_path: Path) -> None:
        self.path = texts_path(db_path)
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()  # the store writes from a thread of its own

    def put(self, texts: Mapping[str, str]) -> None:
        """Store (or replace) the texts, committed before returning."""
        if not texts:
            return
        with self._lock:
            try:
                conn = self._connect(create=True)
                assert conn is not None
                with conn:
                    conn.executemany("INSERT OR REPLACE INTO texts(id, text) VALUES (?, ?)",
                                     list(texts.items()))
            except sqlite3.Error as exc:
                raise StoreError(f"article texts {self.path}: {exc}") from None

    def get(self, ids: Collection[str]) -> dict[str, str]:
        """The stored texts of ``ids`` (ids without one are left out)."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return {}
        with self._lock:
            try:
                conn = self._connect(create=False)
                if conn is None:
                    return {}
                found: dict[str, str] = {}
                for start in range(0, len(wanted), 500):  # within SQLite's parameter limit
                    chunk = wanted[start:start + 500]
                    marks = ",".join("?" * len(chunk))
                    found.update(conn.execute(
                        f"SELECT id, text FROM texts WHERE id IN ({marks})", chunk).fetchall())
                return found
            except sqlite3.Error as exc:
                raise StoreError(f"article texts {self.path}: {exc}") from None

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def _connect(self, *, create: bool) -> sqlite3.Connection | None:
        if self._conn is None:
            if not create and not self.path.exists():
                return None
            self._conn = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("CREATE TABLE IF NOT EXISTS texts (id TEXT PRIMARY KEY, "
                               "text TEXT NOT NULL)")
        return self._conn
