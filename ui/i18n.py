"""Which language the app speaks, switchable while it runs.

The languages are the core catalogue's (``casefile.catalogue``): one is offered as soon as its
catalogue file exists, and its domain labels and report words come from there. On top of that,
two Qt translators per language: ours for the widgets' own strings
(``resources/translations/casefile_<lang>.qm``, from the ``.ts`` files
``scripts/update_translations.py`` regenerates; a language without one shows its widgets in
English) and Qt's own ``qtbase_<lang>.qm`` so standard buttons and dialogs (OK, Cancel, the file
dialog) match. Installing or removing a
translator makes Qt send ``QEvent.LanguageChange`` to every widget; each window retranslates its
texts in ``changeEvent``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from casefile import catalogue
from casefile.resources import resource_path

_installed: list[QTranslator] = []
_current = "en"


def translations_dir() -> Path:
    return resource_path("translations")


def qm_path(language: str) -> Path:
    return translations_dir() / f"casefile_{language}.qm"


def current_language() -> str:
    return _current


def language_names() -> list[tuple[str, str]]:
    """(code, name as its speakers write it): not translated, so anyone can find their own."""
    return catalogue.language_names()


def has_widget_translation(language: str) -> bool:
    """Whether the widgets' own strings are translated into ``language`` (a compiled ``.qm``)."""
    return language == catalogue.SOURCE or qm_path(language).exists()


def set_language(language: str) -> bool:
    """Install the translators for ``language`` (a code of ``casefile.catalogue.languages()``);
    returns False if a language that has widget translations failed to load them.

    Safe to call again with the same or another language while windows are open.
    """
    global _current
    app = QCoreApplication.instance()
    if language not in catalogue.language_codes():
        language = catalogue.SOURCE
    if app is None:
        _current = language
        return True
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ok = True
    # English is the source language; its catalogue only adds plural forms ("1 day", "2 days").
    ours = QTranslator(app)
    if ours.load(str(qm_path(language))):
        _installed.append(ours)
    elif language != catalogue.SOURCE and has_widget_translation(language):
        ok = False
    if language != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{language}", qt_dir):
            _installed.append(qt_own)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(catalogue.locale_of(language)))
    _current = language
    return ok
