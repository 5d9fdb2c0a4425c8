"""Where the bundled read-only resources (fonts, icons, styles, translations) are.

One function that works from a source checkout, an installed wheel and a PyInstaller bundle,
so no other module has to know how the app was started.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    """The folder that holds ``resources/``: the bundle's unpack dir when frozen, else the repo."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/``, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resource_root().joinpath("resources", *parts)
