"""The FOIA workflow's screenshots (issue 17), called by ``scripts/screenshots.py``.

The chosen FOIA request gets a 40-page synthetic production (casefile.demo.foia_production) and a
requester, then: its form at the letters and production log (``39-foia-letters-log``), the request
letter's dialog (``40-foia-letter-dialog``) and the appeal letter's (``41-foia-appeal-dialog``),
the letter itself in the app's PDF preview (``42-foia-letter-preview``: its first page in English,
its Spanish consent page in Spanish), a denied request with OGIS mediation recorded
(``43-foia-ogis``) and its status history (``46-foia-status-history``), and a batch: made
(``44-foia-batch-new``) and followed (``45-foia-batch``). The dashboard's constructive-exhaustion
notice is in ``10-dashboard``.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QScrollArea, QWidget

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
    capture_preview(app, shell, save, settle, with_dialog, foia_id)
    capture_ogis(app, shell, save, settle, with_dialog, foia_id)
    capture_batch(app, shell, save, settle, with_dialog)


def _scroll_to(widget: QWidget) -> None:
    scroll = widget.parentWidget()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    if scroll is not None:
        scroll.ensureWidgetVisible(widget, 0, 0)
        scroll.horizontalScrollBar().setValue(0)  # the labels' side, if the form is wider than its place


def capture_preview(app: Any, shell: Any, save: Callable[..., None], settle: Callable[..., None],
                    with_dialog: Callable[..., Any], foia_id: str) -> None:  # fmt: skip
    """The request letter as written, in the app's PDF preview; the Spanish consent page in Spanish."""
    from pypdf import PdfReader

    from casefile.foia.facts import LetterOptions
    from casefile.foia.render import make_letter
    from ui import i18n
    from ui.pdf_preview import PdfPreview

    vault = shell.ctx.require_vault()
    out = Path(tempfile.mkdtemp(prefix="casefile-shots-")) / "letter.pdf"
    make_letter(vault, foia_id, out, options=LetterOptions(expedite_reason="Removal proceedings are pending"))
    data = out.read_bytes()
    page = 0
    if i18n.current_language() == "es":
        texts = [p.extract_text() or "" for p in PdfReader(str(out)).pages]
        page = next((i for i, t in enumerate(texts) if "Explicación de su consentimiento" in t), 0)
    preview = PdfPreview()
    preview.setWindowTitle(QCoreApplication.translate("LetterDialog", "FOIA request letter"))
    preview.load_bytes(data)
    preview.show()
    settle(app, shell.workers, 300)
    # Sized once shown: the zoom label follows a resize of the preview, not its inner view's first layout.
    preview.resize(760, 660)
    preview.go_to_page(page)
    settle(app, shell.workers, 300)
    save(with_dialog(shell.main_window, preview), "42-foia-letter-preview")
    preview.close()


def _denied_request(vault: Any, fallback: str) -> str:
    """A federal request denied and not yet appealed (its appeal date shows), else ``fallback``."""
    from casefile import read
    from casefile.domain.dates import DHS_COMPONENTS, DOJ_COMPONENTS

    rows = read.page(vault, "foia_requests", limit=500).rows
    found = read.get_many(vault, "foia_requests", [r["id"] for r in rows]).values()
    for request in sorted(found, key=lambda r: r["id"]):
        federal = request.get("agency") in (*DHS_COMPONENTS, *DOJ_COMPONENTS)
        if federal and request.get("adverse_determination_on") and not request.get("appeal_filed_on"):
            return str(request["id"])
    return fallback


def capture_ogis(app: Any, shell: Any, save: Callable[..., None], settle: Callable[..., None],
                 with_dialog: Callable[..., Any], foia_id: str) -> None:  # fmt: skip
    """A denied request with OGIS mediation recorded: the form says the appeal date does not move;
    then its status history."""
    from casefile.services import records

    vault = shell.ctx.require_vault()
    chosen = _denied_request(vault, foia_id)
    request = records.get(vault, "foia_requests", chosen)
    if request is not None and not request.get("ogis_requested_on"):
        day = str(request.get("adverse_determination_on") or request.get("received_on") or "2026-11-02")[:10]
        request.update(ogis_requested_on=day, ogis_case_number="OGIS-2026-01234")
        records.save(vault, "foia_requests", request)
    section = shell.main_window.show_section("foia")
    settle(app, shell.workers, 200)
    section.show_record(chosen)
    settle(app, shell.workers, 400)
    box = section.editor.ogis_note.parentWidget()
    while box is not None and not isinstance(box, QGroupBox):
        box = box.parentWidget()
    _scroll_to(box or section.editor.ogis_note)
    settle(app, shell.workers, 300)
    save(shell.main_window.grab(), "43-foia-ogis")
    tools = section.editor.tools
    tools._status_history()
    dialog = tools.history_dialog
    settle(app, shell.workers, 400)
    save(with_dialog(shell.main_window, dialog), "46-foia-status-history")
    dialog.reject()
    settle(app, shell.workers, 100)


def capture_batch(app: Any, shell: Any, save: Callable[..., None], settle: Callable[..., None],
                  with_dialog: Callable[..., Any]) -> None:  # fmt: skip
    """The batch dialog filled in for three clients, then the batch it made."""
    from casefile import read
    from casefile.foia.batch import batches

    main = shell.main_window
    vault = shell.ctx.require_vault()
    section = main.show_section("foia")
    settle(app, shell.workers, 200)
    section.open_batches()
    dialog = section.batch_dialog
    dialog.resize(720, 640)
    settle(app, shell.workers, 200)
    clients = read.page(vault, "people", filters={"is_client": 1}, limit=3).rows
    for row in clients:
        dialog.picker.setValue(row["id"])
        dialog._add_client()
    dialog.name.setText("Operativo Airline Dr 2026-09-15")
    dialog.records_sought.setPlainText(
        "All records of the 2026-09-15 operation at 4410 Airline Dr: I-213, EARM entries, body-camera video"
    )
    dialog.picker.edit.setFocus()
    settle(app, shell.workers, 200)
    save(with_dialog(main, dialog), "44-foia-batch-new")
    if any(b["batch"] == dialog.name.text() for b in batches(vault)):
        dialog.show_batch(dialog.name.text())
    else:
        dialog._create()
    settle(app, shell.workers, 600)
    save(with_dialog(main, dialog), "45-foia-batch")
    dialog.reject()
    settle(app, shell.workers, 100)
    # Leave the vault as it was, so the next language's pictures show the same lists.
    from casefile.foia.batch import batch_members
    from casefile.services import records

    for member in batch_members(vault, dialog.name.text()):
        records.delete(vault, "foia_requests", str(member["id"]))
        records.purge(vault, "foia_requests", str(member["id"]))
