"""One language list, from the catalogue files: a toy third language (Portuguese, a few words in a
temporary folder) is listed by the core, offered by the CLI and kept by the settings, and a PDF
built in it by the real CLI prints its words, with English for every word it lacks."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from casefile import catalogue
from casefile import settings as settings_mod
from casefile.reports.i18n import label, value_label
from tests.conftest import FIXTURES, run_cli
from tests.toy_language import toy_language, write_catalogue  # noqa: F401 - the fixture


def _text(pdf: bytes) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_built_in_languages_are_the_catalogue_files() -> None:
    assert catalogue.languages() == ("en", "es")
    assert catalogue.language_names() == [("en", "English"), ("es", "Español")]
    assert settings_mod._clean({"language": "pt"}).language == "en"  # no Portuguese catalogue here


def test_a_toy_language_is_listed_and_falls_back_to_english(toy_language) -> None:  # noqa: F811
    assert catalogue.languages() == ("en", "es", "pt")
    assert ("pt", "Português") in catalogue.language_names()
    assert settings_mod._clean({"language": "pt"}).language == "pt"
    assert label("pt", "report.summary") == "Resumo do caso"
    assert label("pt", "section.chronology") == "Chronology"  # not in the toy file: English
    assert value_label("pt", "setting", "vehicle-stop") == "Parada de veículo"
    assert value_label("pt", "setting", "street") == "Street"
    assert value_label("pt", "setting", None) == "not recorded"


def test_the_cli_builds_a_pdf_in_the_toy_language(toy_language, tmp_path: Path) -> None:  # noqa: F811
    vault = tmp_path / "v"
    assert run_cli("init", "--vault", str(vault), "--user", "maria").returncode == 0
    done = run_cli("import", "--vault", str(vault), str(FIXTURES / "example.json"))
    assert done.returncode == 0, done.stderr
    helped = run_cli("report", "summary", "--help")
    assert "{en,es,pt}" in helped.stdout

    out = tmp_path / "resumo.pdf"
    done = run_cli("report", "summary", "--vault", str(vault), "--person", "p-rosa", "--lang", "pt", "--out", str(out))
    assert done.returncode == 0, done.stderr
    text = _text(out.read_bytes())
    # Its own words: the title, a heading, a value (Rosa is detained; her encounter was by ruse).
    assert "Resumo do caso" in text
    assert "Identidade" in text
    assert "Situação de custódia Detido(a)" in text
    # Words the toy file lacks read in English, never in Spanish or as a machine value.
    assert "Chronology" in text
    assert "Issues to review" in text
    assert "Cronología" not in text
    assert "Resumen del caso" not in text


def test_a_broken_catalogue_is_an_error_naming_the_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    folder = tmp_path / "catalogues"
    path = write_catalogue(folder, "ht", "Kreyòl ayisyen")
    path.write_text(path.read_text(encoding="utf-8") + '"unclosed = "\n', encoding="utf-8")
    monkeypatch.setenv(catalogue.ENV_PATH, str(folder))
    done = run_cli("report", "summary", "--help")
    assert done.returncode == 1
    assert "ht.toml" in done.stderr and "cannot be read" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_translator_sees_what_a_language_lacks_as_toml_to_paste(toy_language) -> None:  # noqa: F811
    import subprocess
    import sys
    import tomllib

    def tool(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "casefile.catalogue", *args], capture_output=True, text=True, timeout=120
        )

    listed = tool()
    assert listed.returncode == 0, listed.stderr
    rows = {line.split("\t")[0]: line.split("\t") for line in listed.stdout.splitlines()}
    assert rows.keys() == {"en", "es", "pt"}
    total = int(rows["en"][2].split(" of ")[1].split()[0])
    assert rows["es"][2] == f"{total} of {total} strings"  # Spanish words everything
    assert rows["pt"][1] == "Português"

    lacks = tool("missing", "pt")
    assert lacks.returncode == 0, lacks.stderr
    todo = tomllib.loads(lacks.stdout)
    assert todo["labels"]["section.chronology"] == "Chronology"
    assert "report.summary" not in todo["labels"]  # the toy file has it
    assert todo["values"]["setting"]["street"] == "Street"
    assert "home" not in todo["values"]["setting"]
    assert todo["issues"]["admin-warrant-home"]["prompt"].endswith("?")  # English, beside the rule
    lacking = sum(1 for line in lacks.stdout.splitlines() if " = " in line and not line.startswith("["))
    assert rows["pt"][2] == f"{total - lacking} of {total} strings"
    assert tool("missing", "es").stdout.strip() == ""
    # A language with no file yet: the whole file to start from, valid as it stands.
    start = tool("missing", "ht")
    assert start.returncode == 0, start.stderr
    (toy_language.folder / "ht.toml").write_text(start.stdout, encoding="utf-8")
    catalogue.reload()
    assert "ht" in catalogue.languages()
    assert label("ht", "section.chronology") == "Chronology"  # untranslated yet: the English it started from
    assert tool("missing", "ht").stdout.strip() == ""


def test_the_codes_read_from_file_names_are_the_languages(toy_language) -> None:  # noqa: F811
    """The app's start lists languages by file name (no parsing); the command line parses every
    catalogue. Both must name the same languages, in the same order."""
    assert catalogue.language_codes() == catalogue.languages() == ("en", "es", "pt")


def test_a_locale_read_from_the_head_of_its_file_is_the_catalogues(toy_language) -> None:  # noqa: F811
    for code in catalogue.languages():
        assert catalogue.locale_of(code) == catalogue.language(code).locale
    assert catalogue.locale_of("es") == "es_US"
