"""Printed forms an inspector would reject (issue 15): signatories by full name, the top-left
marking with its longest term, no title on the 催还通知, the 借阅单 of what is held now,
the form 3/4/5 column places, the yearly 清退 list and its receiver, 定密依据 on form 1."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from secdesk.domain import clock
from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import CarrierType, Source
from secdesk.domain.carriers.query import RegisterQuery
from secdesk.domain.carriers.terms import Term
from secdesk.domain.lending.rules import Refused
from secdesk.domain.lifecycle.rules import Method, TransferKind
from secdesk.services import (
    carriers,
    copying,
    destruction,
    lending,
    lending_prints,
    lifecycle_prints,
    missing,
    outings,
    printouts,
    transfers,
)
from secdesk.services.copying import CopyRequest
from secdesk.services.destruction import BatchDraft
from secdesk.services.lending import Approval, Override
from secdesk.services.outings import OutingRequest
from secdesk.services.transfers import TransferRequest
from secdesk.storage import audit
from tests.conftest import USER_PASSWORD
from tests.lending_world import BASE, build_world
from tests.pdf_text import pdf_text
from tests.printing.test_lifecycle_forms import headings_line
from tests.printing.test_register_form import compact, top_left, write


@pytest.fixture
def world(staffed_vault):
    w = build_world(staffed_vault)
    w.handle = staffed_vault
    return w


def flat(pdf: bytes) -> str:
    return compact(pdf_text(pdf))


def approval(world) -> Approval:
    return Approval(world.badge("head"), "审批-15")


def register(world, **changes):
    return carriers.register(world.clerk, replace(BASE, **changes))[0]


# -- 1. signatories by full name ----------------------------------------------------------


def test_the_destruction_applicant_typed_as_a_badge_prints_as_the_name(world):
    listed = register(world, title="待销毁")
    batch = destruction.create(world.clerk, BatchDraft("办公室", "过期", world.badge("core"), Method.SHRED, "保密室",
                                                       None, "王保密", "", (world.badge("head"), world.badge("important"))))
    destruction.add(world.clerk, batch.number, [listed.number])
    text = flat(lifecycle_prints.destruction_form(world.clerk, batch.number))
    assert "申请人：张红" in text and world.badge("core") not in text


def test_the_clerk_prints_as_the_full_name_never_the_login(world):
    loan = lending.lend(world.clerk, world.number("internal"), world.badge("general"), approval(world))
    today = clock.now().date()
    register_text = flat(lending_prints.register(world.clerk, today, today))
    slip_text = flat(lending_prints.slip(world.clerk, world.badge("general"), [loan.id]))
    for text in (register_text, slip_text):
        assert "王保密" in text and "clerk1" not in text


def test_the_officers_consent_on_the_outing_form_names_the_officer_not_the_account(world):
    row = outings.carry_out(world.clerk, OutingRequest(
        (world.number("confidential"),), world.badge("core"), "市保密局", "汇报", clock.now().date() + timedelta(days=1),
        approval(world), Override("officer1", USER_PASSWORD, "上级调阅")))
    text = flat(lifecycle_prints.outing_form(world.clerk, row.number))
    assert "officer1" not in text and "安全保密管理员李主任当场确认" in text


# -- 2. the marking at the top left, with its term ---------------------------------------


def test_the_top_left_marking_is_the_highest_level_with_its_longest_term(world, tmp_path):
    short = register(world, level=Level.SECRET, term=Term.years(5), issue_date=date(2026, 1, 1), copy_no=1)
    bare = register(world, level=Level.SECRET, term=Term.default(), issue_date=date(2020, 1, 1), copy_no=1)
    low = register(world, level=Level.CONFIDENTIAL, term=Term.years(10))
    moved = transfers.transfer(world.clerk, TransferRequest(
        TransferKind.TRANSFER, (short.number, bare.number, low.number), "市局", "刘接收", "王保密", "李主任"))
    path = write(tmp_path, lifecycle_prints.transfer_form(world.clerk, moved.number))
    assert top_left(path, 1) == "机密★20年"  # 2020 + 20 years ends after 2026 + 5 years


def test_a_bare_top_secret_star_prints_its_thirty_years_on_form_5(world, tmp_path):
    bare = register(world, level=Level.TOP_SECRET, term=Term.default(), copy_no=1, copies_total=1)
    moved = transfers.transfer(world.clerk, TransferRequest(
        TransferKind.TRANSFER, (bare.number,), "市局", "刘接收", "王保密", "李主任"))
    path = write(tmp_path, lifecycle_prints.transfer_form(world.clerk, moved.number))
    assert re.search(rf"{bare.number} 文件 \S* ?绝密 30年", pdf_text(path.read_bytes()))
    assert top_left(path, 1) == "绝密★30年"


def test_form_1_top_left_carries_the_term(world, tmp_path):
    register(world, level=Level.SECRET, term=Term.until(date(2040, 6, 30)), issue_date=date(2026, 1, 1),
             copy_no=1)
    path = write(tmp_path, printouts.register_sheet(world.clerk, RegisterQuery(levels=frozenset({Level.SECRET}))))
    assert top_left(path, 1) == "机密★20年"  # the world's 机密★20年, counted from today, ends after 2040


# -- 3. the 催还通知 leaves the room without titles ----------------------------------------


def test_the_overdue_notice_shows_no_title(world):
    secret_title = register(world, level=Level.INTERNAL, term=Term.none(), title="绝不外传的标题")
    past = datetime.now().astimezone() - timedelta(days=40)
    with clock.replaced(lambda: past):
        lending.lend(world.clerk, secret_title.number, world.badge("general"), approval(world))
    text = flat(lending_prints.notices(world.clerk))
    assert secret_title.number in text
    assert "绝不外传的标题" not in text and "文件资料名称" not in text


# -- 4. the 借阅单 lists what is held now from this visit --------------------------------


def test_the_lending_slip_lists_what_is_held_now_once_with_the_approval(world):
    badge = world.badge("general")
    first = lending.lend(world.clerk, world.number("confidential"), badge, approval(world))
    lending.give_back(world.clerk, world.number("confidential"), whole=True)
    again = lending.lend(world.clerk, world.number("confidential"), badge, approval(world))
    gone = lending.lend(world.clerk, world.number("internal"), badge, approval(world))
    lending.give_back(world.clerk, world.number("internal"))
    text = flat(lending_prints.slip(world.clerk, badge, [first.id, again.id, gone.id]))
    assert text.count(world.number("confidential")) == 1
    assert world.number("internal") not in text
    assert "批准人" in text and "李主任" in text and "审批单号" in text and "审批-15" in text


# -- 5. the places of 申请人/部门 (form 3), 密级 (form 4), 份数 and 份号 (form 5) ---------------


def test_form_3_names_the_applicant_and_department_above_the_table(world, tmp_path):
    job, _ = copying.copy(world.clerk, CopyRequest(world.number("secret"), 2, "学习", "保密室", world.badge("core"),
                                                   approval(world), "12"))
    path = write(tmp_path, lifecycle_prints.copy_job_form(world.clerk, job.number))
    text = compact(pdf_text(path.read_bytes()))
    assert "申请人：张红" in text and "部门：办公室" in text
    assert text.index("申请人：张红") < text.index("序号")
    assert "申请人" not in headings_line(path, 1, "经手人")


def test_form_4_puts_the_level_before_the_number(world, tmp_path):
    row = outings.carry_out(world.clerk, OutingRequest(
        (world.number("confidential"),), world.badge("core"), "市保密局", "汇报",
        clock.now().date() + timedelta(days=1), approval(world)))
    path = write(tmp_path, lifecycle_prints.outing_form(world.clerk, row.number))
    heads = headings_line(path, 1, "份号")
    assert heads.index("密级") < heads.index("载体编号")


def test_form_5_counts_copies_in_the_copies_column_and_prints_the_copy_number_apart(world, tmp_path):
    moved = transfers.transfer(world.clerk, TransferRequest(
        TransferKind.TRANSFER, (world.number("secret"),), "市局", "刘接收", "王保密", "李主任"))
    raw = pdf_text(lifecycle_prints.transfer_form(world.clerk, moved.number))
    register_part = raw.split("涉密载体移交回执")[0]
    row = next(line for line in register_part.splitlines() if line.startswith("1 "))
    cells = row.split()
    assert cells[cells.index("20年") + 1] == "1"  # 份数: a count, right after 保密期限
    assert "第1份" in compact(raw)  # 份号 still printed, in its own place


# -- 6. the yearly 清退 list and where 清退 goes ------------------------------------------


def test_the_yearly_return_list_leaves_out_carriers_missing_or_out(world):
    held = carriers.register(world.clerk, replace(BASE, title="上级来文", origin_unit="省保密局"), copies=3)
    lending.lend(world.clerk, held[0].number, world.badge("general"), approval(world))
    missing.mark_missing(world.clerk, held[1].number, note="清点未找到")
    listed = [c.number for c in transfers.clearance_list(world.clerk, "省保密局", clock.now().year)]
    assert listed == [held[2].number]


def test_a_return_goes_to_the_issuer_unless_the_officer_names_another_receiver_with_a_reason(world):
    (held,) = carriers.register(world.clerk, replace(BASE, title="上级来文", origin_unit="省保密局"))
    ask = TransferRequest(TransferKind.RETURN, (held.number,), "市档案馆", "刘接收", "王保密", "李主任")
    with pytest.raises(Refused) as refused:
        transfers.transfer(world.clerk, ask)
    assert "省保密局" in refused.value.zh
    row = transfers.transfer(world.clerk, replace(ask, officer=Override("officer1", USER_PASSWORD, "发文单位已撤并")))
    assert row.to_unit == "市档案馆"
    (event,) = [e for e in audit.events(world.clerk.vault.conn, "event = 'transfer.create'")]
    assert "发文单位已撤并" in event.detail + str(event.after) and "officer1" in str(event.after)


# -- 7. 定密依据 and 定密责任人 of a self-made carrier -----------------------------------------


def test_the_basis_and_classifier_of_a_self_made_carrier_print_on_form_1(world):
    made = register(world, title="本单位自制文件", source=Source.SELF_MADE, ctype=CarrierType.PAPER,
                    basis="《保密事项范围》第3条", classifier="李主任")
    assert carriers.find(world.clerk, made.number).draft.basis == "《保密事项范围》第3条"
    text = flat(printouts.register_sheet(world.clerk, RegisterQuery(search="本单位自制文件")))
    assert "定密依据：《保密事项范围》第3条" in text and "定密责任人：李主任" in text
