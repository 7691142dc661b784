"""The 导入/导出 button a page adds to its row of actions: a menu whose entries follow the
signed-in role (the services check again)."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from secdesk.domain.roles import Permission
from secdesk.gui.transfer.export_dialog import ExportDialog
from secdesk.gui.transfer.import_wizard import ImportWizard


class TransferButton(QPushButton):
    """"Import / export…" with its menu, for the register page (``kind="register"``:
    the register and the loans) or the personnel page (``"personnel"``: the roster). The
    page has ``worker`` and ``session``; the register page also ``query()`` (its filters);
    both ``refresh()``."""

    def __init__(self, page: QWidget, kind: str) -> None:
        super().__init__(page)
        self.page, self.kind = page, kind
        self.setText(self.tr("Import / export…"))
        self.menu_ = QMenu(self)
        self.menu_.aboutToShow.connect(self._fill)
        self.setMenu(self.menu_)

    def _fill(self) -> None:
        menu, session = self.menu_, self.page.session
        menu.clear()
        actor = session.actor if session else None
        if actor is not None and self.kind == "register":
            if actor.can(Permission.WRITE_REGISTER):
                menu.addAction(self.tr("Import register from Excel/CSV…"), lambda: self.open_import("register"))
            if actor.can(Permission.READ_REGISTER):
                menu.addAction(self.tr("Export register (current filters)…"), lambda: self.open_export("register"))
                menu.addAction(self.tr("Export lending register…"), lambda: self.open_export("loans"))
        elif actor is not None and actor.can(Permission.MANAGE_PERSONNEL):
            menu.addAction(self.tr("Import personnel roster from Excel/CSV…"), lambda: self.open_import("personnel"))
            menu.addAction(self.tr("Export personnel roster…"), lambda: self.open_export("personnel"))
        if menu.isEmpty():
            menu.addAction(self.tr("Not available to this role")).setEnabled(False)

    def open_import(self, kind: str) -> ImportWizard:
        """Run the import wizard; refresh the page when something was written."""
        wizard = ImportWizard(self.page.worker, self.page.session, kind, self.page)
        wizard.exec()
        if wizard.result is not None and wizard.result.written:
            self.page.refresh()
        return wizard

    def open_export(self, kind: str) -> ExportDialog:
        """Run the export dialog (the register for the page's current filters)."""
        query = self.page.query() if kind == "register" else None
        dialog = ExportDialog(self.page.worker, self.page.session, kind, query, self.page)
        dialog.exec()
        return dialog
