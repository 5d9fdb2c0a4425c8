"""Fill untranslated messages in the .ts files from another copy of them (a branch being merged).

When two branches both add UI strings, their ``.ts`` files conflict. Resolve by taking either
side, running ``scripts/update_translations.py`` (which extracts every string now in ``ui/``),
then this script with the other side's files, which copies each translation that the current
file lacks, by (context, source, comment)::

    git show OTHER:resources/translations/casefile_es.ts > /tmp/other_es.ts
    .venv/bin/python scripts/fill_translations.py /tmp/other_es.ts
    .venv/bin/python scripts/update_translations.py        # recompile the .qm files
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "translations"


def _key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return context, message.findtext("source") or "", message.findtext("comment") or ""


def translations(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314 - our own files
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if "".join(tr.itertext()).strip():
                found[_key(name, message)] = tr
    return found


def fill(target: Path, source: Path) -> int:
    known = translations(source)
    tree = ET.parse(target)  # noqa: S314
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is None or (tr.get("type") != "unfinished" and "".join(tr.itertext()).strip()):
                continue
            other = known.get(_key(name, message))
            if other is None:
                continue
            message.remove(tr)
            message.append(other)
            filled += 1
    if not filled:
        return 0
    ET.indent(tree, space="    ")
    text = ET.tostring(tree.getroot(), encoding="unicode")
    target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8")
    return filled


def main() -> int:
    for other in sys.argv[1:]:
        language = Path(other).stem.split("_")[-1]
        target = OUT / f"casefile_{language}.ts"
        print(f"{target.name}: {fill(target, Path(other))} translations filled from {other}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
