"""Figures, their targets and verdicts, and how the suite prints and saves them."""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

MET = "met"
SHORT = "falls short"
NOT_MEASURABLE = "not measurable yet"
FAILED = "failed to run"
# Issue 16: a figure whose files would not fit on the disk beside the benchmark vault (the note
# says how much it needs and how much is free), and a figure of a feature the app does not have yet.
NOT_MEASURED = "not measured"
NOT_BUILT = "feature not built"


@dataclass(frozen=True)
class Target:
    """A bound on the figure itself (``on="value"``) or on its ratio to the baseline."""

    op: str  # "<=" or ">="
    bound: float
    on: str  # "value" or "ratio"
    text: str  # as the spec writes it, e.g. "≤ 1.3×"

    def holds(self, value: float | None, ratio: float | None) -> bool | None:
        measured = value if self.on == "value" else ratio
        if measured is None or math.isnan(measured):
            return None
        return measured <= self.bound if self.op == "<=" else measured >= self.bound


@dataclass
class Figure:
    """One row of the table. ``value`` and ``baseline`` are in ``unit``; ratio = value / baseline."""

    key: str
    name: str
    unit: str
    target: Target
    value: float | None = None
    baseline: float | None = None
    baseline_name: str = "—"
    verdict: str = NOT_MEASURABLE
    note: str = ""
    detail: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline

    def judge(self) -> Figure:
        """Set the verdict from the measurement (leaves a 'not measurable' or failure alone)."""
        if self.value is None:
            if self.verdict == MET:
                self.verdict = NOT_MEASURABLE
            return self
        held = self.target.holds(self.value, self.ratio)
        self.verdict = NOT_MEASURABLE if held is None else MET if held else SHORT
        return self

    def as_json(self) -> dict[str, Any]:
        out = {k: v for k, v in asdict(self).items() if k not in ("target", "detail")}
        out["ratio"] = None if self.ratio is None else round(self.ratio, 3)
        out["target"] = asdict(self.target)
        out["detail"] = self.detail
        return out


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "MiB":
        return f"{value:.0f} MiB"
    if unit == "µs":
        return f"{value:.0f} µs" if value >= 10 else f"{value:.1f} µs"
    if unit == "MiB/s":
        return f"{value:.0f} MiB/s"
    if unit == "rows/s":
        return f"{value:,.0f} rows/s"
    return f"{value:.3g} {unit}".strip()


def table(figures: list[Figure]) -> str:
    """The figures as a Markdown table (also readable as plain text)."""
    header = ("figure", "value", "baseline", "ratio", "target", "verdict")
    rows = [header]
    for f in figures:
        base = "—" if f.baseline is None else f"{_fmt(f.baseline, f.unit)} ({f.baseline_name})"
        ratio = "—" if f.ratio is None else f"{f.ratio:.2f}×"
        verdict = f.note if f.verdict == NOT_MEASURED and f.note else f.verdict
        verdict += f" ({f.note})" if f.note and f.verdict not in (MET, NOT_MEASURED) else ""
        rows.append((f.name, _fmt(f.value, f.unit), base, ratio, f.target.text, verdict))
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def write_json(path: Path, *, scale: str, seed: int, machine: dict[str, Any], figures: list[Figure],
               started_at: str, seconds: float) -> None:
    body = {
        "format": "casefile-bench",
        "version": 1,
        "scale": scale,
        "seed": seed,
        "started_at": started_at,
        "seconds": round(seconds, 1),
        "machine": machine,
        "figures": [f.as_json() for f in figures],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(body, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
