"""Resident ID numbers (居民身份证号码, GB 11643-1999) as the officer types them.

An 18-character number is 6 region digits, the 8-digit birth date, a 3-digit sequence and
a check character.  The officer must see every wrong length, every stray letter, every
impossible birth date and every mistyped digit refused with a message that says which
(issue 4, item 1 and "Must show": valid, wrong check digit, wrong length, wrong date).

The check character is computed here with the standard's own algorithm, independently of
secdesk's code, so a wrong table or weight in the code cannot make both agree.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secdesk.domain.errors import InvalidInput
from secdesk.domain.personnel.rules import check_id_number, id_check_digit

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK = "10X98765432"
DIGITS = "0123456789"
PROPERTY = settings(max_examples=300, deadline=None)


def gb11643(first17: str) -> str:
    """The check character by GB 11643-1999: weighted sum mod 11 → "10X98765432"."""
    assert len(first17) == 17 and first17.isdigit()
    return CHECK[sum(int(d) * w for d, w in zip(first17, WEIGHTS)) % 11]


def make_id(region: str, born: str, sequence: str) -> str:
    """A complete number with the independently computed check character."""
    body = region + born + sequence
    return body + gb11643(body)


def _refused(text: str) -> InvalidInput:
    with pytest.raises(InvalidInput) as caught:
        check_id_number(text)
    assert caught.value.field == "证件号"
    assert caught.value.zh.startswith("证件号："), caught.value.zh
    return caught.value


def _accepted(text: str) -> bool:
    """True if the number is taken; a refusal must name the field 证件号."""
    try:
        check_id_number(text)
    except InvalidInput as error:
        assert error.field == "证件号", text
        return False
    return True


# --- valid numbers ---------------------------------------------------------------------

KNOWN_VALID = [
    "11010519491231002X",  # the standard's own example, ending in X
    "440524198001010013",
    "320102199003071511",
    "650102200511300992",
    "510108197202290033",  # born on 29 Feb of a leap year
    "110101190001010014",  # born on the first day the rule allows
    "370202199306151089",
    "210103198510102040",  # check character 0
]


@pytest.mark.parametrize("number", KNOWN_VALID)
def test_known_valid_numbers_are_accepted_as_typed(number):
    """A correct ID number is accepted and stored exactly as the card shows it."""
    assert gb11643(number[:17]) == number[17]  # the example itself is right
    assert check_id_number(number) == number
    assert check_id_number(f"  {number}\t") == number


def test_standard_example_ends_in_x():
    """The GB 11643 example 11010519491231002X really has check character X."""
    assert gb11643("11010519491231002") == "X"
    assert id_check_digit("11010519491231002") == "X"


def test_lower_case_x_is_accepted_and_upper_cased():
    """An officer typing a lower-case x gets the number stored with a capital X."""
    assert check_id_number("11010519491231002x") == "11010519491231002X"


def test_every_check_character_occurs_and_is_accepted():
    """Numbers ending in each of 0–9 and X are all accepted (no check value is unreachable)."""
    seen: dict[str, str] = {}
    for sequence in range(1000):
        number = make_id("110105", "19800101", f"{sequence:03d}")
        seen.setdefault(number[-1], number)
    assert set(seen) == set(CHECK)
    for number in seen.values():
        assert check_id_number(number) == number


def test_born_today_is_accepted_and_born_tomorrow_is_not():
    """A newborn's number (born today) is plausible; a birth date tomorrow is refused."""
    today = date.today()
    born_today = make_id("110105", today.strftime("%Y%m%d"), "001")
    assert check_id_number(born_today) == born_today
    tomorrow = (today + timedelta(days=1)).strftime("%Y%m%d")
    error = _refused(make_id("110105", tomorrow, "001"))
    assert "出生日期" in error.zh and tomorrow in error.zh


# --- wrong check digit -----------------------------------------------------------------


@pytest.mark.parametrize("number", KNOWN_VALID)
def test_every_wrong_check_digit_is_refused_naming_the_check_digit(number):
    """Each of the 10 wrong last characters is refused with 校验位 in the message."""
    wrong = [c for c in CHECK if c != number[17]]
    assert len(wrong) == 10
    for c in wrong:
        error = _refused(number[:17] + c)
        assert "校验位" in error.zh, number[:17] + c
        assert "出生日期" not in error.zh


# --- wrong length ----------------------------------------------------------------------


