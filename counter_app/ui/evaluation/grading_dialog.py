"""The annual evaluation (年度考核) for the hall administrator: a grade for every member of staff, a reason
for 不称职, and each department's weight of its window's result; saved as one decision of the year.

The excellent count and its quota are shown as grades are chosen; what the rules refuse is shown
next to the row or the table it concerns, and nothing is saved until every rule holds.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.applicant import FieldError
from counter_app.domain.clock import hall_time
from counter_app.domain.evaluation import REASON_MAX, WEIGHT_MAX, AnnualEvaluation, Grade, excellent_quota
from counter_app.services import evaluation
from counter_app.services.desk import Desk
from counter_app.ui.evaluation import labels
from counter_app.ui.form_widgets import error_label, show_error

GRADES: list[Grade | None] = [None, *Grade]
CODE, NAME, DEPARTMENT, GRADE, REASON, PROBLEM = range(6)
GRADE_WIDEST = {NAME: 110, DEPARTMENT: 190, GRADE: 170}
DEFAULT_WEIGHT = 5


class GradingDialog(QDialog):
    saved = Signal(int)  # the year decided

    def __init__(self, desk: Desk, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gradingDialog")
        self.desk = desk
        self.year = QSpinBox()
        self.year.setObjectName("gradingYear")
        self.year.setRange(2000, desk.today().year)
        self.year.setValue(min(year, desk.today().year))
        self.state, self.quota = QLabel(), QLabel()
        self.state.setObjectName("gradingState")
        self.quota.setObjectName("gradingQuota")
        self.grades = self._table("gradesTable", 6)
        self.weights = self._table("weightsTable", 3)
        self.errors = {name: error_label(f"grading_{name}_error") for name in ("year", "grades", "weights")}
        self.all_competent, self.save_button, self.cancel_button = QPushButton(), QPushButton(), QPushButton()
        self.all_competent.setObjectName("gradeRestCompetent")
        self.save_button.setObjectName("saveGrading")
        self.save_button.setDefault(True)
        self.codes: list[str] = []
        self.departments: list[str] = []
        self._build()
        self.year.valueChanged.connect(self.load)
        self.all_competent.clicked.connect(self.grade_rest_competent)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.load()

    def _table(self, name: str, columns: int) -> QTableWidget:
        table = QTableWidget(0, columns)
        table.setObjectName(name)
        table.verticalHeader().setVisible(False)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setStretchLastSection(True)
        # Tab goes from field to field (grade, reason, next row), as on a paper form, not from cell to cell.
        table.setTabKeyNavigation(False)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return table

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Annual evaluation"))
        form = QFormLayout()
        form.addRow(self.tr("&Year"), self.year)
        form.addRow(self.errors["year"])
        self.grades.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Department"),
                                               self.tr("Grade"), self.tr("Reason"), self.tr("To correct")])
        self.weights.setHorizontalHeaderLabels([self.tr("Department"), self.tr("Weight"), self.tr("To correct")])
        self.all_competent.setText(self.tr("Grade the rest competent"))
        self.save_button.setText(self.tr("Save the evaluation"))
        self.cancel_button.setText(self.tr("Cancel"))
        heading = QHBoxLayout()
        heading.addLayout(form)
        heading.addWidget(self.state, 1)
        grades_bar = QHBoxLayout()
        grades_bar.addWidget(self.quota, 1)
        grades_bar.addWidget(self.all_competent)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(grades_bar)
        layout.addWidget(self.grades, 3)
        layout.addWidget(self.errors["grades"])
        layout.addWidget(QLabel(self.tr("Each department's window counts for at least 5% of the department's "
                                        "annual target score.")))
        layout.addWidget(self.weights, 2)
        layout.addWidget(self.errors["weights"])
        layout.addLayout(buttons)
        self.resize(980, 760)

    # -- the sheet ---------------------------------------------------------------------

    def load(self) -> None:
        sheet = evaluation.grading_sheet(self.desk.counter, self.desk.who, self.year.value())
        self.codes = [row.code for row in sheet.staff]
        self.grades.setRowCount(len(sheet.staff))
        for r, row in enumerate(sheet.staff):
            for column, value in ((CODE, row.code), (NAME, row.name), (DEPARTMENT, row.department), (PROBLEM, "")):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.grades.setItem(r, column, item)
            self.grades.setCellWidget(r, GRADE, self._grade_box(row.grade))
            reason = QLineEdit(row.reason)
            reason.setMaxLength(REASON_MAX)
            self.grades.setCellWidget(r, REASON, reason)
        self.departments = [w.code for w in sheet.weights]
        self.weights.setRowCount(len(sheet.weights))
        for r, weight in enumerate(sheet.weights):
            self.weights.setItem(r, 0, QTableWidgetItem(weight.name))
            self.weights.setItem(r, 2, QTableWidgetItem(""))
            box = QSpinBox()
            box.setRange(0, WEIGHT_MAX)  # below 5 is refused with the reason, not made impossible
            box.setSuffix("%")
            box.setValue(DEFAULT_WEIGHT if weight.weight is None else weight.weight)
            self.weights.setCellWidget(r, 1, box)
        self.grades.resizeColumnsToContents()
        for column, widest in GRADE_WIDEST.items():  # the full department name is in the tooltip
            self.grades.setColumnWidth(column, min(self.grades.columnWidth(column), widest))
        self.grades.setColumnWidth(REASON, 260)
        self.weights.resizeColumnsToContents()
        self.weights.setColumnWidth(1, 120)
        self._show_state(sheet)
        self._clear_errors()
        self._count()
        self._tab_order()

    def _tab_order(self) -> None:
        chain: list[QWidget] = [self.year, self.all_competent]
        for code in self.codes:
            chain += [self.grade_box(code), self.reason_edit(code)]
        chain += [self.weight_box(code) for code in self.departments]
        chain += [self.save_button, self.cancel_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _grade_box(self, grade: Grade | None) -> QComboBox:
        box = QComboBox()
        box.addItems([labels.grade(g) if g else "—" for g in GRADES])
        box.setCurrentIndex(GRADES.index(grade))
        box.currentIndexChanged.connect(self._count)
        return box

    def _show_state(self, sheet: evaluation.GradingSheet) -> None:
        if sheet.decided_at is None:
            self.state.setText(self.tr("Not decided yet."))
            return
        at = hall_time(sheet.decided_at).strftime("%Y-%m-%d %H:%M")
        self.state.setText(self.tr("Decided %1 by %2; saving again replaces it.").replace("%1", at)
                           .replace("%2", sheet.decided_by))

    def grade_box(self, code: str) -> QComboBox:
        box = self.grades.cellWidget(self.codes.index(code), GRADE)
        assert isinstance(box, QComboBox)
        return box

    def reason_edit(self, code: str) -> QLineEdit:
        edit = self.grades.cellWidget(self.codes.index(code), REASON)
        assert isinstance(edit, QLineEdit)
        return edit

    def weight_box(self, department: str) -> QSpinBox:
        box = self.weights.cellWidget(self.departments.index(department), 1)
        assert isinstance(box, QSpinBox)
        return box

    def set_grade(self, code: str, grade: Grade | None) -> None:
        self.grade_box(code).setCurrentIndex(GRADES.index(grade))

    def grade_rest_competent(self) -> None:
        for code in self.codes:
            if self.entered().grades[code] is None:
                self.set_grade(code, Grade.COMPETENT)

    def entered(self) -> AnnualEvaluation:
        grades = {code: GRADES[self.grade_box(code).currentIndex()] for code in self.codes}
        reasons = {code: self.reason_edit(code).text() for code in self.codes}
        weights: dict[str, int | None] = {code: self.weight_box(code).value() for code in self.departments}
        return AnnualEvaluation(self.year.value(), grades, weights, reasons)

    def _count(self) -> None:
        form = self.entered()
        over = form.count(Grade.EXCELLENT) > excellent_quota(len(self.codes))
        if self.quota.property("error") != over:  # red once the quota is passed, before saving
            self.quota.setProperty("error", over)
            self.quota.style().unpolish(self.quota)
            self.quota.style().polish(self.quota)
        self.quota.setText(self.tr("Excellent: %1 of at most %2 (20% of the %3 graded)")
                           .replace("%1", str(form.count(Grade.EXCELLENT)))
                           .replace("%2", str(excellent_quota(len(self.codes)))).replace("%3", str(len(self.codes))))

    # -- saving -------------------------------------------------------------------------

    def save(self) -> list[FieldError]:
        form = self.entered()
        errors = evaluation.decide(self.desk.counter, self.desk.who, form, self.desk.clock())
        self._show_errors(errors, form)
        if not errors:
            self.saved.emit(form.year)
            self.accept()
        return errors

    def _clear_errors(self) -> None:
        self._show_errors([], None)

    def _show_errors(self, errors: list[FieldError], form: AnnualEvaluation | None) -> None:
        rows: dict[str, list[str]] = {}
        weights: dict[str, str] = {}
        tables: dict[str, list[str]] = {"grades": [], "weights": [], "year": []}
        missing = sum(1 for e in errors if e.field.startswith("grade:"))
        for e in errors:
            kind, _, key = e.field.partition(":")
            if kind == "grade":
                rows.setdefault(key, []).append(self.tr("Choose a grade."))
            elif kind == "reason":
                rows.setdefault(key, []).append(labels.reason_error(e.code))
            elif kind == "weight":
                weights[key] = labels.weight_error(e.code)
            else:
                excellent = form.count(Grade.EXCELLENT) if form else 0
                tables[kind].append(labels.error(e.code, excellent=excellent, graded=len(self.codes),
                                                 quota=excellent_quota(len(self.codes)), missing=missing))
        for r, code in enumerate(self.codes):
            self._problem(self.grades, r, PROBLEM, " ".join(rows.get(code, [])))
        for r, code in enumerate(self.departments):
            self._problem(self.weights, r, 2, weights.get(code, ""))
        if weights:
            tables["weights"].append(self.tr("%1 weight(s) to correct, marked in the table.")
                                     .replace("%1", str(len(weights))))
        for name, label in self.errors.items():
            show_error(label, "\n".join(tables[name]) or None, translated=True)
        first = next((self.codes.index(c) for c in self.codes if c in rows), None)
        if first is not None:
            self.grades.scrollToItem(self.grades.item(first, CODE))

    def _problem(self, table: QTableWidget, row: int, column: int, text: str) -> None:
        item = table.item(row, column)
        assert item is not None
        item.setText(text)
        item.setToolTip(text)
        item.setForeground(Qt.GlobalColor.red if text else Qt.GlobalColor.black)
