"""Correcting any production of a request's log, not only the latest: totals stay equal to the pages,
Bates numbers are never reused or overlapped, and the history keeps every correction and removal.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from casefile.demo.foia_production import production_pdf
from casefile.errors import ValidationError
from casefile.foia.corrections import edit_production, remove_production
from casefile.foia.history import status_history
from casefile.foia.log import production_log
from casefile.foia.receive import mark_pages, receive
from casefile.services import records


def _pdf(tmp_path: Path, pages: int) -> Path:
    path = tmp_path / f"p{pages}.pdf"
    path.write_bytes(production_pdf(pages))
    return path


def _by_status(vault) -> tuple[int, int, int, int, int]:
    t = production_log(vault, "f-ice-1").totals
    return t.pages, t.by_status["full"], t.by_status["part"], t.by_status["withheld"], t.by_status["referred"]


def test_correct_remove_and_keep_history_of_an_older_production(example_vault, tmp_path: Path) -> None:
    # The demo production marks page n: withheld if n % 10 == 0, referred if n % 25 == 3, in part
    # if even or a multiple of 7, else in full. 10 pages: full 1, 5, 9 (3); part 2, 4, 6, 7, 8 (5);
    # withheld 10 (1); referred 3 (1). 5 pages: full 1, 5 (2); part 2, 4 (2); referred 3 (1).
    older = receive(example_vault, "f-ice-1", _pdf(tmp_path, 10), received_on=date(2026, 10, 20))
    newer = receive(example_vault, "f-ice-1", _pdf(tmp_path, 5), received_on=date(2026, 11, 5))
    assert (older["bates_start"], newer["bates_start"]) == (1, 11)  # ICE-000001–10, ICE-000011–15
    assert _by_status(example_vault) == (15, 5, 7, 1, 2)

    # The older one's page 1 was in fact withheld under (b)(5): 2 full, 5 part, 2 withheld, 1 referred.
    mark_pages(example_vault, older["id"], first=1, last=1, status="withheld", exemptions=("(b)(5)",))
    pages, *by_status = _by_status(example_vault)
    assert (pages, *by_status) == (15, 4, 7, 2, 2) and sum(by_status) == pages
    assert production_log(example_vault, "f-ice-1").totals.by_exemption["(b)(5)"] == 2  # page 1 and page 7

    # Its received date was mistyped; its Bates start cannot move onto the newer one's pages.
    edit_production(example_vault, older["id"], {"received_on": "2026-10-19"})
    with pytest.raises(ValidationError, match="overlap the production received on 2026-11-05") as err:
        edit_production(example_vault, older["id"], {"bates_start": 8})  # 8–17 against 11–15
    assert err.value.field == "bates_start"
    with pytest.raises(ValidationError, match="not something a correction changes"):
        edit_production(example_vault, older["id"], {"page_count": 9})
    assert records.get(example_vault, "foia_productions", older["id"])["bates_start"] == 1

    # The newer one was a duplicate: removed, the totals are the older one's alone again.
    remove_production(example_vault, newer["id"])
    pages, *by_status = _by_status(example_vault)
    assert (pages, *by_status) == (10, 2, 5, 2, 1) and sum(by_status) == pages
    assert records.get(example_vault, "documents", newer["document_id"]) is not None  # the PDF stays
    # Its Bates numbers (11–15) are not given to the next production: a number names one page.
    third = receive(example_vault, "f-ice-1", _pdf(tmp_path, 3), received_on=date(2026, 12, 1))
    assert third["bates_start"] == 16

    whats = [e["what"] for e in status_history(example_vault, "f-ice-1")["events"]]
    assert "production received on 2026-10-20: 10 pages" in whats
    assert (
        "production received on 2026-10-20 corrected: pages 3 released in full, 5 released in part, "
        "1 withheld in full, 1 referred to another agency → 2 released in full, 5 released in part, "
        "2 withheld in full, 1 referred to another agency"
    ) in whats
    assert "production received on 2026-10-19 corrected: received on 2026-10-20 → 2026-10-19" in whats
    assert "production received on 2026-11-05 removed to the Trash (5 pages no longer counted)" in whats
    assert "production received on 2026-12-01: 3 pages" in whats
