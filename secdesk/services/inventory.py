"""Inventory sessions (清点): start for a scope, scan every carrier present, pause and
resume, reconcile, and finish with two 清查人 — the result frozen for ever, the carriers
not found optionally marked 下落不明 in the same step.

The snapshot of what is expected is taken when the session starts; each scan is stored
as read. The live counts come from two small queries, so a scan stays quick at any size.
"""

from __future__ import annotations

from dataclasses import dataclass

from secdesk.domain import clock
from secdesk.domain.carriers import numbers
from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import Carrier, State
from secdesk.domain import validate
from secdesk.domain.errors import InvalidInput
from secdesk.domain.inventory.reconcile import (
    Expected,
    Line,
    Outcome,
    Reconciliation,
    ScopeKind,
    classify_scan,
    reconcile,
)
from secdesk.domain.roles import Permission
from secdesk.services import missing, personnel
from secdesk.services.session import Session
from secdesk.storage import carriers as carrier_rows
from secdesk.storage import inventory as repo
from secdesk.storage import loans as loan_rows
from secdesk.storage import movements
from secdesk.storage.inventory import SessionRow
from secdesk.storage.numbering import next_form_number

PREFIX = "PD"
RUNNING, PAUSED, FINISHED = "进行中", "已暂停", "已完成"
OPEN_STATES = ("在库", "借出", "外出", "下落不明")
MIN_CHECKERS = 2


@dataclass(frozen=True)
class Counts:
    """The live counts: expected in the room, found, left to scan."""

    expected: int
    found: int

    @property
    def left(self) -> int:
        """Still to be scanned."""
        return self.expected - self.found


@dataclass(frozen=True)
class ScanResult:
    """What one scan was, and the counts after it."""

    line: Line
    counts: Counts


@dataclass(frozen=True)
class InventoryView:
    """A session and its reconciliation (as frozen, for a finished one)."""

    row: SessionRow
    reconciliation: Reconciliation

    @property
    def scope_text(self) -> str:
        """范围 as printed: 全部载体 / 存放位置：A柜 / 密级：机密."""
        return scope_text(self.row.scope_kind, self.row.scope_value)


def scope_text(kind: str, value: str) -> str:
    """范围 as printed."""
    return "全部载体" if kind == ScopeKind.ALL.value else f"{kind}：{value}"


def start(session: Session, kind: ScopeKind, value: str = "") -> InventoryView:
    """Start a session for a scope; the carriers it expects are recorded now."""
    session.require(Permission.WRITE_REGISTER, "inventory.start")
    kind, value = ScopeKind(kind), value.strip()
    where, params = _scope_where(kind, value)
    now = clock.now()
    with session.vault.transaction() as conn:
        number = next_form_number(conn, PREFIX, now.year)
        session_id = repo.insert(conn, number, kind.value, value, now.isoformat(timespec="seconds"),
                                 session.actor.name)
        expected = repo.snapshot(conn, session_id, where, params)
        if expected == 0:  # nothing is made: the transaction is rolled back
            raise InvalidInput("清点范围", f"{scope_text(kind, value)}下没有在册的载体，请核对后重新选择",
                               "no carrier on the register in that scope")
        session.record(conn, "inventory.start", f"inventory:{number}", after={"scope": scope_text(kind, value),
                                                                             "expected": expected})
    return view(session, number)


def _scope_where(kind: ScopeKind, value: str) -> tuple[str, tuple]:
    states = f"state IN ({', '.join('?' * len(OPEN_STATES))})"
    if kind is ScopeKind.ALL:
        return states, OPEN_STATES
    if not value:
        raise InvalidInput("清点范围", f"请填写{kind.value}", f"give the {kind.name.lower()}")
    if kind is ScopeKind.LEVEL:
        try:
            Level(value)
        except ValueError:
            raise InvalidInput("清点范围", f"“{value}”不是密级（绝密、机密、秘密、内部）", "not a level") from None
        return f"{states} AND level = ?", (*OPEN_STATES, value)
    return f"{states} AND location = ?", (*OPEN_STATES, value)


