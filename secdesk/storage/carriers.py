"""SQL for the carrier register (台账): rows, numbering sequences, search, state log.

Search uses an FTS5 trigram index over number, title, 文号 and 发文单位, so a Chinese
substring of three or more characters is found without scanning; shorter texts fall back
to LIKE. Every sortable column has an index ending in ``id`` so that paging in any order
stays fast on a million rows.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import Carrier, CarrierDraft, CarrierType, Source, State
from secdesk.domain.carriers.query import RegisterQuery, SortKey
from secdesk.domain.carriers.terms import Term, TermKind

SORTABLE = [k.value for k in SortKey if k is not SortKey.REGISTERED]

MIGRATION = """
CREATE TABLE carriers (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    external INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL,
    level TEXT NOT NULL,
    level_rank INTEGER NOT NULL,
    ctype TEXT NOT NULL,
    term_kind TEXT NOT NULL,
    term_value TEXT NOT NULL DEFAULT '',
    marking TEXT NOT NULL,
    issue_date TEXT,
    declassify_on TEXT,
    origin_unit TEXT NOT NULL DEFAULT '',
    doc_no TEXT NOT NULL DEFAULT '',
    extent TEXT NOT NULL DEFAULT '',
    copy_no INTEGER,
    copies_total INTEGER,
    scope TEXT NOT NULL DEFAULT '',
    no_copy INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL,
    source_detail TEXT NOT NULL DEFAULT '',
    source_carrier_id INTEGER REFERENCES carriers (id),
    custodian TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL,
    remarks TEXT NOT NULL DEFAULT '',
    registered_at TEXT NOT NULL,
    registered_by TEXT NOT NULL,
    batch TEXT NOT NULL DEFAULT '',
    void_reason TEXT NOT NULL DEFAULT ''
);
""" + "".join(
    f"CREATE INDEX carriers_by_{c} ON carriers ({c}, id);\n" for c in SORTABLE if c != "number"
) + """
CREATE INDEX carriers_by_batch ON carriers (batch);
CREATE INDEX carriers_by_registered ON carriers (registered_at);
CREATE TABLE carrier_sequences (
    unit_code TEXT NOT NULL,
    year INTEGER NOT NULL,
    last INTEGER NOT NULL,
    PRIMARY KEY (unit_code, year)
);
CREATE TABLE carrier_states (
    carrier_id INTEGER NOT NULL REFERENCES carriers (id),
    at TEXT NOT NULL,
    state TEXT NOT NULL,
    event TEXT NOT NULL
);
CREATE INDEX carrier_states_by_carrier ON carrier_states (carrier_id, at);
CREATE INDEX audit_events_object ON audit_events (object);
CREATE VIRTUAL TABLE carriers_fts USING fts5 (
    number, title, doc_no, origin_unit,
    content = 'carriers', content_rowid = 'id', tokenize = 'trigram'
);
CREATE TRIGGER carriers_fts_insert AFTER INSERT ON carriers BEGIN
    INSERT INTO carriers_fts (rowid, number, title, doc_no, origin_unit)
    VALUES (new.id, new.number, new.title, new.doc_no, new.origin_unit);
END;
CREATE TRIGGER carriers_fts_update AFTER UPDATE OF number, title, doc_no, origin_unit ON carriers
BEGIN
    INSERT INTO carriers_fts (carriers_fts, rowid, number, title, doc_no, origin_unit)
    VALUES ('delete', old.id, old.number, old.title, old.doc_no, old.origin_unit);
    INSERT INTO carriers_fts (rowid, number, title, doc_no, origin_unit)
    VALUES (new.id, new.number, new.title, new.doc_no, new.origin_unit);
