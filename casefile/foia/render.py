"""Build a FOIA letter and write it where the user asked, as DOCX or PDF, private and audited."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from casefile.foia.doc import Letter
from casefile.foia.facts import LetterFacts, LetterOptions, Requester
from casefile.vault.fsutil import atomic_write


def letter_bytes(letter: Letter, suffix: str, paper: str = "letter") -> bytes:
    if suffix == ".docx":
        from casefile.foia.docx_out import render_docx

        return render_docx(letter)
    from casefile.foia.pdf_out import render_pdf

    return render_pdf(letter, paper)


def build(facts: LetterFacts, kind: str, **extra: Any) -> Letter:
    """The letter of ``kind`` (``request``, or an appeal's ground) for ``facts``."""
    if kind == "request":
        from casefile.foia.letter import request_letter

        return request_letter(facts)
    from casefile.foia.appeal import appeal_letter

    return appeal_letter(facts, kind, **extra)


def write_letter(vault: Any, facts: LetterFacts, out: Path, *, kind: str, paper: str = "letter", **extra: Any) -> int:
    """Write the letter to ``out`` (0600, atomic); returns its page count for a PDF, 0 for DOCX."""
    from casefile.services.reporting import page_count

    suffix = Path(out).suffix.lower()
    data = letter_bytes(build(facts, kind, **extra), suffix, paper)
    atomic_write(Path(out), data)
    # What was written and about which request; never the letter's words or the file's name.
    vault.audit("foia_letter", "foia", str(facts.request["id"]), detail=f"{kind} {suffix[1:]}")
    return page_count(data) if suffix == ".pdf" else 0


def write_chronology(vault: Any, foia_ids: list[str], out: Path, *, day: Any = None) -> None:
    """The fact chronology of these requests as DOCX or PDF at ``out``."""
    from casefile.clock import today
    from casefile.errors import NotFound
    from casefile.foia.chronology import chronology
    from casefile.services import records
    from casefile.services.dashboard import full_names

    requests = []
    for foia_id in foia_ids:
        found = records.get(vault, "foia_requests", foia_id)
        if found is None:
            raise NotFound(f"No FOIA request with id {foia_id!r} in this vault.", key="foia_not_found")
        requests.append(found)
    subjects = {str(r["subject_person_id"]) for r in requests if r.get("subject_person_id")}
    names = full_names(vault.connection(), subjects)
    letter = chronology(requests, names, day or today())
    atomic_write(Path(out), letter_bytes(letter, Path(out).suffix.lower()))
    for foia_id in foia_ids:
        vault.audit("foia_chronology", "foia", foia_id, detail=Path(out).suffix.lower()[1:])


def make_letter(
    vault: Any,
    foia_id: str,
    out: Path,
    *,
    kind: str = "request",
    requester: Requester | None = None,
    options: LetterOptions | None = None,
    reason: str = "",
    paper: str = "letter",
    day: Any = None,
) -> int:
    """Gather, build and write one letter, for the CLI and the app alike; returns its PDF page count.

    ``requester`` fills in over the one kept in the vault, and what it adds is kept for next time.
    ``kind`` is ``request`` or an appeal's ground (``adverse``, ``search``, ``fees``, ``expedite``).
    """
    from casefile.foia import facts as F

    stored = F.load_requester(vault)
    who = F.merged_requester(stored, requester or Requester())
    facts = F.gather(vault, foia_id, requester=who, options=options, day=day)
    extra = {} if kind == "request" else {"reason": reason}
    pages = write_letter(vault, facts, out, kind=kind, paper=paper, **extra)
    if who != stored:
        F.save_requester(vault, who)
    return pages
