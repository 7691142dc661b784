"""Command line for inventory (清点), missing carriers and incidents, inspections, and the
sealed quarterly register: ``secdesk inventory|missing|incident|inspection …``,
``secdesk print inventory|incident|notice|quarterly …`` and ``secdesk verify-register F.pdf``."""

from __future__ import annotations

import sys
from pathlib import Path

from secdesk.cli.common import choice, counted, decoded, each, not_utf8, parse_day, pdf_command
from secdesk.domain.validate import visible
from secdesk.domain.errors import InvalidInput, SecdeskError
from secdesk.domain.inventory.reconcile import Outcome, ScopeKind
from secdesk.services import inspections, inventory, inventory_prints, missing, quarterly
from secdesk.services.inspections import InspectionDraft, Kind

SCOPES = {"all": ScopeKind.ALL, "location": ScopeKind.LOCATION, "level": ScopeKind.LEVEL}


def _reader(pdf_reader):
    """The PDF reader handed in by the entry point, or a refusal naming what is missing."""
    if pdf_reader is None:
        raise InvalidInput("PDF", "此命令需要程序自带的 PDF 组件，请用 secdesk 命令运行",
                           "this command needs the program's PDF engine: run it as secdesk")
    return pdf_reader()


def add_commands(sub, vault_options, open_session, pdf_reader) -> None:
    """``inventory``, ``missing``, ``incident``, ``inspection``, ``verify-register``."""
    _inventory_commands(sub, vault_options, open_session)
    _missing_commands(sub, vault_options, open_session)
    _inspection_commands(sub, vault_options, open_session)
    p = sub.add_parser("verify-register", help="核验季度台账 (verify a sealed quarterly register PDF)")
    vault_options(p)
    p.add_argument("pdf", type=Path, metavar="F.pdf")
    p.set_defaults(func=lambda a: _verify(a, open_session, pdf_reader))


def _command(parent, name: str, text: str, vault_options, func, *arguments):
    p = parent.add_parser(name, help=text)
    vault_options(p)
    for flags, options in arguments:
        p.add_argument(*flags, **options)
    p.set_defaults(func=func)
    return p


def _inventory_commands(sub, vault_options, open_session) -> None:
    p = sub.add_parser("inventory", help="清点 (inventory): start|scan|pause|resume|show|finish|list")
    isub = p.add_subparsers(dest="action", required=True)
    session_arg = (("session",), {"metavar": "PD-编号"})
    _command(isub, "start", "开始清点", vault_options, lambda a: _start(a, open_session),
             (("--scope",), {"choices": list(SCOPES), "default": "all", "help": "all|location|level"}),
             (("--value",), {"default": "", "help": "存放位置或密级"}))
    _command(isub, "scan", "扫描（编号作参数，或从标准输入逐行读取）", vault_options, lambda a: _scan(a, open_session),
             session_arg, (("codes",), {"nargs": "*", "metavar": "编号"}))
    for name, text, act in (("pause", "暂停清点", inventory.pause), ("resume", "继续清点", inventory.resume)):
        _command(isub, name, text, vault_options, lambda a, act=act: _show(a, open_session, act), session_arg)
    _command(isub, "show", "清点结果（默认只列不符的）", vault_options,
             lambda a: _show(a, open_session, inventory.view), session_arg,
             (("--all",), {"action": "store_true", "help": "也列出相符的"}))
    _command(isub, "finish", "完成清点（两名以上清查人）", vault_options, lambda a: _finish(a, open_session),
             session_arg, (("--checker",), {"action": "append", "default": [], "help": "清查人证卡号或姓名，可重复"}),
             (("--note",), {"default": ""}),
             (("--mark-missing",), {"action": "store_true", "help": "将未找到的载体登记为下落不明"}))
    _command(isub, "list", "列出清点", vault_options, lambda a: _sessions(a, open_session))


def _start(args, open_session) -> int:
    with open_session(args) as session:
        view = inventory.start(session, SCOPES[args.scope], args.value)
        counts = inventory.counts(session, view.row.number)
    print(f"{view.row.number}\t{view.scope_text}\t应有 {counts.expected}")
    return 0


def _scan(args, open_session) -> int:
    failed = 0
    with open_session(args) as session:  # the password comes first on stdin, then the codes
        inventory.counts(session, args.session)  # an unknown session is refused once, before any code
        codes = args.codes or _codes_from_stdin()
        for code in codes:
            try:
                result = inventory.scan(session, args.session, code)
            except SecdeskError as exc:
                failed += 1
                print(f"错误：{visible(f'{code}：{exc}')}", file=sys.stderr)
                continue
            line = result.line
            print(f"{line.outcome.value}\t{line.number}\t{line.detail}")
        counts = inventory.counts(session, args.session)
    print(f"应有 {counts.expected}\t已扫 {counts.found}\t剩余 {counts.left}")
    return 7 if failed else 0


def _codes_from_stdin() -> list[str]:
    """The scanned codes, one a line, after the password on stdin."""
    try:
        return [decoded("编号", line.strip()) for line in sys.stdin if line.strip()]
    except UnicodeDecodeError:
        raise not_utf8("编号") from None


