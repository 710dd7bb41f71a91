<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AbsencePage</name>
    <message>
        <source>waiting for a decision</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>未批准</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>You stand in for %1 from %2 to %3 (B role)</source>
        <translation>您作为B角，于 %2 至 %3 代 %1 履职</translation>
    </message>
    <message>
        <source>late</source>
        <translation>（逾期报告）</translation>
    </message>
    <message>
        <source>Reported late: less than 1 working day ahead.</source>
        <translation>已报告，但不足提前1个工作日，记为逾期报告。</translation>
    </message>
    <message>
        <source>Reported; the decision will show here.</source>
        <translation>已报告，审批结果将在此显示。</translation>
    </message>
    <message>
        <source>Choose an absence first.</source>
        <translation>请先选择一条请假。</translation>
    </message>
    <message>
        <source>Absences and cover</source>
        <translation>请假与顶岗</translation>
    </message>
    <message>
        <source>Report my absence (at least 1 working day ahead)</source>
        <translation>本人请假（至少提前1个工作日）</translation>
    </message>
    <message>
        <source>My absences</source>
        <translation>我的请假</translation>
    </message>
    <message>
        <source>Waiting for my decision</source>
        <translation>待我审批</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Note (required to refuse)</source>
        <translation>意见（不批准时必填）</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>不批准</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>请假人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>意见</translation>
    </message>
</context>
<context>
    <name>AbsencePanel</name>
    <message>
        <source>late</source>
        <translation>逾期报告</translation>
    </message>
    <message>
        <source>in time</source>
        <translation>按时报告</translation>
    </message>
    <message>
        <source>Absence approved: %1</source>
        <translation>已批准请假：%1</translation>
    </message>
    <message>
        <source>Absence refused: %1</source>
        <translation>已不批准请假：%1</translation>
    </message>
    <message>
        <source>An absent A is covered by B only once you approve; refusing needs a note.</source>
        <translation>A角请假经您批准后才由B角顶岗；不批准须填写意见。</translation>
    </message>
    <message>
        <source>Note (required to refuse)</source>
        <translation>意见（不批准时必填）</translation>
    </message>
    <message>
        <source>Approve absence</source>
        <translation>批准请假</translation>
    </message>
    <message>
        <source>Refuse absence</source>
        <translation>不批准请假</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>请假人</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报告情况</translation>
    </message>
</context>
<context>
    <name>AgencyHelpPanel</name>
    <message>
        <source>Someone already helps with this case.</source>
        <translation>此办件已有人代办帮办。</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>此办件已办结。</translation>
    </message>
    <message>
        <source>Nobody helps with this case now.</source>
        <translation>此办件目前无人代办帮办。</translation>
    </message>
    <message>
        <source>Only the helper or the department&apos;s chief representative notes and ends the help.</source>
        <translation>只有代办人或本部门首席代表可以记录和结束代办帮办。</translation>
    </message>
    <message>
        <source>Only the department&apos;s chief representative puts a colleague in as the helper.</source>
        <translation>只有本部门首席代表可以指定其他同事代办。</translation>
    </message>
    <message>
        <source>Only staff of the case&apos;s department, or of the comprehensive window that received it, help with it.</source>
        <translation>只有办件所属部门的工作人员，或收件的综合窗口工作人员，可以代办帮办。</translation>
    </message>
    <message>
        <source>No member of staff has this code.</source>
        <translation>没有此工号的工作人员。</translation>
    </message>
    <message>
        <source>This counter has no such case.</source>
        <translation>本终端没有此办件。</translation>
    </message>
    <message>
        <source>started</source>
        <translation>开始代办</translation>
    </message>
    <message>
        <source>noted</source>
        <translation>跟踪记录</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>结束代办</translation>
    </message>
    <message>
        <source>Helped by %1 (%2) since %3</source>
        <translation>%1（%2）自 %3 起代办帮办</translation>
    </message>
    <message>
        <source>Agency help by %1 has ended.</source>
        <translation>%1 的代办帮办已结束。</translation>
    </message>
    <message>
        <source>No agency help. Start it when the applicant needs the case handled for them.</source>
        <translation>无代办帮办。申请人需要代为办理时，可开始代办帮办。</translation>
    </message>
    <message>
        <source>Agency help</source>
        <translation>代办帮办</translation>
    </message>
    <message>
        <source>What the applicant needs, or what was done for them</source>
        <translation>申请人需要什么帮助，或已为其办了什么</translation>
    </message>
    <message>
        <source>Start agency help (Ctrl+H)</source>
        <translation>开始代办帮办（Ctrl+H）</translation>
    </message>
    <message>
        <source>Add the note (Ctrl+H)</source>
        <translation>添加跟踪记录（Ctrl+H）</translation>
    </message>
    <message>
        <source>End agency help</source>
        <translation>结束代办帮办</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>You are no longer on the hall&apos;s staff register: ask the hall office.</source>
        <translation>您已不在大厅人员名册中，请联系大厅办公室。</translation>
    </message>
    <message>
        <source>The hall changed your roles or window: log in again to work with them.</source>
        <translation>大厅已调整您的角色或窗口，请重新登录。</translation>
    </message>
