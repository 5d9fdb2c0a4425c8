"""The Reports section lists what the core's report registry holds and saves through the CLI's
service (issue 14, item 4): a toy report registered for the test is offered, asks only for what it
declares, is built from a real vault, audited, and saved 0600 by ``services.reporting.save_pdf``
under the registry's file name. No line of ``ui/`` names it."""

from __future__ import annotations

import io
import json
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from casefile.reports import registry
from casefile.reports.registry import Built, ReportRequest, ReportSpec
from casefile.vault import audit
from tests.ui.screen_walk import click
from ui.context import AppContext
from ui.sections import reports
from ui.workers import Workers

BUILD_TIMEOUT_MS = 30_000


def _build(source: Any, request: ReportRequest, options: Any, progress: Any, review: Any) -> Built:
    """One page naming the client and their encounters, from the source the service gives."""
    from reportlab.pdfgen import canvas

    bundle = source.person_bundle(request.person_id)
    person = next(p for p in bundle["people"] if p["id"] == request.person_id)
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, f"Toy for {person['full_name']}: {len(bundle['encounters'])} encounter(s)")
    page.save()
    return Built(out.getvalue(), subject_type="person", subject_id=request.person_id)


TOY = ReportSpec(
    name="toy",
    title_key="report.summary",  # a real catalogue key; the about line is that report's too
    help="a toy report registered by a UI test",
    file_stem="toy-report",
    build=_build,
    options=("person",),  # no redaction, no passphrase, no CSV, no period
    required=("person",),
)


@pytest.fixture
def ctx(qapp, example_vault) -> Iterator[AppContext]:
    context = AppContext(Workers())
    context.vault = example_vault
    yield context
    context.workers.drain()
    context.vault = None


@pytest.fixture
def section(qtbot, ctx) -> Iterator[reports.ReportsSection]:
    with registry.temporary_registry():
        registry.register(TOY)
        widget = reports.make(ctx, None)
        qtbot.addWidget(widget)
        widget.resize(1100, 760)
        widget.show()
        qtbot.waitExposed(widget)
        yield widget
        ctx.workers.drain()


def test_the_list_is_the_registry(section):
    combo = section.options.report_combo
    assert [combo.itemData(i) for i in range(combo.count())] == registry.names() == [
        "summary",
        "encounter",
        "pattern",
        "intake",
        "toy",
    ]


def test_a_registered_report_is_offered_asks_what_it_declares_and_is_saved_by_the_core(
    qtbot, section, ctx, monkeypatch, tmp_path: Path
):
    options = section.options
    options.report_combo.setFocus()
    qtbot.keyClick(options.report_combo, Qt.Key.Key_End)  # the last one registered: the toy
    assert section.which() == "toy"
    # Only the options it declared: a client; no encounter, period or redaction, no passphrase.
    assert options.client_picker.isVisible()
    hidden = (options.encounter_picker, options.date_from, options.date_to, options.redact_box, options.listed_box)
    assert [w.isVisible() for w in hidden] == [False] * len(hidden)
    assert not section.protect_box.isVisible()
    click(qtbot, section.preview_button)  # without a client: said at the field, nothing built
    assert section.job is None and "Choose the client" in section.message.text()

    section.select("toy", "p-rosa")  # as a person's "Report" action does
    with qtbot.waitSignal(section.preview_widget.page_count_changed, timeout=BUILD_TIMEOUT_MS):
        click(qtbot, section.preview_button)
    qtbot.waitUntil(lambda: section.job is None, timeout=BUILD_TIMEOUT_MS)
    text = PdfReader(io.BytesIO(section.pdf)).pages[0].extract_text()
    assert "Toy for Rosa Elena Quispe Mamani: 1 encounter(s)" in text  # e-airline, the example's one
    entry = next(e for e in audit.recent(ctx.vault.connection()) if e["action"] == "report")
    assert entry["record_id"] == "p-rosa" and json.loads(entry["detail"])["report"] == "toy"
    assert section.csv_button.isHidden()

    asked: list[str] = []
    target = tmp_path / "chosen"  # no suffix typed: ".pdf" is added

    def save_dialog(parent, title, default, filters, *args, **kwargs):
        asked.append(default)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    click(qtbot, section.save_button)
    saved = tmp_path / "chosen.pdf"
    qtbot.waitUntil(lambda: "Saved to" in section.saved_label.text(), timeout=BUILD_TIMEOUT_MS)
    # 8 Dec... whatever today is: the registry's file name, the date of the save, no one's name.
    assert Path(asked[0]).name == f"toy-report-{date.today().isoformat()}.pdf"
    assert saved.read_bytes() == section.pdf
    assert stat.S_IMODE(saved.stat().st_mode) & 0o077 == 0  # private, as the CLI saves
