"""Carrier labels (载体标签): every printed barcode scans back to its carrier number.

Each layout is rendered at 300 dpi and every label decoded with zxing-cpp (issue 3,
"Must show"); the CJK font is embedded; the text holds the exact markings and the 补 of
a reprint, and never a title (DOMAIN.md: labels show number, marking, type and 份号).
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from PIL import Image

from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import Carrier, CarrierDraft, CarrierType, State
from secdesk.domain.carriers.numbers import make_number
from secdesk.domain.carriers.terms import Term
from secdesk.printing.barcode import QUIET_MODULES, code128
from secdesk.printing.labels import (
    PER_SHEET,
    SHEET_TOP,
    STYLES,
    LabelData,
    LabelLayout,
    labels_pdf,
    module_mm,
    sheet_position,
)
from tests.pdf_text import barcodes, fonts, page_sizes, page_text, pdf_text, render

DPI = 300
MM = DPI / 25.4  # pixels per millimetre
LONG_UNIT = "中华人民共和国某某省某某市某某区人民政府办公室机要科保密室"
MARKINGS = ["机密★20年", "秘密★2027年6月30日", "内部", "绝密★", "秘密★6个月", "机密★会议开始前"]
ROLLS = [LabelLayout.ROLL_50X30, LabelLayout.ROLL_40X20]

def sample(count: int, first: int = 1) -> list[LabelData]:
    """Labels with varied markings and types; the 89th number ends in the check '*'."""
    types = ["纸介质", "U盘", "光盘", "移动硬盘", "保密笔记本", "硬盘"]
    return [LabelData(number=make_number("BMS", 2026, first + i),
                      marking=MARKINGS[i % len(MARKINGS)],
                      ctype=types[i % len(types)],
                      copy_text=f"第{i % 5 + 1}份 共5份" if i % 3 else "",
                      unit_name=LONG_UNIT if i % 2 else "某某市国家保密局",
                      reprint=i % 4 == 1)
            for i in range(count)]


def cell(page: Image.Image, position: int) -> Image.Image:
    """The pixels of label ``position`` (1..24) of an A4 sheet."""
    col, row = (position - 1) % 3, (position - 1) // 3
    w, h = 70 * MM, 37 * MM
    top = SHEET_TOP / 72 * DPI + row * h
    return page.crop((round(col * w), round(top), round((col + 1) * w), round(top + h)))


@pytest.mark.parametrize("layout", ROLLS)
def test_every_roll_label_scans_back_to_its_number(layout):
    labels = sample(6, first=85)  # includes BMS-2026-000089*
    images = render(labels_pdf(labels, layout), DPI)
    assert len(images) == len(labels)  # one label per page
    for label, image in zip(labels, images):
        assert barcodes(image) == [label.number]


@pytest.mark.parametrize("layout", ROLLS)
def test_roll_page_is_the_label(layout):
    ((width, height),) = page_sizes(labels_pdf(sample(1), layout))
    style = STYLES[layout]
    assert (round(width / 72 * 25.4, 2), round(height / 72 * 25.4, 2)) == \
        (round(style.width / 72 * 25.4, 2), round(style.height / 72 * 25.4, 2))


def test_a4_sheet_every_position_scans_back_to_its_number():
    labels = sample(PER_SHEET)
    (image,) = render(labels_pdf(labels, LabelLayout.A4_3X8), DPI)
    for position, label in enumerate(labels, 1):
        assert barcodes(cell(image, position)) == [label.number], f"position {position}"


def test_a4_start_puts_the_first_label_at_that_position():
    labels = sample(7)
    (image,) = render(labels_pdf(labels, LabelLayout.A4_3X8, start=5), DPI)
    found = {position: barcodes(cell(image, position)) for position in range(1, PER_SHEET + 1)}
    expected = {position: [] for position in range(1, PER_SHEET + 1)}
    expected.update({5 + i: [label.number] for i, label in enumerate(labels)})
    assert found == expected
    assert sorted(n for texts in found.values() for n in texts) == sorted(l.number for l in labels)


def test_a4_more_labels_than_fit_spill_onto_a_second_sheet():
    labels = sample(30, first=80)
    images = render(labels_pdf(labels, LabelLayout.A4_3X8, start=3), DPI)
    assert len(images) == 2
    for i, label in enumerate(labels):
        sheet, position = sheet_position(i, start=3)
        assert barcodes(cell(images[sheet - 1], position)) == [label.number]
    assert sheet_position(21, start=3) == (1, 24) and sheet_position(22, start=3) == (2, 1)
    # the whole second sheet: exactly the eight that did not fit, from position 1
    assert barcodes(images[1]) == sorted(l.number for l in labels[22:])
    assert barcodes(cell(images[1], 9)) == []


@pytest.mark.parametrize("start", [0, 25, -1, 100])
def test_a4_start_outside_the_sheet_is_refused(start):
    with pytest.raises(ValueError):
        labels_pdf(sample(1), LabelLayout.A4_3X8, start=start)


def test_start_is_ignored_for_rolls():
    assert labels_pdf(sample(2), LabelLayout.ROLL_50X30, start=99) == \
        labels_pdf(sample(2), LabelLayout.ROLL_50X30)


def test_no_labels_is_refused():
    with pytest.raises(ValueError):
        labels_pdf([], LabelLayout.ROLL_40X20)


@pytest.mark.parametrize("layout", list(LabelLayout))
def test_quiet_zones_of_ten_modules_stay_on_the_label(layout):
    """The light margins are never given up to make the bars fit; on A4 the bars also
    keep out of the printer's unprintable edge."""
    style = STYLES[layout]
    bars = code128(make_number("BMS", 2026, 123))
    module = module_mm(bars.text, layout)
    assert (bars.modules + 2 * QUIET_MODULES) * module <= style.width / 72 * 25.4 + 1e-9
    if layout is LabelLayout.A4_3X8:
        assert module >= 0.25
        assert bars.modules * module <= (style.width - 2 * style.bar_inset) / 72 * 25.4 + 1e-9


