"""Bringing an old roster in (导入涉密人员名册): the same dry run and all-or-nothing import
as the register, into personnel files. Only the roles that keep the files may import
them; ID numbers are checked (GB 11643 check digit, birth date); a person already on
file (same 证件号 or 工号) is not filed twice. Each file opened is audited as
``person.create`` naming the file and row; one ``import.personnel`` event names the file
and the counts.
"""

from __future__ import annotations

import os
from pathlib import Path

from secdesk.domain import clock
from secdesk.domain.importing.fates import Outcome
from secdesk.domain.importing.personnel import PERSON_FIELDS, decide_people, read_personnel
from secdesk.domain.personnel.model import Commitment, CommitmentKind
from secdesk.domain.personnel.rules import make_badge, mask_id
from secdesk.domain.roles import Permission
from secdesk.services import import_files
from secdesk.services.importing import ImportResult, Progress, refuse_with_errors
from secdesk.services.session import Session
from secdesk.storage import imports
from secdesk.storage import personnel as repo


def preview_personnel(session: Session, path: Path, sheet: str | None = None) -> ImportResult:
    """The dry run: every row with its fate; nothing is written."""
    session.require(Permission.MANAGE_PERSONNEL, "import.personnel", f"file:{Path(path).name}")
    return _plan(session, Path(path), sheet)


def import_personnel(session: Session, path: Path, sheet: str | None = None, skip_errors: bool = False,
                     progress: Progress | None = None) -> ImportResult:
    """Open a file for every valid row in one transaction, or (rows in error, no
    ``skip_errors``) nothing: :class:`~secdesk.services.importing.ImportRefused`."""
    path = Path(path)
    session.require(Permission.MANAGE_PERSONNEL, "import.personnel", f"file:{path.name}")
    result = _plan(session, path, sheet)
    refuse_with_errors(session, result, skip_errors)
    import_id = os.urandom(6).hex()
    todo = [f for f in result.rows if f.writes]
    unit = session.settings()["unit.code"]
    now = clock.now()
    with session.vault.transaction() as conn:
        for done, fate in enumerate(todo, 1):
            draft = fate.drafts[0]
            badge = make_badge(unit, repo.next_in_sequence(conn, f"badge:{unit}"))
            person_id = repo.insert(conn, badge, draft, clock.stamp(), session.actor.name)
            where = f"导入：{result.file_name} 工作表“{result.sheet}”第{fate.row_no}行"
            session.record(conn, "person.create", f"person:{badge}", detail=where, after={
                "name": draft.name, "dept": draft.dept, "clearance": draft.clearance.value,
                "post": draft.post, "id_number": mask_id(draft.id_number)})
            signed = fate.extra.get("undertaking_on")
            if signed is not None:
                repo.add_commitment(conn, person_id, Commitment(CommitmentKind.ON_TAKING_UP, signed))
                session.record(conn, "person.commitment", f"person:{badge}", detail=where,
                               after={"kind": CommitmentKind.ON_TAKING_UP.value, "signed_on": signed.isoformat()})
            fate.numbers = [badge]
            imports.record_row(conn, "personnel", fate.fingerprint, import_id, result.file_name, result.sheet,
                               fate.row_no, fate.outcome.value, [badge], now.isoformat(), session.actor.name)
            if progress and (done % 200 == 0 or done == len(todo)):
                progress(done, len(todo))
        session.record(conn, "import.personnel", f"import:{import_id}",
                       after={"file": result.file_name, "sheet": result.sheet, "sha256": result.digest,
                              **result.totals},
                       detail=f"文件 {result.file_name}（工作表“{result.sheet}”）：{result.summary()}")
    result.written, result.import_id = True, import_id
    return result


def _plan(session: Session, path: Path, sheet: str | None) -> ImportResult:
    source = import_files.read(path, PERSON_FIELDS, sheet)
    headings, fates = read_personnel(source.table, clock.now().date())
    conn = session.vault.conn
    planned = [f for f in fates if f.outcome is Outcome.IMPORT]
    done = imports.imported(conn, "personnel", [f.fingerprint for f in planned])
    on_file: dict[str, str] = {}
    for fate in planned:
        draft = fate.drafts[0]
        if draft.id_number and (person := repo.by_id_number(conn, draft.id_number)):
            on_file[f"id:{draft.id_number}"] = person.badge
        if draft.staff_no and (person := repo.by_staff_no(conn, draft.staff_no)):
            on_file[f"staff:{draft.staff_no}"] = person.badge
    decide_people(fates, done, on_file)
    return ImportResult("personnel", path.name, source.table.name, source.encoding, source.digest,
                        headings, fates, source.other_sheets)
