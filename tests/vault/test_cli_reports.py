"""`casefile report` end to end: vault → bundle → PDF on disk, read back as an attorney would."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import FIXTURES, PASSPHRASE, run_cli


@pytest.fixture(scope="module")
def cli_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("reports")
    vault = base / "v"
    assert run_cli("init", "--vault", str(vault), "--user", "maria").returncode == 0
    done = run_cli("import", "--vault", str(vault), str(FIXTURES / "example.json"))
    assert done.returncode == 0, done.stderr
    return vault


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def test_summary_from_the_vault(cli_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    done = run_cli("report", "summary", "--vault", str(cli_vault), "--person", "p-rosa", "--out", str(out))
    assert done.returncode == 0, done.stderr
    text = _text(out)
    assert "Rosa Elena Quispe Mamani" in text
    assert "A-208-114-563" in text
    assert "2026-10-22" in text
    assert "Page 1 of" in text
    for name in ("nta.txt", "i213.txt"):
        short = hashlib.sha256((FIXTURES / "files" / name).read_bytes()).hexdigest()[:12]
        assert short in text, name
    assert out.stat().st_mode & 0o077 == 0


def test_redacted_spanish_summary(cli_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "summary-es.pdf"
    done = run_cli(
        "report",
        "summary",
        "--vault",
        str(cli_vault),
        "--person",
        "p-rosa",
        "--out",
        str(out),
        "--redact",
        "--lang",
        "es",
    )
    assert done.returncode == 0, done.stderr
    text = _text(out)
    reader = PdfReader(str(out))
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    for secret in ("Rosa Elena", "Quispe", "Mamani", "208-114", "208114", "4410 Airline", "555 0142", "1989"):
        assert secret not in text and secret not in meta, secret
    assert "Página 1 de" in text
    assert "A-XXX-XXX-563" in text


def test_protected_pdf_needs_its_passphrase(cli_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "protected.pdf"
    done = run_cli(
        "report",
        "encounter",
        "--vault",
        str(cli_vault),
        "--encounter",
        "e-airline",
        "--out",
        str(out),
        "--protect",
        stdin=f"email-me-this-pdf-2026\n{PASSPHRASE}\n",
    )
    assert done.returncode == 0, done.stderr
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert reader.is_encrypted
    assert reader.decrypt("wrong") == 0
    assert reader.decrypt("email-me-this-pdf-2026") != 0
    assert "Villeda" in reader.pages[0].extract_text() + "".join(p.extract_text() for p in reader.pages)


def test_pattern_report_and_csv(cli_vault: Path, tmp_path: Path) -> None:
    out, csv = tmp_path / "pattern.pdf", tmp_path / "pattern.csv"
    done = run_cli(
        "report",
        "pattern",
        "--vault",
        str(cli_vault),
        "--out",
        str(out),
        "--csv",
        str(csv),
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
    )
    assert done.returncode == 0, done.stderr
    text = _text(out)
    assert "Rosa" not in text and "Quispe" not in text
    assert "<3" in csv.read_text(encoding="utf-8")


def test_unknown_person_is_a_clean_error(cli_vault: Path, tmp_path: Path) -> None:
    done = run_cli(
        "report", "summary", "--vault", str(cli_vault), "--person", "p-nobody", "--out", str(tmp_path / "x.pdf")
    )
    assert done.returncode == 1
    assert "p-nobody" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "x.pdf").exists()
    bad = run_cli(
        "report", "pattern", "--vault", str(cli_vault), "--out", str(tmp_path / "y.pdf"), "--from", "2026-02-30"
    )
    assert bad.returncode == 1 and "not a real date" in bad.stderr