def _show(args, open_session, act) -> int:
    with open_session(args) as session:
        view = act(session, args.session)
    row, result = view.row, view.reconciliation
    print(f"{row.number}\t{row.state}\t{view.scope_text}\t应有 {result.expected_here}\t实有 {result.found_here}"
          + (f"\t清查人 {'、'.join(row.checkers)}" if row.checkers else ""))
    for line in result.lines:
        if getattr(args, "all", False) or line.outcome is not Outcome.FOUND:
            print(f"{line.outcome.value}\t{line.number}\t{line.level}\t{line.detail}")
    return 0


def _finish(args, open_session) -> int:
    with open_session(args) as session:
        view = inventory.finish(session, args.session, args.checker, args.note, args.mark_missing)
    return _print_view(view)


def _print_view(view) -> int:
    result = view.reconciliation
    print(f"{view.row.number}\t{view.row.state}\t应有 {result.expected_here}\t实有 {result.found_here}\t"
          f"未找到 {len(result.of(Outcome.MISSING))}\t异常 {len(result.of(Outcome.UNEXPECTED))}")
    return 0


def _sessions(args, open_session) -> int:
    with open_session(args) as session:
        for r in inventory.sessions(session):
            print(f"{r.number}\t{r.state}\t{inventory.scope_text(r.scope_kind, r.scope_value)}\t{r.started_at[:16]}")
    return 0


def _missing_commands(sub, vault_options, open_session) -> None:
    p = sub.add_parser("missing", help="下落不明 (missing carriers): mark|found|list")
    msub = p.add_subparsers(dest="action", required=True)
    _command(msub, "mark", "登记下落不明", vault_options, lambda a: _mark(a, open_session),
             (("numbers",), {"nargs": "+", "metavar": "编号"}), (("--since",), {"type": parse_day}),
             (("--place",), {"default": ""}), (("--finder",), {"default": ""}), (("--note",), {"default": ""}))
    _command(msub, "found", "找回", vault_options, lambda a: _found(a, open_session),
             (("number",), {"metavar": "编号"}), (("--note",), {"required": True, "help": "在何处、由谁找回"}))
    _command(msub, "list", "列出下落不明的载体", vault_options, lambda a: _missing_list(a, open_session),
             (("--all",), {"action": "store_true", "help": "包括已找回的"}))
    p = sub.add_parser("incident", help="泄密事件 (incidents): list|escalate|report|close")
    isub = p.add_subparsers(dest="action", required=True)
    _command(isub, "list", "列出泄密事件", vault_options, lambda a: _incidents(a, open_session),
             (("--open",), {"action": "store_true"}))
    _command(isub, "escalate", "将超过查找期限的下落不明载体按泄密事件处理", vault_options,
             lambda a: _escalate(a, open_session))
    _command(isub, "report", "登记已报告（安全保密管理员）", vault_options,
             lambda a: _incident_do(a, open_session, lambda s: missing.record_report(s, a.incident)),
             (("incident",), {"metavar": "SJ-编号"}))
    _command(isub, "close", "结案（安全保密管理员）", vault_options,
             lambda a: _incident_do(a, open_session, lambda s: missing.close_incident(s, a.incident, a.conclusion)),
             (("incident",), {"metavar": "SJ-编号"}), (("--conclusion",), {"required": True}))


def _mark(args, open_session) -> int:
    with open_session(args) as session:
        return each(args.numbers, lambda n: _missing_line(
            missing.mark_missing(session, n, args.since, args.place, args.finder, args.note)))


def _missing_line(m) -> str:
    deadline = m.deadline.isoformat() if m.deadline else "无法定期限"
    state = f"找回 {m.found_at[:10]}" if m.found_at else "下落不明"
    return f"{m.number}\t{m.marking}\t{state}\t发现 {m.since.isoformat()}\t查找期限 {deadline}\t{m.incident}"


def _found(args, open_session) -> int:
    with open_session(args) as session:
        print(_missing_line(missing.found(session, args.number, args.note)))
    return 0


def _missing_list(args, open_session) -> int:
    with open_session(args) as session:
        for m in missing.list_missing(session, open_only=not args.all):
            print(_missing_line(m))
    return 0


def _incident_line(i) -> str:
    return (f"{i.number}\t{i.carrier_number}\t立案 {i.opened_at[:10]}\t报告 {(i.reported_at or '未报告')[:10]}"
            f"\t结案期限 {i.close_due.isoformat()}\t{'已结案' if i.closed_at else '未结案'}")


def _incidents(args, open_session) -> int:
    with open_session(args) as session:
        for i in missing.incidents(session, open_only=args.open):
            print(_incident_line(i))
    return 0


def _escalate(args, open_session) -> int:
    with open_session(args) as session:
        for i in missing.escalate_due(session):
            print(_incident_line(i))
    return 0


def _incident_do(args, open_session, act) -> int:
    with open_session(args) as session:
        print(_incident_line(act(session)))
    return 0


