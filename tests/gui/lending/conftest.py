"""The station as the clerk has it: the lending world, a shown and muted station signed in
as the clerk, and the scanner that types into it (tests/scanner.py)."""

from __future__ import annotations

import pytest

from secdesk.gui.lending.scan_station import ScanStation
from tests.lending_world import build_world
from tests.scanner import scanner  # noqa: F401 (the fixture)


@pytest.fixture
def desk(qtbot, worker, staffed_vault):
    """(world, station): the clerk's station at 1366×768, nobody at the desk yet."""
    world = build_world(staffed_vault)
    world.handle = staffed_vault  # to sign in as someone else and back
    station = ScanStation(worker)
    station.sounds.muted = True
    qtbot.addWidget(station)
    station.set_session(world.clerk)
    station.resize(1366, 768)
    station.show()
    qtbot.waitExposed(station)
    station.activateWindow()
    qtbot.waitUntil(station.ui.scanEdit.hasFocus, timeout=5000)
    return world, station
