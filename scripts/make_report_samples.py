"""Build sample reports from a bundle and render their pages to PNG, to look at them.

    python scripts/make_report_samples.py BUNDLE.json OUTDIR [--person ID] [--encounter ID]
        [--pattern-bundle FILE] [--dpi 70] [--max-pages N]

Writes every registered report (``casefile.reports.registry``) in each variant its ``samples``
names — with the reports that ship: summary-en.pdf, summary-es.pdf, summary-redacted.pdf,
encounter-en.pdf, pattern-en.pdf, pattern.csv — and, when poppler's ``pdftoppm`` is installed,
one PNG per page (up to --max-pages per PDF). The reports are dated by the bundle's
``exported_at`` so the samples are reproducible. The pattern report covers the bundle's
encounters, or those of --pattern-bundle (a larger, anonymous set shows the charts better than
one client's file).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab import rl_config

from casefile.reports.context import ReportOptions
from casefile.reports.registry import BundleSource, ReportRequest, registered


def _first_client(bundle: dict[str, Any]) -> str:
    people = bundle.get("people") or []
    for person in people:
        if person.get("is_client"):
            return str(person["id"])
    if not people:
        raise SystemExit("the bundle has no people: pass --person")
    return str(people[0]["id"])


def _first_encounter(bundle: dict[str, Any], person_id: str) -> str:
    encounters = bundle.get("encounters") or []
    for enc in encounters:
        if any(p.get("person_id") == person_id for p in enc.get("participants") or []):
            return str(enc["id"])
    if not encounters:
        raise SystemExit("the bundle has no encounters: pass --encounter")
    return str(encounters[0]["id"])


def _render_pngs(pdf: Path, dpi: int, max_pages: int) -> list[Path]:
    tool = shutil.which("pdftoppm")
    if tool is None:
        return []
    for old in pdf.parent.glob(f"{pdf.stem}-*.png"):
        old.unlink()
    subprocess.run(  # noqa: S603 - fixed tool, our own file names
        [tool, "-png", "-r", str(dpi), "-l", str(max_pages), str(pdf), str(pdf.with_suffix(""))],
        check=True,
    )
    return sorted(pdf.parent.glob(f"{pdf.stem}-*.png"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("bundle", type=Path)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--person", help="whose case summary (default: the first client)")
    parser.add_argument("--encounter", help="which encounter report (default: the client's first)")
    parser.add_argument("--pattern-bundle", type=Path, help="encounters for the pattern report")
    parser.add_argument("--dpi", type=int, default=70)
    parser.add_argument("--max-pages", type=int, default=20, help="PNG pages per PDF at most")
    args = parser.parse_args(argv)

    bundle = json.loads(args.bundle.read_text(encoding="utf-8"))
    person_id = args.person or _first_client(bundle)
    encounter_id = args.encounter or _first_encounter(bundle, person_id)
    exported = bundle.get("exported_at")
    moment = datetime.fromisoformat(exported.replace("Z", "+00:00")) if exported else datetime.now(UTC)
    base = {"generated_by": "sample", "generated_at": moment, "today": moment.date()}
    # Same bundle, same bytes: no creation timestamp or random document id in the samples.
    rl_config.invariant = 1
    args.outdir.mkdir(parents=True, exist_ok=True)

    pattern = None
    if args.pattern_bundle:
        pattern = json.loads(args.pattern_bundle.read_text(encoding="utf-8")).get("encounters") or []
    source = BundleSource(bundle, pattern=pattern, user="sample")
    outputs: dict[str, bytes] = {}
    timings: dict[str, float] = {}
    for spec in registered():
        for variant in spec.samples:
            request = ReportRequest(
                spec.name,
                person_id=person_id if spec.takes("person") else None,
                encounter_id=encounter_id if spec.takes("encounter") else None,
                lang="es" if variant == "es" else "en",
                redact=variant == "redacted",
            )
            options = ReportOptions(lang=request.lang, redact=request.redact, **base)
            start = time.perf_counter()
            built = spec.build(source, request, options, None, None)
            timings[f"{spec.name}-{variant}.pdf"] = time.perf_counter() - start
            outputs[f"{spec.name}-{variant}.pdf"] = built.pdf
            if built.csv is not None:
                (args.outdir / f"{spec.name}.csv").write_text(built.csv, encoding="utf-8")

    for name, data in outputs.items():
        path = args.outdir / name
        path.write_bytes(data)
        pngs = _render_pngs(path, args.dpi, args.max_pages)
        took = timings[name] * 1000
        print(f"{name}: {len(data) // 1024} KiB, built in {took:.0f} ms, {len(pngs)} PNG pages")
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found (apt-get install poppler-utils): no PNG pages rendered")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
