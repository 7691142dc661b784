"""密级 (classification levels) and what each allows."""

from __future__ import annotations

from enum import StrEnum


class Level(StrEnum):
    """密级, highest first. 内部 is a work secret, not a state secret."""

    TOP_SECRET = "绝密"
    SECRET = "机密"
    CONFIDENTIAL = "秘密"
    INTERNAL = "内部"

    @property
    def rank(self) -> int:
        """3 for 绝密 down to 0 for 内部: higher is more secret."""
        return {"绝密": 3, "机密": 2, "秘密": 1, "内部": 0}[self.value]

    @property
    def max_years(self) -> int | None:
        """The longest 保密期限 of the level (None for 内部, which has no term)."""
        return {"绝密": 30, "机密": 20, "秘密": 10, "内部": None}[self.value]

    @property
    def needs_copy_number(self) -> bool:
        """份号 is required for 绝密 and 机密."""
        return self.rank >= 2
