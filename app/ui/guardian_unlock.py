"""Unlocking the guardian's settings with the passphrase, or with the recovery code when it is forgotten.

:class:`UnlockDialog` checks the passphrase on a pool thread (scrypt takes
about half a second). A wrong one is answered kindly; after a few, the lock
makes each further attempt wait longer, and the Unlock button counts the
wait down ("Try again in 28 s"), also when the dialog opens during a wait.
"Forgot the passphrase?" switches to the recovery code and a new passphrase;
the new one-time recovery code is then shown once. After unlocking, the
guardian panel opens.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget

from app.governance.credential import WeakPassphraseError
from app.governance.lock import Outcome, UnlockResult
from app.services import Services
from app.ui.guardian_panel import GuardianPanel
from app.ui.guardian_passphrase import PassphraseFields, RecoveryCodeView
from app.ui.guardian_widgets import (
    BackgroundCall, BusyIndicator, InlineMessage, PageStack, button_row, dialog_layout, fit_height, link_button,
    page_of, plain_button, primary_button, title_label,
)

COUNTDOWN_MS = 500


def wait_text(seconds: float) -> str:
    """"Try again in 28 s" (or in minutes, for long waits)."""
    whole = max(1, math.ceil(seconds))
    if whole < 90:
        return QCoreApplication.translate("UnlockDialog", "Try again in {0} s").format(whole)
    return QCoreApplication.translate("UnlockDialog", "Try again in {0} min").format(math.ceil(whole / 60))


class UnlockDialog(QDialog):
    """The guardian's passphrase (or, forgotten, the recovery code and a new passphrase)."""

    governanceChanged = Signal()
    panelOpened = Signal(object)  # the GuardianPanel opened after unlocking
    UNLOCK, RECOVER, NEW_CODE = range(3)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.lock = services.governance.lock
        self.panel: GuardianPanel | None = None
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Guardian settings"))
        self.setMinimumWidth(480)
        self.unlock_call = BackgroundCall(self)
        self.unlock_call.succeeded.connect(self._unlock_answered)
        self.recovery_call = BackgroundCall(self)
        self.recovery_call.succeeded.connect(self._recovery_answered)
        for call in (self.unlock_call, self.recovery_call):
            call.failed.connect(self._failed)
            call.busyChanged.connect(self._update_buttons)
        self.countdown = QTimer(self)  # while the lock makes the next attempt wait; the lock's clock decides
        self.countdown.setInterval(COUNTDOWN_MS)
        self.countdown.timeout.connect(self._tick)
        self.message = InlineMessage()
        self.busy = BusyIndicator()
        self.stack = PageStack()
        self.button_rows = PageStack()  # each page's buttons, below the message
        for page, buttons in (self._unlock_page(), self._recovery_page(), self._new_code_page()):
            self.stack.addWidget(page)
            self.button_rows.addWidget(buttons)
        dialog_layout(self, self.stack, self.message, self.busy, self.button_rows)
        self._show_page(self.UNLOCK)
        wait = self.lock.wait_seconds()
        if wait > 0:
            self.message.show_problem(self.tr("There were too many wrong attempts in a row, so Hearth waits a "
                                              "little before the next one."))
            self._start_countdown()

    # pages ------------------------------------------------------------------------------------------------------

    def _unlock_page(self) -> tuple[QWidget, QWidget]:
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Guardian's passphrase"))
        self.passphrase.setAccessibleName(self.tr("Guardian's passphrase"))
        self.forgot_button = link_button(self.tr("Forgot the passphrase?"),
                                         self.tr("Forgot the passphrase? Use the recovery code"))
        self.forgot_button.clicked.connect(lambda: self._show_page(self.RECOVER))
        self.unlock_button = primary_button(self.tr("Unlock"), self.tr("Unlock the guardian settings"))
        self.unlock_button.clicked.connect(self.attempt_unlock)
        cancel = plain_button(self.tr("Cancel"), self.tr("Close without unlocking"))
        cancel.clicked.connect(self.reject)
        page = page_of(title_label(self.tr("Unlock the guardian settings")),
                     QLabel(self.tr("Enter the guardian's passphrase to change what Hearth allows.")),
                     self.passphrase, self.forgot_button)
        return page, button_row(cancel, self.unlock_button)

    def _recovery_page(self) -> tuple[QWidget, QWidget]:
        intro = QLabel(self.tr("Enter the recovery code you wrote down when the guardian was set up, and choose "
                               "a new passphrase. The old passphrase and the old code stop working."))
        intro.setWordWrap(True)
        self.code_field = QLineEdit()
        self.code_field.setPlaceholderText("ABCD-EFGH-JKMN-PQRS-TVWX")
        self.code_field.setAccessibleName(self.tr("Recovery code"))
        self.new_fields = PassphraseFields()
        back = link_button(self.tr("Back to the passphrase"), self.tr("Back to unlocking with the passphrase"))
        back.clicked.connect(lambda: self._show_page(self.UNLOCK))
        self.recover_button = primary_button(self.tr("Set the new passphrase"),
                                             self.tr("Unlock with the recovery code and set the new passphrase"))
        self.recover_button.clicked.connect(self.attempt_recovery)
        cancel = plain_button(self.tr("Cancel"), self.tr("Close without unlocking"))
        cancel.clicked.connect(self.reject)
        code_label = QLabel(self.tr("Recovery code"))
        code_label.setBuddy(self.code_field)
        page = page_of(title_label(self.tr("Use the recovery code")), intro, code_label, self.code_field,
                     self.new_fields, back)
        return page, button_row(cancel, self.recover_button)

    def _new_code_page(self) -> tuple[QWidget, QWidget]:
        self.code_view = RecoveryCodeView(self.tr("The new passphrase is set. The old recovery code no longer "
                                                  "works; this is the new one:"))
        self.done_button = primary_button(self.tr("Done"), self.tr("Done: open the guardian settings"))
        self.done_button.clicked.connect(self._recovery_finished)
        self.code_view.confirmedChanged.connect(self._update_buttons)
        page = page_of(title_label(self.tr("Write down the new recovery code")), self.code_view)
        return page, button_row(self.done_button)

    def _show_page(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.button_rows.setCurrentIndex(index)
        fit_height(self, shrink=True)
        if not self.countdown.isActive():
            self.message.clear_message()
        default = {self.UNLOCK: self.unlock_button, self.RECOVER: self.recover_button,
                   self.NEW_CODE: self.done_button}[index]
        default.setDefault(True)
        focus = {self.UNLOCK: self.passphrase, self.RECOVER: self.code_field, self.NEW_CODE: self.code_view.confirm}
        focus[index].setFocus()
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        busy = self.unlock_call.busy or self.recovery_call.busy
        waiting = self.countdown.isActive()
        self.unlock_button.setEnabled(not busy and not waiting)
        self.recover_button.setEnabled(not busy and not waiting)
        self.done_button.setEnabled(self.code_view.is_confirmed())
        for field in (self.passphrase, self.code_field, self.new_fields):
            field.setEnabled(not busy)
        if not busy:
            self.busy.stop()

    # attempts ------------------------------------------------------------------------------------------------------

    def attempt_unlock(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        passphrase = self.passphrase.text()
        if not passphrase.strip():
            self.message.show_problem(self.tr("Type the guardian's passphrase."))
            return
        self.message.clear_message()
        self.busy.start(self.tr("Checking the passphrase…"))
        self.unlock_call.start(lambda: self.lock.unlock(passphrase))

    def attempt_recovery(self) -> None:
        if not self.recover_button.isEnabled():
            return
        code, problem = self.code_field.text(), self.new_fields.problem()
        if not code.strip():
            problem = self.tr("Type the recovery code.")
        if problem:
            self.message.show_problem(problem)
            return
        new = self.new_fields.passphrase()
        self.message.clear_message()
        self.busy.start(self.tr("Checking the recovery code…"))
        self.recovery_call.start(lambda: self.lock.unlock_with_recovery_code(code, new))

    def _unlock_answered(self, result: UnlockResult) -> None:
        if result.ok:
            self.governanceChanged.emit()
            if self.isVisible():  # not when its window closed it meanwhile
                self.accept()
                self._open_panel()
            return
        self.passphrase.clear()
        self.passphrase.setFocus()
        self._refused(result, self.tr("That passphrase is not right. Check that Caps Lock is off and try again."))

    def _recovery_answered(self, result: UnlockResult) -> None:
        if result.ok:
            self.governanceChanged.emit()
            self.code_view.set_code(result.recovery_code or "")
            self._show_page(self.NEW_CODE)
            return
        self._refused(result, self.tr("That recovery code is not right. Check it letter by letter and try again."))

    def _refused(self, result: UnlockResult, wrong: str) -> None:
        if result.outcome is Outcome.NOT_SET_UP:
            self.message.show_problem(self.tr("No guardian is set up on this computer any more."))
            return
        if result.outcome is Outcome.THROTTLED:
            wrong = self.tr("There were too many wrong attempts in a row, so Hearth waits a little before the "
                            "next one.")
        elif result.wait_seconds > 0:
            wrong += " " + self.tr("After several wrong attempts Hearth waits a little longer each time.")
        self.message.show_problem(wrong)
        if result.wait_seconds > 0:
            self._start_countdown()

    def _failed(self, exc: BaseException) -> None:
        self.message.show_error(exc)
        if isinstance(exc, WeakPassphraseError):
            self.new_fields.first.setFocus()

    # waiting ------------------------------------------------------------------------------------------------------

    def _start_countdown(self) -> None:
        self.countdown.start()
        self._tick()

    def _tick(self) -> None:
        left = self.lock.wait_seconds()
        if left <= 0:
            if self.countdown.isActive():
                self.message.show_note(self.tr("You can try again now."))
            self.countdown.stop()
            for button, text in ((self.unlock_button, self.tr("Unlock")),
                                 (self.recover_button, self.tr("Set the new passphrase"))):
                button.setText(text)
                button.setAccessibleDescription("")
        else:
            for button in (self.unlock_button, self.recover_button):
                button.setText(wait_text(left))
                button.setAccessibleDescription(wait_text(left))
        self._update_buttons()

    # after --------------------------------------------------------------------------------------------------------

    def _recovery_finished(self) -> None:
        if self.code_view.is_confirmed():
            self.accept()
            self._open_panel()

    def reject(self) -> None:
        """Close, except while a check runs (a new recovery code must not be lost) or before it is written down."""
        if self.unlock_call.busy or self.recovery_call.busy:
            return
        if self.stack.currentIndex() == self.NEW_CODE:
            if self.code_view.is_confirmed():
                self._recovery_finished()
            else:
                self.message.show_problem(self.tr("Write the new recovery code down and tick the box first: it "
                                                  "is shown only this once."))
            return
        super().reject()

    def done(self, result: int) -> None:
        self.countdown.stop()
        super().done(result)

    def _open_panel(self) -> None:
        self.panel = GuardianPanel(self.services, self.parentWidget())
        self.panel.governanceChanged.connect(self.governanceChanged)
        self.panel.show()
        self.panel.activateWindow()
        self.panelOpened.emit(self.panel)
