"""Forms 3 to 6: 复制登记表, 外出携带审批表, 移交/清退登记表 with its 回执, 清退清单,
销毁审批表 and 销毁清单 — page furniture on every page of each part, the highest 密级 at
the top left, the documented columns in order, totals by type, signature lines, long
tables over pages, cells that wrap and cut instead of overflowing (measured with the
words' boxes as for form 1), and no title on what leaves the room."""

from __future__ import annotations

import dataclasses
import re
import weakref

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm

from secdesk.printing.lifecycle_forms import (
    COPY_COLUMNS,
    DESTRUCTION_COLUMNS,
    TYPE_UNITS,
    CopyRow,
    DestructionLine,
    DestructionSheet,
    OutingItem,
    OutingSheet,
    TransferLine,
    TransferSheet,
    clearance_list_pdf,
    copy_register_pdf,
    destruction_pdf,
    outing_pdf,
    totals_text,
    transfer_columns,
    transfer_pdf,
    type_totals,
)
from tests.pdf_text import (
    fonts,
    layout_text,
    page_count,
    page_sizes,
    page_text,
    page_texts,
    text_in,
    words,
)
from tests.printing.test_personnel_forms import assert_in_columns
from tests.printing.test_register_form import compact, top_left, write


UNIT = "某某市国家保密局"
LONG = "关于涉密载体管理工作专项检查情况及整改要求的通报" * 20  # 400+ characters
DESTRUCTION_HEADINGS = ["序号", "载体编号", "文件资料名称", "制作发文单位", "载体类别", "文号或编号",
                        "密级", "页数或容量", "份数或数量", "保管人"]
COPY_HEADINGS = ["序号", "载体编号", "文件资料名称", "份数", "每份总页数", "密级",
                 "新载体编号", "复制用途", "承制单位", "批准人", "复制日期", "经手人"]  # 申请人, 部门 above


def transfer_headings(kind: str) -> list[str]:
    return ["序号", "载体编号", "文件资料名称", "文号或编号", "密级", "保密期限", "份数", "来源",
            "日期", f"{kind}人", "接收人", "备注"]


def headings_line(path, page: int, last_heading: str) -> list[str]:
    """The heading row of a table as one laid-out line (no heading wraps)."""
    return next(line for line in layout_text(path, page).splitlines()
                if last_heading in line and "序号" in line).split()


def top_right(path, page: int, page_width: float) -> str:
    """The text in the top-right corner (70 × 18 mm) of a page."""
    return compact(text_in(path, page, page_width - 70 * mm, 0, 70 * mm, 18 * mm))


def head(path, page: int, page_width: float) -> str:
    """The text across the top 20 mm of a page: the marking, the title, the stamp."""
    return compact(text_in(path, page, 0, 0, page_width, 20 * mm))


def numbered(raw: str, number=r"BMS-\d{4}-\d{7}") -> list[int]:
    """The 序号 of the table rows on a page (``page_text``: a row starts a line)."""
    return [int(n) for n in re.findall(rf"^(\d+) {number}", raw, re.M)]


def assert_page_numbers(pages: list[str], first: int = 0) -> None:
    """Pages ``first`` … ``first + len - 1`` of the PDF are one part: 第 1 页 共 M 页 …"""
    for n, raw in enumerate(pages, 1):
        assert re.search(rf"第\s*{n}\s*页\s*共\s*{len(pages)}\s*页", raw), (first + n, raw[-120:])


def wide_edges(columns) -> list[float]:
    scale = (297 - 20) * mm / sum(c.width for c in columns)  # landscape, 10 mm margins
    edges = [10 * mm]
    for col in columns:
        edges.append(edges[-1] + col.width * scale)
    return edges


def table_cells(page_words, first="序号", end="合计"):
    head = next(y0 for w, _, y0, _, _ in page_words if w == first)
    stop = next(y0 for w, _, y0, _, _ in page_words if w.startswith(end))
    return [w for w in page_words if head <= w[2] < stop]


# -- 销毁审批表 and 销毁清单 ---------------------------------------------------------------


