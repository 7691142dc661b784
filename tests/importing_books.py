"""Messy workbooks and CSV files as secrecy rooms keep them, made with openpyxl for the
import tests and the benchmark: a merged title, a 所属部门/填表人 line, the headings below,
a heading and title repeated on the next printed page, merged cells in the data, every
date form, full-width digits, 合计 rows."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

import openpyxl

HEAD = ["序号", "文件名称", "文号", "密级", "保密期限", "份数", "载体类型", "页数", "编号", "成文日期",
        "知悉范围", "制发机关", "存放位置"]
# The messy register: (row as Excel numbers it) → what the clerk expects of it.
ROWS = [
    # 4: three copies, no 份号, a real Excel date, merged 制发机关 over rows 4–6
    [1, "关于开展保密检查的通知", "市保〔2019〕3号", "机密★20年", None, 3, "纸质", "12页", "2019-001",
     datetime(2019, 3, 5), "处级以上", "市国家保密局", "A柜1层"],
    # 5: 优盘, date with slashes, 期限 in Chinese numerals, no 知悉范围 (待补)
    [2, "涉密会议录音", "", "秘密", "十年", 1, "优盘", "8GB", "2019-002", "2019/3/19", None, None, "A柜2层"],
    # 6: 纸件, dotted date, full-width digits, 机密 without 份号 and 份数 1 (待补 份号)
    [3, "年度保密工作要点", "市保〔2019〕９号", "机密", "20年", 1, "纸件", "４页", "2019-003", "2019.3.5",
     "全体", None, "B柜1层"],
    # 7: an unknown 密级
    [4, "错误的一行", "", "顶级", "", 1, "纸质", "", "2019-004", "", "全体", "", ""],
    [None] * 13,  # 8: blank
    ["涉密载体登记台账"] + [None] * 12,  # 9: the title again (next printed page; merged)
    HEAD,  # 10: the headings again
    # 11: Chinese date, 25-3-5 style 2-digit date in the next row
    [5, "内部资料汇编", "", "内部", "", 1, "纸质", "30", "2019-005", "2019年4月1日", "全体", "办公室", "C柜"],
    [6, "关于保密检查的通知（补发）", "", "秘密★", "", 1, "纸质", "4页", "2019-006", "25-3-5", "全体", "", "C柜"],
    ["合计", None, None, None, None, "8份"] + [None] * 7,  # 13
]


def messy_register(path: Path) -> Path:
    """The messy register above as .xlsx; rows 1–3 are title, department line, headings."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "2019年"
    ws.append(["涉密载体登记台账"] + [None] * 12)
    ws.merge_cells("A1:M1")
    ws.append(["所属部门：办公室", None, None, None, None, None, "填表人：张三", None, None, "填表日期：2019年12月31日"])
    ws.append(HEAD)
    for row in ROWS:
        ws.append(row)
    ws.merge_cells("L4:L6")  # 制发机关 merged over three rows
    ws.merge_cells("A9:M9")  # the repeated title
    ws["J4"].number_format = "yyyy-mm-dd"
    book.create_sheet("说明").append(["本表由办公室保管"])
    book.save(path)
    return path


def write_book(path: Path, rows: list[list], head: list[str] | None = None, sheet: str = "台账",
               title: str | None = "涉密载体登记台账") -> Path:
    """A plain workbook: an optional title row, the headings, the rows."""
    book = openpyxl.Workbook(write_only=True)
    ws = book.create_sheet(sheet)
    if title:
        ws.append([title])
    ws.append(head or HEAD)
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


def write_csv(path: Path, rows: list[list], encoding: str, head: list[str] | None = None) -> Path:
    """The rows as CSV in ``encoding`` (``utf-8-sig`` for UTF-8 with BOM)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(head or HEAD)
    writer.writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def generated_rows(n: int) -> list[list]:
    """``n`` plausible rows for the benchmark: a mix of levels, types, dates and copies."""
    levels = ("机密★20年", "秘密", "机密", "秘密★10年", "内部", "绝密★")
    types = ("纸质", "优盘", "光盘", "纸件", "移动硬盘", "纸介质")
    out = []
    for i in range(1, n + 1):
        out.append([i, f"关于印发《{2010 + i % 15}年度保密工作要点》的通知（第{i}号）", f"某保发〔{2010 + i % 15}〕{i}号",
                    levels[i % 6], "" if i % 6 != 1 else "10年", 1 + (i % 7 == 0), types[i % 6], f"{i % 90 + 1}页",
                    f"旧-{i:05d}", datetime(2010 + i % 15, 1 + i % 12, 1 + i % 28) if i % 2 else f"{2010 + i % 15}/{1 + i % 12}/{1 + i % 28}",
                    "全体" if i % 5 else None, "某某市国家保密局", f"{'ABC'[i % 3]}柜{i % 6 + 1}层"])
    return out
