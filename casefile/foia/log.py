"""A request's production log as the CLI, the summary and the app show it: totals and index rows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from casefile.foia.production import Totals, bates_range, index_rows, totals
from casefile.foia.receive import productions_of


@dataclass
class ProductionLog:
    foia_id: str
    productions: list[dict[str, Any]]
    totals: Totals

    def rows(self) -> list[tuple[str, str, str, str, str]]:
        return index_rows(self.productions)

    def as_json(self) -> dict[str, Any]:
        return {
            "foia_id": self.foia_id,
            "totals": self.totals.as_json(),
            "productions": [
                {
                    "id": p["id"],
                    "received_on": p.get("received_on"),
                    "document_id": p.get("document_id"),
                    "pages": p.get("page_count"),
                    "bates": " – ".join(x for x in bates_range(p) if x),
                    "proposed": bool(p.get("proposed")),
                    "segments": p.get("segments") or [],
                }
                for p in self.productions
            ],
        }

    def lines(self) -> list[str]:
        """The log as text: one line of totals, then the index."""
        t = self.totals
        if not self.productions:
            return ["No production recorded."]
        out = [
            f"{t.productions} production(s), {t.pages} pages: {t.by_status['full']} released in full, "
            f"{t.by_status['part']} in part, {t.by_status['withheld']} withheld in full, "
            f"{t.by_status['referred']} referred.",
        ]
        if t.by_exemption:
            out.append(
                "Exemptions claimed (pages): " + ", ".join(f"{e} {n}" for e, n in sorted(t.by_exemption.items()))
            )
        if any(p.get("proposed") for p in self.productions):
            out.append("Statuses and exemptions were read from the production's text: check them.")
        out += [f"{r[0]}  {r[1] or '-':<27} pp. {r[2]:<9} {r[3]:<27} {r[4]}" for r in self.rows()]
        return out


def production_log(vault: Any, foia_id: str) -> ProductionLog:
    from casefile.errors import NotFound
    from casefile.services import records

    if records.get(vault, "foia_requests", foia_id) is None:
        raise NotFound(f"No FOIA request with id {foia_id!r} in this vault.", key="foia_not_found")
    found = productions_of(vault, foia_id)
    return ProductionLog(foia_id, found, totals(found))
