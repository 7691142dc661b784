"""Post and couriers are not a channel (issue 15): a transfer or return records how the
carriers travel — 专人送达, 机要交通 or 机要通信 — and form 5 shows it; post or a courier
typed as the channel is refused with the rule's words and nothing is written."""

from __future__ import annotations

import pytest

from secdesk.domain.carriers.model import State
from secdesk.domain.errors import InvalidInput
from secdesk.domain.lifecycle.rules import TransferKind
from secdesk.services import carriers, lifecycle_prints, transfers
from secdesk.services.transfers import TransferRequest
from secdesk.storage import audit
from tests.lending_world import build_world
from tests.pdf_text import pdf_text

RULE = "涉密载体不得通过普通邮政或快递传递"


@pytest.fixture
def world(staffed_vault):
    return build_world(staffed_vault)


def request(world, **changes) -> TransferRequest:
    values = dict(kind=TransferKind.TRANSFER, numbers=(world.number("confidential"), world.number("internal")),
                  to_unit="市国家保密局", receiver="刘接收", handed_by="王保密", witness="李主任")
    values.update(changes)
    return TransferRequest(**values)


def test_a_transfer_records_its_channel_and_form_5_shows_it(world):
    row = transfers.transfer(world.clerk, request(world, channel="机要交通"))
    assert row.channel == "机要交通"
    assert [t.channel for t in transfers.list_transfers(world.clerk)] == ["机要交通"]
    created = audit.events(world.clerk.vault.conn, "event = 'transfer.create'")
    assert created and all("机要交通" in (e.after or "") for e in created)
    assert "传递方式：机要交通" in pdf_text(lifecycle_prints.transfer_form(world.clerk, row.number))


def test_the_channel_is_hand_delivery_unless_another_is_chosen(world):
    row = transfers.transfer(world.clerk, request(world))
    assert row.channel == "专人送达"


@pytest.mark.parametrize("typed", ["邮寄", "快递", "中国邮政挂号信", "EMS", "ems特快专递", "顺丰速运"])
def test_post_or_a_courier_is_refused_with_the_rules_words_and_nothing_is_written(world, typed):
    with pytest.raises(InvalidInput) as caught:
        transfers.transfer(world.clerk, request(world, channel=typed))
    assert RULE in caught.value.zh and caught.value.field == "传递方式"
    assert transfers.list_transfers(world.clerk) == []
    assert carriers.find(world.clerk, world.number("confidential")).state is State.IN_ROOM
    (refusal,) = audit.events(world.clerk.vault.conn, "event = 'transfer.refused'")
    assert refusal.result == "failed" and RULE in refusal.detail


def test_a_channel_that_is_none_of_the_three_is_refused(world):
    with pytest.raises(InvalidInput) as caught:
        transfers.transfer(world.clerk, request(world, kind=TransferKind.RETURN, channel="自行带走"))
    assert "专人送达、机要交通或机要通信" in caught.value.zh
    assert transfers.list_transfers(world.clerk) == []
