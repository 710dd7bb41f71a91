"""Notices about the time limit: 延期告知书 (art. 42) and 特别程序告知书 (art. 45)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from counter_app.domain.documents import Document
from counter_app.printing import common
from counter_app.printing.common import LAW, body, you
from counter_app.printing.fonts import FontSet
from counter_app.printing.layout import PageInfo, cn_date

EXTENSION = "延期告知书"
SUSPENSION = "特别程序告知书"


def extension(doc: Document, fonts: FontSet) -> tuple[PageInfo, list[Flowable]]:
    days = doc.extension_days
    dates = (
        (("受理日期", cn_date(doc.accepted_on)), ("延长期限", f"{days}个工作日")),
        (("法定办结日期", cn_date(doc.statutory_due)),),
    )
    story: list[Flowable] = [
        common.masthead(doc, fonts, EXTENSION),
        common.facts(doc, fonts, *dates),
        Spacer(1, 3 * mm),
        common.salutation(doc, fonts),
        body(f"本机关于{cn_date(doc.accepted_on)}受理的{you(doc)}{doc.item_name}申请，"
             "因下列原因，不能在法定期限内作出行政许可决定：", fonts),
        *(common.reasons_paragraphs(doc.reasons, fonts) or [body("——", fonts)]),
        body(f"经本机关负责人批准，根据{LAW}第四十二条第一款的规定，审查期限延长{days}个工作日，"
             f"本机关将于{cn_date(doc.statutory_due)}前作出是否准予行政许可的决定。", fonts),
        *common.calendar_note(doc, fonts),
        common.closing(doc, fonts, "本告知书一式两联：第一联送达申请人，第二联存档。", lead="特此告知。"),
    ]
    return common.page_info(doc, fonts, EXTENSION), story


def suspension(doc: Document, fonts: FontSet) -> tuple[PageInfo, list[Flowable]]:
    length = f"{doc.suspension_days}个工作日" if doc.suspension_days else "——"
    reason = doc.reasons.strip() or "——"
    dates = (
        (("受理日期", cn_date(doc.accepted_on)), ("程序开始日期", cn_date(doc.suspension_start))),
        (("特别程序", reason), ("预计所需时间", length)),
    )
    story: list[Flowable] = [
        common.masthead(doc, fonts, SUSPENSION),
        common.facts(doc, fonts, *dates),
        Spacer(1, 3 * mm),
        common.salutation(doc, fonts),
        body(f"本机关受理的{you(doc)}{doc.item_name}申请，依法需要进行{reason}。"
             f"根据{LAW}第四十五条的规定，自{cn_date(doc.suspension_start)}起进行上述程序，预计需要{length}，"
             "所需时间不计算在行政许可期限内。", fonts),
        body(f"上述程序结束后，本机关将继续审查，并将办理结果及时告知{you(doc)}。", fonts),
        common.closing(doc, fonts, "本告知书一式两联：第一联送达申请人，第二联存档。", lead="特此告知。"),
    ]
    return common.page_info(doc, fonts, SUSPENSION), story
