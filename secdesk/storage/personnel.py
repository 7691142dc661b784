"""SQL for personnel files (涉密人员档案), their records, and loans (借阅).

The loans table is laid down here because leaving (离岗) must see what a person holds;
the scan station fills it.
"""

from __future__ import annotations

from datetime import date

from secdesk.domain.carriers.levels import Level
from secdesk.domain.personnel.model import (
    Clearance,
    Commitment,
    CommitmentKind,
    IdType,
    Person,
    PersonDraft,
    Review,
    Status,
    Training,
    TravelApproval,
)

MIGRATION = """
CREATE TABLE persons (
    id INTEGER PRIMARY KEY,
    badge TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    dept TEXT NOT NULL,
    post TEXT NOT NULL DEFAULT '',
    staff_no TEXT NOT NULL DEFAULT '',
    id_type TEXT NOT NULL,
    id_number TEXT NOT NULL DEFAULT '',
    clearance TEXT NOT NULL,
    clearance_since TEXT,
    vetted_on TEXT,
    vetting_result TEXT NOT NULL DEFAULT '',
    vetted_by TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    declassify_from TEXT,
    declassify_until TEXT,
    released_on TEXT,
    remarks TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX persons_by_dept ON persons (dept, name);
CREATE INDEX persons_by_name ON persons (name);
CREATE UNIQUE INDEX persons_by_staff_no ON persons (staff_no) WHERE staff_no <> '';
CREATE TABLE sequences (name TEXT PRIMARY KEY, last INTEGER NOT NULL);
CREATE TABLE commitments (
    id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES persons (id),
    kind TEXT NOT NULL, signed_on TEXT NOT NULL, note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE trainings (
    id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES persons (id),
    held_on TEXT NOT NULL, hours REAL NOT NULL, subject TEXT NOT NULL, result TEXT NOT NULL DEFAULT ''
);
CREATE TABLE travels (
    id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES persons (id),
    leave_on TEXT NOT NULL, return_on TEXT NOT NULL, destination TEXT NOT NULL,
    approved_by TEXT NOT NULL, passport_returned_on TEXT
);
CREATE TABLE reviews (
    id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES persons (id),
    held_on TEXT NOT NULL, result TEXT NOT NULL, reviewer TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX commitments_by_person ON commitments (person_id);
CREATE INDEX trainings_by_person ON trainings (person_id, held_on);
CREATE INDEX travels_by_person ON travels (person_id);
CREATE INDEX reviews_by_person ON reviews (person_id, held_on);
ALTER TABLE carriers ADD COLUMN custodian_id INTEGER REFERENCES persons (id);
CREATE INDEX carriers_by_custodian_id ON carriers (custodian_id);
CREATE TABLE loans (
    id INTEGER PRIMARY KEY,
    carrier_id INTEGER NOT NULL REFERENCES carriers (id),
    person_id INTEGER NOT NULL REFERENCES persons (id),
    lent_at TEXT NOT NULL,
    due_on TEXT NOT NULL,
    purpose TEXT NOT NULL DEFAULT '',
    approver TEXT NOT NULL DEFAULT '',
    approval_ref TEXT NOT NULL DEFAULT '',
    reading_place TEXT NOT NULL DEFAULT '',
    clerk TEXT NOT NULL,
    returned_at TEXT,
    returned_to TEXT,
    whole INTEGER,
    return_note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX loans_by_person_open ON loans (person_id) WHERE returned_at IS NULL;
CREATE UNIQUE INDEX loans_one_open_per_carrier ON loans (carrier_id) WHERE returned_at IS NULL;
CREATE TRIGGER persons_no_delete BEFORE DELETE ON persons
BEGIN SELECT RAISE(ABORT, 'personnel files are never deleted'); END;
"""

COLUMNS = ("id, badge, name, dept, post, staff_no, id_type, id_number, clearance, clearance_since, "
           "vetted_on, vetting_result, vetted_by, status, declassify_from, declassify_until, "
           "released_on, remarks, head_of, approves")

# Who may approve what (the authority an inspector checks): the department a person heads,
# and the levels a 保密办 leader may approve.
AUTHORITY_MIGRATION = """
ALTER TABLE persons ADD COLUMN head_of TEXT NOT NULL DEFAULT '';
ALTER TABLE persons ADD COLUMN approves TEXT NOT NULL DEFAULT '';
"""

