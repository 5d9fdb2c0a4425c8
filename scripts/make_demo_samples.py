"""Sample reports from the synthetic demo vault, rendered to PNG so a reader can see them.

    .venv/bin/python scripts/make_demo_samples.py OUTDIR [--vault PATH] [--dpi 70] [--max-pages N]

Creates the demo vault (``casefile.services.demo.ensure_demo_vault``) in a temporary folder, or
reuses it when it is already there, then picks the client with the most encounters and an
encounter with a collateral arrest, and builds every registered report
(``casefile.reports.registry``, in each variant its ``samples`` names) through
``casefile.services.reporting.build`` (the same call the app's Reports section and ``casefile
report`` make). With the reports that ship:

    summary-en.pdf        the client's case summary
    summary-es.pdf        the same in Spanish
    summary-redacted.pdf  the redacted variant (initials, masked A-number, no address/phone/birth date)
    encounter-en.pdf      the collateral-arrest encounter, every participant with role and outcome
    pattern-en.pdf        the anonymised pattern report over every demo encounter
    pattern.csv           the pattern report's numbers

and one PNG per page (``<name>-<page>.png``) with poppler's ``pdftoppm``. Every name, A-number and
narrative in them comes from the deterministic generator in ``casefile.demo``: nothing is real.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from casefile.queries import paging
from casefile.queries.kinds import KINDS
from casefile.reports.registry import ReportRequest, registered
from casefile.services.demo import DEMO_USER, ensure_demo_vault
from casefile.services.reporting import build, page_count
from casefile.vault.db import Vault

DEFAULT_VAULT = Path(tempfile.gettempdir()) / "casefile-demo-samples" / "vault"
PDFTOPPM_MISSING = (
    "pdftoppm was not found, so no PNG pages were rendered. Install poppler "
    "(Debian/Ubuntu: apt-get install -y poppler-utils; macOS: brew install poppler) and run again."
)


def clients(vault: Vault) -> dict[str, str]:
    """Every client's id and name, through the same paged query the app's pickers use."""
    out: dict[str, str] = {}
    after = None
    while True:
        request = paging.PageRequest(filters={"is_client": 1}, after=after, limit=200)
        page = paging.page(vault.connection(), KINDS["people"], request)
        out.update((row["id"], row["full_name"]) for row in page.rows)
        if page.next_after is None:
            return out
        after = page.next_after


def encounters(vault: Vault) -> list[dict[str, Any]]:
    """Every encounter record, page by page as the app's list reads them."""
    out: list[dict[str, Any]] = []
    after = None
    while True:
        page = paging.page(vault.connection(), KINDS["encounters"],
                           paging.PageRequest(after=after, limit=200, include_data=True))
        out.extend(row["record"] for row in page.rows)
        if page.next_after is None:
            return out
        after = page.next_after


def choose_subjects(vault: Vault) -> tuple[str, str]:
    """(client with the most encounters, an encounter with a collateral arrest — the client's if any)."""
    ours = clients(vault)
    if not ours:
        raise SystemExit("the demo vault has no clients")
    per_client: Counter[str] = Counter()
    encounters_of: dict[str, list[str]] = {}
    for encounter in encounters(vault):
        for person in {p["person_id"] for p in encounter.get("participants") or []} & ours.keys():
            per_client[person] += 1
            encounters_of.setdefault(person, []).append(encounter["id"])
    # Most encounters first; ties go to the name that sorts first, so the choice is reproducible.
    client = min(ours, key=lambda pid: (-per_client[pid], ours[pid], pid))
    rows, _next = paging.collateral_arrests(vault.connection(), limit=500)
    collateral = [row["encounter_id"] for row in rows]
    if not collateral:
        raise SystemExit("the demo vault has no collateral arrest")
    mine = [e for e in collateral if e in encounters_of.get(client, [])]
    return client, (mine or collateral)[0]


def sample_requests(client: str, encounter: str, paper: str) -> list[tuple[str, ReportRequest]]:
    """(file name, request) for every registered report in each of its sample variants."""
    out = []
    for spec in registered():
        for variant in spec.samples:
            request = ReportRequest(
                spec.name,
                person_id=client if spec.takes("person") else None,
                encounter_id=encounter if spec.takes("encounter") else None,
                lang="es" if variant == "es" else "en",
                paper=paper,
                redact=variant == "redacted",
            )
            out.append((f"{spec.name}-{variant}", request))
    return out


def render_pngs(pdf: Path, dpi: int, max_pages: int) -> list[Path]:
    tool = shutil.which("pdftoppm")
    for old in pdf.parent.glob(f"{pdf.stem}-*.png"):
        old.unlink()
    if tool is None:
        return []
    subprocess.run(  # noqa: S603 - a fixed tool on our own file names
        [tool, "-png", "-r", str(dpi), "-l", str(max_pages), str(pdf), str(pdf.with_suffix(""))], check=True
    )
    return sorted(pdf.parent.glob(f"{pdf.stem}-*.png"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--vault", type=Path, default=DEFAULT_VAULT, help=f"demo vault (default {DEFAULT_VAULT})")
    parser.add_argument("--dpi", type=int, default=70)
    parser.add_argument("--max-pages", type=int, default=40, help="PNG pages per PDF at most")
    parser.add_argument("--paper", choices=("letter", "a4"), default="letter")
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        print(PDFTOPPM_MISSING, file=sys.stderr)

    path, passphrase = ensure_demo_vault(args.vault, progress=lambda _p, message: print(message))
    vault = Vault.open(path, passphrase, user=DEMO_USER)
    try:
        client, encounter = choose_subjects(vault)
        print(f"client {client}, collateral-arrest encounter {encounter}")
        args.outdir.mkdir(parents=True, exist_ok=True)
        for name, request in sample_requests(client, encounter, args.paper):
            built = build(vault, request)
            target = args.outdir / f"{name}.pdf"
            target.write_bytes(built.pdf)
            if built.csv is not None:
                (args.outdir / f"{request.which}.csv").write_text(built.csv, encoding="utf-8")
            pngs = render_pngs(target, args.dpi, args.max_pages)
            print(f"{target.name}: {page_count(built.pdf)} pages, {len(built.pdf) // 1024} KiB, {len(pngs)} PNG pages")
    finally:
        vault.close()
    if shutil.which("pdftoppm") is None:
        print(PDFTOPPM_MISSING, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
