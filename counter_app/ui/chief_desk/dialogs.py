"""The sign-off and return dialogs: the case page's step dialog, opened on the chief's line.

The decision's fields, their checks and their errors next to the fields are the step
dialog's (ui/cases/step_dialog.py); here it only starts on the right choice and shows
what the reviewer said. Nothing is saved unless the service accepts the step.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from counter_app.domain.events import EventKind
from counter_app.services.chief_desk import SignOffRow
from counter_app.services.desk import Desk
from counter_app.ui.cases.step_dialog import StepDialog


def _opinion(row: SignOffRow) -> QLabel:
    """What the reviewer (审核) said, above the decision."""
    label = QLabel(QCoreApplication.translate("ChiefDesk", "Reviewer %1: %2").replace("%1", row.reviewer or "—")
                   .replace("%2", row.opinion or QCoreApplication.translate("ChiefDesk", "(no opinion)")))
    label.setObjectName("reviewOpinion")
    label.setWordWrap(True)
    return label


def sign_off_dialog(desk: Desk, row: SignOffRow, parent: QWidget, *, refuse: bool = False) -> StepDialog | None:
    """审批: grant (the default) or refuse with reasons; opened, not run."""
    detail = desk.case_detail(row.case_no)
    if detail is None:
        return None
    dialog = StepDialog(desk, detail, EventKind.DECIDED, parent)
    dialog.setObjectName("signOffDialog")
    dialog.setWindowTitle(QCoreApplication.translate("ChiefDesk", "Sign-off: %1").replace("%1", row.case_no))
    dialog.layout().insertWidget(1, _opinion(row))
    outcome = dialog.inputs["outcome"]
    outcome.setCurrentIndex(outcome.findData("refused" if refuse else "granted"))  # type: ignore[attr-defined]
    reasons = dialog.inputs["reasons"]
    if isinstance(reasons, QPlainTextEdit):
        reasons.setPlaceholderText(QCoreApplication.translate(
            "ChiefDesk", "Art. 38: a refusal states its reasons; the letter adds the right to review or litigation."))
    (reasons if refuse else outcome).setFocus()
    dialog.resize(560, dialog.sizeHint().height())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def return_dialog(desk: Desk, row: SignOffRow, parent: QWidget) -> StepDialog | None:
    """Back to review (审核) with a reason; opened, not run."""
    detail = desk.case_detail(row.case_no)
    if detail is None:
        return None
    dialog = StepDialog(desk, detail, EventKind.RETURNED, parent)
    dialog.setObjectName("returnDialog")
    dialog.setWindowTitle(QCoreApplication.translate("ChiefDesk", "Return to review: %1").replace("%1", row.case_no))
    dialog.layout().insertWidget(1, _opinion(row))
    dialog.inputs["reason"].setFocus()
    dialog.resize(560, dialog.sizeHint().height())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
