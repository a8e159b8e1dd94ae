"""The project's exceptions: one root, a few specific kinds. Only the CLI turns them into messages."""

from __future__ import annotations

__all__ = ["PoligraphError", "InputError", "ExtractionError", "StoreError", "StoreUnavailable",
           "AuthenticationFailed", "QueryError", "ReadOnlyViolation", "ConfigError"]


class PoligraphError(Exception):
    """Root of every error the project raises on purpose."""


class ConfigError(PoligraphError):
    """A setting (flag or environment variable) is missing or invalid."""


class InputError(PoligraphError):
    """An input file cannot be read as an article; the message names the file and the reason."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path, self.reason, self.line = path, reason, line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


class ExtractionError(PoligraphError):
    """The NLP pipeline could not be set up or failed on an article."""


class StoreError(PoligraphError):
    """A store operation failed."""


class StoreUnavailable(StoreError):
    """The database cannot be reached or opened."""


class AuthenticationFailed(StoreError):
    """The database refused the credentials (which are never echoed)."""


class QueryError(StoreError):
    """A query is malformed, unknown, or got bad parameters."""


class ReadOnlyViolation(QueryError):
    """An ad-hoc query tried to change the graph."""
