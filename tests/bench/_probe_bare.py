"""The floor: a bare PySide6 QMainWindow, from process start to its first paint."""

import sys

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            QApplication.exit(0)
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(420, 240)
spy = FirstPaint()
window.installEventFilter(spy)
window.show()
sys.exit(app.exec())
