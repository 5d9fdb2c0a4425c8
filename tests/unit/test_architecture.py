"""The layout's rules, checked: the core never imports Qt, the app reads the vault only through the
read API and services (no query module, no connection), nothing opens a socket, schema is current."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
from pathlib import Path

from casefile.schema import SCHEMA_FILE, interchange_schema

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN_IN_CORE = ("PySide6", "shiboken6", "ui")
NETWORK_MODULES = (
    "socket",
    "ssl",
    "requests",
    "httpx",
    "urllib.request",
    "http.client",
    "aiohttp",
    "ftplib",
    "smtplib",
)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_core_never_imports_qt_or_ui() -> None:
    offenders = []
    for path in (ROOT / "casefile").rglob("*.py"):
        for name in _imports(path):
            if name.split(".")[0] in FORBIDDEN_IN_CORE:
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


# What only the core may touch: the query modules (SQL) and a database connection.
QUERY_PACKAGE = "casefile.queries"
CONNECTION_CALLS = ("connection", "separate_connection", "transaction")


def reaches_the_database(source: str) -> list[str]:
    """Where ``source`` imports a query module or asks for a connection (comments do not count)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in CONNECTION_CALLS
        ):
            found.append(f"line {node.lineno} calls .{node.func.attr}()")
            continue
        else:
            continue
        if any(n == QUERY_PACKAGE or n.startswith(QUERY_PACKAGE + ".") for n in names):
            found.append(f"line {node.lineno} imports {QUERY_PACKAGE}")
    return found


def test_the_app_never_imports_queries_nor_holds_a_connection() -> None:
    offenders = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for where in reaches_the_database(path.read_text(encoding="utf-8")):
            offenders.append(f"{path.relative_to(ROOT)}: {where}")
    assert offenders == []


def test_the_database_check_sees_every_form_and_skips_comments() -> None:
    caught = reaches_the_database(
        "import casefile.queries.search\n"
        "from casefile.queries import paging\n"
        "from casefile import queries\n"
        "from casefile.queries.kinds import KINDS\n"
        "rows = vault.connection().execute('SELECT 1')\n"
        "with vault.transaction() as tx: pass\n"
    )
    assert sorted(int(c.split()[1]) for c in caught) == [1, 2, 3, 4, 5, 6]
    comment = "# vault.connection() and casefile.queries, in a comment\nfrom casefile import read\n"
    assert reaches_the_database(comment) == []


def test_no_network_module_is_imported_by_app_code() -> None:
    offenders = []
    for folder in ("casefile", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            for name in _imports(path):
                if name in NETWORK_MODULES or name.split(".")[0] in ("requests", "httpx", "aiohttp"):
                    offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


NO_SOCKET = textwrap.dedent(
    """
    import sys
    BLOCKED = {"socket.__new__", "socket.connect", "socket.bind", "socket.getaddrinfo", "socket.sendto"}
    def hook(event, args):
        if event in BLOCKED:
            raise RuntimeError(f"network use: {event}")
    sys.addaudithook(hook)
    from casefile.cli import main
    sys.exit(main(sys.argv[1:]))
    """
)


def test_cli_flows_open_no_socket(tmp_path: Path, example_dir: Path) -> None:
    from tests.conftest import PASSPHRASE

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-c", NO_SOCKET, "--passphrase-stdin", *args],
            input=PASSPHRASE + "\n",
            capture_output=True,
            text=True,
            timeout=120,
        )

    vault = str(tmp_path / "v")
    steps = [
        ("init", "--vault", vault, "--user", "maria"),
        ("import", "--vault", vault, str(example_dir / "example.json")),
        ("search", "--vault", vault, "--json", "kitchen"),
        ("deadlines", "--vault", vault, "--json", "--ics", str(tmp_path / "d.ics")),
        ("export", "--vault", vault, "--out", str(tmp_path / "e.json"), "--redact"),
        ("backup", "--vault", vault, "--out", str(tmp_path / "b.cfbackup")),
        ("verify", "--vault", vault),
    ]
    for step in steps:
        done = run(*step)
        assert done.returncode == 0, (step, done.stderr)
        assert "network use" not in done.stderr
    # The hook does fire when something tries: the check can fail.
    probe = subprocess.run(
        [sys.executable, "-c", NO_SOCKET.replace("from casefile.cli import main", "import socket; socket.socket()")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert probe.returncode != 0 and "network use" in probe.stderr


def test_published_schema_is_current() -> None:
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == interchange_schema()
