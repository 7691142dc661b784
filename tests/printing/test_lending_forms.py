"""Form 2 and the lending printouts: 涉密载体借阅登记表, 借阅单, 催还通知 — page furniture on
every page, the highest 密级 at the top left, the form 2 columns in order, totals and
signature lines, and cells that wrap and cut instead of overflowing (measured with the
words' boxes as for form 1)."""

from __future__ import annotations

import dataclasses
import re
import weakref

import pytest
from reportlab.lib.units import mm

from secdesk.printing.lending_forms import (
    NOTICE_COLUMNS,
    OBLIGATIONS,
    REGISTER_COLUMNS,
    SLIP_COLUMNS,
    LendingSlip,
    LoanRegisterRow,
    OverdueItem,
    OverdueNotice,
    SlipItem,
    lending_slip_pdf,
    loans_register_pdf,
    overdue_notice_pdf,
)
from tests.pdf_text import fonts, layout_text, page_count, page_text, page_texts, words
from tests.printing.test_personnel_forms import assert_in_columns, edges_of
from tests.printing.test_register_form import compact, top_left, write


UNIT = "某某市国家保密局"
SUBTITLE = "2026年10月1日至2026年12月31日"
LONG = "关于涉密载体管理工作专项检查情况及整改要求的通报" * 20  # 400+ characters
FORM2_HEADINGS = ["序号", "借阅日期", "载体编号", "文件资料名称", "文号或编号", "密级", "份号",
                  "借阅人", "借阅事由", "批准人", "应还日期", "实际归还日期", "经手人", "备注"]


def loan(i: int, level: str = "秘密", **changes) -> LoanRegisterRow:
    """A loan whose every cell fits on one line (unless changed)."""
    row = LoanRegisterRow(
        lent_on="2026-11-23", number=f"BMS-2026-{i:07d}", title=f"会议纪要{i}",
        doc_no=f"保发〔2026〕{i}号", level=level, copy_no=str(i % 5 + 1),
        borrower="张红（办公室）", purpose="起草总结", approver="李主任", due_on="2026-12-07",
        returned_on="2026-12-01" if i % 2 else "", clerk="王五",
        remarks="逾期3天" if i % 7 == 0 else "")
    return dataclasses.replace(row, **changes)


def loans(n: int, level: str = "秘密"):
    return (loan(i, level) for i in range(1, n + 1))  # a generator: the form streams


def furnished(path, title: str, subtitle: str = "", marking: str | None = None) -> list[str]:
    """Every page's text, having checked the page furniture of each."""
    all_text = page_texts(path)
    total = len(all_text)
    for page, raw in enumerate(all_text, 1):
        assert re.search(rf"第\s*{page}\s*页\s*共\s*{total}\s*页", raw), raw[-200:]
        flat = compact(raw)
        assert title in flat and f"单位：{UNIT}" in flat and compact(subtitle) in flat
        if marking is not None:
            assert top_left(path, page) == marking
    return all_text


def serials(raw: str) -> list[int]:
    """The 序号 of the register rows on a page (``page_text``: a row starts a line)."""
    return [int(n) for n in re.findall(r"^(\d+) 2026-11-23 BMS-", raw, re.M)]


# -- 涉密载体借阅登记表 ------------------------------------------------------------------------


def test_register_columns_are_form_2_in_order(tmp_path):
    assert [c.heading for c in REGISTER_COLUMNS] == FORM2_HEADINGS
    path = write(tmp_path, loans_register_pdf(loans(5), UNIT, SUBTITLE))
    heading_line = next(line for line in layout_text(path, 1).splitlines() if "序号" in line)
    assert heading_line.split() == FORM2_HEADINGS  # one line, in order: no heading wraps


def test_register_of_300_paginates_with_headings_on_every_page(tmp_path):
    path = write(tmp_path, loans_register_pdf(loans(300), UNIT, SUBTITLE))
    pages = furnished(path, "涉密载体借阅登记表", SUBTITLE, marking="秘密")
    assert 11 <= len(pages) <= 15
    seen = []
    for page, raw in enumerate(pages, 1):
        assert layout_text(path, page).count("实际归还日期") == 1  # headings on every page
        assert compact("".join(FORM2_HEADINGS)) in compact(raw)
        on_page = serials(raw)
        assert on_page, f"page {page} has no rows"
        seen += on_page
        last = page == len(pages)
        flat = compact(raw)
        assert ("经手人：" in flat) == last and ("保密工作负责人：" in flat) == last
        assert ("合计：" in flat) == last
    assert seen == list(range(1, 301))  # every row once, in order, never split
    assert "合计：300次借阅" in compact(pages[-1])
    assert compact(pages[-1]).count("日期：") == 2


