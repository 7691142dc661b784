"""The CJK font every printed form embeds (subset), found locally, never downloaded.

Order: any .ttf/.ttc in ``resources/fonts/`` (the bundle carries one there), then the
system paths listed in ``resources/fonts/lookup.txt``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from secdesk.domain.errors import SecdeskError
from secdesk.paths import resources_dir

FONT_NAME = "SecdeskCJK"


@dataclass(frozen=True)
class FontFile:
    """A font file and its index inside a collection."""

    path: Path
    index: int = 0


def candidates() -> list[FontFile]:
    """Every place a CJK font is looked for, in order."""
    folder = resources_dir() / "fonts"
    listed = _lookup_list(folder / "lookup.txt")
    # A collection copied into resources/fonts/ keeps the index its system copy has.
    index_by_name = {f.path.name: f.index for f in listed}
    bundled = [FontFile(p, index_by_name.get(p.name, 0)) for p in sorted(folder.glob("*.tt[fc]"))]
    return bundled + listed


def _lookup_list(lookup: Path) -> list[FontFile]:
    if not lookup.exists():
        return []
    found = []
    for line in lookup.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            path, _, index = line.partition("|")
            found.append(FontFile(Path(path.strip()), int(index or 0)))
    return found


def find_font() -> FontFile:
    """The first CJK font that exists, or an error saying what to install."""
    for font in candidates():
        if font.path.is_file():
            return font
    raise SecdeskError(
        "找不到中文字体，无法打印；请将宋体等 TrueType 字体放入 resources/fonts/ 文件夹",
        "no CJK TrueType font found; put one into resources/fonts/ "
        "(e.g. Debian package fonts-arphic-uming)",
    )


@cache
def cjk_font() -> str:
    """Register the CJK font with ReportLab once; return its name for styles."""
    font = find_font()
    pdfmetrics.registerFont(TTFont(FONT_NAME, str(font.path), subfontIndex=font.index))
    return FONT_NAME
