"""Screenshots of every main screen at 1366×768 (the clinic laptop), in English and Spanish, from synthetic data.

    .venv/bin/python scripts/screenshots.py docs/screenshots            # both languages
    .venv/bin/python scripts/screenshots.py docs/screenshots --lang es  # one language

Each section is shown as it opens (``1x-…``), then the record sections with a record chosen and
its form filled (``3x-…``): a detained client, an encounter with a collateral arrest at three
steps of its form (when & where, people & outcomes, narrative), a PDF document and the PDF open
in the in-app viewer, and a FOIA request.

Runs offscreen with its own settings and data folders (nothing of the user's is read or written).
The vault comes from ``casefile.services.demo.ensure_demo_vault`` when it exists, else from the
demo generator, else from the shared example (tests/fixtures/example.json). Everything in it is
synthetic.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

_TMP = tempfile.mkdtemp(prefix="casefile-shots-")
# Qt's offscreen screen is 800×800 unless told otherwise; the main window fits itself to the
# screen, so the pictures are taken on a screen the size of a clinic laptop's.
_SCREEN = os.path.join(_TMP, "screen.json")
with open(_SCREEN, "w", encoding="utf-8") as _fh:
    _fh.write(
        '{"screens": [{"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768,'
        ' "logicalDpi": 96, "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]}'
    )
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")
for _var, _name in (("CASEFILE_DATA_DIR", "data"), ("CASEFILE_CONFIG_DIR", "config"), ("CASEFILE_LOG_DIR", "logs")):
    os.environ[_var] = os.path.join(_TMP, _name)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QElapsedTimer, QPoint, QSize, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from casefile import catalogue  # noqa: E402
from casefile.settings import Settings  # noqa: E402
from casefile.vault.db import Vault  # noqa: E402

SIZE = QSize(1366, 768)  # the commonest clinic laptop screen (issue 13)
PASSPHRASE = "quetzal-farol-ceiba-marimba-puerto-lluvia"  # noqa: S105 - synthetic demo vault only
USER = "maria"


def make_vault(folder: Path) -> tuple[Path, str]:
    try:
        from casefile.services.demo import ensure_demo_vault  # type: ignore[import-not-found]
    except ImportError:
        pass
    else:
        path, passphrase = ensure_demo_vault(folder / "demo-vault", scale="demo")
        return Path(path), passphrase
    path = folder / "demo-vault"
    vault, _ = Vault.create(path, USER, PASSPHRASE)
    try:
        try:
            from casefile.demo import SCALES, generate
            from casefile.services.interchange import import_document
        except ImportError:
            from casefile.services.interchange import import_file

            import_file(vault, ROOT / "tests" / "fixtures" / "example.json")
        else:
            files = folder / "demo-files"
            for doc in generate(SCALES["demo"], files):
                import_document(vault, doc, base_dir=files, source="demo")
    finally:
        vault.close()
    return path, PASSPHRASE


def settle(app: QApplication, workers: object | None = None, ms: int = 150) -> None:
    """Let pending work and paint events finish (workers first, then a short quiet period)."""
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < 20_000:
        app.processEvents()
        if workers is None or not workers.busy:  # type: ignore[attr-defined]
            break
    quiet = QElapsedTimer()
    quiet.start()
    while quiet.elapsed() < ms:
        app.processEvents()


def on_backdrop(window: QWidget) -> QImage:
    """A dialog-sized window drawn centred on a plain desktop of SIZE, with a soft border."""
    shot = window.grab()
    image = QImage(SIZE, QImage.Format.Format_RGB32)
    image.fill(QColor("#5b6770"))
    painter = QPainter(image)
    x = (SIZE.width() - shot.width()) // 2
    y = (SIZE.height() - shot.height()) // 2
    painter.fillRect(x - 1, y - 1, shot.width() + 2, shot.height() + 2, QColor("#3a444b"))
    painter.drawPixmap(x, y, shot)
    painter.end()
    return image


def with_popup(window: QWidget, popup: QWidget) -> QPixmap:
    shot = window.grab()
    painter = QPainter(shot)
    where = window.mapFromGlobal(popup.mapToGlobal(QPoint(0, 0)))
    painter.drawPixmap(where, popup.grab())
    painter.end()
    return shot


def _filled(record: dict[str, Any]) -> int:
    """How much of a record is filled in (to pick a telling example)."""
    return sum(1 for value in record.values() if value not in (None, "", [], {}, False))


def pick_records(vault: Vault) -> dict[str, str]:
    """The records the "with a record" screenshots show: the fullest of each kind (the demo data is
    deterministic, so the same ones every time)."""
    from casefile.queries import paging
    from casefile.queries.kinds import KINDS
    from casefile.services import records

    conn = vault.connection()

    def rows(kind: str, **filters: Any) -> list[dict[str, Any]]:
        return paging.page(conn, KINDS[kind], paging.PageRequest(filters=filters, limit=500)).rows

    def fullest(kind: str, ids: list[str], score: Any = _filled) -> str:
        full = [r for r in (records.get(vault, kind, i) for i in ids) if r is not None]
        return max(full, key=lambda r: (score(r), r["id"]))["id"]

    def encounter_score(record: dict[str, Any]) -> tuple[int, int, int]:
        participants = record.get("participants") or []
        arrests = sum(1 for p in participants if p.get("role") == "collateral" and p.get("arrest"))
        return (min(arrests, 1), min(len(participants), 4), _filled(record))

    arrests, _next = paging.collateral_arrests(conn, limit=200)
    def person_score(record: dict[str, Any]) -> tuple[bool, int]:
        return (record.get("custody_status") == "detained", _filled(record))

    return {
        "people": fullest("people", [r["id"] for r in rows("people", is_client=1)], person_score),
        "encounters": fullest("encounters", sorted({r["encounter_id"] for r in arrests}), encounter_score),
        "documents": fullest("documents", [r["id"] for r in rows("documents", media_type="application/pdf")]),
        "foia": fullest("foia_requests", [r["id"] for r in rows("foia_requests")]),
    }


def with_dialog(window: QWidget, dialog: QWidget) -> QImage:
    """The main window with a dialog over it, drawn with a plain title bar (offscreen windows have
    no frame of their own), a little right of centre so the list beside it stays in view."""
    image = window.grab().toImage()
    shot = dialog.grab()
    bar = 28
    x = image.width() - shot.width() - 24
    y = (image.height() - shot.height() - bar) // 2 + 10
    painter = QPainter(image)
    painter.fillRect(x - 1, y - 1, shot.width() + 2, shot.height() + bar + 2, QColor("#3a444b"))
    painter.fillRect(x, y, shot.width(), bar, QColor("#dfe3e6"))
    font = QFont(dialog.font())
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#22292e"))
    painter.drawText(x, y, shot.width(), bar, Qt.AlignmentFlag.AlignCenter, dialog.windowTitle())
    painter.drawPixmap(x, y + bar, shot)
    painter.end()
    return image


def capture_records(app: QApplication, shell: Any, save: Any) -> None:
    """The record sections with a record chosen and its form filled."""
    main = shell.main_window
    chosen = pick_records(shell.ctx.require_vault())

    def show(section_key: str, record_id: str) -> Any:
        section = main.show_section(section_key)
        settle(app, shell.workers, 200)
        section.show_record(record_id)
        settle(app, shell.workers, 300)
        return section

    people = show("people", chosen["people"])
    save(main.grab(), "31-people-record")
    editor = people.editor
    editor.show_case_page()
    page = editor.case_page
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < 20_000 and not page.loads:
        app.processEvents()
    settle(app, shell.workers, 300)
    save(with_dialog(main, page), "38-case-page")
    page.close()
    settle(app, shell.workers, 100)

    encounters = show("encounters", chosen["encounters"])
    editor = encounters.editor
    steps = ((0, "32-encounter-when-where"), (6, "33-encounter-people-outcomes"), (7, "34-encounter-narrative"))
    for page, name in steps:
        editor.show_page(page)
        settle(app, shell.workers, 200)
        save(main.grab(), name)

    documents = show("documents", chosen["documents"])
    save(main.grab(), "35-document-record")
    documents.editor.view_document()
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < 20_000 and not (documents.editor.viewer and documents.editor.viewer.isVisible()):
        app.processEvents()
    viewer = documents.editor.viewer
    viewer.resize(800, 660)
    settle(app, shell.workers, 400)
    save(with_dialog(main, viewer), "36-document-viewer")
    viewer.close()

    show("foia", chosen["foia"])
    save(main.grab(), "37-foia-record")
    from screenshots_foia import capture_foia  # the FOIA workflow (issue 17)

    capture_foia(app, shell, save, settle, with_dialog, chosen["foia"])


def capture(out: Path, language: str, vault_path: Path, passphrase: str) -> list[Path]:
    from ui import i18n
    from ui.app import Shell, apply_style
    from ui.sections import SECTIONS
    from ui.wizard import PAGE_PASSPHRASE, PAGE_RECOVERY

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    saved: list[Path] = []

    def save(image: QImage | QPixmap, name: str) -> None:
        path = out / f"{language}-{name}.png"
        image.save(str(path))
        saved.append(path)

    settings = Settings(language=language, recent_vaults=[str(vault_path)])
    shell = Shell(vault_path, settings=settings)
    apply_style(app)

    unlock = shell.show_unlock()
    unlock.resize(560, 400)
    settle(app)
    unlock.secret_edit.setText("not the passphrase")
    unlock.unlock()
    settle(app, shell.workers)
    save(on_backdrop(unlock), "01-unlock")

    wizard = shell.show_wizard()
    wizard.location_page.path_edit.setText(str(vault_path.parent / f"new-vault-{language}"))
    wizard.next()
    wizard.user_page.name_edit.setText("Maria Lopez")
    wizard.next()
    assert wizard.currentId() == PAGE_PASSPHRASE
    page = wizard.passphrase_page
    page.first_edit.setText("summer2026")
    page.second_edit.setText("summer2026")
    page._assess()
    settle(app)
    save(on_backdrop(wizard), "02-wizard-passphrase")
    # The recovery key page, for a throwaway vault made only for this picture.
    page.first_edit.setText(PASSPHRASE)
    page.second_edit.setText(PASSPHRASE)
    page._assess()
    wizard.next()
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < 30_000 and wizard.currentId() != PAGE_RECOVERY:
        app.processEvents()
    settle(app)
    save(on_backdrop(wizard), "03-wizard-recovery-key")
    created = wizard.vault
    wizard.hide()
    shell.wizard = None
    if created is not None:
        created.close()

    shell.unlocked(Vault.open(vault_path, passphrase))
    main = shell.main_window
    assert main is not None
    main.resize(SIZE)
    settle(app, shell.workers, 300)
    for number, (key, _) in enumerate(SECTIONS, start=10):
        main.show_section(key)
        settle(app, shell.workers, 300)
        save(main.grab(), f"{number}-{key}")

    capture_records(app, shell, save)

    main.show_section("dashboard")
    settle(app, shell.workers)
    main.search.setFocus()
    # A word from the narratives in the screenshot's language (the demo has both), else English.
    for word in ("cocina", "kitchen") if language == "es" else ("kitchen",):
        shown: list[int] = []
        main.search.results_shown.connect(shown.append)
        main.search.setText(word)
        main.search._edited(word)
        timer = QElapsedTimer()
        timer.start()
        while timer.elapsed() < 5000 and not shown:
            app.processEvents()
        main.search.results_shown.disconnect(shown.append)
        if shown and shown[0]:
            break
    settle(app, shell.workers, 200)
    save(with_popup(main, main.search.popup), "20-search")
    main.search.reset()

    shell.shutdown()
    settle(app)
    i18n.set_language("en")
    return saved


def main() -> int:
    parser = argparse.ArgumentParser(description="Save 1366×768 screenshots of every main screen.")
    parser.add_argument("outdir", type=Path)
    parser.add_argument(
        "--lang", choices=catalogue.languages(), action="append", help="language (repeat for more; default all)"
    )
    args = parser.parse_args()
    out: Path = args.outdir
    out.mkdir(parents=True, exist_ok=True)

    from ui.app import ensure_application

    app = ensure_application()
    app.setFont(QFont("DejaVu Sans", 10))
    app.setEffectEnabled(Qt.UIEffect.UI_AnimateCombo, False)
    vault_path, passphrase = make_vault(Path(_TMP))
    for language in args.lang or catalogue.languages():
        for path in capture(out, language, vault_path, passphrase):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
