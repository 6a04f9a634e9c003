"""Choosing a guardian passphrase and keeping the recovery code: the fields, the code view, the change dialog.

:class:`PassphraseFields` checks a new passphrase as it is typed with the
same rule the lock applies (:func:`~app.governance.credential.check_new_passphrase`);
:class:`RecoveryCodeView` shows a one-time recovery code and asks the guardian
to confirm they wrote it down; :class:`ChangePassphraseDialog` sets a new
passphrase (scrypt on a pool thread) and shows the new code once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.governance.credential import MIN_PASSPHRASE_LENGTH, WeakPassphraseError, check_new_passphrase
from app.services import Services
from app.ui.guardian_widgets import (
    BackgroundCall, BusyIndicator, InlineMessage, PageStack, button_row, dialog_layout, fit_height, hint_label,
    page_of, plain_button, primary_button, title_label,
)
from app.ui.style import Colors


class PassphraseFields(QWidget):
    """A new passphrase typed twice, with a live hint from the lock's own rule."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = self._field(self.tr("New passphrase"), self.tr("At least {0} characters, a few words work well")
                                 .format(MIN_PASSPHRASE_LENGTH))
        self.second = self._field(self.tr("New passphrase again"), self.tr("The same passphrase again"))
        self.reveal = QCheckBox(self.tr("Show the passphrase"))
        self.reveal.setAccessibleName(self.tr("Show the passphrase as it is typed"))
        self.reveal.toggled.connect(self._reveal)
        self.hint = hint_label("")
        self.hint.setAccessibleName(self.tr("Passphrase hint"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for text, field in ((self.tr("New passphrase"), self.first), (self.tr("Type it again"), self.second)):
            label = QLabel(text)
            label.setBuddy(field)
            layout.addWidget(label)
            layout.addWidget(field)
        layout.addWidget(self.reveal)
        layout.addWidget(self.hint)
        self._update_hint()

    def _field(self, name: str, placeholder: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setPlaceholderText(placeholder)
        field.setAccessibleName(name)
        field.textChanged.connect(self._update_hint)
        return field

    def _reveal(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def passphrase(self) -> str:
        return self.first.text()

    def problem(self) -> str | None:
        """Why the passphrase cannot be used yet (too weak, or the two differ); None when it can."""
        try:
            check_new_passphrase(self.first.text())
        except WeakPassphraseError as exc:
            return exc.message
        if self.first.text() != self.second.text():
            return self.tr("The two passphrases are not the same.")
        return None

    def _update_hint(self) -> None:
        self.hint.setText(self._hint_text())
        self.changed.emit()

    def _hint_text(self) -> str:
        if not self.first.text():
            return self.tr("At least {0} characters.").format(MIN_PASSPHRASE_LENGTH)
        try:
            check_new_passphrase(self.first.text())
        except WeakPassphraseError as exc:
            return exc.message
        if not self.second.text():
            return self.tr("Good. Now type it again to confirm.")
        if self.first.text() != self.second.text():
            return self.tr("The two passphrases are not the same.")
        return self.tr("✓ The passphrases match.")

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()


class RecoveryCodeView(QWidget):
    """A one-time recovery code, a Copy button and the "I have written it down" confirmation."""

    confirmedChanged = Signal(bool)

    def __init__(self, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.code_label = QLabel()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10) * 1.6)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.code_label.setStyleSheet(f"background: {Colors.surface.name()}; border: 1px solid "
                                      f"{Colors.border.name()}; border-radius: 8px; padding: 14px;")
        self.copy_button = plain_button(self.tr("Copy"), self.tr("Copy the recovery code"))
        self.copy_button.clicked.connect(self.copy)
        self.confirm = QCheckBox(self.tr("I have written the recovery code down"))
        self.confirm.setAccessibleName(self.tr("I have written the recovery code down"))
        self.confirm.toggled.connect(self.confirmedChanged)
        self._copied_timer = QTimer(self)
        self._copied_timer.setSingleShot(True)
        self._copied_timer.setInterval(2000)
        self._copied_timer.timeout.connect(lambda: self.copy_button.setText(self.tr("Copy")))
        self._lay_out()

    def _lay_out(self) -> None:
        copy_row = QHBoxLayout()
        copy_row.addStretch(1)
        copy_row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addWidget(self.code_label)
        layout.addLayout(copy_row)
        layout.addWidget(hint_label(self.tr("This code is shown only once. Keep it somewhere safe, away from this "
                                            "computer: it lets you choose a new passphrase if you forget this one, "
                                            "and then it is replaced by a new code.")))
        layout.addWidget(self.confirm)
        layout.addStretch(1)

    def set_code(self, code: str) -> None:
        self.code_label.setText(code)
        self.code_label.setAccessibleName(self.tr("Recovery code {0}").format(" ".join(code)))
        self.confirm.setChecked(False)

    def code(self) -> str:
        return self.code_label.text()

    def is_confirmed(self) -> bool:
        return self.confirm.isChecked()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code())
        self.copy_button.setText(self.tr("Copied"))
        self._copied_timer.start()


class ChangePassphraseDialog(QDialog):
    """A new guardian passphrase, typed twice; shows the new recovery code once."""

    governanceChanged = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lock = services.governance.lock
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Change the guardian's passphrase"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(480)
        self.worker = BackgroundCall(self)
        self.worker.succeeded.connect(self._changed)
        self.worker.failed.connect(self._failed)
        self.worker.busyChanged.connect(self._update_buttons)
        self.message = InlineMessage()
        self.busy = BusyIndicator()
        self.fields = PassphraseFields()
        self.fields.changed.connect(self.message.clear_message)
        self.change_button = primary_button(self.tr("Change passphrase"), self.tr("Change the passphrase"))
        self.change_button.clicked.connect(self.change)
        self.cancel_button = plain_button(self.tr("Cancel"), self.tr("Keep the old passphrase"))
        self.cancel_button.clicked.connect(self.reject)
        self.code_view = RecoveryCodeView(self.tr("The passphrase is changed. The old recovery code no longer works; "
                                                  "this is the new one:"))
        self.code_view.confirmedChanged.connect(self._update_buttons)
        self.done_button = primary_button(self.tr("Done"), self.tr("Done"))
        self.done_button.clicked.connect(self.accept)
        self.stack = PageStack()
        self.stack.addWidget(page_of(title_label(self.tr("Choose a new passphrase")), self.fields))
        self.stack.addWidget(page_of(title_label(self.tr("Write down the new recovery code")), self.code_view))
        self.button_rows = PageStack()
        self.button_rows.addWidget(button_row(self.cancel_button, self.change_button))
        self.button_rows.addWidget(button_row(self.done_button))
        dialog_layout(self, self.stack, self.message, self.busy, self.button_rows)
        self._show_page(0)

    def _show_page(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.button_rows.setCurrentIndex(index)
        fit_height(self, shrink=True)
        (self.change_button, self.done_button)[index].setDefault(True)
        (self.fields.first, self.code_view.confirm)[index].setFocus()
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        self.change_button.setEnabled(not self.worker.busy)
        self.cancel_button.setEnabled(not self.worker.busy)
        self.fields.setEnabled(not self.worker.busy)
        self.done_button.setEnabled(self.code_view.is_confirmed())
        if not self.worker.busy:
            self.busy.stop()

    def change(self) -> None:
        problem = self.fields.problem()
        if problem:
            self.message.show_problem(problem)
            return
        passphrase = self.fields.passphrase()
        self.busy.start(self.tr("Changing the passphrase… this takes a moment."))
        self.worker.start(lambda: self.lock.set_up(passphrase))

    def _changed(self, code: str) -> None:
        self.fields.clear()
        self.message.clear_message()
        self.code_view.set_code(code)
        self._show_page(1)
        self.governanceChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.message.show_error(exc)

    def reject(self) -> None:
        if self.worker.busy:
            return
        if self.stack.currentIndex() == 1:
            if self.code_view.is_confirmed():
                self.accept()
            else:
                self.message.show_problem(self.tr("Write the new recovery code down and tick the box first: it is "
                                                  "shown only this once."))
            return
        super().reject()
