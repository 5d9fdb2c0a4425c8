"""Build a FOIA letter and write it where the user asked, as DOCX or PDF, private and audited."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from casefile.foia.doc import Letter
from casefile.foia.facts import LetterFacts
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
