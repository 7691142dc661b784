"""Print preview (打印预览): the PDF as it will print, then the printer or a file."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from secdesk.gui.shell.messages import show_error
from secdesk.gui.shell.print_pdf import load_pdf, print_pdf, save_pdf


class PdfPreviewDialog(QDialog):
    """Shows the pages; 打印… sends them at 100 % scale; 另存为PDF… writes the file.

    ``on_output`` runs once after the first successful print or save (to audit it).
    """

    def __init__(self, data: bytes, title: str, filename: str,
                 on_output: Callable[[], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data, self.title, self.filename, self.on_output = data, title, filename, on_output
        self.output_done = False
        self.setWindowTitle(title)
        self.resize(900, 700)
        self.document = load_pdf(data, self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        print_button = QPushButton(self.tr("Print…"))
        save_button = QPushButton(self.tr("Save as PDF…"))
        buttons.addButton(print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        print_button.clicked.connect(self.print_it)
        save_button.clicked.connect(self.save_it)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def print_it(self) -> None:
        """Choose a printer and print at 100 % scale."""
        try:
            if print_pdf(self, self.data, self.title):
                self._done()
        except Exception as exc:
            show_error(self, exc)

    def save_it(self) -> None:
        """Choose a file and write the PDF."""
        try:
            if save_pdf(self, self.data, self.filename):
                self._done()
        except Exception as exc:
            show_error(self, exc)

    def _done(self) -> None:
        if self.on_output and not self.output_done:
            self.output_done = True
            self.on_output()
