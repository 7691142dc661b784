"""Form 9 and the personnel printouts: 涉密人员登记表, 涉密人员名册, 保密教育培训记录,
离岗保密审查表 — page furniture on every page, the file's marking at the top left, the
form 9 columns in order, totals, signature lines, and cells that wrap and cut instead of
overflowing (measured with the words' boxes as for form 1)."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

import pytest
from reportlab.lib.units import mm

from secdesk.printing.personnel_forms import (
    ROSTER_COLUMNS,
    TRAINING_COLUMNS,
    LeavingSheet,
    PersonSheet,
    RosterRow,
    TrainingRow,
    leaving_sheet_pdf,
    person_sheet_pdf,
    roster_pdf,
    training_record_pdf,
)
from tests.pdf_text import fonts, layout_text, page_count, page_text, page_texts, words
from tests.printing.test_register_form import compact, top_left, write

UNIT = "某某市国家保密局"
LONG = "保密法律法规及典型泄密案例警示教育暨涉密载体管理专题培训" * 12  # 300+ characters
LEFT, RIGHT = 12 * mm, (210 - 12) * mm  # the portrait content frame

FORM9_HEADINGS = ["部门", "姓名", "涉密等级", "培训内容", "日期", "学时", "考核结果"]


def person(**changes) -> PersonSheet:
    sheet = PersonSheet(
        unit_name=UNIT, badge="BMS-P00012A", name="张晓明", staff_no="1024",
        id_number="110105********1234", dept="综合办公室", post="机要员", clearance="重要",
        clearance_since="2024年3月1日", status="在岗",
        vetting="2024年3月1日 合格（审查人：李主任）",
        commitments=[("上岗", "2024年3月1日"), ("在岗", "2025年1月10日")],
        trainings=[("2024年3月15日", "4", "新任涉密人员岗前保密教育", "合格"),
                   ("2024年9月20日", "2", "典型泄密案例警示教育", "优秀"),
                   ("2025年4月8日", "1.5", "涉密载体管理规定", "合格")],
        travels=[("2025年2月1日至2025年2月10日", "新加坡", "王局长", "2025年2月11日")],
        reviews=[("2025年3月1日", "合格，继续在岗", "李主任")],
        declassification="")
    return dataclasses.replace(sheet, **changes)


def leaving(**changes) -> LeavingSheet:
    sheet = LeavingSheet(
        unit_name=UNIT, name="张晓明", badge="BMS-P00012A", dept="综合办公室", post="机要员",
        clearance="重要", leaving_on="2026年11月23日", kind="离职",
        carriers_returned=[("BMS-2026-0000052", "机密★20年", "已归还"),
                           ("BMS-2026-0000107", "秘密★10年", "移交给 张三"),
                           ("BMS-2025-0000311", "秘密★2027年6月30日", "已归还")],
        commitment_signed_on="2026年11月20日",
        declassification="自2026年11月23日至2028年11月23日")
    return dataclasses.replace(sheet, **changes)


# department sizes (300 people over 12 departments, some small, some over a page)
DEPTS = {"综合办公室": 25, "机要科": 3, "科技信息化处": 61, "财务处": 1, "人事处": 18,
         "法规处": 40, "督查室": 9, "后勤服务中心": 52, "档案室": 2, "纪检组": 30,
         "宣传处": 14, "研究室": 45}
assert sum(DEPTS.values()) == 300


def staff(post=lambda n: "科员" if n % 4 else "副处长兼保密工作联络员（兼职）"):
    """The roster rows: a generator, as the services stream them."""
    n = 0
    for dept, size in DEPTS.items():
        for _ in range(size):
            n += 1
            yield RosterRow(dept=dept, name=f"员工{n}", badge=f"BMS-P{n:05d}A", post=post(n),
                            clearance=("核心", "重要", "一般")[n % 3],
                            clearance_since="2024年3月1日", status="在岗",
                            next_review="2026年3月1日")


def trainings(count: int = 6) -> list[TrainingRow]:
    hours = ["2", "1.5", "4", "0.5", "2学时", ""]  # 10 in all; a blank adds nothing
    return [TrainingRow(dept=f"部门{i % 3}", name=f"员工{i % 4}", clearance="重要",
                        subject=f"保密教育专题{i}", held_on="2026年4月8日", hours=hours[i % 6],
                        result="合格") for i in range(count)]


def furnished(path, title: str, subtitle: str = "", marking: str = "内部") -> list[str]:
    """Every page's text, having checked the page furniture of each."""
    all_text = page_texts(path)
    total = len(all_text)
    for page, raw in enumerate(all_text, 1):
        assert re.search(rf"第\s*{page}\s*页\s*共\s*{total}\s*页", raw), raw[-200:]
        flat = compact(raw)
        assert title in flat and f"单位：{UNIT}" in flat and compact(subtitle) in flat
        assert top_left(path, page) == marking
    return all_text