def dline(i: int, ctype: str = "纸介质", level: str = "秘密", **changes) -> DestructionLine:
    line = DestructionLine(
        number=f"BMS-2026-{i:07d}", title=f"会议纪要{i}", origin_unit="省保密局", ctype=ctype,
        doc_no=f"保发〔2026〕{i}号" if ctype == "纸介质" else f"SN-7F3A{i:04d}", level=level,
        extent="12页" if ctype == "纸介质" else "16GB", quantity=1, custodian="张三")
    return dataclasses.replace(line, **changes)


MIXED = ("纸介质", "U盘", "纸介质", "光盘", "U盘", "纸介质")  # 3 paper + 2 USB + 1 disc


def batch(n: int = 6, levels=("秘密", "机密", "内部"), **changes) -> DestructionSheet:
    lines = tuple(dline(i, MIXED[(i - 1) % len(MIXED)], levels[(i - 1) % len(levels)])
                  for i in range(1, n + 1))
    sheet = DestructionSheet(
        unit_name=UNIT, batch_no="XH-2026-003", dept="综合办公室", state="已批准",
        reason="保密期限已满且无保存价值", method="粉碎", place="市保密局销毁中心",
        destroy_on="2026-11-30", applicant="王五", approver="李建国", approved_on="2026-11-20",
        approval_ref="保审〔2026〕31号", supervisors=("赵六", "钱七", "孙八"), destroyer="周九",
        receiver="吴十", lines=lines)
    return dataclasses.replace(sheet, **changes)


def parts(path, first_title: str, second_title: str) -> tuple[list[str], list[str]]:
    """The pages of the two parts of a two-part PDF, told apart by the titles at their heads."""
    pages = page_texts(path)
    heads = [head(path, page, width) for page, (width, _) in enumerate(page_sizes(path), 1)]
    first = [raw for raw, top in zip(pages, heads) if first_title in top]
    second = [raw for raw, top in zip(pages, heads) if second_title in top]
    assert len(first) + len(second) == len(pages)
    assert pages == first + second  # the first part, then the second
    return first, second


def test_type_totals_in_type_order_and_summing_to_the_quantities():
    lines = [dline(i, ctype) for i, ctype in enumerate(MIXED, 1)]
    assert type_totals(lines) == [("纸介质", 3, "份"), ("光盘", 1, "张"), ("U盘", 2, "个")]
    assert totals_text(lines) == "纸介质 3份，光盘 1张，U盘 2个"
    more = [*lines, dline(7, "硬盘", quantity=2), dline(8, "录像带"), dline(9, "纸介质", quantity=4)]
    totals = type_totals(more)
    assert [t for t, _, _ in totals] == ["纸介质", "光盘", "U盘", "硬盘", "录像带"]
    assert sum(q for _, q, _ in totals) == sum(line.quantity for line in more) == 13
    assert totals[0] == ("纸介质", 7, "份") and totals[-1] == ("录像带", 1, "件")
    assert set(TYPE_UNITS) >= {"纸介质", "光盘", "U盘", "移动硬盘", "硬盘", "磁带", "保密笔记本", "其他"}


def test_destruction_approval_then_landscape_list(tmp_path):
    path = write(tmp_path, destruction_pdf(batch()))
    approval, listing = parts(path, "涉密载体销毁审批表", "涉密载体销毁清单")
    assert len(approval) == len(listing) == 1
    portrait, wide = page_sizes(path)
    assert portrait == pytest.approx(A4, abs=1) and wide == pytest.approx(landscape(A4), abs=1)
    assert_page_numbers(approval)  # each part numbered on its own
    assert_page_numbers(listing, 1)
    for page, raw in enumerate((approval[0], listing[0]), 1):
        flat = compact(raw)
        assert f"单位：{UNIT}" in flat and "编号：XH-2026-003" in flat
        assert "所属部门：综合办公室" in flat or "所属部门综合办公室" in flat
        assert top_left(path, page) == "机密"  # the highest level in the batch
        assert "合计：共6件（纸介质3份，光盘1张，U盘2个）" in flat
        assert "草稿" not in flat and "撤销" not in flat
    flat = compact(approval[0])
    for value in ("保密期限已满且无保存价值", "粉碎", "市保密局销毁中心", "2026-11-30",
                  "保审〔2026〕31号", "申请人：王五", "批准人：李建国", "2026-11-20"):
        assert value in flat, value
    assert flat.count("日期：") == 2
    assert "BMS-" not in flat and "会议纪要" not in flat  # the approval counts, the list lists


