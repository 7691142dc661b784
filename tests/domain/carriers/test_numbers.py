"""Carrier numbers (载体编号) as the clerk types or scans them.

A number is ``{unit code}-{year}-{sequence}{check}`` with an ISO 7064 MOD 37-2 check
character: every number secdesk makes must be accepted, and every single mistyped or
misread character and every swap of two neighbours must be refused with a message rather
than looked up (issue 3, item 2 and "Must show").
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secdesk.domain.carriers.numbers import (
    ALPHABET,
    CarrierNumber,
    check_character,
    check_external,
    is_valid,
    looks_like_secdesk,
    make_number,
    normalise,
    parse_number,
)
from secdesk.domain.errors import InvalidInput

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIGITS = "0123456789"

unit_codes = st.builds(
    lambda first, rest: first + rest,
    st.sampled_from(LETTERS),
    st.text(alphabet=LETTERS + DIGITS, min_size=1, max_size=9),
)
years = st.integers(min_value=2000, max_value=2099)
sequences = st.one_of(
    st.integers(min_value=1, max_value=999_999),
    st.integers(min_value=1_000_000, max_value=10**12),  # beyond six digits
)
numbers = st.builds(make_number, unit_codes, years, sequences)

# What a mistype or misread can put in a position: any letter, digit, the check
# alphabet's "*", and lower case (which normalise turns into upper case).
REPLACEMENTS = ALPHABET + LETTERS.lower()

PROPERTY = settings(max_examples=300, deadline=None)


def _accepted(text: str) -> bool:
    """True if parse_number takes the text; a refusal must be InvalidInput naming 载体编号."""
    try:
        parse_number(text)
    except InvalidInput as error:
        assert error.field == "载体编号", text
        return False
    return True


def _refused(text: str) -> InvalidInput:
    with pytest.raises(InvalidInput) as caught:
        parse_number(text)
    assert caught.value.field == "载体编号"
    return caught.value


# --- every number secdesk makes is accepted -------------------------------------------


@PROPERTY
@given(unit_codes, years, sequences)
def test_every_made_number_is_accepted_and_reads_back(code, year, sequence):
    """A number printed on a label scans back to the same unit, year and sequence."""
    number = make_number(code, year, sequence)
    assert is_valid(number)
    assert looks_like_secdesk(number)
    assert parse_number(number) == CarrierNumber(code, year, sequence)
    assert number.startswith(f"{code}-{year}-")
    assert number[-1] in ALPHABET


def test_example_shape_and_six_digit_padding():
    """Sequence 123 of BMS in 2026 is printed BMS-2026-000123 plus one check character."""
    number = make_number("BMS", 2026, 123)
    assert number[:-1] == "BMS-2026-000123"
    assert number[-1] == check_character("BMS-2026-000123")
    assert len(make_number("BMS", 2026, 1_234_567)) == len("BMS-2026-1234567") + 1


def test_numbers_differ_for_neighbouring_sequences_and_units():
    """Two carriers never share a number: sequence, year and unit all change it."""
    made = {make_number(code, year, seq)
            for code in ("BMS", "BMT") for year in (2025, 2026) for seq in range(1, 200)}
    assert len(made) == 2 * 2 * 199


# --- every single-character change is refused -----------------------------------------


@PROPERTY
@given(numbers)
def test_every_single_character_substitution_is_refused(number):
    """A clerk who mistypes any one character (check character included) is refused."""
    tried = 0
    for i, original in enumerate(number):
        if original == "-":
            continue
        for replacement in REPLACEMENTS:
            changed = number[:i] + replacement + number[i + 1:]
            if normalise(changed) == normalise(number):
                continue  # same text once upper-cased: not a change
            assert not _accepted(changed), f"{number} mistyped as {changed} was accepted"
            tried += 1
    assert tried >= (len(number) - 2) * (len(ALPHABET) - 1)


@PROPERTY
@given(numbers)
def test_every_swap_of_neighbouring_characters_is_refused(number):
    """Two neighbouring characters typed the wrong way round (across a hyphen too) are refused."""
    positions = [i for i, c in enumerate(number) if c != "-"]
    swaps = 0
    for a, b in zip(positions, positions[1:]):
        if number[a] == number[b]:
            continue
        chars = list(number)
        chars[a], chars[b] = chars[b], chars[a]
        swapped = "".join(chars)
        assert not _accepted(swapped), f"{number} swapped to {swapped} was accepted"
        swaps += 1
    # make_number always yields a letter next to a digit at the unit/year border.
    assert swaps >= 1


@PROPERTY
@given(numbers, st.integers(min_value=0))
def test_moving_a_hyphen_by_one_place_is_refused(number, pick):
    """A hyphen typed one place early or late does not shift the fields into another number."""
    hyphens = [i for i, c in enumerate(number) if c == "-"]
    i = hyphens[pick % 2]
    for j in (i - 1, i + 1):
        chars = list(number)
        chars[i], chars[j] = chars[j], chars[i]
        _refused("".join(chars))


def test_bad_check_says_check_character_and_wrong_shape_says_format():
    """The message tells the clerk whether a character is wrong (校验位) or the form (格式)."""
    good = make_number("BMS", 2026, 123)
    wrong_check = good[:-1] + ("0" if good[-1] != "0" else "1")
    error = _refused(wrong_check)
    assert "校验位" in str(error) and "载体编号" in str(error)
    assert "格式" not in str(error)
    for bad_shape in ("BMS-2026-123", "BMS2026000123K", "2026-BMS-000123K", "BMS-26-000123K",
                      "B-2026-000123K", "ABCDEFGHIJK-2026-000123K", "借-2026-000123K", ""):
        error = _refused(bad_shape)
        assert "格式" in str(error), bad_shape
    assert "格式" in _refused("BMS-2026-00012٣" + good[-1]).zh


def test_digits_of_other_scripts_are_refused_with_a_message_not_a_crash():
    """A pasted number with Arabic-Indic or other non-ASCII digits gets the format message."""
    good = make_number("BMS", 2026, 123)
    for odd in ("٣", "३", "𝟑"):
        error = _refused(good[:-2] + odd + good[-1])
        assert "格式" in error.zh


# --- normalise: how numbers arrive from keyboards and scanners ------------------------


@PROPERTY
@given(numbers)
def test_lower_case_spaces_and_full_width_are_accepted(number):
    """Typed in lower case, with spaces, or with a Chinese input method's full-width characters."""
    expected = parse_number(number)
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in number)
    for typed in (number.lower(), f"  {number}  ", f"\t{number}\n", full_width,
                  number.replace("-", "－"), number.replace("-", "—"), number.replace("-", " - "),
                  f"\u3000{number}\u3000"):
        assert parse_number(typed) == expected, typed
        assert is_valid(normalise(typed))


