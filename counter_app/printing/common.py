"""Wording and facts every document shares: how the applicant is addressed, the window, the case
facts table, the clerk's contact line, the page decorations' lines."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from counter_app.domain.documents import Document, Issuer
from counter_app.printing import blocks
from counter_app.printing.blocks import InfoRow, para, styles
from counter_app.printing.fonts import FontSet
from counter_app.printing.layout import PageInfo, cn_date

LAW = "《中华人民共和国行政许可法》"
FORMS = {"original": "原件", "copy": "复印件", "original_and_copy": "原件及复印件"}
STATES = {"provided": "已提供", "missing": "缺少", "nonconforming": "不符合法定形式", "not_applicable": "不适用"}


def you(doc: Document) -> str:
    """你 to a person, 你单位 to an organisation."""
    return "你单位" if doc.applicant.kind == "organisation" else "你"


def window(issuer: Issuer) -> str:
    """3号窗口（市场监管窗口）; the name alone when the window has no number."""
    if issuer.window_number is None:
        return issuer.window_name or "受理窗口"
    named = f"{issuer.window_number}号窗口"
    return f"{named}（{issuer.window_name}）" if issuer.window_name else named


def place(issuer: Issuer) -> str:
    """Where to come: the hall, the window, the address."""
    return f"{issuer.hall_name}{window(issuer)}（地址：{issuer.hall_address}）"


def phones(issuer: Issuer) -> str:
    return "、".join(p for p in issuer.hall_phones if p) or "——"


def page_info(doc: Document, fonts: FontSet, title: str) -> PageInfo:
    issuer = doc.issuer
    return PageInfo(
        fonts=fonts, title=title, number=doc.number, case_no=doc.case_no,
        hall_line=f"{issuer.hall_name}　地址：{issuer.hall_address}",
        phone_line=f"咨询电话：{phones(issuer)}",
        issued_on=doc.issued_on, reprinted_on=doc.reprinted_on if doc.reprint else None,
    )


def masthead(doc: Document, fonts: FontSet, title: str) -> blocks.Masthead:
    return blocks.Masthead(fonts, doc.issuer.department_name, title, doc.number)


def applicant_rows(doc: Document) -> list[InfoRow]:
    a = doc.applicant
    rows: list[InfoRow] = [(("申请人", a.name), ("联系电话", a.phone))]
    if a.kind == "organisation" and a.legal_representative:
        rows.append((("法定代表人", a.legal_representative),))
    if a.agent_name:
        rows.append((("代理人", a.agent_name), ("代理人电话", a.agent_phone)))
    return rows


def item_rows(doc: Document) -> list[InfoRow]:
    return [(("申请事项", doc.item_name), ("收件日期", cn_date(doc.received_on))),
            (("办件编号", doc.case_no), ("事项编码", doc.item_code))]


def facts(doc: Document, fonts: FontSet, *extra: InfoRow) -> Flowable:
    """The applicant, the item, the case number and the document's own dates, in a grid."""
    return blocks.info_table([*applicant_rows(doc), *item_rows(doc), *extra], fonts)


def salutation(doc: Document, fonts: FontSet) -> Paragraph:
    return para(f"{doc.applicant.name}：", styles(fonts).plain, fonts)


def body(value: str, fonts: FontSet) -> Paragraph:
    return para(value, styles(fonts).body, fonts)


def contact(doc: Document) -> list[str]:
    """Who handles the case, at which window, and the phone to ask (printed beside the seal)."""
    issuer = doc.issuer
    return [f"承办人：{issuer.clerk_name or '——'}", f"受理窗口：{window(issuer)}",
            f"联系电话：{issuer.department_phone or phones(issuer)}"]


def closing(doc: Document, fonts: FontSet, copies_note: str, *, lead: str | None = None,
            signature: str | None = "申请人/代理人签收：") -> Flowable:
    """The seal block; lead (特此告知。) stays on its page."""
    return blocks.closing(fonts, doc.issuer.department_name, doc.issued_on, copies_note,
                          contact=contact(doc), signature=signature, lead=[body(lead, fonts)] if lead else [])


def calendar_note(doc: Document, fonts: FontSet) -> list[Paragraph]:
    """A short line when the dates follow a hall calendar year not yet confirmed."""
    if doc.calendar_confirmed:
        return []
    return [para("注：上述日期按尚未最终确认的节假日安排推算，如节假日安排调整，以调整后推算的日期为准。",
                 styles(fonts).note, fonts)]


def reasons_paragraphs(value: str, fonts: FontSet) -> list[Paragraph]:
    """Free text the clerk wrote, one paragraph per line."""
    lines = [line.strip() for line in value.splitlines() if line.strip()]
    return [body(line, fonts) for line in lines]
