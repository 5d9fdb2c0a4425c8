"""The FOIA workflow's screenshots (issue 17), called by ``scripts/screenshots.py``.

The chosen FOIA request gets a 40-page synthetic production (casefile.demo.foia_production) and a
requester, then: its form at the letters and production log (``39-foia-letters-log``), the request
letter's dialog (``40-foia-letter-dialog``) and the appeal letter's (``41-foia-appeal-dialog``).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QScrollArea

REQUESTER = {
    "name": "Ana Torres",
    "organization": "Gulf Coast Immigrant Defense Clinic",
    "address": "1200 Main St\nHouston TX 77002",
    "email": "ana@example.org",
}


def capture_foia(app: Any, shell: Any, save: Callable[..., None], settle: Callable[..., None],
                 with_dialog: Callable[..., Any], foia_id: str) -> None:  # fmt: skip
    from casefile.demo.foia_production import production_pdf
    from casefile.foia.facts import Requester, save_requester
    from casefile.foia.receive import productions_of, receive

    main = shell.main_window
    vault = shell.ctx.require_vault()
    requester = Requester(**REQUESTER)
    if not productions_of(vault, foia_id):
        pdf = Path(tempfile.mkdtemp(prefix="casefile-shots-")) / "production.pdf"
        pdf.write_bytes(production_pdf(40))
        receive(vault, foia_id, pdf, received_on=date(2026, 11, 20))
    save_requester(vault, requester)
    section = main.show_section("foia")
    settle(app, shell.workers, 200)
    section.show_record(foia_id)
    settle(app, shell.workers, 400)
    tools = section.editor.tools
    scroll = tools.parentWidget()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    if scroll is not None:
        scroll.ensureWidgetVisible(tools.productions, 0, 0)
    settle(app, shell.workers, 300)
    save(main.grab(), "39-foia-letters-log")
    for kind, name in (("request", "40-foia-letter-dialog"), ("appeal", "41-foia-appeal-dialog")):
        tools._show_dialog(kind, requester)
        settle(app, shell.workers, 200)
        save(with_dialog(main, tools.dialog), name)
        tools.dialog.reject()
        settle(app, shell.workers, 100)
