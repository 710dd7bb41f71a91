"""Text in several fonts: split into runs, one font each, for Paragraph markup and for the canvas.

Every character goes to the first font that has it (FontSet.font_for): the main font, a
TrueType fallback, or the CID font as the last resort. Nothing prints as a box or a blank.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth

from counter_app.printing.fonts import FontSet, ignorable

Run = tuple[str, str]  # (registered font name, text)


@lru_cache(maxsize=256)
def clean(text: str) -> str:
    """Line ends as \\n, tabs as spaces, other control characters dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return "".join(c for c in text if c == "\n" or ord(c) >= 0x20)


@lru_cache(maxsize=4096)
def runs(text: str, fonts: FontSet) -> tuple[Run, ...]:
    """text as consecutive runs of one font each; marks no TrueType font draws are left out."""
    out: list[Run] = []
    current = ""
    chars: list[str] = []
    for char in clean(text):
        name = fonts.font_for(char)
        if name == fonts.cid_name and ignorable(char):
            continue
        if name != current:
            if chars:
                out.append((current, "".join(chars)))
            current, chars = name, []
        chars.append(char)
    if chars:
        out.append((current, "".join(chars)))
    return tuple(out)


@lru_cache(maxsize=4096)
def markup(text: str, fonts: FontSet) -> str:
    """Paragraph markup: XML-escaped, runs outside the main font wrapped in <font name=...>."""
    parts = []
    for name, chunk in runs(text, fonts):
        body = escape(chunk).replace("\n", "<br/>")
        parts.append(body if name == fonts.main_name else f'<font name="{name}">{body}</font>')
    return "".join(parts)


def width(text: str, fonts: FontSet, size: float) -> float:
    return sum(stringWidth(chunk, name, size) for name, chunk in runs(text, fonts))


def draw(canvas: Any, x: float, y: float, text: str, fonts: FontSet, size: float, *,
         align: str = "left", bold: bool = False) -> float:
    """One line on the canvas at baseline y; align left/center/right about x. Returns its width.

    bold strokes the glyph outlines as well (the fonts have no bold face), as titles need.
    """
    parts = runs(text, fonts)
    total = sum(stringWidth(chunk, name, size) for name, chunk in parts)
    if align == "center":
        x -= total / 2
    elif align == "right":
        x -= total
    line = canvas.beginText(x, y)
    if bold:
        canvas.saveState()
        canvas.setLineWidth(size * 0.035)
        line.setTextRenderMode(2)
    for name, chunk in parts:
        line.setFont(name, size)
        line.textOut(chunk)
    canvas.drawText(line)
    if bold:
        canvas.restoreState()
    return total


def fit_size(text: str, fonts: FontSet, size: float, room: float, smallest: float) -> float:
    """The largest size from size down to smallest (in 0.5 pt steps) at which text fits in room."""
    natural = width(text, fonts, size)
    if natural <= room:
        return size
    return max(smallest, int(size * room / natural * 2) / 2)