def _inspection_commands(sub, vault_options, open_session) -> None:
    p = sub.add_parser("inspection", help="检查与整改 (inspections): record|list|notice|report|recheck")
    isub = p.add_subparsers(dest="action", required=True)
    _command(isub, "record", "登记检查及发现的问题", vault_options, lambda a: _record(a, open_session),
             (("--date",), {"type": parse_day, "required": True}),
             (("--kind",), {"required": True, "help": "|".join(k.value for k in Kind)}),
             (("--inspectors",), {"required": True}), (("--scope",), {"default": ""}),
             (("--summary",), {"default": ""}),
             (("--finding",), {"action": "append", "default": [], "help": "部门:问题，可重复"}))
    _command(isub, "list", "列出检查及问题", vault_options, lambda a: _inspection_list(a, open_session))
    _command(isub, "notice", "下发整改通知书（安全保密管理员）", vault_options, lambda a: _notice(a, open_session),
             (("finding",), {"type": counted("问题序号", 10**9), "metavar": "问题序号"}),
             (("--requirements",), {"required": True}),
             (("--due",), {"type": parse_day, "required": True}))
    _command(isub, "report", "登记整改情况", vault_options,
             lambda a: _finding_do(a, open_session, lambda s: inspections.record_report(s, a.notice, a.text)),
             (("notice",), {"metavar": "ZG-编号"}), (("--text",), {"required": True}))
    _command(isub, "recheck", "复查（安全保密管理员）", vault_options,
             lambda a: _finding_do(a, open_session, lambda s: inspections.recheck(
                 s, a.notice, a.result == "passed", a.opinion, a.due)),
             (("notice",), {"metavar": "ZG-编号"}), (("--result",), {"choices": ["passed", "failed"], "required": True}),
             (("--opinion",), {"required": True}), (("--due",), {"type": parse_day}))


def _record(args, open_session) -> int:
    problems = []
    for text in args.finding:
        dept, sep, problem = text.partition(":") if ":" in text else text.partition("：")
        problems.append((dept, problem) if sep else ("", text))
    draft = InspectionDraft(args.date, choice(Kind, "检查类别")(args.kind), args.inspectors, args.scope, args.summary,
                            tuple(problems))
    with open_session(args) as session:
        _print_inspection(inspections.record(session, draft))
    return 0


def _print_inspection(row) -> None:
    print(f"{row.number}\t{row.held_on.isoformat()}\t{row.kind}\t{row.inspectors}\t问题 {len(row.findings)} 项")
    for f in row.findings:
        print(f"  #{f.id}\t{f.dept or '—'}\t{f.problem}\t{_notice_state(f)}")


def _notice_state(f) -> str:
    if not f.notice:
        return "未下发通知书"
    if f.closed_on:
        return f"{f.notice} 已关闭"
    return f"{f.notice} 整改期限 {f.due_on.isoformat()}" + ("，待复查" if f.report else "")


def _inspection_list(args, open_session) -> int:
    with open_session(args) as session:
        for row in inspections.inspections(session):
            _print_inspection(row)
    return 0


def _notice(args, open_session) -> int:
    with open_session(args) as session:
        f = inspections.issue_notice(session, args.finding, args.requirements, args.due)
    print(f"#{f.id}\t{_notice_state(f)}")
    return 0


def _finding_do(args, open_session, act) -> int:
    with open_session(args) as session:
        f = act(session)
    print(f"#{f.id}\t{_notice_state(f)}")
    return 0


def _verify(args, open_session, pdf_reader) -> int:
    try:
        pdf = args.pdf.read_bytes()
    except OSError as exc:
        raise InvalidInput("文件", f"无法读取 {args.pdf}（{exc.strerror}）", f"cannot read {args.pdf}") from None
    read_pdf = _reader(pdf_reader)
    with open_session(args) as session:
        verdict = quarterly.verify_pdf(session, pdf, read_pdf)
    print(verdict.text())
    return 0 if verdict.ok else 1


def add_print_commands(psub, vault_options, open_session, pdf_reader) -> None:
    """``print inventory|incident|notice|quarterly``."""
    def form(name: str, text: str, make, *arguments) -> None:
        pdf_command(psub, vault_options, open_session, name, text, make, *arguments)

    form("inventory", "涉密载体清查记录 (form 7)", lambda s, a: inventory_prints.inventory_form(s, a.session),
         (("session",), {"metavar": "PD-编号"}))
    form("incident", "泄密事件报告登记表 (form 8)", lambda s, a: inventory_prints.incident_form(s, a.incident),
         (("incident",), {"metavar": "SJ-编号"}))
    form("notice", "保密工作整改通知书及回执 (form 10)",
         lambda s, a: inventory_prints.rectification_form(s, a.notice), (("notice",), {"metavar": "ZG-编号"}))
    form("quarterly", "季度台账（签章）(the sealed quarterly register)",
         lambda s, a: quarterly.print_quarterly(s, a.quarter, _reader(pdf_reader)), (("quarter",), {"metavar": "2026Q4"}))
