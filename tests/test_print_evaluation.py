"""The evaluation as PDF (A4 landscape, Chinese) and as CSV (UTF-8 with BOM, one row per member of staff):
the text read back with pypdf, the pages rendered by poppler, the CSV's bytes."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import re
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest

from counter_app.domain.evaluation import (
    DepartmentWeight,
    EvaluationReport,
    Grade,
    Period,
    PeriodKind,
    StaffLine,
    WindowLine,
)
from counter_app.domain.evaluation_figures import Figures, Step, total
from counter_app.printing.evaluation import render_evaluation
from counter_app.printing.evaluation_csv import evaluation_csv, file_name
from counter_app.printing.fonts import font_set

RARE = "周䶮"  # U+4DAE, CJK Extension A
BUSY = Figures(steps={Step.RECEIVED: 3, Step.ACCEPTED: 1, Step.NOT_ACCEPTED: 2, Step.REVIEWED: 2, Step.ISSUED: 1,
                      Step.DELIVERED: 1}, finished=2, with_promised=2, on_time_promised=1, with_statutory=2,
               on_time_statutory=2, handling_days=12, ratings=(0, 1, 0, 1, 2), consultations=2, extended_minutes=150)
CHIEF = Figures(steps={Step.DECIDED: 3})


def line(code: str, name: str, figures: Figures = Figures(), grade: Grade | None = Grade.COMPETENT,
         graded: bool = True, window: int | None = 1) -> StaffLine:
    return StaffLine(code, name, "郑州市二七区市场监督管理局", "二七市监", window, figures, grade, graded)


def report(n_more: int = 0, **changes: object) -> EvaluationReport:
    staff = [line("S0101", "王晓堃", BUSY, Grade.EXCELLENT), line("S0102", RARE, grade=Grade.INCOMPETENT),
             line("S0191", "张建军", CHIEF, None, window=None), line("S9001", "杜明远", graded=False, window=None)]
    staff += [line(f"S5{i:03d}", f"测试{i:03d}") for i in range(n_more)]
    windows = [WindowLine(1, "市场监管窗口(登记注册)", "constant", ("二七市监",), BUSY),
               WindowLine(10, "综合窗口(残联、民政)", "comprehensive", ("二七残联", "二七民政"),
                          Figures(steps={Step.RECEIVED: 1}))]
    base = EvaluationReport(
        hall_name="二七区行政服务中心", scope="", period=Period(PeriodKind.MONTH, 2025, 10), staff=tuple(staff),
        windows=tuple(windows), total=total(s.figures for s in staff),
        weights=(DepartmentWeight("SCJG", "郑州市二七区市场监督管理局", 8), DepartmentWeight("CL", "郑州市二七区残疾人联合会", None)),
        decided_at=dt.datetime(2026, 1, 12, 2, 0, tzinfo=dt.UTC), decided_by="杜明远", graded=49,
        printed_at=dt.datetime(2026, 1, 12, 2, 30, tzinfo=dt.UTC))
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def pages(pdf: bytes) -> list[str]:
    return [re.sub(r"\s+", "", page.extract_text()) for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture(scope="module")
def month_pdf() -> bytes:
    return render_evaluation(report())


@pytest.fixture(scope="module")
def long_pdf() -> bytes:
    return render_evaluation(report(70, scope="郑州市二七区市场监督管理局", decided_at=None, decided_by=""))


def test_the_heading_names_the_hall_the_period_the_scope_and_the_print_time(month_pdf: bytes) -> None:
    first = pages(month_pdf)[0]
    for expected in ("二七区行政服务中心", "窗口及工作人员绩效考核统计表", "2025年10月（2025年10月01日至2025年10月31日）",
                     "范围全大厅", "工作人员4人", "2026年01月12日10:30"):
        assert expected in first, expected


def test_every_person_prints_with_figures_and_grade(month_pdf: bytes) -> None:
    first = pages(month_pdf)[0]
    # S0101: 3 received, 1 accepted, no notice, 2 not accepted, ... 2 finished, 50% on time, 100% statutory,
    # 6.0 days, 4 ratings averaging 4.00, 75% satisfied, 1 bad, 2 inquiries, 2.5 hours; excellent.
    assert "1S0101王晓堃二七市监1号3102020112" "50.0%100.0%6.044.0075.0%122.5优秀" in first
    assert "S0191张建军二七市监—0000003000" in first  # the chief's sign-offs; no window
    assert "000.0不称职3S0191" in first and "S9001杜明远二七市监—" in first
    if not font_set().missing(RARE):
        assert f"S0102{RARE}" in first
    assert "合计4人" in first


def test_windows_and_the_annual_evaluation(month_pdf: bytes) -> None:
    text = "".join(pages(month_pdf))
    assert "二、窗口绩效" in text and "1号市场监管窗口(登记注册)常设二七市监" in text
    assert "10号综合窗口(残联、民政)综合二七残联、二七民政1000" in text
    assert "三、2025年度考核" in text
    assert "2025年度考核由中心于2026年01月12日确定（杜明远）" in text
    assert "全大厅参加考核49人，优秀名额不超过20%即9人" in text
    assert "全大厅：优秀1人，称职1人，基本称职0人，不称职1人" in text
    assert "郑州市二七区市场监督管理局8%" in text and "郑州市二七区残疾人联合会未确定" in text
    assert "B角代A角办理的计入实际办理人" in text


def test_many_staff_flow_over_pages_with_the_header_and_page_numbers(long_pdf: bytes) -> None:
    texts = pages(long_pdf)
    assert len(texts) >= 3
    for n, page in enumerate(texts, start=1):
        assert f"第{n}页共{len(texts)}页" in page
        assert "郑州市二七区市场监督管理局" in page and "2025年10月" in page
    assert "窗口及工作人员绩效考核统计表（续页）" in texts[1]
    assert "序号工号姓名部门窗口收件受理" in texts[1]  # the table's header again
    assert "S5069测试069" in "".join(texts) and "2025年度考核尚未确定。" in texts[-1]


def test_pages_are_a4_landscape_and_poppler_draws_them(month_pdf: bytes, long_pdf: bytes, tmp_path: Path) -> None:
    tool = shutil.which("pdftoppm")
    if tool is None:
        pytest.skip("pdftoppm is not installed")
    for name, pdf in (("month", month_pdf), ("long", long_pdf)):
        reader = pypdf.PdfReader(io.BytesIO(pdf))
        for page in reader.pages:
            assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (842, 595)
        (tmp_path / f"{name}.pdf").write_bytes(pdf)
        out = subprocess.run([tool, "-r", "30", "-gray", str(tmp_path / f"{name}.pdf"), str(tmp_path / name)],
                             capture_output=True, text=True, timeout=60)
        assert out.returncode == 0 and out.stderr == "", out.stderr
        images = sorted(tmp_path.glob(f"{name}-*.pgm"))
        assert len(images) == len(reader.pages)
        for image in images:
            assert _ink(image) > 0.01, image  # ruled tables and text, not a blank page


def _ink(pgm: Path) -> float:
    """The share of dark pixels in a binary PGM (P5) file."""
    raw = pgm.read_bytes()
    fields = raw.split(maxsplit=4)
    assert fields[0] == b"P5"
    pixels = fields[4]
    return sum(1 for value in pixels if value < 128) / len(pixels)


def test_the_csv_opens_in_excel_as_utf8_with_one_row_per_person() -> None:
    data = evaluation_csv(report())
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    assert b"\r\n" in data and "王晓堃".encode() in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0][:8] == ["统计期间", "范围", "工号", "姓名", "部门", "窗口", "收件", "受理"]
    assert rows[0][-1] == "年度考核" and len(rows) == 5 and all(len(r) == len(rows[0]) for r in rows)
    by_code = {r[2]: dict(zip(rows[0], r, strict=True)) for r in rows[1:]}
    s0101 = by_code["S0101"]
    assert (s0101["统计期间"], s0101["范围"], s0101["部门"], s0101["窗口"]) == (
        "2025年10月", "全大厅", "郑州市二七区市场监督管理局", "1号")
    assert (s0101["收件"], s0101["不予受理"], s0101["办结"], s0101["按时办结率"], s0101["法定时限内办结率"]) == (
        "3", "2", "2", "50.0%", "100.0%")
    assert (s0101["平均办理天数"], s0101["好差评"], s0101["平均分"], s0101["满意率"], s0101["差评"]) == (
        "6.0", "4", "4.00", "75.0%", "1")
    assert (s0101["咨询"], s0101["延时服务（小时）"], s0101["年度考核"]) == ("2", "2.5", "优秀")
    assert (by_code["S0191"]["审批"], by_code["S0191"]["按时办结率"], by_code["S0191"]["年度考核"]) == ("3", "", "未评定")
    assert by_code["S0102"]["姓名"] == RARE and by_code["S0102"]["年度考核"] == "不称职"
    assert by_code["S9001"]["年度考核"] == "—" and by_code["S9001"]["窗口"] == "—"


def test_before_the_year_is_decided_the_grades_are_blank() -> None:
    rows = list(csv.reader(io.StringIO(evaluation_csv(report(decided_at=None)).decode("utf-8-sig"), newline="")))
    assert {r[2]: r[-1] for r in rows[1:]} == {"S0101": "", "S0102": "", "S0191": "", "S9001": "—"}


def test_export_file_names() -> None:
    assert file_name(report(), "csv") == "绩效统计-2025年10月.csv"
    chief = report(scope="郑州市二七区市场监督管理局", period=Period(PeriodKind.QUARTER, 2025, 4))
    assert file_name(chief, "pdf") == "绩效统计-二七市监-2025年第四季度.pdf"
