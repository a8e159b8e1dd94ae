"""The result table every benchmark fills: one row per measured figure, with its target."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["Figure", "Table", "COLUMNS"]

COLUMNS = ("benchmark", "figure", "value", "unit", "reference", "ratio", "target", "met")


@dataclass
class Figure:
    """One measured figure; ``reference`` is what it is compared with (same unit), and
    ``target`` says in words what it must reach. ``met`` is None when there is no target."""

    benchmark: str
    figure: str
    value: float
    unit: str
    reference: float | None = None
    ratio: float | None = None
    target: str = ""
    met: bool | None = None
    note: str = ""


def _fmt(value: float | None) -> str:
    if value is None:
        return "-"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}"


@dataclass
class Table:
    """Figures in the order measured, with the machine they were measured on."""

    figures: list[Figure] = field(default_factory=list)
    machine: dict[str, Any] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)

    def add(self, figure: Figure) -> Figure:
        self.figures.append(figure)
        return figure

    def extend(self, figures: list[Figure]) -> None:
        self.figures.extend(figures)

    @property
    def missed(self) -> list[Figure]:
        return [f for f in self.figures if f.met is False]

    def to_dict(self) -> dict[str, Any]:
        return {"machine": self.machine, "settings": self.settings, "columns": list(COLUMNS),
                "figures": [asdict(f) for f in self.figures]}

    def write_json(self, path: Path) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), indent=2) + "\n", encoding="utf-8")

    def render(self) -> str:
        """A plain-text table, aligned, one figure per line."""
        header = ["benchmark", "figure", "value", "reference", "ratio", "target", "met?"]
        lines = [[f.benchmark, f.figure, f"{_fmt(f.value)} {f.unit}".strip(),
                  _fmt(f.reference), "-" if f.ratio is None else f"{f.ratio:.2f}x",
                  f.target or "-", {True: "yes", False: "NO", None: "-"}[f.met]]
                 for f in self.figures]
        widths = [max(len(row[i]) for row in [header, *lines]) for i in range(len(header))]
        out = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip()
               for row in [header, [("-" * w) for w in widths], *lines]]
        return "\n".join(out)

    def render_markdown(self) -> str:
        header = "| benchmark | figure | value | reference | ratio | target | met? |"
        rows = [header, "|" + "---|" * 7]
        for f in self.figures:
            ratio = "-" if f.ratio is None else f"{f.ratio:.2f}×"
            met = {True: "yes", False: "**no**", None: "-"}[f.met]
            rows.append(f"| {f.benchmark} | {f.figure} | {_fmt(f.value)} {f.unit} | "
                        f"{_fmt(f.reference)} | {ratio} | {f.target or '-'} | {met} |")
        return "\n".join(rows)
