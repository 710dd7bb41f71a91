"""The evaluation report (窗口及工作人员绩效考核统计表): plain data in (domain.evaluation.EvaluationReport),
PDF bytes out.

A4 landscape, Chinese. Page 1 opens with the hall, the title and the period's facts; then the
staff with their figures and annual grades (the scope's totals last), the windows, the annual
evaluation of the period's year (the excellent quota and the departments' weights), and what
the figures mean. Tables repeat their header on every page; every page carries the hall, the
title and the period in its footer with 第N页 共M页, and from page 2 on the title at the top.
"""

from __future__ import annotations

import io

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
)

from counter_app.domain.clock import hall_time
from counter_app.domain.evaluation import (
    EXCELLENT_PERCENT,
    GRADE_NAMES,
    EvaluationReport,
    Grade,
    excellent_quota,
)
from counter_app.printing import blocks, running_pages, text
from counter_app.printing.evaluation_grids import facts_grid, staff_grid, weights_grid, window_grid
from counter_app.printing.evaluation_table import scope_text
from counter_app.printing.fonts import FontSet, font_set
from counter_app.printing.layout import GREY, cn_date
from counter_app.printing.seal_register_table import (
    BOTTOM,
    FRAME_W,
    GEOMETRY,
    LEFT,
    PAGE_H,
    PAGE_W,
    RIGHT,
    TOP,
    hall_clock,
)

TITLE = "窗口及工作人员绩效考核统计表"
NOTES = (
    "说明：1. 环节数为统计期间内本人录入的办件环节，B角代A角办理的计入实际办理人；收件含综合窗口代部门收件。",
    "2. 办结指统计期间内作出审批决定（准予或不予许可）的办件，计入受理人；按时办结率为在承诺时限内作出决定的比例，"
    "法定时限内办结率以法定时限（含经批准的延长）计；平均办理天数为自受理至决定的工作日数，不含依法暂停计时的期间。",
    "3. 好差评满意率为“满意”“非常满意”（4、5级）所占比例；差评为大厅设定等级及以下的评价。咨询为本人作为首问责任人登记的咨询。"
    "延时服务含工作时间以外办理的环节和登记的延时服务时段。",
)


class Heading(Flowable):
    """The hall's name over the title."""

    def __init__(self, fonts: FontSet, hall_name: str) -> None:
        super().__init__()
        self.fonts, self.hall_name = fonts, hall_name

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, 16 * mm
        return self.width, self.height

    def draw(self) -> None:
        c, fonts, w, h = self.canv, self.fonts, self.width, self.height
        text.draw(c, w / 2, h - 12, self.hall_name, fonts, text.fit_size(self.hall_name, fonts, 13, w, 9),
                  align="center")
        text.draw(c, w / 2, 3 * mm, TITLE, fonts, 19, align="center", bold=True)


def _section(title: str, fonts: FontSet) -> Paragraph:
    style = ParagraphStyle("evaluation_section", parent=blocks.styles(fonts).plain, fontSize=12, leading=16,
                           spaceBefore=5, spaceAfter=3)
    return blocks.para(title, style, fonts)


def _note(value: str, fonts: FontSet) -> Paragraph:
    style = ParagraphStyle("evaluation_note", parent=blocks.styles(fonts).note, fontSize=8.5, leading=11,
                           spaceAfter=1)
    return blocks.para(value, style, fonts)


def annual_summary(report: EvaluationReport) -> str:
    """One sentence on the annual evaluation of the period's year, as printed."""
    year = report.period.year
    if report.decided_at is None:
        return f"{year}年度考核尚未确定。"
    quota = excellent_quota(report.graded)
    counts = "，".join(f"{GRADE_NAMES[g]}{sum(1 for s in report.staff if s.grade is g)}人" for g in Grade)
    whom = "本部门" if report.scope else "全大厅"
    day = hall_time(report.decided_at).date()
    return (f"{year}年度考核由中心于{cn_date(day)}确定（{report.decided_by}）。"
            f"全大厅参加考核{report.graded}人，优秀名额不超过{EXCELLENT_PERCENT}%即{quota}人；{whom}：{counts}。")


def story(report: EvaluationReport, fonts: FontSet) -> list[Flowable]:
    period = report.period
    facts = facts_grid([
        (("统计期间", f"{period.label}（{cn_date(period.first_day)}至{cn_date(period.last_day)}）"),
         ("范围", scope_text(report))),
        (("工作人员", f"{len(report.staff)}人"), ("制表时间", hall_clock(report.printed_at))),
    ], fonts)
    parts: list[Flowable] = [Heading(fonts, report.hall_name), facts, Spacer(1, 2 * mm),
                             _section("一、工作人员绩效", fonts), staff_grid(report, fonts)]
    if report.windows:
        parts += [CondPageBreak(30 * mm), _section("二、窗口绩效", fonts), window_grid(report, fonts)]
    parts += [CondPageBreak(40 * mm), _section(f"三、{period.year}年度考核", fonts),
              _note(annual_summary(report), fonts)]
    if report.weights:
        parts += [_note("窗口考核结果在部门年度目标考核中的权重（不低于5%）：", fonts), weights_grid(report.weights, fonts)]
    parts += [Spacer(1, 3 * mm), *(_note(line, fonts) for line in NOTES)]
    return parts


def render_evaluation(report: EvaluationReport, *, font_path: str | None = None) -> bytes:
    """The report as a PDF (A4 landscape, fonts embedded). Raises fonts.NoCjkFont without a CJK font."""
    fonts = font_set(font_path)
    scope = scope_text(report)
    page = running_pages.RunningPage(fonts, GEOMETRY, footer_color=GREY, running=f"{TITLE}（续页）　{scope}　{report.period.label}",
                 footer=f"{report.hall_name}　{TITLE}　{scope}　{report.period.label}")
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out, pagesize=(PAGE_W, PAGE_H), leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP, bottomMargin=BOTTOM,
        title=f"{TITLE} {scope} {report.period.label}", author=report.hall_name, subject=scope, creator="Counter",
        initialFontName=fonts.main_name,
    )
    frame = Frame(LEFT, BOTTOM, FRAME_W, PAGE_H - TOP - BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=running_pages.decorate)])

    doc.build(story(report, fonts), canvasmaker=running_pages.canvas_maker(page))
    return out.getvalue()
