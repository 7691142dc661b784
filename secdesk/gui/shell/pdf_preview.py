"""Print preview (打印预览): the PDF as it will print, then the printer or a file."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from secdesk.gui.shell.messages import show_error
from secdesk.gui.shell.print_pdf import load_pdf, print_pdf, save_pdf


ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)


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
        layout.addLayout(self._zoom_bar())
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.view.setFocus()  # arrows and Page Down scroll, Ctrl+= / Ctrl+- zoom

    def _zoom_bar(self) -> QHBoxLayout:
        """整页 / 适合宽度 / − / + / 100 %, and the page count."""
        row = QHBoxLayout()
        for text, slot in ((self.tr("Whole page"), self.fit_page), (self.tr("Fit width"), self.fit_width),
                           ("−", lambda: self.step_zoom(-1)), ("+", lambda: self.step_zoom(1)),
                           ("100%", lambda: self.set_zoom(1.0))):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            row.addWidget(button)
        self.zoom_label = QLabel()
        row.addWidget(self.zoom_label)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("{0} pages").format(self.document.pageCount())))
        self._show_zoom()
        return row

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        """Ctrl+= or Ctrl++ zooms in, Ctrl+- out, Ctrl+0 shows 100 %."""
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        step = {Qt.Key.Key_Plus: 1, Qt.Key.Key_Equal: 1, Qt.Key.Key_Minus: -1}.get(Qt.Key(event.key()))
        if ctrl and step:
            self.step_zoom(step)
        elif ctrl and event.key() == Qt.Key.Key_0:
            self.set_zoom(1.0)
        else:
            super().keyPressEvent(event)

    def fit_page(self) -> None:
        """The whole page in the window (as opened)."""
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self._show_zoom()

    def fit_width(self) -> None:
        """The page as wide as the window: small print readable."""
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._show_zoom()

    def set_zoom(self, factor: float) -> None:
        """A fixed scale (1.0 = the page's printed size on screen)."""
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)
        self._show_zoom()

    def step_zoom(self, direction: int) -> None:
        """The next larger (+1) or smaller (−1) step from the scale shown now."""
        now = self.view.zoomFactor()
        larger = [z for z in ZOOM_STEPS if z > now + 0.01]
        smaller = [z for z in ZOOM_STEPS if z < now - 0.01]
        if direction > 0 and larger:
            self.set_zoom(larger[0])
        elif direction < 0 and smaller:
            self.set_zoom(smaller[-1])

    def _show_zoom(self) -> None:
        mode = self.view.zoomMode()
        self.zoom_label.setText({QPdfView.ZoomMode.FitInView: self.tr("whole page"),
                                 QPdfView.ZoomMode.FitToWidth: self.tr("page width")}.get(
            mode, f"{self.view.zoomFactor():.0%}"))

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
