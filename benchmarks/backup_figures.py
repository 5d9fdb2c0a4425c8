"""Figures on backup sets (issue 16): the first restore point against a raw copy, and the second
after 1 % of the vault changed against the first.

They run on a copy of the benchmark vault (the change must not reach the cached one), whose
immutable document blobs are hard-linked rather than copied (``diskspace.copy_vault``): the copy
is opened, its first point taken into a new set and timed beside the baseline (the vault's files
copied into one file and fsynced, as for the single-file backup, once before the first point and
once after the set is deleted, so that the disk holds one of them at a time), then 1 % of the
encounters are edited (spread over the table, the worst case for pages) and documents of 1 % of
the documents' bytes added, and the second point is timed. Bytes added to the set are reported
too. When the copied database, the set and the second point's additions do not fit on the disk
with room left for the others, both figures are "not measured" with the numbers.
"""

from __future__ import annotations

import shutil
import statistics
from pathlib import Path

from benchmarks import diskspace
from benchmarks.file_figures import _copy_into_one, vault_files
from benchmarks.results import NOT_MEASURED, Figure, Target
from benchmarks.timing import MIB, clock, spread
from casefile.demo.files import Noise, write_video
from casefile.services import records
from casefile.services.backup_set import backup_to_set
from casefile.services.documents import add_document
from casefile.vault.db import Vault


def _set_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def change_one_percent(vault: Vault, scratch: Path, seed: int) -> dict[str, int]:
    """Edit 1 % of the encounters, spread evenly over the table, and add 1 % of the documents'
    bytes as one new recording."""
    conn = vault.connection()
    ids = [r[0] for r in conn.execute("SELECT id FROM encounters WHERE deleted_at IS NULL ORDER BY rid")]
    step = max(1, len(ids) // max(1, len(ids) // 100))
    edited = 0
    for enc_id in ids[::step][: max(1, len(ids) // 100)]:
        record = records.get(vault, "encounters", enc_id)
        if record is None:
            continue
        record["narrative"] = (record.get("narrative") or "") + " Corrected after a second interview."
        records.save(vault, "encounters", record)
        edited += 1
    doc_bytes = conn.execute("SELECT COALESCE(SUM(size), 0) FROM documents").fetchone()[0]
    added = max(64 * 1024, doc_bytes // 100)
    source = scratch / "new-recording.mp4"
    write_video(source, added, Noise(seed, "benchmark-second-backup"))
    add_document(vault, source, {"title": "New recording"})
    source.unlink()
    return {"encounters_edited": edited, "document_bytes_added": added}


def _rows() -> tuple[Figure, Figure]:
    full = Figure("backup_set_first", "backup set, first restore point: throughput", "MiB/s",
                  Target(">=", 0.5, "ratio", "≥ 50 % of raw copy"),
                  baseline_name="vault's files copied into one file + fsync")
    incremental = Figure("backup_second", "second backup after 1 % of the vault changed", "s",
                         Target("<=", 0.10, "ratio", "≤ 10 % of the first backup's time"),
                         baseline_name="the first (full) restore point")
    return full, incremental


def space_needed(vault_path: Path) -> tuple[int, int]:
    """(bytes the figures need on disk at their peak, the vault's bytes): the copied database
    and small files, the set (about the vault's size) and the second point's additions (1 % of
    the documents, the changed pages: a few % of the database)."""
    sizes = {p: p.stat().st_size for p in vault_path.rglob("*") if p.is_file()}
    total = sum(sizes.values())
    blobs = sum(size for p, size in sizes.items() if p.parent.name == "blobs")
    return (total - blobs) + total + int(0.1 * total) + 256 * MIB, total


def backup_set_figures(vault_path: Path, passphrase: str, user: str, scratch: Path, seed: int) -> list[Figure]:
    full, incremental = _rows()
    needed, total = space_needed(vault_path)
    fits, free = diskspace.room(scratch, needed)
    if not fits:
        for fig in (full, incremental):
            fig.verdict, fig.note = NOT_MEASURED, diskspace.shortfall(needed, free)
            fig.detail = {"vault_bytes": total}
        return [full, incremental]
    work = scratch / "backup-set"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    copy = work / "vault"
    copied = diskspace.copy_vault(vault_path, copy)
    vault = Vault.open(copy, passphrase, user=user)
    try:
        vault.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        files = vault_files(vault)
        size = sum(p.stat().st_size for p in files)
        raw = _copy_into_one(files, work / "raw-copy.bin")
        (work / "raw-copy.bin").unlink()
        start = clock()
        first = backup_to_set(vault, work / "set")
        first_s = clock() - start
        first_bytes = _set_bytes(work / "set")
        start = clock()
        change = change_one_percent(vault, work, seed)
        change_s = clock() - start
        start = clock()
        second = backup_to_set(vault, work / "set")
        second_s = clock() - start
        profile = {"first": first["seconds"], "second": second["seconds"]}
        second_bytes = _set_bytes(work / "set") - first_bytes
        shutil.rmtree(work / "set")
        files = [p for p in files if p.exists()]  # the baseline copies the same files again
        raw_again = _copy_into_one(files, work / "raw-copy.bin")  # after, too: the machine is noisy
        (work / "raw-copy.bin").unlink()
    finally:
        vault.close()
        shutil.rmtree(work, ignore_errors=True)
    mib = size / MIB
    full.value, full.baseline = mib / first_s, statistics.median([mib / raw, mib / raw_again])
    full.detail = {"vault_bytes": size, "first_s": round(first_s, 2), "copy_s": spread([raw, raw_again]),
                   "bytes_written": first_bytes, "point": first["point"], "steps_s": profile["first"],
                   "copied_for_the_figure": copied}
    incremental.value, incremental.baseline = second_s, first_s
    incremental.detail = {**change, "change_s": round(change_s, 1), "bytes_written": second_bytes,
                          "bytes_ratio": round(second_bytes / first_bytes, 4), "first_bytes": first_bytes,
                          "steps_s": profile["second"]}
    return [full.judge(), incremental.judge()]