END;
CREATE TRIGGER carriers_no_delete BEFORE DELETE ON carriers
BEGIN SELECT RAISE(ABORT, 'carriers are never deleted: void them'); END;
"""

COLUMNS = (
    "id, number, external, title, level, ctype, term_kind, term_value, issue_date, "
    "origin_unit, doc_no, extent, copy_no, copies_total, scope, no_copy, source, "
    "source_detail, custodian, location, state, remarks, registered_at, registered_by, "
    "void_reason, batch, lend_hold, basis, classifier"
)

# 定密依据 and 定密责任人 of a self-made carrier (later than the register itself).
CLASSIFICATION_MIGRATION = """
ALTER TABLE carriers ADD COLUMN basis TEXT NOT NULL DEFAULT '';
ALTER TABLE carriers ADD COLUMN classifier TEXT NOT NULL DEFAULT '';
"""


def next_sequence(conn, unit_code: str, year: int) -> int:
    """The next sequence number of the unit in the year; never handed out twice."""
    row = conn.execute(
        "INSERT INTO carrier_sequences (unit_code, year, last) VALUES (?, ?, 1) "
        "ON CONFLICT (unit_code, year) DO UPDATE SET last = last + 1 RETURNING last",
        (unit_code, year),
    ).fetchone()
    return row[0]


def insert(conn, number: str, external: bool, draft: CarrierDraft, marking: str,
           declassify_on: date | None, at: str, by: str, batch: str,
           source_carrier_id: int | None = None) -> int:
    """Add a carrier in 在库 state; return its id."""
    d = draft
    cur = conn.execute(
        "INSERT INTO carriers (number, external, title, level, level_rank, ctype, term_kind, "
        "term_value, marking, issue_date, declassify_on, origin_unit, doc_no, extent, copy_no, "
        "copies_total, scope, no_copy, source, source_detail, source_carrier_id, custodian, "
        "location, state, remarks, registered_at, registered_by, batch, basis, classifier) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (number, int(external), d.title, d.level.value, d.level.rank, d.ctype.value,
         d.term.kind.value, d.term.value, marking, _iso(d.issue_date), _iso(declassify_on),
         d.origin_unit, d.doc_no, d.extent, d.copy_no, d.copies_total, d.scope, int(d.no_copy),
         d.source.value, d.source_detail, source_carrier_id, d.custodian, d.location,
         State.IN_ROOM.value, d.remarks, at, by, batch, d.basis, d.classifier),
    )
    log_state(conn, cur.lastrowid, at, State.IN_ROOM, "carrier.register")
    return cur.lastrowid


def log_state(conn, carrier_id: int, at: str, state: State, event: str) -> None:
    """Record that the carrier entered ``state`` at ``at`` (for the register as at a date)."""
    conn.execute("INSERT INTO carrier_states (carrier_id, at, state, event) VALUES (?, ?, ?, ?)",
                 (carrier_id, at, state.value, event))


def update(conn, carrier_id: int, **fields) -> None:
    """Set columns of one carrier (callers audit the change)."""
    allowed = set(COLUMNS.split(", ")) | {"marking", "level_rank", "declassify_on", "custodian_id"}
    unknown = set(fields) - (allowed - {"id", "number", "registered_at", "registered_by"})
    if unknown:
        raise ValueError(f"unknown carrier fields: {unknown}")
    assignments = ", ".join(f"{k} = ?" for k in fields)
    conn.execute(f"UPDATE carriers SET {assignments} WHERE id = ?", (*fields.values(), carrier_id))


def by_number(conn, number: str) -> Carrier | None:
    """The carrier with exactly this number."""
    row = conn.execute(f"SELECT {COLUMNS} FROM carriers WHERE number = ?", (number,)).fetchone()
    return to_carrier(row) if row else None


def by_id(conn, carrier_id: int) -> Carrier | None:
    """The carrier with this id."""
    row = conn.execute(f"SELECT {COLUMNS} FROM carriers WHERE id = ?", (carrier_id,)).fetchone()
    return to_carrier(row) if row else None


_TERM_ENDED = ("FROM carriers WHERE declassify_on <= ? AND level != '内部' "
               "AND state NOT IN ('已移交', '已清退', '已销毁', '已作废')")


def term_ended(conn, today: date) -> list[Carrier]:
    """Carriers not closed, above 内部, whose declassification date is today or past."""
    rows = conn.execute(f"SELECT {COLUMNS} {_TERM_ENDED} ORDER BY declassify_on, number", (today.isoformat(),))
    return [to_carrier(r) for r in rows]


def term_ended_count(conn, today: date) -> int:
    """How many :func:`term_ended` lists (the reminder needs the number alone)."""
    return conn.execute(f"SELECT count(*) {_TERM_ENDED}", (today.isoformat(),)).fetchone()[0]


def stale_labels(conn) -> list[str]:
    """Numbers of carriers still held whose marking changed (定密变更, 解密) after their
    label was last printed: the label on the carrier shows the old marking."""
    rows = conn.execute(
        "SELECT c.number FROM (SELECT object, MAX(seq) AS changed FROM audit_events "
        "WHERE event IN ('carrier.reclassify', 'carrier.declassify') AND result = 'ok' GROUP BY object) m "
        "JOIN carriers c ON c.number = substr(m.object, 9) "
        "WHERE c.state NOT IN ('已移交', '已清退', '已销毁', '已作废') AND m.changed > COALESCE("
        "(SELECT MAX(l.seq) FROM audit_events l WHERE l.event = 'carrier.label' AND l.object = m.object), 0) "
        "ORDER BY c.number")
    return [r[0] for r in rows]


def locations(conn) -> list[str]:
    """Distinct storage locations of the carriers not closed."""
    rows = conn.execute("SELECT DISTINCT location FROM carriers WHERE location <> '' "
                        "AND state NOT IN ('已移交', '已清退', '已销毁', '已作废') ORDER BY location")
    return [r[0] for r in rows]


def by_batch(conn, batch: str) -> list[Carrier]:
    """The carriers registered together in one batch, in order."""
    rows = conn.execute(f"SELECT {COLUMNS} FROM carriers WHERE batch = ? ORDER BY id", (batch,))
    return [to_carrier(r) for r in rows]


def where_clause(q: RegisterQuery, void_rule: bool = True, fts: bool = True) -> tuple[str, list]:
    """SQL condition and parameters for a register query.

    ``void_rule`` False leaves out the default exclusion of voided entries (the count
    subtracts them instead); ``fts`` False leaves out a trigram search (a join does it).
    """
    parts, params = [], []
    text = q.search.strip()
    if text and (len(text) < 3 or fts):
        condition, values = _search(text)
        parts.append(condition)
        params += values
    if q.levels:
        parts.append(f"level_rank IN ({', '.join('?' * len(q.levels))})")
        params += sorted(level.rank for level in q.levels)
    for column, values in (("ctype", q.types), ("state", q.states)):
        if values:
            parts.append(f"{column} IN ({', '.join('?' * len(values))})")
            params += sorted(v.value for v in values)
    if void_rule and _hides_void(q):
        parts.append("state <> ?")
        params.append(State.VOID.value)
    for column in ("location", "custodian"):
        value = getattr(q, column).strip()
        if value:
            parts.append(f"{column} = ?")
            params.append(value)
    if q.registered_from:
        parts.append("registered_at >= ?")
        params.append(q.registered_from.isoformat())
    if q.registered_to:
        parts.append("registered_at < ?")
        params.append((q.registered_to + timedelta(days=1)).isoformat())
    return (" AND ".join(parts) or "1"), params


def _search(text: str) -> tuple[str, list]:
    if len(text) >= 3:
        return "id IN (SELECT rowid FROM carriers_fts WHERE carriers_fts MATCH ?)", [_phrase(text)]
    like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    columns = ("number", "title", "doc_no", "origin_unit")
    return "(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in columns) + ")", [like] * 4


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _hides_void(q: RegisterQuery) -> bool:
    return not q.include_void and State.VOID not in q.states


def count(conn, q: RegisterQuery) -> int:
    """How many carriers match. Voided entries are few: counting all and subtracting
    them lets the count run on the indexes alone. A trigram search alone is counted on
    the search index, without reading the carriers."""
    if _fts_only(q):
        return _count_fts(conn, q)
    where, params = where_clause(q, void_rule=False)
    total = conn.execute(f"SELECT count(*) FROM carriers WHERE {where}", params).fetchone()[0]
    if _hides_void(q) and not q.states:
        total -= conn.execute(f"SELECT count(*) FROM carriers INDEXED BY carriers_by_state "
                              f"WHERE state = ? AND {where}",
                              (State.VOID.value, *params)).fetchone()[0]
    return total


# The common filter pairs counted on an index alone (在库 + a location, a state with a
# 密级, a type, a custodian), and the trigram search counted on its own index.
COUNT_MIGRATION = """
CREATE INDEX carriers_by_location_state ON carriers (location, state);
CREATE INDEX carriers_by_filters ON carriers (state, level_rank, ctype, custodian, location);
"""
SAMPLE_WINDOWS = 16  # an estimate counts this many runs of consecutive ids …
SAMPLE_ROWS = 1500  # … of this many ids each


def needs_estimate(q: RegisterQuery) -> bool:
    """True if the exact count must read every row (a search of one or two characters:
    the trigram index cannot answer it), so an estimate is shown first."""
    return 0 < len(q.search.strip()) < 3


def id_span(conn) -> tuple[int, int]:
    """The lowest and highest carrier id (0, 0 for an empty register)."""
    low, high = conn.execute("SELECT min(id), max(id) FROM carriers").fetchone()
    return (low or 0, high or 0)


def count_between(conn, q: RegisterQuery, low: int, high: int) -> int:
    """How many carriers with ids ``low``…``high`` match (one slice of an exact count)."""
    where, params = where_clause(q)
    return conn.execute(f"SELECT count(*) FROM carriers WHERE id BETWEEN ? AND ? AND {where}",
                        (low, high, *params)).fetchone()[0]


def estimate(conn, q: RegisterQuery) -> int:
    """About how many carriers match: the share of matches in evenly spread runs of ids,
    times the ids in use. Reads some 24,000 rows whatever the register's size."""
    low, high = id_span(conn)
    span = high - low + 1 if high else 0
    if span <= SAMPLE_WINDOWS * SAMPLE_ROWS:
        return count_between(conn, q, low, high) if span else 0
    step = span // SAMPLE_WINDOWS
    seen = found = 0
    for k in range(SAMPLE_WINDOWS):
        start = low + k * step + (step - SAMPLE_ROWS) // 2
        end = start + SAMPLE_ROWS - 1
        seen += conn.execute("SELECT count(*) FROM carriers WHERE id BETWEEN ? AND ?", (start, end)).fetchone()[0]
        found += count_between(conn, q, start, end)
    if not seen:
        return 0
    rows = conn.execute("SELECT count(*) FROM carriers").fetchone()[0]
    return round(found / seen * rows)


