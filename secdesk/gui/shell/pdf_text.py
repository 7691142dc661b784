"""Reading a PDF with QtPdf (the PDF engine the program already ships for its print
preview): the text of its pages and its Keywords, and what each page looks like. The
quarterly register's seal hashes the texts, and its verification compares the look of
every page with the book rebuilt from the vault; the services receive these two functions
as a :class:`~secdesk.services.quarterly.PdfEngine` and never touch Qt themselves."""

from __future__ import annotations

import os
from collections.abc import Iterator

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions

from secdesk.services.quarterly import PdfEngine


def _open(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    """The loaded document (and the buffer it reads, to keep alive); ValueError if it is
    no readable PDF."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("reading a PDF needs a QGuiApplication (see offscreen_reader)")
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        document.close()
        raise ValueError("not a readable PDF")
    return document, buffer


def read_pdf(pdf: bytes) -> tuple[list[str], str]:
    """(the text of each page, the Keywords metadata); ValueError if it is no readable PDF."""
    document, _buffer = _open(pdf)
    pages = [document.getAllText(i).text() for i in range(document.pageCount())]
    keywords = document.metaData(QPdfDocument.MetaDataField.Keywords) or ""
    document.close()
    return pages, str(keywords)


def render_pdf(pdf: bytes, dpi: float) -> Iterator[tuple[int, int, bytes]]:
    """Each page as it prints, one at a time: (width, height, grey pixels) at ``dpi``,
    one byte a pixel (0 black … 255 white), row after row without padding, annotations
    included. ValueError (on the first page asked for) if it is no readable PDF."""
    document, _buffer = _open(pdf)
    options = QPdfDocumentRenderOptions()
    options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.Annotations
                           | QPdfDocumentRenderOptions.RenderFlag.Grayscale)
    try:
        for i in range(document.pageCount()):
            points = document.pagePointSize(i)
            size = QSize(max(1, round(points.width() * dpi / 72)), max(1, round(points.height() * dpi / 72)))
            image = QImage(size, QImage.Format.Format_Grayscale8)
            image.fill(255)  # the paper: QtPdf draws the page on a transparent image
            painter = QPainter(image)
            painter.drawImage(0, 0, document.render(i, size, options))
            painter.end()
            width, height, stride = image.width(), image.height(), image.bytesPerLine()
            bits = bytes(image.constBits())[:stride * height]
            if stride != width:
                bits = b"".join(bits[row * stride:row * stride + width] for row in range(height))
            yield width, height, bits
    finally:
        document.close()


QT_PDF = PdfEngine(text=read_pdf, render=render_pdf)


def offscreen_reader() -> PdfEngine:
    """QtPdf for the command line: starts the offscreen Qt it needs (no window opens)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if QGuiApplication.instance() is None:
        offscreen_reader.app = QGuiApplication(["secdesk"])  # kept alive for the command
    return QT_PDF