def scan(session: Session, number: str, code: str) -> ScanResult:
    """One carrier seen. A misread number (wrong check character) is refused and not
    stored; anything else is stored as read and classified."""
    session.require(Permission.WRITE_REGISTER, "inventory.scan", f"inventory:{number}")
    row = _session(session, number)
    if row.state != RUNNING:
        raise InvalidInput("清点", f"清点{row.number}{row.state}，请先继续清点再扫描",
                           f"session {row.number} is not running")
    code = code.strip()
    if not code:
        raise InvalidInput("载体编号", "扫描内容为空", "nothing was scanned")
    carrier = _lookup(session, code)
    with session.vault.transaction() as conn:
        repo.add_scan(conn, row.id, code, carrier.id if carrier else None, clock.stamp())
    times = repo.times_scanned(session.vault.conn, row.id, carrier.id if carrier else None, code)
    expected = _expected_one(session, row, carrier)
    line = classify_scan(ScopeKind(row.scope_kind), row.scope_value, expected, code, carrier, times)
    return ScanResult(line, counts(session, number))


def _lookup(session: Session, code: str) -> Carrier | None:
    clean = numbers.normalise(code)
    if numbers.looks_like_secdesk(clean):
        clean = str(numbers.parse_number(clean))  # a misread raises here, naming the check character
    conn = session.vault.conn
    return carrier_rows.by_number(conn, clean) or carrier_rows.by_number(conn, code)


def counts(session: Session, number: str) -> Counts:
    """Expected in the room / found so far."""
    row = _session(session, number)
    conn = session.vault.conn
    expected = conn.execute("SELECT COUNT(*) FROM inventory_expected WHERE session_id = ? AND state = '在库'",
                            (row.id,)).fetchone()[0]
    found = conn.execute(
        "SELECT COUNT(DISTINCT s.carrier_id) FROM inventory_scans s JOIN inventory_expected e "
        "ON e.session_id = s.session_id AND e.carrier_id = s.carrier_id AND e.state = '在库' "
        "WHERE s.session_id = ?", (row.id,)).fetchone()[0]
    return Counts(expected, found)


def pause(session: Session, number: str) -> InventoryView:
    """Pause (the session keeps its scans; nothing can be scanned until it resumes)."""
    return _set_state(session, number, RUNNING, PAUSED, "inventory.pause")


def resume(session: Session, number: str) -> InventoryView:
    """Go on with a paused session."""
    return _set_state(session, number, PAUSED, RUNNING, "inventory.resume")


def _set_state(session: Session, number: str, was: str, to: str, event: str) -> InventoryView:
    session.require(Permission.WRITE_REGISTER, event, f"inventory:{number}")
    row = _session(session, number)
    if row.state != was:
        raise InvalidInput("清点", f"清点{row.number}当前{row.state}", f"session {row.number} is {row.state}")
    with session.vault.transaction() as conn:
        repo.set_state(conn, row.id, to)
        session.record(conn, event, f"inventory:{row.number}", before={"state": was}, after={"state": to})
    return view(session, number)


def view(session: Session, number: str) -> InventoryView:
    """The session and its reconciliation now (or as frozen when it finished)."""
    session.require(Permission.READ_REGISTER, "inventory.read", f"inventory:{number}")
    row = _session(session, number)
    if row.result is not None:
        return InventoryView(row, _thawed(row.result))
    return InventoryView(row, _reconcile(session, row))


def _reconcile(session: Session, row: SessionRow) -> Reconciliation:
    conn = session.vault.conn
    expected = [_expected(conn, carrier, State(state), location)
                for carrier, state, location in repo.expected_carriers(conn, row.id)]
    cache: dict[int, Carrier] = {}
    scans = [(code, _cached(conn, cache, cid)) for code, cid in repo.scans(conn, row.id)]
    return reconcile(ScopeKind(row.scope_kind), row.scope_value, expected, scans)


def _cached(conn, cache: dict, carrier_id: int | None) -> Carrier | None:
    if carrier_id is None:
        return None
    if carrier_id not in cache:
        cache[carrier_id] = carrier_rows.by_id(conn, carrier_id)
    return cache[carrier_id]


def _expected(conn, carrier: Carrier, state: State, location: str) -> Expected:
    holder, due = "", ""
    if carrier.state is State.LENT or state is State.LENT:
        loan = loan_rows.open_for_carrier(conn, carrier.id)
        holder, due = (loan.borrower, loan.due_on.isoformat()) if loan else ("", "")
    elif carrier.state is State.OUT or state is State.OUT:
        outing = movements.open_outing_of(conn, carrier.id)
        holder, due = (outing.person, outing.return_on.isoformat()) if outing else ("", "")
    return Expected(carrier, state, location, holder, due)


