"""Types like a keyboard-wedge barcode scanner, and like the person beside it.

A scanner sends a code's characters 3–10 ms apart and then Enter, into whatever has the
keyboard focus — the scan field, or a dialog that happens to be open. :class:`Scanner`
does exactly that with ``QTest.keyClick`` (shortcut override, key press, key release for
each key, to the widget with the focus) and no event processing between the keys of one
scan, as a real burst arrives. The key gaps are measured by the clock the scan guard
reads (:func:`secdesk.gui.shell.scan_field.monotonic`), which the helper replaces with
its own: each scanner key advances it 3–10 ms (seeded), each key a person presses
advances it 300 ms — so the timing is realistic and the same on a loaded machine.

``press`` and ``type`` are the person: slow keys, delivered at once (the guard's held
keys are flushed, as its timer would after 50 ms).
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from secdesk.gui.shell import scan_field

SCANNER_GAP = (0.003, 0.010)  # seconds between two keys of a scanner
PERSON_GAP = 0.300  # seconds between two keys a person presses


class Scanner:
    """The scanner and the clerk's keyboard; ``now`` is the guard's clock."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, seed: int = 2026) -> None:
        self.rng = random.Random(seed)
        self.now = 1000.0
        self.codes: list[str] = []  # every code scanned, oldest first
        monkeypatch.setattr(scan_field, "monotonic", lambda: self.now)

    @staticmethod
    def target() -> QWidget | None:
        """Where the keyboard types now: an open pop-up, else the focus widget of the
        active (modal) window, else that window itself."""
        popup = QApplication.activePopupWidget()
        if popup is not None:
            return popup
        focus, modal = QApplication.focusWidget(), QApplication.activeModalWidget()
        if modal is not None and (focus is None or not modal.isAncestorOf(focus) and focus is not modal):
            return modal
        return focus or QApplication.activeWindow()

    @classmethod
    def ready(cls) -> None:
        """Wait (at most 2 s) for a window to take the keyboard: after a dialog closes
        the window below is activated again by the window system, not at once."""
        QApplication.processEvents()  # window-system events (activation) come before the next key
        for _ in range(400):
            target = cls.target()
            if target is not None and target.window().isVisible():
                return
            QTest.qWait(5)
        raise AssertionError("no window has the keyboard focus")

    def scan(self, code: str) -> None:
        """One scan: the code's characters, then Enter, 3–10 ms apart."""
        self.ready()
        self.codes.append(code)
        self.now += 1.0  # the clerk picks the next item up
        for ch in code:
            self.now += self.rng.uniform(*SCANNER_GAP)
            QTest.keyClick(self.target(), ch)
        self.now += self.rng.uniform(*SCANNER_GAP)
        QTest.keyClick(self.target(), Qt.Key.Key_Return)

    def press(self, key: Qt.Key | str, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        """A person presses one key (a character, Enter, Esc, 1, 2 …)."""
        self.ready()
        self.now += PERSON_GAP
        QTest.keyClick(self.target(), key, modifier)
        self.settle()

    def type(self, text: str) -> None:
        """A person types ``text`` (ASCII), key by key."""
        for ch in text:
            self.press(ch)

    def settle(self) -> None:
        """Deliver what the guard holds from a person's typing (its 50 ms timer, at once)."""
        guard = scan_field.active()
        if guard is not None:
            guard.flush()


def when_open(kind: type, act, tries: int = 200) -> None:
    """Call ``act(dialog)`` as soon as a modal dialog of ``kind`` is open (it opens inside
    a slot, in its own event loop, so the test acts from a timer)."""

    def poll(left: int = tries) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            act(dialog)
        elif left:
            QTimer.singleShot(20, lambda: poll(left - 1))

    QTimer.singleShot(0, poll)


@pytest.fixture
def scanner(monkeypatch) -> Scanner:
    """A scanner whose key gaps the scan guard measures on the helper's clock."""
    return Scanner(monkeypatch)
