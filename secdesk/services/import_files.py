"""Reading a spreadsheet to import: .xlsx (Excel, WPS) or .csv in UTF-8 (with or without
BOM), GBK, GB18030 or UTF-16, into a :class:`Table` of cell values.

Workbooks are read in openpyxl's read-only mode (fast and small for ten thousand rows);
merged cells, which that mode does not report, are read from the sheet's XML in one
extra pass and filled with their top-left value.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from secdesk.domain.errors import InvalidInput
from secdesk.domain.importing.table import HEADER_SEARCH_ROWS, Fields, Table, find_header

MAX_BYTES = 200 * 1024 * 1024
MAX_COLUMNS = 200  # a sheet claiming more (XFD) is cut here: no register is that wide
EMPTY_RUN_LIMIT = 10_000  # so many empty rows in a row end the sheet (formatting to row 1048576)
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s[^>]*ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')
FIELD = "导入文件"


@dataclass(frozen=True)
class SourceFile:
    """A file read for import: its sheet, what it was read as, its SHA-256."""

    table: Table
    digest: str
    encoding: str  # "xlsx" or the CSV's encoding
    other_sheets: tuple[str, ...]  # further sheets that also have a heading row


def read(path: Path, fields: Fields, sheet: str | None = None) -> SourceFile:
    """The sheet named ``sheet`` (default: the first with a heading row) of the file."""
    data = _bytes(path)
    digest = hashlib.sha256(data).hexdigest()
    suffix = path.suffix.lower()
    if suffix in (".xls", ".et", ".wps", ".ods", ".numbers") or data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise InvalidInput(FIELD, f"{path.name} 是旧版Excel/WPS或其他格式，请在Excel或WPS中“另存为”.xlsx（或CSV）后再导入",
                           "old .xls/.et format: save it as .xlsx or CSV first")
    if data[:4] == b"PK\x03\x04":
        table, others = _workbook(path, data, fields, sheet)
        return SourceFile(table, digest, "xlsx", others)
    if suffix in (".xlsx", ".xlsm"):
        raise InvalidInput(FIELD, f"{path.name} 不是有效的.xlsx文件（可能已损坏或只是改了扩展名），请用Excel或WPS打开后重新保存",
                           "not a valid .xlsx file")
    if sheet:
        raise InvalidInput("--sheet", "CSV 文件没有工作表，请去掉 --sheet", "a CSV file has no sheets")
    text, encoding = _decode(data, path.name)
    return SourceFile(Table(path.stem, _csv_rows(text)), digest, encoding, ())


def _bytes(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InvalidInput(FIELD, f"{path.name} 超过{MAX_BYTES // 1024 // 1024}MB，请按年度拆分后分批导入",
                               "the file is too large: split it")
        return path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(FIELD, f"找不到文件 {path}，请检查路径", f"no file {path}") from None
    except IsADirectoryError:
        raise InvalidInput(FIELD, f"{path} 是文件夹，请指定.xlsx或.csv文件", f"{path} is a folder") from None
    except PermissionError:
        raise InvalidInput(FIELD, f"没有读取 {path} 的权限，请检查文件权限或先关闭占用它的程序",
                           f"no permission to read {path}") from None
    except OSError as exc:
        raise InvalidInput(FIELD, f"无法读取 {path}（{exc.strerror}），请检查存储介质",
                           f"cannot read {path}: {exc.strerror}") from None


# -- CSV ----------------------------------------------------------------------------------

def _decode(data: bytes, name: str) -> tuple[str, str]:
    """UTF-16 by its BOM; else UTF-8 (BOM or not); else GB18030 (which reads GBK too)."""
    for encoding, shown in (("utf-16", "UTF-16"), ("utf-8-sig", "UTF-8")):
        if encoding == "utf-16" and data[:2] not in (b"\xff\xfe", b"\xfe\xff"):
            continue
        try:
            return data.decode(encoding), shown
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise InvalidInput(FIELD, f"{name} 的字符编码无法识别（不是UTF-8、GBK或GB18030），请在Excel或WPS中另存为.xlsx或“CSV UTF-8”",
                           "unknown text encoding: save as .xlsx or CSV UTF-8") from None
    return text, "GBK" if _is_gbk(data) else "GB18030"


def _is_gbk(data: bytes) -> bool:
    try:
        data.decode("gbk")
        return True
    except UnicodeDecodeError:
        return False


def _csv_rows(text: str) -> list[tuple[int, tuple]]:
    sample = "\n".join(text.splitlines()[:20])
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",\t;|")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return [(n, tuple(cell if cell.strip() else None for cell in row)) for n, row in enumerate(reader, 1)]
    except csv.Error as exc:
        raise InvalidInput(FIELD, f"CSV 第{reader.line_num}行格式有误（{exc}），请检查引号是否成对",
                           f"CSV line {reader.line_num}: {exc}") from None


# -- xlsx ---------------------------------------------------------------------------------

def _workbook(path: Path, data: bytes, fields: Fields, sheet: str | None) -> tuple[Table, tuple[str, ...]]:
    import openpyxl  # imported here: the window and most commands never need it

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds on a damaged file
        raise InvalidInput(FIELD, f"{path.name} 无法作为.xlsx读取（文件损坏或加了密码），请用Excel或WPS打开后另存为.xlsx",
                           "the workbook cannot be read (damaged or password-protected)") from None
    try:
        names = [ws.title for ws in book.worksheets]
        if sheet is not None:
            if sheet not in names:
                raise InvalidInput("--sheet", f"没有名为“{sheet}”的工作表；本文件的工作表：{'、'.join(names)}",
                                   f"no sheet {sheet!r}; the sheets are {', '.join(names)}")
            return _sheet(book, sheet, data), ()
        found = [n for n in names if _has_header(book[n], fields)]
        if not found:
            return _sheet(book, names[0], data), ()  # find_header then names what is missing
        return _sheet(book, found[0], data), tuple(found[1:])
    finally:
        book.close()


def _has_header(ws, fields: Fields) -> bool:
    rows = [(n, row) for n, row in enumerate(ws.iter_rows(min_row=1, max_row=HEADER_SEARCH_ROWS,
                                                          values_only=True), 1)]
    try:
        find_header(Table(ws.title, rows), fields)
        return True
    except InvalidInput:
        return False


def _sheet(book, name: str, data: bytes) -> Table:
    ws = book[name]
    ws.reset_dimensions()  # some writers claim A1:XFD1048576; read what is there
    rows: list[tuple[int, tuple]] = []
    empty_run = 0
    for number, row in enumerate(ws.iter_rows(min_row=1, values_only=True), 1):
        row = tuple(row[:MAX_COLUMNS])
        empty_run = 0 if any(c is not None and c != "" for c in row) else empty_run + 1
        if empty_run > EMPTY_RUN_LIMIT:
            break
        rows.append((number, row))
    _fill_merged(rows, _merged_ranges(data, getattr(ws, "_worksheet_path", "")))
    while rows and not any(c is not None and c != "" for c in rows[-1][1]):
        rows.pop()
    return Table(name, rows)


def _merged_ranges(data: bytes, member: str) -> list[tuple[int, int, int, int]]:
    """(first row, first column, last row, last column), 1-based, of each merged range."""
    if not member:
        return []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read(member.lstrip("/"))
    start = xml.find(b"<mergeCells")
    if start < 0:
        start = xml.find(b":mergeCells")  # a prefixed tag (x:mergeCells)
    if start < 0:
        return []
    return [(int(r1), _column(c1), int(r2), min(_column(c2), MAX_COLUMNS))
            for c1, r1, c2, r2 in _MERGE.findall(xml, start)]


def _column(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def _fill_merged(rows: list[tuple[int, tuple]], ranges: list[tuple[int, int, int, int]]) -> None:
    """Every cell of a merged range takes the range's top-left value (rows[i] is row i+1)."""
    for r1, c1, r2, c2 in ranges:
        if r1 > len(rows):
            continue
        top = rows[r1 - 1][1]
        value = top[c1 - 1] if c1 - 1 < len(top) else None
        if value is None:
            continue
        for r in range(r1, min(r2, len(rows)) + 1):
            number, row = rows[r - 1]
            cells = list(row) + [None] * max(0, c2 - len(row))
            for c in range(c1, c2 + 1):
                cells[c - 1] = value
            rows[r - 1] = (number, tuple(cells))
