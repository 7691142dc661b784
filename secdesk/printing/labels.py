"""Carrier labels (载体标签): marking, barcode of the number, type, 份号, unit.

A label shows the number, the marking, the type and the 份号 — never the title
(DOMAIN.md: a title can itself be secret; labels leave the room on the carrier).
:class:`LabelData` therefore has no title field.

Layouts: roll labels of 50×30 mm and 40×20 mm (one label per page, the page being the
label) and A4 sheets of 3 × 8 labels of 70×37 mm that can start at any position of a
part-used sheet. The barcode is drawn as vector bars with quiet zones of 10 modules.

Each stock may carry a DataMatrix (:class:`~secdesk.domain.barcodes.Symbology`) instead:
on 40×20 mm a 16-character Code 128 gets 0.18 mm modules (1.4 dots of a 203 dpi head),
a 16×16 DataMatrix 0.63 mm (5 dots; 6 on 50×30 and A4). It sits at the bottom right
under the marking, the info lines and the number beside it; its modules are whole dots
of a 203 dpi head on that head's dot grid (see :mod:`secdesk.printing.label_symbol`).

A number Code 128 cannot carry (an external number from an old register holding Chinese
characters) gets no barcode: the number is printed larger in its place.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from secdesk.domain.barcodes import Symbology
from secdesk.printing import datamatrix as dm
from secdesk.printing.barcode import QUIET_MODULES, Bars, code128, draw_code128, encodable
from secdesk.printing.fonts import cjk_font
from secdesk.printing.label_symbol import SymbolBox, place_symbol
from secdesk.printing.layout import TextFit, end_page, save

REPRINT = "补"


class LabelLayout(StrEnum):
    """Label stock."""

    ROLL_50X30 = "roll50x30"  # one label per page, 50×30 mm page
    ROLL_40X20 = "roll40x20"  # one label per page, 40×20 mm page (USB sticks)
    A4_3X8 = "a4-3x8"  # A4 sheet, 3 columns × 8 rows of 70×37 mm labels


@dataclass(frozen=True)
class LabelData:
    """What one label shows. There is deliberately no title."""

    number: str  # 载体编号; the barcode encodes exactly this
    marking: str  # 国家秘密标志, e.g. 机密★20年 — printed largest
    ctype: str  # 载体类别
    copy_text: str  # 份号, e.g. 第3份 共5份 (may be empty)
    unit_name: str
    reprint: bool = False  # a reprint carries a visible 补 mark


@dataclass(frozen=True)
class _Style:
    """Sizes of one label stock (lengths in points, font sizes in points)."""

    width: float
    height: float
    pad_x: float  # text keeps this far from the left and right edges
    pad_y: float  # and from the top and bottom edges
    bar_inset: float  # bars keep this far from the edges (quiet zones may reach closer)
    mark_size: float  # the marking, shrunk to fit down to mark_min
    mark_min: float
    info_size: float  # type, 份号, unit name
    number_size: float  # the number under the barcode
    min_bars: float  # the barcode is never lower than this: the unit line goes first
    max_module: float  # widest module used when there is room
    gap: float  # between the marking, the info lines, the bars and the number
    dm_dots: int = 4  # DataMatrix module at most this many dots of a 203 dpi head
    dm_number_size: float = 0  # the number beside a DataMatrix (0: number_size)
    dm_info_size: float = 0  # type, 份号, unit beside a DataMatrix (0: info_size)


STYLES = {
    # Rolls print to the edge: the quiet zones may reach it, so the bars use the whole
    # width (which is what limits the module: 200 modules + 2 × 10 quiet for BMS-2026-…).
    LabelLayout.ROLL_50X30: _Style(
        width=50 * mm, height=30 * mm, pad_x=2 * mm, pad_y=1.6 * mm, bar_inset=0,
        mark_size=15, mark_min=9, info_size=7.5, number_size=8, min_bars=7 * mm,
        max_module=0.33 * mm, gap=0.7 * mm, dm_dots=6, dm_number_size=9, dm_info_size=8.5),
    LabelLayout.ROLL_40X20: _Style(
        width=40 * mm, height=20 * mm, pad_x=1.5 * mm, pad_y=1.1 * mm, bar_inset=0,
        mark_size=10, mark_min=7, info_size=5.5, number_size=6.5, min_bars=5.5 * mm,
        max_module=0.33 * mm, gap=0.45 * mm, dm_dots=5, dm_number_size=8, dm_info_size=6.5),
    # A laser printer leaves ~4 mm of the sheet edge blank: everything dark stays 5 mm in.
    LabelLayout.A4_3X8: _Style(
        width=70 * mm, height=37 * mm, pad_x=5 * mm, pad_y=4 * mm, bar_inset=5 * mm,
        mark_size=17, mark_min=10, info_size=9, number_size=9, min_bars=9 * mm,
        max_module=0.33 * mm, gap=1 * mm, dm_dots=6, dm_number_size=10, dm_info_size=10),
}
SHEET_COLUMNS, SHEET_ROWS = 3, 8
SHEET_TOP = (A4[1] - SHEET_ROWS * 37 * mm) / 2  # 0.5 mm: 8 × 37 mm on a 297 mm sheet
PER_SHEET = SHEET_COLUMNS * SHEET_ROWS
ASCENT, DESCENT = 0.88, 0.12  # of the CJK font's em, for placing baselines


def labels_pdf(labels: Iterable[LabelData], layout: LabelLayout, start: int = 1,
               symbology: Symbology = Symbology.CODE128) -> bytes:
    """PDF bytes of ``labels`` on ``layout``, the numbers as ``symbology``.

    ``start`` is the 1-based position of the first label on the first A4 sheet (for a
    part-used sheet; positions run left to right, then top to bottom); it is ignored for
    rolls. ValueError if ``start`` is outside 1..24 on A4, or if there are no labels.
    """
    return label_pages(labels, layout, start, "载体标签", LabelPainter.draw, Symbology(symbology))


T = TypeVar("T")


def label_pages(items: Iterable[T], layout: LabelLayout, start: int, title: str,
                draw: Callable[[LabelPainter, T, float, float], None],
                symbology: Symbology = Symbology.CODE128) -> bytes:
    """PDF bytes of ``items`` on the stock ``layout``, each drawn by
    ``draw(painter, item, x, y)`` with the label's bottom-left corner at (x, y); ``start``
    as for :func:`labels_pdf` (carrier labels and badges share the stocks)."""
    layout = LabelLayout(layout)
    if layout is LabelLayout.A4_3X8 and not 1 <= start <= PER_SHEET:
        raise ValueError(f"start position {start} is outside 1..{PER_SHEET}")
    font = cjk_font()
    style = STYLES[layout]
    buf = io.BytesIO()
    sheet = layout is LabelLayout.A4_3X8
    canvas = Canvas(buf, pagesize=A4 if sheet else (style.width, style.height), invariant=1,
                    pageCompression=1, initialFontName=font)
    canvas.setTitle(title)
    painter = LabelPainter(canvas, font, style, symbology)
    position = start - 1 if sheet else 0
    count = 0
    for item in items:
        if sheet:
            if position == PER_SHEET:
                end_page(canvas)
                position = 0
            col, row = position % SHEET_COLUMNS, position // SHEET_COLUMNS
            draw(painter, item, col * style.width, A4[1] - SHEET_TOP - (row + 1) * style.height)
            position += 1
        else:
            if count:
                end_page(canvas)
            draw(painter, item, 0, 0)
        count += 1
    if not count:
        raise ValueError("no labels to print")
    end_page(canvas)
    save(canvas)
    return buf.getvalue()


def sheet_position(index: int, start: int = 1) -> tuple[int, int]:
    """(sheet, position) — both 1-based — of the ``index``-th label (0-based) on A4."""
    slot = start - 1 + index
    return slot // PER_SHEET + 1, slot % PER_SHEET + 1


class LabelPainter:
    """Draws one label of a style with its bottom-left corner at (x, y): a headline
    (the marking) as large as fits, info lines, the barcode and the number under it."""

    def __init__(self, canvas: Canvas, font: str, style: _Style,
                 symbology: Symbology = Symbology.CODE128) -> None:
        self.c = canvas
        self.font = font
        self.s = style
        self.symbology = symbology
        self._fits: dict[float, TextFit] = {}

    def fit(self, size: float) -> TextFit:
        """Text measuring at ``size`` points (kept per size)."""
        fit = self._fits.get(size)
        if fit is None:
            fit = self._fits[size] = TextFit(self.font, size)
        return fit

    def draw(self, label: LabelData, x: float, y: float) -> None:
        self.paint(label.marking, [_join(label.ctype, label.copy_text), label.unit_name],
                   label.number, x, y, label.reprint)

    def paint(self, headline: str, info: list[str], number: str, x: float, y: float,
              reprint: bool = False) -> None:
        """``headline`` large, the ``info`` lines (the last ones are left out first when
        the barcode needs the room), the barcode of ``number`` and the number under it."""
        s = self.s
        top = y + s.height - s.pad_y
        left, right = x + s.pad_x, x + s.width - s.pad_x
        cursor = self._marking(headline, reprint, left, right, top)
        info = [t for t in info if t.strip()]
        if self.symbology is Symbology.DATAMATRIX and dm.encodable(number):
            self._paint_2d(info, number, x, y, cursor)
            return
        # Bottom up: the number, then the barcode above it, then whatever is left for info.
        number_base = y + s.pad_y + DESCENT * s.number_size
        bars_bottom = number_base + ASCENT * s.number_size + s.gap
        line = s.info_size * 1.15
        while info and cursor - len(info) * line - s.gap - bars_bottom < s.min_bars:
            info.pop()  # not enough room: the unit name goes first, then type and 份号
        fit = self.fit(s.info_size)
        for text in info:
            self._text(left, cursor - ASCENT * s.info_size, fit, fit.shorten(text, right - left))
            cursor -= line
        bars_top = cursor - s.gap
        self._barcode(number, x, bars_bottom, bars_top - bars_bottom, number_base)

    def _paint_2d(self, info: list[str], number: str, x: float, y: float, cursor: float) -> None:
        """Under the marking: the DataMatrix at the bottom right; the info lines from the
        top and the number at the bottom of the column left of it."""
        s = self.s
        size = s.dm_number_size or s.number_size
        box = SymbolBox(left=x + s.pad_x, right=x + s.width - max(s.pad_x, s.bar_inset),
                        bottom=y + s.pad_y, top=cursor, label_right=x + s.width, label_bottom=y,
                        page_width=self.c._pagesize[0], page_height=self.c._pagesize[1],
                        min_text=self.fit(s.number_size).width(number))
        placed = place_symbol(dm.datamatrix(number), box, s.dm_dots)
        dm.draw_datamatrix(self.c, placed.matrix, placed.x, placed.y, placed.module)
        left = x + s.pad_x
        width = placed.x - left  # the text keeps out of the quiet zone
        fit = self.fit(size)
        if fit.width(number) > width:  # a long number: smaller, then shortened
            fit = self.fit(max(s.number_size * 0.8, math.floor(size * width / fit.width(number) * 10) / 10))
        self._text(left, y + s.pad_y + DESCENT * fit.size, fit, fit.shorten(number, width))
        info_size = s.dm_info_size or s.info_size
        info_fit, line = self.fit(info_size), info_size * 1.15
        floor = y + s.pad_y + fit.size + s.gap
        full = x + s.width - s.pad_x - left  # a line above the symbol's quiet zone
        for text in info:
            if cursor - line < floor:
                break
            room = full if cursor - line >= placed.y + placed.side else width
            self._text(left, cursor - ASCENT * info_size, info_fit, info_fit.shorten(text, room))
            cursor -= line

    def _marking(self, marking: str, reprint: bool, left: float, right: float,
                 top: float) -> float:
        """The marking, as large as fits beside the 补 box; returns the y below it."""
        s, c = self.s, self.c
        size = s.mark_size
        lowest = top - size
        if reprint:
            box = size * 1.08
            c.setLineWidth(max(0.6, size / 18))
            c.rect(right - box, top - box, box, box, stroke=1, fill=0)
            mark = self.fit(size * 0.8)
            self._text(right - box / 2, top - box / 2 - 0.36 * mark.size, mark, REPRINT,
                       centred=True, weight=30)
            right -= box + 1 * mm
            lowest = top - box
        fit = self.fit(size)
        width = fit.width(marking)
        if width > right - left:
            fit = self.fit(max(s.mark_min, math.floor(size * (right - left) / width * 10) / 10))
        self._text(left, top - ASCENT * fit.size, fit, fit.shorten(marking, right - left),
                   weight=30)
        return min(lowest, top - fit.size) - s.gap

    def _barcode(self, number: str, x: float, bottom: float, height: float, base: float) -> None:
        s = self.s
        centre = x + s.width / 2
        if not encodable(number):  # no barcode possible: the number larger instead
            size = min(s.number_size * 1.5, s.mark_size * 0.8, max(s.number_size, height * 0.6))
            fit = self.fit(round(size, 1))  # larger than the info lines, smaller than the marking
            self._text(centre, bottom + (height - fit.size) / 2 + DESCENT * fit.size, fit,
                       fit.shorten(number, s.width - 2 * s.pad_x), centred=True)
            return
        bars = code128(number)
        module = _module_width(bars, s)
        full = bars.total_modules * module
        draw_code128(self.c, bars, centre - full / 2, bottom, module, height)
        fit = self.fit(s.number_size)
        self._text(centre, base, fit, fit.shorten(number, s.width - 2 * s.pad_x), centred=True)

    def _text(self, x: float, y: float, fit: TextFit, text: str, centred: bool = False,
              weight: float = 45) -> None:
        """Text a little heavier than the thin regular face (filled, and stroked with a
        line of size/weight), so small print survives a 203 dpi thermal head."""
        c = self.c
        if centred:
            x -= fit.width(text) / 2
        c.saveState()  # the text mode and line width stay with this text
        obj = c.beginText(x, y)
        obj.setFont(self.font, fit.size)
        obj.setTextRenderMode(2)
        c.setLineWidth(fit.size / weight)
        obj.textOut(text)
        c.drawText(obj)
        c.restoreState()


def _module_width(bars: Bars, s: _Style) -> float:
    """The widest module that keeps the bars inside the inset and the quiet zones on the
    label (the quiet zones may lie in the inset)."""
    return min(s.max_module, (s.width - 2 * s.bar_inset) / bars.modules,
               s.width / (bars.modules + 2 * QUIET_MODULES))


def module_mm(number: str, layout: LabelLayout) -> float:
    """The Code 128 module width in millimetres the label of ``number`` gets on ``layout``."""
    return _module_width(code128(number), STYLES[LabelLayout(layout)]) / mm


def _join(*parts: str) -> str:
    return "  ".join(p.strip() for p in parts if p and p.strip())
