"""Every typed text that reaches a record (issue 16): a control character (ESC, BEL) or an
invisible direction mark (U+202E) is refused where it enters, naming the field, and
nothing is written; ordinary Chinese text and line breaks in a report box pass."""

from __future__ import annotations

from datetime import timedelta

import pytest

from secdesk.domain import clock, validate
from secdesk.domain.carriers.model import State
from secdesk.domain.errors import InvalidInput
from secdesk.services import carriers, lending, missing, outings
from secdesk.services.lending import Approval
from secdesk.services.outings import OutingRequest
from secdesk.storage import audit
from tests.lending_world import build_world

RLO = "\u202e"
ESC = "\x1b"


@pytest.fixture
def world(staffed_vault):
    return build_world(staffed_vault)


def event_count(world) -> int:
    return len(audit.events(world.clerk.vault.conn, "1 = 1"))


def test_a_destination_with_a_direction_mark_is_refused_and_nothing_is_written(world):
    before = event_count(world)
    request = OutingRequest((world.number("confidential"),), world.badge("core"), f"市保密局{RLO}室议会",
                            "汇报工作", clock.now().date() + timedelta(days=2),
                            Approval(world.badge("head"), "审批-1"))
    with pytest.raises(InvalidInput) as caught:
        outings.carry_out(world.clerk, request)
    assert caught.value.field == "外出地点" and "U+202E" in caught.value.zh
    assert carriers.find(world.clerk, world.number("confidential")).state is State.IN_ROOM
    assert event_count(world) == before


def test_an_approval_reference_with_an_escape_is_refused_before_the_loan(world):
    with pytest.raises(InvalidInput) as caught:
        lending.lend(world.clerk, world.number("confidential"), world.badge("core"),
                     Approval(world.badge("head"), f"审批{ESC}[2J-7"))
    assert caught.value.field == "审批单号"
    assert carriers.find(world.clerk, world.number("confidential")).state is State.IN_ROOM


def test_a_missing_note_with_a_bell_is_refused(world):
    with pytest.raises(InvalidInput) as caught:
        missing.mark_missing(world.clerk, world.number("confidential"), note="月度自查\x07未见")
    assert caught.value.field == "情况说明"
    assert missing.list_missing(world.clerk) == []


def test_a_report_box_keeps_its_line_breaks_but_not_a_hidden_reversal():
    assert validate.note("整改情况", "一、已补登\n二、已培训", lines=True) == "一、已补登\n二、已培训"
    with pytest.raises(InvalidInput):
        validate.note("整改情况", f"一、已补登\n二、{RLO}已培训", lines=True)
    with pytest.raises(InvalidInput):
        validate.note("备注", "一行\n两行")  # a one-line field takes no line break


def test_a_text_longer_than_the_form_allows_is_refused_with_the_limit():
    with pytest.raises(InvalidInput) as caught:
        validate.note("外出地点", "远" * 41, 40)
    assert "40" in caught.value.zh
