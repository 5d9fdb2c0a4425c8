"""A vault filled by the demo generator (what the benchmark generates, at a test's scale), for
tests that need many varied records: the app's directories kept inside ``base``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from casefile.demo.generator import Scale, generate
from casefile.services.bulk_load import bulk_load
from casefile.vault.db import Vault
from tests.conftest import PASSPHRASE, USER


@contextmanager
def generated_vault(base: Path, scale: Scale, *, seed: int, chunk_size: int) -> Iterator[Vault]:
    """The open vault in ``base / "vault"``, closed after."""
    with pytest.MonkeyPatch.context() as mp:
        for var in ("CASEFILE_DATA_DIR", "CASEFILE_CONFIG_DIR", "CASEFILE_LOG_DIR"):
            mp.setenv(var, str(base / "appdirs" / var))
        vault, _ = Vault.create(base / "vault", USER, PASSPHRASE)
        try:
            bulk_load(vault, generate(scale, base / "files", seed=seed, chunk_size=chunk_size),
                      base_dir=base / "files", workers=0)
            yield vault
        finally:
            vault.close()
