"""The catalogue page (事项目录): find an item by name, pinyin or initials; see its checklist."""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.search import matches
from counter_app.services.desk import Desk
from counter_app.services.overview import ItemRow
from counter_app.ui import labels
from counter_app.ui.printing.guide_print import GuidePrinter
from counter_app.ui.retranslate import Retranslating

_Index = QModelIndex | QPersistentModelIndex


class ItemTableModel(QAbstractTableModel):
    COLUMNS = 4

    def __init__(self, items: list[ItemRow]) -> None:
        super().__init__()
        self.items = items

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        item = self.items[index.row()]
        return (item.code, item.name, item.department, labels.working_days(item.promised_limit_days))[
            index.column()
        ]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Code"), self.tr("Item"), self.tr("Department"), self.tr("Promised limit"))[section]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, self.COLUMNS - 1))


class ItemFilter(QSortFilterProxyModel):
    """Keeps the rows whose item matches the query by name, code, pinyin or initials."""

    def __init__(self, source: ItemTableModel) -> None:
        super().__init__()
        self.setSourceModel(source)
        self.query = ""

    def set_query(self, query: str) -> None:
        self.beginFilterChange()
        self.query = query
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: _Index) -> bool:
        item = self.sourceModel().items[row]  # type: ignore[attr-defined]
        return matches(self.query, name=item.name, code=item.code, pinyin=item.pinyin, initials=item.pinyin_initials)


class CataloguePage(Retranslating, QWidget):
    def __init__(self, items: list[ItemRow], parent: QWidget | None = None, *, desk: Desk | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cataloguePage")
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.search = QLineEdit()
        self.search.setObjectName("itemSearch")
        self.search.setClearButtonEnabled(True)
        self.model = ItemTableModel(items)
        self.filter = ItemFilter(self.model)
        self.table = QTableView()
        self.table.setObjectName("itemTable")
        self.table.setModel(self.filter)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.detail = QTextBrowser()
        self.detail.setObjectName("itemDetail")
        self.count = QLabel()
        self.count.setObjectName("itemCount")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([300, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.search)
        layout.addWidget(self.count)
        self.guide: GuidePrinter | None = None
        if desk is not None:
            layout.addLayout(self._guide_row(desk))
        layout.addWidget(splitter, 1)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._select_first)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.retranslate()
        self._select_first()

    def _guide_row(self, desk: Desk) -> QHBoxLayout:
        """The service guide (办事指南) of the selected item, printed for the applicant with one key."""
        self.guide = GuidePrinter(desk, self)
        self.print_guide_button, self.preview_guide_button = QPushButton(), QPushButton()
        self.print_guide_button.setObjectName("printGuide")
        self.preview_guide_button.setObjectName("previewGuide")
        self.guide_status = QLabel()
        self.guide_status.setObjectName("guideStatus")
        self.guide_status.setWordWrap(True)
        self.print_guide_button.clicked.connect(self.print_guide)
        self.preview_guide_button.clicked.connect(self.preview_guide)
        self.guide.said.connect(self._guide_said)
        within = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_guide, context=within)
        QShortcut(QKeySequence("Ctrl+Shift+P"), self, self.preview_guide, context=within)
        row = QHBoxLayout()
        row.addWidget(self.print_guide_button)
        row.addWidget(self.preview_guide_button)
        row.addWidget(self.guide_status, 1)
        return row

    def print_guide(self) -> bool:
        item = self.current_item()
        return self.guide is not None and self.guide.print_at_once(item.code if item else None)

    def preview_guide(self):  # type: ignore[no-untyped-def]
        item = self.current_item()
        return self.guide.open_preview(item.code if item else None) if self.guide is not None else None

    def _guide_said(self, text: str, error: bool) -> None:
        self.guide_status.setProperty("error", error)
        self.guide_status.style().unpolish(self.guide_status)
        self.guide_status.style().polish(self.guide_status)
        self.guide_status.setText(text)

    def _filter(self, text: str) -> None:
        self.filter.set_query(text)
        self._update_count()
        self._select_first()

    def _select_first(self) -> None:
        if self.filter.rowCount() > 0:
            self.table.selectRow(0)
        else:
            self.detail.clear()

    def _update_count(self) -> None:
        self.count.setText(
            self.tr("%1 of %2 items").replace("%1", str(self.filter.rowCount())).replace("%2", str(len(self.model.items)))
        )

    def current_item(self) -> ItemRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.items[self.filter.mapToSource(index).row()]

    def _show_current(self) -> None:
        item = self.current_item()
        self.detail.setHtml(self._detail_html(item) if item else "")

    def _detail_html(self, item: ItemRow) -> str:
        e = html.escape
        rows = "".join(
            f"<tr><td>{n}</td><td>{e(m.name)}</td><td>{e(labels.material_form(m.form))}</td>"
            f"<td>{m.copies}</td><td>{e(labels.requirement(m.requirement))}</td><td>{e(m.note or '')}</td></tr>"
            for n, m in enumerate(item.materials, start=1)
        )
        head = "".join(f"<th>{e(h)}</th>" for h in (
            "#", self.tr("Material"), self.tr("Form"), self.tr("Copies"), self.tr("Needed"), self.tr("Notes")))
        facts = [
            (self.tr("Kind"), labels.item_kind(item.kind)),
            (self.tr("Department"), item.department),
            (self.tr("Statutory limit"), labels.working_days(item.statutory_limit_days)),
            (self.tr("Promised limit"), labels.working_days(item.promised_limit_days)),
            (self.tr("Fee"), item.fee),
            (self.tr("Legal basis"), item.legal_basis),
        ]
        materials_heading = self.tr("Materials")
        dl = "".join(f"<tr><th align='left'>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in facts)
        return (
            f"<h3>{e(item.code)} {e(item.name)}</h3><table cellspacing='4'>{dl}</table>"
            f"<h4>{e(materials_heading)}</h4>"
            f"<table border='1' cellspacing='0' cellpadding='4'><tr>{head}</tr>{rows}</table>"
        )


    def retranslate(self) -> None:
        self.heading.setText(self.tr("Item catalogue"))
        self.search.setPlaceholderText(self.tr("Find an item by name, pinyin or initials (Ctrl+F)"))
        if self.guide is not None:
            self.print_guide_button.setText(self.tr("Print the service guide (Ctrl+P)"))
            self.preview_guide_button.setText(self.tr("Preview… (Ctrl+Shift+P)"))
        self.model.retranslate()
        self._update_count()
        self._show_current()
