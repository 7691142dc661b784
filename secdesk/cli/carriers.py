"""Command-line commands of the carrier register: ``carrier add|show|list``, ``labels``,
``print register``. Same rules and messages as the window."""

from __future__ import annotations

import argparse
from pathlib import Path

from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import CarrierDraft, CarrierType, Source, State
from secdesk.domain.carriers.rules import MAX_COPIES, MAX_PAGES
from secdesk.domain.carriers.query import RegisterQuery
from secdesk.domain.carriers.terms import parse_term
from secdesk.domain.events import event_zh
from secdesk.domain.validate import visible
from secdesk.cli.common import choice, counted, parse_day
from secdesk.services import carriers, printouts
from secdesk.services.files import save_file
from secdesk.services.printouts import LabelLayout


def add_commands(sub, vault_options, open_session) -> None:
    """Register the carrier commands on the top-level subparsers."""
    p = sub.add_parser("carrier", help="涉密载体台账 (carrier register): add|show|list")
    csub = p.add_subparsers(dest="carrier_command", metavar="ACTION", required=True)
    add = csub.add_parser("add", help="登记载体，打印新编号 (register; prints the numbers)")
    vault_options(add)
    add.add_argument("--title", required=True, help="文件资料名称")
    add.add_argument("--level", required=True, help="绝密|机密|秘密|内部")
    add.add_argument("--type", dest="ctype", required=True, help="|".join(t.value for t in CarrierType))
    add.add_argument("--term", default="", help="保密期限：20年 | 6个月 | 2027-06-30 | 条件；留空取最长期限")
    add.add_argument("--issue-date", help="制发日 YYYY-MM-DD")
    add.add_argument("--doc-no", default="", help="文号或编号（介质：保密编号/序列号）")
    add.add_argument("--origin", default="", help="制作发文单位")
    add.add_argument("--copies", type=counted("份数", MAX_COPIES), default=1, help="份数：N 份逐份登记，份号1…N")
    add.add_argument("--copy-no", type=counted("份号", MAX_COPIES), help="份号（单份登记时）")
    add.add_argument("--copies-total", type=counted("份数", MAX_COPIES), help="共几份（单份登记时）")
    add.add_argument("--pages", type=counted("页数", MAX_PAGES), help="页数")
    add.add_argument("--capacity", default="", help="容量（介质），如 32GB")
    add.add_argument("--location", default="", help="存放位置")
    add.add_argument("--custodian", default="", help="保管人")
    add.add_argument("--scope", default="", help="知悉范围")
    add.add_argument("--no-copy", action="store_true", help="不准复制")
    add.add_argument("--source", default="收文", help="收文|自制")
    add.add_argument("--basis", default="", help="定密依据（自制载体）")
    add.add_argument("--classifier", default="", help="定密责任人（自制载体）")
    add.add_argument("--external-number", default="", help="沿用原台账编号")
    add.add_argument("--remarks", default="", help="备注")
    add.set_defaults(func=lambda a: _add(a, open_session))

    show = csub.add_parser("show", help="载体详情与历史 (details and history)")
    vault_options(show)
    show.add_argument("number")
    show.set_defaults(func=lambda a: _show(a, open_session))

    lst = csub.add_parser("list", help="列出载体 (list)")
    vault_options(lst)
    lst.add_argument("--state", help="|".join(s.value for s in State))
    lst.add_argument("--level", help="绝密|机密|秘密|内部")
    lst.add_argument("--search", default="", help="编号、名称、文号、发文单位中的文字")
    lst.add_argument("--limit", type=counted("条数", 100000), default=1000)
    lst.set_defaults(func=lambda a: _list(a, open_session))


def add_label_command(sub, vault_options, open_session) -> None:
    """``labels``."""
    p = sub.add_parser("labels", help="打印载体标签到 PDF (labels)")
    vault_options(p)
    p.add_argument("--out", required=True, type=Path, help="PDF 文件")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--numbers", nargs="+", help="载体编号")
    which.add_argument("--all-in-room", action="store_true", help="全部在库载体")
    p.add_argument("--layout", default=LabelLayout.ROLL_50X30.value,
                   help="|".join(x.value for x in LabelLayout))
    p.add_argument("--start", type=counted("起始位置", 24), default=1, help="A4 标签纸的起始位置 1–24")
    p.set_defaults(func=lambda a: _labels(a, open_session))


