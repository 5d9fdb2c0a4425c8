"""Choosing machine values by their labels: enum combos, yes/no/unknown, multi-choice, free text.

Every combo shows translated labels and hands back the machine value; a stored value this
version does not know is kept and shown as written rather than silently dropped.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QGridLayout, QWidget

from casefile import catalogue
from ui import i18n, labels


class ValueCombo(QComboBox):
    """A combo whose items carry Python values (compared with ``==``, not by QVariant)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: list[Any] = []
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def set_items(self, items: list[tuple[Any, str]]) -> None:
        current = self.value() if self._values else None
        self.blockSignals(True)
        self.clear()
        self._values = []
        for value, text in items:
            self.addItem(text)
            self._values.append(value)
        self.blockSignals(False)
        self.setValue(current)

    def value(self) -> Any:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def setValue(self, value: Any) -> None:
        for i, known in enumerate(self._values):
            if known == value and type(known) is type(value):
                self.setCurrentIndex(i)
                return
        if value is None or value == "":
            self.setCurrentIndex(0 if self._values else -1)
            return
        self.addItem(str(value))  # a value this version has no label for: keep it
        self._values.append(value)
        self.setCurrentIndex(len(self._values) - 1)


class EnumCombo(ValueCombo):
    """The machine values of one field of ``ui.labels``, with "—" for not recorded."""

    def __init__(self, field: str, parent: QWidget | None = None, *, allow_empty: bool = True) -> None:
        super().__init__(parent)
        self.field = field
        self.allow_empty = allow_empty
        self.retranslate()

    def retranslate(self) -> None:
        items = labels.choices(self.field)
        if self.allow_empty:
            items = [(None, labels.EMPTY), *items]
        self.set_items(items)


class TriStateCombo(EnumCombo):
    """Yes / No / Unknown (the domain's "bool or unknown"), "—" when nothing was recorded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("tristate", parent)


class MultiEnumChecks(QWidget):
    """Several machine values at once (the agencies present), one check box each."""

    changed = Signal()

    def __init__(self, field: str, parent: QWidget | None = None, columns: int = 2) -> None:
        super().__init__(parent)
        self.field = field
        self._extra: list[str] = []
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        for i, (value, text) in enumerate(labels.choices(field)):
            box = QCheckBox(text, self)
            box.setAccessibleName(text)
            box.toggled.connect(lambda _c: self.changed.emit())
            self.boxes[value] = box
            grid.addWidget(box, i // columns, i % columns)

    def focus_widget(self) -> QWidget:
        return next(iter(self.boxes.values()))

    def value(self) -> list[str]:
        return [v for v, box in self.boxes.items() if box.isChecked()] + list(self._extra)

    def setValue(self, values: list[str] | None) -> None:
        values = list(values or [])
        self.blockSignals(True)
        for value, box in self.boxes.items():
            box.setChecked(value in values)
        self._extra = [v for v in values if v not in self.boxes]
        self.blockSignals(False)

    def retranslate(self) -> None:
        for value, text in labels.choices(self.field):
            self.boxes[value].setText(text)


class FreeChoiceCombo(QComboBox):
    """Pick a known value by its label or type anything else (how agents identified themselves,
    a language, a country code)."""

    changed = Signal()

    def __init__(self, items: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        completer = self.completer()
        if completer is not None:
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._items: list[tuple[str, str]] = []
        self.set_items(items)
        self.currentTextChanged.connect(lambda _t: self.changed.emit())

    def set_items(self, items: list[tuple[str, str]]) -> None:
        current = self.value() if self._items else None
        self.blockSignals(True)
        self.clear()
        self._items = [("", ""), *items]
        for _value, text in self._items:
            self.addItem(text)
        self.blockSignals(False)
        self.setValue(current)

    def value(self) -> str | None:
        text = self.currentText().strip()
        if not text:
            return None
        for value, shown in self._items:
            if shown == text:
                return value or None
        return text

    def setValue(self, value: str | None) -> None:
        self.blockSignals(True)
        for i, (known, _shown) in enumerate(self._items):
            if known and known == value:
                self.setCurrentIndex(i)
                break
        else:
            self.setCurrentIndex(0)
            self.setEditText(value or "")
        self.blockSignals(False)


def identified_as_items() -> list[tuple[str, str]]:
    return labels.choices("identified_as")


def language_items() -> list[tuple[str, str]]:
    """Languages clients in US immigration practice speak most, as BCP 47 codes, named in the app's
    language by the core catalogue (the PDFs print the same names)."""
    names = catalogue.table(i18n.current_language(), "language_names")
    # "k'iche'" is an older spelling a vault may hold: read, never offered.
    return [(code, f"{name[:1].upper()}{name[1:]} ({code})") for code, name in names.items() if "'" not in code]


def country_items() -> list[tuple[str, str]]:
    """Every ISO 3166-1 alpha-2 country Qt knows, as "Name (XX)", sorted by name. The countries of
    birth seen most in practice are named by the core catalogue in the app's language, as the PDFs
    name them; the rest by Qt, in English."""
    named = catalogue.table(i18n.current_language(), "countries")
    seen: dict[str, str] = {}
    for territory in QLocale.Country:
        code = QLocale.territoryToCode(territory)
        if len(code) != 2 or not code.isalpha() or code in seen:
            continue
        name = named.get(code) or QLocale.territoryToString(territory)
        if name:
            seen[code] = name
    return sorted(((code, f"{name} ({code})") for code, name in seen.items()), key=lambda item: item[1].casefold())
