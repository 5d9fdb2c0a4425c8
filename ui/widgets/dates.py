"""Date fields: an optional date (ISO out), and a date-time whose time may be unknown.

People type dates as ``2026-09-15`` or, in the US, ``9/15/2026``; both are accepted and shown
back as ISO, which nobody misreads. The date-time field takes the time and the place's time zone
(not a raw UTC offset, which nobody knows by heart) and writes the offset that zone had on that
day: ``2026-09-15T05:50:00-05:00``. An empty time means the time is not known, and the value is
the date alone.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QDate, QDateTime, QSize, Qt, QTime, QTimeZone, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from ui.widgets.errors import FieldError

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_US = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$")
_TIME = re.compile(r"^\s*(\d{1,2})(?::?(\d{2}))?\s*([ap]\.?m?\.?)?\s*$", re.IGNORECASE)

# Zones of the places a US clinic works in, by IANA id; the computer's own zone is added.
US_ZONES = (
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Phoenix",
    "America/Los_Angeles",
    "America/Anchorage",
    "Pacific/Honolulu",
    "America/Puerto_Rico",
    "Pacific/Guam",
    "UTC",
)
translate = QCoreApplication.translate  # named so pyside6-lupdate reads the calls
_last_zone: str | None = None  # the zone last chosen, offered first in the next field


def parse_date_text(text: str) -> date | None:
    """``2026-09-15`` or ``9/15/2026`` → a date; None when it is neither or not a real day."""
    match = _ISO.match(text)
    if match:
        y, m, d = (int(g) for g in match.groups())
    else:
        match = _US.match(text)
        if not match:
            return None
        m, d, y = (int(g) for g in match.groups())
    try:
        return date(y, m, d)
    except ValueError:
        return None


def parse_time_text(text: str) -> time | None:
    """``5:50``, ``05:50``, ``5:50 pm``, ``1730`` → a time; None when unreadable."""
    match = _TIME.match(text)
    if not match:
        return None
    hour, minute, half = int(match.group(1)), int(match.group(2) or 0), (match.group(3) or "").lower()
    if len(match.group(1)) > 2:
        return None
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half.startswith("p") else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _zone_label(zone_id: str) -> str:
    names = {
        "America/New_York": translate("TimeZones", "Eastern (New York)"),
        "America/Chicago": translate("TimeZones", "Central (Chicago)"),
        "America/Denver": translate("TimeZones", "Mountain (Denver)"),
        "America/Phoenix": translate("TimeZones", "Arizona (Phoenix)"),
        "America/Los_Angeles": translate("TimeZones", "Pacific (Los Angeles)"),
        "America/Anchorage": translate("TimeZones", "Alaska (Anchorage)"),
        "Pacific/Honolulu": translate("TimeZones", "Hawaii (Honolulu)"),
        "America/Puerto_Rico": translate("TimeZones", "Puerto Rico"),
        "Pacific/Guam": translate("TimeZones", "Guam"),
        "UTC": "UTC",
    }
    return names.get(zone_id, zone_id)


def _offset_text(seconds: int) -> str:
    sign = "+" if seconds >= 0 else "-"
    minutes = abs(seconds) // 60
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


class OptionalDateEdit(QWidget):
    """A date that may be left empty. ``value()`` is ISO text, None, or what was typed when it
    is not a date (so saving reports it at the field)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.edit.setToolTip(self.tr("Type the date as YYYY-MM-DD or MM/DD/YYYY, or press Alt+Down for a calendar"))
        self.edit.setClearButtonEnabled(True)
        digits = self.edit.fontMetrics().horizontalAdvance("0000-00-00")
        self.edit.setMinimumWidth(digits + 34)  # room for the clear button
        self.edit.setMaximumWidth(digits + 60)
        self.edit.editingFinished.connect(self._finished)
        self.edit.textEdited.connect(lambda _t: self.changed.emit())
        self.edit.installEventFilter(self)
        self.button = QToolButton(self)
        self.button.setText("…")
        self.button.setToolTip(self.tr("Choose from a calendar"))
        self.button.setAccessibleName(self.tr("Choose from a calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down in the field does the same
        self.button.clicked.connect(self.open_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self._error: FieldError | None = None

    def focus_widget(self) -> QWidget:
        return self.edit

    def set_error_label(self, error: FieldError) -> None:
        self._error = error

    def value(self) -> str | None:
        text = self.edit.text().strip()
        if not text:
            return None
        parsed = parse_date_text(text)
        return parsed.isoformat() if parsed else text

    def date(self) -> date | None:
        return parse_date_text(self.edit.text())

    def setValue(self, value: str | None) -> None:
        self.edit.setText((value or "")[:10] if value and parse_date_text(value[:10]) else (value or ""))
        if self._error is not None:
            self._error.clear()

    def clear(self) -> None:
        self.setValue(None)

    def setReadOnly(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.button.setEnabled(not read_only)

    def check(self) -> str:
        """The reason the text is not a date ("" when it is one, or empty)."""
        text = self.edit.text().strip()
        if not text or parse_date_text(text):
            return ""
        if _ISO.match(text) or _US.match(text):
            return self.tr("'%1' is not a real date: check the day and the month.").replace("%1", text)
        return self.tr("'%1' is not a date: write it as YYYY-MM-DD (e.g. 2026-09-15) or MM/DD/YYYY."
                       ).replace("%1", text)

    def _finished(self) -> None:
        parsed = self.date()
        if parsed is not None and self.edit.text() != parsed.isoformat():
            self.edit.setText(parsed.isoformat())
            self.changed.emit()
        if self._error is not None:
            reason = self.check()
            if reason:
                self._error.show_error(reason)
            else:
                self._error.clear()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.edit and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def open_calendar(self) -> None:
        if self.edit.isReadOnly():
            return
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setGridVisible(True)
        current = self.date()
        if current:
            calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def picked(day: QDate) -> None:
            self.edit.setText(day.toString("yyyy-MM-dd"))
            self._finished()
            self.changed.emit()
            menu.close()

        calendar.clicked.connect(picked)
        calendar.activated.connect(picked)
        calendar.setFocus()
        menu.popup(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))


class DateTimeOffsetEdit(QWidget):
    """Date, time (may be left empty: unknown) and time zone → ISO date-time with offset."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_edit = OptionalDateEdit(self)
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.date_edit.edit.setAccessibleName(self.tr("Date"))
        self.time_edit = QLineEdit(self)
        self.time_edit.setPlaceholderText(self.tr("HH:MM"))
        self.time_edit.setAccessibleName(self.tr("Time (leave empty if not known)"))
        self.time_edit.setToolTip(self.tr("Time of day, e.g. 05:50 or 5:50 pm. Leave empty if it is not known."))
        self.time_edit.setMinimumWidth(self.time_edit.fontMetrics().horizontalAdvance("00:00") + 16)
        self.time_edit.setMaximumWidth(self.time_edit.fontMetrics().horizontalAdvance("00:00 pm") + 24)
        self.zone = QComboBox(self)
        self.zone.setAccessibleName(self.tr("Time zone"))
        self.zone.setToolTip(self.tr("The time zone of the place where it happened"))
        self.zone.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.zone.setMinimumContentsLength(8)
        self.offset_label = QLabel(self)
        self.offset_label.setTextFormat(Qt.TextFormat.PlainText)
        self._fill_zones()
        # The zone takes the room it has, up to its longest name; where the form is too narrow for
        # date, time and a whole zone name on one line, the zone and its offset go on a second
        # line instead of being cut ("Eastern (New Y").
        widest = max((self.zone.fontMetrics().horizontalAdvance(self.zone.itemText(i))
                      for i in range(self.zone.count())), default=0)
        self.zone.setMaximumWidth(widest + 48)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # minimumSizeHint decides
        self._first = QHBoxLayout()
        self._second = QHBoxLayout()
        for row in (self._first, self._second):
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(4)
            layout.addLayout(row)
        self._first.addWidget(self.date_edit)
        self._first.addWidget(self.time_edit)
        self._first.addWidget(self.zone, 20)
        self._first.addWidget(self.offset_label)
        self._first.addStretch(1)
        self._second.addStretch(1)
        self._two_rows = False
        self.setFocusProxy(self.date_edit.edit)
        self._loaded: tuple[str | None, str, str, str] | None = None  # (value, date, time, zone)
        self._error: FieldError | None = None
        self.date_edit.changed.connect(self._update)
        self.time_edit.textEdited.connect(lambda _t: self._update())
        self.time_edit.editingFinished.connect(self._time_finished)
        self.zone.currentIndexChanged.connect(self._zone_changed)
        self._update()

    def focus_widget(self) -> QWidget:
        return self.date_edit.edit

    def _one_row_width(self) -> int:
        parts = (self.date_edit.minimumSizeHint(), self.time_edit.minimumSizeHint(), self.offset_label.sizeHint())
        return sum(p.width() for p in parts) + self.zone.maximumWidth() + 12

    def minimumSizeHint(self) -> QSize:
        """As narrow as the two-line arrangement allows."""
        narrow = max(
            self.date_edit.minimumSizeHint().width() + 4 + self.time_edit.minimumSizeHint().width(),
            self.zone.minimumSizeHint().width() + 4 + self.offset_label.sizeHint().width(),
        )
        return QSize(narrow, self.layout().minimumSize().height())

    def sizeHint(self) -> QSize:
        return QSize(self._one_row_width(), self.layout().sizeHint().height())

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """One row or two, for the width there is and the offset shown now (the offset appears
        after the zone is known: it was squeezed to a few pixels, issue 13, finding 9)."""
        two_rows = self.width() < self._one_row_width()
        if two_rows == self._two_rows:
            return
        self._two_rows = two_rows
        source, target = (self._first, self._second) if two_rows else (self._second, self._first)
        for widget in (self.zone, self.offset_label):
            source.removeWidget(widget)
        start = 0 if two_rows else 2
        target.insertWidget(start, self.zone, 20)
        target.insertWidget(start + 1, self.offset_label)
        self._second.setContentsMargins(0, 4 if two_rows else 0, 0, 0)
        self.updateGeometry()

    def set_error_label(self, error: FieldError) -> None:
        self._error = error
        self.date_edit.set_error_label(error)

    def _fill_zones(self) -> None:
        system = bytes(QTimeZone.systemTimeZoneId().data()).decode()
        zones = list(US_ZONES)
        if system and system not in zones and system not in ("Etc/UTC", "UTC"):
            zones.insert(0, system)
        for zone_id in zones:
            self.zone.addItem(_zone_label(zone_id), f"zone:{zone_id}")
        preferred = _last_zone or (system if system in zones else "America/Chicago")
        index = self.zone.findData(f"zone:{preferred}")
        self.zone.setCurrentIndex(max(0, index))

    def _offset_seconds(self, day: date, clock: time) -> int:
        data = str(self.zone.currentData() or "zone:UTC")
        if data.startswith("fixed:"):
            return int(data[6:])
        zone = QTimeZone(QByteArray(data[5:].encode()))
        if not zone.isValid():
            return 0
        moment = QDateTime(QDate(day.year, day.month, day.day), QTime(clock.hour, clock.minute), zone)
        return zone.offsetFromUtc(moment)

    def _parts(self) -> tuple[str, str, str]:
        return (self.date_edit.edit.text().strip(), self.time_edit.text().strip(), str(self.zone.currentData()))

    def value(self) -> str | None:
        if self._loaded is not None and self._parts() == self._loaded[1:]:
            return self._loaded[0]  # untouched: keep the stored text (seconds and all)
        day_text, time_text, _zone = self._parts()
        if not day_text:
            return None
        day = parse_date_text(day_text)
        if day is None:
            return day_text
        if not time_text:
            return day.isoformat()  # time unknown
        clock = parse_time_text(time_text)
        if clock is None:
            return f"{day.isoformat()}T{time_text}"
        offset = _offset_text(self._offset_seconds(day, clock))
        return f"{day.isoformat()}T{clock.hour:02d}:{clock.minute:02d}:00{offset}"

    def setValue(self, value: str | None) -> None:
        self.blockSignals(True)
        try:
            self.date_edit.setValue(None)
            self.time_edit.clear()
            if value:
                self.date_edit.setValue(value[:10])
                moment = None
                if len(value) > 10:
                    try:
                        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
                    except ValueError:
                        self.time_edit.setText(value[11:])
                if moment is not None:
                    self.time_edit.setText(f"{moment.hour:02d}:{moment.minute:02d}")
                    offset = moment.utcoffset()
                    if offset is not None:
                        self._choose_zone(moment.date(), moment.time(), int(offset.total_seconds()))
        finally:
            self.blockSignals(False)
        self._loaded = (value, *self._parts())
        if self._error is not None:
            self._error.clear()
        self._update()

    def clear(self) -> None:
        self.setValue(None)

    def _choose_zone(self, day: date, clock: time, seconds: int) -> None:
        if self._offset_seconds(day, clock) == seconds:
            return
        for i in range(self.zone.count()):
            self.zone.setCurrentIndex(i)
            if self._offset_seconds(day, clock) == seconds:
                return
        data = f"fixed:{seconds}"
        index = self.zone.findData(data)
        if index < 0:
            self.zone.addItem(f"UTC{_offset_text(seconds)}", data)
            index = self.zone.count() - 1
        self.zone.setCurrentIndex(index)

    def _time_finished(self) -> None:
        clock = parse_time_text(self.time_edit.text()) if self.time_edit.text().strip() else None
        if clock is not None:
            self.time_edit.setText(f"{clock.hour:02d}:{clock.minute:02d}")
        if self._error is not None:
            reason = self.check()
            if reason:
                self._error.show_error(reason)
            else:
                self._error.clear()
        self._update()

    def check(self) -> str:
        reason = self.date_edit.check()
        if reason:
            return reason
        text = self.time_edit.text().strip()
        if text and parse_time_text(text) is None:
            return self.tr("'%1' is not a time of day: write it as HH:MM, e.g. 05:50 or 17:30.").replace("%1", text)
        return ""

    def _zone_changed(self, _index: int) -> None:
        global _last_zone
        data = str(self.zone.currentData() or "")
        if data.startswith("zone:"):
            _last_zone = data[5:]
        self._update()

    def _update(self) -> None:
        day = self.date_edit.date()
        text = self.time_edit.text().strip()
        clock = parse_time_text(text) if text else None
        if day is None:
            self.offset_label.setText("")
        elif not text:
            self.offset_label.setText(self.tr("time unknown"))
        elif clock is not None:
            self.offset_label.setText("UTC" + _offset_text(self._offset_seconds(day, clock)).replace("-", "−"))
        else:
            self.offset_label.setText("")
        self._arrange()
        self.changed.emit()
