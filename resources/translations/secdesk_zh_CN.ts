<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../secdesk/gui/shell/accounts_panel.py" line="52"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/accounts_panel.py" line="55"/>
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
        <location filename="../../secdesk/gui/shell/accounts_panel.py" line="77"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/accounts_panel.py" line="77"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/accounts_panel.py" line="78"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/accounts_panel.py" line="78"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/accounts_panel.py" line="79"/>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/accounts_panel.py" line="84"/>
        <source>New account…</source>
        <translation>新建账户…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/accounts_panel.py" line="85"/>
        <source>Reset password…</source>
        <translation>重置口令…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/accounts_panel.py" line="86"/>
        <source>Disable…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/accounts_panel.py" line="87"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/accounts_panel.py" line="88"/>
        <source>Only the system administrator manages accounts.</source>
        <translation>只有系统管理员可管理账户。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/accounts_panel.py" line="144"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/accounts_panel.py" line="145"/>
        <source>LOCKED</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/accounts_panel.py" line="145"/>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/accounts_panel.py" line="156"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/accounts_panel.py" line="156"/>
        <source>Select an account first.</source>
        <translation>请先选中一个账户。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/accounts_panel.py" line="169"/>
        <location filename="../../secdesk/gui/shell/accounts_panel.py" line="183"/>
        <location filename="../../secdesk/gui/shell/accounts_panel.py" line="188"/>
        <source>Reset password</source>
        <translation>重置口令</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/accounts_panel.py" line="170"/>
        <source>Temporary password for {0} (they must change it at sign-in):</source>
        <translation>{0} 的临时口令（其登录时须修改）：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/accounts_panel.py" line="184"/>
        <source>Resetting {0} needs a second person of the three (administrator, security officer or auditor). Their account:</source>
        <translation>重置 {0} 的口令须由另一名三员（系统管理员、安全保密管理员或安全审计员）当场会同。会同人账户：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/accounts_panel.py" line="189"/>
        <source>Password of {0}:</source>
        <translation>{0} 的口令：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/accounts_panel.py" line="197"/>
        <source>Disable account</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/accounts_panel.py" line="198"/>
        <source>Reason for disabling {0} (its history is kept):</source>
        <translation>停用 {0} 的原因（其历史记录保留）：</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../secdesk/gui/shell/setup_wizard.py" line="98"/>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/setup_wizard.py" line="99"/>
        <source>The administrator manages accounts, backups and settings, and cannot edit the register. Password: at least 10 characters, three of lower case, upper case, digits, symbols.</source>
        <translation>系统管理员负责账户、备份和设置，不能修改台账。口令至少10个字符，须包含小写字母、大写字母、数字、符号中的三类。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/setup_wizard.py" line="107"/>
        <source>Account name:</source>
        <translation>账户名：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/setup_wizard.py" line="108"/>
        <source>Password:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/setup_wizard.py" line="109"/>
        <source>Again:</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/setup_wizard.py" line="123"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/setup_wizard.py" line="125"/>
        <source>Creating the encrypted database…</source>
        <translation>正在建立加密数据库…</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../secdesk/gui/lending/station_dialogs.py" line="79"/>
        <source>Approval</source>
        <translation>借阅审批</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/station_dialogs.py" line="81"/>
        <source>choose, or scan the approver&apos;s badge</source>
        <translation>选择或扫描批准人证卡</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/station_dialogs.py" line="85"/>
        <source>number of the signed approval form</source>
        <translation>已签批的审批单编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/station_dialogs.py" line="94"/>
        <source>Approved by:</source>
        <translation>批准人：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/station_dialogs.py" line="95"/>
        <source>Approval form no.:</source>
        <translation>审批单号：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/station_dialogs.py" line="97"/>
        <source>Nobody on file holds the authority this approval needs: record it in the approver&apos;s personnel file first.</source>
        <translation>档案中没有人具有此项审批所需的权限：请先在审批人的人员档案中登记。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/station_dialogs.py" line="101"/>
        <source>Lend</source>
        <translation>借出</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/station_dialogs.py" line="130"/>
        <source>Choose one of the people listed: only they may approve this.</source>
        <translation>请从所列人员中选择：只有他们可以审批此项。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/station_dialogs.py" line="133"/>
        <source>Enter the number of the signed approval form.</source>
        <translation>请填写已签批的审批单编号。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/station_dialogs.py" line="151"/>
        <source>Badge {0} may not approve this (only: {1}); approver not changed</source>
        <translation>证卡 {0} 无权审批此项（可审批：{1}）；审批人未更改</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/station_dialogs.py" line="152"/>
        <source>nobody on file</source>
        <translation>档案中无人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/station_dialogs.py" line="158"/>
        <source>Approver scanned: {0}</source>
        <translation>已扫描审批人：{0}</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_dialogs.py" line="46"/>
        <source>Approve destruction batch {0}</source>
        <translation>批准销毁批次{0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_dialogs.py" line="49"/>
        <source>number of the signed approval form</source>
        <translation>已签批的审批单编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_dialogs.py" line="56"/>
        <source>{0} carriers, {1}; reason: {2}</source>
        <translation>共{0}件，{1}；原因：{2}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_dialogs.py" line="60"/>
        <source>Approval form no.:</source>
        <translation>审批单号：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_dialogs.py" line="61"/>
        <source>Approved on:</source>
        <translation>批准日期：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_dialogs.py" line="63"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../secdesk/gui/shell/audit_page.py" line="31"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/audit_page.py" line="31"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/audit_page.py" line="31"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/audit_page.py" line="31"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/audit_page.py" line="32"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/audit_page.py" line="32"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/audit_page.py" line="32"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/audit_page.py" line="32"/>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../secdesk/gui/shell/audit_page.py" line="64"/>
        <source>All events</source>
        <translation>全部事件</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/audit_page.py" line="67"/>
        <source>All results</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/audit_page.py" line="106"/>
        <source>{0} events shown</source>
        <translation>显示 {0} 条事件</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/audit_page.py" line="110"/>
        <source>Export audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/audit_page.py" line="116"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/audit_page.py" line="116"/>
        <source>{0} events written to {1}.</source>
        <translation>已将 {0} 条事件写入 {1}。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/audit_page.py" line="128"/>
        <location filename="../../secdesk/gui/shell/audit_page.py" line="132"/>
        <location filename="../../secdesk/gui/shell/audit_page.py" line="157"/>
        <source>Integrity check</source>
        <translation>完整性校验</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/audit_page.py" line="129"/>
        <source>The database is intact and all {0} audit events verify.</source>
        <translation>数据库完整，全部 {0} 条审计事件校验无误。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/audit_page.py" line="133"/>
        <source>The check FAILED:</source>
        <translation>校验未通过：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/audit_page.py" line="139"/>
        <location filename="../../secdesk/gui/shell/audit_page.py" line="152"/>
        <source>Sealed audit log</source>
        <translation>审计日志封存核验</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/audit_page.py" line="140"/>
        <source>Audit verification code (from the sheet kept by the auditor):</source>
        <translation>审计验证码（审计员保管的纸质单据上）：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/audit_page.py" line="147"/>
        <source>All {0} sealed epochs ({1} events) are exactly as they were sealed.</source>
        <translation>已封存的{0}个时段（{1}条事件）均与封存时一致。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/audit_page.py" line="149"/>
        <source>From event {0} on (the open epoch) nothing can be vouched for yet.</source>
        <translation>第{0}号事件起属于尚未封存的当前时段，暂无法担保。</translation>
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
        <source>Check with the verification code…</source>
        <translation>用审计验证码核验…</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="24"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <location filename="../../secdesk/gui/shell/backup_panel.py" line="32"/>
        <location filename="../../secdesk/gui/shell/backup_panel.py" line="82"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/backup_panel.py" line="37"/>
        <source>Back up now…</source>
        <translation>立即备份…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/backup_panel.py" line="38"/>
        <source>A verified backup to a folder you choose, e.g. on a USB drive</source>
        <translation>备份到选定的文件夹（如U盘）并校验</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/backup_panel.py" line="39"/>
        <source>Restore drill…</source>
        <translation>恢复演练…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/backup_panel.py" line="41"/>
        <source>Restores the newest backup to a temporary place, signs in, checks it and deletes it</source>
        <translation>将最新备份恢复到临时位置，登录并校验，然后删除</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/backup_panel.py" line="65"/>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/backup_panel.py" line="67"/>
        <source>Automatic backups at the first sign-in of each day go to {0}. Newest verified backup: {1}.</source>
        <translation>每天首次登录时自动备份到 {0}。最新的已校验备份：{1}。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/backup_panel.py" line="73"/>
        <source>Choose the folder for the backup (e.g. a USB drive)</source>
        <translation>选择备份文件夹（如U盘）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/backup_panel.py" line="83"/>
        <source>The backup was written and verified: {0}</source>
        <translation>备份已写入并校验：{0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/backup_panel.py" line="89"/>
        <location filename="../../secdesk/gui/shell/backup_panel.py" line="100"/>
        <location filename="../../secdesk/gui/shell/backup_panel.py" line="105"/>
        <source>Restore drill</source>
        <translation>恢复演练</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/backup_panel.py" line="90"/>
        <source>Your password, to sign in to the restored copy:</source>
        <translation>请输入您的口令，用于登录恢复出的副本：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/backup_panel.py" line="101"/>
        <source>Restore drill passed: {0} was restored to a temporary place and signed in to; every page and the audit chain ({1} events) are sound. The temporary copy was deleted.</source>
        <translation>恢复演练通过：{0} 已恢复到临时位置并登录，每页校验无误，审计链（{1}条事件）无误。临时副本已删除。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/backup_panel.py" line="106"/>
        <source>Restore drill failed for {0}: {1}</source>
        <translation>恢复演练未通过（{0}）：{1}</translation>
    </message>
</context>
<context>
    <name>BadgePrintDialog</name>
    <message>
        <location filename="../../secdesk/gui/shell/label_print.py" line="114"/>
        <source>Print badges</source>
        <translation>打印人员证卡</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/label_print.py" line="115"/>
        <source>{0} people</source>
        <translation>{0} 人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/label_print.py" line="126"/>
        <source>Badges</source>
        <translation>人员证卡</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../secdesk/gui/reports/bar_chart.py" line="35"/>
        <source>No records</source>
        <translation>无记录</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/bar_chart.py" line="197"/>
        <source>Total: {0}</source>
        <translation>合计：{0}</translation>
    </message>
</context>
<context>
    <name>BringBackDialog</name>
    <message>
        <location filename="../../secdesk/gui/lifecycle/outings_tab.py" line="61"/>
        <source>Check on bringing back</source>
        <translation>带回检查</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/outings_tab.py" line="62"/>
        <source>e.g. page 5 missing, a paper added</source>
        <translation>如：缺第5页、夹带文件</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/outings_tab.py" line="63"/>
        <source>Not back yet</source>
        <translation>尚未带回</translation>
    </message>
</context>
<context>
    <name>CarrierDialog</name>
    <message>
        <location filename="../../secdesk/gui/register/carrier_dialog.py" line="67"/>
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
        <source>Classification basis:</source>
        <translation>定密依据：</translation>
    </message>
    <message>
        <location filename="../../forms/carrier_dialog.ui" line="57"/>
        <source>self-made: e.g. the secrecy scope item</source>
        <translation>自制载体：如保密事项范围的条目</translation>
    </message>
    <message>
        <location filename="../../forms/carrier_dialog.ui" line="58"/>
        <source>Classified by:</source>
        <translation>定密责任人：</translation>
    </message>
    <message>
        <location filename="../../forms/carrier_dialog.ui" line="59"/>
        <source>self-made: the person responsible</source>
        <translation>自制载体：定密责任人</translation>
    </message>
    <message>
        <location filename="../../forms/carrier_dialog.ui" line="60"/>
        <source>Copying forbidden</source>
        <translation>不准复制</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue_tab.py" line="123"/>
        <source>Your role makes no printouts.</source>
        <translation>当前角色没有可打印的报表。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../secdesk/gui/shell/dialogs.py" line="31"/>
        <source>Your password was set by the administrator. Choose your own password before you continue.</source>
        <translation>您的口令由系统管理员设置，继续使用前请设置您自己的口令。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/dialogs.py" line="35"/>
        <source>Your password has not been changed for more than {0} days. Choose a new password before you continue.</source>
        <translation>您的口令已超过{0}天未更换（口令须定期更换），请先设置新口令再继续。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/dialogs.py" line="37"/>
        <source>At least 10 characters, with three of: lower case, upper case, digits, symbols.</source>
        <translation>口令至少10个字符，须包含小写字母、大写字母、数字、符号中的三类。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/dialogs.py" line="44"/>
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
    <name>ChartCard</name>
    <message>
        <location filename="../../secdesk/gui/reports/statistics_tab.py" line="75"/>
        <source>Print this chart…</source>
        <translation>打印此图…</translation>
    </message>
</context>
<context>
    <name>ClearanceListDialog</name>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="95"/>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="129"/>
        <source>Yearly return list</source>
        <translation>年度清退清单</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="100"/>
        <source>the issuing unit</source>
        <translation>发文单位</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="109"/>
        <source>Issued by:</source>
        <translation>发文单位：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="110"/>
        <source>Received up to the end of:</source>
        <translation>收文截至年度：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="112"/>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
</context>
<context>
    <name>CloseIncidentDialog</name>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_dialogs.py" line="186"/>
        <source>Close incident {0}</source>
        <translation>结案 {0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_dialogs.py" line="187"/>
        <source>Incident {0} ({1}), to be closed by {2}. Once closed it cannot be changed.</source>
        <translation>事件{0}（{1}），应于{2}前查处结案。结案后不能再修改。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_dialogs.py" line="190"/>
        <source>the findings of the investigation and what was decided</source>
        <translation>查处结论及处理决定</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_dialogs.py" line="195"/>
        <source>Conclusion:</source>
        <translation>结案意见：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_dialogs.py" line="197"/>
        <source>Close incident</source>
        <translation>结案</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../secdesk/app.py" line="87"/>
        <source>secdesk</source>
        <translation>secdesk</translation>
    </message>
</context>
<context>
    <name>CopyTab</name>
    <message>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="59"/>
        <source>scan or type, then Enter</source>
        <translation>扫描或输入后回车</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="68"/>
        <source>paper: pages per copy</source>
        <translation>纸介质：每份页数</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="73"/>
        <source>who makes the copies</source>
        <translation>承制单位</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="74"/>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="75"/>
        <source>choose, or scan the badge</source>
        <translation>选择，或扫描证卡</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="79"/>
        <source>number of the signed approval form</source>
        <translation>已签批的审批单编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="80"/>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="96"/>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="186"/>
        <source>Register copies</source>
        <translation>登记复制</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="87"/>
        <source>Source carrier:</source>
        <translation>被复制载体：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="89"/>
        <source>Copies:</source>
        <translation>份数：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="90"/>
        <source>Purpose:</source>
        <translation>用途：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="91"/>
        <source>Made by:</source>
        <translation>承制单位：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="92"/>
        <source>Pages each:</source>
        <translation>每份页数：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="93"/>
        <source>Applicant:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="94"/>
        <source>Approved by:</source>
        <translation>批准人：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="95"/>
        <source>Approval form no.:</source>
        <translation>审批单号：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="108"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="108"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="108"/>
        <source>Source carrier</source>
        <translation>被复制载体</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="108"/>
        <source>Title</source>
        <translation>文件资料名称</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="109"/>
        <source>Level</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="109"/>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="109"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="110"/>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="112"/>
        <source>Print labels…</source>
        <translation>打印标签…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="114"/>
        <source>Print copy record…</source>
        <translation>打印复制登记表…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="116"/>
        <source>Print copy register…</source>
        <translation>打印复制登记表（期间）…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="118"/>
        <source>Copying jobs</source>
        <translation>复制记录</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="198"/>
        <source>{0}: {1} copies of {2} registered — {3}. Print their labels and the copy record below.</source>
        <translation>{0}：已登记{2}的复制件{1}份——{3}。请在下方打印标签和复制登记表。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="214"/>
        <source>{0} copying jobs</source>
        <translation>共{0}次复制</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="240"/>
        <source>Copy record</source>
        <translation>复制登记表</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="246"/>
        <source>Print copy register</source>
        <translation>打印复制登记表</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="246"/>
        <source>Copies made from:</source>
        <translation>复制日期自：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/copying_tab.py" line="247"/>
        <source>Copy register</source>
        <translation>复制登记表</translation>
    </message>
</context>
<context>
    <name>CountDialog</name>
    <message>
        <location filename="../../secdesk/gui/lending/station_dialogs.py" line="169"/>
        <source>Check on return</source>
        <translation>归还核对</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/station_dialogs.py" line="173"/>
        <source>e.g. page 5 missing, disc scratched</source>
        <translation>如：缺第5页、光盘划伤</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/station_dialogs.py" line="175"/>
        <source>1  Complete and undamaged</source>
        <translation>1  完好无缺</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/station_dialogs.py" line="176"/>
        <source>2  Damaged or incomplete…</source>
        <translation>2  有缺损…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/station_dialogs.py" line="183"/>
        <source>Press 1 or 2 on the keyboard, or click. Enter answers nothing.</source>
        <translation>请按键盘上的 1 或 2，或用鼠标点击。回车键不作回答。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/station_dialogs.py" line="217"/>
        <source>Describe what is damaged or missing, then click 2 (or press Ctrl+Enter).</source>
        <translation>请说明缺损情况，然后点击 2（或按 Ctrl+回车）。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/station_dialogs.py" line="193"/>
        <source>What is wrong:</source>
        <translation>缺损情况：</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../secdesk/gui/shell/setup_wizard.py" line="49"/>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/setup_wizard.py" line="50"/>
        <source>The register is kept in one encrypted file on this computer. Its key file (.keys) is written beside it.</source>
        <translation>台账保存在本机的一个加密文件中，其密钥文件（.keys）写在同一文件夹。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/setup_wizard.py" line="53"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/setup_wizard.py" line="68"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
</context>
<context>
    <name>DeclassifyDialog</name>
    <message>
        <location filename="../../secdesk/gui/lifecycle/review_tab.py" line="35"/>
        <source>Declassify {0}</source>
        <translation>解密 {0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/review_tab.py" line="36"/>
        <source>{0} ({1}) becomes 内部 (a work secret, no longer a state secret). It stays on the register.</source>
        <translation>{0}（{1}）解密后按内部事项管理，不再属于国家秘密，仍保留在台账中。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/review_tab.py" line="41"/>
        <source>e.g. term ended; declassification review</source>
        <translation>如：保密期限届满，经解密审查</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/review_tab.py" line="50"/>
        <source>Basis:</source>
        <translation>依据：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/review_tab.py" line="51"/>
        <source>Approval reference:</source>
        <translation>审批文号：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/review_tab.py" line="53"/>
        <source>Declassify</source>
        <translation>解密</translation>
    </message>
</context>
<context>
    <name>DestructionTab</name>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="83"/>
        <source>Open batches</source>
        <translation>未完成的批次</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="83"/>
        <source>All batches</source>
        <translation>全部批次</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="88"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="88"/>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="174"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="88"/>
        <source>Reason</source>
        <translation>销毁原因</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="96"/>
        <source>New batch</source>
        <translation>新建批次</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="121"/>
        <source>Details</source>
        <translation>批次信息</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="127"/>
        <source>place, or the destruction unit</source>
        <translation>销毁地点或销毁工作机构</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="134"/>
        <source>choose, or scan a badge</source>
        <translation>选择，或扫描证卡</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="135"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="135"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="140"/>
        <source>Save details</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="143"/>
        <source>Department:</source>
        <translation>所属部门：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="143"/>
        <source>Applicant:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="144"/>
        <source>Reason:</source>
        <translation>销毁原因：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="144"/>
        <source>Method:</source>
        <translation>销毁方式：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="145"/>
        <source>Place / unit:</source>
        <translation>地点/单位：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="145"/>
        <source>Planned date:</source>
        <translation>计划日期：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="146"/>
        <source>Destroyed by:</source>
        <translation>销毁人：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="146"/>
        <source>Received by (unit):</source>
        <translation>接收人：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="154"/>
        <source>Supervisors (2 or more):</source>
        <translation>监销人（两名以上）：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="162"/>
        <source>Carriers to destroy</source>
        <translation>销毁清单</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="164"/>
        <source>Scan or type carrier numbers and press Enter</source>
        <translation>扫描或输入载体编号后回车</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="166"/>
        <source>Take off the list</source>
        <translation>移出清单</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="172"/>
        <source>Carrier no.</source>
        <translation>载体编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="172"/>
        <source>Marking</source>
        <translation>密级标志</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="172"/>
        <source>Type</source>
        <translation>载体类别</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="173"/>
        <source>Title</source>
        <translation>文件资料名称</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="173"/>
        <source>Copy</source>
        <translation>份号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="173"/>
        <source>Custodian</source>
        <translation>保管人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="192"/>
        <source>Print approval form and list…</source>
        <translation>打印审批表及清单…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="194"/>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="196"/>
        <source>Record destruction…</source>
        <translation>登记已销毁…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="198"/>
        <source>Cancel batch…</source>
        <translation>撤销批次…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="263"/>
        <source>No batch chosen</source>
        <translation>未选择批次</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="298"/>
        <source>Total: {0} carriers — {1}</source>
        <translation>合计：{0}件——{1}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="378"/>
        <source>Destruction forms</source>
        <translation>销毁审批表及清单</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="400"/>
        <source>Cancel batch</source>
        <translation>撤销批次</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_page.py" line="400"/>
        <source>Reason for cancelling:</source>
        <translation>撤销原因：</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <location filename="../../secdesk/gui/transfer/import_run.py" line="95"/>
        <source>Dry run</source>
        <translation>试导入</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_run.py" line="96"/>
        <source>What the import would do with every row of the file. Nothing has been written.</source>
        <translation>导入将如何处理文件中的每一行。尚未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_run.py" line="98"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_run.py" line="106"/>
        <source>All rows</source>
        <translation>全部行</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_run.py" line="112"/>
        <source>Skip the rows in error and import the others</source>
        <translation>跳过有错误的行，只导入无误的行</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_run.py" line="118"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_run.py" line="133"/>
        <source>Checking every row of the file…</source>
        <translation>正在逐行检查文件…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_run.py" line="140"/>
        <source>File {0}, sheet “{1}”: {2}</source>
        <translation>文件 {0}，工作表“{1}”：{2}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_run.py" line="154"/>
        <source>Nothing new to import.</source>
        <translation>没有需要导入的新数据。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_run.py" line="157"/>
        <source>{0} rows have errors: nothing will be imported while they remain. Correct them in the file and choose it again, or tick “Skip the rows in error”.</source>
        <translation>{0}行有错误：存在错误行时不会导入任何数据。请在文件中改正后重新选择该文件，或勾选“跳过有错误的行”。</translation>
    </message>
</context>
<context>
    <name>ExecuteDialog</name>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_dialogs.py" line="115"/>
        <source>Record destruction of batch {0}</source>
        <translation>登记销毁批次{0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_dialogs.py" line="120"/>
        <source>After this, the {0} carriers of the batch are destroyed in the register. This cannot be undone.</source>
        <translation>确认后，本批次{0}件载体在台账中标记为已销毁，不可恢复。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_dialogs.py" line="126"/>
        <source>Destroyed on:</source>
        <translation>销毁日期：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_dialogs.py" line="127"/>
        <source>Destroyed by:</source>
        <translation>销毁人：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_dialogs.py" line="128"/>
        <source>Supervisors (2 or more, not the person destroying)</source>
        <translation>监销人（两名以上，不得为销毁人）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_dialogs.py" line="135"/>
        <source>Add supervisor</source>
        <translation>增加监销人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_dialogs.py" line="146"/>
        <source>Record as destroyed</source>
        <translation>确认已销毁</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../secdesk/gui/transfer/export_dialog.py" line="51"/>
        <source>Export register</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/export_dialog.py" line="51"/>
        <source>Export lending register</source>
        <translation>导出借阅登记表</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/export_dialog.py" line="52"/>
        <source>Export personnel roster</source>
        <translation>导出涉密人员名册</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/export_dialog.py" line="55"/>
        <source>All loans</source>
        <translation>全部借阅</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/export_dialog.py" line="58"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/export_dialog.py" line="58"/>
        <source>CSV, UTF-8 (Excel, WPS)</source>
        <translation>CSV，UTF-8（Excel、WPS）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/export_dialog.py" line="59"/>
        <source>CSV, GB18030 (older WPS)</source>
        <translation>CSV，GB18030（旧版WPS）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/export_dialog.py" line="63"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/export_dialog.py" line="75"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/export_dialog.py" line="89"/>
        <source>Exported:</source>
        <translation>导出内容：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/export_dialog.py" line="92"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/export_dialog.py" line="95"/>
        <source>Lent from:</source>
        <translation>借阅日期：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/export_dialog.py" line="96"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/export_dialog.py" line="100"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/export_dialog.py" line="124"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/export_dialog.py" line="125"/>
        <source>This file will be as secret as what it holds.</source>
        <translation>导出的文件与其内容同等密级。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/export_dialog.py" line="136"/>
        <source>{0} ({1}): {2} rows, marked {3}</source>
        <translation>{0}（{1}）：{2}行，密级标志 {3}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/export_dialog.py" line="140"/>
        <source>&lt;b&gt;This file holds work secrets (内部).&lt;/b&gt; Its marking is on its first row and in its name. Keep it inside the unit: write it only to approved media, never copy it to a networked computer, and destroy it when no longer needed.</source>
        <translation>&lt;b&gt;本文件含内部事项（工作秘密）。&lt;/b&gt;标志在文件第一行和文件名中。请在本单位内部保管：只能存入经批准的介质，严禁拷入联网计算机，不再需要时予以销毁。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/export_dialog.py" line="145"/>
        <source>&lt;b&gt;This file is as secret as what it holds: {0}.&lt;/b&gt; Its marking is on its first row and its level in its name. Keep and handle it as a {0} carrier: write it only to approved secret media, register that medium, never copy it to a networked computer, and destroy it as such when no longer needed.</source>
        <translation>&lt;b&gt;导出的文件与其内容同等密级：{0}。&lt;/b&gt;密级标志在文件第一行，密级写在文件名中。请按{0}级涉密载体保管和使用：只能存入经批准的涉密存储介质并登记该介质，严禁拷入联网计算机，不再需要时按涉密载体销毁。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/export_dialog.py" line="166"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/export_dialog.py" line="167"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/export_dialog.py" line="178"/>
        <source>Give the file to export to.</source>
        <translation>请填写导出文件。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/export_dialog.py" line="188"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/export_dialog.py" line="196"/>
        <source>{0} rows exported to
{1}

Marked {2}: keep and handle the file at that level.</source>
        <translation>已导出{0}行到
{1}

密级标志 {2}：请按此密级保管和使用该文件。</translation>
    </message>
</context>
<context>
    <name>FatesModel</name>
    <message>
        <location filename="../../secdesk/gui/transfer/fates_model.py" line="39"/>
        <source>Numbers</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/fates_model.py" line="55"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/fates_model.py" line="55"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/fates_model.py" line="55"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/fates_model.py" line="55"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../secdesk/gui/transfer/import_wizard.py" line="57"/>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_wizard.py" line="58"/>
        <source>The spreadsheet to import and, in a workbook, its sheet.</source>
        <translation>要导入的电子表格文件，以及工作簿中的工作表。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_wizard.py" line="62"/>
        <source>Path of the .xlsx or .csv file</source>
        <translation>.xlsx 或 .csv 文件的路径</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_wizard.py" line="64"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_wizard.py" line="74"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_wizard.py" line="80"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_wizard.py" line="90"/>
        <source>Bring an old carrier register in from Excel or WPS (.xlsx) or a CSV file (UTF-8, GBK or GB18030). The heading row is found even below a title; the next step shows which column holds what. Nothing is written before the last step, and then all valid rows are written together or none.</source>
        <translation>从 Excel 或 WPS 文件（.xlsx）或 CSV 文件（UTF-8、GBK 或 GB18030）导入原有涉密载体台账。表头在标题下方也能找到；下一步显示每一列对应的内容。最后一步之前不写入任何数据，最后一步将所有无误的行一次写入，要么全部写入，要么全不写入。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_wizard.py" line="95"/>
        <source>Bring a roster of cleared people (涉密人员名册) in from Excel or WPS (.xlsx) or a CSV file. ID numbers are checked; a person already on file is not filed twice. Nothing is written before the last step.</source>
        <translation>从 Excel 或 WPS 文件（.xlsx）或 CSV 文件导入涉密人员名册。证件号将被校验；已有档案的人员不会重复建档。最后一步之前不写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_wizard.py" line="101"/>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_wizard.py" line="102"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>电子表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_wizard.py" line="121"/>
        <source>(the first sheet with a heading row)</source>
        <translation>（第一个有表头的工作表）</translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_dialogs.py" line="120"/>
        <source>Finish inventory {0}</source>
        <translation>结束清点 {0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_dialogs.py" line="123"/>
        <source>{0}: expected in the room {1}, found {2}; not found {3}, unexpected {4}, lent or out {5}.</source>
        <translation>清点范围为{0}。在库应有{1}件，实有{2}件；未找到{3}件，异常{4}件，借出或外出{5}件。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_dialogs.py" line="128"/>
        <source>Checkers ({0} or more, each signs the record)</source>
        <translation>清查人（{0}名以上，在清查记录上签字）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_dialogs.py" line="133"/>
        <source>Add checker</source>
        <translation>增加清查人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_dialogs.py" line="141"/>
        <source>e.g. differences explained, what will be done</source>
        <translation>如差异原因、处理措施</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_dialogs.py" line="142"/>
        <source>Register the carriers not found as missing (下落不明)</source>
        <translation>将未找到的载体登记为下落不明</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_dialogs.py" line="148"/>
        <source>After this the result is frozen: nothing can be scanned or changed in this session.</source>
        <translation>结束后清点结果即固定，不能再扫描或更改。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_dialogs.py" line="156"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_dialogs.py" line="157"/>
        <source>Finish inventory</source>
        <translation>结束清点</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_dialogs.py" line="173"/>
        <source>choose, or scan the badge</source>
        <translation>选择，或扫描证卡</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_dialogs.py" line="176"/>
        <source>Checker {0}:</source>
        <translation>清查人{0}：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_dialogs.py" line="184"/>
        <source>Every carrier expected in the room was found or is already registered missing.</source>
        <translation>在库应有的载体均已找到，或已登记为下落不明。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_dialogs.py" line="187"/>
        <source>{0} carriers not found will be registered missing today; their search deadline starts now.</source>
        <translation>将把{0}件未找到的载体登记为下落不明，查找期限自今日起算。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_dialogs.py" line="190"/>
        <source>{0} carriers not found stay as they are in the register; register them missing later if they are not found.</source>
        <translation>{0}件未找到的载体暂不改变台账状态；如仍找不到，请另行登记下落不明。</translation>
    </message>
</context>
<context>
    <name>FoundDialog</name>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_dialogs.py" line="94"/>
        <source>Carrier found: {0}</source>
        <translation>找回载体 {0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_dialogs.py" line="95"/>
        <source>{0} ({1}), missing since {2}, goes back to {3}.</source>
        <translation>{0}（{1}），自{2}起下落不明，找回后恢复为{3}。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_dialogs.py" line="100"/>
        <source>where, by whom, in what condition</source>
        <translation>在何处、由谁找回，载体是否完好</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_dialogs.py" line="105"/>
        <source>Found:</source>
        <translation>找回情况：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_dialogs.py" line="107"/>
        <source>Record as found</source>
        <translation>登记找回</translation>
    </message>
</context>
<context>
    <name>HoldsDialog</name>
    <message>
        <location filename="../../secdesk/gui/lending/holds_dialog.py" line="38"/>
        <source>Held for checking</source>
        <translation>待核查载体</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/holds_dialog.py" line="41"/>
        <source>Carrier no.</source>
        <translation>载体编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/holds_dialog.py" line="41"/>
        <source>Marking</source>
        <translation>密级标志</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/holds_dialog.py" line="41"/>
        <source>Found on return</source>
        <translation>归还时发现</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/holds_dialog.py" line="48"/>
        <source>Checked: release for lending…</source>
        <translation>核查完毕，恢复借出…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/holds_dialog.py" line="71"/>
        <source>{0} carriers held</source>
        <translation>{0} 件待核查</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/holds_dialog.py" line="71"/>
        <source>Nothing is held.</source>
        <translation>没有待核查的载体。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/holds_dialog.py" line="80"/>
        <source>Release {0}</source>
        <translation>解除待核查 {0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/holds_dialog.py" line="81"/>
        <source>Conclusion of the check:</source>
        <translation>核查结论：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/holds_dialog.py" line="82"/>
        <source>Release for lending</source>
        <translation>解除，可再借出</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/holds_dialog.py" line="84"/>
        <source>Scanned {0}: not taken while the conclusion is written</source>
        <translation>已扫描 {0}：正在填写核查结论，未采用</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/holds_dialog.py" line="101"/>
        <source>Scanned {0}: selected</source>
        <translation>已扫描 {0}：已选中</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/holds_dialog.py" line="103"/>
        <source>Scanned {0}: not held for checking</source>
        <translation>已扫描 {0}：不在待核查之列</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../secdesk/gui/transfer/import_run.py" line="180"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_run.py" line="181"/>
        <source>All rows are written in one step: if anything fails or you cancel, nothing is written.</source>
        <translation>所有行一次写入：任何环节失败或取消，都不会写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_run.py" line="184"/>
        <source>Show result</source>
        <translation>查看结果</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_run.py" line="190"/>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_run.py" line="207"/>
        <source>Reading the file again and checking every row…</source>
        <translation>正在重新读取文件并逐行检查…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_run.py" line="221"/>
        <source>Writing row {0} of {1}…</source>
        <translation>正在写入第{0}行，共{1}行…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_run.py" line="228"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_run.py" line="235"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_run.py" line="244"/>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_run.py" line="246"/>
        <source>Not imported: the file changed since the dry run and now has rows in error. Nothing was written.</source>
        <translation>未导入：试导入后文件已被修改，现有错误行。未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_run.py" line="250"/>
        <source>Not imported: nothing was written.</source>
        <translation>未导入：未写入任何数据。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../secdesk/gui/transfer/import_wizard.py" line="244"/>
        <source>Numbers given</source>
        <translation>分配的载体编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_wizard.py" line="244"/>
        <source>Badges given</source>
        <translation>分配的证卡号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_wizard.py" line="245"/>
        <source>Import register</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_wizard.py" line="245"/>
        <source>Import personnel roster</source>
        <translation>导入涉密人员名册</translation>
    </message>
</context>
<context>
    <name>IncidentReportDialog</name>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_dialogs.py" line="122"/>
        <source>Incident report {0}</source>
        <translation>泄密事件报告 {0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_dialogs.py" line="127"/>
        <source>what was done or will be done to limit the harm</source>
        <translation>已采取或拟采取的补救措施</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_dialogs.py" line="133"/>
        <source>Course of events:</source>
        <translation>简要经过：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_dialogs.py" line="134"/>
        <source>Search done:</source>
        <translation>已进行的查找工作：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_dialogs.py" line="135"/>
        <source>Remedies:</source>
        <translation>已采取或拟采取的补救措施：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_dialogs.py" line="137"/>
        <source>Save report</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="51"/>
        <source>Show found carriers and closed incidents too</source>
        <translation>同时显示已找回的载体和已结案的事件</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="68"/>
        <source>Missing carriers</source>
        <translation>下落不明的载体</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="70"/>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="91"/>
        <source>Carrier no.</source>
        <translation>载体编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="70"/>
        <source>Marking</source>
        <translation>密级标志</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="70"/>
        <source>Title</source>
        <translation>文件资料名称</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="71"/>
        <source>Missing since</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="71"/>
        <source>Search deadline</source>
        <translation>查找期限</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="71"/>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="72"/>
        <source>Incident</source>
        <translation>事件编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="74"/>
        <source>Register missing…</source>
        <translation>登记下落不明…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="76"/>
        <source>Found…</source>
        <translation>已找回…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="89"/>
        <source>Incidents (handled as a leak)</source>
        <translation>泄密事件</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="91"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="91"/>
        <source>Opened</source>
        <translation>立案时间</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="92"/>
        <source>Report due</source>
        <translation>报告时限</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="92"/>
        <source>Reported</source>
        <translation>已报告</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="92"/>
        <source>Close by</source>
        <translation>结案期限</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="93"/>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="95"/>
        <source>Report texts…</source>
        <translation>填写报告…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="97"/>
        <source>Report made…</source>
        <translation>登记已报告…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="99"/>
        <source>Close…</source>
        <translation>结案…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="101"/>
        <source>Print report form…</source>
        <translation>打印报告登记表…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="145"/>
        <source>Found {0}</source>
        <translation>{0}已找回</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="147"/>
        <source>No deadline (内部)</source>
        <translation>无时限（内部）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="150"/>
        <source>{0} days past</source>
        <translation>已逾期{0}天</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="152"/>
        <source>Last day today</source>
        <translation>今日为最后一天</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="153"/>
        <source>{0} days</source>
        <translation>{0}天</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="169"/>
        <source>{0} carriers missing</source>
        <translation>下落不明{0}件</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="186"/>
        <source>Not yet</source>
        <translation>未报告</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="187"/>
        <source>Open</source>
        <translation>未结案</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="190"/>
        <source>{0} open incidents</source>
        <translation>未结案事件{0}件</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="222"/>
        <source>none (内部)</source>
        <translation>无（内部）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="223"/>
        <source>{0} registered missing since {1}; search deadline {2}.</source>
        <translation>{0}已登记下落不明，发现日期{1}，查找期限{2}。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="233"/>
        <source>{0} found: back to {1}.</source>
        <translation>{0}已找回，恢复为{1}。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="242"/>
        <source>Report texts of {0} saved.</source>
        <translation>{0}的报告内容已保存。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="251"/>
        <source>Report of {0} recorded.</source>
        <translation>{0}已登记报告。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="260"/>
        <source>Incident {0} closed.</source>
        <translation>事件{0}已结案。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_tab.py" line="273"/>
        <source>Incident report form</source>
        <translation>泄密事件报告登记表</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="61"/>
        <source>Record an inspection</source>
        <translation>登记检查</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="65"/>
        <source>Monthly self-check</source>
        <translation>自查</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="65"/>
        <source>Quarterly</source>
        <translation>季度检查</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="66"/>
        <source>Yearly</source>
        <translation>年度检查</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="66"/>
        <source>Special</source>
        <translation>专项检查</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="70"/>
        <source>names, and the committee or office they came from</source>
        <translation>检查人姓名及所在保密委员会或部门</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="73"/>
        <source>e.g. secrecy room, carrier register, personnel files</source>
        <translation>如保密室、载体台账、涉密人员档案</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="76"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="76"/>
        <source>Problem found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="83"/>
        <source>Add problem</source>
        <translation>增加问题</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="86"/>
        <source>Remove problem</source>
        <translation>删除问题</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="93"/>
        <source>Held on:</source>
        <translation>检查日期：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="94"/>
        <source>Kind:</source>
        <translation>检查类别：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="95"/>
        <source>Inspectors:</source>
        <translation>检查人：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="96"/>
        <source>Scope:</source>
        <translation>检查范围：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="97"/>
        <source>Summary:</source>
        <translation>检查情况：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="99"/>
        <source>Problems found (none: leave the list empty):</source>
        <translation>发现的问题（未发现问题则不填）：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="107"/>
        <source>Record inspection</source>
        <translation>登记检查</translation>
    </message>
</context>
<context>
    <name>InspectionsTab</name>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="45"/>
        <source>Monthly self-check</source>
        <translation>自查</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="45"/>
        <source>Quarterly</source>
        <translation>季度检查</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="46"/>
        <source>Yearly</source>
        <translation>年度检查</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="46"/>
        <source>Special</source>
        <translation>专项检查</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="60"/>
        <source>Inspections</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="62"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="62"/>
        <source>Held on</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="62"/>
        <source>Kind</source>
        <translation>检查类别</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="62"/>
        <source>Inspectors</source>
        <translation>检查人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="63"/>
        <source>Problems</source>
        <translation>问题数</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="65"/>
        <source>Record inspection…</source>
        <translation>登记检查…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="81"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="81"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="81"/>
        <source>Notice</source>
        <translation>整改通知书</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="82"/>
        <source>Rectification</source>
        <translation>整改情况</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="84"/>
        <source>Issue notice…</source>
        <translation>下发整改通知书…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="86"/>
        <source>Record report…</source>
        <translation>登记整改报告…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="88"/>
        <source>Re-check…</source>
        <translation>复查…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="90"/>
        <source>Print notice…</source>
        <translation>打印整改通知书…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="136"/>
        <source>{0} ({1} open)</source>
        <translation>{0}（{1}项未关闭）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="142"/>
        <source>{0} inspections</source>
        <translation>检查{0}次</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="153"/>
        <source>No notice yet</source>
        <translation>未下发整改通知书</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="155"/>
        <source>Closed {0}</source>
        <translation>已关闭（{0}复查合格）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="157"/>
        <source>Report back {0}, awaiting re-check</source>
        <translation>{0}已报告整改情况，待复查</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="161"/>
        <source>Overdue since {0}</source>
        <translation>逾期未整改（期限{0}）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="162"/>
        <source>Re-check failed; rectifying, due {0}</source>
        <translation>复查未通过，重新整改，期限{0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="163"/>
        <source>Rectifying, due {0}</source>
        <translation>整改中，期限{0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="167"/>
        <source>Problems found by {0}</source>
        <translation>{0}发现的问题</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="168"/>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="171"/>
        <source>Choose an inspection above.</source>
        <translation>请在上方选择一次检查。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="173"/>
        <source>Scope: {0}</source>
        <translation>范围：{0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="174"/>
        <source>Summary: {0}</source>
        <translation>检查情况：{0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="177"/>
        <source>No problems were found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="214"/>
        <source>{0} recorded with {1} problems.</source>
        <translation>{0}已登记，发现问题{1}项。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="228"/>
        <source>Notice {0} issued, due {1}. Print it for the department.</source>
        <translation>整改通知书{0}已下发，整改期限{1}。请打印交被检查部门。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="232"/>
        <source>Report on {0} recorded; the officer re-checks it.</source>
        <translation>{0}的整改情况已登记，待安全保密管理员复查。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="236"/>
        <source>Re-check of {0} recorded.</source>
        <translation>{0}的复查结果已登记。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_tab.py" line="249"/>
        <source>Rectification notice</source>
        <translation>保密工作整改通知书</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_page.py" line="35"/>
        <source>Inventory</source>
        <translation>清点</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_page.py" line="36"/>
        <source>Missing carriers and incidents</source>
        <translation>下落不明与泄密事件</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_page.py" line="37"/>
        <source>Inspections and rectification</source>
        <translation>检查与整改</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_page.py" line="38"/>
        <source>Quarterly register</source>
        <translation>季度台账</translation>
    </message>
</context>
<context>
    <name>InventoryTab</name>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="176"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="90"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="90"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="90"/>
        <source>Started</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="90"/>
        <source>Inventory no.</source>
        <translation>清点编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="93"/>
        <source>New inventory…</source>
        <translation>开始清点…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="112"/>
        <source>Finish…</source>
        <translation>结束清点…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="114"/>
        <source>Print inventory record…</source>
        <translation>打印清查记录…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="136"/>
        <source>Scan each carrier found (or type its number and press Enter)</source>
        <translation>逐件扫描清点到的载体（或输入载体编号后按回车）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="163"/>
        <source>Refresh list</source>
        <translation>刷新列表</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="169"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="176"/>
        <source>Carrier no.</source>
        <translation>载体编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="176"/>
        <source>Title</source>
        <translation>文件资料名称</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="177"/>
        <source>Level</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="177"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="177"/>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="276"/>
        <source>No inventory chosen</source>
        <translation>未选择清点</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="277"/>
        <source>Choose an inventory on the left, or start a new one.</source>
        <translation>请在左侧选择一次清点，或开始新的清点。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="278"/>
        <source>Choose an inventory on the left.</source>
        <translation>请在左侧选择一次清点。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="289"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="296"/>
        <source>Scope: {0}. Started {1} by {2}.</source>
        <translation>范围：{0}。{1} 由 {2} 开始。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="299"/>
        <source>Finished {0}; checkers: {1}.</source>
        <translation>{0} 结束；清查人：{1}。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="302"/>
        <source>Note: {0}</source>
        <translation>备注：{0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="306"/>
        <source>Expected {0}&#x3000;Found {1}&#x3000;Not found {2}</source>
        <translation>应有 {0}&#x3000;实有 {1}&#x3000;未找到 {2}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="307"/>
        <source>Expected {0}&#x3000;Scanned {1}&#x3000;Left {2}</source>
        <translation>应有 {0}&#x3000;已扫 {1}&#x3000;剩余 {2}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="316"/>
        <source>Pause</source>
        <translation>暂停清点</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="316"/>
        <source>Resume</source>
        <translation>继续清点</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="320"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="320"/>
        <source>Resume to go on scanning.</source>
        <translation>点击“继续清点”后再扫描。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="324"/>
        <source>All lines ({0})</source>
        <translation>全部（{0}）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="329"/>
        <source>{0} carriers scanned more than once</source>
        <translation>{0}件载体重复扫描</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="354"/>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="359"/>
        <source>Not counted: {0}</source>
        <translation>未计入：{0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="360"/>
        <source>A dialog was open: close it, then scan this carrier again.</source>
        <translation>扫描时有对话框未关闭：请先关闭对话框，再重新扫描该载体。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_tab.py" line="440"/>
        <source>Inventory record</source>
        <translation>涉密载体清查记录</translation>
    </message>
</context>
<context>
    <name>LabelPrintDialog</name>
    <message>
        <location filename="../../secdesk/gui/shell/label_print.py" line="39"/>
        <source>Print labels</source>
        <translation>打印标签</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/label_print.py" line="41"/>
        <source>Roll label 50 × 30 mm</source>
        <translation>卷筒标签 50×30 毫米</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/label_print.py" line="42"/>
        <source>Roll label 40 × 20 mm (USB drives)</source>
        <translation>卷筒标签 40×20 毫米（U盘）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/label_print.py" line="43"/>
        <source>A4 sheet, 3 × 8 labels</source>
        <translation>A4 标签纸，3×8 枚</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/label_print.py" line="54"/>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/label_print.py" line="58"/>
        <source>{0} carriers</source>
        <translation>{0} 件载体</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/label_print.py" line="60"/>
        <source>Label stock:</source>
        <translation>标签纸：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/label_print.py" line="61"/>
        <source>Start at position (part-used sheet):</source>
        <translation>起始位置（用过部分的标签纸）：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/label_print.py" line="77"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/label_print.py" line="77"/>
        <source> (reprint 补: {0})</source>
        <translation>（补打 {0} 枚）</translation>
    </message>
</context>
<context>
    <name>LeavingDialog</name>
    <message>
        <location filename="../../secdesk/gui/personnel/leaving_dialog.py" line="37"/>
        <source>Leaving: {0}</source>
        <translation>办理离岗：{0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/leaving_dialog.py" line="46"/>
        <source>enter the day it was signed</source>
        <translation>请填写签订日期</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/leaving_dialog.py" line="53"/>
        <source>Carrier no.</source>
        <translation>载体编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/leaving_dialog.py" line="53"/>
        <source>Marking</source>
        <translation>密级标志</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/leaving_dialog.py" line="53"/>
        <source>Held as</source>
        <translation>持有方式</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/leaving_dialog.py" line="54"/>
        <source>What happens to it</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/leaving_dialog.py" line="61"/>
        <source>Complete leaving</source>
        <translation>办理离岗</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/leaving_dialog.py" line="80"/>
        <source>Declassification period: {0} to {1}</source>
        <translation>脱密期：{0} 至 {1}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/leaving_dialog.py" line="89"/>
        <source>On loan, due {0}</source>
        <translation>借出未还，应还日期 {0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/leaving_dialog.py" line="90"/>
        <source>Must be returned first</source>
        <translation>须先归还</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/leaving_dialog.py" line="92"/>
        <source>Custodian, missing</source>
        <translation>保管（下落不明）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/leaving_dialog.py" line="93"/>
        <source>Cannot be handed over: it must be found first</source>
        <translation>不能移交：须先找回</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/leaving_dialog.py" line="95"/>
        <source>Custodian</source>
        <translation>保管人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/leaving_dialog.py" line="114"/>
        <source>Choose the successor…</source>
        <translation>选择接替人…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/leaving_dialog.py" line="148"/>
        <source>{0} carrier(s) in the person&apos;s keeping are missing: they cannot be handed over until found or the incident is closed.</source>
        <translation>其保管的{0}件载体下落不明：找回或事件结案前不能移交，不能办理离岗。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/leaving_dialog.py" line="151"/>
        <source>{0} of the {1} carriers in the person&apos;s keeping have no successor yet.</source>
        <translation>本人保管的 {1} 件载体中，尚有 {0} 件未选择接替保管人。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/leaving_dialog.py" line="154"/>
        <source>Enter the date the leaving undertaking was signed.</source>
        <translation>请填写离岗保密承诺书的签订日期。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/leaving_dialog.py" line="105"/>
        <source>The person holds no classified carrier.</source>
        <translation>该人员未持有涉密载体。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/leaving_dialog.py" line="145"/>
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
        <location filename="../../secdesk/gui/lending/lending_page.py" line="141"/>
        <source>Scan station</source>
        <translation>借阅台</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/lending_page.py" line="142"/>
        <source>Loans</source>
        <translation>借阅记录</translation>
    </message>
</context>
<context>
    <name>LifecyclePage</name>
    <message>
        <location filename="../../secdesk/gui/lifecycle/lifecycle_page.py" line="31"/>
        <source>Destruction</source>
        <translation>销毁</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/lifecycle_page.py" line="31"/>
        <source>Copying</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/lifecycle_page.py" line="32"/>
        <source>Carrying out</source>
        <translation>外出携带</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/lifecycle_page.py" line="32"/>
        <source>Transfer and return</source>
        <translation>移交/清退</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/lifecycle_page.py" line="33"/>
        <source>Declassification review</source>
        <translation>解密审查</translation>
    </message>
</context>
<context>
    <name>LoansView</name>
    <message>
        <location filename="../../secdesk/gui/lending/lending_page.py" line="56"/>
        <source>Out now</source>
        <translation>在借</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/lending_page.py" line="56"/>
        <source>Overdue or due today</source>
        <translation>逾期及今日到期</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/lending_page.py" line="57"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/lending_page.py" line="57"/>
        <source>Latest 200 loans</source>
        <translation>最近200次借阅</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/lending_page.py" line="62"/>
        <source>Carrier no.</source>
        <translation>载体编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/lending_page.py" line="62"/>
        <source>Title</source>
        <translation>文件资料名称</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/lending_page.py" line="62"/>
        <source>Marking</source>
        <translation>密级标志</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/lending_page.py" line="62"/>
        <source>Borrower</source>
        <translation>借阅人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/lending_page.py" line="63"/>
        <source>Lent</source>
        <translation>借出时间</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/lending_page.py" line="63"/>
        <source>Due</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/lending_page.py" line="63"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/lending_page.py" line="63"/>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/lending_page.py" line="64"/>
        <source>Reading place</source>
        <translation>阅读地点</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/lending_page.py" line="72"/>
        <source>Print lending register…</source>
        <translation>打印借阅登记表…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/lending_page.py" line="74"/>
        <source>Print overdue reminders…</source>
        <translation>打印催还通知…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/lending_page.py" line="76"/>
        <source>Borrower&apos;s holdings…</source>
        <translation>借阅人在借清单…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/lending_page.py" line="77"/>
        <source>Select a loan first: prints what its borrower holds now</source>
        <translation>请先选择一条借阅：打印该借阅人当前在借的载体</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/lending_page.py" line="83"/>
        <source>Held for checking…</source>
        <translation>待核查载体…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/lending_page.py" line="125"/>
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
        <location filename="../../secdesk/gui/shell/main_window.py" line="101"/>
        <source>Register</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/main_window.py" line="102"/>
        <source>Lending</source>
        <translation>借阅</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/main_window.py" line="103"/>
        <source>Personnel</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/main_window.py" line="104"/>
        <source>Destruction &amp; movements</source>
        <translation>销毁与流转</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/main_window.py" line="105"/>
        <source>Inventory</source>
        <translation>清点</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/main_window.py" line="106"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/main_window.py" line="107"/>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/main_window.py" line="108"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/main_window.py" line="107"/>
        <source>auditor</source>
        <translation>安全审计员</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/main_window.py" line="99"/>
        <source>clerk, security officer, auditor</source>
        <translation>保密员、安全保密管理员、安全审计员</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/main_window.py" line="146"/>
        <source>Database: {0}</source>
        <translation>数据库：{0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/main_window.py" line="154"/>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/main_window.py" line="155"/>
        <source>Change password…</source>
        <translation>修改口令…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/main_window.py" line="156"/>
        <source>Lock screen</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/main_window.py" line="157"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/main_window.py" line="161"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/main_window.py" line="170"/>
        <source>secdesk — {0}</source>
        <translation>secdesk 涉密载体管理 — {0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/main_window.py" line="171"/>
        <source>Account: {0} ({1})</source>
        <translation>当前账户：{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/main_window.py" line="261"/>
        <source>The screen was locked and the database closed. {0}, enter your password to continue.</source>
        <translation>屏幕已锁定，数据库已关闭。{0}，请输入口令继续。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/main_window.py" line="339"/>
        <source>Classified computer must not be networked: {0} is up</source>
        <translation>涉密计算机不得联网：检测到网络连接 {0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/main_window.py" line="343"/>
        <source>Network: CONNECTED</source>
        <translation>网络：已联网！</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/main_window.py" line="347"/>
        <source>Network: not connected</source>
        <translation>网络：未联网</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../secdesk/gui/transfer/import_wizard.py" line="142"/>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_wizard.py" line="143"/>
        <source>Which field each column of the file is taken as.</source>
        <translation>文件中每一列对应的字段。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_wizard.py" line="149"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_wizard.py" line="149"/>
        <source>Heading in the file</source>
        <translation>文件中的表头</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_wizard.py" line="150"/>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_wizard.py" line="150"/>
        <source>Taken as</source>
        <translation>对应字段</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_wizard.py" line="166"/>
        <source>Reading the headings…</source>
        <translation>正在读取表头…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_wizard.py" line="171"/>
        <source>The file cannot be imported as it is:</source>
        <translation>该文件目前无法导入：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_wizard.py" line="180"/>
        <source>sheet “{0}”, </source>
        <translation>工作表“{0}”</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_wizard.py" line="181"/>
        <source>The headings are in {0}row {1}. Check what each column is taken as and change any that is wrong; columns taken as nothing are not imported.</source>
        <translation>表头在{0}第{1}行。请核对每一列对应的字段，有误的请改正；对应为“不导入”的列不会导入。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_wizard.py" line="184"/>
        <source>The mapping you confirmed for a file with these headings is used again.</source>
        <translation>已沿用上次为相同表头的文件确认的列对应。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_wizard.py" line="186"/>
        <source>The headings are in {0}row {1}. The roster&apos;s columns are recognised by their headings: to change one, rename the heading in the file.</source>
        <translation>表头在{0}第{1}行。人员名册按表头识别各列：如需更改，请在文件中修改表头。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_wizard.py" line="202"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <location filename="../../secdesk/gui/shell/pages.py" line="32"/>
        <source>Not yet available in this version. Until it is, keep this part of the register on paper as before.</source>
        <translation>本版本尚未提供此功能。在提供之前，请继续按原有纸质台账办理。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/pages.py" line="39"/>
        <source>Your role may not open this page ({0} only).</source>
        <translation>您的角色无权打开此页面（仅限{0}）。</translation>
    </message>
</context>
<context>
    <name>MissingDialog</name>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_dialogs.py" line="50"/>
        <source>Register a carrier missing</source>
        <translation>登记下落不明</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_dialogs.py" line="51"/>
        <source>The carrier is not where the register says. Its search deadline starts on the day of discovery: 10 days for 绝密, 60 days for 机密 and 秘密.</source>
        <translation>载体不在台账所记位置。查找期限自发现之日起算：绝密10天，机密、秘密60天。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_dialogs.py" line="56"/>
        <source>scan or type the carrier number</source>
        <translation>扫描或输入载体编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_dialogs.py" line="64"/>
        <source>where it should have been</source>
        <translation>原应存放的位置</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_dialogs.py" line="73"/>
        <source>Carrier no.:</source>
        <translation>载体编号：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_dialogs.py" line="74"/>
        <source>Found missing on:</source>
        <translation>发现日期：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_dialogs.py" line="75"/>
        <source>Place:</source>
        <translation>发现地点：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_dialogs.py" line="76"/>
        <source>Found missing by:</source>
        <translation>发现人：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_dialogs.py" line="77"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_dialogs.py" line="79"/>
        <source>Register missing</source>
        <translation>登记下落不明</translation>
    </message>
</context>
<context>
    <name>NewInventoryDialog</name>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_dialogs.py" line="42"/>
        <source>New inventory</source>
        <translation>开始清点</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_dialogs.py" line="44"/>
        <source>One storage location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_dialogs.py" line="45"/>
        <source>One classification level</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_dialogs.py" line="46"/>
        <source>All carriers</source>
        <translation>全部载体</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_dialogs.py" line="54"/>
        <source>as written in the register, e.g. A柜1层</source>
        <translation>与台账所填一致，如 A柜1层</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_dialogs.py" line="61"/>
        <source>every carrier in the room, lent or carried out</source>
        <translation>在库、借出、外出的全部载体</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_dialogs.py" line="64"/>
        <source>The carriers the register places in this scope are listed now; then scan every carrier you find there.</source>
        <translation>开始时按台账列出此范围内应有的载体；然后逐件扫描实际清点到的载体。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_dialogs.py" line="73"/>
        <source>Scope:</source>
        <translation>清点范围：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_dialogs.py" line="76"/>
        <source>Start inventory</source>
        <translation>开始清点</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_dialogs.py" line="97"/>
        <source>Location:</source>
        <translation>存放位置：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inventory_dialogs.py" line="97"/>
        <source>Level:</source>
        <translation>密级：</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="145"/>
        <source>Issue a rectification notice</source>
        <translation>下发整改通知书</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="146"/>
        <source>{0} — {1}: {2}</source>
        <translation>{0}——{1}：{2}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="148"/>
        <source>what must be put right, and how it is reported</source>
        <translation>整改内容及书面报告要求</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="156"/>
        <source>Requirements:</source>
        <translation>整改要求：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="157"/>
        <source>Put right by:</source>
        <translation>整改期限：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="159"/>
        <source>Issue notice</source>
        <translation>下发通知书</translation>
    </message>
</context>
<context>
    <name>NumberList</name>
    <message>
        <location filename="../../secdesk/gui/lifecycle/movements_page.py" line="84"/>
        <source>Scan or type a carrier number, then Enter</source>
        <translation>扫描或输入载体编号后回车</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/movements_page.py" line="86"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/movements_page.py" line="92"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/movements_page.py" line="139"/>
        <source>{0} is already listed.</source>
        <translation>{0} 已在清单中。</translation>
    </message>
</context>
<context>
    <name>OutingTab</name>
    <message>
        <location filename="../../secdesk/gui/lifecycle/outings_tab.py" line="86"/>
        <location filename="../../secdesk/gui/lifecycle/outings_tab.py" line="94"/>
        <source>choose, or scan the badge</source>
        <translation>选择，或扫描证卡</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/outings_tab.py" line="98"/>
        <source>number of the signed approval form</source>
        <translation>已签批的审批单编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/outings_tab.py" line="99"/>
        <location filename="../../secdesk/gui/lifecycle/outings_tab.py" line="114"/>
        <location filename="../../secdesk/gui/lifecycle/outings_tab.py" line="189"/>
        <source>Carry out</source>
        <translation>登记外出</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/outings_tab.py" line="105"/>
        <source>Carriers:</source>
        <translation>载体：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/outings_tab.py" line="107"/>
        <source>Carried by:</source>
        <translation>使用人：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/outings_tab.py" line="108"/>
        <source>Destination:</source>
        <translation>外出地点：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/outings_tab.py" line="109"/>
        <source>Purpose:</source>
        <translation>用途：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/outings_tab.py" line="111"/>
        <source>Back by:</source>
        <translation>返回日期：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/outings_tab.py" line="112"/>
        <source>Approved by:</source>
        <translation>批准人：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/outings_tab.py" line="113"/>
        <source>Approval form no.:</source>
        <translation>审批单号：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/outings_tab.py" line="127"/>
        <source>Out now</source>
        <translation>外出中</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/outings_tab.py" line="127"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/outings_tab.py" line="128"/>
        <source>All outings</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/outings_tab.py" line="132"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/outings_tab.py" line="132"/>
        <source>Carriers</source>
        <translation>载体</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/outings_tab.py" line="132"/>
        <source>Carried by</source>
        <translation>使用人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/outings_tab.py" line="132"/>
        <source>Destination</source>
        <translation>外出地点</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/outings_tab.py" line="133"/>
        <source>Back by</source>
        <translation>返回日期</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/outings_tab.py" line="133"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/outings_tab.py" line="135"/>
        <source>Bring back…</source>
        <translation>带回…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/outings_tab.py" line="137"/>
        <source>Print approval form…</source>
        <translation>打印审批表…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/outings_tab.py" line="139"/>
        <source>Outings</source>
        <translation>外出携带记录</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/outings_tab.py" line="201"/>
        <source>{0}: {1} carriers out with {2} to {3}, back by {4}.</source>
        <translation>{0}：{2}携带{1}件外出至{3}，应于{4}前带回。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/outings_tab.py" line="218"/>
        <source>{0} outings</source>
        <translation>共{0}次外出</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/outings_tab.py" line="243"/>
        <source>{0} back from {1} ({2}): complete, with nothing added?</source>
        <translation>{0} 由{1}带回（{2}）：是否完好、无夹带？</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/outings_tab.py" line="256"/>
        <source>{0}: {1} of {2} carriers back.</source>
        <translation>{0}：已带回{1}/{2}件。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/outings_tab.py" line="270"/>
        <source>Carrying-out approval form</source>
        <translation>外出携带审批表</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../secdesk/gui/lending/station_dialogs.py" line="228"/>
        <source>Officer override</source>
        <translation>安全保密管理员越过限制</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/station_dialogs.py" line="238"/>
        <source>Officer account:</source>
        <translation>安全保密管理员账户：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/station_dialogs.py" line="239"/>
        <source>Password:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/station_dialogs.py" line="240"/>
        <source>Written reason:</source>
        <translation>书面理由：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/station_dialogs.py" line="242"/>
        <source>Override and lend</source>
        <translation>越过限制并借出</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../secdesk/gui/shell/pdf_preview.py" line="38"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/pdf_preview.py" line="39"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/pdf_preview.py" line="54"/>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/pdf_preview.py" line="54"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/pdf_preview.py" line="64"/>
        <source>{0} pages</source>
        <translation>共{0}页</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/pdf_preview.py" line="107"/>
        <source>whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/pdf_preview.py" line="108"/>
        <source>page width</source>
        <translation>页宽</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../secdesk/gui/lending/lending_prints.py" line="62"/>
        <source>Print lending register</source>
        <translation>打印借阅登记表</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/lending_prints.py" line="72"/>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/lending_prints.py" line="76"/>
        <source>Loans made from:</source>
        <translation>借阅日期自：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/lending_prints.py" line="77"/>
        <source>to:</source>
        <translation>至：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/lending_prints.py" line="89"/>
        <source>Lending register</source>
        <translation>涉密载体借阅登记表</translation>
    </message>
</context>
<context>
    <name>PeriodField</name>
    <message>
        <location filename="../../secdesk/gui/reports/fields.py" line="58"/>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>PeriodPrintDialog</name>
    <message>
        <location filename="../../secdesk/gui/lifecycle/movements_page.py" line="259"/>
        <source>to:</source>
        <translation>至：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/movements_page.py" line="261"/>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../secdesk/gui/personnel/person_dialogs.py" line="63"/>
        <source>Edit file {0}</source>
        <translation>修改档案 {0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/person_dialogs.py" line="90"/>
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
    <message>
        <location filename="../../forms/person_dialog.ui" line="35"/>
        <source>Head of department:</source>
        <translation>部门负责人（所负责部门）：</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="36"/>
        <source>the department this person heads, if any</source>
        <translation>所负责的部门（如有）</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="37"/>
        <source>Approves as security office:</source>
        <translation>保密办审批密级：</translation>
    </message>
</context>
<context>
    <name>PersonnelPage</name>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="79"/>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="237"/>
        <source>Badge</source>
        <translation>证卡号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="79"/>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="237"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="79"/>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="237"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="80"/>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="240"/>
        <source>Clearance</source>
        <translation>涉密等级</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="80"/>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="243"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="85"/>
        <source>All levels</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="88"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="91"/>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="107"/>
        <source>Personnel file sheet…</source>
        <translation>涉密人员登记表…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="108"/>
        <source>Leaving review sheet…</source>
        <translation>离岗保密审查表…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="110"/>
        <source>Training record (this year)…</source>
        <translation>保密教育培训记录（本年度）…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="112"/>
        <source>Badges of the selected people…</source>
        <translation>所选人员的证卡…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="179"/>
        <source>{0} people</source>
        <translation>{0} 人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="212"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="212"/>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="212"/>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="220"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="214"/>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="220"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="214"/>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="214"/>
        <source>Subject</source>
        <translation>培训内容</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="214"/>
        <source>Assessment</source>
        <translation>考核结果</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="216"/>
        <source>From</source>
        <translation>出发日期</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="216"/>
        <source>To</source>
        <translation>返回日期</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="216"/>
        <source>Country / region</source>
        <translation>前往国家/地区</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="217"/>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="217"/>
        <source>Passport back</source>
        <translation>护照交回</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="220"/>
        <source>Result</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="220"/>
        <source>Reviewer</source>
        <translation>复审人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="223"/>
        <source>Carrier no.</source>
        <translation>载体编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="223"/>
        <source>Marking</source>
        <translation>密级标志</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="223"/>
        <source>Held as</source>
        <translation>持有方式</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="224"/>
        <source>On loan, due {0}</source>
        <translation>借出未还，应还日期 {0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="225"/>
        <source>Custodian</source>
        <translation>保管人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="231"/>
        <source>never vetted</source>
        <translation>无审查记录</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="238"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="238"/>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="239"/>
        <source>ID number</source>
        <translation>证件号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="240"/>
        <source>{0} (may borrow up to {1})</source>
        <translation>{0}（可借阅至{1}）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="242"/>
        <source>Determined on</source>
        <translation>确定时间</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="243"/>
        <source>Vetting</source>
        <translation>上岗审查</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="244"/>
        <source>Next review</source>
        <translation>下次复审</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="245"/>
        <source>Undertaking</source>
        <translation>保密承诺书</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="245"/>
        <source>signed</source>
        <translation>已签订</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="245"/>
        <source>none on file</source>
        <translation>未签订</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="247"/>
        <source>Training this year</source>
        <translation>本年度培训学时</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="249"/>
        <source>Declassification period</source>
        <translation>脱密期</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="252"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="316"/>
        <location filename="../../forms/personnel_page.ui" line="81"/>
        <source>Confirm release</source>
        <translation>确认解脱</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="317"/>
        <source>The declassification period of {0} ended on {1}. Confirm the release?</source>
        <translation>{0} 的脱密期已于 {1} 届满。确认解脱？</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="332"/>
        <source>Personnel file sheet</source>
        <translation>涉密人员登记表</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="339"/>
        <source>Leaving review sheet</source>
        <translation>离岗保密审查表</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="345"/>
        <source>Training record</source>
        <translation>保密教育培训记录</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/personnel_page.py" line="355"/>
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
    <name>PrintoutCatalogue</name>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="172"/>
        <source>all levels</source>
        <translation>全部密级</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="175"/>
        <source>all states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="178"/>
        <source>Register and labels</source>
        <translation>台账与标签</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="180"/>
        <source>Carrier register (form 1)</source>
        <translation>涉密载体登记台账（表1）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="181"/>
        <source>The register of carriers, optionally of one level or state, or as it stood at the end of a day.</source>
        <translation>涉密载体登记台账，可限定密级或状态，也可打印截至某日结束时的台账。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="183"/>
        <source>Level:</source>
        <translation>密级：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="184"/>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="185"/>
        <source>As of:</source>
        <translation>截至：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="185"/>
        <source>as the register stood at the end of</source>
        <translation>按此日结束时的台账</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="187"/>
        <source>Carrier labels</source>
        <translation>载体标签</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="188"/>
        <source>Labels of the carriers scanned or typed here, one number a line; the label stock is chosen next. A label printed before is marked 补.</source>
        <translation>在此扫描或输入载体编号（每行一个），下一步选择标签纸；已打印过的标签标“补”。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="190"/>
        <source>Carrier numbers:</source>
        <translation>载体编号：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="191"/>
        <source>scan or type the carrier numbers, one a line</source>
        <translation>扫描或输入载体编号，每行一个</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="196"/>
        <source>Lending</source>
        <translation>借阅</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="198"/>
        <source>Lending register (form 2)</source>
        <translation>涉密载体借阅登记表（表2）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="199"/>
        <source>Every loan made in the period.</source>
        <translation>期间内的全部借阅。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="200"/>
        <source>Loans made from:</source>
        <translation>借阅日期自：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="202"/>
        <source>A borrower&apos;s holdings</source>
        <translation>借阅人在借清单</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="203"/>
        <source>What one borrower holds now, on the layout of form 2.</source>
        <translation>某借阅人当前在借的载体（按表2格式）。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="204"/>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="209"/>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="213"/>
        <source>Borrower:</source>
        <translation>借阅人：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="207"/>
        <source>Lending slip (form 11)</source>
        <translation>借阅单（表11）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="208"/>
        <source>The slip of what a borrower holds now, to sign at the counter.</source>
        <translation>借阅人当前在借载体的借阅单，当场签字。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="211"/>
        <source>Overdue reminders (form 11)</source>
        <translation>催还通知（表11）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="212"/>
        <source>A reminder for every borrower with an overdue loan, or for one of them.</source>
        <translation>向每位有逾期未还载体的借阅人（或其中一人）发出催还通知。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="214"/>
        <source>every borrower with overdue loans</source>
        <translation>全部逾期借阅人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="219"/>
        <source>Copying, carrying out, transfer, destruction</source>
        <translation>复制、外出、移交、销毁</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="221"/>
        <source>Copying register (form 3)</source>
        <translation>涉密载体复制登记表（表3）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="222"/>
        <source>Every copying job done in the period.</source>
        <translation>期间内的全部复制。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="223"/>
        <source>Copies made from:</source>
        <translation>复制日期自：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="225"/>
        <source>Copying record of one job (form 3)</source>
        <translation>单次复制登记表（表3）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="226"/>
        <source>The copying form of one job.</source>
        <translation>一次复制的登记表。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="227"/>
        <source>Copying job:</source>
        <translation>复制记录：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="230"/>
        <source>Carrying-out approval (form 4)</source>
        <translation>涉密载体外出携带审批表（表4）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="231"/>
        <source>The approval form of one outing, with the return check.</source>
        <translation>一次外出携带的审批表及返回检查情况。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="232"/>
        <source>Outing:</source>
        <translation>外出记录：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="235"/>
        <source>Transfer or return with receipt (form 5)</source>
        <translation>涉密载体移交/清退登记表及回执（表5）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="236"/>
        <source>The form of one transfer or return and the receipt the receiver signs.</source>
        <translation>一次移交或清退的登记表及接收方签收的回执。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="237"/>
        <source>Transfer:</source>
        <translation>移交/清退：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="240"/>
        <source>Yearly return list (form 5)</source>
        <translation>年度清退清单（表5）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="241"/>
        <source>What was received from one issuer and is still in the room.</source>
        <translation>收自某发文单位、仍在保密室的载体。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="242"/>
        <source>Issuer:</source>
        <translation>发文单位：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="243"/>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="284"/>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="246"/>
        <source>Destruction approval and list (form 6)</source>
        <translation>涉密载体销毁审批表及销毁清单（表6）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="247"/>
        <source>The approval form and the list of one destruction batch.</source>
        <translation>一个销毁批次的审批表和清单。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="248"/>
        <source>Batch:</source>
        <translation>销毁批次：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="254"/>
        <source>Inventory and inspection</source>
        <translation>清点与检查</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="256"/>
        <source>Inventory record (form 7)</source>
        <translation>涉密载体清查记录（表7）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="257"/>
        <source>The record of one inventory (one not finished prints as a draft).</source>
        <translation>一次清点的清查记录（未完成的打印为草稿）。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="258"/>
        <source>Inventory:</source>
        <translation>清点：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="261"/>
        <source>Incident report (form 8)</source>
        <translation>泄密事件报告登记表（表8）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="262"/>
        <source>The report of one incident, prepared from its carrier and search.</source>
        <translation>一起泄密事件的报告登记表，据载体和查找情况生成。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="263"/>
        <source>Incident:</source>
        <translation>泄密事件：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="266"/>
        <source>Rectification notice with receipt (form 10)</source>
        <translation>保密工作整改通知书及回执（表10）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="267"/>
        <source>One rectification notice and its receipt.</source>
        <translation>一份整改通知书及其回执。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="268"/>
        <source>Notice:</source>
        <translation>通知书：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="274"/>
        <source>Personnel</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="275"/>
        <source>name, badge or scan</source>
        <translation>姓名、证卡号或扫描证卡</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="277"/>
        <source>Personnel file sheet (form 9)</source>
        <translation>涉密人员登记表（表9）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="278"/>
        <source>One person&apos;s secrecy file.</source>
        <translation>一名涉密人员的档案。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="279"/>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="291"/>
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="282"/>
        <source>Training record (form 9)</source>
        <translation>保密教育培训记录（表9）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="283"/>
        <source>The secrecy training of a year, of one department or all.</source>
        <translation>某年度的保密教育培训，可限定部门。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="285"/>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="286"/>
        <source>all departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="289"/>
        <source>Leaving review sheet (form 9)</source>
        <translation>离岗保密审查表（表9）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="290"/>
        <source>The review sheet of a person who has left.</source>
        <translation>已离岗人员的离岗保密审查表。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="294"/>
        <source>Roster of cleared personnel</source>
        <translation>涉密人员名册</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="295"/>
        <source>Everyone on file, by department.</source>
        <translation>全部在册人员，按部门排列。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="297"/>
        <source>Badges</source>
        <translation>涉密人员证卡</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="298"/>
        <source>Badge labels of the people whose badge numbers are scanned or typed here, one a line; the label stock is chosen next.</source>
        <translation>在此扫描或输入证卡号（每行一个），下一步选择标签纸。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="300"/>
        <source>Badge numbers:</source>
        <translation>证卡号：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="301"/>
        <source>scan or type the badge numbers, one a line</source>
        <translation>扫描或输入证卡号，每行一个</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="306"/>
        <source>Quarterly register and statistics</source>
        <translation>季度台账与统计</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="308"/>
        <source>Sealed quarterly register</source>
        <translation>季度台账（签章）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="309"/>
        <source>The register of a quarter for the inspector, sealed with the unit&apos;s key (verify it on the Inventory page).</source>
        <translation>供检查的季度台账，以本单位密钥签章（在“清点”页核验）。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="311"/>
        <source>Quarter:</source>
        <translation>季度：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="314"/>
        <source>Statistics report</source>
        <translation>涉密载体统计报表</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue.py" line="315"/>
        <source>The charts of the Statistics tab with their numbers.</source>
        <translation>“统计概况”中的各图及其数据表。</translation>
    </message>
</context>
<context>
    <name>PrintoutPanel</name>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue_tab.py" line="52"/>
        <source>Choose stock and preview…</source>
        <translation>选择标签纸并预览…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue_tab.py" line="52"/>
        <source>Preview / print…</source>
        <translation>预览/打印…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue_tab.py" line="85"/>
        <source>Choose or enter first: {0}</source>
        <translation>请先选择或填写：{0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/catalogue_tab.py" line="93"/>
        <source>Preparing…</source>
        <translation>正在生成…</translation>
    </message>
</context>
<context>
    <name>QuarterlyTab</name>
    <message>
        <location filename="../../secdesk/gui/inventory/quarterly_tab.py" line="48"/>
        <source>Print the quarterly register</source>
        <translation>打印季度台账</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/quarterly_tab.py" line="50"/>
        <source>Print sealed register…</source>
        <translation>打印（签章）…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/quarterly_tab.py" line="52"/>
        <source>The register of carriers held at the quarter&apos;s end and every movement of the quarter, signed with the unit&apos;s key. A quarter still running is printed up to yesterday.</source>
        <translation>季度台账包括季度末在册的涉密载体及本季度的全部流转记录，并以本单位签章密钥签名。季度尚未结束时，打印至昨日。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/quarterly_tab.py" line="57"/>
        <source>Quarter:</source>
        <translation>季度：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/quarterly_tab.py" line="61"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/quarterly_tab.py" line="61"/>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/quarterly_tab.py" line="61"/>
        <source>By</source>
        <translation>打印人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/quarterly_tab.py" line="61"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/quarterly_tab.py" line="70"/>
        <source>Verify a register</source>
        <translation>核验季度台账</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/quarterly_tab.py" line="71"/>
        <source>Verify a PDF file…</source>
        <translation>核验PDF文件…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/quarterly_tab.py" line="74"/>
        <source>fingerprint from the cover of a paper copy (64 digits)</source>
        <translation>纸质台账封面上的指纹（64位）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/quarterly_tab.py" line="76"/>
        <source>Verify fingerprint</source>
        <translation>核验指纹</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/quarterly_tab.py" line="126"/>
        <source>Quarterly register {0}</source>
        <translation>季度台账 {0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/quarterly_tab.py" line="135"/>
        <source>Verify a PDF file</source>
        <translation>核验PDF文件</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/quarterly_tab.py" line="135"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/quarterly_tab.py" line="145"/>
        <source>Cannot read {0}: {1}</source>
        <translation>无法读取 {0}：{1}</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="60"/>
        <source>Receipt received</source>
        <translation>回执已收回</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="68"/>
        <source>e.g. signed by the receiver, filed with the form</source>
        <translation>如：接收人已签字，随表归档</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="74"/>
        <source>{0}: {1} carriers to {2} ({3}), {4}.</source>
        <translation>{0}：{1}件至{2}（{3}），{4}。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="78"/>
        <source>Receipt back on:</source>
        <translation>回执收回日期：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="79"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="81"/>
        <source>Record receipt</source>
        <translation>登记回执</translation>
    </message>
</context>
<context>
    <name>RecheckDialog</name>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="204"/>
        <source>Re-check: {0}</source>
        <translation>复查 {0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="205"/>
        <source>Problem: {0}
Reported: {1}</source>
        <translation>问题：{0}
整改情况：{1}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="207"/>
        <source>Passed: close the notice</source>
        <translation>合格，关闭通知书</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="208"/>
        <source>Not passed: rectify again</source>
        <translation>不合格，重新整改</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="213"/>
        <source>what the re-check found</source>
        <translation>复查情况</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="226"/>
        <source>Result:</source>
        <translation>复查结论：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="227"/>
        <source>Opinion:</source>
        <translation>复查意见：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="228"/>
        <source>New due date:</source>
        <translation>新的整改期限：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="230"/>
        <source>Record re-check</source>
        <translation>登记复查</translation>
    </message>
</context>
<context>
    <name>ReclassifyDialog</name>
    <message>
        <location filename="../../secdesk/gui/register/register_page.py" line="294"/>
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
        <location filename="../../secdesk/gui/personnel/person_dialogs.py" line="126"/>
        <source>Signed undertaking</source>
        <translation>登记保密承诺书</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/person_dialogs.py" line="126"/>
        <source>Training attended</source>
        <translation>登记保密教育培训</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/person_dialogs.py" line="127"/>
        <source>Approved trip abroad</source>
        <translation>登记出国（境）审批</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/personnel/person_dialogs.py" line="127"/>
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
    <name>RecordField</name>
    <message>
        <location filename="../../secdesk/gui/reports/fields.py" line="153"/>
        <source>type or scan a number</source>
        <translation>可输入或扫描编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/fields.py" line="154"/>
        <source>none recorded yet</source>
        <translation>暂无记录</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../secdesk/gui/shell/setup_wizard.py" line="144"/>
        <location filename="../../secdesk/gui/shell/setup_wizard.py" line="172"/>
        <source>Recovery key sheet</source>
        <translation>恢复密钥单</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/setup_wizard.py" line="145"/>
        <source>If every password is forgotten or the key file is lost, only this sheet opens the database. Print it, seal it and keep it in the safe. Its second page is the audit verification code: hand it to the auditor, sealed apart. Both are shown only now.</source>
        <translation>所有口令遗忘或密钥文件丢失时，只有此单能打开数据库。请打印、密封并存放在保密柜中。第二页是审计验证码：请另行密封，交安全审计员保管。两者仅在此时显示。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/setup_wizard.py" line="150"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/setup_wizard.py" line="151"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/setup_wizard.py" line="152"/>
        <source>The recovery key sheet is sealed in the safe and the audit code given to the auditor</source>
        <translation>恢复密钥单已密封存入保密柜，审计验证码已交安全审计员</translation>
    </message>
</context>
<context>
    <name>RectificationReportDialog</name>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="173"/>
        <source>Rectification report: {0}</source>
        <translation>整改情况报告 {0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="174"/>
        <source>Problem: {0}
Required: {1}
Due: {2}</source>
        <translation>问题：{0}
整改要求：{1}
整改期限：{2}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="177"/>
        <source>what was done, as the written report says</source>
        <translation>书面报告所述的整改情况</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="187"/>
        <source>What was done:</source>
        <translation>整改情况：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="188"/>
        <source>Report received on:</source>
        <translation>报告日期：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/inspections_dialogs.py" line="190"/>
        <source>Record report</source>
        <translation>登记</translation>
    </message>
</context>
<context>
    <name>RegisterColumns</name>
    <message>
        <location filename="../../secdesk/gui/register/register_columns.py" line="70"/>
        <source>Default columns</source>
        <translation>恢复默认列</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../secdesk/gui/register/register_model.py" line="28"/>
        <source>Number</source>
        <translation>载体编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/register_model.py" line="29"/>
        <source>Title</source>
        <translation>文件资料名称</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/register_model.py" line="30"/>
        <source>Issuing unit</source>
        <translation>制作发文单位</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/register_model.py" line="31"/>
        <source>Type</source>
        <translation>载体类别</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/register_model.py" line="32"/>
        <source>Document no.</source>
        <translation>文号或编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/register_model.py" line="33"/>
        <source>Marking</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/register_model.py" line="34"/>
        <source>Pages / capacity</source>
        <translation>页数或容量</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/register_model.py" line="35"/>
        <source>Copy</source>
        <translation>份号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/register_model.py" line="36"/>
        <source>Scope</source>
        <translation>知悉范围</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/register_model.py" line="37"/>
        <source>Custodian</source>
        <translation>保管人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/register_model.py" line="38"/>
        <source>Location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/register_model.py" line="39"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/register_model.py" line="40"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../secdesk/gui/register/register_page.py" line="60"/>
        <source>Select a carrier to see its history here.</source>
        <translation>选择一件载体，在此查看其历史记录。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/register_page.py" line="121"/>
        <source>Select a carrier in the table first.</source>
        <translation>请先在表格中选择载体。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/register_page.py" line="127"/>
        <source>All levels</source>
        <translation>全部密级</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/register_page.py" line="128"/>
        <source>All types</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/register_page.py" line="129"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/register_page.py" line="170"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/register_page.py" line="174"/>
        <source>{0} carriers</source>
        <translation>{0} 件载体</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/register_page.py" line="177"/>
        <source>About {0} carriers (counting…)</source>
        <translation>约 {0} 件（正在精确统计…）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/register_page.py" line="187"/>
        <source>Register</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/register_page.py" line="187"/>
        <source>Select a carrier first.</source>
        <translation>请先选中一件载体。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/register_page.py" line="203"/>
        <source>Voided: {0}</source>
        <translation>已作废：{0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/register_page.py" line="220"/>
        <source>Registered</source>
        <translation>登记完成</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/register_page.py" line="221"/>
        <source>{0} carriers registered:
{1}

Print their labels now?</source>
        <translation>已登记 {0} 件载体：
{1}

现在打印标签吗？</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/register_page.py" line="238"/>
        <source>Void entry</source>
        <translation>作废登记</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/register_page.py" line="239"/>
        <source>Reason for voiding {0} (the entry stays in the register):</source>
        <translation>作废 {0} 的原因（该条目仍保留在台账中）：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/register_page.py" line="256"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/register_page.py" line="256"/>
        <location filename="../../secdesk/gui/register/register_page.py" line="267"/>
        <source>Select the carriers first.</source>
        <translation>请先选中载体。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/register_page.py" line="267"/>
        <location filename="../../secdesk/gui/register/register_page.py" line="274"/>
        <location filename="../../secdesk/gui/register/register_page.py" line="276"/>
        <source>Destruction</source>
        <translation>销毁</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/register_page.py" line="277"/>
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
        <location filename="../../secdesk/gui/shell/label_print.py" line="137"/>
        <source>Print register</source>
        <translation>打印台账</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/label_print.py" line="138"/>
        <source>As the register stood at the end of</source>
        <translation>台账截至日期</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/label_print.py" line="144"/>
        <source>The print covers the carriers the current filters show.</source>
        <translation>打印当前筛选条件下的全部载体。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/label_print.py" line="147"/>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/label_print.py" line="162"/>
        <source>Preparing the register…</source>
        <translation>正在生成台账…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/label_print.py" line="168"/>
        <source>Carrier register</source>
        <translation>涉密载体台账</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <location filename="../../secdesk/gui/shell/reminders_panel.py" line="19"/>
        <source>Today</source>
        <translation>今日提醒</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/reminders_panel.py" line="53"/>
        <source>Nothing due today.</source>
        <translation>今日无待办事项。</translation>
    </message>
</context>
<context>
    <name>ReportMadeDialog</name>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_dialogs.py" line="153"/>
        <source>Report made: {0}</source>
        <translation>登记已报告 {0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_dialogs.py" line="154"/>
        <source>Incident {0} ({1}): the report was due by {2}.</source>
        <translation>事件{0}（{1}）：应于{2}前报告。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_dialogs.py" line="168"/>
        <source>Reported at:</source>
        <translation>报告时间：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/inventory/incidents_dialogs.py" line="170"/>
        <source>Record report</source>
        <translation>登记已报告</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../secdesk/gui/reports/reports_page.py" line="28"/>
        <source>Statistics</source>
        <translation>统计概况</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/reports_page.py" line="29"/>
        <source>Printouts</source>
        <translation>打印目录</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/reports_page.py" line="30"/>
        <source>Your role may not open this page (clerk, security officer, auditor only).</source>
        <translation>当前角色无权打开此页面（仅限保密员、安全保密管理员、安全审计员）。</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../secdesk/gui/transfer/import_run.py" line="259"/>
        <source>Imported</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_run.py" line="260"/>
        <source>Every row of the file with what became of it and the numbers given.</source>
        <translation>文件中每一行的处理结果及分配的编号。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_run.py" line="282"/>
        <source>Imported from {0}: {1}</source>
        <translation>已从 {0} 导入：{1}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_run.py" line="284"/>
        <source>Print labels of the {0} new carriers…</source>
        <translation>打印{0}件新载体的标签…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/import_run.py" line="286"/>
        <source>Print badges of the {0} people…</source>
        <translation>打印{0}人的证卡…</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../secdesk/gui/lifecycle/review_tab.py" line="68"/>
        <source>Carriers still held whose term of secrecy has ended. The security officer decides for each: declassify it, or change its marking (a new level or term).</source>
        <translation>保密期限已届满、仍在管理中的载体。由安全保密管理员逐件决定：解密，或定密变更（新的密级或期限）。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/review_tab.py" line="72"/>
        <source>Carrier no.</source>
        <translation>载体编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/review_tab.py" line="72"/>
        <source>Marking</source>
        <translation>密级标志</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/review_tab.py" line="72"/>
        <source>Title</source>
        <translation>文件资料名称</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/review_tab.py" line="72"/>
        <source>Issued</source>
        <translation>制发日期</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/review_tab.py" line="73"/>
        <source>Term ended</source>
        <translation>期限届满</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/review_tab.py" line="73"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/review_tab.py" line="73"/>
        <source>Custodian</source>
        <translation>保管人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/review_tab.py" line="75"/>
        <source>Declassify…</source>
        <translation>解密…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/review_tab.py" line="77"/>
        <source>Change marking…</source>
        <translation>定密变更…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/review_tab.py" line="117"/>
        <source>{0} carriers due for review</source>
        <translation>{0}件待解密审查</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/review_tab.py" line="154"/>
        <source>{0}: {1} → {2}.</source>
        <translation>{0}：{1} → {2}。</translation>
    </message>
</context>
<context>
    <name>ScanStation</name>
    <message>
        <location filename="../../secdesk/gui/lending/scan_station.py" line="82"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/scan_station.py" line="82"/>
        <source>Code</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/scan_station.py" line="82"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/scan_station.py" line="82"/>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/scan_station.py" line="91"/>
        <source>Approval for the next loans</source>
        <translation>为接下来的借阅录入审批</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/scan_station.py" line="99"/>
        <location filename="../../secdesk/gui/lending/scan_station.py" line="301"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/scan_station.py" line="99"/>
        <location filename="../../secdesk/gui/lending/scan_station.py" line="301"/>
        <source>Scan the borrower&apos;s badge</source>
        <translation>请扫描借阅人证卡</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/scan_station.py" line="141"/>
        <source>Repeated scan ignored</source>
        <translation>重复扫描，已忽略</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/scan_station.py" line="164"/>
        <source>Not done</source>
        <translation>未能办理</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/scan_station.py" line="207"/>
        <source> — approval {0} not kept: enter it again if it applies</source>
        <translation> — 审批 {0} 未保留：如仍适用请重新填写</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/scan_station.py" line="228"/>
        <source>Scan refused: {0}</source>
        <translation>扫描被拒绝：{0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/scan_station.py" line="237"/>
        <source>Held: {0}</source>
        <translation>已暂存：{0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/scan_station.py" line="238"/>
        <source>Decided as soon as the open dialog is closed</source>
        <translation>当前对话框关闭后立即办理</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/scan_station.py" line="243"/>
        <source>Scanned {0}: held, decided after this dialog</source>
        <translation>已扫描 {0}：已暂存，待此对话框关闭后办理</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/scan_station.py" line="269"/>
        <source>Not returned: {0}</source>
        <translation>未归还：{0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/scan_station.py" line="270"/>
        <source>The check on return was cancelled; scan the carrier again to return it</source>
        <translation>归还核对已取消；请重新扫描该载体办理归还</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/scan_station.py" line="307"/>
        <source>No borrower: scan a badge. Carriers scanned now are returned.</source>
        <translation>未选借阅人：请扫描证卡。此时扫描已借出的载体即为归还。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/scan_station.py" line="310"/>
        <source>Borrower: {0} ({1}, {2}; may borrow up to {3}) — {4} lent now</source>
        <translation>借阅人：{0}（{1}，{2}，可借至{3}）— 本次已借 {4} 件</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/scan_station.py" line="314"/>
        <source>Approval {0}</source>
        <translation>审批单 {0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/scan_station.py" line="324"/>
        <source>Wait: the last scan is still being recorded</source>
        <translation>请稍候：上一次扫描仍在登记中</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/scan_station.py" line="328"/>
        <source>Ctrl+Z undoes your last loan or return within {0} s</source>
        <translation>Ctrl+Z 可撤销您{0}秒内最后一次借出或归还</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/scan_station.py" line="329"/>
        <source>Nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/scan_station.py" line="339"/>
        <source>Return undone: {0} is out again</source>
        <translation>已撤销归还：{0} 仍为借出</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/scan_station.py" line="339"/>
        <source>Loan undone: {0} is back</source>
        <translation>已撤销借出：{0} 已回到在库</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/scan_station.py" line="340"/>
        <source>Recorded as a correction</source>
        <translation>已作为更正记入审计日志</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/scan_station.py" line="341"/>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/scan_station.py" line="351"/>
        <source>Undo last (Ctrl+Z), {0} s</source>
        <translation>撤销上一步（Ctrl+Z），{0} 秒</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/scan_station.py" line="352"/>
        <location filename="../../forms/scan_station.ui" line="9"/>
        <source>Undo last (Ctrl+Z)</source>
        <translation>撤销上一步（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/scan_station.py" line="369"/>
        <source>Not printed</source>
        <translation>未打印</translation>
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
        <location filename="../../secdesk/gui/shell/settings_page.py" line="35"/>
        <source>No approval needed</source>
        <translation>无需审批</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/settings_page.py" line="36"/>
        <source>Head of the department</source>
        <translation>部门负责人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/settings_page.py" line="37"/>
        <source>Head of secrecy work</source>
        <translation>保密工作负责人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/settings_page.py" line="112"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/settings_page.py" line="114"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/settings_page.py" line="127"/>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../secdesk/gui/shell/setup_wizard.py" line="187"/>
        <source>secdesk — first-run set-up</source>
        <translation>secdesk — 首次使用设置</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../secdesk/app.py" line="77"/>
        <source>Demo database: accounts admin, clerk, officer, auditor; password {0}</source>
        <translation>演示数据库：账户 admin、clerk、officer、auditor，口令 {0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/signin.py" line="33"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/signin.py" line="49"/>
        <source>Enter the account name and the password.</source>
        <translation>请输入账户名和口令。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/signin.py" line="72"/>
        <source>Checking the password…</source>
        <translation>正在核验口令…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/signin.py" line="83"/>
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
    <name>StationDialog</name>
    <message>
        <location filename="../../secdesk/gui/lending/station_dialogs.py" line="53"/>
        <source>{0} is the carrier on screen: answer this dialog first</source>
        <translation>{0} 就是当前对话框中的载体：请先回答此对话框</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/station_dialogs.py" line="62"/>
        <source>Scanned {0}: not taken by this dialog</source>
        <translation>已扫描 {0}：此对话框不接受该扫描</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <location filename="../../secdesk/gui/reports/statistics_tab.py" line="127"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/statistics_tab.py" line="129"/>
        <source>Print all charts…</source>
        <translation>打印全部图表…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/statistics_tab.py" line="153"/>
        <source>Carriers on the register by level and state</source>
        <translation>在册载体（按密级、状态）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/statistics_tab.py" line="154"/>
        <source>Carriers on the register by type and level</source>
        <translation>在册载体（按类别、密级）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/statistics_tab.py" line="155"/>
        <source>Loans and overdue loans, last 12 months</source>
        <translation>借阅与逾期（近12个月）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/statistics_tab.py" line="156"/>
        <source>Inventory results, last six</source>
        <translation>清点结果（最近6次）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/statistics_tab.py" line="157"/>
        <source>Open matters: missing carriers, incidents, rectification notices</source>
        <translation>未结事项：下落不明、泄密事件、整改通知书</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/statistics_tab.py" line="200"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/statistics_tab.py" line="213"/>
        <source>Figures as of {0}. Hover over a bar for its numbers.</source>
        <translation>统计截至{0}。鼠标停在柱上可见各项数字。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/reports/statistics_tab.py" line="226"/>
        <source>Statistics report</source>
        <translation>涉密载体统计报表</translation>
    </message>
</context>
<context>
    <name>SupervisorRow</name>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_dialogs.py" line="83"/>
        <source>signed the paper form</source>
        <translation>已在纸质表上签字</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_dialogs.py" line="84"/>
        <source>confirms with own password</source>
        <translation>本人输入口令确认</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_dialogs.py" line="86"/>
        <source>own account</source>
        <translation>本人账户</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/destruction_dialogs.py" line="89"/>
        <source>password</source>
        <translation>口令</translation>
    </message>
</context>
<context>
    <name>ToDestructionDialog</name>
    <message>
        <location filename="../../secdesk/gui/register/to_destruction.py" line="25"/>
        <source>Add to a destruction batch</source>
        <translation>列入销毁批次</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/to_destruction.py" line="29"/>
        <source>A new batch</source>
        <translation>新建批次</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/to_destruction.py" line="36"/>
        <source>{0} carriers: {1}</source>
        <translation>{0}件载体：{1}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/to_destruction.py" line="39"/>
        <source>Draft batch:</source>
        <translation>草稿批次：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/to_destruction.py" line="41"/>
        <source>Add to batch</source>
        <translation>列入批次</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/to_destruction.py" line="51"/>
        <source>{0} carriers listed on batch {1}.</source>
        <translation>已将{0}件载体列入销毁批次{1}。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/to_destruction.py" line="52"/>
        <source>No batch was made: none of the carriers can be destroyed now.</source>
        <translation>未建立批次：所选载体目前均不能销毁。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/register/to_destruction.py" line="54"/>
        <source>Not listed:</source>
        <translation>未列入：</translation>
    </message>
</context>
<context>
    <name>TransferButton</name>
    <message>
        <location filename="../../secdesk/gui/transfer/menu.py" line="22"/>
        <source>Import / export…</source>
        <translation>导入/导出…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/menu.py" line="33"/>
        <source>Import register from Excel/CSV…</source>
        <translation>从Excel/CSV导入台账…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/menu.py" line="35"/>
        <source>Export register (current filters)…</source>
        <translation>导出台账（当前筛选）…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/menu.py" line="36"/>
        <source>Export lending register…</source>
        <translation>导出借阅登记表…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/menu.py" line="38"/>
        <source>Import personnel roster from Excel/CSV…</source>
        <translation>从Excel/CSV导入涉密人员名册…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/menu.py" line="39"/>
        <source>Export personnel roster…</source>
        <translation>导出涉密人员名册…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/transfer/menu.py" line="41"/>
        <source>Not available to this role</source>
        <translation>当前角色不可用</translation>
    </message>
</context>
<context>
    <name>TransferTab</name>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="146"/>
        <source>Transfer to another unit</source>
        <translation>移交其他单位</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="147"/>
        <source>Return to the issuer</source>
        <translation>清退发文单位</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="166"/>
        <source>By hand</source>
        <translation>专人送达</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="167"/>
        <source>Confidential transport</source>
        <translation>机要交通</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="168"/>
        <source>Confidential post</source>
        <translation>机要通信</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="170"/>
        <source>Secret carriers never travel by ordinary post or courier.</source>
        <translation>涉密载体不得通过普通邮政或快递传递。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="171"/>
        <source>Hand over</source>
        <translation>登记移交</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="177"/>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="178"/>
        <source>Carriers:</source>
        <translation>载体：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="180"/>
        <source>Receiving unit:</source>
        <translation>接收单位：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="181"/>
        <source>Receiver:</source>
        <translation>接收人：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="182"/>
        <source>Remarks:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="185"/>
        <source>Witness:</source>
        <translation>监交人：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="186"/>
        <source>Channel:</source>
        <translation>传递方式：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="187"/>
        <source>Transfer or return</source>
        <translation>移交或清退</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="200"/>
        <source>Receipt outstanding</source>
        <translation>回执未回</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="200"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="204"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="204"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="204"/>
        <source>Receiving unit</source>
        <translation>接收单位</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="204"/>
        <source>Receiver</source>
        <translation>接收人</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="205"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="205"/>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="205"/>
        <source>Receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="205"/>
        <source>Channel</source>
        <translation>传递方式</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="208"/>
        <source>Receipt received…</source>
        <translation>回执已收回…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="210"/>
        <source>Print form and receipt…</source>
        <translation>打印登记表及回执…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="212"/>
        <source>Yearly return list…</source>
        <translation>年度清退清单…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="214"/>
        <source>Transfers and returns</source>
        <translation>移交/清退记录</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="226"/>
        <source>Returned by:</source>
        <translation>清退人：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="226"/>
        <source>Handed over by:</source>
        <translation>移交人：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="227"/>
        <source>the issuer the carriers go back to</source>
        <translation>载体清退回的发文单位</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="270"/>
        <source>Record the return</source>
        <translation>登记清退</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="279"/>
        <source>{0}: {1} carriers to {2} ({3}). Print the form and the receipt for the receiver to sign; record the receipt when it is back.</source>
        <translation>{0}：{1}件至{2}（{3}）。请打印登记表及回执交接收人签字；回执收回后登记。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="295"/>
        <source>{0} transfers and returns</source>
        <translation>共{0}次移交/清退</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="317"/>
        <source>{0}: receipt recorded ({1}).</source>
        <translation>{0}：回执已登记（{1}）。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lifecycle/transfers_tab.py" line="327"/>
        <source>Transfer form and receipt</source>
        <translation>移交/清退登记表及回执</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../secdesk/gui/shell/setup_wizard.py" line="79"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/setup_wizard.py" line="80"/>
        <source>The unit name is printed on every form; the unit code starts every carrier number, e.g. BMS-2026-000123K.</source>
        <translation>单位名称印在每张表单上；单位代码是载体编号的前缀，如 BMS-2026-000123K。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/setup_wizard.py" line="86"/>
        <source>Unit name:</source>
        <translation>单位名称：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/setup_wizard.py" line="87"/>
        <source>Unit code:</source>
        <translation>单位代码：</translation>
    </message>
</context>
<context>
    <name>lending_prints</name>
    <message>
        <location filename="../../secdesk/gui/lending/lending_prints.py" line="40"/>
        <source>Lending slip</source>
        <translation>借阅单</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/lending_prints.py" line="47"/>
        <source>Holdings</source>
        <translation>在借清单</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/lending/lending_prints.py" line="53"/>
        <source>Overdue reminders</source>
        <translation>催还通知</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../secdesk/gui/shell/messages.py" line="25"/>
        <source>An unexpected error occurred; details were written to {0}.</source>
        <translation>发生意外错误，详情已记入 {0}。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/messages.py" line="32"/>
        <source>secdesk</source>
        <translation>secdesk</translation>
    </message>
</context>
<context>
    <name>offer_reprint</name>
    <message>
        <location filename="../../secdesk/gui/shell/label_print.py" line="95"/>
        <location filename="../../secdesk/gui/shell/label_print.py" line="100"/>
        <source>Reprint label</source>
        <translation>重印标签</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/label_print.py" line="96"/>
        <source>The label of {0} still shows the old marking. The clerk reprints it: it is listed under Today until then.</source>
        <translation>{0} 的标签仍为原密级标志，由保密员重印；重印前列在“今日提醒”中。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/shell/label_print.py" line="101"/>
        <source>The label of {0} shows the old marking. Print a new label now?</source>
        <translation>{0} 的标签仍为原密级标志。现在打印新标签吗？</translation>
    </message>
</context>
<context>
    <name>print_pdf</name>
    <message>
        <location filename="../../secdesk/gui/shell/print_pdf.py" line="56"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
</context>
</TS>
