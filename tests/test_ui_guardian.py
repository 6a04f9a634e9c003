"""The guardian's dialogs, driven like a person would: set up, unlock, recover, and the guardian panel."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from governance_fakes import CHEAP_SCRYPT, PASSPHRASE, FakeClock
from PySide6.QtCore import Qt, QThreadPool, QTime
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QDialog, QLineEdit, QListWidget, QWidget,
)

from app.core.errors import HearthError
from app.core.paths import AppPaths
from app.governance.lock import FREE_ATTEMPTS, LockState
from app.governance.policy_file import POLICY_FILE_NAME
from app.governance.time_rules import TimeRules, preset_rules
from app.models.files import file_sha256
from app.safety.screen import Screen
from app.services import Services, open_services
from app.ui.guardian_dialogs import (
    ChangePassphraseDialog, GuardianPanel, GuardianSetupDialog, UnlockDialog, open_guardian_dialog, wait_text,
)
from app.ui.time_rules_editor import TimeRulesEditor, day_windows

TIMEOUT_MS = 5000
NEW_PASSPHRASE = "lantern pebble harbour"
CODE_PATTERN = re.compile(r"^[A-Z2-9]{4}(-[A-Z2-9]{4}){4}$")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def guardian_services(services: Services, clock: FakeClock) -> Iterator[Services]:
    """Services with cheap scrypt, a settable clock and a tiny "model" file that hashes at once."""
    services.governance.lock.credential.params = CHEAP_SCRYPT
    services.governance.clock = clock
    services.governance.lock.clock = clock
    model = services.paths.data_dir / "tiny-model.gguf"
    model.write_bytes(b"GGUF" + bytes(256))
    services.config.model_path = str(model)
    yield services
    QThreadPool.globalInstance().waitForDone()  # no pool thread outlives the services


@pytest.fixture
def parent(qtbot) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    return window


def set_up_guardian(services: Services, profile_id: str = "child", lock: bool = True, **changes: Any) -> str:
    """A guardian locking ``profile_id`` with the child's preset time rules; returns the recovery code."""
    code = services.governance.lock.set_up(PASSPHRASE)
    rules = preset_rules("child")
    assert rules is not None
    changes.setdefault("time_rules", rules.to_data())
    services.governance.lock_profile(services.profiles.get(profile_id), **changes)
    if lock:
        services.governance.lock.lock()
    return code


def open_dialog(qtbot, services: Services, parent: QWidget) -> Any:
    dialog = open_guardian_dialog(services, parent)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    return dialog


def audit_fields(services: Services, entry_type: str) -> list[dict[str, Any]]:
    return [entry.fields for entry in services.audit.entries() if entry.type == entry_type]


def wait_idle(qtbot, *calls: Any) -> None:
    qtbot.waitUntil(lambda: not any(call.busy for call in calls), timeout=TIMEOUT_MS)


def unlocked_panel(qtbot, services: Services, parent: QWidget, **changes: Any) -> GuardianPanel:
    set_up_guardian(services, lock=False, **changes)
    panel = open_dialog(qtbot, services, parent)
    assert isinstance(panel, GuardianPanel)
    wait_idle(qtbot, panel.hash_call)
    return panel


def unnamed_controls(dialog: QWidget) -> list[str]:
    """Interactive widgets without an accessible name (a spin box's own line edit is part of the spin box)."""
    found = []
    for kind in (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QListWidget):
        for widget in dialog.findChildren(kind):
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
                continue
            if not widget.accessibleName():
                found.append(f"{type(widget).__name__} {widget.objectName() or getattr(widget, 'text', str)()!r}")
    return found


# which dialog ------------------------------------------------------------------------------------------------

def test_the_entry_point_opens_the_dialog_for_the_lock_state(qtbot, guardian_services: Services,
                                                             parent: QWidget) -> None:
    setup = open_dialog(qtbot, guardian_services, parent)
    assert isinstance(setup, GuardianSetupDialog) and setup.isVisible() and not setup.isModal()
    setup.close()
    set_up_guardian(guardian_services)
    assert isinstance(open_dialog(qtbot, guardian_services, parent), UnlockDialog)
    guardian_services.governance.lock.unlock(PASSPHRASE)
    panel = open_dialog(qtbot, guardian_services, parent)
    assert isinstance(panel, GuardianPanel)
    wait_idle(qtbot, panel.hash_call)


