"""The carrier register service: registering, numbering, finding, editing, voiding,
定密变更, history and search — as the clerk and the officer meet them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import CarrierDraft, CarrierType, State
from secdesk.domain.carriers.numbers import is_valid
from secdesk.domain.carriers.query import RegisterQuery, SortKey
from secdesk.domain.carriers.terms import Term
from secdesk.domain.errors import InvalidInput, PermissionDenied
from secdesk.services import carriers

NOTICE = CarrierDraft(
    title="关于开展保密检查工作的通知", level=Level.SECRET, ctype=CarrierType.PAPER,
    term=Term.years(20), issue_date=date(2026, 11, 1), origin_unit="市国家保密局",
    doc_no="市保〔2026〕12号", extent="12页", copy_no=1, copies_total=1, location="A柜1层",
)


@pytest.fixture
def clerk(staffed_vault):
    """The clerk signed in on a vault with one account per role."""
    staffed_vault.close()
    return staffed_vault.sign_in("clerk1")


def audit_count(session) -> int:
    return session.vault.conn.execute("SELECT count(*) FROM audit_events").fetchone()[0]


def test_one_document_in_five_copies_becomes_five_numbered_carriers(clerk):
    """Batch registration gives 份号 1…5 of 5, consecutive checked numbers, one marking."""
    made = carriers.register(clerk, replace(NOTICE, copy_no=None, copies_total=None), copies=5)
    assert [c.copy_text for c in made] == [f"第{n}份 共5份" for n in range(1, 6)]
    assert all(is_valid(c.number) and c.number.startswith(f"BMS-{date.today().year}-") for c in made)
    sequences = [int(c.number.split("-")[2][:-1]) for c in made]
    assert sequences == list(range(sequences[0], sequences[0] + 5))
    assert {c.marking for c in made} == {"机密★20年"} and {c.state for c in made} == {State.IN_ROOM}


def test_numbers_are_never_reused_even_after_voiding(clerk):
    """A voided carrier keeps its number; the next carrier gets a new one."""
    first = carriers.register(clerk, NOTICE)[0]
    carriers.void(clerk, first.number, "登记错误")
    second = carriers.register(clerk, NOTICE)[0]
    assert second.number != first.number
    assert carriers.find(clerk, first.number).state is State.VOID


def test_a_mistyped_number_is_refused_not_looked_up(clerk):
    """One wrong character fails the check character with a message naming 载体编号."""
    number = carriers.register(clerk, NOTICE)[0].number
    wrong = number[:-2] + ("1" if number[-2] != "1" else "2") + number[-1]
    with pytest.raises(InvalidInput) as refused:
        carriers.find(clerk, wrong)
    assert refused.value.field == "载体编号" and "校验位" in refused.value.zh


def test_a_number_is_found_however_it_was_typed(clerk):
    """Lower case and stray spaces still find the carrier."""
    number = carriers.register(clerk, NOTICE)[0].number
    assert carriers.find(clerk, f"  {number.lower()} ").number == number


@pytest.mark.parametrize("bad, field", [
    (replace(NOTICE, title="   "), "文件资料名称"),
    (replace(NOTICE, term=Term.years(21)), "保密期限"),
    (replace(NOTICE, copy_no=6, copies_total=5), "份号"),
    (replace(NOTICE, copy_no=None, copies_total=None), "份号"),
])
def test_bad_input_is_refused_at_its_field_and_nothing_is_written(clerk, bad, field):
    """Each refusal names the field; no carrier and no audit event is added."""
    before = (carriers.count(clerk, RegisterQuery()), audit_count(clerk))
    with pytest.raises(InvalidInput) as refused:
        carriers.register(clerk, bad)
    assert refused.value.field == field
    assert (carriers.count(clerk, RegisterQuery()), audit_count(clerk)) == before


def test_an_old_register_number_is_kept_once_and_never_twice(clerk):
    """A number from the old paper register is used as written; a duplicate is refused."""
    old = replace(NOTICE, external_number="机要-2019-015")
    made = carriers.register(clerk, old)[0]
    assert made.number == "机要-2019-015" and made.external
    with pytest.raises(InvalidInput) as refused:
        carriers.register(clerk, old)
    assert refused.value.field == "载体编号" and "已登记" in refused.value.zh
    assert carriers.find(clerk, "机要-2019-015").id == made.id


def test_an_edit_is_audited_with_before_and_after(clerk):
    """Moving a carrier to another cabinet records the old and the new place."""
    number = carriers.register(clerk, NOTICE)[0].number
    carriers.edit(clerk, number, {"location": "B柜2层"})
    last = carriers.history(clerk, number)[-1]
    assert (last.event, last.before, last.after) == (
        "carrier.edit", '{"location":"A柜1层"}', '{"location":"B柜2层"}')


def test_level_and_term_change_only_through_reclassification(clerk):
    """The clerk's edit cannot touch 密级 or 期限."""
    number = carriers.register(clerk, NOTICE)[0].number
    with pytest.raises(InvalidInput):
        carriers.edit(clerk, number, {"level": Level.CONFIDENTIAL})
    assert carriers.find(clerk, number).marking == "机密★20年"


def test_the_officer_reclassifies_with_basis_and_the_old_marking_stays_in_history(staffed_vault):
    """定密变更: the new marking applies; the history shows old and new with the approval."""
    staffed_vault.close()
    clerk = staffed_vault.sign_in("clerk1")
    number = carriers.register(clerk, NOTICE)[0].number
    with pytest.raises(PermissionDenied):
        carriers.reclassify(clerk, number, Level.CONFIDENTIAL, Term.years(5), "依据", "批1")
    staffed_vault.close()
    officer = staffed_vault.sign_in("officer1")
    changed = carriers.reclassify(officer, number, Level.CONFIDENTIAL, Term.years(5),
                                  "定密责任人审核", "保密办〔2026〕3号")
    assert changed.marking == "秘密★5年"
    last = carriers.history(officer, number)[-1]
    assert '"机密★20年"' in last.before and '"秘密★5年"' in last.after
    assert "保密办〔2026〕3号" in last.detail


