"""Readable text summaries of extractions, for the terminal."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from graph.model import Extraction

__all__ = ["describe_extraction", "describe_totals", "Totals"]


def describe_extraction(x: Extraction) -> str:
    """One article: its title, actors by type, events and typed edges with their sentence."""
    names = {e.id: e.name for e in x.entities}
    art = x.article
    lines = [f"== {art.path}" + (f" — {art.title}" if art.title else "")
             + (f" ({art.published})" if art.published else "")]
    by_type: dict[str, list[str]] = {}
    for ent in x.entities:
        by_type.setdefault(ent.type.value, []).append(ent.name)
    for label, members in sorted(by_type.items()):
        lines.append(f"  {label}: {', '.join(members)}")
    for ev in x.events:
        who = ", ".join(f"{names[p.entity]} ({p.role.value})" for p in ev.participants)
        where = f" in {names[ev.location]}" if ev.location else ""
        status = "" if ev.status == "asserted" else f" [{ev.status}]"
        lines.append(f"  event {ev.type.value} {ev.date or 'undated'}{where}{status}: {who}")
    for edge in x.edges:
        extra = ", ".join(f"{k}={names.get(v, v) if isinstance(v, str) else v}"
                          for k, v in sorted(edge.properties.items()) if v not in (None, False, ""))
        lines.append(f"  {names[edge.source]} -[{edge.type.value}]-> {names[edge.target]}"
                     + (f" ({extra})" if extra else ""))
        if edge.evidence:
            lines.append(f"      \"{_clip(edge.evidence[0].sentence)}\"")
    return "\n".join(lines)


class Totals:
    """Running counts over many articles, so a long run need not keep its extractions."""

    def __init__(self) -> None:
        self.articles = 0
        self.entities: Counter[str] = Counter()
        self.events: Counter[str] = Counter()
        self.edges: Counter[str] = Counter()

    def add(self, x: Extraction) -> None:
        self.articles += 1
        self.entities.update(e.type.value for e in x.entities)
        self.events.update(v.type.value for v in x.events)
        self.edges.update(e.type.value for e in x.edges)

    def __str__(self) -> str:
        parts = [f"{self.articles} articles extracted"]
        for title, counter in (("actors", self.entities), ("events", self.events),
                               ("edges", self.edges)):
            if counter:
                parts.append(f"{title}: " + ", ".join(f"{k} {n}" for k, n in counter.most_common()))
        return "\n".join(parts)


def describe_totals(extractions: Iterable[Extraction]) -> str:
    """Counts over many articles: actors by type, events and edges by type."""
    totals = Totals()
    for x in extractions:
        totals.add(x)
    return str(totals)


def _clip(text: str, width: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
