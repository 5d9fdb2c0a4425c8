"""Record sections at 1280×800, in English and Spanish: the lists' first columns are whole on
screen, the encounter form never scrolls sideways, and nothing is cut that has room to show.

The screenshots (``scripts/screenshots.py``) show the same screens; these tests keep them honest.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget
from test_records_support import ctx, rec_vault, vault_template, wait_workers  # noqa: F401 - fixtures

from casefile.services import records
from casefile.services.interchange import import_file
from tests.conftest import FIXTURES
from ui import i18n
from ui.editors.encounter_parts import ParticipantForm
from ui.editors.foia import FoiaEditor
from ui.sections import collateral, deadlines, documents, encounters, foia, people
from ui.sections.base import SIZING_ROWS, content_widths
from ui.widgets.dates import DateTimeOffsetEdit
from ui.widgets.rowlist import fit_widths

# The main window at 1280×800 less the sidebar (wider in Spanish) and the toolbar and status bar.
SECTION_SIZE = {"en": (1110, 700), "es": (1095, 700)}


@pytest.fixture
def screen_font(qapp) -> Iterator[None]:
    """The font the screenshots use (wider than the offscreen default)."""
    old = QApplication.font()
    QApplication.setFont(QFont("DejaVu Sans", 10))
    yield
    QApplication.setFont(old)


@pytest.fixture(params=["en", "es"])
def language(request) -> Iterator[str]:
    i18n.set_language(request.param)
    yield request.param
    i18n.set_language("en")


@pytest.fixture
def example(ctx):  # noqa: F811
    import_file(ctx.vault, FIXTURES / "example.json")
    return ctx


def show(qtbot, section: QWidget, language: str) -> None:
    qtbot.addWidget(section)
    section.resize(*SECTION_SIZE[language])
    section.show()
    qtbot.waitExposed(section)


def test_fit_widths_cuts_the_widest_first():
    assert fit_widths([140, 300, 120], [60, 60, 60], 400) == [140, 140, 120]
    assert fit_widths([100, 100], [60, 60], 400) == [100, 100]  # room enough: untouched
    assert fit_widths([300, 300], [180, 180], 200) == [180, 180]  # never below a header's width


@pytest.mark.parametrize("make", [people.make, encounters.make, documents.make, foia.make, deadlines.make,
                                  collateral.make], ids=lambda make: make.__module__.rsplit(".", 1)[-1])
def test_columns_are_measured_as_qt_measures_them(qtbot, example, screen_font, language, make):
    # content_widths measures the cells' text instead of asking Qt (which calls data() for eight
    # roles a cell); it must give what Qt's own measurement gives, headers in bold included.
    section = make(example, None)
    show(qtbot, section, language)
    model = section.model
    qtbot.waitUntil(lambda: model.rowCount() > 0 and not getattr(model, "loading", False), timeout=10000)
    rows = [model.row_dict(r) for r in range(min(model.rowCount(), SIZING_ROWS))]
    ours = content_widths(section.view, model.columns, rows)
    header = section.view.horizontalHeader()
    theirs = [max(section.view.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(header.count())]
    assert len(ours) == len(theirs) == len(model.columns)
    for column, (mine, qt) in enumerate(zip(ours, theirs, strict=True)):
        assert qt <= mine <= qt + 6, (column, model.columns[column].header(), mine, qt)
    if make in (deadlines.make, foia.make):  # overdue rows carry an icon, measured too
        assert any(c.decoration and c.decoration(r) is not None for c in model.columns for r in rows)


def test_encounter_list_shows_when_setting_and_place_whole(qtbot, example, screen_font, language):
    for n in range(6):
        records.save(example.vault, "encounters", {
            "occurred_at": f"2026-0{n + 1}-17T10:20:00-05:00", "setting": "probation-office",
            "location": {"city": "Minneapolis", "state": "MN"}})
    section = encounters.make(example, None)
    show(qtbot, section, language)
    wait_workers(qtbot, example)
    qtbot.waitUntil(lambda: section._sized)
    header = section.view.horizontalHeader()
    assert sum(header.sectionSize(c) for c in range(3)) <= section.view.viewport().width()
    for column in (0, 2):  # the date and the place are whole; a long setting may be cut
        assert header.sectionSize(column) >= section.view.sizeHintForColumn(column), column


def test_people_list_shows_name_a_number_and_custody(qtbot, example, screen_font, language):
    section = people.make(example, None)
    show(qtbot, section, language)
    wait_workers(qtbot, example)
    qtbot.waitUntil(lambda: section._sized)
    header = section.view.horizontalHeader()
    assert section.model.headerData(2, header.orientation()) in ("Custody", "Custodia")
    assert sum(header.sectionSize(c) for c in range(3)) <= section.view.viewport().width()
    assert header.sectionSize(1) >= section.view.sizeHintForColumn(1)  # A-numbers whole


def test_encounter_form_never_scrolls_sideways(qtbot, example, screen_font, language):
    section = encounters.make(example, None)
    show(qtbot, section, language)
    section.show_record("e-airline")  # a target, a collateral arrest with its details, a witness
    editor = section.editor
    for page, scroll in enumerate(editor.page_scrolls):
        editor.show_page(page)
        qtbot.waitUntil(lambda s=scroll: s.viewport().width() > 300)
        needed = scroll.widget().minimumSizeHint().width()
        assert needed <= scroll.viewport().width(), (page, editor.steps.item(page).text())
    # The participants table: every column on screen, the person's name first and widest.
    editor.show_page(6)
    table = editor.participants.view
    header = table.horizontalHeader()
    room = table.viewport().width()
    assert header.length() <= room  # no sideways scrolling inside the table either
    assert header.sectionSize(0) >= min(table.sizeHintForColumn(0), room * 45 // 100)
    assert header.sectionSize(0) == max(header.sectionSize(c) for c in range(header.count() - 1))
    wait_workers(qtbot, example)


def test_arrest_details_explain_themselves_only_when_closed(qtbot, example):
    form = ParticipantForm(example)
    qtbot.addWidget(form)
    form.setEnabled(False)  # as the row list has it while it loads a row
    form.load({"person_id": "p-rosa", "role": "collateral", "outcome": "detained",
               "arrest": {"custody_facility": "Montgomery Processing Center"}})
    form.setEnabled(True)
    assert form.arrest_box.isEnabled() and form.arrest_box.title() == "Arrest details"
    assert form.arrest_hint.isHidden()
    form.load({"person_id": "p-rosa", "role": "witness", "outcome": "released"})
    assert not form.arrest_box.isEnabled() and form.arrest_box.title() == "Arrest details"
    assert not form.arrest_hint.isHidden()


def test_time_zone_moves_under_the_date_rather_than_being_cut(qtbot, screen_font):
    edit = DateTimeOffsetEdit()
    qtbot.addWidget(edit)
    edit.setValue("2026-09-15T05:50:00-04:00")
    edit.resize(700, edit.sizeHint().height())
    edit.show()
    qtbot.waitUntil(lambda: edit.zone.isVisible())
    assert edit.zone.y() < edit.date_edit.geometry().bottom()  # one line where there is room
    text = edit.zone.currentText()
    assert text == "Eastern (New York)"
    assert edit.zone.width() >= edit.zone.fontMetrics().horizontalAdvance(text) + 20  # the whole name
    edit.resize(edit.minimumSizeHint().width(), 80)
    qtbot.waitUntil(lambda: edit.zone.y() > edit.date_edit.geometry().bottom())  # two where there is not
    assert edit.minimumSizeHint().width() < edit.sizeHint().width()
    assert edit.minimumSizeHint().height() > edit.date_edit.height()  # the form makes room for both


def test_one_working_day_is_singular(qtbot, example):
    editor = FoiaEditor(example)
    qtbot.addWidget(editor)
    editor.extension_days.setValue(1)
    assert editor.extension_days.suffix() == " working day"
    editor.extension_days.setValue(3)
    assert editor.extension_days.suffix() == " working days"
