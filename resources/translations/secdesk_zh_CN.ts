<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="48" />
        <source>The two passwords differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="51" />
        <source>Tick at least one role.</source>
        <translation>请至少勾选一个角色。</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="6" />
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="10" />
        <source>Account name:</source>
        <translation>账户名：</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="12" />
        <source>Full name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="14" />
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="17" />
        <source>Clerk</source>
        <translation>保密员</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="18" />
        <source>Security officer</source>
        <translation>安全保密管理员</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="19" />
        <source>Auditor</source>
        <translation>安全审计员</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="20" />
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="23" />
        <source>Initial password:</source>
        <translation>初始口令：</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="25" />
        <source>Again:</source>
        <translation>再次输入：</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="72" />
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="72" />
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="73" />
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="73" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="74" />
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="79" />
        <source>New account…</source>
        <translation>新建账户…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="80" />
        <source>Reset password…</source>
        <translation>重置口令…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="81" />
        <source>Disable…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="82" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="116" />
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="117" />
        <source>LOCKED</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="117" />
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="127" />
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="127" />
        <source>Select an account first.</source>
        <translation>请先选中一个账户。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="140" />
        <source>Reset password</source>
        <translation>重置口令</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="141" />
        <source>Temporary password for {0} (they must change it at sign-in):</source>
        <translation>{0} 的临时口令（其登录时须修改）：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="151" />
        <source>Disable account</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/accounts_panel.py" line="152" />
        <source>Reason for disabling {0} (its history is kept):</source>
        <translation>停用 {0} 的原因（其历史记录保留）：</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="95" />
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="96" />
        <source>The administrator manages accounts, backups and settings, and cannot edit the register. Password: at least 10 characters, three of lower case, upper case, digits, symbols.</source>
        <translation>系统管理员负责账户、备份和设置，不能修改台账。口令至少10个字符，须包含小写字母、大写字母、数字、符号中的三类。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="104" />
        <source>Account name:</source>
        <translation>账户名：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="105" />
        <source>Password:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="106" />
        <source>Again:</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="114" />
        <source>The two passwords differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="116" />
        <source>Creating the encrypted database…</source>
        <translation>正在建立加密数据库…</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../secdesk/gui/audit_page.py" line="35" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/audit_page.py" line="35" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/audit_page.py" line="35" />
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/audit_page.py" line="35" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/audit_page.py" line="36" />
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/audit_page.py" line="36" />
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/audit_page.py" line="36" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/audit_page.py" line="36" />
        <source>Detail</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../secdesk/gui/audit_page.py" line="112" />
        <source>All events</source>
        <translation>全部事件</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/audit_page.py" line="115" />
        <source>All results</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/audit_page.py" line="153" />
        <source>{0} events shown</source>
        <translation>显示 {0} 条事件</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/audit_page.py" line="157" />
        <source>Export audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/audit_page.py" line="163" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/audit_page.py" line="163" />
        <source>{0} events written to {1}.</source>
        <translation>已将 {0} 条事件写入 {1}。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/audit_page.py" line="175" />
        <location filename="../../secdesk/gui/audit_page.py" line="179" />
        <location filename="../../secdesk/gui/audit_page.py" line="185" />
        <source>Integrity check</source>
        <translation>完整性校验</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/audit_page.py" line="176" />
        <source>The database is intact and all {0} audit events verify.</source>
        <translation>数据库完整，全部 {0} 条审计事件校验无误。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/audit_page.py" line="180" />
        <source>The check FAILED:</source>
        <translation>校验未通过：</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="8" />
        <source>Search object, account, detail</source>
        <translation>搜索对象、账户、说明</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="11" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="13" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="22" />
        <source>Verify integrity…</source>
        <translation>完整性校验…</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="23" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../secdesk/gui/dialogs.py" line="23" />
        <source>Your password was set by the administrator. Choose your own password before you continue.</source>
        <translation>您的口令由系统管理员设置，继续使用前请设置您自己的口令。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/dialogs.py" line="25" />
        <source>At least 10 characters, with three of: lower case, upper case, digits, symbols.</source>
        <translation>口令至少10个字符，须包含小写字母、大写字母、数字、符号中的三类。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/dialogs.py" line="35" />
        <source>The two new passwords differ.</source>
        <translation>两次输入的新口令不一致。</translation>
    </message>
    <message>
        <location filename="../../forms/change_password.ui" line="6" />
        <source>Change password</source>
        <translation>修改口令</translation>
    </message>
    <message>
        <location filename="../../forms/change_password.ui" line="16" />
        <source>Current password:</source>
        <translation>原口令：</translation>
    </message>
    <message>
        <location filename="../../forms/change_password.ui" line="18" />
        <source>New password:</source>
        <translation>新口令：</translation>
    </message>
    <message>
        <location filename="../../forms/change_password.ui" line="20" />
        <source>New password again:</source>
        <translation>再次输入新口令：</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="51" />
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="52" />
        <source>The register is kept in one encrypted file on this computer. Its key file (.keys) is written beside it.</source>
        <translation>台账保存在本机的一个加密文件中，其密钥文件（.keys）写在同一文件夹。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="55" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="65" />
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../forms/lock_screen.ui" line="9" />
        <source>Screen locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <location filename="../../forms/lock_screen.ui" line="24" />
        <source>Password:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <location filename="../../forms/lock_screen.ui" line="26" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../forms/lock_screen.ui" line="27" />
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="76" />
        <source>Register</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="76" />
        <source>Carrier register</source>
        <translation>涉密载体台账</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="77" />
        <source>Lending</source>
        <translation>借阅</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="77" />
        <source>Lending and returns</source>
        <translation>借阅与归还</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="78" />
        <source>Personnel</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="78" />
        <source>Personnel files</source>
        <translation>涉密人员档案</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="79" />
        <source>Destruction</source>
        <translation>销毁</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="80" />
        <source>Inventory</source>
        <translation>清点</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="81" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="82" />
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="83" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="85" />
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="85" />
        <source>auditor</source>
        <translation>安全审计员</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="118" />
        <source>Database: {0}</source>
        <translation>数据库：{0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="126" />
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="127" />
        <source>Change password…</source>
        <translation>修改口令…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="128" />
        <source>Lock screen</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="129" />
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="138" />
        <source>secdesk — {0}</source>
        <translation>secdesk 涉密载体管理 — {0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="139" />
        <source>Account: {0} ({1})</source>
        <translation>当前账户：{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="180" />
        <source>The screen was locked and the database closed. {0}, enter your password to continue.</source>
        <translation>屏幕已锁定，数据库已关闭。{0}，请输入口令继续。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="236" />
        <source>Classified computer must not be networked: {0} is up</source>
        <translation>涉密计算机不得联网：检测到网络连接 {0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="240" />
        <source>Network: CONNECTED</source>
        <translation>网络：已联网！</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/main_window.py" line="244" />
        <source>Network: not connected</source>
        <translation>网络：未联网</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <location filename="../../secdesk/gui/pages.py" line="32" />
        <source>Not yet available in this version. Until it is, keep this part of the register on paper as before.</source>
        <translation>本版本尚未提供此功能。在提供之前，请继续按原有纸质台账办理。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/pages.py" line="39" />
        <source>Your role may not open this page ({0} only).</source>
        <translation>您的角色无权打开此页面（仅限{0}）。</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="135" />
        <location filename="../../secdesk/gui/setup_wizard.py" line="161" />
        <source>Recovery key sheet</source>
        <translation>恢复密钥单</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="136" />
        <source>If every password is forgotten or the key file is lost, only this sheet opens the database. Print it, seal it and keep it in the safe. It is shown only now.</source>
        <translation>全部口令遗忘或密钥文件丢失时，只有这张恢复密钥单能打开数据库。请打印、密封并存放于保密柜。它只在此时出现一次。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="139" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="140" />
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="141" />
        <source>The recovery key sheet is printed and sealed in the safe</source>
        <translation>恢复密钥单已打印并封存于保密柜</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../secdesk/gui/settings_page.py" line="65" />
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/settings_page.py" line="67" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/settings_page.py" line="73" />
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="176" />
        <source>secdesk — first-run set-up</source>
        <translation>secdesk — 首次使用设置</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../secdesk/app.py" line="74" />
        <source>Demo database: accounts admin, clerk, officer, auditor; password {0}</source>
        <translation>演示数据库：账户 admin、clerk、officer、auditor，口令 {0}</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/signin.py" line="33" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/signin.py" line="45" />
        <source>Enter the account name and the password.</source>
        <translation>请输入账户名和口令。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/signin.py" line="68" />
        <source>Checking the password…</source>
        <translation>正在核验口令…</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/signin.py" line="79" />
        <source>Network connection detected ({0}): a classified computer must not be networked.</source>
        <translation>检测到网络连接（{0}）：涉密计算机不得联网。</translation>
    </message>
    <message>
        <location filename="../../forms/signin.ui" line="6" />
        <source>secdesk — Sign in</source>
        <translation>secdesk — 登录</translation>
    </message>
    <message>
        <location filename="../../forms/signin.ui" line="10" />
        <source>Classified carrier register</source>
        <translation>涉密载体管理台账</translation>
    </message>
    <message>
        <location filename="../../forms/signin.ui" line="23" />
        <source>Account:</source>
        <translation>账户：</translation>
    </message>
    <message>
        <location filename="../../forms/signin.ui" line="25" />
        <source>Password:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <location filename="../../forms/signin.ui" line="27" />
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="76" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="77" />
        <source>The unit name is printed on every form; the unit code starts every carrier number, e.g. BMS-2026-000123K.</source>
        <translation>单位名称印在每张表单上；单位代码是载体编号的前缀，如 BMS-2026-000123K。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="83" />
        <source>Unit name:</source>
        <translation>单位名称：</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/setup_wizard.py" line="84" />
        <source>Unit code:</source>
        <translation>单位代码：</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../secdesk/gui/messages.py" line="25" />
        <source>An unexpected error occurred; details were written to {0}.</source>
        <translation>发生意外错误，详情已记入 {0}。</translation>
    </message>
    <message>
        <location filename="../../secdesk/gui/messages.py" line="32" />
        <source>secdesk</source>
        <translation>secdesk</translation>
    </message>
</context>
<context>
    <name>print_pdf</name>
    <message>
        <location filename="../../secdesk/gui/print_pdf.py" line="56" />
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
</context>
</TS>