def test_every_control_has_an_accessible_name(qtbot, guardian_services: Services, parent: QWidget) -> None:
    setup = open_dialog(qtbot, guardian_services, parent)
    assert unnamed_controls(setup) == []
    set_up_guardian(guardian_services)
    unlock = open_dialog(qtbot, guardian_services, parent)
    assert unnamed_controls(unlock) == []
    guardian_services.governance.lock.unlock(PASSPHRASE)
    panel = open_dialog(qtbot, guardian_services, parent)
    wait_idle(qtbot, panel.hash_call)
    assert unnamed_controls(panel) == []
    panel.change_passphrase()
    assert panel.change_dialog is not None and unnamed_controls(panel.change_dialog) == []


# setting up ----------------------------------------------------------------------------------------------------

def type_passphrases(qtbot, dialog: GuardianSetupDialog, first: str, second: str) -> None:
    dialog.fields.first.clear()
    dialog.fields.second.clear()
    qtbot.keyClicks(dialog.fields.first, first)
    qtbot.keyClicks(dialog.fields.second, second)


def test_setup_refuses_a_short_passphrase_and_says_why(qtbot, guardian_services: Services, parent: QWidget) -> None:
    dialog = open_dialog(qtbot, guardian_services, parent)
    assert "10,000 possibilities" in " ".join(label.text() for label in dialog.findChildren(type(dialog.fields.hint)))
    assert dialog.fields.first.echoMode() is QLineEdit.EchoMode.Password
    type_passphrases(qtbot, dialog, "1234", "1234")
    assert dialog.fields.hint.text() == "The passphrase has 4 characters; it needs at least 10."
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == dialog.PASSPHRASE
    assert dialog.message.isVisible() and "it needs at least 10" in dialog.message.text()
    type_passphrases(qtbot, dialog, "aaaaaaaaaaaa", "aaaaaaaaaaaa")
    assert "repeats the same few characters" in dialog.fields.hint.text()
    assert not dialog.message.isVisible()  # typing again clears the old complaint
    type_passphrases(qtbot, dialog, PASSPHRASE, PASSPHRASE + "x")
    assert dialog.fields.hint.text() == "The two passphrases are not the same."
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == dialog.PASSPHRASE
    assert "not the same" in dialog.message.text()
    assert not guardian_services.governance.lock.is_set_up


def test_setup_end_to_end(qtbot, guardian_services: Services, parent: QWidget) -> None:
    dialog = open_dialog(qtbot, guardian_services, parent)
    type_passphrases(qtbot, dialog, PASSPHRASE, PASSPHRASE)
    assert dialog.fields.hint.text() == "✓ The passphrases match."
    qtbot.keyClick(dialog.fields.second, Qt.Key.Key_Return)  # Enter presses Next
    assert dialog.stack.currentIndex() == dialog.CHOICES
    assert dialog.profile_combo.currentData() == "child"
    assert dialog.limit_time.isChecked() and dialog.rules_editor.rules() == preset_rules("child")
    dialog.allow_current.setChecked(True)
    dialog.kiosk.setChecked(True)
    with qtbot.waitSignal(dialog.governanceChanged, timeout=TIMEOUT_MS):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        assert dialog.worker.busy and dialog.busy.isVisible() and not dialog.next_button.isEnabled()
    assert dialog.stack.currentIndex() == dialog.CODE
    code = dialog.code_view.code()
    assert CODE_PATTERN.match(code)
    assert dialog.next_button.text() == "Finish" and not dialog.next_button.isEnabled()
    assert not dialog.cancel_button.isVisible() and not dialog.back_button.isVisible()
    dialog.code_view.copy_button.click()
    assert QApplication.clipboard().text() == code
    dialog.code_view.confirm.setChecked(True)
    assert dialog.next_button.isEnabled()
    with qtbot.waitSignal(dialog.governanceChanged):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    governance = guardian_services.governance
    assert governance.guardian is not None and governance.guardian.profile_id == "child"
    assert governance.guardian.time_rules == preset_rules("child").to_data()  # type: ignore[union-attr]
    assert governance.guardian.model_allowlist == (file_sha256(guardian_services.active_model_path()),)
    assert governance.guardian.kiosk is True
    assert governance.lock.state is LockState.LOCKED  # Finish locks
    assert governance.lock.credential.check_passphrase(PASSPHRASE)
    assert governance.lock.credential.check_recovery_code(code)


