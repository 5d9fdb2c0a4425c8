"""Which person a command means: an interchange id, an A-number in any common form, or a name.

``casefile report summary --person`` took only internal ids, which a clinic's staff do not know
(issue 13, finding 11; shared/spec/cli.md: "an interchange id, an A-number in any common form, or
a unique name"). Names match exactly, ignoring case, accents and extra spaces; two people who
match are never guessed between: the error lists them with their ids.
"""

from __future__ import annotations

from typing import Any

from casefile.domain.validate import format_a_number, normalize_a_number
from casefile.errors import CasefileError, NotFound, ValidationError
from casefile.queries.kinds import fold

_SHOWN = 10  # candidates listed when a name or A-number is ambiguous


def resolve_person(conn: Any, given: str) -> str:
    """The id of the one person (not in the trash) that ``given`` names."""
    text = " ".join(str(given).split())
    if not text:
        raise CasefileError("Say which person: an id, an A-number or the full name.")
    row = conn.execute("SELECT id FROM people WHERE id = ? AND deleted_at IS NULL", (text,)).fetchone()
    if row:
        return str(row[0])
    a_number = _as_a_number(text)
    if a_number:
        rows = _people(conn, "a_number = ?", a_number)
        what = f"A-number {format_a_number(a_number)}"
    else:
        rows = _people(conn, "sort_name = ?", fold(text))
        what = f"the name '{text}'"
    if len(rows) == 1:
        return str(rows[0][0])
    if not rows:
        raise NotFound(
            f"No person in this vault has the id, A-number or full name '{text}'. "
            "Check the spelling, or find them with: casefile search --vault PATH NAME"
        )
    listed = "\n  ".join(f"{pid}  {name}{f' ({format_a_number(a)})' if a else ''}" for pid, name, a in rows[:_SHOWN])
    more = f"\n  … and {len(rows) - _SHOWN} more" if len(rows) > _SHOWN else ""
    raise CasefileError(
        f"{len(rows)} people match {what}; say which one by its id:\n  {listed}{more}", key="ambiguous_person"
    )


def _as_a_number(text: str) -> str:
    """The normalized A-number if ``text`` reads as one (letters other than a leading A: a name)."""
    try:
        return normalize_a_number(text)
    except ValidationError:
        return ""


def _people(conn: Any, where: str, value: str) -> list[tuple[str, str, str | None]]:
    return conn.execute(
        f"SELECT id, full_name, a_number FROM people WHERE deleted_at IS NULL AND {where} ORDER BY sort_name, id",
        (value,),
    ).fetchall()
