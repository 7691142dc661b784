"""The auditor's view of the log (审计): filter, export, and the integrity check (校验)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from secdesk.domain.events import RESULT_ZH, event_zh, object_zh
from secdesk.domain.roles import Permission
from secdesk.services.session import Session
from secdesk.storage import audit
from secdesk.storage.atomic import atomic_write
from secdesk.storage.audit import AuditEvent, ChainReport

EXPORT_HEADER = ("序号", "时间", "账户", "角色", "事件", "对象", "变更前", "变更后", "结果", "说明")


@dataclass(frozen=True)
class AuditFilter:
    """What the auditor narrows the log to; empty fields match everything."""

    text: str = ""
    event: str = ""
    account: str = ""
    result: str = ""
    date_from: date | None = None
    date_to: date | None = None

    def sql(self) -> tuple[str, tuple]:
        """A WHERE clause of fixed fragments and its parameters."""
        parts, params = [], []
        if self.text:
            parts.append("(object LIKE ? OR detail LIKE ? OR account LIKE ?)")
            params += [f"%{self.text}%"] * 3
        for column in ("event", "account", "result"):
            if getattr(self, column):
                parts.append(f"{column} = ?")
                params.append(getattr(self, column))
        if self.date_from:
            parts.append("at >= ?")
            params.append(self.date_from.isoformat())
        if self.date_to:
            parts.append("at < ?")
            params.append((self.date_to + timedelta(days=1)).isoformat())
        return " AND ".join(parts), tuple(params)


def find_events(session: Session, flt: AuditFilter, limit: int = 500, offset: int = 0) -> list[AuditEvent]:
    """Events matching ``flt``, newest first (auditor only)."""
    session.require(Permission.READ_AUDIT, "audit.read")
    where, params = flt.sql()
    return audit.events(session.vault.conn, where, params, limit, offset)


def export_csv(session: Session, flt: AuditFilter, path: Path) -> int:
    """Write the matching events to a CSV file (UTF-8 with BOM, opens in Excel/WPS)."""
    session.require(Permission.READ_AUDIT, "audit.export", str(path))
    where, params = flt.sql()
    rows = audit.events(session.vault.conn, where, params, limit=-1)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(EXPORT_HEADER)
    for e in reversed(rows):
        writer.writerow((e.seq, e.at, e.account, e.role, event_zh(e.event), object_zh(e.object),
                         e.before or "", e.after or "", RESULT_ZH.get(e.result, e.result), e.detail))
    atomic_write(Path(path), ("\ufeff" + out.getvalue()).encode("utf-8"))
    with session.vault.transaction() as conn:
        session.record(conn, "audit.export", Path(path).name, detail=f"{len(rows)}条")
    return len(rows)


@dataclass(frozen=True)
class VerifyReport:
    """The result of ``secdesk verify``: file integrity and the audit chain."""

    integrity: list[str]
    chain: ChainReport

    @property
    def ok(self) -> bool:
        """True when the file and the chain are both intact."""
        return not self.integrity and self.chain.ok


def verify(session: Session) -> VerifyReport:
    """Check every page and recompute the audit chain; the check itself is audited."""
    session.require(Permission.VERIFY, "audit.verify")
    integrity = session.vault.integrity_problems()
    chain = audit.verify(session.vault.conn, session.vault.audit_key)
    report = VerifyReport(integrity, chain)
    if chain.ok:
        with session.vault.transaction() as conn:
            session.record(conn, "audit.verify", detail=f"{chain.checked}条事件",
                           result="ok" if report.ok else "failed")
    return report