def test_destruction_list_columns_lines_totals_and_signatures(tmp_path):
    path = write(tmp_path, destruction_pdf(batch()))
    assert [c.heading for c in DESTRUCTION_COLUMNS] == DESTRUCTION_HEADINGS
    assert headings_line(path, 2, "保管人") == DESTRUCTION_HEADINGS
    raw = page_text(path, 2)
    rows = re.findall(r"^(\d+) (BMS-2026-\d{7}) (\S+) 省保密局 (\S+) (\S+) (\S+) (\S+) (\S+) 张三$",
                      raw, re.M)
    assert [(int(n), number, title, ctype, level, qty) for n, number, title, ctype, _, level, _, qty
            in rows] == [(i, f"BMS-2026-{i:07d}", f"会议纪要{i}", MIXED[i - 1],
                          ("秘密", "机密", "内部")[(i - 1) % 3],
                          "1" + TYPE_UNITS[MIXED[i - 1]]) for i in range(1, 7)]
    flat = compact(raw)
    for value in ("销毁原因保密期限已满且无保存价值", "销毁方式粉碎", "销毁地点市保密局销毁中心",
                  "销毁日期2026-11-30"):
        assert value in flat, value
    assert flat.count("监销人：") == 3
    for name in ("监销人：赵六", "监销人：钱七", "监销人：孙八", "销毁人：周九", "接收人：吴十"):
        assert name in flat, name
    assert flat.count("日期：") == 5


@pytest.mark.parametrize("supervisors, named", [((), 0), (("赵六",), 1), (("赵六", "钱七"), 2),
                                                 (("赵六", "钱七", "孙八", "李四"), 4)])
def test_at_least_two_supervisor_lines(supervisors, named, tmp_path):
    path = write(tmp_path, destruction_pdf(batch(supervisors=supervisors, receiver="")))
    flat = compact(page_text(path, 2))
    assert flat.count("监销人：") == max(2, len(supervisors))
    for name in supervisors:
        assert f"监销人：{name}" in flat
    assert "接收人：日期：" in flat  # no receiver: a blank line to sign


@pytest.mark.parametrize("state, mark", [("草稿", "草稿（未经批准）"), ("已撤销", "已撤销"),
                                         ("已批准", ""), ("已执行", "")])
def test_a_sheet_not_in_force_is_marked_on_every_page(state, mark, tmp_path):
    sheet = batch(40, state=state, approver="" if state == "草稿" else "李建国")
    path = write(tmp_path, destruction_pdf(sheet))
    sizes = page_sizes(path)
    assert len(sizes) >= 3
    for page, (width, _) in enumerate(sizes, 1):
        assert top_right(path, page, width) == mark
    if state == "草稿":
        assert "批准人：日期：" in compact(page_text(path, 1))  # nobody has approved yet


def test_a_blank_destruction_date_is_a_line_to_fill_in(tmp_path):
    path = write(tmp_path, destruction_pdf(batch(destroy_on="")))
    for page in (1, 2):
        assert "销毁日期____年__月__日" in compact(page_text(path, page))


def test_a_batch_of_120_flows_over_pages_with_headings(tmp_path):
    path = write(tmp_path, destruction_pdf(batch(120)))
    approval, listing = parts(path, "涉密载体销毁审批表", "涉密载体销毁清单")
    assert len(approval) == 1 and 3 <= len(listing) <= 6
    assert_page_numbers(approval)
    assert_page_numbers(listing, 1)
    seen = []
    for n, raw in enumerate(listing, 1):
        page = n + 1
        assert headings_line(path, page, "保管人") == DESTRUCTION_HEADINGS
        assert top_left(path, page) == "机密"
        on_page = numbered(raw)
        assert on_page, f"page {page} has no rows"
        seen += on_page
        flat = compact(raw)
        last = n == len(listing)
        assert ("合计：" in flat) == last and ("监销人：" in flat) == last
        assert ("销毁人：" in flat) == last
    assert seen == list(range(1, 121))  # every line once, in order, never split
    assert "合计：共120件（纸介质60份，光盘20张，U盘40个）" in compact(listing[-1])
    first_page = words(path)[1]
    footer = next(y0 for w, _, y0, _, _ in first_page if w == "第")
    tops = [y0 for w, _, y0, _, _ in first_page if re.fullmatch(r"BMS-2026-\d{7}", w)]
    assert footer - tops[-1] < 3 * (tops[1] - tops[0])  # a full page is full


