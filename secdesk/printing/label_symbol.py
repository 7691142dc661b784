"""Where a DataMatrix goes on a label, and how large its modules are.

A thermal label printer prints whole dots (203 dpi: 0.125 mm); a module of 1.4 dots
comes out as 1 or 2 dots and a symbol with such modules reads badly. So the module is a
whole number of 203-dpi dots (as many as fit, up to the stock's maximum, never fewer
than two) and the symbol's top-left corner lies on that printer's dot grid, counted
from the page's top-left corner where the printer starts. A page is printed as a whole
number of dots (a 40 mm label is 319.7 dots: the page goes out as 320, as
:func:`secdesk.gui.shell.print_pdf.render_to_printer` and pdfium both size it), so the
grid is the page divided into that many dots, not exactly 1/203 inch. On a 300 dpi
printer or a laser the modules are still 0.25 mm or more.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from secdesk.printing.datamatrix import QUIET_MODULES, Matrix

DPI = 203  # the common thermal head
DOT = 72 / DPI  # one dot in points
MIN_DOTS, TEXT_DOTS = 2, 3  # never smaller; not smaller than this to make room for text


@dataclass(frozen=True)
class SymbolBox:
    """Room under the marking (points, page coordinates): the symbol's dark modules
    stay inside right/bottom, its quiet zone inside top and inside the label's edges
    (``label_right``, ``label_bottom``); ``min_text`` is the width the text column left
    of the quiet zone (from ``left``) would like to keep."""

    left: float
    right: float
    bottom: float
    top: float
    label_right: float
    label_bottom: float
    page_width: float
    page_height: float
    min_text: float = 0

    def pitch(self, page_extent: float) -> float:
        """One dot along a page side of ``page_extent`` points, printed as whole dots."""
        return page_extent / max(1, round(page_extent / DOT))


@dataclass(frozen=True)
class PlacedSymbol:
    """A symbol placed: the bottom-left corner of its quiet zone and its module (points)."""

    matrix: Matrix
    x: float
    y: float
    module: float
    dots: int  # module in 203 dpi dots; 0 if it had to be scaled to fit (no whole dots)

    @property
    def side(self) -> float:
        """Side of the symbol with its quiet zone, in points."""
        return self.matrix.total_modules * self.module


def place_symbol(matrix: Matrix, box: SymbolBox, max_dots: int) -> PlacedSymbol:
    """The largest whole-dot module (``max_dots`` down to 3) that fits the box and keeps
    the text's width; else down to 2 dots fitting the height alone; else scaled to fit."""
    for least, keep_text in ((TEXT_DOTS, True), (MIN_DOTS, False)):
        for dots in range(max_dots, least - 1, -1):
            placed = _at(matrix, box, dots * box.pitch(box.page_width), dots)
            if placed.y + placed.side <= box.top + 1e-6 and \
                    (not keep_text or placed.x - box.left >= box.min_text - 1e-6):
                return placed
    module = (box.top - box.bottom) / (matrix.size + QUIET_MODULES)
    return _at(matrix, box, module, 0)


def _at(matrix: Matrix, box: SymbolBox, module: float, dots: int) -> PlacedSymbol:
    """The symbol at the bottom right of ``box``, snapped onto the dot grid: left and
    up, never nearer the right or bottom edge than the box allows."""
    side, quiet = matrix.size * module, QUIET_MODULES * module
    left = min(box.right, box.label_right - quiet) - side
    top = max(box.bottom, box.label_bottom + quiet) + side
    if dots:
        across, down = box.pitch(box.page_width), box.pitch(box.page_height)
        left = math.floor(left / across + 1e-6) * across
        top = box.page_height - math.floor((box.page_height - top) / down + 1e-6) * down
    return PlacedSymbol(matrix, left - quiet, top - side - quiet, module, dots)
