"""Forms 7, 8 and 10: 清查记录, 泄密事件报告登记表, 整改通知书 with its 回执 — page furniture
on every page of each part, the highest 密级 at the top left, the documented columns in
order, every line of a long count over pages under repeated headings, 不符 lines told
apart (also in black and white) with their 差异说明, totals, signature lines, long text
printed whole, the draft stamp, and no title on the leak report that leaves the room."""

from __future__ import annotations

import dataclasses
import re

import pytest
from reportlab.lib.pagesizes import A4, landscape

from secdesk.printing.inspection_forms import (
    INVENTORY_COLUMNS,
    IncidentSheet,
    InventoryLine,
    InventorySheet,
    RectificationSheet,
    incident_pdf,
    inventory_pdf,
    rectification_pdf,
)
from tests.pdf_text import fonts, page_count, page_sizes, page_texts, render, words
from tests.printing.test_lifecycle_forms import (
    assert_page_numbers,
    head,
    headings_line,
    numbered,
    top_right,
)
from tests.printing.test_register_form import compact, top_left, write


UNIT = "某某市国家保密局"
HEADINGS = ["序号", "载体编号", "文件资料名称", "密级", "应有数", "实有数", "账物是否相符", "差异说明",
            "处理措施"]
TOTALS = (("应有", 120), ("实有", 118), ("相符", 115), ("下落不明", 1), ("在外", 3), ("异常", 2))
DIFFERENCES = (  # every 5th line does not match
    ("未扫描到（下落不明）", "立即组织查找"), ("借出：孙丽，应还2026-11-30", "到期催还"),
    ("存放位置不符：应在A柜，实在B柜", "已放回A柜"), ("已销毁的载体出现在清点中", "查明原因"),
    ("重复扫描2次", ""), ("台账中没有此编号", "补登记"),
)


# -- 涉密载体清查记录 ------------------------------------------------------------------------


