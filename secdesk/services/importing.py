"""Bringing an old register in (导入台账): a dry run that shows every row's fate and writes
nothing, then the import, which writes every valid row in one transaction or nothing.

Only the roles that may register carriers may import them. Each carrier imported is
registered like one typed in (a new number with its check character, an audit event
``carrier.register`` naming the file and row), keeps the number its old register gave it
(its old label still scans) and, lacking what today's rules require (份号 of 绝密/机密,
知悉范围), is marked 待补 and listed under 今日提醒 until :func:`complete` fills it in.
One more event, ``import.register``, names the file and the counts. Importing the same
rows again adds nothing (已导入).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from secdesk.domain import clock
from secdesk.domain.carriers import numbers
from secdesk.domain.carriers.model import Carrier, CarrierDraft
from secdesk.domain.carriers.rules import check_copies
from secdesk.domain.carriers.terms import declassification_date, marking
from secdesk.domain.errors import InvalidInput
from secdesk.domain.importing.fates import Outcome, RowFate, totals
from secdesk.domain.importing.register import REGISTER_FIELDS, decide, duplicate_key, read_register
from secdesk.domain.roles import Permission
from secdesk.domain.validate import printable
from secdesk.services import carriers as carrier_service
from secdesk.services import import_files
from secdesk.services.session import Session
from secdesk.storage import carriers as repo
from secdesk.storage import imports

Progress = Callable[[int, int], None]  # (rows done, rows to write)


class ImportRefused(InvalidInput):
    """The file has rows in error and --skip-errors was not given: nothing was written."""


@dataclass
class ImportResult:
    """What a dry run found, or what an import did: every source row with its fate."""

    kind: str  # "register" or "personnel"
    file_name: str
    sheet: str
    encoding: str
    digest: str
    headings: dict[str, str]
    rows: list[RowFate]
    other_sheets: tuple[str, ...] = ()
    written: bool = False
    import_id: str = ""
    totals: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.totals = totals(self.rows)

    @property
    def errors(self) -> list[RowFate]:
        """The rows refused (错误)."""
        return [r for r in self.rows if r.outcome is Outcome.ERROR]

    def summary(self) -> str:
        """``导入 12 行（15 件），疑似重复 1 行，错误 2 行 …`` in one line."""
        t = self.totals
        made = "人" if self.kind == "personnel" else "件"
        parts = [f"{o.value} {t[o.value]} 行" for o in Outcome if t[o.value]]
        created = f"；{'已' if self.written else '将'}建立 {t['载体']} {made}" if t["载体"] else ""
        pending = f"，其中待补 {t['待补']} 件" if t.get("待补") else ""
        return ("，".join(parts) or "没有数据行") + created + pending


def preview_register(session: Session, path: Path, sheet: str | None = None,
                     columns: dict[int, str] | None = None) -> ImportResult:
    """The dry run (试导入): every data row with its fate and the carriers it would
    create; nothing is written. ``columns`` (column index → field) overrides the guess."""
    session.require(Permission.WRITE_REGISTER, "import.register", f"file:{Path(path).name}")
    return _plan(session, Path(path), sheet, columns)


def import_register(session: Session, path: Path, sheet: str | None = None, skip_errors: bool = False,
                    columns: dict[int, str] | None = None, progress: Progress | None = None) -> ImportResult:
    """Import every valid row in one transaction. With rows in error and no
    ``skip_errors``, nothing is written and :class:`ImportRefused` is raised; the result
    (every row's fate) is on the exception as ``result``."""
    path = Path(path)
    session.require(Permission.WRITE_REGISTER, "import.register", f"file:{path.name}")
    result = _plan(session, path, sheet, columns)
    refuse_with_errors(session, result, skip_errors)
    import_id = os.urandom(6).hex()
    todo = [f for f in result.rows if f.writes]
    unit_code, now = session.settings()["unit.code"], clock.now()
    with session.vault.transaction() as conn:
        for done, fate in enumerate(todo, 1):
            fate.numbers = [_insert(session, conn, d, fate, unit_code, now.year, result, import_id)
                            for d in fate.drafts]
            imports.record_row(conn, "register", fate.fingerprint, import_id, result.file_name, result.sheet,
                               fate.row_no, fate.outcome.value, fate.numbers, now.isoformat(), session.actor.name)
            if progress and (done % 200 == 0 or done == len(todo)):
                progress(done, len(todo))
        session.record(conn, "import.register", f"import:{import_id}", after=_counts(result),
                       detail=_source_text(result))
    result.written, result.import_id = True, import_id
    return result


def refuse_with_errors(session: Session, result: ImportResult, skip_errors: bool) -> None:
    """Without ``skip_errors``, rows in error stop the import: audited as failed, raised."""
    if not result.errors or skip_errors:
        return
    first = result.errors[0]
    text = (f"{len(result.errors)}行有错误，未导入任何数据（首个：第{first.row_no}行 {first.reason}）；"
            "请在文件中改正后重新导入，或加 --skip-errors 只导入无误的行")
    session.record_failure(f"import.{result.kind}", f"file:{result.file_name}", text)
    refused = ImportRefused("导入", text, f"{len(result.errors)} rows in error: nothing imported")
    refused.result = result
    raise refused


def _plan(session: Session, path: Path, sheet: str | None, columns: dict[int, str] | None) -> ImportResult:
    source = import_files.read(path, REGISTER_FIELDS, sheet)
    today = clock.now().date()
    headings, fates = read_register(source.table, today, columns)
    conn = session.vault.conn
    planned = [f for f in fates if f.outcome is Outcome.IMPORT]
    done = imports.imported(conn, "register", [f.fingerprint for f in planned])
    titles = {d.title for f in planned for d in f.drafts}
    registered: dict[tuple, list[str]] = {}
    for title, doc_no, level, copy_no, number in imports.same_carriers(conn, titles):
        registered.setdefault(duplicate_key(doc_no, title, level, copy_no), []).append(number)
    decide(fates, done, registered)
    _custodians(session, fates)
    return ImportResult("register", path.name, source.table.name, source.encoding, source.digest,
                        headings, fates, source.other_sheets)


def _custodians(session: Session, fates: list[RowFate]) -> None:
    """保管人 linked to the cleared person they name, as at registration; a name the files
    refuse (left, or cleared below the 密级) is kept as written, unlinked, and said so."""
    cache: dict[tuple, tuple[str, int | None, str]] = {}
    for fate in fates:
        if not fate.writes or not fate.drafts[0].custodian:
            continue
        d = fate.drafts[0]
        key = (d.custodian, d.level)
        if key not in cache:
            try:
                name, person_id = carrier_service.custodian_of(session.vault.conn, d.custodian, d.level)
                cache[key] = (name, person_id, "")
            except InvalidInput as exc:
                cache[key] = (d.custodian, None, f"保管人未关联人员档案（{exc.zh.split('：', 1)[-1]}）")
        name, person_id, note = cache[key]
        fate.extra["custodian_id"] = person_id
        fate.drafts = tuple(replace(x, custodian=name) for x in fate.drafts)
        if note:
            fate.reason = "；".join(filter(None, (fate.reason, note)))


def _insert(session: Session, conn, draft: CarrierDraft, fate: RowFate, unit_code: str, year: int,
            result: ImportResult, import_id: str) -> str:
    number = numbers.make_number(unit_code, year, repo.next_sequence(conn, unit_code, year))
    mark = marking(draft.level, draft.term)
    at = clock.now().isoformat()
    carrier_id = repo.insert(conn, number, False, draft, mark,
                             declassification_date(draft.level, draft.term, draft.issue_date),
                             at, session.actor.name, import_id)
    imports.set_imported(conn, carrier_id, fate.old_number, bool(fate.pending))
    if fate.extra.get("custodian_id") is not None:
        repo.update(conn, carrier_id, custodian_id=fate.extra["custodian_id"])
    after = {"title": draft.title, "marking": mark, "ctype": draft.ctype.value, "copy": draft.copy_no,
             "copies": draft.copies_total, "location": draft.location, "custodian": draft.custodian}
    if fate.old_number:
        after["old_number"] = fate.old_number
    if fate.pending:
        after["pending"] = "、".join(fate.pending)
    session.record(conn, "carrier.register", f"carrier:{number}", after=after,
                   detail=f"导入：{result.file_name} 工作表“{result.sheet}”第{fate.row_no}行")
    return number


def _counts(result: ImportResult) -> dict[str, int | str]:
    return {"file": result.file_name, "sheet": result.sheet, "sha256": result.digest, **result.totals}


def _source_text(result: ImportResult) -> str:
    return f"文件 {result.file_name}（工作表“{result.sheet}”）：{result.summary()}"


def complete(session: Session, number: str, copy_no: int | None = None, copies_total: int | None = None,
             scope: str | None = None) -> Carrier:
    """补登: fill in what an imported carrier lacked (份号, 知悉范围); once nothing is
    missing it leaves the 待补 list. Audited as a ``carrier.edit`` before and after."""
    session.require(Permission.WRITE_REGISTER, "carrier.edit", f"carrier:{number}")
    carrier = carrier_service.find(session, number)
    if carrier.state.closed:
        raise InvalidInput("状态", f"载体{carrier.state.value}，不能再补登", f"the carrier is {carrier.state.value}")
    d = carrier.draft
    if copy_no is None and copies_total is not None:
        raise InvalidInput("份号", "填写共几份时须同时填写份号", "give the copy number with the total")
    if copy_no is not None:
        check_copies(d.level, copy_no, copies_total)
    if scope is not None:
        scope = printable("知悉范围", scope.strip())
        if not scope or len(scope) > 200:
            raise InvalidInput("知悉范围", "应为1至200个字符", "1 to 200 characters")
    if copy_no is None and scope is None:
        raise InvalidInput("补登", "请填写份号或知悉范围", "give a copy number or a scope")
    before = {"copy": d.copy_no, "copies": d.copies_total, "scope": d.scope}
    after = {"copy": copy_no if copy_no is not None else d.copy_no,
             "copies": copies_total if copy_no is not None else d.copies_total,
             "scope": scope if scope is not None else d.scope}
    with session.vault.transaction() as conn:
        imports.complete(conn, carrier.id, copy_no, copies_total, scope)
        session.record(conn, "carrier.edit", f"carrier:{carrier.number}",
                       before={k: v for k, v in before.items() if before[k] != after[k]},
                       after={k: v for k, v in after.items() if before[k] != after[k]}, detail="补登（导入时待补）")
    return carrier_service.find(session, carrier.number)


def pending(session: Session) -> list[tuple[str, list[str]]]:
    """(number, what it lacks) of every imported carrier still 待补."""
    session.require(Permission.READ_REGISTER, "carrier.read")
    return [(n, ["份号"] * copy + ["知悉范围"] * scope) for n, copy, scope in imports.pending(session.vault.conn)]


def find_by_old_number(session: Session, text: str) -> list[str]:
    """The numbers of the carriers an old register numbered ``text``."""
    session.require(Permission.READ_REGISTER, "carrier.read")
    return imports.by_old_number(session.vault.conn, text)


def old_number(session: Session, number: str) -> str:
    """The number the old register gave this carrier ("" if none)."""
    carrier = carrier_service.find(session, number)
    return imports.old_number_of(session.vault.conn, carrier.id)
