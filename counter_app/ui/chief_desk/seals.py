"""用印: the department's seals, their state and custodians, and the chain check of the stamping log
(the seal log page's check and badge, run off the UI thread)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from counter_app.services.desk import Desk
from counter_app.services.seal_log import ChainReport, SealRow
from counter_app.ui import tasks
from counter_app.ui.chief_desk.common import Panel, fill, make_table
from counter_app.ui.seals.chain_badge import ChainBadge, fault_name
from counter_app.ui.seals.seal_register_dialog import state_name


class SealPanel(Panel):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__("sealPanel", parent)
        self.desk = desk
        self.rows: list[SealRow] = []
        self.report: ChainReport | None = None
        self.checking: tasks.Task | None = None
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.badge = ChainBadge()
        self.table = make_table("sealOverview", 6)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.badge)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def refresh(self) -> None:
        self.rows = self.desk.seals()
        self._fill()
        self.check_chains()

    def _fill(self) -> None:
        fill(self.table, [[r.code, r.name, state_name(r.state), r.custodian_a or "—", r.custodian_b or "—",
                           self._chain(r.code)] for r in self.rows], [r.code for r in self.rows])

    def _chain(self, code: str) -> str:
        if self.report is None:
            return self.tr("checking…")
        faults = [f for f in self.report.faults if f.seal_code == code]
        if not faults:
            return self.tr("✔ intact")
        return self.tr("✘ %1").replace("%1", "；".join(
            self.tr("entry %1 %2").replace("%1", str(f.fault.seq)).replace("%2", fault_name(f.fault.kind.value))
            for f in faults))

    def check_chains(self) -> tasks.Task | None:
        """One check at a time, off the UI thread: it reads every entry and asks the hall for its heads."""
        if self.checking is not None:
            return None
        self.checking = tasks.Task(self.desk.verify_seals)
        self.checking.signals.done.connect(self._checked)
        self.checking.signals.failed.connect(lambda _error: setattr(self, "checking", None))
        return tasks.start(self.checking)

    def _checked(self, report: ChainReport) -> None:
        self.checking, self.report = None, report
        self.badge.show_report(report)
        self._fill()

    def retranslate(self) -> None:
        self.hint.setText(self.tr("The special approval seal is kept by the chief representatives A and B, "
                                  "who answer for every stamping. Stampings are logged on the seal log page."))
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Seal"), self.tr("State"),
                                              self.tr("Custodian A"), self.tr("Custodian B"),
                                              self.tr("Stamping log")])
        if self.rows:
            self._fill()
