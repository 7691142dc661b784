"""The child of the kill test: signs in, then commits writes through the services forever,
printing each one on stdout only after its commit has returned.

Usage: ``python kill_writer.py DB PASSWORD TAG`` (the password of ``admin``). Lines:
``setting <value>`` (unit.name changed to value) and ``account <name>`` (account added).
"""

from __future__ import annotations

import sys

from secdesk.domain.roles import Role
from secdesk.services import accounts, settings
from secdesk.services.session import sign_in
from secdesk.storage.keyfile import KdfParams

NEW_ACCOUNT_PASSWORD = "Kill#Test9x"
ACCOUNT_EVERY = 20  # every 20th write adds an account (key file and database together)


def main(db: str, password: str, tag: str) -> None:
    """Write until killed."""
    session = sign_in(db, "admin", password, kdf=KdfParams.minimal())
    i = 0
    while True:
        i += 1
        if i % ACCOUNT_EVERY == 0:
            name = f"k{tag}n{i}"
            accounts.add_account(session, name, frozenset({Role.CLERK}), NEW_ACCOUNT_PASSWORD)
            print(f"account {name}", flush=True)
        else:
            value = f"unit-{tag}-{i}"
            settings.change_setting(session, "unit.name", value)
            print(f"setting {value}", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
