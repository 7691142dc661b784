"""A scripted day at the scan station: a seeded generator of scans and key presses, with
the model of what each must do (issue 17, "must show").

:class:`Desk` is the model: who holds each carrier, which are held for checking, the
borrower at the desk, whether their approval is on record, the last code (bounce), the
scans held while a dialog is open, and the dialog open now. :func:`script` walks it with a
seeded random choice of the next thing the clerk does and returns the :class:`Step`\\ s to
play and the log the station must write: one ``(code, outcome)`` per scan, where the
outcome is a :class:`~secdesk.services.scan.Action` value for a decided scan, or
``held`` / ``used`` / ``refused`` / ``ignored`` for one the station did not decide
(``ScanStation.scanHandled``).
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field

from secdesk.domain.carriers.levels import Level

READS = {"general": Level.CONFIDENTIAL, "important": Level.SECRET}  # the highest 密级 each may borrow
DEPTS = {"general": "科研二部", "important": "科研一部"}


@dataclass(frozen=True)
class Item:
    """A carrier as the model knows it."""

    number: str
    level: Level
    paper: bool  # paper asks the count check on return
    scope: str = ""


@dataclass(frozen=True)
class Step:
    """One thing done at the desk and the dialog that must be open after it (its class
    name, or "" for none)."""

    kind: str  # scan | press | type | click_ok | click_slip
    arg: object = ""
    modal_after: str = ""
    note: str = ""  # what the step is, for the counts


@dataclass
class Desk:
    """The model of the station and the register."""

    items: dict[str, Item]
    badges: dict[str, str]  # key → badge (general, important, head, core, left)
    holder: dict[str, str | None] = field(default_factory=dict)  # number → borrower key
    damaged: set[str] = field(default_factory=set)
    borrower: str | None = None
    approved: bool = False
    lent_now: set[str] = field(default_factory=set)  # lent in this sitting and not back (the slip)
    last_code: str = ""
    pending: str = ""  # a red result the officer may override
    queue: list[str] = field(default_factory=list)
    dialog: tuple[str, str] | None = None  # (kind, number)
    log: list[tuple[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.holder = {n: None for n in self.items}
        self.by_badge = {b: k for k, b in self.badges.items()}

    # -- what the station does --------------------------------------------------------------

    def arrive(self, code: str) -> None:
        """A scan reaches the scan field (no dialog open)."""
        if self._bounced(code):
            return
        self.queue.append(code)
        self.run_queue()

    def arrive_in_dialog(self, code: str) -> None:
        """A scan arrives while the dialog is open."""
        kind, number = self.dialog
        if number and code == number:
            self.log.append((code, "refused"))
        elif kind == "approval" and code in self.by_badge:
            self.log.append((code, "used" if code == self.badges["head"] else "refused"))
        elif not self._bounced(code):
            self.queue.append(code)
            self.log.append((code, "held"))

    def _bounced(self, code: str) -> bool:
        if code == self.last_code:
            self.log.append((code, "ignored"))
            return True
        self.last_code = code
        return False

    def run_queue(self) -> None:
        while self.dialog is None and self.queue:
            self.decide(self.queue.pop(0))

    def decide(self, code: str, approval: bool = False, whole: bool | None = None) -> None:
        outcome = self._outcome(code, approval, whole)
        self.pending = code if outcome == "refused_overridable" else ""
        self.log.append((code, "refused" if outcome == "refused_overridable" else outcome))

    def _outcome(self, code: str, approval: bool, whole: bool | None) -> str:
        if code in self.by_badge:
            key = self.by_badge[code]
            if key == "left":  # left the unit: refused
                return "refused"
            assert key in READS, f"the script scans only {sorted(READS)} at the desk"
            if key != self.borrower:
                self.borrower, self.approved, self.lent_now = key, False, set()
            return "borrower"
        item = self.items.get(code)
        if item is None:
            return "refused"  # misread: not found
        holder, who = self.holder[code], self.borrower
        if holder is not None and (who is None or holder == who):
            if item.paper and whole is None:
                self.dialog = ("count", code)
                return "needs_count"
            self.holder[code] = None
            self.lent_now.discard(code)
            if whole is False:
                self.damaged.add(code)
            return "return"
        if who is None:
            return "needs_borrower"
        if holder is not None or code in self.damaged or item.level.rank > READS[who].rank:
            return "refused"
        if item.scope and item.scope != DEPTS[who]:
            return "refused_overridable"
        if item.level in (Level.CONFIDENTIAL, Level.SECRET) and not (self.approved or approval):
            self.dialog = ("approval", code)
            return "needs_approval"
        self.approved = self.approved or approval
        self.holder[code] = who
        self.lent_now.add(code)
        return "lend"

    def close_dialog(self, then=None) -> None:
        """The open dialog is answered (``then``: the decision it leads to) or closed."""
        self.dialog = None
        if then is not None:
            then()
        self.run_queue()


MODAL = {"approval": "ApprovalDialog", "count": "CountDialog", "override": "OverrideDialog",
         "preview": "PdfPreviewDialog", None: ""}


def script(desk: Desk, seed: int, scans: int = 200) -> tuple[list[Step], Counter]:
    """The steps of a session of at least ``scans`` scans, and how many of each kind."""
    rng = random.Random(seed)
    steps: list[Step] = []
    kinds: Counter = Counter()
    numbers = sorted(desk.items)

    def modal() -> str:
        return MODAL[desk.dialog[0] if desk.dialog else None]

    def scan(code: str, note: str) -> None:
        kinds[note] += 1
        if desk.dialog is None:
            desk.arrive(code)
        else:
            desk.arrive_in_dialog(code)
        steps.append(Step("scan", code, modal(), note))

    def fresh(pool: list[str]) -> str:
        """A code from ``pool`` that is not the last one (that would be scanner bounce)."""
        return rng.choice([c for c in pool if c != desk.last_code])

    def misread() -> str:
        """A carrier number with its check character misread."""
        number = fresh(numbers)
        code = number[:-1] + ("Q" if number[-1] != "Q" else "R")
        return code if code != desk.last_code else misread()

    def into_dialog() -> None:
        """Sometimes the clerk scans while the dialog is open."""
        kind, number = desk.dialog
        roll = rng.random() * (0.6 if kind in ("override", "preview") else 1)
        if roll < 0.22:
            scan(fresh(numbers), f"carrier while {kind} open")
        elif roll < 0.30:
            scan(fresh([desk.badges["general"], desk.badges["important"]]), f"badge while {kind} open")
        elif roll < 0.36 and number:
            scan(number, f"same carrier while {kind} open")
        elif roll < 0.42:
            scan(misread(), f"misread while {kind} open")

    def answer_dialog() -> None:
        kind, number = desk.dialog
        into_dialog()
        if kind == "approval":
            if rng.random() < 0.25:
                scan(fresh([desk.badges["core"], desk.badges["general"], desk.badges["important"]]),
                     "unauthorised badge into approval")
            if rng.random() < 0.12:
                desk.close_dialog()
                steps.append(Step("press", "Escape", modal(), "approval cancelled"))
                return
            scan(desk.badges["head"], "approver badge into approval")
            steps.append(Step("type", f"SP-{len(steps)}", "ApprovalDialog"))
            desk.close_dialog(lambda: desk.decide(number, approval=True))
            steps.append(Step("click_ok", "", modal(), "approval given"))
        elif kind == "count":
            if rng.random() < 0.2:
                steps.append(Step("press", "Return", "CountDialog", "Enter in count check (nothing)"))
            if rng.random() < 0.75:
                desk.close_dialog(lambda: desk.decide(number, whole=True))
                steps.append(Step("press", "1", modal(), "count check: 1 (whole)"))
            else:
                steps.append(Step("press", "2", "CountDialog"))
                steps.append(Step("type", "P5 torn", "CountDialog"))
                desk.close_dialog(lambda: desk.decide(number, whole=False))
                steps.append(Step("press", "Ctrl+Return", modal(), "count check: 2 (damaged)"))
        else:  # override or preview: closed with Esc
            desk.close_dialog()
            steps.append(Step("press", "Escape", modal(), f"{kind} closed"))

    while sum(kinds.values()) < scans or desk.dialog is not None:
        if desk.dialog is not None:
            answer_dialog()
            continue
        if desk.pending and rng.random() < 0.5:
            desk.dialog = ("override", desk.pending)
            steps.append(Step("press", "F8", "OverrideDialog", "(F8: officer override)"))
            continue
        roll = rng.random()
        if roll < 0.14:
            scan(fresh([desk.badges["general"], desk.badges["important"]] * 4 + [desk.badges["left"]]), "badge")
        elif roll < 0.17 and desk.borrower is not None:
            desk.borrower, desk.approved, desk.lent_now, desk.pending = None, False, set(), ""
            steps.append(Step("press", "Escape", "", "(Esc: next borrower)"))
        elif roll < 0.21:
            scan(misread(), "misread")
        elif roll < 0.24 and steps and steps[-1].kind == "scan" and not steps[-1].modal_after \
                and desk.log[-1][0] == steps[-1].arg == desk.last_code:
            code = desk.last_code  # scanned again at once: ignored
            kinds["bounce (same code again)"] += 1
            desk.arrive(code)
            steps.append(Step("scan", code, modal(), "bounce (same code again)"))
        elif roll < 0.27 and desk.borrower is not None and desk.lent_now:
            desk.dialog = ("preview", "")
            steps.append(Step("click_slip", "", "PdfPreviewDialog", "(lending slip preview)"))
        else:
            out = [n for n in numbers if desk.holder[n] is not None and n != desk.last_code
                   and desk.holder[n] in (desk.borrower, None) or desk.borrower is None and desk.holder[n]]
            out = [n for n in out if n != desk.last_code]
            pool = out if out and rng.random() < (0.8 if desk.borrower is None else 0.35) else numbers
            code = fresh(pool)
            scan(code, "carrier (back)" if desk.holder[code] else "carrier (out)")
    return steps, kinds
