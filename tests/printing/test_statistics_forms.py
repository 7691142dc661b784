"""涉密载体统计报表: the charts of the 报表 page printed with the table of their numbers —
the furniture of every form (unit, title, the moment of the figures, 第 N 页 共 M 页, the
marking at the top left), every number in the text, a chart never parted from its table,
long lists continued under their headings, only the CJK font, embedded."""

from __future__ import annotations

import re

import pypdfium2
import pytest

from secdesk.printing.statistics_forms import (
    ChartSeries,
    StatChart,
    StatisticsSheet,
    statistics_pdf,
)
from tests.pdf_text import fonts, layout_lines, page_texts, render
from tests.printing.test_register_form import top_left, write

UNIT = "某某市国家保密局"
TAKEN = "2026年6月15日 12:00"

HOLDINGS = StatChart(
    "holdings", "在册载体（按密级、状态）", ("绝密", "机密", "秘密", "内部"),
    (ChartSeries("在库", (2, 45, 45, 20)), ChartSeries("借出", (0, 1, 3, 1)),
     ChartSeries("外出", (0, 0, 0, 0)), ChartSeries("下落不明", (0, 0, 1, 0), alert=True)),
    head=("密级", "在库", "借出", "外出", "下落不明", "在册合计", "已移交", "已清退", "已销毁"),
    rows=(("绝密", "2", "0", "0", "0", "2", "0", "0", "1"), ("机密", "45", "1", "0", "0", "46", "3", "0", "7"),
          ("秘密", "45", "3", "0", "1", "49", "0", "2", "0"), ("内部", "20", "1", "0", "0", "21", "0", "0", "0"),
          ("合计", "112", "5", "0", "1", "118", "3", "2", "8")))
LOANS = StatChart(
    "loans", "借阅与逾期（近12个月）", ("11月\n2026", "12月"),
    (ChartSeries("借阅", (17, 23)), ChartSeries("逾期", (4, 0), alert=True)), stacked=False, unit="次",
    head=("月份", "2026年\n11月", "2026年\n12月", "合计"),
    rows=(("借阅（次）", "17", "23", "40"), ("逾期（次）", "4", "0", "4")), widths=(22, 12, 12, 13),
    note="当前在借9件，其中逾期1件。")
EMPTY = StatChart("inventory", "清点结果（最近6次）", (), (ChartSeries("相符", ()), ChartSeries("未找到", (), alert=True),
                                                          ChartSeries("异常", (), alert=True)),
                  head=("清点编号", "完成日期", "范围", "应有", "实有", "相符", "在外", "未找到", "异常"))


def text_of(pdf: bytes) -> list[str]:
    """Each page's text as pypdfium2 reads it."""
    document = pypdfium2.PdfDocument(pdf)
    return [document[i].get_textpage().get_text_range() for i in range(len(document))]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def report() -> bytes:
    return statistics_pdf(StatisticsSheet(UNIT, TAKEN, (HOLDINGS, LOANS, EMPTY)))


def test_every_page_has_the_furniture_and_the_internal_marking(report, tmp_path):
    """Unit, title, the moment of the figures, 第 N 页 共 M 页 and 内部 at the top left."""
    path = write(tmp_path, report, "statistics.pdf")
    pages = text_of(report)
    for n, text in enumerate(pages, 1):
        assert "涉密载体统计报表" in text and f"单位：{UNIT}" in text
        assert f"统计截至{TAKEN}" in text
        assert f"第 {n} 页" in text and f"共 {len(pages)} 页" in text
        assert top_left(path, n) == "内部"


def test_a_higher_marking_is_printed_when_given(tmp_path):
    pdf = statistics_pdf(StatisticsSheet(UNIT, TAKEN, (LOANS,), marking="秘密"))
    assert top_left(write(tmp_path, pdf, "s.pdf"), 1) == "秘密"


def test_the_tables_hold_every_number_row_by_row(report, tmp_path):
    """Each row of each table reads in order, and the captions are numbered."""
    lines = [flat(x) for page in range(1, len(text_of(report)) + 1)
             for x in layout_lines(write(tmp_path, report, "t.pdf"), page)]
    for row in (*HOLDINGS.rows, *LOANS.rows):
        assert " ".join(row) in lines, row
    text = flat(" ".join(text_of(report)))
    for caption in ("一、在册载体（按密级、状态）", "二、借阅与逾期（近12个月）", "三、清点结果（最近6次）"):
        assert caption in text
    assert "当前在借9件，其中逾期1件。" in text


def test_the_charts_carry_their_totals_legends_and_units(report):
    """Over each stacked bar its total, over each grouped bar its value (none over a zero
    bar); the legend names every series; the unit is said."""
    first = flat(text_of(report)[0])
    chart_part = first.split("密级 在库")[0]  # the text drawn before the table: the chart
    for total in ("2", "46", "49", "21"):
        assert re.search(rf"(^| ){total}( |$)", chart_part.split("（单位：件）")[1])
    assert "在库 借出 外出 下落不明 （单位：件）" in chart_part
    loans = flat(" ".join(text_of(report))).split("二、借阅与逾期")[1].split("月份")[0]
    assert "借阅 逾期 （单位：次）" in loans and " 17 " in loans and " 23 " in loans and " 4 " in loans
    assert "11月 2026" in loans


def test_a_chart_without_records_says_so(report):
    assert "（无记录）" in " ".join(text_of(report))


def test_a_chart_stays_on_the_page_of_its_table(report):
    """No page ends between a caption, its chart and the headings of its table."""
    for text in text_of(report):
        for caption, heading in (("一、在册载体", "在册合计"), ("二、借阅与逾期", "月份"), ("三、清点结果", "清点编号")):
            assert (caption in text) == (heading in text)


def test_a_long_list_continues_under_its_headings_and_the_report_ends_with_signatures():
    details = tuple(("下落不明", f"BMS-2026-{n:06d}X", "2026-06-01", "2026-07-31", "查找中", "") for n in range(90))
    chart = StatChart("open", "未结事项", ("下落不明",), (ChartSeries("期限内", (90,)),),
                      head=("事项", "未结"), rows=(("下落不明", "90"),),
                      details_head=("事项", "编号", "开始日期", "期限", "进展", "逾期"), details=details)
    pdf = statistics_pdf(StatisticsSheet(UNIT, TAKEN, (chart,)))
    pages = text_of(pdf)
    assert len(pages) >= 3
    joined = " ".join(pages)
    assert all(d[1] in joined for d in details)
    assert "未结事项清单（续）" in pages[1] and "开始日期" in pages[1]
    assert "制表人" in pages[-1] and "保密工作负责人" in pages[-1]


def test_only_the_cjk_font_embedded_and_the_pages_render(report):
    found = fonts(report)
    assert found and all(f.embedded for f in found)
    assert len({f.name.split("+")[-1] for f in found}) == 1  # subsets of one typeface
    images = render(report, dpi=50)
    assert len(images) == len(text_of(report))
