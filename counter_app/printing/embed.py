"""A reportlab TrueType font that embeds faster and extracts correctly.

Two differences from reportlab's TTFont, both in how a document's font subsets are written:

- the ToUnicode map writes characters beyond the BMP (CJK Ext-B, e.g. 𠮷 U+20BB7) as UTF-16
  surrogate pairs; reportlab writes five hex digits there, which readers cannot map back;
- what a subset writes (the font program with the glyphs of up to 256 characters, their widths,
  the ToUnicode map) is made and compressed once per process and reused: printing the same
  document again, or the preview and then the print, re-embeds the same bytes.
"""

from __future__ import annotations

import threading
import zlib
from collections import OrderedDict
from typing import Any, NamedTuple

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, SUBSETN, TTFont

SUBSET_CACHE_SIZE = 32


class Subset(NamedTuple):
    program: bytes  # the subset font file, compressed when the document is
    length1: int  # its uncompressed length
    widths: bytes  # the glyph widths as a PDF array
    cmap: bytes  # the ToUnicode CMap, compressed when the document is


def _utf16_hex(code: int) -> str:
    if code < 0x10000:
        return f"{code:04X}"
    code -= 0x10000
    return f"{0xD800 + (code >> 10):04X}{0xDC00 + (code & 0x3FF):04X}"


def to_unicode_cmap(font_name: str, subset: list[int]) -> str:
    """The ToUnicode CMap of one subset: byte code -> the character, UTF-16BE."""
    head = [
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({font_name})", f"/Ordering ({font_name})", "/Supplement 0",
        ">> def", f"/CMapName /{font_name} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
    ]
    body = []
    for start in range(0, len(subset), 100):  # at most 100 entries per bfchar block
        chunk = subset[start:start + 100]
        body.append(f"{len(chunk)} beginbfchar")
        body += [f"<{start + i:02X}> <{_utf16_hex(code)}>" for i, code in enumerate(chunk)]
        body.append("endbfchar")
    tail = ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(head + body + tail)


class EmbeddedTTFont(TTFont):
    """TTFont with correct Ext-B ToUnicode entries and a per-process cache of subset programs."""

    def __init__(self, name: str, filename: str, subfont_index: int = 0) -> None:
        # Not asciiReadable: a subset holds only the glyphs a document uses (a fallback font would
        # otherwise embed all of ASCII for one rare character); text is still extractable (ToUnicode).
        super().__init__(name, filename, subfontIndex=subfont_index, asciiReadable=False)
        self.subfont_index = subfont_index
        # Code points with a real glyph: what the run splitter asks (glyph 0 is .notdef, a box).
        self.cmap: frozenset[int] = frozenset(c for c, g in self.face.charToGlyph.items() if g)
        # Advance widths in em (1/1000 units scaled to 1) by character: line breaking in CJK asks
        # for every character's width on its own, tens of thousands of times a page.
        face = self.face
        self._em: dict[str, float] = {chr(c): w / 1000 for c, w in face.charWidths.items()}
        self._default_em: float = face.defaultWidth / 1000
        self._subsets: OrderedDict[tuple[str, tuple[int, ...], bool], Subset] = OrderedDict()
        self._subsets_lock = threading.Lock()

    def stringWidth(self, text: str | bytes, size: float, encoding: str = "utf8") -> float:
        """The width of text at size points (reportlab's name and contract), from a per-character table."""
        if isinstance(text, bytes):
            text = text.decode(encoding or "utf8")
        em, default = self._em, self._default_em
        if len(text) == 1:
            return em.get(text, default) * size
        return sum(em.get(c, default) for c in text) * size

    def _subset(self, base: str, subset: list[int], compress: bool) -> Subset:
        """What a subset writes, made once: its font program, glyph widths and ToUnicode map."""
        key = (base, tuple(subset), compress)
        with self._subsets_lock:
            hit = self._subsets.get(key)
            if hit is not None:
                self._subsets.move_to_end(key)
                return hit
        raw = self.face.makeSubset(subset)
        widths = "[" + " ".join(fp_str(self.face.getCharWidth(c)) for c in subset) + "]"
        cmap = to_unicode_cmap(base, subset).encode("ascii")
        made = Subset(program=zlib.compress(raw) if compress else raw, length1=len(raw),
                      widths=widths.encode("ascii"), cmap=zlib.compress(cmap) if compress else cmap)
        with self._subsets_lock:
            self._subsets[key] = made
            while len(self._subsets) > SUBSET_CACHE_SIZE:
                self._subsets.popitem(last=False)
        return made

    @staticmethod
    def _stream(content: bytes, compressed: bool) -> pdfdoc.PDFStream:
        """A stream written as it is: compressed already, or not to be (no default filters exist)."""
        stream = pdfdoc.PDFStream(content=content)
        if compressed:
            stream.dictionary["Filter"] = pdfdoc.PDFName("FlateDecode")
        return stream

    def _descriptor(self, doc: Any, base_name: str, made: Subset) -> Any:
        program = self._stream(made.program, bool(doc.compression))
        program.dictionary["Length1"] = made.length1
        face = self.face
        descriptor = pdfdoc.PDFDictionary({
            "Type": "/FontDescriptor", "Ascent": face.ascent, "CapHeight": face.capHeight,
            "Descent": face.descent, "Flags": (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC,
            "FontBBox": pdfdoc.PDFArray(face.bbox), "FontName": pdfdoc.PDFName(base_name),
            "ItalicAngle": face.italicAngle, "StemV": face.stemV,
            "FontFile2": doc.Reference(program, f"fontFile:{face.filename}({base_name})"),
            "MissingWidth": face.defaultWidth,
        })
        return doc.Reference(descriptor, "fontDescriptor:" + base_name)

    def addObjects(self, doc: Any) -> None:  # reportlab's name
        """As TTFont.addObjects, with the fixed ToUnicode map and cached subset programs."""
        state = self._assignState(doc)
        state.frozen = 1
        fonts = doc.idToObject["BasicFonts"].dict
        for n, subset in enumerate(state.subsets):
            internal = self.getSubsetInternalName(n, doc)[1:]
            base = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)).decode("pdfdoc")
            font = pdfdoc.PDFTrueTypeFont()
            font.__Comment__ = f"Font {self.fontName} subset {n}"
            font.Name = internal
            font.BaseFont = base
            font.FirstChar = 0
            font.LastChar = len(subset) - 1
            made = self._subset(base, subset, bool(doc.compression))
            font.Widths = made.widths  # bytes are written as they are
            cmap = self._stream(made.cmap, bool(doc.compression))
            font.ToUnicode = doc.Reference(cmap, "toUnicodeCMap:" + base)
            font.FontDescriptor = self._descriptor(doc, base, made)
            doc.Reference(font, internal)
            fonts[internal] = font
        del self.state[doc]
