"""Printed lending forms: the 借阅单 the borrower signs at the counter, the lending
register (form 2) for any period, a borrower's current holdings, and the 催还通知 for
overdue loans. Each printout is audited (``loan.print``)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from secdesk.domain import clock
from secdesk.domain.errors import InvalidInput
from secdesk.domain.roles import Permission
from secdesk.services import personnel
from secdesk.services.personnel_prints import audited, cn_date
from secdesk.services.session import Session
from secdesk.services.signatories import Names
from secdesk.printing.lending_forms import (
    LendingSlip,
    LoanRegisterRow,
    OverdueItem,
    OverdueNotice,
    SlipItem,
    lending_slip_pdf,
    loans_register_pdf,
    overdue_notice_pdf,
)
from secdesk.storage import loans as repo
from secdesk.storage.loans import LoanRow

MAX_PERIOD_DAYS = 3 * 366


def _copy(loan: LoanRow) -> str:
    return str(loan.copy_no) if loan.copy_no else ""


def slip(session: Session, badge: str, loan_ids: list[int]) -> bytes:
    """借阅单 of what the borrower holds now from these loans (this visit), to sign at the
    counter: a carrier returned since is left out, one lent again appears once."""
    session.require(Permission.WRITE_REGISTER, "loan.print")
    person = personnel.find_person(session, badge)
    loans = held_now(session, person.id, loan_ids)
    if not loans:
        raise InvalidInput("借阅单", "没有可列入借阅单的借阅（所列载体均已归还）", "no loans held for the slip")
    first = loans[0]
    items = [SlipItem(x.number, x.title, x.level, _copy(x), x.due_on.isoformat(), x.reading_place, x.approver,
                      x.approval_ref, x.marking, x.issue_date or "") for x in loans]
    slip_no = f"JY-{first.lent_at[:10].replace('-', '')}-{first.id:04d}"
    data = LendingSlip(session.settings()["unit.name"], slip_no, person.name, person.draft.dept, person.badge,
                       person.draft.clearance.value, Names(session)(session.actor.name),
                       first.lent_at[:16].replace("T", " "), items)
    return audited(session, "loan.print", f"person:{person.badge}", f"借阅单 {slip_no}（{len(items)}件）",
                   lending_slip_pdf(data))


def held_now(session: Session, person_id: int, loan_ids: list[int]) -> list[LoanRow]:
    """The loans among ``loan_ids`` of the person still open (neither returned nor undone),
    one per carrier (its latest), in the order lent."""
    conn = session.vault.conn
    latest: dict[int, LoanRow] = {}
    for loan in (repo.by_id(conn, i) for i in loan_ids):
        if loan is not None and loan.person_id == person_id and loan.open and loan.undone_at is None:
            if loan.carrier_id not in latest or loan.id > latest[loan.carrier_id].id:
                latest[loan.carrier_id] = loan
    return sorted(latest.values(), key=lambda loan: loan.id)


def _register_row(loan: LoanRow, today: date, names: Names) -> LoanRegisterRow:
    remarks = []
    end = date.fromisoformat(loan.returned_at[:10]) if loan.returned_at else today
    if (end - loan.due_on).days > 0:
        remarks.append(f"逾期{(end - loan.due_on).days}天")
    if loan.whole is False:
        remarks.append(loan.return_note)
    if loan.overridden_by:
        remarks.append(f"越过限制：{loan.override_reason}")
    return LoanRegisterRow(loan.lent_at[:10], loan.number, loan.title, loan.doc_no, loan.level, _copy(loan),
                           f"{loan.borrower}（{loan.dept}）", loan.purpose, names(loan.approver), loan.due_on.isoformat(),
                           loan.returned_at[:10] if loan.returned_at else "", names(loan.clerk), "；".join(remarks),
                           loan.marking, loan.issue_date or "")


def register(session: Session, first: date, last: date) -> bytes:
    """涉密载体借阅登记表 (form 2) of the loans made from ``first`` to ``last``."""
    session.require(Permission.READ_REGISTER, "loan.print")
    if last < first:
        raise InvalidInput("截止日期", "不能早于起始日期", "the end precedes the start")
    if (last - first).days > MAX_PERIOD_DAYS:
        raise InvalidInput("期间", "一次最多打印三年", "at most three years at a time")
    today, names = clock.now().date(), Names(session)
    rows = (_register_row(x, today, names) for x in repo.lent_between(session.vault.conn, first, last))
    subtitle = f"{cn_date(first)}至{cn_date(last)}"
    return audited(session, "loan.print", "", f"借阅登记表 {subtitle}",
                   loans_register_pdf(rows, session.settings()["unit.name"], subtitle))


def holdings(session: Session, badge: str) -> bytes:
    """What one borrower holds now, on the form 2 layout."""
    session.require(Permission.READ_REGISTER, "loan.print")
    person = personnel.find_person(session, badge)
    today, names = clock.now().date(), Names(session)
    rows = [_register_row(x, today, names) for x in repo.open_loans(session.vault.conn, person.id)]
    subtitle = f"{person.name}（{person.draft.dept}）在借载体　截至{cn_date(today)}"
    return audited(session, "loan.print", f"person:{person.badge}", f"在借清单 {person.name}",
                   loans_register_pdf(rows, session.settings()["unit.name"], subtitle))


def notices(session: Session, badge: str = "") -> bytes:
    """催还通知: one page per borrower with overdue loans (or for one borrower)."""
    session.require(Permission.READ_REGISTER, "loan.print")
    today = clock.now().date()
    person_id = personnel.find_person(session, badge).id if badge else None
    late = [x for x in repo.open_loans(session.vault.conn, person_id) if x.overdue(clock.now())]
    if not late:
        raise InvalidInput("催还通知", "没有逾期未还的借阅", "no overdue loans")
    unit = session.settings()["unit.name"]
    pages = list(_notice_pages(late, unit, today))
    return audited(session, "loan.print", "", f"催还通知 {len(pages)}人", overdue_notice_pdf(pages))


def _notice_pages(late: Iterable[LoanRow], unit: str, today: date) -> Iterable[OverdueNotice]:
    by_person: dict[int, list[LoanRow]] = {}
    for loan in late:
        by_person.setdefault(loan.person_id, []).append(loan)
    for loans in by_person.values():
        first = loans[0]
        items = [OverdueItem(x.number, x.level, _copy(x), x.lent_at[:10], x.due_on.isoformat(),
                             (today - x.due_on).days, x.marking, x.issue_date or "") for x in loans]
        yield OverdueNotice(unit, first.borrower, first.dept, first.badge, cn_date(today), items)