def table_words(page_words, first_heading: str, skip=r"第|共|\d+$|页|记录人|制表人|保密工作|日期"):
    """The words of a page's table: below its heading row, without banners (departments,
    totals, which span the table) and without the page furniture under it."""
    head = next(y0 for w, _, y0, _, _ in page_words if w == first_heading)
    banners = {y0 for w, _, y0, _, _ in page_words if w.startswith(("部门：", "合计", "全部合计"))
               or "合计：" in w}
    return [w for w in page_words if w[2] >= head and w[2] not in banners
            and not re.match(skip, w[0])]


def edges_of(widths) -> list[float]:
    scale = (RIGHT - LEFT) / sum(widths)
    edges = [LEFT]
    for w in widths:
        edges.append(edges[-1] + w * scale)
    return edges


def assert_in_columns(cells, edges, context=""):
    for word, xmin, _, xmax, _ in cells:
        column = max(i for i, edge in enumerate(edges) if edge <= xmin + 0.01)
        assert column < len(edges) - 1, (word, xmin, context)
        assert xmax <= edges[column + 1] + 0.5, (word, xmin, xmax, column, context)


# -- 涉密人员登记表 ----------------------------------------------------------------------------


def test_person_sheet_sections_signatures_and_totals(tmp_path):
    path = write(tmp_path, person_sheet_pdf(person()))
    (raw,) = furnished(path, "涉密人员登记表")
    flat = compact(raw)
    for caption in ("一、基本情况", "二、保密承诺书", "三、保密教育培训", "四、出国（境）审批",
                    "五、复审记录"):
        assert caption in flat
    for value in ("张晓明", "BMS-P00012A", "1024", "110105********1234", "综合办公室", "机要员",
                  "重要", "2024年3月1日", "在岗", "合格（审查人：李主任）", "新加坡", "王局长",
                  "合格，继续在岗"):
        assert compact(value) in flat, value
    assert "合计：3次，共7.5学时" in flat
    assert "本人签名：" in flat and "保密工作负责人：" in flat and flat.count("日期：") == 2
    assert compact("序号日期学时培训内容考核结果") in flat


def test_person_sheet_prints_the_id_number_as_given(tmp_path):
    full = person_sheet_pdf(person(id_number="11010519491231002X"))
    assert "11010519491231002X" in compact(page_text(write(tmp_path, full), 1))
    masked = compact(page_text(write(tmp_path, person_sheet_pdf(person()), "m.pdf"), 1))
    assert "110105********1234" in masked and "11010519491231002X" not in masked


def test_person_sheet_empty_sections_say_none(tmp_path):
    sheet = person(commitments=[], trainings=[], travels=[], reviews=[], vetting="",
                   staff_no="", post="")
    path = write(tmp_path, person_sheet_pdf(sheet))
    (raw,) = furnished(path, "涉密人员登记表")
    assert raw.split().count("无") == 4 + 2  # the four empty tables, 审批权限 and 脱密期
    assert "合计" not in raw
    assert "本人签名" in raw


def test_person_sheet_declassification_reads_from_to(tmp_path):
    sheet = person(status="脱密期", declassification="2026年11月23日至2029年11月23日")
    flat = compact(page_text(write(tmp_path, person_sheet_pdf(sheet)), 1))
    assert "自2026年11月23日至2029年11月23日" in flat


@pytest.mark.parametrize("marking", ["秘密", "机密", "内部"])
def test_the_marking_is_printed_at_the_top_left(marking, tmp_path):
    for name, pdf in (("p", person_sheet_pdf(person(), marking=marking)),
                      ("r", roster_pdf(staff(), UNIT, "", marking=marking)),
                      ("t", training_record_pdf(trainings(), UNIT, "", marking=marking)),
                      ("l", leaving_sheet_pdf(leaving(), marking=marking))):
        path = write(tmp_path, pdf, f"{name}.pdf")
        for page in range(1, page_count(path) + 1):
            assert top_left(path, page) == marking


