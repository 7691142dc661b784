"""The seal covers what prints (issue 16 item 3): a sealed register whose pages were
altered so that they look different on paper while their text stays the same — a white
box over table rows, a blanked cover, a row made invisible (``3 Tr``), a white
annotation — is refused with the page named; the same file re-saved by another PDF
program, which changes its bytes but not its pages, still verifies.

The forgeries are made as a forger would: an incremental update appended to the sealed
file (new versions of the altered objects, a new xref section and a trailer with /Prev),
which leaves the seal in the Keywords as it was."""

from __future__ import annotations

import re
import zlib

import pypdfium2 as pdfium

from secdesk.domain.seal import UNREADABLE, ink_changed, pdf_features
from secdesk.gui.shell.pdf_text import read_pdf
from secdesk.services.quarterly import page_list
from tests.pdf_text import resaved
from tests.gui.inventory.test_quarterly_seal import q3, sealed, verify  # noqa: F401 (q3: the fixture)

PAGE_WIDTH, PAGE_HEIGHT = 841.8898, 595.2756  # A4 landscape, points


# -- reading the sealed file (ReportLab's: one classic xref table, no object streams) ----


def _offsets(pdf: bytes) -> dict[int, int]:
    """Object number → the offset of its newest version (following /Prev)."""
    found: dict[int, int] = {}
    at_xref = int(re.findall(rb"startxref\s+(\d+)", pdf)[-1])
    while at_xref is not None:
        table = re.compile(rb"xref\s+").match(pdf, at_xref)
        cursor = table.end()
        while (section := re.compile(rb"(\d+) (\d+)\s*\n").match(pdf, cursor)) is not None:
            first, count = int(section[1]), int(section[2])
            cursor = section.end()
            for i in range(count):
                entry = pdf[cursor + 20 * i:cursor + 20 * i + 20]
                if entry[17:18] == b"n":
                    found.setdefault(first + i, int(entry[:10]))
            cursor += 20 * count
        previous = re.search(rb"/Prev (\d+)", pdf[cursor:pdf.index(b"startxref", cursor)])
        at_xref = int(previous[1]) if previous else None
    return found


def _object(pdf: bytes, number: int) -> bytes:
    """The text of an object without a stream, between ``N 0 obj`` and ``endobj``."""
    start = _offsets(pdf)[number]
    head = re.compile(rb"\d+ 0 obj\s*").match(pdf, start)
    return pdf[head.end():pdf.index(b"endobj", head.end())].strip()


def _stream(pdf: bytes, number: int) -> bytes:
    """The decoded data of a stream object."""
    start = _offsets(pdf)[number]
    head = re.compile(rb"\d+ 0 obj\s*<<(.*?)>>\s*stream\r?\n", re.S).match(pdf, start)
    length = int(re.search(rb"/Length (\d+)", head[1])[1])
    data = pdf[head.end():head.end() + length]
    return zlib.decompress(data) if b"FlateDecode" in head[1] else data


def _ref(text: bytes, key: bytes) -> int:
    return int(re.search(rb"/" + key + rb" (\d+) 0 R", text)[1])


def _trailer(pdf: bytes) -> bytes:
    return pdf[pdf.rindex(b"trailer"):pdf.rindex(b"startxref")]


def _page(pdf: bytes, n: int) -> int:
    """The object number of page ``n`` (1-based)."""
    pages = _object(pdf, _ref(_object(pdf, _ref(_trailer(pdf), b"Root")), b"Pages"))
    kids = re.search(rb"/Kids \[([^\]]*)\]", pages)[1]
    return [int(k) for k in re.findall(rb"(\d+) 0 R", kids)][n - 1]


def _contents(pdf: bytes, n: int) -> int:
    return _ref(_object(pdf, _page(pdf, n)), b"Contents")


# -- writing a forgery: an incremental update ----------------------------------------------


def _stream_object(data: bytes, entries: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), entries) + data + b"\nendstream"


def updated(pdf: bytes, objects: dict[int, bytes]) -> bytes:
    """``pdf`` with new versions of ``objects`` appended, a new xref section and a trailer
    pointing to the previous one: what an editor saving "incrementally" writes."""
    trailer = _trailer(pdf)
    out = bytearray(pdf if pdf.endswith(b"\n") else pdf + b"\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n" + b"".join(b"%d 1\n%010d 00000 n \n" % (n, offsets[n]) for n in sorted(offsets))
    size = max(int(re.search(rb"/Size (\d+)", trailer)[1]), max(objects) + 1)
    ids = re.search(rb"/ID\s*(\[[^\]]*\])", trailer)[1]
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID %s /Prev %d >>\nstartxref\n%d\n%%%%EOF\n"
            % (size, _ref(trailer, b"Root"), _ref(trailer, b"Info"), ids,
               int(re.findall(rb"startxref\s+(\d+)", pdf)[-1]), xref))
    return bytes(out)


