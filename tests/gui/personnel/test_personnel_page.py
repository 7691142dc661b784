"""The personnel page: the staff list, filters, the selected file with the ID masked
for the clerk."""

from __future__ import annotations

from datetime import date

from secdesk.domain.personnel.model import Clearance, PersonDraft
from secdesk.domain.personnel.rules import id_check_digit
from secdesk.services import personnel
from secdesk.gui.shell.main_window import MainWindow

BODY = "11010519800101123"
ID = BODY + id_check_digit(BODY)


def test_the_clerk_sees_the_staff_and_a_masked_id(qtbot, worker, staffed_vault, network):
    """Two people listed; filtering by level leaves one; the file shows the ID masked."""
    staffed_vault.close()
    officer = staffed_vault.sign_in("officer1")
    personnel.add_person(officer, PersonDraft("张红", "办公室", Clearance.CORE, id_number=ID,
                                              vetted_on=date(2026, 1, 5), vetting_result="合格"))
    personnel.add_person(officer, PersonDraft("李四", "科研部", Clearance.GENERAL))
    staffed_vault.close()
    window = MainWindow(worker, staffed_vault.sign_in("clerk1"), network[1])
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(2)
    page = window.personnel_page
    assert window.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.ui.table.rowCount() == 2, timeout=5000)
    page.ui.levelCombo.setCurrentIndex(page.ui.levelCombo.findData("核心"))
    qtbot.waitUntil(lambda: page.ui.table.rowCount() == 1, timeout=5000)
    page.ui.table.setCurrentCell(0, 1)
    qtbot.waitUntil(lambda: "张红" in page.ui.fileView.toPlainText(), timeout=5000)
    text = page.ui.fileView.toPlainText()
    assert ID not in text and ID[:6] + "********" + ID[-4:] in text
    assert "可借阅至绝密" in text


def test_the_start_of_day_panel_shows_what_needs_doing_and_empties_when_locked(qtbot, worker, staffed_vault, network):
    """A person without a signed undertaking shows in red in 今日提醒; locking clears it."""
    staffed_vault.close()
    officer = staffed_vault.sign_in("officer1")
    personnel.add_person(officer, PersonDraft("王五", "办公室", Clearance.GENERAL, vetted_on=date(2026, 1, 5)))
    window = MainWindow(worker, officer, network[1])
    qtbot.addWidget(window)
    window.show()
    panel = window.reminders.list
    qtbot.waitUntil(lambda: any("王五" in panel.item(i).text() for i in range(panel.count())), timeout=5000)
    line = next(panel.item(i) for i in range(panel.count()) if "承诺书" in panel.item(i).text())
    assert "王五" in line.text() and line.foreground().color().name() == "#b00020"
    window.lock()
    assert panel.count() == 0 and not window.reminders.isVisible()
