"""Printed documents (issue 4): each kind holds every field, flows onto more pages, marks reprints,
carries the case number as a QR code that scans. Real PDFs, read back with pypdf and poppler."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import shutil
import subprocess
import uuid
from pathlib import Path

import pypdf
import pytest

from counter_app.domain.documents import ApplicantLines, Document, DocumentKind, Issuer, MaterialLine
from counter_app.printing import render

ISSUED = dt.date(2026, 11, 28)
CASE_NO = "410103-20261201-C01-0007"
NUMBER = "二七市监审告字〔2026〕第C01-0007号"
ISSUER = Issuer(
    department_name="郑州市二七区市场监督管理局", department_phone="0371-68881234",
    hall_name="郑州市二七区行政审批服务大厅", hall_address="郑州市二七区大学路与航海路交叉口政务服务中心二楼",
    hall_phones=("0371-68886666", "0371-68887777"), clerk_name="李娜", window_number=3,
    window_name="市场监管窗口", review_body="郑州市二七区人民政府", court="郑州市二七区人民法院",
)
FORMS = {"original": "原件", "copy": "复印件", "original_and_copy": "原件及复印件"}


def materials(n: int) -> tuple[MaterialLine, ...]:
    """n materials, cycling missing / non-conforming / provided, each form, 1 or 2 copies."""
    states = ("missing", "nonconforming", "provided")
    forms = tuple(FORMS)
    return tuple(
        MaterialLine(position=i, name=f"材料{i:02d}号：食品经营场所平面图", state=states[i % 3],
                     problem=f"问题{i:02d}：未加盖公章" if states[i % 3] != "provided" else "",
                     form=forms[i % 3], copies=1 + i % 2)
        for i in range(1, n + 1)
    )


def document(kind: DocumentKind, **changes: object) -> Document:
    """A complete document of the kind; changes replace fields."""
    base = Document(
        kind=kind, number=NUMBER, case_id=uuid.uuid4(), case_no=CASE_NO, source_event_id=uuid.uuid4(),
        issued_on=ISSUED, issuer=ISSUER,
        applicant=ApplicantLines(name="张三丰", kind="person", phone="13800138000", agent_name="王小明",
                                 agent_phone="13900139000"),
        item_name="食品经营许可（新办）", item_code="410103-SJ-001", received_on=dt.date(2026, 11, 27),
        accepted_on=dt.date(2026, 12, 1), promised_due=dt.date(2026, 12, 11),
        statutory_due=dt.date(2026, 12, 29),
        materials=materials(6), reasons="经营场所位于规划限制区域，不符合许可条件。", extension_days=10,
        suspension_start=dt.date(2026, 12, 2), suspension_days=15,
    )
    return dataclasses.replace(base, **changes)


def flat(text: str) -> str:
    """Text with every kind of white space removed: line wraps fall anywhere."""
    return re.sub(r"\s+", "", text)


def page_texts(pdf: bytes) -> list[str]:
    return [flat(page.extract_text()) for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def all_text(pdf: bytes) -> str:
    return "".join(page_texts(pdf))


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed")
    return path


def to_png(pdf: bytes, tmp_path: Path, dpi: int, page: int = 1, name: str = "page") -> Path:
    """One page rendered by poppler; fails the test when poppler cannot render it."""
    source = tmp_path / f"{name}.pdf"
    source.write_bytes(pdf)
    out = subprocess.run([need("pdftoppm"), "-r", str(dpi), "-png", "-f", str(page), "-l", str(page),
                          "-singlefile", str(source), str(tmp_path / name)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return tmp_path / f"{name}.png"


COMMON = [NUMBER, CASE_NO, "张三丰", "食品经营许可（新办）", ISSUER.department_name, ISSUER.hall_name,
          ISSUER.hall_address, "0371-68886666", "0371-68887777", "李娜", "3号窗口", "市场监管窗口",
          "0371-68881234", "2026年11月28日", "（盖章）", "行政审批专用章"]


def test_one_time_notice_lists_every_material_to_correct_and_where_to_bring_it() -> None:
    doc = document(DocumentKind.ONE_TIME_NOTICE)
    text = all_text(render(doc))
    for want in [*COMMON, "一次性告知书", "2026年11月27日", "《中华人民共和国行政许可法》第三十二条第一款第（四）项",
                 "申请人/代理人签收", "一式两联"]:
        assert flat(want) in text, want
    for line in doc.materials:
        if line.state == "provided":
            assert line.name not in text, "a material provided is not asked for again"
        else:
            assert line.name in text and line.problem in text
            assert ("未提交" if line.state == "missing" else "不符合法定形式") in text
    assert f"{ISSUER.hall_name}3号窗口（市场监管窗口）（地址：{ISSUER.hall_address}）提交" in text


def test_acceptance_notice_has_the_dates_and_how_to_collect_the_result() -> None:
    text = all_text(render(document(DocumentKind.ACCEPTANCE)))
    for want in [*COMMON, "受理通知书", "受理日期", "2026年12月01日", "承诺办结日期", "2026年12月11日",
                 "法定办结日期", "2026年12月29日", "第三十二条第一款第（五）项", "第四十二条", "领取办理结果",
                 "申请人/代理人签收"]:
        assert flat(want) in text, want
    assert "尚未最终确认" not in text


def test_acceptance_notice_says_when_the_holiday_calendar_is_not_confirmed() -> None:
    text = all_text(render(document(DocumentKind.ACCEPTANCE, calendar_confirmed=False)))
    assert "节假日安排推算" in text and "尚未最终确认" in text


def test_non_acceptance_gives_reasons_and_remedies() -> None:
    text = all_text(render(document(DocumentKind.NON_ACCEPTANCE)))
    for want in [*COMMON, "不予受理决定书", "经营场所位于规划限制区域，不符合许可条件。", "第三十八条",
                 "60日内向郑州市二七区人民政府申请行政复议", "6个月内依法向郑州市二七区人民法院提起行政诉讼",
                 "申请人/代理人签收", "一式两份"]:
        assert flat(want) in text, want


def test_a_referral_names_the_competent_agency() -> None:
    agency = "郑州市二七区卫生健康委员会"
    text = all_text(render(document(DocumentKind.NON_ACCEPTANCE, agency=agency, reasons="")))
    assert f"向{agency}提出申请" in text and "不属于本机关职权范围" in text and "第三十二条第一款第（二）项" in text
    assert "申请行政复议" in text and "提起行政诉讼" in text


def test_receipt_lists_every_material_received_with_form_and_copies() -> None:
    doc = document(DocumentKind.RECEIPT)
    text = all_text(render(doc))
    for want in [*COMMON, "材料接收凭证", "2026年11月27日", "原件/复印件", "份数", "不表示申请已被受理"]:
        assert flat(want) in text, want
    received = [m for m in doc.materials if m.state != "missing"]
    assert f"共{len(received)}项" in text
    for line in doc.materials:
        if line.state == "missing":
            assert line.name not in text
            continue
        row = f"{line.name}{FORMS[line.form]}{line.copies}"
        assert row in text, row
        assert (line.problem if line.state == "nonconforming" else "已提供") in text


def test_extension_notice_gives_reasons_days_and_the_new_date() -> None:
    doc = document(DocumentKind.EXTENSION, reasons="需要实地核查经营场所。")
    text = all_text(render(doc))
    for want in [*COMMON, "延期告知书", "需要实地核查经营场所。", "延长10个工作日", "2026年12月29日前",
                 "第四十二条第一款", "本机关负责人批准"]:
        assert flat(want) in text, want


def test_suspension_notice_gives_the_procedure_start_and_length() -> None:
    doc = document(DocumentKind.SUSPENSION, reasons="专家评审")
    text = all_text(render(doc))
    for want in [*COMMON, "特别程序告知书", "专家评审", "2026年12月02日", "15个工作日", "第四十五条",
                 "不计算在行政许可期限内"]:
        assert flat(want) in text, want


def test_an_organisation_is_addressed_as_such_and_its_representative_named() -> None:
    applicant = ApplicantLines(name="郑州市二七区张记餐饮店", kind="organisation", phone="0371-66660000",
                               legal_representative="张记")
    text = all_text(render(document(DocumentKind.ACCEPTANCE, applicant=applicant)))
    assert "你单位于2026年11月27日提出" in text and "法定代表人张记" in text and "代理人电话" not in text


def test_a_document_with_unset_dates_and_no_materials_still_prints() -> None:
    doc = document(DocumentKind.ONE_TIME_NOTICE, materials=(), accepted_on=None, promised_due=None,
                   statutory_due=None)
    assert "（无）" in all_text(render(doc))
    for kind in (DocumentKind.ACCEPTANCE, DocumentKind.SUSPENSION):
        bare = dataclasses.replace(doc, kind=kind, suspension_start=None, suspension_days=None)
        text = all_text(render(bare))
        assert "——" in text


def test_markup_characters_in_the_data_print_as_written() -> None:
    text = all_text(render(document(DocumentKind.NON_ACCEPTANCE, reasons="材料<原件>与复印件不符 & 无法核对")))
    assert flat("材料<原件>与复印件不符 & 无法核对") in text


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_every_kind_is_an_a4_page_poppler_renders(kind: DocumentKind, tmp_path: Path) -> None:
    pdf = render(document(kind))
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    png = to_png(pdf, tmp_path, 50)
    from PIL import Image

    with Image.open(png) as image:
        assert image.convert("L").getextrema()[0] < 50, "the page is not blank"


def test_forty_materials_flow_onto_more_pages_with_footer_and_number_on_each(tmp_path: Path) -> None:
    doc = document(DocumentKind.RECEIPT, materials=materials(60))  # 40 received, 20 missing
    pdf = render(doc)
    pages = page_texts(pdf)
    assert len(pages) >= 2
    for n, page in enumerate(pages, start=1):
        assert flat(ISSUER.hall_name) in page and flat(ISSUER.hall_address) in page
        assert "0371-68886666" in page
        assert NUMBER in page and CASE_NO in page
        assert f"第{n}页" in page and f"共{len(pages)}页" in page
    assert "（续页）" in pages[1]
    text = "".join(pages)
    received = [m for m in doc.materials if m.state != "missing"]
    assert len(received) == 40 and all(m.name in text for m in received)
    for n in range(1, len(pages) + 1):
        to_png(pdf, tmp_path, 40, page=n, name=f"p{n}")


def test_one_time_notice_with_forty_materials_repeats_the_table_header() -> None:
    lines = tuple(MaterialLine(position=i, name=f"补正材料{i:02d}", state="missing") for i in range(1, 41))
    pages = page_texts(render(document(DocumentKind.ONE_TIME_NOTICE, materials=lines)))
    assert len(pages) >= 2
    assert all("材料名称" in page for page in pages if "补正材料" in page)
    assert all(f"补正材料{i:02d}" in "".join(pages) for i in range(1, 41))


def test_a_reprint_says_so_on_every_page_with_both_dates() -> None:
    doc = document(DocumentKind.RECEIPT, materials=materials(60), reprint=True,
                   reprinted_on=dt.date(2026, 12, 3))
    pages = page_texts(render(doc))
    assert len(pages) >= 2
    for page in pages:
        assert "补打" in page and "原出具日期2026年11月28日" in page and "补打日期2026年12月03日" in page


def test_an_original_print_has_no_reprint_mark() -> None:
    for kind in DocumentKind:
        text = all_text(render(document(kind)))
        assert "补打" not in text and "原出具日期" not in text


@pytest.mark.parametrize("kind", [DocumentKind.ONE_TIME_NOTICE, DocumentKind.ACCEPTANCE])
def test_the_qr_code_scans_to_the_case_number(kind: DocumentKind, tmp_path: Path) -> None:
    zbarimg = need("zbarimg")
    pdf = render(document(kind, reprint=True, reprinted_on=dt.date(2026, 12, 3)))
    png = to_png(pdf, tmp_path, 200)
    out = subprocess.run([zbarimg, "--raw", "-q", str(png)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == CASE_NO


def test_the_qr_code_on_a_later_page_scans_too(tmp_path: Path) -> None:
    zbarimg = need("zbarimg")
    pdf = render(document(DocumentKind.RECEIPT, materials=materials(60), case_no="410103-20261202-C02-0123"))
    png = to_png(pdf, tmp_path, 200, page=2)
    out = subprocess.run([zbarimg, "--raw", "-q", str(png)], capture_output=True, text=True)
    assert out.stdout.strip() == "410103-20261202-C02-0123", out.stderr
