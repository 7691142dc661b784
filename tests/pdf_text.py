"""Reading the PDFs the program prints, with nothing but what the venv pins (pypdfium2 and
zxing-cpp): the text of each page, its words with their boxes, the fonts and whether they
are embedded, the document information, and the pages as images with their barcodes.

Every function takes the PDF as bytes or as a path. Pages are numbered from 1, as printed.
Positions are in points (1/72 inch) from the top-left corner of the page, y downwards.
"""

from __future__ import annotations

import ctypes
import io
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import zxingcpp
from PIL import Image

Source = bytes | str | os.PathLike


class Word(NamedTuple):
    """A run of characters without a space, and the box of its glyphs (font ascent to
    descent, advance widths)."""

    text: str
    xmin: float
    ymin: float
    xmax: float
    ymax: float


def _middle(word: Word) -> float:
    return (word.ymin + word.ymax) / 2


@contextmanager
def _document(pdf: Source) -> Iterator[pdfium.PdfDocument]:
    document = pdfium.PdfDocument(os.fspath(pdf) if isinstance(pdf, os.PathLike) else pdf)
    try:
        yield document
    finally:
        document.close()


def page_count(pdf: Source) -> int:
    """The number of pages."""
    with _document(pdf) as document:
        return len(document)


def page_sizes(pdf: Source) -> list[tuple[float, float]]:
    """(width, height) of every page, in points."""
    with _document(pdf) as document:
        return [document.get_page_size(i) for i in range(len(document))]


def _page_text(page: pdfium.PdfPage) -> str:
    text = page.get_textpage().get_text_range()
    return text.replace("\r\n", "\n").replace("\r", "\n")


def page_texts(pdf: Source) -> list[str]:
    """The text of every page in the order it is drawn, one printed line a line."""
    with _document(pdf) as document:
        return [_page_text(page) for page in document]


def page_text(pdf: Source, page: int) -> str:
    """The text of page ``page`` (see ``page_texts``)."""
    with _document(pdf) as document:
        return _page_text(document[page - 1])


def pdf_text(pdf: Source) -> str:
    """The text of all pages (see ``page_texts``), each page ended by a form feed."""
    return "".join(text + "\f" for text in page_texts(pdf))


def _char_box(textpage: pdfium.PdfTextPage, index: int) -> tuple[float, float, float, float]:
    """(left, bottom, right, top) of a character in PDF space: its advance across, and its
    font's ascent and descent about its baseline (so that a line's words share one top and
    one bottom, whatever their glyphs)."""
    left, bottom, right, top = textpage.get_charbox(index, loose=True)
    font = pdfium_c.FPDFTextObj_GetFont(pdfium_c.FPDFText_GetTextObject(textpage, index))
    size = ctypes.c_float(pdfium_c.FPDFText_GetFontSize(textpage, index))
    ascent, descent = ctypes.c_float(), ctypes.c_float()
    x, y = ctypes.c_double(), ctypes.c_double()
    if (font and pdfium_c.FPDFFont_GetAscent(font, size, ascent)
            and pdfium_c.FPDFFont_GetDescent(font, size, descent)
            and pdfium_c.FPDFText_GetCharOrigin(textpage, index, x, y)):
        bottom, top = y.value + descent.value, y.value + ascent.value
    return left, bottom, right, top


def _page_words(page: pdfium.PdfPage) -> list[Word]:
    """The words of one page in the order they are drawn; a space, a line break or a change
    of line ends a word."""
    textpage = page.get_textpage()
    height = page.get_height()
    found: list[Word] = []
    chars: list[str] = []
    box: list[float] = []

    def close() -> None:
        if chars:
            found.append(Word("".join(chars), box[0], height - box[3], box[2], height - box[1]))
        chars.clear()

    for index in range(textpage.count_chars()):
        char = chr(pdfium_c.FPDFText_GetUnicode(textpage, index))
        if char.isspace() or pdfium_c.FPDFText_IsGenerated(textpage, index):
            close()
            continue
        left, bottom, right, top = _char_box(textpage, index)
        if chars and not (bottom < box[3] and top > box[1]):  # not on the same line
            close()
        if chars:
            box = [min(box[0], left), min(box[1], bottom), max(box[2], right), max(box[3], top)]
        else:
            box = [left, bottom, right, top]
        chars.append(char)
    close()
    return found


