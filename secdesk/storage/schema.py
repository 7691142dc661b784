"""The database schema as numbered migrations (``PRAGMA user_version``).

Migration N brings a database from version N-1 to N, in one transaction. Append new
migrations at the end; never edit a released one.
"""

from __future__ import annotations

from secdesk.storage import (
    carriers, destructions, imports, incidents, inspections, inventory, loans, movements, personnel, sealing,
    seals,
)

MIGRATIONS: list[str] = [
    # 1: settings, accounts, audit chain
    """
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE secrets (key TEXT PRIMARY KEY, value BLOB NOT NULL);
    CREATE TABLE accounts (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        full_name TEXT NOT NULL DEFAULT '',
        roles TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
        failed_count INTEGER NOT NULL DEFAULT 0,
        locked_at TEXT,
        must_change_password INTEGER NOT NULL DEFAULT 0,
        password_changed_at TEXT,
        created_at TEXT NOT NULL,
        last_sign_in TEXT
    );
    CREATE TABLE audit_events (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        account TEXT NOT NULL,
        role TEXT NOT NULL,
        event TEXT NOT NULL,
        object TEXT NOT NULL DEFAULT '',
        before TEXT,
        after TEXT,
        result TEXT NOT NULL CHECK (result IN ('ok', 'failed')),
        detail TEXT NOT NULL DEFAULT '',
        mac TEXT NOT NULL
    );
    CREATE INDEX audit_events_event ON audit_events (event);
    CREATE INDEX audit_events_at ON audit_events (at);
    CREATE TABLE audit_head (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seq INTEGER NOT NULL,
        mac TEXT NOT NULL,
        tag TEXT NOT NULL
    );
    CREATE TABLE journal_flushed (id TEXT PRIMARY KEY);
    CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
    BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END;
    CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
    BEGIN SELECT RAISE(ABORT, 'the audit log cannot be deleted'); END;
    """,
    # 2: the carrier register (台账), its numbering, state log and search index
    carriers.MIGRATION,
    # 3: personnel files (涉密人员档案), their records, loans, carriers' custodians
    personnel.MIGRATION,
    # 4: leavings (离岗) and the hand-over of carriers in a leaver's keeping
    personnel.LEAVING_MIGRATION,
    # 5: lending (借阅): approvals, overrides, undo, and carriers held for checking
    loans.MIGRATION,
    # 6: destruction batches, copying, carrying out, transfer and return
    destructions.MIGRATION + movements.MIGRATION,
    # 7: inventory (清点), missing carriers and incidents, inspections, the unit key and seals
    inventory.MIGRATION + incidents.MIGRATION + inspections.MIGRATION + seals.MIGRATION,
    # 8: who may approve what: the department a person heads, the levels a 保密办 leader approves
    personnel.AUTHORITY_MIGRATION,
    # 9: the channel of a transfer or return (传递方式: 专人送达 / 机要交通 / 机要通信)
    movements.CHANNEL_MIGRATION,
    # 10: 定密依据 and 定密责任人 of a self-made carrier
    carriers.CLASSIFICATION_MIGRATION,
    # 11: forward-secure sealing of the audit log (epochs, their tags, generations)
    sealing.MIGRATION,
    # 12: imports: the source rows brought in, carriers' old numbers, the 待补 mark
    imports.MIGRATION,
    # 13: indexes that count the common filter pairs of the register without reading its rows
    carriers.COUNT_MIGRATION,
    # 14: a borrower's open loans by due date; the issuing units of received carriers
    loans.OVERDUE_MIGRATION + movements.ISSUER_MIGRATION,
]

CURRENT_VERSION = len(MIGRATIONS)
