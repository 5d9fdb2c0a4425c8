"""``verify``: the database's pages and structure, every document, the audit chain, the key slots,
and what was set aside (quarantined blobs)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import sqlcipher3

from casefile.errors import DocumentDamaged
from casefile.vault import audit, blobs, keys
from casefile.vault.db import Vault


@dataclass
class VerifyReport:
    problems: list[str] = field(default_factory=list)
    # Worth knowing, not damage: files kept in quarantine after a crash.
    notices: list[str] = field(default_factory=list)
    checked_documents: int = 0
    audit_entries: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(vault: Vault, *, progress: Callable[[int, str], None] | None = None) -> VerifyReport:
    report = VerifyReport()
    say = progress or (lambda _p, _m: None)
    conn = vault.connection()
    say(5, "Checking the database pages")
    try:
        bad_pages = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
        if bad_pages:
            report.problems.append(
                f"The database has {len(bad_pages)} damaged or altered page(s), e.g. {bad_pages[0]}. "
                "Restore from a backup."
            )
        say(25, "Checking the database structure")
        structure = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if structure != ["ok"]:
            report.problems.append(f"The database structure is damaged: {structure[0]}. Restore from a backup.")
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            report.problems.append(f"{len(fk)} reference(s) between records are broken (e.g. in {fk[0][0]}).")
    except sqlcipher3.DatabaseError as exc:
        report.problems.append(f"The database cannot be read completely ({exc}). Restore from a backup.")
        return report
    say(45, "Checking the audit log")
    try:
        chain = audit.verify_chain(conn)
        report.audit_entries = chain.entries
        if not chain.ok:
            report.problems.append(
                f"The audit log was tampered with: {chain.reason} (first broken link: entry {chain.broken_at})."
            )
    except sqlcipher3.DatabaseError as exc:
        report.problems.append(f"The audit log cannot be read ({exc}).")
    if vault.rollback_warning:
        report.problems.append(vault.rollback_warning)
    _check_slots(vault, report)
    _check_quarantine(vault, report)
    rows = conn.execute(
        "SELECT id, blob_name, blob_key, sha256 FROM documents UNION ALL "
        "SELECT document_id || ' (earlier version)', blob_name, blob_key, sha256 FROM retired_blobs"
    ).fetchall()
    for n, (doc_id, name, key, sha) in enumerate(rows, start=1):
        try:
            blobs.verify_blob(vault.blobs_dir, name, key, sha)
        except DocumentDamaged as exc:
            report.problems.append(f"Document {doc_id}: {exc}")
        report.checked_documents = n
        say(50 + int(50 * n / len(rows)), f"Checked {n} of {len(rows)} documents")
    return report


def _check_slots(vault: Vault, report: VerifyReport) -> None:
    slots, skipped = keys.scan_slots(vault.keys_dir)
    report.problems.extend(skipped)
    foreign = [s.path.name for s in slots if s.vault_id != vault.vault_id]
    if foreign:
        report.problems.append(f"Key slot(s) {', '.join(foreign)} belong to another vault and cannot open this one.")
    if not any(s.kind == "recovery" for s in slots):
        report.problems.append("The vault has no usable recovery key slot. Restore keys/ from a backup.")


def _check_quarantine(vault: Vault, report: VerifyReport) -> None:
    count, size = blobs.quarantined(vault.quarantine_dir)
    if count:
        report.notices.append(
            f"{count} encrypted file(s) ({size:,} bytes) are kept in {vault.quarantine_dir}: files no "
            "document in the database refers to, set aside at an unlock (usually left by a crash). "
            "They are useless without the database rows that held their keys; if the database was "
            "restored from an older copy, keep them and ask for help, otherwise they can be deleted "
            "once a backup has been checked."
        )
