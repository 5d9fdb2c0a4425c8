"""The Deadlines section pages its open deadlines, the longest overdue first.

A vault with more open deadlines than a page (stored ones before and after today, done ones,
FOIA requests whose response is computed): the section shows the first page at once, counts
every open one and the overdue ones on a worker, loads further pages as the list scrolls, keeps
its rows when a record is saved, and falls back to the whole list for a text filter and for the
done ones. Every list is compared with the full computation (``rules.upcoming`` over
``all_deadlines``).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from test_records_support import PASSPHRASE, USER, ctx, open_context, rec_vault, vault_template, wait_workers  # noqa: F401

from casefile.clock import today
from casefile.domain import deadlines as rules
from casefile.services import deadlines as deadline_service
from casefile.services import records
from casefile.services.interchange import import_document
from ui.models.deadlines import PAGE_SIZE
from ui.sections import deadlines

STORED = 430


def _vault_records() -> dict[str, list[dict[str, Any]]]:
    day = today()
    people = [{"id": f"p-{i}", "full_name": f"Client {i:03d}", "a_number": f"2081145{i:02d}"} for i in range(5)]
    stored = []
    for n in range(STORED):
        due = day + timedelta(days=n - 300)  # 300 overdue, today, then upcoming
        stored.append({"id": f"dl-{n:04d}", "kind": "filing", "due": due.isoformat(), "title": f"Filing {n:04d}",
                       "person_id": f"p-{n % 5}"})
        if n % 3 == 0:  # a timed one on the same day: after the all-day ones of that day
            stored.append({"id": f"dl-t{n:04d}", "kind": "master-hearing", "due": f"{due.isoformat()}T09:00:00-06:00",
                           "title": f"Hearing {n:04d}"})
    stored += [{"id": f"dl-done-{n}", "kind": "filing", "due": (day - timedelta(days=n)).isoformat(),
                "title": f"Done {n}", "done": True} for n in range(12)]
    # Half without a tracking number: the list then says when the agency received them.
    foia = [{"id": f"f-{n}", "agency": "ICE", "subject_person_id": "p-1", "status": "submitted",
             "received_on": (day - timedelta(days=10 * n)).isoformat(),
             **({"tracking_number": f"2026-{n:04d}"} if n % 2 == 0 else {})}
            for n in range(20)]
    return {"people": people, "deadlines": stored, "foia_requests": foia}


@pytest.fixture
def deadline_ctx(ctx):  # noqa: F811
    import_document(ctx.vault, {"format": "casefile-interchange", "version": 1, **_vault_records()}, base_dir=None)
    return ctx


def _everything(ctx) -> list[dict[str, Any]]:  # noqa: F811
    return rules.upcoming(deadline_service.all_deadlines(ctx.vault.connection()), today(), None)


def _ids(model) -> list[str]:
    return [model.row_dict(r)["id"] for r in range(model.rowCount())]


def _open_section(qtbot, ctx):  # noqa: F811
    section = deadlines.make(ctx, None)
    qtbot.addWidget(section)
    section.resize(1200, 700)
    section.show()
    qtbot.waitUntil(lambda: section.model.rowCount() > 0 and not section.model.loading, timeout=10000)
    return section


def test_first_page_at_once_then_the_rest_as_the_list_scrolls(qtbot, deadline_ctx):
    everything = _everything(deadline_ctx)
    overdue = sum(1 for d in everything if d["overdue"])
    assert len(everything) > 2 * PAGE_SIZE and 0 < overdue < len(everything)
    assert {d["kind"] for d in everything} >= {"filing", "master-hearing", "foia-response"}

    section = _open_section(qtbot, deadline_ctx)
    model = section.model
    assert model.paged and not model.exhausted
    assert _ids(model) == [d["id"] for d in everything[:PAGE_SIZE]]
    first = model.row_dict(0)
    assert first["overdue"] and first["person_name"] == "Client 000 (A-208-114-500)"
    assert "OVERDUE" in model.index(0, 1).data()
    qtbot.waitUntil(lambda: "overdue" in section.count_label.text(), timeout=10000)
    assert section.count_label.text() == f"{len(everything):,} deadlines, {overdue} overdue"

    # Scrolling to the end asks for the next pages, one at a time, until nothing is left.
    for _ in range(10):
        if model.exhausted:
            break
        rows = model.rowCount()
        section.view.scrollToBottom()
        qtbot.waitUntil(lambda rows=rows: model.rowCount() > rows or model.exhausted, timeout=10000)
    assert model.exhausted and not model.canFetchMore()
    assert [model.row_dict(r) for r in range(model.rowCount())] == [
        {**d, "person_name": model.row_dict(i)["person_name"]} for i, d in enumerate(everything)]
    assert section.count_label.text() == f"{len(everything):,} deadlines"


def test_a_saved_deadline_reloads_the_pages_and_keeps_the_place(qtbot, deadline_ctx):
    section = _open_section(qtbot, deadline_ctx)
    model = section.model
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE, timeout=10000)

    saved = records.save(deadline_ctx.vault, "deadlines", {"kind": "filing", "title": "Just added",
                                                          "due": (today() - timedelta(days=1000)).isoformat()})
    deadline_ctx.record_saved.emit("deadlines", saved["id"])
    qtbot.waitUntil(lambda: not model.loading and model.row_dict(0)["id"] == saved["id"], timeout=10000)
    everything = _everything(deadline_ctx)
    assert model.rowCount() >= 2 * PAGE_SIZE
    assert _ids(model) == [d["id"] for d in everything[: model.rowCount()]]
    wait_workers(qtbot, deadline_ctx)
    overdue = sum(1 for d in everything if d["overdue"])
    assert section.count_label.text() == f"{len(everything):,} deadlines, {overdue} overdue"


def test_text_filter_and_done_view_use_the_whole_list(qtbot, deadline_ctx):
    section = _open_section(qtbot, deadline_ctx)
    model = section.model
    def matching(*words: str) -> list[str]:
        # Every word somewhere in the title or the kind (no client's name holds these words).
        return [d["id"] for d in _everything(deadline_ctx)
                if all(w in f"{d.get('title') or ''} {d['kind']}".casefold() for w in words)]

    model.set_text("Hearing 03")
    qtbot.waitUntil(lambda: not model.loading and not model.paged and model.exhausted, timeout=10000)
    wanted = matching("hearing", "03")
    assert len(wanted) == 39 and _ids(model) == wanted
    assert section.count_label.text() == "39 deadlines"
    model.set_text("hearing 033")  # narrowed in memory, without loading again
    assert not model.loading and _ids(model) == matching("hearing", "033") and model.rowCount() == 5

    model.set_text("")
    qtbot.waitUntil(lambda: not model.loading and model.paged and model.rowCount() == PAGE_SIZE, timeout=10000)

    section.combos["view"].setValue("done")
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 12, timeout=10000)
    assert _ids(model) == [f"dl-done-{n}" for n in range(12)]  # the latest first
    assert section.count_label.text() == "12 deadlines"


def test_locking_empties_the_list_and_its_count(qtbot, deadline_ctx):
    from test_records_support import lock

    section = _open_section(qtbot, deadline_ctx)
    qtbot.waitUntil(lambda: "overdue" in section.count_label.text(), timeout=10000)
    lock(deadline_ctx)
    assert section.model.rowCount() == 0 and not section.model.canFetchMore()
    assert section.count_label.text() == ""


def test_a_hidden_list_is_counted_when_shown_again(qtbot, deadline_ctx):
    section = _open_section(qtbot, deadline_ctx)
    qtbot.waitUntil(lambda: "overdue" in section.count_label.text(), timeout=10000)
    before = len(_everything(deadline_ctx))
    section.hide()
    saved = records.save(deadline_ctx.vault, "deadlines", {"kind": "filing", "title": "Added while away",
                                                          "due": (today() + timedelta(days=3)).isoformat()})
    deadline_ctx.record_saved.emit("deadlines", saved["id"])
    qtbot.waitUntil(lambda: not section.model.loading, timeout=10000)
    wait_workers(qtbot, deadline_ctx)
    assert section.count_label.text() == ""  # not counted while nobody sees it
    section.show()
    qtbot.waitUntil(lambda: section.count_label.text().startswith(f"{before + 1:,} deadlines"), timeout=10000)


@pytest.mark.parametrize(("language", "received", "word"), [("en", "ICE, received %1", "received"),
                                                             ("es", "ICE, recibida el %1", "recibida")])
def test_computed_deadlines_read_in_the_apps_language(qtbot, deadline_ctx, language, received, word):
    from ui import i18n
    from ui.models.fmt import fmt_date

    i18n.set_language(language)
    try:
        section = _open_section(qtbot, deadline_ctx)
        model = section.model
        rows = [model.row_dict(r) for r in range(model.rowCount())]
        foia = [(r, row) for r, row in enumerate(rows) if row["kind"] == "foia-response"]
        assert foia
        for r, row in foia:
            shown = model.index(r, 3).data()
            if row["about"]["tracking_number"]:
                assert shown == f"ICE {row['about']['tracking_number']}"
            else:
                assert shown == received.replace("%1", fmt_date(row["about"]["received_on"]))
        # The filter finds what the list shows, in that language.
        model.set_text(word)
        qtbot.waitUntil(lambda: not model.loading and not model.paged, timeout=10000)
        assert model.rowCount() == 10 and all(model.row_dict(r)["kind"] == "foia-response"
                                              for r in range(model.rowCount()))
    finally:
        i18n.set_language("en")


def test_the_filter_follows_a_change_of_language(qtbot, deadline_ctx):
    from ui import i18n

    section = _open_section(qtbot, deadline_ctx)
    model = section.model
    model.set_text("received")
    qtbot.waitUntil(lambda: not model.loading and not model.paged, timeout=10000)
    assert model.rowCount() == 10
    try:
        i18n.set_language("es")
        deadline_ctx.language_changed.emit("es")
        model.set_text("recibida")  # narrowed in memory, with the words the list now shows
        assert not model.loading and model.rowCount() == 10
    finally:
        i18n.set_language("en")
        deadline_ctx.language_changed.emit("en")
