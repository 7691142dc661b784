"""The people a printed form names (经手人, 批准人, 申请人, 监销人, 移交人 …) by their full names.

Records keep what was at hand when they were made: the clerk's account name (``clerk``),
the officer's account that confirmed at the PC, or a badge number typed for a person
(``BMS-P00002E``). An inspector reads neither: every form prints the person's name.
"""

from __future__ import annotations

from secdesk.domain.carriers.numbers import normalise
from secdesk.domain.personnel.rules import looks_like_badge
from secdesk.services.session import Session
from secdesk.storage import accounts
from secdesk.storage import personnel as people


class Names:
    """Turns what a record holds about a person into the name a form prints.

    An account name becomes the account's full name — or nothing when the account has
    none, so that the line is signed by hand rather than printed with a login; a badge
    number of a personnel file becomes the person's name; anything else (a name as
    typed) stays as it is. Built once per printout: the accounts are read once, each
    badge looked up once."""

    def __init__(self, session: Session) -> None:
        self._conn = session.vault.conn
        self._accounts = {row.name.casefold(): row.full_name.strip()
                          for row in accounts.all_accounts(self._conn)}
        self._badges: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        """The name to print for ``text``."""
        text = (text or "").strip()
        if not text:
            return ""
        full = self._accounts.get(text.casefold())
        if full is not None:
            return full
        if looks_like_badge(text):
            return self._badge(text)
        return text

    def _badge(self, text: str) -> str:
        badge = normalise(text)
        if badge not in self._badges:
            person = people.by_badge(self._conn, badge)
            self._badges[badge] = person.name if person else text
        return self._badges[badge]