def add_print_commands(psub, vault_options, open_session) -> None:
    """``print register`` (form 1) under ``print``."""
    reg = psub.add_parser("register", help="涉密载体登记台账 (form 1)")
    vault_options(reg)
    reg.add_argument("--out", required=True, type=Path, help="PDF 文件")
    reg.add_argument("--state", help="|".join(s.value for s in State))
    reg.add_argument("--level", help="绝密|机密|秘密|内部")
    reg.add_argument("--as-of", help="台账截至日期 YYYY-MM-DD")
    reg.set_defaults(func=lambda a: _print_register(a, open_session))


def _labels(args, open_session) -> int:
    layout = choice(LabelLayout, "标签版式")(args.layout)
    with open_session(args) as session:
        numbers = args.numbers or carriers.all_numbers(
            session, RegisterQuery(states=frozenset({State.IN_ROOM}), descending=False))
        sheet = printouts.label_sheet(session, numbers, layout, args.start)
        save_file(args.out, sheet.pdf)
        printouts.record_labels(session, sheet)
    extra = f"，其中补打 {len(sheet.reprints)} 枚" if sheet.reprints else ""
    print(f"已写入 {args.out}：{len(sheet.numbers)} 枚标签{extra}")
    return 0


def _print_register(args, open_session) -> int:
    query = RegisterQuery(
        states=frozenset({choice(State, "状态")(args.state)}) if args.state else frozenset(),
        levels=frozenset({choice(Level, "密级")(args.level)}) if args.level else frozenset(),
    )
    as_of = parse_day(args.as_of) if args.as_of else None
    with open_session(args) as session:
        pdf = printouts.register_sheet(session, query, as_of)
        save_file(args.out, pdf)
    print(f"已写入 {args.out}（{printouts.describe(query, as_of)}）")
    return 0


def _draft(args: argparse.Namespace) -> CarrierDraft:
    level = choice(Level, "密级")(args.level)
    extent = f"{args.pages}页" if args.pages else args.capacity
    return CarrierDraft(
        title=args.title, level=level, ctype=choice(CarrierType, "载体类别")(args.ctype),
        term=parse_term(args.term, level),
        issue_date=parse_day(args.issue_date) if args.issue_date else None,
        origin_unit=args.origin, doc_no=args.doc_no, extent=extent, copy_no=args.copy_no,
        copies_total=args.copies_total, scope=args.scope, no_copy=args.no_copy,
        source=choice(Source, "来源")(args.source), custodian=args.custodian,
        location=args.location, remarks=args.remarks, external_number=args.external_number,
        basis=args.basis, classifier=args.classifier,
    )


def _add(args, open_session) -> int:
    draft = _draft(args)
    with open_session(args) as session:
        made = carriers.register(session, draft, copies=args.copies)
    for carrier in made:
        print(carrier.number)
    return 0


def _show(args, open_session) -> int:
    with open_session(args) as session:
        carrier = carriers.find(session, args.number)
        events = carriers.history(session, carrier.number)
    d = carrier.draft
    rows = (("载体编号", carrier.number + ("（原有编号）" if carrier.external else "")),
            ("文件资料名称", d.title), ("密级", carrier.marking), ("载体类别", d.ctype.value),
            ("文号或编号", d.doc_no), ("制作发文单位", d.origin_unit), ("制发日", d.issue_date or ""),
            ("页数或容量", d.extent), ("份号", carrier.copy_text), ("知悉范围", d.scope),
            ("不准复制", "是" if d.no_copy else "否"), ("来源", d.source.value),
            ("定密依据", d.basis), ("定密责任人", d.classifier),
            ("保管人", d.custodian), ("存放位置", d.location), ("状态", carrier.state.value),
            ("备注", d.remarks), ("登记", f"{carrier.registered_at} {carrier.registered_by}"))
    for label, value in rows:
        print(f"{label}\t{visible(str(value))}")
    if carrier.void_reason:
        print(f"作废原因\t{visible(carrier.void_reason)}")
    print("历史")
    for e in events:
        print(f"  {e.at}\t{e.account}\t{event_zh(e.event)}\t{visible(str(e.after or ''))}\t{visible(e.detail)}")
    return 0


def _list(args, open_session) -> int:
    query = RegisterQuery(
        search=args.search,
        states=frozenset({choice(State, "状态")(args.state)}) if args.state else frozenset(),
        levels=frozenset({choice(Level, "密级")(args.level)}) if args.level else frozenset(),
        descending=False,
    )
    with open_session(args) as session:
        rows = carriers.page(session, query, limit=args.limit)
    for c in rows:
        print(f"{c.number}\t{visible(c.marking)}\t{c.draft.ctype.value}\t{c.copy_text}\t{c.state.value}\t"
              f"{visible(c.draft.location)}\t{visible(c.draft.title)}")
    return 0
