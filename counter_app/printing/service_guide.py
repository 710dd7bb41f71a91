"""The service guide of an item (办事指南), printed for the applicant: plain data in
(domain.service_guide.ServiceGuide), PDF bytes out.

A4, Chinese: the item, its department and code; the conditions (受理条件); every material with
original or copy, copies and whether it is required; the statutory and promised limits; the fee;
the legal basis; the handling steps 受理 承办 审核 审批 发证 送达 with who does each; where (the
windows, the hall's address) and when (opening hours), and the phones to ask. Long texts wrap and
flow onto further pages (the material table repeats its header); every page carries the hall in
its footer and 第N页 共M页, and from page 2 on the item in its header (续页).
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
)

from counter_app.domain.service_guide import ServiceGuide
from counter_app.printing import blocks, text
from counter_app.printing.blocks import para, styles
from counter_app.printing.common import FORMS
from counter_app.printing.fonts import FontSet, font_set
from counter_app.printing.layout import (
    BOTTOM,
    FOOTER_RULE,
    FOOTER_SIZE,
    FRAME_W,
    GREY,
    LEFT,
    PAGE_H,
    PAGE_W,
    RIGHT,
    TOP,
    PageCountCanvas,
    cn_date,
)

TITLE = "办事指南"
KINDS = {"licence": "行政许可", "confirmation": "行政确认", "fee": "行政收费", "public_service": "公共服务",
         "other": "其他"}
HOURS = {"weekday_morning": "工作日上午", "weekday_afternoon": "工作日下午", "extended": "延时及预约服务"}
MATERIAL_WIDTHS = [10 * mm, 48 * mm, 27 * mm, 12 * mm, 22 * mm, FRAME_W - 119 * mm]
SECTION_ROOM = 30 * mm  # a heading and the first lines under it
STEP_WIDTHS = [16 * mm, 46 * mm, FRAME_W - 62 * mm]


def limit(days: int | None) -> str:
    return f"{days}个工作日" if days is not None else "未设定"


def windows_text(guide: ServiceGuide) -> str:
    """3号窗口（城市管理窗口）、13号窗口（…）; the hall's own words when no window serves the item."""
    named = [f"{w.number}号窗口（{w.name}）" for w in guide.windows]
    return "、".join(named) or "大厅咨询台"


def _intake_window(guide: ServiceGuide) -> tuple[str, bool]:
    if not guide.windows:
        return "受理窗口", False
    first = guide.windows[0]
    return f"{first.number}号窗口", first.comprehensive


def steps(guide: ServiceGuide) -> list[list[str]]:
    """The six steps of the chain, each with who does it and what happens (全链条在大厅内办理)."""
    window, comprehensive = _intake_window(guide)
    department = guide.department_name
    chiefs = "、".join(guide.chief_names)
    intake_who = (f"{window}（综合窗口）收件人员；{department}工作人员到大厅正式受理" if comprehensive
                  else f"{window}工作人员（A角，B角补位）")
    return [
        ["受理", intake_who, "查验申请材料：齐全、符合法定形式的，当场受理并出具受理通知书；不齐全或者不符合法定形式的，"
                             "当场一次性告知需要补正的全部内容；不属于本部门职权范围的，不予受理并告知向有关行政机关申请。"],
        ["承办", f"{department}窗口承办人", "审查申请材料的实质内容，需要核查的组织现场核查，提出承办意见。"],
        ["审核", f"{department}审核人员", "对申请材料和承办意见进行审核，提出审核意见。"],
        ["审批", f"首席代表（{chiefs}）" if chiefs else "首席代表",
         "作出准予或者不予许可的书面决定；不予许可的，说明理由，并告知依法申请行政复议或者提起行政诉讼的权利。"],
        ["发证", f"{window}工作人员", "自作出决定之日起10个工作日内颁发证件或者批准文件，加盖行政审批专用章。"],
        ["送达", f"{window}工作人员", "申请人凭受理通知书到窗口领取，或者按申请人选择的方式送达。"],
    ]


def _title_style(fonts: FontSet) -> ParagraphStyle:
    return ParagraphStyle("guideItem", fontName=fonts.main_name, fontSize=15, leading=21, alignment=TA_CENTER,
                          wordWrap="CJK", spaceAfter=4)