def test_a_full_page_is_full(tmp_path):
    """A page ends only when the next row does not fit: the rows of a full page reach
    down to the page number (less than two rows of room are left)."""
    path = write(tmp_path, loans_register_pdf(loans(120), UNIT, SUBTITLE))
    page_words = words(path)[0]
    row_tops = [y0 for w, _, y0, _, _ in page_words if re.fullmatch(r"BMS-2026-\d{7}", w)]
    footer = next(y0 for w, _, y0, _, _ in page_words if w == "第")
    pitch = row_tops[1] - row_tops[0]
    assert footer - row_tops[-1] < 3 * pitch


@pytest.mark.parametrize("offset", [-3, -2, -1, 0, 1])
def test_the_last_row_shares_its_page_with_the_total_and_signatures(offset, tmp_path):
    """Around a full page: 合计 and the signature lines never fall off the page or into
    the page number, and never stand on a page without a row."""
    full = len(serials(page_text(write(tmp_path, loans_register_pdf(loans(60), UNIT, SUBTITLE),
                                       "full.pdf"), 1)))
    n = full + offset
    path = write(tmp_path, loans_register_pdf(loans(n), UNIT, SUBTITLE))
    last = page_count(path)
    assert serials(page_text(path, last))[-1] == n
    page_words = words(path)[last - 1]
    footer = next(y0 for w, _, y0, _, _ in page_words if w == "第")
    closing = [w for w in page_words
               if w[0].startswith(("合计：", "经手人：", "保密工作负责人：", "日期："))]
    assert len(closing) == 5
    for word, _, _, _, ymax in closing:
        assert ymax < footer - 2 * mm, word


@pytest.mark.parametrize("levels, word", [(["内部", "内部"], "内部"),
                                          (["秘密", "机密", "内部", "秘密"], "机密"),
                                          (["秘密"], "秘密"), (["内部", "绝密", "机密"], "绝密")])
def test_the_marking_is_the_highest_level_of_the_rows(levels, word, tmp_path):
    data = [loan(i, level) for i, level in enumerate(levels, 1)]
    path = write(tmp_path, loans_register_pdf(data, UNIT, SUBTITLE))
    assert top_left(path, 1) == word


def test_one_secret_row_at_the_end_marks_every_page(tmp_path):
    data = [*loans(149, "内部"), loan(150, "机密")]
    path = write(tmp_path, loans_register_pdf(data, UNIT, SUBTITLE))
    assert page_count(path) >= 3
    for page in range(1, page_count(path) + 1):
        assert top_left(path, page) == "机密"


def test_an_unknown_level_is_refused():
    with pytest.raises(ValueError, match="row 2"):
        loans_register_pdf([loan(1), loan(2, "机密★20年")], UNIT, SUBTITLE)


def test_an_empty_register_is_one_signed_page(tmp_path):
    path = write(tmp_path, loans_register_pdf(iter(()), UNIT, SUBTITLE))
    (raw,) = furnished(path, "涉密载体借阅登记表", SUBTITLE, marking="内部")
    assert "无" in raw.split()
    flat = compact(raw)
    assert compact("".join(FORM2_HEADINGS)) in flat
    assert "合计：0次借阅" in flat and "经手人：" in flat and "保密工作负责人：" in flat


def test_the_register_streams_its_rows():
    """A generator's rows are let go as they are drawn: at no time are more than a few
    alive (100,000 rows must not be held at once)."""
    alive = weakref.WeakSet()
    most = 0

    def tracked(n: int):
        nonlocal most
        for i in range(1, n + 1):
            row = loan(i)
            alive.add(row)
            most = max(most, len(alive))
            yield row
            del row

    loans_register_pdf(tracked(2000), UNIT, SUBTITLE)
    assert most <= 3


def register_edges() -> list[float]:
    scale = (297 - 20) / sum(c.width for c in REGISTER_COLUMNS)  # 10 mm margins, landscape
    edges = [10 * mm]
    for col in REGISTER_COLUMNS:
        edges.append(edges[-1] + col.width * scale * mm)
    return edges


