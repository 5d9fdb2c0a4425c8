"""The frozen vaults: real vaults made by earlier releases' own code (tests/fixtures/vaults/README.md).

A test never opens the committed folder itself (opening migrates and writes): it takes a copy.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

FROZEN = Path(__file__).parent / "fixtures" / "vaults"


def frozen_versions() -> list[int]:
    """Schema versions there is a frozen vault of, oldest first."""
    found = (re.fullmatch(r"schema-(\d+)", p.name) for p in FROZEN.iterdir() if p.is_dir())
    return sorted(int(m.group(1)) for m in found if m)


def copy_frozen(version: int, dest: Path) -> tuple[Path, dict[str, Any]]:
    """Copy the vault the release with schema ``version`` made to ``dest``; returns it and its facts."""
    source = FROZEN / f"schema-{version}"
    shutil.copytree(source / "vault", dest)
    # git keeps no file modes: make the copy as private as the release left it.
    dest.chmod(0o700)
    for path in dest.rglob("*"):
        path.chmod(0o700 if path.is_dir() else 0o600)
    return dest, json.loads((source / "facts.json").read_text(encoding="utf-8"))
