"""The printed lifecycle forms as the services make them (issue 6): the destruction list
names every carrier of the batch and its totals match its lines; the copying, outing and
transfer forms name every carrier; the copies' labels scan back to their numbers; every
printout is audited."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import timedelta

import pytest

from secdesk.domain import clock
from secdesk.domain.carriers.model import CarrierType
from secdesk.domain.lifecycle.rules import Method, TransferKind
from secdesk.services import carriers, copying, destruction, lifecycle_prints, outings, printouts, transfers
from secdesk.services.copying import CopyRequest
from secdesk.services.destruction import BatchDraft
from secdesk.services.lending import Approval
from secdesk.services.outings import OutingRequest
from secdesk.services.transfers import TransferRequest
from secdesk.printing.labels import LabelLayout
from secdesk.storage import audit
from tests.lending_world import BASE, build_world
from tests.pdf_text import barcodes, pdf_text, render


@pytest.fixture
def world(staffed_vault):
    w = build_world(staffed_vault)
    w.handle = staffed_vault
    return w


def test_the_destruction_list_names_every_carrier_and_its_totals_match_its_lines(world):
    mixed = [replace(BASE, title=f"待销毁{i}", ctype=t, extent="") for i, t in enumerate(
        [CarrierType.PAPER] * 5 + [CarrierType.USB] * 2 + [CarrierType.DISC])]
    listed = [carriers.register(world.clerk, d)[0] for d in mixed]
    batch = destruction.create(world.clerk, BatchDraft("办公室", "过期", "王保密", Method.SHRED, "保密室", None,
                                                       "王保密", "", (world.badge("head"), world.badge("core"))))
    destruction.add(world.clerk, batch.number, [c.number for c in listed])
    text = pdf_text(lifecycle_prints.destruction_form(world.clerk, batch.number))
    assert all(c.number in text for c in listed)
    assert "草稿" in text  # not yet approved
    flat = re.sub(r"\s+", "", text)
    counts = Counter(c.draft.ctype.value for c in listed)
    assert counts == {"纸介质": 5, "U盘": 2, "光盘": 1}
    assert "纸介质5份" in flat and "U盘2个" in flat and "光盘1张" in flat
    assert f"共{len(listed)}件" in flat
    (event,) = audit.events(world.clerk.vault.conn, "event = 'destruction.print'")
    assert event.object == f"destruction:{batch.number}"


def test_the_copies_are_on_the_copy_register_and_their_labels_scan(world):
    job, made = copying.copy(world.clerk, CopyRequest(world.number("secret"), 3, "学习", "保密室",
                                                      world.badge("core"), Approval(world.badge("head"), "FZ-1"), "12"))
    text = pdf_text(lifecycle_prints.copy_job_form(world.clerk, job.number))
    assert world.number("secret") in text and made[0].number in text and made[-1].number in text
    today = clock.now().date()
    text = pdf_text(lifecycle_prints.copy_register(world.clerk, today, today))
    assert made[0].number in text
    sheet = printouts.label_sheet(world.clerk, [c.number for c in made], LabelLayout.ROLL_50X30)
    found = [n for page in render(sheet.pdf, dpi=300) for n in barcodes(page)]
    assert sorted(found) == sorted(c.number for c in made)


def test_the_outing_and_transfer_forms_name_every_carrier_and_no_title(world):
    out = outings.carry_out(world.clerk, OutingRequest(
        (world.number("confidential"), world.number("internal")), world.badge("core"), "市保密局", "汇报",
        clock.now().date() + timedelta(days=1), Approval(world.badge("head"), "WC-1")))
    text = pdf_text(lifecycle_prints.outing_form(world.clerk, out.number))
    assert world.number("confidential") in text and world.number("internal") in text
    assert "文件" not in text.replace("文件资料", "")  # the titles (文件, …) never travel
    moved = transfers.transfer(world.clerk, TransferRequest(
        TransferKind.TRANSFER, (world.number("secret"), world.number("scoped")), "市局", "刘接收", "王保密", "李主任"))
    text = pdf_text(lifecycle_prints.transfer_form(world.clerk, moved.number))
    assert text.count(world.number("secret")) >= 2 and text.count(world.number("scoped")) >= 2  # form + 回执
    assert "回执" in text and moved.number in text
