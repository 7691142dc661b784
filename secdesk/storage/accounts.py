"""SQL for accounts (账户). Callers pass the connection of an open transaction."""

from __future__ import annotations

from dataclasses import dataclass

from secdesk.domain.roles import Role


@dataclass(frozen=True)
class AccountRow:
    """An account as stored."""

    id: int
    name: str
    full_name: str
    roles: frozenset[Role]
    status: str
    failed_count: int
    locked_at: str | None
    must_change_password: bool
    password_changed_at: str | None
    created_at: str
    last_sign_in: str | None

    @property
    def locked(self) -> bool:
        """True while the account waits for release after failed sign-ins."""
        return self.locked_at is not None

    @property
    def active(self) -> bool:
        """True unless the account was disabled."""
        return self.status == "active"


COLUMNS = (
    "id, name, full_name, roles, status, failed_count, locked_at, must_change_password, "
    "password_changed_at, created_at, last_sign_in"
)


def _row(values) -> AccountRow:
    values = list(values)
    values[3] = frozenset(Role(r) for r in values[3].split(","))
    values[7] = bool(values[7])
    return AccountRow(*values)


def insert(conn, name: str, full_name: str, roles: frozenset[Role], at: str, must_change: bool) -> int:
    """Add an account; return its id."""
    cur = conn.execute(
        "INSERT INTO accounts (name, full_name, roles, created_at, password_changed_at, "
        "must_change_password) VALUES (?, ?, ?, ?, ?, ?)",
        (name, full_name, ",".join(sorted(roles)), at, at, int(must_change)),
    )
    return cur.lastrowid


def by_name(conn, name: str) -> AccountRow | None:
    """The account called ``name`` (case-insensitive), if any."""
    row = conn.execute(f"SELECT {COLUMNS} FROM accounts WHERE name = ?", (name.strip(),)).fetchone()
    return _row(row) if row else None


def all_accounts(conn) -> list[AccountRow]:
    """Every account, active first, by name."""
    rows = conn.execute(f"SELECT {COLUMNS} FROM accounts ORDER BY status, name")
    return [_row(r) for r in rows]


def update(conn, account_id: int, **fields) -> None:
    """Set the given columns of one account."""
    allowed = set(COLUMNS.split(", ")) - {"id", "name", "created_at"}
    if not set(fields) <= allowed:
        raise ValueError(f"unknown account fields: {set(fields) - allowed}")
    if "roles" in fields:
        fields["roles"] = ",".join(sorted(fields["roles"]))
    assignments = ", ".join(f"{k} = ?" for k in fields)
    conn.execute(f"UPDATE accounts SET {assignments} WHERE id = ?", (*fields.values(), account_id))


def count_active_with_role(conn, role: Role) -> int:
    """How many active accounts hold ``role``."""
    return sum(1 for a in all_accounts(conn) if a.active and role in a.roles)
