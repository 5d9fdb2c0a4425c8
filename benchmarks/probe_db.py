"""Child process that runs the app's queries on one engine, timed inside, on request.

``python -m benchmarks.probe_db ENGINE VAULT PLAIN_DB USER`` (passphrase on the first stdin line),
then one JSON request per line, one JSON answer per line. Engines:

- ``keyed``: the vault exactly as the app opens it (``Vault.open`` → ``vault.connection()``);
- ``unkeyed``: the unkeyed copy through ``sqlcipher3`` (the same engine, no key);
- ``stdlib``: the unkeyed copy through Python's own ``sqlite3``;
- ``keyed_no_memsec``: the vault's database with the vault's key and settings except
  ``cipher_memory_security`` (diagnostic: that setting is process-wide, so it gets a process).

Each engine has a process of its own because SQLCipher's memory security, once a keyed
connection turns it on, applies to every SQLCipher connection in the process: an unkeyed
baseline in the vault's process would pay for it too and hide its cost.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3

from benchmarks.timing import clock
from casefile.queries import paging, records
from casefile.queries.kinds import KINDS
from casefile.queries.search import search
from casefile.vault.db import CACHE_KIB, Vault, _key_pragma

LIST_PAGE = 200


def plain_settings(conn: Any) -> Any:
    """The vault connection's settings (casefile.vault.db.Vault._connect) minus key and memory security."""
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute("PRAGMA query_only = ON")
    return conn


def connect(engine: str, vault_path: Path, plain_db: Path, user: str, passphrase: str) -> tuple[Any, Any]:
    """(connection, thing to close) for ``engine``."""
    if engine == "keyed":
        vault = Vault.open(vault_path, passphrase, user=user)
        return vault.connection(), vault
    if engine == "unkeyed":
        conn = sqlcipher3.connect(str(plain_db), isolation_level=None)
        return plain_settings(conn), conn
    if engine == "stdlib":
        conn = sqlite3.connect(str(plain_db), isolation_level=None)
        return plain_settings(conn), conn
    if engine == "keyed_no_memsec":
        from casefile.vault import keys

        slot = next(s for s in keys.list_slots(vault_path / "keys") if s.kind == "user" and s.user == user)
        conn = sqlcipher3.connect(str(vault_path / "vault.db"), isolation_level=None)
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(keys.unseal(slot, passphrase)))
        return plain_settings(conn), conn
    raise ValueError(engine)


def run_page(conn: Any, kind: str, request: paging.PageRequest) -> tuple[list[dict[str, Any]], Any]:
    if kind == "collateral":
        return paging.collateral_arrests(conn, after=request.after, limit=request.limit)
    result = paging.page(conn, KINDS[kind], request)
    return result.rows, result.next_after


def _after(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def request_work(conn: Any, req: dict[str, Any]) -> Callable[[], int]:
    """A callable doing what ``req`` asks once; returns a count (hits, rows) to check."""
    op = req["op"]
    if op == "search":
        return lambda: len(search(conn, req["text"], limit=req.get("limit", 50)))
    if op == "page":
        request = paging.PageRequest(sort=req.get("sort", ""), descending=req.get("descending", False),
                                     after=_after(req.get("after")), limit=req.get("limit", LIST_PAGE),
                                     filters=req.get("filters") or {}, text=req.get("text", ""))
        return lambda: len(run_page(conn, req["kind"], request)[0])

    if op == "get":
        pairs = [(KINDS[k], i) for k, i in req["ids"]]

        def get_all() -> int:
            return sum(records.get(conn, kind, rec_id) is not None for kind, rec_id in pairs)

        return get_all
    if op == "a_number":
        people = KINDS["people"]

        def by_a_number() -> int:
            return sum(bool(paging.page(conn, people, paging.PageRequest(filters={"a_number": a}, limit=20)).rows)
                       for a in req["values"])

        return by_a_number
    if op == "sql":
        return lambda: len(conn.execute(req["sql"], req.get("params", [])).fetchall())
    raise ValueError(op)


def main(argv: list[str]) -> int:
    engine, vault_path, plain_db, user = argv[0], Path(argv[1]), Path(argv[2]), argv[3]
    passphrase = sys.stdin.readline().rstrip("\n")
    conn, handle = connect(engine, vault_path, plain_db, user, passphrase)
    print(json.dumps({"ready": engine}), flush=True)
    try:
        for line in sys.stdin:
            req = json.loads(line)
            if req["op"] == "quit":
                break
            try:
                work = request_work(conn, req)
                times, count = [], 0
                for _ in range(int(req.get("n", 1))):
                    start = clock()
                    count = work()
                    times.append(clock() - start)
                answer: dict[str, Any] = {"times": times, "count": count}
            except Exception as exc:  # report, keep serving: the parent decides
                answer = {"error": f"{type(exc).__name__}: {exc}"}
            print(json.dumps(answer), flush=True)
    finally:
        handle.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