def _fts_only(q: RegisterQuery) -> bool:
    """A trigram search and no other filter: the search index alone gives the count."""
    return len(q.search.strip()) >= 3 and q == RegisterQuery(search=q.search, include_void=q.include_void,
                                                             sort=q.sort, descending=q.descending)


def _count_fts(conn, q: RegisterQuery) -> int:
    phrase = _phrase(q.search.strip())
    total = conn.execute("SELECT count(*) FROM carriers_fts WHERE carriers_fts MATCH ?", (phrase,)).fetchone()[0]
    if not q.include_void:  # voided entries are few: look each one up in the index
        total -= conn.execute(
            "SELECT count(*) FROM carriers c INDEXED BY carriers_by_state WHERE c.state = ? AND EXISTS "
            "(SELECT 1 FROM carriers_fts WHERE carriers_fts MATCH ? AND rowid = c.id)",
            (State.VOID.value, phrase)).fetchone()[0]
    return total


def page(conn, q: RegisterQuery, limit: int, offset: int = 0) -> list[Carrier]:
    """One page of matching carriers in the query's order.

    A trigram search in registration order walks the search index newest first and
    stops at the page's end, instead of collecting every match.
    """
    direction = "DESC" if q.descending else "ASC"
    if q.sort is SortKey.REGISTERED and len(q.search.strip()) >= 3:
        where, params = where_clause(q, fts=False)
        sql = (f"SELECT {_qualified()} FROM carriers_fts f JOIN carriers ON carriers.id = f.rowid "
               f"WHERE carriers_fts MATCH ? AND {where} ORDER BY f.rowid {direction} LIMIT ? OFFSET ?")
        rows = conn.execute(sql, (_phrase(q.search.strip()), *params, limit, offset))
        return [to_carrier(r) for r in rows]
    where, params = where_clause(q)
    order = "id" if q.sort is SortKey.REGISTERED else f"{q.sort.value} {direction}, id"
    rows = conn.execute(
        f"SELECT {COLUMNS} FROM carriers WHERE {where} ORDER BY {order} {direction} "
        "LIMIT ? OFFSET ?", (*params, limit, offset))
    return [to_carrier(r) for r in rows]