def whited_out(pdf: bytes, n: int, x: float, y: float, width: float, height: float) -> bytes:
    """A white filled rectangle appended to page ``n``'s content stream."""
    number = _contents(pdf, n)
    data = b"q\n" + _stream(pdf, number) + b"\nQ\nq 1 g %.2f %.2f %.2f %.2f re f Q\n" % (x, y, width, height)
    return updated(pdf, {number: _stream_object(data)})


def _baseline(data: bytes, text: str) -> bytes:
    """The y of the text line that draws ``text`` (ASCII, as ReportLab writes it)."""
    line = next(line for line in data.splitlines() if b"(" + text.encode("ascii") + b")" in line)
    return re.search(rb"1 0 0 1 [\d.]+ ([\d.]+) Tm", line)[1]


def made_invisible(pdf: bytes, n: int, text: str) -> bytes:
    """Every cell of the table row that shows ``text`` drawn in text render mode 3
    (neither filled nor stroked): the row is gone from paper, its text still extracts."""
    number = _contents(pdf, n)
    data = _stream(pdf, number)
    y = re.escape(_baseline(data, text))
    hidden, count = re.subn(rb"(?m)^(1 0 0 1 [\d.]+ " + y + rb" Tm .*Tj)$", rb"3 Tr \1 0 Tr", data)
    assert count >= 3  # the row's cells
    return updated(pdf, {number: _stream_object(hidden)})


def with_white_annotation(pdf: bytes, n: int, x: float, y: float, width: float, height: float) -> bytes:
    """A square annotation, flagged to print, whose appearance is a white box: the page's
    content is untouched, but a viewer and a printer draw the box over it."""
    size = int(re.search(rb"/Size (\d+)", _trailer(pdf))[1])
    page, annotation, appearance = _page(pdf, n), size, size + 1
    box = b"[ %.2f %.2f %.2f %.2f ]" % (x, y, x + width, y + height)
    page_text = _object(pdf, page)
    return updated(pdf, {
        page: page_text[:2] + b" /Annots [ %d 0 R ]" % annotation + page_text[2:],
        annotation: b"<< /Type /Annot /Subtype /Square /F 4 /Rect %s /C [ 1 1 1 ] /IC [ 1 1 1 ] "
                    b"/AP << /N %d 0 R >> >>" % (box, appearance),
        appearance: _stream_object(b"1 g 0 0 %.2f %.2f re f" % (width, height),
                                   b"/Type /XObject /Subtype /Form /BBox [ 0 0 %.2f %.2f ] " % (width, height)),
    })


# -- the tests ----------------------------------------------------------------------------


def _register_page(pdf: bytes, number: str) -> int:
    """The page of the register showing carrier ``number``."""
    pages, _ = read_pdf(pdf)
    return next(i for i, text in enumerate(pages, 1) if number in text and "登记台账" in text)


def _refused(world, pdf: bytes, page: int, original: bytes) -> str:
    assert read_pdf(pdf)[0] == read_pdf(original)[0]  # the text is still exactly the sealed text
    verdict = verify(world, pdf)
    assert not verdict.ok, verdict.text()
    assert f"第{page}页与签章时的版面不符" in verdict.text()
    assert len([p for p in verdict.problems if "版面" in p]) == 1 and "页内容与签章一致" in verdict.text()
    return verdict.text()


def test_a_white_box_over_register_rows_is_refused_and_its_page_named(q3):
    pdf = sealed(q3)
    page = _register_page(pdf, q3.number("confidential"))
    data = _stream(pdf, _contents(pdf, page))
    below, top = sorted(float(_baseline(data, q3.number(k))) for k in ("confidential", "secret"))
    assert top - below < 40  # two rows, one under the other (and any between them)
    _refused(q3, whited_out(pdf, page, 28, below - 5, 786, top - below + 14), page, pdf)


def test_one_character_whited_out_is_refused(q3):
    """The last digit of a carrier's number: some 4 × 8 points, the smallest alteration."""
    pdf = sealed(q3)
    page = _register_page(pdf, q3.number("confidential"))
    document = pdfium.PdfDocument(pdf)
    text = document[page - 1].get_textpage()
    first, count = text.search(q3.number("confidential")).get_next()
    left, bottom, right, top = text.get_charbox(first + count - 1, loose=True)
    document.close()
    _refused(q3, whited_out(pdf, page, left, bottom, right - left, top - bottom), page, pdf)


