"""A client's case page, driven as a person would: open the person with a click, press
"Case page…", read identity, next deadlines and the timeline, open a row with a double-click or
Enter, and start a new encounter for the client from there. Real app, real vault file.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import unlock_with
from ui.case_page import CasePage

ROSA = "p-rosa"


def _click_sidebar(qtbot, main, key: str) -> None:
    row = [main.sidebar.item(i).data(Qt.ItemDataRole.UserRole) for i in range(main.sidebar.count())].index(key)
    rect = main.sidebar.visualItemRect(main.sidebar.item(row))
    qtbot.mouseClick(main.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _open_case_page(qtbot, shell, path) -> tuple:
    main = unlock_with(qtbot, shell, path)
    _click_sidebar(qtbot, main, "people")
    people = main.sections["people"]
    qtbot.waitUntil(lambda: people.model.row_of(ROSA) >= 0)
    index = people.model.index(people.model.row_of(ROSA), 0)
    qtbot.mouseClick(people.view.viewport(), Qt.MouseButton.LeftButton, pos=people.view.visualRect(index).center())
    qtbot.waitUntil(lambda: people.editor_built and people.editor.record_id == ROSA)
    editor = people.editor
    assert editor.case_button.isEnabled()
    qtbot.mouseClick(editor.case_button, Qt.MouseButton.LeftButton)
    page = editor.case_page
    assert isinstance(page, CasePage)
    qtbot.waitUntil(lambda: page.loads >= 1, timeout=15000)
    return main, page


def _rows(page: CasePage) -> list[tuple[str, str, str]]:
    table = page.timeline
    return [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]


def test_case_page_shows_rosas_case_and_a_double_click_opens_the_encounter(qtbot, shell, example_vault_path):
    main, page = _open_case_page(qtbot, shell, example_vault_path)
    assert page.heading.text() == "Rosa Elena Quispe Mamani"
    assert page.a_number.text() == "A-208-114-563"
    assert page.custody.text().startswith("Detained — Montgomery Processing Center")
    rows = _rows(page)
    events = [r[1] for r in rows]
    # 15 Sep 2026: the encounter and the arrest; 16 Sep the NTA; 22-23 Sep the FOIA to ICE; the
    # master hearing on 3 Dec 2026; the note (written when the example was imported) last.
    for wanted in ("Encounter", "Arrested (custody)", "Document", "FOIA request submitted", "Hearing", "Note"):
        assert wanted in events
    assert events.index("Encounter") < events.index("FOIA request submitted") < events.index("Hearing")
    assert any("Notice to Appear served 2026-09-16" in r[2] for r in rows)
    # The hearing is a stored deadline; a FOIA response clock is computed and says so.
    assert "Master calendar hearing" in page.deadlines.text()

    row = events.index("Encounter")
    table = page.timeline
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: "encounters" in main.sections)
    encounters = main.sections["encounters"]
    qtbot.waitUntil(lambda: encounters.editor_built and encounters.editor.record_id == "e-airline")
    assert main.current_section() == "encounters"


def test_enter_on_a_document_row_opens_it_and_new_encounter_names_the_client(qtbot, shell, example_vault_path):
    main, page = _open_case_page(qtbot, shell, example_vault_path)
    table = page.timeline
    events = [r[1] for r in _rows(page)]
    row = events.index("Document")
    target = table.item(row, 0).data(Qt.ItemDataRole.UserRole)
    assert target[0] == "documents" and target[1] in ("d-i213", "d-nta")
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "documents" in main.sections)
    documents = main.sections["documents"]
    qtbot.waitUntil(lambda: documents.editor_built and documents.editor.record_id == target[1])
    assert main.current_section() == "documents"

    _click_sidebar(qtbot, main, "people")
    people = main.sections["people"]
    qtbot.mouseClick(people.editor.case_button, Qt.MouseButton.LeftButton)
    page = people.editor.case_page
    qtbot.waitUntil(lambda: page.loads >= 1, timeout=15000)
    qtbot.mouseClick(page.new_encounter_button, Qt.MouseButton.LeftButton)
    encounters = main.sections["encounters"]
    qtbot.waitUntil(lambda: main.current_section() == "encounters" and encounters.editor_built)
    assert encounters.editor.record_id is None  # a new encounter…
    assert [p["person_id"] for p in encounters.editor.participants.value()] == [ROSA]  # …with Rosa in it


def test_case_summary_report_button_opens_reports_with_the_client_chosen(qtbot, shell, example_vault_path):
    main, page = _open_case_page(qtbot, shell, example_vault_path)
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main.current_section() == "reports")
    reports = main.sections["reports"]
    assert reports.which() == "summary"
    assert reports.options.client_picker.value() == ROSA
