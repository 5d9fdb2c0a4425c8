"""The key columns stay in view beside an open record at 1366×768, and the encounter steps stay on
one line at 1280×720 (issue 13's layout gap, left open by finding 9's fix).

Before: with an encounter open at 1366×768 the list showed When, Setting and Place, and "People"
(whose encounter it is) and "Warrant" sat beyond the list's edge, behind the horizontal scroll bar;
the FOIA list in Spanish kept Status and the response due date there. At 1280×720 in Spanish the
encounter form's step list wrapped its names over two lines. Now the columns the form beside the
list shows anyway (setting, entry, program; tracking number, received, appeal due) are hidden while
it is there, and the encounter form is given the width its one-line steps need.

Everything is reached as a person does: the sidebar and a list row clicked, the passphrase typed.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.screen_walk import click_list_row, click_section
from tests.ui.test_layout_fit import open_shell, screen_font  # noqa: F401 - fixtures used by name

# Logical columns of the two lists (ui/models/records.py).
WHEN, SETTING, PLACE, PEOPLE, WARRANT, ENTRY, PROGRAM = range(7)
AGENCY, TRACKING, SUBJECT, STATUS, RECEIVED, RESPONSE_DUE, APPEAL_DUE = range(7)


def open_first_record(qtbot, shell, main, key: str):
    section = click_section(qtbot, main, key)
    qtbot.waitUntil(lambda: section.model.rowCount() > 0)
    click_list_row(qtbot, section.view, 0)
    qtbot.waitUntil(lambda: section.editor_built and bool(section.editor.heading.text()))
    qtbot.waitUntil(lambda: not shell.workers.busy)
    qtbot.waitUntil(lambda: section._sized)
    return section


def in_view(section, column: int) -> bool:
    """The column is shown and ends inside the list's visible width (no sideways scrolling)."""
    header = section.view.horizontalHeader()
    start = header.sectionViewportPosition(column)
    return (
        not header.isSectionHidden(column)
        and header.sectionSize(column) > 0
        and start >= 0
        and start + header.sectionSize(column) <= section.view.viewport().width() + 1
    )


def heading(section, column: int) -> str:
    return str(section.model.headerData(column, Qt.Orientation.Horizontal))


@pytest.mark.parametrize("language", ["en", "es"])
def test_whose_encounter_and_its_warrant_are_in_view_beside_the_form(qtbot, open_shell, language):  # noqa: F811 - the imported fixture
    shell, main = open_shell(language, (1366, 768))
    section = open_first_record(qtbot, shell, main, "encounters")
    header = section.view.horizontalHeader()
    for column in (WHEN, PLACE, PEOPLE, WARRANT):
        assert in_view(section, column), (
            f"{heading(section, column)!r} is not in view: "
            f"{[(heading(section, c), header.sectionViewportPosition(c), header.sectionSize(c)) for c in range(7)]}, "
            f"the list is {section.view.viewport().width()} px"
        )
    # What the form beside the list shows anyway gives way while it is there.
    assert [header.isSectionHidden(c) for c in (SETTING, ENTRY, PROGRAM)] == [True, True, True]
    # A cut name still says who: at least 15 characters' width (the section's readable_chars).
    assert header.sectionSize(PEOPLE) >= section.view.fontMetrics().averageCharWidth() * 15
    assert not section.view.horizontalScrollBar().isVisible()


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_foia_request_s_subject_status_and_due_date_are_in_view_beside_the_form(qtbot, open_shell, language):  # noqa: F811 - the imported fixture
    shell, main = open_shell(language, (1366, 768))
    section = open_first_record(qtbot, shell, main, "foia")
    header = section.view.horizontalHeader()
    for column in (AGENCY, SUBJECT, STATUS, RESPONSE_DUE):
        assert in_view(section, column), f"{heading(section, column)!r} is not in view"
    assert [header.isSectionHidden(c) for c in (TRACKING, RECEIVED, APPEAL_DUE)] == [True, True, True]
    # The due date (with "OVERDUE" when it is) is never cut.
    row = section.model.row_dict(0) or {}
    due_text = section.model.columns[RESPONSE_DUE].text(row)
    assert header.sectionSize(RESPONSE_DUE) >= section.view.fontMetrics().horizontalAdvance(due_text)
    assert not section.view.horizontalScrollBar().isVisible()


def test_a_section_without_spare_columns_hides_none(qtbot, open_shell):  # noqa: F811 - the imported fixture
    """Only the sections that name spare columns hide any: the people list beside its form keeps all."""
    shell, main = open_shell("es", (1366, 768))
    section = open_first_record(qtbot, shell, main, "people")
    header = section.view.horizontalHeader()
    assert not any(header.isSectionHidden(c) for c in range(header.count()))


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)], ids=["1280x720", "1366x768"])
def test_encounter_steps_stay_on_one_line_in_spanish(qtbot, open_shell, size):  # noqa: F811 - the imported fixture
    shell, main = open_shell("es", size)
    section = open_first_record(qtbot, shell, main, "encounters")
    steps = section.editor.steps
    assert not steps.wordWrap()
    metrics = steps.fontMetrics()
    for row in range(steps.count()):
        text = steps.item(row).text()
        assert metrics.horizontalAdvance(text) <= steps.viewport().width(), f"{text!r} is cut"
    # The list still has the date, the place and whose encounter it is.
    assert all(in_view(section, c) for c in (WHEN, PLACE, PEOPLE))
