"""Documents: plain data in (domain.documents.Document), PDF bytes out (reportlab).

render(document, font_path=None) -> bytes is the whole interface; fonts.font_set names the
fonts a document is set in and fonts.NoCjkFont says why none can be found.
"""

from counter_app.printing.render import render

__all__ = ["render"]
