"""The two dialogs of an inventory session (清点): starting one for a scope, and finishing
it with two or more 清查人 — the carriers not found registered 下落不明 in the same step
if the clerk leaves that ticked. Both run their service on the worker and stay open with
the refusal shown when it is refused."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain.carriers.levels import Level
from secdesk.domain.inventory.reconcile import Outcome, ScopeKind
from secdesk.domain.personnel.model import Person
from secdesk.services import inventory
from secdesk.services.inventory import MIN_CHECKERS, InventoryView
from secdesk.services.session import Session
from secdesk.gui.shell.field_errors import FieldErrors, FormDialog, ok_buttons
from secdesk.gui.shell.widgets import RED_TEXT, PersonField
from secdesk.gui.shell.worker import Worker


class NewInventoryDialog(FormDialog):
    """开始清点: the scope — every carrier, one storage location, or one 密级. The carriers
    the session expects are recorded when it starts."""

    def __init__(self, worker: Worker, session: Session, locations: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.session = worker, session
        self.setWindowTitle(self.tr("New inventory"))
        self.kind = QComboBox()
        for kind, text in ((ScopeKind.LOCATION, self.tr("One storage location")),
                           (ScopeKind.LEVEL, self.tr("One classification level")),
                           (ScopeKind.ALL, self.tr("All carriers"))):
            self.kind.addItem(text, kind.value)
        self.location = QComboBox()
        self.location.setEditable(True)
        self.location.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.location.addItems(locations)
        self.location.setCurrentIndex(-1)
        self.location.lineEdit().setMaxLength(60)
        self.location.lineEdit().setPlaceholderText(self.tr("as written in the register, e.g. A柜1层"))
        self.level = QComboBox()
        for level in Level:
            self.level.addItem(level.value, level.value)
        self.value = QStackedWidget()
        self.value.addWidget(self.location)
        self.value.addWidget(self.level)
        self.value.addWidget(QLabel(self.tr("every carrier in the room, lent or carried out")))
        self.value_label = QLabel()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        about = QLabel(self.tr("The carriers the register places in this scope are listed now; then scan "
                               "every carrier you find there."))
        about.setWordWrap(True)
        message = QLabel()
        message.setWordWrap(True)
        message.setStyleSheet(RED_TEXT)
        self.errors = FieldErrors(message, {"清点范围": self.location})
        form = QFormLayout(self)
        form.addRow(about)
        form.addRow(self.tr("Scope:"), self.kind)
        form.addRow(self.value_label, self.value)
        form.addRow(message)
        form.addRow(ok_buttons(self, self.tr("Start inventory"), self.submit))
        self.setMinimumWidth(480)
        self._kind_changed()

    def scope_kind(self) -> ScopeKind:
        """The kind of scope chosen."""
        return ScopeKind(self.kind.currentData())

    def scope(self) -> tuple[ScopeKind, str]:
        """The scope as chosen."""
        kind = self.scope_kind()
        if kind is ScopeKind.LOCATION:
            return kind, self.location.currentText().strip()
        if kind is ScopeKind.LEVEL:
            return kind, self.level.currentData()
        return kind, ""

    def _kind_changed(self) -> None:
        kind = self.scope_kind()
        page = {ScopeKind.LOCATION: 0, ScopeKind.LEVEL: 1, ScopeKind.ALL: 2}[kind]
        self.value.setCurrentIndex(page)
        self.value_label.setText((self.tr("Location:"), self.tr("Level:"), "")[page])
        self.errors.fields["清点范围"] = self.value.currentWidget()

    def submit(self) -> None:
        """Start the session on the worker."""
        self.run(inventory.start, *self.scope())


def to_mark(view: InventoryView) -> int:
    """How many carriers finishing would register 下落不明 (those already missing are not
    registered again)."""
    return sum(1 for line in view.reconciliation.of(Outcome.MISSING) if not line.missing_since_before)


class FinishDialog(FormDialog):
    """结束清点: two or more 清查人 sign off, a note, and whether the carriers not found are
    registered 下落不明 now. The result is frozen for ever."""

    def __init__(self, worker: Worker, session: Session, view: InventoryView, people: list[Person],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.session, self.view, self.people = worker, session, view, people
        number = view.row.number
        self.setWindowTitle(self.tr("Finish inventory {0}").format(number))
        result = view.reconciliation
        self.missing = to_mark(view)
        summary = QLabel(self.tr("{0}: expected in the room {1}, found {2}; not found {3}, unexpected {4}, "
                                 "lent or out {5}.").format(
            view.scope_text, result.expected_here, result.found_here, len(result.of(Outcome.MISSING)),
            len(result.of(Outcome.UNEXPECTED)), len(result.of(Outcome.ELSEWHERE))))
        summary.setWordWrap(True)
        self.group = QGroupBox(self.tr("Checkers ({0} or more, each signs the record)").format(MIN_CHECKERS))
        self.grid = QGridLayout(self.group)
        self.checkers: list[PersonField] = []
        for _ in range(MIN_CHECKERS):
            self.add_checker()
        more = QPushButton(self.tr("Add checker"))
        more.setAutoDefault(False)
        more.clicked.connect(self.add_checker)
        more_row = QHBoxLayout()
        more_row.addStretch(1)
        more_row.addWidget(more)
        self.note = QLineEdit()
        self.note.setMaxLength(200)
        self.note.setPlaceholderText(self.tr("e.g. differences explained, what will be done"))
        self.mark = QCheckBox(self.tr("Register the carriers not found as missing (下落不明)"))
        self.mark.setChecked(True)
        self.mark.setEnabled(self.missing > 0)
        self.mark.toggled.connect(self._mark_changed)
        self.consequence = QLabel()
        self.consequence.setWordWrap(True)
        warning = QLabel(self.tr("After this the result is frozen: nothing can be scanned or changed in this "
                                 "session."))
        warning.setWordWrap(True)
        message = QLabel()
        message.setWordWrap(True)
        message.setStyleSheet(RED_TEXT)
        self.errors = FieldErrors(message, {"清点": self.note})
        form = QFormLayout()
        form.addRow(self.tr("Note:"), self.note)
        self.buttons = ok_buttons(self, self.tr("Finish inventory"), self.submit)
        column = QVBoxLayout(self)
        column.addWidget(summary)
        column.addWidget(self.group)
        column.addLayout(more_row)
        column.addLayout(form)
        column.addWidget(self.mark)
        column.addWidget(self.consequence)
        column.addWidget(warning)
        column.addWidget(message)
        column.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._mark_changed()

    def add_checker(self) -> PersonField:
        """One more 清查人 line."""
        field = PersonField(self.tr("choose, or scan the badge"))
        field.set_people(self.people)
        row = len(self.checkers)
        self.grid.addWidget(QLabel(self.tr("Checker {0}:").format(row + 1)), row, 0)
        self.grid.addWidget(field, row, 1)
        self.grid.setColumnStretch(1, 1)
        self.checkers.append(field)
        return field

    def _mark_changed(self) -> None:
        if self.missing == 0:
            text, style = self.tr("Every carrier expected in the room was found or is already registered "
                                  "missing."), ""
        elif self.mark.isChecked():
            text, style = self.tr("{0} carriers not found will be registered missing today; their search "
                                  "deadline starts now.").format(self.missing), RED_TEXT + "font-weight: bold;"
        else:
            text, style = self.tr("{0} carriers not found stay as they are in the register; register them "
                                  "missing later if they are not found.").format(self.missing), ""
        self.consequence.setText(text)
        self.consequence.setStyleSheet(style)

    def badges(self) -> list[str]:
        """The 清查人 as chosen, typed or scanned (empty lines left out)."""
        return [badge for badge in (field.badge() for field in self.checkers) if badge]

    def _point_errors(self) -> None:
        """A refusal about the 清查人 outlines the line to fix: a badge not understood, or
        else the first empty line."""
        unknown = [f for f in self.checkers if f.currentText().strip() and f.findText(f.currentText().strip()) < 0]
        empty = [f for f in self.checkers if not f.currentText().strip()]
        self.errors.fields["证卡号"] = (unknown or self.checkers)[0]
        self.errors.fields["清查人"] = (empty or self.checkers)[0]

    def submit(self) -> None:
        """Finish on the worker."""
        self._point_errors()
        self.run(inventory.finish, self.view.row.number, self.badges(), self.note.text(),
                 self.mark.isChecked() and self.missing > 0)
