"""The auditor's view of the log (审计): filter, export, and the integrity check (校验)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from secdesk.domain import clock
from secdesk.domain.errors import InvalidInput
from secdesk.domain.events import RESULT_ZH, event_zh, object_zh
from secdesk.domain.roles import Permission
from secdesk.services.session import Session
from secdesk.storage import audit, sealing
from secdesk.storage.atomic import atomic_write
from secdesk.storage.audit import AuditEvent, ChainReport
from secdesk.storage.sealing import SealReport

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


def verify_sealed(session: Session, code: str) -> SealReport:
    """Check the audit log against the auditor's 审计验证码 (forward-secure sealing): every
    closed epoch exactly as sealed, or the first epoch and event that differ; the check is
    audited."""
    session.require(Permission.VERIFY, "audit.verify_sealed")
    parsed = sealing.parse_seed(code)
    if parsed is None:
        raise InvalidInput("审计验证码", "验证码有误（请按纸质单据逐组核对）", "the verification code is mistyped")
    report = sealing.verify(session.vault.conn, *parsed)
    with session.vault.transaction() as conn:
        session.record(conn, "audit.verify_sealed", f"generation:{report.generation}",
                       result="ok" if report.ok else "failed",
                       detail=report.problem_zh or f"{report.epochs}个时段、{report.events}条事件与封存一致")
    return report


def start_sealing(session: Session) -> str:
    """The auditor starts a new sealing generation where none is open (a vault restored
    from a backup or upgraded): the returned 审计验证码 is shown once and kept nowhere."""
    session.require(Permission.READ_AUDIT, "audit.seal_start")
    if session.vault.sealer is not None:
        raise InvalidInput("审计验证码", f"第{session.vault.sealer.generation}代封存正在进行，其验证码已在建立时交付，"
                           "不能另行领取", "a sealing generation is already running")
    with session.vault.transaction() as conn:
        sealer, seed = sealing.start(conn, clock.stamp(), "auditor")
        session.vault.sealer = sealer
        session.record(conn, "audit.seal_start", f"generation:{sealer.generation}",
                       detail="审计员领取新的审计验证码，此后的事件受封存保护")
    return sealing.format_seed(sealer.generation, seed)
