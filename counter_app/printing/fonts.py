"""The fonts a document is set in: one embedded TrueType CJK main font, TrueType fallbacks for
the characters it lacks (生僻字, CJK Ext-A/B), and the CID font STSong-Light as the last resort.

Fonts are opened and registered with reportlab once per process; a FontSet is made once per
font path. Which font a character is set in is decided per character (font_for) and cached.
"""

from __future__ import annotations

import os
import threading
import unicodedata
from collections.abc import Callable

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

from counter_app.printing import fontfind
from counter_app.printing.embed import EmbeddedTTFont
from counter_app.printing.fontfind import Candidate

CID_FALLBACK = "STSong-Light"
# A font is a CJK font for our documents when it has every one of these.
CJK_PROBE = "中华人民共和国行政许可法受理通知书申请材料补正告知决定"

_lock = threading.RLock()
_loaded: dict[Candidate, EmbeddedTTFont | None] = {}
_sets: dict[str | None, FontSet] = {}
_cid_registered = False


class NoCjkFont(RuntimeError):
    """No TrueType font with Chinese characters to embed: documents cannot be printed."""


def _load(candidate: Candidate) -> EmbeddedTTFont | None:
    """The font in the file, registered with reportlab; None when reportlab cannot embed it."""
    with _lock:
        if candidate in _loaded:
            return _loaded[candidate]
        path, index = candidate
        try:
            font: EmbeddedTTFont | None = EmbeddedTTFont(f"CounterCJK{len(_loaded)}", path, index)
        except Exception:  # CFF outlines, a broken or foreign file: reportlab raises many kinds
            font = None
        if font is not None:
            pdfmetrics.registerFont(font)
        _loaded[candidate] = font
        return font


def _has_cjk(font: EmbeddedTTFont) -> bool:
    return all(ord(c) in font.cmap for c in CJK_PROBE)


def _cid_font() -> str:
    global _cid_registered
    with _lock:
        if not _cid_registered:
            pdfmetrics.registerFont(UnicodeCIDFont(CID_FALLBACK))
            _cid_registered = True
    return CID_FALLBACK


def ignorable(char: str) -> bool:
    """Format and combining marks no font draws (variation selectors, zero-width joiners)."""
    return unicodedata.category(char) in ("Cf", "Cc", "Mn", "Me")


class FontSet:
    """The main font, its fallbacks, and which of them sets each character."""

    def __init__(self, main: EmbeddedTTFont, fallbacks: Callable[[], list[Candidate]]) -> None:
        self.main = main
        self.main_name: str = main.fontName
        self.main_path: str = main.face.filename
        self.main_index: int = main.subfont_index
        self.main_face: str = main.face.name.decode("latin-1")
        self.cid_name = CID_FALLBACK
        self._find_fallbacks = fallbacks
        self._pending: list[Candidate] | None = None
        self._fallbacks: list[EmbeddedTTFont] = []
        self._font_of: dict[str, str] = {}
        self._lock = threading.Lock()

    @property
    def fallbacks(self) -> tuple[str, ...]:
        """The fallback fonts opened so far (registered names)."""
        return tuple(f.fontName for f in self._fallbacks)

    def fallback_paths(self) -> list[str]:
        """Every fallback file this set may ask, opened or not, in order."""
        with self._lock:
            self._ensure_pending()
            assert self._pending is not None
            return [f.face.filename for f in self._fallbacks] + [p for p, _ in self._pending]

    def face_of(self, name: str) -> str:
        """The font's own name (as embedded: HanaMinA, WenQuanYiZenHei, ...) for a registered name."""
        if name == self.main_name:
            return self.main_face
        for font in self._fallbacks:
            if font.fontName == name:
                return font.face.name.decode("latin-1")
        return name

    def font_for(self, char: str) -> str:
        """The registered name of the first font with a glyph for the character."""
        name = self._font_of.get(char)
        if name is None:
            code = ord(char)
            if code in self.main.cmap or code < 0x20:
                name = self.main_name
            else:
                name = self._fallback_for(code)
            self._font_of[char] = name
        return name

    def has_glyph(self, char: str) -> bool:
        """Whether an embedded TrueType font draws the character."""
        return self.font_for(char) != self.cid_name

    def missing(self, text: str) -> list[str]:
        """The characters of text no embedded font has (set in the CID font, if anywhere), once each."""
        seen: dict[str, None] = {}
        for char in text:
            if char not in seen and not self.has_glyph(char) and not ignorable(char):
                seen[char] = None
        return list(seen)

    def _ensure_pending(self) -> None:
        if self._pending is None:  # the main font's file is no fallback, nor are its other faces
            main = os.path.realpath(self.main_path)
            self._pending = [c for c in self._find_fallbacks() if c[0] != main]

    def _fallback_for(self, code: int) -> str:
        with self._lock:
            for font in self._fallbacks:
                if code in font.cmap:
                    return font.fontName
            self._ensure_pending()
            assert self._pending is not None
            while self._pending:
                font = _load(self._pending.pop(0))
                if font is None:
                    continue
                self._fallbacks.append(font)
                if code in font.cmap:
                    return font.fontName
        return _cid_font()


def _explicit(path: str) -> EmbeddedTTFont:
    if not os.path.isfile(path):
        raise NoCjkFont(f"print font not found: {path}")
    font = _load((os.path.realpath(path), 0))
    if font is None:
        raise NoCjkFont(f"print font {path} is not a TrueType font (.ttf/.ttc with TrueType outlines) "
                        "that can be embedded; OpenType/CFF fonts (.otf) cannot")
    if not _has_cjk(font):
        raise NoCjkFont(f"print font {path} has no Chinese characters")
    return font


def _discovered() -> EmbeddedTTFont:
    candidates = fontfind.main_candidates()
    for candidate in candidates:
        font = _load(candidate)
        if font is not None and _has_cjk(font):
            return font
    places = "; ".join(fontfind.searched_places())
    tried = ", ".join(p for p, _ in candidates) or "none found"
    raise NoCjkFont("no TrueType font with Chinese characters found to print with. "
                    f"Looked in: {places}. Candidates tried: {tried}. Install one (e.g. fonts-wqy-zenhei) "
                    "or name a .ttf/.ttc in the print font setting.")


def font_set(font_path: str | None = None) -> FontSet:
    """The fonts to print with: font_path, else the first CJK TrueType font found. Once per path."""
    key = os.path.abspath(font_path) if font_path else None
    with _lock:
        found = _sets.get(key)
        if found is None:
            main = _explicit(key) if key else _discovered()
            found = _sets[key] = FontSet(main, fontfind.fallback_candidates)
        return found
