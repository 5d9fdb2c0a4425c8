"""The Documents list with pictures and running times (issue 16): each photo's thumbnail and each
video's poster frame in a first column, and a Duration column for video and audio.

Both come from the vault's ``document_media`` rows (:mod:`casefile.services.media`), read for a
whole page in one query as the page comes in. The thumbnails are small JPEGs decoded in memory
into pixmaps kept for the rows shown; locking drops them with the rows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QIcon, QPixmap

from casefile.services import media
from ui.models.paged import Column
from ui.models.records import DocumentsModel

translate = QCoreApplication.translate
ICON_SIZE = QSize(48, 36)  # 4:3, the shape of most phone pictures, 160 px thumbnails scaled down


def clock_text(ms: int | None) -> str:
    """``1:05`` or ``1:02:03`` for a running time in milliseconds; blank when unknown."""
    if ms is None:
        return ""
    seconds = max(0, int(ms)) // 1000
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


class MediaDocumentsModel(DocumentsModel):
    """:class:`DocumentsModel` plus the thumbnail (title's decoration) and a Duration column."""

    def __init__(self, ctx: Any, parent: Any = None) -> None:
        self._icons: dict[str, QIcon] = {}
        super().__init__(ctx, parent)

    def make_columns(self) -> list[Column]:
        columns = super().make_columns()
        # A column of its own, before the title: the title's text is then measured and kept
        # readable on its own when the list is narrow (ui/sections/columns.py).
        picture = Column(lambda: translate("DocumentsModel", "Picture"), lambda _r: "", decoration=self._icon)
        duration = Column(
            lambda: translate("DocumentsModel", "Duration"), lambda r: clock_text(r.get("duration_ms")),
            align_right=True,
        )
        return [picture, *columns[:3], duration, *columns[3:]]

    def prepare(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        self._attach(rows)
        return rows

    def clear(self) -> None:
        self._icons.clear()
        super().clear()

    def reload(self, keep: int = 0) -> None:
        self._icons.clear()
        super().reload(keep)

    def refresh_media(self, document_ids: list[str] | None = None) -> None:
        """Read the pictures and times again for ``document_ids`` (every row shown when None):
        a poster frame was just stored, or older documents were just described."""
        wanted = [r for r in self._rows if document_ids is None or r.get("id") in document_ids]
        if not wanted or not self.ctx.unlocked:
            return
        for row in wanted:
            self._icons.pop(str(row.get("id")), None)
        self._attach(wanted)
        for row in wanted:
            number = self.row_of(str(row.get("id")))
            if number >= 0:
                self.dataChanged.emit(self.index(number, 0), self.index(number, len(self.columns) - 1))

    def _attach(self, rows: list[dict[str, Any]]) -> None:
        vault = self.ctx.vault
        if vault is None or vault.closed:
            return
        found = media.rows_for(vault, [str(r["id"]) for r in rows if r.get("id")])
        for row in rows:
            kept = found.get(str(row.get("id")))
            row["duration_ms"] = kept.duration_ms if kept else None
            row["thumbnail"] = kept.thumbnail if kept else None

    def _icon(self, row: dict[str, Any]) -> QIcon | None:
        data = row.get("thumbnail")
        if not data:
            return None
        key = str(row.get("id"))
        icon = self._icons.get(key)
        if icon is None:
            pixmap = QPixmap()
            if not pixmap.loadFromData(data, "JPEG"):
                return None
            icon = self._icons[key] = QIcon(pixmap)
        return icon
