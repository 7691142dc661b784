"""The command line (命令行) for administrators and scripts.

Every command that opens a vault takes ``--db`` and ``--user`` and reads the password from
the terminal, or from standard input with ``--password-stdin`` (one password per line, in
the order the command's help gives) — never from an argument or the environment.
Commands exit 0 on success; otherwise they print one line, ``中文 (English)``, and exit
non-zero. No traceback is ever printed.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from secdesk import __version__
from secdesk.cli import backup, carriers, exporting, importing, inventory, lending, lifecycle, personnel
from secdesk.cli.common import VisibleText, counted, decoded, not_utf8, protect_vault
from secdesk.demo import MAX_SIZE as MAX_DEMO_SIZE
from secdesk.domain.errors import InvalidInput, SecdeskError
from secdesk.domain.validate import visible
from secdesk.domain.roles import ROLE_ZH, Permission, parse_roles
from secdesk.services import accounts, audit_log, setup
from secdesk.services.session import Session, sign_in
from secdesk.errorlog import log_unexpected
from secdesk.cli.common import interfaces_up
from secdesk.services.files import save_file

EPILOG = "不带参数运行 secdesk 打开图形界面。(Run secdesk without arguments for the window.)"


class Parser(argparse.ArgumentParser):
    """argparse with a one-line usage error (the subcommands' parsers are of this class too)."""

    def error(self, message: str):
        """Print ``错误：…`` in one line and exit 2, instead of the usage text."""
        self.exit(2, f"错误：命令参数有误，请看 {self.prog} --help (usage: {visible(message)})\n")


class Passwords:
    """Reads passwords from the terminal, or line by line from stdin."""

    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin

    def read(self, prompt: str, confirm: bool = False) -> str:
        """One password; ``confirm`` asks twice on a terminal."""
        if self.from_stdin:
            try:
                line = sys.stdin.readline()
            except UnicodeDecodeError:
                raise not_utf8("口令") from None
            if not line:
                raise InvalidInput("口令", "标准输入中缺少口令行", "a password line is missing on stdin")
            return decoded("口令", line.rstrip("\r\n"), shown=False)
        if not sys.stdin.isatty():
            raise InvalidInput("口令", "非终端运行时请使用 --password-stdin",
                               "not a terminal: use --password-stdin")
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("再次输入 (again): ") != first:
            raise InvalidInput("口令", "两次输入不一致", "the two entries differ")
        return first


def _vault_options(p: argparse.ArgumentParser, user: bool = True) -> None:
    p.add_argument("--db", required=True, type=Path, help="数据库文件 (database file)")
    if user:
        p.add_argument("--user", required=True, help="账户名 (account name)")
    p.add_argument("--password-stdin", action="store_true",
                   help="从标准输入逐行读取口令 (read passwords from stdin, one per line)")


def _open(args) -> Session:
    password = Passwords(args.password_stdin).read(f"{args.user} 的口令 (password): ")
    session = sign_in(args.db, args.user, password, network_up=interfaces_up())
    say_warnings(session)
    if session.password_expired:  # the window asks for a new one; here it is named
        days = session.settings()["password.max_age_days"]
        print(f"提示：口令已超过{days}天未更换，请用 secdesk user passwd --db {args.db} --user {args.user} 修改"
              f" (the password is older than {days} days; change it)", file=sys.stderr)
    return session


def say_warnings(session: Session) -> Session:
    """What sign-in found (a database older than its anchors) goes to stderr first."""
    for text in session.warnings:
        print(f"警告：{text}", file=sys.stderr)
    return session


def cmd_init(args) -> int:
    """Create a vault; print or save the recovery key sheet."""
    pw = Passwords(args.password_stdin).read(f"管理员 {args.admin} 的口令 (password): ", confirm=True)
    session, secret = setup.initialise(args.db, args.unit_name, args.unit_code, args.admin, pw)
    try:
        key_text = setup.recovery_key_text(secret)
        if args.recovery_sheet:
            save_file(args.recovery_sheet, setup.recovery_sheet_pdf(session, args.db.name, key_text))
            print(f"已建立数据库 {args.db}；恢复密钥单已写入 {args.recovery_sheet}，打印后请删除该文件并将纸质单据封存于保密柜")
        else:
            print(f"已建立数据库 {args.db}。恢复密钥（仅显示这一次，请抄写后封存于保密柜）：")
            print(key_text)
        print("审计验证码（仅显示这一次，抄写后密封交安全审计员保管；核验：secdesk verify --audit-seed）：")
        print(session.audit_seed)
    finally:
        session.close()
    return 0


def cmd_user(args) -> int:
    """Account administration: add, list, passwd, disable, unlock."""
    passwords = Passwords(args.password_stdin)
    with say_warnings(sign_in(args.db, args.user, passwords.read(f"{args.user} 的口令 (password): "),
                              network_up=interfaces_up())) as session:
        return USER_ACTIONS[args.action](session, args, passwords)


def _user_add(session, args, passwords) -> int:
    """Permission, name and roles are checked before the new password is asked for."""
    session.require(Permission.MANAGE_ACCOUNTS, "account.create", f"account:{args.name or ''}")
    if not args.name or not args.role:
        raise InvalidInput("参数", "user add 需要 NAME 和 --role", "user add needs NAME and --role")
    roles = parse_roles(args.role)
    pw = passwords.read(f"新账户 {args.name} 的初始口令 (initial password): ", confirm=True)
    row = accounts.add_account(session, args.name, roles, pw, args.full_name or "")
    print(f"已新建账户 {row.name}（{'、'.join(ROLE_ZH[r] for r in sorted(row.roles))}），首次登录须修改口令")
    return 0


def _user_list(session, args, passwords) -> int:
    for a in accounts.list_accounts(session):
        state = "停用" if not a.active else ("锁定" if a.locked else "在用")
        roles = ",".join(sorted(a.roles))
        print(f"{a.name}\t{roles}\t{state}\t{a.full_name}\t{a.last_sign_in or '-'}")
    return 0


def _user_passwd(session, args, passwords) -> int:
    if args.name and args.name.casefold() != session.actor.name.casefold():
        session.require(Permission.MANAGE_ACCOUNTS, "account.reset", f"account:{args.name}")  # before any prompt
        second = (args.second, passwords.read(f"会同人 {args.second} 的口令 (password): ")) if args.second else None
        recovery = passwords.read("恢复密钥 (recovery key): ") if args.recovery_key else ""
        pw = passwords.read(f"{args.name} 的新临时口令 (new temporary password): ", confirm=True)
        accounts.reset_password(session, args.name, pw, second, recovery)
        print(f"已重置 {args.name} 的口令，其下次登录须修改")
        return 0
    old = passwords.read("原口令 (current password): ")
    new = passwords.read("新口令 (new password): ", confirm=True)
    accounts.change_own_password(session, old, new)
    print("口令已修改")
    return 0


def _user_disable(session, args, passwords) -> int:
    if not args.name:
        raise InvalidInput("参数", "user disable 需要 NAME", "user disable needs NAME")
    accounts.disable_account(session, args.name, args.reason or "")
    print(f"已停用账户 {args.name}（其历史记录保留）")
    return 0


def _user_unlock(session, args, passwords) -> int:
    if not args.name:
        raise InvalidInput("参数", "user unlock 需要 NAME", "user unlock needs NAME")
    accounts.unlock_account(session, args.name)
    print(f"已解锁账户 {args.name}")
    return 0


USER_ACTIONS = {
    "add": _user_add,
    "list": _user_list,
    "passwd": _user_passwd,
    "disable": _user_disable,
    "unlock": _user_unlock,
}


def cmd_verify(args) -> int:
    """Integrity of every page and of the audit chain (and, given the auditor's 审计验证码,
    that no sealed event was changed, removed or reordered)."""
    passwords = Passwords(args.password_stdin)
    with say_warnings(sign_in(args.db, args.user, passwords.read(f"{args.user} 的口令 (password): "),
                              network_up=interfaces_up(), full_check=True)) as session:
        report = audit_log.verify(session)
        if args.audit_seed:
            sealed = audit_log.verify_sealed(session, passwords.read("审计验证码 (audit verification code): "))
            return _sealed_verdict(report, sealed)
    if report.ok:
        print(f"校验通过：数据库完整，审计链共 {report.chain.checked} 条事件无误 "
              f"(OK: {report.chain.checked} events checked)")
        return 0
    for problem in report.integrity:
        print(f"数据库完整性问题 (integrity): {problem}")
    if not report.chain.ok:
        print(f"审计链校验失败：已核对 {report.chain.checked} 条；{report.chain.problem_zh} "
              f"({report.chain.problem_en})")
    return 1


def _sealed_verdict(report, sealed) -> int:
    """Print what the chain and the seal prove; 0 only if both hold."""
    if not report.chain.ok:
        print(f"审计链校验失败：{report.chain.problem_zh} ({report.chain.problem_en})")
    if sealed.ok:
        print(f"封存核验通过：第{sealed.generation}代封存的{sealed.epochs}个已封存时段、{sealed.events}条事件"
              f"均与封存时一致 (OK: {sealed.epochs} sealed epochs, {sealed.events} events)")
    else:
        print(f"封存核验失败：{sealed.problem_zh} ({sealed.problem_en})")
    if sealed.open_from is not None:
        print(f"第{sealed.open_from}号事件起属于尚未封存的当前时段，无法担保 "
              f"(events from {sealed.open_from} are in the open epoch: not vouched for)")
    return 0 if sealed.ok and report.ok else 1


def cmd_audit_seed(args) -> int:
    """The auditor takes a new 审计验证码 where no sealing generation is running."""
    with _open(args) as session:
        code = audit_log.start_sealing(session)
    print("审计验证码（仅显示这一次，请抄写后密封保管；核验：secdesk verify --audit-seed）：")
    print(code)
    return 0


def cmd_demo(args) -> int:
    """Build the demo database."""
    from secdesk.demo.main import DEMO_PASSWORD, build_demo

    password = Passwords(True).read("") if args.password_stdin else DEMO_PASSWORD
    build_demo(args.db, password, size=args.size)
    print(f"已建立演示数据库 {args.db}；账户 admin、clerk、officer、auditor")
    if not args.password_stdin:
        print(f"演示口令 (demo password): {DEMO_PASSWORD}")
    return 0


def cmd_recover(args) -> int:
    """Sign in with the recovery key; set a new administrator password."""
    passwords = Passwords(args.password_stdin)
    key = passwords.read("恢复密钥 (recovery key): ")
    new = passwords.read(f"{args.user} 的新口令 (new password): ", confirm=True)
    session = setup.recover(args.db, key, args.user, new)
    session.close()
    print(f"已用恢复密钥为 {args.user} 设置新口令；其他账户如无法登录，请由管理员重置口令")
    return 0


def cmd_restore(args) -> int:
    """Restore a backup to a new database file and sign in there to prove it."""
    from secdesk.services.maintenance import restore

    password = Passwords(args.password_stdin).read(f"{args.user} 的口令 (password): ")
    with restore(args.source, args.db, args.user, password):
        pass
    print(f"已从备份恢复并校验：{args.db}")
    return 0


def build_parser(pdf_reader=None) -> argparse.ArgumentParser:
    """The argument parser with every command. ``pdf_reader()`` gives the function that reads
    a PDF's pages (the window's QtPdf, handed in by ``secdesk.__main__``); without it the
    commands that read PDFs refuse."""
    parser = Parser(prog="secdesk", description="涉密载体管理台账 secdesk", epilog=EPILOG)
    parser.add_argument("--version", action="version", version=f"secdesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", help="新建数据库 (create a vault)")
    _vault_options(p, user=False)
    p.add_argument("--unit-name", required=True, help="单位名称")
    p.add_argument("--unit-code", required=True, help="单位代码，载体编号前缀 (e.g. BMS)")
    p.add_argument("--admin", required=True, help="管理员账户名")
    p.add_argument("--recovery-sheet", type=Path, help="恢复密钥单 PDF 输出路径")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("user", help="账户管理 (accounts): add|list|passwd|disable|unlock",
                       description="stdin 口令顺序：本人口令，然后新口令 (own password, then the new one)")
    p.add_argument("action", choices=sorted(USER_ACTIONS))
    p.add_argument("name", nargs="?", help="目标账户 (target account)")
    _vault_options(p)
    p.add_argument("--role", help="角色 admin,clerk,officer,auditor")
    p.add_argument("--full-name", help="姓名")
    p.add_argument("--reason", help="停用原因")
    p.add_argument("--second", metavar="ACCOUNT",
                   help="passwd 安全保密管理员或审计员时：会同的另一名三员账户（随后输入其口令）")
    p.add_argument("--recovery-key", action="store_true",
                   help="passwd 安全保密管理员或审计员时：改用恢复密钥（随后输入）")
    p.set_defaults(func=cmd_user)

    p = sub.add_parser("verify", help="校验数据库与审计链 (integrity and audit chain)",
                       description="--audit-seed：口令之后再读入审计验证码 (the code is read after the password)")
    _vault_options(p)
    p.add_argument("--audit-seed", action="store_true",
                   help="用审计员的审计验证码核验已封存的审计日志 (check the sealed log with the auditor's code)")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("audit-seed", help="审计员领取新的审计验证码（仅在无进行中的封存时）")
    _vault_options(p)
    p.set_defaults(func=cmd_audit_seed)

    p = sub.add_parser("demo", help="建立演示数据库 (build the demo database)")
    _vault_options(p, user=False)
    p.add_argument("--size", type=counted("规模", MAX_DEMO_SIZE), default=1, help=f"规模倍数 1–{MAX_DEMO_SIZE} (scale)")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("recover", help="用恢复密钥重设管理员口令 (recovery key)",
                       description="stdin 顺序：恢复密钥，新口令 (recovery key, then new password)")
    _vault_options(p)
    p.set_defaults(func=cmd_recover)

    p = sub.add_parser("restore", help="从备份恢复到新数据库文件 (restore a backup to a new file)")
    _vault_options(p)
    p.add_argument("--from", dest="source", required=True, type=Path, help="备份文件夹 (backup folder)")
    p.set_defaults(func=cmd_restore)

    backup.add_commands(sub, _vault_options, lambda a: Passwords(a.password_stdin), say_warnings)

    carriers.add_commands(sub, _vault_options, _open)
    carriers.add_label_command(sub, _vault_options, _open)
    p = sub.add_parser("print", help="打印报表到 PDF (print forms): register")
    psub = p.add_subparsers(dest="form", metavar="FORM", required=True)
    for area in (carriers, personnel, lending, lifecycle):
        area.add_print_commands(psub, _vault_options, _open)
    inventory.add_print_commands(psub, _vault_options, _open, pdf_reader)
    personnel.add_commands(sub, _vault_options, _open)
    lending.add_commands(sub, _vault_options, _open)
    lifecycle.add_commands(sub, _vault_options, _open, lambda a: Passwords(a.password_stdin))
    inventory.add_commands(sub, _vault_options, _open, pdf_reader)
    importing.add_commands(sub, _vault_options, _open)
    exporting.add_commands(sub, _vault_options, _open)
    return parser


def run(argv: list[str], pdf_reader=None) -> int:
    """Run one command; turn every failure into a one-line message and an exit code. What
    it prints shows control and bidi characters as escapes, whatever the data holds."""
    with redirect_stdout(VisibleText(sys.stdout)), redirect_stderr(VisibleText(sys.stderr)):
        return _run(argv, pdf_reader)


def _run(argv: list[str], pdf_reader) -> int:
    parser = build_parser(pdf_reader)
    try:
        for value in argv:
            decoded("命令参数", value)
        args = parser.parse_args(argv)  # a typed value is checked here (dates, choices)
        protect_vault(args)
        return args.func(args)
    except SecdeskError as exc:
        print(f"错误：{visible(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("已取消 (cancelled)", file=sys.stderr)
        return 130
    except Exception as exc:  # the last line of defence: log, never show a traceback
        path = log_unexpected(exc)
        print(f"内部错误，详情已记入 {path} (internal error, logged)", file=sys.stderr)
        return 70
