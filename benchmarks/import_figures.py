"""The interchange import figure: one file of 100 000 encounters and 100 000 people, imported.

``performance.md``: "import of one interchange file with 100 000 encounters and 100 000 people:
>= 25 % of the baseline's rows per second; memory growth <= 128 MiB; baseline: the same rows
inserted with executemany into the same schema in stdlib sqlite3, one transaction".

- :func:`write_interchange` writes the file deterministically from a seed, streaming (the parent
  never holds it): people with names, A-numbers and addresses; encounters with realistic narratives
  (200-2 000 characters, English and Spanish words), settings, places and 1-2 participants each.
- The import runs in a child process (``python -m benchmarks.import_figures import FILE WORK``)
  through ``casefile.services.interchange.import_file``, the CLI's and the app's path, into a
  fresh vault; the child reports seconds, resident memory just before and the peak during it.
- The baseline child (``... baseline FILE WORK``) reads every row the import stored (records, side
  tables, search rows, audit entries) out of that vault, creates the same schema in a stdlib
  ``sqlite3`` file and times ``executemany`` of those rows in one transaction.

Rows per second for both are that one row count over each one's seconds, so the ratio is the
baseline's seconds over the import's.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchmarks.results import Figure, Target
from benchmarks.timing import MIB, REPO, child_env, clock, python_argv, reset_peak, rss_now, rss_peak

# Words for narratives, English and Spanish as clients' accounts mix them.
_WORD_TEXT = (
    "agents knocked door morning officers vest police said warrant looking someone else asked name "
    "papers phone car stopped road outside work took fingerprints photo van hours released detained "
    "los agentes tocaron la puerta temprano dijeron policía buscaban otra persona pidieron papeles "
    "nombre teléfono carro calle trabajo huellas foto camioneta horas soltaron detenido miedo niños"
)
WORDS = tuple(_WORD_TEXT.split())
CITIES = (
    ("Seattle", "WA"), ("SEATTLE WA", None), ("Tacoma", "WA"), ("Yakima", "WA"), ("Everett", "WA"),
    ("Houston", "TX"), ("Dallas, TX", None), ("El Paso", "TX"), ("Los Angeles", "CA"), ("Fresno", "CA"),
    ("Phoenix", "AZ"), ("Tucson", "AZ"), ("Miami", "FL"), ("Chicago", "IL"), ("Newark", "NJ"),
)  # fmt: skip
SETTINGS = ("home", "street", "vehicle-stop", "workplace", "courthouse", "checkpoint")
ROLES = (("target", "arrested"), ("collateral", "detained"), ("witness", "not-present"), ("family", "released"))


def _people(rng: random.Random, count: int) -> Iterator[dict[str, Any]]:
    first = ("Rosa", "Juan", "María", "Luis", "Ana", "Carlos", "Elena", "José", "Lucía", "Pedro")
    last = ("Quispe", "García", "Hernández", "López", "Mamani", "Pérez", "Ramírez", "Torres", "Cruz", "Flores")
    for n in range(count):
        city, state = CITIES[n % len(CITIES)]
        yield {
            "id": f"p-{n:06d}",
            "full_name": f"{rng.choice(first)} {rng.choice(last)} {rng.choice(last)}",
            "is_client": n % 3 == 0,
            # 9 digits, distinct for every n (n < 10**8): one person, one A-number.
            "a_number": f"A{200_000_000 + n:09d}",
            "date_of_birth": f"{1950 + n % 55}-{1 + n % 12:02d}-{1 + n % 28:02d}",
            "country_of_birth": ("MX", "GT", "HN", "SV", "PE")[n % 5],
            "preferred_language": "es" if n % 4 else "en",
            "address": f"{100 + n % 9000} Main St, {city}" + (f" {state}" if state else ""),
        }


def _encounters(rng: random.Random, count: int, people: int) -> Iterator[dict[str, Any]]:
    for n in range(count):
        city, state = CITIES[rng.randrange(len(CITIES))]
        words = rng.randint(35, 330)  # about 200 to 2 000 characters
        who = rng.sample(range(people), rng.choice((1, 1, 2)))
        yield {
            "id": f"e-{n:06d}",
            # 2021-01-01 plus up to 1 825 days: inside 2021-2025.
            "occurred_at": f"{2021 + n % 5}-{1 + n % 12:02d}-{1 + n % 28:02d}",
            "location": {"city": city, "state": state},
            "setting": SETTINGS[n % len(SETTINGS)],
            "agencies": ["ICE-ERO"] if n % 4 else ["ICE-ERO", "local-police"],
            "narrative": " ".join(rng.choice(WORDS) for _ in range(words)),
            "participants": [
                {"person_id": f"p-{p:06d}", "role": ROLES[i % len(ROLES)][0], "outcome": ROLES[i % len(ROLES)][1]}
                for i, p in enumerate(who)
            ],
        }


def write_interchange(path: Path, people: int, encounters: int, seed: int) -> int:
    """Write the benchmark's interchange file (people first, then encounters); returns its bytes."""
    rng = random.Random(f"import-figure:{seed}")
    with open(path, "w", encoding="utf-8") as out:
        out.write('{"format": "casefile-interchange", "version": 1,\n')
        for name, records in (("people", _people(rng, people)), ("encounters", _encounters(rng, encounters, people))):
            out.write(f'"{name}": [\n')
            for i, record in enumerate(records):
                out.write((",\n" if i else "") + json.dumps(record, ensure_ascii=False))
            out.write("]" + (",\n" if name == "people" else "\n"))
        out.write("}\n")
    return path.stat().st_size


