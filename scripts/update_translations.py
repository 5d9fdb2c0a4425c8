"""Regenerate the translation sources and the compiled catalogues.

    .venv/bin/python scripts/update_translations.py          # update .ts from ui/, compile .qm
    .venv/bin/python scripts/update_translations.py --check  # exit 1 if anything is stale
    .venv/bin/python scripts/update_translations.py --new pt # start the widgets' .ts for pt

``pyside6-lupdate`` reads every ``tr()`` / ``translate()`` / ``QT_TRANSLATE_NOOP`` in ``ui/`` and
updates ``resources/translations/casefile_{en,es}.ts``, keeping the translations already there
(translators edit the ``.ts`` files, with Qt Linguist or by hand). ``pyside6-lrelease`` then
compiles ``casefile_{en,es}.qm``, which are committed so the app and the bundle need no Qt tools.
Locations are left out of the ``.ts`` files so a moved line does not churn them.

These files hold the widgets' own strings only; domain labels and report words are in the core
catalogue (``casefile/catalogue/<lang>.toml``), which is also where the languages are listed. A
catalogue language without a ``.ts`` here shows its widgets in English until ``--new`` starts one.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from casefile import catalogue  # noqa: E402 - after the path, so a checkout runs without installing

UI = ROOT / "ui"
OUT = ROOT / "resources" / "translations"


def languages() -> list[str]:
    """English (its .ts adds plural forms) and every catalogue language with a .ts of its own."""
    return [code for code in catalogue.languages() if code == "en" or (OUT / f"casefile_{code}.ts").exists()]


def tool(name: str) -> str:
    """A Qt tool from the same environment as this Python (the venv's bin folder)."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6 in this environment")
    return found


def sources() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(ts_files: list[Path]) -> None:
    args = [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none"]
    args += [str(p) for p in sources()]
    for ts in ts_files:
        language = ts.stem.split("_")[-1]
        cmd = [
            *args,
            "-source-language",
            "en_US",
            "-target-language",
            catalogue.language(language).locale,
            "-ts",
            str(ts),
        ]
        subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True)  # noqa: S603


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(  # noqa: S603 - Qt tools from this environment
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True
    )


def _parse(ts: Path) -> ET.ElementTree:
    return ET.parse(ts)  # noqa: S314 - our own .ts files, not outside input


def messages(ts: Path) -> set[tuple[str, str, str, bool]]:
    """(context, source, disambiguation, plural) of every live message in a .ts file."""
    out = set()
    for context in _parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("obsolete", "vanished"):
                continue
            out.add(
                (
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    message.get("numerus") == "yes",
                )
            )
    return out


def untranslated(ts: Path) -> list[str]:
    missing = []
    for message in _parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("obsolete", "vanished"):
            continue
        text = "".join(translation.itertext()).strip()
        if not text or translation.get("type") == "unfinished":
            missing.append(message.findtext("source") or "")
    return missing


def stale() -> list[str]:
    """What is out of date: .ts files that lupdate would change, .qm files that differ."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = []
        for language in languages():
            ts = OUT / f"casefile_{language}.ts"
            if not ts.exists():
                problems.append(f"{ts.name} is missing")
                continue
            copy = Path(tmp) / ts.name
            shutil.copy(ts, copy)
            fresh.append((ts, copy))
        lupdate([copy for _, copy in fresh])
        for ts, copy in fresh:
            before, after = messages(ts), messages(copy)
            for context, source, _c, _n in sorted(after - before)[:10]:
                problems.append(f"{ts.name}: not yet extracted: [{context}] {source!r}")
            for context, source, _c, _n in sorted(before - after)[:10]:
                problems.append(f"{ts.name}: no longer in the code: [{context}] {source!r}")
            qm = ts.with_suffix(".qm")
            compiled = Path(tmp) / qm.name
            lrelease(ts, compiled)
            if not qm.exists() or qm.read_bytes() != compiled.read_bytes():
                problems.append(f"{qm.name} is not compiled from the current {ts.name}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only report what is stale")
    parser.add_argument("--new", metavar="CODE", choices=catalogue.languages(), help="start a catalogue language's .ts")
    args = parser.parse_args()
    if args.check:
        problems = stale()
        for line in problems:
            print(line)
        return 1 if problems else 0
    OUT.mkdir(parents=True, exist_ok=True)
    codes = [*languages(), *([args.new] if args.new and args.new not in languages() else [])]
    ts_files = [OUT / f"casefile_{language}.ts" for language in codes]
    lupdate(ts_files)
    for ts in ts_files:
        lrelease(ts, ts.with_suffix(".qm"))
    es = OUT / "casefile_es.ts"
    missing = untranslated(es)
    print(
        f"updated {', '.join(p.name for p in ts_files)} from {len(sources())} files; "
        f"{len(messages(es))} messages, {len(missing)} without a Spanish translation"
    )
    for source in missing[:20]:
        print(f"  untranslated: {source!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
