"""A sheet as read from the file, its heading row found and its headings mapped to fields.

Old registers put a title, a ``所属部门：… 填表人：…`` line and merged cells above the
headings, repeat the headings and the title on every printed page, and end with 合计 rows.
:func:`find_header` finds the row of headings (also a heading split over two rows);
:func:`classify` says of every row below it whether it is data or skipped, and why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from secdesk.domain.errors import InvalidInput
from secdesk.domain.importing.values import compact, text

HEADER_SEARCH_ROWS = 30  # the heading row is looked for among the first rows
_NOISE = re.compile(r"[\s:：*＊★☆()（）\[\]【】<>《》\"'“”‘’、.。·_\-－—]+")
_TOTALS = ("合计", "小计", "总计", "共计", "累计")
_NOTE_WORDS = ("填表人", "所属部门", "填表日期", "制表人", "制表日期", "填报单位", "审核人", "单位名称", "填报日期")


@dataclass(frozen=True)
class Table:
    """One sheet: ``rows`` of (row number as the spreadsheet shows it, cell values), merged
    cells already filled with their top-left value."""

    name: str
    rows: list[tuple[int, tuple]]


@dataclass(frozen=True)
class Fields:
    """The fields of one kind of import: each with its headings (exact, after the noise
    is removed) and the words that mark it inside a longer heading, in priority order."""

    exact: dict[str, tuple[str, ...]]
    words: tuple[tuple[str, tuple[str, ...]], ...]
    required: tuple[str, ...]
    labels: dict[str, str]  # field → the Chinese name used in messages
    _lookup: dict[str, str] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        for name, headings in self.exact.items():
            for heading in headings:
                self._lookup.setdefault(heading_key(heading), name)

    def field_of(self, heading) -> str | None:
        """The field a heading names, or None."""
        key = heading_key(heading)
        if not key or len(key) > 20:
            return None
        found = self._lookup.get(key)
        if found:
            return found
        for name, words in self.words:
            if all(w in key for w in words):
                return name
        return None


def heading_key(value) -> str:
    """A heading without spaces, punctuation and full-width forms: ``文件（资料）名称：`` →
    ``文件资料名称``."""
    return _NOISE.sub("", compact(value))


@dataclass(frozen=True)
class Header:
    """Where the headings are and what each column holds."""

    row_no: int  # the (last) heading row, as the spreadsheet numbers it
    columns: dict[int, str]  # column index → field
    headings: dict[str, str]  # field → the heading as written
    data_from: int  # index into Table.rows of the first row below the headings


def mapped(row: tuple, fields: Fields) -> dict[int, str]:
    """Column → field for the cells of ``row`` that read as headings (first column wins)."""
    out: dict[int, str] = {}
    taken: set[str] = set()
    for index, value in enumerate(row):
        if value is None or isinstance(value, (int, float)) and not isinstance(value, bool):
            continue
        name = fields.field_of(value)
        if name and name not in taken:
            out[index] = name
            taken.add(name)
    return out


def find_header(table: Table, fields: Fields) -> Header:
    """The heading row: among the first rows, the one naming the most fields and all the
    required ones. A second heading row right below it (份数 | 份号 under a merged
    份数/份号) adds its fields."""
    best, best_index = None, -1
    for index, (_, row) in enumerate(table.rows[:HEADER_SEARCH_ROWS]):
        columns = mapped(row, fields)
        if all(r in columns.values() for r in fields.required):
            if best is None or len(columns) > len(best):
                best, best_index = columns, index
    if best is None:
        need = "”和“".join(fields.labels[r] for r in fields.required)
        raise InvalidInput("表头", f"工作表“{table.name}”前{HEADER_SEARCH_ROWS}行中找不到同时含“{need}”的表头行；"
                           "请确认选择了正确的工作表（--sheet），或在表头中写明这些列名",
                           f"no heading row with {', '.join(fields.required)} in sheet {table.name!r}")
    data_from = best_index + 1
    if data_from < len(table.rows):
        below = mapped(table.rows[data_from][1], fields)
        if len(below) >= 2 and set(below.values()) - set(best.values()):
            best = {**{i: f for i, f in best.items() if f not in below.values()}, **below}
            data_from += 1
    row = table.rows[data_from - 1][1]
    upper = table.rows[best_index][1]
    headings = {name: text(_at(row, i)) or text(_at(upper, i)) for i, name in best.items()}
    return Header(table.rows[data_from - 1][0], best, headings, data_from)


def _at(row: tuple, index: int):
    return row[index] if index < len(row) else None


def cells(row: tuple, header: Header) -> dict[str, object]:
    """The row's values by field (empty cells left out)."""
    out = {}
    for index, name in header.columns.items():
        value = row[index] if index < len(row) else None
        if value is not None and (not isinstance(value, str) or value.strip()):
            out[name] = value
    return out


def skip_reason(row: tuple, values: dict[str, object], fields: Fields, title_texts: set[str],
                header: Header | None = None) -> str:
    """Why a row below the headings is not data (empty when it is data). Cheap on data
    rows: the heading test looks at the required columns first."""
    filled = [c for c in row if c is not None and (not isinstance(c, str) or c.strip())]
    if not filled:
        return "空行"
    words = [c.replace(" ", "").replace("\u3000", "") for c in filled if isinstance(c, str)]
    if any(w.startswith(_TOTALS) for w in words):
        return "合计行"
    if not set(values) - {"seq"}:
        if "seq" not in values:
            return "表格外的内容（不在任何已识别的列中）"
        return "空行（只有序号）" if compact(values["seq"]).isdigit() else "说明行"
    if _repeats_headings(row, fields, header):
        return "重复的表头行"
    if len(set(words)) == 1 and len(words) == len(filled) and (len(filled) > 1 or compact(words[0]) in title_texts):
        return "重复的标题行"
    if any(word in w for w in words for word in _NOTE_WORDS):
        return "表头说明行（填表人、所属部门等）"
    return ""


def _repeats_headings(row: tuple, fields: Fields, header: Header | None) -> bool:
    if header is None:
        return len(mapped(row, fields)) >= 3
    required = [i for i, name in header.columns.items() if name in fields.required]
    if any(fields.field_of(_at(row, i)) != header.columns[i] for i in required if isinstance(_at(row, i), str)):
        return False
    return len(mapped(row, fields)) >= 3


def title_texts(table: Table, header: Header) -> set[str]:
    """The texts above the headings (title, notes), to recognise them when repeated."""
    return {compact(v) for _, row in table.rows[:header.data_from] for v in row if v is not None and compact(v)}
