"""Rendering a one-time notice against a bare reportlab page (issue 4).

Program: counter_app.printing.render() of a one-time notice with 8 materials to correct.
Floor: the same texts on a bare reportlab page in the same run, no app code: the same TrueType
font file registered with reportlab, a title, the body paragraphs, a grid table of the same size
(header + 8 rows x 3 columns, the same cell texts) and a QR code of the case number
(reportlab.graphics.barcode.qr.QrCode).

Targets: median at most 30 ms and at most 1.3x the floor. Runs are interleaved, so a busy
machine slows both alike. BENCH_RUNS overrides the number of timed runs (default 50).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import statistics
import sys
import time
import uuid

from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from counter_app.domain.documents import (
    ApplicantLines,
    Document,
    DocumentKind,
    Issuer,
    MaterialLine,
)
from counter_app.printing import render
from counter_app.printing.fonts import font_set

RUNS = int(os.environ.get("BENCH_RUNS", "50"))
WARMUP = 5
TARGET_RATIO = 1.3
TARGET_MS = 30.0
MATERIALS = 8

PROBLEMS = ("复印件未加盖申请人公章", "法定代表人签字与备案不一致", "有效期已过，请重新出具", "")


# Each notice is for a different applicant, so every run sets a character set of its own and no
# font subset is reused from an earlier run: the cache only helps within one document.
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红娥鹏辉建国志红春梅海燕雪梅晓东"


def applicant_name(n: int) -> str:
    return _SURNAMES[n % len(_SURNAMES)] + _GIVEN[(n * 7) % len(_GIVEN)] + _GIVEN[(n * 13 + 5) % len(_GIVEN)] + "餐饮店"


def notice(name: str = "郑州市二七区张记餐饮店") -> Document:
    issuer = Issuer(
        department_name="郑州市二七区市场监督管理局", department_phone="0371-68881234",
        hall_name="郑州市二七区行政审批服务大厅", hall_address="郑州市二七区大学路与航海路交叉口政务服务中心二楼",
        hall_phones=("0371-68886666", "0371-68887777"), clerk_name="李娜", window_number=3,
        window_name="市场监管窗口", review_body="郑州市二七区人民政府", court="郑州市二七区人民法院",
    )
    materials = tuple(
        MaterialLine(position=n, name=f"食品经营许可申请材料第{n}项（含附件）",
                     state="missing" if n % 2 else "nonconforming", problem=PROBLEMS[n % len(PROBLEMS)])
        for n in range(1, MATERIALS + 1)
    )
    return Document(
        kind=DocumentKind.ONE_TIME_NOTICE, number="二七市监审告字〔2026〕第C01-0007号", case_id=uuid.uuid4(),
        case_no="410103-20261201-C01-0007", source_event_id=uuid.uuid4(), issued_on=dt.date(2026, 12, 1),
        issuer=issuer, applicant=ApplicantLines(name=name, kind="organisation",
                                                phone="13800138000", legal_representative="张三"),
        item_name="食品经营许可（新办）", item_code="410103-SJ-001", received_on=dt.date(2026, 12, 1),
        materials=materials,
    )


def floor_page(doc: Document, font: str) -> bytes:
    """The same texts on a bare reportlab page: paragraphs, a grid table, a QR code."""
    body = ParagraphStyle("b", fontName=font, fontSize=13, leading=21, wordWrap="CJK", firstLineIndent=26)
    cell = ParagraphStyle("c", fontName=font, fontSize=11.5, leading=14.5, wordWrap="CJK")
    title = ParagraphStyle("t", fontName=font, fontSize=22, leading=30, alignment=1)
    rows = [[Paragraph("序号", cell), Paragraph("材料名称", cell), Paragraph("存在问题及补正要求", cell)]]
    rows += [[Paragraph(str(m.position), cell), Paragraph(m.name, cell),
              Paragraph(f"不符合法定形式：{m.problem}。请更正后重新提交。", cell)] for m in doc.materials]
    table = Table(rows, colWidths=[12 * mm, 58 * mm, 86 * mm], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black)]))
    story = [
        QrCode(doc.case_no, width=22 * mm, height=22 * mm, qrLevel="M"),
        Paragraph(doc.issuer.department_name, title), Paragraph("一次性告知书", title),
        Paragraph(doc.number, body), Paragraph(f"{doc.applicant.name}：", body),
        Paragraph(f"你单位于2026年12月01日提出的{doc.item_name}申请（办件编号：{doc.case_no}），经审查，申请材料"
                  "不齐全或者不符合法定形式。根据《中华人民共和国行政许可法》第三十二条第一款第（四）项的规定，"
                  "现一次性告知需要补正的全部内容如下：", body),
        table, Spacer(1, 12),
        Paragraph(f"请你单位按照上述要求补齐、更正全部材料后，到{doc.issuer.hall_name}3号窗口（地址："
                  f"{doc.issuer.hall_address}）提交。", body),
        Paragraph(f"{doc.issuer.department_name}　2026年12月01日", body),
    ]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def _ms(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def run() -> dict[str, object]:
    doc = notice()
    start = time.perf_counter()
    fonts = font_set()  # once per process: find, open and register the fonts
    fonts_ms = (time.perf_counter() - start) * 1000
    floor_font = "BenchFloorCJK"
    if floor_font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(floor_font, fonts.main_path, subfontIndex=fonts.main_index))
    first_ms = _ms(lambda: render(doc))  # the process's first document, its font subsets not yet cached
    for _ in range(WARMUP):
        render(doc)
        floor_page(doc, floor_font)
    ours, floor = [], []
    for n in range(RUNS):  # interleaved, a new applicant each time
        each = notice(applicant_name(n))
        ours.append(_ms(lambda each=each: render(each)))
        floor.append(_ms(lambda each=each: floor_page(each, floor_font)))
    median, floor_median = statistics.median(ours), statistics.median(floor)
    ratio = median / floor_median
    return {
        "document": f"one-time notice, {MATERIALS} materials, a different applicant each run",
        "font": fonts.main_path,
        "runs": RUNS,
        "font_set_ms": round(fonts_ms, 1),
        "first_render_ms": round(first_ms, 1),
        "median_ms": round(median, 2),
        "p95_ms": round(sorted(ours)[int(0.95 * (len(ours) - 1))], 2),
        "floor_median_ms": round(floor_median, 2),
        "ratio": round(ratio, 3),
        "target_ratio": TARGET_RATIO,
        "target_ms": TARGET_MS,
        "ok": median <= TARGET_MS and ratio <= TARGET_RATIO,
    }


if __name__ == "__main__":
    outcome = run()
    print(json.dumps(outcome, indent=2, ensure_ascii=False))
    sys.exit(0 if outcome["ok"] else 1)
