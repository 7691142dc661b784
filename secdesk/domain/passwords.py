"""Password rules (口令策略): minimum length and character classes, both configurable,
and the periodic change (口令定期更换): a password is valid for a number of days."""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import date

from secdesk.domain.errors import InvalidInput

CLASSES_ZH = ("小写字母", "大写字母", "数字", "符号")


@dataclass(frozen=True)
class PasswordPolicy:
    """How strong a password must be. Defaults: 10 characters, 3 of 4 classes."""

    min_length: int = 10
    min_classes: int = 3

    def check(self, password: str, account_name: str = "") -> None:
        """Raise :class:`InvalidInput` naming what the password lacks."""
        if len(password) < self.min_length:
            raise InvalidInput(
                "口令",
                f"至少需要{self.min_length}个字符（现有{len(password)}个）",
                f"at least {self.min_length} characters are required",
            )
        if count_classes(password) < self.min_classes:
            raise InvalidInput(
                "口令",
                f"需包含{'、'.join(CLASSES_ZH)}中的至少{self.min_classes}类",
                f"use at least {self.min_classes} of: lower case, upper case, digits, symbols",
            )
        if account_name and account_name.lower() in password.lower():
            raise InvalidInput(
                "口令", "不能包含账户名", "the password must not contain the account name"
            )


def count_classes(password: str) -> int:
    """How many of lower case, upper case, digits and other characters occur."""
    kinds = (
        any(c in string.ascii_lowercase for c in password),
        any(c in string.ascii_uppercase for c in password),
        any(c.isdigit() for c in password),
        any(not c.isalnum() for c in password),
    )
    return sum(kinds)


def days_left(changed_at: str | None, max_age_days: int, today: date) -> int | None:
    """Days until a password set at ``changed_at`` (an ISO stamp) must be changed: 0 on
    its last valid day, negative once it is older than ``max_age_days``. None when
    passwords do not expire (0) or the day it was set is unknown."""
    if not max_age_days or not changed_at:
        return None
    return max_age_days - (today - date.fromisoformat(changed_at[:10])).days


def expired(changed_at: str | None, max_age_days: int, today: date) -> bool:
    """True if the password is older than ``max_age_days`` (0: never)."""
    left = days_left(changed_at, max_age_days, today)
    return left is not None and left < 0
