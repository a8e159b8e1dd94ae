"""One LadybugDB database object per file and process, shared by the stores opened on it.

The engine lets a single read-write database object own a file: another process is refused by
a file lock, and a second object in the same process would bypass that lock and corrupt the
file. So stores opened on one path (the CLI and a dashboard page, two tests) share one object,
counted by reference and closed with the last user; each store has its own connection. The
engine also admits one write transaction at a time, so writers take the shared ``write_lock``.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.config import DEFAULT_DB_CACHE_MB
from graph.errors import StoreUnavailable

__all__ = ["SharedDatabase", "acquire", "release"]

_LOCK_HOLDER = re.compile(r"held by PID (\d+)")


@dataclass
class SharedDatabase:
    path: Path
    database: Any  # ladybug.Database
    cache_mb: int | None = DEFAULT_DB_CACHE_MB
    users: int = 0
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    # Articles committed through any store on this file: a store whose alias index was
    # built at an older count reloads it, so names another store wrote are resolved.
    commits: int = 0


_OPEN: dict[Path, SharedDatabase] = {}
_GUARD = threading.Lock()


def acquire(path: Path, cache_mb: int | None = DEFAULT_DB_CACHE_MB) -> SharedDatabase:
    """The shared database object of ``path``, opened (and created) on first use with a page
    cache of ``cache_mb`` megabytes, or the engine's default (later users share the first
    one's cache)."""
    path = Path(path).expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreUnavailable(f"cannot create the folder of embedded store {path}: "
                               f"{exc.strerror or exc}") from None
    if path.is_dir():
        raise StoreUnavailable(f"embedded store {path} is a folder, not a database file")
    key = path.resolve()
    with _GUARD:
        shared = _OPEN.get(key)
        if shared is None:
            shared = SharedDatabase(path=key, database=_open(path, cache_mb), cache_mb=cache_mb)
            _OPEN[key] = shared
        shared.users += 1
        return shared


def release(shared: SharedDatabase) -> None:
    """Give back a reference; the last one closes the database and frees the file lock."""
    with _GUARD:
        shared.users -= 1
        if shared.users > 0:
            return
        if _OPEN.get(shared.path) is shared:
            del _OPEN[shared.path]
        shared.database.close()


def _open(path: Path, cache_mb: int | None) -> Any:
    import ladybug

    try:
        return ladybug.Database(str(path), buffer_pool_size=(cache_mb or 0) * 2**20)
    except (RuntimeError, OSError) as exc:
        raise _unavailable(path, exc) from None


def _unavailable(path: Path, exc: BaseException) -> StoreUnavailable:
    """A one-line reason for a database that cannot be opened, naming the file."""
    message = str(exc)
    if "Could not set lock" in message:
        holder = _LOCK_HOLDER.search(message)
        who = f"another process (PID {holder.group(1)})" if holder else "another process"
        return StoreUnavailable(f"embedded store {path} is in use by {who}: stop it (a running "
                                "dashboard or ingest) or choose another file with --db")
    if "not a valid" in message:
        return StoreUnavailable(f"{path} is not an embedded Poligraph database (LadybugDB): "
                                "choose another file with --db")
    first = next((line.strip() for line in message.splitlines() if line.strip()),
                 type(exc).__name__)
    return StoreUnavailable(f"cannot open embedded store {path}: {first[:300]}")
