"""Form 1, 涉密载体登记台账: page furniture on every page, the highest 密级 at the top left,
cells that wrap and cut instead of overflowing, signatures on the last page only."""

from __future__ import annotations

import math
import re
from dataclasses import replace

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm

from secdesk.domain.carriers.numbers import make_number
from secdesk.printing.register_form import (
    CLOSING_HEIGHT,
    COLUMNS,
    LEADING,
    PAD_Y,
    RegisterRow,
    register_pdf,
)
from tests.pdf_text import fonts, page_count, page_text, page_words, text_in

UNIT = "某某市某某局（保密办）"
SUBTITLE = "在库载体 截至2026年9月30日"
LEVELS = {3: "绝密★", 2: "机密★20年", 1: "秘密★10年", 0: "内部"}


def row(i: int, rank: int = 1, title: str = "") -> RegisterRow:
    """A row whose every cell fits on one line (unless ``title`` is long)."""
    return RegisterRow(number=make_number("BMS", 2026, i), title=title or f"会议纪要{i}",
                       origin_unit="省保密局", ctype="纸介质", doc_no=f"保发〔2026〕{i}号",
                       marking=LEVELS[rank], level_rank=rank, extent="12页", copies="第1份",
                       scope="办公室", custodian="张三", location="A柜", state="在库", remarks="")


def rows(n: int, rank: int = 1):
    return (row(i, rank) for i in range(1, n + 1))  # a generator: the form streams


def write(tmp_path, pdf: bytes, name: str = "register.pdf"):
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


def compact(s: str) -> str:
    return re.sub(r"\s+", "", s)


def top_left(path, page: int) -> str:
    """The text in the top-left corner (45 × 18 mm) of a page."""
    return compact(text_in(path, page, 0, 0, 45 * mm, 18 * mm))


def capacity() -> tuple[int, int]:
    """Single-line rows on a page, and on the last page (which also holds the closing)."""
    height = landscape(A4)[1]
    body_top = height - 10 * mm - 14 * mm - 3 * mm - (2 * LEADING + 2 * PAD_Y)
    room = body_top - (10 * mm + 6 * mm)
    row_height = LEADING + 2 * PAD_Y
    return math.floor(room / row_height), math.floor((room - CLOSING_HEIGHT) / row_height)


def expected_pages(n: int) -> int:
    full, last = capacity()
    before, rest = divmod(n - 1, full)  # rows before the last one fill pages
    if rest == 0:
        return before + 1
    return before + 1 if rest + 1 <= last else before + 2


def test_capacity_is_what_a_page_shows(tmp_path):
    full, _ = capacity()
    path = write(tmp_path, register_pdf(rows(3 * full), UNIT, SUBTITLE))
    serials = re.findall(r"^(\d+) BMS-", page_text(path, 1), re.M)
    assert serials == [str(i) for i in range(1, full + 1)]


SIZES = {  # row counts around the page boundaries, from (rows per page, rows on a last page)
    "1": lambda full, last: 1,
    "10": lambda full, last: 10,
    "last page full": lambda full, last: last,
    "last row pushed over": lambda full, last: last + 1,
    "page full": lambda full, last: full,
    "page full + 1": lambda full, last: full + 1,
    "two pages full": lambda full, last: 2 * full,
    "two pages + 3": lambda full, last: 2 * full + 3,
    "250": lambda full, last: 250,
}


@pytest.mark.parametrize("size", list(SIZES))
def test_page_count_and_every_page_is_furnished(size, tmp_path):
    n = SIZES[size](*capacity())
    path = write(tmp_path, register_pdf(rows(n), UNIT, SUBTITLE))
    total = page_count(path)
    assert total == expected_pages(n)
    seen = []
    for page in range(1, total + 1):
        raw = page_text(path, page)
        assert re.search(rf"第\s*{page}\s*页\s*共\s*{total}\s*页", raw), raw[-200:]
        flat = compact(raw)
        assert UNIT in flat and "涉密载体登记台账" in flat and compact(SUBTITLE) in flat
        assert compact("".join(col.heading for col in COLUMNS)) in flat  # headings, in order
        assert top_left(path, page) == "秘密★10年"
        seen += re.findall(r"^(\d+) BMS-", raw, re.M)
    assert seen == [str(i) for i in range(1, n + 1)]  # every row once, in order, never split


def test_highest_level_of_the_whole_document_on_every_page(tmp_path):
    full, _ = capacity()
    data = [row(i, 1) for i in range(1, 3 * full)] + [row(3 * full, 3)]  # 绝密 last
    path = write(tmp_path, register_pdf(data, UNIT, SUBTITLE))
    assert page_count(path) >= 3
    assert "绝密" not in compact(page_text(path, 1)).replace(top_left(path, 1), "", 1)
    for page in range(1, page_count(path) + 1):
        assert top_left(path, page) == "绝密★30年"  # the row's bare 绝密★: the maximum


@pytest.mark.parametrize("ranks, word", [([0, 0, 0], "内部"), ([0, 1, 2, 1], "机密★20年"),
                                         ([1, 1], "秘密★10年"), ([0, 3, 2], "绝密★30年")])
def test_the_marking_word_is_the_highest_present(ranks, word, tmp_path):
    """The highest level present, with its term (a bare ★ prints the level's maximum)."""
    data = [row(i, r) for i, r in enumerate(ranks, 1)]
    path = write(tmp_path, register_pdf(data, UNIT, SUBTITLE))
    assert top_left(path, 1) == word


