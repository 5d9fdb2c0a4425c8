"""Screenshots of every main screen at 1280×800, in English and Spanish, from synthetic data.

    .venv/bin/python scripts/screenshots.py docs/screenshots            # both languages
    .venv/bin/python scripts/screenshots.py docs/screenshots --lang es  # one language

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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_TMP = tempfile.mkdtemp(prefix="casefile-shots-")
for _var, _name in (("CASEFILE_DATA_DIR", "data"), ("CASEFILE_CONFIG_DIR", "config"), ("CASEFILE_LOG_DIR", "logs")):
    os.environ[_var] = os.path.join(_TMP, _name)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QElapsedTimer, QPoint, QSize, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from casefile.settings import Settings  # noqa: E402
from casefile.vault.db import Vault  # noqa: E402

SIZE = QSize(1280, 800)
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
    """A dialog-sized window drawn centred on a plain 1280×800 desktop, with a soft border."""
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
    parser = argparse.ArgumentParser(description="Save 1280×800 screenshots of every main screen.")
    parser.add_argument("outdir", type=Path)
    parser.add_argument(
        "--lang", choices=("en", "es"), action="append", help="language (repeat for both; default both)"
    )
    args = parser.parse_args()
    out: Path = args.outdir
    out.mkdir(parents=True, exist_ok=True)

    from ui.app import ensure_application

    app = ensure_application()
    app.setFont(QFont("DejaVu Sans", 10))
    app.setEffectEnabled(Qt.UIEffect.UI_AnimateCombo, False)
    vault_path, passphrase = make_vault(Path(_TMP))
    for language in args.lang or ["en", "es"]:
        for path in capture(out, language, vault_path, passphrase):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
