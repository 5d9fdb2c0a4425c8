"""How a record list's columns are set up and sized to the room they have.

Moved out of ``ui/sections/base.py`` (issue 14, item 5): the table set-up, the measuring of cells
and headings, and the choice of widths when the columns do not all fit (``fit_columns``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QStyleOptionHeader, QTableView

# How many rows size a list's columns (the ones on screen first): about a screenful.
SIZING_ROWS = 40


def content_widths(
    view: QTableView, columns: list[Any], rows: list[dict[str, Any]], *, sortable: bool = True
) -> list[int]:
    """The widths ``resizeColumnsToContents`` gives ``columns`` over ``rows``, measured here.

    Qt measures every cell through the model's ``data()`` for eight roles and a style option
    (about 2 000 Python calls for the first rows of a seven-column list, a fifth of the time a
    list took to show); the cells of these lists are plain text, sometimes with an icon, so their
    text is measured directly. Headers are sized the way ``QHeaderView.sectionSizeFromContents``
    does: by the style, in bold, with room for the sort arrow. The results are Qt's, or up to a few
    pixels wider (``tests/ui/test_records_layout.py``).
    """
    style = view.style()
    metrics = view.fontMetrics()
    # The delegate's text margin on each side, the grid line, and some slack for the rounding of
    # Qt's text layout (up to 2 px wider than horizontalAdvance here).
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1) + 4
    icon = view.iconSize().width()
    if icon <= 0:
        icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, view)
    icon += 2 * style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
    header = view.horizontalHeader()
    bold = QFont(header.font())
    bold.setBold(True)
    option = QStyleOptionHeader()
    option.initFrom(header)
    option.orientation = Qt.Orientation.Horizontal
    option.fontMetrics = QFontMetrics(bold)
    option.textAlignment = header.defaultAlignment()
    if sortable:
        option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    widths = []
    for number, column in enumerate(columns):
        option.section, option.text = number, column.header()
        widest = style.sizeFromContents(QStyle.ContentsType.CT_HeaderSection, option, QSize(), header).width()
        for row in rows:
            width = metrics.horizontalAdvance(column.text(row)) + margin
            if column.decoration is not None and column.decoration(row) is not None:
                width += icon
            widest = max(widest, width)
        widths.append(widest)
    return widths


def header_floors(view: QTableView, columns: list[Any]) -> list[int]:
    """The narrowest each column may be: its heading whole, in bold, with the sort arrow."""
    return content_widths(view, columns, [], sortable=view.isSortingEnabled())


def setup_table(view: QTableView, name: str) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setResizeContentsPrecision(SIZING_ROWS)  # should Qt size a column (a double click on its edge)
    view.setAccessibleName(name)


def fit_columns(
    view: QTableView,
    columns: list[Any],
    rows: list[dict[str, Any]],
    room: int,
    *,
    important: int,
    whole: tuple[int, ...],
    readable_chars: int = 17,
) -> list[int]:
    """Widths for ``columns`` over their first ``rows`` in ``room`` pixels: every column fitted to
    its text (up to a limit) when they all fit; otherwise as many as fit whole on screen, the
    ``important`` first ones' text uncut, the ``whole`` ones never cut, and none cut to fewer
    than about ``readable_chars`` characters."""
    limit = max(160, view.fontMetrics().horizontalAdvance("M") * 18)
    widths = [min(width + 8, limit) for width in content_widths(view, columns, rows)]
    if sum(widths) <= room:
        return widths
    from ui.widgets.rowlist import fit_widths  # with the editors' modules, not before the first list

    # As many columns as fit with their headings whole and the first ones' text uncut; the
    # rest wait whole beyond the edge (scrolled to), rather than half-cut at it ("Born" and
    # "Whose case" were, issue 13, finding 9). Too narrow even for that: the first columns
    # share the room, the longest cut first.
    floors = header_floors(view, columns)
    kept = [widths[c] if c in whole else floors[c] for c in range(len(widths))]
    if sum(kept[:important]) <= room:
        floors = kept  # dates and A-numbers whole: the others give way first
    readable = view.fontMetrics().averageCharWidth() * readable_chars  # a cut text still says what it is
    count = len(widths)
    while count > important:
        fitted = fit_widths(widths[:count], floors[:count], room)
        if (
            sum(fitted) <= room
            and all(f >= min(w, readable) for f, w in zip(fitted, widths, strict=False))
            and all(fitted[c] >= widths[c] for c in whole if c < count)
        ):
            break
        count -= 1
    fitted = fit_widths(widths[:count], floors[:count], room)
    spare = max(0, room - sum(fitted)) // max(1, count)
    fitted = [w + spare for w in fitted]
    fitted[-1] += max(0, room - sum(fitted))  # no sliver of the next column at the edge
    widths[:count] = fitted
    return widths
