"""``python -m benchmarks.compare BEFORE.json AFTER.json [...]``: runs side by side, as Markdown.

For showing what a change bought: each column is one run's value and ratio, with its verdict.
Also ``python -m benchmarks.compare RUN.json`` prints a single run's table again.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from benchmarks.results import Figure, Target, _fmt, table


def _figure(body: dict[str, Any]) -> Figure:
    return Figure(body["key"], body["name"], body["unit"], Target(**body["target"]), value=body["value"],
                  baseline=body["baseline"], baseline_name=body["baseline_name"], verdict=body["verdict"],
                  note=body.get("note", ""))


def _cell(fig: Figure | None) -> str:
    if fig is None:
        return "—"
    mark = {"met": "✓", "falls short": "✗"}.get(fig.verdict, "?")
    shown = _fmt(fig.value, fig.unit)
    if fig.target.on == "ratio" and fig.ratio is not None:
        shown += f" ({fig.ratio:.2f}×)"
    return f"{mark} {shown}"


def compare(runs: list[dict[str, Any]], labels: list[str]) -> str:
    by_run = [{f["key"]: _figure(f) for f in run["figures"]} for run in runs]
    keys = list(dict.fromkeys(k for run in by_run for k in run))
    header = ["figure", "target", *labels]
    rows = [header]
    for key in keys:
        first = next(run[key] for run in by_run if key in run)
        rows.append([first.name, first.target.text, *(_cell(run.get(key)) for run in by_run)])
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    runs = [json.loads(Path(p).read_text(encoding="utf-8")) for p in argv]
    if len(runs) == 1:
        print(table([_figure(f) for f in runs[0]["figures"]]))
    else:
        print(compare(runs, [Path(p).stem for p in argv]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
