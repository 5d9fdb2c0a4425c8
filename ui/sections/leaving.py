"""Leaving a record section (another sidebar entry) with unsaved changes: asked once the section
is hidden; Cancel, or a save the vault refuses, brings the section and its form back.

Moved out of ``ui/sections/base.py`` (issue 14, item 5).
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from ui.sections.base import RecordSection


def ask_after_leaving(section: RecordSection) -> None:
    """Ask Save / Discard / Cancel about the form the user just left, if it still holds changes."""
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
