"""What a scanner types (issue 17): a 2D scanner may send an AIM symbology identifier
(``]d1`` DataMatrix, ``]C0`` Code 128, ``]Q1`` QR) before the code; the station reads
the number either way."""

from __future__ import annotations

import pytest

from secdesk.domain.barcodes import scanned_text
from secdesk.domain.carriers.numbers import make_number

NUMBER = make_number("BMS", 2026, 89)  # ends in the check character '*'


@pytest.mark.parametrize("prefix", ["", "]d1", "]C0", "]Q1", "]d2", "]C1", "]E0", "]I0"])
def test_a_symbology_identifier_is_taken_off(prefix):
    assert scanned_text(prefix + NUMBER) == NUMBER


@pytest.mark.parametrize("raw", [f" {NUMBER}\r\n", f"\t{NUMBER}", f"]d1{NUMBER}\x04", f"\x1d]d1{NUMBER}"])
def test_control_characters_and_spaces_are_dropped(raw):
    assert scanned_text(raw) == NUMBER


@pytest.mark.parametrize("text", ["机要（2019）12号", "JY-(2019)-0012/A#7", "]d1", "]", "A]d1B", ""])
def test_anything_else_is_left_as_it_was(text):
    """Only a leading identifier with something after it is taken off."""
    assert scanned_text(text) == text