@pytest.mark.parametrize("marking", ["", "机密★20年", "secret"])
def test_an_unknown_marking_is_refused(marking):
    with pytest.raises(ValueError):
        person_sheet_pdf(person(), marking=marking)


def test_a_long_file_continues_on_further_pages(tmp_path):
    many = [(f"2025年{i % 12 + 1}月1日", "2", f"专题培训{i}", "合格") for i in range(90)]
    path = write(tmp_path, person_sheet_pdf(person(trainings=many)))
    pages = furnished(path, "涉密人员登记表")
    assert len(pages) >= 3
    for page, raw in enumerate(pages, 1):
        flat = compact(raw)
        if page > 1 and "专题培训" in flat:  # a page that continues the table says so
            assert "三、保密教育培训（续）" in flat
            assert compact("序号日期学时培训内容考核结果") in flat
        assert ("本人签名：" in flat) == (page == len(pages))
    seen = [int(n) for raw in pages for n in re.findall(r"专题培训(\d+)", raw)]
    assert seen == list(range(90))
    assert "合计：90次，共180学时" in compact(pages[-1])


def test_person_sheet_long_values_are_cut_inside_their_cells(tmp_path):
    vetting = "上岗审查合格意见" * 40  # the one value that spans three columns
    sheet = person(name=LONG, dept=LONG, post=LONG, vetting=vetting, status=LONG,
                   trainings=[("2024年3月15日", "4", LONG, LONG)] * 3,
                   reviews=[(LONG, LONG, LONG)], travels=[(LONG, LONG, LONG, LONG)],
                   commitments=[(LONG, LONG)], declassification=LONG)
    path = write(tmp_path, person_sheet_pdf(sheet))
    assert page_count(path) == 1  # long texts are cut, they add no pages
    raw = page_text(path, 1)
    assert raw.count("…") >= 15
    (found,) = words(path)
    for word, xmin, _, xmax, _ in found:
        assert LEFT - 0.5 <= xmin and xmax <= RIGHT + 0.5, word
    y_of = {w: y0 for w, _, y0, _, _ in found}

    def between(first, second):
        return [w for w in found if y_of[first] < w[2] < y_of[second]]

    basic = between("一、基本情况", "二、保密承诺书")
    kv = edges_of((24, 69, 24, 69))
    spanning = [w for w in basic if "审查合格" in w[0]]
    assert spanning
    assert_in_columns([w for w in basic if w not in spanning], kv, "基本情况")
    assert_in_columns(spanning, [kv[0], kv[1], kv[4]], "上岗审查")
    training = [w for w in between("三、保密教育培训", "四、出国（境）审批") if "合计" not in w[0]]
    assert_in_columns(training, edges_of((12, 32, 14, 94, 34)), "培训")


# -- 涉密人员名册 ------------------------------------------------------------------------------


def table_lines(raw: str) -> list[str]:
    """The lines of a page's table (``layout_text``), from under the headings to the page
    number."""
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    start = next(i for i, line in enumerate(lines) if compact(line).startswith("序号姓名证卡号"))
    end = next(i for i, line in enumerate(lines) if re.match(r"第\s*\d+\s*页", line))
    return lines[start + 1:end]


def test_roster_of_300_pages_correctly_with_headings_repeated(tmp_path):
    subtitle = "截至2026年9月30日"
    path = write(tmp_path, roster_pdf(staff(), UNIT, subtitle))
    pages = furnished(path, "涉密人员名册", subtitle)
    total = len(pages)
    assert 6 <= total <= 15
    heading = compact("".join(c.heading for c in ROSTER_COLUMNS))
    assert heading == "序号姓名证卡号岗位涉密等级确定时间状态下次复审"
    serials, current = [], None
    for page in range(1, total + 1):
        raw = layout_text(path, page)
        assert heading in compact(raw)
        lines = table_lines(raw)
        first = compact(lines[0])
        # every page opens with its department: a new one, or the one it continues
        assert first.startswith("部门："), first
        if current is not None and not first.endswith("（续）"):
            assert prev_closed, f"page {page} starts a department, the last one was not closed"
        if first.endswith("（续）"):
            assert first == f"部门：{current}（续）"
        assert not compact(lines[-1]).startswith("部门："), "a department heading ends a page"
        prev_closed = False
        for line in lines:
            flat = compact(line)
            if match := re.match(r"^部门：(.+?)(（续）)?$", flat):
                current = match.group(1)
            elif match := re.match(r"^(\S+)合计：(\d+)人", flat):
                if match.group(1) == "全部":
                    continue
                assert match.group(1) == current
                assert int(match.group(2)) == DEPTS[current]
                prev_closed = True
            elif match := re.match(r"^(\d+)员工(\d+)", flat):
                assert match.group(1) == match.group(2)
                serials.append(int(match.group(1)))
    assert serials == list(range(1, 301))  # everyone once, in order, never split
    everything = compact("".join(pages))
    for dept, size in DEPTS.items():
        assert everything.count(f"{dept}合计：{size}人") == 1
        assert everything.count(f"部门：{dept}") >= 1
    counts = Counter(("核心", "重要", "一般")[n % 3] for n in range(1, 301))
    assert f"全部合计：300人，12个部门（核心{counts['核心']}，重要{counts['重要']}，" \
           f"一般{counts['一般']}）" in everything
    for page, raw in enumerate(pages, 1):
        flat = compact(raw)
        assert ("制表人：" in flat) == (page == total)
        assert ("保密工作负责人：" in flat) == (page == total)
        assert ("全部合计" in flat) == (page == total)


