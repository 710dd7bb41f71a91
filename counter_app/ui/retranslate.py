"""One place that answers Qt's LanguageChange: every widget with text mixes this in."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Calls self.retranslate() when the interface language changes (put it before the Qt base)."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
