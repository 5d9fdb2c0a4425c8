"""The demo vault behind ``casefile demo`` and ``make run``: synthetic cases, a known passphrase.

The data comes from the deterministic generator in ``casefile.demo``; nothing in it is real.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from casefile.clock import today
from casefile.demo.court import court_cases
from casefile.demo.generator import DEMO_PASSPHRASE, SCALES, generate
from casefile.paths import demo_vault_path
from casefile.services import records
from casefile.services.interchange import import_document
from casefile.vault.db import MARKER, Vault

DEMO_USER = "demo"


def add_court_cases(vault: Vault, day: date) -> None:
    """Hearings, custody and bond history, a final order and a motion for a few demo clients (issue
    15), counted from ``day``, saved through the record writer (``casefile.demo.court``)."""
    clients = [
        json.loads(data)
        for (data,) in vault.connection().execute(
            "SELECT data FROM people WHERE is_client = 1 AND deleted_at IS NULL ORDER BY sort_name, rid"
        )
    ]
    updates, hearings = court_cases(clients, day)
    for person in clients:
        if person["id"] in updates:
            records.save(vault, "people", {**person, **updates[person["id"]]})
    for hearing in hearings:
        records.save(vault, "hearings", hearing)


def ensure_demo_vault(
    path: Path | None = None, *, scale: str = "demo", progress: Callable[[int, str], None] | None = None
) -> tuple[Path, str]:
    """Create the demo vault at ``path`` unless it is already there; returns (path, passphrase)."""
    target = Path(path) if path else demo_vault_path()
    say = progress or (lambda _p, _m: None)
    if (target / MARKER).is_file():
        return target, DEMO_PASSPHRASE
    target.parent.mkdir(parents=True, exist_ok=True)
    say(0, f"Creating a demo vault at {target} …")
    vault, _recovery = Vault.create(target, DEMO_USER, DEMO_PASSPHRASE, role="attorney")
    try:
        with tempfile.TemporaryDirectory(prefix="casefile-demo-") as scratch:
            files = Path(scratch)
            for n, chunk in enumerate(generate(SCALES[scale], files)):
                import_document(vault, chunk, base_dir=files, source="synthetic demo data")
                say(min(95, 10 + n * 5), "Adding synthetic cases …")
        add_court_cases(vault, today())
    except BaseException:
        vault.close()
        shutil.rmtree(target, ignore_errors=True)
        raise
    vault.close()
    say(100, "Demo vault ready.")
    return target, DEMO_PASSPHRASE
