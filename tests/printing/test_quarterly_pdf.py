"""涉密载体季度台账: the cover (totals that add up, contents with the right pages, a QR
code that scans back to the fingerprint), the register and the sections complete with
headings on every page, the signatures with the page count, and the seal's constraints —
the fingerprint on lines of its own, a layout that does not move with its value, identical
bytes for identical inputs, the seal in the Keywords, fonts embedded."""

from __future__ import annotations

import hashlib
import re
import weakref

import pytest
import zxingcpp

from secdesk.printing.quarterly import (
    QUARTERLY_TITLE,
    QuarterlyBook,
    Table,
    Totals,
    quarterly_pdf,
    short_fingerprint,
)
from secdesk.printing.register_form import COLUMNS
from tests.pdf_text import fonts, layout_text, metadata, page_count, page_texts, render, words
from tests.printing.test_register_form import compact, row, top_left, write


UNIT = "示范单位保密办公室"
PERIOD = "2026年第四季度（2026-10-01至2026-12-31）"
FP = hashlib.sha256(b"first book").hexdigest()
FP2 = hashlib.sha256(b"second book").hexdigest()
SEAL = "".join(hashlib.sha512(bytes([i])).hexdigest() for i in range(40))  # 5 KB of ASCII
REGISTER_ROWS = 60
LEVELS = ("绝密", "机密", "秘密", "内部")
TYPES = ("纸介质", "U盘", "光盘", "移动硬盘", "保密笔记本")
COUNTS = ((0, 10, 20, 5), (0, 3, 8, 2), (0, 1, 4, 0), (0, 0, 2, 1), (0, 1, 3, 0))  # 60 in all
STATES = (("在库", 50), ("借出", 8), ("外出", 1), ("下落不明", 1))
LENDING_COLUMNS = (("登记号", 10), ("借阅日期", 14), ("载体编号", 22), ("文件资料名称", 50),
                   ("借阅人", 10), ("归还日期", 14))


def lending(n: int, prefix: str = "JY") -> list[tuple[str, ...]]:
    """Section rows whose first cell is an id found nowhere else in the book."""
    return [(f"{prefix}-{i:04d}", "2026-11-03", f"BMS-2026-{i:07d}", f"关于保密检查情况的通报第{i}号",
             "李四", "2026-11-20" if i % 3 else "") for i in range(1, n + 1)]


SECTIONS = (
    Table("二、借阅记录", LENDING_COLUMNS, lending(45), summary="合计：借出 45 次，归还 30 次"),
    Table("三、逾期未还", LENDING_COLUMNS, lending(2, "YQ"), note="截至2026-12-31在借且已逾期"),
    Table("四、销毁记录", LENDING_COLUMNS, [], note="本季度经批准销毁的载体"),
    Table("五、清点结果及发现的问题", (("编号", 10), ("清点日期", 14), ("结果", 40), ("问题及整改", 60)),
          [(f"QD-{i}", f"2026-1{i}-28", "账物相符", "无") for i in range(3)]),
)


def book(n: int = REGISTER_ROWS, **changes) -> QuarterlyBook:
    """A book of ``n`` register rows (the last one 机密) and the four sections above."""
    fields = dict(
        unit=UNIT, quarter="2026Q4", period=PERIOD, level="机密",
        totals=Totals(LEVELS, TYPES, COUNTS, STATES, registered=60),
        register=lambda: (row(i, 2 if i == n else 1) for i in range(1, n + 1)),
        register_count=n, sections=SECTIONS, printed_at="2026-12-31 16:20",
        key_id="ed25519:7c1f93ab")
    fields.update(changes)
    return QuarterlyBook(**fields)


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """The standard book, printed once: its path and every page's text."""
    path = write(tmp_path_factory.mktemp("quarterly"), quarterly_pdf(book(), FP, SEAL), "book.pdf")
    return path, page_texts(path)


def fingerprint_free(raw: str, fingerprint: str) -> str:
    """``raw`` without the fingerprint (grouped, plain, short) and without whitespace."""
    flat = compact(raw)
    for shown in (fingerprint, short_fingerprint(fingerprint).replace(" ", "")):
        flat = flat.replace(shown, "")
    return flat


def placed_words(path, fingerprint: str) -> list[list[tuple]]:
    """Every word and its box, page by page, but the fingerprint's groups of four."""
    groups = {fingerprint[i:i + 4] for i in range(0, 64, 4)}
    return [[w for w in page if w[0] not in groups] for page in words(path)]


# -- completeness ------------------------------------------------------------------------


def test_every_register_number_and_every_section_row_is_printed(printed):
    _, pages = printed
    everything = compact("".join(pages))
    numbers = [row(i).number for i in range(1, REGISTER_ROWS + 1)]
    positions = [everything.index(number) for number in numbers]
    assert positions == sorted(positions)  # in order
    for table in SECTIONS:
        start = everything.index(compact(table.title), everything.index("目录") + 2)
        for cells in table.rows:
            assert cells[0] in everything[start:], (table.title, cells[0])
    assert "合计：借出45次，归还30次" in everything


