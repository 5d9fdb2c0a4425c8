"""What this laptop last saw of each vault, to notice a vault that went back in time.

A vault folder replaced by an older copy, or a database whose write-ahead log was deleted after a
crash, opens and verifies as a perfectly sound vault: it is just older than it should be, and the
work done since is gone without a word (finding 9 of issue 11). The audit chain makes "older"
checkable: each vault's newest audit entry (its sequence number and hash) is remembered here at
every unlock and lock, and the next unlock checks that the vault still holds that entry.

The file lives in the settings folder (never in the vault, which is what is being checked) and
holds, per vault id, only a sequence number, a hash and a time: no names, no paths, no case data.
A lost or unreadable file only means nothing is remembered, never a failed unlock.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casefile.clock import now_iso
from casefile.errors import CasefileError
from casefile.paths import config_dir
from casefile.vault.fsutil import atomic_write, make_private_dir

SEEN_FILE = "vault-heads.json"
MAX_VAULTS = 200  # a laptop sees a handful; the cap keeps a hostile file from growing the work


@dataclass(frozen=True)
class Head:
    seq: int
    hash: str
    at: str = ""  # when this laptop saw it (UTC)


def _path(folder: Path | None) -> Path:
    return (folder or config_dir()) / SEEN_FILE


def _load_all(folder: Path | None) -> dict[str, Any]:
    try:
        raw = json.loads(_path(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    return raw if isinstance(raw, dict) else {}


def last_seen(vault_id: str, folder: Path | None = None) -> Head | None:
    entry = _load_all(folder).get(vault_id)
    if not isinstance(entry, dict):
        return None
    seq, digest, at = entry.get("seq"), entry.get("hash"), entry.get("at", "")
    if not isinstance(seq, int) or isinstance(seq, bool) or not isinstance(digest, str) or not isinstance(at, str):
        return None
    return Head(seq, digest, at)


def remember(vault_id: str, head: Head, folder: Path | None = None) -> None:
    """Record ``head`` as the newest this laptop has seen of the vault. Best effort: a full or
    read-only settings disk must not stop the work, it only weakens the next check."""
    entries = {k: v for k, v in _load_all(folder).items() if isinstance(k, str) and k != vault_id}
    entries = dict(list(entries.items())[-(MAX_VAULTS - 1) :])
    entries[vault_id] = {"seq": head.seq, "hash": head.hash, "at": head.at or now_iso()}
    with contextlib.suppress(OSError, CasefileError):
        make_private_dir(_path(folder).parent)
        atomic_write(_path(folder), (json.dumps(entries, indent=1) + "\n").encode())


def current_head(conn: Any) -> Head | None:
    """The vault's newest audit entry as its ``meta.audit_head`` records it."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    if not row:
        return None
    seq, _, digest = str(row[0]).partition(":")
    return Head(int(seq), digest) if seq.isdigit() else None


def older_than_seen(conn: Any, vault_id: str, folder: Path | None = None) -> str | None:
    """Why this vault is older than the copy this laptop last saw, or None if it is not.

    A vault is as new as what was seen when it still holds the remembered audit entry (same
    sequence number, same hash): every later entry chains onto it. A restore of a backup made
    on purpose (an audit entry ``restore-backup`` written after that time) is not a warning."""
    seen = last_seen(vault_id, folder)
    if seen is None:
        return None
    head = current_head(conn)
    row = conn.execute("SELECT hash FROM audit WHERE seq = ?", (seen.seq,)).fetchone()
    if head is not None and head.seq >= seen.seq and row and row[0] == seen.hash:
        return None
    restored = conn.execute("SELECT max(at) FROM audit WHERE action = 'restore-backup'").fetchone()
    if restored and restored[0] and restored[0] >= seen.at:
        return None
    now_at = head.seq if head else 0
    if now_at < seen.seq:
        what = (
            f"This vault is older than the copy this computer last saw: its audit log ends at entry "
            f"{now_at}, but entry {seen.seq} was seen here on {seen.at}."
        )
    else:
        what = (
            f"This vault is not the copy this computer last saw: its audit entry {seen.seq} differs from the "
            f"one seen here on {seen.at}."
        )
    return (
        f"{what} Changes made since then may be lost: the vault folder may have been replaced by an older "
        "copy, or the database's write-ahead log (vault.db-wal) deleted after a crash. Do not make changes; "
        "find the newest copy or backup. If you put this older copy back on purpose, run "
        "'casefile verify --accept-older' to make it the one this computer expects."
    )
