"""The key slots' Argon2id must give the same key as any other correct Argon2id implementation:
slots written before the switch to libargon2 (by cryptography's Argon2id) must still open."""

from __future__ import annotations

import base64

import pytest
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from casefile.vault.keys import DEFAULT_KDF, derive_kek


@pytest.mark.parametrize(
    ("memory_kib", "iterations", "lanes"),
    [(DEFAULT_KDF["memory_kib"], DEFAULT_KDF["iterations"], DEFAULT_KDF["lanes"]), (8192, 1, 1), (16384, 2, 4)],
)
def test_slot_key_matches_an_independent_argon2id(memory_kib: int, iterations: int, lanes: int) -> None:
    salt = bytes(range(16))
    secret = "lavender-canoe-quartz-mitten ñandú"
    kdf = {"name": "argon2id", "memory_kib": memory_kib, "iterations": iterations, "lanes": lanes,
           "salt": base64.b64encode(salt).decode()}
    expected = Argon2id(salt=salt, length=32, iterations=iterations, lanes=lanes, memory_cost=memory_kib).derive(
        secret.encode("utf-8"))
    assert derive_kek(secret, kdf) == expected
    assert derive_kek(secret + "x", kdf) != expected
