<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
</context>
<context>
    <name>CounterStatusBar</name>
    <message>
        <source>Hall: reachable at start-up</source>
        <translation>大厅：启动时可连接</translation>
    </message>
    <message>
        <source>Hall: not reachable, working offline</source>
        <translation>大厅：无法连接，离线办理中</translation>
    </message>
    <message>
        <source>reference data never pulled</source>
        <translation>基础数据从未下载</translation>
    </message>
    <message>
        <source>reference data pulled %1</source>
        <translation>基础数据下载于 %1</translation>
    </message>
    <message>
        <source>cases not synced yet</source>
        <translation>办件尚未同步</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>终端 %1</translation>
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
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
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
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Catalogue</source>
        <translation>事项目录</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>大厅</translation>
    </message>
</context>
</TS>
