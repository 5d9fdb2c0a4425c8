"""Help → User guide (bilingual, offline) and File → Export calendar (.ics) in the app
(issue 13, finding 13: Help had only About; there was no .ics export in the app)."""

from __future__ import annotations

import icalendar
from PySide6.QtCore import Qt

from casefile.services import deadlines as deadline_service
from tests.ui.conftest import unlock_with
from ui.guide import guide_text

# What the guide must cover (brief: first run, unlock/lock, records, documents, FOIA, deadlines,
# reports, backup/restore, redaction), as its headings read in each language.
TOPICS = {
    "en": [
        "First run",
        "Unlocking and locking",
        "Colleagues",
        "Records",
        "Documents",
        "FOIA",
        "Deadlines",
        "Reports",
        "Backup and restore",
        "Redaction",
    ],
    "es": [
        "Primer uso",
        "Desbloquear y bloquear",
        "Colegas",
        "Registros",
        "Documentos",
        "FOIA",
        "Plazos",
        "Informes",
        "Copia de seguridad y restauración",
        "Versión censurada",
    ],
}


def test_the_guide_covers_every_topic_in_both_languages():
    for language, topics in TOPICS.items():
        headings = [line for line in guide_text(language).splitlines() if line.startswith("## ")]
        for topic in topics:
            assert any(topic in heading for heading in headings), (language, topic)
    assert guide_text("en") != guide_text("es")


def test_f1_opens_the_guide_and_it_follows_the_language(qtbot, shell, example_vault_path):
    main = unlock_with(qtbot, shell, example_vault_path)
    assert main.guide_action in main.help_menu.actions()
    qtbot.keyClick(main, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: getattr(main, "guide_dialog", None) is not None and main.guide_dialog.isVisible())
    guide = main.guide_dialog
    text = guide.browser.toPlainText()
    assert text.startswith("Casefile user guide") and "Backup and restore" in text
    shell.set_language("es")
    qtbot.waitUntil(lambda: guide.browser.toPlainText().startswith("Guía de uso de Casefile"))
    assert guide.windowTitle().startswith("Guía de uso")
    shell.set_language("en")
    qtbot.waitUntil(lambda: guide.browser.toPlainText().startswith("Casefile user guide"))
    qtbot.keyClick(guide, Qt.Key.Key_Escape)
    assert not guide.isVisible()


def test_calendar_export_writes_every_open_deadline(qtbot, shell, example_vault_path, tmp_path):
    main = unlock_with(qtbot, shell, example_vault_path)
    assert main.calendar_action in main.file_menu.actions()
    expected = deadline_service.upcoming(shell.ctx.require_vault())
    assert expected  # example.json has hearings, a FOIA request and an encounter's FTCA claim
    out = tmp_path / "deadlines.ics"
    main.start_calendar_export(out)
    qtbot.waitUntil(lambda: out.is_file() and main.progress is None, timeout=15_000)
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == len(expected)
    assert {str(e["uid"]) for e in events} == {f"{d['id']}@casefile.invalid" for d in expected}
    computed = [e for e in events if str(e["summary"]).startswith("[computed — verify]")]
    assert len(computed) == sum(1 for d in expected if d.get("computed"))
    assert out.stat().st_mode & 0o077 == 0  # private, like every file Casefile writes
    assert str(out) in main.statusBar().currentMessage()