def test_a_long_title_stays_in_its_column(tmp_path):
    data = [loan(i) for i in range(1, 21)]
    data[4] = loan(5, title=LONG)
    path = write(tmp_path, loans_register_pdf(data, UNIT, SUBTITLE))
    short = write(tmp_path, loans_register_pdf(loans(20), UNIT, SUBTITLE), "short.pdf")
    assert page_count(path) == page_count(short) == 1  # the long title adds no pages
    raw = page_text(path, 1)
    assert "…" in raw and LONG[:12] in compact(raw)
    page_words = words(path)[0]
    head = next(y0 for w, _, y0, _, _ in page_words if w == "序号")
    end = next(y0 for w, _, y0, _, _ in page_words if w.startswith("合计"))
    cells = [w for w in page_words if head <= w[2] < end]
    edges = register_edges()
    assert_in_columns(cells, edges, "借阅登记表")
    title_words = [w for w in cells if edges[3] <= w[1] < edges[4]]
    assert len(title_words) == 1 + 19 + 3  # the heading, 19 short titles, the long one in 3
    doc_no = [w[0] for w in cells if edges[4] <= w[1] < edges[5]]
    assert doc_no[0] == "文号或编号" and "保发〔2026〕5号" in doc_no  # its neighbour untouched


def test_every_long_cell_is_cut_after_its_lines(tmp_path):
    long = "很长的内容" * 40
    row = LoanRegisterRow(long, "BMS-2026-0000001", long, long, "秘密", long, long, long, long,
                          long, long, long, long)
    path = write(tmp_path, loans_register_pdf([row], UNIT, SUBTITLE))
    assert page_count(path) == 1
    assert page_text(path, 1).count("…") == len(REGISTER_COLUMNS) - 3  # not 序号, 载体编号, 密级
    page_words = words(path)[0]
    head = next(y0 for w, _, y0, _, _ in page_words if w == "序号")
    end = next(y0 for w, _, y0, _, _ in page_words if w.startswith("合计"))
    assert_in_columns([w for w in page_words if head <= w[2] < end], register_edges(), "长")


# -- 借阅单 ------------------------------------------------------------------------------


def slip(count: int = 3, **changes) -> LendingSlip:
    items = [SlipItem(number=f"BMS-2026-{i:07d}", title=f"保密工作文件{i}",
                      level=("秘密", "机密", "内部")[i % 3], copy_no=str(i), due_on="2026-12-07",
                      reading_place="保密室阅览区" if i % 2 else "") for i in range(1, count + 1)]
    data = LendingSlip(unit_name=UNIT, slip_no="JY-20261123-0042", borrower_name="张红",
                       dept="办公室", badge="BMS-P00012A", clearance="重要", clerk="王五",
                       lent_at="2026-11-23 09:30", items=items)
    return dataclasses.replace(data, **changes)


def test_slip_lists_every_carrier_with_the_obligations_and_signatures(tmp_path):
    path = write(tmp_path, lending_slip_pdf(slip(3)))
    (raw,) = furnished(path, "涉密载体借阅单", "编号：JY-20261123-0042", marking="机密")
    flat = compact(raw)
    for value in ("张红", "办公室", "BMS-P00012A", "重要", "王五", "2026-11-2309:30",
                  "保密室阅览区", "合计：3件"):
        assert value in flat, value
    for i in range(1, 4):
        assert re.search(rf"^{i} BMS-2026-{i:07d} 保密工作文件{i} ", raw, re.M), i
    assert compact(OBLIGATIONS) in flat
    assert flat.count("借阅人签名：") == 1 and flat.count("经手人：") == 1
    assert flat.count("日期：") == 2
    heading_line = next(line for line in layout_text(path, 1).splitlines() if "阅读地点" in line)
    assert heading_line.split() == [c.heading for c in SLIP_COLUMNS]
    assert [c.heading for c in SLIP_COLUMNS] == ["序号", "载体编号", "文件资料名称", "密级", "份号",
                                                  "批准人", "审批单号", "应还日期", "阅读地点"]


@pytest.mark.parametrize("levels, word", [(["内部"], "内部"), (["秘密", "内部"], "秘密"),
                                          (["机密", "绝密", "秘密"], "绝密")])
