"""The daily stamping register (用印登记簿) of one special approval seal (行政审批专用章): plain data
in (domain.seals.DailyRegister), PDF bytes out.

A4 landscape. Page 1 opens with the hall, the title and the seal's facts; one grid row per
stamping follows, its header repeated on every page; the last page ends with the chain heads of
the day (one per device, the hash on one unbroken line), the chain check, the custodian's and the
supervisor's signatures and the print time. Every page carries the seal and the day in its
footer and 第N页 共M页; from page 2 on, the title is repeated at the top (续页).
"""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Spacer, Table

from counter_app.domain.seals import DailyRegister, RegisterChain
from counter_app.printing import running_pages, text
from counter_app.printing.blocks import ruled
from counter_app.printing.fonts import FontSet, font_set
from counter_app.printing.layout import GREY, MARK_RED, cn_date
from counter_app.printing.seal_register_table import (  # noqa: F401 - kind_title, stamper: the module's API
    BOTTOM,
    EMPTY,
    FOOTER_RULE,
    FOOTER_SIZE,
    FRAME_W,
    GEOMETRY,
    LEFT,
    PAGE_H,
    PAGE_W,
    RIGHT,
    TOP,
    facts_table,
    hall_clock,
    kind_title,
    register_table,
    stamper,
)

TITLE = "行政审批专用章用印登记簿"
INTACT = "链校验：完整"
BROKEN = "链校验：发现异常，请立即报告中心"

class Heading(Flowable):
    """The hall's name over the title (bold)."""

    def __init__(self, fonts: FontSet, hall_name: str) -> None:
        super().__init__()
        self.fonts, self.hall_name = fonts, hall_name

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, 17 * mm
        return self.width, self.height

    def draw(self) -> None:
        c, fonts, w, h = self.canv, self.fonts, self.width, self.height
        size = text.fit_size(self.hall_name, fonts, 13, w, 9)
        text.draw(c, w / 2, h - 13, self.hall_name, fonts, size, align="center")
        text.draw(c, w / 2, 3 * mm, TITLE, fonts, 20, align="center", bold=True)


HEAD_STEP = 5.2 * mm
SIGN_SIZE = 11
SIGN_DATE: tuple[str | float, ...] = ("　日期：", 16 * mm, "年", 9 * mm, "月", 9 * mm, "日")


def _ruled_width(parts: tuple[str | float, ...], fonts: FontSet, size: float) -> float:
    return sum(text.width(p, fonts, size) if isinstance(p, str) else p for p in parts)


HEADS_LABEL = "当日链头（每台终端用印记录哈希链的最后一条）："
NO_HEADS = "无"
HEADS_INLINE = 8  # more flow as lines of their own after the table, the closing follows them


class HeadLine(Flowable):
    """One chain head (终端 C01 · 第 N 条 · 链头哈希 <64 hex>), the label above them, or 无."""

    def __init__(self, fonts: FontSet, head: RegisterChain | None = None, value: str = "") -> None:
        super().__init__()
        self.fonts, self.head, self.value = fonts, head, value

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, HEAD_STEP
        return self.width, self.height

    def draw(self) -> None:
        draw_head(self.canv, self.fonts, 1.5 * mm, self.head, self.value)


def draw_head(c: Canvas, fonts: FontSet, y: float, head: RegisterChain | None, value: str = "") -> None:
    if head is None:
        text.draw(c, 0 if value == HEADS_LABEL else 4 * mm, y, value, fonts, 10)
        return
    label = f"终端 {head.device_code} · 第 {head.seq} 条 · 链头哈希 "
    x = 4 * mm + text.draw(c, 4 * mm, y, label, fonts, 10)
    text.draw(c, x, y, head.hash, fonts, 10)  # one run: the hash reads as one string


def head_lines(fonts: FontSet, register: DailyRegister) -> list[HeadLine]:
    """The label and a line per chain head, or the label and 无."""
    lines = [HeadLine(fonts, value=HEADS_LABEL)]
    lines += [HeadLine(fonts, head) for head in register.heads] or [HeadLine(fonts, value=NO_HEADS)]
    return lines


class Closing(Flowable):
    """The chain heads (unless listed before it), the chain check, the signatures, the print time."""

    def __init__(self, fonts: FontSet, register: DailyRegister, *, with_heads: bool = True) -> None:
        super().__init__()
        self.fonts, self.register = fonts, register
        self.heads = head_lines(fonts, register) if with_heads else []
        self.natural = len(self.heads) * HEAD_STEP + 26.5 * mm  # heads, check, signatures, print time

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, self.natural
        return self.width, self.height

    def draw(self) -> None:  # placed from the foot up, drawn top down (the order text is read in)
        c, fonts, reg = self.canv, self.fonts, self.register
        check, signatures = 19 * mm, 8.5 * mm
        for n, line in enumerate(self.heads):
            draw_head(c, fonts, check + 8.5 * mm + (len(self.heads) - 1 - n) * HEAD_STEP, line.head, line.value)
        if reg.intact:
            text.draw(c, 0, check, INTACT, fonts, 12, bold=True)
        else:
            c.saveState()
            c.setFillColor(MARK_RED)
            c.setStrokeColor(MARK_RED)
            wide = text.draw(c, 3 * mm, check, BROKEN, fonts, 13, bold=True)
            c.setLineWidth(1.2)
            c.rect(0, check - 2.3 * mm, wide + 6 * mm, 7.6 * mm, stroke=1, fill=0)
            c.restoreState()
        custodian = ("保管人（A角）签字：", 38 * mm, *SIGN_DATE)
        supervisor = ("监督人签字：", 38 * mm, *SIGN_DATE)
        second = self.width - _ruled_width(supervisor, fonts, SIGN_SIZE)  # flush with the table's right
        ruled(c, fonts, 0, signatures, custodian, SIGN_SIZE)
        ruled(c, fonts, second, signatures, supervisor, SIGN_SIZE)
        c.saveState()
        c.setFillColor(GREY)
        text.draw(c, 0, 0.5 * mm, f"打印时间：{hall_clock(reg.printed_at)}", fonts, 9)
        c.restoreState()


