"""A redacted report in the Reports section: never saved unredacted, and shown with its redactions.

Issue 13, finding 5: ticking "Redacted" after a preview and pressing "Save as PDF" saved the old
preview — full name and A-number. Driven here with real clicks on the checkbox and the buttons;
only the file dialog's static method is replaced (as in test_reports_section.py). The vault, the
report builders, the redaction and QtPdf are the real ones.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QStyle, QStyleOptionButton

from casefile.services.interchange import import_document
from ui import i18n
from ui.context import AppContext
from ui.sections import reports
from ui.workers import Workers

ROSA = "Rosa Elena Quispe Mamani"
BUILD_TIMEOUT_MS = 30_000
CALL_NOTE = {
    "format": "casefile-interchange",
    "version": 1,
    "notes": [
        {
            "id": "n-call",
            "person_id": "p-rosa",
            "text": "Her brother Jorge called from 555-0199; he lives at 1420 Elm St.",
        }
    ],
}


@pytest.fixture
def ctx(qapp, example_vault) -> Iterator[AppContext]:
    import_document(example_vault, CALL_NOTE, base_dir=None)
    context = AppContext(Workers())
    context.vault = example_vault
    yield context
    context.workers.drain()
    context.vault = None


@pytest.fixture
def section(qtbot, ctx) -> reports.ReportsSection:
    widget = reports.make(ctx, None)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join("\n".join(page.extract_text() or "" for page in reader.pages).split())


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_checkbox(qtbot, box) -> None:
    """A click on the box's indicator, where a person clicks (the widget's middle may be empty)."""
    option = QStyleOptionButton()
    option.initFrom(box)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=indicator.center() if indicator.isValid() else QPoint(6, 6))


def wait_built(qtbot, section) -> None:
    qtbot.waitUntil(lambda: section.job is None and section.pdf is not None, timeout=BUILD_TIMEOUT_MS)


def save_dialog_returns(monkeypatch, path: Path) -> list[tuple]:
    asked: list[tuple] = []

    def fake(parent, title, default, filters, *args, **kwargs):
        asked.append((title, default, filters))
        return str(path), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def test_ticking_redacted_then_save_never_saves_the_unredacted_preview(qtbot, section, monkeypatch, tmp_path):
    target = tmp_path / "shared.pdf"
    asked = save_dialog_returns(monkeypatch, target)
    section.select("summary", "p-rosa")
    click(qtbot, section.preview_button)
    wait_built(qtbot, section)
    assert ROSA in pdf_text(section.pdf)  # the full preview, for the legal team
    assert section.redactions.isHidden()

    click_checkbox(qtbot, section.options.redact_box)
    assert section.options.redact_box.isChecked()
    click(qtbot, section.save_button)
    # Nothing is asked or written yet: the redacted report is built and shown first.
    assert asked == [] and not target.exists()
    qtbot.waitUntil(lambda: section.job is None and section.shown.redact, timeout=BUILD_TIMEOUT_MS)
    assert "press Save again" in section.message.text()
    assert "REDACTED" in pdf_text(section.pdf) and ROSA not in pdf_text(section.pdf)
    assert section.redactions.isVisible()

    click(qtbot, section.save_button)
    qtbot.waitUntil(target.exists, timeout=BUILD_TIMEOUT_MS)
    text = pdf_text(target.read_bytes())
    assert "REDACTED — PERSONAL DATA REMOVED" in text
    for leak in (ROSA, "Quispe", "208-114-563", "A-208-114", "555-0199", "1420 Elm"):
        assert leak not in text, f"{leak!r} in the saved redacted report"
    assert "A-XXX-XXX-563" in text
    assert len(asked) == 1 and "redacted" in Path(asked[0][1]).name


def test_the_redacted_preview_lists_what_it_removes_and_the_names_to_check(qtbot, section):
    section.select("summary", "p-rosa")
    click_checkbox(qtbot, section.options.redact_box)
    click(qtbot, section.preview_button)
    wait_built(qtbot, section)
    panel = section.redactions
    assert panel.isVisible()
    assert panel.heading.text() == "What this redacted report removes"
    to_check = panel.review_group
    assert to_check is not None and to_check.text(0).startswith("To check")
    listed = {to_check.child(i).text(0): to_check.child(i).text(2) for i in range(to_check.childCount())}
    assert listed.get("Jorge", "").startswith("Note ")  # where it stands, in words
    assert "NOT removed" in panel.check_note.text()
    removed = panel.found_group
    rows = {(removed.child(i).text(0), removed.child(i).text(1)) for i in range(removed.childCount())}
    assert (ROSA, "Name") in rows
    assert ("555-0199", "Phone") in rows
    assert ("1420 Elm St", "Address") in rows
    # Unticking and previewing again shows the full report, and the list goes away.
    click_checkbox(qtbot, section.options.redact_box)
    click(qtbot, section.preview_button)
    qtbot.waitUntil(lambda: section.job is None and not section.shown.redact, timeout=BUILD_TIMEOUT_MS)
    assert panel.isHidden()


def test_the_redaction_list_speaks_spanish(qtbot, section):
    section.select("summary", "p-rosa")
    click_checkbox(qtbot, section.options.redact_box)
    click(qtbot, section.preview_button)
    wait_built(qtbot, section)
    try:
        assert i18n.set_language("es")
        qtbot.waitUntil(lambda: section.redactions.heading.text() != "What this redacted report removes")
        panel = section.redactions
        assert panel.heading.text() == "Lo que oculta este informe censurado"
        assert panel.review_group.text(0).startswith("Por revisar")
        assert panel.review_group.child(0).text(2).startswith("Nota ") and panel.review_group.child(0).text(2).endswith(
            " · texto"
        )
        kinds = {panel.found_group.child(i).text(1) for i in range(panel.found_group.childCount())}
        assert {"Nombre", "Teléfono", "Dirección"} <= kinds
    finally:
        i18n.set_language("en")


def test_locking_clears_the_list_of_redactions(qtbot, section, ctx):
    section.select("summary", "p-rosa")
    click_checkbox(qtbot, section.options.redact_box)
    click(qtbot, section.preview_button)
    wait_built(qtbot, section)
    assert section.redactions.tree.topLevelItemCount() > 0
    ctx.workers.drain()
    vault = ctx.vault
    vault.close()
    ctx.vault = None
    ctx.vault_locked.emit()
    assert section.redactions.isHidden() and section.redactions.tree.topLevelItemCount() == 0
    assert section.review is None


def test_a_redacted_export_from_the_app_lists_the_words_to_check(qtbot, shell, example_vault_path, tmp_path):
    from casefile.vault.db import Vault
    from tests.conftest import PASSPHRASE, USER
    from tests.ui.conftest import unlock_with

    vault = Vault.open(example_vault_path, PASSPHRASE, user=USER)
    import_document(vault, CALL_NOTE, base_dir=None)
    vault.close()
    main = unlock_with(qtbot, shell, example_vault_path)
    out = tmp_path / "shared.json"
    main.start_export(out, redact=True)
    qtbot.waitUntil(lambda: main.export_review_box is not None, timeout=BUILD_TIMEOUT_MS)
    box = main.export_review_box
    assert "Jorge" in box.text() and "NOT removed" in box.text()
    assert "Jorge: Note " in box.detailedText()
    text = out.read_text(encoding="utf-8")
    assert "555-0199" not in text and "1420 Elm" not in text and "p-rosa" not in text
    qtbot.mouseClick(box.button(box.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())


def test_the_words_listed_for_review_can_be_written_as_initials_too(qtbot, section):
    section.select("summary", "p-rosa")
    assert not section.options.listed_box.isEnabled()  # only with Redacted
    click_checkbox(qtbot, section.options.redact_box)
    assert section.options.listed_box.isEnabled()
    click_checkbox(qtbot, section.options.listed_box)
    click(qtbot, section.preview_button)
    wait_built(qtbot, section)
    text = pdf_text(section.pdf)
    assert "Jorge" not in text and "J. called from [phone removed]" in text
    assert section.redactions.review_group is None  # nothing left to check
    assert "No other words" in section.redactions.check_note.text()
    removed = section.redactions.found_group
    assert ("Jorge", "Name") in {
        (removed.child(i).text(0), removed.child(i).text(1)) for i in range(removed.childCount())
    }
