"""打印目录: every printout the role may make, grouped, with its filters and 预览/打印.

The print is made on the worker by the service the owning page calls and shown in the
usual preview (print at 100 % or save from there); labels and badges open the existing
stock dialog first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from secdesk.services.session import Session
from secdesk.gui.reports.catalogue import Printout, allowed_printouts
from secdesk.gui.reports.fields import blank
from secdesk.gui.shell.messages import error_text
from secdesk.gui.shell.pdf_preview import PdfPreviewDialog
from secdesk.gui.shell.widgets import GREY_TEXT, RED_TEXT, compact
from secdesk.gui.shell.worker import Worker

KEY = Qt.ItemDataRole.UserRole


class PrintoutPanel(QWidget):
    """One printout: what it is, its filters, and the button that makes it."""

    def __init__(self, printout: Printout, worker: Worker, session: Session,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.printout, self.worker, self.session = printout, worker, session
        title = QLabel(printout.title)
        title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        about = QLabel(printout.about)
        about.setWordWrap(True)
        about.setStyleSheet(GREY_TEXT)
        self.fields: dict[str, Any] = dict(printout.fields())
        form = compact(QFormLayout())
        for widget in self.fields.values():
            form.addRow(widget.label, widget)
        self.button = QPushButton(self.tr("Choose stock and preview…") if printout.dialog else self.tr("Preview / print…"))
        self.button.setDefault(False)
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.run)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(RED_TEXT)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(title)
        column.addWidget(about)
        column.addSpacing(6)
        column.addLayout(form)
        column.addLayout(row)
        column.addWidget(self.message)
        column.addStretch(1)

    def load(self) -> None:
        """Read the lists the filters offer (records, people) again."""
        for widget in self.fields.values():
            widget.load(self.worker, self.session, self._failed)

    def values(self) -> dict[str, Any]:
        """The filters as chosen."""
        return {name: widget.value() for name, widget in self.fields.items()}

    def run(self) -> None:
        """Make the printout (or open its stock dialog) with the filters chosen."""
        values = self.values()
        missing = [self.fields[name].label.rstrip(":：") for name in self.printout.required if blank(values[name])]
        if missing:
            self.message.setText(self.tr("Choose or enter first: {0}").format(missing[0]))
            return
        self.message.clear()
        if self.printout.dialog:
            self.printout.dialog(self, self.worker, self.session, values)
            return
        self.button.setEnabled(False)
        self.message.setStyleSheet(GREY_TEXT)
        self.message.setText(self.tr("Preparing…"))
        self.worker.submit(self.printout.make, self.session, values, owner=self, on_done=self._show,
                           on_error=self._failed)

    def _show(self, pdf: bytes) -> None:
        self.button.setEnabled(True)
        self.message.clear()
        self.message.setStyleSheet(RED_TEXT)
        PdfPreviewDialog(pdf, self.printout.title, self.printout.filename, parent=self).exec()

    def _failed(self, exc: BaseException) -> None:
        self.button.setEnabled(True)
        self.message.setStyleSheet(RED_TEXT)
        self.message.setText(error_text(exc))


class CatalogueTab(QWidget):
    """The list of printouts on the left, the chosen one's panel on the right."""

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.session: Session | None = None
        self.panels: dict[str, PrintoutPanel] = {}
        self.list = QListWidget()
        self.list.setMinimumWidth(250)
        self.list.setMaximumWidth(400)
        self.list.setStyleSheet("QListWidget::item { padding: 3px 2px; }")
        self.list.currentItemChanged.connect(self._chosen)
        self.stack = QStackedWidget()
        self.none = QLabel(self.tr("Your role makes no printouts."))
        self.none.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.none.setStyleSheet(GREY_TEXT)
        self.stack.addWidget(self.none)
        row = QHBoxLayout(self)
        row.addWidget(self.list, 2)
        row.addWidget(self.stack, 3)

    @property
    def keys(self) -> list[str]:
        """The printouts listed, in order."""
        return list(self.panels)

    def set_session(self, session: Session | None) -> None:
        """List what this session's role may print (None: empty, as the lock does)."""
        self.session = session
        self.list.blockSignals(True)
        self.list.clear()
        self.list.blockSignals(False)
        for panel in self.panels.values():
            self.stack.removeWidget(panel)
            panel.deleteLater()
        self.panels = {}
        self.stack.setCurrentWidget(self.none)
        group = ""
        heading = QFont(self.font())
        heading.setBold(True)
        for printout in allowed_printouts(session):
            if printout.group != group:
                group = printout.group
                header = QListWidgetItem(group)
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                header.setFont(heading)
                header.setForeground(QColor("#1f3f66"))
                self.list.addItem(header)
            item = QListWidgetItem("　" + printout.title)
            item.setData(KEY, printout.key)
            self.list.addItem(item)
            panel = PrintoutPanel(printout, self.worker, session)
            self.panels[printout.key] = panel
            self.stack.addWidget(panel)
        if self.panels:
            self.choose(next(iter(self.panels)))

    def choose(self, key: str) -> PrintoutPanel:
        """Show the panel of one printout (its lists read again)."""
        for row in range(self.list.count()):
            if self.list.item(row).data(KEY) == key:
                self.list.setCurrentRow(row)
        return self.panels[key]

    def _chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        key = item.data(KEY) if item else None
        panel = self.panels.get(key)
        if panel is None:
            return
        self.stack.setCurrentWidget(panel)
        panel.load()
