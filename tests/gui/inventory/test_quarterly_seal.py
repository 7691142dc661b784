"""The sealed quarterly register (issue 7): its totals are the register's own counts; a
sealed PDF verifies; a loan changed after printing is found and named; an altered seal,
another unit's seal, an edited page and an added page are refused. Reads PDFs with QtPdf,
as the program does."""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from datetime import date, datetime

import pytest

from secdesk.domain import clock
from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.query import RegisterQuery
from secdesk.domain.carriers.terms import Term
from secdesk.domain.errors import InvalidInput
from secdesk.domain.seal import SEAL_PREFIX, UnitKey, canonical, fingerprint_of, read_seal_text, seal_text
from secdesk.services import carriers, lending, quarterly
from secdesk.services.lending import Approval
from secdesk.services.quarterly_records import HELD
from secdesk.gui.shell.pdf_text import QT_PDF, read_pdf
from secdesk.printing.quarterly import Table, quarterly_pdf
from tests.lending_world import build_world


def at(*when):
    return clock.replaced(lambda: datetime(*when).astimezone())


@pytest.fixture
def q3(qapp, staffed_vault):
    """A third quarter of work: carriers registered in August, two loans (one back, one
    still out and overdue at the end of September); printed on 5 October."""
    with at(2026, 8, 10, 9, 0):
        world = build_world(staffed_vault)
    world.handle = staffed_vault
    with at(2026, 8, 12, 10, 0):
        world.loans = [lending.lend(world.clerk, world.number(k), world.badge("general"),
                                    Approval(world.badge("head"), "审批-1"), due=date(2026, 8, 26))
                       for k in ("confidential", "confidential2")]
    with at(2026, 8, 20, 15, 0):
        lending.give_back(world.clerk, world.number("confidential"), whole=True)
    return world


def sealed(world) -> bytes:
    with at(2026, 10, 5, 10, 0):
        return quarterly.print_quarterly(world.clerk, "2026Q3", QT_PDF)


def verify(world, pdf: bytes):
    with at(2026, 10, 6, 9, 0):
        return quarterly.verify_pdf(world.clerk, pdf, QT_PDF)


def test_the_cover_totals_are_the_registers_own_counts(q3):
    period = quarterly.period_of("2026Q3", date(2026, 10, 5))
    assert (period.start, period.as_of) == (date(2026, 7, 1), date(2026, 9, 30))
    book = quarterly.content(q3.clerk, period, "k", "2026-10-05 10:00").book
    held = RegisterQuery(states=frozenset(HELD))
    assert book.totals.registered == carriers.count(q3.clerk, held) == book.register_count == 6
    for j, level in enumerate(book.totals.levels):
        in_level = carriers.count(q3.clerk, replace(held, levels=frozenset({Level(level)})))
        assert sum(row[j] for row in book.totals.counts) == in_level
    assert dict(book.totals.states)["借出"] == 1
    titles = {t.title.split("、")[1]: t for t in book.sections}
    assert len(titles["借阅记录"].rows) == 2 and len(titles["季度末逾期未还"].rows) == 1


def test_a_sealed_register_verifies_until_a_loan_is_changed_and_then_names_it(q3):
    pdf = sealed(q3)
    verdict = verify(q3, pdf)
    assert verdict.ok, verdict.text()
    assert any("均未改变" in fact for fact in verdict.facts)
    with at(2026, 10, 7, 9, 0):  # later work of the next quarter changes nothing of Q3
        lending.give_back(q3.clerk, q3.number("confidential2"), whole=True)
        carriers.edit(q3.clerk, q3.number("secret"), {"location": "B柜", "title": "更正后的名称"})
        q3.handle.close()
        officer = q3.handle.sign_in("officer1")
        carriers.reclassify(officer, q3.number("secret"), Level.SECRET, Term.years(10), "期限变更", "定审-9")
        q3.handle.close()
        q3.clerk = q3.handle.sign_in("clerk1")
    verdict = verify(q3, pdf)
    assert verdict.ok, verdict.text()
    assert "逐字节相同" in verdict.text()  # the book rebuilt from the vault is the sealed file, byte for byte
    loan = q3.loans[0]
    with q3.clerk.vault.transaction() as conn:  # an edit behind the program's back
        conn.execute("UPDATE loans SET due_on = '2026-09-30' WHERE id = ?", (loan.id,))
    verdict = verify(q3, pdf)
    assert not verdict.ok and f"借阅记录 #{loan.id}" in verdict.text() and "已改变" in verdict.text()


def _swap_seal(pdf: bytes, text: str) -> bytes:
    _, keywords = read_pdf(pdf)
    assert len(text) == len(keywords)  # same length: the file's offsets stay right
    return pdf.replace(keywords.encode("ascii"), text.encode("ascii"))


def test_an_altered_seal_or_another_units_seal_is_refused(q3):
    pdf = sealed(q3)
    manifest, signature, public = read_seal_text(read_pdf(pdf)[1])
    forged = dict(manifest, printed_at=manifest["printed_at"][:-1] + "9")  # same length, other content
    verdict = verify(q3, _swap_seal(pdf, seal_text(forged, signature, public)))
    assert not verdict.ok and "签章无效" in verdict.text()
    other = UnitKey.generate()
    verdict = verify(q3, _swap_seal(pdf, seal_text(manifest, other.sign(fingerprint_of(manifest)), other.public)))
    assert not verdict.ok and "签章不是本单位的" in verdict.text() and other.key_id in verdict.text()
    body = json.loads(base64.b64decode(read_pdf(pdf)[1][len(SEAL_PREFIX):]))
    assert canonical(body["manifest"]) == canonical(manifest)


