"""The evaluation's tables as Qt models: one row a member of staff (with the annual grade) or a window,
the step counts and then the figures; the scope's totals as the staff table's last row."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from counter_app.domain.evaluation import EvaluationReport, Grade, StaffLine, WindowLine
from counter_app.domain.evaluation_figures import Figures, Step
from counter_app.ui.evaluation import labels

_Index = QModelIndex | QPersistentModelIndex
STEPS = list(Step)
LATE_TEXT = "#b00020"  # an on-time rate with a late case in it, bad ratings
INCOMPETENT_BACKGROUND = "#fde2e4"
EXCELLENT_BACKGROUND = "#e3f2e1"


def figure_texts(figures: Figures) -> list[str]:
    """What an evaluator reads first (steps in all, the timeliness, the ratings), then the steps by kind."""
    return [str(figures.total_steps), str(figures.finished), labels.percent(figures.on_time_rate),
            labels.percent(figures.statutory_rate), labels.decimal(figures.average_days),
            str(figures.rating_count), labels.decimal(figures.rating_average, 2),
            labels.percent(figures.satisfied_share), str(figures.bad_ratings), str(figures.consultations),
            labels.decimal(figures.extended_hours), *(str(figures.step(s)) for s in STEPS)]


ON_TIME_OFFSET = 2  # the on-time rate's column among the figures
BAD_OFFSET = 8
FIGURE_COLUMNS = 11 + len(STEPS)


class FiguresModel(QAbstractTableModel):
    """Staff (kind "staff") or windows (kind "window") with their figures."""

    def __init__(self, kind: str) -> None:
        super().__init__()
        self.kind = kind
        self.lead = 5 if kind == "staff" else 3  # code, name, department, window, grade | number, name, departments
        self.lines: Sequence[StaffLine | WindowLine] = ()
        self.total: Figures | None = None
        self.decided = False  # the annual evaluation of the period's year

    def set_report(self, report: EvaluationReport) -> None:
        self.beginResetModel()
        self.lines = report.staff if self.kind == "staff" else report.windows
        self.total = report.total if self.kind == "staff" else None
        self.decided = report.decided_at is not None
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        if parent.isValid():
            return 0
        return len(self.lines) + (1 if self.total is not None and self.lines else 0)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else self.lead + FIGURE_COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.heads()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tips()[section] or None
        return None

    def heads(self) -> list[str]:
        if self.kind == "staff":
            lead = [self.tr("Code"), self.tr("Name"), self.tr("Department"), self.tr("Window"),
                    self.tr("Annual grade")]
        else:
            lead = [self.tr("Window"), self.tr("Name"), self.tr("Departments")]
        return [*lead, self.tr("Steps"), *labels.figure_heads(), *(labels.step(s) for s in STEPS)]

    def tips(self) -> list[str]:
        steps = self.tr("Steps recorded in the period; a B role's step for an absent A counts for B, who acted.")
        received = self.tr("Materials taken in; a window's receipts are those taken in at it, whoever served.")
        lead = [""] * self.lead
        return [*lead, steps, *labels.figure_tips(), received, *[""] * (len(STEPS) - 1)]

    def texts(self, row: int) -> list[str]:
        if row == len(self.lines):
            assert self.total is not None
            return [self.tr("Total"), self.tr("%1 staff").replace("%1", str(len(self.lines))), "", "", "",
                    *figure_texts(self.total)]
        line = self.lines[row]
        if isinstance(line, StaffLine):
            grade = labels.grade(line.grade) if line.graded and self.decided else "" if line.graded else "—"
            window = str(line.window_number) if line.window_number is not None else "—"
            return [line.code, line.name, line.department_short or "—", window, grade, *figure_texts(line.figures)]
        return [str(line.number), line.name, "、".join(line.departments), *figure_texts(line.figures)]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts(row)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.lead:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row == len(self.lines):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == 2 and row < len(self.lines):
            line = self.lines[row]
            return line.department if isinstance(line, StaffLine) else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._warning(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == 4 and row < len(self.lines):
            return self._grade_colour(self.lines[row])
        if role == Qt.ItemDataRole.UserRole and row < len(self.lines):
            line = self.lines[row]
            return line.code if isinstance(line, StaffLine) else line.number
        return None

    def _figures(self, row: int) -> Figures:
        if row == len(self.lines):
            assert self.total is not None
            return self.total
        return self.lines[row].figures

    def _warning(self, row: int, column: int) -> QBrush | None:
        figures = self._figures(row)
        late = column == self.lead + ON_TIME_OFFSET and figures.on_time_promised < figures.with_promised
        bad = column == self.lead + BAD_OFFSET and figures.bad_ratings > 0
        return QBrush(QColor(LATE_TEXT)) if late or bad else None

    def _grade_colour(self, line: StaffLine | WindowLine) -> QBrush | None:
        if self.kind != "staff" or not isinstance(line, StaffLine):
            return None
        if line.grade is Grade.EXCELLENT:
            return QBrush(QColor(EXCELLENT_BACKGROUND))
        if line.grade is Grade.INCOMPETENT:
            return QBrush(QColor(INCOMPETENT_BACKGROUND))
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
