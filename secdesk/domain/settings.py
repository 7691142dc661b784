"""Settings (设置): what can be configured, its default, who may change it, its bounds.

Rule values from DOMAIN.md belong to the security officer; technical ones to the
administrator. Every change is audited by the settings service.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from secdesk.domain.barcodes import SYMBOLOGY_ZH, Symbology
from secdesk.domain.errors import InvalidInput
from secdesk.domain.passwords import PasswordPolicy
from secdesk.domain.roles import Permission


@dataclass(frozen=True)
class SettingSpec:
    """One configurable value."""

    key: str
    label_zh: str
    default: Any
    permission: Permission
    minimum: int | None = None
    maximum: int | None = None

    def validate(self, value: Any) -> Any:
        """The value in its stored type, or :class:`InvalidInput` naming the bounds."""
        if isinstance(self.default, bool):
            if not isinstance(value, bool):
                raise InvalidInput(self.label_zh, "应为“是”或“否”", "must be true or false")
            return value
        if isinstance(self.default, int):
            try:
                number = int(value)
            except (TypeError, ValueError):
                raise InvalidInput(self.label_zh, "应为整数", "must be a whole number") from None
            if not (self.minimum <= number <= self.maximum):
                raise InvalidInput(
                    self.label_zh,
                    f"应在{self.minimum}到{self.maximum}之间",
                    f"must be between {self.minimum} and {self.maximum}",
                )
            return number
        text = str(value).strip()
        if not text:
            raise InvalidInput(self.label_zh, "不能为空", "must not be empty")
        return text


APPROVAL_HELP = "（0不需审批，1部门负责人，2保密工作负责人）"
LENDING_SPECS = (
    SettingSpec("lending.approval.绝密", "绝密载体借阅审批" + APPROVAL_HELP, 2, Permission.RULE_SETTINGS, 2, 2),
    SettingSpec("lending.approval.机密", "机密载体借阅审批" + APPROVAL_HELP, 2, Permission.RULE_SETTINGS, 1, 2),
    SettingSpec("lending.approval.秘密", "秘密载体借阅审批" + APPROVAL_HELP, 1, Permission.RULE_SETTINGS, 0, 2),
    # 内部 is lent like 秘密 unless configured (DOMAIN.md): the department head, 15 days.
    SettingSpec("lending.approval.内部", "内部载体借阅审批" + APPROVAL_HELP, 1, Permission.RULE_SETTINGS, 0, 2),
    SettingSpec("lending.days.机密", "机密载体借阅期限（天）", 7, Permission.RULE_SETTINGS, 1, 30),
    SettingSpec("lending.days.秘密", "秘密载体借阅期限（天）", 15, Permission.RULE_SETTINGS, 1, 60),
    SettingSpec("lending.days.内部", "内部载体借阅期限（天）", 15, Permission.RULE_SETTINGS, 1, 180),
    # A borrower holding an overdue carrier gets no further loan until it is back; the
    # officer may lift that only where this is switched on (and then with a written reason).
    SettingSpec("lending.overdue_override", "允许安全保密管理员越过逾期未还限制", False, Permission.RULE_SETTINGS),
    # Vetting before access: lending, approving, supervising a destruction or counting
    # needs a passed 上岗审查 and a signed 上岗 承诺书 on file.
    SettingSpec("personnel.require_vetting", "借阅、审批、监销、清查须有上岗审查和上岗承诺书", True,
                Permission.RULE_SETTINGS),
    SettingSpec("lending.reading_place", "绝密载体阅读地点", "保密室阅览区", Permission.RULE_SETTINGS),
    *(SettingSpec(f"lending.count_check.{t}", f"{t}归还时核对页数或数量", t in ("纸介质", "保密笔记本"),
                  Permission.RULE_SETTINGS)
      for t in ("纸介质", "光盘", "U盘", "移动硬盘", "硬盘", "磁带", "保密笔记本", "其他")),
)
LIFECYCLE_SPECS = (
    *(SettingSpec(f"copying.approval.{lv}", f"{lv}载体复制审批" + APPROVAL_HELP, 2, Permission.RULE_SETTINGS,
                  low, 2) for lv, low in (("机密", 2), ("秘密", 1), ("内部", 0))),
    *(SettingSpec(f"carry_out.approval.{lv}", f"{lv}载体携带外出审批" + APPROVAL_HELP, 2, Permission.RULE_SETTINGS,
                  low, 2) for lv, low in (("机密", 1), ("秘密", 1), ("内部", 0))),
)
# The inspection calendar (DOMAIN.md: 每月自查, 每季度全面检查, 每年清退) and the periodic
# password change (口令定期更换). Self-check day 31 means the last day of every month.
SCHEDULE_SPECS = (
    SettingSpec("schedule.self_check_day", "每月自查截止日（1–31，超过当月天数按月末；0为不提醒）", 31,
                Permission.RULE_SETTINGS, 0, 31),
    SettingSpec("schedule.quarterly", "提醒每季度全面检查（季末前完成）", True, Permission.RULE_SETTINGS),
    SettingSpec("schedule.yearly_return", "提醒每年清退（年底前完成）", True, Permission.RULE_SETTINGS),
    SettingSpec("schedule.warn_days", "自查、检查、清退提前提醒（天）", 7, Permission.RULE_SETTINGS, 1, 60),
    SettingSpec("password.max_age_days", "口令有效期（天，到期登录时须修改；0为不限）", 90,
                Permission.RULE_SETTINGS, 0, 365),
)

# Backups (备份): where the automatic backups go and when 今日提醒 says they are old. A
# relative folder lies inside the database's folder; the default ``backups`` sits beside
# the database, where a clerk looks for it and where it moves with the database — and
# 今日提醒 tells the administrator to point it at another disk.
BACKUP_SPECS = (
    SettingSpec("backup.folder", "备份文件夹（每天首次登录时自动备份到此；相对路径指数据库所在文件夹；应设在另一块磁盘上）",
                "backups", Permission.SYSTEM_SETTINGS),
    SettingSpec("backup.warn_days", "最新备份超过几天时在今日提醒中警告（天）", 3, Permission.SYSTEM_SETTINGS, 1, 60),
)


@dataclass(frozen=True)
class ChoiceSpec(SettingSpec):
    """A setting that is one of a few named values (``choices``: value → Chinese name)."""

    choices: tuple[tuple[str, str], ...] = ()

    def validate(self, value: Any) -> Any:
        text = str(value).strip()
        if text not in dict(self.choices):
            names = "、".join(name for _, name in self.choices)
            raise InvalidInput(self.label_zh, f"应为{names}之一",
                               "must be one of " + ", ".join(v for v, _ in self.choices))
        return text


# The symbol on carrier labels, per stock (the keys name LabelLayout values). Code 128
# reads with any scanner and stays the default where it prints well: 50×30 mm rolls
# (0.23 mm modules) and A4 sheets. On 40×20 mm rolls a carrier number's Code 128 has
# 0.18 mm modules, 1.4 dots of a 203 dpi head: it does not scan, so the small stock
# carries a DataMatrix of 0.63 mm (5-dot) modules (needs a 2D imager at the station).
SYMBOLOGY_CHOICES = tuple((s.value, SYMBOLOGY_ZH[s]) for s in Symbology)
LABEL_SPECS = tuple(
    ChoiceSpec(f"labels.symbology.{layout}", f"{stock}标签的条码（二维码须用二维扫描枪）", default.value,
               Permission.SYSTEM_SETTINGS, choices=SYMBOLOGY_CHOICES)
    for layout, stock, default in (("roll50x30", "50×30毫米卷筒", Symbology.CODE128),
                                   ("roll40x20", "40×20毫米卷筒", Symbology.DATAMATRIX),
                                   ("a4-3x8", "A4不干胶（3×8）", Symbology.CODE128)))

SPECS = {
    s.key: s
    for s in (
        SettingSpec("unit.name", "单位名称", "", Permission.SYSTEM_SETTINGS),
        SettingSpec("unit.code", "单位代码", "", Permission.SYSTEM_SETTINGS),
        SettingSpec("password.min_length", "口令最小长度", 10, Permission.RULE_SETTINGS, 8, 64),
        SettingSpec("password.min_classes", "口令字符类别数", 3, Permission.RULE_SETTINGS, 1, 4),
        SettingSpec("idle_lock_minutes", "无操作锁屏（分钟）", 10, Permission.RULE_SETTINGS, 1, 10),
        SettingSpec("network.refuse_signin", "联网时拒绝登录", False, Permission.RULE_SETTINGS),
        SettingSpec("review_months.核心", "核心涉密人员复审周期（月）", 12, Permission.RULE_SETTINGS, 1, 60),
        SettingSpec("review_months.重要", "重要涉密人员复审周期（月）", 12, Permission.RULE_SETTINGS, 1, 60),
        SettingSpec("review_months.一般", "一般涉密人员复审周期（月）", 12, Permission.RULE_SETTINGS, 1, 60),
        SettingSpec("declassify_years.核心", "核心涉密人员脱密期（年，3–5）", 3, Permission.RULE_SETTINGS, 3, 5),
        SettingSpec("declassify_years.重要", "重要涉密人员脱密期（年，2–3）", 2, Permission.RULE_SETTINGS, 2, 3),
        SettingSpec("declassify_years.一般", "一般涉密人员脱密期（年，1–2）", 1, Permission.RULE_SETTINGS, 1, 2),
        SettingSpec("training_hours_per_year", "每年保密培训学时要求（0为不要求）", 0,
                    Permission.RULE_SETTINGS, 0, 200),
        *LENDING_SPECS,
        *LIFECYCLE_SPECS,
        *SCHEDULE_SPECS,
        *LABEL_SPECS,
        *BACKUP_SPECS,
    )
}


def spec(key: str) -> SettingSpec:
    """The definition of a setting, or :class:`InvalidInput` for an unknown key."""
    try:
        return SPECS[key]
    except KeyError:
        raise InvalidInput("设置项", f"没有“{key}”这一项", f"unknown setting {key!r}") from None


def with_defaults(stored: dict[str, Any]) -> dict[str, Any]:
    """Every setting: the stored value where there is one, else the default."""
    return {k: stored.get(k, s.default) for k, s in SPECS.items()}


def password_policy(values: dict[str, Any]) -> PasswordPolicy:
    """The password policy the settings describe."""
    return PasswordPolicy(values["password.min_length"], values["password.min_classes"])
