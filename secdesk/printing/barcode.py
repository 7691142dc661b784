"""Code 128 barcodes (条码) drawn as vector bars: crisp on thermal and laser printers.

python-barcode does the encoding (its automatic switching between code sets B and C
gives the shortest symbol); ReportLab draws each run of dark modules as one filled
rectangle, so no raster image is ever embedded.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from barcode import Code128
from barcode.errors import BarcodeError
from reportlab.pdfgen.canvas import Canvas

QUIET_MODULES = 10  # light margin each side, in modules (ISO/IEC 15417 asks for ≥ 10)


@dataclass(frozen=True)
class Bars:
    """The symbol of one text: its dark bars as (first module, width in modules)."""

    text: str
    modules: int  # symbol width without the quiet zones
    runs: tuple[tuple[int, int], ...]

    @property
    def total_modules(self) -> int:
        """Width including both quiet zones."""
        return self.modules + 2 * QUIET_MODULES


def encodable(text: str) -> bool:
    """True if Code 128 can carry ``text`` (printable ASCII, not empty)."""
    return bool(text) and all(32 <= ord(ch) < 127 for ch in text)


@lru_cache(maxsize=4096)
def code128(text: str) -> Bars:
    """The Code 128 bars of ``text``; ValueError if it holds characters Code 128 lacks."""
    if not encodable(text):
        raise ValueError(f"Code 128 cannot encode {text!r}")
    try:
        pattern = Code128(text).build()[0]
    except BarcodeError as exc:  # pragma: no cover - guarded by encodable()
        raise ValueError(f"Code 128 cannot encode {text!r}: {exc}") from None
    runs, start = [], None
    for i, module in enumerate(pattern + "0"):
        if module == "1" and start is None:
            start = i
        elif module != "1" and start is not None:
            runs.append((start, i - start))
            start = None
    return Bars(text, len(pattern), tuple(runs))


def draw_code128(canvas: Canvas, bars: Bars, x: float, y: float, module: float,
                 height: float) -> float:
    """Draw ``bars`` with its left quiet zone starting at ``x`` (bottom at ``y``).

    ``module`` is the width of one module in points. Returns the full width drawn,
    quiet zones included (``bars.total_modules * module``).
    """
    left = x + QUIET_MODULES * module
    path = canvas.beginPath()
    for first, width in bars.runs:
        path.rect(left + first * module, y, width * module, height)
    canvas.drawPath(path, stroke=0, fill=1)
    return bars.total_modules * module
