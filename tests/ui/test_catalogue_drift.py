"""One wording per value: the app's label and the PDF's label of every machine value, in every
language the catalogue has, are the same string (issue 14: 16 enum fields had drifted, e.g.
"Vence la respuesta FOIA" in the app and "Respuesta FOIA" in the PDF)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from casefile import catalogue
from casefile.reports.i18n import value_label
from tests.toy_language import toy_language  # noqa: F401 - the fixture
from ui import i18n, labels


@pytest.fixture
def each_language(qapp) -> Iterator[list[str]]:
    yield list(catalogue.languages())
    i18n.set_language("en")


def test_app_and_pdf_read_the_same_label_for_every_value(each_language):
    assert {"en", "es"} <= set(each_language)
    fields = [f for f in labels.fields() if f not in ("tristate", "yesno")]
    assert len(fields) >= 16
    compared = 0
    for lang in each_language:
        i18n.set_language(lang)
        for field in fields:
            for value, shown in labels.choices(field) if field != "bool" else []:
                assert shown == value_label(lang, field, value), (lang, field, value)
                assert labels.label(field, value) == shown
                compared += 1
            for value in catalogue.table("en", "values", field):
                assert labels.label(field, value) == value_label(lang, field, value), (lang, field, value)
        for value in (True, False):
            assert labels.label("tristate", value) == value_label(lang, "warrant_shown", value)
    assert compared > 200


def test_the_issue_example_reads_one_way_in_spanish(each_language):
    i18n.set_language("es")
    app = labels.label("deadline_kind", "foia-response")
    assert app == value_label("es", "deadline_kind", "foia-response") == "Fecha límite de respuesta FOIA"


def test_a_toy_language_is_offered_by_settings_and_labels_the_app(qtbot, toy_language):  # noqa: F811
    """A third language appears in the settings when its catalogue file exists; choosing it with
    the keyboard relabels values from its file, English for what it lacks, widgets in English."""
    from PySide6.QtCore import Qt

    from casefile.settings import Settings
    from ui.settings_dialog import SettingsDialog

    settings = Settings()
    dialog = SettingsDialog(settings, i18n.set_language)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.language_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["English", "Español", "Português"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)
    try:
        assert i18n.current_language() == "pt"
        assert labels.label("setting", "vehicle-stop") == "Parada de veículo"
        assert labels.label("setting", "street") == "Street"  # not in the toy file
        assert labels.label("setting", "vehicle-stop") == value_label("pt", "setting", "vehicle-stop")
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        assert settings.language == "pt"
    finally:
        i18n.set_language("en")


def test_language_names_and_deadline_details_are_the_catalogues(each_language):
    """A client's preferred language and what a computed deadline is about read as in the PDF."""
    from ui.models import fmt
    from ui.widgets.choices import language_items

    i18n.set_language("es")
    items = dict(language_items())
    assert items["quc"] == "K'iche' (quc)"
    assert items["es"] == "Español (es)"
    for code, shown in items.items():
        pdf = value_label("es", "language", code)  # "español (es)"
        assert shown == pdf[:1].upper() + pdf[1:], code
    # An IJ decision of 2026-12-15: the BIA appeal deadline's detail, in the app's date format.
    deadline = {"computed": True, "kind": "bia-appeal", "about": {"decided_on": "2026-12-15"}}
    assert fmt.deadline_detail(deadline) == f"decisión del juez de inmigración del {fmt.fmt_date('2026-12-15')}"


def test_countries_of_birth_read_as_in_the_pdf(each_language):
    from ui.widgets.choices import country_items

    for lang in ("en", "es"):
        i18n.set_language(lang)
        items = dict(country_items())
        for code in catalogue.table(lang, "countries"):
            assert items[code] == value_label(lang, "country", code), (lang, code)
    assert items["PE"] == "Perú (PE)" and items["MX"] == "México (MX)"
    assert items["FR"] == "France (FR)"  # not in the catalogue: Qt's name
