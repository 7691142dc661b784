"""GUI fixtures: the app in Chinese with the CJK font, one worker, a fake network probe."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtWidgets import QMessageBox

from secdesk.gui.shell.gc_guard import MainThreadCollector
from secdesk.gui.shell.i18n import install_font, install_language
from secdesk.gui.shell.netwatch import NetworkWatch
from secdesk.gui.shell.worker import Worker


@pytest.fixture(scope="session", autouse=True)
def _chinese(qapp):
    """Every GUI test sees the shipped zh_CN translation, as a clerk does."""
    translators = install_language(qapp, "zh_CN")
    install_font(qapp)
    collector = MainThreadCollector(qapp)  # as the program does: no collection on the worker
    yield
    collector.stop()
    for t in translators:
        qapp.removeTranslator(t)


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread():
    """A test's Qt garbage is collected here, on the GUI thread, before the next test's
    worker runs."""
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch):
    """The texts of the warning boxes a test raised: a modal box would block the test
    for ever, so it is recorded here instead of shown."""
    shown: list[str] = []

    def record(parent, title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))
    return shown


@pytest.fixture
def worker(new_vault):
    """The single database worker thread; it is drained and stopped before any test
    vault is closed, so no test closes a connection the worker is still using."""
    w = Worker()
    yield w
    w.shutdown()


class FakeNetwork:
    """A network probe the test switches: a list of interfaces that are up."""

    def __init__(self) -> None:
        self.up: list[str] = []

    def __call__(self) -> list[str]:
        return list(self.up)


@pytest.fixture
def network(qtbot):
    """(probe, watch): set ``probe.up`` and call ``watch.poll()`` to change the network."""
    probe = FakeNetwork()
    watch = NetworkWatch(interval_ms=60_000, probe=probe)
    return probe, watch