@pytest.mark.parametrize("layout", ROLLS)
def test_rendered_bars_leave_the_quiet_zones_white(layout):
    label = sample(1)[0]
    (image,) = render(labels_pdf([label], layout), DPI)
    module_px = module_mm(label.number, layout) * MM
    width, height = image.size
    rows = [[v < 128 for v in image.crop((0, y, width, y + 1)).tobytes()] for y in range(height)]
    # the row with the most light/dark changes runs through the bars, not through text
    bars = max(rows, key=lambda r: sum(a != b for a, b in zip(r, r[1:])))
    first, last = bars.index(True), width - 1 - bars[::-1].index(True)
    assert first >= QUIET_MODULES * module_px - 1
    assert width - 1 - last >= QUIET_MODULES * module_px - 1


@pytest.mark.parametrize("layout", list(LabelLayout))
def test_cjk_font_is_embedded(layout):
    used = fonts(labels_pdf(sample(3), layout))
    assert used, "no font in the PDF"
    for font in used:
        assert font.embedded, font


@pytest.mark.parametrize("layout", list(LabelLayout))
def test_text_holds_the_exact_markings_and_the_reprint_mark(layout):
    labels = sample(6)
    text = pdf_text(labels_pdf(labels, layout))
    for label in labels:
        assert label.marking in text
        assert label.number in text
    assert "补" in text
    if layout is not LabelLayout.A4_3X8:  # page by page: 补 only on the reprints
        pdf = labels_pdf(labels, layout)
        for page, label in enumerate(labels, 1):
            assert ("补" in page_text(pdf, page)) == label.reprint


def label_from(carrier: Carrier, unit_name: str, reprint: bool = False) -> LabelData:
    """What the services layer does: everything a label shows, nothing else."""
    return LabelData(number=carrier.number, marking=carrier.marking,
                     ctype=carrier.draft.ctype.value, copy_text=carrier.copy_text,
                     unit_name=unit_name, reprint=reprint)


@pytest.mark.parametrize("layout", list(LabelLayout))
def test_a_label_never_shows_the_title(layout):
    title = "青龙工程关键技术方案评审会议纪要"
    carrier = Carrier(
        id=7, number=make_number("BMS", 2026, 7), external=False,
        draft=CarrierDraft(title=title, level=Level.SECRET, ctype=CarrierType.PAPER,
                           term=Term.years(20), issue_date=date(2026, 3, 1),
                           doc_no="青龙〔2026〕1号", copy_no=3, copies_total=5),
        state=State.IN_ROOM, registered_at="2026-03-01T09:00:00", registered_by="clerk")
    assert "title" not in {f.name for f in dataclasses.fields(LabelData)}
    label = label_from(carrier, "某某市国家保密局", reprint=True)
    text = pdf_text(labels_pdf([label], layout))
    assert "机密★20年" in text and "第3份 共5份" in text
    for fragment in (title, "青龙", "评审", "纪要"):
        assert fragment not in text


def test_an_unencodable_external_number_still_gets_a_label():
    """A number kept from an old register may hold Chinese: no barcode, the number large."""
    label = LabelData("机要（2019）12号", "秘密★10年", "纸介质", "", "某某市国家保密局")
    pdf = labels_pdf([label], LabelLayout.ROLL_50X30)
    (image,) = render(pdf, DPI)
    assert barcodes(image) == []
    assert "机要（2019）12号" in pdf_text(pdf)


def test_output_is_reproducible():
    labels = sample(3)
    assert labels_pdf(labels, LabelLayout.A4_3X8, 2) == labels_pdf(labels, LabelLayout.A4_3X8, 2)