def _qualified() -> str:
    return ", ".join(f"carriers.{c}" for c in COLUMNS.split(", "))


def iterate(conn, q: RegisterQuery, chunk: int = 2000):
    """Every matching carrier in order, read a chunk at a time (for printing)."""
    where, params = where_clause(q)
    direction = "DESC" if q.descending else "ASC"
    order = "id" if q.sort is SortKey.REGISTERED else f"{q.sort.value} {direction}, id"
    cursor = conn.execute(f"SELECT {COLUMNS} FROM carriers WHERE {where} ORDER BY {order} {direction}",
                          params)
    while rows := cursor.fetchmany(chunk):
        yield from (to_carrier(r) for r in rows)


def to_carrier(row) -> Carrier:
    """A :class:`Carrier` from a row in COLUMNS order."""
    (id_, number, external, title, level, ctype, term_kind, term_value, issue_date, origin,
     doc_no, extent, copy_no, copies_total, scope, no_copy, source, source_detail, custodian,
     location, state, remarks, registered_at, registered_by, void_reason, batch, lend_hold, basis,
     classifier) = row
    draft = CarrierDraft(
        title=title, level=Level(level), ctype=CarrierType(ctype),
        term=Term(TermKind(term_kind), term_value),
        issue_date=date.fromisoformat(issue_date) if issue_date else None,
        origin_unit=origin, doc_no=doc_no, extent=extent, copy_no=copy_no,
        copies_total=copies_total, scope=scope, no_copy=bool(no_copy), source=Source(source),
        source_detail=source_detail, custodian=custodian, location=location, remarks=remarks,
        external_number=number if external else "", basis=basis, classifier=classifier,
    )
    return Carrier(id_, number, bool(external), draft, State(state), registered_at,
                   registered_by, void_reason, {"batch": batch, "lend_hold": lend_hold})


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def iterate_as_of(conn, q: RegisterQuery, as_of: date, chunk: int = 2000):
    """Carriers registered by the end of ``as_of``, each in the state it had then,
    matching the query (its state filter applies to the state at that date)."""
    end = (as_of + timedelta(days=1)).isoformat()
    states_then = replace(q, states=frozenset(), include_void=True)
    where, params = where_clause(states_then)
    state_then = ("(SELECT s.state FROM carrier_states s WHERE s.carrier_id = carriers.id "
                  "AND s.at < ? ORDER BY s.at DESC, s.rowid DESC LIMIT 1)")
    sql = (f"SELECT {COLUMNS.replace('state,', f'{state_then} AS state_then,')} FROM carriers "
           f"WHERE registered_at < ? AND {where} ORDER BY id")
    cursor = conn.execute(sql, (end, end, *params))
    wanted = {s.value for s in q.states}
    while rows := cursor.fetchmany(chunk):
        for row in rows:
            if _shown(row[20], wanted, q.include_void):
                yield to_carrier(row)


def _shown(state: str, wanted: set[str], include_void: bool) -> bool:
    if wanted:
        return state in wanted
    return include_void or state != State.VOID.value
