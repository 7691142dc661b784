"""The settings page (设置): accounts, backups, and the values each role may change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain.settings import SPECS, ChoiceSpec, SettingSpec
from secdesk.services import settings as settings_service
from secdesk.services.session import Session
from secdesk.gui.shell.accounts_panel import AccountsPanel
from secdesk.gui.shell.backup_panel import BackupPanel
from secdesk.gui.shell.messages import show_error
from secdesk.gui.shell.worker import Worker


def _editor(spec: SettingSpec) -> QWidget:
    if isinstance(spec, ChoiceSpec):  # named values, e.g. the label symbology
        box = QComboBox()
        for value, name in spec.choices:
            box.addItem(name, value)
        return box
    if isinstance(spec.default, bool):
        return QCheckBox()
    if isinstance(spec.default, int):
        box = QSpinBox()
        box.setRange(spec.minimum, spec.maximum)
        return box
    return QLineEdit()


def _value(editor: QWidget) -> Any:
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QSpinBox):
        return editor.value()
    return editor.text()


def _set_value(editor: QWidget, value: Any) -> None:
    if isinstance(editor, QComboBox):
        editor.setCurrentIndex(max(0, editor.findData(value)))
    elif isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QSpinBox):
        editor.setValue(int(value))
    else:
        editor.setText(str(value))


class SettingsPage(QWidget):
    """Accounts on top, settings below; editors only for what the role may change."""

    settings_changed = Signal(dict)

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.session: Session | None = None
        self.accounts = AccountsPanel(worker)
        accounts_box = QGroupBox(self.tr("Accounts"))
        QVBoxLayout(accounts_box).addWidget(self.accounts)
        settings_box = QGroupBox(self.tr("Settings"))
        inner = QWidget()
        form = QFormLayout(inner)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        QVBoxLayout(settings_box).addWidget(scroll)
        self.editors = {}
        for key, spec in SPECS.items():
            self.editors[key] = _editor(spec)
            form.addRow(spec.label_zh, self.editors[key])
        self.save_button = QPushButton(self.tr("Save settings"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        form.addRow(row)
        layout = QVBoxLayout(self)
        layout.addWidget(accounts_box, 1)
        self.backup = BackupPanel(worker)
        layout.addWidget(self.backup)
        layout.addWidget(settings_box, 2)
        self.save_button.clicked.connect(self.save)
        self._stored: dict[str, Any] = {}

    def set_session(self, session: Session | None) -> None:
        """Load the accounts and settings for this session (None: clear)."""
        self.session = session
        self.accounts.set_session(session)
        self.backup.set_session(session)
        for key, editor in self.editors.items():
            editor.setEnabled(bool(session and session.actor.can(SPECS[key].permission)))
        self.save_button.setEnabled(any(e.isEnabled() for e in self.editors.values()))
        if session is not None:
            self.worker.submit(session.settings, on_done=self._show,
                               on_error=lambda exc: show_error(self, exc))

    def _show(self, values: dict[str, Any]) -> None:
        self._stored = values
        for key, editor in self.editors.items():
            _set_value(editor, values[key])

    def save(self) -> None:
        """Store every changed value the role may change (each change is audited)."""
        changed = {k: _value(e) for k, e in self.editors.items()
                   if e.isEnabled() and _value(e) != self._stored.get(k)}
        if not changed:
            return

        def apply(session: Session) -> dict[str, Any]:
            for key, value in changed.items():
                settings_service.change_setting(session, key, value)
            return session.settings()

        self.worker.submit(apply, self.session, on_done=self._saved,
                           on_error=lambda exc: self._failed(exc))

    def _saved(self, values: dict[str, Any]) -> None:
        self._show(values)
        self.backup.set_session(self.session)  # the backup folder may have changed
        self.settings_changed.emit(values)

    def _failed(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.set_session(self.session)
