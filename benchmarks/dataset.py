"""The benchmark vault: generated once per scale, seed and code version, then reused.

The vault is made by the demo generator (``casefile.demo.generator``) and loaded with
``casefile.services.bulk_load``; the generated document files are deleted once they are encrypted
into the vault. Beside it lies ``plain.db``, the same database exported without a key
(``ATTACH … KEY ''`` + ``sqlcipher_export``): an ordinary SQLite file that both the unkeyed
``sqlcipher3`` baseline and stdlib ``sqlite3`` open. The cache folder's name carries a fingerprint of
the code that decides what the vault holds, so a change there builds a new one.
"""

from __future__ import annotations

import ast
import contextlib
import hashlib
import json
import shutil
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from benchmarks.config import Config
from benchmarks.timing import REPO, clock
from casefile import __version__
from casefile.demo.generator import DEMO_PASSPHRASE, HUB_PERSON_ID, generate
from casefile.services.bulk_load import bulk_load
from casefile.vault import migrations
from casefile.vault.db import Vault

USER = "bench"
# What decides the vault's content and layout; other code may change without a rebuild.
FINGERPRINTED = (
    "casefile/demo",
    "casefile/services/bulk_load.py",
    "casefile/vault/migrations.py",
    "casefile/vault/blobs.py",
    "casefile/queries/kinds.py",
    "casefile/queries/writer.py",
    "casefile/domain/record_types",
)


@dataclass(frozen=True)
class Dataset:
    path: Path  # the vault folder
    plain_db: Path  # the same database without a key
    passphrase: str
    user: str
    hub_person_id: str
    counts: dict[str, int]
    built_seconds: float  # how long the build took (when it was built)
    built_now: bool

    def info(self) -> dict[str, Any]:
        out = asdict(self)
        out["path"] = str(self.path)
        out["plain_db"] = str(self.plain_db)
        out.pop("passphrase")
        return out


def fingerprint(config: Config, seed: int) -> str:
    """A short hash of what decides the vault's content: the code's syntax trees, so reformatting
    or editing comments does not throw away an eleven-minute build."""
    digest = hashlib.sha256(f"{__version__}|{migrations.CURRENT_VERSION}|{seed}|{config.scale!r}".encode())
    for rel in FINGERPRINTED:
        base = REPO / rel
        files = sorted(base.rglob("*.py")) if base.is_dir() else [base]
        for file in files:
            digest.update(file.relative_to(REPO).as_posix().encode())
            source = file.read_text(encoding="utf-8")
            try:
                digest.update(ast.dump(ast.parse(source)).encode())
            except SyntaxError:
                digest.update(source.encode())
    return digest.hexdigest()[:12]


def export_plain(vault: Vault, target: Path) -> None:
    """Copy the vault's database, unencrypted, to ``target`` (same schema, same pages' content)."""
    target.unlink(missing_ok=True)
    conn = vault.connection()
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
    try:
        conn.execute("SELECT sqlcipher_export('plain')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA plain.user_version = {int(version)}")
    finally:
        conn.execute("DETACH DATABASE plain")


def _counts(vault: Vault) -> dict[str, int]:
    conn = vault.connection()
    tables = ("people", "encounters", "participants", "documents", "foia_requests", "deadlines", "notes")
    counts = {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables}
    counts["document_bytes"] = int(conn.execute("SELECT coalesce(sum(size), 0) FROM documents").fetchone()[0])
    return counts


def _cached(cache_dir: Path, config: Config, seed: int) -> list[Path]:
    found = [p for p in cache_dir.glob(f"{config.name}-{seed}-*") if (p / "dataset.json").is_file()]
    return sorted(found, key=lambda p: (p / "dataset.json").stat().st_mtime, reverse=True)


def ensure(config: Config, cache_dir: Path, seed: int, *, rebuild: bool = False, any_version: bool = False,
           say: Callable[[str], None] = print) -> Dataset:
    """The cached benchmark vault for ``config``, built first if needed.

    ``any_version`` reuses the newest cached vault of this scale and seed even if the generator
    or schema changed since (for iterating on the suite itself; the JSON says so).
    """
    cache_dir.mkdir(parents=True, exist_ok=True)
    key = f"{config.name}-{seed}-{fingerprint(config, seed)}"
    root = cache_dir / key
    if any_version and not rebuild and not (root / "dataset.json").is_file() and _cached(cache_dir, config, seed):
        root = _cached(cache_dir, config, seed)[0]
        say(f"reusing {root.name}, built by other code than this checkout's (--any-cached)")
    manifest = root / "dataset.json"
    if rebuild and root.exists():
        shutil.rmtree(root)
    if manifest.is_file():
        body = json.loads(manifest.read_text(encoding="utf-8"))
        return Dataset(root / "vault", root / "plain.db", DEMO_PASSPHRASE, USER, body["hub_person_id"],
                       body["counts"], body["built_seconds"], built_now=False)
    say(f"Building the {config.name} benchmark vault (seed {seed}) in {root} — cached for later runs")
    build = cache_dir / f".building-{key}"
    shutil.rmtree(build, ignore_errors=True)
    build.mkdir()
    start = clock()
    vault, _recovery = Vault.create(build / "vault", USER, DEMO_PASSPHRASE)
    try:
        total = sum(v for k, v in vars(config.scale).items() if k not in ("participants", "document_bytes",
                                                                           "large_documents"))
        last = [0.0]

        def progress(percent: int, message: str) -> None:
            if clock() - last[0] > 15 or percent >= 99:
                last[0] = clock()
                say(f"  {clock() - start:6.0f} s  {percent:3d}%  {message}")

        chunks = generate(config.scale, build / "files", seed=seed, chunk_size=config.chunk_size)
        bulk_load(vault, chunks, base_dir=build / "files", workers=config.load_workers, source="benchmark",
                  progress=progress, total_records=total)
        counts = _counts(vault)
        say(f"  {clock() - start:6.0f} s  loaded; exporting the unkeyed copy")
        export_plain(vault, build / "plain.db")
    finally:
        vault.close()
    shutil.rmtree(build / "files", ignore_errors=True)
    seconds = round(clock() - start, 1)
    body = {"scale": config.name, "seed": seed, "hub_person_id": HUB_PERSON_ID, "counts": counts,
            "built_seconds": seconds, "casefile": __version__}
    (build / "dataset.json").write_text(json.dumps(body, indent=2) + "\n", encoding="utf-8")
    for old in cache_dir.glob(f"{config.name}-*"):
        if old.is_dir() and old.name != key:
            shutil.rmtree(old, ignore_errors=True)
    with contextlib.suppress(FileNotFoundError):
        shutil.rmtree(root)
    build.rename(root)
    say(f"  built in {seconds:.0f} s")
    return Dataset(root / "vault", root / "plain.db", DEMO_PASSPHRASE, USER, HUB_PERSON_ID, counts, seconds,
                   built_now=True)
