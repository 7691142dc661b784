"""The drawing the forms 3 to 8 share: streamed tables under repeated headings, signature
lines in columns, a line of facts above a table, the receipt's statement, and a document
of several parts (:class:`_Parts`), each numbered on its own with its own marking and stamp.

Split from :mod:`~secdesk.printing.lifecycle_forms`; plain drawing on a
:class:`~secdesk.printing.personnel_forms._Form`, no data of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm

from secdesk.domain.carriers.terms import DocumentMarking
from secdesk.printing.layout import LEVEL_WORDS, FormPages, Margins, TextFit
from secdesk.printing.lending_forms import _level, _Renamed, count_marking
from secdesk.printing.personnel_forms import (
    NONE,
    RULE,
    SIGN_SIZE,
    SIGN_STEP,
    Column,
    Grid,
    Row,
    _Form,
    _with_next,
)

STATEMENT_SIZE = 12  # the receipt's acknowledgement
STATEMENT_LEADING = 7 * mm
STAMP_SIZE = 13
SIGN_LINE, DATE_LINE = 40 * mm, 30 * mm  # as FormPages.signatures draws them


# -- drawing -----------------------------------------------------------------------------


class _Tally:
    """The highest level of streamed rows, the document's marking, and a running count."""

    def __init__(self) -> None:
        self.highest = 0
        self.copies = 0
        self._marking = DocumentMarking()

    def level(self, word: str, where: str, marking: str = "", issued: str = "") -> None:
        """Count a row of level ``word`` (ValueError naming ``where`` for an unknown one)."""
        self.highest = max(self.highest, _level(word, where))
        count_marking(self._marking, word, marking, issued)

    @property
    def text(self) -> str | None:
        """The highest level with its longest term (None for no rows)."""
        return self._marking.text


def _stream(form: _Form, grid: Grid, columns: Sequence[Column],
            rows: Iterable[list[str] | tuple[Row, list[str]]], after: float,
            lead: Callable[[], None] | None = None, lead_height: float = 0) -> int:
    """Rows (consumed once) under headings repeated on every page; the last row keeps
    ``after`` points of room under it for what closes the table. A row given as (band,
    cells) comes under the band, on the same page. ``lead`` draws what stands between
    the page header and the headings on the first page. Returns the number of rows; with
    none, the table says 无."""
    head = grid.headings(columns)
    form.resume = None
    form.need(lead_height + head.height + grid.line_height)
    if lead:
        lead()
    form.place(grid, head)
    form.resume = lambda: form.place(grid, head)
    count = 0
    for cells, following in _with_next(rows):
        count += 1
        band, cells = cells if isinstance(cells, tuple) else (None, cells)
        row = grid.layout(cells, columns=columns)
        form.need((band.height if band else 0) + row.height + (after if following is None else 0))
        if band:
            form.place(grid, band)
        form.place(grid, row)
    if not count:
        form.need(grid.line_height + after)
        form.place(grid, grid.banner(NONE, align="centre", strong=False))
    return count


Signer = tuple[str, str, str]  # (role, name or "", date or "")


def _sign_height(form: _Form, *groups: Sequence[Signer]) -> float:
    return form.signature_height([""] * max(len(group) for group in groups))


def _signed(form: _Form, *groups: Sequence[Signer]) -> None:
    """Signature lines with their dates, one per (role, name, date), in the geometry of
    :meth:`FormPages.signatures`: each group a column of lines under each other, aligned
    (on a landscape page two groups stand side by side). A known name is printed at the
    start of its line (the signature goes after it), a known date on the date line."""
    form.need(_sign_height(form, *groups))
    fit = TextFit(form.font, SIGN_SIZE)
    c = form.canvas
    c.setFont(form.font, SIGN_SIZE)
    c.setLineWidth(RULE)
    for column, group in enumerate(groups):
        label_width = max(fit.width(f"{role}：") for role, _, _ in group)
        left = form.left + column * form.width / len(groups) + 10 * mm
        y = form.y
        for role, name, date in group:
            y -= SIGN_STEP
            x = left
            for label, value, room, length, step in (
                    (f"{role}：", name, label_width, SIGN_LINE, SIGN_LINE + 4 * mm),
                    ("日期：", date, fit.width("日期："), DATE_LINE, 0)):
                c.drawString(x, y, label)
                x += room
                if value.strip():
                    c.drawString(x + 1.5 * mm, y + 0.5, fit.shorten(value, length - 3 * mm))
                c.line(x, y - 1, x + length, y - 1)
                x += step
    form.y -= _sign_height(form, *groups) - 2 * mm


FACTS_HEIGHT = 8 * mm


