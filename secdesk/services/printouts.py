"""Printed output of the register: carrier labels (标签) and form 1 (涉密载体登记台账).

A label reprint is marked 补 and audited; what was printed is audited when it is
printed or saved, not when it is previewed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from secdesk.domain.carriers.model import Carrier
from secdesk.domain.carriers.query import RegisterQuery
from secdesk.domain.errors import InvalidInput
from secdesk.domain.roles import Permission
from secdesk.services import carriers
from secdesk.services.session import Session
from secdesk.printing.labels import LabelData, LabelLayout, labels_pdf
from secdesk.printing.register_form import RegisterRow, register_pdf
from secdesk.storage import audit
from secdesk.storage import carriers as repo

LABEL_EVENT = "carrier.label"


@dataclass(frozen=True)
class LabelSheet:
    """A labels PDF and what it holds (numbers in order, which of them are reprints)."""

    pdf: bytes
    numbers: tuple[str, ...]
    reprints: frozenset[str]
    layout: LabelLayout


def label_sheet(session: Session, numbers: list[str], layout: LabelLayout, start: int = 1) -> LabelSheet:
    """Labels for these carriers; those labelled before are marked 补."""
    session.require(Permission.WRITE_REGISTER, LABEL_EVENT)
    if not numbers:
        raise InvalidInput("载体编号", "请先选择要打印标签的载体", "choose the carriers first")
    if not 1 <= start <= 24:
        raise InvalidInput("起始位置", "应在1到24之间", "must be 1 to 24")
    found = [carriers.find(session, n) for n in numbers]
    closed = [c.number for c in found if c.state.closed]
    if closed:
        raise InvalidInput("载体编号", f"{closed[0]} 已{carriers.find(session, closed[0]).state.value}，不再打印标签",
                           f"{closed[0]} is closed; no label is printed")
    labelled = audit.objects_with_event(session.vault.conn, LABEL_EVENT,
                                        [f"carrier:{c.number}" for c in found])
    reprints = frozenset(c.number for c in found if f"carrier:{c.number}" in labelled)
    values = session.settings()
    data = [LabelData(c.number, c.marking, c.draft.ctype.value, c.copy_text, values["unit.name"],
                      reprint=c.number in reprints) for c in found]
    symbology = values[f"labels.symbology.{LabelLayout(layout).value}"]  # as the stock is set up
    return LabelSheet(labels_pdf(data, layout, start, symbology), tuple(c.number for c in found),
                      reprints, layout)


def record_labels(session: Session, sheet: LabelSheet) -> None:
    """Audit that the sheet was printed or saved: one event per carrier (补打 for reprints)."""
    with session.vault.transaction() as conn:
        for number in sheet.numbers:
            session.record(conn, LABEL_EVENT, f"carrier:{number}",
                           detail=("补打" if number in sheet.reprints else "首次打印") + f"（{sheet.layout.value}）")


def register_sheet(session: Session, query: RegisterQuery, as_of: date | None = None) -> bytes:
    """Form 1 for a query, optionally as the register stood at the end of ``as_of``."""
    session.require(Permission.READ_REGISTER, "register.print")
    conn = session.vault.conn
    printing = replace(query, descending=False)
    rows = repo.iterate_as_of(conn, printing, as_of) if as_of else repo.iterate(conn, printing)
    subtitle = describe(query, as_of)
    pdf = register_pdf((register_row(c) for c in rows), session.settings()["unit.name"], subtitle)
    with session.vault.transaction() as conn:
        session.record(conn, "register.print", detail=subtitle)
    return pdf


def register_row(carrier: Carrier) -> RegisterRow:
    """One line of form 1; 备注 holds the remarks, 定密依据 and 定密责任人 (where recorded) and
    the reason of a void."""
    d = carrier.draft
    remarks = " ".join(x for x in (d.remarks.strip(), carrier.classification_text,
                                   f"作废：{carrier.void_reason}" if carrier.void_reason else "") if x)
    return RegisterRow(
        number=carrier.number, title=d.title, origin_unit=d.origin_unit, ctype=d.ctype.value,
        doc_no=d.doc_no, marking=carrier.marking, level_rank=d.level.rank, extent=d.extent,
        copies=carrier.copy_text, scope=d.scope, custodian=d.custodian, location=d.location,
        state=carrier.state.value, remarks=remarks,
        issued=d.issue_date.isoformat() if d.issue_date else "",
    )


def describe(query: RegisterQuery, as_of: date | None) -> str:
    """The subtitle naming what the print covers: ``在库载体 截至2026年9月30日``."""
    states = "、".join(sorted(s.value for s in query.states)) if query.states else "全部"
    levels = "、".join(sorted((lv.value for lv in query.levels), key=lambda word: "绝机秘内".index(word[0]))) if query.levels else ""
    parts = [f"{levels}{states}载体" if levels else f"{states}载体"]
    if query.search:
        parts.append(f"含“{query.search}”")
    if query.location:
        parts.append(f"存放于{query.location}")
    if as_of:
        parts.append(f"截至{as_of.year}年{as_of.month}月{as_of.day}日")
    return " ".join(parts)