def test_setup_offers_the_chosen_profiles_time_rules(qtbot, guardian_services: Services, parent: QWidget) -> None:
    dialog = open_dialog(qtbot, guardian_services, parent)
    type_passphrases(qtbot, dialog, PASSPHRASE, PASSPHRASE)
    dialog.next_button.click()
    dialog.profile_combo.setCurrentIndex(dialog.profile_combo.findData("standard"))
    assert not dialog.limit_time.isChecked() and not dialog.rules_editor.isVisible()
    dialog.profile_combo.setCurrentIndex(dialog.profile_combo.findData("teen"))
    assert dialog.limit_time.isChecked() and dialog.rules_editor.rules() == preset_rules("teen")
    dialog.rules_editor.daily.setValue(45)  # edited: choosing another profile keeps the guardian's rules
    dialog.profile_combo.setCurrentIndex(dialog.profile_combo.findData("child"))
    assert dialog.rules_editor.rules().daily_minutes == 45
    dialog.limit_time.setChecked(False)
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == dialog.CODE, timeout=TIMEOUT_MS)
    guardian = guardian_services.governance.guardian
    assert guardian is not None and guardian.time_rules is None and guardian.model_allowlist is None


def test_the_recovery_code_page_cannot_be_escaped_before_the_code_is_written_down(
        qtbot, guardian_services: Services, parent: QWidget) -> None:
    dialog = open_dialog(qtbot, guardian_services, parent)
    type_passphrases(qtbot, dialog, PASSPHRASE, PASSPHRASE)
    dialog.next_button.click()
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == dialog.CODE, timeout=TIMEOUT_MS)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and "shown only this once" in dialog.message.text()
    dialog.code_view.confirm.setChecked(True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert guardian_services.governance.lock.state is LockState.LOCKED


def set_up_with_a_failing_save(qtbot, services: Services, parent: QWidget,
                               monkeypatch: pytest.MonkeyPatch) -> GuardianSetupDialog:
    """The set-up dialog after Finish on the choices page, where saving the settings failed (disk full)."""
    def refuse(*args: object, **kwargs: object) -> None:
        raise HearthError("The disk is full.", "Free some space.")

    monkeypatch.setattr(services.governance, "lock_profile", refuse)
    dialog = open_dialog(qtbot, services, parent)
    type_passphrases(qtbot, dialog, PASSPHRASE, PASSPHRASE)
    dialog.next_button.click()
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=TIMEOUT_MS)
    return dialog


def test_a_failed_save_is_shown_and_cancelling_leaves_no_half_guardian(
        qtbot, guardian_services: Services, parent: QWidget, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = set_up_with_a_failing_save(qtbot, guardian_services, parent, monkeypatch)
    assert "The disk is full. Free some space." in dialog.message.text()
    assert dialog.stack.currentIndex() == dialog.CHOICES and dialog.next_button.isEnabled()
    assert guardian_services.governance.lock.is_set_up
    dialog.cancel_button.click()
    assert not dialog.isVisible()
    assert not guardian_services.governance.lock.is_set_up


def test_after_a_failed_save_trying_again_keeps_the_passphrase_and_saves(
        qtbot, guardian_services: Services, parent: QWidget, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = set_up_with_a_failing_save(qtbot, guardian_services, parent, monkeypatch)
    assert not dialog.back_button.isEnabled()  # the passphrase is set up now; it stays as typed
    monkeypatch.undo()
    dialog.profile_combo.setCurrentIndex(dialog.profile_combo.findData("teen"))
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == dialog.CODE, timeout=TIMEOUT_MS)
    assert guardian_services.governance.guardian.profile_id == "teen"  # type: ignore[union-attr]
    assert guardian_services.governance.lock.credential.check_recovery_code(dialog.code_view.code())
    assert guardian_services.governance.lock.credential.check_passphrase(PASSPHRASE)


def test_a_model_that_cannot_be_read_changes_nothing(qtbot, guardian_services: Services, parent: QWidget) -> None:
    guardian_services.config.model_path = str(guardian_services.paths.data_dir / "missing.gguf")
    dialog = open_dialog(qtbot, guardian_services, parent)
    type_passphrases(qtbot, dialog, PASSPHRASE, PASSPHRASE)
    dialog.next_button.click()
    dialog.allow_current.setChecked(True)
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=TIMEOUT_MS)
    assert "missing.gguf cannot be read" in dialog.message.text()
    assert not guardian_services.governance.lock.is_set_up


