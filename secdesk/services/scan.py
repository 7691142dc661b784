"""One scan at the station (借阅台), decided: a badge selects the borrower; a carrier
that is out comes back; a carrier in the room goes out to the selected borrower. The
answer is a :class:`ScanResult` — green (done), amber (a decision is needed: an approval,
the count check, a borrower to scan) or red (refused, the reason in one line) — with the
sound the station plays.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from secdesk.domain import clock
from secdesk.domain.barcodes import scanned_text
from secdesk.domain.errors import InvalidInput, SecdeskError
from secdesk.domain.lending.rules import NeedsApproval, NeedsCount, Refused
from secdesk.domain.personnel.model import Person
from secdesk.domain.personnel.rules import looks_like_badge
from secdesk.services import carriers, importing, lending
from secdesk.services.lending import Approval, Override
from secdesk.services.session import Session
from secdesk.storage import loans as loan_rows
from secdesk.storage.loans import LoanRow


class Colour(StrEnum):
    """The result panel's colour."""

    GREEN = "green"
    AMBER = "amber"
    RED = "red"


class Sound(StrEnum):
    """The station's sounds, one per kind of outcome."""

    DONE = "done"
    REFUSED = "refused"
    OVERDUE = "overdue"
    NOT_FOUND = "not_found"


class Action(StrEnum):
    """What the scan did, or what it waits for."""

    BORROWER = "borrower"
    LEND = "lend"
    RETURN = "return"
    REFUSED = "refused"
    NEEDS_APPROVAL = "needs_approval"
    NEEDS_COUNT = "needs_count"
    NEEDS_BORROWER = "needs_borrower"


@dataclass(frozen=True)
class ScanResult:
    """What the panel shows and the station remembers."""

    colour: Colour
    sound: Sound
    action: Action
    title: str  # the large line
    reason: str = ""  # one line under it
    number: str = ""  # the carrier scanned, if any
    borrower: Person | None = None
    loan: LoanRow | None = None
    overridable: bool = False  # red, but the officer may lift it


def scan(session: Session, text: str, borrower: Person | None, approval: Approval | None = None,
         override: Override | None = None, whole: bool | None = None, note: str = "") -> ScanResult:
    """Decide one scanned or typed code for the station's current ``borrower``."""
    text = scanned_text(text)  # a 2D scanner may send ]d1 first: DataMatrix and Code 128 alike
    try:
        if looks_like_badge(text):
            return _borrower(session, text)
        return _carrier(session, text, borrower, approval, override, whole, note)
    except NeedsApproval as exc:
        return ScanResult(Colour.AMBER, Sound.REFUSED, Action.NEEDS_APPROVAL, "需要审批", exc.zh, text, borrower)
    except NeedsCount as exc:
        return ScanResult(Colour.AMBER, Sound.REFUSED, Action.NEEDS_COUNT, "归还核对", exc.zh, text, borrower)
    except Refused as exc:
        return ScanResult(Colour.RED, Sound.REFUSED, Action.REFUSED, f"不能办理 {text}", exc.zh, text, borrower,
                          overridable=exc.overridable)
    except InvalidInput as exc:
        return ScanResult(Colour.RED, Sound.NOT_FOUND, Action.REFUSED, "无法识别", exc.zh, text, borrower)
    except SecdeskError as exc:
        return ScanResult(Colour.RED, Sound.REFUSED, Action.REFUSED, "不能办理", exc.zh, text, borrower)


def _borrower(session: Session, text: str) -> ScanResult:
    person = lending.borrower(session, text)
    d = person.draft
    held = loan_rows.open_loans(session.vault.conn, person.id)
    late = [r for r in held if r.overdue(clock.now())]
    reason = f"{d.dept}　{d.clearance.value}涉密人员，可借至{d.clearance.highest_level.value}　在借{len(held)}件"
    if late:
        return ScanResult(Colour.AMBER, Sound.OVERDUE, Action.BORROWER, f"借阅人：{person.name}",
                          reason + f"，其中逾期{len(late)}件：须先归还", borrower=person)
    return ScanResult(Colour.GREEN, Sound.DONE, Action.BORROWER, f"借阅人：{person.name}", reason, borrower=person)


def _carrier(session: Session, text: str, borrower: Person | None, approval: Approval | None,
             override: Override | None, whole: bool | None, note: str) -> ScanResult:
    carrier = _find(session, text)
    out = loan_rows.open_for_carrier(session.vault.conn, carrier.id)
    if out is not None and (borrower is None or out.person_id == borrower.id):
        return _returned(lending.give_back(session, carrier.number, whole, note, found=(carrier, out)), borrower)
    if borrower is None:
        return ScanResult(Colour.AMBER, Sound.REFUSED, Action.NEEDS_BORROWER, "请先扫描借阅人证卡",
                          f"{carrier.number}（{carrier.marking}）{carrier.state.value}", carrier.number)
    loan = lending.lend(session, carrier.number, borrower.badge, approval, override=override, found=(carrier, out))
    reason = f"{loan.marking}　应还日期 {loan.due_on.isoformat()}"
    if loan.level == "绝密":
        reason = f"{loan.marking}　仅限{loan.reading_place}阅读，当日归还"
    return ScanResult(Colour.GREEN, Sound.DONE, Action.LEND, f"已借出 {loan.number}", reason,
                      loan.number, borrower, loan)


def _find(session: Session, text: str):
    """The carrier by its number, or by the number an old register gave it (its old label,
    kept on import); an old number shared by several copies asks for the new label."""
    try:
        return carriers.find(session, text)
    except InvalidInput:
        found = importing.find_by_old_number(session, text)
        if len(found) == 1:
            return carriers.find(session, found[0])
        if found:
            shown = "、".join(found[:3]) + ("等" if len(found) > 3 else "")
            raise InvalidInput("载体编号", f"原编号“{text}”对应{len(found)}件载体（{shown}），请扫描新编号标签",
                               f"old number {text!r} belongs to {len(found)} carriers: scan the new label") from None
        raise


def _returned(loan: LoanRow, borrower: Person | None) -> ScanResult:
    back_on = date.fromisoformat(loan.returned_at[:10])
    late = (back_on - loan.due_on).days
    reason = f"借阅人：{loan.borrower}（{loan.dept}）"
    if loan.whole is False:
        reason += f"　缺损：{loan.return_note}，已暂停借出待核查"
    if late > 0:
        return ScanResult(Colour.GREEN, Sound.OVERDUE, Action.RETURN, f"已归还 {loan.number}（逾期{late}天）",
                          reason, loan.number, borrower, loan)
    return ScanResult(Colour.GREEN, Sound.DONE, Action.RETURN, f"已归还 {loan.number}", reason,
                      loan.number, borrower, loan)
