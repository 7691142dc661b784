"""Changing settings (修改设置): each key has its owner role; every change is audited."""

from __future__ import annotations

from typing import Any

from secdesk.domain import settings
from secdesk.services.session import Session
from secdesk.storage import settings_repo


def change_setting(session: Session, key: str, value: Any) -> Any:
    """Validate and store one setting; return the stored value."""
    spec = settings.spec(key)
    session.require(spec.permission, "settings.change", f"setting:{key}")
    value = spec.validate(value)
    before = session.settings()[key]
    if value == before:
        return value
    with session.vault.transaction() as conn:
        settings_repo.put(conn, key, value)
        session.record(conn, "settings.change", f"setting:{key}",
                       before={key: before}, after={key: value})
    return value
