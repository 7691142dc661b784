"""Reading a PDF's pages as text, and its Keywords, with QtPdf (the PDF engine the program
already ships for its print preview). The quarterly register's seal hashes these texts;
the services receive this reader as a plain function and never touch Qt themselves."""

from __future__ import annotations

import os

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument


def read_pdf(pdf: bytes) -> tuple[list[str], str]:
    """(the text of each page, the Keywords metadata); ValueError if it is no readable PDF."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("read_pdf needs a QGuiApplication (see secdesk.cli.inventory)")
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise ValueError("not a readable PDF")
    pages = [document.getAllText(i).text() for i in range(document.pageCount())]
    keywords = document.metaData(QPdfDocument.MetaDataField.Keywords) or ""
    document.close()
    return pages, str(keywords)


def offscreen_reader():
    """``read_pdf`` for the command line: starts the offscreen Qt it needs (no window opens)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if QGuiApplication.instance() is None:
        offscreen_reader.app = QGuiApplication(["secdesk"])  # kept alive for the command
    return read_pdf
