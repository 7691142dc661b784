<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="48"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="51"/>
        <source>Tick at least one role.</source>
        <translation>请至少勾选一个角色。</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="6"/>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="10"/>
        <source>Account name:</source>
        <translation>账户名：</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="12"/>
        <source>Full name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="14"/>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="17"/>
        <source>Clerk</source>
        <translation>保密员</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="18"/>
        <source>Security officer</source>
        <translation>安全保密管理员</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="19"/>
        <source>Auditor</source>
        <translation>安全审计员</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="20"/>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="23"/>
        <source>Initial password:</source>
        <translation>初始口令：</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="25"/>
        <source>Again:</source>
        <translation>再次输入：</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="73"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="73"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="74"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="74"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="75"/>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="80"/>
        <source>New account…</source>
        <translation>新建账户…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="81"/>
        <source>Reset password…</source>
        <translation>重置口令…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="82"/>
        <source>Disable…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="83"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="117"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="118"/>
        <source>LOCKED</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="118"/>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="128"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="128"/>
        <source>Select an account first.</source>
        <translation>请先选中一个账户。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="141"/>
        <source>Reset password</source>
        <translation>重置口令</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="142"/>
        <source>Temporary password for {0} (they must change it at sign-in):</source>
        <translation>{0} 的临时口令（其登录时须修改）：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="152"/>
        <source>Disable account</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="153"/>
        <source>Reason for disabling {0} (its history is kept):</source>
        <translation>停用 {0} 的原因（其历史记录保留）：</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="95"/>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="96"/>
        <source>The administrator manages accounts, backups and settings, and cannot edit the register. Password: at least 10 characters, three of lower case, upper case, digits, symbols.</source>
        <translation>系统管理员负责账户、备份和设置，不能修改台账。口令至少10个字符，须包含小写字母、大写字母、数字、符号中的三类。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="104"/>
        <source>Account name:</source>
        <translation>账户名：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="105"/>
        <source>Password:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="106"/>
        <source>Again:</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="114"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="116"/>
        <source>Creating the encrypted database…</source>
        <translation>正在建立加密数据库…</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../secdesk/gui/station_dialogs.py" line="34"/>
        <source>Approval</source>
        <translation>借阅审批</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/station_dialogs.py" line="40"/>
        <source>choose, or scan the approver&apos;s badge</source>
        <translation>选择或扫描批准人证卡</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/station_dialogs.py" line="43"/>
        <source>number of the signed approval form</source>
        <translation>已签批的审批单编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/station_dialogs.py" line="48"/>
        <source>Approved by:</source>
        <translation>批准人：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/station_dialogs.py" line="49"/>
        <source>Approval form no.:</source>
        <translation>审批单号：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/station_dialogs.py" line="50"/>
        <source>Lend</source>
        <translation>借出</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../secdesk/gui/destruction_dialogs.py" line="55"/>
        <source>Approve destruction batch {0}</source>
        <translation>批准销毁批次{0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_dialogs.py" line="58"/>
        <source>number of the signed approval form</source>
        <translation>已签批的审批单编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_dialogs.py" line="65"/>
        <source>{0} carriers, {1}; reason: {2}</source>
        <translation>共{0}件，{1}；原因：{2}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_dialogs.py" line="69"/>
        <source>Approval form no.:</source>
        <translation>审批单号：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_dialogs.py" line="70"/>
        <source>Approved on:</source>
        <translation>批准日期：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_dialogs.py" line="72"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../secdesk/gui/audit_page.py" line="31"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/audit_page.py" line="31"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/audit_page.py" line="31"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/audit_page.py" line="31"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/audit_page.py" line="32"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/audit_page.py" line="32"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/audit_page.py" line="32"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/audit_page.py" line="32"/>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../secdesk/gui/audit_page.py" line="64"/>
        <source>All events</source>
        <translation>全部事件</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/audit_page.py" line="67"/>
        <source>All results</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/audit_page.py" line="105"/>
        <source>{0} events shown</source>
        <translation>显示 {0} 条事件</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/audit_page.py" line="109"/>
        <source>Export audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/audit_page.py" line="115"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/audit_page.py" line="115"/>
        <source>{0} events written to {1}.</source>
        <translation>已将 {0} 条事件写入 {1}。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/audit_page.py" line="127"/>
        <location filename="../../secdesk/gui/audit_page.py" line="131"/>
        <location filename="../../secdesk/gui/audit_page.py" line="137"/>
        <source>Integrity check</source>
        <translation>完整性校验</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/audit_page.py" line="128"/>
        <source>The database is intact and all {0} audit events verify.</source>
        <translation>数据库完整，全部 {0} 条审计事件校验无误。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/audit_page.py" line="132"/>
        <source>The check FAILED:</source>
        <translation>校验未通过：</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="8"/>
        <source>Search object, account, detail</source>
        <translation>搜索对象、账户、说明</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="11"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="13"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="22"/>
        <source>Verify integrity…</source>
        <translation>完整性校验…</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="23"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
</context>
<context>
    <name>BadgePrintDialog</name>
    <message>
        <location filename="../../secdesk/gui/label_print.py" line="114"/>
        <source>Print badges</source>
        <translation>打印人员证卡</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/label_print.py" line="115"/>
        <source>{0} people</source>
        <translation>{0} 人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/label_print.py" line="126"/>
        <source>Badges</source>
        <translation>人员证卡</translation>
    </message>
</context>
<context>
    <name>BringBackDialog</name>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="580"/>
        <source>Check on bringing back</source>
        <translation>带回检查</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="581"/>
        <source>e.g. page 5 missing, a paper added</source>
        <translation>如：缺第5页、夹带文件</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="582"/>
        <source>Not back yet</source>
        <translation>尚未带回</translation>
    </message>
</context>
<context>
    <name>CarrierDialog</name>
    <message>
        <location filename="../../secdesk/gui/carrier_dialog.py" line="63"/>
        <source>Edit carrier {0}</source>
        <translation>修改载体 {0}</translation>
    </message>
    <message>
        <location filename="../../forms/carrier_dialog.ui" line="6"/>
        <source>Register carrier</source>
        <translation>登记载体</translation>
    </message>
    <message>
        <location filename="../../forms/carrier_dialog.ui" line="17"/>
        <source>Title:</source>
        <translation>文件资料名称：</translation>
    </message>
    <message>
        <location filename="../../forms/carrier_dialog.ui" line="19"/>
        <source>Level:</source>
        <translation>密级：</translation>
    </message>
    <message>
        <location filename="../../forms/carrier_dialog.ui" line="21"/>
        <source>Term:</source>
        <translation>保密期限：</translation>
    </message>
    <message>
        <location filename="../../forms/carrier_dialog.ui" line="22"/>
        <source>e.g. 20年, 6个月, 2027-06-30; empty = the level&apos;s maximum</source>
        <translation>如 20年、6个月、2027-06-30；留空取该密级最长期限</translation>
    </message>
    <message>
        <location filename="../../forms/carrier_dialog.ui" line="23"/>
        <source>Carrier type:</source>
        <translation>载体类别：</translation>
    </message>
    <message>
        <location filename="../../forms/carrier_dialog.ui" line="25"/>
        <source>Issue date:</source>
        <translation>制发日期：</translation>
    </message>
    <message>
        <location filename="../../forms/carrier_dialog.ui" line="27"/>
        <source>Issuing unit:</source>
        <translation>制作发文单位：</translation>
    </message>
    <message>
        <location filename="../../forms/carrier_dialog.ui" line="29"/>
        <source>Document / serial no.:</source>
        <translation>文号或编号：</translation>
    </message>
    <message>
        <location filename="../../forms/carrier_dialog.ui" line="31"/>
        <source>Copies received:</source>
        <translation>收到份数：</translation>
    </message>
    <message>
        <location filename="../../forms/carrier_dialog.ui" line="33"/>
        <source>Copy no. / of:</source>
        <translation>份号 / 共几份：</translation>
    </message>
    <message>
        <location filename="../../forms/carrier_dialog.ui" line="36"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../forms/carrier_dialog.ui" line="37"/>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location filename="../../forms/carrier_dialog.ui" line="40"/>
        <source>Pages / capacity:</source>
        <translation>页数或容量：</translation>
    </message>
    <message>
        <location filename="../../forms/carrier_dialog.ui" line="42"/>
        <source>Need-to-know scope:</source>
        <translation>知悉范围：</translation>
    </message>
    <message>
        <location filename="../../forms/carrier_dialog.ui" line="44"/>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location filename="../../forms/carrier_dialog.ui" line="46"/>
        <source>Received from:</source>
        <translation>来文单位：</translation>
    </message>
    <message>
        <location filename="../../forms/carrier_dialog.ui" line="48"/>
        <source>Custodian:</source>
        <translation>保管人：</translation>
    </message>
    <message>
        <location filename="../../forms/carrier_dialog.ui" line="49"/>
        <source>name or badge no.</source>
        <translation>姓名或证卡号</translation>
    </message>
    <message>
        <location filename="../../forms/carrier_dialog.ui" line="50"/>
        <source>Storage location:</source>
        <translation>存放位置：</translation>
    </message>
    <message>
        <location filename="../../forms/carrier_dialog.ui" line="52"/>
        <source>Remarks:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../forms/carrier_dialog.ui" line="54"/>
        <source>Number from old register:</source>
        <translation>原台账编号：</translation>
    </message>
    <message>
        <location filename="../../forms/carrier_dialog.ui" line="55"/>
        <source>leave empty for a new number</source>
        <translation>留空则自动编号</translation>
    </message>
    <message>
        <location filename="../../forms/carrier_dialog.ui" line="56"/>
        <source>Copying forbidden</source>
        <translation>不准复制</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../secdesk/gui/dialogs.py" line="23"/>
        <source>Your password was set by the administrator. Choose your own password before you continue.</source>
        <translation>您的口令由系统管理员设置，继续使用前请设置您自己的口令。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/dialogs.py" line="25"/>
        <source>At least 10 characters, with three of: lower case, upper case, digits, symbols.</source>
        <translation>口令至少10个字符，须包含小写字母、大写字母、数字、符号中的三类。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/dialogs.py" line="35"/>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新口令不一致。</translation>
    </message>
    <message>
        <location filename="../../forms/change_password.ui" line="6"/>
        <source>Change password</source>
        <translation>修改口令</translation>
    </message>
    <message>
        <location filename="../../forms/change_password.ui" line="16"/>
        <source>Current password:</source>
        <translation>原口令：</translation>
    </message>
    <message>
        <location filename="../../forms/change_password.ui" line="18"/>
        <source>New password:</source>
        <translation>新口令：</translation>
    </message>
    <message>
        <location filename="../../forms/change_password.ui" line="20"/>
        <source>New password again:</source>
        <translation>再次输入新口令：</translation>
    </message>
</context>
<context>
    <name>ClearanceListDialog</name>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="909"/>
        <location filename="../../secdesk/gui/movements_page.py" line="943"/>
        <source>Yearly return list</source>
        <translation>年度清退清单</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="914"/>
        <source>the issuing unit</source>
        <translation>发文单位</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="923"/>
        <source>Issued by:</source>
        <translation>发文单位：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="924"/>
        <source>Received up to the end of:</source>
        <translation>收文截至年度：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="926"/>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
</context>
<context>
    <name>CopyTab</name>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="360"/>
        <source>scan or type, then Enter</source>
        <translation>扫描或输入后回车</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="369"/>
        <source>paper: pages per copy</source>
        <translation>纸介质：每份页数</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="374"/>
        <source>who makes the copies</source>
        <translation>承制单位</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="375"/>
        <location filename="../../secdesk/gui/movements_page.py" line="376"/>
        <source>choose, or scan the badge</source>
        <translation>选择，或扫描证卡</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="380"/>
        <source>number of the signed approval form</source>
        <translation>已签批的审批单编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="381"/>
        <location filename="../../secdesk/gui/movements_page.py" line="397"/>
        <location filename="../../secdesk/gui/movements_page.py" line="507"/>
        <source>Register copies</source>
        <translation>登记复制</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="388"/>
        <source>Source carrier:</source>
        <translation>被复制载体：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="390"/>
        <source>Copies:</source>
        <translation>份数：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="391"/>
        <source>Purpose:</source>
        <translation>用途：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="392"/>
        <source>Made by:</source>
        <translation>承制单位：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="393"/>
        <source>Pages each:</source>
        <translation>每份页数：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="394"/>
        <source>Applicant:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="395"/>
        <source>Approved by:</source>
        <translation>批准人：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="396"/>
        <source>Approval form no.:</source>
        <translation>审批单号：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="409"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="409"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="409"/>
        <source>Source carrier</source>
        <translation>被复制载体</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="409"/>
        <source>Title</source>
        <translation>文件资料名称</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="410"/>
        <source>Level</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="410"/>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="410"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="411"/>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="413"/>
        <source>Print labels…</source>
        <translation>打印标签…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="415"/>
        <source>Print copy record…</source>
        <translation>打印复制登记表…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="417"/>
        <source>Print copy register…</source>
        <translation>打印复制登记表（期间）…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="419"/>
        <source>Copying jobs</source>
        <translation>复制记录</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="519"/>
        <source>{0}: {1} copies of {2} registered — {3}. Print their labels and the copy record below.</source>
        <translation>{0}：已登记{2}的复制件{1}份——{3}。请在下方打印标签和复制登记表。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="535"/>
        <source>{0} copying jobs</source>
        <translation>共{0}次复制</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="561"/>
        <source>Copy record</source>
        <translation>复制登记表</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="567"/>
        <source>Print copy register</source>
        <translation>打印复制登记表</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="567"/>
        <source>Copies made from:</source>
        <translation>复制日期自：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="568"/>
        <source>Copy register</source>
        <translation>复制登记表</translation>
    </message>
</context>
<context>
    <name>CountDialog</name>
    <message>
        <location filename="../../secdesk/gui/station_dialogs.py" line="64"/>
        <source>Check on return</source>
        <translation>归还核对</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/station_dialogs.py" line="68"/>
        <source>e.g. page 5 missing, disc scratched</source>
        <translation>如：缺第5页、光盘划伤</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/station_dialogs.py" line="69"/>
        <source>Complete and undamaged</source>
        <translation>完好无缺</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/station_dialogs.py" line="70"/>
        <source>Damaged or incomplete</source>
        <translation>有缺损（暂停借出待核查）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/station_dialogs.py" line="78"/>
        <source>What is wrong:</source>
        <translation>缺损情况：</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="51"/>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="52"/>
        <source>The register is kept in one encrypted file on this computer. Its key file (.keys) is written beside it.</source>
        <translation>台账保存在本机的一个加密文件中，其密钥文件（.keys）写在同一文件夹。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="55"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="65"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
</context>
<context>
    <name>DeclassifyDialog</name>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1161"/>
        <source>Declassify {0}</source>
        <translation>解密 {0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1162"/>
        <source>{0} ({1}) becomes 内部 (a work secret, no longer a state secret). It stays on the register.</source>
        <translation>{0}（{1}）解密后按内部事项管理，不再属于国家秘密，仍保留在台账中。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1167"/>
        <source>e.g. term ended; declassification review</source>
        <translation>如：保密期限届满，经解密审查</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1176"/>
        <source>Basis:</source>
        <translation>依据：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1177"/>
        <source>Approval reference:</source>
        <translation>审批文号：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1179"/>
        <source>Declassify</source>
        <translation>解密</translation>
    </message>
</context>
<context>
    <name>DestructionTab</name>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="83"/>
        <source>Open batches</source>
        <translation>未完成的批次</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="83"/>
        <source>All batches</source>
        <translation>全部批次</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="88"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="88"/>
        <location filename="../../secdesk/gui/destruction_page.py" line="173"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="88"/>
        <source>Reason</source>
        <translation>销毁原因</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="96"/>
        <source>New batch</source>
        <translation>新建批次</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="121"/>
        <source>Details</source>
        <translation>批次信息</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="127"/>
        <source>place, or the destruction unit</source>
        <translation>销毁地点或销毁工作机构</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="133"/>
        <source>choose, or scan a badge</source>
        <translation>选择，或扫描证卡</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="134"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="134"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="139"/>
        <source>Save details</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="142"/>
        <source>Department:</source>
        <translation>所属部门：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="142"/>
        <source>Applicant:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="143"/>
        <source>Reason:</source>
        <translation>销毁原因：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="143"/>
        <source>Method:</source>
        <translation>销毁方式：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="144"/>
        <source>Place / unit:</source>
        <translation>地点/单位：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="144"/>
        <source>Planned date:</source>
        <translation>计划日期：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="145"/>
        <source>Destroyed by:</source>
        <translation>销毁人：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="145"/>
        <source>Received by (unit):</source>
        <translation>接收人：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="153"/>
        <source>Supervisors (2 or more):</source>
        <translation>监销人（两名以上）：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="161"/>
        <source>Carriers to destroy</source>
        <translation>销毁清单</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="163"/>
        <source>Scan or type carrier numbers and press Enter</source>
        <translation>扫描或输入载体编号后回车</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="165"/>
        <source>Take off the list</source>
        <translation>移出清单</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="171"/>
        <source>Carrier no.</source>
        <translation>载体编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="171"/>
        <source>Marking</source>
        <translation>密级标志</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="171"/>
        <source>Type</source>
        <translation>载体类别</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="172"/>
        <source>Title</source>
        <translation>文件资料名称</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="172"/>
        <source>Copy</source>
        <translation>份号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="172"/>
        <source>Custodian</source>
        <translation>保管人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="191"/>
        <source>Print approval form and list…</source>
        <translation>打印审批表及清单…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="193"/>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="195"/>
        <source>Record destruction…</source>
        <translation>登记已销毁…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="197"/>
        <source>Cancel batch…</source>
        <translation>撤销批次…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="262"/>
        <source>No batch chosen</source>
        <translation>未选择批次</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="288"/>
        <source>Total: {0} carriers — {1}</source>
        <translation>合计：{0}件——{1}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="368"/>
        <source>Destruction forms</source>
        <translation>销毁审批表及清单</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="390"/>
        <source>Cancel batch</source>
        <translation>撤销批次</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_page.py" line="390"/>
        <source>Reason for cancelling:</source>
        <translation>撤销原因：</translation>
    </message>
</context>
<context>
    <name>ExecuteDialog</name>
    <message>
        <location filename="../../secdesk/gui/destruction_dialogs.py" line="124"/>
        <source>Record destruction of batch {0}</source>
        <translation>登记销毁批次{0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_dialogs.py" line="129"/>
        <source>After this, the {0} carriers of the batch are destroyed in the register. This cannot be undone.</source>
        <translation>确认后，本批次{0}件载体在台账中标记为已销毁，不可恢复。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_dialogs.py" line="135"/>
        <source>Destroyed on:</source>
        <translation>销毁日期：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_dialogs.py" line="136"/>
        <source>Destroyed by:</source>
        <translation>销毁人：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_dialogs.py" line="137"/>
        <source>Supervisors (2 or more, not the person destroying)</source>
        <translation>监销人（两名以上，不得为销毁人）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_dialogs.py" line="144"/>
        <source>Add supervisor</source>
        <translation>增加监销人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_dialogs.py" line="155"/>
        <source>Record as destroyed</source>
        <translation>确认已销毁</translation>
    </message>
</context>
<context>
    <name>HoldsDialog</name>
    <message>
        <location filename="../../secdesk/gui/holds_dialog.py" line="34"/>
        <source>Held for checking</source>
        <translation>待核查载体</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/holds_dialog.py" line="37"/>
        <source>Carrier no.</source>
        <translation>载体编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/holds_dialog.py" line="37"/>
        <source>Marking</source>
        <translation>密级标志</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/holds_dialog.py" line="37"/>
        <source>Found on return</source>
        <translation>归还时发现</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/holds_dialog.py" line="43"/>
        <source>Checked: release for lending…</source>
        <translation>核查完毕，恢复借出…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/holds_dialog.py" line="66"/>
        <source>{0} carriers held</source>
        <translation>{0} 件待核查</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/holds_dialog.py" line="66"/>
        <source>Nothing is held.</source>
        <translation>没有待核查的载体。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/holds_dialog.py" line="74"/>
        <source>Release {0}</source>
        <translation>解除待核查 {0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/holds_dialog.py" line="74"/>
        <source>Conclusion of the check:</source>
        <translation>核查结论：</translation>
    </message>
</context>
<context>
    <name>LabelPrintDialog</name>
    <message>
        <location filename="../../secdesk/gui/label_print.py" line="39"/>
        <source>Print labels</source>
        <translation>打印标签</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/label_print.py" line="41"/>
        <source>Roll label 50 × 30 mm</source>
        <translation>卷筒标签 50×30 毫米</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/label_print.py" line="42"/>
        <source>Roll label 40 × 20 mm (USB drives)</source>
        <translation>卷筒标签 40×20 毫米（U盘）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/label_print.py" line="43"/>
        <source>A4 sheet, 3 × 8 labels</source>
        <translation>A4 标签纸，3×8 枚</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/label_print.py" line="54"/>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/label_print.py" line="58"/>
        <source>{0} carriers</source>
        <translation>{0} 件载体</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/label_print.py" line="60"/>
        <source>Label stock:</source>
        <translation>标签纸：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/label_print.py" line="61"/>
        <source>Start at position (part-used sheet):</source>
        <translation>起始位置（用过部分的标签纸）：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/label_print.py" line="77"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/label_print.py" line="77"/>
        <source> (reprint 补: {0})</source>
        <translation>（补打 {0} 枚）</translation>
    </message>
</context>
<context>
    <name>LeavingDialog</name>
    <message>
        <location filename="../../secdesk/gui/leaving_dialog.py" line="36"/>
        <source>Leaving: {0}</source>
        <translation>办理离岗：{0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/leaving_dialog.py" line="49"/>
        <source>Carrier no.</source>
        <translation>载体编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/leaving_dialog.py" line="49"/>
        <source>Marking</source>
        <translation>密级标志</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/leaving_dialog.py" line="49"/>
        <source>Held as</source>
        <translation>持有方式</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/leaving_dialog.py" line="50"/>
        <source>What happens to it</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/leaving_dialog.py" line="57"/>
        <source>Complete leaving</source>
        <translation>办理离岗</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/leaving_dialog.py" line="76"/>
        <source>Declassification period: {0} to {1}</source>
        <translation>脱密期：{0} 至 {1}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/leaving_dialog.py" line="85"/>
        <source>On loan, due {0}</source>
        <translation>借出未还，应还日期 {0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/leaving_dialog.py" line="86"/>
        <source>Must be returned first</source>
        <translation>须先归还</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/leaving_dialog.py" line="90"/>
        <source>Custodian</source>
        <translation>保管人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/leaving_dialog.py" line="109"/>
        <source>Choose the successor…</source>
        <translation>选择接替人…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/leaving_dialog.py" line="137"/>
        <source>{0} of the {1} carriers in the person&apos;s keeping have no successor yet.</source>
        <translation>本人保管的 {1} 件载体中，尚有 {0} 件未选择接替保管人。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/leaving_dialog.py" line="100"/>
        <source>The person holds no classified carrier.</source>
        <translation>该人员未持有涉密载体。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/leaving_dialog.py" line="134"/>
        <source>{0} carrier(s) still on loan: they must be returned at the scan station before leaving can be completed.</source>
        <translation>尚有 {0} 件载体借出未还：须先在借阅台归还，才能办理离岗。</translation>
    </message>
    <message>
        <location filename="../../forms/leaving_dialog.ui" line="6"/>
        <source>Leaving</source>
        <translation>办理离岗</translation>
    </message>
    <message>
        <location filename="../../forms/leaving_dialog.ui" line="11"/>
        <source>Kind:</source>
        <translation>离岗类型：</translation>
    </message>
    <message>
        <location filename="../../forms/leaving_dialog.ui" line="13"/>
        <source>Leaves on:</source>
        <translation>离岗日期：</translation>
    </message>
    <message>
        <location filename="../../forms/leaving_dialog.ui" line="15"/>
        <source>Leaving undertaking signed on:</source>
        <translation>离岗保密承诺书签订日期：</translation>
    </message>
    <message>
        <location filename="../../forms/leaving_dialog.ui" line="17"/>
        <source>Declassification period (years):</source>
        <translation>脱密期（年）：</translation>
    </message>
    <message>
        <location filename="../../forms/leaving_dialog.ui" line="22"/>
        <source>Classified carriers the person holds</source>
        <translation>本人持有的涉密载体</translation>
    </message>
    <message>
        <location filename="../../forms/leaving_dialog.ui" line="25"/>
        <source>Hand everything kept over to:</source>
        <translation>全部移交给：</translation>
    </message>
</context>
<context>
    <name>LendingPage</name>
    <message>
        <location filename="../../secdesk/gui/lending_page.py" line="134"/>
        <source>Scan station</source>
        <translation>借阅台</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending_page.py" line="135"/>
        <source>Loans</source>
        <translation>借阅记录</translation>
    </message>
</context>
<context>
    <name>LifecyclePage</name>
    <message>
        <location filename="../../secdesk/gui/lifecycle_page.py" line="28"/>
        <source>Destruction</source>
        <translation>销毁</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle_page.py" line="28"/>
        <source>Copying</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle_page.py" line="29"/>
        <source>Carrying out</source>
        <translation>外出携带</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle_page.py" line="29"/>
        <source>Transfer and return</source>
        <translation>移交/清退</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle_page.py" line="30"/>
        <source>Declassification review</source>
        <translation>解密审查</translation>
    </message>
</context>
<context>
    <name>LoansView</name>
    <message>
        <location filename="../../secdesk/gui/lending_page.py" line="56"/>
        <source>Out now</source>
        <translation>在借</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending_page.py" line="56"/>
        <source>Overdue or due today</source>
        <translation>逾期及今日到期</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending_page.py" line="57"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending_page.py" line="57"/>
        <source>Latest 200 loans</source>
        <translation>最近200次借阅</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending_page.py" line="62"/>
        <source>Carrier no.</source>
        <translation>载体编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending_page.py" line="62"/>
        <source>Title</source>
        <translation>文件资料名称</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending_page.py" line="62"/>
        <source>Marking</source>
        <translation>密级标志</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending_page.py" line="62"/>
        <source>Borrower</source>
        <translation>借阅人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending_page.py" line="63"/>
        <source>Lent</source>
        <translation>借出时间</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending_page.py" line="63"/>
        <source>Due</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending_page.py" line="63"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending_page.py" line="63"/>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending_page.py" line="64"/>
        <source>Reading place</source>
        <translation>阅读地点</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending_page.py" line="72"/>
        <source>Print lending register…</source>
        <translation>打印借阅登记表…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending_page.py" line="74"/>
        <source>Print overdue reminders…</source>
        <translation>打印催还通知…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending_page.py" line="76"/>
        <source>Borrower&apos;s holdings…</source>
        <translation>借阅人在借清单…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending_page.py" line="78"/>
        <source>Held for checking…</source>
        <translation>待核查载体…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending_page.py" line="118"/>
        <source>{0} loans</source>
        <translation>{0} 条</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../forms/lock_screen.ui" line="9"/>
        <source>Screen locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <location filename="../../forms/lock_screen.ui" line="24"/>
        <source>Password:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <location filename="../../forms/lock_screen.ui" line="26"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../forms/lock_screen.ui" line="27"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="88"/>
        <source>Register</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="98"/>
        <source>Carrier register</source>
        <translation>涉密载体台账</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="89"/>
        <source>Lending</source>
        <translation>借阅</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="90"/>
        <source>Personnel</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="91"/>
        <source>Destruction &amp; movements</source>
        <translation>销毁与流转</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="107"/>
        <source>Personnel files</source>
        <translation>涉密人员档案</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="92"/>
        <source>Inventory</source>
        <translation>清点</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="93"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="94"/>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="95"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="97"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="97"/>
        <source>auditor</source>
        <translation>安全审计员</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="99"/>
        <location filename="../../secdesk/gui/main_window.py" line="108"/>
        <source>clerk, security officer, auditor</source>
        <translation>保密员、安全保密管理员、安全审计员</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="136"/>
        <source>Database: {0}</source>
        <translation>数据库：{0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="144"/>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="145"/>
        <source>Change password…</source>
        <translation>修改口令…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="146"/>
        <source>Lock screen</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="147"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="156"/>
        <source>secdesk — {0}</source>
        <translation>secdesk 涉密载体管理 — {0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="157"/>
        <source>Account: {0} ({1})</source>
        <translation>当前账户：{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="222"/>
        <source>The screen was locked and the database closed. {0}, enter your password to continue.</source>
        <translation>屏幕已锁定，数据库已关闭。{0}，请输入口令继续。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="278"/>
        <source>Classified computer must not be networked: {0} is up</source>
        <translation>涉密计算机不得联网：检测到网络连接 {0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="282"/>
        <source>Network: CONNECTED</source>
        <translation>网络：已联网！</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="286"/>
        <source>Network: not connected</source>
        <translation>网络：未联网</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <location filename="../../secdesk/gui/pages.py" line="32"/>
        <source>Not yet available in this version. Until it is, keep this part of the register on paper as before.</source>
        <translation>本版本尚未提供此功能。在提供之前，请继续按原有纸质台账办理。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/pages.py" line="39"/>
        <source>Your role may not open this page ({0} only).</source>
        <translation>您的角色无权打开此页面（仅限{0}）。</translation>
    </message>
</context>
<context>
    <name>NumberList</name>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="228"/>
        <source>Scan or type a carrier number, then Enter</source>
        <translation>扫描或输入载体编号后回车</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="230"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="236"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="283"/>
        <source>{0} is already listed.</source>
        <translation>{0} 已在清单中。</translation>
    </message>
</context>
<context>
    <name>OutingTab</name>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="605"/>
        <location filename="../../secdesk/gui/movements_page.py" line="613"/>
        <source>choose, or scan the badge</source>
        <translation>选择，或扫描证卡</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="617"/>
        <source>number of the signed approval form</source>
        <translation>已签批的审批单编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="618"/>
        <location filename="../../secdesk/gui/movements_page.py" line="633"/>
        <location filename="../../secdesk/gui/movements_page.py" line="730"/>
        <source>Carry out</source>
        <translation>登记外出</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="624"/>
        <source>Carriers:</source>
        <translation>载体：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="626"/>
        <source>Carried by:</source>
        <translation>使用人：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="627"/>
        <source>Destination:</source>
        <translation>外出地点：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="628"/>
        <source>Purpose:</source>
        <translation>用途：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="630"/>
        <source>Back by:</source>
        <translation>返回日期：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="631"/>
        <source>Approved by:</source>
        <translation>批准人：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="632"/>
        <source>Approval form no.:</source>
        <translation>审批单号：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="646"/>
        <source>Out now</source>
        <translation>外出中</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="646"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="647"/>
        <source>All outings</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="651"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="651"/>
        <source>Carriers</source>
        <translation>载体</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="651"/>
        <source>Carried by</source>
        <translation>使用人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="651"/>
        <source>Destination</source>
        <translation>外出地点</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="652"/>
        <source>Back by</source>
        <translation>返回日期</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="652"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="654"/>
        <source>Bring back…</source>
        <translation>带回…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="656"/>
        <source>Print approval form…</source>
        <translation>打印审批表…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="658"/>
        <source>Outings</source>
        <translation>外出携带记录</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="738"/>
        <source>Security officer&apos;s consent</source>
        <translation>安全保密管理员确认</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="740"/>
        <source>Consent to carrying out</source>
        <translation>批准携带外出</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="751"/>
        <source>{0}: {1} carriers out with {2} to {3}, back by {4}.</source>
        <translation>{0}：{2}携带{1}件外出至{3}，应于{4}前带回。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="768"/>
        <source>{0} outings</source>
        <translation>共{0}次外出</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="793"/>
        <source>{0} back from {1} ({2}): complete, with nothing added?</source>
        <translation>{0} 由{1}带回（{2}）：是否完好、无夹带？</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="806"/>
        <source>{0}: {1} of {2} carriers back.</source>
        <translation>{0}：已带回{1}/{2}件。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="820"/>
        <source>Carrying-out approval form</source>
        <translation>外出携带审批表</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../secdesk/gui/station_dialogs.py" line="92"/>
        <source>Officer override</source>
        <translation>安全保密管理员越过限制</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/station_dialogs.py" line="102"/>
        <source>Officer account:</source>
        <translation>安全保密管理员账户：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/station_dialogs.py" line="103"/>
        <source>Password:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/station_dialogs.py" line="104"/>
        <source>Written reason:</source>
        <translation>书面理由：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/station_dialogs.py" line="105"/>
        <source>Override and lend</source>
        <translation>越过限制并借出</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../secdesk/gui/pdf_preview.py" line="33"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/pdf_preview.py" line="34"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../secdesk/gui/lending_prints.py" line="51"/>
        <source>Print lending register</source>
        <translation>打印借阅登记表</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending_prints.py" line="61"/>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending_prints.py" line="65"/>
        <source>Loans made from:</source>
        <translation>借阅日期自：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending_prints.py" line="66"/>
        <source>to:</source>
        <translation>至：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending_prints.py" line="78"/>
        <source>Lending register</source>
        <translation>涉密载体借阅登记表</translation>
    </message>
</context>
<context>
    <name>PeriodPrintDialog</name>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="882"/>
        <source>to:</source>
        <translation>至：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="884"/>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../secdesk/gui/person_dialogs.py" line="61"/>
        <source>Edit file {0}</source>
        <translation>修改档案 {0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/person_dialogs.py" line="79"/>
        <source>May borrow up to {0}</source>
        <translation>可借阅至{0}</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="6"/>
        <source>New personnel file</source>
        <translation>建立涉密人员档案</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="10"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="12"/>
        <source>Staff no.:</source>
        <translation>工号：</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="14"/>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="16"/>
        <source>Post:</source>
        <translation>岗位：</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="18"/>
        <source>ID document:</source>
        <translation>证件类型：</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="20"/>
        <source>ID number:</source>
        <translation>证件号：</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="21"/>
        <source>18 digits, the last may be X</source>
        <translation>18位，末位可为X</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="22"/>
        <source>Clearance:</source>
        <translation>涉密等级：</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="24"/>
        <source>Determined on:</source>
        <translation>确定时间：</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="27"/>
        <source>Vetted on:</source>
        <translation>上岗审查日期：</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="29"/>
        <source>Vetting result:</source>
        <translation>审查结论：</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="31"/>
        <source>Vetted by:</source>
        <translation>审查人：</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="33"/>
        <source>Remarks:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>PersonnelPage</name>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="78"/>
        <location filename="../../secdesk/gui/personnel_page.py" line="235"/>
        <source>Badge</source>
        <translation>证卡号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="78"/>
        <location filename="../../secdesk/gui/personnel_page.py" line="235"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="78"/>
        <location filename="../../secdesk/gui/personnel_page.py" line="235"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="79"/>
        <location filename="../../secdesk/gui/personnel_page.py" line="238"/>
        <source>Clearance</source>
        <translation>涉密等级</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="79"/>
        <location filename="../../secdesk/gui/personnel_page.py" line="241"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="84"/>
        <source>All levels</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="87"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="90"/>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="106"/>
        <source>Personnel file sheet…</source>
        <translation>涉密人员登记表…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="107"/>
        <source>Leaving review sheet…</source>
        <translation>离岗保密审查表…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="109"/>
        <source>Training record (this year)…</source>
        <translation>保密教育培训记录（本年度）…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="111"/>
        <source>Badges of the selected people…</source>
        <translation>所选人员的证卡…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="177"/>
        <source>{0} people</source>
        <translation>{0} 人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="210"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="210"/>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="210"/>
        <location filename="../../secdesk/gui/personnel_page.py" line="218"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="212"/>
        <location filename="../../secdesk/gui/personnel_page.py" line="218"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="212"/>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="212"/>
        <source>Subject</source>
        <translation>培训内容</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="212"/>
        <source>Assessment</source>
        <translation>考核结果</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="214"/>
        <source>From</source>
        <translation>出发日期</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="214"/>
        <source>To</source>
        <translation>返回日期</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="214"/>
        <source>Country / region</source>
        <translation>前往国家/地区</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="215"/>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="215"/>
        <source>Passport back</source>
        <translation>护照交回</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="218"/>
        <source>Result</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="218"/>
        <source>Reviewer</source>
        <translation>复审人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="221"/>
        <source>Carrier no.</source>
        <translation>载体编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="221"/>
        <source>Marking</source>
        <translation>密级标志</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="221"/>
        <source>Held as</source>
        <translation>持有方式</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="222"/>
        <source>On loan, due {0}</source>
        <translation>借出未还，应还日期 {0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="223"/>
        <source>Custodian</source>
        <translation>保管人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="229"/>
        <source>never vetted</source>
        <translation>无审查记录</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="236"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="236"/>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="237"/>
        <source>ID number</source>
        <translation>证件号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="238"/>
        <source>{0} (may borrow up to {1})</source>
        <translation>{0}（可借阅至{1}）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="240"/>
        <source>Determined on</source>
        <translation>确定时间</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="241"/>
        <source>Vetting</source>
        <translation>上岗审查</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="242"/>
        <source>Next review</source>
        <translation>下次复审</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="243"/>
        <source>Undertaking</source>
        <translation>保密承诺书</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="243"/>
        <source>signed</source>
        <translation>已签订</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="243"/>
        <source>none on file</source>
        <translation>未签订</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="245"/>
        <source>Training this year</source>
        <translation>本年度培训学时</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="247"/>
        <source>Declassification period</source>
        <translation>脱密期</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="250"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="314"/>
        <location filename="../../forms/personnel_page.ui" line="81"/>
        <source>Confirm release</source>
        <translation>确认解脱</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="315"/>
        <source>The declassification period of {0} ended on {1}. Confirm the release?</source>
        <translation>{0} 的脱密期已于 {1} 届满。确认解脱？</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="330"/>
        <source>Personnel file sheet</source>
        <translation>涉密人员登记表</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="337"/>
        <source>Leaving review sheet</source>
        <translation>离岗保密审查表</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="343"/>
        <source>Training record</source>
        <translation>保密教育培训记录</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel_page.py" line="353"/>
        <source>Roster</source>
        <translation>涉密人员名册</translation>
    </message>
    <message>
        <location filename="../../forms/personnel_page.ui" line="8"/>
        <source>Search name, badge, staff no.</source>
        <translation>搜索姓名、证卡号、工号</translation>
    </message>
    <message>
        <location filename="../../forms/personnel_page.ui" line="12"/>
        <source>Review overdue</source>
        <translation>复审逾期</translation>
    </message>
    <message>
        <location filename="../../forms/personnel_page.ui" line="13"/>
        <source>Training short</source>
        <translation>培训不足</translation>
    </message>
    <message>
        <location filename="../../forms/personnel_page.ui" line="27"/>
        <source>File</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <location filename="../../forms/personnel_page.ui" line="33"/>
        <source>Undertakings</source>
        <translation>保密承诺书</translation>
    </message>
    <message>
        <location filename="../../forms/personnel_page.ui" line="39"/>
        <source>Training</source>
        <translation>教育培训</translation>
    </message>
    <message>
        <location filename="../../forms/personnel_page.ui" line="45"/>
        <source>Trips abroad</source>
        <translation>出国（境）</translation>
    </message>
    <message>
        <location filename="../../forms/personnel_page.ui" line="51"/>
        <source>Reviews</source>
        <translation>复审</translation>
    </message>
    <message>
        <location filename="../../forms/personnel_page.ui" line="57"/>
        <source>Carriers held</source>
        <translation>持有载体</translation>
    </message>
    <message>
        <location filename="../../forms/personnel_page.ui" line="67"/>
        <source>Add record…</source>
        <translation>添加记录…</translation>
    </message>
    <message>
        <location filename="../../forms/personnel_page.ui" line="78"/>
        <source>New file…</source>
        <translation>建立档案…</translation>
    </message>
    <message>
        <location filename="../../forms/personnel_page.ui" line="79"/>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../forms/personnel_page.ui" line="80"/>
        <source>Leaving…</source>
        <translation>离岗…</translation>
    </message>
    <message>
        <location filename="../../forms/personnel_page.ui" line="82"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../forms/personnel_page.ui" line="83"/>
        <source>Print roster…</source>
        <translation>打印人员名册…</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="832"/>
        <source>Receipt received</source>
        <translation>回执已收回</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="840"/>
        <source>e.g. signed by the receiver, filed with the form</source>
        <translation>如：接收人已签字，随表归档</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="846"/>
        <source>{0}: {1} carriers to {2} ({3}), {4}.</source>
        <translation>{0}：{1}件至{2}（{3}），{4}。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="850"/>
        <source>Receipt back on:</source>
        <translation>回执收回日期：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="851"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="853"/>
        <source>Record receipt</source>
        <translation>登记回执</translation>
    </message>
</context>
<context>
    <name>ReclassifyDialog</name>
    <message>
        <location filename="../../secdesk/gui/register_page.py" line="242"/>
        <source>{0}: now {1}</source>
        <translation>{0}：现为 {1}</translation>
    </message>
    <message>
        <location filename="../../forms/reclassify_dialog.ui" line="6"/>
        <source>Change of marking</source>
        <translation>定密变更</translation>
    </message>
    <message>
        <location filename="../../forms/reclassify_dialog.ui" line="11"/>
        <source>New level:</source>
        <translation>新密级：</translation>
    </message>
    <message>
        <location filename="../../forms/reclassify_dialog.ui" line="13"/>
        <source>New term:</source>
        <translation>新保密期限：</translation>
    </message>
    <message>
        <location filename="../../forms/reclassify_dialog.ui" line="15"/>
        <source>Basis:</source>
        <translation>变更依据：</translation>
    </message>
    <message>
        <location filename="../../forms/reclassify_dialog.ui" line="17"/>
        <source>Approval reference:</source>
        <translation>审批文号：</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../secdesk/gui/person_dialogs.py" line="114"/>
        <source>Signed undertaking</source>
        <translation>登记保密承诺书</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/person_dialogs.py" line="114"/>
        <source>Training attended</source>
        <translation>登记保密教育培训</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/person_dialogs.py" line="115"/>
        <source>Approved trip abroad</source>
        <translation>登记出国（境）审批</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/person_dialogs.py" line="115"/>
        <source>Periodic review</source>
        <translation>登记复审</translation>
    </message>
    <message>
        <location filename="../../forms/record_dialog.ui" line="13"/>
        <source>Undertaking:</source>
        <translation>承诺书类型：</translation>
    </message>
    <message>
        <location filename="../../forms/record_dialog.ui" line="15"/>
        <source>Signed on:</source>
        <translation>签订日期：</translation>
    </message>
    <message>
        <location filename="../../forms/record_dialog.ui" line="17"/>
        <location filename="../../forms/record_dialog.ui" line="55"/>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <location filename="../../forms/record_dialog.ui" line="23"/>
        <source>Held on:</source>
        <translation>培训日期：</translation>
    </message>
    <message>
        <location filename="../../forms/record_dialog.ui" line="25"/>
        <source>Hours:</source>
        <translation>学时：</translation>
    </message>
    <message>
        <location filename="../../forms/record_dialog.ui" line="27"/>
        <source>Subject:</source>
        <translation>培训内容：</translation>
    </message>
    <message>
        <location filename="../../forms/record_dialog.ui" line="29"/>
        <source>Assessment:</source>
        <translation>考核结果：</translation>
    </message>
    <message>
        <location filename="../../forms/record_dialog.ui" line="35"/>
        <source>Departs on:</source>
        <translation>出发日期：</translation>
    </message>
    <message>
        <location filename="../../forms/record_dialog.ui" line="37"/>
        <source>Returns on:</source>
        <translation>返回日期：</translation>
    </message>
    <message>
        <location filename="../../forms/record_dialog.ui" line="39"/>
        <source>Country / region:</source>
        <translation>前往国家/地区：</translation>
    </message>
    <message>
        <location filename="../../forms/record_dialog.ui" line="41"/>
        <source>Approved by:</source>
        <translation>审批人：</translation>
    </message>
    <message>
        <location filename="../../forms/record_dialog.ui" line="43"/>
        <source>Passport handed back:</source>
        <translation>护照交回：</translation>
    </message>
    <message>
        <location filename="../../forms/record_dialog.ui" line="49"/>
        <source>Reviewed on:</source>
        <translation>复审日期：</translation>
    </message>
    <message>
        <location filename="../../forms/record_dialog.ui" line="51"/>
        <source>Result:</source>
        <translation>复审结论：</translation>
    </message>
    <message>
        <location filename="../../forms/record_dialog.ui" line="53"/>
        <source>Reviewer:</source>
        <translation>复审人：</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="135"/>
        <location filename="../../secdesk/gui/setup_wizard.py" line="161"/>
        <source>Recovery key sheet</source>
        <translation>恢复密钥单</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="136"/>
        <source>If every password is forgotten or the key file is lost, only this sheet opens the database. Print it, seal it and keep it in the safe. It is shown only now.</source>
        <translation>全部口令遗忘或密钥文件丢失时，只有这张恢复密钥单能打开数据库。请打印、密封并存放于保密柜。它只在此时出现一次。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="139"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="140"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="141"/>
        <source>The recovery key sheet is printed and sealed in the safe</source>
        <translation>恢复密钥单已打印并封存于保密柜</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../secdesk/gui/register_model.py" line="26"/>
        <source>Number</source>
        <translation>载体编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register_model.py" line="27"/>
        <source>Title</source>
        <translation>文件资料名称</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register_model.py" line="28"/>
        <source>Issuing unit</source>
        <translation>制作发文单位</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register_model.py" line="29"/>
        <source>Type</source>
        <translation>载体类别</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register_model.py" line="30"/>
        <source>Document no.</source>
        <translation>文号或编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register_model.py" line="31"/>
        <source>Marking</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register_model.py" line="32"/>
        <source>Pages / capacity</source>
        <translation>页数或容量</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register_model.py" line="33"/>
        <source>Copy</source>
        <translation>份号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register_model.py" line="34"/>
        <source>Scope</source>
        <translation>知悉范围</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register_model.py" line="35"/>
        <source>Custodian</source>
        <translation>保管人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register_model.py" line="36"/>
        <source>Location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register_model.py" line="37"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register_model.py" line="38"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../secdesk/gui/register_page.py" line="79"/>
        <source>All levels</source>
        <translation>全部密级</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register_page.py" line="80"/>
        <source>All types</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register_page.py" line="81"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register_page.py" line="121"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register_page.py" line="125"/>
        <source>{0} carriers</source>
        <translation>{0} 件载体</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register_page.py" line="135"/>
        <source>Register</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register_page.py" line="135"/>
        <source>Select a carrier first.</source>
        <translation>请先选中一件载体。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register_page.py" line="151"/>
        <source>Voided: {0}</source>
        <translation>已作废：{0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register_page.py" line="168"/>
        <source>Registered</source>
        <translation>登记完成</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register_page.py" line="169"/>
        <source>{0} carriers registered:
{1}

Print their labels now?</source>
        <translation>已登记 {0} 件载体：
{1}

现在打印标签吗？</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register_page.py" line="186"/>
        <source>Void entry</source>
        <translation>作废登记</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register_page.py" line="187"/>
        <source>Reason for voiding {0} (the entry stays in the register):</source>
        <translation>作废 {0} 的原因（该条目仍保留在台账中）：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register_page.py" line="204"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register_page.py" line="204"/>
        <location filename="../../secdesk/gui/register_page.py" line="215"/>
        <source>Select the carriers first.</source>
        <translation>请先选中载体。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register_page.py" line="215"/>
        <location filename="../../secdesk/gui/register_page.py" line="222"/>
        <location filename="../../secdesk/gui/register_page.py" line="224"/>
        <source>Destruction</source>
        <translation>销毁</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register_page.py" line="225"/>
        <source>Open the batch now?</source>
        <translation>现在打开该批次吗？</translation>
    </message>
    <message>
        <location filename="../../forms/register_page.ui" line="8"/>
        <source>Search number, title, document no., issuing unit</source>
        <translation>搜索编号、名称、文号、发文单位</translation>
    </message>
    <message>
        <location filename="../../forms/register_page.ui" line="12"/>
        <source>Location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <location filename="../../forms/register_page.ui" line="13"/>
        <source>Custodian</source>
        <translation>保管人</translation>
    </message>
    <message>
        <location filename="../../forms/register_page.ui" line="14"/>
        <source>Registered between</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location filename="../../forms/register_page.ui" line="16"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../forms/register_page.ui" line="31"/>
        <source>Register…</source>
        <translation>登记…</translation>
    </message>
    <message>
        <location filename="../../forms/register_page.ui" line="32"/>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../forms/register_page.ui" line="33"/>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <location filename="../../forms/register_page.ui" line="34"/>
        <source>Change marking…</source>
        <translation>定密变更…</translation>
    </message>
    <message>
        <location filename="../../forms/register_page.ui" line="35"/>
        <source>Print labels…</source>
        <translation>打印标签…</translation>
    </message>
    <message>
        <location filename="../../forms/register_page.ui" line="36"/>
        <source>To destruction batch…</source>
        <translation>列入销毁批次…</translation>
    </message>
    <message>
        <location filename="../../forms/register_page.ui" line="37"/>
        <source>Print register…</source>
        <translation>打印台账…</translation>
    </message>
</context>
<context>
    <name>RegisterPrintDialog</name>
    <message>
        <location filename="../../secdesk/gui/label_print.py" line="137"/>
        <source>Print register</source>
        <translation>打印台账</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/label_print.py" line="138"/>
        <source>As the register stood at the end of</source>
        <translation>台账截至日期</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/label_print.py" line="144"/>
        <source>The print covers the carriers the current filters show.</source>
        <translation>打印当前筛选条件下的全部载体。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/label_print.py" line="147"/>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/label_print.py" line="162"/>
        <source>Preparing the register…</source>
        <translation>正在生成台账…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/label_print.py" line="168"/>
        <source>Carrier register</source>
        <translation>涉密载体台账</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <location filename="../../secdesk/gui/reminders_panel.py" line="19"/>
        <source>Today</source>
        <translation>今日提醒</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reminders_panel.py" line="49"/>
        <source>Nothing due today.</source>
        <translation>今日无待办事项。</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1194"/>
        <source>Carriers still held whose term of secrecy has ended. The security officer decides for each: declassify it, or change its marking (a new level or term).</source>
        <translation>保密期限已届满、仍在管理中的载体。由安全保密管理员逐件决定：解密，或定密变更（新的密级或期限）。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1198"/>
        <source>Carrier no.</source>
        <translation>载体编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1198"/>
        <source>Marking</source>
        <translation>密级标志</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1198"/>
        <source>Title</source>
        <translation>文件资料名称</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1198"/>
        <source>Issued</source>
        <translation>制发日期</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1199"/>
        <source>Term ended</source>
        <translation>期限届满</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1199"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1199"/>
        <source>Custodian</source>
        <translation>保管人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1201"/>
        <source>Declassify…</source>
        <translation>解密…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1203"/>
        <source>Change marking…</source>
        <translation>定密变更…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1243"/>
        <source>{0} carriers due for review</source>
        <translation>{0}件待解密审查</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1280"/>
        <source>{0}: {1} → {2}.</source>
        <translation>{0}：{1} → {2}。</translation>
    </message>
</context>
<context>
    <name>ScanStation</name>
    <message>
        <location filename="../../secdesk/gui/scan_station.py" line="70"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/scan_station.py" line="70"/>
        <source>Code</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/scan_station.py" line="70"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/scan_station.py" line="70"/>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/scan_station.py" line="79"/>
        <source>Approval for the next loans</source>
        <translation>为接下来的借阅录入审批</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/scan_station.py" line="87"/>
        <location filename="../../secdesk/gui/scan_station.py" line="220"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/scan_station.py" line="87"/>
        <location filename="../../secdesk/gui/scan_station.py" line="220"/>
        <source>Scan the borrower&apos;s badge</source>
        <translation>请扫描借阅人证卡</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/scan_station.py" line="124"/>
        <source>Repeated scan ignored</source>
        <translation>重复扫描，已忽略</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/scan_station.py" line="144"/>
        <source>Not done</source>
        <translation>未能办理</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/scan_station.py" line="226"/>
        <source>No borrower: scan a badge. Carriers scanned now are returned.</source>
        <translation>未选借阅人：请扫描证卡。此时扫描已借出的载体即为归还。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/scan_station.py" line="229"/>
        <source>Borrower: {0} ({1}, {2}; may borrow up to {3}) — {4} lent now</source>
        <translation>借阅人：{0}（{1}，{2}，可借至{3}）— 本次已借 {4} 件</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/scan_station.py" line="232"/>
        <source>Approval {0}</source>
        <translation>审批单 {0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/scan_station.py" line="249"/>
        <source>Return undone: {0} is out again</source>
        <translation>已撤销归还：{0} 仍为借出</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/scan_station.py" line="249"/>
        <source>Loan undone: {0} is back</source>
        <translation>已撤销借出：{0} 已回到在库</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/scan_station.py" line="250"/>
        <source>Recorded as a correction</source>
        <translation>已作为更正记入审计日志</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/scan_station.py" line="251"/>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/scan_station.py" line="261"/>
        <source>Undo last (Ctrl+Z), {0} s</source>
        <translation>撤销上一步（Ctrl+Z），{0} 秒</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/scan_station.py" line="262"/>
        <location filename="../../forms/scan_station.ui" line="9"/>
        <source>Undo last (Ctrl+Z)</source>
        <translation>撤销上一步（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../forms/scan_station.ui" line="8"/>
        <source>Scan a badge or a carrier label (or type the number and press Enter)</source>
        <translation>扫描证卡或载体标签，或输入编号回车</translation>
    </message>
    <message>
        <location filename="../../forms/scan_station.ui" line="10"/>
        <source>Next borrower (Esc)</source>
        <translation>下一位借阅人（Esc）</translation>
    </message>
    <message>
        <location filename="../../forms/scan_station.ui" line="11"/>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../../forms/scan_station.ui" line="20"/>
        <source>Approval…</source>
        <translation>录入审批…</translation>
    </message>
    <message>
        <location filename="../../forms/scan_station.ui" line="21"/>
        <source>Officer override… (F8)</source>
        <translation>安全保密管理员越过…（F8）</translation>
    </message>
    <message>
        <location filename="../../forms/scan_station.ui" line="22"/>
        <source>Print lending slip…</source>
        <translation>打印借阅单…</translation>
    </message>
    <message>
        <location filename="../../forms/scan_station.ui" line="37"/>
        <source>Scan a badge to choose the borrower, then scan carriers to lend them. Scanning a carrier that is out returns it. Esc ends the borrower; Ctrl+Z undoes the last action within 60 s.</source>
        <translation>扫描证卡选择借阅人，再扫描载体即借出；扫描已借出的载体即归还。Esc 结束当前借阅人；Ctrl+Z 撤销60秒内的上一步操作。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../secdesk/gui/settings_page.py" line="67"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/settings_page.py" line="69"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/settings_page.py" line="81"/>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="176"/>
        <source>secdesk — first-run set-up</source>
        <translation>secdesk — 首次使用设置</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../secdesk/app.py" line="74"/>
        <source>Demo database: accounts admin, clerk, officer, auditor; password {0}</source>
        <translation>演示数据库：账户 admin、clerk、officer、auditor，口令 {0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/signin.py" line="33"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/signin.py" line="49"/>
        <source>Enter the account name and the password.</source>
        <translation>请输入账户名和口令。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/signin.py" line="72"/>
        <source>Checking the password…</source>
        <translation>正在核验口令…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/signin.py" line="83"/>
        <source>Network connection detected ({0}): a classified computer must not be networked.</source>
        <translation>检测到网络连接（{0}）：涉密计算机不得联网。</translation>
    </message>
    <message>
        <location filename="../../forms/signin.ui" line="6"/>
        <source>secdesk — Sign in</source>
        <translation>secdesk — 登录</translation>
    </message>
    <message>
        <location filename="../../forms/signin.ui" line="10"/>
        <source>Classified carrier register</source>
        <translation>涉密载体管理台账</translation>
    </message>
    <message>
        <location filename="../../forms/signin.ui" line="23"/>
        <source>Account:</source>
        <translation>账户：</translation>
    </message>
    <message>
        <location filename="../../forms/signin.ui" line="25"/>
        <source>Password:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <location filename="../../forms/signin.ui" line="27"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
</context>
<context>
    <name>SupervisorRow</name>
    <message>
        <location filename="../../secdesk/gui/destruction_dialogs.py" line="92"/>
        <source>signed the paper form</source>
        <translation>已在纸质表上签字</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_dialogs.py" line="93"/>
        <source>confirms with own password</source>
        <translation>本人输入口令确认</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_dialogs.py" line="95"/>
        <source>own account</source>
        <translation>本人账户</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/destruction_dialogs.py" line="98"/>
        <source>password</source>
        <translation>口令</translation>
    </message>
</context>
<context>
    <name>ToDestructionDialog</name>
    <message>
        <location filename="../../secdesk/gui/to_destruction.py" line="25"/>
        <source>Add to a destruction batch</source>
        <translation>列入销毁批次</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/to_destruction.py" line="29"/>
        <source>A new batch</source>
        <translation>新建批次</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/to_destruction.py" line="36"/>
        <source>{0} carriers: {1}</source>
        <translation>{0}件载体：{1}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/to_destruction.py" line="39"/>
        <source>Draft batch:</source>
        <translation>草稿批次：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/to_destruction.py" line="41"/>
        <source>Add to batch</source>
        <translation>列入批次</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/to_destruction.py" line="51"/>
        <source>{0} carriers listed on batch {1}.</source>
        <translation>已将{0}件载体列入销毁批次{1}。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/to_destruction.py" line="52"/>
        <source>No batch was made: none of the carriers can be destroyed now.</source>
        <translation>未建立批次：所选载体目前均不能销毁。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/to_destruction.py" line="54"/>
        <source>Not listed:</source>
        <translation>未列入：</translation>
    </message>
</context>
<context>
    <name>TransferTab</name>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="960"/>
        <source>Transfer to another unit</source>
        <translation>移交其他单位</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="961"/>
        <source>Return to the issuer</source>
        <translation>清退发文单位</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="979"/>
        <source>Hand over</source>
        <translation>登记移交</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="985"/>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="986"/>
        <source>Carriers:</source>
        <translation>载体：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="988"/>
        <source>Receiving unit:</source>
        <translation>接收单位：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="989"/>
        <source>Receiver:</source>
        <translation>接收人：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="990"/>
        <source>Remarks:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="993"/>
        <source>Witness:</source>
        <translation>监交人：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="994"/>
        <source>Transfer or return</source>
        <translation>移交或清退</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1007"/>
        <source>Receipt outstanding</source>
        <translation>回执未回</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1007"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1011"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1011"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1011"/>
        <source>Receiving unit</source>
        <translation>接收单位</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1011"/>
        <source>Receiver</source>
        <translation>接收人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1012"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1012"/>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1012"/>
        <source>Receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1014"/>
        <source>Receipt received…</source>
        <translation>回执已收回…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1016"/>
        <source>Print form and receipt…</source>
        <translation>打印登记表及回执…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1018"/>
        <source>Yearly return list…</source>
        <translation>年度清退清单…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1020"/>
        <source>Transfers and returns</source>
        <translation>移交/清退记录</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1043"/>
        <source>Returned by:</source>
        <translation>清退人：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1043"/>
        <source>Handed over by:</source>
        <translation>移交人：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1044"/>
        <source>the issuer the carriers go back to</source>
        <translation>载体清退回的发文单位</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1096"/>
        <source>{0}: {1} carriers to {2} ({3}). Print the form and the receipt for the receiver to sign; record the receipt when it is back.</source>
        <translation>{0}：{1}件至{2}（{3}）。请打印登记表及回执交接收人签字；回执收回后登记。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1112"/>
        <source>{0} transfers and returns</source>
        <translation>共{0}次移交/清退</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1134"/>
        <source>{0}: receipt recorded ({1}).</source>
        <translation>{0}：回执已登记（{1}）。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/movements_page.py" line="1144"/>
        <source>Transfer form and receipt</source>
        <translation>移交/清退登记表及回执</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="76"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="77"/>
        <source>The unit name is printed on every form; the unit code starts every carrier number, e.g. BMS-2026-000123K.</source>
        <translation>单位名称印在每张表单上；单位代码是载体编号的前缀，如 BMS-2026-000123K。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="83"/>
        <source>Unit name:</source>
        <translation>单位名称：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="84"/>
        <source>Unit code:</source>
        <translation>单位代码：</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../secdesk/gui/messages.py" line="25"/>
        <source>An unexpected error occurred; details were written to {0}.</source>
        <translation>发生意外错误，详情已记入 {0}。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/messages.py" line="32"/>
        <source>secdesk</source>
        <translation>secdesk</translation>
    </message>
</context>
<context>
    <name>offer_reprint</name>
    <message>
        <location filename="../../secdesk/gui/label_print.py" line="95"/>
        <location filename="../../secdesk/gui/label_print.py" line="100"/>
        <source>Reprint label</source>
        <translation>重印标签</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/label_print.py" line="96"/>
        <source>The label of {0} still shows the old marking. The clerk reprints it: it is listed under Today until then.</source>
        <translation>{0} 的标签仍为原密级标志，由保密员重印；重印前列在“今日提醒”中。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/label_print.py" line="101"/>
        <source>The label of {0} shows the old marking. Print a new label now?</source>
        <translation>{0} 的标签仍为原密级标志。现在打印新标签吗？</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../secdesk/gui/lending_prints.py" line="30"/>
        <source>Lending slip</source>
        <translation>借阅单</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending_prints.py" line="36"/>
        <source>Holdings</source>
        <translation>在借清单</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending_prints.py" line="42"/>
        <source>Overdue reminders</source>
        <translation>催还通知</translation>
    </message>
</context>
<context>
    <name>print_pdf</name>
    <message>
        <location filename="../../secdesk/gui/print_pdf.py" line="56"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
</context>
</TS>
