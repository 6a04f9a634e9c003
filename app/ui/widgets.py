"""Small widgets of the main window: the message input, the error banner, the model and profile pickers."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QToolButton, QVBoxLayout, QWidget,
)

from app.safety.profiles import SafetyProfile

BUNDLED_MODEL = "bundled"
OPEN_FILE = "open-file"


class MessageInput(QPlainTextEdit):
    """Enter (or Ctrl+Enter) sends, Shift+Enter starts a new line, Up in an empty box edits the last message."""

    submitted = Signal()
    editLastRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageInput")
        self.setPlaceholderText(self.tr("Message Hearth…"))
        self.setAccessibleName(self.tr("Message"))
        self.setTabChangesFocus(True)
        self.setFixedHeight(84)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not mods & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit()
            return
        if key == Qt.Key.Key_Up and not self.toPlainText() and mods == Qt.KeyboardModifier.NoModifier:
            self.editLastRequested.emit()
            return
        super().keyPressEvent(event)


class ErrorBanner(QFrame):
    """A dismissible strip above the conversation that explains the last failure."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setAccessibleName(self.tr("Error"))
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss error"))
        self.close_button.clicked.connect(self.hide)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.title)
        texts.addWidget(self.text)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 8, 8)
        row.addLayout(texts, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_error(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.show()


class ModelPicker(QComboBox):
    """The bundled model, the GGUF files in the models folder, and "Open GGUF file…"."""

    modelChosen = Signal(object)  # Path, or None for the bundled model

    def __init__(self, models_dir: Path, active: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Model"))
        self.setToolTip(self.tr("The model that writes the answers"))
        self.setMinimumWidth(260)
        self._models_dir = models_dir
        self.reload(active)
        self.activated.connect(self._on_activated)

    def reload(self, active: Path | None) -> None:
        """List the models again and select ``active`` (None: the bundled model)."""
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("SmolLM2 135M Instruct (bundled)"), BUNDLED_MODEL)
        files = sorted(self._models_dir.glob("*.gguf")) if self._models_dir.is_dir() else []
        if active is not None and active not in files:
            files.append(active)
        for path in files:
            self.addItem(path.stem, str(path))
        self.insertSeparator(self.count())
        self.addItem(self.tr("Open GGUF file…"), OPEN_FILE)
        index = self.findData(str(active)) if active is not None else 0
        self.setCurrentIndex(max(index, 0))
        self._current = self.currentIndex()
        self.blockSignals(False)

    def active_label(self) -> str:
        return self.itemText(self._current)

    def ask_gguf_file(self) -> Path | None:
        """Ask for a GGUF file (tests replace this)."""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open a GGUF model"), str(Path.home()),
                                              self.tr("GGUF models (*.gguf)"))
        return Path(name) if name else None

    def _on_activated(self, index: int) -> None:
        data = self.itemData(index)
        if data == OPEN_FILE:
            path = self.ask_gguf_file()
            if path is None:
                self.setCurrentIndex(self._current)
                return
            self.reload(path)
            self.modelChosen.emit(path)
            return
        self._current = index
        self.modelChosen.emit(None if data == BUNDLED_MODEL else Path(data))


class ProfilePicker(QComboBox):
    """The safety profiles by name (the id is each item's data); choosing one emits :attr:`profileChosen`."""

    profileChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Safety profile"))
        self.setToolTip(self.tr("What the safety screen blocks, warns about or allows"))
        self.setMinimumWidth(160)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._current = -1
        self.activated.connect(self._on_activated)

    def reload(self, profiles: Sequence[SafetyProfile], active_id: str) -> None:
        """List ``profiles`` again and select ``active_id`` (without emitting)."""
        self.blockSignals(True)
        self.clear()
        for profile in profiles:
            self.addItem(profile.name, profile.id)
            self.setItemData(self.count() - 1, profile.description or profile.name, Qt.ItemDataRole.ToolTipRole)
        self.blockSignals(False)
        self.select(active_id)

    def select(self, profile_id: str) -> None:
        """Show ``profile_id`` as the chosen one (without emitting)."""
        self.blockSignals(True)
        self.setCurrentIndex(max(self.findData(profile_id), 0))
        self._current = self.currentIndex()
        self.blockSignals(False)

    def current_id(self) -> str | None:
        data = self.itemData(self._current)
        return str(data) if data is not None else None

    def _on_activated(self, index: int) -> None:
        # Emitted even for the item already shown: when the chosen profile cannot be read, the picker
        # shows the preset in force, and choosing that preset must still make it the chosen one.
        self._current = index
        self.profileChosen.emit(str(self.itemData(index)))
