"""Field checks shared by services: each failure names the field and the fix."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from secdesk.domain import clock
from secdesk.domain.errors import InvalidInput

ACCOUNT_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]{1,31}$")
UNIT_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,9}$")
EARLIEST = date(1950, 1, 1)  # no record of the room is older; an earlier date is a typing mistake
LATEST = date(2100, 12, 31)
_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})", re.ASCII)
_INTEGER = re.compile(r"[+-]?\d+", re.ASCII)
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# Invisible characters that reorder or hide text (Trojan Source, CVE-2021-42574).
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def account_name(name: str) -> str:
    """An account name: a letter, then 1–31 letters, digits, ``_ . -``."""
    name = name.strip()
    if not ACCOUNT_NAME.match(name):
        raise InvalidInput(
            "账户名",
            "应以字母开头，由2至32个字母、数字或 _ . - 组成",
            "start with a letter; 2–32 letters, digits, _ . -",
        )
    return name


def unit_code(code: str) -> str:
    """The unit code that prefixes carrier numbers: 2–10 capital letters or digits."""
    code = code.strip().upper()
    if not UNIT_CODE.match(code):
        raise InvalidInput(
            "单位代码",
            "应为2至10位大写字母或数字，以字母开头（如 BMS），用作载体编号前缀",
            "2–10 capital letters or digits starting with a letter (e.g. BMS)",
        )
    return code


def required_text(label_zh: str, value: str, max_length: int = 100) -> str:
    """A non-empty one-line text of at most ``max_length`` characters (see :func:`note`)."""
    value = value.strip()
    if not value:
        raise InvalidInput(label_zh, "不能为空", "must not be empty")
    return note(label_zh, value, max_length)


def parse_date(text: str, label_zh: str = "日期") -> date:
    """A date typed as YYYY-MM-DD between :data:`EARLIEST` and :data:`LATEST`; a day that
    does not exist (``2026-02-30``) is named as such, not as a wrong format."""
    text = text.strip()
    match = _DAY.fullmatch(text)
    if not match:
        raise InvalidInput(label_zh, f"“{text}”应写成 YYYY-MM-DD", f"{text!r}: use YYYY-MM-DD")
    try:
        day = date(*map(int, match.groups()))
    except ValueError:
        raise InvalidInput(label_zh, f"{text} 不是有效日期", f"{text} is not a valid date (no such day)") from None
    return day_in_range(label_zh, day)


def day_in_range(label_zh: str, day: date | None, not_future: bool = False) -> date | None:
    """``day`` if it lies between :data:`EARLIEST` and :data:`LATEST` (and, with
    ``not_future``, not after today); None passes through."""
    if day is None:
        return None
    if not EARLIEST <= day <= LATEST:
        raise InvalidInput(label_zh, f"{day.isoformat()} 超出范围，应在{EARLIEST.isoformat()}至{LATEST.isoformat()}之间",
                           f"{day.isoformat()} is outside {EARLIEST.isoformat()}…{LATEST.isoformat()}")
    if not_future and day > clock.now().date():
        raise InvalidInput(label_zh, f"{day.isoformat()} 晚于今天，不能是将来的日期",
                           f"{day.isoformat()} is after today; it cannot lie in the future")
    return day


def count(label_zh: str, value: int, maximum: int, minimum: int = 1) -> int:
    """A whole number from ``minimum`` to ``maximum`` (pages, copies, a scale)."""
    if not minimum <= value <= maximum:
        raise InvalidInput(label_zh, f"“{value}”应为{minimum}到{maximum}之间的整数",
                           f"{value} must be a whole number from {minimum} to {maximum}")
    return value


def parse_count(text: str, label_zh: str, maximum: int, minimum: int = 1) -> int:
    """A count typed as digits, checked by :func:`count`; words or fractions are refused."""
    text = text.strip()
    if not _INTEGER.fullmatch(text) or len(text) > 12:
        raise InvalidInput(label_zh, f"“{text}”应为{minimum}到{maximum}之间的整数",
                           f"{text!r} must be a whole number from {minimum} to {maximum}")
    return count(label_zh, int(text), maximum, minimum)


def unprintable(ch: str) -> bool:
    """True for a character a line of text must not hold: C0/C1 controls (ESC, BEL, TAB,
    newline …), lone surrogates, line separators and the bidi controls."""
    return unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") or ch in BIDI_CONTROLS


def printable(label_zh: str, text: str) -> str:
    """``text`` if it holds no control or bidi character (one line, as printed on forms)."""
    for position, ch in enumerate(text, 1):
        if unprintable(ch):
            raise InvalidInput(label_zh, f"第{position}个字符是控制字符或不可见的方向控制符（U+{ord(ch):04X}），请删除",
                               f"character {position} is a control or bidi character (U+{ord(ch):04X}); remove it")
    return text


def visible(text: str, keep: str = "") -> str:
    """``text`` with every unprintable character except those in ``keep`` written as an
    escape (``\\x1b``, ``\\u202e``): safe to show on a terminal, whatever is stored."""
    if not any(unprintable(ch) for ch in text):
        return text
    return "".join(_escape(ch) if unprintable(ch) and ch not in keep else ch for ch in text)


def _escape(ch: str) -> str:
    code = ord(ch)
    if ch in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[ch]
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


NOTE_LIMIT = 2000  # a paragraph of a report; the forms wrap it


def note(label_zh: str, text: str, max_length: int = NOTE_LIMIT, lines: bool = False) -> str:
    """A free-text entry (a reason, a destination, a finding …) stripped, of at most
    ``max_length`` characters and holding no control or bidi character; with ``lines``
    (a multi-line box) line breaks are kept."""
    text = text.strip()
    if len(text) > max_length:
        raise InvalidInput(label_zh, f"不能超过{max_length}个字符", f"at most {max_length} characters")
    for line in text.replace("\r\n", "\n").split("\n") if lines else (text,):
        printable(label_zh, line)
    return text


def notes(*entries: tuple[str, str]) -> None:
    """:func:`note` for each one-line ``(label, text)`` entry of a form."""
    for label_zh, text in entries:
        note(label_zh, text)
