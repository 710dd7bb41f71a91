"""My cases (办件): the queue by deadline with yellow and red, filters, search, detail and next steps."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.case_state import CaseStatus
from counter_app.domain.deadlines import WarningLevel
from counter_app.domain.documents import DocumentKind
from counter_app.domain.events import EventKind
from counter_app.domain.hall import WindowType
from counter_app.domain.permissions import Action, role_refusal
from counter_app.domain.staff import Role
from counter_app.services.absences import Cover
from counter_app.services.case_queries import CaseFilter, Scope
from counter_app.services.desk import Desk
from counter_app.ui import labels_case
from counter_app.ui.cases.agency_help_panel import AgencyHelpPanel
from counter_app.ui.cases.case_detail_view import CaseDetailView
from counter_app.ui.cases.case_list_model import CaseListModel
from counter_app.ui.cases.step_dialog import StepDialog
from counter_app.ui.printing.document_dialog import DocumentDialog
from counter_app.ui.ratings.case_rating import CaseRatingPanel
from counter_app.ui.retranslate import Retranslating

COVER_PREFIX = "for:"  # the scope box's data of an absent colleague's queue: "for:<their staff id>"


class CasesPage(Retranslating, QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casesPage")
        self.desk = desk
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.scope = QComboBox()
        self.scope.setObjectName("caseScope")
        self.scopes = [Scope.MINE, Scope.DEPARTMENT]
        if desk.who.window_type is WindowType.COMPREHENSIVE:
            self.scopes = [Scope.WINDOW, Scope.MINE, Scope.DEPARTMENT]
        if Role.HALL_ADMIN in desk.who.roles:
            self.scopes = [Scope.HALL]
        if role_refusal(desk.who.roles, Action.AGENCY_HELP) is None:
            self.scopes.append(Scope.HELPING)  # 代办帮办: the cases I help with
        self.state = QComboBox()
        self.state.setObjectName("caseState")
        self.warning = QComboBox()
        self.warning.setObjectName("caseWarning")
        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setClearButtonEnabled(True)
        self.model = CaseListModel(self._fetch)
        self.table = _case_table(self.model)
        self.covers: list[Cover] = []  # whom this person stands in for today (B角): their queues
        self.detail = CaseDetailView(reveal=desk.reveal_id_number)
        self.detail.step_chosen.connect(self.open_step)
        self.detail.document_chosen.connect(self.open_document)
        self.help_panel = AgencyHelpPanel(desk)
        self.detail.add_panel(self.help_panel)
        self.detail.case_shown.connect(self.help_panel.show_case)
        self.help_panel.changed.connect(self.refresh)
        self.rating_panel = CaseRatingPanel(desk, self)  # 好差评: the case's rating, F4 to rate
        self.detail.add_panel(self.rating_panel)
        self.detail.case_shown.connect(self.rating_panel.show_case)
        bar = QHBoxLayout()
        for widget in (self.scope, self.state, self.warning):
            bar.addWidget(widget)
        bar.addWidget(self.search, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([360, 320])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.retranslate()
        for box in (self.scope, self.state, self.warning):
            box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search.textChanged.connect(lambda _t: self.refresh())
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show(cur))
        self.refresh()

    def case_filter(self) -> CaseFilter:
        state = self.state.currentData()
        scope = self.scope.currentData() or self.scopes[0]
        for_staff = None
        if str(scope).startswith(COVER_PREFIX):  # B for A: A's queue
            scope, for_staff = Scope.MINE, uuid.UUID(str(scope)[len(COVER_PREFIX):])
        return CaseFilter(
            scope=Scope(scope),
            statuses=frozenset({state}) if state else frozenset(),
            warning=WarningLevel(self.warning.currentData()) if self.warning.currentData() else None,
            search=self.search.text(),
            for_staff=for_staff,
        )

    def _fetch(self, after, limit):  # type: ignore[no-untyped-def]
        try:
            return self.desk.list_cases(self.case_filter(), after=after, limit=limit)
        except PermissionError:  # the absence ended since the list was chosen; the banner goes at the next check
            return []

    def set_covers(self, covers: list[Cover]) -> None:
        """The queues of the people this person stands in for today, as extra entries of the scope box."""
        before = self.scope.currentData()
        self.covers = list(covers)
        self._fill_scopes()
        if self.scope.currentData() != before:
            self.refresh()

    def _fill_scopes(self) -> None:
        names = {Scope.MINE: self.tr("My cases"), Scope.DEPARTMENT: self.tr("My department"),
                 Scope.WINDOW: self.tr("Received at my window"), Scope.HALL: self.tr("The whole hall"),
                 Scope.HELPING: self.tr("Cases I help with (agency help)")}
        options: list[tuple[object, str]] = [(s.value, names[s]) for s in self.scopes]
        options += [(f"{COVER_PREFIX}{c.staff_id}", self.tr("%1's queue (B for A)").replace("%1", c.name))
                    for c in self.covers]
        _refill(self.scope, options)

    def refresh(self, select_case: str | None = None) -> None:
        current = select_case or self.current_case_no()
        self.model.reset(self._fetch)
        row = next((i for i, r in enumerate(self.model.rows) if r.case_no == current), 0 if self.model.rows else None)
        if row is None:
            self.detail.show_case(None)
            return
        self.table.selectRow(row)
        self._show(self.model.index(row, 0))

    def current_case_no(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()].case_no if index.isValid() and index.row() < len(self.model.rows) else None

    def _show(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        case_no = self.model.rows[index.row()].case_no
        self.detail.show_case(self.desk.case_detail(case_no), self.desk.printable(case_no),
                              self.desk.print_history(case_no))

    def open_document(self, kind: DocumentKind) -> DocumentDialog | None:
        """The print dialog of one of the case's documents; opened, not run, so the page stays live."""
        if self.detail.detail is None:
            return None
        case_no = self.detail.detail.state.case_no
        dialog = DocumentDialog(self.desk, case_no, kind, self)
        dialog.printed.connect(lambda _number: self.refresh(case_no))
        dialog.open()
        return dialog

    def open_step(self, kind: EventKind) -> bool:
        if self.detail.detail is None:
            return False
        dialog = StepDialog(self.desk, self.detail.detail, kind, self)
        if dialog.exec():
            self.refresh(self.detail.detail.state.case_no)
            return True
        return False


    def retranslate(self) -> None:
        self.heading.setText(self.tr("Cases"))
        self.search.setPlaceholderText(self.tr("Search: case no., name, pinyin or the last digits of the ID (Ctrl+F)"))
        self._fill_scopes()
        _refill(self.state, [(None, self.tr("All states"))] + [(s.value, labels_case.status(s.value)) for s in CaseStatus])
        _refill(self.warning, [(None, self.tr("Any warning")),
                               (WarningLevel.YELLOW.value, labels_case.warning(WarningLevel.YELLOW)),
                               (WarningLevel.RED.value, labels_case.warning(WarningLevel.RED))])
        self.model.retranslate()


def _case_table(model: CaseListModel) -> QTableView:
    table = QTableView()
    table.setObjectName("caseTable")
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    for column in (0, 1, 2, 4, 5, 6):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
    return table


def _refill(box: QComboBox, options: list[tuple[object, str]]) -> None:
    current = box.currentData()
    box.blockSignals(True)
    box.clear()
    for value, text in options:
        box.addItem(text, value)
    index = box.findData(current)
    box.setCurrentIndex(index if index >= 0 else 0)
    box.blockSignals(False)