def test_slip_marking_is_the_highest_level_on_it(levels, word, tmp_path):
    data = slip(len(levels))
    data = dataclasses.replace(data, items=[dataclasses.replace(item, level=level)
                                            for item, level in zip(data.items, levels)])
    assert top_left(write(tmp_path, lending_slip_pdf(data)), 1) == word


def test_a_long_slip_goes_on_to_a_second_page_under_its_headings(tmp_path):
    path = write(tmp_path, lending_slip_pdf(slip(40)))
    pages = furnished(path, "涉密载体借阅单", "编号：JY-20261123-0042", marking="机密")
    assert len(pages) == 2
    assert "二、借阅载体（续）" in compact(pages[1])
    headings = compact("".join(c.heading for c in SLIP_COLUMNS))
    seen = []
    for page, raw in enumerate(pages, 1):
        assert headings in compact(raw)
        assert ("借阅人签名：" in compact(raw)) == (page == 2)
        seen += [int(n) for n in re.findall(r"保密工作文件(\d+)", raw)]
    assert seen == list(range(1, 41))


def test_slip_long_titles_are_cut_in_their_column(tmp_path):
    data = slip(4)
    data = dataclasses.replace(data, items=[dataclasses.replace(i, title=LONG) for i in data.items])
    path = write(tmp_path, lending_slip_pdf(data))
    assert page_count(path) == 1
    assert page_text(path, 1).count("…") == 4
    page_words = words(path)[0]
    head = next(y0 for w, _, y0, _, _ in page_words if w == "序号")
    end = next(y0 for w, _, y0, _, _ in page_words if w.startswith("合计"))
    cells = [w for w in page_words if head <= w[2] < end]
    assert_in_columns(cells, edges_of([c.width for c in SLIP_COLUMNS]), "借阅单")


def test_a_slip_without_carriers_is_refused():
    with pytest.raises(ValueError):
        lending_slip_pdf(slip(0))


# -- 催还通知 ----------------------------------------------------------------------------


def notice(name: str, dept: str, days: list[int], levels: list[str] | None = None,
           **changes) -> OverdueNotice:
    levels = levels or ["秘密"] * len(days)
    items = [OverdueItem(number=f"BMS-2026-{n:07d}", level=level, copy_no=str(n),
                         lent_on="2026-10-20", due_on="2026-11-03", days_overdue=d)
             for n, (d, level) in enumerate(zip(days, levels), 1)]
    data = OverdueNotice(unit_name=UNIT, borrower_name=name, dept=dept, badge="BMS-P00012A",
                         issued_on="2026年11月23日", items=items)
    return dataclasses.replace(data, **changes)


def test_one_notice_page_per_borrower_with_the_days_overdue(tmp_path):
    data = [notice("张红", "办公室", [20, 5], ["秘密", "机密"]),
            notice("李明", "财务处", [13], ["内部"]),
            notice("王芳", "", [1, 2, 3], ["秘密", "内部", "秘密"])]
    path = write(tmp_path, overdue_notice_pdf(iter(data)))
    assert page_count(path) == 3
    for page, (raw, item, word) in enumerate(zip(page_texts(path), data, ("机密", "内部", "秘密")), 1):
        # each notice is a document of its own: 第 1 页 共 1 页, its own marking
        assert re.search(r"第\s*1\s*页\s*共\s*1\s*页", raw)
        assert top_left(path, page) == word
        flat = compact(raw)
        assert "涉密载体催还通知" in flat and f"单位：{UNIT}" in flat
        dept = f"（{item.dept}）" if item.dept else ""
        assert f"{item.borrower_name}同志{dept}：" in flat
        assert "您借阅的下列涉密载体已超过应还日期，请于收到本通知后立即归还保密室。" in flat
        rows = re.findall(r"^(\d+) (BMS-2026-\d{7}) (\S+) (\S+) 2026-10-20 2026-11-03 (\d+)$",
                          raw, re.M)
        printed = [(int(n), number, level, copy_no, int(days))
                   for n, number, level, copy_no, days in rows]
        assert printed == [(n, i.number, i.level, i.copy_no, i.days_overdue)
                           for n, i in enumerate(item.items, 1)]
        assert "逾期天数计至2026年11月23日" in flat
        assert "保密室（签章）" in flat and "____年__月__日" in flat
        assert "回执：本人已收到催还通知。签名：日期：" in flat
        assert f"证卡号：{item.badge}" in flat
        others = {d.borrower_name for d in data} - {item.borrower_name}
        assert not any(other in flat for other in others)  # nobody sees another's loans
    heading_line = next(line for line in layout_text(path, 1).splitlines() if "逾期天数" in line)
    assert heading_line.split() == [c.heading for c in NOTICE_COLUMNS] == \
        ["序号", "载体编号", "密级", "份号", "借阅日期", "应还日期", "逾期天数"]  # no title: it leaves the room


