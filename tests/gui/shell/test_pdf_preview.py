"""The print preview zooms (issue 17): whole page, page width, steps in and out by button
and by Ctrl+= / Ctrl+- / Ctrl+0, the scale shown, the number of pages said."""

from __future__ import annotations

import io

from PySide6.QtCore import Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QPushButton
from reportlab.pdfgen import canvas

from secdesk.gui.shell.pdf_preview import PdfPreviewDialog


def two_pages() -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for n in (1, 2):
        pdf.drawString(72, 720, f"page {n}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def button(dialog, text: str) -> QPushButton:
    (found,) = [b for b in dialog.findChildren(QPushButton) if b.text() == text]
    return found


def test_the_preview_zooms_by_buttons_and_keys_and_says_how_much(qtbot):
    dialog = PdfPreviewDialog(two_pages(), "预览", "x.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    assert dialog.view.zoomMode() is QPdfView.ZoomMode.FitInView and dialog.zoom_label.text() == "整页"
    assert any(label.text() == "共2页" for label in dialog.findChildren(type(dialog.zoom_label)))
    button(dialog, "适合宽度").click()
    assert dialog.view.zoomMode() is QPdfView.ZoomMode.FitToWidth and dialog.zoom_label.text() == "页宽"
    button(dialog, "100%").click()
    button(dialog, "+").click()
    assert dialog.view.zoomFactor() == 1.25 and dialog.zoom_label.text() == "125%"
    qtbot.keyClick(dialog.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert dialog.view.zoomFactor() == 0.9
    qtbot.keyClick(dialog.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert dialog.view.zoomFactor() == 1.0 and dialog.zoom_label.text() == "100%"
    button(dialog, "整页").click()
    assert dialog.view.zoomMode() is QPdfView.ZoomMode.FitInView
