"""What the suite ran on: cores, memory, Python, SQLCipher and the libraries that set the pace."""

from __future__ import annotations

import os
import platform
import sqlite3
from importlib import metadata
from typing import Any

import sqlcipher3


def _memory_bytes() -> int | None:
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemTotal:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return None


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def describe() -> dict[str, Any]:
    conn = sqlcipher3.connect(":memory:")
    try:
        cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
        engine = conn.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        conn.close()
    memory = _memory_bytes()
    return {
        "cores": os.cpu_count(),
        "cpu": _cpu_model(),
        "memory_gib": round(memory / 2**30, 1) if memory else None,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "sqlcipher": cipher,
        "sqlcipher_sqlite": engine,
        "stdlib_sqlite": sqlite3.sqlite_version,
        "sqlcipher3": _version("sqlcipher3"),
        "pyside6": _version("PySide6-Essentials"),
        "cryptography": _version("cryptography"),
        "reportlab": _version("reportlab"),
        "load_average_at_start": load_average(),
    }


def load_average() -> list[float] | None:
    """1, 5 and 15-minute load averages: how busy the shared machine was (2 cores = 2.0 is full)."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def one_line(machine: dict[str, Any]) -> str:
    return (f"{machine['cores']} cores ({machine['cpu']}), {machine['memory_gib']} GiB, "
            f"Python {machine['python']}, SQLCipher {machine['sqlcipher']} "
            f"(SQLite {machine['sqlcipher_sqlite']}), stdlib SQLite {machine['stdlib_sqlite']}, "
            f"PySide6 {machine['pyside6']}, {machine['os']}")
