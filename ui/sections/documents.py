"""Documents: files kept encrypted in the vault. Add by "Add document…" or by dropping files on
the list; each is encrypted by a worker with a cancellable progress dialog. The list shows each
photo's thumbnail and each video's poster frame, and how long a recording runs (issue 16:
ui/media_list.py); poster frames are grabbed in the background (ui/media_poster.py)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QTableView, QWidget

from ui import file_dialogs
from ui.context import AppContext
from ui.media_list import ICON_SIZE, MediaDocumentsModel
from ui.messages import message_for
from ui.sections.base import FilterCombo, RecordSection, plural
from ui.widgets.droptable import DropTableView
from ui.widgets.guard import run_job

if TYPE_CHECKING:
    from ui.editors.base import RecordEditor

translate = QCoreApplication.translate  # named so pyside6-lupdate reads the calls
# Describing older documents and grabbing poster frames wait this long after an unlock: it is
# background work (a worker decrypting files, FFmpeg opening videos) that took the main window
# from 0.46 s to 0.70 s when it competed with the first pages of the lists (issue 16's profile).
MEDIA_AFTER_UNLOCK_S = 3.0


class DocumentsSection(RecordSection):
    kind_name = "documents"
    list_share = 0.45  # title, kind and date readable; the form still has room
    important_columns = 4  # the picture, then title, kind and date (ui/media_list.py)
    documentAdded = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self._queue: list[Path] = []
        self._adding = False
        self._batch = self._done = 0  # files in this run of adds, and how many were started
        self._links: dict[str, Any] = {}  # links each file chosen now gets (a case page's client)
        super().__init__(ctx, MediaDocumentsModel(ctx), parent)
        self.view.setIconSize(ICON_SIZE)
        self.view.verticalHeader().setDefaultSectionSize(ICON_SIZE.height() + 6)
        self._posters: Any = None  # made on first use: QtMultimedia loads a lot
        self._media_timer = QTimer(self)
        self._media_timer.setSingleShot(True)
        self._media_timer.timeout.connect(self.refresh_media)
        ctx.vault_unlocked.connect(self.refresh_media)
        self.documentAdded.connect(lambda _id: self.refresh_media(now=True))
        self.add_filter("kind", FilterCombo("document_kind", lambda: translate("DocumentsSection", "Any kind")),
                        lambda: translate("DocumentsSection", "Filter by kind of document"))
        self.finish_filters()
        self.view.filesDropped.connect(lambda paths: self.add_files([Path(p) for p in paths]))  # type: ignore[attr-defined]

    def refresh_media(self, *, now: bool = False) -> None:
        """Describe older documents and grab the poster frames still missing, in the background;
        not in the first seconds after an unlock (``MEDIA_AFTER_UNLOCK_S``) unless ``now``."""
        if not self.ctx.unlocked:
            return
        wait = self.ctx.unlocked_at + MEDIA_AFTER_UNLOCK_S - time.monotonic()
        if wait > 0 and not now:
            if not self._media_timer.isActive():
                self._media_timer.start(int(wait * 1000) + 1)
            return
        if self._posters is None:
            try:
                from ui.media_poster import PosterQueue
            except ImportError:  # QtMultimedia needs system libraries (libpulse on Linux): no posters
                return
            self._posters = PosterQueue(self.ctx, self)
            self._posters.posterStored.connect(lambda doc_id: self.model.refresh_media([doc_id]))
            self._posters.described.connect(lambda _n: self.model.refresh_media())
        self._posters.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._posters is None:
            self.refresh_media()

    def make_view(self) -> QTableView:
        return DropTableView(self)

    def retranslate(self) -> None:
        super().retranslate()
        self.view.setToolTip(translate("DocumentsSection", "Drop files here to add them to the vault"))

    def make_editor(self) -> RecordEditor:
        from ui.editors.document import DocumentEditor

        return DocumentEditor(self.ctx, self)

    def list_name(self) -> str:
        return translate("DocumentsSection", "Documents")

    def new_text(self) -> str:
        return translate("DocumentsSection", "&Add document…")

    def filter_placeholder(self) -> str:
        return translate("DocumentsSection", "Search titles and the text inside documents…")

    def count_text(self, count: int) -> str:
        return plural(count, translate("DocumentsSection", "1 document"), translate("DocumentsSection", "%1 documents"))

    def new_record(self, defaults: dict[str, Any] | None = None) -> None:
        """Choose files to add; ``defaults`` (e.g. ``person_ids`` from a case page) link each one."""
        if not self.ctx.unlocked:
            return
        self._links = dict(defaults or {})
        self._leave_editor(self._choose_files)

    def _choose_files(self) -> None:
        paths = file_dialogs.open_file_names(
            self, translate("DocumentsSection", "Add documents to the vault"), file_dialogs.neutral_folder(),
            translate("DocumentsSection", "Documents (*.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff *.heic *.txt "
                                          "*.doc *.docx *.odt *.mp3 *.m4a *.wav *.mp4 *.mov);;All files (*)"))
        if paths:
            self.add_files([Path(p) for p in paths])
        else:
            self._links = {}  # nothing chosen: a later drop is not this client's

    def add_files(self, paths: list[Path]) -> None:
        """Encrypt each file into the vault in turn; the last one added opens in the editor. A
        folder (a phone's DCIM, say) adds every file in it and its sub-folders, hidden ones aside."""
        found = []
        for path in paths:
            if path.is_dir():
                found += sorted(p for p in path.rglob("*") if p.is_file() and not p.is_symlink()
                                and not any(part.startswith(".") for part in p.relative_to(path).parts))
            elif path.is_file():
                found.append(path)
        self._queue.extend(found)
        self._batch += len(found)
        if not self._adding:
            self._next_file()

    def _next_file(self) -> None:
        if not self._queue or not self.ctx.unlocked:
            self._queue.clear()
            self._adding = False
            self._links = {}
            self._batch = self._done = 0
            return
        self._adding = True
        path = self._queue.pop(0)
        self._done += 1
        vault = self.ctx.require_vault()
        text = translate("DocumentsSection", "Encrypting “%1” into the vault…").replace("%1", path.name)
        if self._batch > 1:  # many files (a folder, a phone's photos): which one of how many
            text += "\n" + translate("DocumentsSection", "File %1 of %2; Cancel stops the rest.").replace(
                "%1", str(self._done)).replace("%2", str(self._batch))
        progress = QProgressDialog(text, translate("DocumentsSection", "Cancel"), 0, 100, self)
        progress.setWindowTitle(translate("DocumentsSection", "Adding a document"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        self.progress = progress

        links = dict(self._links)
        from casefile.services import documents  # only once a file is added: it brings in the blob store

        def job(control: Any) -> Any:
            return documents.add_document(vault, path, links, progress=control.bytes_progress,
                                          cancel=control.cancelled)

        def finish() -> None:
            progress.reset()
            progress.hide()
            progress.deleteLater()

        def done(record: Any) -> None:
            finish()
            self.ctx.record_saved.emit("documents", record["id"])
            self.show_record(record["id"], ask=False)
            self.documentAdded.emit(record["id"])
            self._next_file()

        def failed(key: str, message: str) -> None:
            finish()
            self.message.show_message(translate("DocumentsSection", "“%1” was not added: %2").replace(
                "%1", path.name).replace("%2", message_for(key, message)), "error")
            self._next_file()

        def cancelled() -> None:
            finish()
            self.message.show_message(translate("DocumentsSection", "Adding “%1” was cancelled; nothing was "
                                                "saved.").replace("%1", path.name), "info")
            self._queue.clear()
            self._adding = False
            self._batch = self._done = 0

        handle = run_job(self, self.ctx, job, on_success=done, on_failure=failed, on_cancelled=cancelled,
                                         on_progress=lambda p, _m: progress.setValue(p))
        progress.canceled.connect(handle.control.cancel)


def make(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return DocumentsSection(ctx, parent)
