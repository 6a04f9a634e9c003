"""Small widgets of the main window: the message input, the banners and notices, the model and profile pickers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QToolButton, QVBoxLayout, QWidget,
)

from app.core.errors import HearthError
from app.models.files import bundled_model_path, file_sha256
from app.safety.profiles import PRESET_IDS, SafetyProfile
from app.ui.style import Colors, points

INPUT_LINES = 3  # the message input shows this many lines of text at any text size

BUNDLED_MODEL = "bundled"
OPEN_FILE = "open-file"
CHECKING = "checking"
HASH_POLL_MS = 40


class MessageInput(QPlainTextEdit):
    """Enter (or Ctrl+Enter) sends, Shift+Enter starts a new line, Up in an empty box edits the last message."""

    submitted = Signal()
    editLastRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageInput")
        self.setPlaceholderText(self.tr("Message Hearth…"))
        self.setAccessibleName(self.tr("Message"))
        self.setAccessibleDescription(self.tr("Enter sends the message, Shift+Enter starts a new line, and Up in "
                                              "an empty box edits your last message."))
        self.setTabChangesFocus(True)
        self.fit_to_font()

    def fit_to_font(self) -> None:
        """Three lines high at the font in force (at least 84 px), so a larger text size does not clip it."""
        self.setFixedHeight(max(84, INPUT_LINES * self.fontMetrics().lineSpacing() + 40))

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
    """The bundled model, the GGUF files in the models folder, and "Open GGUF file…".

    With an allowlist in force (:meth:`set_allowlist`), only models whose
    SHA-256 is on it are listed; the files are hashed off the UI thread (a
    hash is cached per file, so this is slow only once). Opening a file from
    elsewhere is :attr:`import_action`, which the window disables while the
    guardian's lock is on.
    """

    modelChosen = Signal(object)  # Path, or None for the bundled model

    def __init__(self, models_dir: Path, active: Path | None, parent: QWidget | None = None,
                 bundled: Callable[[], Path] = bundled_model_path) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Model"))
        self.setToolTip(self.tr("The model that writes the answers"))
        # A fixed width of about 16 wide characters (longer names are elided; the list shows them whole), so the
        # toolbar keeps room for every action, a guardian's note included.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self._models_dir = models_dir
        self._bundled = bundled
        self._active = active
        self._current = 0
        self._allowlist: frozenset[str] | None = None
        self._hashes: dict[str, str | None] = {}  # path → SHA-256 (None: unreadable)
        self._pending: Future[dict[str, str | None]] | None = None
        self._choose_when_hashed: Path | None = None  # a file opened under an allowlist, chosen once hashed
        self._poll = QTimer(self)
        self._poll.setInterval(HASH_POLL_MS)
        self._poll.timeout.connect(self._check_hashes)
        self.import_action = QAction(self.tr("Open GGUF file…"), self)
        self.import_action.setToolTip(self.tr("Use a GGUF model file from anywhere on this computer"))
        self.import_action.triggered.connect(self._open_file)
        self.import_action.changed.connect(self._sync_open_item)
        self.addAction(self.import_action)
        self.reload(active)
        self.activated.connect(self._on_activated)

    # listing -------------------------------------------------------------------------

    def set_allowlist(self, allowlist: frozenset[str] | None) -> None:
        """List only models whose SHA-256 is in ``allowlist`` (None: every model)."""
        if allowlist == self._allowlist:
            return
        self._allowlist = allowlist
        self.reload(self._active)

    def reload(self, active: Path | None) -> None:
        """List the models again and select ``active`` (None: the bundled model)."""
        self._active = active
        if self._allowlist is not None:
            self._hash_in_background([p for p in self._candidates() if p is not None])
        self._fill()

    def _candidates(self) -> list[Path | None]:
        """None (the bundled model), then the files in the models folder, then the active file."""
        files = sorted(self._models_dir.glob("*.gguf")) if self._models_dir.is_dir() else []
        if self._active is not None and self._active not in files:
            files.append(self._active)
        return [None, *files]

    def _fill(self) -> None:
        self.blockSignals(True)
        self.clear()
        for path in self._candidates():
            approved = self.is_approved(path)
            if approved is not True and path != self._active:
                continue
            label = self.tr("SmolLM2 135M Instruct (bundled)") if path is None else path.stem
            if approved is False:
                label = self.tr("%1 (not approved)").replace("%1", label)
            self.addItem(label, BUNDLED_MODEL if path is None else str(path))
            if approved is not True and self._allowlist is not None:
                self._set_item_enabled(self.count() - 1, False)
        if self._pending is not None:
            self.addItem(self.tr("Checking which models are approved…"), CHECKING)
            self._set_item_enabled(self.count() - 1, False)
        self.insertSeparator(self.count())
        self.addItem(self.import_action.text(), OPEN_FILE)
        self._sync_open_item()
        index = self.findData(str(self._active) if self._active is not None else BUNDLED_MODEL)
        self.setCurrentIndex(max(index, 0))
        self._current = self.currentIndex()
        self.blockSignals(False)

    def is_approved(self, path: Path | None) -> bool | None:
        """True or False under the allowlist (True without one); None while its hash is not known yet."""
        if self._allowlist is None:
            return True
        file = path if path is not None else self._bundled_or_none()
        if file is None:
            return False
        key = str(file)
        if key not in self._hashes:
            return None
        return self._hashes[key] in self._allowlist

    def listed_paths(self) -> list[Path | None]:
        """The models that can be chosen now (None: the bundled model)."""
        found: list[Path | None] = []
        for row in range(self.count()):
            data = self.itemData(row)
            if data not in (OPEN_FILE, CHECKING, None) and self._item_enabled(row):
                found.append(None if data == BUNDLED_MODEL else Path(data))
        return found

    def _bundled_or_none(self) -> Path | None:
        """The bundled model's file, or None when it is not installed (it is then never approved)."""
        try:
            return self._bundled()
        except HearthError:
            return None

    def _hash_in_background(self, files: list[Path]) -> None:
        bundled = self._bundled_or_none()
        files = [bundled, *files] if bundled is not None else files
        if self._pending is not None:
            self._pending.cancel()
        self._pending = _HASHER.submit(_hash_files, files)
        self._poll.start()

    def _check_hashes(self) -> None:
        if self._pending is None or not self._pending.done():
            return
        future, self._pending = self._pending, None
        self._poll.stop()
        if not future.cancelled():
            self._hashes.update(future.result())
        self._fill()
        chosen, self._choose_when_hashed = self._choose_when_hashed, None
        if chosen is not None and chosen == self._active:
            self.modelChosen.emit(chosen)  # its hash is cached now: checking it does not block

    @property
    def hashing(self) -> bool:
        return self._pending is not None

    # items -------------------------------------------------------------------------------

    def _item_enabled(self, row: int) -> bool:
        item = self._item(row)
        return item is None or item.isEnabled()

    def _set_item_enabled(self, row: int, enabled: bool) -> None:
        item = self._item(row)
        if item is not None:
            item.setEnabled(enabled)

    def _item(self, row: int) -> QStandardItem | None:
        model = self.model()
        return model.item(row) if isinstance(model, QStandardItemModel) else None

    def _sync_open_item(self) -> None:
        """The "Open GGUF file…" item follows :attr:`import_action` (enabled, tooltip)."""
        row = self.findData(OPEN_FILE)
        if row >= 0:
            self._set_item_enabled(row, self.import_action.isEnabled())
            self.setItemData(row, self.import_action.toolTip(), Qt.ItemDataRole.ToolTipRole)

    def active_label(self) -> str:
        return self.itemText(self._current)

    # choosing ----------------------------------------------------------------------------

    def ask_gguf_file(self) -> Path | None:
        """Ask for a GGUF file (tests replace this)."""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open a GGUF model"), str(Path.home()),
                                              self.tr("GGUF models (*.gguf)"))
        return Path(name) if name else None

    def _open_file(self) -> None:
        if not self.import_action.isEnabled():
            return
        path = self.ask_gguf_file()
        if path is None:
            return
        self.reload(path)
        if self._allowlist is not None and self.hashing:
            self._choose_when_hashed = path
            return
        self.modelChosen.emit(path)

    def _on_activated(self, index: int) -> None:
        data = self.itemData(index)
        if data in (OPEN_FILE, CHECKING, None) or not self._item_enabled(index):
            self.setCurrentIndex(self._current)
            if data == OPEN_FILE:
                self.import_action.trigger()  # does nothing while the guardian's lock is on
            return
        self._current = index
        self._active = None if data == BUNDLED_MODEL else Path(data)
        self.modelChosen.emit(self._active)


