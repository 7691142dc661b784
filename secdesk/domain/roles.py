"""Roles (角色) and what each may do (权限), with the separation of duties (三员分立).

Permissions are checked in the services (:func:`require`), never only by hiding buttons.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from secdesk.domain.errors import InvalidInput, PermissionDenied


class Role(StrEnum):
    """A role an account holds."""

    ADMIN = "admin"  # 系统管理员
    CLERK = "clerk"  # 保密员
    OFFICER = "officer"  # 安全保密管理员 / 保密工作负责人
    AUDITOR = "auditor"  # 安全审计员


ROLE_ZH = {
    Role.ADMIN: "系统管理员",
    Role.CLERK: "保密员",
    Role.OFFICER: "安全保密管理员",
    Role.AUDITOR: "安全审计员",
}


class Permission(StrEnum):
    """One right a service checks before it acts."""

    MANAGE_ACCOUNTS = "manage_accounts"  # create, disable, reset passwords
    UNLOCK_ACCOUNTS = "unlock_accounts"  # release a locked account
    READ_AUDIT = "read_audit"  # list, filter and export the audit log
    VERIFY = "verify"  # run the integrity and chain check
    SYSTEM_SETTINGS = "system_settings"  # technical settings (administrator)
    RULE_SETTINGS = "rule_settings"  # rule values of DOMAIN.md (officer)
    BACKUP = "backup"
    READ_REGISTER = "read_register"
    WRITE_REGISTER = "write_register"
    APPROVE = "approve"  # officer's approvals
    READ_PERSONNEL = "read_personnel"  # names, departments, levels: what lending needs
    MANAGE_PERSONNEL = "manage_personnel"  # open and keep the secrecy files
    SEE_ID_NUMBERS = "see_id_numbers"  # full 证件号 (others see it masked)
    READ_PERSONNEL_FILE = "read_personnel_file"  # training and trips abroad: beyond lending's needs


PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(
        {
            Permission.MANAGE_ACCOUNTS,
            Permission.UNLOCK_ACCOUNTS,
            Permission.SYSTEM_SETTINGS,
            Permission.BACKUP,
            Permission.VERIFY,
        }
    ),
    Role.CLERK: frozenset({Permission.READ_REGISTER, Permission.WRITE_REGISTER,
                           Permission.READ_PERSONNEL}),
    Role.OFFICER: frozenset(
        {
            Permission.UNLOCK_ACCOUNTS,
            Permission.RULE_SETTINGS,
            Permission.READ_REGISTER,
            Permission.APPROVE,
            Permission.VERIFY,
            Permission.READ_PERSONNEL,
            Permission.MANAGE_PERSONNEL,
            Permission.SEE_ID_NUMBERS,
            Permission.READ_PERSONNEL_FILE,
        }
    ),
    Role.AUDITOR: frozenset(
        {Permission.READ_AUDIT, Permission.READ_REGISTER, Permission.VERIFY,
         Permission.READ_PERSONNEL, Permission.READ_PERSONNEL_FILE}
    ),
}

# Pairs of roles one account may never hold together: any two of the 三员 (administrator,
# security officer, auditor), and the administrator or the auditor with the clerk. A clerk
# who is also the officer stays possible for a small unit, but never approves what the same
# account drafted (see :func:`check_not_own`).
INCOMPATIBLE = (
    frozenset({Role.ADMIN, Role.AUDITOR}),
    frozenset({Role.OFFICER, Role.AUDITOR}),
    frozenset({Role.ADMIN, Role.OFFICER}),
    frozenset({Role.ADMIN, Role.CLERK}),
    frozenset({Role.AUDITOR, Role.CLERK}),
)


@dataclass(frozen=True)
class Actor:
    """The signed-in account on whose behalf a service acts (操作人)."""

    account_id: int
    name: str
    roles: frozenset[Role]

    def can(self, permission: Permission) -> bool:
        """True if any of the actor's roles grants ``permission``."""
        return any(permission in PERMISSIONS[r] for r in self.roles)

    @property
    def roles_text(self) -> str:
        """The roles in Chinese, as the audit log and status bar show them."""
        return "、".join(ROLE_ZH[r] for r in sorted(self.roles))


def parse_roles(text: str) -> frozenset[Role]:
    """Roles from ``admin,clerk`` form; an unknown name is refused."""
    roles = set()
    for part in filter(None, (p.strip() for p in text.split(","))):
        try:
            roles.add(Role(part))
        except ValueError:
            names = ", ".join(r.value for r in Role)
            raise InvalidInput(
                "角色", f"没有“{part}”这个角色，可选：{names}", f"unknown role {part!r}; use {names}"
            ) from None
    if not roles:
        raise InvalidInput("角色", "至少选择一个角色", "at least one role is required")
    return frozenset(roles)


def check_separation(roles: frozenset[Role]) -> None:
    """Refuse a role set that breaks 三员分立 (any two of admin, officer, auditor; admin or
    auditor with clerk)."""
    for pair in INCOMPATIBLE:
        if pair <= roles:
            a, b = sorted(pair)
            raise InvalidInput(
                "角色",
                f"三员分立：同一账户不能同时担任{ROLE_ZH[a]}和{ROLE_ZH[b]}，请分设两个账户",
                f"separation of duties: one account cannot be both {a} and {b}",
            )


def require(actor: Actor, permission: Permission) -> None:
    """Raise :class:`PermissionDenied` unless ``actor`` holds ``permission``."""
    if not actor.can(permission):
        raise PermissionDenied(
            f"当前账户（{actor.roles_text}）无权执行此操作，请由有权限的账户办理",
            f"the account's role does not allow {permission.value}",
        )


def check_not_own(drafted_by: str, approver: str, what: str) -> None:
    """The approving account differs from the one that drafted (no self-approval, even for
    an account that is both clerk and officer)."""
    if drafted_by and approver and drafted_by.casefold() == approver.casefold():
        raise PermissionDenied(
            f"{what}由账户“{drafted_by}”经办，不能由同一账户批准：请由另一名安全保密管理员批准",
            f"{what}: the account that drafted it ({drafted_by}) cannot approve it",
        )
