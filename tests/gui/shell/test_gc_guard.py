"""Garbage is collected on the window's thread, never on the worker's (a Qt object
destroyed from the worker crashes the program)."""

from __future__ import annotations

import gc
import threading

from secdesk.gui.shell.gc_guard import MainThreadCollector


class Cycle:
    """Garbage that says which thread collected it."""

    collected_in: list[str] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        Cycle.collected_in.append(threading.current_thread().name)


def test_garbage_made_busy_on_a_worker_is_collected_on_the_gui_thread(qtbot, qapp):
    assert not gc.isenabled()  # the GUI tests run as the program does
    Cycle.collected_in.clear()

    kept: list = []

    def busy() -> None:
        Cycle()
        kept.extend([] for _ in range(20_000))  # far past the collector's threshold

    worker = threading.Thread(target=busy, name="worker")
    worker.start()
    worker.join()
    assert Cycle.collected_in == []
    qtbot.waitUntil(lambda: Cycle.collected_in == [threading.main_thread().name], timeout=3000)
    kept.clear()


def test_stopping_gives_collection_back_to_python(qapp):
    collector = MainThreadCollector()
    collector.stop()
    assert gc.isenabled()
    gc.disable()  # the session's collector is still running