LEAVING_MIGRATION = """
CREATE TABLE leavings (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL UNIQUE REFERENCES persons (id),
    kind TEXT NOT NULL,
    left_on TEXT NOT NULL,
    commitment_on TEXT NOT NULL,
    years INTEGER NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);
CREATE TABLE handovers (
    id INTEGER PRIMARY KEY,
    carrier_id INTEGER NOT NULL REFERENCES carriers (id),
    from_person_id INTEGER NOT NULL REFERENCES persons (id),
    to_person_id INTEGER NOT NULL REFERENCES persons (id),
    handed_on TEXT NOT NULL,
    reason TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);
CREATE INDEX handovers_by_from ON handovers (from_person_id);
CREATE TRIGGER leavings_no_delete BEFORE DELETE ON leavings
BEGIN SELECT RAISE(ABORT, 'leaving records are never deleted'); END;
CREATE TRIGGER handovers_no_delete BEFORE DELETE ON handovers
BEGIN SELECT RAISE(ABORT, 'hand-over records are never deleted'); END;
"""


def next_in_sequence(conn, name: str) -> int:
    """The next number of a named sequence (badges: ``badge:<unit>``); never reused."""
    return conn.execute(
        "INSERT INTO sequences (name, last) VALUES (?, 1) "
        "ON CONFLICT (name) DO UPDATE SET last = last + 1 RETURNING last", (name,)).fetchone()[0]


def insert(conn, badge: str, d: PersonDraft, at: str, by: str) -> int:
    """Open a file in 在岗 state; return its id."""
    cur = conn.execute(
        "INSERT INTO persons (badge, name, dept, post, staff_no, id_type, id_number, clearance, "
        "clearance_since, vetted_on, vetting_result, vetted_by, status, remarks, created_at, "
        "created_by, head_of, approves) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (badge, d.name, d.dept, d.post, d.staff_no, d.id_type.value, d.id_number, d.clearance.value,
         _iso(d.clearance_since), _iso(d.vetted_on), d.vetting_result, d.vetted_by,
         Status.ON_DUTY.value, d.remarks, at, by, d.head_of, levels_text(d.approves)))
    return cur.lastrowid


def update(conn, person_id: int, **fields) -> None:
    """Set columns of one file (callers audit)."""
    allowed = set(COLUMNS.split(", ")) - {"id", "badge"}
    if not set(fields) <= allowed:
        raise ValueError(f"unknown person fields: {set(fields) - allowed}")
    assignments = ", ".join(f"{k} = ?" for k in fields)
    conn.execute(f"UPDATE persons SET {assignments} WHERE id = ?",
                 (*(_stored(v) for v in fields.values()), person_id))


def _stored(value):
    if isinstance(value, date):
        return _iso(value)
    return levels_text(value) if isinstance(value, frozenset) else value


def levels_text(levels) -> str:
    """The levels a person may approve as stored and shown: ``绝密,机密``, highest first."""
    return ",".join(lv.value for lv in sorted(levels, key=lambda lv: -lv.rank))


def parse_levels(text: str) -> frozenset[Level]:
    """Levels from ``绝密,机密`` (stored form)."""
    return frozenset(Level(p) for p in text.split(",") if p)


def by_badge(conn, badge: str) -> Person | None:
    """The file with this badge number."""
    row = conn.execute(f"SELECT {COLUMNS} FROM persons WHERE badge = ?", (badge,)).fetchone()
    return to_person(row) if row else None


def by_id(conn, person_id: int) -> Person | None:
    """The file with this id."""
    row = conn.execute(f"SELECT {COLUMNS} FROM persons WHERE id = ?", (person_id,)).fetchone()
    return to_person(row) if row else None


def by_staff_no(conn, staff_no: str) -> Person | None:
    """The file with this 工号 (unique when given)."""
    row = conn.execute(f"SELECT {COLUMNS} FROM persons WHERE staff_no = ?", (staff_no,)).fetchone()
    return to_person(row) if row else None


def by_id_number(conn, id_number: str) -> Person | None:
    """The file with this 证件号 (compared without regard to case), if any."""
    row = conn.execute(f"SELECT {COLUMNS} FROM persons WHERE upper(id_number) = upper(?) ORDER BY id",
                       (id_number,)).fetchone()
    return to_person(row) if row else None


def search(conn, dept: str = "", clearance: str = "", status: str = "", text: str = "") -> list[Person]:
    """Files matching the filters, by department and name."""
    parts, params = [], []
    for column, value in (("dept", dept), ("clearance", clearance), ("status", status)):
        if value:
            parts.append(f"{column} = ?")
            params.append(value)
    if text:
        parts.append("(name LIKE ? OR badge LIKE ? OR staff_no LIKE ?)")
        params += [f"%{text}%"] * 3
    where = " AND ".join(parts) or "1"
    rows = conn.execute(f"SELECT {COLUMNS} FROM persons WHERE {where} ORDER BY dept, name", params)
    return [to_person(r) for r in rows]


