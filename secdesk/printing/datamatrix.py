"""ECC200 DataMatrix symbols (二维码) drawn as vector squares, for small label stock.

ReportLab ships an ECC200 encoder (:mod:`reportlab.graphics.barcode.ecc200datamatrix`)
with its Reed–Solomon coder, module placement and finder patterns, but fixed to one
44×44 symbol in C40 encodation. A carrier number needs far less: here ReportLab's
machinery is given the smallest square symbol that holds the text, in ASCII
encodation (two digits per codeword), so ``BMS-2026-000123K`` becomes a 16×16 symbol.
Only single-block sizes (up to 44×44, which is more than any number needs) are used.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.graphics.barcode.ecc200datamatrix import ECC200DataMatrix
from reportlab.pdfgen.canvas import Canvas

QUIET_MODULES = 2  # light margin on every side (ISO/IEC 16022 asks for ≥ 1)

# Square ECC200 sizes: modules per side → (data codewords, error codewords, regions per side)
SIZES = {
    10: (3, 5, 1), 12: (5, 7, 1), 14: (8, 10, 1), 16: (12, 12, 1), 18: (18, 14, 1),
    20: (22, 18, 1), 22: (30, 20, 1), 24: (36, 24, 1), 26: (44, 28, 1),
    32: (62, 36, 2), 36: (86, 42, 2), 40: (114, 48, 2), 44: (144, 56, 2),
}
_PAD, _UPPER_SHIFT = 129, 235


@dataclass(frozen=True)
class Matrix:
    """A symbol's modules, top row first; True is dark."""

    text: str
    rows: tuple[tuple[bool, ...], ...]

    @property
    def size(self) -> int:
        """Modules per side, without the quiet zone."""
        return len(self.rows)

    @property
    def total_modules(self) -> int:
        """Modules per side including the quiet zone on both sides."""
        return self.size + 2 * QUIET_MODULES


def encodable(text: str) -> bool:
    """True if a symbol here can carry ``text`` (printable ASCII, not empty, fits 44×44).

    Other characters could be carried as bytes, but a keyboard-wedge scanner would type
    them wrongly, so a number holding Chinese gets no symbol at all."""
    return bool(text) and all(32 <= ord(ch) < 127 for ch in text) and \
        len(_ascii_codewords(text)) <= SIZES[44][0]


def _ascii_codewords(text: str) -> list[int]:
    """ASCII encodation: a pair of digits in one codeword, any other character in one."""
    words, i = [], 0
    while i < len(text):
        pair = text[i:i + 2]
        if len(pair) == 2 and pair.isdigit() and pair.isascii():
            words.append(130 + int(pair))
            i += 2
            continue
        code = ord(text[i])
        words.extend([_UPPER_SHIFT, code - 127] if code > 127 else [code + 1])
        i += 1
    return words


def _padded(words: list[int], capacity: int) -> list[int]:
    """The data codewords filled to ``capacity``: one 129, then the 253-state pads."""
    out = list(words)
    if len(out) < capacity:
        out.append(_PAD)
    while len(out) < capacity:
        r = (149 * (len(out) + 1)) % 253 + 1
        out.append((_PAD + r) % 254 or 254)
    return out


class _Symbol(ECC200DataMatrix):
    """ReportLab's ECC200 with a chosen square size and ASCII encodation."""

    def __init__(self, text: str, size: int) -> None:
        super().__init__(text)
        self.cw_data, self.cw_ecc, regions = SIZES[size]
        self.row_modules = self.col_modules = size
        self.row_regions = self.col_regions = regions
        self.row_usable_modules = self.col_usable_modules = size - 2 * regions
        self._placed: set[tuple[int, int]] = set()

    def _place_bit(self, row: int, col: int, bit: int) -> None:
        # ReportLab's placement, remembering which modules got a bit (see _create_matrix).
        n_rows, n_cols = self.row_usable_modules, self.col_usable_modules
        if row < 0:
            row += n_rows
            col += 4 - ((n_rows + 4) % 8)
        if col < 0:
            col += n_cols
            row += 4 - ((n_cols + 4) % 8)
        self._matrix[row][col] = bit
        self._placed.add((row, col))

    def _create_matrix(self, data):
        matrix = super()._create_matrix(data)
        rows, cols = self.row_usable_modules, self.col_usable_modules
        if (rows - 1, cols - 1) not in self._placed:  # ISO/IEC 16022 fixed corner pattern
            matrix[rows - 1][cols - 1] = matrix[rows - 2][cols - 2] = 1
            matrix[rows - 1][cols - 2] = matrix[rows - 2][cols - 1] = 0
        return matrix

    def encode(self):
        data = _padded(_ascii_codewords(self.value), self.cw_data)
        data += self._get_reed_solomon_code(data, self.cw_ecc)
        matrix = self._create_matrix(data)
        return self._merge_data_regions(self._wrap_data_regions_with_finders(
            self._create_data_regions(matrix)))


@lru_cache(maxsize=4096)
def datamatrix(text: str) -> Matrix:
    """The smallest square ECC200 symbol of ``text``; ValueError if it cannot carry it."""
    if not encodable(text):
        raise ValueError(f"DataMatrix here cannot encode {text!r}")
    needed = len(_ascii_codewords(text))
    size = min(s for s, (data, _, _) in SIZES.items() if data >= needed)
    rows = _Symbol(text, size).encode()
    return Matrix(text, tuple(tuple(bool(m) for m in row) for row in rows))


def draw_datamatrix(canvas: Canvas, matrix: Matrix, x: float, y: float, module: float) -> float:
    """Draw ``matrix`` with its quiet zone's bottom-left corner at (x, y); each run of
    dark modules in a row is one rectangle (no hairline seams between modules).
    Returns the full side drawn, quiet zone included."""
    left = x + QUIET_MODULES * module
    top = y + (QUIET_MODULES + matrix.size) * module
    path = canvas.beginPath()
    for r, row in enumerate(matrix.rows):
        start = None
        for c, dark in enumerate((*row, False)):
            if dark and start is None:
                start = c
            elif not dark and start is not None:
                path.rect(left + start * module, top - (r + 1) * module, (c - start) * module, module)
                start = None
    canvas.drawPath(path, stroke=0, fill=1)
    return matrix.total_modules * module
