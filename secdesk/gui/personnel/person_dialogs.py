"""Open or correct a personnel file (建立 / 修改档案) and add a record to it (承诺书, 培训,
出国（境）, 复审). Each refusal from the services is shown at its field; nothing is saved
until the service accepts the whole form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from secdesk.domain.carriers.levels import Level
from secdesk.domain.personnel.model import (
    Clearance,
    Commitment,
    CommitmentKind,
    IdType,
    Person,
    PersonDraft,
    Review,
    Training,
    TravelApproval,
)
from secdesk.services import personnel
from secdesk.services.session import Session
from secdesk.gui.shell.field_errors import FieldErrors, FormDialog, day_of, set_day
from secdesk.gui.forms.ui_person_dialog import Ui_PersonDialog
from secdesk.gui.forms.ui_record_dialog import Ui_RecordDialog
from secdesk.gui.shell.worker import Worker


class PersonDialog(FormDialog):
    """A new file (``person`` None) or corrections to one."""

    def __init__(self, worker: Worker, session: Session, departments: list[str],
                 person: Person | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_PersonDialog()
        ui.setupUi(self)
        self.worker, self.session, self.person = worker, session, person
        ui.deptCombo.addItems(departments)
        ui.deptCombo.setCurrentText("")
        for combo, enum in ((ui.idTypeCombo, IdType), (ui.clearanceCombo, Clearance)):
            for member in enum:
                combo.addItem(member.value, member.value)
        ui.clearanceCombo.setCurrentIndex(ui.clearanceCombo.findData(Clearance.GENERAL.value))
        for box, edit in ((ui.sinceBox, ui.sinceEdit), (ui.vettedBox, ui.vettedEdit)):
            set_day(edit, None)
            box.toggled.connect(edit.setEnabled)
        ui.clearanceCombo.currentIndexChanged.connect(self._show_may_read)
        self.errors = FieldErrors(ui.messageLabel, {
            "姓名": ui.nameEdit, "部门": ui.deptCombo, "工号": ui.staffNoEdit, "岗位": ui.postEdit,
            "证件号": ui.idNumberEdit, "确定时间": ui.sinceEdit, "审查日期": ui.vettedEdit,
            "审查结论": ui.vettingResultEdit, "审查人": ui.vettedByEdit, "备注": ui.remarksEdit,
            "负责部门": ui.headOfEdit})
        ui.buttons.accepted.connect(self.submit)
        ui.buttons.rejected.connect(self.reject)
        if person is not None:
            self._load(person)
        self._show_may_read()

    def _load(self, person: Person) -> None:
        d, ui = person.draft, self.ui
        self.setWindowTitle(self.tr("Edit file {0}").format(person.badge))
        ui.nameEdit.setText(d.name)
        ui.deptCombo.setCurrentText(d.dept)
        ui.postEdit.setText(d.post)
        ui.staffNoEdit.setText(d.staff_no)
        ui.idTypeCombo.setCurrentIndex(ui.idTypeCombo.findData(d.id_type.value))
        ui.idNumberEdit.setText(d.id_number)
        ui.clearanceCombo.setCurrentIndex(ui.clearanceCombo.findData(d.clearance.value))
        for box, edit, day in ((ui.sinceBox, ui.sinceEdit, d.clearance_since),
                               (ui.vettedBox, ui.vettedEdit, d.vetted_on)):
            box.setChecked(day is not None)
            set_day(edit, day)
        ui.vettingResultEdit.setText(d.vetting_result)
        ui.vettedByEdit.setText(d.vetted_by)
        ui.remarksEdit.setText(d.remarks)
        ui.headOfEdit.setText(d.head_of)
        for level, box in self._approval_boxes().items():
            box.setChecked(level in d.approves)

    def _approval_boxes(self) -> dict:
        """The level each 审批 box stands for (the levels this person may approve)."""
        ui = self.ui
        return {Level.TOP_SECRET: ui.approveTopSecret, Level.SECRET: ui.approveSecret,
                Level.CONFIDENTIAL: ui.approveConfidential, Level.INTERNAL: ui.approveInternal}

    def _show_may_read(self) -> None:
        clearance = Clearance(self.ui.clearanceCombo.currentData())
        self.ui.mayReadLabel.setText(self.tr("May borrow up to {0}").format(clearance.highest_level.value))

    def draft(self) -> PersonDraft:
        """The form as a draft; the service checks it."""
        ui = self.ui
        return PersonDraft(
            name=ui.nameEdit.text(), dept=ui.deptCombo.currentText(),
            clearance=Clearance(ui.clearanceCombo.currentData()),
            clearance_since=day_of(ui.sinceEdit) if ui.sinceBox.isChecked() else None,
            staff_no=ui.staffNoEdit.text(), id_type=IdType(ui.idTypeCombo.currentData()),
            id_number=ui.idNumberEdit.text(), post=ui.postEdit.text(),
            vetted_on=day_of(ui.vettedEdit) if ui.vettedBox.isChecked() else None,
            vetting_result=ui.vettingResultEdit.text(), vetted_by=ui.vettedByEdit.text(),
            remarks=ui.remarksEdit.text(), head_of=ui.headOfEdit.text(),
            approves=frozenset(level for level, box in self._approval_boxes().items() if box.isChecked()))

    def submit(self) -> None:
        """Save on the worker; a refusal marks its field and keeps the dialog open."""
        if self.person is None:
            self.run(personnel.add_person, self.draft())
        else:
            self.run(personnel.edit_person, self.person.badge, self.draft())


RECORD_KINDS = ("commitment", "training", "travel", "review")


class RecordDialog(FormDialog):
    """Add one record of ``kind`` (one of RECORD_KINDS) to a person's file."""

    def __init__(self, worker: Worker, session: Session, person: Person, kind: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_RecordDialog()
        ui.setupUi(self)
        self.worker, self.session, self.person = worker, session, person
        titles = {"commitment": self.tr("Signed undertaking"), "training": self.tr("Training attended"),
                  "travel": self.tr("Approved trip abroad"), "review": self.tr("Periodic review")}
        self.setWindowTitle(titles[kind])
        ui.personLabel.setText(f"{person.name}（{person.badge}，{person.draft.dept}）")
        ui.stack.setCurrentIndex(RECORD_KINDS.index(kind))
        for member in CommitmentKind:
            if member is not CommitmentKind.ON_LEAVING:  # signed in the leaving flow
                ui.commitmentKindCombo.addItem(member.value, member.value)
        for edit in (ui.signedEdit, ui.trainingDateEdit, ui.leaveEdit, ui.returnEdit, ui.passportEdit,
                     ui.reviewDateEdit):
            set_day(edit, None)
        ui.passportEdit.setEnabled(False)
        ui.passportBox.toggled.connect(ui.passportEdit.setEnabled)
        self.read: Callable[[], object] = {"commitment": self._commitment, "training": self._training,
                                           "travel": self._travel, "review": self._review}[kind]
        self.errors = FieldErrors(ui.messageLabel, {
            "学时": ui.hoursSpin, "培训内容": ui.subjectEdit, "返回日期": ui.returnEdit,
            "出国（境）": ui.destinationEdit, "复审结论": ui.reviewResultEdit,
            "日期": ui.stack.currentWidget()})
        ui.buttons.accepted.connect(self.submit)
        ui.buttons.rejected.connect(self.reject)

    def _commitment(self) -> Commitment:
        ui = self.ui
        return Commitment(CommitmentKind(ui.commitmentKindCombo.currentData()), day_of(ui.signedEdit),
                          ui.commitmentNoteEdit.text().strip())

    def _training(self) -> Training:
        ui = self.ui
        return Training(day_of(ui.trainingDateEdit), ui.hoursSpin.value(), ui.subjectEdit.text().strip(),
                        ui.trainingResultEdit.text().strip())

    def _travel(self) -> TravelApproval:
        ui = self.ui
        returned = day_of(ui.passportEdit) if ui.passportBox.isChecked() else None
        return TravelApproval(day_of(ui.leaveEdit), day_of(ui.returnEdit), ui.destinationEdit.text().strip(),
                              ui.approverEdit.text().strip(), returned)

    def _review(self) -> Review:
        ui = self.ui
        return Review(day_of(ui.reviewDateEdit), ui.reviewResultEdit.text().strip(),
                      ui.reviewerEdit.text().strip(), ui.reviewNoteEdit.text().strip())

    def submit(self) -> None:
        """Add the record on the worker; a refusal marks its field."""
        self.run(personnel.add_record, self.person.badge, self.read())
