"""The name and version every extracted fact is signed with."""

from __future__ import annotations

from poligraph import __version__

__all__ = ["EXTRACTOR"]

EXTRACTOR = f"poligraph.rules/{__version__}"
