"""The filter boxes above a record list: an enum filter reading "All …", and one over fixed values.

Moved out of ``ui/sections/base.py`` (issue 14, item 5).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QWidget

from ui import labels
from ui.widgets.choices import EnumCombo, ValueCombo


class FilterCombo(EnumCombo):
    """An enum filter whose empty choice reads "All …" rather than "—"."""

    def __init__(self, field: str, all_text: Callable[[], str], parent: QWidget | None = None) -> None:
        self.all_text = all_text
        super().__init__(field, parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.view().setMinimumWidth(self.view().sizeHintForColumn(0) + 24)

    def retranslate(self) -> None:
        self.set_items([(None, self.all_text()), *labels.choices(self.field)])
        # Filters share a narrow row: wide enough for "All …" (what shows most of the time); a
        # longer choice is cut in the box, and the open list shows every label whole.
        metrics = self.fontMetrics()
        # As wide as "All …" where there is room (sizeHint), down to a few characters where there is
        # not, so three filters never hold the list wider than its share: the encounter form beside
        # it needs the width at 1280 px (issue 13, finding 9). The tooltip names the filter.
        self.setMinimumContentsLength(7)
        self._whole = metrics.horizontalAdvance(self.all_text())
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        extra = hint.width() - self.fontMetrics().horizontalAdvance("x") * self.minimumContentsLength()
        return QSize(max(hint.width(), getattr(self, "_whole", 0) + extra), hint.height())


class ChoiceFilter(ValueCombo):
    """A filter over fixed values: ``items()`` gives ``[(value, label)]``, None first for "all"."""

    def __init__(self, items: Callable[[], list[tuple[Any, str]]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = items
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_items(self.items())
