"""No English in the Chinese window (issue 17): every page and tab, for every role, and
every dialog a button of them opens (Qt's own file and print dialogs included) shows
only translated text. A dialog is met as the clerk meets it, then closed unanswered, so
nothing is written.
With SECDESK_SHOTS=FOLDER (and SECDESK_SHOTS_SIZE=1280x720) every page and dialog met is
also saved as a picture, to be looked at."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox, QDialog,
                               QGroupBox, QLabel, QLineEdit, QTabWidget, QWidget)

from secdesk.gui.shell.main_window import MainWindow
from tests.lending_world import build_world

# Words that are the same in a Chinese window: names of formats, codes and the program.
ALLOWED = {"pdf", "usb", "code", "datamatrix", "secdesk", "csv", "xlsx", "excel", "wps", "ctrl", "shift",
           "alt", "tab", "esc", "del", "enter", "f1", "qr", "id", "ok", "uming", "ar", "pl", "sans", "serif",
           "noto", "cjk", "sc", "song", "mono", "regular", "bold",
           "admin"}  # the administrator account of the test vault, named in its dialogs
WORD = re.compile(r"(?<![\w./\\-])[A-Za-z]{3,}(?![\w./\\-])")
SKIP_BUTTONS = ("sign out", "lock", "退出", "注销", "锁定")


def english_words(text: str) -> list[str]:
    """The English words of a text (markup, paths and codes such as BMS-2026-… ignored)."""
    plain = re.sub(r"<[^>]+>", " ", text)
    return [w for w in WORD.findall(plain) if w.casefold() not in ALLOWED]


def texts_of(root: QWidget) -> list[str]:
    """What a reader sees in ``root``: titles, labels, buttons, tabs, hints, column headings."""
    seen = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        if isinstance(w, QLabel):
            seen.append(w.text())
        elif isinstance(w, QAbstractButton):
            seen.append(w.text())
        elif isinstance(w, QGroupBox):
            seen.append(w.title())
        elif isinstance(w, QTabWidget):
            seen += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            seen.append(w.placeholderText())
        elif isinstance(w, QComboBox):
            seen += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            seen += headings(w)
        seen.append(w.toolTip())
    return seen


def headings(view: QAbstractItemView) -> list[str]:
    """The column headings of a table or tree (a list has none)."""
    model = view.model()
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model
        return []
    return [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]


class DialogCatcher:
    """Closes every dialog that opens (modal or not, Qt's static ones too), keeping what
    it showed."""

    def __init__(self, window: QWidget, shots: Path | None = None) -> None:
        self.window = window
        self.shots = shots  # SECDESK_SHOTS: each dialog met is also saved as a picture
        self.found: dict[str, list[str]] = {}
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.sweep)
        self.timer.start()

    def sweep(self) -> None:
        """Record and reject every open dialog but the window itself."""
        for top in QApplication.topLevelWidgets():
            if isinstance(top, QDialog) and top.isVisible():
                words = [w for t in texts_of(top) for w in english_words(t)]
                if words:
                    self.found[f"{type(top).__name__} “{top.windowTitle()}”"] = sorted(set(words))
                if self.shots is not None:
                    name = re.sub(r"[^\w-]+", "_", f"{type(top).__name__}-{top.windowTitle()}")[:80]
                    top.grab().save(str(self.shots / f"{name}.png"))
                top.reject()


def walk(qtbot, window: MainWindow, found: dict[str, list[str]], press_buttons: bool) -> None:
    """Every page and tab; with ``press_buttons`` also each enabled button on it."""
    folder = os.environ.get("SECDESK_SHOTS")
    shots = Path(folder) / f"{window.session.actor.name}-{window.width()}x{window.height()}" if folder else None
    if shots is not None:
        shots.mkdir(parents=True, exist_ok=True)
    catcher = DialogCatcher(window, shots)
    try:
        for row in range(window.nav.count()):
            if window.nav.item(row).isHidden():
                continue
            window.nav.setCurrentRow(row)
            page = window.pages.currentWidget()
            tabs = page.findChildren(QTabWidget)
            views = [(page, None)] + [(t, i) for t in tabs for i in range(t.count())]
            for holder, index in views:
                if index is not None:
                    holder.setCurrentIndex(index)
                qtbot.wait(60)
                shown = holder.widget(index) if index is not None else page
                name = window.nav.item(row).text() + (f" / {holder.tabText(index)}" if index is not None else "")
                words = sorted({w for t in texts_of(shown) for w in english_words(t)})
                if words:
                    found[name] = words
                if shots is not None:
                    window.grab().save(str(shots / (re.sub(r"[^\w-]+", "_", f"page-{name}") + ".png")))
                if press_buttons:
                    press_each(qtbot, shown, window)
        found.update(catcher.found)
    finally:
        catcher.timer.stop()


def press_each(qtbot, shown: QWidget, window: MainWindow) -> None:
    """Select the first row of each list, then click every visible, enabled button of the
    page once (its dialog is caught)."""
    for view in shown.findChildren(QAbstractItemView):
        if view.isVisibleTo(shown) and view.model() is not None and view.model().rowCount(QModelIndex()) > 0:
            view.setCurrentIndex(view.model().index(0, 0))
    for button in shown.findChildren(QAbstractButton):
        if not (button.isVisibleTo(shown) and button.isEnabled()) or button.isCheckable():
            continue
        if any(s in button.text().casefold() for s in SKIP_BUTTONS) or window.session is None:
            continue
        button.click()
        qtbot.waitUntil(lambda: not window.worker.busy, timeout=10_000)  # a preview comes after its job
        qtbot.wait(60)


@pytest.fixture
def world(staffed_vault):
    return build_world(staffed_vault)


@pytest.mark.parametrize("account", ["clerk1", "officer1", "auditor1", "admin"])
def test_every_page_tab_and_dialog_speaks_chinese(qtbot, worker, staffed_vault, world, network, account):
    staffed_vault.close()
    window = MainWindow(worker, staffed_vault.sign_in(account), network[1])
    qtbot.addWidget(window)
    width, height = map(int, os.environ.get("SECDESK_SHOTS_SIZE", "1366x768").split("x"))
    window.resize(width, height)
    window.show()
    found: dict[str, list[str]] = {}
    walk(qtbot, window, found, press_buttons=True)
    assert found == {}, "English in the Chinese window: " + "; ".join(f"{k}: {v}" for k, v in found.items())
