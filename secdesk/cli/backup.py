"""``secdesk backup``: a verified backup now (to removable media or the backup folder), the
restore drill (恢复演练), and the list of this database's backups."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from secdesk.cli.common import interfaces_up
from secdesk.domain.roles import Permission
from secdesk.services import backups, maintenance
from secdesk.services.session import sign_in

ACTIONS = ("now", "drill", "list")
REASON_ZH = {"auto": "自动", "manual": "手动", "before-migration": "升级前"}


def add_commands(sub, vault_options, passwords, say_warnings) -> None:
    """``backup [now|drill|list]``; ``passwords(args)`` reads passwords as ``--password-stdin``
    says, ``say_warnings(session)`` prints what sign-in found."""
    p = sub.add_parser(
        "backup", help="备份数据库 (verified backup): now|drill|list",
        description="now（默认）：备份到 --out 指定的文件夹（如U盘），省略则到设置中的备份文件夹；"
                    "drill：将最新备份（或 --from 指定的备份）恢复到临时位置、登录并校验，然后删除；"
                    "list：列出备份文件夹中本数据库的备份")
    p.add_argument("action", nargs="?", choices=ACTIONS, default="now", help="now|drill|list")
    vault_options(p)
    p.add_argument("--out", type=Path, help="备份到此文件夹 (folder, e.g. on a USB drive)")
    p.add_argument("--from", dest="source", type=Path, help="drill：要演练的备份文件夹 (backup folder)")
    p.set_defaults(func=lambda args: _run(args, passwords(args), say_warnings))


def _run(args: argparse.Namespace, passwords, say_warnings) -> int:
    password = passwords.read(f"{args.user} 的口令 (password): ")
    with say_warnings(sign_in(args.db, args.user, password, network_up=interfaces_up())) as session:
        if args.action == "drill":
            return _drill(session, password, args.source)
        if args.action == "list":
            return _list(session)
        folder = maintenance.backup(session, args.out)
    print(f"备份完成并已校验：{folder}")
    return 0


def _drill(session, password: str, source: Path | None) -> int:
    report = maintenance.drill(session, password, source)
    if not report.ok:
        print(f"错误：恢复演练未通过（{report.folder}）：{report.problem} (restore drill failed)", file=sys.stderr)
        return 1
    print(f"恢复演练通过：{report.folder} 已恢复到临时位置并登录，每页校验无误，审计链{report.events}条事件无误，"
          f"账户{report.accounts}个；临时副本已删除")
    return 0


def _list(session) -> int:
    session.require(Permission.BACKUP, "backup.list")
    folder = backups.backup_folder(session)
    found = backups.backups_of(session)
    print(f"备份文件夹：{folder}（{len(found)}份）")
    for b in reversed(found):
        state = "已校验" if b.verified else "未完成"
        print(f"{b.path.name}\t{b.taken:%Y-%m-%d %H:%M}\t{REASON_ZH.get(b.reason, b.reason)}\t{state}")
    return 0