# --- the child processes ---------------------------------------------------------------------


def _import(source: Path, work: Path) -> dict[str, Any]:
    from casefile.demo.generator import DEMO_PASSPHRASE
    from casefile.services.interchange import import_file
    from casefile.vault.db import Vault

    vault, _ = Vault.create(work / "vault", "bench", DEMO_PASSPHRASE)
    try:
        reset_peak()
        before = rss_now()
        start = clock()
        result = import_file(vault, source)
        seconds = clock() - start
        peak = rss_peak()
    finally:
        vault.close()
    return {"seconds": seconds, "rss_before": before, "rss_peak": peak, "created": result.created}


# Tables whose rows belong to SQLite or FTS5 itself, not to what the import stored.
_INTERNAL = ("sqlite_", "search_")
# Written when the vault was made, not by the import.
_BEFORE_IMPORT = ("meta", "users")


def _stored_rows(work: Path) -> tuple[list[str], dict[str, tuple[list[str], list[tuple[Any, ...]]]]]:
    """The vault's schema (its CREATE statements) and every row the import left in it."""
    from casefile.demo.generator import DEMO_PASSPHRASE
    from casefile.vault.db import Vault

    vault = Vault.open(work / "vault", DEMO_PASSPHRASE, user="bench")
    try:
        conn = vault.connection()
        schema = [
            sql
            for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid")
            if not name.startswith(_INTERNAL)
        ]
        tables: dict[str, tuple[list[str], list[tuple[Any, ...]]]] = {}
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid").fetchall():
            if name.startswith(_INTERNAL) or name in _BEFORE_IMPORT:
                continue
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({name})")]
            if name == "search":
                rows = conn.execute("SELECT rowid, * FROM search").fetchall()
                columns = ["rowid", *columns]
            else:
                rows = conn.execute(f"SELECT * FROM {name}").fetchall()
            if rows:
                tables[name] = (columns, [tuple(r) for r in rows])
    finally:
        vault.close()
    return schema, tables


def _baseline(work: Path) -> dict[str, Any]:
    schema, tables = _stored_rows(work)
    target = work / "baseline.sqlite"
    target.unlink(missing_ok=True)
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        for sql in schema:
            conn.execute(sql)
        start = clock()
        conn.execute("BEGIN")
        for name, (columns, rows) in tables.items():
            marks = ", ".join("?" * len(columns))
            conn.executemany(f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({marks})", rows)
        conn.execute("COMMIT")
        seconds = clock() - start
    finally:
        conn.close()
    return {"seconds": seconds, "rows": sum(len(rows) for _, rows in tables.values()),
            "tables": {name: len(rows) for name, (_, rows) in tables.items()}}


def _child(mode: str, source: Path, work: Path) -> dict[str, Any]:
    done = subprocess.run(python_argv("-m", "benchmarks.import_figures", mode, str(source), str(work)),
                          env=child_env(), cwd=REPO, capture_output=True, text=True, timeout=3600, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"import_figures {mode} failed: {done.stderr.strip().splitlines()[-3:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def import_figures(scratch: Path, people: int, encounters: int, seed: int) -> list[Figure]:
    """``interchange_import`` (rows/s against the baseline) and ``interchange_import_memory``."""
    source = scratch / "import-figure.json"
    work = scratch / "import-figure"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    try:
        size = write_interchange(source, people, encounters, seed)
        imported = _child("import", source, work)
        base = _child("baseline", source, work)
    finally:
        source.unlink(missing_ok=True)
        shutil.rmtree(work, ignore_errors=True)
    rows = base["rows"]
    label = f"{encounters:,} encounters + {people:,} people"
    speed = Figure("interchange_import", f"interchange import, {label}: rows/s", "rows/s",
                   Target(">=", 0.25, "ratio", "≥ 25 % of baseline"), value=rows / imported["seconds"],
                   baseline=rows / base["seconds"], baseline_name="stdlib sqlite3 executemany, one transaction")
    speed.detail = {"file_bytes": size, "rows": rows, "tables": base["tables"], "created": imported["created"],
                    "import_s": round(imported["seconds"], 2), "baseline_s": round(base["seconds"], 3)}
    growth = (imported["rss_peak"] - imported["rss_before"]) / MIB
    memory = Figure("interchange_import_memory", f"interchange import, {label}: memory growth", "MiB",
                    Target("<=", 128, "value", "≤ 128 MiB"), value=growth)
    memory.detail = {"file_mib": round(size / MIB, 1),
                     "measured_as": "peak RSS during the import minus RSS just before, in a child process"}
    return [speed.judge(), memory.judge()]


# (people, encounters) per scale: performance.md's 100 000 + 100 000 at full, ten times that at x10.
SIZES = {"tiny": (200, 200), "small": (10_000, 10_000), "full": (100_000, 100_000), "x10": (1_000_000, 1_000_000)}


def scale_figures(scale: str, scratch: Path, seed: int) -> list[Figure]:
    people, encounters = SIZES[scale]
    return import_figures(scratch, people, encounters, seed)


def main(argv: list[str]) -> int:
    mode, source, work = argv[0], Path(argv[1]), Path(argv[2])
    work.mkdir(parents=True, exist_ok=True)
    print(json.dumps(_import(source, work) if mode == "import" else _baseline(work)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
