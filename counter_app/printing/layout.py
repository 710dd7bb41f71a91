"""The page: A4 with official-document margins, and what every page carries.

Every page: the case number as a QR code (top right), the hall's name, address and phones
and the page count in the footer, the reprint mark (补打) when the document is a reprint.
From page 2 on, the title and document number are repeated in the header (续页).
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab import rl_config
from reportlab.graphics.barcode import qr
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from counter_app.printing import text
from counter_app.printing.fonts import FontSet

PAGE_W, PAGE_H = A4
LEFT, RIGHT, TOP, BOTTOM = 28 * mm, 26 * mm, 31 * mm, 28 * mm
FRAME_W = PAGE_W - LEFT - RIGHT
QR_SIZE = 20 * mm
QR_TOP = 6 * mm  # from the top edge of the sheet
FOOTER_RULE = 23 * mm  # from the bottom edge
FOOTER_SIZE = 8.5
MARK_RED = colors.Color(0.78, 0.08, 0.08)
GREY = colors.Color(0.45, 0.45, 0.45)

# Binary (Flate only) streams, not ASCII85 on top: a quarter smaller, and without reportlab's
# optional C accelerator its pure-Python ASCII85 encoder costs about 2 ms a page.
rl_config.useA85 = 0


def cn_date(day: dt.date | None) -> str:
    """2026年12月01日; a dash for a date not set."""
    return f"{day.year}年{day.month:02d}月{day.day:02d}日" if day else "——"


@dataclass(frozen=True)
class PageInfo:
    """What the page decorations print, on every page."""

    fonts: FontSet
    title: str
    number: str
    case_no: str
    hall_line: str  # the hall's name and address
    phone_line: str  # the hall's phones
    issued_on: dt.date
    reprinted_on: dt.date | None  # a reprint (补打) when set


@lru_cache(maxsize=256)
def qr_runs(value: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The QR code of value (level M) as module count and dark runs (row, first column, length)."""
    code = qr.qrencoder.QRCode(None, qr.qrencoder.QRErrorCorrectLevel.M)
    code.addData(value)
    code.make()
    found = []
    for r, row in enumerate(code.modules):
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                found.append((r, start, c - start))
            else:
                c += 1
    return code.getModuleCount(), tuple(found)


@lru_cache(maxsize=256)
def qr_path(value: str, size: float) -> str:
    """PDF path operators filling the QR code's dark modules in a size x size square (4-module quiet
    zone); made once per case number, then reused by every page and every print."""
    count, dark = qr_runs(value)
    box = size / (count + 8)
    rects = [f"{fp_str(c * box + 4 * box, size - (r + 5) * box, n * box, box * 1.02)} re" for r, c, n in dark]
    return "\n".join(rects) + "\nf"


class PageCountCanvas(Canvas):
    """Keeps pages until save, then draws 第N页 共M页 on each, right-aligned at (right, baseline)."""

    def __init__(self, *args: Any, fonts: FontSet, right: float, baseline: float, size: float,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._count_at = (fonts, right, baseline, size)
        self._kept: list[dict[str, Any]] = []

    def showPage(self) -> None:  # reportlab's name
        self._kept.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._kept)
        fonts, right, baseline, size = self._count_at
        for state in self._kept:
            self.__dict__.update(state)
            text.draw(self, right, baseline, f"第{self._pageNumber}页　共{total}页", fonts, size, align="right")
            super().showPage()
        super().save()


class _PageCountCanvas(PageCountCanvas):
    def __init__(self, *args: Any, info: PageInfo, **kwargs: Any) -> None:
        super().__init__(*args, fonts=info.fonts, right=PAGE_W - RIGHT, baseline=FOOTER_RULE - 4.5 * mm,
                         size=FOOTER_SIZE, **kwargs)
        self.info = info