# unlocking -----------------------------------------------------------------------------------------------------

def try_passphrase(qtbot, dialog: UnlockDialog, text: str) -> None:
    qtbot.keyClicks(dialog.passphrase, text)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    wait_idle(qtbot, dialog.unlock_call)


def test_wrong_passphrases_are_answered_kindly_then_counted_down(
        qtbot, guardian_services: Services, parent: QWidget, clock: FakeClock) -> None:
    set_up_guardian(guardian_services)
    dialog = open_dialog(qtbot, guardian_services, parent)
    assert dialog.unlock_button.isEnabled() and dialog.focusWidget() is dialog.passphrase
    try_passphrase(qtbot, dialog, "not the passphrase")
    assert "That passphrase is not right" in dialog.message.text()
    assert dialog.unlock_button.isEnabled() and dialog.passphrase.text() == ""
    for _ in range(FREE_ATTEMPTS - 1):
        try_passphrase(qtbot, dialog, "still not the passphrase")
    assert not dialog.unlock_button.isEnabled()
    assert dialog.unlock_button.text() == "Try again in 15 s"
    assert "waits a little longer" in dialog.message.text()
    clock.advance(5)
    qtbot.waitUntil(lambda: dialog.unlock_button.text() == "Try again in 10 s", timeout=TIMEOUT_MS)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)  # refused by the dialog itself while waiting
    assert not dialog.unlock_call.busy
    clock.advance(10)
    qtbot.waitUntil(dialog.unlock_button.isEnabled, timeout=TIMEOUT_MS)
    assert dialog.unlock_button.text() == "Unlock" and dialog.message.text() == "You can try again now."
    assert [f["outcome"] for f in audit_fields(guardian_services, "lock_attempt")] == ["wrong"] * FREE_ATTEMPTS


def test_the_unlock_dialog_opens_in_the_countdown_while_the_lock_waits(
        qtbot, guardian_services: Services, parent: QWidget) -> None:
    set_up_guardian(guardian_services)
    for _ in range(FREE_ATTEMPTS):
        guardian_services.governance.lock.unlock("wrong guess here")
    dialog = open_dialog(qtbot, guardian_services, parent)
    assert not dialog.unlock_button.isEnabled()
    assert dialog.unlock_button.text() == "Try again in 15 s"
    assert "too many wrong attempts" in dialog.message.text()
    dialog.forgot_button.click()  # the recovery code waits too
    assert not dialog.recover_button.isEnabled() and dialog.recover_button.text() == "Try again in 15 s"


def test_wait_text_switches_to_minutes_for_long_waits() -> None:
    assert wait_text(0.2) == "Try again in 1 s"
    assert wait_text(28) == "Try again in 28 s"
    assert wait_text(240) == "Try again in 4 min"


def test_the_right_passphrase_opens_the_guardian_panel(qtbot, guardian_services: Services, parent: QWidget) -> None:
    set_up_guardian(guardian_services)
    dialog = open_dialog(qtbot, guardian_services, parent)
    with qtbot.waitSignals([dialog.governanceChanged, dialog.panelOpened], timeout=TIMEOUT_MS):
        try_passphrase(qtbot, dialog, PASSPHRASE)
    assert not dialog.isVisible()
    assert guardian_services.governance.lock.state is LockState.UNLOCKED
    panel = dialog.panel
    assert isinstance(panel, GuardianPanel)
    qtbot.addWidget(panel)
    assert panel.isVisible()
    wait_idle(qtbot, panel.hash_call)
    with qtbot.waitSignal(dialog.governanceChanged):  # the panel's changes reach whoever opened the dialog
        panel.lock_now()