def _section(value: str, fonts: FontSet) -> list[Flowable]:
    """A section heading; it never ends a page (with less room left it goes over, and a table after it still
    splits across pages, which keeping it with the whole table would not let happen)."""
    style = ParagraphStyle("guideSection", parent=styles(fonts).plain, fontSize=13.5, leading=20, spaceBefore=7,
                           spaceAfter=3)
    return [CondPageBreak(SECTION_ROOM), para(value, style, fonts)]


def _paragraphs(value: str, fonts: FontSet) -> list[Paragraph]:
    lines = [line.strip() for line in value.splitlines() if line.strip()]
    return [para(line, styles(fonts).body, fonts) for line in lines] or [para("无", styles(fonts).body, fonts)]


class Heading(Flowable):
    """The hall's name over the title 办事指南 (bold)."""

    def __init__(self, fonts: FontSet, hall_name: str) -> None:
        super().__init__()
        self.fonts, self.hall_name = fonts, hall_name

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, 19 * mm
        return self.width, self.height

    def draw(self) -> None:
        c, fonts, w, h = self.canv, self.fonts, self.width, self.height
        size = text.fit_size(self.hall_name, fonts, 13, w, 9)
        text.draw(c, w / 2, h - 13, self.hall_name, fonts, size, align="center")
        text.draw(c, w / 2, 3 * mm, TITLE, fonts, blocks.TITLE_SIZE, align="center", bold=True)


def facts(guide: ServiceGuide, fonts: FontSet) -> Flowable:
    phones = "、".join(p for p in (guide.department_phone, *guide.hall_phones) if p) or "——"
    rows: list[blocks.InfoRow] = [
        (("事项名称", guide.item_name),),
        (("事项编码", guide.item_code), ("事项类型", KINDS.get(guide.item_kind, guide.item_kind))),
        (("实施部门", guide.department_name),),
        (("法定时限", limit(guide.statutory_limit_days)), ("承诺时限", limit(guide.promised_limit_days))),
        (("收费标准", guide.fee or "不收费"),),
        (("办理窗口", windows_text(guide)),),
        (("咨询电话", phones),),
    ]
    return blocks.info_table(rows, fonts)


def materials(guide: ServiceGuide, fonts: FontSet) -> Flowable:
    rows = [[str(n), m.name, FORMS.get(m.form, m.form), str(m.copies), "必需" if m.required else "视情形",
             m.note or "——"] for n, m in enumerate(guide.materials, start=1)]
    return blocks.list_table(["序号", "材料名称", "原件/复印件", "份数", "是否必需", "说明"], rows,
                             MATERIAL_WIDTHS, fonts, centred=(0, 2, 3, 4))


def time_limits(guide: ServiceGuide) -> str:
    joint = "（联合办理）" if guide.joint_handling else ""
    return (f"法定办理时限{limit(guide.statutory_limit_days)}{joint}，本大厅承诺{limit(guide.promised_limit_days)}"
            "内办结，自受理之次日起计算，法定节假日不计算在内。依法需要听证、招标、拍卖、检验、检测、检疫、鉴定和专家"
            "评审的，所需时间不计算在时限内，并书面告知申请人。")


def place_and_hours(guide: ServiceGuide, fonts: FontSet) -> list[Flowable]:
    st = styles(fonts)
    lines = [f"办理地点：{guide.hall_name}{windows_text(guide)}", f"大厅地址：{guide.hall_address}"]
    lines += [f"{HOURS.get(key, key)}：{value}" for key, value in guide.opening_hours]
    lines.append("咨询电话：" + ("、".join(p for p in guide.hall_phones if p) or "——")
                 + (f"；{guide.department_name}：{guide.department_phone}" if guide.department_phone else ""))
    return [para(line, st.plain, fonts) for line in lines]


