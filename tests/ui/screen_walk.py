"""Helpers for tests that meet the app as a person does: what is on screen, and how to reach it.

``visible_texts`` collects every text a person can see in a window (labels, buttons, group
titles, tabs, combo items, list items, table headers and the first rows of tables, placeholders,
tooltips, spin box suffixes, menu titles); ``Catalogue`` reads the Spanish ``.ts`` file and says
which of those texts belong to the other language. The ``click_*`` helpers drive the window with
real mouse and key events.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QWidget,
)

from ui.i18n import language_names

ROOT = Path(__file__).resolve().parents[2]
ES_TS = ROOT / "resources" / "translations" / "casefile_es.ts"
ENDONYMS = {name for _code, name in language_names()}
ROWS_READ = 30  # table rows read per view: what shows on a laptop screen


def normal(text: str) -> str:
    """A text as compared: no mnemonic ampersands, no step numbers ("3. "), single spaces."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = re.sub(r"^\d+\.\s+", "", text.strip())
    return " ".join(text.split())


def _template(text: str) -> re.Pattern[str] | None:
    """A regex for a catalogue text with %1 … %n in it, when its words alone identify it."""
    parts = re.split(r"%n|%L?\d", text)
    if len(parts) < 2 or sum(c.isalpha() for c in "".join(parts)) < 8:
        return None
    return re.compile("^" + ".+".join(re.escape(p) for p in parts) + "$", re.DOTALL)


@dataclass
class Catalogue:
    """The English sources and Spanish translations that differ, as a person would see them."""

    english: set[str] = field(default_factory=set)  # sources whose Spanish differs
    spanish: set[str] = field(default_factory=set)  # translations that differ from their source
    all_english: set[str] = field(default_factory=set)
    all_spanish: set[str] = field(default_factory=set)
    english_templates: list[re.Pattern[str]] = field(default_factory=list)
    spanish_templates: list[re.Pattern[str]] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path = ES_TS) -> Catalogue:
        made = cls()
        for message in ET.parse(path).getroot().iter("message"):
            source = normal(message.findtext("source") or "")
            node = message.find("translation")
            forms = [f.text or "" for f in node.iter("numerusform")] if node is not None else []
            translations = [normal(t) for t in (forms or [node.text or ""] if node is not None else [])]
            for translation in translations:
                if not source or not translation:
                    continue
                made.all_english.add(source)
                made.all_spanish.add(translation)
                if translation != source:
                    made.english.add(source)
                    made.spanish.add(translation)
                    for text, into in ((source, made.english_templates), (translation, made.spanish_templates)):
                        pattern = _template(text)
                        if pattern is not None:
                            into.append(pattern)
        return made

    def foreign(self, text: str, language: str) -> bool:
        """Whether ``text`` is a catalogue string of the language that is NOT ``language``.

        Language names are the exception: each is written as its speakers write it ("Español"
        in the English window too), so anyone can find their own."""
        text = normal(text)
        if not text or text in ENDONYMS:
            return False
        if language == "es":
            other, own, templates, own_templates = self.english, self.all_spanish, self.english_templates, []
        else:
            other, own, templates, own_templates = self.spanish, self.all_english, self.spanish_templates, []
        if text in other:
            return text not in own
        if any(p.match(text) for p in templates):
            return text not in own and not any(p.match(text) for p in own_templates)
        return False


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisible() and widget.window() is window and widget.width() > 0 and widget.height() > 0


def _model_texts(model: QAbstractItemModel | None, header: QHeaderView | None = None) -> Iterator[str]:
    if model is None:
        return
    for column in range(model.columnCount()):
        if header is not None and header.isSectionHidden(column):
            continue
        yield str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        yield str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) or "")
    for row in range(min(model.rowCount(), ROWS_READ)):
        for column in range(model.columnCount()):
            yield str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole) or "")


def widget_texts(widget: QWidget) -> Iterator[str]:
    """The texts ``widget`` itself shows (its children are walked separately)."""
    yield widget.toolTip()
    if isinstance(widget, QLabel):
        text = widget.text()
        if widget.textFormat() != Qt.TextFormat.PlainText and "<" in text:
            text = QTextDocumentFragment.fromHtml(text).toPlainText()
        yield text
    elif isinstance(widget, QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QTabBar):
        yield from (widget.tabText(i) for i in range(widget.count()))
        yield from (widget.tabToolTip(i) for i in range(widget.count()))
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
        if widget.lineEdit() is not None:
            yield widget.lineEdit().placeholderText()
        else:
            yield widget.placeholderText()
    elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        yield widget.placeholderText()
    elif isinstance(widget, QAbstractSpinBox):
        yield widget.specialValueText()
        if isinstance(widget, QSpinBox):
            yield widget.suffix().strip()
            yield widget.prefix().strip()
    elif isinstance(widget, QListWidget):
        yield from (widget.item(i).text() for i in range(widget.count()))
    elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        yield from _model_texts(widget.model(), getattr(widget, "horizontalHeader", lambda: None)())


def visible_texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text on screen in ``window``: its title, menus and visible widgets."""
    found: list[tuple[str, str]] = [("window title", window.windowTitle())]
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            found.append(("menu", action.text()))
            menu = action.menu()
            if menu is not None:
                found.extend(("menu item", a.text()) for a in menu.actions() if a.isVisible())
    for widget in window.findChildren(QWidget):
        if not _shown(widget, window):
            continue
        where = f"{type(widget).__name__}({widget.objectName() or widget.accessibleName()})"
        found.extend((where, text) for text in widget_texts(widget) if text)
    return found


def foreign_texts(window: QWidget, catalogue: Catalogue, language: str) -> list[tuple[str, str]]:
    return [(where, text) for where, text in visible_texts(window) if catalogue.foreign(text, language)]


# ----- driving the window as a person does -----
def click(qtbot: Any, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def click_list_row(qtbot: Any, view: QAbstractItemView, row: int) -> None:
    index = view.model().index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def click_section(qtbot: Any, main: Any, key: str) -> QWidget:
    """Click ``key``'s entry in the sidebar; returns the section once it is on screen."""
    from ui.sections import SECTION_KEYS

    sidebar = main.sidebar
    row = list(SECTION_KEYS).index(key)
    sidebar.scrollToItem(sidebar.item(row))
    qtbot.mouseClick(
        sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualItemRect(sidebar.item(row)).center()
    )
    qtbot.waitUntil(lambda: main.current_section() == key and key in main.sections)
    return main.sections[key]


def mnemonic(text: str) -> Qt.Key:
    """The Alt+letter key a label's "&" marks (what a person presses to reach its field)."""
    match = re.search(r"&([^&])", text)
    assert match, f"no mnemonic in {text!r}"
    return Qt.Key(ord(match.group(1).upper()))