def words(pdf: Source) -> list[list[Word]]:
    """Every word with its box, page by page (see ``Word``)."""
    with _document(pdf) as document:
        return [_page_words(page) for page in document]


def page_words(pdf: Source, page: int) -> list[Word]:
    """The words of page ``page`` with their boxes (see ``Word``)."""
    with _document(pdf) as document:
        return _page_words(document[page - 1])


def text_in(pdf: Source, page: int, x: float, y: float, width: float, height: float) -> str:
    """The words of page ``page`` whose centre lies in the rectangle whose top-left corner
    is (x, y), in the order they are drawn, separated by spaces."""
    inside = [w for w in page_words(pdf, page)
              if x <= (w.xmin + w.xmax) / 2 <= x + width and y <= _middle(w) <= y + height]
    return " ".join(w.text for w in inside)


def layout_lines(pdf: Source, page: int) -> list[str]:
    """The lines of page ``page`` as a reader sees them, top to bottom: the words that
    share a line (the vertical middle of each within the other's box), left to right,
    separated by spaces. A table row whose cells hold one line each is one line."""
    lines: list[list[Word]] = []
    for word in sorted(page_words(pdf, page), key=_middle):
        first = lines[-1][0] if lines else None
        if first and first.ymin <= _middle(word) <= first.ymax and word.ymin <= _middle(first) <= word.ymax:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [" ".join(w.text for w in sorted(line, key=lambda w: w.xmin)) for line in lines]


def layout_text(pdf: Source, page: int) -> str:
    """The lines of page ``page`` (see ``layout_lines``), one a line."""
    return "".join(line + "\n" for line in layout_lines(pdf, page))


class Font(NamedTuple):
    """A font the text of the document is drawn with."""

    name: str
    embedded: bool


def _font(handle) -> Font:
    size = pdfium_c.FPDFFont_GetBaseFontName(handle, None, 0)
    buffer = ctypes.create_string_buffer(size)
    pdfium_c.FPDFFont_GetBaseFontName(handle, buffer, size)
    return Font(buffer.value.decode("utf-8", "replace"), bool(pdfium_c.FPDFFont_GetIsEmbedded(handle)))


def fonts(pdf: Source) -> list[Font]:
    """Every font object that text is drawn with, on any page (form XObjects included),
    once each (two subsets of one typeface are two fonts), and whether its program is
    embedded in the file."""
    found: dict[int, Font] = {}
    with _document(pdf) as document:
        for page in document:
            for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_TEXT,)):
                handle = pdfium_c.FPDFTextObj_GetFont(obj)
                address = ctypes.cast(handle, ctypes.c_void_p).value
                if address not in found:
                    found[address] = _font(handle)
    return list(found.values())


def metadata(pdf: Source) -> dict[str, str]:
    """The document information (Title, Author, Keywords, …), empty values left out."""
    with _document(pdf) as document:
        return dict(document.get_metadata_dict(skip_empty=True))


def render(pdf: Source, dpi: float = 300, page: int | None = None) -> list[Image.Image]:
    """Every page (or only page ``page``) as a grey image ("L": 0 black … 255 white)."""
    with _document(pdf) as document:
        chosen = list(document) if page is None else [document[page - 1]]
        return [p.render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for p in chosen]


def barcodes(image: Image.Image, kind: zxingcpp.BarcodeFormat = zxingcpp.BarcodeFormat.Code128) -> list[str]:
    """The texts of every barcode of ``kind`` found in ``image``, sorted."""
    return sorted(found.text for found in zxingcpp.read_barcodes(image, formats=kind))


def resaved(pdf: bytes) -> bytes:
    """The file saved again by another PDF program (PDFium): other bytes, the same pages."""
    document = pdfium.PdfDocument(pdf)
    out = io.BytesIO()
    document.save(out)
    document.close()
    return out.getvalue()