def test_an_edited_page_or_an_added_page_is_found_and_named(q3):
    pdf = sealed(q3)
    _, keywords = read_pdf(pdf)
    manifest, _, _ = read_seal_text(keywords)
    fingerprint = fingerprint_of(manifest)
    period = quarterly.period_of("2026Q3", date(2026, 10, 5))
    book = quarterly.content(q3.clerk, period, manifest["key_id"], manifest["printed_at"]).book
    loans = next(i for i, t in enumerate(book.sections) if t.title.endswith("借阅记录"))
    edited = list(book.sections)
    first = edited[loans].rows[0]
    edited[loans] = replace(edited[loans], rows=((first[0], first[1], first[2], "王某", *first[4:]),
                                                 *edited[loans].rows[1:]))
    verdict = verify(q3, quarterly_pdf(replace(book, sections=tuple(edited)), fingerprint, keywords))
    assert not verdict.ok and "以下页面内容与签章不符" in verdict.text()
    many = Table("十六、附页", (("内容", 1),), tuple((f"第{i}行",) for i in range(200)))
    verdict = verify(q3, quarterly_pdf(replace(book, sections=(*book.sections, many)), fingerprint, keywords))
    assert not verdict.ok and "页数不符" in verdict.text() and "有页被增加" in verdict.text()


def test_a_paper_copy_is_checked_by_its_typed_fingerprint(q3):
    pdf = sealed(q3)
    manifest, _, _ = read_seal_text(read_pdf(pdf)[1])
    fingerprint = fingerprint_of(manifest)
    typed = " ".join(fingerprint[i:i + 4] for i in range(0, 64, 4)).upper()
    with at(2026, 10, 6, 9, 0):
        assert quarterly.verify_fingerprint(q3.clerk, typed).ok
        wrong = quarterly.verify_fingerprint(q3.clerk, fingerprint[:-1] + ("0" if fingerprint[-1] != "0" else "1"))
        assert not wrong.ok and "没有打印过" in wrong.text()
        with pytest.raises(InvalidInput, match="64位"):
            quarterly.verify_fingerprint(q3.clerk, fingerprint[:60])


def test_a_file_that_is_no_pdf_or_has_no_seal_is_refused(q3):
    assert "无法作为PDF读取" in verify(q3, b"%PDF-1.4 broken").text()
    period = quarterly.period_of("2026Q3", date(2026, 10, 5))
    book = quarterly.content(q3.clerk, period, "k", "2026-10-05 10:00").book
    assert "没有secdesk签章" in verify(q3, quarterly_pdf(book, "a" * 64)).text()


@pytest.mark.parametrize("text", ["2026Q5", "Q4", "2026-4", ""])
def test_a_quarter_is_written_2026Q4(text):
    with pytest.raises(InvalidInput, match="2026Q4"):
        quarterly.period_of(text)


def test_a_quarter_without_a_complete_day_cannot_be_printed():
    with pytest.raises(InvalidInput, match="完整的一天"):
        quarterly.period_of("2026Q4", date(2026, 10, 1))
    running = quarterly.period_of("2026Q4", date(2026, 11, 23))
    assert running.as_of == date(2026, 11, 22) and "未结束" in running.text


def test_a_removed_page_is_named_by_the_count_and_the_pages_that_moved():
    verdict = quarterly.Verdict()
    quarterly._check_pages(verdict, ["a", "b", "c", "d"], ["a", "c", "d"])
    text = verdict.text()
    assert "签章时共4页，文件现有3页（有页被删除）" in text and "第2、3页" in text


def test_printing_the_same_quarter_twice_in_a_minute_gives_two_seals_that_both_verify(q3):
    """Each print seals the audit chain's head at its moment (the first print is itself an
    event): two prints within a minute are two seals, both this unit's, both verified."""
    first, second = sealed(q3), sealed(q3)
    assert read_pdf(first)[1] != read_pdf(second)[1]
    assert len(quarterly.seals(q3.clerk)) == 2 and verify(q3, first).ok and verify(q3, second).ok


def test_a_register_names_an_audit_log_rewritten_after_it_was_printed(q3):
    """The book seals the chain head it was made at; rewriting an earlier event (and
    recomputing the chain, as the clerk's script did) leaves the book's head behind:
    verify-register says so."""
    from tests.storage.test_audit_sealing import forge

    pdf = sealed(q3)
    assert verify(q3, pdf).ok and "审计日志仍经过打印时的链尾" in verify(q3, pdf).text()
    q3.handle.close()
    forge(q3.handle, lambda conn: conn.execute("DELETE FROM audit_events WHERE seq = 3"))
    q3.clerk = q3.handle.sign_in("clerk1")
    verdict = verify(q3, pdf)
    assert not verdict.ok and "审计日志已不经过打印时的链尾" in verdict.text()
