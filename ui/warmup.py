"""What the main window will need, loaded while the unlock window waits for a passphrase.

The unlock window shows without the vault's crypto, the main window's modules, the holidays
calendar or the interchange schema (cold start is measured against a bare Qt window). Typing a
passphrase takes seconds; a background thread spends them importing those, so unlocking does not
pay for them either. Imports only — no widget is built off the GUI thread.
"""

from __future__ import annotations

import contextlib
import threading

_started = threading.Event()


def warm_up() -> None:
    """Import and prepare, in this thread, what follows the unlock (idempotent, never raises)."""
    from casefile.clock import today

    # Each step is independent: one failing (a broken install) must not stop the others, and
    # the same code runs again, and reports properly, when it is really needed.
    with contextlib.suppress(Exception):
        import casefile.vault.db  # noqa: F401  - Argon2, AES-GCM, SQLCipher
    with contextlib.suppress(Exception):
        import ui.main_window  # noqa: F401  - the window and its sidebar
    with contextlib.suppress(Exception):
        import importlib

        from ui.sections import SECTIONS

        for _key, dotted in SECTIONS:  # each section's module: the section is built on first show
            importlib.import_module(dotted.rpartition(".")[0])
    with contextlib.suppress(Exception):
        from casefile.domain import dates

        year = today().year
        dates.preload_holidays((year - 1, year, year + 1))  # 30-day windows cross into the next year
    with contextlib.suppress(Exception):
        from casefile.domain import validate

        validate.preload()


def start_warm_up() -> None:
    """Run :func:`warm_up` once per process on a daemon thread."""
    if _started.is_set():
        return
    _started.set()
    threading.Thread(target=warm_up, name="casefile-warm-up", daemon=True).start()
