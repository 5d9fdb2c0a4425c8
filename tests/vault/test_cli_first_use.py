"""The command line as a clinic meets it (issue 13, finding 11), through the real `casefile` process:
--passphrase-stdin after the verb, a person named by A-number or name, deadlines that say whose
case they are, counts in good English, and read-only commands while the app holds the vault."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import FIXTURES, PASSPHRASE, run_cli

HOLDER = textwrap.dedent(
    """
    import sys
    from casefile.vault.db import Vault
    vault = Vault.open(sys.argv[1], sys.argv[2])  # a writer, as the app is
    print("open", flush=True)
    sys.stdin.readline()  # hold the vault until told to let go
    vault.close()
    """
)

# Two people named alike (an ambiguous name) and a second Rosa with her own A-number.
NAMESAKES = {
    "format": "casefile-interchange",
    "version": 1,
    "people": [
        {"id": "p-jose-1", "full_name": "José Luis Pérez", "a_number": "A012345678"},
        {"id": "p-jose-2", "full_name": "Jose Luis Perez", "a_number": "A087654321"},
    ],
}


@pytest.fixture(scope="module")
def cli_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("first-use")
    vault = base / "v"
    assert run_cli("init", "--vault", str(vault), "--user", "maria").returncode == 0
    done = run_cli("import", "--vault", str(vault), str(FIXTURES / "example.json"))
    assert done.returncode == 0, done.stderr
    extra = base / "namesakes.json"
    extra.write_text(json.dumps(NAMESAKES), encoding="utf-8")
    done = run_cli("import", "--vault", str(vault), str(extra))
    assert done.returncode == 0, done.stderr
    # Plurals: two people is "2 people", not "2 peoples"; nothing else was created.
    assert "created 2 people;" in done.stdout, done.stdout
    return vault


def _cli_as_typed(*args: str) -> subprocess.CompletedProcess:
    """The command exactly as a person types it: --passphrase-stdin wherever they put it."""
    return subprocess.run(
        [sys.executable, "-m", "casefile.cli", *args],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=120,
    )


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def test_passphrase_stdin_after_the_verb(cli_vault: Path, tmp_path: Path) -> None:
    done = _cli_as_typed("search", "--vault", str(cli_vault), "--passphrase-stdin", "--json", "Quispe")
    assert done.returncode == 0, done.stderr
    assert any(hit["id"] == "p-rosa" for hit in json.loads(done.stdout))
    out = tmp_path / "s.pdf"
    done = _cli_as_typed(
        "report", "summary", "--vault", str(cli_vault), "--person", "p-rosa", "--out", str(out), "--passphrase-stdin"
    )
    assert done.returncode == 0, done.stderr
    assert out.is_file()


def test_one_import_line_counts_in_good_english(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    assert run_cli("init", "--vault", str(vault), "--user", "maria").returncode == 0
    one = tmp_path / "one.json"
    one.write_text(json.dumps({**NAMESAKES, "people": NAMESAKES["people"][:1]}), encoding="utf-8")
    done = run_cli("import", "--vault", str(vault), str(one))
    assert done.returncode == 0, done.stderr
    assert "created 1 person;" in done.stdout and "1 people" not in done.stdout
    done = run_cli("import", "--vault", str(vault), str(FIXTURES / "example.json"))
    assert done.returncode == 0, done.stderr
    # example.json holds one encounter and one FOIA request: singular, not "1 encounters".
    assert "1 encounter," in done.stdout and "1 FOIA request" in done.stdout, done.stdout
    assert "1 encounters" not in done.stdout and "1 foia requests" not in done.stdout


@pytest.mark.parametrize("given", ["A-208-114-563", "208114563", "a 208 114 563", "rosa elena QUISPE mamani"])
def test_summary_person_by_a_number_or_name(cli_vault: Path, tmp_path: Path, given: str) -> None:
    out = tmp_path / "summary.pdf"
    done = run_cli("report", "summary", "--vault", str(cli_vault), "--person", given, "--out", str(out))
    assert done.returncode == 0, done.stderr
    text = _pdf_text(out)
    assert "Rosa Elena Quispe Mamani" in text and "A-208-114-563" in text


def test_summary_person_name_ignores_accents_but_never_guesses(cli_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    # "Jose Luis Perez" names two people (one written with accents): both listed, with ids.
    done = run_cli("report", "summary", "--vault", str(cli_vault), "--person", "Jose Luis Perez", "--out", str(out))
    assert done.returncode == 1
    assert "2 people match" in done.stderr
    assert "p-jose-1" in done.stderr and "p-jose-2" in done.stderr
    assert "A-012-345-678" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()
    # Their A-numbers tell them apart.
    done = run_cli("report", "summary", "--vault", str(cli_vault), "--person", "A087654321", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "Jose Luis Perez" in _pdf_text(out)
    # A name nobody has: a clear error that says how to find the person.
    done = run_cli("report", "summary", "--vault", str(cli_vault), "--person", "Ana Nadie", "--out", str(out))
    assert done.returncode == 1
    assert "Ana Nadie" in done.stderr and "casefile search" in done.stderr and "Traceback" not in done.stderr


def test_deadlines_say_whose_case(cli_vault: Path) -> None:
    done = run_cli("deadlines", "--vault", str(cli_vault))
    assert done.returncode == 0, done.stderr
    # A deadline's own line starts at the margin; its rule follows, indented, on the next line.
    lines = [line for line in done.stdout.splitlines() if line.strip() and not line[0].isspace()]
    assert lines, done.stdout
    # example.json's deadlines and FOIA request are all Rosa's.
    assert all("Rosa Elena Quispe Mamani:" in line for line in lines), done.stdout
    done = run_cli("deadlines", "--vault", str(cli_vault), "--json")
    rows = json.loads(done.stdout)
    assert rows and {r["person_name"] for r in rows if r["person_id"] == "p-rosa"} == {"Rosa Elena Quispe Mamani"}


@pytest.mark.skipif(os.name != "posix", reason="the holder is stopped through its stdin")
def test_read_only_commands_run_while_the_app_holds_the_vault(cli_vault: Path, tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(cli_vault), PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        done = run_cli("search", "--vault", str(cli_vault), "--json", "Quispe")
        assert done.returncode == 0, done.stderr
        assert any(hit["id"] == "p-rosa" for hit in json.loads(done.stdout))
        done = run_cli("deadlines", "--vault", str(cli_vault), "--json")
        assert done.returncode == 0, done.stderr
        out = tmp_path / "summary.pdf"
        done = run_cli("report", "summary", "--vault", str(cli_vault), "--person", "p-rosa", "--out", str(out))
        assert done.returncode == 0, done.stderr
        assert "Rosa Elena Quispe Mamani" in _pdf_text(out)
        done = run_cli("export", "--vault", str(cli_vault), "--out", str(tmp_path / "export.json"))
        assert done.returncode == 0, done.stderr
        exported = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
        assert {p["id"] for p in exported["people"]} >= {"p-rosa", "p-jose-1"}
        # Writers are still one at a time: an import is refused with exit 4 and changes nothing.
        done = run_cli("import", "--vault", str(cli_vault), str(FIXTURES / "example.json"))
        assert done.returncode == 4 and "already open" in done.stderr
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.communicate(timeout=60)
    assert holder.returncode == 0, holder.stderr
    # The readers' visits are in the audit chain, which is unbroken.
    done = run_cli("verify", "--vault", str(cli_vault))
    assert done.returncode == 0, done.stderr
