"""The consultations page (咨询登记, 首问负责): record each question one answers first, from the keyboard;
today's consultations of this person; the item's service guide printed for the applicant.

Keys: F2 from anywhere in the window comes here to record one; Ctrl+Return records; Ctrl+P prints the
chosen item's service guide (Ctrl+Shift+P previews it); Ctrl+T starts the intake of a matter taken over.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.applicant import FieldError
from counter_app.domain.consultations import QUESTION_MAX, ConsultationOutcome
from counter_app.services import consultations
from counter_app.services.consultations import ConsultationForm, ConsultationRow
from counter_app.services.desk import Desk
from counter_app.services.overview import ItemRow
from counter_app.ui.appointments import labels
from counter_app.ui.appointments.messages import message
from counter_app.ui.appointments.navigation import show_page
from counter_app.ui.form_widgets import error_label, show_error, with_error
from counter_app.ui.intake.item_picker import ItemPicker
from counter_app.ui.printing.guide_print import GuidePrinter
from counter_app.ui.retranslate import Retranslating

RECORD_KEY = "F2"


class ConsultationsPage(Retranslating, QWidget):
    recorded = Signal(object)  # the consultation's id

    def __init__(self, desk: Desk, catalogue: list[ItemRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consultationsPage")
        self.desk = desk
        self.intake: QWidget | None = None
        self.taken_over: ItemRow | None = None
        self.rows: list[ConsultationRow] = []
        self.heading, self.status = QLabel(), QLabel()
        self.heading.setObjectName("pageHeading")
        self.status.setObjectName("consultStatus")
        self.status.setWordWrap(True)
        self.question = QLineEdit()
        self.question.setObjectName("consultQuestion")
        self.question.setMaxLength(QUESTION_MAX + 20)  # the service says when it is too long
        self.picker = ItemPicker(catalogue)
        self.outcomes = {o: QRadioButton() for o in ConsultationOutcome}
        self.outcome_group = QButtonGroup(self)
        for outcome, button in self.outcomes.items():
            button.setObjectName(f"consult_{outcome.value}")
            self.outcome_group.addButton(button)
        self.outcomes[ConsultationOutcome.ANSWERED].setChecked(True)
        self.referred_to = QComboBox()
        self.referred_to.setObjectName("consultReferredTo")
        self.referred_to.setEditable(True)
        self.referred_to.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for target in consultations.referral_targets(desk.counter, desk.who):
            text = f"{target.code} {target.name}" + (f" · {target.department}" if target.department else "")
            self.referred_to.addItem(text, (target.kind, target.code))
        self.referred_to.setCurrentIndex(-1)
        for button in self.outcomes.values():
            button.toggled.connect(lambda _on: self._outcome_changed())
        self.errors = {name: error_label(f"consult_{name}_error")
                       for name in ("question", "item", "outcome", "referred_to")}
        self.save_button, self.guide_button, self.intake_button = QPushButton(), QPushButton(), QPushButton()
        self.save_button.setObjectName("consultSave")
        self.guide_button.setObjectName("consultPrintGuide")
        self.intake_button.setObjectName("consultStartIntake")
        self.intake_button.hide()
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("consultationTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.guide = GuidePrinter(desk, self)
        self.guide.said.connect(lambda text, error: self._say(text, error=error))
        self._build()
        self._outcome_changed()
        self.retranslate()
        self.refresh()
        # The window-wide key is set up once the page sits in its window (the window is built after the pages).
        QTimer.singleShot(0, self, self._install_record_key)

    def _build(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.guide_button.clicked.connect(self.print_guide)
        self.intake_button.clicked.connect(self.start_intake)
        outcomes = QHBoxLayout()
        for button in self.outcomes.values():
            outcomes.addWidget(button)
        outcomes.addStretch(1)
        outcome_box = QWidget()
        outcome_box.setLayout(outcomes)
        self.form = QFormLayout()
        self.question_label, self.item_label, self.outcome_label, self.referred_label = (QLabel() for _ in range(4))
        for label, field, name in ((self.question_label, self.question, "question"),
                                   (self.item_label, self.picker, "item"),
                                   (self.outcome_label, outcome_box, "outcome"),
                                   (self.referred_label, self.referred_to, "referred_to")):
            label.setBuddy(field if field is not self.picker else self.picker.search)
            self.form.addRow(label, with_error(field, self.errors[name]))
        buttons = QHBoxLayout()
        for button in (self.save_button, self.guide_button, self.intake_button):
            buttons.addWidget(button)
        buttons.addWidget(self.status, 1)
        self.entry_box = QGroupBox()
        entry = QVBoxLayout(self.entry_box)
        entry.addLayout(self.form)
        entry.addLayout(buttons)
        self.list_heading = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.entry_box)
        layout.addWidget(self.list_heading)
        layout.addWidget(self.table, 1)
        within = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key, slot in (("Ctrl+Return", self.save), ("Ctrl+P", self.print_guide),
                          ("Ctrl+Shift+P", self.preview_guide), ("Ctrl+T", self.start_intake)):
            QShortcut(QKeySequence(key), self, slot, context=within)
        self.setTabOrder(self.question, self.picker.search)

    def _install_record_key(self) -> None:
        window = self.window()
        self.record_action = QAction(window)
        self.record_action.setObjectName("recordConsultation")
        self.record_action.setShortcut(QKeySequence(RECORD_KEY))
        self.record_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.record_action.triggered.connect(lambda _c=False: self.begin())
        window.addAction(self.record_action)

    def wire_intake(self, intake: QWidget) -> None:
        """A matter taken over can start the intake page with its item."""
        self.intake = intake

    def begin(self) -> None:
        """Come to this page with an empty entry, the cursor in the question."""
        show_page(self)
        self.question.setFocus()

    # -- recording -------------------------------------------------------------------------------

    def outcome(self) -> ConsultationOutcome:
        return next(o for o, b in self.outcomes.items() if b.isChecked())

    def form_values(self) -> ConsultationForm:
        outcome = self.outcome()
        department = staff = ""
        if outcome is ConsultationOutcome.REFERRED:
            department, staff = self._referral_target()
        return ConsultationForm(question=self.question.text(), outcome=outcome.value,
                                item_code=self.picker.current.code if self.picker.current else "",
                                referred_department=department, referred_staff=staff)

    def _referral_target(self) -> tuple[str, str]:
        """The chosen department or colleague; typed text naming neither is sent as a staff code to be refused."""
        text = self.referred_to.currentText().strip()
        index = self.referred_to.findText(text)
        data = self.referred_to.itemData(index) if index >= 0 else None
        if data is None:
            # Typed rather than chosen: the code or the name of one entry.
            match = next((self.referred_to.itemData(i) for i in range(self.referred_to.count())
                          if text and text.upper() in self.referred_to.itemText(i).upper().split(" ")[:2]), None)
            data = match or ("staff", text)
        kind, code = data
        return (code, "") if kind == "department" else ("", code)

    def save(self) -> bool:
        form = self.form_values()
        recorded = consultations.record(self.desk.counter, self.desk.who, form, self.desk.clock())
        self._show_errors(list(recorded.errors))
        if not recorded.saved:
            self._say(self.tr("Not recorded: correct the fields marked in red."), error=True)
            return False
        item = self.picker.current
        self.taken_over = item if form.outcome == ConsultationOutcome.TAKEN_OVER and self._takes_in(item) else None
        self.intake_button.setVisible(self.taken_over is not None)
        self._say(self.tr("Recorded.") + (" " + self.tr("Start the intake with %1 (Ctrl+T).").replace(
            "%1", self.taken_over.name) if self.taken_over else ""), error=False)
        self._clear()
        self.refresh()
        self.recorded.emit(recorded.consultation_id)
        return True

    def _takes_in(self, item: ItemRow | None) -> bool:
        items = getattr(getattr(self.intake, "picker", None), "items", [])
        return item is not None and any(i.code == item.code for i in items)

    def start_intake(self) -> bool:
        if self.taken_over is None or self.intake is None:
            return False
        item, self.taken_over = self.taken_over, None
        self.intake_button.hide()
        show_page(self.intake)
        return bool(self.intake.start_with(item_code=item.code))  # type: ignore[attr-defined]

    def print_guide(self) -> bool:
        return self.guide.print_at_once(self.picker.current.code if self.picker.current else None)

    def preview_guide(self):  # type: ignore[no-untyped-def]
        return self.guide.open_preview(self.picker.current.code if self.picker.current else None)

    def _show_errors(self, errors: list[FieldError]) -> None:
        by_field = {e.field: e.code for e in errors}
        for name, label in self.errors.items():
            code = by_field.get(name)
            show_error(label, message(code) if code else None, translated=True)
        if "question" in by_field:
            self.question.setFocus()

    def _clear(self) -> None:
        self.question.clear()
        self.picker.search.clear()
        self.picker.choose(None)
        self.referred_to.setCurrentIndex(-1)
        self.referred_to.setEditText("")
        self.outcomes[ConsultationOutcome.ANSWERED].setChecked(True)
        self.question.setFocus()

    def _outcome_changed(self) -> None:
        self.referred_to.setEnabled(self.outcomes[ConsultationOutcome.REFERRED].isChecked())

    def _say(self, text: str, *, error: bool) -> None:
        self.status.setProperty("error", error)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)

    # -- today's list ----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.rows = consultations.todays(self.desk.counter, self.desk.who, self.desk.today())
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            cells = [row.at.strftime("%H:%M"), f"{row.item_code} {row.item_name}".strip(), row.question,
                     labels.outcome(row.outcome), row.referred_to]
            for c, value in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.list_heading.setText(self.tr("My consultations today: %1").replace("%1", str(len(self.rows))))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Consultations (first-inquiry responsibility)"))
        self.entry_box.setTitle(self.tr("Record a consultation (F2)"))
        self.question_label.setText(self.tr("&Question"))
        self.item_label.setText(self.tr("It&em (optional)"))
        self.outcome_label.setText(self.tr("Outcome"))
        self.referred_label.setText(self.tr("Referred &to"))
        texts = {ConsultationOutcome.ANSWERED: self.tr("&Answered"), ConsultationOutcome.REFERRED: self.tr("&Referred"),
                 ConsultationOutcome.TAKEN_OVER: self.tr("Ta&ken over")}
        for outcome, button in self.outcomes.items():
            button.setText(texts[outcome])
        self.question.setPlaceholderText(self.tr("What the applicant asked, in a few words"))
        self.referred_to.lineEdit().setPlaceholderText(self.tr("A department or a colleague (code or name)"))
        self.save_button.setText(self.tr("Record (Ctrl+Enter)"))
        self.guide_button.setText(self.tr("Print the service guide (Ctrl+P)"))
        self.intake_button.setText(self.tr("Start the intake (Ctrl+T)"))
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Item"), self.tr("Question"),
                                              self.tr("Outcome"), self.tr("Referred to")])
        self.list_heading.setText(self.tr("My consultations today: %1").replace("%1", str(len(self.rows))))
