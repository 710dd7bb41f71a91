"""The badge of the stamping log's chain check: intact, or every fault named."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QWidget

from counter_app.services.seal_log import ChainReport


def fault_name(kind: str) -> str:
    names = {
        "edited": QCoreApplication.translate("ChainBadge", "edited"),
        "removed": QCoreApplication.translate("ChainBadge", "removed"),
        "reordered": QCoreApplication.translate("ChainBadge", "reordered"),
        "inserted": QCoreApplication.translate("ChainBadge", "inserted"),
        "cut_tail": QCoreApplication.translate("ChainBadge", "newest entries cut off"),
    }
    return names.get(kind, kind)


class ChainBadge(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chainBadge")
        self.setWordWrap(True)
        self.report: ChainReport | None = None

    def show_report(self, report: ChainReport) -> None:
        self.report = report
        self.setProperty("state", "intact" if report.intact else "broken")
        self.style().unpolish(self)
        self.style().polish(self)
        source = self.tr("the hall") if report.heads_from == "hall" else self.tr(
            "this counter's copy (the hall cannot be reached)")
        if report.intact:
            self.setText(self.tr("✔ Stamping log intact: %1 entries in %2 chain(s), checked against the heads held by %3.")
                         .replace("%1", str(report.entries)).replace("%2", str(report.chains)).replace("%3", source))
            return
        faults = "；".join(
            self.tr("seal %1, entry %2: %3").replace("%1", f.seal_code).replace("%2", str(f.fault.seq))
            .replace("%3", fault_name(f.fault.kind.value)) for f in report.faults)
        self.setText(self.tr("✘ The stamping log has been tampered with: %1. Report it to the hall at once.")
                     .replace("%1", faults))

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.type() == QEvent.Type.LanguageChange and self.report is not None:
            self.show_report(self.report)
        super().changeEvent(event)
