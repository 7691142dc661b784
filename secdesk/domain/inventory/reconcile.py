"""Reconciling an inventory (清点对账): what was expected in the scope against what was
scanned. Pure: the service hands in the carriers as they are now, the snapshot taken
when the session started, and the scans in order.

Classes (a carrier falls in exactly one):
- 相符 found: expected in the room and scanned.
- 未找到 missing: expected in the room, not scanned (or already 下落不明 and still not seen).
- 在外 elsewhere: lent or carried out — listed with the holder and the due date.
- 异常 unexpected: scanned but not expected here — not in the register, closed (destroyed,
  transferred, returned, voided) yet physically present, registered at another location,
  outside the scope, or lent/out/missing by the register yet present.
Duplicate scans are counted and noted on the carrier's line.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum

from secdesk.domain.carriers.model import Carrier, State


class ScopeKind(StrEnum):
    """范围 of a session."""

    ALL = "全部"
    LOCATION = "存放位置"
    LEVEL = "密级"


class Outcome(StrEnum):
    """The class of a line of the reconciliation."""

    FOUND = "相符"
    MISSING = "未找到"
    ELSEWHERE = "在外"
    UNEXPECTED = "异常"


@dataclass(frozen=True)
class Expected:
    """A carrier the session expected: as it is now, and its state/location at the start."""

    carrier: Carrier
    state: State
    location: str
    holder: str = ""  # borrower or the person who carried it out, for 借出/外出
    due: str = ""  # due back


@dataclass(frozen=True)
class Line:
    """One line of the reconciliation (and of form 7)."""

    number: str
    title: str
    level: str
    outcome: Outcome
    detail: str
    scans: int = 0
    missing_since_before: bool = False  # already 下落不明 when the session started

    @property
    def expected(self) -> int:
        """应有数: 1 for the carriers the register places in the scope."""
        return 0 if self.outcome is Outcome.UNEXPECTED else 1

    @property
    def found(self) -> int:
        """实有数: 1 for a carrier seen in the room."""
        return 1 if self.scans else 0

    @property
    def matches(self) -> bool:
        """账物是否相符."""
        return self.outcome in (Outcome.FOUND, Outcome.ELSEWHERE)


@dataclass(frozen=True)
class Reconciliation:
    """The result, in order: missing and unexpected first, then elsewhere, then found."""

    lines: tuple[Line, ...]
    expected_here: int  # in the room by the register
    found_here: int
    duplicates: tuple[tuple[str, int], ...] = field(default=())

    def of(self, outcome: Outcome) -> list[Line]:
        """The lines of one class."""
        return [line for line in self.lines if line.outcome is outcome]

    @property
    def left(self) -> int:
        """Carriers still to be scanned."""
        return self.expected_here - self.found_here


ORDER = (Outcome.MISSING, Outcome.UNEXPECTED, Outcome.ELSEWHERE, Outcome.FOUND)


def reconcile(kind: ScopeKind, value: str, expected: list[Expected],
              scans: list[tuple[str, Carrier | None]]) -> Reconciliation:
    """Classify every expected carrier and every scan."""
    times = Counter(carrier.id if carrier else code.strip().upper() for code, carrier in scans)
    by_id = {e.carrier.id: e for e in expected}
    lines = [_expected_line(e, times.get(e.carrier.id, 0)) for e in expected]
    seen: set = set()
    for code, carrier in scans:
        key = carrier.id if carrier else code.strip().upper()
        if key in seen or (carrier is not None and carrier.id in by_id):
            continue
        seen.add(key)
        lines.append(_unexpected_line(kind, value, code, carrier, times[key]))
    lines.sort(key=lambda line: (ORDER.index(line.outcome), line.number))
    here = [e for e in expected if e.state is State.IN_ROOM]
    found = sum(1 for e in here if times.get(e.carrier.id))
    duplicates = tuple((line.number, line.scans) for line in lines if line.scans > 1)
    return Reconciliation(tuple(lines), len(here), found, duplicates)


def classify_scan(kind: ScopeKind, value: str, e: Expected | None, code: str, carrier: Carrier | None,
                  scans: int) -> Line:
    """The line of one scanned code as it stands after ``scans`` scans of it (for the live view)."""
    return _expected_line(e, scans) if e is not None else _unexpected_line(kind, value, code, carrier, scans)


def _expected_line(e: Expected, scans: int) -> Line:
    c = e.carrier
    line = Line(c.number, c.draft.title, c.draft.level.value, Outcome.FOUND, _twice(scans), scans)
    now = c.state
    if e.state is State.IN_ROOM and now in (State.LENT, State.OUT) and not scans:
        return _with(line, Outcome.ELSEWHERE, f"清点中{now.value}：{e.holder or '—'}，应还{e.due or '—'}")
    if e.state is State.IN_ROOM:
        return line if scans else _with(line, Outcome.MISSING, "未扫描到，账有物无")
    if e.state is State.MISSING:
        if scans:
            return _with(line, Outcome.UNEXPECTED, "已登记下落不明，现在清点中出现" + _twice(scans, "；"))
        return Line(c.number, c.draft.title, c.draft.level.value, Outcome.MISSING, "已登记下落不明，仍未找到",
                    0, missing_since_before=True)
    if scans and now is State.IN_ROOM:
        return _with(line, Outcome.FOUND, f"清点中已归还{_twice(scans, '；')}")
    if scans:
        return _with(line, Outcome.UNEXPECTED, f"登记为{e.state.value}（{e.holder or '—'}），却在清点中出现"
                     + _twice(scans, "；"))
    return _with(line, Outcome.ELSEWHERE, f"{e.state.value}：{e.holder or '—'}，应还{e.due or '—'}")


def _unexpected_line(kind: ScopeKind, value: str, code: str, carrier: Carrier | None, scans: int) -> Line:
    if carrier is None:
        return Line(code.strip(), "", "", Outcome.UNEXPECTED, "台账中没有此编号" + _twice(scans, "；"), scans)
    d = carrier.draft
    if carrier.state.closed:
        reason = f"{carrier.state.value}的载体出现在清点中"
    elif kind is ScopeKind.LOCATION:
        reason = f"存放位置不符：台账为{d.location or '（未填）'}，实在{value}"
    elif kind is ScopeKind.LEVEL:
        reason = f"不在本次清点范围（{d.level.value}）"
    else:
        reason = "清点开始后登记，不在本次应有数内"
    return Line(carrier.number, d.title, d.level.value, Outcome.UNEXPECTED, reason + _twice(scans, "；"), scans)


def _with(line: Line, outcome: Outcome, detail: str) -> Line:
    return Line(line.number, line.title, line.level, outcome, detail, line.scans)


def _twice(scans: int, sep: str = "") -> str:
    return f"{sep}重复扫描{scans}次" if scans > 1 else ""
