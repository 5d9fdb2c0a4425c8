"""A 200 MiB document round-trips with the same SHA-256 and bounded memory (measured, not timed)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

SIZE = 200 * 1024 * 1024

SCRIPT = textwrap.dedent(
    """
    import json, resource, sys, hashlib
    from pathlib import Path
    from casefile.vault.db import Vault
    from casefile.services.interchange import import_file
    from casefile.services.documents import export_document

    def rss_mib():
        # ru_maxrss is the peak so far, in KiB on Linux.
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    vault, _ = Vault.create(Path(sys.argv[1]), "maria", sys.argv[3])
    import_file(vault, Path(sys.argv[4]))  # warm up every import path on a tiny file first
    base = rss_mib()
    import_file(vault, Path(sys.argv[2]))
    after_import = rss_mib()
    export_document(vault, "d-big", Path(sys.argv[5]))
    after_export = rss_mib()
    sha = vault.connection().execute("SELECT sha256 FROM documents WHERE id = 'd-big'").fetchone()[0]
    vault.close()
    print(json.dumps({"base": base, "import": after_import, "export": after_export, "sha": sha}))
    """
)


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss units differ by OS")
def test_200_mib_document_round_trip_with_bounded_memory(tmp_path: Path) -> None:
    from tests.conftest import PASSPHRASE

    files = tmp_path / "files"
    files.mkdir()
    big = files / "video.bin"
    digest = hashlib.sha256()
    with open(big, "wb") as fh:
        block = os.urandom(1024 * 1024)
        for i in range(SIZE // len(block)):
            chunk = block[:-4] + i.to_bytes(4, "big")
            digest.update(chunk)
            fh.write(chunk)
    (files / "small.txt").write_text("warm-up", encoding="utf-8")
    for name, doc_id, file in (("big.json", "d-big", "files/video.bin"), ("small.json", "d-small", "files/small.txt")):
        (tmp_path / name).write_text(
            json.dumps(
                {
                    "format": "casefile-interchange",
                    "version": 1,
                    "documents": [{"id": doc_id, "title": "Body camera video", "kind": "video", "file": file}],
                }
            ),
            encoding="utf-8",
        )
    out = tmp_path / "exported.bin"
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            SCRIPT,
            str(tmp_path / "v"),
            str(tmp_path / "big.json"),
            PASSPHRASE,
            str(tmp_path / "small.json"),
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert figures["sha"] == digest.hexdigest()
    assert figures["import"] - figures["base"] < 64, figures
    assert figures["export"] - figures["base"] < 64, figures
    exported = hashlib.sha256()
    with open(out, "rb") as fh:
        while chunk := fh.read(4 * 1024 * 1024):
            exported.update(chunk)
    assert exported.hexdigest() == digest.hexdigest()
