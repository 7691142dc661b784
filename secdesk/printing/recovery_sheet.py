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


AUDIT_INSTRUCTIONS = (
    "本单据交安全审计员本人密封保管，系统管理员不得留存。它是审计日志前向安全封存的验证码：",
    "审计员执行“secdesk verify --audit-seed”并输入此码，可证明已封存时段的审计事件未被改动、",
    "删除、插入或调换顺序。本码不存于任何计算机或备份中，遗失后只能领取新的验证码。",
    "请按涉密载体管理；不得复印、拍照或存入任何计算机。",
)


def recovery_sheet(unit_name: str, unit_code: str, db_name: str, key_text: str,
                   created: str, audit_code: str = "") -> bytes:
    """A4 PDF with the unit, the database file name, the date and the recovery key; with
    ``audit_code``, a second page: the auditor's 审计验证码单, to be cut off and handed over."""
    font = cjk_font()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("恢复密钥单")
    rows = (("单位名称", unit_name), ("单位代码", unit_code), ("数据库文件", db_name), ("生成时间", created))
    _page(c, font, "secdesk 数据库恢复密钥单", rows, "恢复密钥：", key_text, INSTRUCTIONS)
    if audit_code:
        _page(c, font, "secdesk 审计验证码单（交安全审计员）", rows, "审计验证码：", audit_code,
              AUDIT_INSTRUCTIONS)
    c.save()
    return buf.getvalue()


def _page(c: Canvas, font: str, title: str, rows, label: str, code: str, instructions) -> None:
    """One sheet: title, the facts, the code in groups, the instructions, the signatures."""
    width, height = A4
    c.setFont(font, 12)
    c.drawString(20 * mm, height - 20 * mm, "按数据库所含最高密级保管")
    c.setFont(font, 20)
    c.drawCentredString(width / 2, height - 40 * mm, title)
    c.setFont(font, 12)
    y = height - 60 * mm
    for name, value in rows:
        c.drawString(25 * mm, y, f"{name}：{value}")
        y -= 9 * mm
    c.drawString(25 * mm, y - 4 * mm, label)
    c.setFont("Courier-Bold", 15)
    groups = code.split("-")
    for line_no in range(0, len(groups), 4):
        y -= 12 * mm
        c.drawString(30 * mm, y - 4 * mm, "  ".join(groups[line_no: line_no + 4]))
    c.setFont(font, 10.5)
    y -= 24 * mm
    for line in instructions:
        c.drawString(25 * mm, y, line)
        y -= 7 * mm
    y -= 14 * mm
    c.drawString(25 * mm, y, "封存人：______________    监督人：______________    日期：__________")
    c.showPage()
