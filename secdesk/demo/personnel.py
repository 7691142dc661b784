"""Demo staff (演示人员): cleared people of every level and status, with undertakings
signed and reviews current for most, so that they can borrow; a few need attention."""

from __future__ import annotations

from datetime import date, timedelta

from secdesk.domain.carriers.levels import Level
from secdesk.domain.personnel.model import (
    Clearance, Commitment, CommitmentKind, PersonDraft, Review, Training,
)
from secdesk.domain.personnel.rules import id_check_digit
from secdesk.services import personnel
from secdesk.services.session import Session

STAFF = [  # name, dept, post, clearance
    ("李建国", "办公室", "保密办主任", Clearance.CORE),
    ("王保密", "办公室", "保密员", Clearance.IMPORTANT), ("张红", "办公室", "机要员", Clearance.CORE),
    ("刘洋", "科研一部", "项目负责人", Clearance.CORE), ("陈静", "科研一部", "工程师", Clearance.IMPORTANT),
    ("赵磊", "科研二部", "工程师", Clearance.IMPORTANT), ("孙丽", "科研二部", "技术员", Clearance.GENERAL),
    ("周强", "财务部", "会计", Clearance.GENERAL), ("吴敏", "人事部", "干部", Clearance.IMPORTANT),
    ("郑凯", "科研一部", "工程师", Clearance.GENERAL), ("冯雪", "档案室", "档案员", Clearance.IMPORTANT),
    ("何伟", "科研二部", "工程师", Clearance.GENERAL), ("钱进", "科研一部", "技术员", Clearance.GENERAL),
    ("马超", "后勤部", "司机", Clearance.GENERAL),
]


# Who may approve: the 保密办主任 every level, the heads of the research departments and of
# 人事部 their own people's 秘密 and 内部 requests.
AUTHORITY = {"李建国": {"approves": frozenset(Level)}, "刘洋": {"head_of": "科研一部"},
             "赵磊": {"head_of": "科研二部"}, "吴敏": {"head_of": "人事部"}}


def _id_number(n: int, born: date) -> str:
    body = f"110105{born:%Y%m%d}{100 + n:03d}"
    return body + id_check_digit(body)


def register_demo_staff(session: Session, today: date | None = None) -> list[str]:
    """Open the files; return the badges. Three have left: 冯雪 is in 脱密期, 何伟's period
    has ended (due for release), 钱进 was released; 马超 has no undertaking and an
    overdue review."""
    today = today or date.today()
    badges = []
    for n, (name, dept, post, level) in enumerate(STAFF):
        vetted = today - timedelta(days=200 + 37 * n)
        draft = PersonDraft(name=name, dept=dept, post=post, clearance=level, staff_no=f"E{1001 + n}",
                            id_number=_id_number(n, date(1975 + n, 1 + n % 12, 10 + n)),
                            clearance_since=vetted, vetted_on=vetted, vetting_result="合格", vetted_by="李主任",
                            **AUTHORITY.get(name, {}))
        badge = personnel.add_person(session, draft).badge
        badges.append(badge)
        if name == "马超":
            continue
        personnel.add_record(session, badge, Commitment(CommitmentKind.ON_TAKING_UP, vetted))
        personnel.add_record(session, badge, Training(today - timedelta(days=30 + n), 4, "保密法律法规与载体管理", "合格"))
        personnel.add_record(session, badge, Review(today - timedelta(days=60 + 5 * n), "合格", "李主任"))
    for name, kind, days in (("冯雪", "调离", 90), ("何伟", "离职", 400), ("钱进", "离职", 500)):
        left = today - timedelta(days=days)
        personnel.leave(session, badges[[s[0] for s in STAFF].index(name)], kind, left, left)
    personnel.release(session, badges[[s[0] for s in STAFF].index("钱进")])
    return badges
