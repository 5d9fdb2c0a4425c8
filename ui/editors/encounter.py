"""The encounter form, in the order an attorney asks about an enforcement event.

1 When & where → 2 Who came → 3 How they entered → 4 Warrant → 5 Biometrics → 6 Advisals &
statements → 7 People & outcomes (participants, arrest details, witnesses) → 8 Narrative →
9 Account comparison & possible claim → 10 Notes. The steps are listed on the left and each page
scrolls on its own, so the form fits a 1366×768 screen; "Next" at the bottom of a page walks
through them in order.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casefile.domain.validate import USPS_STATES
from ui.editors.base import RecordEditor
from ui.editors.encounter_links import links_group
from ui.editors.encounter_parts import (
    NameCache,
    account_points_editor,
    biometrics_editor,
    officers_editor,
    participants_editor,
)
from ui.editors.i213_view import I213View
from ui.editors.note import NotesPanel
from ui.models.paged import display_name
from ui.widgets.choices import EnumCombo, FreeChoiceCombo, MultiEnumChecks, TriStateCombo, identified_as_items
from ui.widgets.dates import DateTimeOffsetEdit, OptionalDateEdit
from ui.widgets.forms import Form, group, plain_text_edit
from ui.widgets.pickers import RecordListPicker, RecordPicker


def _line(max_length: int = 500) -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    return edit


STEPS_MARGINS = 40  # the page's scroll bar and the spacing between the step list and the page
PAGE_SLACK = 16  # asked beyond the widest page's minimum, so its tables are not at their tightest


class EncounterEditor(RecordEditor):
    kind_name = "encounters"
    scrolls = False

    def build(self) -> QWidget:
        self.names = NameCache(self.ctx, self)
        self.steps = QListWidget(self)
        self.steps.setAccessibleName(self.tr("Parts of the encounter"))
        self.steps.setFrameShape(QFrame.Shape.NoFrame)
        self.stack = QStackedWidget(self)
        self.page_scrolls: list[QScrollArea] = []
        self.steps.currentRowChanged.connect(self.stack.setCurrentIndex)

        self._page_when()
        self._page_who()
        self._page_entry()
        self._page_warrant()
        self._page_biometrics()
        self._page_statements()
        self._page_people()
        self._page_narrative()
        self._page_comparison()
        self._page_notes()

        self.fit_steps()
        self.steps.setCurrentRow(0)
        for key, delta in ((QKeySequence.StandardKey.NextChild, 1), (QKeySequence.StandardKey.PreviousChild, -1)):
            shortcut = QShortcut(key, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda d=delta: self.show_page(self.steps.currentRow() + d))
        for text, delta in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(text), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda d=delta: self.show_page(self.steps.currentRow() + d))
        self.field_labels.update({"location": self.tr("Where"), "warrant": self.tr("Warrant")})
        body = QWidget(self)
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.steps)
        layout.addWidget(self.stack, 1)
        return body

    def fit_steps(self) -> None:
        """The step list as wide as its longest name, each on one line (a name wrapped over two
        lines read as two steps, issue 13, finding 9) where the form has the room; where it has
        not (1280 px in Spanish), narrow with long names on two lines, so no page scrolls sideways."""
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widest = max((self.steps.fontMetrics().horizontalAdvance(self.steps.item(i).text())
                      for i in range(self.steps.count())), default=100)
        self._steps_wide = widest + 2 * self.steps.frameWidth() + 16
        narrow = self.fontMetrics().averageCharWidth() * 18
        self._steps_narrow = min(max(self.steps.sizeHintForColumn(0), 120) + 24, narrow)
        self._pages_need = max((s.widget().minimumSizeHint().width() for s in self.page_scrolls), default=0)
        self._fit_steps_to(self.width())

    def preferred_width(self) -> int:
        """Room for the steps on one line each beside the widest page (the section gives it, issue 13)."""
        return self._steps_wide + self._pages_need + STEPS_MARGINS + PAGE_SLACK

    def _fit_steps_to(self, width: int) -> None:
        wide = width >= self._steps_wide + self._pages_need + STEPS_MARGINS or self._steps_narrow >= self._steps_wide
        self.steps.setWordWrap(not wide)
        self.steps.setFixedWidth(self._steps_wide if wide else self._steps_narrow)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if hasattr(self, "_steps_wide"):
            self._fit_steps_to(self.width())

    def align(self) -> None:
        """Each page lines up its own label column (pages are seen one at a time)."""
        from ui.widgets.forms import align_captions

        for page in range(self.stack.count()):
            align_captions([f for f, p in self._form_pages if p == page])

    # ----- pages -----
    def _add_page(self, title: str, content: QWidget, *, fill: bool = False) -> int:
        """Add a step; a ``fill`` page's content takes the page's whole height (the narrative)."""
        index = self.stack.count()
        self.steps.addItem(f"{index + 1}. {title}")
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(8, 0, 8, 8)
        layout.addWidget(content, 1 if fill else 0)
        if not fill:
            layout.addStretch(1)
        self._next_buttons.append((index, layout))
        scroll.setWidget(holder)
        self.page_scrolls.append(scroll)
        self.stack.addWidget(scroll)
        return index

    def _form(self, form: Form, page: int) -> Form:
        self._form_pages.append((form, page))
        return self.register(form, page)

    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        return widget, layout

    def _page_when(self) -> None:
        self._form_pages: list[tuple[Form, int]] = []
        self._next_buttons: list[tuple[int, QVBoxLayout]] = []
        widget, layout = self._page()
        page = self.stack.count()
        box, form = group(self.tr("When"))
        self.occurred_at = DateTimeOffsetEdit()
        self.setting = EnumCombo("setting")
        form.add("occurred_at", self.tr("&Date and time (required):"), self.occurred_at,
                 hint=self.tr("Leave the time empty if it is not known; pick the time zone of the place."))
        form.add("setting", self.tr("&Setting:"), self.setting)
        self._form(form, page)
        layout.addWidget(box)
        box, form = group(self.tr("Where"))
        self.address = _line()
        self.city = _line(200)
        self.state = FreeChoiceCombo([(code, code) for code in sorted(USPS_STATES)])
        self.state.setMinimumContentsLength(4)
        self.location_description = plain_text_edit(2)
        form.add("location.address", self.tr("Add&ress:"), self.address)
        form.add("location.city", self.tr("Cit&y:"), self.city)
        form.add("location.state", self.tr("S&tate:"), self.state)
        form.add("location.description", self.tr("Describe the &place:"), self.location_description,
                 hint=self.tr("e.g. parking lot of the Walmart on Manhattan Blvd"))
        self._form(form, page)
        layout.addWidget(box)
        self._add_page(self.tr("When & where"), widget)

    def _page_who(self) -> None:
        widget, layout = self._page()
        page = self.stack.count()
        box, form = group(self.tr("Who came"))
        # One column: two of the long (Spanish) agency names side by side pushed the form sideways.
        self.agencies = MultiEnumChecks("agency", columns=1)
        self.program = EnumCombo("program")
        self.officer_count = QSpinBox()
        self.officer_count.setRange(-1, 10_000)
        self.officer_count.setSpecialValueText("—")
        self.officer_count.setValue(-1)
        self.officer_count.setMaximumWidth(self.officer_count.fontMetrics().horizontalAdvance("00000") + 40)
        self.identified_as = FreeChoiceCombo(identified_as_items())
        self.vehicles = plain_text_edit(2)
        form.add("agencies", self.tr("Agencies present:"), self.agencies)
        form.add("program", self.tr("&Program:"), self.program)
        form.add("officer_count", self.tr("&Number of officers:"), self.officer_count)
        form.add("identified_as", self.tr("Agents &identified themselves:"), self.identified_as,
                 hint=self.tr("Pick one, or type what they said, e.g. 'said they were police'"))
        form.add("vehicles", self.tr("&Vehicles:"), self.vehicles)
        self._form(form, page)
        layout.addWidget(box)
        box, form = group(self.tr("Officers"))
        self.officers = officers_editor()
        form.add_widget(self.officers)
        self.register_list("officers", self.officers, self.tr("Officers"), page)
        layout.addWidget(box)
        box, self.officer_links, self.vehicle_links = links_group(self, page)
        layout.addWidget(box)
        self._add_page(self.tr("Who came"), widget)

    def _page_entry(self) -> None:
        widget, layout = self._page()
        page = self.stack.count()
        box, form = group(self.tr("How they entered or stopped people"))
        self.entry = EnumCombo("entry")
        self.consent_given_by = plain_text_edit(2)
        self.stop_basis = plain_text_edit(3)
        form.add("entry", self.tr("&Entry:"), self.entry, hint=self.tr("For homes and workplaces"))
        form.add("consent_given_by", self.tr("Consent given &by:"), self.consent_given_by,
                 hint=self.tr("Who agreed, and how — or 'none'"))
        form.add("stop_basis", self.tr("Reason &given:"), self.stop_basis,
                 hint=self.tr("The reason agents gave for the stop or entry, in the words reported"))
        self._form(form, page)
        layout.addWidget(box)
        self._add_page(self.tr("How they entered"), widget)

    def _page_warrant(self) -> None:
        widget, layout = self._page()
        page = self.stack.count()
        box, form = group(self.tr("Warrant"))
        self.warrant_type = EnumCombo("warrant_type")
        self.warrant_shown = TriStateCombo()
        self.warrant_named = RecordPicker(self.ctx, "people")
        form.add("warrant.type", self.tr("&Kind of warrant:"), self.warrant_type)
        form.add("warrant.shown", self.tr("&Shown to anyone:"), self.warrant_shown)
        form.add("warrant.named_person_id", self.tr("&Person named on it:"), self.warrant_named)
        self._form(form, page)
        layout.addWidget(box)
        self._add_page(self.tr("Warrant"), widget)

    def _page_biometrics(self) -> None:
        widget, layout = self._page()
        page = self.stack.count()
        box, form = group(self.tr("Fingerprints, photos and other biometrics"))
        self.biometrics = biometrics_editor(self.ctx, self.names)
        form.add_widget(self.biometrics)
        self.register_list("biometrics", self.biometrics, self.tr("Biometrics"), page)
        layout.addWidget(box)
        self._add_page(self.tr("Biometrics"), widget)

    def _page_statements(self) -> None:
        widget, layout = self._page()
        page = self.stack.count()
        box, form = group(self.tr("Advisals and statements"))
        self.advisals = plain_text_edit(3)
        self.language_used = _line()
        self.statements = plain_text_edit(5, max_lines=20)
        self.profiling = plain_text_edit(3)
        form.add("advisals", self.tr("Rights &advisals given:"), self.advisals,
                 hint=self.tr("What warnings were given, when, in which language — or 'none'"))
        form.add("language_used", self.tr("&Language used:"), self.language_used,
                 hint=self.tr("e.g. English, no interpreter"))
        form.add("statements", self.tr("&Questions and answers:"), self.statements,
                 hint=self.tr("What the person was asked and what they said"))
        form.add("profiling_indicators", self.tr("Profiling &indicators:"), self.profiling,
                 hint=self.tr("Remarks made, who else was stopped or questioned"))
        self._form(form, page)
        layout.addWidget(box)
        self._add_page(self.tr("Advisals & statements"), widget)

    def _page_people(self) -> None:
        widget, layout = self._page()
        page = self.stack.count()
        box, form = group(self.tr("What happened to each person"))
        self.participants = participants_editor(self.ctx, self.names)
        self.participants.detail.encounter_time = self.occurred_at.value  # type: ignore[attr-defined]
        form.add_widget(self.participants)
        self.register_list("participants", self.participants, self.tr("People"), page)
        layout.addWidget(box)
        box, form = group(self.tr("Witnesses"))
        self.witnesses = RecordListPicker(self.ctx, "people")
        form.add("witnesses", self.tr("&Witnesses:"), self.witnesses,
                 hint=self.tr("People who saw it and could give a declaration"))
        self._form(form, page)
        layout.addWidget(box)
        self._add_page(self.tr("People & outcomes"), widget)

    def _page_narrative(self) -> None:
        widget, layout = self._page()
        page = self.stack.count()
        # The account is the longest text of the form: its box takes the page's full width (label
        # above) and full height, however tall the window (a form row does not grow in height).
        box = QGroupBox(self.tr("Narrative"))
        box.setAccessibleName(box.title())
        column = QVBoxLayout(box)
        form = Form(layout=QFormLayout())  # registers the field; its row is moved into the box
        self.narrative = plain_text_edit(12, max_lines=400)
        self.narrative.setMaximumHeight(16_777_215)
        self.narrative.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        form.add("narrative", self.tr("The client's account, in &full:"), self.narrative)
        row = form.layout.takeRow(0)
        holder = row.fieldItem.widget()
        holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        column.addWidget(row.labelItem.widget())
        column.addWidget(holder, 1)
        self._form(form, page)
        layout.addWidget(box, 1)
        self._add_page(self.tr("Narrative"), widget, fill=True)

    def _page_comparison(self) -> None:
        widget, layout = self._page()
        page = self.stack.count()
        box, form = group(self.tr("Account comparison (I-213 against the other accounts)"))
        self.account_points = account_points_editor(self.ctx)
        form.add_widget(self.account_points)
        self.register_list("account_points", self.account_points, self.tr("Account comparison"), page)
        self.i213_view = I213View()  # the I-213's own account beside the client's (issue 15)
        form.add_widget(self.i213_view)
        layout.addWidget(box)
        box, form = group(self.tr("Possible claim"))
        self.possible_ftca = QCheckBox(self.tr("Possible FTCA claim"))
        form.add("possible_ftca_claim", self.tr("FTCA:"), self.possible_ftca,
                 hint=self.tr("Adds a computed deadline two years after the encounter (computed — verify)"))
        self.ftca_presented_on = OptionalDateEdit()
        self.ftca_denied_on = OptionalDateEdit()
        self.ftca_suit_filed_on = OptionalDateEdit()
        form.add("ftca_presented_on", self.tr("FTCA claim &presented on:"), self.ftca_presented_on,
                 hint=self.tr("Six months later it may be deemed denied (28 U.S.C. 2675(a))"))
        form.add("ftca_denied_on", self.tr("FTCA denial &mailed on:"), self.ftca_denied_on,
                 hint=self.tr("Suit is due six months after the denial is mailed (28 U.S.C. 2401(b))"))
        form.add("ftca_suit_filed_on", self.tr("FTCA suit fi&led on:"), self.ftca_suit_filed_on)
        self.possible_civil_rights = QCheckBox(self.tr("Possible civil-rights claim (§ 1983 / Bivens)"))
        self.civil_suit_filed_on = OptionalDateEdit()
        form.add("possible_civil_rights_claim", self.tr("Civil rights:"), self.possible_civil_rights,
                 hint=self.tr("Adds the state's personal-injury limitation date (Owens v. Okure; computed — "
                              "verify)"))
        form.add("civil_suit_filed_on", self.tr("Civil-rights suit filed o&n:"), self.civil_suit_filed_on)
        self._form(form, page)
        layout.addWidget(box)
        self._add_page(self.tr("Comparison & claim"), widget)

    def _page_notes(self) -> None:
        widget, layout = self._page()
        box, form = group(self.tr("Dated notes about this encounter"))
        self.notes_panel = NotesPanel(self.ctx, "encounter_id")
        form.add_widget(self.notes_panel)
        layout.addWidget(box)
        self._add_page(self.tr("Notes"), widget)
        for index, page_layout in self._next_buttons[:-1]:
            title = self.steps.item(index + 1).text().split(". ", 1)[-1].replace("&", "&&")
            button = QPushButton(self.tr("Next: %1 ›").replace("%1", title))
            button.setAccessibleName(self.tr("Next part: %1").replace("%1", title.replace("&&", "&")))
            button.clicked.connect(lambda _c=False, i=index + 1: self.show_page(i))
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(button)
            page_layout.addLayout(row)

    def show_page(self, index: int) -> None:
        if 0 <= index < self.stack.count():
            self.steps.setCurrentRow(index)

    def current_page(self) -> int:
        return self.steps.currentRow()

    # ----- record -----
    def read(self, record: dict[str, Any]) -> None:
        location = record.get("location") or {}
        warrant = record.get("warrant") or {}
        self.occurred_at.setValue(record.get("occurred_at"))
        self.setting.setValue(record.get("setting"))
        self.address.setText(location.get("address") or "")
        self.city.setText(location.get("city") or "")
        self.state.setValue(location.get("state"))
        self.location_description.setPlainText(location.get("description") or "")
        self.agencies.setValue(record.get("agencies"))
        self.program.setValue(record.get("program"))
        count = record.get("officer_count")
        self.officer_count.setValue(count if isinstance(count, int) else -1)
        self.identified_as.setValue(record.get("identified_as"))
        self.vehicles.setPlainText(record.get("vehicles") or "")
        self.officers.setValue(record.get("officers"))
        self.officer_links.setValue(record.get("officer_links"))
        self.vehicle_links.setValue(record.get("vehicle_links"))
        self.entry.setValue(record.get("entry"))
        self.consent_given_by.setPlainText(record.get("consent_given_by") or "")
        self.stop_basis.setPlainText(record.get("stop_basis") or "")
        self.warrant_type.setValue(warrant.get("type"))
        self.warrant_shown.setValue(warrant.get("shown"))
        self.warrant_named.setValue(warrant.get("named_person_id"))
        # Everyone the sub-lists name, read in one query before their tables ask row by row.
        self.names.prefetch(p.get("person_id") for p in [*(record.get("participants") or []),
                                                          *(record.get("biometrics") or [])])
        self.biometrics.setValue(record.get("biometrics"))
        self.advisals.setPlainText(record.get("advisals") or "")
        self.language_used.setText(record.get("language_used") or "")
        self.statements.setPlainText(record.get("statements") or "")
        self.profiling.setPlainText(record.get("profiling_indicators") or "")
        self.participants.setValue(record.get("participants"))
        self.witnesses.setValue(record.get("witnesses"))
        self.narrative.setPlainText(record.get("narrative") or "")
        self.account_points.setValue(record.get("account_points"))
        self.i213_view.set_encounter(record)
        self.possible_ftca.setChecked(bool(record.get("possible_ftca_claim")))
        self.ftca_presented_on.setValue(record.get("ftca_presented_on"))
        self.ftca_denied_on.setValue(record.get("ftca_denied_on"))
        self.ftca_suit_filed_on.setValue(record.get("ftca_suit_filed_on"))
        self.possible_civil_rights.setChecked(bool(record.get("possible_civil_rights_claim")))
        self.civil_suit_filed_on.setValue(record.get("civil_suit_filed_on"))
        self.notes_panel.set_owner(record.get("id"))
        if not record.get("id"):
            self.show_page(0)

    def write(self) -> dict[str, Any]:
        base = self._record or {}
        state = self.state.value()
        count = self.officer_count.value()
        return {
            "occurred_at": self.occurred_at.value(),
            "setting": self.setting.value(),
            "location": {
                **(base.get("location") or {}),
                "address": self.address.text().strip() or None,
                "city": self.city.text().strip() or None,
                "state": state.upper() if state else None,
                "description": self.location_description.toPlainText().strip() or None,
            },
            "agencies": self.agencies.value(),
            "program": self.program.value(),
            "officer_count": count if count >= 0 else None,
            "identified_as": self.identified_as.value(),
            "vehicles": self.vehicles.toPlainText().strip() or None,
            "officers": self.officers.value(),
            "officer_links": self.officer_links.value(),
            "vehicle_links": self.vehicle_links.value(),
            "entry": self.entry.value(),
            "consent_given_by": self.consent_given_by.toPlainText().strip() or None,
            "stop_basis": self.stop_basis.toPlainText().strip() or None,
            "warrant": {
                **(base.get("warrant") or {}),
                "type": self.warrant_type.value(),
                "shown": self.warrant_shown.value(),
                "named_person_id": self.warrant_named.value(),
            },
            "biometrics": self.biometrics.value(),
            "advisals": self.advisals.toPlainText().strip() or None,
            "language_used": self.language_used.text().strip() or None,
            "statements": self.statements.toPlainText().strip() or None,
            "profiling_indicators": self.profiling.toPlainText().strip() or None,
            "participants": self.participants.value(),
            "witnesses": self.witnesses.value(),
            "narrative": self.narrative.toPlainText().strip() or None,
            "account_points": self.account_points.value(),
            "possible_ftca_claim": True if self.possible_ftca.isChecked() else (
                False if "possible_ftca_claim" in base else None),
            "ftca_presented_on": self.ftca_presented_on.value(),
            "ftca_denied_on": self.ftca_denied_on.value(),
            "ftca_suit_filed_on": self.ftca_suit_filed_on.value(),
            "possible_civil_rights_claim": True if self.possible_civil_rights.isChecked() else (
                False if "possible_civil_rights_claim" in base else None),
            "civil_suit_filed_on": self.civil_suit_filed_on.value(),
        }

    def pre_check(self) -> tuple[str, str] | None:
        if not self.occurred_at.value():
            return "occurred_at", self.tr("Enter the date it happened (and the time, if known).")
        for i, row in enumerate(self.participants.value()):
            if not row.get("person_id"):
                return f"participants[{i}].person_id", self.tr("Choose who this person is, or remove the row.")
        return super().pre_check()

    def title_for(self, record: dict[str, Any]) -> str:
        return display_name("encounters", record) or self.tr("Encounter")

    def new_title(self) -> str:
        return self.tr("New encounter")
