"""The recovery key sheet (恢复密钥单): printed once at set-up, kept in the safe."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from secdesk.printing.fonts import cjk_font

INSTRUCTIONS = (
    "本单据是打开数据库的最后手段：全部口令遗忘或密钥文件丢失时，凭此恢复密钥由系统管理员",
    "执行“secdesk recover”重设管理员口令或重建密钥文件。",
    "请将本单据密封后存放于保密柜，按涉密载体管理；不得复印、拍照或存入任何计算机。",
    "恢复密钥每组五个字符，输入时不区分大小写，组间的短横线可省略。",
)


def recovery_sheet(unit_name: str, unit_code: str, db_name: str, key_text: str,
                   created: str) -> bytes:
    """A4 PDF with the unit, the database file name, the date and the recovery key."""
    font = cjk_font()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("恢复密钥单")
    width, height = A4
    c.setFont(font, 12)
    c.drawString(20 * mm, height - 20 * mm, "按数据库所含最高密级保管")
    c.setFont(font, 20)
    c.drawCentredString(width / 2, height - 40 * mm, "secdesk 数据库恢复密钥单")
    c.setFont(font, 12)
    rows = (("单位名称", unit_name), ("单位代码", unit_code), ("数据库文件", db_name),
            ("生成时间", created))
    y = height - 60 * mm
    for label, value in rows:
        c.drawString(25 * mm, y, f"{label}：{value}")
        y -= 9 * mm
    c.drawString(25 * mm, y - 4 * mm, "恢复密钥：")
    c.setFont("Courier-Bold", 15)
    groups = key_text.split("-")
    for line_no in range(0, len(groups), 4):
        y -= 12 * mm
        c.drawString(30 * mm, y - 4 * mm, "  ".join(groups[line_no : line_no + 4]))
    c.setFont(font, 10.5)
    y -= 24 * mm
    for line in INSTRUCTIONS:
        c.drawString(25 * mm, y, line)
        y -= 7 * mm
    y -= 14 * mm
    c.drawString(25 * mm, y, "封存人：______________    监督人：______________    日期：__________")
    c.showPage()
    c.save()
    return buf.getvalue()