</context>
<context>
    <name>ApplicantPanel</name>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Born %1 · %2</source>
        <translation>出生 %1 · %2</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>自然人(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>法人或其他组织(&amp;O)</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>联系电话(&amp;H)</translation>
    </message>
    <message>
        <source>Agent&apos;s name</source>
        <translation>代办人姓名</translation>
    </message>
    <message>
        <source>Agent&apos;s ID number</source>
        <translation>代办人身份证号</translation>
    </message>
    <message>
        <source>Agent&apos;s phone</source>
        <translation>代办人电话</translation>
    </message>
    <message>
        <source>An agent acts for the applicant (代办人)</source>
        <translation>委托代办人办理（代办人）</translation>
    </message>
</context>
<context>
    <name>ApplicantScreen</name>
    <message>
        <source>How satisfied are you with our service today?</source>
        <translation>请您对本次服务进行评价</translation>
    </message>
    <message>
        <source>Thank you for your rating!</source>
        <translation>感谢您的评价！</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>another counter recorded: %1</source>
        <translation>另一终端记录为：%1</translation>
    </message>
    <message>
        <source>Booked.</source>
        <translation>已预约。</translation>
    </message>
    <message>
        <source>Checked in: the intake starts.</source>
        <translation>已签到：开始受理。</translation>
    </message>
    <message>
        <source>Marked missed.</source>
        <translation>已登记爽约。</translation>
    </message>
    <message>
        <source>Cancel the appointment</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>Why (optional):</source>
        <translation>原因（选填）：</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Choose a booking in the list first.</source>
        <translation>请先在列表中选择一条预约。</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约服务</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Open slots… (Ctrl+O)</source>
        <translation>开放时段… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Book… (Ctrl+N)</source>
        <translation>预约登记… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Check in (Ctrl+I)</source>
        <translation>签到 (Ctrl+I)</translation>
    </message>
    <message>
        <source>Missed (Ctrl+M)</source>
        <translation>爽约 (Ctrl+M)</translation>
    </message>
    <message>
        <source>Cancel… (Ctrl+Del)</source>
        <translation>取消预约… (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Booked / capacity</source>
        <translation>已约 / 名额</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>预约方式</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件编号</translation>
    </message>
</context>
<context>
    <name>BRoleBanner</name>
    <message>
        <source>B for %1 until %2</source>
        <translation>B角：代 %1 顶岗至 %2</translation>
    </message>
    <message>
        <source>You stand in for an absent colleague (B role): every step you record on their cases is recorded as done by you for them.</source>
        <translation>您正在为请假的同事顶岗（B角）：您在其办件上记录的每一步，都记为由您代其办理。</translation>
    </message>
</context>
<context>
    <name>BoardPanel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source> (deemed accepted)</source>
        <translation>（视为受理）</translation>
    </message>
    <message>
        <source>Red: overdue</source>
        <translation>红牌：已超期</translation>
    </message>
    <message>
        <source>Yellow: the deadline is near</source>
        <translation>黄牌：临近期限</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Step due</source>
        <translation>本环节时限</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <source>Book an appointment</source>
        <translation>预约登记</translation>
    </message>
    <message>
        <source>At the &amp;counter</source>
        <translation>现场(&amp;C)</translation>
    </message>
    <message>
        <source>By &amp;phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Slot</source>
        <translation>时段(&amp;S)</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>预约方式</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;ID number (optional)</source>
        <translation>身份证号（选填）(&amp;I)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>联系电话(&amp;H)</translation>
    </message>
    <message>
        <source>Book (Enter)</source>
        <translation>预约 (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>%1: confirmed by the hall from “%2”.</source>
        <translation>%1年：已由中心根据《%2》确认。</translation>
    </message>
    <message>
        <source>%1: confirmed by the published calendar; entries here override it.</source>
        <translation>%1年：已按公布的节假日安排确认；此处录入的内容优先。</translation>
    </message>
    <message>
        <source>%1: not confirmed. Until it is entered, working days are counted as plain weekdays.</source>
        <translation>%1年：未确认。录入前按周一至周五计算工作日。</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>Saving at the hall and recomputing the limits of open cases…</source>
        <translation>正在保存到大厅并重新计算在办件时限…</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第%1行：%2</translation>
    </message>
    <message>
        <source>Hall calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>State Council notice (title)</source>
        <translation>国务院通知（标题）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除一行</translation>
    </message>
    <message>
        <source>Save and confirm the year</source>
        <translation>保存并确认该年</translation>
    </message>
</context>
<context>
    <name>CaseDetailView</name>
    <message>
        <source>Print a document</source>
        <translation>打印文书</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Step due</source>
        <translation>本环节时限</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承诺办结</translation>
    </message>
    <message>
        <source>Statutory limit</source>
        <translation>法定时限</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Received at the comprehensive window; the department has been notified.</source>
        <translation>综合窗口已收件，已通知部门到大厅正式受理。</translation>
    </message>
    <message>
        <source>The department accepted it %1 working day(s) after receipt.</source>
        <translation>部门于收件后第%1个工作日正式受理。</translation>
    </message>
    <message>
        <source>Accepted after the 5 working days of art. 32: the limits run from the day of receipt.</source>
        <translation>超过第三十二条规定的5个工作日才受理：时限自收件之日起计算。</translation>
    </message>
    <message>
        <source>No notice within 5 working days: the case counts as accepted from the day of receipt (art. 32).</source>
        <translation>5个工作日内未告知补正：自收到材料之日起即为受理（行政许可法第三十二条）。</translation>
    </message>
    <message>
        <source>Suspended (art. 45): the clock is stopped.</source>
        <translation>特别程序中（行政许可法第四十五条）：时限中止计算。</translation>
    </message>
    <message>
        <source>An extension waits for the chief representative&apos;s approval.</source>
        <translation>延期申请待首席代表批准。</translation>
    </message>
    <message>
        <source>Calendar not confirmed: dates after the published holiday arrangements count plain weekdays.</source>
        <translation>日历未确认：已公布节假日安排之后的日期按周一至周五计算。</translation>
    </message>
    <message>
        <source>Conflict: two decisions were made on different counters; the chief representative chooses one.</source>
        <translation>冲突：两个终端分别作出了不同决定，由首席代表确定其一。</translation>
    </message>
    <message>
        <source>Asked for: %1</source>
        <translation>需补正：%1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <source>reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <source>%1 copies on %2</source>
        <translation>%1份，打印机 %2</translation>
    </message>
    <message>
        <source>saved as PDF</source>
        <translation>另存为PDF</translation>
    </message>
    <message>
        <source>Printed documents</source>
        <translation>已打印文书</translation>
    </message>
    <message>
        <source> acting for %1</source>
        <translation>（代 %1）</translation>
    </message>
    <message>
        <source>in conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>未生效</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>Received, awaiting acceptance</source>
        <translation>已收件，待受理</translation>
    </message>
    <message>
        <source>Awaiting corrections</source>
        <translation>待补正</translation>
    </message>
    <message>
        <source>Accepted, undertaking</source>
        <translation>已受理，承办中</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Awaiting sign-off</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Granted, issuing certificate</source>
        <translation>准予许可，待发证</translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation>待送达</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Referred to another agency</source>
        <translation>已告知另行申请</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>One-time notice</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>告知另行申请</translation>
    </message>
    <message>
        <source>Undertaking done</source>
        <translation>承办完成</translation>
    </message>
    <message>
        <source>Review done, to sign-off</source>
        <translation>审核完成，报审批</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>审批决定</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>发证</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>送达</translation>
    </message>
    <message>
        <source>Return one step</source>
        <translation>退回上一环节</translation>
    </message>
    <message>
        <source>Suspend (art. 45)</source>
        <translation>特别程序（中止）</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <source>Request extension</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>Approve extension</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <source>Refuse extension</source>
        <translation>不批准延期</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>处理冲突</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄牌</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红牌</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source> (suspended)</source>
        <translation>（中止）</translation>
    </message>
    <message>
        <source> (deemed accepted)</source>
        <translation>（视为受理）</translation>
    </message>
    <message>
        <source> (conflict)</source>
        <translation>（冲突）</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Step due</source>
        <translation>本环节时限</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
</context>
<context>
    <name>CaseRatingPanel</name>
    <message>
        <source>Rate… (%1)</source>
        <translation>评价…（%1）</translation>
    </message>
    <message>
        <source>The applicant rates the service (好差评), 1 to 5</source>
        <translation>申请人对服务进行评价（好差评），1 至 5 级</translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation>好差评：%1</translation>
    </message>
    <message>
        <source>Rating: not rated yet</source>
        <translation>好差评：尚未评价</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Search: case no., name, pinyin or the last digits of the ID (Ctrl+F)</source>
        <translation>搜索：办件编号、姓名、拼音或证件号后几位 (Ctrl+F)</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>我的办件</translation>
    </message>
    <message>
        <source>My department</source>
        <translation>本部门</translation>
    </message>
    <message>
        <source>Received at my window</source>
        <translation>本窗口收件</translation>
    </message>
    <message>
        <source>The whole hall</source>
        <translation>全大厅</translation>
    </message>
    <message>
        <source>Cases I help with (agency help)</source>
        <translation>我代办帮办的办件</translation>
    </message>
    <message>
        <source>%1&apos;s queue (B for A)</source>
        <translation>%1 的办件（B角顶岗）</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any warning</source>
        <translation>全部预警</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>%1 of %2 items</source>
        <translation>共 %2 项，显示 %1 项</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>是否必需</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>事项类型</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>实施部门</translation>
    </message>
    <message>
        <source>Statutory limit</source>
        <translation>法定时限</translation>
    </message>
    <message>
        <source>Promised limit</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>设定依据</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>Item catalogue</source>
        <translation>事项目录</translation>
    </message>
    <message>
        <source>Find an item by name, pinyin or initials (Ctrl+F)</source>
        <translation>按名称、全拼或拼音首字母查找事项 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Print the service guide (Ctrl+P)</source>
        <translation>打印办事指南 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Preview… (Ctrl+Shift+P)</source>
        <translation>预览… (Ctrl+Shift+P)</translation>
    </message>
</context>
<context>
    <name>ChainBadge</name>
    <message>
        <source>edited</source>
        <translation>被修改</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>被删除</translation>
    </message>
    <message>
        <source>reordered</source>
        <translation>顺序被调换</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>被插入</translation>
    </message>
    <message>
        <source>newest entries cut off</source>
        <translation>最新记录被截去</translation>
    </message>
    <message>
        <source>the hall</source>
        <translation>大厅</translation>
    </message>
    <message>
        <source>this counter&apos;s copy (the hall cannot be reached)</source>
        <translation>本机副本（大厅无法连接）</translation>
    </message>
    <message>
        <source>✔ Stamping log intact: %1 entries in %2 chain(s), checked against the heads held by %3.</source>
        <translation>✔ 用印登记完整：%2 条链共 %1 条记录，已与%3保存的链头核对。</translation>
    </message>
    <message>
        <source>seal %1, entry %2: %3</source>
        <translation>印章 %1 第 %2 条：%3</translation>
    </message>
    <message>
        <source>✘ The stamping log has been tampered with: %1. Report it to the hall at once.</source>
        <translation>✘ 用印登记遭到篡改：%1。请立即报告中心。</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Material %1: %2</source>
        <translation>材料 %1：%2</translation>
    </message>
    <message>
        <source>Provided</source>
        <translation>已提供</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Not in legal form</source>
        <translation>不符合法定形式</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>Form, copies</source>
        <translation>形式、份数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>存在问题</translation>
    </message>
</context>
<context>
    <name>ChiefDesk</name>
    <message>
        <source>Choose a line first.</source>
        <translation>请先选择一行。</translation>
    </message>
    <message>
        <source>Grant (准予许可)</source>
        <translation>准予许可</translation>
    </message>
    <message>
        <source>Refuse (不予许可)</source>
        <translation>不予许可</translation>
    </message>
    <message>
        <source>Reviewer %1: %2</source>
        <translation>审核人 %1：%2</translation>
    </message>
    <message>
        <source>(no opinion)</source>
        <translation>（无意见）</translation>
    </message>
    <message>
        <source>Sign-off: %1</source>
        <translation>审批：%1</translation>
    </message>
    <message>
        <source>Art. 38: a refusal states its reasons; the letter adds the right to review or litigation.</source>
        <translation>第三十八条：不予许可应当说明理由，决定书并告知申请人依法申请行政复议或者提起行政诉讼的权利。</translation>
    </message>
    <message>
        <source>Return to review: %1</source>
        <translation>退回审核：%1</translation>
    </message>
</context>
<context>
    <name>ChiefDeskPage</name>
    <message>
        <source>Sign-off (%1)</source>
        <translation>签批（%1）</translation>
    </message>
    <message>
        <source>Extensions (%1)</source>
        <translation>延期（%1）</translation>
    </message>
    <message>
        <source>Absences (%1)</source>
        <translation>请假（%1）</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation>差评整改（%1）</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Seals</source>
        <translation>用印</translation>
    </message>
    <message>
        <source>Chief representative&apos;s desk</source>
        <translation>首席代表工作台</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>%1: the decision “%2” by %3 stands.</source>
        <translation>%1：保留 %3 作出的“%2”决定。</translation>
    </message>
    <message>
        <source>Two counters decided the same case without seeing each other. Choose the decision that stands; the other stays in the case&apos;s timeline.</source>
        <translation>两台终端在互不知情的情况下对同一办件作出了决定。请选择保留的决定；另一决定仍保留在办件的时间线中。</translation>
    </message>
    <message>
        <source>Keep this decision</source>
        <translation>保留此决定</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>By</source>
        <translation>作出人</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <source>Not recorded: correct the fields marked in red.</source>
        <translation>未登记：请改正标红的栏目。</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>已登记。</translation>
    </message>
    <message>
        <source>Start the intake with %1 (Ctrl+T).</source>
        <translation>开始受理“%1”(Ctrl+T)。</translation>
    </message>
    <message>
        <source>My consultations today: %1</source>
        <translation>我今天的咨询：%1 条</translation>
    </message>
    <message>
        <source>Consultations (first-inquiry responsibility)</source>
        <translation>咨询登记（首问负责）</translation>
    </message>
    <message>
        <source>Record a consultation (F2)</source>
        <translation>登记咨询 (F2)</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>咨询问题(&amp;Q)</translation>
    </message>
    <message>
        <source>It&amp;em (optional)</source>
        <translation>事项（选填）(&amp;E)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Referred &amp;to</source>
        <translation>转交给(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Answered</source>
        <translation>当场解答(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Referred</source>
        <translation>转交(&amp;R)</translation>
    </message>
    <message>
        <source>Ta&amp;ken over</source>
        <translation>承接办理(&amp;K)</translation>
    </message>
    <message>
        <source>What the applicant asked, in a few words</source>
        <translation>申请人咨询的问题（简要）</translation>
    </message>
    <message>
        <source>A department or a colleague (code or name)</source>
        <translation>部门或同事（编号或姓名）</translation>
    </message>
    <message>
        <source>Record (Ctrl+Enter)</source>
        <translation>登记 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Print the service guide (Ctrl+P)</source>
        <translation>打印办事指南 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Start the intake (Ctrl+T)</source>
        <translation>开始受理 (Ctrl+T)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>咨询问题</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>转交给</translation>
    </message>
</context>
<context>
    <name>CounterStatusBar</name>
    <message>
        <source>Hall: not reachable, working offline</source>
        <translation>大厅：无法连接，离线办理中</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>终端 %1</translation>
    </message>
    <message>
        <source>calendar %1 not confirmed</source>
        <translation>%1年日历未确认</translation>
    </message>
    <message>
        <source>Hall: syncing…</source>
        <translation>大厅：正在同步…</translation>
    </message>
    <message>
        <source>Hall: connected</source>
        <translation>大厅：已连接</translation>
    </message>
    <message>
        <source>Hall: the last sync failed</source>
        <translation>大厅：上次同步失败</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>待上传 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Facts recorded at this counter that the hall has not received yet</source>
        <translation>本终端已记录、大厅尚未收到的记录</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>被拒收 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Facts the hall refused: click to see why</source>
        <translation>大厅拒收的记录：点击查看原因</translation>
    </message>
    <message>
        <source>Sending %v of %m</source>
        <translation>正在上传 %v / %m</translation>
    </message>
    <message>
        <source>Receiving %v of %m</source>
        <translation>正在下载 %v / %m</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decide the rotation request of %1</source>
        <translation>审批 %1 的轮岗申请</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>%1, leaves %2</source>
        <translation>%1，%2 离岗</translation>
    </message>
    <message>
        <source>Note (required to refuse)</source>
        <translation>意见（不批准时必填）</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>不批准</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Print a document</source>
        <translation>打印文书</translation>
    </message>
    <message>
        <source>Print (Enter)</source>
        <translation>打印（回车）</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>No printer is set up on this computer: save as PDF instead.</source>
        <translation>本机没有可用的打印机：可另存为PDF。</translation>
    </message>
    <message>
        <source>%1 · No. %2 · case %3</source>
        <translation>%1 · 文号 %2 · 办件 %3</translation>
    </message>
    <message>
        <source>reprint (补打) of the document issued on %1</source>
        <translation>补打（原文书出具日期 %1）</translation>
    </message>
    <message>
        <source>The document cannot be made: %1</source>
        <translation>无法生成文书：%1</translation>
    </message>
    <message>
        <source>Choose a printer.</source>
        <translation>请选择打印机。</translation>
    </message>
    <message>
        <source>Not printed: %1. The print is recorded; printing again makes a reprint (补打).</source>
        <translation>未能打印：%1。本次打印已登记，再次打印即为补打。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>One-time notice</source>
        <translation>一次性告知书</translation>
    </message>
    <message>
        <source>Acceptance notice</source>
        <translation>受理通知书</translation>
    </message>
    <message>
        <source>Non-acceptance decision</source>
        <translation>不予受理决定书</translation>
    </message>
    <message>
        <source>Materials receipt</source>
        <translation>材料接收凭证</translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation>延期告知书</translation>
    </message>
    <message>
        <source>Special procedure notice</source>
        <translation>特别程序告知书</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Counter: unexpected error</source>
        <translation>窗口系统：意外错误</translation>
    </message>
    <message>
        <source>Something went wrong that Counter did not expect. Your last saved work is safe. The details are in the log file; please tell the hall administrator.</source>
        <translation>系统出现了意外错误。已保存的工作不受影响。详细信息已写入日志文件，请告知大厅管理员。</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Competent</source>
        <translation>称职</translation>
    </message>
    <message>
        <source>Basically competent</source>
        <translation>基本称职</translation>
    </message>
    <message>
        <source>Incompetent</source>
        <translation>不称职</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>未评定</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>One-time notice</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Undertaken</source>
        <translation>承办</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发证</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>送达</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Statutory</source>
        <translation>法定时限内</translation>
    </message>
    <message>
        <source>Avg. days</source>
        <translation>平均办理天数</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>好差评</translation>
    </message>
    <message>
        <source>Avg. rating</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>差评</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Ext. hours</source>
        <translation>延时服务（小时）</translation>
    </message>
    <message>
        <source>Cases decided (approved or refused) in the period, counted for the person who accepted them.</source>
        <translation>统计期间内作出审批决定（准予或不予许可）的办件，计入受理人。</translation>
    </message>
    <message>
        <source>On-time rate: share of the finished cases decided within the promised limit.</source>
        <translation>按时办结率：在承诺时限内作出决定的办件占办结件数的比例。</translation>
    </message>
    <message>
        <source>Share of the finished cases decided within the statutory limit, an approved extension included.</source>
        <translation>在法定时限（含经批准的延长）内作出决定的办件占办结件数的比例。</translation>
    </message>
    <message>
        <source>Average handling days: working days from acceptance to decision, suspensions left out.</source>
        <translation>平均办理天数：自受理至作出决定的工作日数，不含依法暂停计时的期间。</translation>
    </message>
    <message>
        <source>Applicants&apos; ratings received in the period.</source>
        <translation>统计期间内收到的办事群众评价（好差评）。</translation>
    </message>
    <message>
        <source>Average level of the ratings, 1 to 5.</source>
        <translation>评价的平均等级（1至5级）。</translation>
    </message>
    <message>
        <source>Share of ratings at level 4 or 5.</source>
        <translation>“满意”“非常满意”（4、5级）评价所占比例。</translation>
    </message>
    <message>
        <source>Bad ratings: at or below the hall&apos;s bad-rating level.</source>
        <translation>差评：大厅设定的差评等级及以下的评价。</translation>
    </message>
    <message>
        <source>Consultations recorded with the person as first-inquiry person.</source>
        <translation>本人作为首问责任人登记的咨询。</translation>
    </message>
    <message>
        <source>Hours of extended service: steps outside opening hours and spans entered by hand.</source>
        <translation>延时服务小时数：工作时间以外办理的环节和登记的延时服务时段。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>Q%2 %1</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1年度</translation>
    </message>
    <message>
        <source>%1 excellent of %2; at most %3 (20% of the staff graded).</source>
        <translation>参加考核%2人中优秀%1人，优秀最多%3人（参加考核人数的20%）。</translation>
    </message>
    <message>
        <source>Grade every member of staff: %1 not graded yet.</source>
        <translation>每名工作人员都须评定等次：尚有%1人未评定。</translation>
    </message>
    <message>
        <source>A grade is for someone not on the register.</source>
        <translation>有等次评给了不在人员名册上的人员。</translation>
    </message>
    <message>
        <source>A weight is for a department without a window.</source>
        <translation>有权重设给了没有窗口的部门。</translation>
    </message>
    <message>
        <source>At least 5%: the window&apos;s result counts for at least 5% of the department&apos;s score.</source>
        <translation>不得低于5%：窗口考核结果在部门目标考核中的分值不少于5%。</translation>
    </message>
    <message>
        <source>At most 100%.</source>
        <translation>不得超过100%。</translation>
    </message>
    <message>
        <source>This year has not begun.</source>
        <translation>该年度尚未开始。</translation>
    </message>
    <message>
        <source>Incompetent needs a reason.</source>
        <translation>评定为不称职须写明理由。</translation>
    </message>
    <message>
        <source>Enter the weight.</source>
        <translation>请填写权重。</translation>
    </message>
</context>
<context>
    <name>EvaluationCharts</name>
    <message>
        <source>Within promised limit</source>
        <translation>承诺时限内</translation>
    </message>
    <message>
        <source>Within statutory limit</source>
        <translation>法定时限内</translation>
    </message>
    <message>
        <source>On-time rate per window (%)</source>
        <translation>各窗口按时办结率（%）</translation>
    </message>
    <message>
        <source>On-time rate per window: no case was decided in this period</source>
        <translation>各窗口按时办结率：本期间无办结件</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <source>Ratings by level: %1, average %2</source>
        <translation>好差评等级分布：共%1件，平均%2</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>%1级</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>好差评</translation>
    </message>
    <message>
        <source>Steps per person (the %1 busiest)</source>
        <translation>各人办件环节数（前%1名）</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>Counting %1…</source>
        <translation>正在统计%1…</translation>
    </message>
    <message>
        <source>%1: %2 staff, %3 windows.</source>
        <translation>%1：工作人员%2人，窗口%3个。</translation>
    </message>
    <message>
        <source>The figures cannot be counted: %1</source>
        <translation>无法统计：%1</translation>
    </message>
    <message>
        <source>Whole hall</source>
        <translation>全大厅</translation>
    </message>
    <message>
        <source>Annual evaluation %1: not decided yet.</source>
        <translation>%1年度考核：尚未确定。</translation>
    </message>
    <message>
        <source>Annual evaluation %1: decided %2 by %3. Excellent here: %4; the hall may grade at most %5 of %6 excellent (20%).</source>
        <translation>%1年度考核：%3于%2确定。本范围优秀%4人；全大厅参加考核%6人，优秀最多%5人（20%）。</translation>
    </message>
    <message>
        <source>The annual evaluation %1 is saved.</source>
        <translation>%1年度考核已保存。</translation>
    </message>
    <message>
        <source>Export the figures as CSV</source>
        <translation>导出绩效统计（CSV）</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export the figures as PDF</source>
        <translation>导出绩效统计（PDF）</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入%1…</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>绩效考核</translation>
    </message>
    <message>
        <source>Annual evaluation… (Ctrl+G)</source>
        <translation>年度考核…（Ctrl+G）</translation>
    </message>
    <message>
        <source>Export CSV… (Ctrl+E)</source>
        <translation>导出 CSV…（Ctrl+E）</translation>
    </message>
    <message>
        <source>Export PDF… (Ctrl+P)</source>
        <translation>导出 PDF…（Ctrl+P）</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>ExtendedServicePage</name>
    <message>
        <source>At most %1 hours at a time.</source>
        <translation>一次最多 %1 小时。</translation>
    </message>
    <message>
        <source>Ends before it starts.</source>
        <translation>结束时间早于开始时间。</translation>
    </message>
    <message>
        <source>Not over yet: enter it once it has ended.</source>
        <translation>尚未结束：结束后再登记。</translation>
    </message>
    <message>
        <source>More than %1 days ago: the month&apos;s record is closed.</source>
        <translation>已超过 %1 天：该月记录已截止。</translation>
    </message>
    <message>
        <source>Entirely within opening hours: that is no extended service.</source>
        <translation>完全在办公时间内，不属于延时服务。</translation>
    </message>
    <message>
        <source>Overlaps a span already entered.</source>
        <translation>与已登记的时段重叠。</translation>
    </message>
    <message>
        <source>No member of staff has this code.</source>
        <translation>没有此工号的工作人员。</translation>
    </message>
    <message>
        <source>Only for yourself, or as chief representative for your department&apos;s staff.</source>
        <translation>只能为本人登记；首席代表可为本部门工作人员登记。</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 in %2: %3 on %4 day(s)</source>
        <translation>%1 %2：共 %4 天，%3</translation>
    </message>
    <message>
        <source>Entered: %1, %2 to %3.</source>
        <translation>已登记：%1，%2 至 %3。</translation>
    </message>
    <message>
        <source>Entered for %4: %1, %2 to %3.</source>
        <translation>已为 %4 登记：%1，%2 至 %3。</translation>
    </message>
    <message>
        <source>Extended service</source>
        <translation>延时服务</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>My days: steps outside opening hours and spans entered by hand, counted once</source>
        <translation>我的延时服务：办公时间外的办件环节和手工登记的时段，重叠只计一次</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>手工登记</translation>
    </message>
    <message>
        <source>Enter extended service (at most %1 hours, within %2 days)</source>
        <translation>登记延时服务（一次最多 %1 小时，%2 天内）</translation>
    </message>
    <message>
        <source>For</source>
        <translation>登记对象</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Enter (Ctrl+Enter)</source>
        <translation>登记（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Steps outside hours</source>
        <translation>办公时间外环节</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>登记人</translation>
    </message>
</context>
<context>
    <name>ExtensionPanel</name>
    <message>
        <source>%1 working days</source>
        <translation>%1 个工作日</translation>
    </message>
    <message>
        <source>Extension approved: %1</source>
        <translation>已批准延期：%1</translation>
    </message>
    <message>
        <source>Extension refused: %1</source>
        <translation>已不批准延期：%1</translation>
    </message>
    <message>
        <source>Art. 42: the limit may be extended once; the applicant is told why.</source>
        <translation>第四十二条：期限可以延长一次，并应当将延长期限的理由告知申请人。</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>意见（选填）</translation>
    </message>
    <message>
        <source>Approve extension</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <source>Refuse extension</source>
        <translation>不批准延期</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>延长期限</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Step due</source>
        <translation>本环节时限</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Too long.</source>
        <translation>内容过长。</translation>
    </message>
    <message>
        <source>Contains invisible control characters; retype it.</source>
        <translation>含有不可见的控制字符，请重新输入。</translation>
    </message>
    <message>
        <source>Only Chinese characters, Latin letters, spaces and · belong in a name.</source>
        <translation>姓名只能包含汉字、拉丁字母、空格和“·”。</translation>
    </message>
    <message>
        <source>Wrong length: an identity number has 18 characters, a credit code 18.</source>
        <translation>位数不对：身份证号和统一社会信用代码均为18位。</translation>
    </message>
    <message>
        <source>Only digits (and a final X) are allowed here.</source>
        <translation>此处只能填写数字（末位可为X）或规定的字母。</translation>
    </message>
    <message>
        <source>The birth date in this number is impossible.</source>
        <translation>号码中的出生日期不存在。</translation>
    </message>
    <message>
        <source>The check digit does not match: a character is mistyped.</source>
        <translation>校验码不符：有字符输错了。</translation>
    </message>
    <message>
        <source>Not a phone number: a mobile (11 digits) or a landline with area code.</source>
        <translation>不是有效电话：请填写11位手机号或带区号的固定电话。</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <source>Say what is wrong with this material.</source>
        <translation>请写明该材料存在的问题。</translation>
    </message>
    <message>
        <source>A required material cannot be marked not applicable.</source>
        <translation>必需材料不能标为不适用。</translation>
    </message>
    <message>
        <source>Materials are missing or not in legal form: issue a one-time notice instead.</source>
        <translation>材料不齐全或不符合法定形式：请出具一次性告知书。</translation>
    </message>
    <message>
        <source>Nothing is missing or wrong: accept the case instead.</source>
        <translation>材料齐全且符合法定形式：请直接受理。</translation>
    </message>
    <message>
        <source>Only the comprehensive window receives for other departments.</source>
        <translation>只有综合窗口可以代其他部门收件。</translation>
    </message>
    <message>
        <source>This window does not serve the item&apos;s department.</source>
        <translation>本窗口不代理该事项所属部门。</translation>
    </message>
    <message>
        <source>Only the department&apos;s own staff may decide this.</source>
        <translation>只有本部门工作人员可以作出此决定。</translation>
    </message>
    <message>
        <source>This item belongs to another department.</source>
        <translation>该事项属于其他部门。</translation>
    </message>
    <message>
        <source>Only the chief representative may do this.</source>
        <translation>只有首席代表可以办理此项。</translation>
    </message>
    <message>
        <source>Cannot start before the case was accepted.</source>
        <translation>不能早于受理日期。</translation>
    </message>
    <message>
        <source>Cannot end before it started.</source>
        <translation>不能早于起始日期。</translation>
    </message>
    <message>
        <source>Out of the allowed range.</source>
        <translation>超出允许范围。</translation>
    </message>
    <message>
        <source>The case is suspended: resume it first.</source>
        <translation>办件处于中止状态：请先恢复计时。</translation>
    </message>
    <message>
        <source>Choose grant or refuse.</source>
        <translation>请选择准予或不予许可。</translation>
    </message>
    <message>
        <source>A make-up working day falls on a Saturday or Sunday.</source>
        <translation>调休上班日应为周六或周日。</translation>
    </message>
    <message>
        <source>The dates must lie in the chosen year.</source>
        <translation>日期须在所选年份内。</translation>
    </message>
    <message>
        <source>This day is already a holiday or working day on another line.</source>
        <translation>该日期已在另一行中设为放假或上班。</translation>
    </message>
    <message>
        <source>At least 1 copy.</source>
        <translation>至少 1 份。</translation>
    </message>
    <message>
        <source>At most 20 copies at a time.</source>
        <translation>一次最多打印 20 份。</translation>
    </message>
    <message>
        <source>This case has no such document: its steps do not include what the document records.</source>
        <translation>本办件没有这份文书：办理环节中没有它所记载的事项。</translation>
    </message>
    <message>
        <source>Only the seal&apos;s custodians, the chief representatives A and B, may stamp with it.</source>
        <translation>只有印章保管人（首席代表A角、B角）可以用印。</translation>
    </message>
    <message>
        <source>The B-role chief stamps only during an approved absence of A.</source>
        <translation>B角首席代表仅在A角请假获批期间用印。</translation>
    </message>
    <message>
        <source>This seal is suspended or retired.</source>
        <translation>该印章已暂停使用或已停用。</translation>
    </message>
    <message>
        <source>No printed document has this number: a seal is never put on blank paper.</source>
        <translation>没有已打印文书使用此编号：严禁在空白纸上用印。</translation>
    </message>
    <message>
        <source>Already in use: choose another.</source>
        <translation>已被使用，请另选。</translation>
    </message>
    <message>
        <source>This date has passed.</source>
        <translation>该日期已过。</translation>
    </message>
    <message>
        <source>Nobody decides on their own absence.</source>
        <translation>不能审批本人的请假。</translation>
    </message>
    <message>
        <source>Already decided.</source>
        <translation>已审批。</translation>
    </message>
    <message>
        <source>A and B must be two different people.</source>
        <translation>A角与B角须为两人。</translation>
    </message>
    <message>
        <source>A retired seal stays retired.</source>
        <translation>已停用的印章不能恢复。</translation>
    </message>
    <message>
        <source>Only the hall administrator may do this.</source>
        <translation>只有中心管理员可以办理此项。</translation>
    </message>
    <message>
        <source>The hall database cannot be reached; try again when the network is back.</source>
        <translation>无法连接大厅数据库，请在网络恢复后重试。</translation>
    </message>
    <message>
        <source>Not allowed in the case&apos;s present state (%1).</source>
        <translation>办件当前状态下不能办理此项（%1）。</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Code</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Annual grade</source>
        <translation>年度考核</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>服务部门</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>环节数</translation>
    </message>
    <message>
        <source>Steps recorded in the period; a B role&apos;s step for an absent A counts for B, who acted.</source>
        <translation>统计期间内录入的办件环节；B角代A角办理的环节计入实际办理的B角。</translation>
    </message>
    <message>
        <source>Materials taken in; a window&apos;s receipts are those taken in at it, whoever served.</source>
        <translation>收取申请材料的次数；窗口的收件数为在该窗口收取的件数，不论由谁办理。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1 staff</source>
        <translation>%1人</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Close the follow-up: rectification done</source>
        <translation>差评整改完毕</translation>
    </message>
    <message>
        <source>A note on the follow-up</source>
        <translation>差评跟进记录</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>被评价</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>For</source>
        <translation>评价对象</translation>
    </message>
    <message>
        <source>The applicant said</source>
        <translation>申请人意见</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Notes so far</source>
        <translation>已有跟进记录</translation>
    </message>
    <message>
        <source>What was rectified</source>
        <translation>整改情况</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Close the follow-up</source>
        <translation>整改完毕</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>保存记录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>window %1</source>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <source>Follow-up closed: %1</source>
        <translation>差评已整改完毕：%1</translation>
    </message>
    <message>
        <source>Note saved: %1</source>
        <translation>跟进记录已保存：%1</translation>
    </message>
    <message>
        <source>Bad ratings of the department&apos;s staff (差评): look into each, note what you find (%1) and close it with the rectification done (%2) by the due day.</source>
        <translation>本部门工作人员收到的差评：逐条核查，记录跟进情况（%1），并在整改期限内填写整改情况、办结整改（%2）。</translation>
    </message>
    <message>
        <source>Add a note… (%1)</source>
        <translation>添加跟进记录…（%1）</translation>
    </message>
    <message>
        <source>Close: rectified… (%1)</source>
        <translation>整改完毕…（%1）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>For</source>
        <translation>评价对象</translation>
    </message>
    <message>
        <source>The applicant said</source>
        <translation>申请人意见</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>跟进记录</translation>
    </message>
</context>
<context>
    <name>FrontDesk</name>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>爽约</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>现场预约</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话预约</translation>
    </message>
    <message>
        <source>Overbooked by %1</source>
        <translation>超约 %1 人</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>已约满</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>余 %1 个</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>当场解答</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>已转交</translation>
    </message>
    <message>
        <source>Taken over</source>
        <translation>承接办理</translation>
    </message>
</context>
<context>
    <name>FrontDeskErrors</name>
    <message>
        <source>Write the time as HH:MM, e.g. 09:30.</source>
        <translation>时间请写成 HH:MM，例如 09:30。</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <source>Slots last 5 to 240 minutes.</source>
        <translation>每个时段 5 至 240 分钟。</translation>
    </message>
    <message>
        <source>One slot is longer than the time from start to end.</source>
        <translation>每个时段的时长超过了起止时间。</translation>
    </message>
    <message>
        <source>From 0 (closes the slots) to 99 applicants.</source>
        <translation>0（关闭时段）至 99 人。</translation>
    </message>
    <message>
        <source>At most 92 days at a time.</source>
        <translation>一次最多开放 92 天。</translation>
    </message>
    <message>
        <source>No working day of the hall calendar in this range.</source>
        <translation>该日期范围内没有大厅工作日。</translation>
    </message>
    <message>
        <source>This window does not serve the item&apos;s department.</source>
        <translation>该窗口不办理此事项所属部门的业务。</translation>
    </message>
    <message>
        <source>This slot is closed (capacity 0).</source>
        <translation>该时段已关闭（名额为 0）。</translation>
    </message>
    <message>
        <source>This slot is over: book a later one.</source>
        <translation>该时段已过，请预约之后的时段。</translation>
    </message>
    <message>
        <source>This slot is full: choose another.</source>
        <translation>该时段已约满，请另选时段。</translation>
    </message>
    <message>
        <source>This slot is another window&apos;s or department&apos;s.</source>
        <translation>该时段属于其他窗口或部门。</translation>
    </message>
    <message>
        <source>The appointment was cancelled.</source>
        <translation>该预约已取消。</translation>
    </message>
    <message>
        <source>The applicant has already checked in.</source>
        <translation>申请人已签到。</translation>
    </message>
    <message>
        <source>The appointment was marked missed.</source>
        <translation>该预约已登记爽约。</translation>
    </message>
    <message>
        <source>Check-in is only on the appointment&apos;s day.</source>
        <translation>只能在预约当天签到。</translation>
    </message>
    <message>
        <source>Only once the slot is over can it be marked missed.</source>
        <translation>时段结束后才能登记爽约。</translation>
    </message>
    <message>
        <source>Refer to a department or to a colleague, not both.</source>
        <translation>转交部门或同事，二者选一。</translation>
    </message>
    <message>
        <source>Refer to someone else: you answer for it already.</source>
        <translation>请转交他人：您已是首问责任人。</translation>
    </message>
    <message>
        <source>Only a referral names whom it went to.</source>
        <translation>只有“转交”才需填写转交对象。</translation>
    </message>
</context>
<context>
    <name>GradingDialog</name>
    <message>
        <source>Annual evaluation</source>
        <translation>年度考核</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>To correct</source>
        <translation>待更正</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Grade the rest competent</source>
        <translation>其余评为称职</translation>
    </message>
    <message>
        <source>Save the evaluation</source>
        <translation>保存考核结果</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Each department&apos;s window counts for at least 5% of the department&apos;s annual target score.</source>
        <translation>各部门窗口的考核结果纳入部门年度目标考核，分值不少于5%。</translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <translation>尚未确定。</translation>
    </message>
    <message>
        <source>Decided %1 by %2; saving again replaces it.</source>
        <translation>%2于%1确定；再次保存将取代原结果。</translation>
    </message>
    <message>
        <source>Excellent: %1 of at most %2 (20% of the %3 graded)</source>
        <translation>优秀：%1人，最多%2人（参加考核%3人的20%）</translation>
    </message>
    <message>
        <source>Choose a grade.</source>
        <translation>请选择等次。</translation>
    </message>
    <message>
        <source>%1 weight(s) to correct, marked in the table.</source>
        <translation>有%1个权重需更正，已在表中标出。</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Service guide %1</source>
        <translation>办事指南 %1</translation>
    </message>
    <message>
        <source>Print (Enter)</source>
        <translation>打印 (Enter)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Service guide (办事指南) for the applicant</source>
        <translation>为申请人打印的办事指南</translation>
    </message>
    <message>
        <source>No printer is set up on this computer: save as PDF instead.</source>
        <translation>本机未设置打印机：请另存为 PDF。</translation>
    </message>
    <message>
        <source>The service guide cannot be made: %1</source>
        <translation>无法生成办事指南：%1</translation>
    </message>
    <message>
        <source>The item is not in the catalogue.</source>
        <translation>事项目录中没有该事项。</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>未打印：%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>GuidePrinter</name>
    <message>
        <source>Choose an item first.</source>
        <translation>请先选择事项。</translation>
    </message>
    <message>
        <source>The item is not in the catalogue.</source>
        <translation>事项目录中没有该事项。</translation>
    </message>
    <message>
        <source>Service guide %1</source>
        <translation>办事指南 %1</translation>
    </message>
    <message>
        <source>The service guide was not printed: %1</source>
        <translation>办事指南未打印：%1</translation>
    </message>
    <message>
        <source>Service guide of %1 printed on %2.</source>
        <translation>办事指南 %1 已在 %2 上打印。</translation>
    </message>
</context>
<context>
    <name>HallPage</name>
    <message>
        <source>Address: %1
Phone: %2
Opening hours: %3</source>
        <translation>地址：%1
电话：%2
办公时间：%3</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Departments in the hall</source>
        <translation>进驻部门</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Departments served</source>
        <translation>服务部门</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>季节</translation>
    </message>
    <message>
        <source>(in season)</source>
        <translation>（当季）</translation>
    </message>
    <message>
        <source>(out of season)</source>
        <translation>（非当季）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>事项数</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员数</translation>
    </message>
</context>
<context>
    <name>IdNumbers</name>
    <message>
        <source>This case belongs to another department: its identity numbers stay masked for you.</source>
        <translation>此办件属于其他部门：证件号码对您保持遮蔽显示。</translation>
    </message>
    <message>
        <source>This case is not on this counter.</source>
        <translation>本终端没有此办件。</translation>
    </message>
    <message>
        <source>No number on file.</source>
        <translation>未登记证件号码。</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Agent&apos;s identity number</source>
        <translation>代办人证件号码</translation>
    </message>
    <message>
        <source>Show in &amp;full</source>
        <translation>显示完整号码(&amp;F)</translation>
    </message>
    <message>
        <source>Show in full</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>Shows the whole number; who asked, when and for which case is recorded.</source>
        <translation>显示完整号码；查看人、时间和办件都会被记录。</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Enter your PIN.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Wrong PIN: %1 more wrong PIN(s) lock this account.</source>
        <translation>密码错误：再输错 %1 次，此账号将被锁定。</translation>
    </message>
    <message>
        <source>Too many wrong PINs: this account is locked until %1. Log out to let a colleague use the counter.</source>
        <translation>密码错误次数过多：此账号锁定至 %1。请退出登录，让同事使用本终端。</translation>
    </message>
    <message>
        <source>This account is no longer active; log out.</source>
        <translation>此账号已停用，请退出登录。</translation>
    </message>
    <message>
        <source>Counter locked</source>
        <translation>终端已锁定</translation>
    </message>
    <message>
        <source>The counter is locked</source>
        <translation>本终端已锁定</translation>
    </message>
    <message>
        <source>Logged in: %1 (%2). Enter your PIN to go on.</source>
        <translation>当前登录：%1（%2）。请输入密码继续。</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Log out (switch user)</source>
        <translation>退出登录（切换用户）(&amp;L)</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Saved: case %1 (%2).</source>
        <translation>已保存：办件 %1（%2）。</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>未保存：请更正红色标出的内容。</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Item and materials</source>
        <translation>事项与材料</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>受理决定</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reasons (not accepted)</source>
        <translation>不予受理理由</translation>
    </message>
    <message>
        <source>Competent agency (referral)</source>
        <translation>告知向其申请的机关</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>One-time notice</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Receive for checking</source>
        <translation>收件审查</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>告知另行申请</translation>
    </message>
    <message>
        <source>Receive for the department</source>
        <translation>代部门收件</translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message>
        <source>Item: type its name, pinyin or initials, then Enter</source>
        <translation>事项：输入名称、全拼或首字母后回车</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>Code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>实施部门</translation>
    </message>
    <message>
        <source>Promised limit</source>
        <translation>承诺时限</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Constant</source>
        <translation>常设窗口</translation>
    </message>
    <message>
        <source>Comprehensive</source>
        <translation>综合窗口</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>应急窗口</translation>
    </message>
    <message>
        <source>Seasonal</source>
        <translation>季节性窗口</translation>
    </message>
    <message>
        <source>Window clerk</source>
        <translation>窗口工作人员</translation>
    </message>
    <message>
        <source>Comprehensive-window clerk</source>
        <translation>综合窗口工作人员</translation>
    </message>
    <message>
        <source>Chief representative (A)</source>
        <translation>首席代表（A角）</translation>
    </message>
    <message>
        <source>Chief representative (B)</source>
        <translation>首席代表（B角）</translation>
    </message>
    <message>
        <source>Hall administrator</source>
        <translation>中心管理员</translation>
    </message>
    <message>
        <source>Administrative licence</source>
        <translation>行政许可</translation>
    </message>
    <message>
        <source>Administrative confirmation</source>
        <translation>行政确认</translation>
    </message>
    <message>
        <source>Administrative fee</source>
        <translation>行政收费</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>公共服务</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复印件</translation>
    </message>
    <message>
        <source>Original and copy</source>
        <translation>原件及复印件</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>If applicable</source>
        <translation>视情形提交</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>未设定</translation>
    </message>
    <message>
        <source>%n working day(s)</source>
        <translation>%n 个工作日</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>The counter could not start: %1</source>
        <translation>窗口系统无法启动：%1</translation>
    </message>
    <message>
        <source>Enter your staff code.</source>
        <translation>请输入工号。</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>No staff member has the code %1.</source>
        <translation>没有工号为 %1 的工作人员。</translation>
    </message>
    <message>
        <source>Wrong PIN: %1 more wrong PIN(s) lock this account.</source>
        <translation>密码错误：再输错 %1 次，此账号将被锁定。</translation>
    </message>
    <message>
        <source>Too many wrong PINs: this account is locked until %1.</source>
        <translation>密码错误次数过多：此账号锁定至 %1。</translation>
    </message>
    <message>
        <source>This account is no longer active; ask the hall administrator.</source>
        <translation>此账号已停用，请联系大厅管理员。</translation>
    </message>
    <message>
        <source>Counter: log in</source>
        <translation>窗口系统：登录</translation>
    </message>
    <message>
        <source>Log in at the counter</source>
        <translation>窗口登录</translation>
    </message>
    <message>
        <source>Staff &amp;code</source>
        <translation>工号(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>e.g. S0101</source>
        <translation>例如 S0101</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Opening the counter&apos;s store…</source>
        <translation>正在打开本机数据库…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your PIN was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>The PIN of %1 was reset.</source>
        <translation>%1 的密码已重置。</translation>
    </message>
    <message>
        <source>About Counter</source>
        <translation>关于窗口系统</translation>
    </message>
    <message>
        <source>Counter %1
The window clerk&apos;s program of the administrative approval service hall.</source>
        <translation>窗口系统 %1
行政审批服务大厅窗口工作人员使用的办件程序。</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窗口系统</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Lock the counter</source>
        <translation>锁定终端(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Reset a PIN…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Counter</source>
        <translation>关于窗口系统(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Facts the hall refused…</source>
        <translation>大厅拒收的记录(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Chief&apos;s desk</source>
        <translation>首席代表</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>好差评</translation>
    </message>
    <message>
        <source>Seal log</source>
        <translation>用印</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Extended service</source>
        <translation>延时服务</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>窗口管理</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Staff register</source>
        <translation>人员名册</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>绩效考核</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>事项目录</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>大厅</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>咨询登记</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>统计期间(&amp;P)</translation>
    </message>
    <message>
        <source>◀ Earlier (Alt+Left)</source>
        <translation>◀ 上一期（Alt+←）</translation>
    </message>
    <message>
        <source>Later (Alt+Right) ▶</source>
        <translation>下一期（Alt+→）▶</translation>
    </message>
</context>
<context>
    <name>PinChangeDialog</name>
    <message>
        <source>Change your PIN</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>&amp;Current PIN</source>
        <translation>当前密码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New PIN (%1 to %2 digits)</source>
        <translation>新密码（%1 至 %2 位数字）(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Repeat the new PIN</source>
        <translation>再次输入新密码(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PinMessages</name>
    <message>
        <source>This is not your current PIN.</source>
        <translation>这不是您的当前密码。</translation>
    </message>
    <message>
        <source>Too many wrong PINs: the account is locked for 15 minutes. Log out and ask the hall office.</source>
        <translation>密码错误次数过多，账户已锁定15分钟。请退出登录并联系大厅办公室。</translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation>密码只能由数字组成。</translation>
    </message>
    <message>
        <source>A PIN has %1 to %2 digits.</source>
        <translation>密码为 %1 至 %2 位数字。</translation>
    </message>
    <message>
        <source>Not the same as the new PIN: type it again.</source>
        <translation>与新密码不一致，请重新输入。</translation>
    </message>
    <message>
        <source>The new PIN is the same as the current one.</source>
        <translation>新密码与当前密码相同。</translation>
    </message>
    <message>
        <source>No staff member has this code.</source>
        <translation>没有此工号的工作人员。</translation>
    </message>
</context>
<context>
    <name>PinResetDialog</name>
    <message>
        <source>Reset a PIN</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>&amp;Staff code</source>
        <translation>工号(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New PIN (%1 to %2 digits)</source>
        <translation>新密码（%1 至 %2 位数字）(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Repeat the new PIN</source>
        <translation>再次输入新密码(&amp;R)</translation>
    </message>
    <message>
        <source>e.g. S0102</source>
        <translation>例如 S0102</translation>
    </message>
</context>
<context>
    <name>PrintBar</name>
    <message>
        <source>Print %1 (Ctrl+P)</source>
        <translation>打印%1（Ctrl+P）</translation>
    </message>
    <message>
        <source>Preview… (Ctrl+Shift+P)</source>
        <translation>预览…（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>Not printed: %1. The print is recorded; printing again makes a reprint (补打).</source>
        <translation>未能打印：%1。本次打印已登记，再次打印即为补打。</translation>
    </message>
    <message>
        <source>Printed %1 No. %2 on %3.</source>
        <translation>已打印%1，文号 %2，打印机 %3。</translation>
    </message>
    <message>
        <source>Printed %1 No. %2.</source>
        <translation>已打印%1，文号 %2。</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>Rating (好差评): %1</source>
        <translation>好差评：%1</translation>
    </message>
    <message>
        <source>Ask the applicant how satisfied they are with the service: press 1 to 5.</source>
        <translation>请申请人对本次服务进行评价：按 1 至 5 键。</translation>
    </message>
    <message>
        <source>What the applicant said (optional)</source>
        <translation>申请人意见（选填）</translation>
    </message>
    <message>
        <source>Save rating</source>
        <translation>保存评价</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>A bad rating: the chief representative follows it up.</source>
        <translation>差评：将由首席代表跟进整改。</translation>
    </message>
    <message>
        <source>Window %1 · %2</source>
        <translation>%1号窗口 · %2</translation>
    </message>
    <message>
        <source>The levels are on the applicant&apos;s screen; you may also enter the one they say.</source>
        <translation>评价按钮已显示在申请人一侧的屏幕上；也可按申请人口述代为录入。</translation>
    </message>
    <message>
        <source>Rating saved: %1.</source>
        <translation>评价已保存：%1。</translation>
    </message>
    <message>
        <source>The chief representative follows it up by %1.</source>
        <translation>首席代表须于 %1 前整改完毕。</translation>
    </message>
</context>
<context>
    <name>RatingLabels</name>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>To rectify</source>
        <translation>待整改</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Already rated: one rating per case or visit.</source>
        <translation>已评价：每个办件或每次来访只能评价一次。</translation>
    </message>
    <message>
        <source>Only the person who served this visit records its rating.</source>
        <translation>只能由接待本次来访的工作人员录入评价。</translation>
    </message>
    <message>
        <source>Not found on this counter.</source>
        <translation>本机未找到。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Choose a level from 1 to 5.</source>
        <translation>请选择 1 至 5 级评价。</translation>
    </message>
    <message>
        <source>Another department&apos;s: only its own chief representatives follow it up.</source>
        <translation>属其他部门：只能由该部门首席代表跟进整改。</translation>
    </message>
    <message>
        <source>This follow-up is already closed.</source>
        <translation>该差评已整改完毕。</translation>
    </message>
    <message>
        <source>This case belongs to another department.</source>
        <translation>该办件属于其他部门。</translation>
    </message>
</context>
<context>
    <name>RatingsPage</name>
    <message>
        <source>No ratings yet.</source>
        <translation>尚无评价。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 ratings · fairly satisfied or better: %2% · %3</source>
        <translation>共 %1 条评价 · 基本满意及以上：%2% · %3</translation>
    </message>
    <message>
        <source>Choose a visit first.</source>
        <translation>请先选择一条来访记录。</translation>
    </message>
    <message>
        <source>Ratings (好差评)</source>
        <translation>好差评</translation>
    </message>
    <message>
        <source>Today&apos;s visits you served that have no rating yet. Choose one and press Enter or %1: the applicant rates the service from 1 to 5.</source>
        <translation>今天由您接待、尚未评价的办件和来访。选中一条后按回车或 %1，请申请人按 1 至 5 级评价。</translation>
    </message>
    <message>
        <source>Ratings you received</source>
        <translation>我收到的评价</translation>
    </message>
    <message>
        <source>Rate… (%1)</source>
        <translation>评价…（%1）</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>评价时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Daily stamping register %1 · %2</source>
        <translation>用印登记簿 %1 · %2</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>未能打印：%1</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RejectedDialog</name>
    <message>
        <source>Facts the hall refused</source>
        <translation>大厅拒收的记录</translation>
    </message>
    <message>
        <source>The hall refused these facts, so the other counters do not see them. They hold nothing up: what was recorded after them was sent. Once the hall administrator has put the hall&apos;s register right, press Retry all to send them again.</source>
        <translation>以下记录被大厅拒收，其他终端看不到它们。它们不会耽误其他记录：在它们之后记录的内容均已上传。请大厅管理员更正大厅名册后，点击“全部重试”重新上传。</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Why the hall refused it</source>
        <translation>拒收原因</translation>
    </message>
    <message>
        <source>The hall has refused nothing.</source>
        <translation>大厅没有拒收任何记录。</translation>
    </message>
    <message>
        <source>Retry all</source>
        <translation>全部重试</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>RotationDialog</name>
    <message>
        <source>Record a rotation request</source>
        <translation>登记轮岗申请</translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Handed in on</source>
        <translation>递交日期</translation>
    </message>
    <message>
        <source>Planned leave date</source>
        <translation>拟离岗日期</translation>
    </message>
    <message>
        <source>Reason (as written)</source>
        <translation>申请理由（照书面申请）</translation>
    </message>
    <message>
        <source>Staff rotate after at least 2 years at the hall, on a written request at least 1 month ahead; the centre approves or refuses it.</source>
        <translation>进驻人员在中心工作满 2 年方可轮岗，须提前 1 个月递交书面申请，由中心批准或不批准。</translation>
    </message>
    <message>
        <source>Record the request</source>
        <translation>登记申请</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Operating rules of the hall</source>
        <translation>大厅运行参数</translation>
    </message>
    <message>
        <source>Written at the hall: every counter works by them from its next sync.</source>
        <translation>保存在大厅数据库：各终端下次同步后按新参数运行。</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Writing at the hall…</source>
        <translation>正在写入大厅数据库…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>SealLogPage</name>
    <message>
        <source> for %1</source>
        <translation>（代 %1）</translation>
    </message>
    <message>
        <source>Logged: entry %1 of this counter&apos;s chain.</source>
        <translation>已登记：本机用印链第 %1 条。</translation>
    </message>
    <message>
        <source>Seal log</source>
        <translation>用印</translation>
    </message>
    <message>
        <source>Log a stamping of a printed document</source>
        <translation>登记已打印文书的用印</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文书编号</translation>
    </message>
    <message>
        <source>as printed on the document, e.g. 二七市监审受字〔2026〕第C01-0001号</source>
        <translation>按文书上的编号填写，如 二七市监审受字〔2026〕第C01-0001号</translation>
    </message>
    <message>
        <source>Log the stamping (Ctrl+Enter)</source>
        <translation>登记用印（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Daily register (PDF)…</source>
        <translation>用印登记簿（PDF）…</translation>
    </message>
    <message>
        <source>Seal register…</source>
        <translation>印章登记…</translation>
    </message>
    <message>
        <source>Stamping</source>
        <translation>用印</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>用印次数</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Stamped by</source>
        <translation>用印人</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>终端</translation>
    </message>
</context>
<context>
    <name>SealPanel</name>
    <message>
        <source>checking…</source>
        <translation>核验中…</translation>
    </message>
    <message>
        <source>✔ intact</source>
        <translation>✔ 完整</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>entry %1 %2</source>
        <translation>第 %1 条：%2</translation>
    </message>
    <message>
        <source>The special approval seal is kept by the chief representatives A and B, who answer for every stamping. Stampings are logged on the seal log page.</source>
        <translation>行政审批专用章由首席代表A角、B角保管，并对每次用印负责。用印在“用印”页登记。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>印章</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Custodian A</source>
        <translation>保管人A角</translation>
    </message>
    <message>
        <source>Custodian B</source>
        <translation>保管人B角</translation>
    </message>
    <message>
        <source>Stamping log</source>
        <translation>用印记录</translation>
    </message>
</context>
<context>
    <name>SealRegister</name>
    <message>
        <source>in use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>暂停使用</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>SealRegisterDialog</name>
    <message>
        <source>Seal register</source>
        <translation>印章登记</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>印章</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Custodian A</source>
        <translation>保管人A角</translation>
    </message>
    <message>
        <source>Custodian B</source>
        <translation>保管人B角</translation>
    </message>
    <message>
        <source>Change the chosen seal</source>
        <translation>变更所选印章</translation>
    </message>
    <message>
        <source>Custodian A (staff code)</source>
        <translation>保管人A角（工号）</translation>
    </message>
    <message>
        <source>Custodian B (staff code, may be empty)</source>
        <translation>保管人B角（工号，可空）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Hand over custody</source>
        <translation>移交保管</translation>
    </message>
    <message>
        <source>Change the state</source>
        <translation>变更状态</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SendBackDialog</name>
    <message>
        <source>Send %1 back to their organisation</source>
        <translation>将 %1 退回派驻单位</translation>
    </message>
    <message>
        <source>%1 (%2) will no longer be able to log in at any counter of the hall, and leaves the hall&apos;s register. This is written at the hall at once.</source>
        <translation>退回后，%1（%2）将无法在大厅任何终端登录，并从大厅人员名册中除名。此操作立即写入大厅。</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>退回理由</translation>
    </message>
    <message>
        <source>Send back: %1 can no longer log in</source>
        <translation>确认退回：%1 将不能再登录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Writing at the hall…</source>
        <translation>正在写入大厅…</translation>
    </message>
    <message>
        <source>Not sent back: %1</source>
        <translation>未退回：%1</translation>
    </message>
</context>
<context>
    <name>SignOffPanel</name>
    <message>
        <source> (suspended)</source>
        <translation>（中止）</translation>
    </message>
    <message>
        <source>Granted: %1</source>
        <translation>已准予许可：%1</translation>
    </message>
    <message>
        <source>Returned to review: %1</source>
        <translation>已退回审核：%1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已不予许可：%1</translation>
    </message>
    <message>
        <source>Cases of the department awaiting your decision, nearest deadline first. Enter or a double click opens the sign-off.</source>
        <translation>本部门待您审批的办件，期限近的在前。按回车键或双击打开审批。</translation>
    </message>
    <message>
        <source>Approve (%1)</source>
        <translation>准予许可（%1）</translation>
    </message>
    <message>
        <source>Grant the licence for the chosen case at once (%1); Enter opens the sign-off with the reviewer&apos;s opinion.</source>
        <translation>对所选办件直接准予许可（%1）；按回车键打开审批，可查看审核意见。</translation>
    </message>
    <message>
        <source>Return… (%1)</source>
        <translation>退回…（%1）</translation>
    </message>
    <message>
        <source>Send the chosen case back to review with a reason (%1).</source>
        <translation>将所选办件退回审核，并说明理由（%1）。</translation>
    </message>
    <message>
        <source>Refuse… (%1)</source>
        <translation>不予许可…（%1）</translation>
    </message>
    <message>
        <source>Refuse the licence, with the reasons the applicant is given (%1).</source>
        <translation>不予许可，并写明告知申请人的理由（%1）。</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Reviewer&apos;s opinion</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>Step due</source>
        <translation>本环节时限</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
</context>
<context>
    <name>SlotsDialog</name>
    <message>
        <source>Open appointment slots</source>
        <translation>开放预约时段</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>From (HH:MM)</source>
        <translation>开始时间 (HH:MM)</translation>
    </message>
    <message>
        <source>To (HH:MM)</source>
        <translation>结束时间 (HH:MM)</translation>
    </message>
    <message>
        <source>Minutes a slot</source>
        <translation>每时段分钟数</translation>
    </message>
    <message>
        <source>Applicants a slot (0 closes)</source>
        <translation>每时段名额（0 为关闭）</translation>
    </message>
    <message>
        <source>Only working days of the hall calendar get slots. A slot that exists keeps its bookings and takes the new capacity.</source>
        <translation>只在大厅工作日开放时段。已有的时段保留其预约，改用新的名额。</translation>
    </message>
    <message>
        <source>Open the slots</source>
        <translation>开放时段</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Writing at the hall…</source>
        <translation>正在写入大厅数据库…</translation>
    </message>
    <message>
        <source>%1 slots opened, %2 changed (%3 closed) on %4 working days.</source>
        <translation>已在 %4 个工作日新开 %1 个时段，调整 %2 个（其中关闭 %3 个）。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>StaffLabels</name>
    <message>
        <source>%1 %2 · %3 · posted on %4</source>
        <translation>%1 %2 · %3 · %4 进驻</translation>
    </message>
    <message>
        <source>Civil servant</source>
        <translation>国家公务员</translation>
    </message>
    <message>
        <source>Established staff, authorised organisation</source>
        <translation>授权组织在编人员</translation>
    </message>
    <message>
        <source>No law-enforcement certificate</source>
        <translation>无行政执法证</translation>
    </message>
    <message>
        <source>Under a year of experience</source>
        <translation>工作经历不满 1 年</translation>
    </message>
    <message>
        <source>Experience not recorded</source>
        <translation>未登记工作经历</translation>
    </message>
    <message>
        <source>Over the age guideline of 45</source>
        <translation>年龄超过 45 岁</translation>
    </message>
    <message>
        <source>Chief representative for under 2 years</source>
        <translation>首席代表任职不满 2 年</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Rotation requested</source>
        <translation>已申请轮岗</translation>
    </message>
    <message>
        <source>Rotation approved</source>
        <translation>轮岗已批准</translation>
    </message>
    <message>
        <source>Rotation refused</source>
        <translation>轮岗未批准</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>%n year(s)</source>
        <translation>%n 年</translation>
    </message>
    <message>
        <source>No member of staff has this code.</source>
        <translation>没有此工号的工作人员。</translation>
    </message>
    <message>
        <source>A rotation request of this person is already waiting for a decision.</source>
        <translation>此人已有一份轮岗申请待审批。</translation>
    </message>
    <message>
        <source>No rotation request of this person is waiting for a decision.</source>
        <translation>此人没有待审批的轮岗申请。</translation>
    </message>
    <message>
        <source>Nobody sends themselves back.</source>
        <translation>不能退回本人。</translation>
    </message>
    <message>
        <source>A request is dated the day it was handed in, not later than today.</source>
        <translation>申请日期是书面申请递交之日，不能晚于今天。</translation>
    </message>
    <message>
        <source>Staff rotate after at least 2 years at the hall: not before %1.</source>
        <translation>在中心工作满 2 年方可轮岗：不得早于 %1。</translation>
    </message>
    <message>
        <source>A rotation is applied for in writing at least 1 month ahead: not before %1.</source>
        <translation>轮岗须提前 1 个月书面申请：不得早于 %1。</translation>
    </message>
</context>
<context>
    <name>StaffRegisterModel</name>
    <message>
        <source>A guideline: shown, it stops nobody from working.</source>
        <translation>参考要求：仅作提示，不影响其工作。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Sent back: %1</source>
        <translation>已退回：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1, leaves %2</source>
        <translation>%1，%2 离岗</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>任职资格</translation>
    </message>
    <message>
        <source>Warnings (guidelines)</source>
        <translation>提示（参考要求）</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>轮岗</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>在岗状态</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>人员身份</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>进驻日期</translation>
    </message>
    <message>
        <source>Years here</source>
        <translation>进驻年限</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>工作经历</translation>
    </message>
</context>
<context>
    <name>StaffRegisterPage</name>
    <message>
        <source>%1 of %2 shown · %3 with findings</source>
        <translation>显示 %1 / 共 %2 人 · 有问题或提示 %3 人</translation>
    </message>
    <message>
        <source>The rotation request of %1 is recorded.</source>
        <translation>%1 的轮岗申请已登记。</translation>
    </message>
    <message>
        <source>Rotation of %1 approved.</source>
        <translation>已批准 %1 轮岗。</translation>
    </message>
    <message>
        <source>Rotation of %1 refused.</source>
        <translation>已不批准 %1 轮岗。</translation>
    </message>
    <message>
        <source>%1 is sent back and can no longer log in.</source>
        <translation>%1 已退回派驻单位，不能再登录。</translation>
    </message>
    <message>
        <source>Staff register</source>
        <translation>进驻人员名册</translation>
    </message>
    <message>
        <source>Filter by code, name or department (Ctrl+F)</source>
        <translation>按工号、姓名或部门筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Only with findings</source>
        <translation>只看有问题或提示的</translation>
    </message>
    <message>
        <source>Red: a requirement of the hall&apos;s notice is not met (a law-enforcement certificate, a year of experience). Amber with ⚠: a guideline (age 45, a chief representative&apos;s 2 years), shown only. Neither stops anyone from working.</source>
        <translation>红字：未达到进驻要求（行政执法证、1 年以上工作经历）。黄底 ⚠：参考要求（45 岁年龄、首席代表任职满 2 年），仅作提示。两者都不影响其工作。</translation>
    </message>
    <message>
        <source>Record a rotation request… (Ctrl+R)</source>
        <translation>登记轮岗申请…（Ctrl+R）</translation>
    </message>
    <message>
        <source>Approve or refuse the request… (Ctrl+D)</source>
        <translation>审批轮岗申请…（Ctrl+D）</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>退回派驻单位…</translation>
    </message>
</context>
<context>
    <name>StampBox</name>
    <message>
        <source>Impressions</source>
        <translation>用印次数</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Stamp with the seal %1 and log it</source>
        <translation>加盖 %1 并登记用印</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Competent agency</source>
        <translation>有权机关</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审批决定</translation>
    </message>
    <message>
        <source>Grant (准予许可)</source>
        <translation>准予许可</translation>
    </message>
    <message>
        <source>Refuse (不予许可)</source>
        <translation>不予许可</translation>
    </message>
    <message>
        <source>Reasons (required for a refusal)</source>
        <translation>理由（不予许可时必填）</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证照编号</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>当面领取</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <source>electronically</source>
        <translation>电子送达</translation>
    </message>
    <message>
        <source>Tracking number (post)</source>
        <translation>邮件单号（邮寄）</translation>
    </message>
    <message>
        <source>Reason (art. 45)</source>
        <translation>事由（第四十五条）</translation>
    </message>
    <message>
        <source>Clock stops from</source>
        <translation>中止计算起始日</translation>
    </message>
    <message>
        <source>Expected working days</source>
        <translation>预计工作日</translation>
    </message>
    <message>
        <source>Last day stopped</source>
        <translation>中止计算截止日</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>延长期限</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 个工作日</translation>
    </message>
    <message>
        <source>Reason (told to the applicant)</source>
        <translation>理由（告知申请人）</translation>
    </message>
    <message>
        <source>Opinion (optional)</source>
        <translation>意见（可选）</translation>
    </message>
    <message>
        <source>what is wrong (leave empty if missing)</source>
        <translation>存在问题（缺少则留空）</translation>
    </message>
    <message>
        <source>Keep this decision</source>
        <translation>保留此决定</translation>
    </message>
    <message>
        <source>hearing</source>
        <translation>听证</translation>
    </message>
    <message>
        <source>tendering</source>
        <translation>招标</translation>
    </message>
    <message>
        <source>auction</source>
        <translation>拍卖</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>检验</translation>
    </message>
    <message>
        <source>testing</source>
        <translation>检测</translation>
    </message>
    <message>
        <source>quarantine</source>
        <translation>检疫</translation>
    </message>
    <message>
        <source>appraisal</source>
        <translation>鉴定</translation>
    </message>
    <message>
        <source>expert review</source>
        <translation>专家评审</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>Case step</source>
        <translation>办件环节</translation>
    </message>
    <message>
        <source>Printed document</source>
        <translation>打印文书</translation>
    </message>
    <message>
        <source>Seal stamping</source>
        <translation>用印</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Staff register entry</source>
        <translation>人员名册记录</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Consultation (first inquiry)</source>
        <translation>咨询登记(首问)</translation>
    </message>
    <message>
        <source>Extended service entry</source>
        <translation>延时服务登记</translation>
    </message>
    <message>
        <source>Agency help</source>
        <translation>代办帮办</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Rating follow-up</source>
        <translation>差评整改</translation>
    </message>
    <message>
        <source>Annual evaluation</source>
        <translation>年度考核</translation>
    </message>
    <message>
        <source>Audit log entry</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the hall database refused it: %1</source>
        <translation>大厅数据库拒绝写入：%1</translation>
    </message>
    <message>
        <source>the hall does not know this counter (it is not in the hall&apos;s device register)</source>
        <translation>大厅设备名册中没有此终端</translation>
    </message>
    <message>
        <source>the hall does not know this member of staff</source>
        <translation>大厅人员名册中没有此人</translation>
    </message>
    <message>
        <source>only a chief representative may do this (the hall&apos;s register says this person is not one)</source>
        <translation>仅首席代表可办理（大厅名册显示此人不是首席代表）</translation>
    </message>
    <message>
        <source>the printed document this stamping names has not reached the hall</source>
        <translation>此次用印所对应的打印文书尚未到达大厅</translation>
    </message>
    <message>
        <source>the fact is no longer in this counter&apos;s store</source>
        <translation>本终端数据库中已找不到此记录</translation>
    </message>
    <message>
        <source>the hall already holds a rating of this case or visit (one rating each)</source>
        <translation>大厅已有该办件或该次来访的评价(每件/每次只评一次)</translation>
    </message>
</context>
<context>
    <name>WindowChangeDialog</name>
    <message>
        <source>Open window %1</source>
        <translation>开启 %1 号窗口</translation>
    </message>
    <message>
        <source>Close window %1</source>
        <translation>关闭 %1 号窗口</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Close it all the same: they stay posted and can still log in</source>
        <translation>仍然关闭：上述人员岗位不变，仍可登录</translation>
    </message>
    <message>
        <source>Open the window</source>
        <translation>开启窗口</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>关闭窗口</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 (logged in today)</source>
        <translation>%1（今日已登录）</translation>
    </message>
    <message>
        <source>Posted to this window: %1.</source>
        <translation>在此窗口上岗的人员：%1。</translation>
    </message>
    <message>
        <source>Writing at the hall…</source>
        <translation>正在写入大厅数据库…</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
</context>
<context>
    <name>WindowLabels</name>
    <message>
        <source>Open · season over</source>
        <translation>开启 · 季节已过</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>(in season)</source>
        <translation>（在季节内）</translation>
    </message>
    <message>
        <source>(out of season)</source>
        <translation>（不在季节内）</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Answered the suggestion: %1 waiting, %2 taken in today, %3 windows open (thresholds %4 and %5 per window)</source>
        <translation>按系统建议开启：排队 %1 人，今日收件 %2 件，开启窗口 %3 个（每窗口阈值 %4 人、%5 件）</translation>
    </message>
    <message>
        <source>Closed although %1 posted there</source>
        <translation>关闭时 %1 仍在此窗口上岗</translation>
    </message>
    <message>
        <source>%1 people waiting for %2 open windows (more than %3 per window)</source>
        <translation>排队 %1 人，开启窗口 %2 个（每窗口超过 %3 人）</translation>
    </message>
    <message>
        <source>%1 cases taken in today at %2 open windows (more than %3 per window)</source>
        <translation>今日收件 %1 件，开启窗口 %2 个（每窗口超过 %3 件）</translation>
    </message>
    <message>
        <source>Applicants are crowding in: %1.</source>
        <translation>办事群众激增：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Every emergency window is already open.</source>
        <translation>应急窗口已全部开启。</translation>
    </message>
    <message>
        <source>Suggest an emergency window above this many people waiting per open window</source>
        <translation>每个开启窗口排队人数超过此数时，建议开启应急窗口</translation>
    </message>
    <message>
        <source>... or above this many cases taken in today per open window</source>
        <translation>……或每个开启窗口今日收件超过此数时</translation>
    </message>
    <message>
        <source>A rating at or below this level is a bad rating (1 to 5 stars)</source>
        <translation>评价等级不高于此数即为差评（1 至 5 星）</translation>
    </message>
    <message>
        <source>Working days the chief representative has to follow up a bad rating</source>
        <translation>首席代表整改差评的期限（工作日）</translation>
    </message>
    <message>
        <source>Yellow warning at this many working days left</source>
        <translation>剩余工作日不多于此数时黄牌预警</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>应在 %1 至 %2 之间。</translation>
    </message>
    <message>
        <source>This window is already open.</source>
        <translation>此窗口已开启。</translation>
    </message>
    <message>
        <source>This window is already closed.</source>
        <translation>此窗口已关闭。</translation>
    </message>
    <message>
        <source>A seasonal window opens only in its season.</source>
        <translation>季节性窗口只能在其季节内开启。</translation>
    </message>
    <message>
        <source>The hall has no window with this number.</source>
        <translation>大厅没有此编号的窗口。</translation>
    </message>
    <message>
        <source>Staff are posted to this window: tick the box to close it all the same.</source>
        <translation>有工作人员在此窗口上岗：勾选后仍可关闭。</translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation>应为整数。</translation>
    </message>
    <message>
        <source>Say why: an emergency window is opened for a reason.</source>
        <translation>请说明原因：开启应急窗口须注明原因。</translation>
    </message>
</context>
<context>
    <name>WindowTables</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>季节</translation>
    </message>
    <message>
        <source>Staff posted</source>
        <translation>上岗人员</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>变更时间</translation>
    </message>
    <message>
        <source>Departments served</source>
        <translation>服务部门</translation>
    </message>
    <message>
        <source>Its season is over: close it until the next season (闲时关闭).</source>
        <translation>季节已过：闲时关闭，待下一季节再开启。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>WindowsPage</name>
    <message>
        <source>Today: %1 cases taken in · %2 windows open · an emergency window is suggested above %3 waiting or %4 cases per open window</source>
        <translation>今日收件 %1 件 · 开启窗口 %2 个 · 每个开启窗口排队超过 %3 人或收件超过 %4 件时建议开启应急窗口</translation>
    </message>
    <message>
        <source>Open emergency window %1 (Ctrl+E)</source>
        <translation>开启 %1 号应急窗口（Ctrl+E）</translation>
    </message>
    <message>
        <source>Choose a window to open or close it.</source>
        <translation>选择窗口以开启或关闭。</translation>
    </message>
    <message>
        <source>Window %1 opens only in its season, %2 to %3.</source>
        <translation>%1 号窗口只能在其季节内开启（%2 至 %3）。</translation>
    </message>
    <message>
        <source>Window %1 is open after its season: close it until the next one.</source>
        <translation>%1 号窗口季节已过仍在开启：闲时关闭，待下一季节再开启。</translation>
    </message>
    <message>
        <source>Opening window %1 at the hall…</source>
        <translation>正在大厅数据库开启 %1 号窗口…</translation>
    </message>
    <message>
        <source>Window %1 not opened: %2</source>
        <translation>%1 号窗口未开启：%2</translation>
    </message>
    <message>
        <source>Emergency window %1 is open.</source>
        <translation>%1 号应急窗口已开启。</translation>
    </message>
    <message>
        <source>Window %1 is open.</source>
        <translation>%1 号窗口已开启。</translation>
    </message>
    <message>
        <source>Window %1 is closed.</source>
        <translation>%1 号窗口已关闭。</translation>
    </message>
    <message>
        <source>The operating rules are saved at the hall.</source>
        <translation>运行参数已保存到大厅数据库。</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>窗口管理</translation>
    </message>
    <message>
        <source>People &amp;waiting now (queue display):</source>
        <translation>当前排队人数（排队叫号屏）(&amp;W)：</translation>
    </message>
    <message>
        <source>Open… (Ctrl+O)</source>
        <translation>开启…（Ctrl+O）</translation>
    </message>
    <message>
        <source>Close… (Ctrl+W)</source>
        <translation>关闭…（Ctrl+W）</translation>
    </message>
    <message>
        <source>Operating rules… (Ctrl+R)</source>
        <translation>运行参数…（Ctrl+R）</translation>
    </message>
    <message>
        <source>Openings and closings</source>
        <translation>窗口开闭记录</translation>
    </message>
</context>
</TS>
