"""Numbers of the numbered forms and records (销毁 XH, 复制 FZ, 外出 WC, 移交 YJ, 清退 QT,
清点 PD, 泄密事件 SJ, 检查 JC, 整改 ZG): ``KIND-YEAR-NNN``, counted per kind and year in
``form_sequences`` (created with the destruction tables, migration 6)."""

from __future__ import annotations


def next_form_number(conn, kind: str, year: int) -> str:
    """The next number of a form kind in a year: ``XH-2026-003``; never handed out twice."""
    row = conn.execute(
        "INSERT INTO form_sequences (kind, year, last) VALUES (?, ?, 1) "
        "ON CONFLICT (kind, year) DO UPDATE SET last = last + 1 RETURNING last", (kind, year)).fetchone()
    return f"{kind}-{year}-{row[0]:03d}"
