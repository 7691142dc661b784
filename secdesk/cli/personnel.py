"""Command-line commands of the personnel files: ``person add|show|list`` and
``print roster|person|training|badges``. Same rules and messages as the window."""

from __future__ import annotations

from pathlib import Path

from secdesk.cli.common import choice
from secdesk.domain.personnel.model import Clearance, IdType, PersonDraft
from secdesk.services import personnel, personnel_prints
from secdesk.services.files import save_file
from secdesk.services.printouts import LabelLayout


def add_commands(sub, vault_options, open_session) -> None:
    """Register ``person`` on the top-level subparsers."""
    p = sub.add_parser("person", help="涉密人员档案 (personnel files): add|show|list")
    psub = p.add_subparsers(dest="person_command", metavar="ACTION", required=True)
    add = psub.add_parser("add", help="建立档案，打印证卡号 (open a file; prints the badge)")
    vault_options(add)
    add.add_argument("--name", required=True, help="姓名")
    add.add_argument("--dept", required=True, help="部门")
    add.add_argument("--level", required=True, help="涉密等级 核心|重要|一般")
    add.add_argument("--staff-no", default="", help="工号")
    add.add_argument("--post", default="", help="岗位")
    add.add_argument("--id-number", default="", help="居民身份证号")
    add.set_defaults(func=lambda a: _add(a, open_session))
    show = psub.add_parser("show", help="档案详情 (the file)")
    vault_options(show)
    show.add_argument("badge")
    show.set_defaults(func=lambda a: _show(a, open_session))
    lst = psub.add_parser("list", help="列出人员 (list)")
    vault_options(lst)
    lst.add_argument("--dept", default="")
    lst.add_argument("--level", default="", help="核心|重要|一般")
    lst.set_defaults(func=lambda a: _list(a, open_session))


def add_print_commands(print_sub, vault_options, open_session) -> None:
    """``print roster|person|training|badges`` under the existing ``print`` command."""
    def printer(name: str, help_text: str, make):
        cmd = print_sub.add_parser(name, help=help_text)
        vault_options(cmd)
        cmd.add_argument("--out", required=True, type=Path, help="PDF 文件")
        cmd.set_defaults(func=lambda a: _write(a, open_session, make))
        return cmd

    printer("roster", "涉密人员名册 (roster by department)", lambda s, a: personnel_prints.roster_sheet(s))
    printer("person", "涉密人员登记表 (one person's file)",
            lambda s, a: personnel_prints.person_sheet(s, a.badge)).add_argument("badge")
    training = printer("training", "保密教育培训记录 (form 9, one year)",
                       lambda s, a: personnel_prints.training_sheet(s, a.year, a.dept))
    training.add_argument("--year", type=int, required=True, help="年度")
    training.add_argument("--dept", default="", help="部门（默认全部）")
    badges = printer("badges", "人员证卡 (badge labels)",
                     lambda s, a: personnel_prints.badge_sheet(s, a.badges, choice(LabelLayout, "标签纸")(a.layout),
                                                               a.start))
    badges.add_argument("badges", nargs="+", help="证卡号")
    badges.add_argument("--layout", default=LabelLayout.A4_3X8.value,
                        help="roll50x30 | roll40x20 | a4-3x8（默认）")
    badges.add_argument("--start", type=int, default=1, help="A4 标签纸起始位置 1–24")


def _add(args, open_session) -> int:
    draft = PersonDraft(name=args.name, dept=args.dept, clearance=choice(Clearance, "涉密等级")(args.level),
                        staff_no=args.staff_no, post=args.post, id_type=IdType.RESIDENT_ID,
                        id_number=args.id_number)
    with open_session(args) as session:
        person = personnel.add_person(session, draft)
    print(person.badge)
    return 0


def _show(args, open_session) -> int:
    with open_session(args) as session:
        rec = personnel.records(session, args.badge)
    p, d = rec.person, rec.person.draft
    for label, value in (("证卡号", p.badge), ("姓名", d.name), ("部门", d.dept), ("岗位", d.post),
                         ("工号", d.staff_no), ("证件号", d.id_number), ("涉密等级", d.clearance.value),
                         ("状态", p.status.value),
                         ("脱密期", f"{p.declassify_from} 至 {p.declassify_until}" if p.declassify_until else "")):
        print(f"{label}\t{value}")
    for c in rec.commitments:
        print(f"保密承诺书\t{c.kind.value}\t{c.signed_on}")
    for t in rec.trainings:
        print(f"培训\t{t.held_on}\t{t.hours:g}学时\t{t.subject}\t{t.result}")
    for r in rec.reviews:
        print(f"复审\t{r.held_on}\t{r.result}")
    return 0


def _list(args, open_session) -> int:
    level = choice(Clearance, "涉密等级")(args.level).value if args.level else ""
    with open_session(args) as session:
        people = personnel.list_persons(session, dept=args.dept, clearance=level)
    for p in people:
        print(f"{p.badge}\t{p.name}\t{p.draft.dept}\t{p.draft.clearance.value}\t{p.status.value}")
    return 0


def _write(args, open_session, make) -> int:
    with open_session(args) as session:
        pdf = make(session, args)
        save_file(args.out, pdf)
    print(f"已写入 {args.out}")
    return 0