def iline(i: int, level: str = "秘密", **changes) -> InventoryLine:
    bad = i % 5 == 0
    difference, action = DIFFERENCES[(i // 5) % len(DIFFERENCES)] if bad else ("", "")
    line = InventoryLine(number=f"BMS-2026-{i:07d}", title=f"会议纪要{i}", level=level,
                         expected=1, found=0 if bad else 1, matches=not bad,
                         difference=difference, action=action)
    return dataclasses.replace(line, **changes)


def count(n: int = 12, levels=("秘密", "机密", "内部"), **changes) -> InventorySheet:
    sheet = InventorySheet(
        number="PD-2026-003", unit=UNIT, scope="全部载体", started="2026-11-23 09:10",
        finished="2026-11-23 17:30", checkers=("张红", "李明"),
        lines=tuple(iline(i, levels[(i - 1) % len(levels)]) for i in range(1, n + 1)),
        totals=TOTALS)
    return dataclasses.replace(sheet, **changes)


def test_inventory_columns_facts_totals_and_signatures(tmp_path):
    path = write(tmp_path, inventory_pdf(count()))
    (raw,) = page_texts(path)
    assert page_sizes(path) == [pytest.approx(landscape(A4), abs=1)]
    assert_page_numbers([raw])
    assert top_left(path, 1) == "机密"
    assert [c.heading for c in INVENTORY_COLUMNS] == HEADINGS
    assert headings_line(path, 1, "处理措施") == HEADINGS
    flat = compact(raw)
    for value in ("涉密载体清查记录", f"单位：{UNIT}", "编号：PD-2026-003",
                  "清查日期：2026-11-2309:10至17:30", "范围：全部载体", "清查人：张红、李明"):
        assert value in flat, value
    assert "合计：应有120，实有118，相符115，下落不明1，在外3，异常2" in flat
    assert "清查人：张红" in flat.split("合计：")[1] and "清查人：李明" in flat.split("合计：")[1]
    assert "保密工作负责人：" in flat
    assert flat.count("日期：") == 1 + 2 + 1  # 清查日期, two checkers, the officer
    assert "草稿" not in flat


def test_every_line_in_order_with_its_counts_and_match(tmp_path):
    sheet = count()
    raw = page_texts(write(tmp_path, inventory_pdf(sheet)))[0]
    rows = re.findall(r"^(\d+) (BMS-2026-\d{7}) (\S+) (\S+) (\d) (\d) (相符|不符) ?(.*)$", raw, re.M)
    assert [r[:7] for r in rows] == [
        (str(i), line.number, line.title, line.level, str(line.expected), str(line.found),
         "相符" if line.matches else "不符") for i, line in enumerate(sheet.lines, 1)]
    for (_, _, _, _, _, _, match, rest), line in zip(rows, sheet.lines):
        # a line that does not match carries its 差异说明 and 处理措施; one that matches, nothing
        assert rest.split() == ([line.difference, line.action] if line.action else
                                [line.difference] if line.difference else [])
        assert (match == "不符") == bool(line.difference)


def _grey(path, page: int, x: float, y: float) -> int:
    """The grey (0 black … 255 white) of the point (x, y) of a page rendered at 72 dpi."""
    (image,) = render(path, dpi=72, page=page)
    return image.getpixel((int(x), int(y)))


def test_lines_that_do_not_match_stand_out_in_black_and_white(tmp_path):
    path = write(tmp_path, inventory_pdf(count()))
    cells = {w[0]: w for w in words(path)[0] if w[0] in ("相符", "不符")}
    for word, paper in (("相符", 255), ("不符", range(200, 245))):
        _, x0, y0, _, y1 = cells[word]
        grey = _grey(path, 1, x0 - 6, (y0 + y1) / 2)  # inside the cell, left of the word
        assert grey == paper if isinstance(paper, int) else grey in paper, (word, grey)


def test_a_count_of_3000_lines_lists_every_carrier_over_pages(tmp_path):
    sheet = count(3000, levels=("秘密", "内部"))
    lines = list(sheet.lines)
    lines[2718] = dataclasses.replace(lines[2718], level="绝密")  # one, late, marks every page
    path = write(tmp_path, inventory_pdf(dataclasses.replace(sheet, lines=tuple(lines))))
    pages = page_texts(path)
    assert len(pages) == page_count(path) > 1
    assert_page_numbers(pages)
    assert [n for raw in pages for n in numbered(raw)] == list(range(1, 3001))
    found = {n for raw in pages for n in re.findall(r"BMS-2026-\d{7}", raw)}
    assert found == {line.number for line in lines}
    for n, raw in enumerate(pages, 1):
        assert " ".join(HEADINGS) in raw, n  # the headings on every page
        last = n == len(pages)
        assert ("合计：" in raw) == last and ("保密工作负责人" in raw) == last
    for page in (1, len(pages) // 2, len(pages)):
        assert top_left(path, page) == "绝密"


@pytest.mark.parametrize("checkers", [(), ("张红",), ("张红", "李明", "王五")])
def test_at_least_two_checker_lines(checkers, tmp_path):
    path = write(tmp_path, inventory_pdf(count(checkers=checkers)))
    signed = compact(page_texts(path)[-1]).split("合计：")[1]
    assert signed.count("清查人：") == max(2, len(checkers))
    for name in checkers:
        assert f"清查人：{name}" in signed


@pytest.mark.parametrize("state", ["进行中", ""])
def test_the_draft_stamp_only_while_the_count_goes_on(state, tmp_path):
    sheet = count(60, state=state, finished="" if state else "2026-11-24 10:00")
    path = write(tmp_path, inventory_pdf(sheet))
    sizes = page_sizes(path)
    assert len(sizes) >= 2
    for page, (width, _) in enumerate(sizes, 1):
        assert top_right(path, page, width) == ("草稿（清点未完成）" if state else "")
    flat = compact(page_texts(path)[0])
    if state:
        assert "清查日期：2026-11-2309:10起（未完成）" in flat
    else:  # over midnight: both dates
        assert "清查日期：2026-11-2309:10至2026-11-2410:00" in flat


@pytest.mark.parametrize("levels, word", [(("内部",), "内部"), (("秘密", "内部", "机密"), "机密"),
                                          (("秘密", "绝密"), "绝密"), (("秘密",), "秘密")])
def test_the_marking_is_the_highest_level_of_the_lines(levels, word, tmp_path):
    path = write(tmp_path, inventory_pdf(count(6, levels=levels)))
    assert top_left(path, 1) == word


def test_long_cells_wrap_and_are_cut(tmp_path):
    long = "关于涉密载体管理工作专项检查情况及整改要求的通报" * 10
    sheet = count(8)
    lines = list(sheet.lines)
    lines[4] = dataclasses.replace(lines[4], title=long, difference=long, action=long)
    path = write(tmp_path, inventory_pdf(dataclasses.replace(sheet, lines=tuple(lines))))
    raw = page_texts(path)[0]
    assert raw.count("…") == 3 and long[:12] in compact(raw)
    assert numbered(raw) == list(range(1, 9))  # the neighbours untouched


def test_an_empty_count_says_none_and_a_bad_level_is_refused(tmp_path):
    path = write(tmp_path, inventory_pdf(count(0, totals=())))
    (raw,) = page_texts(path)
    assert "无" in raw.split() and "合计：0条" in compact(raw)
    assert top_left(path, 1) == "内部"
    with pytest.raises(ValueError, match="line 2"):
        inventory_pdf(count(lines=(iline(1), iline(2, level="机密★20年"))))


# -- 泄密事件报告登记表 -----------------------------------------------------------------------

COURSE = "".join(f"第{i}次查找：询问相关人员并逐柜核对，未发现该载体下落。" for i in range(1, 200))[:2000]


def incident(**changes) -> IncidentSheet:
    sheet = IncidentSheet(
        number="SJ-2026-001", unit=UNIT, discovered_at="2026-11-02", place="机要室（三楼312室）",
        finder="张红", carrier_number="BMS-2026-0000031", marking="机密★10年", level="机密",
        form="纸介质 第2份 共5份", course="季度清点中未扫描到该载体，逾期未找到，按泄密事件处理。",
        search_done="逐柜逐格查找；询问6名进入保密室的人员；调阅门禁记录。",
        remedies="向上级保密行政管理部门报告；通知发文单位。", report_due="2026-11-03 10:00",
        close_due="2027-02-02")
    return dataclasses.replace(sheet, **changes)


def test_incident_sheet_fields_deadlines_and_signature(tmp_path):
    sheet = incident(opinion="同意上报，由办公室牵头查处。")
    path = write(tmp_path, incident_pdf(sheet))
    (raw,) = page_texts(path)
    assert page_sizes(path) == [pytest.approx(A4, abs=1)]
    assert_page_numbers([raw])
    assert top_left(path, 1) == "机密★10年"  # the carrier's marking, with its term
    flat = compact(raw)
    for value in ("泄密事件报告登记表", f"单位：{UNIT}", "编号：SJ-2026-001",
                  f"填报单位{UNIT}", "编号SJ-2026-001", "发现时间2026-11-02",
                  "发现地点机要室（三楼312室）", "发现人张红", "载体编号BMS-2026-0000031",
                  "密级机密★10年", "载体形式纸介质第2份共5份", "简要经过" + compact(sheet.course),
                  "已进行的查找工作" + sheet.search_done, "已采取或拟采取的补救措施" + sheet.remedies,
                  "单位意见" + sheet.opinion, "负责人签字：日期：", "报告时限：2026-11-0310:00",
                  "查处结案期限：2027-02-02"):
        assert value in flat, value


def test_the_incident_sheet_prints_no_title(tmp_path):
    assert not {"title", "name"} & {f.name for f in dataclasses.fields(IncidentSheet)}
    flat = compact(page_texts(write(tmp_path, incident_pdf(incident())))[0])
    assert "文件资料名称" not in flat and "名称" not in flat and "标题" not in flat


def test_an_empty_opinion_is_a_box_to_write_in(tmp_path):
    path = write(tmp_path, incident_pdf(incident()))
    flat = compact(page_texts(path)[0])
    assert "单位意见负责人签字：日期：" in flat


@pytest.mark.parametrize("repeat", [1, 3])  # 2,000 characters; 6,000 (more than a page)
def test_a_long_course_is_printed_whole(repeat, tmp_path):
    course = COURSE * repeat
    path = write(tmp_path, incident_pdf(incident(course=course)))
    pages = [compact(raw) for raw in page_texts(path)]
    assert len(pages) >= repeat
    assert_page_numbers(page_texts(path))
    # the box text on each page: after its label (（续） on a page it goes on)
    printed = pages[0].split("简要经过", 1)[1] + "".join(
        raw.split("简要经过（续）", 1)[1] for raw in pages[1:] if "简要经过（续）" in raw)
    assert compact(course) in printed
    assert not any("…" in raw for raw in pages)
    assert "查处结案期限：2027-02-02" in pages[-1]
    for page in range(1, len(pages) + 1):
        assert top_left(path, page) == "机密★10年"


def test_a_bad_incident_level_is_refused():
    with pytest.raises(ValueError, match="level"):
        incident_pdf(incident(level="机密★10年"))


# -- 保密工作整改通知书 and 回执 ---------------------------------------------------------------


def rectification(**changes) -> RectificationSheet:
    sheet = RectificationSheet(
        number="ZG-2026-002", unit=UNIT, dept="综合办公室", inspected_on="2026-11-20",
        inspectors="李建国、赵六", problems="涉密载体登记台账有2份载体未登记；A柜钥匙由一人保管。",
        requirements="立即补登记，核对台账与实物；建立钥匙双人保管制度。", due_on="2026-12-20",
        issued_by="王局长", issued_on="2026-11-21", level="秘密")
    return dataclasses.replace(sheet, **changes)


def notice_and_receipt(path) -> tuple[list[str], list[str]]:
    """The pages of the notice and of its 回执, told apart by the titles at their heads."""
    pages = page_texts(path)
    heads = [head(path, page, width) for page, (width, _) in enumerate(page_sizes(path), 1)]
    receipt = [raw for raw, top in zip(pages, heads) if "保密工作整改通知书回执" in top]
    notice = [raw for raw in pages if raw not in receipt]
    assert pages == notice + receipt and all("保密工作整改通知书" in raw for raw in notice)
    return notice, receipt


def test_rectification_notice_then_its_receipt(tmp_path):
    sheet = rectification()
    path = write(tmp_path, rectification_pdf(sheet))
    notice, receipt = notice_and_receipt(path)
    assert len(notice) == len(receipt) == 1
    assert page_sizes(path) == [pytest.approx(A4, abs=1)] * 2
    assert_page_numbers(notice)
    assert_page_numbers(receipt, 1)  # the receipt, sent back alone, counts on its own
    for page in (1, 2):
        assert top_left(path, page) == "秘密"
        assert "编号：ZG-2026-002" in compact(page_texts(path)[page - 1])  # matched by number
    flat = compact(notice[0])
    for value in (f"单位：{UNIT}", "编号ZG-2026-002", "被检查部门综合办公室", "检查日期2026-11-20",
                  "检查人李建国、赵六", "存在问题" + sheet.problems, "整改要求" + sheet.requirements,
                  "整改期限2026-12-20", "签发人：王局长", "日期：2026-11-21"):
        assert value in flat, value
    assert "回执" not in flat.replace("填入回执", "")
    flat = compact(receipt[0])
    for value in ("编号ZG-2026-002", "被检查部门综合办公室", "整改期限2026-12-20",
                  "整改情况责任人签字：日期：", "复查意见复查人签字：日期："):
        assert value in flat, value  # nothing reported yet: boxes to write in
    assert "存在问题" not in flat and sheet.problems not in flat


def test_the_receipt_prints_the_report_and_the_recheck_when_known(tmp_path):
    sheet = rectification(report="已补登记2份载体，钥匙改由两人分别保管。", report_on="2026-12-10",
                          recheck="经复查，整改到位。", recheck_on="2026-12-15")
    _, receipt = notice_and_receipt(write(tmp_path, rectification_pdf(sheet)))
    flat = compact(receipt[0])
    assert f"整改情况{sheet.report}责任人签字：日期：2026-12-10" in flat
    assert f"复查意见{sheet.recheck}复查人签字：日期：2026-12-15" in flat


def test_a_long_notice_goes_on_and_its_receipt_counts_alone(tmp_path):
    problems = "".join(f"{i}.第{i}号文件柜未落实双人双锁管理，登记台账与实物不符；" for i in range(1, 120))
    path = write(tmp_path, rectification_pdf(rectification(problems=problems)))
    notice, receipt = notice_and_receipt(path)
    assert len(notice) >= 2 and len(receipt) == 1
    assert_page_numbers(notice)
    assert_page_numbers(receipt, len(notice))
    printed = compact(notice[0]).split("存在问题", 1)[1] + compact(notice[1]).split("存在问题（续）", 1)[1]
    assert problems in printed
    assert "签发人：王局长" in compact(notice[-1]) and "签发人" not in compact(notice[0])


def test_a_bad_rectification_level_is_refused():
    with pytest.raises(ValueError, match="level"):
        rectification_pdf(rectification(level="普通"))


# -- all of them -------------------------------------------------------------------------


def everything():
    return {"inventory": inventory_pdf(count(state="进行中")),
            "incident": incident_pdf(incident()),
            "rectification": rectification_pdf(rectification())}


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
    for value in (iline(1), count(), incident(), rectification()):
        with pytest.raises(dataclasses.FrozenInstanceError):
            value.number = "x"  # type: ignore[misc]