def _hash_files(files: list[Path]) -> dict[str, str | None]:
    """SHA-256 of each file (runs on the hashing thread; file_sha256 caches by size and time)."""
    found: dict[str, str | None] = {}
    for path in files:
        try:
            found[str(path)] = file_sha256(path)
        except OSError:
            found[str(path)] = None
    return found


_HASHER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hearth-model-hash")


# The presets' names and descriptions as resources/safety/profiles ships them, marked for Qt's lupdate: the
# window shows them translated (a custom profile's own name and description are shown as written).
PRESET_TEXTS = (
    QT_TRANSLATE_NOOP("Profiles", "Child"), QT_TRANSLATE_NOOP("Profiles", "Teen"),
    QT_TRANSLATE_NOOP("Profiles", "School"), QT_TRANSLATE_NOOP("Profiles", "Standard"),
    QT_TRANSLATE_NOOP("Profiles", "Open"),
    QT_TRANSLATE_NOOP("Profiles", "For children under 13: blocks every hazard category, keeps answers short and "
                                  "kind, and stops personal details from being shared."),
    QT_TRANSLATE_NOOP("Profiles", "For ages 13 to 17: blocks hazards and explicit content, warns on specialised "
                                  "advice and on sharing personal details."),
    QT_TRANSLATE_NOOP("Profiles", "For classrooms and school labs: blocks hazards and off-task explicit content; "
                                  "warns on specialised advice and personal details."),
    QT_TRANSLATE_NOOP("Profiles", "For adults: blocks serious hazards, warns on specialised advice and on sharing "
                                  "personal details."),
    QT_TRANSLATE_NOOP("Profiles", "For adults who want few limits: blocks only child exploitation, mass-casualty "
                                  "weapons, violent crime and jailbreaks; warns on the rest."),
)


