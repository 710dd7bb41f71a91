"""The evaluation PDF's grids: staff and windows with their figures (small type, the header repeated
on every page), the period's facts, and the departments' weights."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Table

from counter_app.domain.evaluation import DepartmentWeight, EvaluationReport
from counter_app.printing import blocks
from counter_app.printing.blocks import LABEL_BG
from counter_app.printing.evaluation_table import (
    FIGURE_HEADS,
    STAFF_HEADS,
    STEP_HEADS,
    WINDOW_HEADS,
    staff_values,
    total_values,
    window_values,
)
from counter_app.printing.fonts import FontSet
from counter_app.printing.seal_register_table import FRAME_W

SIZE = 7.5  # 25 columns across an A4 landscape page
LEADING = SIZE + 2
PAD = 1.5
FACT_SIZE = 10
# 收件 受理 一次性告知 不予受理 承办 审核 审批 发证 送达: four characters fit in 12 mm at 7.5 pt.
STEP_W = (8.5 * mm, 8.5 * mm, 11 * mm, 12 * mm, *[8.5 * mm] * 5)
# 办结 按时办结率 法定时限内办结率 平均办理天数 好差评 平均分 满意率 差评 咨询 延时服务（小时）
FIGURE_W = (8.5 * mm, 15 * mm, 14 * mm, 13 * mm, 10 * mm, 10 * mm, 11 * mm, 8.5 * mm, 8.5 * mm, 12 * mm)
_STAFF_FIXED = (7 * mm, 12 * mm, 16 * mm, 15 * mm, 9 * mm)  # 序号 工号 姓名 部门 窗口
STAFF_W = (*_STAFF_FIXED, *STEP_W, *FIGURE_W)
STAFF_WIDTHS = (*STAFF_W, FRAME_W - sum(STAFF_W))  # 年度考核 takes what is left
_WINDOW_REST = sum(STEP_W) + sum(FIGURE_W)
# 窗口 名称 类型 服务部门: the name takes what is left.
WINDOW_WIDTHS = (9 * mm, FRAME_W - _WINDOW_REST - 44 * mm, 11 * mm, 24 * mm, *STEP_W, *FIGURE_W)
assert len(STAFF_WIDTHS) == len(STAFF_HEADS) + 1 and len(WINDOW_WIDTHS) == len(WINDOW_HEADS)
assert len(FIGURE_W) == len(FIGURE_HEADS) and len(STEP_W) == len(STEP_HEADS)
STAFF_LEFT, WINDOW_LEFT = (2, 3), (1, 3)  # names and departments; the rest is centred


@lru_cache(maxsize=8)
def _styles(fonts: FontSet, size: float) -> tuple[ParagraphStyle, ParagraphStyle]:
    base = blocks.styles(fonts)
    cell = ParagraphStyle(f"evaluation_cell_{size}", parent=base.cell, fontSize=size, leading=size + 2)
    head = ParagraphStyle(f"evaluation_head_{size}", parent=base.head, fontSize=size, leading=size + 2,
                          alignment=TA_CENTER)
    return cell, head


def _grid(rows: Sequence[Sequence[str]], header: Sequence[str], widths: Sequence[float], fonts: FontSet,
          left: Sequence[int], total_row: bool = False) -> Table:
    cell_style, head_style = _styles(fonts, SIZE)
    data: list[list[Any]] = [[blocks.cell(h, head_style, fonts, w) for h, w in zip(header, widths, strict=True)]]
    for values in rows:
        data.append([blocks.cell(v, cell_style if i in left else head_style, fonts, widths[i])
                     for i, v in enumerate(values)])
    centred = [i for i in range(len(header)) if i not in left]
    style = blocks.grid_style(fonts, header_rows=1, centred=centred)
    for command in (("FONTSIZE", SIZE), ("LEADING", LEADING), ("LEFTPADDING", PAD), ("RIGHTPADDING", PAD),
                    ("TOPPADDING", 1.5), ("BOTTOMPADDING", 2)):
        style.add(command[0], (0, 0), (-1, -1), command[1])
    if total_row:
        style.add("BACKGROUND", (0, -1), (-1, -1), LABEL_BG)
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(style)
    return table


def staff_grid(report: EvaluationReport, fonts: FontSet) -> Table:
    """序号, the person, their figures, their annual grade; the scope's totals in the last row."""
    decided = report.decided_at is not None
    rows = [[str(n), *staff_values(line, decided=decided)] for n, line in enumerate(report.staff, start=1)]
    rows.append(["", *total_values(report)])
    return _grid(rows, ("序号", *STAFF_HEADS), STAFF_WIDTHS, fonts, STAFF_LEFT, total_row=True)


def window_grid(report: EvaluationReport, fonts: FontSet) -> Table:
    rows = [window_values(line) for line in report.windows]
    return _grid(rows, WINDOW_HEADS, WINDOW_WIDTHS, fonts, WINDOW_LEFT)


def facts_grid(pairs: Sequence[tuple[tuple[str, str], tuple[str, str]]], fonts: FontSet) -> Table:
    """Labelled facts, two pairs a row."""
    cell_style, head_style = _styles(fonts, FACT_SIZE)
    label = 24 * mm
    value = (FRAME_W - 2 * label) / 2
    widths = [label, value, label, value]
    data = [[blocks.cell(v, head_style if n % 2 == 0 else cell_style, fonts, widths[n])
             for n, v in enumerate(v for pair in line for v in pair)] for line in pairs]
    style = blocks.grid_style(fonts, centred=(0, 2))
    style.add("FONTSIZE", (0, 0), (-1, -1), FACT_SIZE)
    style.add("LEADING", (0, 0), (-1, -1), FACT_SIZE + 2.5)
    for col in (0, 2):
        style.add("BACKGROUND", (col, 0), (col, -1), LABEL_BG)
    table = Table(data, colWidths=widths, hAlign="LEFT")
    table.setStyle(style)
    return table


WEIGHTS_PER_ROW = 3


def weights_grid(weights: Sequence[DepartmentWeight], fonts: FontSet) -> Table:
    """部门 | 权重, three departments a row: the window's share of each department's annual target score."""
    cell_style, head_style = _styles(fonts, 9)
    per_row = max(1, min(WEIGHTS_PER_ROW, len(weights)))
    name_w = FRAME_W / WEIGHTS_PER_ROW - 22 * mm
    widths = [name_w, 22 * mm] * per_row
    header = ["部门", "权重"] * per_row
    data: list[list[Any]] = [[blocks.cell(h, head_style, fonts, w) for h, w in zip(header, widths, strict=True)]]
    for start in range(0, len(weights), per_row):
        row: list[Any] = []
        for i, weight in enumerate(weights[start:start + per_row]):
            row += [blocks.cell(weight.name, cell_style, fonts, widths[2 * i]),
                    "未确定" if weight.weight is None else f"{weight.weight}%"]
        data.append(row + [""] * (len(header) - len(row)))
    style = blocks.grid_style(fonts, header_rows=1, centred=list(range(1, 2 * per_row, 2)))
    style.add("FONTSIZE", (0, 0), (-1, -1), 9)
    style.add("LEADING", (0, 0), (-1, -1), 11.5)
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(style)
    return table
