"""Document in, PDF bytes out: the builder of each kind, laid out on A4 pages."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable

from counter_app.domain.documents import Document, DocumentKind
from counter_app.printing import correction, decisions, layout, receipt, time_limits
from counter_app.printing.fonts import FontSet, font_set
from counter_app.printing.layout import PageInfo

Builder = Callable[[Document, FontSet], tuple[PageInfo, list[Flowable]]]

BUILDERS: dict[DocumentKind, Builder] = {
    DocumentKind.ONE_TIME_NOTICE: correction.build,
    DocumentKind.ACCEPTANCE: decisions.acceptance,
    DocumentKind.NON_ACCEPTANCE: decisions.non_acceptance,
    DocumentKind.RECEIPT: receipt.build,
    DocumentKind.EXTENSION: time_limits.extension,
    DocumentKind.SUSPENSION: time_limits.suspension,
}


def render(document: Document, *, font_path: str | None = None) -> bytes:
    """The document as a PDF (A4, Chinese, fonts embedded).

    Raises fonts.NoCjkFont when font_path is not a usable CJK TrueType font, or, without
    font_path, when the system has none.
    """
    fonts = font_set(font_path)
    info, story = BUILDERS[document.kind](document, fonts)
    return layout.build_pdf(info, story)