def test_destruction_long_titles_wrap_inside_their_column(tmp_path):
    sheet = batch(12)
    lines = list(sheet.lines)
    lines[3] = dataclasses.replace(lines[3], title=LONG, origin_unit=LONG[:40])
    path = write(tmp_path, destruction_pdf(dataclasses.replace(sheet, lines=tuple(lines))))
    short = write(tmp_path, destruction_pdf(sheet), "short.pdf")
    assert page_count(path) == page_count(short) == 2  # the long title adds no page
    raw = page_text(path, 2)
    assert "…" in raw and LONG[:10] in compact(raw)
    cells = table_cells(words(path)[1])
    edges = wide_edges(DESTRUCTION_COLUMNS)
    assert_in_columns(cells, edges, "销毁清单")
    title_words = [w for w in cells if edges[2] <= w[1] < edges[3]]
    assert len(title_words) == 1 + 11 + 3  # the heading, 11 short titles, the long one in 3
    doc_nos = [w[0] for w in cells if edges[5] <= w[1] < edges[6]]
    assert "SN-7F3A0004" in doc_nos and "保发〔2026〕3号" in doc_nos  # its neighbours untouched


def test_destruction_without_lines_or_with_a_bad_level_is_refused():
    with pytest.raises(ValueError):
        destruction_pdf(batch(lines=()))
    with pytest.raises(ValueError, match="line 2"):
        destruction_pdf(batch(lines=(dline(1), dline(2, level="机密★20年"))))


# -- 复制登记表 --------------------------------------------------------------------------


def copy_row(i: int, level: str = "秘密", **changes) -> CopyRow:
    row = CopyRow(copied_on="2026-11-23", applicant="张红", dept="办公室",
                  source_number=f"BMS-2026-{i:07d}", title=f"会议纪要{i}", copies=3,
                  pages_each="12", level=level,
                  new_numbers=f"BMS-2026-{1000 + 3 * i:07d} 至 BMS-2026-{1002 + 3 * i:07d}（第6-8份）",
                  purpose="分送学习", maker="机要室", approver="李建国", clerk="王五")
    return dataclasses.replace(row, **changes)


def test_copy_register_columns_numbers_totals_and_signatures(tmp_path):
    data = [copy_row(i, level) for i, level in enumerate(("秘密", "机密", "内部"), 1)]
    path = write(tmp_path, copy_register_pdf(iter(data), UNIT, "2026年第四季度"))
    (raw,) = page_texts(path)
    assert [c.heading for c in COPY_COLUMNS] == COPY_HEADINGS
    assert headings_line(path, 1, "经手人") == COPY_HEADINGS
    assert top_left(path, 1) == "机密"
    assert_page_numbers([raw])
    flat = compact(raw)
    assert "涉密载体复制登记表" in flat and "2026年第四季度" in flat and f"单位：{UNIT}" in flat
    for row in data:
        assert row.source_number in raw.split()
        # each new number whole, the range broken after 至
        first, last = re.findall(r"BMS-2026-\d{7}", row.new_numbers)
        assert f"{first} 至\n{last}（第6-8份）" in raw
    assert "合计：3次复制，共复制9份" in flat
    assert flat.count("申请人：张红部门：办公室") == 1  # one band over the applicant's jobs
    assert "经手人：日期：" in flat and "保密工作负责人：日期：" in flat


def test_copy_register_over_pages_streams_its_rows(tmp_path):
    alive = weakref.WeakSet()
    most = 0

    def tracked(n: int):
        nonlocal most
        for i in range(1, n + 1):
            row = copy_row(i, "机密" if i == n else "秘密")
            alive.add(row)
            most = max(most, len(alive))
            yield row
            del row

    path = write(tmp_path, copy_register_pdf(tracked(150), UNIT, ""))
    assert most <= 3
    pages = page_texts(path)
    assert len(pages) >= 3
    assert_page_numbers(pages)
    seen = []
    for page, raw in enumerate(pages, 1):
        assert headings_line(path, page, "经手人") == COPY_HEADINGS
        assert top_left(path, page) == "机密"  # the one 机密 job at the end marks every page
        seen += numbered(raw)
        assert ("合计：" in compact(raw)) == (page == len(pages))
    assert seen == list(range(1, 151))


