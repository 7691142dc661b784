"""Command-line lifecycle: ``destroy``, ``copy``, ``carry-out``, ``transfer``, ``declassify``
and the ``print`` forms destruction, copies, outing, transfer, clearance — the same
services, rules and messages as the window. Further passwords (a 监销人's, the officer's
consent) are read like the user's: from the terminal, or the next lines of stdin."""

from __future__ import annotations

import sys

from secdesk.cli.common import YEAR_FIRST, YEAR_LAST, choice, counted, each, parse_day, pdf_command
from secdesk.domain.carriers.rules import MAX_COPIES
from secdesk.domain import clock, validate
from secdesk.domain.errors import InvalidInput
from secdesk.domain.lifecycle.rules import BatchState, Channel, Method, TransferKind
from secdesk.services import carriers, copying, destruction, lifecycle_prints, outings, transfers
from secdesk.services.copying import CopyRequest
from secdesk.services.destruction import BatchDraft, Confirmation
from secdesk.services.lending import Approval, Override
from secdesk.services.outings import OutingRequest
from secdesk.services.transfers import TransferRequest


def add_commands(sub, vault_options, open_session, passwords) -> None:
    """Register ``destroy``, ``copy``, ``carry-out``, ``transfer`` and ``declassify``."""
    _destroy_commands(sub, vault_options, open_session, passwords)
    p = sub.add_parser("copy", help="复制登记 (register approved copies of a carrier)")
    vault_options(p)
    p.add_argument("source", metavar="NUMBER", help="被复制的载体编号")
    p.add_argument("--copies", type=counted("份数", MAX_COPIES), required=True, help="份数")
    p.add_argument("--purpose", required=True, help="复制用途")
    p.add_argument("--maker", required=True, help="承制单位")
    p.add_argument("--applicant", required=True, help="申请人证卡号")
    _approval_options(p)
    p.add_argument("--pages", default="", help="每份总页数")
    p.set_defaults(func=lambda a: _copy(a, open_session))
    _outing_commands(sub, vault_options, open_session, passwords)
    _transfer_commands(sub, vault_options, open_session, passwords)
    p = sub.add_parser("declassify", help="解密 (officer: declassify carriers, kept on as 内部)")
    vault_options(p)
    p.add_argument("numbers", nargs="+", metavar="NUMBER")
    p.add_argument("--basis", required=True, help="解密依据")
    p.add_argument("--ref", required=True, help="审批文号")
    p.set_defaults(func=lambda a: _declassify(a, open_session))


def _approval_options(p) -> None:
    p.add_argument("--approver", default="", help="批准人证卡号")
    p.add_argument("--approval-ref", default="", help="审批单号或文号")


def _approval(args) -> Approval | None:
    return Approval(args.approver, args.approval_ref) if args.approver or args.approval_ref else None