def test_every_page_is_furnished_with_the_short_fingerprint(printed):
    path, pages = printed
    total = len(pages)
    assert total >= 5
    for page, raw in enumerate(pages, 1):
        assert re.search(rf"第\s*{page}\s*页\s*共\s*{total}\s*页", raw), raw[-200:]
        flat = compact(raw)
        assert QUARTERLY_TITLE in flat and f"单位：{UNIT}" in flat and compact(PERIOD) in flat
        assert "指纹" + compact(short_fingerprint(FP)) in flat
        assert top_left(path, page) == "机密"  # book.level


def test_headings_are_repeated_on_every_continuation_page(printed):
    _, pages = printed
    register_heads = compact("".join(col.heading for col in COLUMNS))
    lending_heads = compact("".join(h for h, _ in LENDING_COLUMNS))
    register_pages = [p for p in pages if re.search(r"^\d+ BMS-2026-\S+ 会议纪要", p, re.M)]
    lending_pages = [p for p in pages if re.search(r"^JY-\d{4}", p, re.M)]
    assert len(register_pages) >= 2 and len(lending_pages) >= 2
    for n, raw in enumerate(register_pages):
        assert register_heads in compact(raw)
        assert ("涉密载体登记台账（截至季度末）（续）" in compact(raw)) == (n > 0)
    for n, raw in enumerate(lending_pages):
        assert lending_heads in compact(raw)
        assert ("二、借阅记录（续）" in compact(raw)) == (n > 0)


def test_a_section_title_always_stands_with_its_first_row(printed):
    _, pages = printed
    for table in SECTIONS:
        (page,) = [p for p in pages[1:] if compact(table.title) in compact(p)
                   and compact(table.title) + "（续）" not in compact(p)]
        first = table.rows[0][0] if table.rows else table.empty
        assert first in page, table.title
    # short sections share a page: 逾期未还 starts where 借阅记录 ends
    assert any("二、借阅记录" in p and "三、逾期未还" in p for p in pages[1:])


def test_an_empty_section_prints_its_title_note_and_empty_text(printed):
    _, pages = printed
    flat = compact("".join(pages[1:]))
    assert "四、销毁记录本季度经批准销毁的载体本季度无。" in flat


def test_the_last_page_is_signed_with_the_page_count(printed):
    _, pages = printed
    total = len(pages)
    last = compact(pages[-1])
    assert f"以上台账共{total}页，经核对无误。" in last
    for signer in ("保密员", "保密工作负责人", "检查人"):
        assert f"{signer}签字：日期：" in last
    assert not any("经核对无误" in p for p in pages[:-1])


# -- the cover ---------------------------------------------------------------------------


def test_the_cover_totals_add_up_to_the_grand_total(printed):
    path, _ = printed
    lines = layout_text(path, 1).splitlines()
    table = {}
    for line in lines:
        cells = line.split()
        if cells and cells[0] in (*TYPES, "合计") and all(c.isdigit() for c in cells[1:6]):
            table[cells[0]] = [int(c) for c in cells[1:6]]
    assert list(table) == [*TYPES, "合计"]
    for name, counts in zip(TYPES, COUNTS):
        assert table[name] == [*counts, sum(counts)]  # the row and its sum
    assert table["合计"] == [sum(col) for col in zip(*COUNTS)] + [60]  # column sums, grand total
    cover = compact(page_texts(path)[0])
    assert "在册涉密载体（共60件）" in cover
    assert "按状态：在库50借出8外出1下落不明1" in cover
    assert "打印时间2026-12-3116:20" in cover
    assert "签章密钥ed25519:7c1f93ab" in cover


def test_the_cover_chart_shows_the_count_of_each_level(printed):
    path, _ = printed
    cover = compact(page_texts(path)[0])
    chart = cover[cover.index("按密级分布"):cover.index("目录")]
    for level, count in zip(LEVELS, (sum(col) for col in zip(*COUNTS))):
        assert f"{level}" in chart and f"{count}件" in chart


def test_the_contents_give_the_first_page_of_each_part(printed):
    _, pages = printed
    cover = compact(pages[0])
    parts = [("一、涉密载体登记台账（截至季度末）", f"{REGISTER_ROWS}件")]
    parts += [(t.title, f"{len(t.rows)}条") for t in SECTIONS]
    for title, count in parts:
        match = re.search(rf"{re.escape(title)}\.*{count}第(\d+)页", cover)
        assert match, (title, cover)
        first = int(match.group(1))
        assert title in compact(pages[first - 1])
        assert not any(title in compact(p) for p in pages[1:first - 1])


def test_the_qr_code_scans_back_to_the_fingerprint(printed):
    path, _ = printed
    (cover,) = render(path, dpi=200, page=1)
    found = zxingcpp.read_barcodes(cover, formats=zxingcpp.BarcodeFormat.QRCode)
    assert [r.text for r in found] == [FP]
    (qr,) = found
    assert qr.ec_level == "M"
    side = qr.position.top_right.x - qr.position.top_left.x
    assert side / 200 * 25.4 >= 30  # the symbol itself, quiet zone excluded, in mm


