"""The window's vault upkeep: the log is checkpointed once the worker is idle, and a page
check that finds damage stops writes and says so in a message."""

from __future__ import annotations

from secdesk.domain.errors import DamagedFile
from secdesk.domain.roles import Role
from secdesk.gui.shell import vault_upkeep
from secdesk.gui.shell.vault_upkeep import VaultUpkeep
from secdesk.storage import vault as vault_mod

PAGE = 4096


def test_the_idle_checkpoint_happens(qtbot, worker, vault, monkeypatch):
    """Commits leave the log alone; a moment after the last one the worker checkpoints."""
    monkeypatch.setattr(vault_upkeep, "IDLE_SECONDS", 0.1)
    v = vault.session.vault
    upkeep = VaultUpkeep(worker)
    upkeep.timer.setInterval(50)
    upkeep.attach(vault.session)
    worker.run_now(vault.add_user, "clerk1", Role.CLERK)
    assert v.unflushed > 0
    qtbot.waitUntil(lambda: v.unflushed == 0, timeout=5000)
    upkeep.detach()


def test_damage_found_after_sign_in_stops_writes_and_is_said(qtbot, worker, vault, monkeypatch, message_boxes):
    """A vault too large to check at open is checked after sign-in; damage is reported."""
    monkeypatch.setattr(vault_mod, "INLINE_CHECK_BYTES", 0)
    for i in range(12):
        vault.add_user(f"user{i:02d}", Role.CLERK, full_name="测试人员")
    vault.close()
    data = bytearray(vault.db_path.read_bytes())
    data[len(data) - 200] ^= 0xFF  # the last page: not read at sign-in
    vault.db_path.write_bytes(bytes(data))
    session = vault.sign_in()
    assert session.vault.pages_checked is False
    upkeep = VaultUpkeep(worker)
    found = []
    upkeep.damaged.connect(found.append)
    upkeep.attach(session)
    qtbot.waitUntil(lambda: bool(found), timeout=10000)
    assert isinstance(found[0], DamagedFile) and "已损坏" in found[0].zh
    assert session.vault.refused is found[0]
    upkeep.detach()