KEEP_ROWS = 2  # the last lines that go with the closing onto its page
END_NOTE = "（以下空白）"
NEXT_NOTE = "（下页续）"
END_ROOM = 7 * mm  # under the table: the end note, then a gap above the closing
NOTE_H = 6 * mm


class Note(Flowable):
    """A short grey line centred under the table part of a page."""

    def __init__(self, fonts: FontSet, value: str) -> None:
        super().__init__()
        self.fonts, self.value = fonts, value

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, NOTE_H
        return self.width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setFillColor(GREY)
        text.draw(self.canv, self.width / 2, NOTE_H - 4.5 * mm, self.value, self.fonts, 9.5, align="center")
        self.canv.restoreState()


class RegisterBody(Flowable):
    """The register's table, then the closing at the foot of the last page.

    Rows flow onto as many pages as they need (the table repeats its header); the closing never
    stands alone on a page: when it does not fit under the last row, the last KEEP_ROWS lines
    go over with it. Under the last line: （以下空白）, so nothing can be written in; under the
    last line of every other page: （下页续）.
    """

    def __init__(self, fonts: FontSet, table: Table, closing: Closing, end_note: bool) -> None:
        super().__init__()
        self.fonts, self.table, self.closing, self.end_note = fonts, table, closing, end_note
        self._table_h = 0.0

    def _needs(self, table_h: float) -> float:
        return table_h + END_ROOM + self.closing.natural

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _, self._table_h = self.table.wrap(avail_width, avail_height)
        self.width = avail_width
        need = self._needs(self._table_h)
        self.height = avail_height - 1 if need <= avail_height - 1 else need  # fill: the closing at the foot
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        _, table_h = self.table.wrap(avail_width, avail_height)
        if table_h <= avail_height:  # every line fits, the closing does not: the last lines go over with it
            heights = self.table._rowHeights
            keep = min(KEEP_ROWS, len(heights) - 2)  # one line at least stays
            parts = self.table.split(avail_width, sum(heights[:-keep]) + 0.5) if keep > 0 else []
            if len(parts) != 2:  # one line only: it stays, the closing goes over alone
                return [self.table, *self._end(), self.closing]
            over: list[Flowable] = [PageBreak()]  # the room they leave here is not theirs
        else:  # the lines that fit here (the rest cannot, so it goes over by itself)
            parts = self.table.split(avail_width, avail_height - NOTE_H)
            if len(parts) != 2:  # not even the header and one line: all of it to the next page
                return []
            over = []
        rest = RegisterBody(self.fonts, parts[1], self.closing, self.end_note)
        return [parts[0], Note(self.fonts, NEXT_NOTE), *over, rest]

    def _end(self) -> list[Flowable]:
        return [Note(self.fonts, END_NOTE)] if self.end_note else []

    def draw(self) -> None:
        c = self.canv
        top = self.height - self._table_h
        self.table.drawOn(c, 0, top)
        for note in self._end():
            note.wrap(self.width, NOTE_H)
            note.drawOn(c, 0, top - NOTE_H)
        self.closing.wrap(self.width, self.height)
        self.closing.drawOn(c, 0, 0)


def story(register: DailyRegister, fonts: FontSet) -> list[Flowable]:
    start: list[Flowable] = [Heading(fonts, register.hall_name), facts_table(register, fonts), Spacer(1, 4 * mm)]
    table = register_table(register, fonts)
    if len(register.heads) <= HEADS_INLINE:
        body = RegisterBody(fonts, table, Closing(fonts, register), end_note=bool(register.lines))
        return [*start, body]
    # More chain heads than a page's foot holds: they flow as lines, the closing comes after them.
    end = [Note(fonts, END_NOTE)] if register.lines else []
    return [*start, table, *end, Spacer(1, 2 * mm), *head_lines(fonts, register),
            Closing(fonts, register, with_heads=False)]


def render_register(register: DailyRegister, *, font_path: str | None = None) -> bytes:
    """The seal's register for the day as a PDF (A4 landscape, Chinese, fonts embedded).

    Raises fonts.NoCjkFont when font_path is not a usable CJK TrueType font, or, without
    font_path, when the system has none.
    """
    fonts = font_set(font_path)
    day = cn_date(register.day)
    seal = f"{register.seal_code} {register.seal_name}"
    page = running_pages.RunningPage(
        fonts=fonts,
        geometry=GEOMETRY,
        running=f"{TITLE}（续页）　{register.department_name}　{seal}　{day}",
        footer=f"{register.hall_name}　{TITLE}　{seal}　{day}",
    )
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out, pagesize=(PAGE_W, PAGE_H), leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP,
        bottomMargin=BOTTOM, title=f"{TITLE} {register.seal_code} {day}", author=register.hall_name,
        subject=register.department_name, creator="Counter", initialFontName=fonts.main_name,
    )
    frame = Frame(LEFT, BOTTOM, FRAME_W, PAGE_H - TOP - BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=running_pages.decorate)])

    doc.build(story(register, fonts), canvasmaker=running_pages.canvas_maker(page))
    return out.getvalue()
