"""Command-line lending: ``lend``, ``return``, ``loans`` and ``print loans`` — the station's
rules and messages. Each number is answered on its own line; any refusal (on stderr,
with the reason) makes the exit code non-zero."""

from __future__ import annotations

from pathlib import Path

from secdesk.cli.common import each, parse_day
from secdesk.domain import clock
from secdesk.domain.lending.rules import NeedsApproval, Refused
from secdesk.services import approvals, lending, lending_prints
from secdesk.services.lending import Approval
from secdesk.services.files import save_file


def add_commands(sub, vault_options, open_session) -> None:
    """Register ``lend``, ``return`` and ``loans`` on the top-level subparsers."""
    p = sub.add_parser("lend", help="借出载体 (lend carriers to a borrower)")
    vault_options(p)
    p.add_argument("--borrower", required=True, help="借阅人证卡号")
    p.add_argument("--approver", default="", help="批准人证卡号")
    p.add_argument("--approval-ref", default="", help="审批单号")
    p.add_argument("--due", type=parse_day, help="应还日期 YYYY-MM-DD（默认按密级）")
    p.add_argument("--purpose", default="", help="借阅事由")
    p.add_argument("numbers", nargs="+", metavar="NUMBER", help="载体编号")
    p.set_defaults(func=lambda a: _lend(a, open_session))
    p = sub.add_parser("return", help="归还载体 (return carriers)")
    vault_options(p)
    check = p.add_mutually_exclusive_group()
    check.add_argument("--whole", action="store_true", help="核对完好")
    check.add_argument("--damaged", default="", metavar="NOTE", help="缺损情况（载体暂停借出待核查）")
    p.add_argument("numbers", nargs="+", metavar="NUMBER", help="载体编号")
    p.set_defaults(func=lambda a: _return(a, open_session))
    p = sub.add_parser("loans", help="列出借阅 (open loans)")
    vault_options(p)
    p.add_argument("--overdue", action="store_true", help="只列逾期")
    p.add_argument("--borrower", default="", help="借阅人证卡号")
    p.set_defaults(func=lambda a: _loans(a, open_session))


def add_print_commands(print_sub, vault_options, open_session) -> None:
    """``print loans`` (form 2) under ``print``."""
    p = print_sub.add_parser("loans", help="涉密载体借阅登记表 (form 2, for a period)")
    vault_options(p)
    p.add_argument("--from", dest="first", required=True, type=parse_day, help="起始日期 YYYY-MM-DD")
    p.add_argument("--to", dest="last", required=True, type=parse_day, help="截止日期 YYYY-MM-DD")
    p.add_argument("--out", required=True, type=Path, help="PDF 文件")
    p.set_defaults(func=lambda a: _print_loans(a, open_session))


def _lend(args, open_session) -> int:
    approval = Approval(args.approver, args.approval_ref) if args.approver or args.approval_ref else None
    with open_session(args) as session:
        def lend_one(number: str) -> str:
            try:
                loan = lending.lend(session, number, args.borrower, approval, args.due, args.purpose)
            except NeedsApproval as asked:
                raise _with_approvers(session, asked, args.borrower) from None
            return f"{loan.number}\t借出\t{loan.borrower}\t应还 {loan.due_on.isoformat()}"
        return each(args.numbers, lend_one)


def _with_approvers(session, asked: NeedsApproval, borrower: str) -> Refused:
    """The approval refusal, naming who may approve (--approver takes their badge)."""
    people = approvals.eligible(session, asked.level, asked.by, borrower)
    names = "、".join(f"{p.name}（{p.badge}）" for p in people) or "无人：请安全保密管理员在人员档案中登记审批权限"
    return Refused("approval", f"{asked.zh}；可批准人：{names}", asked.en)


def _return(args, open_session) -> int:
    whole = False if args.damaged else (True if args.whole else None)
    with open_session(args) as session:
        def return_one(number: str) -> str:
            loan = lending.give_back(session, number, whole, args.damaged)
            return f"{loan.number}\t归还\t{loan.borrower}" + ("\t待核查" if loan.whole is False else "")
        return each(args.numbers, return_one)


def _loans(args, open_session) -> int:
    with open_session(args) as session:
        rows = lending.list_loans(session, "overdue" if args.overdue else "open", args.borrower)
    today = clock.now().date()
    for r in rows:
        late = (today - r.due_on).days
        state = f"逾期{late}天" if late > 0 else "在借"
        print(f"{r.number}\t{r.marking}\t{r.borrower}\t{r.dept}\t{r.lent_at[:10]}\t{r.due_on}\t{state}")
    return 0


def _print_loans(args, open_session) -> int:
    with open_session(args) as session:
        save_file(args.out, lending_prints.register(session, args.first, args.last))
    print(f"已写入 {args.out}")
    return 0