def _destroy_commands(sub, vault_options, open_session, passwords) -> None:
    p = sub.add_parser("destroy", help="销毁批次 (destruction): new|add|remove|approve|execute|cancel|list|show")
    dsub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    new = dsub.add_parser("new", help="新建销毁批次（草稿）")
    vault_options(new)
    new.add_argument("--dept", required=True, help="所属部门")
    new.add_argument("--reason", required=True, help="销毁原因")
    new.add_argument("--applicant", required=True, help="申请人")
    new.add_argument("--method", required=True, help="|".join(m.value for m in Method))
    new.add_argument("--place", required=True, help="销毁地点或销毁工作机构")
    new.add_argument("--date", type=parse_day, help="计划销毁日期 YYYY-MM-DD")
    new.add_argument("--destroyer", default="", help="销毁人（姓名或证卡号）")
    new.add_argument("--receiver", default="", help="接收人（销毁工作机构）")
    new.add_argument("--supervisor", action="append", default=[], help="监销人证卡号（两名以上，可重复）")
    new.set_defaults(func=lambda a: _destroy_new(a, open_session))
    for name, text in (("add", "列入载体"), ("remove", "移出载体")):
        q = dsub.add_parser(name, help=text)
        vault_options(q)
        q.add_argument("batch", metavar="BATCH")
        q.add_argument("numbers", nargs="+", metavar="NUMBER")
        q.set_defaults(func=lambda a, name=name: _destroy_list(a, open_session, name))
    q = dsub.add_parser("approve", help="批准（安全保密管理员）")
    vault_options(q)
    q.add_argument("batch", metavar="BATCH")
    q.add_argument("--ref", required=True, help="审批单编号或文号")
    q.add_argument("--date", type=parse_day, help="批准日期")
    q.set_defaults(func=lambda a: _destroy_do(a, open_session, lambda s: destruction.approve(s, a.batch, a.ref, a.date)))
    q = dsub.add_parser("execute", help="确认已销毁（载体状态改为已销毁，不可恢复）")
    vault_options(q)
    q.add_argument("batch", metavar="BATCH")
    q.add_argument("--signed-paper", action="append", default=[], metavar="BADGE", help="已在纸质表上签字的监销人")
    q.add_argument("--confirm", action="append", default=[], metavar="BADGE=ACCOUNT",
                   help="以本人账户口令确认的监销人（随后输入其口令）")
    q.add_argument("--date", type=parse_day, help="销毁日期")
    q.add_argument("--destroyer", default="", help="销毁人（如与批准时不同）")
    q.set_defaults(func=lambda a: _destroy_execute(a, open_session, passwords))
    q = dsub.add_parser("cancel", help="撤销批次")
    vault_options(q)
    q.add_argument("batch", metavar="BATCH")
    q.add_argument("--reason", default="", help="撤销原因（已批准的批次必填）")
    q.set_defaults(func=lambda a: _destroy_do(a, open_session, lambda s: destruction.cancel(s, a.batch, a.reason)))
    q = dsub.add_parser("list", help="列出批次")
    vault_options(q)
    q.add_argument("--state", help="|".join(s.value for s in BatchState))
    q.set_defaults(func=lambda a: _destroy_batches(a, open_session))
    q = dsub.add_parser("show", help="批次详情")
    vault_options(q)
    q.add_argument("batch", metavar="BATCH")
    q.set_defaults(func=lambda a: _destroy_do(a, open_session, lambda s: destruction.get(s, a.batch)))


def _destroy_new(args, open_session) -> int:
    """A new batch; here (no later edit on the command line) its texts may not be blank."""
    for label, value in (("所属部门", args.dept), ("销毁原因", args.reason), ("申请人", args.applicant),
                         ("销毁地点", args.place)):
        validate.required_text(label, value, 200)
    draft = BatchDraft(args.dept, args.reason, args.applicant, choice(Method, "销毁方式")(args.method), args.place,
                       args.date, args.destroyer, args.receiver, tuple(args.supervisor))
    with open_session(args) as session:
        batch = destruction.create(session, draft)
    print(f"{batch.number}\t{batch.state.value}")
    return 0


def _destroy_list(args, open_session, action: str) -> int:
    with open_session(args) as session:
        if action == "remove":
            return each(args.numbers, lambda n: f"{destruction.remove(session, args.batch, n).number}\t移出\t{n}")
        added, refused = destruction.add(session, args.batch, args.numbers)
    for c in added:
        print(f"{c.number}\t列入\t{args.batch}")
    for number, reason in refused:
        print(f"错误：{validate.visible(f'{number}：{reason}')}", file=sys.stderr)
    return 7 if refused else 0


def _show(batch) -> None:
    r = batch.row
    print(f"{r.number}\t{r.state}\t{r.dept}\t{r.method}\t{len(batch.carriers)}件")
    print("监销人：" + "、".join(p.name for p, _ in batch.supervisors) + f"\t销毁人：{r.destroyer}")
    for c in batch.carriers:
        print(f"  {c.number}\t{c.marking}\t{c.draft.ctype.value}\t{c.state.value}")


def _destroy_do(args, open_session, act) -> int:
    with open_session(args) as session:
        _show(act(session))
    return 0


def _destroy_execute(args, open_session, passwords) -> int:
    with open_session(args) as session:
        confirmations = [Confirmation(b, paper=True) for b in args.signed_paper]
        for item in args.confirm:
            badge, _, account = item.partition("=")
            if not account:
                raise InvalidInput("--confirm", "应写成 证卡号=账户名", "write BADGE=ACCOUNT")
            password = passwords(args).read(f"监销人账户 {account} 的口令 (password): ")
            confirmations.append(Confirmation(badge, account, password))
        batch = destruction.execute(session, args.batch, confirmations, args.date, args.destroyer)
        _show(batch)
    return 0


