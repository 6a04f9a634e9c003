"""The conversation settings dialog, built from :data:`~app.core.settings.SETTING_SPECS`.

Every field, label, tooltip and range comes from the specs. The arrows and
the mouse wheel stay inside a field's range; a value typed outside it is not
silently clamped but explained next to the field when OK is pressed, using
the message of :class:`~app.core.errors.SettingsError`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractSpinBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel, QLayout, QPlainTextEdit,
    QVBoxLayout, QWidget,
)

from app.chat.store import ChatStore
from app.core.errors import SettingsError
from app.core.settings import SETTING_SPECS, GenerationSettings, SettingSpec

WIDE = 1e12


def _t(text: str) -> str:
    return QCoreApplication.translate("SettingSpecs", text)


class SettingSpinBox(QDoubleSpinBox):
    """A number field whose steps respect the spec's range but whose typing is not clamped."""

    def __init__(self, spec: SettingSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setDecimals(0 if spec.kind is int else 2)
        self.setSingleStep(1 if spec.kind is int else 0.05)
        self.setRange(-WIDE, WIDE)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.setKeyboardTracking(True)

    def stepBy(self, steps: int) -> None:
        super().stepBy(steps)
        low, high = self.spec.minimum, self.spec.maximum
        if low is not None and self.value() < low:
            self.setValue(low)
        if high is not None and self.value() > high:
            self.setValue(high)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self.spec.maximum is None or self.value() < self.spec.maximum:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        if self.spec.minimum is None or self.value() > self.spec.minimum:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return flags

    def setting_value(self) -> int | float:
        return int(self.value()) if self.spec.kind is int else self.value()


class SettingsDialog(QDialog):
    """Edits one conversation's :class:`GenerationSettings`; saves on a valid OK."""

    def __init__(self, store: ChatStore, conversation_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Conversation settings"))
        self.setMinimumWidth(520)
        self._store = store
        self._conversation_id = conversation_id
        self._settings = store.conversation(conversation_id).settings
        self.fields: dict[str, QPlainTextEdit | SettingSpinBox] = {}
        self.errors: dict[str, QLabel] = {}
        self.saved: GenerationSettings | None = None

        form = QFormLayout()
        form.setVerticalSpacing(6)
        form.setHorizontalSpacing(16)
        for spec in SETTING_SPECS:
            form.addRow(self._label(spec), self._field_with_error(spec))
        hint = QLabel(self.tr("These settings apply to the current conversation."))
        hint.setObjectName("hint")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # see MainWindow
        layout.setContentsMargins(20, 18, 20, 16)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)

    def _label(self, spec: SettingSpec) -> QLabel:
        label = QLabel(_t(spec.label))
        label.setToolTip(_t(spec.help))
        return label

    def _field_with_error(self, spec: SettingSpec) -> QWidget:
        field: QPlainTextEdit | SettingSpinBox
        value = getattr(self._settings, spec.name)
        if spec.kind is str:
            field = QPlainTextEdit(str(value))
            field.setFixedHeight(90)
            field.setTabChangesFocus(True)
        else:
            field = SettingSpinBox(spec)
            field.setValue(float(value))
        field.setObjectName(spec.name)
        field.setToolTip(_t(spec.help))
        field.setAccessibleName(_t(spec.label))
        field.setAccessibleDescription(_t(spec.help))
        error = QLabel()
        error.setObjectName("settingError")
        error.setWordWrap(True)
        error.hide()
        self.fields[spec.name] = field
        self.errors[spec.name] = error
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        column.addWidget(error)
        return box

    def values(self) -> dict[str, object]:
        """The values as typed (not yet validated)."""
        values: dict[str, object] = {}
        for name, field in self.fields.items():
            if isinstance(field, QPlainTextEdit):
                values[name] = field.toPlainText()
            else:
                field.interpretText()
                values[name] = field.setting_value()
        return values

    def accept(self) -> None:
        for error in self.errors.values():
            error.hide()
        try:
            settings = self._settings.with_changes(**self.values())
        except SettingsError as exc:
            self.show_error(exc.field, exc.message)
            return
        self._store.update_settings(self._conversation_id, settings)
        self.saved = settings
        super().accept()

    def show_error(self, field: str, message: str) -> None:
        """Show ``message`` under ``field`` and put the focus there."""
        label = self.errors.get(field)
        if label is None:
            return
        label.setText(message)
        label.show()
        self.fields[field].setFocus()