def test_copy_register_long_titles_wrap_in_their_column(tmp_path):
    data = [copy_row(i) for i in range(1, 8)]
    data[2] = copy_row(3, title=LONG, purpose=LONG)
    path = write(tmp_path, copy_register_pdf(data, UNIT, ""))
    assert page_count(path) == 1
    assert page_text(path, 1).count("…") == 2
    cells = [w for w in table_cells(words(path)[0]) if not w[0].startswith(("申请人：", "部门："))]
    assert_in_columns(cells, wide_edges(COPY_COLUMNS), "复制登记表")


def test_an_empty_copy_register_says_none(tmp_path):
    path = write(tmp_path, copy_register_pdf(iter(()), UNIT, ""))
    (raw,) = page_texts(path)
    assert "无" in raw.split() and "合计：0次复制" in compact(raw)
    assert top_left(path, 1) == "内部"


# -- 外出携带审批表 ----------------------------------------------------------------------


def outing(n: int = 3, **changes) -> OutingSheet:
    items = tuple(OutingItem(number=f"BMS-2026-{i:07d}", level=("秘密", "机密")[i % 2],
                             marking=("秘密★10年", "机密★20年")[i % 2],
                             ctype="纸介质" if i % 3 else "U盘", copy_text=f"第{i}份 共5份")
                  for i in range(1, n + 1))
    sheet = OutingSheet(
        unit_name=UNIT, sheet_no="WC-2026-002", applied_on="2026-11-23", dept="综合办公室",
        handler="张红", destination="省保密局", return_on="2026-11-25", purpose="参加全省保密工作会议",
        approval="同意。批准人：李建国，审批文号：保审〔2026〕12号", return_check="", remarks="",
        items=items)
    return dataclasses.replace(sheet, **changes)


def test_outing_sheet_fields_carriers_and_signatures(tmp_path):
    path = write(tmp_path, outing_pdf(outing()))
    (raw,) = page_texts(path)
    assert page_sizes(path)[0] == pytest.approx(A4, abs=1)
    assert_page_numbers([raw])
    assert top_left(path, 1) == "机密★20年"  # the highest level, with its term
    flat = compact(raw)
    for value in ("涉密载体外出携带审批表", f"单位：{UNIT}", "申请日期2026-11-23", "编号WC-2026-002",
                  "责任部门综合办公室", "经办人张红", "外出地点省保密局", "返回日期2026-11-25",
                  "参加全省保密工作会议", "同意。批准人：李建国，审批文号：保审〔2026〕12号",
                  "合计：3件", "使用人签字：张红", "审批人签字：日期："):
        assert value in flat, value
    assert re.findall(r"^(\d+) (\S+) (BMS-2026-\d{7}) (\S+) (第\d份) 共5份$", raw, re.M) == [
        ("1", "机密★20年", "BMS-2026-0000001", "纸介质", "第1份"),
        ("2", "秘密★10年", "BMS-2026-0000002", "纸介质", "第2份"),
        ("3", "机密★20年", "BMS-2026-0000003", "U盘", "第3份")]
    assert headings_line(path, 1, "份号") == ["序号", "密级", "载体编号", "载体类别", "份号"]  # 密级 | 载体编号
    # nothing returned yet: lines for the check on return
    assert "检查人：" in flat and "检查日期：____年__月__日" in flat


def test_outing_sheet_prints_no_title(tmp_path):
    assert "title" not in {f.name for f in dataclasses.fields(OutingItem)}
    path = write(tmp_path, outing_pdf(outing(remarks="无异常")))
    flat = compact(page_text(path, 1))
    assert "文件资料名称" not in flat and "名称" not in flat


def test_outing_return_check_is_printed_when_known(tmp_path):
    path = write(tmp_path, outing_pdf(outing(return_check="2026-11-25带回，数量、份号核对无误")))
    assert "2026-11-25带回，数量、份号核对无误" in compact(page_text(path, 1))


def test_a_long_outing_goes_on_under_its_headings(tmp_path):
    path = write(tmp_path, outing_pdf(outing(45)))
    pages = page_texts(path)
    assert len(pages) >= 2
    assert_page_numbers(pages)
    assert "二、携带载体（续）" in compact(pages[1])
    assert [n for raw in pages for n in numbered(raw, r"\S+★\S+ BMS-\d{4}-\d{7}")] == list(range(1, 46))
    for page, raw in enumerate(pages, 1):
        assert top_left(path, page) == "机密★20年"
        assert ("使用人签字" in compact(raw)) == (page == len(pages))


