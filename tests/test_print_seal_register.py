"""The seal's daily stamping register (用印登记簿) as a PDF: every line's facts, the chain heads as
whole hashes, the chain check, an empty day, many lines over many pages. Real PDFs, read back with
pypdf and rendered by poppler."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import re
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest

from counter_app.domain.documents import DocumentKind
from counter_app.domain.seals import DailyRegister, RegisterChain, RegisterLine
from counter_app.printing.fonts import font_set
from counter_app.printing.seal_register import BROKEN, EMPTY, INTACT, kind_title, render_register, stamper

DAY = dt.date(2026, 12, 1)
START = dt.datetime(2026, 12, 1, 0, 55, tzinfo=dt.UTC)  # 08:55 in the hall
RARE_A, RARE_B = "李䶮", "周𠮷"  # U+4DAE (Ext-A), U+20BB7 (Ext-B)
KINDS = list(DocumentKind)
TITLES = {
    DocumentKind.ONE_TIME_NOTICE: "一次性告知书", DocumentKind.ACCEPTANCE: "受理通知书",
    DocumentKind.NON_ACCEPTANCE: "不予受理决定书", DocumentKind.RECEIPT: "材料接收凭证",
    DocumentKind.EXTENSION: "延期告知书", DocumentKind.SUSPENSION: "特别程序告知书",
}


def digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def line(i: int) -> RegisterLine:
    """Stamping i: every kind in turn, two devices, every fourth one by B for A (rare names)."""
    device = f"C0{1 + i % 2}"
    by_b = i % 4 == 0
    return RegisterLine(
        seq=i, stamped_at=START + dt.timedelta(minutes=7 * i),
        document_no=f"二七市监{['审受', '审告', '审不受'][i % 3]}字〔2026〕第{device}-{i:04d}号",
        document_kind=KINDS[i % len(KINDS)].value, case_no=f"410103-20261201-{device}-{i:04d}",
        impressions=1 + i % 3,
        purpose=(f"用途{i:02d}：交申请人留存" if i % 5 else
                 f"用途{i:02d}：不予受理决定书一式两联，一联交申请人，一联存档；申请人要求邮寄送达的另加盖骑缝章"),
        stamped_by=RARE_A if by_b else "王强", acting_for=RARE_B if by_b else "", device_code=device,
    )


def register(n: int, *, intact: bool = True, **changes: object) -> DailyRegister:
    lines = tuple(line(i) for i in range(1, n + 1))
    heads = tuple(RegisterChain(device, sum(1 for x in lines if x.device_code == device), digest(device))
                  for device in ("C01", "C02"))
    base = DailyRegister(
        hall_name="郑州市二七区行政审批服务大厅", department_name="郑州市二七区市场监督管理局",
        seal_code="SJ-410103-01", seal_name="郑州市二七区市场监督管理局行政审批专用章",
        custodian_a="王强", custodian_b=RARE_A, day=DAY, lines=lines, heads=heads, intact=intact,
        printed_at=dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC),
    )
    return dataclasses.replace(base, **changes)


def flat(value: str) -> str:
    """Text with every kind of white space removed: cell wraps fall anywhere."""
    return re.sub(r"\s+", "", value)


def raw_pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def pages(pdf: bytes) -> list[str]:
    return [flat(t) for t in raw_pages(pdf)]


@pytest.fixture(scope="module")
def rare_ok() -> bool:
    return not font_set().missing(RARE_A + RARE_B)


@pytest.fixture(scope="module")
def day_pdf() -> bytes:
    return render_register(register(6))


@pytest.fixture(scope="module")
def long_pdf() -> bytes:
    return render_register(register(60, intact=False))


@pytest.fixture(scope="module")
def empty_pdf() -> bytes:
    return render_register(register(0, heads=()))


def test_every_line_prints_with_its_facts(day_pdf: bytes, rare_ok: bool) -> None:
    text = "".join(pages(day_pdf))
    for x in register(6).lines:
        assert x.document_no in text and x.case_no in text and flat(x.purpose) in text, x.seq
        assert TITLES[DocumentKind(x.document_kind)] in text
        local = (x.stamped_at + dt.timedelta(hours=8)).strftime("%H:%M")
        assert local in text
        if rare_ok or not x.acting_for:
            assert flat(stamper(x)) in text
    assert "09:02" in text and "09:37" in text  # hall time, not UTC (00:55 + 7 min, + 42 min)
    assert "01:02" not in text
    if rare_ok:
        assert f"{RARE_A}（代{RARE_B}）" in text
        assert f"A角：王强B角：{RARE_A}" in text


def test_heading_names_hall_seal_department_custodians_and_day(day_pdf: bytes) -> None:
    first = pages(day_pdf)[0]
    for value in ("郑州市二七区行政审批服务大厅", "行政审批专用章用印登记簿", "郑州市二七区市场监督管理局",
                  "SJ-410103-01", "郑州市二七区市场监督管理局行政审批专用章", "保管人", "A角：王强", "B角",
                  "用印日期", "2026年12月01日"):
        assert value in first, value
    assert first.index("行政审批专用章用印登记簿") < first.index("序号用印时间文书编号文书种类办件编号")
    assert "序号用印时间文书编号文书种类办件编号用印次数用途用印人终端" in first
    assert "（以下空白）" in first and EMPTY not in first
    meta = pypdf.PdfReader(io.BytesIO(day_pdf)).metadata
    assert meta is not None and "SJ-410103-01" in (meta.title or "")


def test_chain_heads_print_as_whole_hashes(day_pdf: bytes) -> None:
    raw = "".join(raw_pages(day_pdf))
    found = set(re.findall(r"(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])", raw))
    assert found == {digest("C01"), digest("C02")}
    text = flat(raw)
    assert f"终端C01·第3条·链头哈希{digest('C01')}" in text
    assert f"终端C02·第3条·链头哈希{digest('C02')}" in text


def test_intact_and_broken_chains_say_so(day_pdf: bytes) -> None:
    text = "".join(pages(day_pdf))
    assert INTACT in text and BROKEN not in text
    broken = render_register(register(6, intact=False))
    text = "".join(pages(broken))
    assert "链校验：发现异常，请立即报告中心" in text and INTACT not in text
    content = pypdf.PdfReader(io.BytesIO(broken)).pages[-1].get_contents()
    assert content is not None and b".78 .08 .08 rg" in content.get_data()  # in red


def test_signatures_and_print_time_close_the_last_page(day_pdf: bytes) -> None:
    last = pages(day_pdf)[-1]
    assert "保管人（A角）签字：" in last and "监督人签字：" in last and last.count("日期：年月日") == 2
    assert "打印时间：2026年12月01日17:30" in last  # 09:30 UTC in hall time


def test_an_empty_day_prints_the_header_and_says_there_was_no_stamping(empty_pdf: bytes) -> None:
    texts = pages(empty_pdf)
    assert len(texts) == 1
    text = texts[0]
    assert "序号用印时间文书编号文书种类办件编号用印次数用途用印人终端" in text
    assert "当日无用印记录" in text and "（以下空白）" not in text
    assert "链头哈希" not in text and "当日链头" in text and INTACT in text
    assert "第1页共1页" in text


def test_sixty_lines_flow_over_pages_with_the_header_and_page_numbers(long_pdf: bytes) -> None:
    texts = pages(long_pdf)
    total = len(texts)
    assert total > 1
    for n, text in enumerate(texts, start=1):
        assert text.count(HEADER) == 1, n
        assert f"第{n}页共{total}页" in text
        assert ("（续页）" in text) == (n > 1)
        assert ("（下页续）" in text) == (n < total)
    everything = "".join(texts)
    for x in register(60).lines:
        assert everything.count(x.case_no) == 1, x.case_no
    # The closing is on the last page only, and never alone: lines go over with it.
    assert all(BROKEN not in t and "监督人签字" not in t for t in texts[:-1])
    assert BROKEN in texts[-1] and "410103-20261201-C01-0060" in texts[-1]
    assert "（以下空白）" in texts[-1]


HEADER = "序号用印时间文书编号文书种类办件编号用印次数用途用印人终端"


@pytest.mark.parametrize("purposes", [(200, 40), (100, 200), (200, 200, 30)], ids=["long-short", "short-long", "three"])
def test_tall_lines_never_repeat_the_header_mid_page_nor_leave_the_closing_alone(purposes: tuple[int, ...]) -> None:
    lines = tuple(dataclasses.replace(line(i), purpose="用印" * (n // 2)) for i, n in enumerate(purposes, start=1))
    texts = pages(render_register(register(0, lines=lines, heads=register(2).heads)))
    assert len(texts) > 1
    assert all(t.count(HEADER) == 1 for t in texts)
    assert "监督人签字" in texts[-1] and lines[-1].case_no in texts[-1]
    assert "".join(texts).count(lines[0].case_no) == 1


def test_markup_characters_print_as_written() -> None:
    odd = dataclasses.replace(line(1), purpose="<b>加急</b> & 复印件 2 份 > 1 份", stamped_by="A&B<王>")
    text = "".join(pages(render_register(register(0, lines=(odd,)))))
    assert flat(odd.purpose) in text and "A&B<王>" in text


def test_many_chain_heads_flow_and_the_closing_follows_them() -> None:
    heads = tuple(RegisterChain(f"C{i:02d}", i, digest(str(i))) for i in range(1, 41))
    pdf = render_register(register(8, heads=heads))
    raw = "".join(raw_pages(pdf))
    assert [h.hash for h in heads] == re.findall(r"(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])", raw)
    text = flat(raw)
    assert text.index(digest("40")) < text.index(INTACT) < text.index("监督人签字")


def test_kind_titles_and_the_b_role_mark() -> None:
    assert {kind_title(k.value) for k in DocumentKind} == set(TITLES.values())
    assert kind_title("something-new") == "something-new"
    assert stamper(line(4)) == f"{RARE_A}（代 {RARE_B}）" and stamper(line(1)) == "王强"


def test_pages_are_a4_landscape_and_poppler_renders_them(long_pdf: bytes, empty_pdf: bytes,
                                                         tmp_path: Path) -> None:
    tool = shutil.which("pdftoppm")
    if tool is None:
        pytest.skip("pdftoppm is not installed")
    for name, pdf in (("long", long_pdf), ("empty", empty_pdf)):
        reader = pypdf.PdfReader(io.BytesIO(pdf))
        for page in reader.pages:
            box = page.mediabox
            assert (round(float(box.width)), round(float(box.height))) == (842, 595)
        source = tmp_path / f"{name}.pdf"
        source.write_bytes(pdf)
        out = subprocess.run([tool, "-r", "20", "-png", str(source), str(tmp_path / name)],
                             capture_output=True, text=True, timeout=60)
        assert out.returncode == 0 and out.stderr == "", out.stderr
        assert len(list(tmp_path.glob(f"{name}-*.png"))) == len(reader.pages)