def test_the_full_fingerprint_and_the_short_one_have_lines_of_their_own(printed):
    path, pages = printed
    groups = [FP[i:i + 4] for i in range(0, 64, 4)]
    for page, page_words in enumerate(words(path), 1):
        lines: dict[float, list[str]] = {}
        for word, _, _, _, ymax in page_words:
            lines.setdefault(round(ymax, 1), []).append(word)
        with_print = [line for line in lines.values() if groups[0] in line]
        expected = [["指纹", *groups[:4]]] + ([["台账指纹", *groups]] if page == 1 else [])
        assert sorted(with_print) == sorted(expected), page


# -- the seal's constraints --------------------------------------------------------------


def test_the_layout_does_not_depend_on_the_fingerprint(printed, tmp_path):
    path, pages = printed
    other = write(tmp_path, quarterly_pdf(book(), FP2, SEAL), "other.pdf")
    other_pages = page_texts(other)
    assert len(other_pages) == len(pages)
    for raw, raw2 in zip(pages, other_pages):
        assert FP[:4] in raw and FP2[:4] in raw2
        assert fingerprint_free(raw, FP) == fingerprint_free(raw2, FP2)
    # stronger: every other word, the labels included, stands exactly where it stood
    assert placed_words(path, FP) == placed_words(other, FP2)


def test_the_same_inputs_give_the_same_bytes():
    assert quarterly_pdf(book(), FP, SEAL) == quarterly_pdf(book(), FP, SEAL)


def test_the_seal_is_stored_as_the_keywords(printed, tmp_path):
    path, _ = printed
    assert metadata(path)["Keywords"] == SEAL
    unsealed = write(tmp_path, quarterly_pdf(book(), FP), "unsealed.pdf")
    assert metadata(unsealed).get("Keywords", "").strip() == ""


def test_all_fonts_are_embedded(printed):
    path, _ = printed
    used = fonts(path)
    assert used
    for font in used:
        assert font.embedded, font


# -- streaming and refusals --------------------------------------------------------------


def test_the_register_is_streamed_not_held(tmp_path):
    alive = weakref.WeakSet()
    most, calls = 0, 0

    def register():
        nonlocal calls
        calls += 1
        return tracked()

    def tracked():
        nonlocal most
        for i in range(1, 301):
            item = row(i)
            alive.add(item)
            most = max(most, len(alive))
            yield item
            del item

    path = write(tmp_path, quarterly_pdf(book(300, register=register, level="秘密"), FP))
    assert calls == 1 and most <= 3
    assert row(300).number in compact("".join(page_texts(path)))


def test_an_empty_register_and_no_sections_still_make_a_signed_book(tmp_path):
    empty = Totals(LEVELS, TYPES, tuple((0,) * 4 for _ in TYPES), (), registered=0)
    path = write(tmp_path, quarterly_pdf(book(0, totals=empty, sections=()), FP))
    pages = page_texts(path)
    assert len(pages) == page_count(path) == 2
    assert "（无记录）" in pages[1] and "以上台账共2页，经核对无误。" in compact(pages[1])


@pytest.mark.parametrize("changes, message", [
    ({"register_count": 59}, "yielded 60 rows, not 59"),
    ({"level": "秘密"}, r"level_rank 2 is not 0\.\.1"),  # the 机密 row is above the level
    ({"totals": Totals(LEVELS, TYPES, COUNTS, STATES, registered=61)}, "add up to 60, not 61"),
    ({"totals": Totals(LEVELS, TYPES, COUNTS, (("在库", 59),), registered=60)}, "states"),
    ({"sections": (Table("二、借阅记录", LENDING_COLUMNS, [("JY-1", "2026-11-03")]),)}, "2 cells"),
    ({"sections": tuple(Table(f"第{i}节", LENDING_COLUMNS, []) for i in range(30))}, "one page"),
])
def test_an_inconsistent_book_is_refused(changes, message):
    with pytest.raises(ValueError, match=message):
        quarterly_pdf(book(**changes), FP)


@pytest.mark.parametrize("fingerprint", ["", FP[:63], FP + "0", "g" * 64])
def test_a_fingerprint_that_is_not_64_hex_digits_is_refused(fingerprint):
    with pytest.raises(ValueError, match="64 hex digits"):
        quarterly_pdf(book(), fingerprint)


def test_short_fingerprint_groups_the_first_16_digits():
    assert short_fingerprint("3F2A9B1C0D4E77AA" + "0" * 48) == "3f2a 9b1c 0d4e 77aa"
    assert short_fingerprint(" 3f2a 9b1c 0d4e 77aa ") == "3f2a 9b1c 0d4e 77aa"
    with pytest.raises(ValueError):
        short_fingerprint("3f2a 9b1c")


def test_the_fingerprint_is_printed_in_lowercase(tmp_path):
    path = write(tmp_path, quarterly_pdf(book(5, totals=Totals(LEVELS, ("纸介质",), ((0, 1, 4, 0),),
                                                               (), registered=5)), FP.upper()))
    cover = page_texts(path)[0]
    assert " ".join(FP[i:i + 4] for i in range(0, 64, 4)) in cover
