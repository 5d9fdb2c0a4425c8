"""Global search: Ctrl+K focuses it, results come as you type, grouped by kind, stale answers are
dropped, and Enter opens the record."""

from __future__ import annotations

from PySide6.QtCore import Qt

from casefile.read import Fact, Title
from tests.ui.conftest import unlock_with
from ui import i18n
from ui.search_box import HEADER_ROLE, HIT_ROLE, SNIPPET_ROLE, display_title, snippet_parts


def _rows(popup):
    out = []
    for i in range(popup.count()):
        item = popup.item(i)
        out.append(
            ("header" if item.data(HEADER_ROLE) else "hit", item.text(), item.data(HIT_ROLE), item.data(SNIPPET_ROLE))
        )
    return out


def test_search_finds_the_encounter_by_narrative_words(qtbot, shell, example_vault_path):
    main = unlock_with(qtbot, shell, example_vault_path)
    box = main.search
    qtbot.keyClick(main, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert box.hasFocus()

    with qtbot.waitSignal(box.results_shown, timeout=5000) as shown:
        qtbot.keyClicks(box, "KITCHEN scann")  # any case, the last word is a prefix
    assert shown.args[0] >= 1
    rows = _rows(box.popup)
    assert rows[0][:2] == ("header", "Encounters")
    hits = [r for r in rows if r[0] == "hit"]
    assert hits[0][2] == ("encounters", "e-airline")
    assert "[scanner]" in hits[0][3] or "[kitchen]" in hits[0][3]
    assert box.popup.isVisible()

    with qtbot.waitSignal(shell.ctx.open_record) as opened:
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert opened.args == ["encounters", "e-airline"]
    assert not box.popup.isVisible()
    assert main.current_section() == "encounters"


def test_results_are_grouped_by_kind(qtbot, shell, example_vault_path):
    main = unlock_with(qtbot, shell, example_vault_path)
    box = main.search
    box.setFocus()
    with qtbot.waitSignal(box.results_shown, timeout=5000):
        qtbot.keyClicks(box, "rosa")
    headers = [r[1] for r in _rows(box.popup) if r[0] == "header"]
    assert headers[0] == "People"
    order = ["People", "Encounters", "Documents", "Notes", "FOIA requests"]
    assert headers == [h for h in order if h in headers]
    first = next(r for r in _rows(box.popup) if r[0] == "hit")
    assert first[1] == "Rosa Elena Quispe Mamani"
    assert first[2] == ("people", "p-rosa")


def test_stale_results_are_dropped(qtbot, shell, example_vault_path):
    main = unlock_with(qtbot, shell, example_vault_path)
    box = main.search
    box.setFocus()
    with qtbot.waitSignal(box.results_shown, timeout=5000):
        qtbot.keyClicks(box, "Quispe")
    # A late answer for an older query arrives after the user typed on: it is ignored.
    before = _rows(box.popup)
    box._show(box._sequence - 1, [])
    assert _rows(box.popup) == before

    with qtbot.waitSignal(box.results_shown, timeout=5000) as shown:
        box.clear()
        qtbot.keyClicks(box, "zzzqqq")
    assert shown.args[0] == 0
    assert _rows(box.popup)[0][1] == "Nothing found for this search."


def test_snippet_marks_become_bold_runs_not_markup():
    assert snippet_parts("a <b>handheld</b> [scanner] in") == [
        ("a <b>handheld</b> ", False),
        ("scanner", True),
        (" in", False),
    ]


def test_results_name_the_setting_in_the_users_language(qtbot, shell, example_vault_path):
    main = unlock_with(qtbot, shell, example_vault_path)
    box = main.search
    box.setFocus()
    with qtbot.waitSignal(box.results_shown, timeout=5000):
        qtbot.keyClicks(box, "kitchen")
    hit = next(r for r in _rows(box.popup) if r[2] == ("encounters", "e-airline"))
    assert hit[1] == "2026-09-15 · Home · Houston, TX"  # the core says "home"

    i18n.set_language("es")
    with qtbot.waitSignal(box.results_shown, timeout=5000):
        qtbot.keyClicks(box, " ")  # the next answer comes in Spanish
    hit = next(r for r in _rows(box.popup) if r[2] == ("encounters", "e-airline"))
    assert hit[1] == "2026-09-15 · Domicilio · Houston, TX"
    assert box.popup.item(0).text() == "Encuentros"


def test_display_title_labels_machine_values_only(qapp):
    # The core hands over typed facts; only the machine values become labels, and nothing is
    # found again by splitting a joined English string.
    def encounter(*parts: Fact) -> Title:
        return Title("encounters", "e-1", parts)

    when = Fact("2026-08-04T06:10:00-05:00", "datetime")
    houston = Fact("Houston, TX")
    assert display_title(encounter(when, Fact("workplace", "enum", "setting"), houston)) == (
        "2026-08-04 · Workplace · Houston, TX"
    )
    assert display_title(encounter(Fact("vehicle-stop", "enum", "setting"), Fact("El Paso, TX"))) == (
        "Vehicle stop · El Paso, TX"  # no date
    )
    assert display_title(encounter(when, Fact("other", "enum", "setting"), Fact("jail"))) == "2026-08-04 · Other · jail"
    foia = Title("foia_requests", "f-1", (Fact("FOIA"), Fact("state-local", "enum", "foia_agency"), Fact("2026-77")))
    assert display_title(foia) == "FOIA · State or local agency · 2026-77"
    # A name is a name, even one that spells a setting; the A-number stays out of the popup.
    person = Title("people", "p-1", (Fact("workplace"),), (Fact("A208114563", "a_number"),))
    assert display_title(person) == "workplace"
    i18n.set_language("es")
    try:
        assert display_title(encounter(when, Fact("workplace", "enum", "setting"), houston)) == (
            "2026-08-04 · Lugar de trabajo · Houston, TX"
        )
    finally:
        i18n.set_language("en")


def test_a_word_matching_more_than_search_ranks_says_so(qtbot, shell, example_vault_path, monkeypatch):
    from casefile.queries import search as fts

    monkeypatch.setattr(fts, "RANK_WINDOW", 2)
    main = unlock_with(qtbot, shell, example_vault_path)
    box = main.search
    box.setFocus()
    with qtbot.waitSignal(box.results_shown, timeout=5000) as shown:
        qtbot.keyClicks(box, "rosa")
    assert shown.args[0] == 2
    notes = [r[1] for r in _rows(box.popup) if r[0] == "header" and r[1].startswith("Many matches")]
    assert notes == ["Many matches: the best of the newest 2. Add a word to narrow the search."]
    monkeypatch.setattr(fts, "RANK_WINDOW", 20_000)
    box.clear()
    with qtbot.waitSignal(box.results_shown, timeout=5000):
        qtbot.keyClicks(box, "rosa")
    assert not [r for r in _rows(box.popup) if r[1].startswith("Many matches")]
