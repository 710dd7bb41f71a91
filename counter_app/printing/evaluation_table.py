"""The evaluation's columns in Chinese and its figures as text, shared by the PDF and the CSV.

Rates are percentages with one decimal (50.0%), averages with one or two; a rate without any
case or rating is a dash in print and empty in the CSV (a spreadsheet must not read it as 0).
"""

from __future__ import annotations

from counter_app.domain.evaluation import GRADE_NAMES, EvaluationReport, StaffLine, WindowLine
from counter_app.domain.evaluation_figures import Figures, Step
from counter_app.domain.hall import WindowType

DASH = "—"
STEP_HEADS = {Step.RECEIVED: "收件", Step.ACCEPTED: "受理", Step.NOTICE: "一次性告知", Step.NOT_ACCEPTED: "不予受理",
              Step.UNDERTAKEN: "承办", Step.REVIEWED: "审核", Step.DECIDED: "审批", Step.ISSUED: "发证",
              Step.DELIVERED: "送达"}
FIGURE_HEADS = ("办结", "按时办结率", "法定时限内办结率", "平均办理天数", "好差评", "平均分", "满意率", "差评", "咨询",
                "延时服务（小时）")
STAFF_HEADS = ("工号", "姓名", "部门", "窗口", *STEP_HEADS.values(), *FIGURE_HEADS, "年度考核")
WINDOW_HEADS = ("窗口", "名称", "类型", "服务部门", *STEP_HEADS.values(), *FIGURE_HEADS)
WINDOW_KINDS = {WindowType.CONSTANT: "常设", WindowType.COMPREHENSIVE: "综合", WindowType.EMERGENCY: "应急",
                WindowType.SEASONAL: "季节性"}
NOT_GRADED = "未评定"
SCOPE_HALL = "全大厅"


def percent(value: float | None, empty: str = DASH) -> str:
    return empty if value is None else f"{value * 100:.1f}%"


def decimal(value: float | None, places: int = 1, empty: str = DASH) -> str:
    return empty if value is None else f"{value:.{places}f}"


def figure_values(figures: Figures, empty: str = DASH) -> list[str]:
    """The step counts, then the figures, in the order of the headers."""
    return [
        *(str(figures.step(step)) for step in STEP_HEADS),
        str(figures.finished), percent(figures.on_time_rate, empty), percent(figures.statutory_rate, empty),
        decimal(figures.average_days, 1, empty), str(figures.rating_count), decimal(figures.rating_average, 2, empty),
        percent(figures.satisfied_share, empty), str(figures.bad_ratings), str(figures.consultations),
        decimal(figures.extended_hours, 1),
    ]


def grade_text(line: StaffLine, decided: bool = True) -> str:
    """优秀 ...; 未评定 when the year was decided without this person; blank before the year is decided."""
    if not line.graded:
        return DASH  # the centre's own administrators are evaluated by their organisation
    if not decided:
        return ""
    return GRADE_NAMES[line.grade] if line.grade else NOT_GRADED


def window_text(number: int | None) -> str:
    return f"{number}号" if number is not None else DASH


def staff_values(line: StaffLine, empty: str = DASH, *, short: bool = True, decided: bool = True) -> list[str]:
    department = line.department_short if short else line.department
    return [line.code, line.name, department or DASH, window_text(line.window_number),
            *figure_values(line.figures, empty), grade_text(line, decided)]


def window_values(line: WindowLine, empty: str = DASH) -> list[str]:
    kind = WINDOW_KINDS.get(WindowType(line.kind), line.kind)
    return [window_text(line.number), line.name, kind, "、".join(line.departments) or DASH,
            *figure_values(line.figures, empty)]


def total_values(report: EvaluationReport) -> list[str]:
    return ["合计", f"{len(report.staff)}人", "", "", *figure_values(report.total), ""]


def scope_text(report: EvaluationReport) -> str:
    return report.scope or SCOPE_HALL
