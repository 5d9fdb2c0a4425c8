"""The hearings list (issue 15): when, which hearing, whose, what came of it and where.

The stored record is read with each page (``include_data``) for what the table's columns lack:
the hearing's time as the court set it (the ``starts_at`` column is the UTC instant, for sorting),
the court, and the new date of a hearing continued or adjourned to one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.models import fmt
from ui.models.paged import Column, PagedTableModel, enum_cell

translate = QCoreApplication.translate  # named so pyside6-lupdate reads the calls


def _result(row: dict[str, Any]) -> str:
    shown = enum_cell("hearing_result", "result")(row)
    if row.get("moved_to"):
        return translate("HearingsModel", "%1 to %2").replace("%1", shown).replace("%2", fmt.fmt_date(row["moved_to"]))
    return shown


class HearingsModel(PagedTableModel):
    kind_name = "hearings"
    name_links = (("person_id", "people"),)
    include_data = True

    def make_columns(self) -> list[Column]:
        return [
            Column(lambda: translate("HearingsModel", "When"), lambda r: fmt.fmt_datetime(r.get("when")), "when"),
            Column(lambda: translate("HearingsModel", "Hearing"), enum_cell("hearing_type", "hearing_type"), "type"),
            Column(lambda: translate("HearingsModel", "Client"), lambda r: self.name_of("people", r.get("person_id"))),
            Column(lambda: translate("HearingsModel", "Result"), _result),
            Column(lambda: translate("HearingsModel", "Court"), lambda r: r.get("court") or ""),
        ]

    def prepare(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for row in rows:
            record = row.pop("record", None) or {}
            row["when"] = record.get("starts_at") or row.get("starts_at")  # the court's local time
            row["court"] = record.get("court") or ""
            if record.get("result") in ("continued", "adjourned") and record.get("continued_to"):
                row["moved_to"] = record["continued_to"]
        return rows

    def reload_on_kinds(self) -> tuple[str, ...]:
        return ("hearings", "people")
