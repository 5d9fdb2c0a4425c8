"""The hash-chained audit log.

Each entry's hash covers the previous entry's hash and its own fields, so editing, deleting or
reordering any row breaks the chain from that row on, and ``verify`` names the first broken link.
Entries hold who, when, what action and which record id; never case text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from casefile.clock import now_iso

GENESIS = "0" * 64


def entry_hash(
    prev_hash: str, seq: int, at: str, user: str, action: str, kind: str, record_id: str, detail: str
) -> str:
    payload = "\x1f".join([prev_hash, str(seq), at, user, action, kind, record_id, detail])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(conn: Any, user: str, action: str, kind: str = "", record_id: str = "", detail: str = "") -> None:
    """Add one entry. Call inside the write transaction that made the change it records."""
    # Chain onto the recorded head, not the newest row: if rows were deleted, the next entry
    # still points at what was there, and the gap stays visible to verify.
    head = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    if head:
        last_seq, _, prev = head[0].partition(":")
        seq = int(last_seq) + 1
    else:
        seq, prev = 1, GENESIS
    at = now_iso()
    digest = entry_hash(prev, seq, at, user, action, kind, record_id, detail)
    conn.execute(
        "INSERT INTO audit (seq, at, user, action, kind, record_id, detail, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, user, action, kind, record_id, detail, prev, digest),
    )
    # The head is kept apart from the rows so that deleting the newest entries is caught too.
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('audit_head', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (f"{seq}:{digest}",),
    )


@dataclass(frozen=True)
class ChainReport:
    entries: int
    broken_at: int | None
    reason: str

    @property
    def ok(self) -> bool:
        return self.broken_at is None


def verify_chain(conn: Any) -> ChainReport:
    expected_prev, expected_seq, count = GENESIS, 1, 0
    cursor = conn.execute(
        "SELECT seq, at, user, action, kind, record_id, detail, prev_hash, hash FROM audit ORDER BY seq"
    )
    for seq, at, user, action, kind, record_id, detail, prev, digest in cursor:
        count += 1
        if seq != expected_seq:
            return ChainReport(count, expected_seq, f"entry {expected_seq} is missing (next entry is {seq})")
        if prev != expected_prev:
            return ChainReport(count, seq, f"entry {seq} does not follow entry {seq - 1}")
        if entry_hash(prev, seq, at, user, action, kind, record_id, detail) != digest:
            return ChainReport(count, seq, f"entry {seq} was altered after it was written")
        expected_prev, expected_seq = digest, seq + 1
    head = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    last = f"{expected_seq - 1}:{expected_prev}" if count else None
    if (head[0] if head else None) != last:
        return ChainReport(count, expected_seq, f"entries after {expected_seq - 1} were removed")
    return ChainReport(count, None, "")


def recent(conn: Any, limit: int = 200) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT seq, at, user, action, kind, record_id, detail FROM audit ORDER BY seq DESC LIMIT ?",
        (limit,),
    ).fetchall()
    keys = ("seq", "at", "user", "action", "kind", "record_id", "detail")
    return [dict(zip(keys, r, strict=True)) for r in rows]
