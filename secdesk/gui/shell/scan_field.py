"""Where the scanner types, and what a scan does while a dialog is open (扫码防误触).

:class:`ScanField` is the station's scan field: a line edit whose Ctrl+Z asks the station
to undo the last loan or return instead of undoing the typing (a scanner never needs
that); it notes when its last key came, so a scan cut in two by a dialog opening goes on
in the dialog's guard.

A barcode scanner is a keyboard: it types a code in a few milliseconds and presses Enter.
While a dialog is open over the scan station, those keys must never type into the
dialog's fields, press its buttons or confirm it. :class:`ScanGuard` watches every key
while its dialog is open (an application event filter, so nested message boxes, combo
pop-ups and completers are covered too):

- a printable key is held back, not delivered; keys that follow it within
  :data:`MAX_GAP` seconds join the same burst;
- Enter within :data:`MAX_GAP` of a burst of at least :data:`MIN_LENGTH` characters
  makes the burst a **scan**: the code goes to ``on_scan`` and nothing reaches the dialog;
- a burst that ends otherwise (no key for :data:`FLUSH_AFTER` seconds, a slow key, a
  non-printable key) was a person typing: its keys are delivered where they were typed,
  in order, a few tens of milliseconds late;
- Enter that is not the end of a scan never confirms anything: in a text field it moves
  to the next field (as Tab does), elsewhere it is dropped; in an open pop-up list it
  chooses the item as usual. Shortcuts never fire on a plain printable key.

The dialog's push buttons lose ``default``/``autoDefault`` (:func:`no_default_buttons`),
so nothing looks or acts as if Enter would press it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit, QPushButton, QWidget

MAX_GAP = 0.030  # seconds between two keys of one scan (scanners: 1–10 ms; people: 80 ms and more)
MIN_LENGTH = 4  # characters before Enter for a burst to count as a scan
FLUSH_AFTER = 0.050  # seconds without a key after which held keys are a person's typing
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_TYPING_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


def monotonic() -> float:
    """The clock the guard and the scan field measure key gaps with (tests replace it)."""
    return time.monotonic()


@dataclass
class _Key:
    """One held key press: where it was typed and when."""

    receiver: QObject
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    at: float


def is_typing(event: QKeyEvent) -> bool:
    """A printable character typed without Ctrl, Alt or Meta (Shift is how a scanner types capitals)."""
    text = event.text()
    if len(text) != 1 or not text.isprintable():
        return False
    return not (event.modifiers() & ~_TYPING_MODIFIERS)


def is_enter(event: QKeyEvent) -> bool:
    """Enter or Return, alone or with Shift/keypad."""
    return event.key() in ENTER_KEYS and not (event.modifiers() & ~_TYPING_MODIFIERS)


def key_of(ch: str) -> int:
    """The Qt key code of a typed character (Qt's codes for ASCII are its capitals)."""
    return ord(ch.upper()) if ch.isascii() else 0


def no_default_buttons(dialog: QWidget) -> None:
    """No push button of the dialog is pressed by Enter (nor drawn as the default)."""
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.setDefault(False)


_STACK: list[ScanGuard] = []


def active() -> ScanGuard | None:
    """The innermost guard at work, if a guarded dialog is open."""
    return _STACK[-1] if _STACK else None


class ScanGuard(QObject):
    """Recognises scans while ``dialog`` is open; use it as a context manager around
    ``dialog.exec()`` (or call :func:`guarded_exec`).

    ``on_scan(code)`` receives each recognised scan. ``spill`` (the station's scan field)
    receives the keys of a scan still arriving when the dialog closes; a scan that was
    arriving in it when the dialog opened goes on in the guard.
    """

    def __init__(self, dialog: QWidget, on_scan: Callable[[str], None], spill: QWidget | None = None) -> None:
        super().__init__()  # not the dialog's child: the guard outlives a dialog deleted under it
        self.dialog, self.on_scan, self.spill = dialog, on_scan, spill
        self.held: list[_Key] = []
        self.replaying = False
        self.scans: list[str] = []  # every code recognised, oldest first
        self._timer = QTimer(self, singleShot=True, interval=int(FLUSH_AFTER * 1000), timeout=self.flush)
        if isinstance(spill, ScanField) and spill.text() and spill.last_key_at is not None \
                and monotonic() - spill.last_key_at < FLUSH_AFTER:  # a scan was arriving: it goes on here
            self.held = [_Key(spill, key_of(ch), Qt.KeyboardModifier.NoModifier, ch, spill.last_key_at)
                         for ch in spill.text()]
            spill.setText("")
            self._timer.start()

    # -- installing ------------------------------------------------------------------------

    def __enter__(self) -> ScanGuard:
        no_default_buttons(self.dialog)
        QTimer.singleShot(0, self._after_show)  # a button box makes a default button when shown
        _STACK.append(self)
        QApplication.instance().installEventFilter(self)
        return self

    def __exit__(self, *exc_info) -> None:
        QApplication.instance().removeEventFilter(self)
        if self in _STACK:
            _STACK.remove(self)
        self._timer.stop()
        if self.held and self.spill is not None and shiboken6.isValid(self.spill):
            self._deliver(self.held, to=self.spill)  # a scan still arriving when the dialog closed goes on there
        self.held = []

    def _after_show(self) -> None:
        if shiboken6.isValid(self.dialog):
            no_default_buttons(self.dialog)

    # -- the filter --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        kind = event.type()
        if kind == QEvent.Type.Show and watched is self.dialog:
            no_default_buttons(self.dialog)  # its button box has just made one default
            return False
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride):
            return False
        if self.replaying or active() is not self:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            if is_typing(event) or is_enter(event):
                event.accept()  # deliver it as a key press (to this filter), never as a shortcut
                return True
            return False
        if kind == QEvent.Type.KeyRelease:
            return is_typing(event) or is_enter(event)  # their presses are held or replayed in pairs
        return self._press(watched, event)

    def _press(self, watched: QObject, event: QKeyEvent) -> bool:
        now = monotonic()
        if is_typing(event):
            if self.held and now - self.held[-1].at >= MAX_GAP:
                self.flush()  # a slow key: what was held was typed by a person
            self.held.append(_Key(watched, event.key(), event.modifiers(), event.text(), now))
            self._timer.start()
            return True
        if is_enter(event):
            if len(self.held) >= MIN_LENGTH and now - self.held[-1].at < MAX_GAP:
                self._scanned()
                return True
            self.flush()
            return self._enter(watched)
        self.flush()  # arrows, Tab, Backspace, Esc, Ctrl+…: after what was typed before them
        return False

    def _enter(self, watched: QObject) -> bool:
        """A person's Enter: chooses in an open pop-up list, moves on from a text field,
        and is dropped anywhere else."""
        if QApplication.activePopupWidget() is not None:
            return False
        if isinstance(watched, (QLineEdit, QComboBox)):
            self._send(watched, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier, "")
        return True

    def _scanned(self) -> None:
        code = "".join(k.text for k in self.held).strip()
        self.held = []
        self._timer.stop()
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        self.scans.append(code)
        self.on_scan(code)

    # -- delivering a person's keys ----------------------------------------------------------------

    def flush(self) -> None:
        """Deliver the held keys where they were typed (they were a person's typing)."""
        self._timer.stop()
        held, self.held = self.held, []
        self._deliver(held)

    def _deliver(self, keys: list[_Key], to: QWidget | None = None) -> None:
        for k in keys:
            receiver = to or k.receiver
            if not shiboken6.isValid(receiver):
                receiver = QApplication.focusWidget() or self.dialog
            self._send(receiver, k.key, k.modifiers, k.text)

    def _send(self, receiver: QObject, key: int, modifiers, text: str) -> None:
        self.replaying = True
        try:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(receiver, QKeyEvent(kind, key, modifiers, text))
        finally:
            self.replaying = False


class ScanField(QLineEdit):
    """Where the scanner types; ``undoRequested`` on Ctrl+Z."""

    undoRequested = Signal()
    last_key_at: float | None = None  # :func:`monotonic` of the last key typed here

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """Ctrl+Z is the station's undo; every other key types as usual."""
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undoRequested.emit()
            return
        self.last_key_at = monotonic()
        super().keyPressEvent(event)


def guarded_exec(dialog: QDialog, on_scan: Callable[[str], None], spill: QWidget | None = None) -> int:
    """``dialog.exec()`` with its scans recognised and sent to ``on_scan``."""
    with ScanGuard(dialog, on_scan, spill):
        return dialog.exec()
