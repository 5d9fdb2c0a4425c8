"""The I-213's own account beside the client's in the app (issue 15, must-show 5): the encounter's
comparison page lists each point with the I-213's version and the client's, differing ones
marked "≠ DISPUTED", in English and in Spanish; saving the encounter keeps the I-213 account."""

from __future__ import annotations

import json

from casefile.services.interchange import import_document
from casefile.vault.db import Vault
from tests.conftest import FIXTURES, PASSPHRASE, USER
from tests.ui.conftest import qtbot_left, unlock_with
from tests.vault.test_i213_account import I213


def _with_i213(path) -> None:
    encounter = json.loads((FIXTURES / "example.json").read_text(encoding="utf-8"))["encounters"][0]
    encounter["i213"] = I213
    vault = Vault.open(path, PASSPHRASE, user=USER)
    try:
        import_document(
            vault, {"format": "casefile-interchange", "version": 1, "encounters": [encounter]}, base_dir=None
        )
    finally:
        vault.close()


def _rows(view) -> dict[str, list[str]]:
    items = [view.topLevelItem(i) for i in range(view.topLevelItemCount())]
    return {item.data(0, 256): [item.text(c) for c in range(3)] for item in items}


def test_the_comparison_page_sets_the_i213_beside_the_client(qtbot, shell, example_vault_path) -> None:
    _with_i213(example_vault_path)
    main = unlock_with(qtbot, shell, example_vault_path)
    section = main.show_section("encounters")
    section.show_record("e-airline")
    qtbot.waitUntil(lambda: section.editor_built and section.editor.record_id == "e-airline")
    editor = section.editor
    view = editor.i213_view
    assert not view.isHidden()
    rows = _rows(view)
    # The I-213 says worksite enforcement on 16 Sep and consent; the client: home, 15 Sep, a ruse.
    assert rows["i213.method"] == ["Method of apprehension  ≠ DISPUTED", "Worksite Enforcement", "Home"]
    assert rows["i213.consent"][0].endswith("≠ DISPUTED") and rows["i213.consent"][1] == "Subject consented to entry."
    assert rows["i213.apprehended_at"][0].endswith("≠ DISPUTED")
    assert rows["i213.landmark"][0] == "Place (I-213 landmark)"  # it names the client's city: no flag
    assert view.topLevelItem(0).font(0).bold()

    # Save through the editor (a real edit, then the Save button): the I-213 account is kept.
    qtbot.mouseClick(editor.language_used, qtbot_left())
    qtbot.keyClicks(editor.language_used, " (checked)")
    qtbot.mouseClick(editor.save_button, qtbot_left())
    qtbot.waitUntil(lambda: not editor._dirty)
    from casefile.read import records

    saved = records.get(shell.ctx.vault, "encounters", "e-airline")
    assert saved["language_used"].endswith("(checked)")
    assert saved["i213"] == I213
