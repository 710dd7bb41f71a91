"""Rare characters in names (生僻字, CJK Ext-A/B) print: extractable, drawn from an embedded
TrueType font that has the glyph, and visibly on the page (issue 4)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest
from PIL import Image, ImageChops
from reportlab.pdfbase.ttfonts import TTFontFile
from test_print_documents import all_text, document, to_png

from counter_app.domain.documents import ApplicantLines, DocumentKind
from counter_app.printing import render
from counter_app.printing.fonts import FontSet, font_set

RARE = "䶮𠮷㵘"  # U+4DAE (Ext-A), U+20BB7 (Ext-B), U+3D58 (Ext-A)
NAME = "周" + RARE
ONLY_IN_HANAMIN_B = "𪛖"  # U+2A6D6, Ext-B


def person(name: str) -> ApplicantLines:
    return ApplicantLines(name=name, kind="person", phone="13800138000")


def embedded_fonts(pdf: bytes) -> list[dict]:
    """Each font of every page: its name, its ToUnicode map (code -> text), its embedded program."""
    found = []
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            cmap = font["/ToUnicode"].get_object().get_data().decode("ascii")
            codes = {}
            for code, hexes in re.findall(r"<([0-9A-F]{2})> <((?:[0-9A-F]{4})+)>", cmap):
                codes[bytes.fromhex(hexes).decode("utf-16-be")] = int(code, 16)
            program = font["/FontDescriptor"].get_object().get("/FontFile2")
            found.append({"name": str(font["/BaseFont"]), "codes": codes,
                          "program": program.get_object().get_data() if program else None})
    return found


def glyph_drawn(program: bytes, code: int) -> bool:
    """Whether the embedded subset has a real (non-empty) outline for the byte code."""
    face = TTFontFile(io.BytesIO(program))
    glyph = face.charToGlyph.get(code, 0)
    return glyph != 0 and face.glyphPos[glyph + 1] > face.glyphPos[glyph]


@pytest.fixture(scope="module")
def fonts_with_rare() -> FontSet:
    fs = font_set()
    missing = fs.missing(RARE + ONLY_IN_HANAMIN_B)
    if missing:
        pytest.skip(f"no TrueType font on this system has {''.join(missing)} (install fonts-hanazono)")
    return fs


def test_rare_characters_are_extractable_from_every_kind(fonts_with_rare: FontSet) -> None:
    for kind in DocumentKind:
        text = all_text(render(document(kind, applicant=person(NAME))))
        assert NAME in text and f"{NAME}：" in text, kind


def test_each_rare_character_is_drawn_from_an_embedded_font_that_has_it(fonts_with_rare: FontSet) -> None:
    fs = fonts_with_rare
    pdf = render(document(DocumentKind.ONE_TIME_NOTICE, applicant=person(NAME + ONLY_IN_HANAMIN_B)))
    fonts = embedded_fonts(pdf)
    for char in RARE + ONLY_IN_HANAMIN_B:
        holders = [f for f in fonts if char in f["codes"]]
        assert holders, f"{char} is in no font's ToUnicode map"
        for font in holders:
            assert font["program"] is not None, f"{font['name']} is not embedded"
            assert glyph_drawn(font["program"], font["codes"][char]), f"{char} is a blank in {font['name']}"
        expected = fs.face_of(fs.font_for(char))
        assert any(expected in f["name"] for f in holders), (char, expected)
        if ord(char) not in fs.main.cmap:
            assert all(fs.main_face not in f["name"] for f in holders), "the main font lacks it"
    if ord("𠮷") not in fs.main.cmap:
        assert any("HanaMin" in f["name"] for f in fonts if "𠮷" in f["codes"])
    assert any("HanaMinB" in f["name"] for f in fonts if ONLY_IN_HANAMIN_B in f["codes"])


def test_pdffonts_lists_the_fallback_as_embedded(fonts_with_rare: FontSet, tmp_path: Path) -> None:
    pdffonts = shutil.which("pdffonts")
    if pdffonts is None:
        pytest.skip("pdffonts is not installed")
    path = tmp_path / "rare.pdf"
    path.write_bytes(render(document(DocumentKind.ACCEPTANCE, applicant=person(NAME + ONLY_IN_HANAMIN_B))))
    out = subprocess.run([pdffonts, str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in out.splitlines()[2:]]
    assert rows and all(row[-5] == "yes" for row in rows), out  # emb column: every font embedded
    assert any("HanaMinB" in row[0] for row in rows), out


@pytest.mark.parametrize("char", list(RARE + ONLY_IN_HANAMIN_B))
def test_the_rare_character_makes_ink_on_the_page(fonts_with_rare: FontSet, char: str,
                                               tmp_path: Path) -> None:
    """The page with the character differs from the page with a blank in its place, and the
    difference is ink where the character is."""
    with_char = to_png(render(document(DocumentKind.ACCEPTANCE, applicant=person(f"周{char}明"))),
                       tmp_path, 100, name="with")
    blank = to_png(render(document(DocumentKind.ACCEPTANCE, applicant=person("周\u3000明"))),
                   tmp_path, 100, name="blank")
    with Image.open(with_char) as a, Image.open(blank) as b:
        a, b = a.convert("L"), b.convert("L")
        box = ImageChops.difference(a, b).getbbox()
        assert box is not None, f"{char} printed as nothing"
        ink = a.crop(box)
        assert ink.getextrema()[0] < 100, f"{char} is too faint"
        dark = sum(ink.histogram()[:128])
        assert dark >= 10, f"{char}: only {dark} dark pixels"


def test_a_character_no_font_has_still_reaches_the_page_through_the_cid_font() -> None:
    outside = chr(0x30000)  # Ext-G, in no font installed here
    fs = font_set()
    if not fs.missing(outside):
        pytest.skip("a TrueType font on this system has U+30000")
    pdf = render(document(DocumentKind.ACCEPTANCE, applicant=person(f"周{outside}")))
    names = [str(font.get_object()["/BaseFont"]) for page in pypdf.PdfReader(io.BytesIO(pdf)).pages
             for font in page["/Resources"]["/Font"].values()]
    assert any("STSong-Light" in n for n in names), names