def test_escape_closes_the_unlock_dialog(qtbot, guardian_services: Services, parent: QWidget) -> None:
    set_up_guardian(guardian_services)
    dialog = open_dialog(qtbot, guardian_services, parent)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert guardian_services.governance.lock.state is LockState.LOCKED


# the recovery code ---------------------------------------------------------------------------------------------

def recover(qtbot, dialog: UnlockDialog, code: str, new: str, again: str | None = None) -> None:
    dialog.code_field.setText(code)
    dialog.new_fields.first.setText(new)
    dialog.new_fields.second.setText(new if again is None else again)
    qtbot.mouseClick(dialog.recover_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog.recovery_call)


def test_the_recovery_code_sets_a_new_passphrase_and_shows_a_new_code_once(
        qtbot, guardian_services: Services, parent: QWidget) -> None:
    old_code = set_up_guardian(guardian_services)
    dialog = open_dialog(qtbot, guardian_services, parent)
    qtbot.mouseClick(dialog.forgot_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == dialog.RECOVER and dialog.focusWidget() is dialog.code_field
    with qtbot.waitSignal(dialog.governanceChanged, timeout=TIMEOUT_MS):
        recover(qtbot, dialog, old_code.lower().replace("-", " "), NEW_PASSPHRASE)  # typed loosely still matches
    assert dialog.stack.currentIndex() == dialog.NEW_CODE
    new_code = dialog.code_view.code()
    assert CODE_PATTERN.match(new_code) and new_code != old_code
    assert not dialog.done_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    dialog.code_view.confirm.setChecked(True)
    with qtbot.waitSignal(dialog.panelOpened):
        dialog.done_button.click()
    assert dialog.panel is not None
    qtbot.addWidget(dialog.panel)
    wait_idle(qtbot, dialog.panel.hash_call)
    credential = guardian_services.governance.lock.credential
    assert credential.check_passphrase(NEW_PASSPHRASE) and not credential.check_passphrase(PASSPHRASE)
    assert credential.check_recovery_code(new_code) and not credential.check_recovery_code(old_code)


def test_a_wrong_recovery_code_or_weak_new_passphrase_is_explained(
        qtbot, guardian_services: Services, parent: QWidget) -> None:
    set_up_guardian(guardian_services)
    dialog = open_dialog(qtbot, guardian_services, parent)
    dialog.forgot_button.click()
    recover(qtbot, dialog, "AAAA-BBBB-CCCC-DDDD-EEEE", "short", "short")
    assert "it needs at least 10" in dialog.message.text() and not dialog.recovery_call.busy
    recover(qtbot, dialog, "", NEW_PASSPHRASE)
    assert dialog.message.text() == "Type the recovery code."
    recover(qtbot, dialog, "AAAA-BBBB-CCCC-DDDD-EEEE", NEW_PASSPHRASE)
    assert "That recovery code is not right" in dialog.message.text()
    assert guardian_services.governance.lock.state is LockState.LOCKED
    assert guardian_services.governance.lock.credential.check_passphrase(PASSPHRASE)


# the guardian panel -----------------------------------------------------------------------------------------

def test_the_panel_shows_the_guardians_settings_and_the_relock_countdown(
        qtbot, guardian_services: Services, parent: QWidget, clock: FakeClock) -> None:
    sha = file_sha256(guardian_services.active_model_path())
    panel = unlocked_panel(qtbot, guardian_services, parent, model_allowlist=(sha, "ab" * 32))
    assert panel.status_label.text() == "Unlocked · locks again after 10 minutes without activity"
    assert panel.profile_combo.currentData() == "child"
    assert panel.limit_time.isChecked() and panel.rules_editor.rules() == preset_rules("child")
    texts = {panel.models_list.item(i).text() for i in range(panel.models_list.count())}
    assert texts == {"abababababab…  a model not in use now", f"{sha[:12]}…  tiny-model.gguf (in use now)"}
    assert "Used today: 0 min of 60 min. Left today: 60 min." == panel.usage_label.text()
    clock.advance(9 * 60 + 30)
    qtbot.waitUntil(lambda: panel.status_label.text().endswith("after 1 minute without activity"),
                    timeout=TIMEOUT_MS)
    qtbot.keyClick(panel.extra_minutes, Qt.Key.Key_Up)  # any activity in the panel restarts the idle timer
    assert guardian_services.governance.lock.seconds_until_relock() == 600


def test_the_panel_closes_itself_when_the_lock_relocks_while_idle(
        qtbot, guardian_services: Services, parent: QWidget, clock: FakeClock) -> None:
    panel = unlocked_panel(qtbot, guardian_services, parent)
    clock.advance(10 * 60)
    with qtbot.waitSignal(panel.governanceChanged, timeout=TIMEOUT_MS):
        pass
    assert not panel.isVisible()
    assert guardian_services.governance.lock.state is LockState.LOCKED


def test_granting_extra_time(qtbot, guardian_services: Services, parent: QWidget, clock: FakeClock) -> None:
    guardian_services.governance.record_usage(50 * 60)
    panel = unlocked_panel(qtbot, guardian_services, parent)
    assert panel.usage_label.text() == "Used today: 50 min of 60 min. Left today: 10 min."
    panel.extra_minutes.setValue(30)
    with qtbot.waitSignal(panel.governanceChanged):
        qtbot.mouseClick(panel.grant_button, Qt.MouseButton.LeftButton)
    today = clock.now().date()
    assert guardian_services.governance.usage.extra_seconds(today) == 30 * 60
    assert panel.usage_label.text() == "Used today: 50 min of 60 min + 30 min extra. Left today: 40 min."
    assert panel.message.text() == "30 extra minutes granted for today."
    assert {"layer": "guardian", "field": "extra_time", "old": None, "new": 30} in \
        audit_fields(guardian_services, "policy_changed")


def test_changing_the_time_rules_and_saving(qtbot, guardian_services: Services, parent: QWidget) -> None:
    panel = unlocked_panel(qtbot, guardian_services, parent)
    sunday = panel.rules_editor.rows[6]
    sunday.allowed.setChecked(False)
    monday = panel.rules_editor.rows[0]
    monday.end.setTime(QTime(21, 30))
    panel.rules_editor.daily.setValue(90)
    with qtbot.waitSignal(panel.governanceChanged):
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    guardian = guardian_services.governance.guardian
    assert guardian is not None and guardian.time_rules is not None
    assert guardian.time_rules["hours"]["sun"] == [] and guardian.time_rules["hours"]["mon"] == ["07:00-21:30"]
    assert guardian.time_rules["daily_minutes"] == 90
    assert panel.message.text() == "Saved."
    changed = [f for f in audit_fields(guardian_services, "policy_changed") if f.get("field") == "time_rules"]
    assert changed and changed[-1]["new"] == guardian.time_rules
    assert panel.usage_label.text().endswith("of 90 min. Left today: 90 min.")


def test_turning_the_time_rules_off_shows_no_limits(qtbot, guardian_services: Services, parent: QWidget) -> None:
    panel = unlocked_panel(qtbot, guardian_services, parent)
    panel.limit_time.setChecked(False)
    assert panel.no_limits.isVisible() and panel.no_limits.text() == "No limits"
    assert not panel.rules_editor.isVisible()
    panel.save()
    assert guardian_services.governance.guardian.time_rules is None  # type: ignore[union-attr]
    assert not panel.grant_button.isEnabled()  # no daily limit: nothing to add to
    assert panel.usage_label.text() == "Used today: 0 min. There is no daily limit."


def test_approving_and_removing_models(qtbot, guardian_services: Services, parent: QWidget) -> None:
    sha = file_sha256(guardian_services.active_model_path())
    panel = unlocked_panel(qtbot, guardian_services, parent)
    assert panel.models_label.text() == "Any model may be used." and not panel.any_model_button.isEnabled()
    panel.approve_button.click()
    assert panel.allowlist() == [sha] and not panel.approve_button.isEnabled()
    panel.save()
    assert guardian_services.governance.guardian.model_allowlist == (sha,)  # type: ignore[union-attr]
    panel.models_list.setCurrentRow(0)
    panel.remove_model_button.click()
    assert panel.allowlist() == [] and "No model is approved" in panel.models_label.text()
    panel.allow_any_model()
    panel.save()
    assert guardian_services.governance.guardian.model_allowlist is None  # type: ignore[union-attr]


def test_changing_the_locked_profile_kiosk_and_timeouts(qtbot, guardian_services: Services, parent: QWidget) -> None:
    panel = unlocked_panel(qtbot, guardian_services, parent)
    panel.profile_combo.setCurrentIndex(panel.profile_combo.findData("teen"))
    panel.kiosk.setChecked(True)
    panel.idle_relock.setValue(3)
    panel.kiosk_idle.setValue(20)
    panel.save()
    guardian = guardian_services.governance.guardian
    assert guardian is not None
    assert (guardian.profile_id, guardian.kiosk, guardian.idle_relock_minutes, guardian.kiosk_idle_minutes) == \
        ("teen", True, 3, 20)
    assert guardian.profile_hash == guardian_services.profiles.get("teen").content_hash
    assert guardian_services.governance.lock.idle_seconds == 180
    qtbot.waitUntil(lambda: panel.status_label.text() == "Unlocked · locks again after 3 minutes without activity",
                    timeout=TIMEOUT_MS)


def test_the_records_settings_are_saved_and_shown_again(qtbot, guardian_services: Services, parent: QWidget) -> None:
    panel = unlocked_panel(qtbot, guardian_services, parent)
    assert not panel.audit_content.isChecked() and not panel.watermark.isChecked()
    panel.audit_content.setChecked(True)
    panel.watermark.setChecked(True)
    panel.save()
    guardian = guardian_services.governance.guardian
    assert guardian is not None and (guardian.audit_content, guardian.watermark) == ("content", True)
    effective = guardian_services.effective()
    assert effective.audit_content == "content" and effective.watermark
    again = GuardianPanel(guardian_services, parent)
    qtbot.addWidget(again)
    assert again.audit_content.isChecked() and again.watermark.isChecked()
    again.audit_content.setChecked(False)
    again.save()
    assert guardian_services.governance.guardian.audit_content is None  # type: ignore[union-attr]


def test_errors_are_shown_in_the_panel_not_raised(qtbot, guardian_services: Services, parent: QWidget) -> None:
    panel = unlocked_panel(qtbot, guardian_services, parent)
    guardian_services.governance.lock.lock()  # behind the panel's back, before its next tick
    panel.kiosk.setChecked(True)
    panel.save()
    assert "Managed by guardian" in panel.message.text()
    assert guardian_services.governance.guardian.kiosk is False  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not panel.isVisible(), timeout=TIMEOUT_MS)


