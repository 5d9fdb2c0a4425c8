"""Checking a SQLCipher database's pages by their HMAC, from the raw file bytes.

An incremental backup copies the database's encrypted pages as they are and stores only the
chunks that changed since the last restore point, so only those need checking: SQLCipher's own
``PRAGMA cipher_integrity_check`` reads every page of the file (about 2 s for 300 MiB here, where
HMAC-SHA512 runs at 100-130 MiB/s). This recomputes the same HMAC for just the pages given.

The layout is SQLCipher 4's defaults as the vault uses them (docs/vault-format.md): 4096-byte
pages, each ending in a 16-byte IV and a 64-byte HMAC-SHA512 over the page's ciphertext, its IV
and its page number (4 bytes, little-endian); page 1 starts with the file's 16-byte salt, which
the HMAC does not cover. With a raw key the HMAC key is PBKDF2-HMAC-SHA512 of the key, with the
salt XOR 0x3a, 2 iterations, 32 bytes (SQLCipher's ``fast_kdf_iter``).
tests/vault/test_backup_set.py checks this against SQLCipher on real files.
"""

from __future__ import annotations

import hashlib
import hmac

PAGE_SIZE = 4096
SALT_SIZE = 16
HMAC_SIZE = 64
HMAC_SALT_MASK = 0x3A
FAST_KDF_ITERATIONS = 2
# SQLite never uses the page holding the byte at offset 2**30 (its "pending byte" for file
# locks): in a database over 1 GiB that page is left unwritten, neither encrypted nor sealed.
LOCK_PAGE = 0x40000000 // PAGE_SIZE + 1


class PageChecker:
    """Checks pages of the database file whose first 16 bytes are ``salt``, keyed with ``key``."""

    def __init__(self, key: bytes, salt: bytes) -> None:
        if len(salt) != SALT_SIZE:
            raise ValueError("a SQLCipher salt is 16 bytes")
        hmac_salt = bytes(b ^ HMAC_SALT_MASK for b in salt)
        self._base = hmac.new(
            hashlib.pbkdf2_hmac("sha512", key, hmac_salt, FAST_KDF_ITERATIONS, 32), digestmod=hashlib.sha512
        )

    def first_bad_page(self, data: bytes | memoryview, first_page: int) -> int | None:
        """The number of the first page in ``data`` (whole pages, starting at page ``first_page``)
        whose HMAC does not match, or None when all do (SQLite's lock page is not checked)."""
        view = memoryview(data)
        if len(view) % PAGE_SIZE:
            return first_page + len(view) // PAGE_SIZE  # a torn last page
        for i in range(len(view) // PAGE_SIZE):
            number = first_page + i
            if number == LOCK_PAGE:
                continue
            page = view[i * PAGE_SIZE : (i + 1) * PAGE_SIZE]
            mac = self._base.copy()
            mac.update(page[SALT_SIZE if number == 1 else 0 : PAGE_SIZE - HMAC_SIZE])
            mac.update(number.to_bytes(4, "little"))
            if not hmac.compare_digest(mac.digest(), page[PAGE_SIZE - HMAC_SIZE :]):
                return number
        return None
