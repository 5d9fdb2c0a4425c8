"""The report registry: a report registered once is listed by the CLI, built from a real vault,
saved privately and audited — with no line of the CLI or the service naming it."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from casefile.cli import main
from casefile.errors import CasefileError
from casefile.reports import registry
from casefile.reports.registry import Built, ReportRequest, ReportSpec
from casefile.services import reporting
from tests.conftest import PASSPHRASE


def _toy_build(source: Any, request: ReportRequest, options: Any, progress: Any, review: Any) -> Built:
    """A one-page PDF naming the client and counting their encounters, read from the source."""
    from reportlab.pdfgen import canvas

    bundle = source.person_bundle(request.person_id)
    person = next(p for p in bundle["people"] if p["id"] == request.person_id)
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, f"Toy report for {person['full_name']}: {len(bundle['encounters'])} encounter(s)")
    page.drawString(72, 700, f"lang={options.lang} paper={options.paper}")
    page.save()
    return Built(out.getvalue(), subject_type="person", subject_id=request.person_id)


TOY = ReportSpec(
    name="toy",
    title_key="report.summary",
    help="a toy report registered by a test",
    file_stem="toy-report",
    build=_toy_build,
    options=("person", "protect"),
    required=("person",),
)


@pytest.fixture
def toy_registered():
    with registry.temporary_registry():
        registry.register(TOY)
        yield TOY


def _run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str, stdin: str = "") -> tuple:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    try:
        code = main(list(argv))
    except SystemExit as exc:  # --help and usage errors end in argparse
        code = exc.code
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_registered_toy_report_is_listed_in_the_cli_help(toy_registered, monkeypatch, capsys) -> None:
    code, out, _ = _run(monkeypatch, capsys, "report", "--help")
    assert code == 0
    assert "toy" in out and "a toy report registered by a test" in out
    assert "summary" in out and "pattern" in out  # the reports that ship are still there
    code, out, _ = _run(monkeypatch, capsys, "report", "toy", "--help")
    assert code == 0
    # Exactly the options it declared, besides the ones every report takes.
    assert "--person" in out and "--protect" in out and "--lang" in out
    assert "--redact" not in out and "--csv" not in out and "--from" not in out
    code, _, err = _run(monkeypatch, capsys, "report", "toy", "--vault", "v", "--out", "o.pdf")
    assert code == 2 and "--person" in err  # required, as declared


def test_the_toy_report_is_gone_after_its_temporary_registry(monkeypatch, capsys) -> None:
    with registry.temporary_registry():
        registry.register(TOY)
        assert "toy" in registry.names()
    assert "toy" not in registry.names()
    assert registry.names() == ["summary", "encounter", "pattern", "intake"]
    code, _, err = _run(monkeypatch, capsys, "report", "toy", "--help")
    assert code == 2 and "invalid choice" in err


def test_the_cli_builds_the_toy_report_from_a_real_vault(
    toy_registered, example_vault, tmp_path: Path, monkeypatch, capsys
) -> None:
    vault_path = example_vault.path
    example_vault.close()  # the command opens the vault itself, as a separate run would
    out = tmp_path / "toy.pdf"
    code, stdout, err = _run(
        monkeypatch,
        capsys,
        "--passphrase-stdin",
        "report",
        "toy",
        "--vault",
        str(vault_path),
        "--person",
        "Rosa Elena Quispe Mamani",  # resolved to p-rosa like any --person
        "--out",
        str(out),
        "--paper",
        "a4",
        stdin=PASSPHRASE + "\n",
    )
    assert code == 0, err
    assert stdout.strip() == f"Wrote {out} (1 page)."
    text = PdfReader(out).pages[0].extract_text()
    # The example holds one encounter, e-airline, with Rosa (and p-target) in it.
    assert "Toy report for Rosa Elena Quispe Mamani: 1 encounter(s)" in text
    assert "lang=en paper=a4" in text
    assert out.stat().st_mode & 0o077 == 0  # saved through fsutil.private_output

    from casefile.vault.db import Vault

    with Vault.open(vault_path, PASSPHRASE) as vault:
        rows = (
            vault.connection().execute("SELECT kind, record_id, detail FROM audit WHERE action = 'report'").fetchall()
        )
    assert [(r[0], r[1], json.loads(r[2])["report"]) for r in rows] == [("person", "p-rosa", "toy")]


def test_the_service_builds_a_registered_report_by_name(toy_registered, example_vault) -> None:
    built = reporting.build(example_vault, ReportRequest("toy", person_id="p-rosa", lang="es"))
    assert "lang=es" in PdfReader(io.BytesIO(built.pdf)).pages[0].extract_text()
    with pytest.raises(
        CasefileError, match="no 'nonesuch' report; choose one of summary, encounter, pattern, intake, toy"
    ):
        reporting.build(example_vault, ReportRequest("nonesuch"))


def test_a_spec_with_an_option_no_front_end_knows_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown options"):
        ReportSpec("bad", "report.summary", "", "bad", _toy_build, options=("hearing",))
    with pytest.raises(ValueError, match="requires options it does not take"):
        ReportSpec("bad", "report.summary", "", "bad", _toy_build, options=(), required=("person",))
    with registry.temporary_registry():
        registry.register(TOY)
        with pytest.raises(ValueError, match="registered already"):
            registry.register(TOY)


def test_saving_reports_where_the_user_cannot(tmp_path: Path) -> None:
    with pytest.raises(CasefileError, match="does not exist"):
        reporting.save_pdf(tmp_path / "missing" / "r.pdf", b"%PDF-1.4")
    taken = tmp_path / "numbers.csv"
    taken.mkdir()  # a folder where the file should go: the rename over it fails
    with pytest.raises(CasefileError, match=r"numbers\.csv could not be saved"):
        reporting.save_csv(taken, "a,b\n")
    assert [p.name for p in tmp_path.iterdir()] == ["numbers.csv"]  # no temporary file left beside it


def test_spec_titles_and_file_names_come_from_the_registry() -> None:
    from datetime import date

    summary = registry.get("summary")
    assert summary.title("es") == "Resumen del caso"
    request = ReportRequest("summary", person_id="p-rosa", lang="es", redact=True)
    assert summary.file_name(request, date(2026, 12, 7)) == "case-summary-redacted-es-2026-12-07.pdf"
    assert registry.get("pattern").file_name(ReportRequest("pattern"), date(2026, 12, 7), "csv") == (
        "pattern-report-2026-12-07.csv"
    )


def test_the_app_and_the_cli_save_a_protected_pdf_through_one_service(example_vault, tmp_path: Path) -> None:
    from casefile.errors import WeakPassphrase

    built = reporting.build(example_vault, ReportRequest("encounter", encounter_id="e-airline"))
    folder = tmp_path / "saved"
    folder.mkdir()
    with pytest.raises(WeakPassphrase):
        reporting.save_pdf(folder / "weak.pdf", built.pdf, protect_with="password1")
    assert list(folder.iterdir()) == []  # nothing written, not even a temporary file
    out = reporting.save_pdf(folder / "r.pdf", built.pdf, protect_with=PASSPHRASE)
    reader = PdfReader(out)
    assert reader.is_encrypted
    assert reader.decrypt(PASSPHRASE) != 0
    assert "Encounter report" in reader.pages[0].extract_text()
    assert out.stat().st_mode & 0o077 == 0
