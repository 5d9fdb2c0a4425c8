"""The document form: what describes the file, its links, the file's facts and custody log,
and "View" / "Export…" (the only way a decrypted copy reaches the disk)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casefile.clock import today
from casefile.services import documents
from ui import file_dialogs
from ui.editors.base import RecordEditor
from ui.media_list import clock_text
from ui.messages import message_for
from ui.models import fmt
from ui.models.lists import CustodyLogModel
from ui.widgets.choices import EnumCombo
from ui.widgets.dates import OptionalDateEdit
from ui.widgets.forms import group, plain_text_edit, read_only_label
from ui.widgets.guard import run_job
from ui.widgets.pickers import RecordListPicker
from ui.widgets.viewer import DocumentViewer


class DocumentEditor(RecordEditor):
    kind_name = "documents"

    def build(self) -> QWidget:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)

        actions = QHBoxLayout()
        self.view_button = QPushButton(self.tr("&View"), body)
        self.view_button.setToolTip(self.tr("Show the document inside Casefile, from memory"))
        self.export_button = QPushButton(self.tr("E&xport…"), body)
        self.export_button.setToolTip(self.tr("Save a decrypted copy outside the vault"))
        self.view_button.clicked.connect(self.view_document)
        self.export_button.clicked.connect(self.export)
        actions.addWidget(self.view_button)
        actions.addWidget(self.export_button)
        actions.addStretch(1)
        layout.addLayout(actions)

        box, form = group(self.tr("Description"))
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(500)
        self.kind_combo = EnumCombo("document_kind")
        self.document_date = OptionalDateEdit()
        self.received_from = QLineEdit()
        self.received_from.setMaxLength(500)
        form.add("title", self.tr("&Title (required):"), self.title_edit)
        form.add("kind", self.tr("&Kind:"), self.kind_combo)
        form.add("document_date", self.tr("&Date on the document:"), self.document_date)
        form.add("received_from", self.tr("&Received from:"), self.received_from,
                 hint=self.tr("e.g. client, ICE via FOIA, county jail"))
        self.register(form)
        layout.addWidget(box)

        box, form = group(self.tr("Linked to"))
        self.person_ids = RecordListPicker(self.ctx, "people")
        self.encounter_ids = RecordListPicker(self.ctx, "encounters")
        self.foia_ids = RecordListPicker(self.ctx, "foia_requests")
        form.add("person_ids", self.tr("&People:"), self.person_ids)
        form.add("encounter_ids", self.tr("&Encounters:"), self.encounter_ids)
        form.add("foia_ids", self.tr("&FOIA requests:"), self.foia_ids)
        self.register(form)
        layout.addWidget(box)

        box, form = group(self.tr("Notes"))
        self.notes = plain_text_edit(3, max_lines=12)
        form.add("notes", self.tr("&Notes:"), self.notes)
        self.register(form)
        layout.addWidget(box)

        box, form = group(self.tr("The file"))
        self.original_filename = read_only_label()
        self.media_type = read_only_label()
        self.size = read_only_label()
        self.sha256 = read_only_label()
        self.sha256.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        form.add(None, self.tr("Original name:"), self.original_filename)
        form.add(None, self.tr("Type (from its content):"), self.media_type)
        form.add(None, self.tr("Size:"), self.size)
        form.add(None, self.tr("SHA-256:"), self.sha256,
                 hint=self.tr("Fingerprint of the original bytes; any change to the file changes it"))
        self._build_capture(form)
        self.custody = CustodyLogModel(self.ctx, self)
        self.custody_view = QTableView()
        self.custody_view.setModel(self.custody)
        self.custody_view.verticalHeader().hide()
        self.custody_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.custody_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.custody_view.setTabKeyNavigation(False)
        self.custody_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.custody_view.horizontalHeader().setStretchLastSection(True)
        self.custody_view.setMinimumHeight(self.custody_view.verticalHeader().defaultSectionSize() * 4 + 30)
        form.add(None, self.tr("Custody log:"), self.custody_view)
        layout.addWidget(box)
        layout.addStretch(1)
        self.field_labels.update({"original_filename": self.tr("Original name"), "media_type": self.tr("Type"),
                                  "size": self.tr("Size"), "sha256": "SHA-256"})
        self.viewer: DocumentViewer | None = None
        return body

    def _build_capture(self, form: Any) -> None:
        """What a photo's EXIF or a recording's container says about its capture (issue 16): shown
        as evidence, never changed; and the encounter near that time, linked with one click."""
        self.captured = read_only_label()
        self.captured.setWordWrap(True)
        form.add(None, self.tr("Captured:"), self.captured)
        suggestion = QWidget()
        row = QHBoxLayout(suggestion)
        row.setContentsMargins(0, 0, 0, 0)
        self.suggestion = read_only_label()
        self.suggestion.setWordWrap(True)
        self.link_suggested = QPushButton(self.tr("&Link to this encounter"))
        self.link_suggested.clicked.connect(self._link_suggested)
        row.addWidget(self.suggestion, 1)
        row.addWidget(self.link_suggested)
        self.suggestion_row = suggestion
        form.add(None, self.tr("Taken near:"), suggestion)
        self._suggested: str | None = None

    def read(self, record: dict[str, Any]) -> None:
        self.title_edit.setText(record.get("title") or "")
        self.kind_combo.setValue(record.get("kind"))
        self.document_date.setValue(record.get("document_date"))
        self.received_from.setText(record.get("received_from") or "")
        self.person_ids.setValue(record.get("person_ids"))
        self.encounter_ids.setValue(record.get("encounter_ids"))
        self.foia_ids.setValue(record.get("foia_ids"))
        self.notes.setPlainText(record.get("notes") or "")
        self.original_filename.setText(record.get("original_filename") or "")
        self.media_type.setText(record.get("media_type") or "")
        self.size.setText(fmt.fmt_size(record.get("size")))
        self.sha256.setText(record.get("sha256") or "")
        has_file = bool(record.get("id"))
        self.view_button.setEnabled(has_file)
        self.export_button.setEnabled(has_file)
        self.refresh_custody()
        self._show_capture(record)

    # ----- a photo's capture facts and the encounter they suggest (issue 16) -----
    def _show_capture(self, record: dict[str, Any]) -> None:
        self.captured.setText(self.tr("—"))
        self._suggested = None
        self.suggestion.setText(self.tr("—"))
        self.link_suggested.setEnabled(False)
        record_id, vault = record.get("id"), self.ctx.vault
        media_type = str(record.get("media_type") or "")
        if not record_id or vault is None or not media_type.startswith(("image/", "video/", "audio/")):
            return

        def shown(result: Any) -> None:
            facts, near = result
            if self.record_id != record_id:
                return  # another record is shown by now
            self.captured.setText(self._capture_text(facts) or self.tr("Nothing recorded in the file"))
            if near:
                first = near[0]
                self._suggested = first["id"]
                wording = (self.tr("Encounter of %1 (%2), %3 min from the photo") if media_type.startswith("image/")
                           else self.tr("Encounter of %1 (%2), %3 min from the recording"))
                self.suggestion.setText(
                    wording.replace("%1", first["occurred_at"][:16]
                    .replace("T", " ")).replace("%2", first["place"] or first["id"]).replace(
                        "%3", str(first["gap_minutes"]))
                )
                self.link_suggested.setEnabled(True)

        run_job(self, self.ctx, lambda _c: documents.capture_facts(vault, record_id), on_success=shown,
                on_failure=lambda _k, _m: None)

    def _capture_text(self, facts: Any) -> str:
        """What the file records about its capture, one fact after another (evidence: as written)."""
        parts = [facts.taken_at.replace("T", " ") if facts.taken_at else "", facts.device or ""]
        if facts.latitude is not None and facts.longitude is not None:
            parts.append(f"GPS {facts.latitude:.5f}, {facts.longitude:.5f}")
        if facts.duration_ms is not None:
            parts.append(self.tr("runs %1").replace("%1", clock_text(facts.duration_ms)))
        if facts.width and facts.height:
            parts.append(f"{facts.width}×{facts.height}")
        codecs = "/".join(c for c in (facts.video_codec, facts.audio_codec) if c)
        if codecs:
            parts.append(codecs)
        if facts.software:
            parts.append(self.tr("software %1").replace("%1", facts.software))
        return " · ".join(p for p in parts if p)

    def _link_suggested(self) -> None:
        if self._suggested and self._suggested not in self.encounter_ids.value():
            self.encounter_ids.setValue([*self.encounter_ids.value(), self._suggested])
            self.encounter_ids.changed.emit()  # unsaved until Save, like any other edit
        self.link_suggested.setEnabled(False)

    def write(self) -> dict[str, Any]:
        return {
            "title": self.title_edit.text().strip() or None,
            "kind": self.kind_combo.value(),
            "document_date": self.document_date.value(),
            "received_from": self.received_from.text().strip() or None,
            "person_ids": self.person_ids.value(),
            "encounter_ids": self.encounter_ids.value(),
            "foia_ids": self.foia_ids.value(),
            "notes": self.notes.toPlainText().strip() or None,
        }

    def pre_check(self) -> tuple[str, str] | None:
        if not self.title_edit.text().strip():
            return "title", self.tr("Give the document a title.")
        return super().pre_check()

    def title_for(self, record: dict[str, Any]) -> str:
        return str(record.get("title") or "")

    def new_title(self) -> str:
        return self.tr("New document")

    def refresh_custody(self) -> None:
        vault = self.ctx.vault
        record_id = self.record_id
        if record_id is None or vault is None or vault.closed:
            self.custody.clear()
            return
        self.custody.set_rows(documents.custody_log(vault, record_id))

    # ----- view and export -----
    def view_document(self) -> None:
        record_id = self.record_id
        if record_id is None or not self.ctx.unlocked:
            return
        vault = self.ctx.require_vault()
        title = self.heading.text()
        self.view_button.setEnabled(False)

        def shown(result: Any) -> None:
            self.view_button.setEnabled(True)
            if not self.ctx.unlocked:
                return
            data, media_type = result
            if self.viewer is None:
                self.viewer = DocumentViewer(self.ctx, self.window())
            self.viewer.show_bytes(title, data, media_type)
            self.viewer.show()
            self.viewer.raise_()
            self.refresh_custody()

        record = self.record() or {}
        if str(record.get("media_type") or "").startswith(("video/", "audio/")):
            self._play(vault, record_id, title)
            return
        run_job(self, self.ctx, lambda _c: documents.read_for_view(vault, record_id),
                                on_success=shown, on_failure=self._action_failed)

    def _play(self, vault: Any, record_id: str, title: str) -> None:
        """Video and audio: played from the encrypted file, chunk by chunk (issue 16), whatever its size."""

        def opened(result: Any) -> None:
            self.view_button.setEnabled(True)
            reader, media_type = result
            if not self.ctx.unlocked:
                reader.close()
                return
            if self.viewer is None:
                self.viewer = DocumentViewer(self.ctx, self.window())
            captured = self.captured.text()
            self.viewer.show_media(title, reader, media_type, captured if captured != self.tr("—") else "")
            self.viewer.show()
            self.viewer.raise_()
            self.refresh_custody()

        run_job(self, self.ctx, lambda _c: documents.open_for_playback(vault, record_id),
                on_success=opened, on_failure=self._action_failed)

    def _action_failed(self, key: str, message: str) -> None:
        self.view_button.setEnabled(self.record_id is not None)
        self.export_button.setEnabled(self.record_id is not None)
        self.status.show_message(message_for(key, message), "error")

    def export(self) -> None:
        record = self.record()
        if record is None:
            return
        # Not the original file name, which often names the client: it would stay in folders,
        # recent-file lists and backups of the disk the copy is saved to.
        suggested = Path(file_dialogs.neutral_folder()) / documents.export_file_name(record, today())
        path = file_dialogs.save_file_name(self, self.tr("Export a decrypted copy"), str(suggested))
        if not path:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The copy will not be encrypted"),
                          self.tr("The exported file is an ordinary, unencrypted copy: anyone who can open "
                                  "“%1” can read it. Keep it only as long as you need it.\n\nExport it?"
                                  ).replace("%1", str(Path(path).parent)),
                          QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        go = box.addButton(self.tr("Export unencrypted copy"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is go:
            self.export_to(Path(path))

    def export_to(self, dest: Path) -> None:
        """Write the decrypted copy (after the user chose where and was warned)."""
        record_id = self.record_id
        if record_id is None or not self.ctx.unlocked:
            return
        vault = self.ctx.require_vault()
        progress = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, 100, self)
        progress.setWindowTitle(self.tr("Export"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.export_button.setEnabled(False)

        def job(control: Any) -> Any:
            documents.export_document(vault, record_id, dest, progress=control.bytes_progress,
                                      cancel=control.cancelled)
            return str(dest)

        def finish() -> None:
            progress.reset()
            progress.hide()
            progress.deleteLater()
            self.export_button.setEnabled(self.record_id is not None)

        def done(where: Any) -> None:
            finish()
            self.status.show_message(self.tr("Exported to %1. This copy is not encrypted.").replace("%1", str(where)),
                                     "warning")
            self.refresh_custody()

        def failed(key: str, message: str) -> None:
            finish()
            self._action_failed(key, message)

        job_handle = run_job(self, self.ctx, job, on_success=done, on_failure=failed,
                                             on_progress=lambda p, _m: progress.setValue(p),
                                             on_cancelled=lambda: (finish(), self.status.show_message(
                                                 self.tr("Export cancelled; nothing was written."), "info")))
        progress.canceled.connect(job_handle.control.cancel)

    def clear_all(self) -> None:
        super().clear_all()
        if getattr(self, "viewer", None) is not None:
            self.viewer.clear()  # type: ignore[union-attr]