def _expected_one(session: Session, row: SessionRow, carrier: Carrier | None) -> Expected | None:
    if carrier is None:
        return None
    found = session.vault.conn.execute(
        "SELECT state, location FROM inventory_expected WHERE session_id = ? AND carrier_id = ?",
        (row.id, carrier.id)).fetchone()
    return _expected(session.vault.conn, carrier, State(found[0]), found[1]) if found else None


def finish(session: Session, number: str, checkers: list[str], note: str = "",
           mark_missing: bool = False) -> InventoryView:
    """End the session: two or more distinct 清查人 (from the personnel files) sign off;
    the result is frozen. With ``mark_missing`` each carrier expected in the room and not
    found is registered 下落不明 (its clock starts today) in the same transaction."""
    session.require(Permission.WRITE_REGISTER, "inventory.finish", f"inventory:{number}")
    validate.notes(("清点说明", note), *(("清查人", checker) for checker in checkers))
    row = _session(session, number)
    if row.state == FINISHED:
        raise InvalidInput("清点", f"清点{row.number}已完成", f"session {row.number} is finished")
    names = _checkers(session, checkers)
    result = _reconcile(session, row)
    not_found = [line for line in result.of(Outcome.MISSING) if not line.missing_since_before]
    with session.vault.transaction() as conn:
        if mark_missing:
            for line in not_found:
                missing.mark_missing(session, line.number, note="清点未找到", inventory=row.number, conn=conn)
        if mark_missing and not_found:
            result = _marked(result, {line.number for line in not_found})
        repo.finish(conn, row.id, clock.now().isoformat(timespec="seconds"), names, note.strip(), _frozen(result))
        session.record(conn, "inventory.finish", f"inventory:{row.number}",
                       after={"expected": result.expected_here, "found": result.found_here,
                              "missing": len(result.of(Outcome.MISSING)),
                              "unexpected": len(result.of(Outcome.UNEXPECTED)), "checkers": names},
                       detail=("未找到的载体已登记下落不明" if mark_missing and not_found else ""))
    return view(session, number)


def _marked(result: Reconciliation, numbers: set[str]) -> Reconciliation:
    """The result with the carriers just registered 下落不明 saying so."""
    lines = tuple(Line(x.number, x.title, x.level, x.outcome, f"{x.detail}；已登记下落不明", x.scans,
                       x.missing_since_before) if x.number in numbers else x for x in result.lines)
    return Reconciliation(lines, result.expected_here, result.found_here, result.duplicates)


def _checkers(session: Session, given: list[str]) -> list[str]:
    persons = [personnel.person_named(session, text) for text in given if text.strip()]
    if len({p.id for p in persons}) != len(persons):
        raise InvalidInput("清查人", "同一人不能重复列为清查人", "a checker is listed twice")
    if len(persons) < MIN_CHECKERS:
        raise InvalidInput("清查人", f"清点须由{MIN_CHECKERS}名以上清查人签字（现有{len(persons)}名）",
                           f"{MIN_CHECKERS} or more checkers sign off")
    for person in persons:
        personnel.check_vetted(session, person, "清查人")
    return [p.name for p in persons]


def _frozen(result: Reconciliation) -> dict:
    return {"expected_here": result.expected_here, "found_here": result.found_here,
            "lines": [[x.number, x.title, x.level, x.outcome.value, x.detail, x.scans, x.missing_since_before]
                      for x in result.lines]}


def _thawed(data: dict) -> Reconciliation:
    lines = tuple(Line(n, t, lv, Outcome(o), d, s, m) for n, t, lv, o, d, s, m in data["lines"])
    duplicates = tuple((x.number, x.scans) for x in lines if x.scans > 1)
    return Reconciliation(lines, data["expected_here"], data["found_here"], duplicates)


def sessions(session: Session) -> list[SessionRow]:
    """Every session, newest first."""
    session.require(Permission.READ_REGISTER, "inventory.read")
    return repo.sessions(session.vault.conn)


def _session(session: Session, number: str) -> SessionRow:
    row = repo.by_number(session.vault.conn, number.strip().upper())
    if row is None:
        raise InvalidInput("清点编号", f"没有清点“{number.strip()}”", f"no inventory session {number.strip()!r}")
    return row
