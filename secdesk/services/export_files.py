"""Writing an export file (导出文件), .xlsx or .csv, row by row and atomically.

The rows stream into a temporary file beside the target (openpyxl's write-only mode for
a workbook, so ten thousand rows never sit in memory twice); only a whole file is renamed
to the target, so a full disk, a missing folder or an error half-way leaves the target as
it was (absent, or the old file) and no partial file behind. CSV is UTF-8 with a BOM
(Excel and WPS open it as it is) or GB18030.

Every file starts as the printed forms do: the marking of its content (``机密★20年``) on
the first row, the title, a line naming unit, scope and time, then the headings, the
rows and a 合计 line. A text cell is always text: one starting with ``=`` is never made a
formula in the workbook, and in a CSV file a leading ``= + - @`` gets a ``'`` so that a
spreadsheet does not run it (CSV injection).
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from secdesk.domain.errors import InvalidInput
from secdesk.storage.atomic import disk_error, fsync_dir

SUFFIXES = (".xlsx", ".csv")
ENCODINGS = {"utf-8-sig": "UTF-8", "gb18030": "GB18030"}  # codec → the name shown
FIELD = "导出文件"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Layout:
    """What surrounds the rows: the marking line, title, note, headings (with column
    widths in characters) and the 合计 line."""

    marking: str
    title: str
    note: str
    headings: tuple[str, ...]
    widths: tuple[int, ...]
    total: str


def check_target(path: Path, encoding: str = "utf-8-sig") -> None:
    """Refuse, before any work, a name with another extension, a folder, an unknown codec."""
    if path.suffix.lower() not in SUFFIXES:
        raise InvalidInput(FIELD, f"{path.name}：只能导出为 .xlsx 或 .csv 文件，请改用这两种扩展名",
                           "export to a .xlsx or .csv file")
    if path.is_dir():
        raise InvalidInput(FIELD, f"{path} 是文件夹，请给出文件名", f"{path} is a folder")
    if encoding not in ENCODINGS:
        raise InvalidInput("字符编码", f"“{encoding}”不可用，应为UTF-8或GB18030", "use UTF-8 or GB18030")


def write(path: Path, layout: Layout, rows: Iterable[Sequence], encoding: str = "utf-8-sig") -> int:
    """Write the file; return the number of data rows. Nothing is left at ``path`` unless
    the whole file was written (the error says why, in one line)."""
    path = Path(path)
    check_target(path, encoding)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise disk_error(exc, path) from None
    os.close(fd)
    try:
        os.chmod(tmp, 0o600)
        if path.suffix.lower() == ".xlsx":
            count = _xlsx(Path(tmp), layout, rows)
        else:
            count = _csv(Path(tmp), layout, rows, encoding)
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        _discard(tmp)
        raise disk_error(exc, path) from None
    except BaseException:
        _discard(tmp)
        raise
    fsync_dir(path.parent)
    return count


def _discard(tmp: str) -> None:
    try:
        os.unlink(tmp)
    except OSError:
        pass


# -- CSV ----------------------------------------------------------------------------------

def _safe(value) -> object:
    """A text cell a spreadsheet will not run as a formula."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return "" if value is None else value


def _csv(tmp: Path, layout: Layout, rows: Iterable[Sequence], encoding: str) -> int:
    count = 0
    with open(tmp, "w", encoding=encoding, newline="") as f:
        writer = csv.writer(f, lineterminator="\r\n")
        writer.writerow([layout.marking])
        writer.writerow([layout.title])
        writer.writerow([layout.note])
        writer.writerow(layout.headings)
        for row in rows:
            writer.writerow([_safe(v) for v in row])
            count += 1
        writer.writerow([f"{layout.total}"])
        f.flush()
    return count


# -- xlsx ---------------------------------------------------------------------------------

def _xlsx(tmp: Path, layout: Layout, rows: Iterable[Sequence]) -> int:
    import openpyxl  # only an export needs it
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    book = openpyxl.Workbook(write_only=True)
    ws = book.create_sheet(layout.title[:31])
    for index, width in enumerate(layout.widths, 1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A5"
    thin = Side(style="thin", color="808080")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)

    def cell(value, **style) -> WriteOnlyCell:
        c = WriteOnlyCell(ws, value)
        if isinstance(value, str) and value.startswith("="):
            c.data_type = "s"  # text, never a formula
        for name, v in style.items():
            setattr(c, name, v)
        return c

    ws.append([cell(layout.marking, font=Font(bold=True, size=14))])
    ws.append([cell(layout.title, font=Font(bold=True, size=16))])
    ws.append([cell(layout.note, font=Font(size=10, color="404040"))])
    head_fill = PatternFill("solid", fgColor="D9D9D9")
    wrap = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.append([cell(h, font=Font(bold=True), fill=head_fill, border=grid, alignment=wrap)
               for h in layout.headings])
    count = 0
    for row in rows:
        ws.append([cell(v) if isinstance(v, str) and v.startswith("=") else v for v in row])
        count += 1
    ws.append([cell(layout.total, font=Font(bold=True))])
    book.save(str(tmp))
    return count
