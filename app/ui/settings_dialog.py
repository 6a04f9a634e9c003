"""The conversation settings dialog, built from :data:`~app.core.settings.SETTING_SPECS`.

Every field, label, tooltip and range comes from the specs. The arrows and
the mouse wheel stay inside a field's range; a value typed outside it is not
silently clamped but explained next to the field when OK is pressed, using
the message of :class:`~app.core.errors.SettingsError`.

While the generation limits are managed (the guardian's lock is on), the
answer length and the context length may be lowered but not raised: their
maximum is the conversation's current value, a note says "Managed by
guardian", and OK asks the core (``check_change``) before saving.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractSpinBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel, QLayout, QPlainTextEdit,
    QPushButton, QVBoxLayout, QWidget,
)

from app.chat.store import ChatStore
from app.core.errors import HearthError, SettingsError
from app.core.settings import SETTING_SPECS, GenerationSettings, SettingSpec
from app.governance.governance import LIMIT_FIELDS, Control
from app.governance.layers import Layer
from app.ui.error_text import user_text
from app.ui.governance_state import managed_text, tag

SettingsCheck = Callable[[GenerationSettings, GenerationSettings], None]  # raises HearthError to refuse

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

    def set_cap(self, cap: float | None) -> None:
        """Never more than ``cap`` (a managed limit: it may be lowered, not raised); None lifts the cap."""
        self.setMaximum(WIDE if cap is None else cap)

    def _highest(self) -> float | None:
        caps = [c for c in (self.spec.maximum, self.maximum() if self.maximum() < WIDE else None) if c is not None]
        return min(caps) if caps else None

    def stepBy(self, steps: int) -> None:
        super().stepBy(steps)
        low, high = self.spec.minimum, self._highest()
        if low is not None and self.value() < low:
            self.setValue(low)
        if high is not None and self.value() > high:
            self.setValue(high)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        high = self._highest()
        if high is None or self.value() < high:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        if self.spec.minimum is None or self.value() > self.spec.minimum:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return flags

    def setting_value(self) -> int | float:
        return int(self.value()) if self.spec.kind is int else self.value()


class SettingsDialog(QDialog):
    """Edits one conversation's :class:`GenerationSettings`; saves on a valid OK."""

    def __init__(self, store: ChatStore, conversation_id: int, parent: QWidget | None = None,
                 limits_managed_by: Layer | None = None, check_change: SettingsCheck | None = None,
                 open_appearance: Callable[[QWidget], None] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Conversation settings"))
        self.setMinimumWidth(520)
        self._store = store
        self._conversation_id = conversation_id
        self._settings = store.conversation(conversation_id).settings
        self.fields: dict[str, QPlainTextEdit | SettingSpinBox] = {}
        self.errors: dict[str, QLabel] = {}
        self.managed_notes: dict[str, QLabel] = {}
        self.saved: GenerationSettings | None = None
        self._check_change = check_change

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
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        # The app-wide settings (language, high contrast, text size) are one button away.
        self.appearance_button = QPushButton(self.tr("&Appearance and language…"))
        self.appearance_button.setObjectName("appearanceButton")
        self.appearance_button.setAutoDefault(False)
        self.appearance_button.setAccessibleDescription(
            self.tr("Language, high contrast and text size for the whole app"))
        self.appearance_button.setVisible(open_appearance is not None)
        if open_appearance is not None:
            self.appearance_button.clicked.connect(lambda: open_appearance(self))
        self.buttons.addButton(self.appearance_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # see MainWindow
        layout.setContentsMargins(20, 18, 20, 16)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.apply_limits(limits_managed_by)

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
        if spec.name in LIMIT_FIELDS:
            tag(field, Control.GENERATION_LIMITS, capped=True)
            note = QLabel()
            note.setObjectName("hint")
            note.hide()
            self.managed_notes[spec.name] = note
            column.addWidget(note)
        column.addWidget(error)
        return box

    def apply_limits(self, blocker: Layer | None) -> None:
        """While ``blocker`` manages the generation limits, they cannot be raised above the current values."""
        for name, note in self.managed_notes.items():
            field = self.fields[name]
            assert isinstance(field, SettingSpinBox)
            current = getattr(self._settings, name)
            field.set_cap(None if blocker is None else float(current))
            if blocker is None:
                note.hide()
                field.setToolTip(_t(field.spec.help))
                continue
            text = self.tr("%1: can be lowered, not raised above %2").replace("%1", managed_text(blocker)) \
                .replace("%2", str(current))
            note.setText(text)
            note.show()
            field.setToolTip(f"{text}\n{_t(field.spec.help)}")

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
        if not self._allowed(settings):
            return
        self._store.update_settings(self._conversation_id, settings)
        self.saved = settings
        super().accept()

    def _allowed(self, settings: GenerationSettings) -> bool:
        """Ask the core whether the change is allowed (a managed limit may not be raised); explain if not."""
        if self._check_change is None:
            return True
        try:
            self._check_change(self._settings, settings)
        except HearthError as exc:
            raised = [name for name in LIMIT_FIELDS if getattr(settings, name) > getattr(self._settings, name)]
            self.show_error(raised[0] if raised else LIMIT_FIELDS[0], user_text(exc))
            return False
        return True

    def show_error(self, field: str, message: str) -> None:
        """Show ``message`` under ``field`` and put the focus there."""
        label = self.errors.get(field)
        if label is None:
            return
        label.setText(message)
        label.show()
        self.fields[field].setFocus()