def test_lock_now(qtbot, guardian_services: Services, parent: QWidget) -> None:
    panel = unlocked_panel(qtbot, guardian_services, parent)
    with qtbot.waitSignal(panel.governanceChanged):
        qtbot.mouseClick(panel.lock_button, Qt.MouseButton.LeftButton)
    assert not panel.isVisible()
    assert guardian_services.governance.lock.state is LockState.LOCKED
    assert isinstance(open_dialog(qtbot, guardian_services, parent), UnlockDialog)


def test_changing_the_passphrase_shows_the_new_recovery_code(qtbot, guardian_services: Services,
                                                             parent: QWidget) -> None:
    old_code = set_up_guardian(guardian_services, lock=False)
    panel = open_dialog(qtbot, guardian_services, parent)
    panel.change_button.click()
    change = panel.change_dialog
    assert isinstance(change, ChangePassphraseDialog) and change.isVisible()
    change.fields.first.setText(NEW_PASSPHRASE)
    change.fields.second.setText(NEW_PASSPHRASE)
    with qtbot.waitSignal(panel.governanceChanged, timeout=TIMEOUT_MS):
        change.change_button.click()
    new_code = change.code_view.code()
    assert CODE_PATTERN.match(new_code) and new_code != old_code
    assert not change.done_button.isEnabled()
    change.code_view.confirm.setChecked(True)
    change.done_button.click()
    assert not change.isVisible() and panel.isVisible()
    credential = guardian_services.governance.lock.credential
    assert credential.check_passphrase(NEW_PASSPHRASE) and credential.check_recovery_code(new_code)
    wait_idle(qtbot, panel.hash_call)


