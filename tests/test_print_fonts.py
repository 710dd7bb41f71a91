"""Print fonts (issue 4): a TrueType CJK font found on the system or named, registered once per
process, fallbacks per character, the CID font as the last resort, clear errors."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import reportlab
from reportlab.pdfbase import pdfmetrics

from counter_app.printing import fontfind, fonts, render, text
from counter_app.printing.embed import to_unicode_cmap
from counter_app.printing.fonts import FontSet, NoCjkFont, font_set

VERA = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"  # a TrueType font with no Chinese


def test_font_set_is_made_once_per_path() -> None:
    found = font_set()
    assert font_set() is found
    assert font_set(found.main_path) is font_set(found.main_path)
    assert font_set(found.main_path).main is found.main, "one file is opened and registered once"
    assert found.main_name in pdfmetrics.getRegisteredFontNames()


def test_the_main_font_is_truetype_with_chinese() -> None:
    found = font_set()
    assert found.main_path.lower().endswith((".ttf", ".ttc"))
    assert all(ord(c) in found.main.cmap for c in "中华人民共和国行政许可法受理通知书")


def test_a_missing_font_path_is_named_in_the_error(tmp_path: Path) -> None:
    path = tmp_path / "no-such-font.ttf"
    with pytest.raises(NoCjkFont, match="no-such-font.ttf"):
        font_set(str(path))
    with pytest.raises(NoCjkFont, match="no-such-font.ttf"):
        render(_any_document(), font_path=str(path))


def test_a_file_that_is_no_truetype_font_is_refused_by_path(tmp_path: Path) -> None:
    for name, content in [("notes.ttf", b"not a font at all"), ("cff.otf", b"OTTO" + bytes(200))]:
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(NoCjkFont, match=name):
            font_set(str(path))


def test_an_opentype_cff_font_is_skipped_gracefully() -> None:
    cff = [p for d in ("/usr/share/fonts/opentype", "/usr/share/fonts") if os.path.isdir(d)
           for p in Path(d).rglob("*.otf")]
    if not cff:
        pytest.skip("no .otf font on this system")
    assert fonts._load((str(cff[0]), 0)) is None
    with pytest.raises(NoCjkFont, match=cff[0].name):
        font_set(str(cff[0]))


def test_a_truetype_font_without_chinese_is_refused_by_path() -> None:
    with pytest.raises(NoCjkFont, match="Vera.ttf.*no Chinese"):
        font_set(str(VERA))


def test_no_font_found_says_where_it_looked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "_sets", {})
    monkeypatch.setattr(fontfind, "main_candidates", lambda: [(str(VERA), 0)])
    with pytest.raises(NoCjkFont, match="Looked in: .*wqy-zenhei.ttc.*Vera.ttf"):
        font_set()


def test_windows_fonts_come_first_in_their_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    real = font_set().main_path
    (tmp_path / "Fonts").mkdir()
    for name in ("simhei.ttf", "msyh.ttc", "simsunb.ttf"):
        os.symlink(real, tmp_path / "Fonts" / name)
    monkeypatch.setenv("WINDIR", str(tmp_path))
    mains = fontfind.main_candidates()
    assert mains[0] == (os.path.realpath(real), 0), "symlinks resolve: one file is one candidate"
    assert fontfind.windows_font_dir() == tmp_path / "Fonts"
    places = fontfind.searched_places()
    fonts_dir = tmp_path / "Fonts"
    assert places.index(str(fonts_dir / "simsun.ttc")) < places.index(str(fonts_dir / "msyh.ttc"))


def test_candidates_are_deduplicated_by_real_file(tmp_path: Path) -> None:
    target = tmp_path / "a.ttf"
    target.write_bytes(b"x")
    os.symlink(target, tmp_path / "b.ttf")
    assert fontfind.dedupe([(str(target), 0), (str(tmp_path / "b.ttf"), 0), (str(target), 1)]) == [
        (str(target), 0), (str(target), 1)]


def test_fc_list_reports_truetype_only_when_present() -> None:
    if shutil.which("fc-list") is None:
        pytest.skip("fontconfig (fc-list) is not installed")
    for path, _index in fontfind._fc_truetype(":lang=zh"):
        assert not path.lower().endswith(".otf")


def test_runs_split_text_by_the_first_font_with_the_glyph() -> None:
    fs = font_set()
    assert text.runs("受理通知书", fs) == ((fs.main_name, "受理通知书"),)
    assert text.runs("", fs) == ()
    for char in "𠮷𪛖":
        if fs.missing(char):
            pytest.skip(f"no TrueType font on this system has {char} (install fonts-hanazono)")
        name = fs.font_for(char)
        runs = text.runs(f"周{char}明", fs)
        if ord(char) in fs.main.cmap:
            assert runs == ((fs.main_name, f"周{char}明"),)
        else:
            assert name != fs.main_name and name in fs.fallbacks
            assert runs == ((fs.main_name, "周"), (name, char), (fs.main_name, "明"))
            assert "HanaMin" in fs.face_of(name) or fs.face_of(name) != fs.main_face


def test_a_fallback_is_asked_only_after_the_fonts_before_it() -> None:
    fs = font_set()
    if fs.missing("𪛖𠮷"):
        pytest.skip("no TrueType font on this system has 𪛖 and 𠮷 (install fonts-hanazono)")
    opened = [pdfmetrics.getFont(n) for n in fs.fallbacks]
    first = next(f for f in opened if 0x2A6D6 in f.cmap)  # 𪛖: CJK Ext-B, not in HanaMinA
    assert fs.font_for("𪛖") == first.fontName
    assert all(0x2A6D6 not in f.cmap for f in opened[:opened.index(first)])


def test_markup_escapes_and_wraps_fallback_runs() -> None:
    fs = font_set()
    assert text.markup("A<b>&c\n下一行", fs) == "A&lt;b&gt;&amp;c<br/>下一行"
    if not fs.missing("𠮷") and ord("𠮷") not in fs.main.cmap:
        assert text.markup("周𠮷", fs) == f'周<font name="{fs.font_for("𠮷")}">𠮷</font>'


def test_control_characters_are_dropped_and_tabs_become_spaces() -> None:
    fs = font_set()
    assert "".join(chunk for _, chunk in text.runs("甲\t乙\x00丙\r\n丁", fs)) == "甲 乙丙\n丁"


def test_the_cid_font_is_the_last_resort() -> None:
    main = font_set().main
    bare = FontSet(main, lambda: [])  # no fallbacks at all
    outside = chr(0x30000)  # CJK Ext-G: in no font here
    assert bare.font_for(outside) == "STSong-Light" and bare.missing(f"周{outside}") == [outside]
    assert "STSong-Light" in pdfmetrics.getRegisteredFontNames()
    assert text.runs(f"周{outside}", bare) == ((main.fontName, "周"), ("STSong-Light", outside))
    assert font_set().missing("周䶮㵘受理") == []


def test_missing_lists_each_character_once_and_ignores_marks() -> None:
    bare = FontSet(font_set().main, lambda: [])
    g = chr(0x30000)
    assert bare.missing(f"{g}甲{g}\u200d\ufe0f") == [g]
    assert text.runs("甲\u200d乙", bare) == ((bare.main_name, "甲乙"),), "a zero-width mark no font draws"


def test_to_unicode_maps_ext_b_as_a_surrogate_pair() -> None:
    cmap = to_unicode_cmap("AAAAAA+X", [0, 0x5468, 0x20BB7])
    assert "<01> <5468>" in cmap and "<02> <D842DFB7>" in cmap and "<00> <0000>" in cmap


def test_fonts_are_not_opened_again_per_render() -> None:
    render(_any_document())
    opened = dict(fonts._loaded)
    registered = set(pdfmetrics.getRegisteredFontNames())
    for _ in range(3):
        render(_any_document())
    assert fonts._loaded == opened and set(pdfmetrics.getRegisteredFontNames()) == registered


def test_the_same_document_embeds_the_same_font_bytes() -> None:
    import io

    import pypdf

    def programs(pdf: bytes) -> list[bytes]:
        reader = pypdf.PdfReader(io.BytesIO(pdf))
        found = []
        for font in reader.pages[0]["/Resources"]["/Font"].values():
            descriptor = font.get_object()["/FontDescriptor"].get_object()
            found.append(descriptor["/FontFile2"].get_object().get_data())
        return sorted(found)

    doc = _any_document()
    assert programs(render(doc)) == programs(render(doc))


def _any_document():  # type: ignore[no-untyped-def]
    from test_print_documents import document

    from counter_app.domain.documents import DocumentKind

    return document(DocumentKind.ACCEPTANCE)
