"""Issue 11, findings 7 and 9, kept closed: the app and the CLI write files and open file dialogs
only through the helpers that make them private (casefile/vault/fsutil.py) and keep no dialog
history (ui/file_dialogs.py). A new writer or dialog that bypasses them fails here, by name."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Files that may open files for writing themselves, and why.
OWN_WRITERS = {
    "casefile/vault/fsutil.py": "the helpers themselves",
    "casefile/vault/blobs.py": "encrypted blobs inside the vault (exclusive, no-follow, 0600)",
    "casefile/vault/db.py": "the vault's own database file (0600)",
    "casefile/vault/unlock.py": "the failed-unlock note beside the vault (0600)",
    "casefile/vault/lock.py": "the vault's lock file (0600)",
    "casefile/vault/rekey.py": "the re-keyed database inside the vault (exclusive, no-follow, 0600)",
    "casefile/logs.py": "the error log, which holds no case data (0600)",
    "casefile/services/backup.py": "the backup, read back by name before its rename (fsutil.create_private)",
    "casefile/schema/__init__.py": "the generated schema in the source tree (a developer tool)",
}
WRITE_CALLS = {"write_bytes", "write_text"}


def _sources() -> list[Path]:
    return sorted(p for d in ("casefile", "ui") for p in (ROOT / d).rglob("*.py") if "demo" not in p.parts)


def _writes(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name in WRITE_CALLS:
            found.append(f"{name}() at line {node.lineno}")
        elif name == "open" and isinstance(func, ast.Attribute) and getattr(func.value, "id", "") == "os":
            if "O_CREAT" in ast.dump(node):  # opening an existing file to read or fsync is fine
                found.append(f"os.open(..., O_CREAT) at line {node.lineno}")
        elif name == "open":
            modes = [a for a in node.args[1:2]] + [k.value for k in node.keywords if k.arg == "mode"]
            if any(isinstance(m, ast.Constant) and set(str(m.value)) & set("wax+") for m in modes):
                found.append(f"open(..., {modes[0].value!r}) at line {node.lineno}")  # type: ignore[union-attr]
    return found


def test_files_are_written_only_through_the_private_helpers() -> None:
    offenders = {}
    for path in _sources():
        rel = path.relative_to(ROOT).as_posix()
        if rel in OWN_WRITERS:
            continue
        found = _writes(ast.parse(path.read_text(encoding="utf-8")))
        if found:
            offenders[rel] = found
    assert offenders == {}, "write through casefile.vault.fsutil.private_output / atomic_write instead"


def test_file_dialogs_are_opened_only_through_ui_file_dialogs() -> None:
    offenders = [
        path.relative_to(ROOT).as_posix()
        for path in _sources()
        if path.parts[-2:] != ("ui", "file_dialogs.py") and "QFileDialog" in path.read_text(encoding="utf-8")
    ]
    assert offenders == [], "open file dialogs with ui.file_dialogs (it keeps no history on disk)"
