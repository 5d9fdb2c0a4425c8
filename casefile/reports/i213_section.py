"""The I-213's own account beside the client's, for the case summary's account comparison.

Rows come from :func:`casefile.domain.i213.compare`; a point where the two differ is marked with
the comparison's "≠ DISPUTED" word and shade, like the account points below it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from reportlab.platypus import Flowable

from casefile.domain.i213 import compare
from casefile.reports import layout as L
from casefile.reports.fmt import fmt_datetime
from casefile.reports.fonts import markup
from casefile.reports.i18n import label, value_label

Record = dict[str, Any]

# The client's side of these points is a machine value, shown by its label.
_CLIENT_FIELDS = {"i213.method": "setting", "i213.consent": "entry"}


def _cell(text: str) -> Flowable:
    return L.rich(markup(text).replace("\n", "<br/>"))


def i213_comparison(encounter: Record, lang: str, width: float) -> list[Flowable]:
    """A table: point, the I-213's version, the client's account; differing rows shaded."""
    rows_in = compare(encounter)
    if not rows_in:
        return []
    st = L.styles()
    dash = label(lang, "acc.not_stated")
    header = [label(lang, "acc.topic"), label(lang, "i213.source"), label(lang, "acc.client")]
    rows: list[list[L.Cell]] = []
    shaded: list[tuple[Any, ...]] = []
    for row in rows_in:
        name = f"<b>{markup(label(lang, row.key))}</b>"
        if row.differs:
            name += f"<br/><font color='#8a2a00'><b>{markup(label(lang, 'acc.disputed'))}</b></font>"
            shaded.append(("BACKGROUND", (0, len(rows) + 1), (-1, len(rows) + 1), L.DISPUTED_BG))
        field = _CLIENT_FIELDS.get(row.key)
        client = value_label(lang, field, row.client) if field and row.client else row.client
        if row.key == "i213.apprehended_at":  # both as the rest of the summary prints times
            row = replace(row, i213=fmt_datetime(row.i213), client=fmt_datetime(row.client))
            client = row.client
        rows.append([L.rich(name, st.cell), _cell(row.i213) if row.i213 else dash, _cell(client) if client else dash])
    return [L.grid_table(header, rows, width, [2.2, 3.9, 3.9], extra_style=shaded)]