def test_a_department_that_continues_says_so(tmp_path):
    path = write(tmp_path, roster_pdf(staff(), UNIT, ""))
    flat = compact("".join(page_texts(path)))
    assert "（续）" in flat  # 科技信息化处 (61) cannot fit on one page


def test_roster_long_cells_stay_in_their_columns(tmp_path):
    rows = [dataclasses.replace(r, name=LONG[:40] if r.badge.endswith("7A") else r.name)
            for r in staff(post=lambda n: LONG if n % 5 == 0 else "科员")]
    rows = rows[:80]
    path = write(tmp_path, roster_pdf(rows, UNIT, ""))
    raw = "".join(page_texts(path))
    assert "…" in raw
    edges = edges_of([c.width for c in ROSTER_COLUMNS])
    bodies = [w for page in words(path) for w in table_words(page, "序号")]
    assert len(bodies) > 80 * 6
    assert_in_columns(bodies, edges, "名册")


def test_an_empty_roster_is_one_signed_page(tmp_path):
    path = write(tmp_path, roster_pdf([], UNIT, ""))
    (raw,) = furnished(path, "涉密人员名册")
    flat = compact(raw)
    assert "无记录" in flat and "全部合计：0人，0个部门" in flat and "制表人：" in flat


# -- 保密教育培训记录 ---------------------------------------------------------------------------


def test_training_record_has_the_form_9_columns_in_order(tmp_path):
    assert [c.heading for c in TRAINING_COLUMNS] == FORM9_HEADINGS
    path = write(tmp_path, training_record_pdf(iter(trainings()), UNIT, "2026年度"))
    (raw,) = furnished(path, "保密教育培训记录", "2026年度")
    heading_line = next(line for line in layout_text(path, 1).splitlines()
                        if "培训内容" in line)
    assert heading_line.split() == FORM9_HEADINGS
    flat = compact(raw)
    assert "合计：6人次（6人），共10学时" in flat
    assert "记录人：" in flat and "保密工作负责人：" in flat and flat.count("日期：") == 2


def test_training_record_over_pages_sums_all_hours(tmp_path):
    rows = trainings(240)
    path = write(tmp_path, training_record_pdf(rows, UNIT, "2026年度"))
    pages = furnished(path, "保密教育培训记录", "2026年度")
    assert len(pages) >= 4
    for page, raw in enumerate(pages, 1):
        assert compact("".join(FORM9_HEADINGS)) in compact(raw)
        assert ("记录人：" in compact(raw)) == (page == len(pages))
    seen = [int(n) for raw in pages for n in re.findall(r"保密教育专题(\d+)", raw)]
    assert seen == list(range(240))
    assert "合计：240人次（12人），共400学时" in compact(pages[-1])


def test_training_long_subjects_are_wrapped_and_cut_in_their_column(tmp_path):
    rows = [dataclasses.replace(r, subject=LONG if i % 2 else r.subject, dept=LONG[:30])
            for i, r in enumerate(trainings(30))]
    path = write(tmp_path, training_record_pdf(rows, UNIT, ""))
    assert "…" in page_text(path, 1)
    edges = edges_of([c.width for c in TRAINING_COLUMNS])
    table = [w for page in words(path) for w in table_words(page, "部门")]
    assert len(table) > 30 * 6
    assert_in_columns(table, edges, "培训")


def test_an_empty_training_record_totals_zero(tmp_path):
    path = write(tmp_path, training_record_pdf([], UNIT, ""))
    flat = compact(page_text(path, 1))
    assert "无记录" in flat and "合计：0人次（0人），共0学时" in flat


