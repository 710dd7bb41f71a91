"""一次性告知书 (申请材料补正告知): every missing or non-conforming material at once (art. 32 (4))."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from counter_app.domain.documents import Document, MaterialLine
from counter_app.printing import blocks, common
from counter_app.printing.common import LAW, body, you
from counter_app.printing.fonts import FontSet
from counter_app.printing.layout import FRAME_W, PageInfo, cn_date

TITLE = "一次性告知书"
TO_CORRECT = ("missing", "nonconforming")


def what_to_do(line: MaterialLine) -> str:
    """What is wrong with the material and what the applicant is to do about it."""
    why = f"：{line.problem}" if line.problem else ""
    if line.state == "missing":
        return f"未提交{why}。请补交。"
    return f"不符合法定形式{why}。请更正后重新提交。"


def materials(doc: Document, fonts: FontSet) -> Flowable:
    rows = [[str(n), line.name, what_to_do(line)]
            for n, line in enumerate((m for m in doc.materials if m.state in TO_CORRECT), start=1)]
    widths = [12 * mm, 64 * mm, FRAME_W - 76 * mm]
    return blocks.list_table(["序号", "材料名称", "存在问题及补正要求"], rows, widths, fonts)


def build(doc: Document, fonts: FontSet) -> tuple[PageInfo, list[Flowable]]:
    issuer = doc.issuer
    story: list[Flowable] = [
        common.masthead(doc, fonts, TITLE),
        common.facts(doc, fonts),
        Spacer(1, 3 * mm),
        common.salutation(doc, fonts),
        body(f"{you(doc)}于{cn_date(doc.received_on)}提出的{doc.item_name}申请，"
             f"经审查，申请材料不齐全或者不符合法定形式。根据{LAW}第三十二条第一款第（四）项的规定，"
             "现一次性告知需要补正的全部内容如下：", fonts),
        Spacer(1, 2 * mm),
        materials(doc, fonts),
        Spacer(1, 3 * mm),
        body(f"请{you(doc)}按照上述要求补齐、更正全部材料后，到{common.place(issuer)}提交。"
             "申请材料齐全、符合法定形式的，本机关自收到全部补正材料之日起予以受理。", fonts),
        common.closing(doc, fonts, "本告知书一式两联：第一联交申请人，第二联由受理窗口存档。",
                       lead="特此告知。"),
    ]
    return common.page_info(doc, fonts, TITLE), story
