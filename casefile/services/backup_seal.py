"""What single-file backups and backup sets share: the manifest's seal, the vault key unwrapped
from a backup's own key slots, and the checks of a database unpacked from a backup.

The seal is HMAC-SHA256 over the canonical JSON of every manifest field but ``mac``, keyed with
HKDF-SHA256 (RFC 5869) of the vault key under an ``info`` naming the format, so a seal made for
one format never passes for the other (docs/vault-format.md, "Backups").
"""

from __future__ import annotations

import hashlib
import hmac
import json
from pathlib import Path
from typing import Any

import sqlcipher3
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casefile.domain.jsonlimits import loads_bounded
from casefile.errors import CasefileError, VaultDamaged, WrongPassphrase
from casefile.vault import keys
from casefile.vault.db import MARKER_FORMAT, _key_pragma


def mac_key(vault_key: bytes, info: bytes) -> bytes:
    # A key of its own (HKDF, RFC 5869), so the MAC never uses the database key directly.
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(vault_key)


def signed_bytes(manifest: dict[str, Any]) -> bytes:
    """Canonical JSON of everything but the seal: keys sorted, no spaces, ASCII only."""
    body = {k: v for k, v in manifest.items() if k != "mac"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def seal(manifest: dict[str, Any], vault_key: bytes, info: bytes) -> dict[str, str]:
    digest = hmac.new(mac_key(vault_key, info), signed_bytes(manifest), hashlib.sha256).hexdigest()
    return {"alg": "HMAC-SHA256", "kdf": "HKDF-SHA256", "value": digest}


def seal_bytes(body: bytes, vault_key: bytes, info: bytes) -> dict[str, str]:
    """A seal over exact bytes (a backup set's point file: checked before it is parsed)."""
    digest = hmac.new(mac_key(vault_key, info), body, hashlib.sha256).hexdigest()
    return {"alg": "HMAC-SHA256", "kdf": "HKDF-SHA256", "value": digest}


def bytes_sealed(body: bytes, mac: dict[str, Any] | None, vault_key: bytes, info: bytes) -> bool:
    if not isinstance(mac, dict) or not isinstance(mac.get("value"), str) or mac.get("alg") != "HMAC-SHA256":
        return False
    return hmac.compare_digest(mac["value"], seal_bytes(body, vault_key, info)["value"])


def seal_matches(manifest: dict[str, Any], vault_key: bytes, info: bytes) -> bool:
    mac = manifest.get("mac")
    if not isinstance(mac, dict) or not isinstance(mac.get("value"), str) or mac.get("alg") != "HMAC-SHA256":
        return False
    return hmac.compare_digest(mac["value"], seal(manifest, vault_key, info)["value"])


def check_seal(manifest: dict[str, Any], vault_key: bytes, name: str, info: bytes) -> None:
    mac = manifest.get("mac")
    if not isinstance(mac, dict) or not isinstance(mac.get("value"), str) or mac.get("alg") != "HMAC-SHA256":
        raise VaultDamaged(f"{name}'s manifest has no valid seal; it was not restored.")
    if not seal_matches(manifest, vault_key, info):
        raise VaultDamaged(
            f"{name} was altered after it was made (its manifest's seal does not match the vault's key), "
            "or it was pieced together from different vaults. Nothing was restored; use another backup."
        )


def key_from_slots(
    name: str, vault_id: str, marker: bytes, slots: dict[str, bytes], secret: str, user: str | None
) -> bytes:
    """The vault key, unwrapped from a backup's own key slots (bytes in memory, never unpacked).

    The caller has checked each of these bytes against the manifest's hashes; the seal, checked
    next with the key found here, vouches for those."""
    try:
        parsed = loads_bounded(marker, max_depth=4)
        marker_id = parsed["vault_id"] if parsed.get("format") == MARKER_FORMAT else None
    except (KeyError, ValueError, AttributeError, TypeError, RecursionError):
        marker_id = None
    if marker_id != vault_id:
        raise VaultDamaged(f"{name}'s vault marker is missing or names another vault; it was not restored.")
    found = []
    for slot_name, data in sorted(slots.items()):
        try:
            slot = keys.read_slot(Path(slot_name), data)
        except (CasefileError, RecursionError):
            continue  # a damaged slot in the backup must not block the others
        if slot.vault_id == vault_id:
            found.append(slot)
    # The same order and rules as unlocking the vault itself (keys.plan_unlock).
    plan = keys.plan_unlock(found, secret, user=user)
    for slot, attempt in plan.tries:
        try:
            return keys.unseal(slot, attempt)
        except (WrongPassphrase, VaultDamaged):
            continue  # a wrong secret for this slot, or a slot Argon2id cannot use: try the next
    raise WrongPassphrase(
        f"That passphrase or recovery key does not open the vault in {name}. Use a passphrase "
        "of a user of the backed-up vault as it was when the backup was made, or its recovery key."
    )


def open_copy(db: Path, key: bytes) -> Any:
    """A connection to a copied database file (not a vault: no lock, no migrations)."""
    conn = sqlcipher3.connect(str(db), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(_key_pragma(key))
    return conn


def meta(conn: Any, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else None


def blob_names(conn: Any) -> list[str]:
    """Every blob a database refers to: current documents and replaced versions kept for history."""
    return [r[0] for r in conn.execute("SELECT blob_name FROM documents UNION SELECT blob_name FROM retired_blobs")]


def check_database(db: Path, key: bytes, vault_id: str, audit_head: str, name: str) -> None:
    """An unpacked database: its pages, its vault id and its audit head against the manifest's."""
    conn = None
    try:
        conn = open_copy(db, key)
        problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
        if problems or [r[0] for r in conn.execute("PRAGMA quick_check")] != ["ok"]:
            raise VaultDamaged(f"The database in {name} failed its integrity check; the backup is damaged.")
        found_id, head = meta(conn, "vault_id"), meta(conn, "audit_head")
        last = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    except sqlcipher3.DatabaseError:
        raise VaultDamaged(
            f"The database in {name} cannot be read with its vault's key; it was not restored."
        ) from None
    finally:
        if conn is not None:
            conn.close()
    if found_id != vault_id:
        raise VaultDamaged(
            f"The database in {name} belongs to a different vault than its manifest; it was not restored."
        )
    if head != audit_head or (f"{last[0]}:{last[1]}" if last else None) != head:
        raise VaultDamaged(
            f"The database in {name} is not the one its manifest was made for (its audit log ends "
            "elsewhere: an older or altered copy). It was not restored."
        )
