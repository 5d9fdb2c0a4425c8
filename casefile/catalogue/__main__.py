"""A translator's view of the catalogue: which languages there are, and what one still lacks.

    python -m casefile.catalogue               # every language and how much of English it words
    python -m casefile.catalogue missing pt    # what pt.toml lacks, as TOML to paste and translate

The "missing" output is English text under the keys a language's file lacks (the issues-to-review
rules included, whose English is written beside each rule); for a language with no file yet it is
the whole file to start from (``... missing pt > casefile/catalogue/pt.toml``): set its name,
translate the right-hand sides, keep the ``{placeholders}``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys

from casefile import catalogue


def source_texts() -> dict[tuple[str, ...], str]:
    """Every English string a language may translate: the English catalogue and each rule's words."""
    from casefile.reports.issues import CASE_RULES, ENCOUNTER_RULES

    texts = catalogue.all_texts(catalogue.SOURCE)
    for rule in ENCOUNTER_RULES + CASE_RULES:
        texts[("issues", rule.code, "prompt")] = rule.prompt
        texts[("issues", rule.code, "authority")] = rule.authority
    return texts


def missing(lang: str) -> dict[tuple[str, ...], str]:
    if lang == catalogue.SOURCE:
        return {}
    have = catalogue.all_texts(lang) if lang in catalogue.languages() else {}
    return {where: text for where, text in source_texts().items() if where not in have}


def _key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key, ensure_ascii=False)


def as_toml(texts: dict[tuple[str, ...], str]) -> str:
    """``texts`` grouped into TOML tables, in the order given."""
    lines: list[str] = []
    table: tuple[str, ...] | None = None
    for *where, key in texts:
        if tuple(where) != table:
            table = tuple(where)
            lines += ["", f"[{'.'.join(_key(part) for part in table)}]"]
        lines.append(f"{_key(key)} = {json.dumps(texts[(*where, key)], ensure_ascii=False)}")
    return "\n".join(lines).lstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m casefile.catalogue", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command")
    lacks = sub.add_parser("missing", help="what a language's file lacks, as TOML in English")
    lacks.add_argument("lang")
    args = parser.parse_args(argv)
    try:
        if args.command == "missing":
            if args.lang not in catalogue.languages():
                print("[language]", f"name = {json.dumps(args.lang)}  # as its speakers write it", sep="\n")
                print(f"locale = {json.dumps(args.lang)}  # e.g. pt_BR: dates, numbers, Qt's own dialogs\n")
            sys.stdout.write(as_toml(missing(args.lang)))
            return 0
        total = len(source_texts())
        for code, name in catalogue.language_names():
            done = total - len(missing(code))
            print(f"{code}\t{name}\t{done} of {total} strings\t{catalogue.language(code).path}")
    except catalogue.CatalogueError as exc:
        print(f"casefile: {exc.message}", file=sys.stderr)
        return exc.exit_code
    return 0


if __name__ == "__main__":
    sys.exit(main())
