"""The hearings list (issue 15): when, which hearing, whose, where and what came of it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.models import fmt
from ui.models.paged import Column, PagedTableModel, enum_cell

translate = QCoreApplication.translate  # named so pyside6-lupdate reads the calls


class HearingsModel(PagedTableModel):
    kind_name = "hearings"
    name_links = (("person_id", "people"),)

    def make_columns(self) -> list[Column]:
        return [
            Column(lambda: translate("HearingsModel", "When"), lambda r: fmt.fmt_due(r.get("starts_at")), "when"),
            Column(lambda: translate("HearingsModel", "Hearing"), enum_cell("hearing_type", "hearing_type"), "type"),
            Column(lambda: translate("HearingsModel", "Client"), lambda r: self.name_of("people", r.get("person_id"))),
            Column(lambda: translate("HearingsModel", "Result"), enum_cell("hearing_result", "result")),
            Column(lambda: translate("HearingsModel", "Court"), lambda r: r.get("court") or ""),
        ]

    def reload_on_kinds(self) -> tuple[str, ...]:
        return ("hearings", "people")
