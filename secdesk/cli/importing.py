"""``secdesk import register|personnel FILE`` (导入), ``import pending`` (待补 list) and
``import complete NUMBER`` (补登).

Every source row is printed with its fate: ``第N行  结果  说明  编号…``, then the totals.
``--dry-run`` writes nothing. Without ``--skip-errors`` rows in error stop the import
(nothing is written, exit 5) and a dry run with errors exits 5 too, as the import would.
``--report OUT.csv`` writes one line a source row (行号, 结果, 说明, 载体编号), UTF-8 with
BOM so that Excel and WPS open it as it is.
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

from secdesk.cli.common import VAULT_SUFFIXES, counted
from secdesk.domain.carriers.rules import MAX_COPIES
from secdesk.domain.carriers.terms import marking
from secdesk.domain.errors import InvalidInput
from secdesk.domain.importing.fates import Outcome, RowFate
from secdesk.services import import_people, importing
from secdesk.services.files import save_file
from secdesk.services.importing import ImportRefused, ImportResult


def add_commands(sub, vault_options, open_session) -> None:
    """Register ``import`` on the top-level subparsers."""
    p = sub.add_parser("import", help="从Excel/CSV导入旧台账或人员名册 (import): register|personnel|pending|complete")
    isub = p.add_subparsers(dest="import_command", metavar="ACTION", required=True)
    for name, text, run in (("register", "导入涉密载体台账 (.xlsx/.csv)", _register),
                            ("personnel", "导入涉密人员名册 (.xlsx/.csv)", _personnel)):
        cmd = isub.add_parser(name, help=text)
        vault_options(cmd)
        cmd.add_argument("file", type=Path, help="要导入的 .xlsx 或 .csv 文件")
        cmd.add_argument("--sheet", help="工作表名称（默认：第一个有表头的工作表）")
        cmd.add_argument("--dry-run", action="store_true", help="试导入：列出每行的结果，不写入任何数据")
        cmd.add_argument("--skip-errors", action="store_true", help="跳过有错误的行，只导入无误的行")
        cmd.add_argument("--report", type=Path, help="把每行的结果写入 CSV 报告（行号, 结果, 说明, 编号）")
        cmd.set_defaults(func=lambda a, run=run: run(a, open_session))
    pend = isub.add_parser("pending", help="列出导入后待补（份号、知悉范围）的载体")
    vault_options(pend)
    pend.set_defaults(func=lambda a: _pending(a, open_session))
    done = isub.add_parser("complete", help="补登导入载体缺少的份号或知悉范围")
    vault_options(done)
    done.add_argument("number", help="载体编号")
    done.add_argument("--copy-no", type=counted("份号", MAX_COPIES), help="份号")
    done.add_argument("--copies-total", type=counted("份数", MAX_COPIES), help="共几份")
    done.add_argument("--scope", help="知悉范围")
    done.set_defaults(func=lambda a: _complete(a, open_session))


def _register(args, open_session) -> int:
    return _run(args, open_session, importing.preview_register,
                lambda s, a: importing.import_register(s, a.file, a.sheet, a.skip_errors), "载体编号")


def _personnel(args, open_session) -> int:
    return _run(args, open_session, import_people.preview_personnel,
                lambda s, a: import_people.import_personnel(s, a.file, a.sheet, a.skip_errors), "证卡号")


def _run(args, open_session, preview, write, number_heading: str) -> int:
    _check_report_path(args)
    with open_session(args) as session:
        try:
            result = preview(session, args.file, args.sheet) if args.dry_run else write(session, args)
        except ImportRefused as refused:
            _show(refused.result, args, number_heading)
            raise
    _show(result, args, number_heading)
    if args.dry_run and result.errors and not args.skip_errors:
        raise InvalidInput("试导入", f"{len(result.errors)}行有错误：正式导入将不写入任何数据；请在文件中改正，"
                           "或加 --skip-errors 只导入无误的行", f"{len(result.errors)} rows in error")
    return 0


def _show(result: ImportResult, args, number_heading: str) -> None:
    print(f"文件：{result.file_name}　工作表：{result.sheet}　"
          + (f"编码：{result.encoding}　" if result.encoding != "xlsx" else "")
          + "识别的列：" + "、".join(result.headings.values()))
    for fate in result.rows:
        print(_line(fate))
    state = "试导入（未写入）" if args.dry_run else "已导入" if result.written else "未导入"
    print(f"{state}：{result.summary()}")
    if result.other_sheets:
        print(f"提示：工作表“{'”“'.join(result.other_sheets)}”也有表头，如需导入请用 --sheet 逐个导入")
    if args.report:
        save_file(args.report, report_csv(result, number_heading))
        print(f"报告已写入 {args.report}")
    if result.errors and result.written:
        print(f"提示：{len(result.errors)}行有错误，未导入；改正后再次导入同一文件，已导入的行不会重复",
              file=sys.stderr)


def _line(fate: RowFate) -> str:
    what = ""
    if fate.drafts and fate.outcome in (Outcome.IMPORT, Outcome.DUPLICATE) and hasattr(fate.drafts[0], "term"):
        d = fate.drafts[0]
        count = f" ×{len(fate.drafts)}" if len(fate.drafts) > 1 else ""
        what = f"{marking(d.level, d.term)} {d.ctype.value} {d.title}{count}"
    elif fate.drafts and fate.writes:
        d = fate.drafts[0]
        what = f"{d.name} {d.dept} {d.clearance.value}"
    cells = [f"第{fate.row_no}行", fate.outcome.value, what, fate.note(), " ".join(fate.numbers)]
    return "\t".join(c for c in cells if c)


def report_csv(result: ImportResult, number_heading: str = "载体编号") -> bytes:
    """One line a source row: 行号, 结果, 说明, 编号 (several for a multi-copy row)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["行号", "结果", "说明", number_heading])
    for fate in result.rows:
        writer.writerow([fate.row_no, fate.outcome.value, fate.note(), "、".join(fate.numbers)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _check_report_path(args) -> None:
    if args.report is None:
        return
    vault_files = {Path(f"{args.db}{suffix}").resolve() for suffix in VAULT_SUFFIXES}
    target = args.report.resolve()
    if target in vault_files:
        raise InvalidInput("--report", f"{args.report} 是数据库或其旁边的文件，不能被覆盖；请另选文件名",
                           f"{args.report} is the database or a file beside it")
    if target == args.file.resolve():
        raise InvalidInput("--report", "报告文件不能与导入文件相同，请另选文件名", "the report would overwrite the file imported")
    if target.is_dir():
        raise InvalidInput("--report", f"{args.report} 是文件夹，请给出 .csv 文件名", f"{args.report} is a folder")


def _pending(args, open_session) -> int:
    with open_session(args) as session:
        rows = importing.pending(session)
    for number, lacks in rows:
        print(f"{number}\t待补：{'、'.join(lacks)}")
    print(f"共{len(rows)}件待补" if rows else "没有待补的载体")
    return 0


def _complete(args, open_session) -> int:
    scope = args.scope
    with open_session(args) as session:
        carrier = importing.complete(session, args.number, args.copy_no, args.copies_total, scope)
        left = dict(importing.pending(session)).get(carrier.number)
    print(f"已补登 {carrier.number}：{carrier.copy_text or '无份号'}　知悉范围：{carrier.draft.scope or '（空）'}"
          + (f"；仍待补：{'、'.join(left)}" if left else "；已不再待补"))
    return 0
