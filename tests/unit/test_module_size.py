"""Size limits (issue 14): every module under ``casefile/`` and ``ui/`` under 500 lines, every
function under 80, so each stays readable in one sitting and changes along one responsibility.

Declarative tables (a schema, a table of labels written as one literal) may be longer: they are
listed in ``TABLES`` with the reason. ``PENDING`` names what is still being split and by whom;
an entry goes when its split lands (it may stay a little after: a stale entry fails nothing).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = ("casefile", "ui")
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 80

# Functions that are one declarative literal, not logic; each with why it is long.
TABLES: dict[str, str] = {}

# Still being split this session: "path" (module) or "path:function" -> who is splitting it.
PENDING: dict[str, str] = {}


def _modules(root: Path) -> list[Path]:
    return sorted(p for folder in FOLDERS for p in (root / folder).rglob("*.py"))


def _functions(path: Path, root: Path) -> dict[str, int]:
    """Every function and method's length in lines (a nested one counts on its own too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    lengths: dict[str, int] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno is not None:
            key = f"{path.relative_to(root).as_posix()}:{node.name}"
            lengths[key] = max(lengths.get(key, 0), node.end_lineno - node.lineno + 1)
    return lengths


def long_modules(root: Path) -> dict[str, int]:
    found = {}
    for path in _modules(root):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_MODULE_LINES:
            found[path.relative_to(root).as_posix()] = lines
    return found


def long_functions(root: Path) -> dict[str, int]:
    found = {}
    for path in _modules(root):
        found.update({k: n for k, n in _functions(path, root).items() if n > MAX_FUNCTION_LINES})
    return found


def test_every_module_is_under_the_limit() -> None:
    over = {name: n for name, n in long_modules(ROOT).items() if name not in PENDING}
    assert over == {}, f"split these along their responsibilities (limit {MAX_MODULE_LINES} lines)"


def test_every_function_is_under_the_limit() -> None:
    over = {key: n for key, n in long_functions(ROOT).items() if key not in TABLES and key not in PENDING}
    assert over == {}, f"split these (limit {MAX_FUNCTION_LINES} lines; a declarative table goes in TABLES)"


def test_the_table_allowance_is_only_for_long_tables_that_exist() -> None:
    stale = sorted(set(TABLES) - set(long_functions(ROOT)))
    assert stale == [], "these are gone or short now: take them out of TABLES"
    assert all(reason.strip() for reason in TABLES.values())


def test_the_check_catches_a_long_module_and_a_long_function(tmp_path: Path) -> None:
    (tmp_path / "casefile").mkdir()
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_FUNCTION_LINES))  # 80 lines + the def: 81
    (tmp_path / "casefile" / "long.py").write_text(f"def long_one() -> None:\n{body}\n", encoding="utf-8")
    short = "\n".join(f"    x{i} = {i}" for i in range(MAX_FUNCTION_LINES - 1))  # 80 with the def: allowed
    filler = "\n" * (MAX_MODULE_LINES - MAX_FUNCTION_LINES)  # blank lines up to 500 in all: allowed
    (tmp_path / "casefile" / "edge.py").write_text(f"def at_limit() -> None:\n{short}\n{filler}", encoding="utf-8")
    assert long_functions(tmp_path) == {"casefile/long.py:long_one": MAX_FUNCTION_LINES + 1}
    assert len((tmp_path / "casefile" / "edge.py").read_text().splitlines()) == MAX_MODULE_LINES
    assert long_modules(tmp_path) == {}
    (tmp_path / "casefile" / "edge.py").write_text("x = 1\n" * (MAX_MODULE_LINES + 1), encoding="utf-8")
    assert long_modules(tmp_path) == {"casefile/edge.py": MAX_MODULE_LINES + 1}
