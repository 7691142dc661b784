"""Badge labels (涉密人员证卡条码): the name, department and 涉密等级, the Code 128 barcode
of the badge number with the number under it, and the unit name.

The scan station reads the badge to identify a borrower. Badges go on the same stocks
as carrier labels (:class:`~secdesk.printing.labels.LabelLayout`: rolls of 50×30 and
40×20 mm, A4 sheets of 3 × 8 starting at any position) and are drawn by the same
painter: the name takes the place of the marking. :class:`BadgeData` has no field for
the ID number (证件号): a badge is worn and shown, so it can never carry one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from secdesk.printing.labels import LabelLayout, LabelPainter, label_pages

TITLE = "涉密人员证卡"


@dataclass(frozen=True)
class BadgeData:
    """What one badge shows. There is deliberately no ID number."""

    badge: str  # 证卡号, e.g. BMS-P00012A; the barcode encodes exactly this
    name: str  # 姓名 — printed largest
    dept: str  # 部门
    clearance: str  # 涉密等级: 核心 / 重要 / 一般
    unit_name: str


def badges_pdf(badges: Iterable[BadgeData], layout: LabelLayout, start: int = 1) -> bytes:
    """PDF bytes of ``badges`` on ``layout``.

    ``start`` is the 1-based position of the first badge on the first A4 sheet; it is
    ignored for rolls. ValueError if ``start`` is outside 1..24 on A4, or if there are
    no badges.
    """
    return label_pages(badges, layout, start, TITLE, _draw)


def _draw(painter: LabelPainter, badge: BadgeData, x: float, y: float) -> None:
    painter.paint(badge.name.strip(), [_dept_line(painter, badge), badge.unit_name],
                  badge.badge, x, y)


def _dept_line(painter: LabelPainter, badge: BadgeData) -> str:
    """``部门  涉密等级：重要``; a long department is cut, never the level."""
    fit = painter.fit(painter.s.info_size)
    level = f"涉密等级：{badge.clearance.strip()}" if badge.clearance.strip() else ""
    dept = " ".join(badge.dept.split())
    if not dept or not level:
        return dept or level
    gap = "  "
    room = painter.s.width - 2 * painter.s.pad_x - fit.width(gap + level)
    return fit.shorten(dept, room) + gap + level
