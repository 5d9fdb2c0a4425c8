"""Issue 11, finding 7 (must-show 8): every file with case data the CLI writes is 0600 and every
folder 0700, and a symlink planted where Casefile writes does not receive the plaintext.

The child processes run under umask 022, the common default that made exports 0644 and
``--with-files`` folders 0755 before.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from casefile.services.documents import export_document
from casefile.vault.db import Vault
from casefile.vault.fsutil import atomic_write, create_private, private_output
from tests.conftest import FIXTURES, PASSPHRASE, run_cli

ROSA = b"Rosa Elena Quispe Mamani"


@pytest.fixture(autouse=True)
def _umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture(scope="module")
def cli_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("files")
    vault = base / "v"
    assert run_cli("init", "--vault", str(vault), "--user", "maria").returncode == 0
    done = run_cli("import", "--vault", str(vault), str(FIXTURES / "example.json"))
    assert done.returncode == 0, done.stderr
    return vault


def _ok(*args: str, stdin: str = PASSPHRASE + "\n") -> None:
    done = run_cli(*args, stdin=stdin)
    assert done.returncode == 0, (args, done.stderr)


def test_every_file_the_cli_writes_is_private(cli_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir(mode=0o700)
    v = ("--vault", str(cli_vault))
    _ok("export", *v, "--out", str(out / "export.json"))
    # Two levels of new folders: mkdir(parents=True) gave the outer one the umask's 0755.
    _ok("export", *v, "--out", str(out / "full.json"), "--with-files", str(out / "case" / "files"))
    _ok("export", *v, "--redact", "--out", str(out / "redacted.json"))
    _ok("deadlines", *v, "--ics", str(out / "deadlines.ics"))
    _ok("report", "summary", *v, "--person", "p-rosa", "--out", str(out / "summary.pdf"))
    _ok("report", "summary", *v, "--person", "p-rosa", "--redact", "--out", str(out / "summary-redacted.pdf"))
    _ok("report", "encounter", *v, "--encounter", "e-airline", "--out", str(out / "encounter.pdf"))
    _ok(
        "report",
        "encounter",
        *v,
        "--encounter",
        "e-airline",
        "--protect",
        "--out",
        str(out / "protected.pdf"),
        stdin=f"email-me-this-pdf-2026\n{PASSPHRASE}\n",
    )
    _ok("report", "pattern", *v, "--out", str(out / "pattern.pdf"), "--csv", str(out / "pattern.csv"))
    _ok("backup", *v, "--out", str(out / "clinic.cfbackup"))

    files, folders = [], []
    for root, dirs, names in os.walk(out):
        folders += [Path(root) / d for d in dirs]
        files += [Path(root) / n for n in names]
    assert {p.name for p in files} >= {
        "export.json",
        "full.json",
        "redacted.json",
        "deadlines.ics",
        "summary.pdf",
        "summary-redacted.pdf",
        "encounter.pdf",
        "protected.pdf",
        "pattern.pdf",
        "pattern.csv",
        "clinic.cfbackup",
    }
    assert len([p for p in files if p.parent.name == "files"]) == 2  # the two decrypted documents
    assert not [p.name for p in files if p.name.startswith(".")], "a temporary file was left behind"
    wrong = {str(p.relative_to(out)): oct(stat.S_IMODE(p.stat().st_mode)) for p in files}
    assert {k: m for k, m in wrong.items() if m != "0o600"} == {}
    modes = {str(p.relative_to(out)): oct(stat.S_IMODE(p.stat().st_mode)) for p in folders}
    assert modes == {"case": "0o700", "case/files": "0o700"}


def test_symlink_at_the_export_name_does_not_receive_plaintext(cli_vault: Path, tmp_path: Path) -> None:
    """A shared folder where someone else planted symlinks: at the export's own name, and at the
    temporary name the export used to write through (``.<name>.tmp``, opened with plain open())."""
    shared, elsewhere = tmp_path / "shared", tmp_path / "elsewhere"
    shared.mkdir()
    elsewhere.mkdir()
    (shared / "export.json").symlink_to(elsewhere / "via-target")
    (shared / ".export.json.tmp").symlink_to(elsewhere / "via-temp")
    (shared / "cal.ics").symlink_to(elsewhere / "via-ics")
    _ok("export", "--vault", str(cli_vault), "--out", str(shared / "export.json"))
    _ok("deadlines", "--vault", str(cli_vault), "--ics", str(shared / "cal.ics"))
    assert list(elsewhere.iterdir()) == [], "plaintext went through a planted symlink"
    for name in ("export.json", "cal.ics"):
        written = shared / name
        assert not written.is_symlink() and stat.S_IMODE(written.stat().st_mode) == 0o600
    assert ROSA in (shared / "export.json").read_bytes()


def test_exported_document_replaces_a_planted_symlink(example_vault: Vault, tmp_path: Path) -> None:
    """The app's 'Export a decrypted copy' (services.documents.export_document)."""
    victim = tmp_path / "victim.txt"
    dest = tmp_path / "copy.txt"
    dest.symlink_to(victim)
    export_document(example_vault, "d-i213", dest)
    assert not victim.exists()
    assert not dest.is_symlink() and stat.S_IMODE(dest.stat().st_mode) == 0o600
    assert b"Subject consented to entry." in dest.read_bytes()


def test_private_output_refuses_what_is_already_at_its_temporary_name(tmp_path: Path) -> None:
    """The exclusive, no-follow open itself: a symlink (dangling or not) or a file is never
    opened for writing."""
    target = tmp_path / "elsewhere"
    planted = tmp_path / "planted"
    planted.symlink_to(target)
    with pytest.raises(FileExistsError):  # O_EXCL: a symlink counts as existing, dangling or not
        os.close(create_private(planted))
    assert not target.exists()
    existing = tmp_path / "existing"
    existing.write_bytes(b"keep")
    with pytest.raises(FileExistsError):
        os.close(create_private(existing))
    assert existing.read_bytes() == b"keep"


def test_private_output_is_all_or_nothing(tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    atomic_write(path, b"first")

    def stopped_half_way() -> None:
        with private_output(path) as fh:
            fh.write(b"half of the second")
            raise RuntimeError("stopped half way")

    with pytest.raises(RuntimeError):
        stopped_half_way()
    assert path.read_bytes() == b"first" and [p.name for p in tmp_path.iterdir()] == ["report.csv"]
    with private_output(path, encoding="utf-8") as text:
        text.write("línea\n")
    assert path.read_bytes() == "línea\n".encode()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