def test_removing_the_guardian_asks_first(qtbot, guardian_services: Services, parent: QWidget) -> None:
    panel = unlocked_panel(qtbot, guardian_services, parent)
    panel.remove_button.click()
    box = panel.remove_confirmation
    assert box is not None and box.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # "Keep the guardian"
    assert not box.isVisible()
    assert guardian_services.governance.lock.is_set_up and panel.isVisible()
    panel.remove_button.click()
    with qtbot.waitSignal(panel.governanceChanged):
        panel.remove_confirmation.confirm_button.click()  # type: ignore[union-attr]
    assert not panel.isVisible()
    assert guardian_services.governance.lock.state is LockState.NOT_SET_UP
    assert guardian_services.governance.guardian is None
    assert isinstance(open_dialog(qtbot, guardian_services, parent), GuardianSetupDialog)


def test_controls_the_organisation_decides_are_read_only(qtbot, paths: AppPaths, fake_engine: object,
                                                         parent: QWidget) -> None:
    paths.site_config_dir.mkdir(parents=True, exist_ok=True)
    (paths.site_config_dir / POLICY_FILE_NAME).write_text("schema = 1\nkiosk = true\n", encoding="utf-8")
    services = open_services(paths, engine=fake_engine, screen=Screen(None))  # type: ignore[arg-type]
    try:
        services.governance.lock.credential.params = CHEAP_SCRYPT
        panel = unlocked_panel(qtbot, services, parent)
        assert panel.kiosk.isChecked() and not panel.kiosk.isEnabled()
        notes = [label for label in panel.findChildren(type(panel.no_limits))
                 if label.text() == "Managed by your organisation"]
        assert len(notes) == 1
        assert panel.limit_time.isEnabled()  # the policy sets no time rules: the guardian decides those
        panel.save()
        assert services.governance.guardian.kiosk is False  # type: ignore[union-attr]  # the guardian's own
        panel.close()
    finally:
        QThreadPool.globalInstance().waitForDone()
        services.close()


