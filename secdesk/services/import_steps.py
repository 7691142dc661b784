"""The steps of an import as the window's wizard takes them: the sheets of a file, the
heading row with the guessed column → field mapping (for the clerk to check and change),
then the dry run and the import of :mod:`secdesk.services.importing` and
:mod:`secdesk.services.import_people`, chosen by kind (``register`` or ``personnel``).

A mapping is remembered by the window under the file's **heading signature**: a SHA-256
of the kind and the headings (noise removed), so that nothing of the file's content is
kept outside the vault, and a file with the same headings gets the same mapping.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from secdesk.domain.errors import InvalidInput
from secdesk.domain.importing.personnel import PERSON_FIELDS
from secdesk.domain.importing.register import REGISTER_FIELDS
from secdesk.domain.importing.table import Fields, find_header, heading_key
from secdesk.domain.importing.values import text
from secdesk.domain.roles import Permission
from secdesk.services import import_files, import_people, importing
from secdesk.services.importing import ImportResult, Progress
from secdesk.services.session import Session

KINDS = ("register", "personnel")
FIELDS: dict[str, Fields] = {"register": REGISTER_FIELDS, "personnel": PERSON_FIELDS}
FIELD_LABELS = {
    "register": {
        "seq": "序号", "old_number": "原编号（载体编号）", "title": "文件资料名称", "level": "密级",
        "term": "保密期限", "copies": "份数", "copy_no": "份号", "copies_combined": "份数/份号",
        "ctype": "载体类别", "doc_no": "文号或编号", "extent": "页数或容量", "scope": "知悉范围",
        "origin_unit": "制作发文单位", "issue_date": "制发日期", "registered_on": "登记日期",
        "custodian": "保管人", "location": "存放位置", "remarks": "备注", "no_copy": "不准复制",
        "basis": "定密依据", "classifier": "定密责任人", "state": "状态",
    },
    "personnel": {
        "seq": "序号", "name": "姓名", "dept": "部门", "clearance": "涉密等级", "clearance_since": "确定时间",
        "staff_no": "工号", "id_number": "证件号", "id_type": "证件类型", "post": "岗位",
        "vetted_on": "上岗审查日期", "vetting_result": "审查结果", "undertaking_on": "承诺书签订日期",
        "remarks": "备注", "state": "状态",
    },
}
SAMPLE_ROWS = 2


@dataclass(frozen=True)
class SheetColumns:
    """The heading row of a sheet and what each column was taken for."""

    kind: str
    file_name: str
    sheet: str
    sheets: tuple[str, ...]  # every sheet of a workbook (empty for CSV)
    header_row: int  # as the spreadsheet numbers it
    headings: tuple[str, ...]  # each column's heading as written ("" for none)
    samples: tuple[tuple[str, ...], ...]  # the first data rows, as text
    guess: dict[int, str]  # column index → field
    encoding: str

    @property
    def signature(self) -> str:
        """SHA-256 of the kind and the headings: the key a mapping is remembered by."""
        joined = "\x1f".join([self.kind, *(heading_key(h) for h in self.headings)])
        return hashlib.sha256(joined.encode("utf-8")).hexdigest()

    @property
    def can_remap(self) -> bool:
        """True where the service takes a changed mapping (the register; not yet the roster)."""
        return self.kind == "register"

    @property
    def labels(self) -> dict[str, str]:
        """field → its Chinese name, in the order offered."""
        return FIELD_LABELS[self.kind]

    @property
    def required(self) -> tuple[str, ...]:
        """The fields a mapping must have."""
        return FIELDS[self.kind].required

    def problem(self, mapping: dict[int, str]) -> str:
        """Why ``mapping`` cannot be used ("" if it can): a required field missing or a
        field given to two columns."""
        missing = [self.labels[f] for f in self.required if f not in mapping.values()]
        if missing:
            return f"请为“{'”“'.join(missing)}”指定一列"
        seen: dict[str, int] = {}
        for column, name in sorted(mapping.items()):
            if name in seen:
                return f"“{self.labels[name]}”对应了两列（第{seen[name] + 1}列和第{column + 1}列），请只保留一列"
            seen[name] = column
        return ""


def _require(session: Session, kind: str, path: Path) -> None:
    if kind not in KINDS:
        raise ValueError(kind)
    permission = Permission.WRITE_REGISTER if kind == "register" else Permission.MANAGE_PERSONNEL
    session.require(permission, f"import.{kind}", f"file:{Path(path).name}")


def sheet_names(path: Path) -> list[str]:
    """The sheets of a workbook, in order; [] for a CSV file."""
    path = Path(path)
    if path.suffix.lower() == ".csv":
        return []
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True)
    except FileNotFoundError:
        raise InvalidInput(import_files.FIELD, f"找不到文件 {path}，请检查路径", f"no file {path}") from None
    except Exception:  # damaged, password-protected, not a workbook: the dry run says which
        return []
    try:
        return [ws.title for ws in book.worksheets]
    finally:
        book.close()


def read_columns(session: Session, kind: str, path: Path, sheet: str | None = None) -> SheetColumns:
    """The heading row of ``sheet`` (default: the first with one) and the guessed mapping."""
    path = Path(path)
    _require(session, kind, path)
    source = import_files.read(path, FIELDS[kind], sheet)
    table = source.table
    header = find_header(table, FIELDS[kind])
    row = table.rows[header.data_from - 1][1]
    upper = table.rows[header.data_from - 2][1] if header.data_from >= 2 else ()
    width = max(len(row), max(header.columns, default=-1) + 1)
    headings = tuple(text(_at(row, i)) or (text(_at(upper, i)) if i in header.columns else "")
                     for i in range(width))
    while headings and not headings[-1] and len(headings) - 1 not in header.columns:
        headings = headings[:-1]
    samples = []
    for _, data in table.rows[header.data_from:]:
        if len(samples) == SAMPLE_ROWS:
            break
        if any(c is not None and str(c).strip() for c in data):
            samples.append(tuple(_shown(_at(data, i)) for i in range(len(headings))))
    names = sheet_names(path) if source.encoding == "xlsx" else []
    return SheetColumns(kind, path.name, table.name, tuple(names), header.row_no, headings, tuple(samples),
                        dict(header.columns), source.encoding)


def _at(row: tuple, index: int):
    return row[index] if index < len(row) else None


def _shown(value) -> str:
    """A cell as the clerk reads it: an Excel date as 2019-03-05, not with its midnight."""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ", "minutes")
    if isinstance(value, date):
        return value.isoformat()
    return text(value)


def preview(session: Session, kind: str, path: Path, sheet: str | None,
            columns: dict[int, str] | None = None) -> ImportResult:
    """The dry run of the kind: every row with its fate; nothing is written."""
    if kind == "register":
        return importing.preview_register(session, path, sheet, columns)
    return import_people.preview_personnel(session, path, sheet)


def run(session: Session, kind: str, path: Path, sheet: str | None, columns: dict[int, str] | None,
        skip_errors: bool, progress: Progress | None = None) -> ImportResult:
    """The import of the kind, all valid rows in one transaction (or nothing)."""
    if kind == "register":
        return importing.import_register(session, path, sheet, skip_errors, columns, progress)
    return import_people.import_personnel(session, path, sheet, skip_errors, progress)
