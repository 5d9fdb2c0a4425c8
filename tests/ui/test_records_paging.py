"""A vault with 100 000 encounters opens without loading them, and scrolls page by page.

Also the regression test PITFALLS.md asks for: PySide6 6.12.0 on CPython 3.11 lost a reference
to ``None`` each time a Python ``data()`` returned it, and a paged view aborted with
``none_dealloc`` after a few scrolls. Scrolling a real paged view here must neither crash nor
drain ``None``'s reference count.
"""

from __future__ import annotations

import shutil
import sys
import time
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale
from test_records_support import PASSPHRASE, USER, open_context, vault_template, wait_workers  # noqa: F401

from casefile.clock import now_iso
from casefile.queries.kinds import KINDS
from casefile.queries.records import dumps
from casefile.vault.db import Vault
from ui.sections import encounters

ENCOUNTERS = 100_000
CHUNK = 20_000
PAGE = 200


def bulk_encounters(vault: Vault, count: int) -> None:
    """Minimal encounters written straight into the encounters table, in big transactions.

    The import service validates and indexes every record (about 1.1 ms each here, so some two
    minutes for 100 000); a list only needs the rows and their sort columns, which this writes
    the way ``casefile.queries.records.upsert`` does (same columns, same JSON), ~10× faster.
    """
    kind = KINDS["encounters"]
    start = datetime(2015, 1, 1, tzinfo=UTC) - timedelta(hours=5)
    now = now_iso()
    names = None
    settings = ("home", "street", "vehicle-stop", "workplace", "checkpoint")
    for first in range(0, count, CHUNK):
        batch = []
        for i in range(first, min(count, first + CHUNK)):
            when = (start + timedelta(minutes=45 * i)).isoformat().replace("+00:00", "-05:00")
            record = {"id": f"e-bulk-{i:06d}", "occurred_at": when, "setting": settings[i % len(settings)],
                      "location": {"city": "Houston", "state": "TX"}}
            columns = kind.columns(record)
            names = names or ["id", *columns, "data", "created_at", "updated_at", "updated_by"]
            batch.append((record["id"], *columns.values(), dumps(record), now, now, USER))
        with vault.transaction() as tx:
            tx.executemany(f"INSERT INTO {kind.table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                           batch)


@pytest.fixture(scope="session")
def big_vault_path(tmp_path_factory, vault_template):  # noqa: F811
    path = tmp_path_factory.mktemp("big") / "vault"
    shutil.copytree(vault_template, path, ignore=shutil.ignore_patterns(".lock"))
    vault = Vault.open(path, PASSPHRASE, user=USER)
    started = time.perf_counter()
    try:
        bulk_encounters(vault, ENCOUNTERS)
    finally:
        vault.close()
    print(f"\n100 000-encounter vault built in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path


def test_a_100k_encounter_list_loads_only_what_is_visible_and_scrolls_by_pages(qtbot, big_vault_path):
    vault = Vault.open(big_vault_path, PASSPHRASE, user=USER)
    ctx = open_context(vault)
    try:
        section = encounters.make(ctx, None)
        qtbot.addWidget(section)
        section.resize(1366, 768)
        section.show()
        qtbot.waitExposed(section)
        model, view = section.model, section.view
        qtbot.wait(50)  # let the view settle: it may ask for more only if the first page does not fill it
        assert model.rowsLoaded in (PAGE, 2 * PAGE), model.rowsLoaded
        newest = model.row_dict(0)
        assert newest["id"] == f"e-bulk-{ENCOUNTERS - 1:06d}"  # newest first
        expected = f"{QLocale().toString(ENCOUNTERS)} encounters"
        qtbot.waitUntil(lambda: section.count_label.text() == expected, timeout=30000)

        none_refs = sys.getrefcount(None)
        bar = view.verticalScrollBar()
        for _ in range(6):
            loaded = model.rowsLoaded
            bar.setValue(bar.maximum())
            qtbot.waitUntil(lambda loaded=loaded: model.rowsLoaded > loaded, timeout=10000)
            assert model.rowsLoaded - loaded == PAGE  # one more page each time, not the whole vault
            view.viewport().repaint()
        assert model.rowsLoaded <= 8 * PAGE
        for value in range(0, bar.maximum(), max(1, bar.maximum() // 25)):
            bar.setValue(value)
            view.viewport().repaint()
        section.grab()
        # 6.12.0 on 3.11 lost ~one reference per None returned: thousands over these repaints.
        assert sys.getrefcount(None) - none_refs > -500
        last = model.row_dict(model.rowsLoaded - 1)
        assert last["id"] == f"e-bulk-{ENCOUNTERS - model.rowsLoaded:06d}"
        view.selectRow(model.rowsLoaded - 1)
        assert section.editor.record_id == last["id"]
        wait_workers(qtbot, ctx)
    finally:
        ctx.workers.drain()
        vault.close()
