"""The building blocks every document uses: styles, the masthead (机关名称, title, number), tables
with a grid, the seal area, the signature line and the 联次 note."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib import textsplit as _textsplit
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus import paragraph as _paragraph

from counter_app.printing import text
from counter_app.printing.fonts import FontSet
from counter_app.printing.layout import FRAME_W, GREY, cn_date

BODY_SIZE = 13
TITLE_SIZE = 22  # 二号
CELL_SIZE = 11.5
SEAL = 42 * mm  # room for a 42 mm 行政审批专用章
LABEL_BG = colors.Color(0.93, 0.93, 0.93)

# Chinese never starts a line with these; reportlab's kinsoku list (wordWrap="CJK" hangs such a
# character in the margin rather than carry it over) lacks most full-width ones. Both wrappers
# (one run: textsplit; several: paragraph) read their module's copy.
NO_LINE_START = "，：；！？》〉』」”’…—·"
for _module in (_textsplit, _paragraph):
    if not set(NO_LINE_START) <= set(_module.ALL_CANNOT_START):
        _module.ALL_CANNOT_START += NO_LINE_START


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    plain: ParagraphStyle  # no first-line indent: salutation, list lines
    cell: ParagraphStyle
    head: ParagraphStyle
    label: ParagraphStyle
    note: ParagraphStyle


@lru_cache(maxsize=8)
def styles(fonts: FontSet) -> Styles:
    name = fonts.main_name
    body = ParagraphStyle("body", fontName=name, fontSize=BODY_SIZE, leading=20.5,
                          firstLineIndent=2 * BODY_SIZE, wordWrap="CJK", alignment=TA_LEFT, spaceAfter=2)
    return Styles(
        body=body,
        plain=ParagraphStyle("plain", parent=body, firstLineIndent=0),
        cell=ParagraphStyle("cell", fontName=name, fontSize=CELL_SIZE, leading=14.5, wordWrap="CJK"),
        head=ParagraphStyle("head", fontName=name, fontSize=CELL_SIZE, leading=14.5, wordWrap="CJK",
                            alignment=TA_CENTER),
        label=ParagraphStyle("label", fontName=name, fontSize=10.5, leading=14, wordWrap="CJK",
                             alignment=TA_CENTER),
        note=ParagraphStyle("note", fontName=name, fontSize=10, leading=13, wordWrap="CJK", textColor=GREY,
                            spaceAfter=3),
    )


def para(value: str, style: ParagraphStyle, fonts: FontSet) -> Paragraph:
    return Paragraph(text.markup(value, fonts), style)


class Masthead(Flowable):
    """机关名称 above the title (二号, bold), the document number right-aligned under it."""

    def __init__(self, fonts: FontSet, department: str, title: str, number: str) -> None:
        super().__init__()
        self.fonts, self.department, self.title, self.number = fonts, department, title, number

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = 25 * mm
        return self.width, self.height

    def draw(self) -> None:
        c, fonts, w, h = self.canv, self.fonts, self.width, self.height
        size = text.fit_size(self.department, fonts, 16, w, 10)
        text.draw(c, w / 2, h - 15, self.department, fonts, size, align="center")
        size = text.fit_size(self.title, fonts, TITLE_SIZE, w, 14)
        text.draw(c, w / 2, h - 15 - 9 * mm, self.title, fonts, size, align="center", bold=True)
        size = text.fit_size(self.number, fonts, 12, w, 8)
        text.draw(c, w, 2 * mm, self.number, fonts, size, align="right")


def ruled(canvas: Canvas, fonts: FontSet, x: float, y: float, parts: Sequence[str | float],
          size: float) -> None:
    """Text and blanks to write on (a float is a blank that long, ruled under the baseline)."""
    canvas.setLineWidth(0.6)
    for part in parts:
        if isinstance(part, str):
            x += text.draw(canvas, x, y, part, fonts, size)
        else:
            canvas.line(x + 1, y - 2, x + part - 1, y - 2)
            x += part


class SealBlock(Flowable):
    """Right: the issuing department and the issue date over a 42 mm square left for the seal.
    Left: who to contact, then the applicant's signature and date (签收) on ruled blanks."""

    def __init__(self, fonts: FontSet, department: str, issued_on: dt.date, contact: Sequence[str] = (),
                 signature: str | None = None) -> None:
        super().__init__()
        self.fonts, self.department, self.issued_on = fonts, department, issued_on
        self.contact, self.signature = tuple(contact), signature

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, SEAL + 1 * mm
        return self.width, self.height

    def draw(self) -> None:
        c, fonts = self.canv, self.fonts
        x0, y0 = self.width - SEAL - 4 * mm, 1 * mm
        mid = x0 + SEAL / 2
        c.saveState()
        c.setStrokeColor(colors.Color(0.7, 0.7, 0.7))
        c.setDash(3, 2)
        c.setLineWidth(0.5)
        c.rect(x0, y0, SEAL, SEAL, stroke=1, fill=0)
        c.setFillColor(colors.Color(0.6, 0.6, 0.6))
        text.draw(c, mid, y0 + SEAL - 6 * mm, "行政审批专用章", fonts, 8, align="center")
        text.draw(c, mid, y0 + SEAL - 11 * mm, "（盖章）", fonts, 9, align="center")
        c.restoreState()
        lines = name_lines(self.department, fonts)
        for n, line in enumerate(lines):
            size = text.fit_size(line, fonts, BODY_SIZE, NAME_MAX if len(lines) == 1 else NAME_HALF, 8)
            wide = text.width(line, fonts, size)
            x = mid if mid + wide / 2 <= self.width else self.width - wide / 2
            baseline = y0 + (18 if len(lines) == 1 else 22.5 - 6 * n) * mm
            text.draw(c, x, baseline, line, fonts, size, align="center")
        text.draw(c, mid, y0 + 9 * mm, cn_date(self.issued_on), fonts, BODY_SIZE, align="center")
        room = x0 - 6 * mm
        for n, line in enumerate(self.contact):
            size = text.fit_size(line, fonts, 12, room, 7)
            text.draw(c, 0, y0 + SEAL - 4 * mm - n * 6.5 * mm, line, fonts, size)
        if self.signature:
            blank = max(room - text.width(self.signature, fonts, 12.5), 20 * mm)
            ruled(c, fonts, 0, y0 + 10 * mm, (self.signature, blank), 12.5)
            ruled(c, fonts, 0, y0 + 2 * mm, ("日期：", 18 * mm, "年", 10 * mm, "月", 10 * mm, "日"), 12.5)


