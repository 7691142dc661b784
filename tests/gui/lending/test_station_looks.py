"""The station and each dialog it opens, at 1366×768 as a clerk sees them: every dialog
fits on the screen with its buttons and text, the count check shows its 1/2 keys, and a
scan during a dialog is said on the dialog itself. Pictures go to ``$SECDESK_SHOTS``
(e.g. /tmp/station-shots) when it is set, to be looked at."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from secdesk.services import carriers
from secdesk.gui.lending.holds_dialog import HoldsDialog
from secdesk.gui.lending.station_dialogs import ApprovalDialog, CountDialog, OverrideDialog
from secdesk.gui.shell.pdf_preview import PdfPreviewDialog
from tests.gui.lending.test_scan_station import action_is, scan
from tests.gui.lending.test_station_dialogs import lend_two_papers
from tests.lending_world import BASE
from tests.scanner import when_open

SCREEN = QRect(0, 0, 1366, 768)


def shoot(station: QWidget, dialog: QWidget | None, name: str) -> None:
    """Save the station with ``dialog`` drawn where it stands, if $SECDESK_SHOTS is set."""
    folder = os.environ.get("SECDESK_SHOTS")
    if not folder:
        return
    picture = station.window().grab()
    if dialog is not None:
        painter = QPainter(picture)
        at = dialog.mapToGlobal(QPoint(0, 0)) - station.window().mapToGlobal(QPoint(0, 0))
        painter.drawPixmap(at, dialog.grab())
        painter.end()
    Path(folder).mkdir(parents=True, exist_ok=True)
    picture.save(str(Path(folder) / f"{name}.png"))


def fits(dialog: QWidget) -> list[str]:
    """What of the dialog does not fit a 1366×768 screen or its own window."""
    problems = []
    size = dialog.frameGeometry().size()
    if size.width() > SCREEN.width() or size.height() > SCREEN.height():
        problems.append(f"{type(dialog).__name__} is {size.width()}×{size.height()}")
    for widget in dialog.findChildren(QPushButton) + dialog.findChildren(QLabel):
        if not widget.isVisible():
            continue
        if not dialog.rect().contains(QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())):
            problems.append(f"{widget.text()!r} falls off the dialog")
        if isinstance(widget, QPushButton) and widget.sizeHint().width() > widget.width() + 2:
            problems.append(f"button {widget.text()!r} is cut")
    return problems


def test_each_station_dialog_fits_the_screen_and_says_what_a_scan_did(qtbot, desk, scanner):
    world, station = desk
    first, second = lend_two_papers(world)
    problems: list[str] = []
    shoot(station, None, "01-station-ready")

    def count_check(dialog):
        shoot(station, dialog, "02-count-check")
        scanner.scan(second)
        assert second in dialog.scan_line.text()
        shoot(station, dialog, "03-count-check-scan-held")
        scanner.press("2")
        problems.extend(fits(dialog))
        shoot(station, dialog, "04-count-check-damaged")
        dialog.reject()

    def second_check(dialog):
        if dialog.number != second:
            return when_open(CountDialog, second_check)
        scanner.press("1")

    when_open(CountDialog, count_check)
    scan(qtbot, scanner, station, first, until=action_is("needs_count"))
    when_open(CountDialog, second_check)
    qtbot.waitUntil(lambda: not station.queue and not station.busy and station.dialogs_open == 0, timeout=5000)

    def approval(dialog):
        shoot(station, dialog, "05-approval")
        scanner.scan(world.badge("core"))
        shoot(station, dialog, "06-approval-badge-refused")
        scanner.scan(world.badge("head"))
        scanner.type("SP-1")
        problems.extend(fits(dialog))
        shoot(station, dialog, "07-approval-badge-scanned")
        dialog.accept()

    (third,) = carriers.register(world.clerk, replace(BASE, title="文件三"))
    scan(qtbot, scanner, station, world.badge("general"))
    when_open(ApprovalDialog, approval)
    scan(qtbot, scanner, station, third.number, until=action_is("lend"))
    shoot(station, None, "08-station-lent")

    def override(dialog):
        problems.extend(fits(dialog))
        shoot(station, dialog, "09-override")
        dialog.reject()

    scan(qtbot, scanner, station, world.number("scoped"))
    when_open(OverrideDialog, override)
    station.override()

    def preview(dialog):
        scanner.scan(world.number("internal"))
        shoot(station, dialog, "10-slip-preview-scan-held")
        dialog.reject()
        previewed.append(dialog)

    previewed: list = []
    when_open(PdfPreviewDialog, preview, tries=500)
    station.ui.slipButton.click()
    qtbot.waitUntil(lambda: bool(previewed) and station.dialogs_open == 0 and not station.busy and not station.queue,
                    timeout=10000)

    holds = HoldsDialog(station.worker, world.clerk, station)
    qtbot.addWidget(holds)

    def held(dialog):
        scanner.scan(world.number("top"))
        problems.extend(fits(dialog))
        shoot(station, dialog, "11-held-for-checking")
        dialog.reject()

    when_open(HoldsDialog, held)
    holds.run()
    assert problems == []
    assert QApplication.activeModalWidget() is None
