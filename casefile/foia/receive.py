"""Receiving a production: keep the PDF in the vault, give it a Bates range, propose its exemptions.

The PDF becomes an encrypted document linked to the request and its subject (its text is indexed
for search by the document service, as every PDF's is); each page's text is read once here to
propose the page's status and exemptions (``exemptions.propose``). Bates numbers continue from the
request's earlier productions. Everything is one undoable step: if the log cannot be saved, the
document just added is removed again.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from casefile.errors import CasefileError, NotFound
from casefile.foia.exemptions import PageProposal, propose_page
from casefile.foia.production import receipt_order, segments_from

PRODUCTIONS = "foia_productions"
Progress = Callable[[int, str], None]


def page_texts(data: bytes) -> Iterator[str]:
    """Each page's text layer in order ('' for a page without one)."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise CasefileError(
                "This PDF needs a password to open: save an unprotected copy and import that.", key="pdf_password"
            )
        pages = reader.pages
        count = len(pages)
    except CasefileError:
        raise
    except Exception as exc:  # hostile or damaged input: pypdf raises many kinds
        reason = type(exc).__name__
        raise CasefileError(f"The production could not be read as a PDF ({reason}).", key="pdf_bad") from None
    for i in range(count):
        try:
            yield pages[i].extract_text() or ""
        except Exception:
            yield ""  # one unreadable page is proposed as released in full and left to the user


def propose_pdf(data: bytes, progress: Progress | None = None) -> list[PageProposal]:
    out = []
    texts = page_texts(data)
    for n, text in enumerate(texts, 1):
        out.append(propose_page(n, text))
        if progress is not None and n % 25 == 0:
            progress(n, "Reading the production's pages…")
    if not out:
        raise CasefileError("The production has no pages.", key="pdf_empty")
    return out


def next_bates(vault: Any, foia_id: str) -> int:
    """The first Bates number for a new production of ``foia_id``: after every earlier one, those
    removed to the Trash included, so a number once stamped on a page is never given to another."""
    from casefile.queries.records import row_to_record

    after = 0
    rows = vault.connection().execute(
        "SELECT data, created_at, updated_at, updated_by FROM foia_productions WHERE foia_id = ?", (foia_id,)
    )
    for prod in (row_to_record(*row) for row in rows.fetchall()):
        start, count = prod.get("bates_start"), int(prod.get("page_count") or 0)
        if isinstance(start, int):
            after = max(after, start + count - 1)
    return after + 1


def productions_of(vault: Any, foia_id: str) -> list[dict[str, Any]]:
    """The request's live productions in the order they came (``production.receipt_order``)."""
    from casefile.queries.records import row_to_record

    rows = vault.connection().execute(
        "SELECT data, created_at, updated_at, updated_by FROM foia_productions "
        "WHERE foia_id = ? AND deleted_at IS NULL ORDER BY rid",
        (foia_id,),
    )
    return sorted((row_to_record(*row) for row in rows.fetchall()), key=receipt_order)


def receive(
    vault: Any,
    foia_id: str,
    pdf: Path,
    *,
    received_on: date,
    bates_prefix: str | None = None,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Add the production in ``pdf`` to the request's log; returns the saved log record."""
    from casefile.services import documents, records

    request = records.get(vault, "foia_requests", foia_id)
    if request is None:
        raise NotFound(f"No FOIA request with id {foia_id!r} in this vault.", key="foia_not_found")
    pdf = Path(pdf)
    if not pdf.is_file():
        raise CasefileError(f"{pdf} is not a file that can be read.", key="file_missing")
    proposals = propose_pdf(pdf.read_bytes(), progress)
    agency = str(request.get("agency") or "")
    prefix = agency.replace(" ", "-") if bates_prefix is None else bates_prefix.strip()
    subject = request.get("subject_person_id")
    doc = documents.add_document(
        vault,
        pdf,
        {
            "kind": "foia-response",
            "title": f"FOIA production from {agency}, received {received_on.isoformat()}",
            "document_date": received_on.isoformat(),
            "received_from": agency,
            "foia_ids": [foia_id],
            "person_ids": [subject] if subject else [],
        },
    )
    record = {
        "foia_id": foia_id,
        "received_on": received_on.isoformat(),
        "document_id": doc["id"],
        "bates_prefix": prefix,
        "bates_start": next_bates(vault, foia_id),
        "page_count": len(proposals),
        "segments": segments_from(proposals),
        "proposed": True,  # the statuses and exemptions were read from the text: a person confirms them
    }
    try:
        return records.save(vault, PRODUCTIONS, record)
    except BaseException:
        documents.purge_document(vault, doc["id"])
        raise


def mark_pages(
    vault: Any,
    production_id: str,
    *,
    first: int,
    last: int,
    status: str,
    exemptions: tuple[str, ...] = (),
) -> dict[str, Any]:
    """Set pages ``first``..``last`` of a production to ``status`` with ``exemptions``; the log is saved."""
    from casefile.foia.production import marked
    from casefile.services import records

    found = records.get(vault, PRODUCTIONS, production_id)
    if found is None:
        raise NotFound(f"No FOIA production with id {production_id!r} in this vault.", key="foia_production_not_found")
    return records.save(vault, PRODUCTIONS, marked(found, first, last, status, exemptions))


def confirm(vault: Any, production_id: str) -> dict[str, Any]:
    """A person checked the statuses and exemptions read from the text: they are no longer proposals."""
    from casefile.services import records

    found = records.get(vault, PRODUCTIONS, production_id)
    if found is None:
        raise NotFound(f"No FOIA production with id {production_id!r} in this vault.", key="foia_production_not_found")
    return records.save(vault, PRODUCTIONS, {**found, "proposed": False})