NAME_MAX = 70 * mm  # a department name on one line, over the seal and to its left
NAME_HALF = 50 * mm  # each line of a name too long for one


def name_lines(name: str, fonts: FontSet) -> list[str]:
    """The department's name on one line, or on two (split before its bracketed part, else halved)."""
    if text.width(name, fonts, BODY_SIZE) <= NAME_MAX:
        return [name]
    cut = name.find("（")
    if cut <= 0:
        cut = (len(name) + 1) // 2
    return [name[:cut], name[cut:]]


PAD_LEFT, PAD_RIGHT = 4, 7  # the right one leaves room for punctuation hung at a line end


def grid_style(fonts: FontSet, header_rows: int = 0, centred: Sequence[int] = ()) -> TableStyle:
    """A ruled grid; text cells in the main font at cell size, centred columns and header centred."""
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.main_name),
        ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
        ("LEADING", (0, 0), (-1, -1), 14.5),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_LEFT),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_RIGHT),
    ]
    if header_rows:
        commands += [("BACKGROUND", (0, 0), (-1, header_rows - 1), LABEL_BG),
                     ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER")]
    commands += [("ALIGN", (col, 0), (col, -1), "CENTER") for col in centred]
    return TableStyle(commands)


def cell(value: str, style: ParagraphStyle, fonts: FontSet, width: float) -> Paragraph | str:
    """A table cell: plain text when one line of the main font holds it (the table draws it
    itself, nothing to lay out), else a paragraph that wraps and switches fonts."""
    room = width - PAD_LEFT - PAD_RIGHT
    parts = text.runs(value, fonts)
    if ("\n" not in value and all(name == fonts.main_name for name, _ in parts)
            and text.width(value, fonts, style.fontSize) <= room):
        return value
    return para(value, style, fonts)


# label, value (wide enough for a case number), label, value (dates, phones)
INFO_WIDTHS = [26 * mm, 60 * mm, 26 * mm, FRAME_W - 112 * mm]
InfoRow = tuple[tuple[str, str], ...]  # one or two (label, value) pairs


def info_table(rows: Sequence[InfoRow], fonts: FontSet) -> Table:
    """Labelled facts in a grid, two pairs a row; a single pair spans the row."""
    st = styles(fonts)
    data = []
    style = grid_style(fonts, centred=(0, 2))
    style.add("BACKGROUND", (0, 0), (0, -1), LABEL_BG)
    for col in (0, 2):
        style.add("FONTSIZE", (col, 0), (col, -1), st.label.fontSize)
    for r, row in enumerate(rows):
        cells: list[Paragraph | str] = []
        for n, (label, value) in enumerate(row):
            cells += [cell(label, st.label, fonts, INFO_WIDTHS[2 * n]),
                      cell(value or "——", st.cell, fonts, INFO_WIDTHS[2 * n + 1] if len(row) == 2 else
                           sum(INFO_WIDTHS[1:]))]
        if len(row) == 1:
            cells += ["", ""]
            style.add("SPAN", (1, r), (3, r))
            style.add("ALIGN", (1, r), (1, r), "LEFT")
        else:
            style.add("BACKGROUND", (2, r), (2, r), LABEL_BG)
        data.append(cells)
    table = Table(data, colWidths=INFO_WIDTHS, hAlign="LEFT")
    table.setStyle(style)
    return table


def list_table(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
               fonts: FontSet, centred: Sequence[int] = (0,)) -> Table:
    """A numbered list in a grid; the header row repeats on every page it flows onto."""
    st = styles(fonts)
    data = [[cell(h, st.head, fonts, w) for h, w in zip(header, widths, strict=True)]]
    for row in rows or [["", "（无）"] + [""] * (len(header) - 2)]:
        data.append([cell(v, st.head if i in centred else st.cell, fonts, widths[i])
                     for i, v in enumerate(row)])
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(fonts, header_rows=1, centred=centred))
    return table


def closing(fonts: FontSet, department: str, issued_on: dt.date, copies_note: str, *,
            contact: Sequence[str] = (), signature: str | None = "申请人/代理人签收：",
            lead: Sequence[Flowable] = ()) -> KeepTogether:
    """The seal area with the department and date, contact lines and the applicant's signature
    beside it, the 联次 note; kept on one page together with the lead (the closing words)."""
    seal = SealBlock(fonts, department, issued_on, contact, signature)
    note = para(copies_note, styles(fonts).note, fonts)
    return KeepTogether([*lead, Spacer(1, 2 * mm), seal, Spacer(1, 1 * mm), note])
