"""Edit → Cross-case search in the app: typed criteria find the example's encounter by its address,
a plate nobody recorded finds nothing, and Enter on a result opens the encounter."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import qtbot_left, unlock_with


def test_the_address_finds_the_encounter_and_opens_it(qtbot, shell, example_vault_path) -> None:
    main = unlock_with(qtbot, shell, example_vault_path)
    qtbot.keyClick(main, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = main.crosscase_dialog
    qtbot.waitExposed(dialog)

    # The example's raid was at "4410 Airline Dr", Houston: "Drive" is "Dr" to the search.
    qtbot.keyClicks(dialog.address, "4410 Airline Drive")
    qtbot.mouseClick(dialog.search_button, qtbot_left())
    qtbot.waitUntil(lambda: dialog.searches == 1)
    assert dialog.tree.topLevelItemCount() == 1
    item = dialog.tree.topLevelItem(0)
    assert item.data(0, Qt.ItemDataRole.UserRole) == "e-airline"
    assert item.text(2) == "address: 4410 Airline Dr"
    assert "Rosa Elena Quispe Mamani (client)" in item.text(3)
    assert dialog.summary.text() == "1 encounter(s), 1 client(s)"
    # The map of links: the address searched, its encounter, the people in it (client first).
    top = dialog.map.topLevelItem(0)
    assert top.text(0) == "4410 Airline Drive" and top.text(1) == "1 encounter(s)"
    assert top.child(0).data(0, Qt.ItemDataRole.UserRole) == "e-airline"
    assert top.child(0).child(0).text(0) == "Rosa Elena Quispe Mamani"

    qtbot.keyClicks(dialog.plate, "XYZ 9999")
    qtbot.mouseClick(dialog.search_button, qtbot_left())
    qtbot.waitUntil(lambda: dialog.searches == 2)
    assert dialog.tree.topLevelItemCount() == 0

    for _ in range(8):
        qtbot.keyClick(dialog.plate, Qt.Key.Key_Backspace)
    qtbot.mouseClick(dialog.search_button, qtbot_left())
    qtbot.waitUntil(lambda: dialog.searches == 3)
    item = dialog.tree.topLevelItem(0)
    rect = dialog.tree.visualItemRect(item)
    qtbot.mouseClick(dialog.tree.viewport(), qtbot_left(), pos=rect.center())
    with qtbot.waitSignal(dialog.open_record) as opened:
        qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    assert opened.args == ["encounters", "e-airline"]
    # ... and the Encounters section shows it (the signal goes through ctx.open_record).
    qtbot.waitUntil(lambda: main.current_section() == "encounters")
    section = main.sections["encounters"]
    qtbot.waitUntil(lambda: section.editor.record_id == "e-airline")


def test_nothing_typed_says_what_to_give(qtbot, shell, example_vault_path) -> None:
    main = unlock_with(qtbot, shell, example_vault_path)
    main.crosscase_action.trigger()
    dialog = main.crosscase_dialog
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.search_button, qtbot_left())
    qtbot.waitUntil(lambda: dialog.searches == 1)
    assert "Give a badge, a plate or an address" in dialog.message.text()
