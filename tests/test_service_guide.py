"""The service guide (办事指南) of a real catalogue item prints everything the applicant needs: read back
from the PDF's text, rendered with poppler, long texts over several pages, rare characters."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import subprocess
from pathlib import Path

import pypdf
import pytest
from PIL import Image
from test_print_documents import all_text, flat, need, page_texts
from test_print_render_rare import ONLY_IN_HANAMIN_B, RARE

from counter_app.app import Counter
from counter_app.printing.fonts import font_set
from counter_app.printing.service_guide import render_guide
from counter_app.services.demo import demo_data
from counter_app.services.service_guide import service_guide

TODAY = dt.date(2026, 12, 1)


def _item(code: str) -> dict:
    return next(i for i in demo_data()["items"] if i["code"] == code)


def test_every_material_and_fact_of_a_real_item_is_in_the_guide(demo_counter: Counter) -> None:
    guide = service_guide(demo_counter, "WJW-001", TODAY)  # 公共场所卫生许可: 11 materials
    assert guide is not None and len(guide.materials) == 11
    pdf = render_guide(guide)
    text = all_text(pdf)
    item = _item("WJW-001")
    for material in item["materials"]:
        assert flat(material["name"]) in text, material["name"]
        if material.get("note"):
            assert flat(material["note"]) in text, material["note"]
    for value in (item["name"], item["code"], "郑州市二七区卫生健康委员会", item["conditions"], item["legal_basis"],
                  "法定时限20个工作日", "承诺时限3个工作日", "不收费", "6号窗口（卫生健康窗口）",
                  "郑州市二七区赣江路(端午路)与行云路交叉口东北角", "0371-68963110", "工作日上午：09:00-12:00",
                  "工作日下午：13:00-17:00", "0371-68963205"):
        assert flat(value) in text, value
    for step in ("受理", "承办", "审核", "审批", "发证", "送达"):
        assert step in text
    assert "原件及复印件" in text and "视情形" in text and "必需" in text
    assert "首席代表（" in text  # who approves, by name
    pages = page_texts(pdf)
    assert len(pages) >= 2 and pages[0].count("办事指南") >= 1 and f"共{len(pages)}页" in pages[-1]
    assert all("办事指南（续页）" in p for p in pages[1:])


def test_a_comprehensive_window_item_says_who_receives_and_who_accepts(demo_counter: Counter) -> None:
    guide = service_guide(demo_counter, "CL-001", TODAY)
    assert guide is not None
    text = all_text(render_guide(guide))
    assert "10号窗口（综合窗口）收件人员" in text
    assert service_guide(demo_counter, "NO-SUCH", TODAY) is None


def test_long_texts_wrap_and_flow_onto_more_pages(demo_counter: Counter) -> None:
    guide = service_guide(demo_counter, "SCJG-002", TODAY)
    assert guide is not None
    long = dataclasses.replace(guide, legal_basis="《中华人民共和国食品安全法》第三十五条。" * 120,
                               materials=guide.materials * 6, conditions="申请人应当具备与经营的食品品种相适应的场所。\n" * 20)
    pdf = render_guide(long)
    pages = page_texts(pdf)
    assert len(pages) >= 5
    assert "".join(pages).count(flat(guide.materials[0].name)) == 6
    tables = [p for p in pages if "材料名称" in p]
    assert len(tables) >= 2  # the material table's header repeats on the pages it flows onto


def test_rare_characters_print(demo_counter: Counter) -> None:
    fonts = font_set()
    if fonts.missing(RARE + ONLY_IN_HANAMIN_B):
        pytest.skip("no TrueType font on this system has the rare characters (install fonts-hanazono)")
    guide = service_guide(demo_counter, "SCJG-001", TODAY)
    assert guide is not None
    rare = dataclasses.replace(guide, chief_names=("郭" + RARE,), item_name=guide.item_name + ONLY_IN_HANAMIN_B)
    text = all_text(render_guide(rare))
    assert "郭" + RARE in text and ONLY_IN_HANAMIN_B in text


def test_the_guide_renders_with_poppler(demo_counter: Counter, tmp_path: Path) -> None:
    pdftoppm = need("pdftoppm")
    guide = service_guide(demo_counter, "WJW-001", TODAY)
    assert guide is not None
    pdf = tmp_path / "guide.pdf"
    pdf.write_bytes(render_guide(guide))
    count = len(pypdf.PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    subprocess.run([pdftoppm, "-png", "-r", "50", str(pdf), str(tmp_path / "page")], check=True)
    pngs = sorted(tmp_path.glob("page*.png"))
    assert len(pngs) == count
    for png in pngs:
        image = Image.open(png).convert("L")
        assert image.size[0] < image.size[1]  # A4 portrait
        dark = sum(image.histogram()[:128])
        assert dark > 1000, png  # text on every page, not a blank sheet
