"""Field checks shared by services: each failure names the field and the fix."""

from __future__ import annotations

import re

from secdesk.domain.errors import InvalidInput

ACCOUNT_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]{1,31}$")
UNIT_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,9}$")


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
    """A non-empty text of at most ``max_length`` characters."""
    value = value.strip()
    if not value:
        raise InvalidInput(label_zh, "不能为空", "must not be empty")
    if len(value) > max_length:
        raise InvalidInput(
            label_zh, f"不能超过{max_length}个字符", f"at most {max_length} characters"
        )
    return value