@pytest.mark.parametrize("text, length", [
    ("110105491231002", 15),          # an old 15-digit number
    ("11010519491231002", 17),        # the check character left off
    ("11010519491231002X0", 19),      # one character too many
    ("1101051949123100", 16),
    ("1", 1),
])
def test_wrong_lengths_are_refused_naming_18_characters(text, length):
    """A number of any length but 18 is refused; the message says 18位 and what was typed."""
    error = _refused(text)
    assert "18位" in error.zh
    assert f"{length}位" in error.zh


def test_empty_number_is_refused_by_the_number_check():
    """Nothing typed is not an ID number (check_person decides whether one is needed)."""
    assert "18位" in _refused("   ").zh


# --- letters and other characters inside ----------------------------------------------


@pytest.mark.parametrize("text", [
    "1101051949123100AX",   # letter in the sequence
    "X10105194912310021",   # X where a digit must be
    "11010519491231X021",   # X in the middle
    "110105-9491231002X",   # a hyphen
    "11010519491231002Y",   # a check character that is not X
    "110105 949123 1002",   # spaces inside
    "１１０１０５１９４９１２３１００２Ｘ",  # full-width digits
    "11010519491231٠٠2X",   # Arabic-Indic digits
])
def test_letters_or_odd_characters_inside_are_refused(text):
    """Anything but 17 ASCII digits and a digit-or-X is refused with a message, not a crash."""
    assert len(text) == 18
    error = _refused(text)
    assert "数字" in error.zh
    assert "校验位" not in error.zh


# --- impossible or implausible birth dates ---------------------------------------------


@pytest.mark.parametrize("born", [
    "19851301",  # month 13
    "19850230",  # 30 February
    "19000229",  # 1900 was not a leap year
    "19850000",  # month 0, day 0
    "19850431",  # 31 April
    "19850100",  # day 0
    "18991231",  # before 1900
    "00010101",
    "20990101",  # in the future
])
def test_invalid_birth_dates_are_refused_naming_the_birth_date(born):
    """A number whose birth date cannot be right is refused saying 出生日期, even with a good check digit."""
    number = make_id("110105", born, "002")
    error = _refused(number)
    assert "出生日期" in error.zh
    assert born in error.zh
    assert "校验位" not in error.zh


def test_leap_day_of_a_leap_year_is_a_valid_birth_date():
    """29 Feb 2000 exists (2000 was a leap year), unlike 29 Feb 1900."""
    number = make_id("110105", "20000229", "002")
    assert check_id_number(number) == number


# --- properties over many numbers ------------------------------------------------------

regions = st.integers(min_value=110000, max_value=659999).map(str)
births = st.dates(min_value=date(1930, 1, 1), max_value=date(2005, 12, 31)).map(
    lambda d: d.strftime("%Y%m%d"))
sequences = st.integers(min_value=0, max_value=999).map(lambda n: f"{n:03d}")
id_numbers = st.builds(make_id, regions, births, sequences)


@PROPERTY
@given(id_numbers)
def test_every_valid_number_is_accepted(number):
    """Any number with a real region, a birth date 1930–2005 and a right check digit is taken."""
    assert id_check_digit(number[:17]) == number[17]
    assert check_id_number(number) == number
    assert check_id_number(number.lower()) == number


@PROPERTY
@given(id_numbers)
def test_every_single_mistyped_digit_is_refused(number):
    """Changing any one of the first 17 digits to another digit is never accepted."""
    tried = 0
    for i in range(17):
        for digit in DIGITS:
            if digit == number[i]:
                continue
            changed = number[:i] + digit + number[i + 1:]
            assert not _accepted(changed), f"{number} mistyped as {changed} was accepted"
            tried += 1
    assert tried == 17 * 9


@PROPERTY
@given(id_numbers)
def test_every_single_mistyped_digit_names_date_or_check_digit(number):
    """The refusal of a one-digit slip says either 出生日期 or 校验位, so the officer knows where to look."""
    for i in range(17):
        digit = "0" if number[i] != "0" else "1"
        error = _refused(number[:i] + digit + number[i + 1:])
        assert "出生日期" in error.zh or "校验位" in error.zh


@PROPERTY
@given(id_numbers)
def test_every_swap_of_neighbouring_digits_is_refused(number):
    """Two different neighbouring digits among the first 17 typed the wrong way round are refused."""
    for i in range(16):
        if number[i] == number[i + 1]:
            continue
        swapped = number[:i] + number[i + 1] + number[i] + number[i + 2:]
        assert not _accepted(swapped), f"{number} swapped to {swapped} was accepted"
