"""The vault's database file read as it is, consistently, every page checked: what both kinds of
backup copy (issue 16).

A read transaction begun right after a checkpoint emptied the WAL reads the database file alone
and holds SQLite's read lock 0, which keeps every checkpoint from writing to that file until the
transaction ends, while the app goes on saving into the WAL: the file's bytes are then a
consistent copy of the vault at that moment (:func:`begin_on_database_file`). The pages are
copied encrypted, as they are; each page's HMAC is checked (vault/pagecheck.py, the same check
as ``PRAGMA cipher_integrity_check``) so a damaged page stops the backup instead of being carried
into it. That is why neither backup uses SQLite's backup API, which re-signs a damaged page
under a fresh HMAC.

The single-file backup used ``VACUUM INTO`` until issue 16; measured on the full benchmark
vault's 1.5 GB database (docs/benchmarks.md, "Backup"), it took 2.7x as long as this read with
its check, and ``sqlcipher_export`` and the backup API as long as ``VACUUM INTO``.
"""

from __future__ import annotations

import os
import queue
import threading
from pathlib import Path
from typing import Any

from casefile.errors import CasefileError, VaultDamaged
from casefile.vault.db import Vault
from casefile.vault.pagecheck import PageChecker

WAL_ATTEMPTS = 8


def begin_on_database_file(conn: Any, vault: Vault, attempts: int = WAL_ATTEMPTS) -> None:
    """Start a read transaction on ``conn`` that reads the database file alone (see the module's
    docstring); :class:`CasefileError` if the WAL could not be emptied in ``attempts`` (the vault
    too busy, or opened read-only on a full disk with saves still in its WAL). Each checkpoint
    waits for readers up to ``conn``'s busy timeout."""
    wal = vault.db_path.with_name(vault.db_path.name + "-wal")
    for _ in range(attempts):
        if vault.read_only_reason is None:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM meta").fetchone()  # the read transaction starts here
        if not wal.exists() or wal.stat().st_size == 0:
            return
        conn.execute("ROLLBACK")
    raise CasefileError(
        "The vault was too busy to take a consistent copy of its database (its log could not be "
        "emptied); no backup was added. Try again, or make a single-file backup with --out."
    )


class PageChecks:
    """Pages' HMACs checked on a thread of their own, read back from the file they were copied
    into as soon as each block is written (flushed), while the rest of the database and the
    documents are copied: hashing releases the GIL, so the check runs on the second core and
    never holds the copy up (a first backup checks every page: 1.5 GB at the full benchmark
    scale, HMAC-SHA512 at 120-240 MiB/s here). Only page numbers and offsets wait in the queue,
    not the bytes."""

    def __init__(self, key: bytes, copy: Path) -> None:
        self._key, self._copy = key, copy
        self._queue: queue.SimpleQueue[list[tuple[int, int, int]] | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._bad: int | None = None
        self._error: OSError | None = None

    def put(self, salt: bytes, runs: list[tuple[int, int, int]]) -> None:
        """Check ``runs`` of pages (first page number, offset in the copy, bytes) of the database
        whose first 16 bytes are ``salt``."""
        if self._thread is None:
            checker = PageChecker(self._key, salt)
            self._thread = threading.Thread(
                target=self._run, args=(checker,), name="casefile-backup-check", daemon=True
            )
            self._thread.start()
        self._queue.put(runs)

    def _run(self, checker: PageChecker) -> None:
        with open(self._copy, "rb", buffering=0) as fh:
            while (runs := self._queue.get()) is not None:
                for first, offset, length in runs:
                    if self._bad is None and self._error is None:
                        try:
                            self._bad = checker.first_bad_page(os.pread(fh.fileno(), length, offset), first)
                        except OSError as exc:
                            self._error = exc

    def finish(self) -> None:
        """Wait for every check; :class:`VaultDamaged` if a page failed."""
        self.abandon()
        if self._error is not None:
            raise self._error
        if self._bad is not None:
            raise VaultDamaged(
                f"The vault's database has a damaged page (page {self._bad}); no backup was made. Run "
                "'casefile verify' and restore your latest good backup."
            )

    def abandon(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()
