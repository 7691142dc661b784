"""The settings page (设置): accounts, backups, and the values each role may change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
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

from secdesk.domain.lending.rules import ApprovalBy
from secdesk.domain.settings import APPROVAL_HELP, SPECS, ChoiceSpec, SettingSpec
from secdesk.services import settings as settings_service
from secdesk.services.session import Session
from secdesk.gui.shell.accounts_panel import AccountsPanel
from secdesk.gui.shell.backup_panel import BackupPanel
from secdesk.gui.shell.messages import show_error
from secdesk.gui.shell.worker import Worker


def approval_names() -> dict[ApprovalBy, str]:
    """Who approves, by name (the settings ``*.approval.*`` hold 0, 1 or 2)."""
    return {ApprovalBy.NONE: QCoreApplication.translate("SettingsPage", "No approval needed"),
            ApprovalBy.DEPARTMENT_HEAD: QCoreApplication.translate("SettingsPage", "Head of the department"),
            ApprovalBy.OFFICER: QCoreApplication.translate("SettingsPage", "Head of secrecy work")}


def _is_approval(spec: SettingSpec) -> bool:
    return ".approval." in spec.key and isinstance(spec.default, int)


def _label(spec: SettingSpec) -> str:
    """The setting's name; an approval's 0/1/2 legend goes, its choices are named."""
    return spec.label_zh.removesuffix(APPROVAL_HELP) if _is_approval(spec) else spec.label_zh


def _editor(spec: SettingSpec) -> QWidget:
    if isinstance(spec, ChoiceSpec):  # named values, e.g. the label symbology
        box = QComboBox()
        for value, name in spec.choices:
            box.addItem(name, value)
        return box
    if _is_approval(spec):  # only the levels this setting allows, e.g. 绝密: the officer's head
        box = QComboBox()
        for by, name in approval_names().items():
            if spec.minimum <= by.value <= spec.maximum:
                box.addItem(name, by.value)
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


def _changed_signal(editor: QWidget):
    if isinstance(editor, QComboBox):
        return editor.currentIndexChanged
    if isinstance(editor, QCheckBox):
        return editor.toggled
    if isinstance(editor, QSpinBox):
        return editor.valueChanged
    return editor.textChanged


class SettingsPage(QWidget):
    """Accounts on top, settings below; editors only for what the role may change."""

    settings_changed = Signal(dict)

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.session: Session | None = None
        self._stored: dict[str, Any] = {}
        self.accounts = AccountsPanel(worker)
        self.accounts_box = accounts_box = QGroupBox(self.tr("Accounts"))
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
            form.addRow(_label(spec), self.editors[key])
            _changed_signal(self.editors[key]).connect(self._enable_save)
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

    def set_session(self, session: Session | None) -> None:
        """Load the accounts and settings for this session (None: clear)."""
        self.session = session
        if session is None:
            self._stored = {}
        self.accounts.set_session(session)
        listed = session is None or self.accounts.can_list  # else one line says why: no room wasted
        self.layout().setStretchFactor(self.accounts_box, 1 if listed else 0)
        self.backup.set_session(session)
        for key, editor in self.editors.items():
            editor.setEnabled(bool(session and session.actor.can(SPECS[key].permission)))
        self._enable_save()
        if session is not None:
            self.worker.submit(session.settings, on_done=self._show,
                               on_error=lambda exc: show_error(self, exc))

    def _show(self, values: dict[str, Any]) -> None:
        self._stored = values
        for key, editor in self.editors.items():
            _set_value(editor, values[key])
        self._enable_save()

    def _changed(self) -> dict[str, Any]:
        return {k: _value(e) for k, e in self.editors.items()
                if e.isEnabled() and _value(e) != self._stored.get(k)}

    def _enable_save(self, *_) -> None:
        """保存设置 is enabled only when a value the role may change was changed."""
        self.save_button.setEnabled(self.session is not None and bool(self._stored) and bool(self._changed()))

    def save(self) -> None:
        """Store every changed value the role may change (each change is audited)."""
        changed = self._changed()
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