# -- 离岗保密审查表 ----------------------------------------------------------------------------


def test_leaving_sheet_sections_carriers_and_signatures(tmp_path):
    path = write(tmp_path, leaving_sheet_pdf(leaving()))
    (raw,) = furnished(path, "离岗保密审查表")
    flat = compact(raw)
    for caption in ("一、基本情况", "二、涉密载体清退情况", "三、保密承诺", "四、脱密期"):
        assert caption in flat
    for value in ("张晓明", "BMS-P00012A", "综合办公室", "机要员", "重要", "2026年11月23日",
                  "离职", "BMS-2026-0000052", "机密★20年", "秘密★2027年6月30日", "移交给张三",
                  "已归还", "离岗保密承诺书签订日期：2026年11月20日"):
        assert value in flat, value
    assert compact("序号载体编号密级标志处理情况") in flat
    assert "合计：3件" in flat
    assert "脱密期：自2026年11月23日至2028年11月23日" in flat
    for role in ("承诺人签名：", "部门负责人：", "保密工作负责人："):
        assert flat.count(role) == 1
    assert flat.count("日期：") == 3 + 1  # and 离岗保密承诺书签订日期：


def test_leaving_sheet_without_carriers_or_dates_leaves_blanks(tmp_path):
    sheet = leaving(carriers_returned=[], commitment_signed_on="", declassification="")
    path = write(tmp_path, leaving_sheet_pdf(sheet))
    (raw,) = furnished(path, "离岗保密审查表")
    assert raw.split().count("无") == 1 and "合计" not in raw
    flat = compact(raw)
    assert "离岗保密承诺书签订日期：______年____月____日" in flat
    assert "脱密期：自______年____月____日至______年____月____日" in flat


def test_leaving_sheet_has_no_carrier_title(tmp_path):
    assert not {"title", "titles"} & {f.name for f in dataclasses.fields(LeavingSheet)}
    many = [(f"BMS-2026-{i:07d}", "秘密★10年", "已归还") for i in range(1, 61)]
    path = write(tmp_path, leaving_sheet_pdf(leaving(carriers_returned=many)))
    pages = furnished(path, "离岗保密审查表")
    assert len(pages) >= 2
    assert "二、涉密载体清退情况（续）" in compact(pages[1])
    assert compact("序号载体编号密级标志处理情况") in compact(pages[1])
    for page, raw in enumerate(pages, 1):
        assert ("承诺人签名：" in compact(raw)) == (page == len(pages))
    seen = [n for raw in pages for n in re.findall(r"BMS-2026-\d{7}", raw)]
    assert seen == [number for number, _, _ in many]


def test_leaving_sheet_long_texts_are_cut(tmp_path):
    sheet = leaving(name=LONG, dept=LONG, post=LONG, kind=LONG,
                    carriers_returned=[("BMS-2026-0000052", LONG, LONG)] * 4,
                    commitment_signed_on=LONG, declassification=LONG)
    path = write(tmp_path, leaving_sheet_pdf(sheet))
    pages = furnished(path, "离岗保密审查表")
    assert len(pages) == 1  # long texts are cut, they add no pages
    assert "".join(pages).count("…") >= 10
    for page in words(path):
        for word, xmin, _, xmax, _ in page:
            assert LEFT - 0.5 <= xmin and xmax <= RIGHT + 0.5, word
    first = words(path)[0]
    y_of = {w: y0 for w, _, y0, _, _ in first}
    carriers = [w for w in first if y_of["二、涉密载体清退情况"] < w[2] < y_of["三、保密承诺"]
                and "合计" not in w[0]]
    assert len(carriers) >= 4 + 4 * 4
    assert_in_columns(carriers, edges_of((14, 52, 50, 70)), "清退")


# -- all four ----------------------------------------------------------------------------


def all_four():
    return {"person": person_sheet_pdf(person()), "roster": roster_pdf(staff(), UNIT, ""),
            "training": training_record_pdf(trainings(), UNIT, ""),
            "leaving": leaving_sheet_pdf(leaving())}


def test_cjk_font_is_embedded(tmp_path):
    for name, pdf in all_four().items():
        path = write(tmp_path, pdf, f"{name}.pdf")
        used = fonts(path)
        assert used, name
        for font in used:
            assert font.embedded, (name, font)


def test_output_is_reproducible():
    assert all_four() == all_four()
