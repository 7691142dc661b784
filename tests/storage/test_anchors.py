"""Anchors outside the file (issue 16): an older copy of the database put back, or its
``-wal`` lost after a crash, is said plainly at the next sign-in and the finding goes into
the audit chain; an untouched vault signs in without a word."""

from __future__ import annotations

import shutil

from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import CarrierDraft, CarrierType
from secdesk.domain.carriers.terms import Term
from secdesk.domain.roles import Role
from secdesk.services import audit_log, carriers
from secdesk.services.audit_log import AuditFilter

NOTE = CarrierDraft("通知", Level.CONFIDENTIAL, CarrierType.PAPER, Term.years(10))


def _findings(handle):
    auditor = handle.sign_in("auditor1")
    try:
        return audit_log.find_events(auditor, AuditFilter(event="vault.rollback"))
    finally:
        handle.close()


def _clerk_registers(handle, n: int) -> None:
    clerk = handle.sign_in("clerk1")
    for _ in range(n):
        carriers.register(clerk, NOTE)
    handle.close()


def test_an_untouched_vault_signs_in_without_a_finding(vault):
    vault.add_user("clerk1", Role.CLERK)
    vault.add_user("auditor1", Role.AUDITOR)
    vault.close()
    _clerk_registers(vault, 2)
    assert vault.sign_in("clerk1").warnings == []
    vault.close()
    assert _findings(vault) == []


def test_an_older_copy_put_back_is_named_at_sign_in_and_recorded(vault, tmp_path):
    vault.add_user("clerk1", Role.CLERK)
    vault.add_user("auditor1", Role.AUDITOR)
    vault.close()
    _clerk_registers(vault, 1)
    shutil.copyfile(vault.db_path, tmp_path / "older.db")  # closed: checkpointed, whole
    _clerk_registers(vault, 3)
    shutil.copyfile(tmp_path / "older.db", vault.db_path)  # put back, current .keys kept
    clerk = vault.sign_in("clerk1")
    assert clerk.warnings and "换回旧副本" in clerk.warnings[0] and "-wal" in clerk.warnings[0]
    assert len(carriers.page(clerk, carriers.RegisterQuery())) == 1  # the later three are gone
    vault.close()
    (finding,) = _findings(vault)
    assert finding.result == "failed" and "审计链止于" in finding.detail


def test_a_lost_wal_after_a_crash_is_named(vault, tmp_path):
    """The main file without its -wal (as after a crash and the -wal deleted): the commits
    the -wal held are gone, and the head anchor beside the file says so."""
    vault.add_user("clerk1", Role.CLERK)
    vault.add_user("auditor1", Role.AUDITOR)
    vault.close()
    clerk = vault.sign_in("clerk1")
    for _ in range(3):
        carriers.register(clerk, NOTE)  # committed to the -wal, not yet checkpointed
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", ".keys", ".head"):  # everything but the -wal
        shutil.copyfile(str(vault.db_path) + suffix, str(crashed / vault.db_path.name) + suffix)
    vault.close()
    from secdesk.services.session import sign_in

    session = sign_in(crashed / vault.db_path.name, "clerk1", vault.passwords["clerk1"], kdf=vault.kdf)
    assert session.warnings and "审计链止于" in session.warnings[0]
    session.close()
