"""Nothing the user typed is readable in any file the app wrote, once the vault is closed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

MARKERS = {
    "person": "Zyxwquorth Belvandria",
    "alias": "Qoppavette",
    "a_number": "A 987-654-321",
    "address": "7731 Marrowbrook Lane",
    "phone": "+1 212 555 8899",
    "narrative": "xylophagous-marmalade-narrative",
    "statement": "quinquennial-statement-word",
    "stop_basis": "oubliette-stop-basis",
    "account": "palimpsest-account-point",
    "document_title": "Plumbago document title",
    "document_body": "Sesquipedalian document body text",
    "foia": "Fandango FOIA tracking zz-991",
    "deadline": "Tintinnabulation hearing title",
    "note": "Crepuscular note about the neighbour",
}


def _interchange(files: Path) -> dict:
    (files / "decl.txt").write_text(f"Declaration. {MARKERS['document_body']}\n" * 50, encoding="utf-8")
    return {
        "format": "casefile-interchange",
        "version": 1,
        "people": [
            {
                "id": "p-1",
                "full_name": MARKERS["person"],
                "aliases": [MARKERS["alias"]],
                "a_number": MARKERS["a_number"],
                "address": MARKERS["address"],
                "phone": MARKERS["phone"],
                "is_client": True,
            }
        ],
        "encounters": [
            {
                "id": "e-1",
                "occurred_at": "2026-09-15T05:50:00-05:00",
                "setting": "home",
                "narrative": MARKERS["narrative"],
                "statements": MARKERS["statement"],
                "stop_basis": MARKERS["stop_basis"],
                "participants": [
                    {
                        "person_id": "p-1",
                        "role": "collateral",
                        "outcome": "arrested",
                        "arrest": {"basis_stated": "prior order"},
                    }
                ],
                "account_points": [
                    {
                        "topic": MARKERS["account"],
                        "disputed": True,
                        "versions": [{"source": "client", "statement": MARKERS["account"]}],
                    }
                ],
            }
        ],
        "documents": [
            {
                "id": "d-1",
                "title": MARKERS["document_title"],
                "kind": "declaration",
                "file": "files/decl.txt",
                "person_ids": ["p-1"],
            }
        ],
        "foia_requests": [
            {
                "id": "f-1",
                "agency": "ICE",
                "subject_person_id": "p-1",
                "tracking_number": MARKERS["foia"],
                "received_on": "2026-10-01",
                "status": "processing",
            }
        ],
        "deadlines": [
            {
                "id": "dl-1",
                "kind": "bond-hearing",
                "due": "2026-12-01",
                "title": MARKERS["deadline"],
                "person_id": "p-1",
            }
        ],
        "notes": [{"id": "n-1", "text": MARKERS["note"], "person_id": "p-1"}],
    }


SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from casefile.vault.db import Vault
    from casefile.services.interchange import import_file
    from casefile.services import records
    from casefile.services.documents import read_for_view
    from casefile.queries.search import search
    vault, _ = Vault.create(Path(sys.argv[1]), "maria", sys.argv[3])
    import_file(vault, Path(sys.argv[2]))
    records.save(vault, "people", {**records.get(vault, "people", "p-1"), "family_ties": "edited once"})
    assert search(vault.connection(), "xylophagous")
    read_for_view(vault, "d-1")
    vault.close()
    """
)


def _all_files(*roots: Path) -> list[Path]:
    found = []
    for root in roots:
        if root.exists():
            found += [p for p in root.rglob("*") if p.is_file()]
    return found


def test_no_plaintext_in_any_file_written(tmp_path: Path) -> None:
    from tests.conftest import PASSPHRASE

    work = tmp_path / "import"
    (work / "files").mkdir(parents=True)
    source = work / "case.json"
    source.write_text(json.dumps(_interchange(work / "files")), encoding="utf-8")
    appdirs = {name: tmp_path / name for name in ("data", "config", "logs", "tmp", "home")}
    for folder in appdirs.values():
        folder.mkdir()
    env = {
        **os.environ,
        "CASEFILE_DATA_DIR": str(appdirs["data"]),
        "CASEFILE_CONFIG_DIR": str(appdirs["config"]),
        "CASEFILE_LOG_DIR": str(appdirs["logs"]),
        "TMPDIR": str(appdirs["tmp"]),
        "HOME": str(appdirs["home"]),
        "XDG_CACHE_HOME": str(appdirs["home"] / ".cache"),
    }
    vault_dir = tmp_path / "vault"
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(vault_dir), str(source), PASSPHRASE],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr

    written = _all_files(vault_dir, *appdirs.values())
    assert any(p.name == "vault.db" for p in written)
    assert any(p.suffix == ".blob" for p in written)
    needles = []
    for value in MARKERS.values():
        for form in {value, value.replace("A 987-654-321", "987654321")}:
            needles += [form.encode("utf-8"), form.encode("utf-16-le"), form.lower().encode("utf-8")]
    for path in written:
        data = path.read_bytes()
        for needle in needles:
            assert needle not in data, f"{needle!r} found in {path}"
    # The same check fails on the source file, so the test can fail.
    assert MARKERS["narrative"].encode() in source.read_bytes()
