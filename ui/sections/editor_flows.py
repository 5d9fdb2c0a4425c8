"""Two flows a record section runs on its form: asking about unsaved changes once the user left the
section (another sidebar entry), and rebuilding the form in a new language.

Moved out of ``ui/sections/base.py`` (issue 14, item 5).
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from ui.sections.base import RecordSection


def ask_after_leaving(section: RecordSection) -> None:
    """Ask Save / Discard / Cancel about the form the user just left, if it still holds changes;
    Cancel, or a save the vault refuses, brings the section and its form back."""
    window = section.window()
    if section.isVisible() or not section.ctx.unlocked or not section.has_unsaved_changes() or not window.isVisible():
        return
    editor = section.editor

    def come_back() -> None:
        section.ctx.open_record.emit(section.kind_name, editor.record_id or "")

    def forget(_record: Any) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            editor.saveRejected.disconnect(come_back)

    choice = editor.maybe_leave(lambda: None, window)
    if choice == "cancel" or (choice == "save" and not editor.saving):
        come_back()
    elif choice == "save":
        # A refused save (a field the vault does not accept) brings the form back to fix it.
        editor.saveRejected.connect(come_back, Qt.ConnectionType.SingleShotConnection)
        editor.saved.connect(forget, Qt.ConnectionType.SingleShotConnection)


def rebuild_in_new_language(section: RecordSection) -> None:
    """Build the section's form again in the language just chosen, with the record, what was typed,
    the step on screen and the focus it had.

    Forms are built with their labels; rebuilding is simpler and safer than relabelling every field.
    """
    old = section._editor
    if old is None:
        return  # built later, in the new language
    record, dirty = old.record(), old.is_dirty()
    typed = old.dump() if dirty else None
    focused = QApplication.focusWidget()
    active, page = old.active, old.current_page()
    had_focus = focused is not None and old.isAncestorOf(focused)
    section._install_editor(section.make_editor())
    editor = section.editor
    if active:
        editor.load(record)
        if typed is not None:
            editor.read(typed)
            editor.update_dirty()
        editor.show_page(page)  # the user stays on the step they were reading
    if had_focus:
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
