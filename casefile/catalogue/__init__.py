"""The one catalogue of Casefile's words, and the one list of the languages it speaks.

Every label of a machine value (``vehicle-stop`` → "Vehicle stop" / "Parada de tráfico"), every
heading and sentence of the reports, and the "issues to review" wording live here, once per
language; the PDFs, the CLI and the app all read them (the app's ``ui/labels.py`` too). Qt's
``.ts`` files keep only the widgets' own strings.

One file per language, ``<code>.toml`` in this folder: ``en.toml`` is the source, ``es.toml``
its Spanish. Why TOML files rather than gettext ``.po`` or a Python table per language:

- adding a language is one file (plus its test) that a translator edits as plain text, copying
  ``en.toml`` and translating the right-hand sides; no compile step (``.po`` needs ``.mo`` files
  or a parser the project does not otherwise depend on) and ``tomllib`` is in the standard library;
- a catalogue is data, never code, so a folder of catalogues can be pointed at
  (``CASEFILE_CATALOGUE_PATH``) without running anything from it;
- keys are stable names (``setting`` / ``vehicle-stop``, ``section.issues``), so one English word
  with two Spanish agreements ("Desconocida" for la orden, "Desconocido" for el tipo de lugar) is
  two keys, not a source string with a disambiguation.

A language is offered everywhere (settings, first-run wizard, ``--lang``, report language) as soon
as its file exists, in this folder or in a folder named by ``CASEFILE_CATALOGUE_PATH`` (folders
separated by ``os.pathsep``; a file there wins over a built-in one of the same code, so a
translator can try a change without touching the install). Whatever a language's file lacks reads
in English.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from casefile.errors import CasefileError

SOURCE = "en"  # the language every key is written in first; the fallback for every other
ENV_PATH = "CASEFILE_CATALOGUE_PATH"
BUILT_IN = Path(__file__).resolve().parent


class CatalogueError(CasefileError):
    """A catalogue file that cannot be read: its path and what is wrong, for the translator."""

    key = "catalogue"


@dataclass(frozen=True)
class Language:
    """One language the catalogue speaks: its code, its own name and its locale."""

    code: str
    name: str  # as its speakers write it ("Español"), so anyone can find their own
    locale: str  # "es_US": dates and numbers, and which of Qt's own translations to load
    path: Path
    data: Mapping[str, Any] = field(repr=False, compare=False, default_factory=dict)


# CASEFILE_CATALOGUE_PATH as read at start-up or by the last reload(): read once, not per label.
_extra = os.environ.get(ENV_PATH, "")


def folders() -> tuple[Path, ...]:
    """Where catalogue files are looked for: the built-in folder, then ``CASEFILE_CATALOGUE_PATH``."""
    return _folders(_extra)


def _folders(extra: str) -> tuple[Path, ...]:
    return (BUILT_IN, *(Path(p) for p in extra.split(os.pathsep) if p.strip()))


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            data = tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CatalogueError(f"The language catalogue {path} cannot be read: {exc}") from exc
    meta = data.get("language")
    if not isinstance(meta, dict) or not str(meta.get("name") or "").strip():
        raise CatalogueError(f"The language catalogue {path} needs a [language] table with the language's name")
    return data


@lru_cache(maxsize=8)
def _load(extra: str) -> dict[str, Language]:
    found: dict[str, Language] = {}
    for folder in _folders(extra):
        for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
            data = _read(path)
            meta = data["language"]
            code = path.stem
            found[code] = Language(code, str(meta["name"]), str(meta.get("locale") or code), path, data)
    if SOURCE not in found:
        raise CatalogueError(f"The English catalogue ({SOURCE}.toml) is missing from {BUILT_IN}")
    return found


def _all() -> dict[str, Language]:
    return _load(_extra)


def reload() -> None:
    """Read ``CASEFILE_CATALOGUE_PATH`` and the catalogue files again (after either changed while
    the program runs: a test that adds a language, a translator trying a change)."""
    global _extra
    _extra = os.environ.get(ENV_PATH, "")
    _load.cache_clear()
    _codes.cache_clear()
    _flat.cache_clear()


def languages() -> tuple[str, ...]:
    """The codes of every language with a catalogue: English first, then by code. Every
    catalogue is read, so a broken one is an error naming its file (the command line's --lang)."""
    codes = sorted(_all())
    codes.remove(SOURCE)
    return (SOURCE, *codes)


def language_codes() -> tuple[str, ...]:
    """What :func:`languages` gives, from the files' names alone: the app asks before its first
    window shows, and parsing every catalogue (tomllib, pure Python) cost 20 ms of a 0.2 s start.
    A file that cannot be read says so as soon as its words are wanted."""
    return _codes(_extra)


def locale_of(code: str) -> str:
    """The locale of language ``code`` (``es_US``), read from its file's ``[language]`` table
    alone when that table comes first, as in every catalogue here: the app sets it before its
    first window shows. Otherwise, or for an unknown code, as :func:`language` gives it."""
    paths = [f / f"{code}.toml" for f in _folders(_extra) if (f / f"{code}.toml").is_file()]
    if paths:
        head: list[str] = []
        try:
            with paths[-1].open(encoding="utf-8") as f:
                for line in f:
                    if line.startswith("[") and head and any(h.startswith("[") for h in head):
                        break
                    head.append(line)
            meta = tomllib.loads("".join(head)).get("language")
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            meta = None
        if isinstance(meta, dict) and str(meta.get("name") or "").strip():
            return str(meta.get("locale") or code)
    return language(code).locale


@lru_cache(maxsize=8)
def _codes(extra: str) -> tuple[str, ...]:
    codes = {path.stem for folder in _folders(extra) if folder.is_dir() for path in folder.glob("*.toml")}
    if SOURCE not in codes:
        raise CatalogueError(f"The English catalogue ({SOURCE}.toml) is missing from {BUILT_IN}")
    codes.discard(SOURCE)
    return (SOURCE, *sorted(codes))


def language(code: str) -> Language:
    """The language ``code``; an unknown code is an error the user can act on."""
    found = _all().get(code)
    if found is None:
        raise CatalogueError(
            f"No catalogue for the language {code!r}; the languages are: {', '.join(languages())}",
            key="unknown_language",
        )
    return found


def language_names() -> list[tuple[str, str]]:
    """``[(code, name as its speakers write it)]`` for language pickers, in :func:`languages` order."""
    return [(code, _all()[code].name) for code in languages()]


def _section(lang: str, path: Iterable[str]) -> Mapping[str, Any]:
    entry = _all().get(lang)
    node: Any = entry.data if entry else {}
    for part in path:
        node = node.get(part) if isinstance(node, dict) else None
    return node if isinstance(node, dict) else {}


@lru_cache(maxsize=32)
def _flat(extra: str, lang: str) -> dict[tuple[str, ...], str]:
    """Every string of English, overlaid by ``lang``'s own, by path: a label is looked up per cell
    of a list as it paints, so a lookup is one dict hit."""
    found = _load(extra)
    merged = _walk(found[SOURCE].data)
    if lang in found and lang != SOURCE:
        merged.update(_walk(found[lang].data))
    return merged


def _walk(node: Mapping[str, Any], where: tuple[str, ...] = ()) -> dict[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    for key, value in node.items():
        if isinstance(value, dict):
            out.update(_walk(value, (*where, key)))
        elif isinstance(value, str) and where and where[0] != "language":
            out[(*where, key)] = value
    return out


def lookup(lang: str, *path: str) -> str | None:
    """The string at ``path`` (``"values", "setting", "home"``) in ``lang``, else English, else None."""
    return _flat(_extra, lang).get(path)


def table(lang: str, *path: str) -> dict[str, str]:
    """A whole table (``"values", "setting"``) in ``lang``, English filling what it lacks, in English order."""
    own = _section(lang, path)
    return {k: str(own.get(k, v)) for k, v in _section(SOURCE, path).items()} | {
        k: str(v) for k, v in own.items() if isinstance(v, str)
    }


def text(lang: str, key: str, **params: Any) -> str:
    """The label or sentence ``key`` in ``lang`` with ``{placeholders}`` filled from ``params``.

    A key English lacks raises ``KeyError``: it is a bug in the caller, not something to print.
    """
    found = lookup(lang, "labels", key)
    if found is None:
        raise KeyError(key)
    return found.format(**params) if params else found


def value(lang: str, field_name: str, machine_value: object) -> str | None:
    """The label of a machine value of ``field_name`` (booleans as ``true``/``false``), or None."""
    if isinstance(machine_value, bool):
        machine_value = "true" if machine_value else "false"
    return lookup(lang, "values", field_name, str(machine_value))


def issue(lang: str, code: str, part: str) -> str | None:
    """An "issues to review" rule's ``prompt`` or ``authority`` in ``lang``, None where it has none
    (the rule's own English then stands: it is written beside the rule with its citation)."""
    found = _section(lang, ("issues", code)).get(part)
    return found if isinstance(found, str) else None


def all_texts(lang: str) -> dict[tuple[str, ...], str]:
    """Every string a language's own file gives, by its path (for checks and translators' tools)."""
    return _walk(language(lang).data)
