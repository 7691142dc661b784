"""Forward-secure sealing of the audit log (issue 16): a password holder who drops the
triggers, rewrites events and recomputes the chain passes the plain chain check — and is
caught by the auditor's 审计验证码, which names the epoch and the event."""

from __future__ import annotations

import pytest

from secdesk.domain.roles import Role
from secdesk.services import audit_log, maintenance
from secdesk.storage import audit, sealing
from secdesk.storage.audit import FIELDS, GENESIS
from secdesk.storage.keyfile import db_key_from_recovery, hkdf
from tests.conftest import raw_connect

TRIGGERS = ("audit_events_no_update", "audit_events_no_delete")


@pytest.fixture
def sealed(vault):
    """A vault whose log spans several closed epochs (each sign-out closes one); returns
    (handle, the auditor's code)."""
    code = vault.session.audit_seed
    assert code.startswith("G1-")
    vault.add_user("clerk1", Role.CLERK)
    vault.add_user("auditor1", Role.AUDITOR)
    for _ in range(3):
        vault.close()
        vault.sign_in("clerk1")
    vault.close()
    return vault, code


def forge(handle, mutate) -> None:
    """What the clerk's script did: drop the triggers, change the log, renumber, recompute
    every MAC and the head with the audit key (derived from the database key), put the
    triggers back."""
    conn = raw_connect(handle.db_path, handle.secret)
    key = hkdf(db_key_from_recovery(handle.secret), "secdesk audit chain")
    sql = {name: conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
           for name in TRIGGERS}
    for name in TRIGGERS:
        conn.execute(f"DROP TRIGGER {name}")
    mutate(conn)
    prev = GENESIS
    rows = conn.execute(f"SELECT {', '.join(FIELDS)} FROM audit_events ORDER BY seq").fetchall()
    conn.execute("UPDATE audit_events SET seq = -seq")  # renumber without clashes
    for number, row in enumerate(rows, start=1):
        values = (number, *row[1:])
        mac = audit._mac(key, prev, values)
        conn.execute("UPDATE audit_events SET seq = ?, mac = ? WHERE seq = ?", (number, mac, -row[0]))
        prev = mac
    conn.execute("UPDATE audit_head SET seq = ?, mac = ?, tag = ?", (len(rows), prev, audit._head_tag(key, len(rows), prev)))
    for statement in sql.values():
        conn.execute(statement)
    conn.close()


def check(handle, code):
    """(the plain chain check, the sealed check) as the auditor runs them."""
    session = handle.sign_in("auditor1")
    try:
        return audit_log.verify(session).chain, audit_log.verify_sealed(session, code)
    finally:
        handle.close()


def event_in_closed_epoch(handle, index: int = 3):
    conn = raw_connect(handle.db_path, handle.secret)
    seq, epoch = conn.execute("SELECT seq, epoch FROM audit_events WHERE generation = 1 AND epoch = 0 "
                              "ORDER BY seq LIMIT 1 OFFSET ?", (index,)).fetchone()
    conn.close()
    return seq, epoch


def test_an_untouched_log_is_vouched_for_up_to_the_open_epoch(sealed):
    handle, code = sealed
    chain, report = check(handle, code)
    assert chain.ok and report.ok and report.epochs >= 4 and report.events > 10
    assert report.open_from is not None  # the auditor's own session is the open epoch


def test_a_deleted_event_passes_the_chain_but_the_seed_names_its_epoch_and_number(sealed):
    handle, code = sealed
    seq, epoch = event_in_closed_epoch(handle)
    forge(handle, lambda conn: conn.execute("DELETE FROM audit_events WHERE seq = ?", (seq,)))
    chain, report = check(handle, code)
    assert chain.ok  # the forgery fools the chain, as the issue showed
    assert not report.ok and report.bad_epoch == epoch and report.bad_seq == seq
    assert f"第{seq}号事件被删除" in report.problem_zh and f"第{epoch}时段" in report.problem_zh


def test_an_inserted_event_is_named(sealed):
    handle, code = sealed
    seq, epoch = event_in_closed_epoch(handle)

    def insert(conn):
        conn.execute("UPDATE audit_events SET seq = seq + 1000000 WHERE seq >= ?", (seq,))
        conn.execute(f"INSERT INTO audit_events ({', '.join(FIELDS)}, mac, generation, epoch, seal) "
                     "SELECT ?, at, account, role, 'carrier.register', 'carrier:BMS-2026-000099X', NULL, "
                     "NULL, 'ok', '', '', generation, epoch, seal FROM audit_events WHERE seq = ?",
                     (seq, seq + 1000000))
    forge(handle, insert)
    chain, report = check(handle, code)
    assert chain.ok and not report.ok and report.bad_seq == seq and report.bad_epoch == epoch
    assert "被插入" in report.problem_zh


def test_two_events_swapped_are_named_as_reordered(sealed):
    handle, code = sealed
    seq, epoch = event_in_closed_epoch(handle)

    def swap(conn):
        conn.execute("UPDATE audit_events SET seq = -1 WHERE seq = ?", (seq,))
        conn.execute("UPDATE audit_events SET seq = ? WHERE seq = ?", (seq, seq + 1))
        conn.execute("UPDATE audit_events SET seq = ? WHERE seq = -1", (seq + 1,))
    forge(handle, swap)
    chain, report = check(handle, code)
    assert chain.ok and not report.ok and report.bad_seq == seq and "顺序被调换" in report.problem_zh


def test_an_altered_event_is_named(sealed):
    handle, code = sealed
    seq, _ = event_in_closed_epoch(handle)
    forge(handle, lambda conn: conn.execute("UPDATE audit_events SET result = 'failed' WHERE seq = ?", (seq,)))
    _, report = check(handle, code)
    assert report.bad_seq == seq and "内容被改动" in report.problem_zh


def test_a_closed_epochs_key_is_gone_from_the_file(sealed):
    """Only the open epoch's key is in the vault; it cannot be wound back to a closed one."""
    handle, code = sealed
    generation, seed = sealing.parse_seed(code)
    conn = raw_connect(handle.db_path, handle.secret)
    state = sealing.load(conn)
    conn.close()
    assert state.epoch >= 4 and state.key != seed
    key = seed
    for _ in range(state.epoch):
        key = sealing.evolve(key)
    assert key == state.key  # the auditor's seed leads to it; the file holds nothing older
    raw = handle.db_path.read_bytes()
    assert seed not in raw and sealing.evolve(seed) not in raw


def test_a_backup_carries_no_sealing_key_and_the_restore_starts_a_new_generation(sealed, tmp_path):
    handle, code = sealed
    admin = handle.sign_in("admin")
    folder = maintenance.backup(admin, tmp_path / "backups")
    handle.close()
    target = tmp_path / "restored.db"
    with maintenance.restore(folder, target, "admin", handle.password) as restored:
        assert restored.vault.sealer is None  # no key came with the copy
    from secdesk.services.session import sign_in
    auditor = sign_in(target, "auditor1", handle.passwords["auditor1"], kdf=handle.kdf)
    new_code = audit_log.start_sealing(auditor)
    assert new_code.startswith("G2-")
    auditor.close()