def test_an_outing_without_carriers_is_refused():
    with pytest.raises(ValueError):
        outing_pdf(outing(0))


# -- 移交 / 清退 登记表 and 回执 --------------------------------------------------------------


def tline(i: int, level: str = "秘密", **changes) -> TransferLine:
    line = TransferLine(number=f"BMS-2025-{i:07d}", title=f"密件标题{i}号",
                        doc_no=f"保发〔2025〕{i}号", level=level, term="10年",
                        copies="1", source="省保密局", date="2026-11-23",
                        handed_by="王五", receiver="陈六", remarks="", copy_no=f"第{i}份")
    return dataclasses.replace(line, **changes)


def transfer(n: int = 5, kind: str = "移交", **changes) -> TransferSheet:
    sheet = TransferSheet(unit_name=UNIT, kind=kind, sheet_no="YJ-2026-001", to_unit="市档案馆",
                          receiver="陈六", witness="李建国", handed_by="王五", on="2026-11-23",
                          lines=tuple(tline(i, ("秘密", "机密", "内部")[i % 3])
                                      for i in range(1, n + 1)))
    return dataclasses.replace(sheet, **changes)


@pytest.mark.parametrize("kind", ["移交", "清退"])
def test_transfer_register_then_its_receipt(kind, tmp_path):
    sheet = transfer(kind=kind)
    path = write(tmp_path, transfer_pdf(sheet))
    register, receipt = parts(path, f"涉密载体{kind}登记表", f"涉密载体{kind}回执")
    assert len(register) == len(receipt) == 1
    assert page_sizes(path) == [pytest.approx(landscape(A4), abs=1), pytest.approx(A4, abs=1)]
    assert_page_numbers(register)
    assert_page_numbers(receipt, 1)  # the receipt, handed over alone, counts on its own
    for page in (1, 2):
        assert top_left(path, page) == "机密"
    assert [c.heading for c in transfer_columns(kind)] == transfer_headings(kind)
    assert headings_line(path, 1, "备注") == transfer_headings(kind)
    flat = compact(register[0])
    for line in sheet.lines:
        assert line.number in register[0].split() and line.title in flat
    assert "接收单位：市档案馆" in flat and f"{kind}日期：2026-11-23" in flat
    assert "合计：5件" in flat
    for signer in (f"{kind}人：王五", "接收人：陈六", "监交人：李建国"):
        assert signer in flat, signer
    assert flat.count("日期：") == 3 + 1  # three signatures, and the transfer date


@pytest.mark.parametrize("kind", ["移交", "清退"])
def test_the_receipt_lists_numbers_without_titles(kind, tmp_path):
    sheet = transfer(kind=kind)
    raw = page_text(write(tmp_path, transfer_pdf(sheet)), 2)
    flat = compact(raw)
    assert f"兹收到{UNIT}{kind}的涉密载体共5件，清点无误。" in flat
    assert "编号：YJ-2026-001" in flat  # matched to the register when it comes back
    assert re.findall(r"^(\d+) (BMS-2025-\d{7}) (\S+) (\S+) (\S+)$", raw, re.M) == [
        (str(i), line.number, line.level, line.copy_no, line.copies) for i, line in enumerate(sheet.lines, 1)]
    assert "合计：5件" in flat
    assert "接收单位（盖章）：市档案馆" in flat and "接收人签名：陈六" in flat and "日期：" in flat
    for line in sheet.lines:
        assert line.title not in flat and line.doc_no not in flat
    assert "密件标题" not in flat and "文件资料名称" not in flat and "文号" not in flat


def test_a_long_transfer_flows_and_its_receipt_too(tmp_path):
    path = write(tmp_path, transfer_pdf(transfer(130)))
    register, receipt = parts(path, "涉密载体移交登记表", "涉密载体移交回执")
    assert len(register) >= 3 and len(receipt) >= 2
    assert_page_numbers(register)
    assert_page_numbers(receipt, len(register))
    assert [n for raw in register for n in numbered(raw)] == list(range(1, 131))
    assert [n for raw in receipt for n in numbered(raw)] == list(range(1, 131))
    for page in range(1, len(register) + len(receipt) + 1):
        assert top_left(path, page) == "机密"
    assert all("载体编号" in raw for raw in register + receipt)  # headings on every page
    assert "接收人签名" in compact(receipt[-1]) and "接收人签名" not in compact(receipt[0])
    assert not any("密件标题" in raw for raw in receipt)