def test_roles_that_may_not_write_the_register_are_refused(staffed_vault):
    """The auditor reads the register but cannot register; the administrator cannot read it."""
    staffed_vault.close()
    auditor = staffed_vault.sign_in("auditor1")
    assert carriers.count(auditor, RegisterQuery()) == 0
    with pytest.raises(PermissionDenied):
        carriers.register(auditor, NOTICE)
    staffed_vault.close()
    admin = staffed_vault.sign_in("admin")
    with pytest.raises(PermissionDenied):
        carriers.count(admin, RegisterQuery())


def test_search_finds_chinese_substrings_in_title_number_document_and_unit(clerk):
    """Search as you type: three or more characters through the index, two by scanning."""
    carriers.register(clerk, NOTICE)
    carriers.register(clerk, replace(NOTICE, title="年度保密工作要点", doc_no="办〔2026〕7号",
                                     origin_unit="省委办公厅"))
    def titles(text):
        return {c.draft.title for c in carriers.page(clerk, RegisterQuery(search=text))}
    assert titles("保密检查") == {"关于开展保密检查工作的通知"}
    assert titles("工作") == {"关于开展保密检查工作的通知", "年度保密工作要点"}
    assert titles("省委办") == {"年度保密工作要点"}
    assert titles("12号") == {"关于开展保密检查工作的通知"}
    assert titles("不存在的文字") == set()


def test_filters_and_sorting(clerk):
    """Filters narrow the register; sorting by any column gives that order."""
    carriers.register(clerk, NOTICE)
    carriers.register(clerk, replace(NOTICE, level=Level.CONFIDENTIAL, term=Term.years(10),
                                     ctype=CarrierType.USB, location="C柜", title="光盘资料甲"))
    only_usb = carriers.page(clerk, RegisterQuery(types=frozenset({CarrierType.USB})))
    assert [c.draft.ctype for c in only_usb] == [CarrierType.USB]
    assert carriers.count(clerk, RegisterQuery(levels=frozenset({Level.SECRET}))) == 1
    by_location = carriers.page(clerk, RegisterQuery(sort=SortKey.LOCATION, descending=False))
    assert [c.draft.location for c in by_location] == ["A柜1层", "C柜"]


def test_void_needs_a_reason_and_hides_the_entry_from_the_default_view(clerk):
    """A voided entry is out of the default list but still found by number, with its reason."""
    number = carriers.register(clerk, NOTICE)[0].number
    with pytest.raises(InvalidInput):
        carriers.void(clerk, number, "  ")
    carriers.void(clerk, number, "重复登记")
    assert carriers.count(clerk, RegisterQuery()) == 0
    assert carriers.count(clerk, RegisterQuery(include_void=True)) == 1
    assert carriers.find(clerk, number).void_reason == "重复登记"


def test_titles_and_their_search_index_stay_encrypted_on_disk(clerk):
    """Neither the title nor its trigrams appear in the database or log files' bytes."""
    carriers.register(clerk, NOTICE)
    folder = clerk.vault.path.parent
    raw = b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())
    for text in (NOTICE.title, "保密检查", NOTICE.doc_no, NOTICE.origin_unit):
        assert text.encode("utf-8") not in raw and text.encode("utf-16-le") not in raw


def test_a_label_printed_again_is_marked_and_audited_as_a_reprint(clerk):
    """The first label is 首次打印; the second of the same carrier carries 补 and 补打."""
    from secdesk.services import printouts
    from secdesk.printing.labels import LabelLayout

    number = carriers.register(clerk, NOTICE)[0].number
    first = printouts.label_sheet(clerk, [number], LabelLayout.ROLL_50X30)
    assert first.reprints == frozenset()
    printouts.record_labels(clerk, first)
    second = printouts.label_sheet(clerk, [number], LabelLayout.ROLL_50X30)
    assert second.reprints == {number}
    printouts.record_labels(clerk, second)
    details = [e.detail for e in carriers.history(clerk, number) if e.event == "carrier.label"]
    assert details[0].startswith("首次打印") and details[1].startswith("补打")


def test_the_register_as_at_a_date_shows_the_carriers_and_states_of_that_day(clerk):
    """A carrier voided today is still 在库 in the register as at yesterday; one registered
    tomorrow is not in it."""
    from datetime import timedelta

    from secdesk.domain import clock
    from secdesk.services import printouts
    from secdesk.storage import carriers as repo

    yesterday = clock.now() - timedelta(days=1)
    with clock.replaced(lambda: yesterday):
        kept = carriers.register(clerk, NOTICE)[0]
    carriers.void(clerk, kept.number, "重复登记")
    carriers.register(clerk, replace(NOTICE, title="今天登记的文件"))
    as_at = repo.iterate_as_of(clerk.vault.conn, RegisterQuery(states=frozenset({State.IN_ROOM})),
                               yesterday.date())
    assert [(c.number, c.state) for c in as_at] == [(kept.number, State.IN_ROOM)]
    assert printouts.describe(RegisterQuery(states=frozenset({State.IN_ROOM})), yesterday.date()) \
        == f"在库载体 截至{yesterday.year}年{yesterday.month}月{yesterday.day}日"
