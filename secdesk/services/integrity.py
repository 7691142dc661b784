"""The page check after sign-in (后台完整性校验): every page of a vault too large to be
checked at open is checked on a thread of its own while the clerk works; damage found
is recorded in the audit log and stops every further write, with the message opening a
damaged file gives.
"""

from __future__ import annotations

import threading

from secdesk.domain.errors import DamagedFile
from secdesk.services.session import Session
from secdesk.storage import pagecheck, probe


def check_pages(session: Session, stop: threading.Event | None = None) -> DamagedFile | None:
    """Every page's HMAC, read from the file (any thread: it uses no connection); the
    damage found, or None. Returns None at once if ``stop`` is set meanwhile."""
    vault = session.vault
    bad = pagecheck.bad_pages(vault.path, session.db_key, stop, vault.io_lock)
    return probe.damaged(vault.path, page=bad[0]) if bad else None


def report_damage(session: Session, error: DamagedFile) -> None:
    """On the worker: record the damage as an audit event (if the file still takes it),
    then refuse every further write of this session."""
    vault = session.vault
    if vault.refused is not None:
        return
    try:
        with vault.transaction() as conn:
            session.record(conn, "vault.damaged", vault.path.name, result="failed", detail=error.zh)
    except Exception:  # noqa: BLE001 - the damage may refuse the event itself
        pass
    vault.refuse(error)
