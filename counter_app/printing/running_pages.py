"""Pages of a long table report: a footer line on every page, the title repeated from page 2 on,
and 第N页 共M页 once the count is known (the stamping register, the evaluation report)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate

from counter_app.printing import text
from counter_app.printing.fonts import FontSet
from counter_app.printing.layout import PageCountCanvas


@dataclass(frozen=True)
class Geometry:
    page_w: float
    page_h: float
    left: float
    right: float
    top: float
    footer_rule: float  # the height of the line above the footer
    footer_size: float

    @property
    def frame_w(self) -> float:
        return self.page_w - self.left - self.right


@dataclass(frozen=True)
class RunningPage:
    fonts: FontSet
    geometry: Geometry
    running: str  # the title line repeated from page 2 on
    footer: str
    footer_color: Color | None = None  # None: the text colour


class RunningCanvas(PageCountCanvas):
    """A canvas that knows its report's page (see decorate) and counts the pages at the end."""

    def __init__(self, *args: Any, page: RunningPage, **kwargs: Any) -> None:
        g = page.geometry
        super().__init__(*args, fonts=page.fonts, right=g.page_w - g.right, baseline=g.footer_rule - 4 * mm,
                         size=g.footer_size, **kwargs)
        self.page = page


def canvas_maker(page: RunningPage) -> Any:
    """What a BaseDocTemplate's build takes as canvasmaker for these pages."""
    def make(*args: Any, **kwargs: Any) -> RunningCanvas:
        return RunningCanvas(*args, page=page, **kwargs)
    return make


def decorate(canvas: Canvas, doc: BaseDocTemplate) -> None:
    """The onPage hook: footer rule and line; from page 2 on, the running title under a rule."""
    page: RunningPage = canvas.page  # type: ignore[attr-defined]
    fonts, g = page.fonts, page.geometry
    canvas.saveState()
    canvas.setLineWidth(0.6)
    canvas.line(g.left, g.footer_rule, g.page_w - g.right, g.footer_rule)
    if page.footer_color is not None:
        canvas.setFillColor(page.footer_color)
    size = text.fit_size(page.footer, fonts, g.footer_size, g.frame_w - 30 * mm, 6)
    text.draw(canvas, g.left, g.footer_rule - 4 * mm, page.footer, fonts, size)
    if canvas.getPageNumber() > 1:
        size = text.fit_size(page.running, fonts, 9, g.frame_w, 6)
        text.draw(canvas, g.left, g.page_h - g.top + 4 * mm, page.running, fonts, size)
        canvas.setLineWidth(0.4)
        canvas.line(g.left, g.page_h - g.top + 2.5 * mm, g.page_w - g.right, g.page_h - g.top + 2.5 * mm)
    canvas.restoreState()