# the time rules editor -------------------------------------------------------------------------------------------

def test_the_editor_round_trips_windows_past_midnight_and_whole_days(qtbot) -> None:
    editor = TimeRulesEditor()
    qtbot.addWidget(editor)
    rules = TimeRules.from_data({"hours": {"mon": ["22:00-01:30"], "tue": ["07:00-20:00"], "wed": ["00:00-24:00"],
                                           "sun": ["18:00-24:00"]}, "daily_minutes": 30})
    editor.set_rules(rules)
    assert editor.inexact_note.isHidden()
    monday, tuesday, wednesday, thursday = editor.rows[:4]
    assert (monday.start.time(), monday.end.time()) == (QTime(22, 0), QTime(1, 30))
    assert (tuesday.start.time(), tuesday.end.time()) == (QTime(7, 0), QTime(20, 0))
    assert (wednesday.start.time(), wednesday.end.time()) == (QTime(0, 0), QTime(0, 0))
    assert not thursday.allowed.isChecked() and not thursday.start.isEnabled()
    assert editor.daily.value() == 30 and not editor.touched
    assert editor.rules() == rules
    thursday.allowed.setChecked(True)
    assert editor.touched and editor.rules().to_data()["hours"]["thu"] == ["07:00-20:00"]


def test_rules_the_editor_cannot_show_are_kept_until_edited(qtbot) -> None:
    editor = TimeRulesEditor()
    qtbot.addWidget(editor)
    rules = TimeRules.from_data({"hours": {"mon": ["08:00-12:00", "14:00-18:00"]}})
    editor.set_rules(rules)
    assert not editor.inexact_note.isHidden()
    assert editor.rules() == rules
    editor.daily.setValue(60)
    assert editor.inexact_note.isHidden()
    assert editor.rules().to_data() == {"hours": {"mon": ["08:00-12:00"], "tue": [], "wed": [], "thu": [],
                                                  "fri": [], "sat": [], "sun": []}, "daily_minutes": 60}


def test_day_windows_joins_an_evening_with_the_next_morning() -> None:
    rules = TimeRules.from_data({"hours": {"sun": ["21:00-02:00"], "mon": ["07:00-20:00"]}})
    assert day_windows(rules)[0] == [(7 * 60, 20 * 60)]
    assert day_windows(rules)[6] == [(21 * 60, 2 * 60)]
    assert day_windows(TimeRules.always()) == [[(0, 1440)]] * 7
