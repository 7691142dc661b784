"""The catalogue of printouts (打印目录): every form of DOMAIN.md (1–11), labels, badges,
the sealed quarterly register and the statistics report — for each, the permissions it
needs, its filters and the existing service function that makes it (run on the worker).

Nothing here draws a form: each entry calls the same service the page that owns the
record calls. An entry is offered only to a role that holds every permission it needs,
including those of the lists its filters read, so the page never calls what the role
may not do (a refused call would write a red 失败 event in the audit log).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import State
from secdesk.domain.carriers.query import RegisterQuery
from secdesk.domain.personnel.model import Status
from secdesk.domain.roles import Permission
from secdesk.services import (
    copying,
    destruction,
    inspections,
    inventory,
    inventory_prints,
    lending,
    lending_prints,
    lifecycle_prints,
    missing,
    outings,
    personnel,
    personnel_prints,
    printouts,
    quarterly,
    statistics,
    transfers,
)
from secdesk.services.session import Session
from secdesk.gui.reports.fields import (
    AsOfField,
    ChoiceField,
    CodesField,
    PeriodField,
    PersonChoice,
    RecordField,
    YearField,
)
from secdesk.gui.shell.label_print import BadgePrintDialog, LabelPrintDialog
from secdesk.gui.shell.pdf_text import QT_PDF
from secdesk.gui.shell.worker import Worker

R, W = Permission.READ_REGISTER, Permission.WRITE_REGISTER
P, PF, MP = Permission.READ_PERSONNEL, Permission.READ_PERSONNEL_FILE, Permission.MANAGE_PERSONNEL

Make = Callable[[Session, dict[str, Any]], bytes]  # runs on the worker
Dialog = Callable[[QWidget, Worker, Session, dict[str, Any]], None]  # opens an existing print dialog


@dataclass(frozen=True)
class Printout:
    """One entry of the catalogue."""

    key: str
    group: str
    title: str
    about: str
    needs: tuple[Permission, ...]
    fields: Callable[[], list[tuple[str, QWidget]]] = list  # (name, field) in the order shown
    make: Make | None = None
    dialog: Dialog | None = None
    filename: str = ""
    required: tuple[str, ...] = field(default=())

    def allowed(self, session: Session) -> bool:
        """True if the signed-in role holds every permission this printout needs."""
        return all(session.actor.can(p) for p in self.needs)


# -- the lists the filters read (on the worker) -------------------------------------------


def _batches(s: Session) -> list[tuple[str, str]]:
    return [(f"{b.number}　{b.state}　{b.dept}", b.number) for b in destruction.batches(s)]


def _copy_jobs(s: Session) -> list[tuple[str, str]]:
    return [(f"{j.number}　{j.source_number}　{j.copied_on}", j.number) for j in copying.jobs(s)]


def _outings(s: Session) -> list[tuple[str, str]]:
    return [(f"{o.number}　{o.person}　{o.destination}　{o.at[:10]}", o.number)
            for o in outings.list_outings(s, "all")]


def _transfers(s: Session) -> list[tuple[str, str]]:
    return [(f"{t.number}　{t.kind}　{t.to_unit}　{t.on_day}", t.number) for t in transfers.list_transfers(s)]


def _issuers(s: Session) -> list[tuple[str, str]]:
    return [(unit, unit) for unit in transfers.issuers(s)]


def _inventories(s: Session) -> list[tuple[str, str]]:
    return [(f"{r.number}　{inventory.scope_text(r.scope_kind, r.scope_value)}　{r.state}　{r.started_at[:10]}",
             r.number) for r in inventory.sessions(s)]


def _incidents(s: Session) -> list[tuple[str, str]]:
    return [(f"{i.number}　{i.carrier_number}　{i.opened_at[:10]}", i.number) for i in missing.incidents(s)]


def _notices(s: Session) -> list[tuple[str, str]]:
    return [(f"{f.notice}　{f.dept}　{f.problem[:24]}", f.notice)
            for row in inspections.inspections(s) for f in row.findings if f.notice]


def _borrowers(s: Session, which: str = "open") -> list[tuple[str, str]]:
    seen: dict[str, str] = {}
    for loan in lending.list_loans(s, which):
        seen.setdefault(loan.badge, f"{loan.borrower}（{loan.dept}，{loan.badge}）")
    return [(text, badge) for badge, text in seen.items()]


def _leavers(s: Session) -> list:
    return [p for p in personnel.list_persons(s) if p.status is not Status.ON_DUTY]


def _departments(s: Session) -> list[tuple[str, str]]:
    return [(dept, dept) for dept in personnel.departments(s)]


def _quarters(s: Session) -> list[tuple[str, str]]:
    return [(code, code) for code in quarterly.quarters()]


# -- the calls (on the worker) ---------------------------------------------------------------


def _register(s: Session, v: dict[str, Any]) -> bytes:
    query = RegisterQuery(levels=frozenset({Level(v["level"])}) if v["level"] else frozenset(),
                          states=frozenset({State(v["state"])}) if v["state"] else frozenset())
    return printouts.register_sheet(s, query, v["as_of"])


def _slip(s: Session, v: dict[str, Any]) -> bytes:
    loans = lending.list_loans(s, "open", v["borrower"])
    return lending_prints.slip(s, v["borrower"], [loan.id for loan in loans])


def _labels(parent: QWidget, worker: Worker, s: Session, v: dict[str, Any]) -> None:
    LabelPrintDialog(worker, s, v["numbers"], parent).exec()


def _badges(parent: QWidget, worker: Worker, s: Session, v: dict[str, Any]) -> None:
    BadgePrintDialog(worker, s, v["badges"], parent).exec()


class PrintoutCatalogue(QObject):
    """The entries, their texts translated (context ``PrintoutCatalogue``)."""

    def printouts(self) -> list[Printout]:
        """Every printout, in the order of the forms."""
        return [*self._register(), *self._lending(), *self._movements(), *self._inventory(),
                *self._personnel(), *self._books()]

    def _levels(self) -> list[tuple[str, str]]:
        return [(self.tr("all levels"), ""), *((lv.value, lv.value) for lv in Level)]

    def _states(self) -> list[tuple[str, str]]:
        return [(self.tr("all states"), ""), *((st.value, st.value) for st in State if st is not State.VOID)]

    def _register(self) -> list[Printout]:
        group = self.tr("Register and labels")
        return [
            Printout("register", group, self.tr("Carrier register (form 1)"),
                     self.tr("The register of carriers, optionally of one level or state, or as it stood at "
                             "the end of a day."), (R,),
                     lambda: [("level", ChoiceField(self.tr("Level:"), self._levels())),
                              ("state", ChoiceField(self.tr("State:"), self._states())),
                              ("as_of", AsOfField(self.tr("As of:"), self.tr("as the register stood at the end of")))],
                     make=_register, filename="涉密载体登记台账.pdf"),
            Printout("labels", group, self.tr("Carrier labels"),
                     self.tr("Labels of the carriers scanned or typed here, one number a line; the label "
                             "stock is chosen next. A label printed before is marked 补."), (W,),
                     lambda: [("numbers", CodesField(self.tr("Carrier numbers:"),
                                                     self.tr("scan or type the carrier numbers, one a line")))],
                     dialog=_labels, required=("numbers",)),
        ]

    def _lending(self) -> list[Printout]:
        group = self.tr("Lending")
        return [
            Printout("loans", group, self.tr("Lending register (form 2)"),
                     self.tr("Every loan made in the period."), (R,),
                     lambda: [("period", PeriodField(self.tr("Loans made from:")))],
                     make=lambda s, v: lending_prints.register(s, *v["period"]), filename="涉密载体借阅登记表.pdf"),
            Printout("holdings", group, self.tr("A borrower's holdings"),
                     self.tr("What one borrower holds now, on the layout of form 2."), (R, P),
                     lambda: [("borrower", RecordField(self.tr("Borrower:"), _borrowers))],
                     make=lambda s, v: lending_prints.holdings(s, v["borrower"]), filename="在借清单.pdf",
                     required=("borrower",)),
            Printout("slip", group, self.tr("Lending slip (form 11)"),
                     self.tr("The slip of what a borrower holds now, to sign at the counter."), (R, W, P),
                     lambda: [("borrower", RecordField(self.tr("Borrower:"), _borrowers))],
                     make=_slip, filename="借阅单.pdf", required=("borrower",)),
            Printout("notices", group, self.tr("Overdue reminders (form 11)"),
                     self.tr("A reminder for every borrower with an overdue loan, or for one of them."), (R, P),
                     lambda: [("borrower", RecordField(self.tr("Borrower:"), lambda s: _borrowers(s, "overdue"),
                                                       optional_text=self.tr("every borrower with overdue loans")))],
                     make=lambda s, v: lending_prints.notices(s, v["borrower"]), filename="催还通知.pdf"),
        ]

    def _movements(self) -> list[Printout]:
        group = self.tr("Copying, carrying out, transfer, destruction")
        return [
            Printout("copies", group, self.tr("Copying register (form 3)"),
                     self.tr("Every copying job done in the period."), (R,),
                     lambda: [("period", PeriodField(self.tr("Copies made from:")))],
                     make=lambda s, v: lifecycle_prints.copy_register(s, *v["period"]), filename="涉密载体复制登记表.pdf"),
            Printout("copy_job", group, self.tr("Copying record of one job (form 3)"),
                     self.tr("The copying form of one job."), (R,),
                     lambda: [("job", RecordField(self.tr("Copying job:"), _copy_jobs))],
                     make=lambda s, v: lifecycle_prints.copy_job_form(s, v["job"]), filename="复制登记表.pdf",
                     required=("job",)),
            Printout("outing", group, self.tr("Carrying-out approval (form 4)"),
                     self.tr("The approval form of one outing, with the return check."), (R,),
                     lambda: [("outing", RecordField(self.tr("Outing:"), _outings))],
                     make=lambda s, v: lifecycle_prints.outing_form(s, v["outing"]), filename="外出携带审批表.pdf",
                     required=("outing",)),
            Printout("transfer", group, self.tr("Transfer or return with receipt (form 5)"),
                     self.tr("The form of one transfer or return and the receipt the receiver signs."), (R,),
                     lambda: [("transfer", RecordField(self.tr("Transfer:"), _transfers))],
                     make=lambda s, v: lifecycle_prints.transfer_form(s, v["transfer"]), filename="移交清退登记表.pdf",
                     required=("transfer",)),
            Printout("clearance", group, self.tr("Yearly return list (form 5)"),
                     self.tr("What was received from one issuer and is still in the room."), (R,),
                     lambda: [("issuer", RecordField(self.tr("Issuer:"), _issuers)),
                              ("year", YearField(self.tr("Year:")))],
                     make=lambda s, v: lifecycle_prints.clearance_form(s, v["issuer"], v["year"]),
                     filename="年度清退清单.pdf", required=("issuer",)),
            Printout("destruction", group, self.tr("Destruction approval and list (form 6)"),
                     self.tr("The approval form and the list of one destruction batch."), (R,),
                     lambda: [("batch", RecordField(self.tr("Batch:"), _batches))],
                     make=lambda s, v: lifecycle_prints.destruction_form(s, v["batch"]),
                     filename="涉密载体销毁审批表.pdf", required=("batch",)),
        ]

    def _inventory(self) -> list[Printout]:
        group = self.tr("Inventory and inspection")
        return [
            Printout("inventory", group, self.tr("Inventory record (form 7)"),
                     self.tr("The record of one inventory (one not finished prints as a draft)."), (R,),
                     lambda: [("inventory", RecordField(self.tr("Inventory:"), _inventories))],
                     make=lambda s, v: inventory_prints.inventory_form(s, v["inventory"]),
                     filename="涉密载体清查记录.pdf", required=("inventory",)),
            Printout("incident", group, self.tr("Incident report (form 8)"),
                     self.tr("The report of one incident, prepared from its carrier and search."), (R,),
                     lambda: [("incident", RecordField(self.tr("Incident:"), _incidents))],
                     make=lambda s, v: inventory_prints.incident_form(s, v["incident"]),
                     filename="泄密事件报告登记表.pdf", required=("incident",)),
            Printout("rectification", group, self.tr("Rectification notice with receipt (form 10)"),
                     self.tr("One rectification notice and its receipt."), (R,),
                     lambda: [("notice", RecordField(self.tr("Notice:"), _notices))],
                     make=lambda s, v: inventory_prints.rectification_form(s, v["notice"]),
                     filename="保密工作整改通知书.pdf", required=("notice",)),
        ]

    def _personnel(self) -> list[Printout]:
        group = self.tr("Personnel")
        person = self.tr("name, badge or scan")
        return [
            Printout("person", group, self.tr("Personnel file sheet (form 9)"),
                     self.tr("One person's secrecy file."), (P, PF),
                     lambda: [("badge", PersonChoice(self.tr("Person:"), person, personnel.list_persons))],
                     make=lambda s, v: personnel_prints.person_sheet(s, v["badge"]),
                     filename="涉密人员登记表.pdf", required=("badge",)),
            Printout("training", group, self.tr("Training record (form 9)"),
                     self.tr("The secrecy training of a year, of one department or all."), (P, PF),
                     lambda: [("year", YearField(self.tr("Year:"))),
                              ("dept", RecordField(self.tr("Department:"), _departments,
                                                   optional_text=self.tr("all departments")))],
                     make=lambda s, v: personnel_prints.training_sheet(s, v["year"], v["dept"]),
                     filename="保密教育培训记录.pdf"),
            Printout("leaving", group, self.tr("Leaving review sheet (form 9)"),
                     self.tr("The review sheet of a person who has left."), (P,),
                     lambda: [("badge", PersonChoice(self.tr("Person:"), person, _leavers))],
                     make=lambda s, v: personnel_prints.leaving_sheet(s, v["badge"]),
                     filename="离岗保密审查表.pdf", required=("badge",)),
            Printout("roster", group, self.tr("Roster of cleared personnel"),
                     self.tr("Everyone on file, by department."), (P,),
                     make=lambda s, v: personnel_prints.roster_sheet(s), filename="涉密人员名册.pdf"),
            Printout("badges", group, self.tr("Badges"),
                     self.tr("Badge labels of the people whose badge numbers are scanned or typed here, one "
                             "a line; the label stock is chosen next."), (P, MP),
                     lambda: [("badges", CodesField(self.tr("Badge numbers:"),
                                                    self.tr("scan or type the badge numbers, one a line")))],
                     dialog=_badges, required=("badges",)),
        ]

    def _books(self) -> list[Printout]:
        group = self.tr("Quarterly register and statistics")
        return [
            Printout("quarterly", group, self.tr("Sealed quarterly register"),
                     self.tr("The register of a quarter for the inspector, sealed with the unit's key "
                             "(verify it on the Inventory page)."), (R,),
                     lambda: [("quarter", RecordField(self.tr("Quarter:"), _quarters))],
                     make=lambda s, v: quarterly.print_quarterly(s, v["quarter"], QT_PDF),
                     filename="季度台账.pdf", required=("quarter",)),
            Printout("statistics", group, self.tr("Statistics report"),
                     self.tr("The charts of the Statistics tab with their numbers."), (R,),
                     make=lambda s, v: statistics.report_pdf(s), filename="涉密载体统计报表.pdf"),
        ]


def allowed_printouts(session: Session | None) -> list[Printout]:
    """The printouts the signed-in role may make (none without a session)."""
    if session is None:
        return []
    return [p for p in PrintoutCatalogue().printouts() if p.allowed(session)]
