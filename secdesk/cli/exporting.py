"""``secdesk export register|loans|personnel --out FILE.xlsx|.csv`` (导出).

The columns of the printed form; the marking of the content on the first row and its
level word in the file name (inserted before the extension when the name lacks it; the
name written is printed). ``--encoding gb18030`` for a CSV that older WPS reads; UTF-8
with BOM by default. The file is whole or absent; one audit event names it.
"""

from __future__ import annotations

from pathlib import Path

from secdesk.cli.common import choice, parse_day
from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import CarrierType, State
from secdesk.domain.carriers.query import RegisterQuery
from secdesk.domain.errors import InvalidInput
from secdesk.domain.personnel.model import Clearance, Status
from secdesk.services import exporting

ENCODINGS = {"utf-8": "utf-8-sig", "utf8": "utf-8-sig", "gb18030": "gb18030"}


def add_commands(sub, vault_options, open_session) -> None:
    """Register ``export`` on the top-level subparsers."""
    p = sub.add_parser("export", help="导出台账、借阅登记表或人员名册到 .xlsx/.csv (export)")
    esub = p.add_subparsers(dest="export_command", metavar="WHAT", required=True)
    reg = esub.add_parser("register", help="涉密载体登记台账（表1的列）")
    _common(reg, vault_options)
    reg.add_argument("--state", help="|".join(s.value for s in State))
    reg.add_argument("--level", help="绝密|机密|秘密|内部")
    reg.add_argument("--type", dest="ctype", help="|".join(t.value for t in CarrierType))
    reg.add_argument("--search", default="", help="编号、名称、文号、发文单位中的文字")
    reg.add_argument("--location", default="", help="存放位置")
    reg.set_defaults(func=lambda a: _register(a, open_session))
    loans = esub.add_parser("loans", help="涉密载体借阅登记表（表2的列）")
    _common(loans, vault_options)
    loans.add_argument("--from", dest="first", type=parse_day, help="借阅日期起 YYYY-MM-DD（默认：全部）")
    loans.add_argument("--to", dest="last", type=parse_day, help="借阅日期止 YYYY-MM-DD（默认：今天）")
    loans.set_defaults(func=lambda a: _loans(a, open_session))
    people = esub.add_parser("personnel", help="涉密人员名册（证件号按权限显示）")
    _common(people, vault_options)
    people.add_argument("--dept", default="", help="部门")
    people.add_argument("--level", default="", help="核心|重要|一般")
    people.add_argument("--status", default="", help="|".join(s.value for s in Status))
    people.set_defaults(func=lambda a: _personnel(a, open_session))


def _common(cmd, vault_options) -> None:
    vault_options(cmd)
    cmd.add_argument("--out", required=True, type=Path, help="导出文件 .xlsx 或 .csv（文件名中会带上最高密级）")
    cmd.add_argument("--encoding", default="utf-8", type=_encoding, help="CSV 的字符编码：utf-8（带BOM，默认）或 gb18030")


def _encoding(text: str) -> str:
    found = ENCODINGS.get(text.strip().lower().replace("_", "-"))
    if found is None:
        raise InvalidInput("--encoding", f"“{text}”不可用，应为 utf-8 或 gb18030", "use utf-8 or gb18030")
    return found


def _register(args, open_session) -> int:
    def chosen(enum, label, value):
        return frozenset({choice(enum, label)(value)}) if value else frozenset()

    query = RegisterQuery(search=args.search.strip(), location=args.location.strip(),
                          states=chosen(State, "状态", args.state), levels=chosen(Level, "密级", args.level),
                          types=chosen(CarrierType, "载体类别", args.ctype), descending=False)
    with open_session(args) as session:
        result = exporting.export_register(session, query, args.out, args.encoding)
    return _said(result, "件")


def _loans(args, open_session) -> int:
    with open_session(args) as session:
        result = exporting.export_loans(session, args.out, args.first, args.last, args.encoding)
    return _said(result, "次借阅")


def _personnel(args, open_session) -> int:
    clearance = choice(Clearance, "涉密等级")(args.level).value if args.level else ""
    status = choice(Status, "状态")(args.status).value if args.status else ""
    with open_session(args) as session:
        result = exporting.export_personnel(session, args.out, args.dept.strip(), clearance, status, args.encoding)
    return _said(result, "人")


def _said(result: exporting.ExportResult, unit: str) -> int:
    print(f"已导出 {result.rows} {unit}到 {result.path}（{result.marking}）")
    level = exporting.level_of(result.marking)
    if level == "内部":
        print("注意：本文件含内部事项（工作秘密），只能存入批准的介质，不得拷入联网计算机")
    else:
        print(f"注意：本文件按{level}级涉密载体管理，只能存入批准的涉密介质并登记，不得拷入联网计算机")
    return 0
