"""Deterministic synthetic case files for ``casefile demo``, screenshots and the benchmarks.

Nothing here touches a vault: :func:`generate` yields interchange documents and writes document
files; the import service loads them.
"""

from casefile.demo.generator import (
    DEFAULT_SEED,
    DEMO_PASSPHRASE,
    EXPORTED_AT,
    HUB_PERSON_ID,
    SCALES,
    Scale,
    generate,
)

__all__ = [
    "DEFAULT_SEED",
    "DEMO_PASSPHRASE",
    "EXPORTED_AT",
    "HUB_PERSON_ID",
    "SCALES",
    "Scale",
    "generate",
]