def profile_name(profile: SafetyProfile) -> str:
    """The name to show: a preset's in the user's language, a custom profile's as its author wrote it."""
    return QCoreApplication.translate("Profiles", profile.name) if profile.id in PRESET_IDS else profile.name


def profile_description(profile: SafetyProfile) -> str:
    if not profile.description:
        return profile_name(profile)
    return QCoreApplication.translate("Profiles", profile.description) if profile.id in PRESET_IDS \
        else profile.description


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
            self.addItem(profile_name(profile), profile.id)
            self.setItemData(self.count() - 1, profile_description(profile), Qt.ItemDataRole.ToolTipRole)
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


class ManagedNote(QLabel):
    """A small "Managed by guardian" line next to a control, with a tooltip that says why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hint")
        self.setAccessibleName(self.tr("Managed setting"))
        self.hide()

    def show_note(self, text: str, tip: str) -> None:
        self.setText(text)
        self.setToolTip(tip)
        self.setAccessibleDescription(tip)
        self.show()


class RestingNotice(QFrame):
    """A calm notice in the chat area while the time rules keep Hearth closed ("Hearth is resting")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restingNotice")
        self.setAccessibleName(self.tr("Hearth is resting"))
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.advice = QLabel()
        self.advice.setObjectName("hint")
        self.advice.setWordWrap(True)
        self.advice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 18, 24, 18)
        column.setSpacing(6)
        for label in (self.title, self.text, self.advice):
            column.addWidget(label)
        self.restyle()
        self.hide()

    def restyle(self) -> None:
        """Colours of the theme in force, the title at the text size in force."""
        self.setStyleSheet(f"QFrame#restingNotice {{ background: {Colors.accent_soft.name()}; "
                           f"border: 1px solid {Colors.user_border.name()}; border-radius: 12px; }}"
                           f"QFrame#restingNotice QLabel {{ color: {Colors.text.name()}; }}")
        self.title.setStyleSheet(f"font-weight: 600; font-size: {points(14)}pt;")

    def show_notice(self, title: str, text: str, advice: str) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.advice.setText(advice)
        self.setAccessibleDescription(f"{text} {advice}".strip())
        self.show()
