"""A scripted session at the scan station with the scanner helper (issue 17, "must show"):
200 mixed scans — badges, carriers out and in, count checks answered with the 1 and 2
keys, approvals with the approver's badge scanned into the dialog, misreads, bounces,
and scans while each kind of dialog is open — played against the real station, then every
carrier's state, every open loan and the station's log compared with the model's
(tests/gui/lending/station_script.py). Seeded: the same sessions every run (14 is the one
reported; 2 and 3 vary the mix)."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import CarrierType, State
from secdesk.domain.carriers.terms import Term
from secdesk.services import carriers, lending
from secdesk.gui.shell import scan_field
from tests.gui.lending.station_script import Desk, Item, Step, script
from tests.lending_world import BASE

SEED = 14  # its session scans while each kind of dialog is open
KEYS = {"Escape": (Qt.Key.Key_Escape,), "Return": (Qt.Key.Key_Return,), "F8": (Qt.Key.Key_F8,),
        "Ctrl+Return": (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier), "1": ("1",), "2": ("2",)}
EXTRA = {  # more carriers for a day's work
    **{f"usb{i}": replace(BASE, title=f"U盘{i}", level=Level.INTERNAL, term=Term.none(), ctype=CarrierType.USB,
                          extent="8GB") for i in range(5)},
    **{f"paper{i}": replace(BASE, title=f"秘密文件{i}") for i in range(6)},
    **{f"scoped{i}": replace(BASE, title=f"项目文件{i}", scope="科研一部") for i in range(2)},
    **{f"jm{i}": replace(BASE, title=f"机密文件{i}", level=Level.SECRET, term=Term.years(20), copy_no=1,
                         copies_total=1) for i in range(3)},
}


class Player:
    """Plays the steps from timers, each once the station has settled after the last:
    nothing being decided, the guard holding no keys, and the dialog the model expects
    open (or none). A step may block in a dialog's own event loop; the next ones then
    play inside it, as a clerk's keys would."""

    def __init__(self, station, scanner, steps: list[Step]) -> None:
        self.station, self.scanner, self.steps = station, scanner, steps
        self.i = 0
        self.acting = False  # a step is being played (the scanner may process events)
        self.done = False
        self.error = ""
        self.waiting_since = time.monotonic()

    def settled(self, modal_after: str) -> bool:
        station, guard = self.station, scan_field.active()
        if station.busy or (guard is not None and guard.held):
            return False
        modal = QApplication.activeModalWidget()
        if not modal_after:
            return modal is None and station.dialogs_open == 0 and not station.queue
        return modal is not None and modal.isVisible() and type(modal).__name__ == modal_after

    def pump(self) -> None:
        if self.done:
            return
        if self.acting:
            QTimer.singleShot(2, self.pump)
            return
        expected = self.steps[self.i - 1].modal_after if self.i else ""
        if not self.settled(expected):
            if time.monotonic() - self.waiting_since > 10:
                modal = QApplication.activeModalWidget()
                self.error = (f"step {self.i}: {self.steps[self.i - 1]} — expected {expected or 'no dialog'}, "
                              f"found {type(modal).__name__ if modal else 'none'}; busy={self.station.busy}, "
                              f"queue={list(self.station.queue)}; panel: {self.station.ui.titleLabel.text()} "
                              f"{self.station.ui.reasonLabel.text()}")
                self.fail()
                return
            QTimer.singleShot(2, self.pump)
            return
        if self.i == len(self.steps):
            self.done = True
            return
        step = self.steps[self.i]
        self.i += 1
        self.waiting_since = time.monotonic()
        QTimer.singleShot(0, self.pump)
        self.acting = True
        try:
            self.act(step)
        except Exception as exc:  # noqa: BLE001 (reported by the test)
            self.error = f"step {self.i - 1}: {step}: {exc!r}"
            self.fail()
        finally:
            self.acting = False

    def fail(self) -> None:
        """Stop, and close every dialog so the nested event loops unwind."""
        self.done = True
        modal = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if modal is not None:
            modal.close()
            QTimer.singleShot(10, self.fail)

    def act(self, step: Step) -> None:
        if step.kind == "scan":
            self.scanner.scan(step.arg)
        elif step.kind == "press":
            if step.arg == "F8":  # opens the override dialog in its own event loop: the next steps play in it
                self.scanner.ready()
                self.acting = False
            self.scanner.press(*KEYS[step.arg])
        elif step.kind == "type":
            self.scanner.type(step.arg)
        elif step.kind == "click_ok":
            dialog = QApplication.activeModalWidget()
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        elif step.kind == "click_slip":
            self.station.ui.slipButton.click()
        else:
            raise ValueError(step.kind)


@pytest.mark.parametrize("seed", [SEED, 2, 3])
def test_two_hundred_scans_leave_every_carrier_where_the_script_says(qtbot, desk, scanner, seed):
    world, station = desk
    made = {key: carriers.register(world.clerk, draft)[0] for key, draft in EXTRA.items()}
    everything = {**world.carriers, **made}
    items = {c.number: Item(c.number, c.draft.level, c.draft.ctype is CarrierType.PAPER, c.draft.scope)
             for c in everything.values()}
    model = Desk(items, {key: world.badge(key) for key in ("general", "important", "head", "core", "left")})
    steps, kinds = script(model, seed)
    log: list[tuple[str, str]] = []
    station.resultShown.connect(
        lambda r: r is not None and log.append((r.number or r.borrower.badge, r.action.value)))
    station.scanHandled.connect(lambda code, what: log.append((code, what)))

    started = time.monotonic()
    player = Player(station, scanner, steps)
    QTimer.singleShot(0, player.pump)
    qtbot.waitUntil(lambda: player.done, timeout=120_000)
    took = time.monotonic() - started

    if player.error:
        for i, step in enumerate(steps[:player.i + 1]):
            print(i, step)
        print("LOG", log)
        print("MODEL", model.log[:len(log) + 5])
    assert player.error == ""
    assert len(scanner.codes) == sum(kinds.values()) >= 200
    if seed == SEED:
        for kind in ("approval", "count", "override", "preview"):
            assert any(f"while {kind} open" in k for k in kinds), kind
    assert log == model.log  # every scan decided, held, used or refused as the script says: none lost
    for number, item in items.items():
        carrier = carriers.find(world.clerk, number)
        assert carrier.state is (State.LENT if model.holder[number] else State.IN_ROOM), number
        assert carrier.extra.get("lend_hold", "") == ("P5 torn" if number in model.damaged else ""), number
    badges = model.badges
    open_loans = {(row.number, row.badge) for row in lending.list_loans(world.clerk, "open")}
    assert open_loans == {(n, badges[who]) for n, who in model.holder.items() if who}
    outcomes: dict[str, int] = {}
    for _, outcome in log:
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    steps_by_note: dict[str, int] = {}
    for step in steps:
        if step.note and step.kind != "scan":
            steps_by_note[step.note] = steps_by_note.get(step.note, 0) + 1
    print(f"\n{len(scanner.codes)} scans, {len(steps)} steps in {took:.1f} s")
    print("scans:", dict(sorted(kinds.items())))
    print("other steps:", dict(sorted(steps_by_note.items())))
    print("station outcomes:", dict(sorted(outcomes.items())))
    assert took < 60
