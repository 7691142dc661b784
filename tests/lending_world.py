"""A small world for lending tests: cleared and vetted staff of each level, an approver
with the security officer's authority for every level, people who
cannot borrow, and carriers of every 密级 — opened by the officer, registered by the
clerk; 内部 is configured to need no approval. Returns the clerk's session."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import Carrier, CarrierDraft, CarrierType
from secdesk.domain.carriers.terms import Term
from secdesk.domain.personnel.model import Clearance, Commitment, CommitmentKind, Person, PersonDraft
from secdesk.services import carriers, personnel
from secdesk.services import settings as settings_service
from secdesk.services.session import Session

STAFF = {  # key: (name, dept, clearance)
    "core": ("张红", "办公室", Clearance.CORE),
    "important": ("陈静", "科研一部", Clearance.IMPORTANT),
    "general": ("孙丽", "科研二部", Clearance.GENERAL),
    "head": ("李主任", "办公室", Clearance.CORE),
    "left": ("何伟", "科研二部", Clearance.GENERAL),
}
BASE = CarrierDraft("文件", Level.CONFIDENTIAL, CarrierType.PAPER, Term.years(10), extent="12页")
CARRIERS = {  # key: draft
    "top": replace(BASE, level=Level.TOP_SECRET, term=Term.years(30), copy_no=1, copies_total=1),
    "secret": replace(BASE, level=Level.SECRET, term=Term.years(20), copy_no=1, copies_total=2),
    "confidential": BASE,
    "confidential2": replace(BASE, title="文件二"),
    "internal": replace(BASE, level=Level.INTERNAL, term=Term.none(), ctype=CarrierType.USB, extent="16GB"),
    "scoped": replace(BASE, title="项目文件", scope="科研一部"),
}


@dataclass
class World:
    clerk: Session
    people: dict[str, Person]
    carriers: dict[str, Carrier]

    def number(self, key: str) -> str:
        return self.carriers[key].number

    def badge(self, key: str) -> str:
        return self.people[key].badge


def build_world(handle, today: date | None = None) -> World:
    """Open the files as officer1 and register the carriers as clerk1; the clerk stays signed in."""
    handle.close()
    officer = handle.sign_in("officer1")
    people = {}
    for key, (name, dept, clearance) in STAFF.items():
        authority = {"approves": frozenset(Level)} if key == "head" else {}  # the 保密办 leader
        person = personnel.add_person(officer, PersonDraft(name, dept, clearance, vetted_on=date(2026, 1, 5),
                                                           vetting_result="合格", **authority))
        personnel.add_record(officer, person.badge, Commitment(CommitmentKind.ON_TAKING_UP, date(2026, 1, 5)))
        people[key] = person
    personnel.leave(officer, people["left"].badge, "离职", date(2026, 2, 1), date(2026, 2, 1))
    # This unit configured 内部 to be lent without approval (DOMAIN: "like 秘密 unless
    # configured"): 内部 is the world's carrier that needs nobody's approval.
    settings_service.change_setting(officer, "lending.approval.内部", 0)
    people["left"] = personnel.find_person(officer, people["left"].badge)
    handle.close()
    clerk = handle.sign_in("clerk1")
    made = {key: carriers.register(clerk, draft)[0] for key, draft in CARRIERS.items()}
    return World(clerk, people, made)
