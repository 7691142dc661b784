"""Audit event kinds (事件) and their Chinese names, as the audit window shows them."""

from __future__ import annotations

EVENT_ZH = {
    "vault.create": "建立数据库",
    "vault.migrate": "数据库升级",
    "signin": "登录",
    "signout": "退出登录",
    "screen.lock": "锁定屏幕",
    "screen.unlock": "解除屏幕锁定",
    "account.create": "新建账户",
    "account.passwd": "修改口令",
    "account.reset": "重置口令",
    "account.disable": "停用账户",
    "account.locked": "账户锁定",
    "account.unlock": "解锁账户",
    "account.waive_change": "免除首次改口令（演示库）",
    "audit.seal_start": "开始审计封存",
    "vault.rollback": "数据库被换回旧副本或丢失日志",
    "vault.damaged": "后台校验发现数据库损坏",
    "audit.verify_sealed": "以审计验证码核验",
    "settings.change": "修改设置",
    "audit.export": "导出审计日志",
    "audit.verify": "完整性校验",
    "backup": "备份",
    "backup.auto": "自动备份",
    "backup.drill": "恢复演练",
    "recovery": "使用恢复密钥",
    "demo.populate": "生成演示数据",
    "carrier.register": "登记载体",
    "carrier.edit": "修改载体信息",
    "carrier.void": "作废登记",
    "carrier.reclassify": "定密变更",
    "carrier.label": "打印标签",
    "carrier.read": "查阅台账",
    "register.print": "打印台账",
    "audit.read": "查阅审计日志",
    "account.list": "查看账户",
}

RESULT_ZH = {"ok": "成功", "failed": "失败"}


def event_zh(code: str) -> str:
    """The Chinese name of an event kind (the code itself if it has none yet)."""
    return EVENT_ZH.get(code, code)


OBJECT_KIND_ZH = {"account": "账户", "setting": "设置项", "unit": "单位", "carrier": "载体"}


def object_zh(text: str) -> str:
    """An audit object as people read it: ``account:clerk`` → ``账户 clerk``."""
    kind, sep, name = text.partition(":")
    if sep and kind in OBJECT_KIND_ZH:
        return f"{OBJECT_KIND_ZH[kind]} {name}"
    return text

EVENT_ZH.update({
    "person.create": "建立涉密人员档案",
    "person.edit": "修改涉密人员档案",
    "person.read": "查阅人员档案",
    "person.commitment": "登记保密承诺书",
    "person.training": "登记保密培训",
    "person.travel": "登记出国（境）审批",
    "person.review": "登记复审",
    "person.leave": "办理离岗",
    "person.release": "确认解脱",
    "carrier.handover": "移交保管",
    "roster.print": "打印涉密人员名册",
    "person.print": "打印人员档案表",
    "training.print": "打印保密教育培训记录",
    "badge.print": "打印人员证卡",
    "loan.lend": "借出",
    "loan.return": "归还",
    "loan.refused": "借阅被拒",
    "loan.undo": "撤销借阅操作",
    "loan.override": "安全保密管理员越过限制",
    "loan.read": "查阅借阅记录",
    "loan.print": "打印借阅表单",
    "carrier.clear_hold": "解除待核查",
})
OBJECT_KIND_ZH["person"] = "人员"
OBJECT_KIND_ZH["loan"] = "借阅记录"

EVENT_ZH.update({
    "carrier.declassify": "解密",
    "carrier.destroy": "销毁载体",
    "copy.make": "复制",
    "copy.print": "打印复制登记表",
    "copy.read": "查阅复制记录",
    "copy.refused": "复制被拒",
    "destruction.create": "新建销毁批次",
    "destruction.update": "修改销毁批次",
    "destruction.add": "列入销毁清单",
    "destruction.remove": "移出销毁清单",
    "destruction.approve": "批准销毁",
    "destruction.execute": "登记已销毁",
    "destruction.cancel": "撤销销毁批次",
    "destruction.print": "打印销毁审批表及清单",
    "destruction.read": "查阅销毁批次",
    "outing.create": "携带外出",
    "outing.return": "外出带回",
    "outing.refused": "携带外出被拒",
    "outing.print": "打印外出携带审批表",
    "outing.read": "查阅外出记录",
    "transfer.create": "移交/清退",
    "transfer.receipt": "登记回执",
    "transfer.refused": "移交/清退被拒",
    "transfer.print": "打印移交/清退登记表",
    "transfer.read": "查阅移交/清退记录",
    "inventory.start": "开始清点",
    "inventory.scan": "清点扫描",
    "inventory.pause": "暂停清点",
    "inventory.resume": "继续清点",
    "inventory.finish": "完成清点",
    "inventory.print": "打印清查记录",
    "inventory.read": "查阅清点",
    "carrier.missing": "登记下落不明",
    "carrier.found": "下落不明载体找回",
    "incident.open": "按泄密事件处理",
    "incident.update": "填写泄密事件报告",
    "incident.report": "登记已报告泄密事件",
    "incident.close": "泄密事件结案",
    "incident.print": "打印泄密事件报告登记表",
    "incident.read": "查阅泄密事件",
    "inspection.record": "登记检查",
    "inspection.read": "查阅检查记录",
    "rectification.issue": "下发整改通知书",
    "rectification.report": "登记整改情况",
    "rectification.recheck": "整改复查",
    "rectification.print": "打印整改通知书",
    "quarterly.print": "打印季度台账",
    "quarterly.verify": "核验季度台账",
    "unit_key.create": "生成签章密钥",
    "restore": "从备份恢复",
})
OBJECT_KIND_ZH.update({"destruction": "销毁批次", "inventory": "清点", "incident": "泄密事件",
                       "inspection": "检查", "rectification": "整改通知书", "quarter": "季度台账"})

EVENT_ZH.update({
    "import.register": "导入台账",
    "import.personnel": "导入涉密人员名册",
    "export.register": "导出台账",
    "export.loans": "导出借阅登记表",
    "export.personnel": "导出涉密人员名册",
})
OBJECT_KIND_ZH.update({"file": "文件", "import": "导入批次"})
