"""Languages: switching to Spanish retranslates the open windows at once (ours and Qt's own texts),
the choice is saved, and the committed .ts/.qm files match the code."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from casefile import settings as settings_mod
from tests.ui.conftest import unlock_with
from ui import i18n

ROOT = Path(__file__).resolve().parents[2]
# The shell's own contexts: every message in them must have a Spanish translation.
SHELL_CONTEXTS = {
    "Dashboard",
    "FirstRunWizard",
    "LocationPage",
    "MainWindow",
    "Messages",
    "PassphrasePage",
    "RecoveryKeySheet",
    "RecoveryPage",
    "SearchBox",
    "Sections",
    "SettingsDialog",
    "Strength",
    "UnlockWindow",
    "UserPage",
    "UsersPage",
}


def _load_script():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_switching_to_spanish_live(qtbot, shell, example_vault_path):
    main = unlock_with(qtbot, shell, example_vault_path)
    assert main.sidebar.item(2).text() == "Encounters"
    shell.open_settings()
    dialog = shell.settings_dialog
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Cancel"

    with qtbot.waitSignal(shell.ctx.language_changed) as changed:
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("es"))
    assert changed.args == ["es"]
    # Everything open is in Spanish now, before OK is even pressed (Qt posts LanguageChange).
    qtbot.waitUntil(lambda: main.sidebar.item(2).text() == "Encuentros")
    assert main.sidebar.item(3).text() == "Arrestos colaterales"
    assert main.file_menu.title() == "&Archivo"
    assert dialog.windowTitle() == "Configuración — Casefile"
    assert cancel.text().replace("&", "") == "Cancelar"  # Qt's own translation (qtbase_es.qm)
    assert main.search.placeholderText().startswith("Buscar en todo")
    board = main.sections["dashboard"]
    assert board.heading.text() == "Panel"

    dialog.accept()
    assert settings_mod.load().language == "es"

    # The unlock window, created later, speaks Spanish too.
    shell.lock()
    assert shell.unlock_window.heading.text() == "Desbloquee sus expedientes"
    i18n.set_language("en")
    qtbot.waitUntil(lambda: shell.unlock_window.heading.text() == "Unlock your case files")


def test_cancel_puts_the_previous_language_back(qtbot, shell, example_vault_path):
    main = unlock_with(qtbot, shell, example_vault_path)
    shell.open_settings()
    dialog = shell.settings_dialog
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("es"))
    qtbot.waitUntil(lambda: main.sidebar.item(2).text() == "Encuentros")
    dialog.reject()
    qtbot.waitUntil(lambda: main.sidebar.item(2).text() == "Encounters")
    assert i18n.current_language() == "en"


def test_translations_are_current():
    problems = _load_script().stale()
    assert problems == [], "run: .venv/bin/python scripts/update_translations.py\n" + "\n".join(problems)


def test_every_shell_string_has_spanish():
    root = ET.parse(ROOT / "resources" / "translations" / "casefile_es.ts").getroot()
    missing = []
    for context in root.iter("context"):
        if context.findtext("name") not in SHELL_CONTEXTS:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") == "unfinished" or not "".join(translation.itertext()).strip():
                missing.append(message.findtext("source"))
    assert missing == []


def test_first_run_wizard_offers_spanish_on_its_first_page(qtbot, shell):
    wizard = shell.show_wizard()
    page = wizard.location_page
    assert page.language_label.text() == "Language / Idioma:"  # readable before either is chosen
    with qtbot.waitSignal(shell.ctx.language_changed):
        page.language_combo.setCurrentIndex(page.language_combo.findData("es"))
    qtbot.waitUntil(lambda: page.title() == "Dónde guardar sus expedientes")
    assert wizard.windowTitle() == "Crear su bóveda — Casefile"