def test_transfer_long_titles_wrap_in_their_column(tmp_path):
    sheet = transfer(8)
    lines = list(sheet.lines)
    lines[1] = dataclasses.replace(lines[1], title=LONG, remarks=LONG)
    path = write(tmp_path, transfer_pdf(dataclasses.replace(sheet, lines=tuple(lines))))
    assert page_count(path) == 2
    assert page_text(path, 1).count("…") == 2
    assert_in_columns(table_cells(words(path)[0]), wide_edges(transfer_columns("移交")), "移交")
    assert LONG[:8] not in compact(page_text(path, 2))


def test_a_bad_transfer_is_refused():
    with pytest.raises(ValueError):
        transfer_pdf(transfer(kind="借阅"))
    with pytest.raises(ValueError):
        transfer_pdf(transfer(0))
    with pytest.raises(ValueError, match="line 1"):
        transfer_pdf(transfer(lines=(tline(1, "秘密★"),)))


# -- 年度清退清单 ------------------------------------------------------------------------


def test_clearance_list_columns_totals_and_signatures(tmp_path):
    data = [tline(i, "内部" if i % 2 else "秘密", handed_by="", receiver="", date="")
            for i in range(1, 8)]
    path = write(tmp_path, clearance_list_pdf(iter(data), UNIT, "省保密局", 2026))
    (raw,) = page_texts(path)
    assert page_sizes(path) == [pytest.approx(landscape(A4), abs=1)]
    assert_page_numbers([raw])
    assert top_left(path, 1) == "秘密"
    flat = compact(raw)
    assert "2026年度涉密载体清退清单" in flat and "发文单位：省保密局" in flat
    assert headings_line(path, 1, "备注") == transfer_headings("清退")
    for line in data:
        assert line.number in raw.split()
    assert "合计：7件" in flat and "清退人：日期：" in flat and "接收人：日期：" in flat


def test_clearance_list_streams_over_pages(tmp_path):
    alive = weakref.WeakSet()
    most = 0

    def tracked(n: int):
        nonlocal most
        for i in range(1, n + 1):
            line = tline(i, "机密" if i == 1 else "内部")
            alive.add(line)
            most = max(most, len(alive))
            yield line
            del line

    path = write(tmp_path, clearance_list_pdf(tracked(100), UNIT, "省保密局", 2026))
    assert most <= 3
    pages = page_texts(path)
    assert len(pages) >= 3
    assert_page_numbers(pages)
    assert [n for raw in pages for n in numbered(raw, r"BMS-2025-\d{7}")] == list(range(1, 101))
    for page in range(1, len(pages) + 1):
        assert top_left(path, page) == "机密"
        assert headings_line(path, page, "备注") == transfer_headings("清退")


def test_an_empty_clearance_list_says_none(tmp_path):
    path = write(tmp_path, clearance_list_pdf([], UNIT, "省保密局", 2026))
    (raw,) = page_texts(path)
    assert "无" in raw.split() and "合计：0件" in compact(raw)


# -- all of them -------------------------------------------------------------------------


def everything():
    return {"destruction": destruction_pdf(batch(state="草稿")),
            "copy": copy_register_pdf([copy_row(1)], UNIT, ""),
            "outing": outing_pdf(outing()),
            "transfer": transfer_pdf(transfer()),
            "clearance": clearance_list_pdf([tline(1)], UNIT, "省保密局", 2026)}


def test_cjk_font_is_embedded(tmp_path):
    for name, pdf in everything().items():
        path = write(tmp_path, pdf, f"{name}.pdf")
        used = fonts(path)
        assert used, name
        for font in used:
            assert font.embedded, (name, font)


def test_output_is_reproducible():
    assert everything() == everything()


def test_the_dataclasses_are_frozen():
    for value in (dline(1), batch(), copy_row(1), outing(), outing().items[0], tline(1),
                  transfer()):
        with pytest.raises(dataclasses.FrozenInstanceError):
            value.unit_name = "x"  # type: ignore[misc]
