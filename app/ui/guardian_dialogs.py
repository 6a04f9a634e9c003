"""Setting up a guardian, and the entry point that opens the right guardian dialog for the lock's state.

:func:`open_guardian_dialog` opens :class:`GuardianSetupDialog` when no
guardian is set up, :class:`~app.ui.guardian_unlock.UnlockDialog` while
locked and :class:`~app.ui.guardian_panel.GuardianPanel` while unlocked.
Each has a ``governanceChanged`` signal, emitted after every successful
change, so the window can refresh what it shows.

The set-up takes three steps: a passphrase, what to lock (profile, time
rules, the model in use, kiosk), and the one-time recovery code. scrypt and
hashing the model run on a pool thread through
:class:`~app.ui.guardian_widgets.BackgroundCall` behind a busy state; the
UI thread never blocks. Errors are shown inline in plain words.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QFormLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from app.core.errors import HearthError
from app.governance.layers import Layer
from app.governance.lock import LockState
from app.governance.time_rules import preset_rules
from app.safety.profiles import SafetyProfile
from app.services import Services
from app.ui.guardian_panel import GuardianPanel
from app.ui.guardian_passphrase import ChangePassphraseDialog, PassphraseFields, RecoveryCodeView
from app.ui.guardian_unlock import UnlockDialog, wait_text
from app.ui.guardian_widgets import (
    BackgroundCall, BusyIndicator, InlineMessage, button_row, dialog_layout, hint_label, managed_note, model_sha256,
    page_of, plain_button, primary_button, title_label,
)
from app.ui.time_rules_editor import TimeRulesEditor
from app.ui.widgets import profile_name

__all__ = ["ChangePassphraseDialog", "GuardianPanel", "GuardianSetupDialog", "UnlockDialog", "open_guardian_dialog",
           "wait_text"]

log = logging.getLogger(__name__)
DEFAULT_PROFILE = "child"
ORGANISATION_CONTROLS = ("time_rules", "model_allowlist", "kiosk")


def open_guardian_dialog(services: Services, parent: QWidget) -> QDialog:
    """Open (non-modal, WA_DeleteOnClose not required) the right dialog for the lock's state: setup when no guardian
    is set up, unlock when locked, the guardian panel when unlocked. Returns it (tests drive it)."""
    state = services.governance.lock.state
    dialog: QDialog
    if state is LockState.NOT_SET_UP:
        dialog = GuardianSetupDialog(services, parent)
    elif state is LockState.LOCKED:
        dialog = UnlockDialog(services, parent)
    else:
        dialog = GuardianPanel(services, parent)
    dialog.show()
    dialog.activateWindow()
    return dialog


# ------------------------------------------------------------------------------------------------------- setup

class GuardianSetupDialog(QDialog):
    """Three steps: choose a passphrase, choose what to lock, write down the recovery code."""

    governanceChanged = Signal()
    PASSPHRASE, CHOICES, CODE = range(3)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.governance = services.governance
        self.setObjectName("guardianSetupDialog")
        self.setWindowTitle(self.tr("Set up a guardian"))
        self.setMinimumWidth(560)
        self._code: str | None = None  # the recovery code, once the passphrase is set up
        self._sha: str | None = None
        self._saved = False
        self._rules_touched = False
        self._pending: dict[str, object] = {}
        self.effective = services.effective()
        self.worker = BackgroundCall(self)
        self.worker.succeeded.connect(self._set_up_done)
        self.worker.failed.connect(self._set_up_failed)
        self.worker.busyChanged.connect(self._show_busy)
        self._managed = {f for f in ORGANISATION_CONTROLS if self.effective.decided_by.get(f) is Layer.ORGANISATION}
        self.message = InlineMessage()
        self.busy = BusyIndicator()
        self.stack = QStackedWidget()
        self.stack.addWidget(self._passphrase_page())
        self.stack.addWidget(self._choices_page())
        self.stack.addWidget(self._code_page())
        self.back_button = plain_button(self.tr("Back"), self.tr("Back to the previous step"))
        self.back_button.clicked.connect(self._back)
        self.cancel_button = plain_button(self.tr("Cancel"), self.tr("Cancel the guardian set-up"))
        self.cancel_button.clicked.connect(self.reject)
        self.next_button = primary_button(self.tr("Next"), self.tr("Next step"))
        self.next_button.clicked.connect(self._next)
        dialog_layout(self, self.stack, self.message, self.busy,
                      button_row(self.back_button, self.cancel_button, self.next_button))
        self._show_page(self.PASSPHRASE)

    # pages -------------------------------------------------------------------------------------------------

    def _passphrase_page(self) -> QWidget:
        intro = QLabel(self.tr(
            "A guardian is the grown-up (a parent, carer or teacher) who decides what Hearth allows on this "
            "computer. Once a guardian is set up, the safety profile, the time limits and the approved models "
            "can only be changed with the guardian's passphrase."))
        intro.setWordWrap(True)
        self.fields = PassphraseFields()
        self.fields.changed.connect(self.message.clear_message)
        why = hint_label(self.tr(
            "Why not a 4-digit PIN? It has only 10,000 possibilities, which someone can try in an afternoon. "
            "A few unrelated words are easier to remember and far harder to guess."))
        widgets: list[QWidget] = [title_label(self.tr("Choose the guardian's passphrase")), intro, self.fields, why]
        widgets += self._setup_notices()
        return page_of(*widgets)

    def _setup_notices(self) -> list[QWidget]:
        notices = []
        if not self.governance.guardian_counts:
            notices.append(hint_label(self.tr("Your organisation's policy for this computer does not use a "
                                              "guardian's settings, so a guardian cannot be set up here.")))
        for problem in self.governance.problems():
            if problem.layer is Layer.GUARDIAN:
                notices.append(hint_label(self.tr("{0} Setting up a guardian again replaces those settings.")
                                          .format(problem.message)))
        for notice in notices:
            notice.setObjectName("settingError")
        return notices

    def _choices_page(self) -> QWidget:
        self.profile_combo = QComboBox()
        self.profile_combo.setAccessibleName(self.tr("Profile to lock"))
        for profile in self.services.profiles.all():
            self.profile_combo.addItem(profile_name(profile), profile.id)
        self.profile_combo.setCurrentIndex(max(0, self.profile_combo.findData(DEFAULT_PROFILE)))
        self.profile_combo.currentIndexChanged.connect(self._profile_chosen)
        self.limit_time = QCheckBox(self.tr("Limit when and how long Hearth can be used"))
        self.limit_time.setAccessibleName(self.tr("Limit when and how long Hearth can be used"))
        self.rules_editor = TimeRulesEditor()
        self.rules_editor.edited.connect(self._rules_edited)
        self.limit_time.toggled.connect(self._rules_edited)
        self.limit_time.toggled.connect(self.rules_editor.setVisible)
        self.allow_current = QCheckBox(self.tr("Only allow the model in use now"))
        self.allow_current.setAccessibleName(self.tr("Only allow the model in use now"))
        model = hint_label(self.tr("The model in use now: {0}").format(self.services.active_model_path().name))
        self.kiosk = QCheckBox(self.tr("Kiosk mode, for a shared computer"))
        self.kiosk.setAccessibleName(self.tr("Kiosk mode"))
        form = QFormLayout()
        form.addRow(self.tr("Profile to lock"), self.profile_combo)
        page = page_of(title_label(self.tr("Choose what to lock")))
        layout = page.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(1, form)
        for index, widget in enumerate(self._with_notes([(self.limit_time, "time_rules"),
                                                         (self.rules_editor, None),
                                                         (self.allow_current, "model_allowlist"), (model, None),
                                                         (self.kiosk, "kiosk")])):
            layout.insertWidget(2 + index, widget)
        self._profile_chosen()
        return page

    def _with_notes(self, controls: list[tuple[QWidget, str | None]]) -> list[QWidget]:
        """The controls, each one the organisation decides disabled and followed by the "managed" note."""
        widgets = []
        for widget, field in controls:
            widgets.append(widget)
            if field in self._managed:
                widget.setEnabled(False)
                widgets.append(managed_note())
        return widgets

    def _code_page(self) -> QWidget:
        self.code_view = RecoveryCodeView(self.tr("The guardian is set up. This is your recovery code:"))
        self.code_view.confirmedChanged.connect(self._update_buttons)
        after = hint_label(self.tr("When you press Finish, Hearth locks. To change these settings later, open "
                                   "the guardian settings and enter your passphrase."))
        return page_of(title_label(self.tr("Write down the recovery code")), self.code_view, after)

    # navigation ---------------------------------------------------------------------------------------------

    def _show_page(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.message.clear_message()
        self.back_button.setVisible(index == self.CHOICES)
        self.cancel_button.setVisible(index != self.CODE)
        texts = {self.PASSPHRASE: self.tr("Next"), self.CHOICES: self.tr("Set up the lock"),
                 self.CODE: self.tr("Finish")}
        self.next_button.setText(texts[index])
        self.next_button.setAccessibleName(texts[index])
        self.next_button.setDefault(True)
        self._update_buttons()
        focus = {self.PASSPHRASE: self.fields.first, self.CHOICES: self.profile_combo,
                 self.CODE: self.code_view.confirm}[index]
        focus.setFocus()

    def _update_buttons(self, *_: object) -> None:
        page = self.stack.currentIndex()
        busy = self.worker.busy
        allowed = self.governance.guardian_counts
        self.next_button.setEnabled(not busy and allowed and (page != self.CODE or self.code_view.is_confirmed()))
        self.back_button.setEnabled(not busy and self._code is None)  # a set-up passphrase stays as typed
        self.cancel_button.setEnabled(not busy)
        self.stack.setEnabled(not busy)

    def _back(self) -> None:
        if self.stack.currentIndex() == self.CHOICES and not self.worker.busy:
            self._show_page(self.PASSPHRASE)

    def _next(self) -> None:
        page = self.stack.currentIndex()
        if page == self.PASSPHRASE:
            problem = self.fields.problem()
            if problem:
                self.message.show_problem(problem)
                self.fields.first.setFocus()
                return
            self._show_page(self.CHOICES)
        elif page == self.CHOICES:
            self._set_up()
        elif self.code_view.is_confirmed():
            self._finish()

    # choices ---------------------------------------------------------------------------------------------------

    def _profile_chosen(self) -> None:
        """Offer the new profile's preset time rules, unless the guardian has already edited them."""
        if self._rules_touched:
            return
        rules = preset_rules(self._profile().audience)
        self.rules_editor.set_rules(rules)
        self.limit_time.blockSignals(True)
        self.limit_time.setChecked(rules is not None and "time_rules" not in self._managed)
        self.limit_time.blockSignals(False)
        self.rules_editor.setVisible(self.limit_time.isChecked())

    def _rules_edited(self) -> None:
        self._rules_touched = True

    def _profile(self) -> SafetyProfile:
        return self.services.profiles.get(self.profile_combo.currentData())

    # the work ------------------------------------------------------------------------------------------------------

    def _set_up(self) -> None:
        try:
            self._pending = self._choices()
        except HearthError as exc:
            self.message.show_error(exc)
            return
        passphrase, lock, code = self.fields.passphrase(), self.governance.lock, self._code
        allow_current = self.allow_current.isChecked() and "model_allowlist" not in self._managed
        model = self.services.active_model_path() if allow_current else None
        self.busy.start(self.tr("Setting up the lock… this takes a moment."))

        def work() -> tuple[str, str | None]:
            sha = model_sha256(model) if model else None  # first: a model that cannot be read changes nothing
            return code or lock.set_up(passphrase), sha  # once set up, a retry only saves the settings again

        self.worker.start(work)

    def _choices(self) -> dict[str, object]:
        limited = self.limit_time.isChecked() and "time_rules" not in self._managed
        rules = self.rules_editor.rules() if limited else None
        return {"profile": self._profile(), "time_rules": (rules.to_data() or None) if rules else None,
                "kiosk": self.kiosk.isChecked() and "kiosk" not in self._managed}

    def _show_busy(self, busy: bool) -> None:
        if not busy:
            self.busy.stop()
        self._update_buttons()

    def _set_up_done(self, outcome: tuple[str, str | None]) -> None:
        self._code, self._sha = outcome
        self._update_buttons()
        self._save_settings()

    def _set_up_failed(self, exc: BaseException) -> None:
        self.message.show_error(exc)

    def _save_settings(self) -> None:
        pending = dict(self._pending)
        profile = pending.pop("profile")
        try:
            self.governance.lock_profile(profile, model_allowlist=(self._sha,) if self._sha else None,
                                         **pending)  # type: ignore[arg-type]
        except HearthError as exc:
            self.message.show_error(exc)
            return
        self._saved = True
        self.governanceChanged.emit()
        assert self._code is not None
        self.code_view.set_code(self._code)
        self._show_page(self.CODE)

    def _finish(self) -> None:
        self.governance.lock.lock()
        self.governanceChanged.emit()
        self.accept()

    def reject(self) -> None:
        """Cancel, except while working or before the recovery code is confirmed (it is shown only once)."""
        if self.worker.busy:
            return
        if self._saved:
            if self.code_view.is_confirmed():
                self._finish()
            else:
                self.message.show_problem(self.tr("Write the recovery code down and tick the box first: it is "
                                                  "shown only this once."))
            return
        if self._code is not None:
            self._roll_back()
        super().reject()

    def _roll_back(self) -> None:
        """The passphrase was set up but the settings were not saved: leave no half-made guardian behind."""
        try:
            self.governance.remove_guardian()
        except HearthError:
            log.exception("could not undo an unfinished guardian set-up")
        self._code = None
        self.governanceChanged.emit()
