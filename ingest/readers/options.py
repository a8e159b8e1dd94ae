"""Settings for reading inputs: passed in, never global."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from graph.errors import ConfigError

__all__ = ["ReaderOptions", "FIELD_ROLES", "DEFAULT_FIELD_NAMES"]

MB = 1024 * 1024

#: The article parts a JSON record can carry, each with the names tried by default (in order).
DEFAULT_FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content"),
    "title": ("title", "headline"),
    "date": ("date", "published", "published_at", "pubDate", "datetime"),
    "url": ("url", "link"),
    "source": ("source", "outlet", "sitename", "site_name", "publisher"),
}
FIELD_ROLES = frozenset(DEFAULT_FIELD_NAMES)


@dataclass(frozen=True)
class ReaderOptions:
    """How to read inputs.

    ``fields`` names the JSON field for a role (``{"text": "body"}``); a named field replaces the
    default names for that role. ``encoding`` forces one text encoding instead of detection.
    Files above ``max_file_bytes`` are refused unread; JSON Lines files are streamed, so they
    only need to stay under ``max_stream_bytes`` (and each line under ``max_file_bytes``).
    """

    fields: Mapping[str, str] = field(default_factory=dict)
    max_file_bytes: int = 50 * MB
    max_stream_bytes: int = 8 * 1024 * MB
    encoding: str | None = None

    def __post_init__(self) -> None:
        unknown = set(self.fields) - FIELD_ROLES
        if unknown:
            raise ConfigError(f"unknown JSON field role(s) {sorted(unknown)}; "
                              f"choose from {sorted(FIELD_ROLES)}")
        for role, name in self.fields.items():
            if not isinstance(name, str) or not name:
                raise ConfigError(f"the JSON field name for {role!r} must be a non-empty string")
        if self.max_file_bytes <= 0 or self.max_stream_bytes <= 0:
            raise ConfigError("size limits must be positive")
        if self.encoding is not None:
            import codecs

            try:
                codecs.lookup(self.encoding)
            except LookupError as exc:
                raise ConfigError(f"unknown text encoding {self.encoding!r}") from exc

    def field_names(self, role: str) -> tuple[str, ...]:
        """The JSON field names to try, in order, for ``role``."""
        chosen = self.fields.get(role)
        return (chosen,) if chosen else DEFAULT_FIELD_NAMES[role]
