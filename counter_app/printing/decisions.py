"""The decisions on an application: 受理通知书 (art. 32 (5)) and 不予受理决定书 (art. 32, 38)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from counter_app.domain.documents import Document
from counter_app.printing import common
from counter_app.printing.common import LAW, body, you
from counter_app.printing.fonts import FontSet
from counter_app.printing.layout import PageInfo, cn_date

ACCEPTANCE = "受理通知书"
NON_ACCEPTANCE = "不予受理决定书"


def acceptance(doc: Document, fonts: FontSet) -> tuple[PageInfo, list[Flowable]]:
    issuer = doc.issuer
    dates = (
        (("受理日期", cn_date(doc.accepted_on)), ("承诺办结日期", cn_date(doc.promised_due))),
        (("法定办结日期", cn_date(doc.statutory_due)),),
    )
    story: list[Flowable] = [
        common.masthead(doc, fonts, ACCEPTANCE),
        common.facts(doc, fonts, *dates),
        Spacer(1, 3 * mm),
        common.salutation(doc, fonts),
        body(f"{you(doc)}于{cn_date(doc.received_on)}提出的{doc.item_name}申请，"
             f"申请材料齐全、符合法定形式。根据{LAW}第三十二条第一款第（五）项的规定，本机关决定予以受理，"
             f"受理日期为{cn_date(doc.accepted_on)}。", fonts),
        body(f"本机关承诺于{cn_date(doc.promised_due)}前办结；依照{LAW}第四十二条的规定，"
             f"法定办结期限至{cn_date(doc.statutory_due)}。", fonts),
        *common.calendar_note(doc, fonts),
        body(f"办结后，请{you(doc)}凭本通知书及有效身份证件到{common.place(issuer)}领取办理结果；"
             "委托他人领取的，请同时出具授权委托书。需要邮寄送达的，请与承办人联系。", fonts),
        common.closing(doc, fonts, "本通知书一式两联：第一联交申请人，第二联由受理窗口存档。",
                       lead="特此通知。"),
    ]
    return common.page_info(doc, fonts, ACCEPTANCE), story


def _grounds(doc: Document, fonts: FontSet) -> list[Flowable]:
    """Why not accepted: outside this agency's powers (name the competent agency), or the reasons."""
    opening = f"{you(doc)}于{cn_date(doc.received_on)}提出的{doc.item_name}申请，经审查，"
    if doc.agency:
        out: list[Flowable] = [body(
            f"{opening}该申请事项依法不属于本机关职权范围。根据{LAW}第三十二条第一款第（二）项的规定，"
            f"本机关决定不予受理。请{you(doc)}向{doc.agency}提出申请。", fonts)]
        if doc.reasons:
            out += [body("具体情况说明如下：", fonts), *common.reasons_paragraphs(doc.reasons, fonts)]
        return out
    return [
        body(f"{opening}不符合法律、法规和规章规定的受理条件。根据{LAW}第三十二条、第三十八条第二款的规定，"
             "本机关决定不予受理。理由如下：", fonts),
        *(common.reasons_paragraphs(doc.reasons, fonts) or [body("——", fonts)]),
    ]


def non_acceptance(doc: Document, fonts: FontSet) -> tuple[PageInfo, list[Flowable]]:
    issuer = doc.issuer
    extra = ((("有权受理机关", doc.agency),),) if doc.agency else ()
    story: list[Flowable] = [
        common.masthead(doc, fonts, NON_ACCEPTANCE),
        common.facts(doc, fonts, *extra),
        Spacer(1, 3 * mm),
        common.salutation(doc, fonts),
        *_grounds(doc, fonts),
        common.closing(doc, fonts, "本决定书一式两份：申请人、受理机关各执一份。",
                       lead=f"如不服本决定，可以自收到本决定书之日起60日内向{issuer.review_body}申请行政复议，"
                       f"或者在6个月内依法向{issuer.court}提起行政诉讼。"),
    ]
    return common.page_info(doc, fonts, NON_ACCEPTANCE), story
