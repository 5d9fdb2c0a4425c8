"""Building forms the same way everywhere: label with a buddy, accessible name, error slot.

:class:`Form` wraps a ``QFormLayout`` (labels above fields when the window is narrow) and keeps
a registry ``field path → (widget, FieldError)`` so an editor can put a core
``ValidationError`` at the field named by its ``.field``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.errors import FieldError


def clean(record: dict[str, Any]) -> dict[str, Any]:
    """Drop unset values (None, "", [], {}) the way the vault stores their absence."""
    out: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, dict):
            value = clean(value)
        if value is None or value == "" or value == [] or value == {}:
            continue
        out[key] = value
    return out


class Form:
    def __init__(self, parent: QWidget | None = None, layout: QFormLayout | None = None) -> None:
        self.layout = layout or QFormLayout(parent)
        self.layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.fields: dict[str, tuple[QWidget, FieldError]] = {}
        self.labels: dict[str, str] = {}
        self.captions: list[QLabel] = []

    def add(self, path: str | None, label: str, widget: QWidget, *, hint: str = "",
            focus: QWidget | None = None) -> QWidget:
        """Add ``label: widget``; with a ``path`` the field gets an error slot under it.

        ``focus`` is the part that takes the keyboard (for composite widgets) and gets the
        accessible name; ``hint`` is a short help line under the field.
        """
        target = focus or getattr(widget, "focus_widget", lambda: widget)()
        plain = label.replace("&&", "\0").replace("&", "").replace("\0", "&")
        target.setAccessibleName(plain.rstrip(":"))
        if not widget.accessibleName():
            widget.setAccessibleName(plain.rstrip(":"))
        caption = QLabel(label)
        caption.setBuddy(target)
        self.captions.append(caption)
        holder = QWidget()
        holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        if hint:
            help_label = QLabel(hint)
            help_label.setWordWrap(True)
            help_label.setEnabled(False)  # the platform's muted text colour
            help_label.setTextFormat(Qt.TextFormat.PlainText)
            box.addWidget(help_label)
            if not target.accessibleDescription():
                target.setAccessibleDescription(hint)
        error = FieldError(target)
        box.addWidget(error)
        if hasattr(widget, "set_error_label"):
            widget.set_error_label(error)
        self.layout.addRow(caption, holder)
        if path:
            self.fields[path] = (widget, error)
            # History lists fields by name: without the "(required)" the form adds.
            required = QCoreApplication.translate("Form", " (required)")
            self.labels[path] = plain.rstrip(":").replace(required, "")
        return widget

    def add_widget(self, widget: QWidget) -> QWidget:
        self.layout.addRow(widget)
        return widget

    def clear_errors(self) -> None:
        for _widget, error in self.fields.values():
            error.clear()


def align_captions(forms: list[Form]) -> None:
    """Give the label column of several forms (one per group box) the same width."""
    captions = [c for form in forms for c in form.captions if c.text()]
    if not captions:
        return
    width = max(c.sizeHint().width() for c in captions)
    for caption in captions:
        caption.setMinimumWidth(width)


def group(title: str) -> tuple[QGroupBox, Form]:
    box = QGroupBox(title)
    box.setAccessibleName(title)
    return box, Form(box)


def plain_text_edit(lines: int = 4, *, max_lines: int | None = None) -> QPlainTextEdit:
    """A multi-line field sized for ``lines`` lines; Tab moves on instead of typing a tab."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    height = edit.fontMetrics().lineSpacing() * lines + 14
    edit.setMinimumHeight(height)
    if max_lines is not None:
        edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * max_lines + 14)
    else:
        edit.setMaximumHeight(height)
    edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return edit


def read_only_label(text: str = "") -> QLabel:
    """Case data shown, not edited: plain text (never interpreted as markup), selectable."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    label.setWordWrap(True)
    return label
