"""The audit chain: every event chains to the one before, nobody can change or delete one
through SQL, and any change made around the guards is found and located."""

from __future__ import annotations

import itertools

import pytest
import sqlcipher3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secdesk.domain.errors import DamagedFile
from secdesk.services import audit_log
from secdesk.services import settings as settings_service
from secdesk.storage import audit

COLUMNS = ("at", "account", "role", "event", "object", "before", "after", "result", "detail", "mac")


def add_events(vault, count: int) -> int:
    """Append ``count`` audited changes through a service; return the last event number."""
    for i in range(count):
        settings_service.change_setting(vault.session, "unit.name", f"测试单位{i}")
    return vault.session.vault.conn.execute("SELECT max(seq) FROM audit_events").fetchone()[0]


def tamper(vault, *statements: tuple[str, tuple]) -> None:
    """Sign out, then change the log by raw SQL, removing the guard triggers first."""
    vault.close()
    conn = vault.raw()
    conn.execute("DROP TRIGGER audit_events_no_update")
    conn.execute("DROP TRIGGER audit_events_no_delete")
    for sql, params in statements:
        conn.execute(sql, params)
    conn.close()


def verify(vault) -> audit_log.VerifyReport:
    """Sign in as the administrator and run the check ``secdesk verify`` runs."""
    return audit_log.verify(vault.sign_in())


def test_an_untouched_chain_verifies_with_the_right_count(vault):
    """A fresh log verifies and reports every event it checked."""
    last = add_events(vault, 5)
    report = audit_log.verify(vault.session)
    assert report.ok
    assert report.integrity == []
    assert report.chain.checked == last


def test_each_event_chains_to_the_one_before(vault):
    """Events are numbered 1, 2, 3 … with no gap, and each has its own MAC."""
    add_events(vault, 3)
    conn = vault.session.vault.conn
    rows = conn.execute("SELECT seq, mac FROM audit_events ORDER BY seq").fetchall()
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))
    assert len({r[1] for r in rows}) == len(rows)


def test_the_chain_still_verifies_after_sign_out_and_sign_in(vault):
    """Closing and reopening the vault keeps the chain intact and counts on from there."""
    last = add_events(vault, 3)
    vault.close()
    report = verify(vault)
    assert report.ok
    assert report.chain.checked == last + 2  # + sign-out + sign-in


@pytest.mark.parametrize("sql", [
    "UPDATE audit_events SET detail = 'x' WHERE seq = 2",
    "UPDATE audit_events SET result = 'failed'",
    "DELETE FROM audit_events WHERE seq = 2",
    "DELETE FROM audit_events",
])
def test_sql_cannot_change_or_delete_an_event(vault, sql):
    """With the guards in place, UPDATE and DELETE on the log are refused."""
    add_events(vault, 2)
    vault.close()
    conn = vault.raw()
    before = conn.execute("SELECT * FROM audit_events ORDER BY seq").fetchall()
    with pytest.raises(sqlcipher3.DatabaseError, match="audit log"):
        conn.execute(sql)
    assert conn.execute("SELECT * FROM audit_events ORDER BY seq").fetchall() == before
    conn.close()


def test_an_edited_event_is_found_and_named(vault):
    """Changing one event's text is detected, and the report names that event."""
    add_events(vault, 6)
    tamper(vault, ("UPDATE audit_events SET detail = '无' WHERE seq = 4", ()))
    report = verify(vault)
    assert not report.ok
    assert report.chain.bad_seq == 4
    assert "第4号" in report.chain.problem_zh


def test_a_deleted_middle_event_is_found_and_named(vault):
    """Deleting an event in the middle is detected as that event missing."""
    add_events(vault, 6)
    tamper(vault, ("DELETE FROM audit_events WHERE seq = 5", ()))
    report = verify(vault)
    assert report.chain.bad_seq == 5
    assert "第5号事件缺失" in report.chain.problem_zh


def test_a_cut_tail_is_found_and_named(vault):
    """Deleting the last event (the head record left alone) is detected and located."""
    last = add_events(vault, 6)
    vault.close()
    last += 1  # the sign-out
    tamper(vault, ("DELETE FROM audit_events WHERE seq = ?", (last,)))
    report = verify(vault)
    assert not report.ok
    assert report.chain.bad_seq == last


def test_a_cut_tail_is_found_even_before_anything_is_appended(vault):
    """The storage check finds a cut tail straight away: the head record remembers the end."""
    last = add_events(vault, 4)
    vault.close()
    tamper(vault, ("DELETE FROM audit_events WHERE seq >= ?", (last,)))
    conn = vault.raw()
    key = _audit_key(vault)
    report = audit.verify(conn, key)
    conn.close()
    assert report.bad_seq == last
    assert report.checked == last - 1


def test_two_swapped_events_are_found_and_named(vault):
    """Swapping the contents of two events is detected at the first of them."""
    add_events(vault, 6)
    tamper(vault, *_swap_statements(vault, 3, 6))
    report = verify(vault)
    assert report.chain.bad_seq == 3
    assert "第3号" in report.chain.problem_zh


def test_a_head_record_set_back_is_found_and_sign_in_says_so(vault):
    """Setting the head record back (to hide a cut) is detected; sign-in names the log as
    altered instead of failing with an internal error."""
    add_events(vault, 2)
    tamper(vault, ("UPDATE audit_head SET seq = seq - 1", ()))
    conn = vault.raw()
    assert not audit.verify(conn, _audit_key(vault)).ok
    conn.close()
    with pytest.raises(DamagedFile, match="审计日志"):
        vault.sign_in()


def test_a_forged_head_mac_is_found(vault):
    """A head record whose MAC was replaced breaks the chain at the next event."""
    last = add_events(vault, 2)
    vault.close()
    last += 1  # the sign-out
    tamper(vault, ("UPDATE audit_head SET mac = ?", ("f" * 64,)))
    report = verify(vault)
    assert report.chain.bad_seq == last + 1


def _swap_statements(vault, a: int, b: int):
    vault.close()
    conn = vault.raw()
    rows = {seq: conn.execute(f"SELECT {', '.join(COLUMNS)} FROM audit_events WHERE seq = ?",
                              (seq,)).fetchone() for seq in (a, b)}
    conn.close()
    assignments = ", ".join(f"{c} = ?" for c in COLUMNS)
    sql = f"UPDATE audit_events SET {assignments} WHERE seq = ?"
    return (sql, (*rows[b], a)), (sql, (*rows[a], b))


def _audit_key(vault) -> bytes:
    from secdesk.storage.keyfile import db_key_from_recovery, hkdf

    return hkdf(db_key_from_recovery(vault.secret), "secdesk audit chain")


_folders = itertools.count()


@settings(max_examples=25, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), extra=st.integers(min_value=0, max_value=12),
       column=st.sampled_from(["detail", "account", "at", "object", "event"]))
def test_altering_any_one_event_is_located_exactly(new_vault, tmp_path, data, extra, column):
    """Whatever the chain's length and whichever event is changed, verify names that event."""
    vault = new_vault(tmp_path / f"v{next(_folders)}")
    last = add_events(vault, extra)
    target = data.draw(st.integers(min_value=1, max_value=last), label="event")
    tamper(vault, (f"UPDATE audit_events SET {column} = {column} || '·' WHERE seq = ?", (target,)))
    report = verify(vault)
    assert report.chain.bad_seq == target
    vault.close()
