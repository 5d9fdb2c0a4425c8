"""``verify``: the database's pages and structure, every document, and the audit chain."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import sqlcipher3

from casefile.errors import DocumentDamaged
from casefile.vault import audit, blobs
from casefile.vault.db import Vault


@dataclass
class VerifyReport:
    problems: list[str] = field(default_factory=list)
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
