"""Register or edit a carrier (登记 / 修改): every field of form 1, the marking derived
live from 密级 and 期限, 定密依据 and 定密责任人 for a self-made carrier, and each refusal
shown at its field."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget

from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import Carrier, CarrierDraft, CarrierType, Source
from secdesk.domain.carriers.terms import check_term, marking, parse_term
from secdesk.domain.errors import InvalidInput, SecdeskError
from secdesk.services import carriers
from secdesk.services.session import Session
from secdesk.gui.forms.ui_carrier_dialog import Ui_CarrierDialog
from secdesk.gui.shell.field_errors import FieldErrors
from secdesk.gui.shell.worker import Worker


class CarrierDialog(QDialog):
    """New carriers (``carrier`` None) or corrections to one (``carrier`` given)."""

    def __init__(self, worker: Worker, session: Session, carrier: Carrier | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CarrierDialog()
        self.ui.setupUi(self)
        self.worker, self.session, self.carrier = worker, session, carrier
        self.result_carriers: list[Carrier] = []
        for combo, enum in ((self.ui.levelCombo, Level), (self.ui.typeCombo, CarrierType)):
            for member in enum:
                combo.addItem(member.value, member.value)
        for member in (Source.RECEIVED, Source.SELF_MADE):
            self.ui.sourceCombo.addItem(member.value, member.value)
        self.ui.levelCombo.setCurrentIndex(2)  # 秘密: the most common level
        self.ui.issueDateEdit.setDate(QDate.currentDate())
        self.errors = FieldErrors(self.ui.messageLabel, self._field_widgets())
        self.ui.levelCombo.currentIndexChanged.connect(self._preview)
        self.ui.termEdit.textChanged.connect(self._preview)
        self.ui.issueDateBox.toggled.connect(self.ui.issueDateEdit.setEnabled)
        self.ui.issueDateBox.toggled.connect(self._preview)
        self.ui.issueDateEdit.dateChanged.connect(self._preview)
        self.ui.copiesSpin.valueChanged.connect(self._copies_changed)
        self.ui.sourceCombo.currentIndexChanged.connect(self._source_changed)
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)
        if carrier is not None:
            self._load(carrier)
        self._source_changed()
        self._preview()

    def _field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {"文件资料名称": ui.titleEdit, "保密期限": ui.termEdit, "份号": ui.copyNoSpin,
                "份数": ui.copiesSpin, "载体编号": ui.externalEdit, "制作发文单位": ui.originEdit,
                "文号或编号": ui.docNoEdit, "页数或容量": ui.extentEdit, "知悉范围": ui.scopeEdit,
                "来源说明": ui.sourceDetailEdit, "保管人": ui.custodianEdit,
                "存放位置": ui.locationEdit, "备注": ui.remarksEdit, "密级": ui.levelCombo,
                "定密依据": ui.basisEdit, "定密责任人": ui.classifierEdit}

    def _load(self, carrier: Carrier) -> None:
        """Fill the form for an edit; 密级, 期限, 份号 and the number stay as they are."""
        d, ui = carrier.draft, self.ui
        self.setWindowTitle(self.tr("Edit carrier {0}").format(carrier.number))
        ui.titleEdit.setText(d.title)
        ui.levelCombo.setCurrentIndex(ui.levelCombo.findData(d.level.value))
        ui.termEdit.setText(d.term.text())
        ui.typeCombo.setCurrentIndex(ui.typeCombo.findData(d.ctype.value))
        ui.issueDateBox.setChecked(d.issue_date is not None)
        if d.issue_date:
            ui.issueDateEdit.setDate(QDate(d.issue_date.year, d.issue_date.month, d.issue_date.day))
        ui.originEdit.setText(d.origin_unit)
        ui.docNoEdit.setText(d.doc_no)
        ui.copyNoSpin.setValue(d.copy_no or 0)
        ui.copiesTotalSpin.setValue(d.copies_total or 0)
        for edit, value in ((ui.extentEdit, d.extent), (ui.scopeEdit, d.scope),
                            (ui.sourceDetailEdit, d.source_detail), (ui.custodianEdit, d.custodian),
                            (ui.locationEdit, d.location), (ui.remarksEdit, d.remarks),
                            (ui.basisEdit, d.basis), (ui.classifierEdit, d.classifier),
                            (ui.externalEdit, carrier.number if carrier.external else "")):
            edit.setText(value)
        ui.sourceCombo.setCurrentIndex(max(ui.sourceCombo.findData(d.source.value), 0))
        ui.noCopyBox.setChecked(d.no_copy)
        for widget in (ui.levelCombo, ui.termEdit, ui.copiesSpin, ui.copyNoSpin,
                       ui.copiesTotalSpin, ui.externalEdit, ui.sourceCombo):
            widget.setEnabled(False)

    def _source_changed(self) -> None:
        """定密依据 and 定密责任人 are asked for a self-made carrier (its classification is
        this unit's), or when already recorded."""
        ui, d = self.ui, self.carrier.draft if self.carrier else None
        own = ui.sourceCombo.currentData() == Source.SELF_MADE.value or bool(d and (d.basis or d.classifier))
        for widget in (ui.basisEdit, ui.classifierEdit):
            widget.setEnabled(own)

    def _copies_changed(self, copies: int) -> None:
        batch = copies > 1
        self.ui.copyNoSpin.setEnabled(not batch)
        self.ui.copiesTotalSpin.setEnabled(not batch)
        self.ui.externalEdit.setEnabled(not batch)

    def _preview(self) -> None:
        level = Level(self.ui.levelCombo.currentData())
        try:
            term = parse_term(self.ui.termEdit.text(), level)
            check_term(level, term, self._issue_date())
            text = marking(level, term)
            self.ui.markingLabel.setStyleSheet("font-size: 18pt; font-weight: bold; color: #b00020;")
        except SecdeskError as exc:
            text = exc.text()
            self.ui.markingLabel.setStyleSheet("font-size: 11pt; color: #777;")
        self.ui.markingLabel.setText(text)

    def _issue_date(self) -> date | None:
        if not self.ui.issueDateBox.isChecked():
            return None
        qd = self.ui.issueDateEdit.date()
        return date(qd.year(), qd.month(), qd.day())

    def draft(self) -> CarrierDraft:
        """The form as a draft (the term parsed; other checks are the service's)."""
        ui = self.ui
        level = Level(ui.levelCombo.currentData())
        return CarrierDraft(
            title=ui.titleEdit.text(), level=level, ctype=CarrierType(ui.typeCombo.currentData()),
            term=parse_term(ui.termEdit.text(), level),
            issue_date=self._issue_date(),
            origin_unit=ui.originEdit.text(), doc_no=ui.docNoEdit.text(),
            extent=ui.extentEdit.text(), copy_no=ui.copyNoSpin.value() or None,
            copies_total=ui.copiesTotalSpin.value() or None, scope=ui.scopeEdit.text(),
            no_copy=ui.noCopyBox.isChecked(), source=Source(ui.sourceCombo.currentData()),
            source_detail=ui.sourceDetailEdit.text(), custodian=ui.custodianEdit.text(),
            location=ui.locationEdit.text(), remarks=ui.remarksEdit.text(),
            external_number=ui.externalEdit.text(),
            basis=ui.basisEdit.text() if ui.basisEdit.isEnabled() else "",
            classifier=ui.classifierEdit.text() if ui.classifierEdit.isEnabled() else "",
        )

    def submit(self) -> None:
        """Register (or save the edit) on the worker; a refusal marks its field."""
        self.errors.clear()
        try:
            draft = self.draft()
        except InvalidInput as exc:
            self._failed(exc)
            return
        self.setEnabled(False)
        if self.carrier is None:
            self.worker.submit(carriers.register, self.session, draft, self.ui.copiesSpin.value(),
                               owner=self, on_done=self._done, on_error=self._failed)
        else:
            changes = {k: getattr(draft, k) for k in carriers.EDITABLE
                       if getattr(draft, k) != getattr(self.carrier.draft, k)}
            self.worker.submit(carriers.edit, self.session, self.carrier.number, changes,
                               owner=self, on_done=lambda c: self._done([c]), on_error=self._failed)

    def _done(self, made: list[Carrier]) -> None:
        self.result_carriers = made
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.errors.show(exc)