def departments(conn) -> list[str]:
    """Every department on file."""
    return [r[0] for r in conn.execute("SELECT DISTINCT dept FROM persons ORDER BY dept")]


def add_commitment(conn, person_id: int, c: Commitment) -> None:
    """Record a signed 保密承诺书."""
    conn.execute("INSERT INTO commitments (person_id, kind, signed_on, note) VALUES (?, ?, ?, ?)",
                 (person_id, c.kind.value, c.signed_on.isoformat(), c.note))


def add_training(conn, person_id: int, t: Training) -> None:
    """Record a training attended."""
    conn.execute("INSERT INTO trainings (person_id, held_on, hours, subject, result) VALUES (?, ?, ?, ?, ?)",
                 (person_id, t.held_on.isoformat(), t.hours, t.subject, t.result))


def add_travel(conn, person_id: int, t: TravelApproval) -> None:
    """Record an approved 出国(境) trip."""
    conn.execute("INSERT INTO travels (person_id, leave_on, return_on, destination, approved_by, "
                 "passport_returned_on) VALUES (?, ?, ?, ?, ?, ?)",
                 (person_id, t.leave_on.isoformat(), t.return_on.isoformat(), t.destination,
                  t.approved_by, _iso(t.passport_returned_on)))


def add_review(conn, person_id: int, r: Review) -> None:
    """Record a 复审."""
    conn.execute("INSERT INTO reviews (person_id, held_on, result, reviewer, note) VALUES (?, ?, ?, ?, ?)",
                 (person_id, r.held_on.isoformat(), r.result, r.reviewer, r.note))


def commitments(conn, person_id: int) -> list[Commitment]:
    """Signed undertakings, oldest first."""
    rows = conn.execute("SELECT kind, signed_on, note FROM commitments WHERE person_id = ? "
                        "ORDER BY signed_on, id", (person_id,))
    return [Commitment(CommitmentKind(k), date.fromisoformat(d), n) for k, d, n in rows]


def trainings(conn, person_id: int) -> list[Training]:
    """Trainings, oldest first."""
    rows = conn.execute("SELECT held_on, hours, subject, result FROM trainings WHERE person_id = ? "
                        "ORDER BY held_on, id", (person_id,))
    return [Training(date.fromisoformat(d), h, s, r) for d, h, s, r in rows]


def travels(conn, person_id: int) -> list[TravelApproval]:
    """Trips abroad, oldest first."""
    rows = conn.execute("SELECT leave_on, return_on, destination, approved_by, passport_returned_on "
                        "FROM travels WHERE person_id = ? ORDER BY leave_on, id", (person_id,))
    return [TravelApproval(date.fromisoformat(a), date.fromisoformat(b), c, d,
                           date.fromisoformat(e) if e else None) for a, b, c, d, e in rows]


def reviews(conn, person_id: int) -> list[Review]:
    """Reviews, oldest first."""
    rows = conn.execute("SELECT held_on, result, reviewer, note FROM reviews WHERE person_id = ? "
                        "ORDER BY held_on, id", (person_id,))
    return [Review(date.fromisoformat(d), r, v, n) for d, r, v, n in rows]


def hours_in_year(conn, year: int) -> dict[int, float]:
    """Training hours per person id in a calendar year."""
    rows = conn.execute("SELECT person_id, sum(hours) FROM trainings WHERE held_on >= ? AND held_on < ? "
                        "GROUP BY person_id", (f"{year}-01-01", f"{year + 1}-01-01"))
    return dict(rows)


def last_reviews(conn) -> dict[int, date]:
    """The latest 复审 date per person id."""
    rows = conn.execute("SELECT person_id, max(held_on) FROM reviews GROUP BY person_id")
    return {pid: date.fromisoformat(d) for pid, d in rows}


def people_with_commitment(conn, kinds: tuple[str, ...]) -> set[int]:
    """Ids of people who signed an undertaking of one of these kinds."""
    marks = ", ".join("?" * len(kinds))
    return {r[0] for r in conn.execute(
        f"SELECT DISTINCT person_id FROM commitments WHERE kind IN ({marks})", kinds)}


def has_commitment(conn, person_id: int, kinds: tuple[str, ...]) -> bool:
    """True if the person signed an undertaking of one of these kinds (one index lookup:
    the scan station asks at every lend)."""
    marks = ", ".join("?" * len(kinds))
    return conn.execute(f"SELECT 1 FROM commitments WHERE person_id = ? AND kind IN ({marks}) LIMIT 1",
                        (person_id, *kinds)).fetchone() is not None


