"""From the register to a destruction batch: the clerk selects carriers in the register
and lists them on a draft batch (or a new one); each carrier refused is named with its
reason, and the rest are listed."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from secdesk.domain.lifecycle.rules import BatchState
from secdesk.services import destruction
from secdesk.services.session import Session
from secdesk.gui.lifecycle.destruction_dialogs import RED
from secdesk.gui.shell.field_errors import FieldErrors, FormDialog, ok_buttons
from secdesk.gui.shell.worker import Worker

NEW = ""  # the combo's data for "a new batch"


class ToDestructionDialog(FormDialog):
    """Which draft batch the selected carriers go on."""

    def __init__(self, worker: Worker, session: Session, numbers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.session, self.numbers = worker, session, numbers
        self.setWindowTitle(self.tr("Add to a destruction batch"))
        self.batch = QComboBox()
        for row in worker.wait_for(destruction.batches, session, BatchState.DRAFT):
            self.batch.addItem(f"{row.number}　{row.reason}" if row.reason else row.number, row.number)
        self.batch.addItem(self.tr("A new batch"), NEW)
        message = QLabel()
        message.setStyleSheet(RED)
        message.setWordWrap(True)
        self.errors = FieldErrors(message, {"销毁批次": self.batch})
        form = QFormLayout(self)
        shown = "、".join(numbers[:5]) + ("…" if len(numbers) > 5 else "")
        about = QLabel(self.tr("{0} carriers: {1}").format(len(numbers), shown))
        about.setWordWrap(True)
        form.addRow(about)
        form.addRow(self.tr("Draft batch:"), self.batch)
        form.addRow(message)
        form.addRow(ok_buttons(self, self.tr("Add to batch"), self.ok))
        self.setMinimumWidth(460)

    def ok(self) -> None:
        """Add on the worker."""
        self.run(destruction.add_from_register, self.batch.currentData(), self.numbers)

    def summary(self) -> str:
        """What happened, for the clerk: the batch, how many were listed, each refusal."""
        number, added, refused = self.outcome
        lines = [self.tr("{0} carriers listed on batch {1}.").format(len(added), number) if number
                 else self.tr("No batch was made: none of the carriers can be destroyed now.")]
        if refused:
            lines.append(self.tr("Not listed:"))
            lines += [reason for _, reason in refused]
        return "\n".join(lines)
