"""A toy third language for tests: a catalogue file written to a temporary folder and pointed at.

The core finds languages by their catalogue files (``casefile.catalogue``); ``CASEFILE_CATALOGUE_PATH``
adds folders to look in, so a test can add a language without touching the install, and child
processes (the CLI) see it too. Use the ``toy_language`` fixture, or :func:`write_catalogue` with
words of your own::

    from tests.toy_language import toy_language  # noqa: F401 - the fixture

    def test_something(toy_language):
        assert toy_language.code in catalogue.languages()
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

from casefile import catalogue

# A few Portuguese words: a title, a heading, some values. Everything else falls back to English.
TOY_CODE = "pt"
TOY_NAME = "Português"
TOY_LABELS = {
    "report.summary": "Resumo do caso",
    "section.identity": "Identidade",
    "person.custody": "Situação de custódia",
}
TOY_VALUES = {
    "setting": {"home": "Residência", "vehicle-stop": "Parada de veículo"},
    "custody_status": {"detained": "Detido(a)"},
    "entry": {"ruse": "Entrada mediante ardil"},
}


@dataclass(frozen=True)
class ToyLanguage:
    code: str
    name: str
    folder: Path
    labels: Mapping[str, str]
    values: Mapping[str, Mapping[str, str]]


def _key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key, ensure_ascii=False)


def write_catalogue(
    folder: Path,
    code: str,
    name: str,
    *,
    locale: str = "",
    labels: Mapping[str, str] | None = None,
    values: Mapping[str, Mapping[str, str]] | None = None,
) -> Path:
    """Write ``<folder>/<code>.toml`` as a translator would, and return its path."""
    lines = ["[language]", f"name = {json.dumps(name, ensure_ascii=False)}"]
    if locale:
        lines.append(f"locale = {json.dumps(locale)}")
    lines += ["", "[labels]"]
    lines += [f"{_key(k)} = {json.dumps(v, ensure_ascii=False)}" for k, v in (labels or {}).items()]
    for field, table in (values or {}).items():
        lines += ["", f"[values.{_key(field)}]"]
        lines += [f"{_key(k)} = {json.dumps(v, ensure_ascii=False)}" for k, v in table.items()]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{code}.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def use_catalogue_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Make the core (and every child process) look in ``folder`` for more languages."""
    monkeypatch.setenv(catalogue.ENV_PATH, str(folder))
    catalogue.reload()


@pytest.fixture
def toy_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ToyLanguage]:
    """Portuguese with a handful of words, listed by the core for the length of one test."""
    folder = tmp_path / "catalogues"
    write_catalogue(folder, TOY_CODE, TOY_NAME, locale="pt_BR", labels=TOY_LABELS, values=TOY_VALUES)
    use_catalogue_folder(monkeypatch, folder)
    yield ToyLanguage(TOY_CODE, TOY_NAME, folder, TOY_LABELS, TOY_VALUES)
    monkeypatch.delenv(catalogue.ENV_PATH)
    catalogue.reload()