def _destroy_batches(args, open_session) -> int:
    state = choice(BatchState, "批次状态")(args.state) if args.state else None
    with open_session(args) as session:
        for r in destruction.batches(session, state):
            print(f"{r.number}\t{r.state}\t{r.dept}\t{r.reason}\t{r.created_at[:10]}")
    return 0


def _copy(args, open_session) -> int:
    request = CopyRequest(args.source, args.copies, args.purpose, args.maker, args.applicant, _approval(args),
                          args.pages)
    with open_session(args) as session:
        job, made = copying.copy(session, request)
    for c in made:
        print(f"{c.number}\t{c.marking}\t{c.copy_text}\t复制自{job.source_number}")
    print(f"复制记录 {job.number}；打印标签：secdesk labels --numbers {' '.join(c.number for c in made)} --out 标签.pdf")
    return 0


def _outing_commands(sub, vault_options, open_session, passwords) -> None:
    p = sub.add_parser("carry-out", help="携带外出 (carrying out): out|back|list")
    osub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    out = osub.add_parser("out", help="登记携带外出")
    vault_options(out)
    out.add_argument("numbers", nargs="+", metavar="NUMBER")
    out.add_argument("--person", required=True, help="使用人证卡号")
    out.add_argument("--to", required=True, help="外出地点")
    out.add_argument("--purpose", required=True, help="用途")
    out.add_argument("--return-on", required=True, type=parse_day, help="返回日期 YYYY-MM-DD")
    _approval_options(out)
    out.add_argument("--officer", default="", help="绝密：当场确认的安全保密管理员账户（随后输入其口令）")
    out.add_argument("--officer-reason", default="", help="安全保密管理员批准理由")
    out.set_defaults(func=lambda a: _carry_out(a, open_session, passwords))
    back = osub.add_parser("back", help="带回并检查")
    vault_options(back)
    back.add_argument("numbers", nargs="+", metavar="NUMBER")
    check = back.add_mutually_exclusive_group(required=True)
    check.add_argument("--whole", action="store_true", help="检查完好，无夹带")
    check.add_argument("--damaged", default="", metavar="NOTE", help="检查异常情况（载体待核查）")
    back.set_defaults(func=lambda a: _bring_back(a, open_session))
    lst = osub.add_parser("list", help="列出外出中的载体")
    vault_options(lst)
    lst.add_argument("--overdue", action="store_true", help="只列逾期未带回")
    lst.set_defaults(func=lambda a: _outings(a, open_session))


def _carry_out(args, open_session, passwords) -> int:
    with open_session(args) as session:
        officer = None
        if args.officer:
            officer = Override(args.officer, passwords(args).read(f"{args.officer} 的口令 (password): "),
                               args.officer_reason)
        row = outings.carry_out(session, OutingRequest(tuple(args.numbers), args.person, args.to, args.purpose,
                                                       args.return_on, _approval(args), officer))
    for i in row.items:
        print(f"{i.number}\t外出\t{row.person}\t返回 {row.return_on.isoformat()}\t{row.number}")
    return 0


def _bring_back(args, open_session) -> int:
    with open_session(args) as session:
        def back_one(number: str) -> str:
            row = outings.bring_back(session, number, not args.damaged, args.damaged)
            return f"{carriers.find(session, number).number}\t带回\t{row.person}" + ("\t待核查" if args.damaged else "")
        return each(args.numbers, back_one)


def _outings(args, open_session) -> int:
    today = clock.now().date()
    with open_session(args) as session:
        rows = outings.list_outings(session, "overdue" if args.overdue else "open")
    for r in rows:
        late = (today - r.return_on).days
        for i in r.items:
            if i.returned_at is None:
                print(f"{i.number}\t{i.marking}\t{r.person}\t{r.destination}\t{r.return_on}\t"
                      + (f"逾期{late}天" if late > 0 else "外出") + f"\t{r.number}")
    return 0