def _header(canvas: Canvas, info: PageInfo, page: int) -> None:
    fonts = info.fonts
    x_qr = PAGE_W - RIGHT - QR_SIZE
    y_qr = PAGE_H - QR_TOP - QR_SIZE
    if page == 1:
        canvas.beginForm("caseQR")
        canvas.addLiteral(qr_path(info.case_no, QR_SIZE))
        canvas.endForm()
    canvas.saveState()
    canvas.translate(x_qr, y_qr)
    canvas.doForm("caseQR")
    canvas.restoreState()
    text.draw(canvas, PAGE_W - RIGHT, y_qr - 2.2 * mm, info.case_no, fonts, 6.5, align="right")
    if page > 1:
        line = f"{info.title}（续页）　{info.number}"
        size = text.fit_size(line, fonts, 9, x_qr - LEFT - 4 * mm, 6)
        text.draw(canvas, LEFT, PAGE_H - TOP + 4 * mm, line, fonts, size)
        canvas.setLineWidth(0.4)
        canvas.line(LEFT, PAGE_H - TOP + 2.5 * mm, x_qr - 3 * mm, PAGE_H - TOP + 2.5 * mm)
    if info.reprinted_on is not None:
        _reprint_mark(canvas, info)


def _reprint_mark(canvas: Canvas, info: PageInfo) -> None:
    """A red boxed 补打 top left, with the original issue date and the reprint date beside it."""
    fonts = info.fonts
    top = PAGE_H - 9 * mm
    canvas.saveState()
    canvas.setStrokeColor(MARK_RED)
    canvas.setFillColor(MARK_RED)
    canvas.setLineWidth(1.4)
    canvas.rect(LEFT, top - 11 * mm, 22 * mm, 11 * mm, stroke=1, fill=0)
    text.draw(canvas, LEFT + 11 * mm, top - 7.8 * mm, "补打", fonts, 17, align="center", bold=True)
    text.draw(canvas, LEFT + 25 * mm, top - 4.2 * mm, f"原出具日期 {cn_date(info.issued_on)}", fonts, 9)
    text.draw(canvas, LEFT + 25 * mm, top - 9.2 * mm, f"补打日期 {cn_date(info.reprinted_on)}", fonts, 9)
    canvas.restoreState()


def _footer(canvas: Canvas, info: PageInfo) -> None:
    fonts = info.fonts
    canvas.saveState()
    canvas.setLineWidth(0.6)
    canvas.line(LEFT, FOOTER_RULE, PAGE_W - RIGHT, FOOTER_RULE)
    room = FRAME_W - 28 * mm  # the page count sits at the right of the first line
    lines = [info.hall_line, info.phone_line]
    if text.width(info.hall_line, fonts, 7.5) > room and "　" in info.hall_line:
        lines[:1] = info.hall_line.split("　", 1)  # the hall's name, then its address
    for n, line in enumerate(lines):
        size = text.fit_size(line, fonts, FOOTER_SIZE, room if n == 0 else FRAME_W, 6)
        text.draw(canvas, LEFT, FOOTER_RULE - (4.5 + 4 * n) * mm, line, fonts, size)
    canvas.restoreState()


def _decorate(canvas: Canvas, doc: BaseDocTemplate) -> None:
    info: PageInfo = canvas.info  # type: ignore[attr-defined]
    page = canvas.getPageNumber()
    _header(canvas, info, page)
    _footer(canvas, info)


def build_pdf(info: PageInfo, story: list[Flowable]) -> bytes:
    """The story laid out on A4 pages with every page's decorations; the PDF's bytes."""
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP, bottomMargin=BOTTOM,
        title=f"{info.title} {info.number}", author=info.hall_line.split("　")[0], subject=info.case_no,
        creator="Counter", initialFontName=info.fonts.main_name,  # no unused, unembedded Helvetica
    )
    frame = Frame(LEFT, BOTTOM, FRAME_W, PAGE_H - TOP - BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_decorate)])

    def canvasmaker(*args: Any, **kwargs: Any) -> _PageCountCanvas:
        return _PageCountCanvas(*args, info=info, **kwargs)

    doc.build(story, canvasmaker=canvasmaker)
    return out.getvalue()
