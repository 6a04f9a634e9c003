"""The warning interstitial: the profile asks the user to confirm before a flagged message is sent.

The dialog is window-modal and opened with :meth:`QDialog.open`, so the UI
thread keeps running while it shows; the turn's worker thread is the one that
waits. :attr:`WarningDialog.answered` carries the choice: ``True`` for
"Continue" (send anyway), ``False`` for "Cancel" (the default button, also
Esc and closing the window).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLayout, QPushButton, QVBoxLayout, QWidget

from app.safety.explain import Explanation
from app.ui.style import points


class WarningDialog(QDialog):
    """Shows a "warn" verdict's explanation and asks Continue or Cancel."""

    answered = Signal(bool)

    def __init__(self, explanation: Explanation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warningDialog")
        self.setWindowTitle(self.tr("Check before sending"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(440)
        self.title = QLabel(explanation.title)
        self.title.setObjectName("warningTitle")
        self.title.setStyleSheet(f"font-weight: 600; font-size: {points(12)}pt;")
        self.title.setWordWrap(True)
        self.body = QLabel(explanation.body)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason = QLabel(explanation.reason)
        self.reason.setObjectName("hint")
        self.reason.setStyleSheet(f"font-style: italic; font-size: {points(9)}pt;")
        self.reason.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setAccessibleName(self.tr("Send the message anyway"))
        self.continue_button.setAutoDefault(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Do not send; put the message back in the input box"))
        self.buttons.addButton(self.continue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.finished.connect(self._emit_answer)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # see MainWindow
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.setAccessibleName(explanation.title)
        self.setAccessibleDescription(explanation.body)
        self.cancel_button.setFocus()

    def _emit_answer(self, result: int) -> None:
        self.answered.emit(result == QDialog.DialogCode.Accepted)