def open_loans(conn, person_id: int) -> list[tuple[str, str, str]]:
    """(number, marking, due date) of carriers lent to the person and not yet back."""
    return list(conn.execute(
        "SELECT c.number, c.marking, l.due_on FROM loans l JOIN carriers c ON c.id = l.carrier_id "
        "WHERE l.person_id = ? AND l.returned_at IS NULL ORDER BY l.lent_at", (person_id,)))


def carried_out(conn, person_id: int) -> list[tuple[str, str, str]]:
    """(number, marking, return date) of carriers out with the person on an outing."""
    return list(conn.execute(
        "SELECT c.number, c.marking, o.return_on FROM outing_items i JOIN outings o ON o.id = i.outing_id "
        "JOIN carriers c ON c.id = i.carrier_id WHERE o.person_id = ? AND i.returned_at IS NULL "
        "ORDER BY c.number", (person_id,)))


def destruction_roles(conn, person_id: int) -> list[str]:
    """Numbers of destruction batches not yet executed or cancelled in which the person is
    the 销毁人 or a 监销人."""
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT d.number FROM destructions d LEFT JOIN destruction_supervisors s "
        "ON s.batch_id = d.id AND s.person_id = ? WHERE d.state IN ('草稿', '已批准') "
        "AND (d.destroyer_id = ? OR s.person_id IS NOT NULL) ORDER BY d.number", (person_id, person_id))]


def kept_carriers(conn, person_id: int) -> list[tuple[int, str, str]]:
    """(id, number, marking) of open carriers the person is custodian (保管人) of."""
    return list(conn.execute(
        "SELECT id, number, marking FROM carriers WHERE custodian_id = ? "
        "AND state NOT IN ('已移交', '已清退', '已销毁', '已作废', '下落不明') ORDER BY id", (person_id,)))


def missing_kept(conn, person_id: int) -> list[tuple[str, str]]:
    """(number, marking) of 下落不明 carriers the person is custodian of: not to be handed over."""
    return list(conn.execute(
        "SELECT number, marking FROM carriers WHERE custodian_id = ? AND state = '下落不明' ORDER BY id",
        (person_id,)))


def to_person(row) -> Person:
    """A :class:`Person` from a row in COLUMNS order."""
    (id_, badge, name, dept, post, staff_no, id_type, id_number, clearance, since, vetted_on,
     vetting_result, vetted_by, status, decl_from, decl_until, released_on, remarks, head_of, approves) = row
    draft = PersonDraft(name=name, dept=dept, clearance=Clearance(clearance),
                        clearance_since=_day(since), staff_no=staff_no, id_type=IdType(id_type),
                        id_number=id_number, post=post, vetted_on=_day(vetted_on),
                        vetting_result=vetting_result, vetted_by=vetted_by, remarks=remarks,
                        head_of=head_of, approves=parse_levels(approves))
    return Person(id_, badge, draft, Status(status), _day(decl_from), _day(decl_until), _day(released_on))


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def add_leaving(conn, person_id: int, kind: str, left_on: date, commitment_on: date, years: int,
                at: str, by: str) -> None:
    """Record a person's leaving (one per file)."""
    conn.execute("INSERT INTO leavings (person_id, kind, left_on, commitment_on, years, recorded_at, "
                 "recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                 (person_id, kind, left_on.isoformat(), commitment_on.isoformat(), years, at, by))


def leaving(conn, person_id: int) -> tuple[str, date, date, int] | None:
    """(kind, left on, undertaking signed on, years) of the person's leaving, if any."""
    row = conn.execute("SELECT kind, left_on, commitment_on, years FROM leavings WHERE person_id = ?",
                       (person_id,)).fetchone()
    return (row[0], _day(row[1]), _day(row[2]), row[3]) if row else None


def add_handover(conn, carrier_id: int, from_id: int, to_id: int, on: date, reason: str, by: str) -> None:
    """A transfer record: a carrier passes from one custodian to another."""
    conn.execute("INSERT INTO handovers (carrier_id, from_person_id, to_person_id, handed_on, reason, "
                 "recorded_by) VALUES (?, ?, ?, ?, ?, ?)",
                 (carrier_id, from_id, to_id, on.isoformat(), reason, by))


def handovers_from(conn, person_id: int) -> list[tuple[str, str, str, str]]:
    """(number, marking, successor's name, date) of carriers the person handed over."""
    return list(conn.execute(
        "SELECT c.number, c.marking, p.name, h.handed_on FROM handovers h "
        "JOIN carriers c ON c.id = h.carrier_id JOIN persons p ON p.id = h.to_person_id "
        "WHERE h.from_person_id = ? ORDER BY h.id", (person_id,)))
