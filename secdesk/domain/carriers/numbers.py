"""Carrier numbers (载体编号): ``{unit code}-{year}-{sequence}{check}``, e.g.
``BMS-2026-000123K``.

The check character is ISO 7064 MOD 37-2 over the characters before it (hyphens
ignored), so a single mistyped character or a swap of two neighbours is refused before
anything is looked up. Numbers kept from an old register are used as they are
("external"), without a check character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from secdesk.domain.errors import InvalidInput

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*"
MODULUS = 37
FIELD = "载体编号"
# ASCII: \d alone would also take other scripts' digits (e.g. "٣"), which have no check value.
PATTERN = re.compile(r"^([A-Z][A-Z0-9]{1,9})-(\d{4})-(\d{6,})([0-9A-Z*])$", re.ASCII)
EXTERNAL = re.compile(r"^[\w\-/().#（）〔〕\[\]]{1,40}$")


def check_character(body: str) -> str:
    """The MOD 37-2 check character of ``body`` (letters, digits; hyphens ignored)."""
    return ALPHABET[(MODULUS + 1 - _running(body.replace("-", "").upper())) % MODULUS]


def _running(text: str) -> int:
    total = 0
    for char in text:
        total = ((total + ALPHABET.index(char)) * 2) % MODULUS
    return total


def is_valid(body_and_check: str) -> bool:
    """True if the last character is the right check character for the rest."""
    text = body_and_check.replace("-", "").upper()
    if len(text) < 2 or any(c not in ALPHABET for c in text):
        return False
    return _residue(text) == 1


def _residue(text: str) -> int:
    """ISO 7064 pure-system residue of a string ending in its check character (1 = valid)."""
    return (_running(text[:-1]) + ALPHABET.index(text[-1])) % MODULUS


@dataclass(frozen=True)
class CarrierNumber:
    """A parsed secdesk number."""

    unit_code: str
    year: int
    sequence: int

    def __str__(self) -> str:
        body = f"{self.unit_code}-{self.year:04d}-{self.sequence:06d}"
        return body + check_character(body)


def make_number(unit_code: str, year: int, sequence: int) -> str:
    """The number for the ``sequence``-th carrier of ``unit_code`` in ``year``."""
    return str(CarrierNumber(unit_code, year, sequence))


def parse_number(text: str) -> CarrierNumber:
    """A secdesk number from typed or scanned text; a wrong one is refused with the reason."""
    clean = normalise(text)
    match = PATTERN.match(clean)
    if not match:
        raise InvalidInput(FIELD, f"“{text.strip()}”格式不对，应为 单位代码-年份-序号校验位（如 BMS-2026-000123K）",
                           f"{text.strip()!r} is not of the form BMS-2026-000123K")
    if _residue(clean.replace("-", "")) != 1:
        raise InvalidInput(FIELD, f"“{clean}”校验位不符，可能输错或扫错了一位，请核对后重新输入",
                           f"{clean!r} fails its check character: a character was mistyped or misread")
    code, year, sequence, _ = match.groups()
    return CarrierNumber(code, int(year), int(sequence))


def normalise(text: str) -> str:
    """Upper case, no spaces, full-width characters and dashes made plain."""
    table = str.maketrans({"－": "-", "—": "-", "–": "-", "＊": "*"})
    text = text.strip().translate(table)
    text = "".join(chr(ord(c) - 0xFEE0) if "！" <= c <= "～" else c for c in text)
    return text.replace(" ", "").upper()


def looks_like_secdesk(text: str) -> bool:
    """True if the text has the shape of a secdesk number (check not yet verified)."""
    return bool(PATTERN.match(normalise(text)))


def check_external(text: str) -> str:
    """An old register's number, kept as written (trimmed); refused if empty or odd."""
    text = text.strip()
    if not EXTERNAL.match(text):
        raise InvalidInput(FIELD, "原有编号应为1至40个字母、数字或 - / ( ) # 等字符",
                           "an external number is 1–40 letters, digits or - / ( ) #")
    return text
