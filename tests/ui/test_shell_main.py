"""Main window: sections, shortcuts, fit on a 1366×768 laptop, import/export in workers, and
failures shown as sentences (never a traceback)."""

from __future__ import annotations

import json
import sys
import types

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QSpinBox,
    QTreeWidget,
    QWidget,
)

from tests.ui.conftest import unlock_with
from ui.sections import SECTIONS, SectionPlaceholder


def _unnamed_controls(root: QWidget) -> list[str]:
    """Controls a screen reader could not name: no accessible name and no text or buddy label."""
    labelled = {
        label.buddy() for label in root.findChildren(QWidget) if hasattr(label, "buddy") and label.buddy() is not None
    }
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, (QLineEdit, QComboBox, QSpinBox, QAbstractButton, QListWidget, QTreeWidget)):
            continue
        if widget.parent() is not None and type(widget.parent()).__name__ in ("QSpinBox", "QComboBox"):
            continue  # the line edit inside a spin box or an editable combo
        if widget.accessibleName() or widget in labelled:
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            continue
        if not widget.isVisibleTo(root):
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_section_opens_and_fits_a_1366x768_laptop(qtbot, shell, example_vault_path):
    main = unlock_with(qtbot, shell, example_vault_path)
    main.resize(QSize(1366, 728))  # 768 minus a taskbar
    qtbot.waitUntil(lambda: main.height() == 728)
    for key, _ in SECTIONS:
        widget = main.show_section(key)
        assert main.current_section() == key
        assert not (isinstance(widget, SectionPlaceholder) and widget.failed), key
    assert main.minimumSizeHint().width() <= 1366
    assert main.minimumSizeHint().height() <= 728
    last = main.sidebar.visualItemRect(main.sidebar.item(main.sidebar.count() - 1))
    assert last.bottom() < main.sidebar.viewport().height()  # every section visible, no scrolling
    assert main.toolbar.isVisible()
    assert main.toolbar.widgetForAction(main.lock_action).isVisible()


def test_actions_have_shortcuts_shown_in_menus_and_tooltips(qtbot, shell, example_vault_path):
    main = unlock_with(qtbot, shell, example_vault_path)
    assert main.lock_action.shortcut().toString() == "Ctrl+L"
    assert [s.toString() for s in main.search_action.shortcuts()] == ["Ctrl+K", "Ctrl+F"]
    assert "Ctrl+L" in main.lock_action.toolTip()
    assert "Ctrl+K" in main.search.toolTip()
    menus = [a.text() for a in main.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Help"]
    file_items = [a.text() for a in main.file_menu.actions() if not a.isSeparator()]
    assert file_items == [
        "&Import…",
        "&Export…",
        "Export &calendar (.ics)…",
        "&Backup…",
        "&Settings…",
        "&Lock",
        "&Quit",
    ]
    assert [a.text() for a in main.help_menu.actions()] == ["&User guide", "&About Casefile"]
    assert main.guide_action.shortcut().toString() == "F1"
    assert main.createPopupMenu() is None  # the toolbar with Lock cannot be hidden
    assert main.vault_status.text() == "Vault: vault"
    assert main.user_status.text() == "User: maria"


def test_controls_have_accessible_names(qtbot, shell, example_vault_path):
    unlock = shell.show_unlock()
    assert _unnamed_controls(unlock) == []
    wizard = shell.show_wizard()
    for page in (wizard.location_page, wizard.user_page, wizard.passphrase_page, wizard.recovery_page):
        assert _unnamed_controls(page) == [], type(page).__name__
    wizard.hide()
    main = unlock_with(qtbot, shell, example_vault_path)
    assert _unnamed_controls(main.sections["dashboard"]) == []
    shell.open_settings()
    assert _unnamed_controls(shell.settings_dialog) == []
    shell.settings_dialog.reject()


def test_import_and_redacted_export_run_in_workers(qtbot, shell, new_vault, example_dir, tmp_path):
    vault, _ = new_vault
    vault.close()
    main = unlock_with(qtbot, shell, vault.path)
    with qtbot.waitSignal(shell.ctx.record_saved, timeout=20_000) as saved:
        main.start_import(example_dir / "example.json")
    assert saved.args[1] == ""  # many records of one kind changed: lists reload
    qtbot.waitUntil(lambda: main.progress is None, timeout=20_000)
    assert "Imported: " in main.statusBar().currentMessage()

    out = tmp_path / "shared.json"
    main.start_export(out, redact=True)
    qtbot.waitUntil(lambda: main.progress is None and out.exists(), timeout=20_000)
    text = out.read_text(encoding="utf-8")
    assert "Quispe" not in text
    assert json.loads(text)["encounters"]


def test_a_broken_section_shows_a_sentence_and_is_logged(qtbot, shell, example_vault_path, monkeypatch, tmp_path):
    broken = types.ModuleType("ui.sections.people")

    def make(ctx, parent):
        raise RuntimeError("Rosa Elena Quispe Mamani")  # case data in a message must not leak

    broken.make = make
    monkeypatch.setitem(sys.modules, "ui.sections.people", broken)
    main = unlock_with(qtbot, shell, example_vault_path)
    widget = main.show_section("people")
    assert isinstance(widget, SectionPlaceholder) and widget.failed
    assert "could not be opened" in widget.label.text()
    from casefile.paths import log_dir

    log = (log_dir() / "casefile-errors.log").read_text(encoding="utf-8")
    assert "RuntimeError" in log and "Quispe" not in log


def test_unexpected_exception_becomes_a_message_box(qtbot, shell):
    from ui.app import _excepthook

    try:
        raise ValueError("A-208-114-563")
    except ValueError as exc:
        _excepthook(ValueError, exc, exc.__traceback__)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert boxes
    text = boxes[-1].text()
    assert "Something went wrong inside Casefile" in text
    assert "Traceback" not in text and "208-114" not in text
    for box in boxes:
        box.close()