def test_a_blanked_cover_is_refused(q3):
    pdf = sealed(q3)
    _refused(q3, whited_out(pdf, 1, 0, 0, PAGE_WIDTH, PAGE_HEIGHT), 1, pdf)


def test_a_row_made_invisible_text_is_refused(q3):
    pdf = sealed(q3)
    page = _register_page(pdf, q3.number("confidential"))
    _refused(q3, made_invisible(pdf, page, q3.number("confidential")), page, pdf)


def test_a_white_annotation_over_the_cover_is_refused(q3):
    pdf = sealed(q3)
    _refused(q3, with_white_annotation(pdf, 1, 20, 20, 500, 400), 1, pdf)


def test_an_annotation_printed_but_hidden_from_view_is_refused(q3):
    """Flagged Print and NoView (36): a printer draws the white box, the screen does not —
    nor does the renderer, so the file is refused for having annotations at all."""
    pdf = with_white_annotation(sealed(q3), 1, 20, 20, 500, 400).replace(b"/F 4 ", b"/F 36")
    verdict = verify(q3, pdf)
    assert not verdict.ok and "文件含有签章时的台账没有的批注" in verdict.text(), verdict.text()


def test_the_sealed_file_resaved_by_another_program_still_verifies(q3):
    pdf = sealed(q3)
    again = resaved(pdf)
    assert again != pdf and read_pdf(again) == read_pdf(pdf)
    verdict = verify(q3, again)
    assert verdict.ok, verdict.text()
    assert "版面与签章时一致" in verdict.text() and "已被另存" in verdict.text()
    assert "逐字节相同" in verify(q3, pdf).text()


def test_a_forgery_resaved_is_still_refused(q3):
    pdf = sealed(q3)
    _refused(q3, resaved(whited_out(pdf, 1, 0, 0, PAGE_WIDTH, PAGE_HEIGHT)), 1, pdf)


def test_with_a_record_changed_the_pages_it_moved_are_named_and_a_blanked_cover_still_found(q3):
    pdf = whited_out(sealed(q3), 1, 0, 0, PAGE_WIDTH, PAGE_HEIGHT)
    loan = q3.loans[0]  # back on 20 August: a later due day changes its row and nothing else
    with q3.clerk.vault.transaction() as conn:  # an edit behind the program's back
        conn.execute("UPDATE loans SET due_on = '2026-08-27' WHERE id = ?", (loan.id,))
    page = next(n for n, text in enumerate(read_pdf(pdf)[0], 1) if "借阅记录" in text and "2026-08-26" in text)
    text = verify(q3, pdf).text()
    assert f"1条记录已改变：借阅记录 #{loan.id}" in text
    assert "第1页与签章时的版面不符" in text  # the cover prints nothing of the loan: still compared
    assert f"第{page}页无法与签章时的版面比对" in text  # the loan's page the vault now prints otherwise


def test_ink_that_became_paper_counts_and_grey_edges_do_not():
    page = bytes([255] * 90 + [0] * 10)
    assert ink_changed(page, page) == 0
    assert ink_changed(bytes([255] * 100), page) == 10  # ten pixels of ink gone
    assert ink_changed(bytes([250] * 90 + [120] * 10), page) == 0  # edges drawn a little lighter
    assert ink_changed(bytes([230] * 90 + [0] * 10), page) == 0  # shading added: no ink changed
    assert ink_changed(bytes([230] * 100), page) == 10  # a box in the shading's grey over the ink
    assert page_list([1, 2, 3, 7, 9, 10]) == "1–3、7、9–10"


def test_annotations_layers_and_actions_are_found_even_escaped_or_in_object_streams():
    def object_stream(body: bytes, filters: bytes = b"/FlateDecode") -> bytes:
        data = zlib.compress(body) if filters == b"/FlateDecode" else body.hex().encode() + b">"
        return (b"5 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter %s /Length %d >>\nstream\n" % (filters, len(data))
                + data + b"\nendstream\nendobj\n")

    assert pdf_features(b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj") == set()
    assert pdf_features(b"1 0 obj << /Type /Catalog /OCProperties << /OCGs [] >> >> endobj") == {"可选内容（图层）"}
    assert pdf_features(b"3 0 obj << /Type /Page /Ann#6fts [ 9 0 R ] >> endobj") == {"批注"}
    assert pdf_features(object_stream(b"3 0 << /Type /Catalog /OpenAction 4 0 R >>")) == {"动作"}
    assert pdf_features(object_stream(b"3 0 << /S /JavaScript >>", b"/ASCIIHexDecode")) == {UNREADABLE}
