"""The Appearance dialog: language, high contrast and text size, for the whole app (not one conversation).

Reached from the Settings dialog ("Appearance and language…") and from the
window (Ctrl+Shift+A). High contrast and text size show at once as they are
changed (the window applies them through the ``preview`` callback); OK keeps
them in :class:`~app.core.config.AppConfig`, Cancel (or Esc) puts back what
was in force. The language is read when Hearth starts, so choosing one says
that a restart is needed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLayout, QSpinBox, QVBoxLayout, QWidget,
)

from app.core.config import AppConfig
from app.ui.style import MAX_TEXT_SCALE, MIN_TEXT_SCALE, clamp_scale

Preview = Callable[[bool, float], None]  # (high contrast, text scale) → shown in the window now

# Each language by its own name (so a person who reads only that language finds it); "" follows the system.
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("es", "Español"),
    ("fr", "Français"),
    ("de", "Deutsch"),
    ("zh_CN", "简体中文"),
    ("ar", "العربية"),
)


class AppearanceDialog(QDialog):
    """See the module docstring."""

    def __init__(self, config: AppConfig, preview: Preview, save: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appearanceDialog")
        self.setWindowTitle(self.tr("Appearance and language"))
        self.setMinimumWidth(460)
        self._config = config
        self._preview = preview
        self._save = save
        self._original = (bool(config.high_contrast), clamp_scale(config.text_scale))
        self._build()
        self._load()

    def _build(self) -> None:
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.addItem(self.tr("System default"), "")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setAccessibleDescription(self.tr("The language of Hearth's window. Hearth uses a new "
                                                       "language the next time it starts."))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.restart_note = QLabel(self.tr("Hearth will use this language the next time it starts."))
        self.restart_note.setObjectName("hint")
        self.restart_note.setWordWrap(True)
        self.restart_note.hide()
        self.high_contrast = QCheckBox(self.tr("&High contrast"))
        self.high_contrast.setObjectName("highContrastCheck")
        self.high_contrast.setAccessibleName(self.tr("High contrast"))
        self.high_contrast.setAccessibleDescription(self.tr("White and yellow text on black, with strong "
                                                            "outlines. It shows at once."))
        self.high_contrast.toggled.connect(self._changed)
        self.text_size = QSpinBox()
        self.text_size.setObjectName("textSizeSpin")
        self.text_size.setRange(round(MIN_TEXT_SCALE * 100), round(MAX_TEXT_SCALE * 100))
        self.text_size.setSingleStep(10)
        self.text_size.setSuffix(self.tr(" %"))
        self.text_size.setAccessibleName(self.tr("Text size"))
        self.text_size.setAccessibleDescription(self.tr("The size of all text, the conversation included, from "
                                                        "80 to 200 percent. It shows at once."))
        self.text_size.valueChanged.connect(self._changed)
        language_label = QLabel(self.tr("&Language"))
        language_label.setBuddy(self.language)
        size_label = QLabel(self.tr("&Text size"))
        size_label.setBuddy(self.text_size)
        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(16)
        form.addRow(language_label, self.language)
        form.addRow("", self.restart_note)
        form.addRow("", self.high_contrast)
        form.addRow(size_label, self.text_size)
        hint = QLabel(self.tr("These settings apply to every conversation. Anywhere in the window, Ctrl with + or "
                              "− changes the text size and Ctrl+0 puts it back to 100 %."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setDefault(True)
        ok.setAccessibleDescription(self.tr("Keep these settings"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleDescription(
            self.tr("Put back the settings as they were"))
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # see MainWindow
        layout.setContentsMargins(20, 18, 20, 16)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.language, self.high_contrast)
        self.setTabOrder(self.high_contrast, self.text_size)
        self.setTabOrder(self.text_size, self.buttons)

    def _load(self) -> None:
        for widget in (self.language, self.high_contrast, self.text_size):
            widget.blockSignals(True)
        self.language.setCurrentIndex(max(self.language.findData(self._config.language or ""), 0))
        self.high_contrast.setChecked(self._original[0])
        self.text_size.setValue(round(self._original[1] * 100))
        for widget in (self.language, self.high_contrast, self.text_size):
            widget.blockSignals(False)
        self.language.setFocus()

    def chosen(self) -> tuple[str, bool, float]:
        """The language, high contrast and text scale as chosen now."""
        return str(self.language.currentData() or ""), self.high_contrast.isChecked(), self.text_size.value() / 100

    def _language_changed(self) -> None:
        self.restart_note.setVisible(self.chosen()[0] != (self._config.language or ""))

    def _changed(self) -> None:
        _, high_contrast, scale = self.chosen()
        self._preview(high_contrast, scale)

    def accept(self) -> None:
        language, high_contrast, scale = self.chosen()
        self._config.language = language
        self._config.high_contrast = high_contrast
        self._config.text_scale = scale
        self._save()
        super().accept()

    def reject(self) -> None:
        if self.chosen()[1:] != self._original:
            self._preview(*self._original)
        super().reject()
