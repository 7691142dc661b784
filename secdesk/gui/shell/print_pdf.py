"""Printing and saving PDFs made by ``printing/``: to a chosen printer at 100 % scale
(QPdfDocument → QPrinter), or to a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from secdesk.services.files import save_file


def load_pdf(data: bytes, parent=None) -> QPdfDocument:
    """A QPdfDocument over PDF bytes (the buffer is kept alive with the document)."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def print_pdf(parent: QWidget, data: bytes, title: str) -> bool:
    """Ask for a printer and print every page at its true size; False if cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    render_to_printer(load_pdf(data), printer)
    return True


def render_to_printer(document: QPdfDocument, printer: QPrinter) -> None:
    """Draw each page at 100 % scale: points → printer dots, no fitting."""
    dpi = printer.resolution()
    painter = QPainter(printer)
    try:
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(index, size)
            painter.drawImage(QRectF(0, 0, size.width(), size.height()), image)
    finally:
        painter.end()


def save_pdf(parent: QWidget, data: bytes, suggested: str) -> Path | None:
    """Ask where to save; write atomically; None if cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("print_pdf", "Save PDF"), suggested, "PDF (*.pdf)")
    if not path:
        return None
    save_file(Path(path), data)
    return Path(path)