def story(guide: ServiceGuide, fonts: FontSet) -> list[Flowable]:
    st = styles(fonts)
    printed = para(f"印发日期：{cn_date(guide.printed_on)}　本指南随事项目录更新，以大厅公布的最新版本为准。",
                   st.note, fonts)
    return [
        Heading(fonts, guide.hall_name),
        para(guide.item_name, _title_style(fonts), fonts),
        facts(guide, fonts),
        *_section("一、受理条件", fonts), *_paragraphs(guide.conditions, fonts),
        *_section("二、申请材料", fonts), materials(guide, fonts),
        Spacer(1, 1.5 * mm), para("原件核验后退还；复印件请使用A4纸，并由申请人签字或者加盖公章。", st.note, fonts),
        *_section("三、办理时限", fonts), para(time_limits(guide), st.body, fonts),
        *_section("四、收费标准", fonts), *_paragraphs(guide.fee or "不收费", fonts),
        *_section("五、设定依据", fonts), *_paragraphs(guide.legal_basis, fonts),
        *_section("六、办理流程", fonts),
        blocks.list_table(["环节", "办理人员", "办理内容"], steps(guide), STEP_WIDTHS, fonts, centred=(0,)),
        Spacer(1, 1.5 * mm), para("以上各环节全部在大厅内办理，全程纳入电子监察系统。", st.note, fonts),
        KeepTogether([*_section("七、办理地点和时间", fonts), *place_and_hours(guide, fonts)]),
        Spacer(1, 3 * mm), printed,
    ]


class _GuideCanvas(PageCountCanvas):
    def __init__(self, *args: Any, guide: ServiceGuide, fonts: FontSet, **kwargs: Any) -> None:
        super().__init__(*args, fonts=fonts, right=PAGE_W - RIGHT, baseline=FOOTER_RULE - 4.5 * mm, size=FOOTER_SIZE,
                         **kwargs)
        self.guide, self.fonts = guide, fonts


def _decorate(canvas: Canvas, doc: BaseDocTemplate) -> None:
    guide: ServiceGuide = canvas.guide  # type: ignore[attr-defined]
    fonts: FontSet = canvas.fonts  # type: ignore[attr-defined]
    canvas.saveState()
    canvas.setLineWidth(0.6)
    canvas.line(LEFT, FOOTER_RULE, PAGE_W - RIGHT, FOOTER_RULE)
    lines = [f"{guide.hall_name}　{guide.hall_address}", "咨询电话：" + "、".join(guide.hall_phones)]
    for n, line in enumerate(lines):
        size = text.fit_size(line, fonts, FOOTER_SIZE, FRAME_W - (28 * mm if n == 0 else 0), 6)
        text.draw(canvas, LEFT, FOOTER_RULE - (4.5 + 4 * n) * mm, line, fonts, size)
    if canvas.getPageNumber() > 1:
        running = f"{TITLE}（续页）　{guide.item_code}　{guide.item_name}"
        canvas.setFillColor(GREY)
        text.draw(canvas, LEFT, PAGE_H - TOP + 4 * mm, running, fonts, text.fit_size(running, fonts, 9, FRAME_W, 6))
        canvas.setLineWidth(0.4)
        canvas.line(LEFT, PAGE_H - TOP + 2.5 * mm, PAGE_W - RIGHT, PAGE_H - TOP + 2.5 * mm)
    canvas.restoreState()


def render_guide(guide: ServiceGuide, *, font_path: str | None = None) -> bytes:
    """The guide as a PDF (A4, Chinese, fonts embedded).

    Raises fonts.NoCjkFont when font_path is not a usable CJK TrueType font, or, without
    font_path, when the system has none.
    """
    fonts = font_set(font_path)
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out, pagesize=(PAGE_W, PAGE_H), leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP, bottomMargin=BOTTOM,
        title=f"{TITLE} {guide.item_code} {guide.item_name}", author=guide.hall_name, subject=guide.department_name,
        creator="Counter", initialFontName=fonts.main_name,
    )
    frame = Frame(LEFT, BOTTOM, FRAME_W, PAGE_H - TOP - BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_decorate)])

    def canvasmaker(*args: Any, **kwargs: Any) -> _GuideCanvas:
        return _GuideCanvas(*args, guide=guide, fonts=fonts, **kwargs)

    doc.build(story(guide, fonts), canvasmaker=canvasmaker)
    return out.getvalue()