def _transfer_commands(sub, vault_options, open_session, passwords) -> None:
    p = sub.add_parser("transfer", help="移交/清退 (transfer or return): out|receipt|list")
    tsub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    out = tsub.add_parser("out", help="登记移交或清退")
    vault_options(out)
    out.add_argument("numbers", nargs="+", metavar="NUMBER")
    out.add_argument("--kind", default="移交", help="移交|清退")
    out.add_argument("--to", required=True, help="接收单位")
    out.add_argument("--receiver", required=True, help="接收人")
    out.add_argument("--handed-by", required=True, help="移交人/清退人")
    out.add_argument("--witness", default="", help="监交人")
    out.add_argument("--channel", default=Channel.BY_HAND.value,
                     help="传递方式：专人送达（默认）|机要交通|机要通信；不得邮寄或快递")
    out.add_argument("--date", type=parse_day, help="日期")
    out.add_argument("--officer", default="",
                     help="清退给发文单位以外的单位：当场确认的安全保密管理员账户（随后输入其口令）")
    out.add_argument("--officer-reason", default="", help="交给发文单位以外单位的理由")
    out.set_defaults(func=lambda a: _transfer(a, open_session, passwords))
    rec = tsub.add_parser("receipt", help="登记回执已收回")
    vault_options(rec)
    rec.add_argument("sheet", metavar="SHEET", help="移交/清退编号")
    rec.add_argument("--date", type=parse_day, help="回执收回日期")
    rec.add_argument("--note", default="")
    rec.set_defaults(func=lambda a: _receipt(a, open_session))
    lst = tsub.add_parser("list", help="列出移交/清退")
    vault_options(lst)
    lst.add_argument("--outstanding", action="store_true", help="只列回执未回的")
    lst.set_defaults(func=lambda a: _transfers(a, open_session))


def _transfer(args, open_session, passwords) -> int:
    kind = choice(TransferKind, "类别")(args.kind)
    with open_session(args) as session:
        officer = None
        if args.officer:
            officer = Override(args.officer, passwords(args).read(f"{args.officer} 的口令 (password): "),
                               args.officer_reason)
        row = transfers.transfer(session, TransferRequest(kind, tuple(args.numbers), args.to, args.receiver,
                                                          args.handed_by, args.witness, on=args.date,
                                                          channel=args.channel, officer=officer))
    print(f"{row.number}\t{row.kind}\t{row.to_unit}\t{len(row.carrier_ids)}件\t回执未回")
    return 0


def _receipt(args, open_session) -> int:
    with open_session(args) as session:
        row = transfers.record_receipt(session, args.sheet, args.date, args.note)
    print(f"{row.number}\t回执已收回\t{row.receipt_on.isoformat()}")
    return 0


def _transfers(args, open_session) -> int:
    with open_session(args) as session:
        for r in transfers.list_transfers(session, args.outstanding):
            receipt = "回执未回" if r.outstanding else f"回执{r.receipt_on.isoformat()}"
            print(f"{r.number}\t{r.kind}\t{r.to_unit}\t{r.receiver}\t{r.on_day}\t{len(r.carrier_ids)}件\t"
                  f"{r.channel or '-'}\t{receipt}")
    return 0


def _declassify(args, open_session) -> int:
    with open_session(args) as session:
        return each(args.numbers, lambda n: f"{carriers.declassify(session, n, args.basis, args.ref).number}\t已解密")


def add_print_commands(psub, vault_options, open_session) -> None:
    """``print destruction|copies|outing|transfer|clearance``."""
    def form(name: str, text: str, make, *arguments) -> None:
        pdf_command(psub, vault_options, open_session, name, text, make, *arguments)

    form("destruction", "涉密载体销毁审批表及销毁清单 (form 6)",
         lambda s, a: lifecycle_prints.destruction_form(s, a.batch), (("batch",), {"metavar": "BATCH"}))
    form("copies", "涉密载体复制登记表 (form 3, for a period)",
         lambda s, a: lifecycle_prints.copy_register(s, a.first, a.last),
         (("--from",), {"dest": "first", "required": True, "type": parse_day}),
         (("--to",), {"dest": "last", "required": True, "type": parse_day}))
    form("outing", "涉密载体外出携带审批表 (form 4)",
         lambda s, a: lifecycle_prints.outing_form(s, a.sheet), (("sheet",), {"metavar": "SHEET"}))
    form("transfer", "涉密载体移交/清退登记表及回执 (form 5)",
         lambda s, a: lifecycle_prints.transfer_form(s, a.sheet), (("sheet",), {"metavar": "SHEET"}))
    form("clearance", "年度清退清单 (carriers of an issuer still held)",
         lambda s, a: lifecycle_prints.clearance_form(s, a.issuer, a.year),
         (("--issuer",), {"required": True}), (("--year",), {"type": counted("年度", YEAR_LAST, YEAR_FIRST)}))


