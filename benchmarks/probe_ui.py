"""Child process for the main-window figures (offscreen Qt), one fresh process per run.

``python -m benchmarks.probe_ui window VAULT USER`` runs the unlock window's warm-up and unlocks the
vault (neither timed; the passphrase comes on stdin), then times what the app does next:
``Shell.unlocked`` builds and shows the main window, the dashboard loads on a worker, and every
list shows its first page (through its section or, for a section not written yet, its list model
in a table view; a list that loads on a worker, as the deadlines do, once that page is in). It prints one JSON line with
the times and the resident memory with all of that open.

``python -m benchmarks.probe_ui core VAULT USER`` times the same data without any widget (after the
same warm-up of the holidays calendar): the
first page of every list (``casefile.queries.paging``), the collateral arrests and the dashboard's
data (``ui.dashboard.load``).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.timing import MIB, clock, rss_now, rss_peak

LIST_SECTIONS = ("people", "encounters", "collateral", "documents", "foia", "deadlines")


def _wait(app: Any, done: Callable[[], bool], limit: float = 60.0) -> None:
    deadline = clock() + limit
    while not done():
        if clock() > deadline:
            raise TimeoutError("the main window did not finish loading within a minute")
        app.processEvents()
        time.sleep(0.001)


def _models() -> dict[str, Any]:
    from ui.models.collateral import CollateralArrestsModel
    from ui.models.records import DocumentsModel, EncountersModel, FoiaModel, PeopleModel, StoredDeadlinesModel

    return {"people": PeopleModel, "encounters": EncountersModel, "collateral": CollateralArrestsModel,
            "documents": DocumentsModel, "foia": FoiaModel, "deadlines": StoredDeadlinesModel}


def window(vault_path: Path, passphrase: str, user: str) -> dict[str, Any]:
    from PySide6.QtWidgets import QTableView

    from casefile.vault.db import Vault
    from ui.app import Shell, apply_style, ensure_application
    from ui.sections import SectionPlaceholder

    app = ensure_application([sys.argv[0]])
    apply_style(app)
    models = _models()
    shell = Shell(vault_path)
    # In use, the unlock window's warm-up (ui.warmup) loads the main window's modules, the holidays
    # calendar and the schema while the passphrase is typed; here it runs to completion first, as
    # it does in the seconds of typing, rather than racing the timed part.
    from ui.warmup import warm_up

    warm_up()
    vault = Vault.open(vault_path, passphrase, user=user)
    start = clock()
    shell.unlocked(vault)
    main = shell.main_window
    assert main is not None
    dashboard = main.sections.get("dashboard")

    def shown() -> bool:
        handle = main.windowHandle()
        loaded = getattr(dashboard, "loaded_count", 1) >= 1
        return main.isVisible() and handle is not None and handle.isExposed() and loaded

    _wait(app, shown)
    dashboard_at = clock()
    memory = {"window_and_dashboard": rss_now() / MIB}
    how: dict[str, str] = {}
    each: dict[str, float] = {}
    rows: dict[str, int] = {}
    views = []
    for key in LIST_SECTIONS:
        began = clock()
        section = main.show_section(key)
        app.processEvents()
        if isinstance(section, SectionPlaceholder):
            # Until the section exists, its list model in a view stands in for it.
            view = QTableView(main.stack)
            view.setModel(models[key](shell.ctx, view))
            main.stack.addWidget(view)
            main.stack.setCurrentWidget(view)
            views.append(view)
            how[key] = "model in a table view"
        else:
            how[key] = "section"
        app.processEvents()
        # A list that loads on a worker (the deadlines) counts once its first page is shown.
        shown_model = getattr(section, "model", None)
        _wait(app, lambda m=shown_model: not getattr(m, "loading", False))
        app.processEvents()
        each[key] = clock() - began
        memory[key] = rss_now() / MIB
        model = views[-1].model() if how[key] != "section" else getattr(section, "model", None)
        rows[key] = model.rowCount() if model is not None else -1
    main.show_section("dashboard")
    app.processEvents()
    lists_at = clock()
    result = {
        "window_s": dashboard_at - start,
        "lists_s": lists_at - dashboard_at,
        "total_s": lists_at - start,
        "rss_mib": rss_now() / MIB,
        "peak_mib": rss_peak() / MIB,
        "how": how,
        "rows": rows,
        "each_s": each,
        "rss_after_mib": memory,
    }
    shell.shutdown()
    return result


def core(vault_path: Path, passphrase: str, user: str) -> dict[str, Any]:
    from casefile.clock import today
    from casefile.domain.dates import preload_holidays
    from casefile.queries import paging
    from casefile.queries.kinds import KINDS
    from casefile.vault.db import Vault
    from ui.dashboard import load

    # As in the app, where the unlock window's warm-up builds the holidays calendar while the
    # passphrase is typed (importing `holidays` alone takes 0.5-0.8 s).
    year = today().year
    preload_holidays((year - 1, year, year + 1))
    vault = Vault.open(vault_path, passphrase, user=user)
    try:
        conn = vault.connection()
        parts: dict[str, float] = {}
        start = clock()
        for name, kind in KINDS.items():
            t = clock()
            paging.page(conn, kind, paging.PageRequest(limit=200))
            parts[name] = clock() - t
        t = clock()
        paging.collateral_arrests(conn, limit=200)
        parts["collateral"] = clock() - t
        t = clock()
        load(vault)
        parts["dashboard"] = clock() - t
        total = clock() - start
    finally:
        vault.close()
    return {"total_s": total, "parts_s": parts}


def main(argv: list[str]) -> int:
    mode, vault_path, user = argv[0], Path(argv[1]), argv[2]
    passphrase = sys.stdin.readline().rstrip("\n")
    result = window(vault_path, passphrase, user) if mode == "window" else core(vault_path, passphrase, user)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
