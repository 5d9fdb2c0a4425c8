"""Redacted exports and reports from the vault: one rule set decides what leaves the legal team.

The rules live in ``casefile.reports.redact``; this module joins them to the vault. It supplies
every name and alias the vault holds (a summary's bundle holds only the people of one case, yet a
narrative may name any of them), makes record ids opaque in a redacted export (``p-rosa-quispe``
names the client), and gives the CLI and the app the list of what was removed and what a person
should still review.
"""

from __future__ import annotations

import json
from typing import Any

from casefile.queries.kinds import KINDS
from casefile.reports.redact import Review, listed_words, opaque_id_map, redact_bundle, swap_ids


def known_names(conn: Any) -> list[str]:
    """Every name and alias in the vault, the trash included (a name is no less a name there)."""
    names: list[str] = []
    for (data,) in conn.execute(f"SELECT data FROM {KINDS['people'].table}"):
        try:
            record = json.loads(data)
        except (TypeError, ValueError):
            continue
        names.append(str(record.get("full_name") or ""))
        names.extend(a for a in record.get("aliases") or [] if isinstance(a, str))
    return names


def redact_document(doc: dict[str, Any], review: Review | None = None, *, listed_too: bool = False) -> dict[str, Any]:
    """Initials for names, A-numbers masked to the last three digits, no addresses/phones/births,
    no details of anyone else, and opaque record ids that still resolve within the file.

    ``listed_too`` also writes as initials the capitalised words that would be listed for review.
    """
    # Ids first: "p-rosa-quispe" in a note must become "person-1", not "p-R. Q.".
    source = opaque_ids(doc)
    if listed_too:
        source["known_names"] = [*(source.get("known_names") or []), *listed_words(source)]
    out = redact_bundle(source, review=review)
    out["redacted"] = True
    return out


def opaque_ids(doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` with every record id replaced by ``person-1``, ``encounter-1``… everywhere it occurs.

    Ids are numbered in the file's order, so they say nothing about the person, and the same id
    gets the same replacement in every reference (participants, witnesses, ``document:`` sources,
    ``*_id`` fields) and in free text, so the file still holds together.
    """
    mapping = opaque_id_map(doc)
    if not mapping:
        return doc

    def swap(text: str) -> str:
        if text in mapping:
            return mapping[text]
        kind, sep, ref = text.partition(":")
        if sep and ref in mapping:
            return f"{kind}:{mapping[ref]}"
        return swap_ids(text, mapping)

    def walk(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v) for v in value]
        return swap(value) if isinstance(value, str) else value

    return walk(doc)  # type: ignore[no-any-return]


def review_lines(review: Review, *, limit: int = 40) -> list[str]:
    """The words left for review, one line each with where they stand: for stderr."""
    if not review.to_review:
        return []
    lines = [
        "Check before sharing: these capitalised words may name people who are not in the vault and were NOT redacted:"
    ]
    for phrase, places in sorted(review.to_review.items(), key=lambda kv: kv[0].casefold())[:limit]:
        shown = ", ".join(places[:3]) + (f" and {len(places) - 3} more" if len(places) > 3 else "")
        lines.append(f"  {phrase}  ({shown})")
    if len(review.to_review) > limit:
        lines.append(f"  … and {len(review.to_review) - limit} more")
    return lines
