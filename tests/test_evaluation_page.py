"""The evaluation page driven as the hall administrator would: the period switched by the bar and by
Alt+Left, last year's grades, the CSV and the PDF exported; the annual grading dialog refusing too many
excellent grades, a weight under 5% and 不称职 without a reason, then saving; who sees the page."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from gui_helpers import open_main_window, page_named, type_chinese
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from counter_app.domain.evaluation import Grade, PeriodKind
from counter_app.store.models import EvaluationRecord
from counter_app.ui.evaluation.grading_dialog import GradingDialog
from counter_app.ui.pages.evaluation_page import EvaluationPage


def _open(qtbot, demo_dir: Path, code: str = "S9001"):  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, code)
    page = page_named(window, "evaluationPage")
    window.nav.setCurrentRow(window.stack.indexOf(page))
    qtbot.waitUntil(lambda: page.report is not None, timeout=30_000)
    return ctl, window, page


def _cells(page: EvaluationPage) -> dict[str, list[str]]:
    model = page.staff_model
    return {model.texts(r)[0]: model.texts(r) for r in range(model.rowCount())}


def test_switching_the_period_and_exporting(qtbot, demo_dir: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    ctl, window, page = _open(qtbot, demo_dir)
    try:
        assert page.report.period.kind is PeriodKind.MONTH and page.scope.text() == "Whole hall"
        assert len(page.report.staff) == 51 and page.staff_model.rowCount() == 52  # and the totals
        this_year = page.report.period.year
        with qtbot.waitSignal(page.loaded, timeout=30_000):
            page.period_bar.kind.setCurrentIndex(2)  # Year
        assert page.report.period.kind is PeriodKind.YEAR and page.report.period.year == this_year
        assert not page.period_bar.next.isEnabled()  # next year has not begun
        with qtbot.waitSignal(page.loaded, timeout=30_000):
            qtbot.keyClick(page.staff_table, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
        assert page.report.period.year == this_year - 1 and page.period_bar.year.value() == this_year - 1
        chosen = page.period_bar.period
        with qtbot.assertNotEmitted(page.period_bar.changed):
            page.period_bar.retranslate()  # the combo boxes are refilled for another language
        assert page.period_bar.period == chosen and page.period_bar.kind.currentIndex() == 2
        # The demo's centre graded last year: within the quota, one incompetent.
        grades = [row[4] for code, row in _cells(page).items() if code.startswith("S0")]
        assert "Excellent" in grades and grades.count("Incompetent") <= 1 and "" not in grades
        assert page.annual.text().startswith(f"Annual evaluation {this_year - 1}: decided ")

        target = tmp_path / "evaluation.csv"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "CSV (*.csv)"))
        with qtbot.waitSignal(page.exported, timeout=10_000):
            qtbot.keyClick(page.staff_table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        data = target.read_bytes()
        assert data.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
        assert rows[0][:4] == ["统计期间", "范围", "工号", "姓名"] and len(rows) == 52
        assert {r[0] for r in rows[1:]} == {f"{this_year - 1}年度"} and {r[1] for r in rows[1:]} == {"全大厅"}
        assert {r[-1] for r in rows[1:]} <= {"优秀", "称职", "基本称职", "不称职", "—"}

        pdf = tmp_path / "evaluation.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(pdf), "PDF (*.pdf)"))
        with qtbot.waitSignal(page.exported, timeout=60_000):
            qtbot.keyClick(page.staff_table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        assert pdf.read_bytes().startswith(b"%PDF") and "evaluation.pdf" in page.status.text()
    finally:
        window.close()
        ctl.shut_down()


def _records(page: EvaluationPage, year: int) -> int:
    with page.desk.counter.local() as uow:
        return uow.session.scalar(select(func.count()).select_from(EvaluationRecord)
                                  .where(EvaluationRecord.year == year)) or 0


def test_grading_refuses_too_many_excellent_then_saves(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ctl, window, page = _open(qtbot, demo_dir)
    try:
        year = page.report.period.year
        qtbot.keyClick(page.staff_table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
        dialog = page.findChild(GradingDialog)
        assert dialog is not None and dialog.isVisible() and dialog.year.value() == year
        assert len(dialog.codes) == 49 and "S9001" not in dialog.codes
        first, second = dialog.codes[:2]
        dialog.grade_box(first).setFocus()
        qtbot.keyClick(dialog.grade_box(first), Qt.Key.Key_Tab)  # grade, reason, the next row's grade
        assert dialog.focusWidget() is dialog.reason_edit(first)
        qtbot.keyClick(dialog.reason_edit(first), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.grade_box(second)
        for code in dialog.codes[:10]:
            dialog.set_grade(code, Grade.EXCELLENT)
        assert dialog.quota.text() == "Excellent: 10 of at most 9 (20% of the 49 graded)"
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert dialog.errors["grades"].text().splitlines() == [
            "Grade every member of staff: 39 not graded yet.",
            "10 excellent of 49; at most 9 (20% of the staff graded)."]
        assert _records(page, year) == 0

        qtbot.mouseClick(dialog.all_competent, Qt.MouseButton.LeftButton)
        dialog.set_grade(dialog.codes[9], Grade.INCOMPETENT)
        dialog.weight_box("SCJG").setValue(4)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and dialog.errors["grades"].isHidden()
        assert dialog.grades.item(9, 5).text() == "Incompetent needs a reason."
        row = dialog.departments.index("SCJG")
        assert dialog.weights.item(row, 2).text().startswith("At least 5%")
        assert dialog.errors["weights"].text() == "1 weight(s) to correct, marked in the table."
        assert _records(page, year) == 0

        type_chinese(dialog.reason_edit(dialog.codes[9]), "多次超期办结")
        dialog.weight_box("SCJG").setValue(8)
        codes = list(dialog.codes)
        with qtbot.waitSignals([dialog.accepted, page.loaded], timeout=30_000):  # closed, then read again
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert _records(page, year) == 1
        cells = _cells(page)
        assert cells[codes[0]][4] == "Excellent" and cells[codes[9]][4] == "Incompetent"
        assert page.annual.text().startswith(f"Annual evaluation {year}: decided ")
        assert "Excellent here: 9; the hall may grade at most 9 of 49 excellent" in page.annual.text()
    finally:
        window.close()
        ctl.shut_down()


def test_a_chief_sees_the_department_and_cannot_grade(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ctl, window, page = _open(qtbot, demo_dir, "S0191")
    try:
        assert page.scope.text() == "郑州市二七区市场监督管理局"
        assert set(_cells(page)) == {"S0101", "S0102", "S0103", "S0104", "S0191", "S0192", "Total"}
        assert [page.window_model.texts(r)[0] for r in range(page.window_model.rowCount())] == ["1", "2", "11"]
        assert page.grade_button.isHidden() and page.open_grading() is None
    finally:
        window.close()
        ctl.shut_down()


def test_a_window_clerk_has_no_evaluation_page(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, "S0101")
    try:
        with pytest.raises(LookupError):
            page_named(window, "evaluationPage")
        assert "Evaluation" not in [window.nav.item(i).text() for i in range(window.nav.count())]
    finally:
        window.close()
        ctl.shut_down()
