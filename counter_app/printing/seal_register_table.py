"""The daily stamping register's page geometry and its two tables: the seal's facts and one grid row
per stamping (用印登记簿的表格)."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Table

from counter_app.domain.clock import hall_time
from counter_app.domain.documents import DocumentKind
from counter_app.domain.seals import DailyRegister, RegisterLine
from counter_app.printing import blocks, correction, decisions, receipt, text, time_limits
from counter_app.printing.blocks import LABEL_BG
from counter_app.printing.fonts import FontSet
from counter_app.printing.layout import cn_date
from counter_app.printing.running_pages import Geometry

EMPTY = "当日无用印记录"

PAGE_W, PAGE_H = landscape(A4)
LEFT = RIGHT = 15 * mm
TOP, BOTTOM = 20 * mm, 17 * mm
FRAME_W = PAGE_W - LEFT - RIGHT
FOOTER_RULE = 12 * mm  # from the bottom edge
FOOTER_SIZE = 8.5
GEOMETRY = Geometry(PAGE_W, PAGE_H, LEFT, RIGHT, TOP, FOOTER_RULE, FOOTER_SIZE)
SIZE = 9.5  # the register's cells
LEADING = SIZE + 2.5
FACT_SIZE = 10.5  # the seal's facts above it

KIND_TITLES: dict[str, str] = {
    DocumentKind.ONE_TIME_NOTICE: correction.TITLE,
    DocumentKind.ACCEPTANCE: decisions.ACCEPTANCE,
    DocumentKind.NON_ACCEPTANCE: decisions.NON_ACCEPTANCE,
    DocumentKind.RECEIPT: receipt.TITLE,
    DocumentKind.EXTENSION: time_limits.EXTENSION,
    DocumentKind.SUSPENSION: time_limits.SUSPENSION,
}

HEADER = ("序号", "用印时间", "文书编号", "文书种类", "办件编号", "用印次数", "用途", "用印人", "终端")
# Fixed widths; None is measured from the day's values: the case number on one line, the purpose
# no narrower than PURPOSE_MIN, the document number on one line when the rest leaves room for it.
FIXED: tuple[float | None, ...] = (11 * mm, 19 * mm, None, 28 * mm, None, 19 * mm, None, 32 * mm, 12 * mm)
DOC_NO, CASE_NO, PURPOSE = 2, 4, 6
CASE_MIN, CASE_MAX = 30 * mm, 56 * mm
PURPOSE_MIN = 48 * mm
CENTRED = (0, 1, 5, 8)


def kind_title(kind: str) -> str:
    """一次性告知书, 受理通知书, ... for a DocumentKind value; an unknown value as written."""
    return KIND_TITLES.get(kind, kind)


def stamper(line: RegisterLine) -> str:
    """李娜, or 李娜（代 王强） when B stamped for an absent A."""
    return f"{line.stamped_by}（代 {line.acting_for}）" if line.acting_for else line.stamped_by


def row(line: RegisterLine) -> tuple[str, ...]:
    return (str(line.seq), hall_time(line.stamped_at).strftime("%H:%M"), line.document_no,
            kind_title(line.document_kind), line.case_no, str(line.impressions), line.purpose,
            stamper(line), line.device_code)


def hall_clock(moment: dt.datetime) -> str:
    """2026年12月01日 17:30 in hall time."""
    local = hall_time(moment)
    return f"{cn_date(local.date())} {local:%H:%M}"


@lru_cache(maxsize=16)
def _styles(fonts: FontSet, size: float = SIZE) -> tuple[ParagraphStyle, ParagraphStyle]:
    """Left-aligned and centred cells at the size."""
    base = blocks.styles(fonts)
    leading = size + 2.5
    cell = ParagraphStyle(f"register_cell_{size}", parent=base.cell, fontSize=size, leading=leading)
    head = ParagraphStyle(f"register_head_{size}", parent=base.head, fontSize=size, leading=leading,
                          alignment=TA_CENTER)
    return cell, head


def _widths(rows: list[tuple[str, ...]], fonts: FontSet) -> list[float]:
    def natural(col: int) -> float:
        return max([text.width(r[col], fonts, SIZE) + pad for r in rows] + [0.0])

    pad = blocks.PAD_LEFT + blocks.PAD_RIGHT + 1
    widths = list(FIXED)
    widths[CASE_NO] = min(max(natural(CASE_NO), CASE_MIN), CASE_MAX)
    room = FRAME_W - sum(w for w in widths if w is not None)  # the document number and the purpose
    widths[DOC_NO] = min(max(natural(DOC_NO), CASE_MIN), room - PURPOSE_MIN)
    widths[PURPOSE] = room - widths[DOC_NO]
    return [w or 0.0 for w in widths]


def register_table(register: DailyRegister, fonts: FontSet) -> Table:
    """One grid row per stamping, the header repeated on every page; an empty day says so."""
    cell_style, head_style = _styles(fonts)
    rows = [row(line) for line in register.lines]
    widths = _widths(rows, fonts)
    data: list[list[Any]] = [[blocks.cell(h, head_style, fonts, w) for h, w in zip(HEADER, widths, strict=True)]]
    for values in rows:
        data.append([blocks.cell(v, head_style if i in CENTRED else cell_style, fonts, widths[i])
                     for i, v in enumerate(values)])
    style = blocks.grid_style(fonts, header_rows=1, centred=CENTRED)
    style.add("FONTSIZE", (0, 0), (-1, -1), SIZE)
    style.add("LEADING", (0, 0), (-1, -1), LEADING)
    if not rows:
        data.append([EMPTY] + [""] * (len(HEADER) - 1))
        style.add("SPAN", (0, 1), (-1, 1))
        style.add("ALIGN", (0, 1), (-1, 1), "CENTER")
        style.add("TOPPADDING", (0, 1), (-1, 1), 6)
        style.add("BOTTOMPADDING", (0, 1), (-1, 1), 6)
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(style)
    return table


def facts_table(register: DailyRegister, fonts: FontSet) -> Table:
    """The department, the seal, its custodians and the day, two labelled pairs a row."""
    cell_style, head_style = _styles(fonts, FACT_SIZE)
    label = 24 * mm
    value = (FRAME_W - 2 * label) / 2
    widths = [label, value, label, value]
    seal = f"{register.seal_code}　{register.seal_name}"
    keepers = f"A角：{register.custodian_a or '——'}　B角：{register.custodian_b or '——'}"
    pairs = [[("部门", register.department_name), ("印章", seal)],
             [("保管人", keepers), ("用印日期", cn_date(register.day))]]
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
