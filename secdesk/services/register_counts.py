"""The register's total (台账合计) at a million carriers: exact at once where an index
answers it; for a search of one or two characters (which only reading every row
answers) an estimate first, shown as 约, then the exact number counted in slices of ids
so that the one worker is never held for long between other work.
"""

from __future__ import annotations

from secdesk.domain.carriers.query import RegisterQuery
from secdesk.domain.roles import Permission
from secdesk.services.session import Session
from secdesk.storage import carriers as repo

SLICE_IDS = 100_000  # ids counted per step of an exact count that reads rows


def first_count(session: Session, query: RegisterQuery) -> tuple[int, bool]:
    """(the total, True) when it is cheap; else (an estimate, False) and the exact total
    comes from :func:`slices` and :func:`count_slice`."""
    session.require(Permission.READ_REGISTER, "carrier.read")
    conn = session.vault.conn
    if repo.needs_estimate(query):
        return repo.estimate(conn, query), False
    return repo.count(conn, query), True


def slices(session: Session) -> list[tuple[int, int]]:
    """The id ranges an exact count goes through, one step each."""
    session.require(Permission.READ_REGISTER, "carrier.read")
    low, high = repo.id_span(session.vault.conn)
    if not high:
        return []
    return [(start, min(start + SLICE_IDS - 1, high)) for start in range(low, high + 1, SLICE_IDS)]


def count_slice(session: Session, query: RegisterQuery, low: int, high: int) -> int:
    """The matches among ids ``low``…``high``."""
    session.require(Permission.READ_REGISTER, "carrier.read")
    return repo.count_between(session.vault.conn, query, low, high)


def exact(session: Session, query: RegisterQuery) -> int:
    """The exact total in one call (the command line, tests)."""
    first, is_exact = first_count(session, query)
    if is_exact:
        return first
    return sum(count_slice(session, query, low, high) for low, high in slices(session))