def test_an_unknown_level_rank_is_refused():
    with pytest.raises(ValueError):
        register_pdf([row(1), replace(row(2), level_rank=4)], UNIT, SUBTITLE)


def test_no_rows_gives_one_signed_page_without_a_marking(tmp_path):
    path = write(tmp_path, register_pdf([], UNIT, SUBTITLE))
    assert page_count(path) == 1
    raw = page_text(path, 1)
    assert top_left(path, 1) == ""
    assert "无记录" in raw and "批准人" in raw and re.search(r"第\s*1\s*页\s*共\s*1\s*页", raw)


def test_markings_are_printed_exactly(tmp_path):
    markings = ["机密★20年", "秘密★2027年6月30日", "内部", "绝密★", "机密★会议开始前"]
    data = [replace(row(i, 1), marking=m) for i, m in enumerate(markings, 1)]
    flat = compact(page_text(write(tmp_path, register_pdf(data, UNIT, SUBTITLE)), 1))
    for marking in markings:
        assert marking in flat


def test_a_long_title_is_cut_inside_its_column(tmp_path):
    long_title = "关于" + "涉密载体管理工作专项检查情况及整改要求的通报" * 25  # 500+ characters
    assert len(long_title) >= 500
    data = [row(i) for i in range(1, 21)]
    data[4] = row(5, title=long_title)
    path = write(tmp_path, register_pdf(data, UNIT, SUBTITLE))
    plain = [row(i) for i in range(1, 21)]
    short = write(tmp_path, register_pdf(plain, UNIT, SUBTITLE), "short.pdf")
    assert page_count(path) == page_count(short) == 1  # the long title does not add pages
    raw = page_text(path, 1)
    assert re.search(r"^5 BMS-2026-0000052", raw, re.M)  # the row is there
    assert "…" in raw and long_title[:20] in compact(raw)
    # every word in the table stays within its column (boxes in points)
    found = page_words(path, 1)
    edges = [10 * mm]
    for col in COLUMNS:
        edges.append(edges[-1] + col.width)
    table_top = next(w[2] for w in found if w[0] == "序号")
    table_end = next(w[2] for w in found if w[0].startswith("合计"))
    cells = [w for w in found if table_top <= w[2] < table_end]
    title_words = [w for w in cells if edges[2] <= w[1] < edges[3]]
    assert len(title_words) == 1 + 19 + 3  # the heading, 19 short titles, the long one in 3 lines
    for word, xmin, _, xmax, _ in cells:
        column = max(i for i, edge in enumerate(edges) if edge <= xmin + 0.01)
        assert xmax <= edges[column + 1] + 0.5, (word, xmin, xmax, COLUMNS[column].heading)


def test_every_cell_wraps_to_at_most_three_lines(tmp_path):
    long = "很长的内容" * 40
    data = [RegisterRow(make_number("BMS", 2026, 1), long, long, long, long, long, 1, long, long,
                        long, long, long, long, long)]
    path = write(tmp_path, register_pdf(data, UNIT, SUBTITLE))
    assert page_count(path) == 1
    assert page_text(path, 1).count("…") == len(COLUMNS) - 2  # all but 序号 and 载体编号 cut


def test_signature_lines_on_the_last_page_only(tmp_path):
    full, _ = capacity()
    path = write(tmp_path, register_pdf(rows(2 * full + 3), UNIT, SUBTITLE))
    total = page_count(path)
    for page in range(1, total + 1):
        flat = compact(page_text(path, page))
        is_last = page == total
        assert ("保管人：" in flat) == is_last
        assert ("批准人：" in flat) == is_last
        assert ("合计：" in flat) == is_last
    assert compact(page_text(path, total)).count("日期：") == 2
    assert f"合计：{2 * full + 3}件" in compact(page_text(path, total))


def test_cjk_font_is_embedded_and_alone(tmp_path):
    path = write(tmp_path, register_pdf(rows(30), UNIT, SUBTITLE))
    used = fonts(path)
    assert used
    for font in used:
        assert font.embedded, font
    # one typeface: ReportLab names the subsets of a font Face-0, Face-1, …
    assert len({font.name.rsplit("-", 1)[0] for font in used}) == 1, used


def test_output_is_reproducible():
    assert register_pdf(rows(40), UNIT, SUBTITLE) == register_pdf(rows(40), UNIT, SUBTITLE)


def test_the_fast_text_path_prints_what_reportlab_itself_would(tmp_path, monkeypatch):
    """The page text is written with ReportLab's subset encoding directly (for speed); the
    public text-object path it falls back to gives the same text in the same places."""
    from secdesk.printing import layout

    data = [row(i, i % 4, title="标题（甲）" * (i % 9)) for i in range(1, 60)]
    fast = write(tmp_path, register_pdf(data, UNIT, SUBTITLE), "fast.pdf")
    original = layout.PageText.__init__

    def public_only(self, *args):
        original(self, *args)
        self._fast = False

    monkeypatch.setattr(layout.PageText, "__init__", public_only)
    slow = write(tmp_path, register_pdf(data, UNIT, SUBTITLE), "slow.pdf")
    assert page_count(fast) == page_count(slow) >= 2
    for page in range(1, page_count(fast) + 1):
        assert page_text(fast, page) == page_text(slow, page)
        fast_words, slow_words = page_words(fast, page), page_words(slow, page)
        assert [w.text for w in fast_words] == [w.text for w in slow_words]
        for one, other in zip(fast_words, slow_words):  # in the same places, to 0.05 pt
            assert one[1:] == pytest.approx(other[1:], abs=0.05), (one, other)
