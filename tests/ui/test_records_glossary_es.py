"""The app's Spanish follows the corrected glossary (issue 13, finding 12; glossary-es.md): the
encounter filters read "Cualquier…" rather than "Todo lugar / Toda orden", the encounter step
names the account comparison and the FTCA claim, "desconocida" agrees with a feminine noun, a
declaration is under penalty of perjury, and recognizance is not "bajo palabra". Driven with the
keyboard and the mouse, as a person would."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from test_records_support import ctx, rec_vault, vault_template, wait_workers  # noqa: F401 - fixtures

from ui import i18n, labels
from ui.sections import encounters


@pytest.fixture
def spanish(qapp) -> Iterator[None]:
    i18n.set_language("es")
    yield
    i18n.set_language("en")


def _items(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_spanish_encounter_filters_and_steps_follow_the_glossary(qtbot, ctx, spanish):  # noqa: F811
    section = encounters.make(ctx, None)
    qtbot.addWidget(section)
    section.show()
    setting, warrant, entry = (section.combos[k] for k in ("setting", "warrant_type", "entry"))
    assert setting.currentText() == "Cualquier tipo de lugar"
    assert warrant.currentText() == "Cualquier orden"
    assert entry.currentText() == "Cualquier entrada"
    # The last warrant choice, reached with the keyboard, is the unknown one: feminine, la orden.
    warrant.setFocus()
    qtbot.keyClick(warrant, Qt.Key.Key_End)
    assert warrant.currentText() == "Desconocida"
    qtbot.keyClick(entry, Qt.Key.Key_End)
    assert entry.currentText() == "Desconocida"
    qtbot.keyClick(setting, Qt.Key.Key_End)
    assert setting.currentText() == "Desconocido"  # el tipo de lugar
    for combo in (setting, warrant, entry):
        assert not {"Todo lugar", "Toda orden", "Toda entrada"} & set(_items(combo))

    qtbot.mouseClick(section.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(section, "editor", None) is not None)
    steps = section.editor.steps
    titles = [steps.item(i).text() for i in range(steps.count())]
    [comparison] = [t for t in titles if "Versiones y reclamo FTCA" in t]
    assert not [t for t in titles if "Comparación y reclamo" in t]
    row = titles.index(comparison)
    qtbot.mouseClick(steps.viewport(), Qt.MouseButton.LeftButton, pos=steps.visualItemRect(steps.item(row)).center())
    assert section.editor.stack.currentIndex() == row


def test_spanish_labels_for_recognizance_declarations_and_unknowns(spanish):
    assert labels.label("custody_status", "released-recognizance") == "Liberado/a bajo su propio reconocimiento"
    assert labels.label("custody_status", "unknown") == "Desconocida"  # la situación de custodia
    assert labels.label("document_kind", "I-220A") == "I-220A orden de libertad bajo su propio reconocimiento"
    assert labels.label("document_kind", "declaration") == "Declaración bajo pena de perjurio"
    assert labels.label("outcome", "unknown") == "Desconocido"  # el resultado
