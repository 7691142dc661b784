"""The quarterly register tab: the clerk prints a sealed quarter (through the worker,
QtPdf reading the pages there) and it is listed; the auditor verifies the PDF file and
the fingerprint typed from paper; a mistyped fingerprint is refused in red."""

from __future__ import annotations

from datetime import date

from secdesk.domain import clock
from secdesk.gui.inventory import quarterly_tab
from secdesk.gui.inventory.quarterly_tab import QuarterlyTab
from tests.gui.inventory.test_quarterly_seal import at, q3  # noqa: F401  (the fixture)


def test_print_list_and_verify_a_quarter(qtbot, worker, q3, monkeypatch, tmp_path):  # noqa: F811
    shown = []
    monkeypatch.setattr(quarterly_tab.PdfPreviewDialog, "exec", lambda self: shown.append(self.data) or 0)
    tab = QuarterlyTab(worker)
    qtbot.addWidget(tab)
    with at(2026, 10, 5, 10, 0):
        tab.set_session(q3.clerk)
        assert tab.quarter.itemText(0) == "2026Q4" and tab.quarter.findText("2026Q3") == 1
        tab.quarter.setCurrentIndex(1)
        tab.print_quarter()
        qtbot.waitUntil(lambda: bool(shown) and tab.seals.rowCount() == 1, timeout=20000)
    assert tab.seals.item(0, 0).text() == "2026Q3"
    fingerprint = tab.seals.item(0, 3).text()
    (tmp_path / "q3.pdf").write_bytes(shown[0])
    worker.wait_for(lambda: None)
    q3.handle.close()
    auditor = q3.handle.sign_in("auditor1")
    tab.set_session(auditor)
    assert clock.now().date() > date(2026, 10, 1)
    tab.verify_path(str(tmp_path / "q3.pdf"))
    qtbot.waitUntil(lambda: "核验" in tab.verdict.toPlainText(), timeout=20000)
    assert "核验通过" in tab.verdict.toPlainText() and "1b5e20" in tab.verdict.styleSheet()
    tab.fingerprint.setText(fingerprint.upper())
    tab.verify_typed()
    qtbot.waitUntil(lambda: "签章属于本单位" in tab.verdict.toPlainText(), timeout=20000)
    tab.fingerprint.setText(fingerprint[:-2])
    tab.verify_typed()
    qtbot.waitUntil(lambda: "64位" in tab.verdict.toPlainText(), timeout=20000)
    assert "b00020" in tab.verdict.styleSheet()