def test_full_width_star_check_character_is_accepted():
    """A check character "*" typed as full-width "＊" is the same number."""
    sequence = next(s for s in range(1, 10_000) if make_number("BMS", 2026, s).endswith("*"))
    number = make_number("BMS", 2026, sequence)
    assert parse_number(number[:-1] + "＊") == CarrierNumber("BMS", 2026, sequence)


def test_format_message_quotes_what_was_typed():
    """The refusal repeats the clerk's text so they can see what they typed."""
    assert "BMS-2026-12" in _refused("  BMS-2026-12 ").zh


# --- numbers kept from an old register ------------------------------------------------


@pytest.mark.parametrize("old", ["机要-2019-015", "2018/密/003", "BM(2020)12", "BMS-2026-000123K",
                                 "〔2019〕机要#7", "X", "A" * 40])
def test_old_register_numbers_are_kept_as_written(old):
    """An existing number from the Excel register is taken as it is, without a check character."""
    assert check_external(old) == old
    assert check_external(f"  {old} ") == old


@pytest.mark.parametrize("bad", ["", "   ", "A" * 41, "机" * 41, "机要 2019", "a;b", "x\ny"])
def test_empty_overlong_or_odd_old_numbers_are_refused(bad):
    """An empty, 41+ character or odd old number is refused naming the field 载体编号."""
    with pytest.raises(InvalidInput) as caught:
        check_external(bad)
    assert caught.value.field == "载体编号"
    assert "40" in caught.value.zh
