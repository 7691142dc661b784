"""Command-line commands of the personnel files: ``person add|show|list`` and
``print roster|person|training|badges``. Same rules and messages as the window."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from secdesk.cli.common import YEAR_FIRST, YEAR_LAST, choice, counted, parse_day
from secdesk.domain.carriers.levels import Level
from secdesk.domain.personnel.model import Clearance, IdType, PersonDraft
from secdesk.services import personnel, personnel_prints
from secdesk.services.files import save_file
from secdesk.services.printouts import LabelLayout


def add_commands(sub, vault_options, open_session) -> None:
    """Register ``person`` on the top-level subparsers."""
    p = sub.add_parser("person", help="涉密人员档案 (personnel files): add|edit|show|list")
    psub = p.add_subparsers(dest="person_command", metavar="ACTION", required=True)
    add = psub.add_parser("add", help="建立档案，打印证卡号 (open a file; prints the badge)")
    vault_options(add)
    add.add_argument("--name", required=True, help="姓名")
    add.add_argument("--dept", required=True, help="部门")
    add.add_argument("--level", required=True, help="涉密等级 核心|重要|一般")
    _file_options(add, "")
    add.set_defaults(func=lambda a: _add(a, open_session))
    edit = psub.add_parser("edit", help="修改档案 (correct a file; only the options given change)")
    vault_options(edit)
    edit.add_argument("badge", help="证卡号")
    edit.add_argument("--name", help="姓名")
    edit.add_argument("--dept", help="部门")
    edit.add_argument("--level", help="涉密等级 核心|重要|一般")
    _file_options(edit, None)
    edit.set_defaults(func=lambda a: _edit(a, open_session))
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
    training.add_argument("--year", type=counted("年度", YEAR_LAST, YEAR_FIRST), required=True, help="年度")
    training.add_argument("--dept", default="", help="部门（默认全部）")
    badges = printer("badges", "人员证卡 (badge labels)",
                     lambda s, a: personnel_prints.badge_sheet(s, a.badges, choice(LabelLayout, "标签纸")(a.layout),
                                                               a.start))
    badges.add_argument("badges", nargs="+", help="证卡号")
    badges.add_argument("--layout", default=LabelLayout.A4_3X8.value,
                        help="roll50x30 | roll40x20 | a4-3x8（默认）")
    badges.add_argument("--start", type=counted("起始位置", 24), default=1, help="A4 标签纸起始位置 1–24")


def _file_options(p, default) -> None:
    """The file's further fields, for ``person add`` (blank by default) and ``person edit``
    (unchanged unless given)."""
    p.add_argument("--staff-no", default=default, help="工号")
    p.add_argument("--post", default=default, help="岗位")
    p.add_argument("--id-number", default=default, help="居民身份证号")
    p.add_argument("--head-of", default=default, metavar="DEPT", help="任部门负责人的部门（可批准本部门人员秘密、内部事项）")
    p.add_argument("--approves", default=default, metavar="LEVELS",
                   help="作为保密工作负责人可审批的密级，如 绝密,机密,秘密（空字符串为无）")
    p.add_argument("--vetted", type=parse_day, metavar="YYYY-MM-DD", help="上岗审查合格日期")
    p.add_argument("--vetted-by", default=default, help="审查人")
    p.add_argument("--undertaking", type=parse_day, metavar="YYYY-MM-DD", help="上岗保密承诺书签订日期")


def _levels(text: str) -> frozenset[Level]:
    """``绝密,机密`` → the levels this person may approve."""
    return frozenset(choice(Level, "审批密级")(part) for part in text.replace("，", ",").split(",") if part.strip())


def _with_options(draft: PersonDraft, args) -> PersonDraft:
    """The draft with every option the command line gave."""
    given = {key: getattr(args, key) for key in ("staff_no", "post", "id_number", "head_of", "vetted_by")
             if getattr(args, key) is not None}
    if args.approves is not None:
        given["approves"] = _levels(args.approves)
    if args.vetted is not None:
        given.update(vetted_on=args.vetted, vetting_result="合格")
    return replace(draft, **given)


def _add(args, open_session) -> int:
    draft = PersonDraft(name=args.name, dept=args.dept, clearance=choice(Clearance, "涉密等级")(args.level),
                        id_type=IdType.RESIDENT_ID)
    with open_session(args) as session:
        person = personnel.add_person(session, _with_options(draft, args), args.undertaking)
    print(person.badge)
    return 0


def _edit(args, open_session) -> int:
    with open_session(args) as session:
        draft = personnel.find_person(session, args.badge).draft
        changed = {key: value for key, value in (("name", args.name), ("dept", args.dept)) if value is not None}
        if args.level is not None:
            changed["clearance"] = choice(Clearance, "涉密等级")(args.level)
        person = personnel.edit_person(session, args.badge, _with_options(replace(draft, **changed), args),
                                       args.undertaking)
    print(f"已修改 {person.badge} {person.name}")
    return 0


def _show(args, open_session) -> int:
    with open_session(args) as session:
        rec = personnel.records(session, args.badge)
    p, d = rec.person, rec.person.draft
    for label, value in (("证卡号", p.badge), ("姓名", d.name), ("部门", d.dept), ("岗位", d.post),
                         ("工号", d.staff_no), ("证件号", d.id_number), ("涉密等级", d.clearance.value),
                         ("上岗审查", f"{d.vetted_on} {d.vetting_result}" if d.vetted_on else ""),
                         ("部门负责人", d.head_of),
                         ("审批密级", "、".join(lv.value for lv in sorted(d.approves, key=lambda lv: -lv.rank))),
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
