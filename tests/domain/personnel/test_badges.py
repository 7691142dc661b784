"""Badge numbers (证卡号) as the scan station and the officer read them.

A badge is ``{unit code}-P{sequence}{check}``, e.g. ``BMS-P00012X``, with the carrier
numbers' ISO 7064 MOD 37-2 check character: every badge secdesk prints must scan back,
every misread character or swapped pair must be refused, and a badge must never be
taken for a carrier number or the other way round at the scan station.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secdesk.domain.carriers.numbers import (
    ALPHABET,
    check_character,
    looks_like_secdesk,
    make_number,
    normalise,
    parse_number,
)
from secdesk.domain.errors import InvalidInput
from secdesk.domain.personnel.rules import looks_like_badge, make_badge, parse_badge

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIGITS = "0123456789"
REPLACEMENTS = ALPHABET + LETTERS.lower()
PROPERTY = settings(max_examples=300, deadline=None)

unit_codes = st.builds(
    lambda first, rest: first + rest,
    st.sampled_from(LETTERS),
    st.text(alphabet=LETTERS + DIGITS, min_size=1, max_size=9),
)
sequences = st.one_of(
    st.integers(min_value=0, max_value=99_999),
    st.integers(min_value=100_000, max_value=10**9),  # beyond five digits
)
badges = st.builds(make_badge, unit_codes, sequences)


def _accepted(text: str) -> bool:
    """True if parse_badge takes the text; a refusal must name 证卡号."""
    try:
        parse_badge(text)
    except InvalidInput as error:
        assert error.field == "证卡号", text
        return False
    return True


def _refused(text: str) -> InvalidInput:
    with pytest.raises(InvalidInput) as caught:
        parse_badge(text)
    assert caught.value.field == "证卡号"
    return caught.value


def test_badge_shape_example():
    """Person 12 of BMS gets BMS-P00012 plus one check character."""
    badge = make_badge("BMS", 12)
    assert badge[:-1] == "BMS-P00012"
    assert badge[-1] == check_character("BMS-P00012")
    assert make_badge("BMS", 123_456)[:-1] == "BMS-P123456"


def test_badges_differ_for_each_person_and_unit():
    """No two people share a badge number."""
    made = {make_badge(code, seq) for code in ("BMS", "BMT") for seq in range(1, 500)}
    assert len(made) == 2 * 499


@PROPERTY
@given(badges)
def test_every_printed_badge_scans_back(badge):
    """A badge secdesk made is accepted and read back unchanged."""
    assert looks_like_badge(badge)
    assert parse_badge(badge) == badge


@PROPERTY
@given(badges)
def test_lower_case_spaces_and_full_width_are_accepted(badge):
    """Typed in lower case, with spaces, or with a Chinese input method's full-width characters."""
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in badge)
    for typed in (badge.lower(), f"  {badge} ", f"\t{badge}\n", full_width,
                  badge.replace("-", "－"), badge.replace("-", " - "), f"\u3000{badge}\u3000"):
        assert parse_badge(typed) == badge, typed
        assert looks_like_badge(typed)


@PROPERTY
@given(badges)
def test_every_single_character_change_is_refused(badge):
    """A misread or mistyped character anywhere (check character included) is refused."""
    tried = 0
    for i in range(len(badge)):
        for replacement in REPLACEMENTS:
            changed = badge[:i] + replacement + badge[i + 1:]
            if normalise(changed) == normalise(badge):
                continue
            assert not _accepted(changed), f"{badge} misread as {changed} was accepted"
            tried += 1
    assert tried >= (len(badge) - 1) * (len(ALPHABET) - 1)


@PROPERTY
@given(badges)
def test_every_swap_of_neighbouring_characters_is_refused(badge):
    """Two different neighbouring characters the wrong way round (across the hyphen too) are refused."""
    positions = [i for i, c in enumerate(badge) if c != "-"]
    swaps = 0
    for a, b in zip(positions, positions[1:]):
        if badge[a] == badge[b]:
            continue
        chars = list(badge)
        chars[a], chars[b] = chars[b], chars[a]
        swapped = "".join(chars)
        assert not _accepted(swapped), f"{badge} swapped to {swapped} was accepted"
        swaps += 1
    assert swaps >= 1  # the "P" always stands beside a digit


def test_wrong_check_says_check_character_and_wrong_shape_says_not_a_badge():
    """The message tells a misread badge (校验位) from text that is no badge at all."""
    badge = make_badge("BMS", 12)
    wrong = badge[:-1] + ("0" if badge[-1] != "0" else "1")
    error = _refused(wrong)
    assert "校验位" in error.zh
    for text in ("BMS-P0012" + badge[-1], "BMS-00012" + badge[-1], "BMSP00012" + badge[-1],
                 "BMS-Q00012" + badge[-1], "张三", "", "BMS-P00012"):
        error = _refused(text)
        assert "不是证卡号" in error.zh, text


@PROPERTY
@given(unit_codes, st.integers(min_value=2000, max_value=2099), st.integers(min_value=1, max_value=10**9))
def test_a_carrier_number_is_not_a_badge(code, year, sequence):
    """At the scan station a carrier label is never taken for a badge, and parse_badge refuses it."""
    number = make_number(code, year, sequence)
    assert looks_like_secdesk(number)
    assert not looks_like_badge(number)
    assert not _accepted(number)


@PROPERTY
@given(badges)
def test_a_badge_is_not_a_carrier_number(badge):
    """A badge scanned where a carrier is expected is not taken for a carrier number."""
    assert not looks_like_secdesk(badge)
    with pytest.raises(InvalidInput) as caught:
        parse_number(badge)
    assert caught.value.field == "载体编号"
