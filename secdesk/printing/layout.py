"""Page furniture shared by the printed forms, and text fitting for cells and labels.

Every form (DOMAIN.md "Printed forms") carries: the highest 密级 of its content as a
marking at the top left, the unit name, the title, 第 N 页 共 M 页, and signature lines
with dates. The page count and the highest level are only known once the last row is
drawn, so they are ReportLab forms (PDF XObjects): each page places the form by name
and :meth:`FormPages.finish` defines its content after the last page. Nothing is
rendered twice, and a form of any length streams page by page.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream
from reportlab.pdfgen.canvas import Canvas

ELLIPSIS = "…"
LEVEL_WORDS = {3: "绝密", 2: "机密", 1: "秘密", 0: "内部"}
_BREAK_AFTER = " -/_,.;:)]}，。；：、）】"
_NO_LINE_START = "、。，．；：？！）】》〕」』”’…·%）,.;:?!)]}"  # 行首禁则
_NO_LINE_END = "（【《〔「『“‘(["  # 行尾禁则


class TextFit:
    """Widths of one font at one size (cached per character), wrapping and shortening."""

    def __init__(self, font: str, size: float) -> None:
        self.font = font
        self.size = size
        self._face = pdfmetrics.getFont(font)
        self._widths: dict[str, float] = {}

    def char(self, ch: str) -> float:
        """Width of one character in points."""
        width = self._widths.get(ch)
        if width is None:
            width = self._widths[ch] = self._face.stringWidth(ch, self.size)
        return width

    def width(self, text: str) -> float:
        """Width of ``text`` in points."""
        widths = self._widths
        total = 0.0
        for ch in text:
            w = widths.get(ch)
            total += w if w is not None else self.char(ch)
        return total

    def shorten(self, text: str, width: float) -> str:
        """``text`` on one line, cut with … if it is wider than ``width``."""
        text = " ".join(text.split())
        if self.width(text) <= width:
            return text
        return self._cut(text, width)

    def lines(self, text: str, width: float, max_lines: int) -> list[str]:
        """``text`` wrapped into at most ``max_lines`` lines of ``width``; the last line
        ends in … when something had to be left out. Chinese breaks anywhere; a Latin
        word or number is kept whole where a space, hyphen or slash allows."""
        text = text.strip()
        if "\n" not in text and self.width(text) <= width:
            return [text] if text else []
        out: list[str] = []
        paragraphs = [" ".join(p.split()) for p in text.splitlines()]
        paragraphs = [p for p in paragraphs if p]
        for n, para in enumerate(paragraphs):
            rest = para
            while rest:
                if len(out) == max_lines:
                    out[-1] = self._ellipsis(out[-1], width)
                    return out
                line, rest = self._take_line(rest, width)
                out.append(line)
            if len(out) == max_lines and n < len(paragraphs) - 1:
                out[-1] = self._ellipsis(out[-1], width)
                return out
        return out

    def _take_line(self, text: str, width: float) -> tuple[str, str]:
        """The longest head of ``text`` that fits, and what is left (leading space dropped)."""
        used = 0.0
        for i, ch in enumerate(text):
            used += self.char(ch)
            if used > width:
                cut = max(i, 1)
                if ch.isascii() and ch.isalnum() and i > 0:
                    soft = max(text.rfind(b, 0, i) for b in _BREAK_AFTER)
                    if soft >= i // 3:  # break after the soft point, not in the word
                        cut = soft + 1
                # Chinese line-breaking rules: no closing mark starts a line, no opening
                # mark ends one; the character before moves down with it.
                for _ in range(2):
                    if cut > 1 and (text[cut] in _NO_LINE_START or text[cut - 1] in _NO_LINE_END):
                        cut -= 1
                return text[:cut].rstrip(), text[cut:].lstrip()
        return text, ""

    def _ellipsis(self, line: str, width: float) -> str:
        """``line`` ending in … to show that text follows that is not printed."""
        if self.width(line + ELLIPSIS) <= width:
            return line + ELLIPSIS
        return self._cut(line, width)

    def _cut(self, text: str, width: float) -> str:
        """Cut ``text`` so that it and a final … fit ``width``."""
        room = width - self.char(ELLIPSIS)
        used = 0.0
        for i, ch in enumerate(text):
            used += self.char(ch)
            if used > room:
                return text[:i].rstrip() + ELLIPSIS
        return text.rstrip() + ELLIPSIS  # pragma: no cover - only reached when it fits


class PageText:
    """Many short strings in one font and size, set as one PDF text block per page.

    ReportLab's ``textOut`` re-encodes every string for the font subsets and formats
    each position generically; for a register of 100,000 rows that is most of the time.
    Here each distinct string is encoded once — split into the font's subsets by
    ReportLab's own ``splitString``, each piece preceded by its subset's font selection
    so that a fragment stands alone — and positions are written directly. Call
    :meth:`flush` before the page ends.
    """

    CACHE_LIMIT = 20_000  # distinct strings kept encoded (bounded memory)

    def __init__(self, canvas: Canvas, fit: TextFit) -> None:
        self.canvas = canvas
        self.fit = fit
        self._font = pdfmetrics.getFont(fit.font)
        self._fast = all(hasattr(self._font, a) for a in ("splitString", "getSubsetInternalName")) \
            and hasattr(canvas, "_escape") and hasattr(canvas, "_doc")
        self._size = f"{fit.size:g} Tf"
        self._cache: dict[str, str] = {}
        self._parts: list[str] = []
        self._slow = None  # the public text object, used only without those internals

    def put(self, x: float, y: float, text: str) -> None:
        """Queue ``text`` with its baseline starting at (x, y)."""
        if not self._fast:  # the public way, slower
            if self._slow is None:
                self._slow = self.canvas.beginText()
                self._slow.setFont(self.fit.font, self.fit.size)
            self._slow.setTextOrigin(x, y)
            self._slow.textOut(text)
            return
        encoded = self._cache.get(text)
        if encoded is None:
            encoded = self._encode(text)
        self._parts.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm {encoded}")

    def _encode(self, text: str) -> str:
        font, doc, escape = self._font, self.canvas._doc, self.canvas._escape
        encoded = " ".join(f"{font.getSubsetInternalName(subset, doc)} {self._size} "
                           f"({escape(piece)}) Tj" for subset, piece in font.splitString(text, doc))
        if len(self._cache) >= self.CACHE_LIMIT:
            self._cache.clear()
        self._cache[text] = encoded
        return encoded

    def flush(self) -> None:
        """Write the queued strings to the page as one text block."""
        if self._parts:
            self.canvas.addLiteral("BT\n" + "\n".join(self._parts) + "\nET")
            self._parts = []
        if self._slow is not None:
            self.canvas.drawText(self._slow)
            self._slow = None


@contextmanager
def binary_streams():
    """Compressed streams without the ASCII85 layer while a canvas is saved: a third
    smaller and much faster to write (ReportLab sets this only globally, so it is set
    for the duration of ``save()`` and put back)."""
    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = before


def end_page(canvas: Canvas) -> None:
    """``canvas.showPage()``, then compress the finished page's content at once.

    ReportLab keeps every page's content as text until ``save()``; a register of
    100,000 rows would hold some 100 MB of it. Compressed on the spot it is a fifth of
    that (the output is byte for byte what ``save()`` would have written compressed).
    """
    canvas.showPage()
    try:
        page = canvas._doc.Pages.pages[-1]
        stream = page.stream
    except (AttributeError, IndexError):  # pragma: no cover - another ReportLab layout
        return
    if not isinstance(stream, str) or page.Contents:
        return  # pragma: no cover
    header = PDFDictionary()
    header["Filter"] = PDFArray([PDFName("FlateDecode")])
    page.Contents = PDFStream(header, zlib.compress(stream.encode("utf8")))
    page.stream = None


def save(canvas: Canvas) -> None:
    """``canvas.save()`` with binary (not ASCII85) compressed streams."""
    with binary_streams():
        canvas.save()


@dataclass(frozen=True)
class Margins:
    """Page margins in points."""

    left: float = 12 * mm
    right: float = 12 * mm
    top: float = 10 * mm
    bottom: float = 10 * mm


class FormPages:
    """The furniture of a multi-page form on a ReportLab canvas.

    Call :meth:`start_page` at the top of every page; it draws the marking form at the
    top left, the unit name, title, subtitle, and 第 N 页 with the ``pagecount`` form,
    and returns the y just under the header. Call :meth:`finish` after the last page
    with the highest level rank seen (None for no rows) before ``canvas.save()``.
    """

    TITLE_SIZE = 18
    TEXT_SIZE = 10
    MARK_SIZE = 16
    MARK_WIDTH = 55 * mm  # a longer marking (秘密★2027年12月31日) is set smaller, clear of the title
    MARK_GAP = 4 * mm  # at least this between the marking and the title

    def __init__(self, canvas: Canvas, font: str, unit_name: str, title: str,
                 subtitle: str = "", margins: Margins = Margins()) -> None:
        self.canvas = canvas
        self.font = font
        self.unit_name = unit_name
        self.title = title
        self.subtitle = subtitle
        self.margins = margins
        self.width, self.height = canvas._pagesize
        self.pages = 0
        self._text = TextFit(font, self.TEXT_SIZE)

    @property
    def content_left(self) -> float:
        return self.margins.left

    @property
    def content_right(self) -> float:
        return self.width - self.margins.right

    @property
    def content_bottom(self) -> float:
        """Lowest y the body may use (above the page number)."""
        return self.margins.bottom + 6 * mm

    def start_page(self) -> float:
        """Draw the header and footer of a new page; return the top y of the body."""
        c, m = self.canvas, self.margins
        self.pages += 1
        top = self.height - m.top
        # The 密级 of the whole document, known only at the end: a form.
        c.saveState()
        c.translate(m.left, top - self.MARK_SIZE)
        c.doForm("toplevel")
        c.restoreState()
        c.setFont(self.font, self.TITLE_SIZE)
        c.drawCentredString(self.width / 2, top - 7 * mm, self.title)
        c.setFont(self.font, self.TEXT_SIZE)
        line = top - 14 * mm
        half = (self.content_right - self.content_left) / 2 - 40 * mm
        c.drawString(m.left, line, self._text.shorten(f"单位：{self.unit_name}", half))
        if self.subtitle:
            c.drawCentredString(self.width / 2, line, self._text.shorten(self.subtitle, 80 * mm))
        # 第 N 页 right-aligned to the centre, then the form "共 M 页" left-aligned after it.
        footer = m.bottom
        centre = self.width / 2
        c.drawRightString(centre - 1 * mm, footer, f"第 {self.pages} 页")
        c.saveState()
        c.translate(centre + 1 * mm, footer)
        c.doForm("pagecount")
        c.restoreState()
        return line - 3 * mm

    def end_page(self) -> None:
        end_page(self.canvas)

    def finish(self, highest: int | str | None) -> None:
        """Define the two forms once the page count and the marking are known.

        ``highest`` is the marking of the document (``机密★20年``, see
        :class:`~secdesk.domain.carriers.terms.DocumentMarking`), or a level rank (3 绝密
        … 0 内部) for the bare word, or None for no marking."""
        c = self.canvas
        c.beginForm("pagecount", lowerx=-5, lowery=-5, upperx=200, uppery=30)
        c.setFont(self.font, self.TEXT_SIZE)
        c.drawString(0, 0, f"共 {self.pages} 页")
        c.endForm()
        c.beginForm("toplevel", lowerx=-5, lowery=-8, upperx=self.MARK_WIDTH + 10, uppery=40)
        if highest is not None:
            word = LEVEL_WORDS[highest] if isinstance(highest, int) else highest
            wide = pdfmetrics.stringWidth(word, self.font, self.MARK_SIZE)
            c.setFont(self.font, min(self.MARK_SIZE, self.MARK_SIZE * self._mark_room() / max(wide, 1)))
            text = c.beginText(0, 0)
            text.setTextRenderMode(2)  # fill and stroke: a heavier word than the font has
            c.setLineWidth(0.45)
            text.textOut(word)
            c.drawText(text)
        c.endForm()

    def _mark_room(self) -> float:
        """How wide the marking may be: up to MARK_WIDTH, and clear of the centred title."""
        title = pdfmetrics.stringWidth(self.title, self.font, self.TITLE_SIZE)
        return min(self.MARK_WIDTH, (self.width - title) / 2 - self.margins.left - self.MARK_GAP)

    def signatures(self, y: float, roles: Sequence[str], label_width: float = 0) -> None:
        """Signature lines ``角色：______  日期：______`` for each role, on one line at ``y``.

        ``label_width`` (points): the lines start no nearer than this after the label, so
        that signatures set one role per line under each other align."""
        c = self.canvas
        c.setFont(self.font, 11)
        x = self.content_left + 10 * mm
        for role in roles:
            label = f"{role}："
            c.drawString(x, y, label)
            x += max(label_width, self._fit_width(label, 11))
            c.line(x, y - 1, x + 40 * mm, y - 1)
            x += 44 * mm
            c.drawString(x, y, "日期：")
            x += self._fit_width("日期：", 11)
            c.line(x, y - 1, x + 30 * mm, y - 1)
            x += 45 * mm

    def _fit_width(self, text: str, size: float) -> float:
        return pdfmetrics.stringWidth(text, self.font, size)
