"""材料接收凭证: every material received, original or copy, how many (收取申请材料凭证)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from counter_app.domain.documents import Document, MaterialLine
from counter_app.printing import blocks, common
from counter_app.printing.common import FORMS, LAW, body, you
from counter_app.printing.fonts import FontSet
from counter_app.printing.layout import FRAME_W, PageInfo, cn_date

TITLE = "材料接收凭证"
RECEIVED = ("provided", "nonconforming")


def state_text(line: MaterialLine) -> str:
    if line.state == "nonconforming":
        return "不符合法定形式" + (f"：{line.problem}" if line.problem else "")
    return common.STATES.get(line.state, line.state)


def materials(doc: Document, fonts: FontSet) -> Flowable:
    rows = [
        [str(n), line.name, FORMS.get(line.form, line.form or "——"), str(line.copies), state_text(line)]
        for n, line in enumerate((m for m in doc.materials if m.state in RECEIVED), start=1)
    ]
    widths = [12 * mm, 58 * mm, 29 * mm, 13 * mm, FRAME_W - 112 * mm]
    return blocks.list_table(["序号", "材料名称", "原件/复印件", "份数", "接收情况"], rows, widths, fonts,
                             centred=(0, 2, 3))


def build(doc: Document, fonts: FontSet) -> tuple[PageInfo, list[Flowable]]:
    received = [m for m in doc.materials if m.state in RECEIVED]
    story: list[Flowable] = [
        common.masthead(doc, fonts, TITLE),
        common.facts(doc, fonts),
        Spacer(1, 3 * mm),
        common.salutation(doc, fonts),
        body(f"本机关于{cn_date(doc.received_on)}收到{you(doc)}提交的{doc.item_name}申请材料"
             f"共{len(received)}项，清单如下：", fonts),
        Spacer(1, 2 * mm),
        materials(doc, fonts),
        Spacer(1, 3 * mm),
        common.closing(doc, fonts, "本凭证一式两联：第一联交申请人，第二联由收件窗口存档。",
                       lead=f"本凭证仅证明本机关已收到上列材料，不表示申请已被受理。本机关将依照{LAW}第三十二条的"
                       "规定作出是否受理的决定，并出具书面凭证。", signature="递交人签字："),
    ]
    return common.page_info(doc, fonts, TITLE), story