def _facts(form: _Form, pairs: Sequence[tuple[str, str]]) -> None:
    """One line of facts (label：value, …) above a table on its first page."""
    c = form.canvas
    fit = TextFit(form.font, 10)
    c.setFont(form.font, 10)
    x, y = form.left, form.y - FACTS_HEIGHT + 2.5 * mm
    room = form.width / len(pairs) - 6 * mm
    for label, value in pairs:
        text = fit.shorten(f"{label}：{value}", room)
        c.drawString(x, y, text)
        x += fit.width(text) + 12 * mm
    form.y -= FACTS_HEIGHT


def _statement_lines(form: _Form, text: str) -> list[str]:
    return TextFit(form.font, STATEMENT_SIZE).lines(text, form.width - 2 * STATEMENT_SIZE, 4)


def _statement_height(lines: list[str]) -> float:
    return len(lines) * STATEMENT_LEADING + 5 * mm


def _statement(form: _Form, lines: list[str]) -> None:
    """The receipt's acknowledgement, its first line indented by two characters."""
    c = form.canvas
    c.setFont(form.font, STATEMENT_SIZE)
    y = form.y - STATEMENT_LEADING
    for n, line in enumerate(lines):
        c.drawString(form.left + (2 * STATEMENT_SIZE if n == 0 else 0), y, line)
        y -= STATEMENT_LEADING
    form.y -= _statement_height(lines)


def _seal_line(form: _Form, text: str, height: float) -> None:
    """接收单位（盖章）：… with room above it for the seal, aligned with the signatures."""
    form.need(height)
    c = form.canvas
    c.setFont(form.font, SIGN_SIZE)
    c.drawString(form.left + 10 * mm, form.y - height + 2 * mm,
                 TextFit(form.font, SIGN_SIZE).shorten(text, form.width - 10 * mm))
    form.y -= height - 2 * mm


def _note(form: _Form, lines: list[str]) -> None:
    """A small-print note under the signatures."""
    c = form.canvas
    c.setFont(form.font, 9)
    y = form.y - 10 * mm
    for line in lines:
        c.drawString(form.left, y, line)
        y -= 5 * mm
    form.y = y


class _Pages(FormPages):
    """:class:`FormPages` with a stamp at the top right of every page (a sheet not yet
    in force: 草稿（未经批准）, 已撤销)."""

    def __init__(self, *args, stamp: str = "", **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.stamp = stamp

    def start_page(self) -> float:
        top = super().start_page()
        if self.stamp:
            self._draw_stamp()
        return top

    def _draw_stamp(self) -> None:
        c = self.canvas
        width = c.stringWidth(self.stamp, self.font, STAMP_SIZE)
        right = self.content_right
        top = self.height - self.margins.top + 1 * mm
        box_w, box_h = width + 5 * mm, STAMP_SIZE + 3.5 * mm
        c.saveState()
        c.setLineWidth(1.4)
        c.rect(right - box_w, top - box_h, box_w, box_h, stroke=1, fill=0)
        text = c.beginText(right - box_w + 2.5 * mm, top - box_h + 1.75 * mm + 0.14 * STAMP_SIZE)
        text.setFont(self.font, STAMP_SIZE)
        text.setTextRenderMode(2)
        c.setLineWidth(STAMP_SIZE / 36)
        text.textOut(self.stamp)
        c.drawText(text)
        c.restoreState()


class _Parts(_Form):
    """A :class:`_Form` of several parts, each a document of its own on its own pages:
    its title, page size, page numbers, marking and stamp (the approval and the list of
    a destruction; a transfer form and its 回执)."""

    def __init__(self, unit_name: str, title: str) -> None:
        super().__init__(title, unit_name, "", LEVEL_WORDS[0])
        self.unit_name = unit_name
        self.count = 0

    def begin(self, title: str, subtitle: str, rank: int, wide: bool = False,
              stamp: str = "", marking: str | None = None) -> None:
        """Close the part before (if any) and start the next on a new page; ``marking``
        (with its term) is printed at the top left instead of the bare level of ``rank``."""
        if self.count:
            if self.open:
                self.open.close()
                self.open = None
            self.pages.end_page()
            self.pages.finish(self.marking or self.rank)
        self.count += 1
        self.canvas.setPageSize(landscape(A4) if wide else A4)
        margins = Margins(left=10 * mm, right=10 * mm) if wide else Margins()
        self.pages = _Pages(_Renamed(self.canvas, f"part{self.count}_"), self.font,
                            self.unit_name, title, subtitle, margins, stamp=stamp)
        self.left = self.pages.content_left
        self.width = self.pages.content_right - self.left
        self.rank, self.marking = rank, marking
        self.y = None
        self.resume = None