def test_a_notice_holds_no_title_and_is_marked_with_the_longest_term(tmp_path):
    """The notice leaves the room: OverdueItem has no title; the top left carries the term."""
    assert "title" not in {f.name for f in dataclasses.fields(OverdueItem)}
    data = notice("张红", "办公室", [3, 4], ["机密", "机密"])
    data = dataclasses.replace(data, items=[
        dataclasses.replace(data.items[0], marking="机密★5年", issued="2026-01-01"),
        dataclasses.replace(data.items[1], marking="机密★", issued="2020-01-01")])
    path = write(tmp_path, overdue_notice_pdf([data]))
    assert top_left(path, 1) == "机密★20年"  # 2020 + 20 years ends after 2026 + 5


def test_the_receipt_is_at_the_foot_under_the_seal(tmp_path):
    path = write(tmp_path, overdue_notice_pdf([notice("张红", "办公室", [3])]))
    (page_words,) = words(path)
    y = {w: y0 for w, _, y0, _, _ in page_words}
    height = 297 * mm
    assert y["保密室（签章）"] < y["____年__月__日"] < y["回执：本人已收到催还通知。"] < y["第"]
    assert y["回执：本人已收到催还通知。"] > height - 60 * mm  # in the strip at the bottom


def test_a_long_notice_goes_on_and_keeps_the_receipt_on_its_last_page(tmp_path):
    data = [notice("张红", "办公室", list(range(1, 41))), notice("李明", "财务处", [9])]
    path = write(tmp_path, overdue_notice_pdf(data))
    pages = page_texts(path)
    assert len(pages) == 3
    assert re.search(r"第\s*2\s*页\s*共\s*2\s*页", pages[1])
    assert re.search(r"第\s*1\s*页\s*共\s*1\s*页", pages[2])
    for page, raw in enumerate(pages, 1):
        assert "逾期天数" in raw  # headings on every page
        assert ("回执" in raw) == (page != 1)
    seen = [int(n) for raw in pages[:2] for n in re.findall(r"^\d+ BMS-2026-(\d{7}) ", raw, re.M)]
    assert seen == list(range(1, 41))


@pytest.mark.parametrize("empty", [[], iter(())])
def test_zero_notices_are_refused(empty):
    with pytest.raises(ValueError):
        overdue_notice_pdf(empty)


def test_a_notice_without_carriers_is_refused():
    with pytest.raises(ValueError):
        overdue_notice_pdf([notice("张红", "办公室", [])])


# -- all three ---------------------------------------------------------------------------


def test_no_dataclass_has_an_id_number():
    classes = [LoanRegisterRow, LendingSlip, SlipItem, OverdueNotice, OverdueItem]
    for cls in classes:
        for field in dataclasses.fields(cls):
            assert not re.search(r"id_?(number|no|card)|identity|身份证|证件", field.name), field


def all_three():
    return {"register": loans_register_pdf(loans(40), UNIT, SUBTITLE),
            "slip": lending_slip_pdf(slip()),
            "notice": overdue_notice_pdf([notice("张红", "办公室", [3, 4])])}


def test_cjk_font_is_embedded(tmp_path):
    for name, pdf in all_three().items():
        path = write(tmp_path, pdf, f"{name}.pdf")
        used = fonts(path)
        assert used, name
        for font in used:
            assert font.embedded, (name, font)


def test_output_is_reproducible():
    assert all_three() == all_three()


def test_the_dataclasses_are_frozen():
    for value in (loan(1), slip(), slip().items[0], notice("张红", "", [1]),
                  notice("张红", "", [1]).items[0]):
        with pytest.raises(dataclasses.FrozenInstanceError):
            value.number = "x"  # type: ignore[misc]
