"""The window's font (界面字体): the system's sans-serif CJK UI face where there is one.

Prints keep the Song/Ming face the PDFs embed (:mod:`secdesk.printing.fonts`); a Song
face at 9–10 pt on a screen is thin and hard to read, so the window uses the platform's
own Chinese UI face — 微软雅黑 on Windows, 思源黑体/Noto Sans CJK or 文泉驿 on Kylin, UOS
and Debian — and falls back to the printing font (registered with Qt by
:func:`secdesk.gui.shell.i18n.install_font`) only where the system has none.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QFontDatabase

# In order of preference: the faces each platform ships for its own UI.
SANS_CJK = (
    "Microsoft YaHei UI", "Microsoft YaHei",  # Windows 7–11
    "PingFang SC",  # macOS
    "Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "Noto Sans SC",
    "HarmonyOS Sans SC", "Sarasa UI SC",  # UOS, Kylin and Debian packages
    "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
    "Noto Sans CJK TC", "Source Han Sans TC", "Microsoft JhengHei UI", "Microsoft JhengHei",
)


def available_families() -> list[str]:
    """The font families Qt knows (system fonts and those the program registered)."""
    return QFontDatabase.families()


def choose_ui_family(available: Iterable[str], fallback: str | None) -> str | None:
    """The first of :data:`SANS_CJK` among ``available`` (names compared without case and
    without a ``[foundry]`` suffix Qt adds to duplicates), else ``fallback``."""
    found: dict[str, str] = {}
    for family in available:
        found.setdefault(family.split(" [", 1)[0].strip().casefold(), family)
    for wanted in SANS_CJK:
        if wanted.casefold() in found:
            return found[wanted.casefold()]
    return fallback
