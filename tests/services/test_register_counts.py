"""The register's totals equal the true count of matching carriers, however they are
reached: an index, the trigram index, an estimate followed by an exact count in slices."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

import pytest

from secdesk.demo.carriers import draft
from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import CarrierType, State
from secdesk.domain.carriers.numbers import make_number
from secdesk.domain.carriers.query import RegisterQuery
from secdesk.domain.carriers.terms import declassification_date, marking
from secdesk.services import register_counts
from secdesk.storage import carriers as repo

ROWS = 600


@pytest.fixture
def register(staffed_vault, monkeypatch):
    """A vault of 600 carriers (a few voided, some lent), counted in small slices."""
    monkeypatch.setattr(register_counts, "SLICE_IDS", 97)
    monkeypatch.setattr(repo, "SAMPLE_WINDOWS", 4)
    monkeypatch.setattr(repo, "SAMPLE_ROWS", 25)
    vault = staffed_vault
    rng = random.Random(5)
    today = date.today()
    conn = vault.session.vault.conn
    with vault.session.vault.transaction():
        for n in range(1, ROWS + 1):
            d, _ = draft(rng, today)
            if d.level.needs_copy_number and d.copy_no is None:
                d = replace(d, copy_no=1, copies_total=1)
            cid = repo.insert(conn, make_number("BMS", 2026, n), False, d, marking(d.level, d.term),
                              declassification_date(d.level, d.term, d.issue_date), f"{today}T09:00:00+08:00",
                              "clerk", "test")
            if n % 50 == 0:
                repo.update(conn, cid, state=State.VOID.value)
            elif n % 7 == 0:
                repo.update(conn, cid, state=State.LENT.value)
    vault.close()
    vault.sign_in("clerk1")
    return vault


def _truth(conn, q: RegisterQuery) -> int:
    """Count in Python, row by row."""
    text = q.search.strip()
    total = 0
    for c in repo.iterate(conn, replace(q, search="")):
        if text and not any(text in v for v in (c.number, c.draft.title, c.draft.doc_no, c.draft.origin_unit)):
            continue
        total += 1
    return total


def _queries(conn) -> dict[str, RegisterQuery]:
    title = conn.execute("SELECT title FROM carriers WHERE length(title) > 4 LIMIT 1").fetchone()[0]
    location = conn.execute("SELECT location FROM carriers WHERE location <> '' LIMIT 1").fetchone()[0]
    return {
        "all": RegisterQuery(),
        "one character": RegisterQuery(search=title[0]),
        "two characters": RegisterQuery(search=title[1:3]),
        "two characters, 在库": RegisterQuery(search=title[1:3], states=frozenset({State.IN_ROOM})),
        "trigram": RegisterQuery(search=title[:3]),
        "trigram with voided": RegisterQuery(search=title[:3], include_void=True),
        "four characters": RegisterQuery(search=title[:4]),
        "在库 + location": RegisterQuery(states=frozenset({State.IN_ROOM}), location=location),
        "在库 + 机密": RegisterQuery(states=frozenset({State.IN_ROOM}), levels=frozenset({Level.SECRET})),
        "借出 + U盘": RegisterQuery(states=frozenset({State.LENT}), types=frozenset({CarrierType.USB})),
        "location only": RegisterQuery(location=location),
    }


def test_every_total_equals_the_true_count(register):
    """Exact totals (at once, or estimate then slices) match counting row by row."""
    session = register.session
    conn = session.vault.conn
    for name, q in _queries(conn).items():
        assert register_counts.exact(session, q) == _truth(conn, q), name


def test_short_searches_get_an_estimate_first_then_the_exact_count(register):
    """One or two characters: an estimate (not exact) first; the slices add up to the truth."""
    session = register.session
    q = _queries(session.vault.conn)["two characters"]
    estimate, exact = register_counts.first_count(session, q)
    assert exact is False and estimate >= 0
    ranges = register_counts.slices(session)
    assert len(ranges) > 1 and ranges[0][0] == 1 and ranges[-1][1] == ROWS
    assert sum(register_counts.count_slice(session, q, lo, hi) for lo, hi in ranges) == _truth(
        session.vault.conn, q)


def test_the_estimate_is_near_the_truth(register):
    """The sampled estimate of a common short search lands near the true count."""
    session = register.session
    q = RegisterQuery(search="保")
    truth = _truth(session.vault.conn, q)
    estimate, _ = register_counts.first_count(session, q)
    assert abs(estimate - truth) <= max(0.35 * truth, 20)


def test_the_filter_pairs_count_on_an_index(register):
    """在库 + a location is counted on an index alone (the plan reads no table row)."""
    conn = register.session.vault.conn
    where, params = repo.where_clause(_queries(conn)["在库 + location"], void_rule=False)
    plan = " ".join(r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN SELECT count(*) FROM carriers WHERE {where}",
                                               params))
    assert "COVERING INDEX" in plan, plan
