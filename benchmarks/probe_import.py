"""Child process for the document-import figure: one import, or one raw copy, and its memory.

``python -m benchmarks.probe_import import|copy SOURCE WORKDIR`` prints one JSON line: seconds for
the operation alone, resident memory just before it and the peak during it. For ``import`` the
vault is created before the clock starts and its Argon2id peak is forgotten (``reset_peak``), so
the peak belongs to the import.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

from benchmarks.timing import clock, reset_peak, rss_now, rss_peak


def _copy(source: Path, work: Path) -> tuple[float, int]:
    target = work / "copy.bin"
    reset_peak()
    before = rss_now()
    start = clock()
    shutil.copyfile(source, target)
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    return clock() - start, before


def _import(source: Path, work: Path) -> tuple[float, int]:
    from casefile.demo.generator import DEMO_PASSPHRASE
    from casefile.services.documents import add_document
    from casefile.vault.db import Vault

    vault, _ = Vault.create(work / "vault", "bench", DEMO_PASSPHRASE)
    try:
        reset_peak()
        before = rss_now()
        start = clock()
        add_document(vault, source, {"title": "Benchmark recording", "kind": "video"})
        return clock() - start, before
    finally:
        vault.close()


def main(argv: list[str]) -> int:
    mode, source, work = argv[0], Path(argv[1]), Path(argv[2])
    work.mkdir(parents=True, exist_ok=True)
    seconds, before = (_copy if mode == "copy" else _import)(source, work)
    print(json.dumps({"seconds": seconds, "rss_before": before, "rss_peak": rss_peak(),
                      "bytes": source.stat().st_size}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
