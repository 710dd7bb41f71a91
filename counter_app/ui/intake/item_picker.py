"""Finding the item from the keyboard: Chinese name, full pinyin or initials."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from counter_app.domain.search import matches
from counter_app.services.overview import ItemRow
from counter_app.ui.form_widgets import error_label
from counter_app.ui.retranslate import Retranslating


class ItemPicker(Retranslating, QWidget):
    chosen = Signal(object)  # ItemRow

    def __init__(self, items: list[ItemRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = items
        self.current: ItemRow | None = None
        self.search = QLineEdit()
        self.search.setObjectName("itemSearch")
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("itemResults")
        self.results.setMaximumHeight(96)
        self.selected = QLabel()
        self.selected.setObjectName("itemChosen")
        self.selected.setWordWrap(True)
        self.error = error_label("itemError")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.selected)
        layout.addWidget(self.error)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._choose_current)
        self.search.installEventFilter(self)
        self.results.itemActivated.connect(lambda _i: self._choose_current())
        self._filter("")
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up and down move through the results while typing continues in the search box.
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
                row = self.results.currentRow() + (1 if key == Qt.Key.Key_Down else -1)
                self.results.setCurrentRow(max(0, min(row, self.results.count() - 1)))
                return True
        return super().eventFilter(watched, event)

    def _filter(self, text: str) -> None:
        self.results.clear()
        for item in self.items:
            if matches(text, name=item.name, code=item.code, pinyin=item.pinyin, initials=item.pinyin_initials):
                entry = QListWidgetItem(f"{item.code}  {item.name}")
                entry.setData(Qt.ItemDataRole.UserRole, item.code)
                self.results.addItem(entry)
        if self.results.count():
            self.results.setCurrentRow(0)

    def _choose_current(self) -> None:
        entry = self.results.currentItem()
        if entry is None:
            return
        code = entry.data(Qt.ItemDataRole.UserRole)
        self.choose(next(i for i in self.items if i.code == code))

    def choose(self, item: ItemRow | None) -> None:
        self.current = item
        self.selected.setText(f"{item.code} {item.name} · {item.department}" if item else "")
        if item is not None:
            self.chosen.emit(item)


    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Item: type its name, pinyin or initials, then Enter"))
