"""Governance in the window: the guardian's lock makes every weakening control read-only, kiosk mode, time rules.

The central test walks every action and every tagged widget the window can
reach (toolbar, shortcuts, menus, context menus, open dialogs) while a
guardian's lock is on, and checks none can be used; a registry of the
controls that must be tagged makes the walk fail if one loses its tag.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from model_files import write_gguf
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QStandardItemModel
from PySide6.QtWidgets import QMenu, QToolBar, QWidget

from app.chat.store import MessageStatus
from app.core import paths as core_paths
from app.engine.fake import FakeEngine
from app.governance.credential import ScryptParams
from app.governance.governance import Control, Governance
from app.governance.layers import Layer
from app.governance.lock import LockState
from app.governance.policy_file import (PINNED_KEY_NAME, POLICY_FILE_NAME, PolicyStatus, SystemPolicy,
                                        generate_signing_key, sign_policy_file)
from app.governance.time_rules import TimeRules
from app.models.files import file_sha256
from app.safety.profiles import preset
from app.safety.taxonomy import CATEGORIES
from app.services import Services
from app.ui.application import create_main_window
from app.ui.governance_state import CAPPED_PROPERTY, GovernanceState, control_of, layer_name
from app.ui.main_window import MainWindow
from app.ui.profile_editor import IN_FORCE_ROW, ProfileEditorDialog
from app.ui.profile_rules_model import SET_BY_COLUMN
from app.ui.settings_dialog import WIDE, SettingsDialog
from app.ui.widgets import OPEN_FILE

PASSPHRASE = "kettle orbit marmalade"
TIMEOUT_MS = 5000


def set_up_guardian(services: Services, locked: bool = True, **changes: object) -> None:
    """A guardian with a cheap scrypt (tests only), the Child profile locked, and ``changes`` to their settings."""
    lock = services.governance.lock
    lock.credential.params = ScryptParams(n=2**10, r=8, p=1)
    lock.set_up(PASSPHRASE)
    services.governance.lock_profile(preset("child"), **changes)
    if locked:
        lock.lock()


def unlock(window: MainWindow) -> None:
    assert window.services.governance.lock.unlock(PASSPHRASE).ok
    window.governance_state.tick()  # what the one-second timer does


@pytest.fixture
def open_window(qtbot, services: Services, fake_engine: FakeEngine) -> Iterator[Callable[[], MainWindow]]:
    fake_engine.token_delay = 0.0
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        win = create_main_window(services)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow)  # keyboard shortcuts reach an active window only
        windows.append(win)
        return win

    yield make
    for win in windows:
        win.shutdown()


def wait_idle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.turns.busy, timeout=TIMEOUT_MS)


def send(qtbot, window: MainWindow, text: str) -> None:
    window.input.setPlainText(text)
    window.send()
    wait_idle(qtbot, window)


# walking the window ------------------------------------------------------------------------------


def reachable_actions(window: MainWindow) -> list[QAction]:
    """Every action the window can reach: its own, toolbars', widgets', every menu's (recursively), context menus."""
    queue: list[QAction] = [*window.actions(), *window.findChildren(QAction)]
    for bar in window.findChildren(QToolBar):
        queue += bar.actions()
    for widget in window.findChildren(QWidget):
        queue += widget.actions()  # QMenus are widgets too
    index = window.conversation_list.model().index(0, 0)
    assert index.isValid()
    queue += window.conversation_menu(index).actions()  # the context menu, built as a right click builds it
    found: list[QAction] = []
    while queue:
        action = queue.pop()
        if action in found:
            continue
        found.append(action)
        menu = action.menu()
        if isinstance(menu, QMenu):
            queue += menu.actions()
    return found


def governed(window: MainWindow) -> list[QObject]:
    """Every action and widget carrying the hearthControl property."""
    actions: list[QObject] = [a for a in reachable_actions(window) if control_of(a) is not None]
    widgets: list[QObject] = [w for w in window.findChildren(QWidget) if control_of(w) is not None]
    return actions + widgets


def usable(obj: QObject) -> bool:
    assert isinstance(obj, QAction | QWidget)
    return obj.isEnabled() and obj.isVisible()


def expected_controls(window: MainWindow) -> dict[str, tuple[QObject, Control]]:
    """The registry: controls that must be tagged (the profile editor and the settings dialog must be open)."""
    editor, settings = window.profile_editor, window.settings_dialog
    assert editor is not None and settings is not None
    registry: dict[str, tuple[QObject, Control]] = {
        "add a model file": (window.model_picker.import_action, Control.MODEL_FILES),
        "max_tokens": (settings.fields["max_tokens"], Control.GENERATION_LIMITS),
        "n_ctx": (settings.fields["n_ctx"], Control.GENERATION_LIMITS),
    }
    for name in ("save_button", "clone_button", "import_button", "delete_button", "name_edit", "description_edit",
                 "audience_combo", "cap_spin", "prompt_edit", "watermark_check"):
        registry[f"profile editor {name}"] = (getattr(editor, name), Control.PROFILE_EDITING)
    return registry


def open_everything(qtbot, window: MainWindow) -> None:
    window.open_profile_editor()
    window.open_settings()
    assert window.profile_editor is not None and window.settings_dialog is not None
    qtbot.waitExposed(window.profile_editor)


def test_locked_window_has_no_usable_weakening_control_and_unlock_brings_them_back(
        qtbot, services: Services, open_window, monkeypatch: pytest.MonkeyPatch) -> None:
    set_up_guardian(services)
    window = open_window()
    assert window.lock_status.text() == "Locked by guardian"
    open_everything(qtbot, window)
    monkeypatch.setattr(window.profile_editor, "confirm_discard", lambda: "discard")

    objects = governed(window)
    for name, (obj, control) in expected_controls(window).items():
        assert control_of(obj) is control, f"{name} lost its hearthControl tag"
        assert obj in objects, f"{name} is not reachable from the window"
    for obj in objects:
        if obj.property(CAPPED_PROPERTY):  # generation limits: may be lowered, never raised
            assert obj.maximum() <= obj.value(), obj.objectName()
            continue
        assert not usable(obj), f"{obj} ({control_of(obj)}) is usable while locked"
        assert "Managed by guardian" in obj.toolTip(), obj
    # the combo box's "Open GGUF file…" item follows its action
    picker = window.model_picker
    model = picker.model()
    assert isinstance(model, QStandardItemModel)
    assert not model.item(picker.findData(OPEN_FILE)).isEnabled()
    # the way in stays open, and looking at profiles is allowed
    assert usable(window.guardian_action) and control_of(window.guardian_action) is None
    assert window.profiles_action.isEnabled()

    unlock(window)
    assert window.lock_status.text() == "Unlocked · locks again in 10 min"
    editor, settings = window.profile_editor, window.settings_dialog
    assert editor is not None and settings is not None
    for obj in (window.model_picker.import_action, editor.clone_button, editor.import_button, editor.name_edit,
                editor.description_edit, editor.prompt_edit):
        assert obj.isEnabled(), obj
        assert "Managed by guardian" not in obj.toolTip()
    assert model.item(picker.findData(OPEN_FILE)).isEnabled()
    assert not editor.lock_banner.isVisible()
    assert settings.fields["max_tokens"].maximum() == WIDE
    assert not settings.managed_notes["max_tokens"].isVisible()


def test_locked_models_view_and_local_api_offer_nothing_that_weakens_governance(
        qtbot, services: Services, open_window) -> None:
    """The rest of the walk: the dialogs the toolbar and status bar open while locked."""
    set_up_guardian(services)
    window = open_window()
    assert window.models_action.isEnabled()  # looking at models is allowed
    window.models.open_view()
    view = window.models.view
    assert view is not None
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not view.list_call.busy and not view.catalog.load_call.busy, timeout=TIMEOUT_MS)
    view.select_row(0)
    weakening = {"import": view.import_button, "download": view.catalog.download_button,
                 "remove": view.details.remove_button, "use this computer": view.backend.local_button,
                 "use a server": view.backend.server_button, "server address": view.backend.address,
                 "switch backend": view.backend.use_button}
    for name, widget in weakening.items():
        assert not widget.isEnabled(), f"{name} is usable while locked"
    for widget in (view.import_button, view.catalog.download_button, view.details.remove_button,
                   view.backend.use_button):
        assert "managed by the guardian" in widget.toolTip(), widget.toolTip()
    view.reject()
    # the Local API panel serves this computer only: no address to widen, whatever the lock
    window.local_api.open_panel()
    panel = window.local_api.panel
    assert panel is not None
    qtbot.waitExposed(panel)
    assert panel.address.isReadOnly() and "127.0.0.1" in panel.address.text()
    panel.reject()


def test_the_profile_editor_opened_while_locked_is_read_only(qtbot, services: Services, open_window,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    custom = preset("standard").clone("homework", "Homework")
    services.profiles.save(custom)
    set_up_guardian(services)
    window = open_window()
    window.profiles_action.trigger()
    editor = window.profile_editor
    assert editor is not None and editor.isVisible()
    monkeypatch.setattr(editor, "confirm_discard", lambda: "discard")
    row = next(r for r in range(editor.profile_list.count())
               if editor.profile_list.item(r).data(Qt.ItemDataRole.UserRole + 1) == "homework")
    editor.profile_list.setCurrentRow(row)
    assert editor.saved_profile.id == "homework"
    assert editor.lock_banner.isVisible() and editor.lock_banner.text() == "Managed by guardian — unlock to edit"
    for widget in (editor.save_button, editor.clone_button, editor.import_button, editor.delete_button,
                   editor.name_edit, editor.description_edit, editor.audience_combo, editor.cap_spin,
                   editor.prompt_edit):
        assert not widget.isEnabled(), widget
    assert editor.rules_model.read_only
    for r in range(editor.rules_model.rowCount()):
        for c in range(editor.rules_model.columnCount()):
            assert not editor.rules_model.flags(editor.rules_model.index(r, c)) & Qt.ItemFlag.ItemIsEditable
    # the core refuses too, whatever the buttons say
    monkeypatch.setattr(editor, "ask_clone_name", lambda default: "Sneaky")
    editor.clone()
    assert "managed by the guardian" in editor.message.text()
    assert [p.id for p in services.profiles.custom()] == ["homework"]

    unlock(window)
    assert not editor.lock_banner.isVisible()
    assert editor.name_edit.isEnabled() and not editor.name_edit.isReadOnly()
    assert not editor.rules_model.read_only


def test_the_lock_relocks_when_idle(qtbot, services: Services, open_window) -> None:
    set_up_guardian(services)
    window = open_window()
    unlock(window)
    assert window.model_picker.import_action.isEnabled()
    services.governance.lock.idle_seconds = 0
    with qtbot.waitSignal(window.governance_state.changed, timeout=3000):
        pass  # the one-second timer relocks
    assert window.lock_status.text() == "Locked by guardian"
    assert not window.model_picker.import_action.isEnabled()


def test_no_guardian_means_no_lock_indicator_and_nothing_managed(services: Services, open_window) -> None:
    window = open_window()
    assert window.lock_status.isHidden() and window.policy_status.isHidden()
    assert window.model_picker.import_action.isEnabled()
    assert window.profile_note.isHidden() and not window.resting_notice.isVisible()
    assert not window.audit_notice.isVisible() and not window.kiosk


# the guardian's dialog ---------------------------------------------------------------------------------------


def test_the_guardian_action_opens_the_dialog_and_its_changes_are_applied(services: Services, open_window) -> None:
    from app.ui.guardian_unlock import UnlockDialog

    set_up_guardian(services)
    window = open_window()
    window.guardian_action.trigger()
    dialog = window.guardian_dialog
    assert isinstance(dialog, UnlockDialog) and dialog.isVisible()  # locked: the unlock dialog
    assert services.governance.lock.unlock(PASSPHRASE).ok
    dialog.governanceChanged.emit()
    assert window.lock_status.text().startswith("Unlocked")
    assert window.model_picker.import_action.isEnabled()
    dialog.reject()
    assert window.guardian_dialog is None


# the profile in force ---------------------------------------------------------------------------------------


def test_the_picker_keeps_the_choice_and_says_who_manages_the_profile_in_force(services: Services,
                                                                             open_window) -> None:
    set_up_guardian(services)
    window = open_window()
    assert window.profile_picker.currentText() == "Standard"  # the user's choice
    assert window.profile_note.isVisible()
    assert window.profile_note.text() == "Managed by guardian: Child"
    assert "You can make things stricter, never looser" in window.profile_note.toolTip()
    window.profile_picker.activated.emit(window.profile_picker.findData("child"))
    assert services.config.safety_profile == "child"
    assert not window.profile_note.isVisible()


def test_in_force_now_shows_who_decided_each_rule(qtbot, services: Services) -> None:
    child = preset("child")
    stricter_s1 = child.rule("S1", "prompt").threshold - 0.1
    mine = child.clone("stricter", "Stricter").with_rule("S1", "prompt", threshold=stricter_s1)
    services.profiles.save(mine)
    services.choose_profile("stricter")
    set_up_guardian(services)
    editor = ProfileEditorDialog(services)
    qtbot.addWidget(editor)
    editor.profile_list.setCurrentRow(IN_FORCE_ROW)
    assert editor.in_force_shown
    assert editor.profile_list.item(IN_FORCE_ROW).text() == "In force now"
    model = editor.rules_model
    assert model.columnCount() == SET_BY_COLUMN + 1
    assert model.headerData(SET_BY_COLUMN, Qt.Orientation.Horizontal) == "Set by"
    decided = services.effective().decided_by
    assert decided["categories.S1.prompt"] is Layer.USER
    s1_row = next(i for i, c in enumerate(CATEGORIES) if c.id == "S1")
    assert model.index(s1_row, SET_BY_COLUMN).data() == "Prompt: You · Answer: Guardian"
    for row, cat in enumerate(CATEGORIES):
        layers = {decided[f"categories.{cat.id}.{d}"] for d in ("prompt", "answer")}
        if len(layers) == 1:
            assert model.index(row, SET_BY_COLUMN).data() == layer_name(layers.pop())
    assert model.index(s1_row, 1).data() == f"{stricter_s1:.2f}"
    notes = editor.set_by_note.text()
    assert "Answer length cap: " in notes and "Audience: Child, set by Guardian" in notes
    assert "Guard model: " in notes
    assert editor.read_only_note.isVisibleTo(editor) and "in force now" in editor.read_only_note.text()
    assert not editor.save_button.isEnabled() and not editor.delete_button.isEnabled()
    # another profile hides the column again
    editor.profile_list.setCurrentRow(1)
    assert not editor.in_force_shown and model.columnCount() == SET_BY_COLUMN


def test_in_force_now_says_who_decided_the_time_rules_models_kiosk_audit_and_retention(
        qtbot, services: Services) -> None:
    organisation = SystemPolicy(audit_content="content", retention_days=30)
    services.governance = Governance(services.paths, services.secrets, services.audit,
                                     profile_lookup=services.profiles.get,
                                     policy=PolicyStatus(Path("/etc/hearth/policy.toml"), organisation,
                                                         administered=True))
    set_up_guardian(services, kiosk=True, model_allowlist=("a" * 64, "b" * 64),
                    time_rules=TimeRules.from_data({"hours": {"mon": ["08:00-16:00"]}, "daily_minutes": 45}).to_data())
    editor = ProfileEditorDialog(services)
    qtbot.addWidget(editor)
    editor.profile_list.setCurrentRow(IN_FORCE_ROW)
    lines = editor.set_by_note.text().splitlines()
    assert "Time rules: limited hours and 45 minutes a day, set by Guardian" in lines
    assert "Approved models: 2 files by hash, set by Guardian" in lines
    assert "Kiosk mode: on, set by Guardian" in lines
    assert "Audit log keeps: the text of conversations too, set by Your organisation" in lines
    assert "Conversations kept: 30 days, set by Your organisation" in lines

    assert services.governance.lock.unlock(PASSPHRASE).ok
    services.governance.lock_profile(preset("child"), kiosk=False, model_allowlist=None, time_rules=None)
    services.governance = Governance(services.paths, services.secrets, services.audit,
                                     profile_lookup=services.profiles.get)
    editor.apply_governance()
    lines = editor.set_by_note.text().splitlines()
    for expected in ("Time rules: none, set by You", "Approved models: any, set by You",
                     "Kiosk mode: off, set by Guardian", "Audit log keeps: what happened, not what was said, set by You",
                     "Conversations kept: until deleted, set by You"):
        assert expected in lines, (expected, lines)


def test_the_editor_starts_on_in_force_now_when_the_profile_in_force_is_a_combination(
        qtbot, services: Services) -> None:
    loose_answers = preset("child").clone("mine", "Mine")
    loose_answers = loose_answers.with_rule("S1", "prompt", threshold=0.05)
    services.profiles.save(loose_answers)
    services.choose_profile("mine")
    set_up_guardian(services, locked=False)
    services.governance.lock_profile(preset("teen"))
    effective = services.effective()
    assert effective.profile.id == "managed"
    editor = ProfileEditorDialog(services)
    qtbot.addWidget(editor)
    assert editor.in_force_shown and editor.profile_list.currentRow() == IN_FORCE_ROW
    assert editor.saved_profile == effective.profile
    assert not editor.export_button.isEnabled()


# the banner when a layer fails closed -----------------------------------------------------------------------


def test_a_tampered_guardian_file_shows_the_strictest_settings_banner(qtbot, services: Services,
                                                                      open_window) -> None:
    set_up_guardian(services, kiosk=False)
    path = services.paths.config_dir / "guardian.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["settings"]["profile_id"] = "open"  # a child's attempt to loosen things
    path.write_text(json.dumps(document), encoding="utf-8")
    services.governance = Governance(services.paths, services.secrets, services.audit,
                                     profile_lookup=services.profiles.get)
    window = open_window()
    assert window.banner.isVisible()
    assert window.banner.title.text() == "Hearth is using its strictest settings"
    assert "changed outside Hearth" in window.banner.text.text()
    assert services.effective().profile.id == "child"
    window.banner.hide()
    window.governance_state.refresh()  # shown again whenever the state is applied
    assert window.banner.isVisible()
    assert [e.fields["what"] for e in services.audit.entries() if e.type == "tamper_detected"] == \
        ["guardian_settings"]


@pytest.fixture
def badly_signed_policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Before Hearth starts: an administered folder (standing in for /etc/hearth) whose policy was edited after
    it was signed, so its signature no longer matches the pinned key."""
    folder = tmp_path / "etc-hearth"
    folder.mkdir()
    monkeypatch.setattr(core_paths, "administered_config_dirs", lambda platform="linux": [folder])
    policy = folder / POLICY_FILE_NAME
    policy.write_text('schema = 1\nminimum_profile = "school"\n', encoding="utf-8")
    generate_signing_key(tmp_path / "admin.key", folder / PINNED_KEY_NAME)
    sign_policy_file(policy, tmp_path / "admin.key")
    policy.write_text('schema = 1\nminimum_profile = "open"\n', encoding="utf-8")  # loosened after signing
    return policy


def test_a_badly_signed_policy_at_start_fails_closed_with_the_strictest_settings_banner(
        qtbot, badly_signed_policy: Path, services: Services, open_window) -> None:
    status = services.governance.policy
    assert status.path == badly_signed_policy and status.administered and status.policy is None
    assert "signature does not match" in (status.problem or "")
    services.choose_profile("open")
    effective = services.effective()
    assert effective.profile.id == "child"  # the strictest preset, not the (loosened) policy's "open"
    assert effective.decided_by["audience"] is Layer.ORGANISATION
    window = open_window()
    assert window.banner.isVisible()
    assert window.banner.title.text() == "Hearth is using its strictest settings"
    assert "signature does not match" in window.banner.text.text()
    window.banner.hide()
    window.governance_state.refresh()  # shown again whenever the state is applied
    assert window.banner.isVisible()
    tamper = [e.fields for e in services.audit.entries() if e.type == "tamper_detected"]
    assert [(t["what"], t["fallback"]) for t in tamper] == [("system_policy", "child")]
    assert "signature does not match" in tamper[0]["problem"]


def test_a_machine_wide_policy_is_named_in_the_status_bar(services: Services, open_window) -> None:
    services.governance = Governance(services.paths, services.secrets, services.audit,
                                     policy=PolicyStatus(Path("/etc/hearth/policy.toml"), SystemPolicy()))
    window = open_window()
    assert window.policy_status.isVisible()
    assert window.policy_status.text() == "Managed by your organisation"


# models -----------------------------------------------------------------------------------------------------


def write_model(folder: Path, name: str, content: bytes) -> Path:
    """A small real GGUF file whose metadata (and so hash) differs with ``content``."""
    folder.mkdir(parents=True, exist_ok=True)
    return write_gguf(folder / name, name=content.decode())


def test_the_model_picker_lists_only_approved_models(qtbot, services: Services, open_window,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    approved = write_model(services.paths.models_dir, "approved.gguf", b"one")
    other = write_model(services.paths.models_dir, "other.gguf", b"two")
    set_up_guardian(services, model_allowlist=(file_sha256(approved),))
    window = open_window()
    picker = window.model_picker
    qtbot.waitUntil(lambda: not picker.hashing, timeout=TIMEOUT_MS)
    assert picker.listed_paths() == [approved]  # the bundled model is not approved: shown, not choosable
    assert "(not approved)" in picker.currentText()
    assert picker.findData(str(other)) < 0
    asked: list[bool] = []
    monkeypatch.setattr(picker, "ask_gguf_file", lambda: asked.append(True) or other)
    picker.activated.emit(picker.findData(OPEN_FILE))
    assert asked == []  # adding a model file is managed by the guardian

    services.models.accept_licence(services.models.library.describe(approved))
    picker.activated.emit(picker.findData(str(approved)))
    assert services.config.model_path == str(approved)
    picker.modelChosen.emit(other)  # say a file got through some other way: the core refuses it
    assert window.banner.isVisible() and window.banner.title.text() == "This model is not approved"
    assert services.config.model_path == str(approved)
    assert picker.currentText() == "approved"


# generation limits ------------------------------------------------------------------------------------------


def test_settings_limits_are_capped_while_locked(qtbot, services: Services, open_window) -> None:
    set_up_guardian(services)
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.settings_dialog
    assert dialog is not None
    max_tokens, n_ctx = dialog.fields["max_tokens"], dialog.fields["n_ctx"]
    assert max_tokens.maximum() == 512 and n_ctx.maximum() == 2048
    assert dialog.managed_notes["max_tokens"].isVisible()
    assert dialog.managed_notes["max_tokens"].text().startswith("Managed by guardian")
    max_tokens.stepBy(10)
    assert max_tokens.value() == 512
    max_tokens.lineEdit().selectAll()
    qtbot.keyClicks(max_tokens.lineEdit(), "4000")
    max_tokens.interpretText()
    assert max_tokens.value() <= 512
    max_tokens.setValue(256)  # lowering is always fine
    dialog.accept()
    assert window.store.conversation(window.conversation_id).settings.max_tokens == 256


def test_settings_check_with_the_core_before_saving(qtbot, services: Services) -> None:
    set_up_guardian(services, locked=False)
    conversation = services.store.create_conversation()
    dialog = SettingsDialog(services.store, conversation.id, check_change=lambda old, new: services.governance
                            .check_settings_change(old, new, services.effective()))
    qtbot.addWidget(dialog)
    dialog.fields["max_tokens"].setValue(1024)
    services.governance.lock.lock()  # locked while the dialog was open
    dialog.accept()
    assert dialog.errors["max_tokens"].isVisibleTo(dialog)
    assert "managed by the guardian" in dialog.errors["max_tokens"].text()
    assert services.store.conversation(conversation.id).settings.max_tokens == 512


# time rules ----------------------------------------------------------------------------------------------------


def test_outside_the_time_rules_the_input_rests_behind_a_calm_notice(qtbot, services: Services,
                                                                     open_window) -> None:
    set_up_guardian(services, time_rules={"hours": {}})  # never open
    window = open_window()
    assert window.resting_notice.isVisible()
    assert window.resting_notice.title.text() == "Hearth is resting"
    assert window.resting_notice.text.text() == "Hearth is not open at any time this week."
    assert not window.input.isEnabled() and not window.send_button.isEnabled()
    assert not window.send_action.isEnabled() and not window.regenerate_action.isEnabled()
    refusals = [e for e in services.audit.entries() if e.type == "access_refused"]
    window.half_minute_passed()  # checked again every half minute: the audit log notes it once
    assert [e for e in services.audit.entries() if e.type == "access_refused"] == refusals
    assert len(refusals) == 1

    unlock(window)
    services.governance.lock_profile(preset("child"), time_rules=None)
    window.governance_state.refresh()
    assert not window.resting_notice.isVisible()
    assert window.input.isEnabled() and window.send_button.isEnabled()


class FixedClock:
    """The wall clock the time rules read (the lock keeps its own)."""

    def __init__(self, now: datetime) -> None:
        self.moment = now

    def time(self) -> float:
        return self.moment.timestamp()

    def monotonic(self) -> float:
        return 0.0

    def now(self) -> datetime:
        return self.moment


def test_use_is_counted_and_the_daily_budget_closes_hearth(qtbot, services: Services, open_window,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(services.governance, "clock", FixedClock(datetime(2024, 1, 1, 10, 0)))
    set_up_guardian(services, time_rules={"daily_minutes": 1})
    window = open_window()
    assert not window.resting_notice.isVisible() and window.input.isEnabled()
    window.half_minute_passed()
    assert window.input.isEnabled()
    window.half_minute_passed()
    assert window.resting_notice.isVisible()
    assert "Today's time with Hearth is used up." in window.resting_notice.text.text()
    assert not window.input.isEnabled()


def test_a_refused_turn_shows_the_resting_notice(qtbot, services: Services, open_window,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    clock = FixedClock(datetime(2024, 1, 1, 10, 0))
    monkeypatch.setattr(services.governance, "clock", clock)
    set_up_guardian(services, time_rules={"hours": {d: ["09:00-11:00"] for d in
                                                    ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}})
    window = open_window()
    assert window.input.isEnabled()
    clock.moment = datetime(2024, 1, 1, 11, 30)  # closes before the half-minute check
    send(qtbot, window, "Hello")
    assert window.resting_notice.isVisible()
    assert "It opens again" in window.resting_notice.text.text()
    assert not window.input.isEnabled()


# kiosk mode --------------------------------------------------------------------------------------------------


def test_kiosk_mode_shows_only_the_chat(qtbot, services: Services, open_window) -> None:
    earlier = services.store.create_conversation("Someone else's chat")
    services.store.add_message(earlier.id, "user", "my secret")
    services.config.last_conversation_id = earlier.id
    set_up_guardian(services, kiosk=True)
    window = open_window()
    assert window.kiosk
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.conversation_id != earlier.id and "my secret" not in window.chat_view.toPlainText()
    for widget in (window.sidebar, window.model_picker, window.profile_picker, window.search):
        assert not widget.isVisible(), widget
    for action in (window.settings_action, window.profiles_action, window.search_action, window.delete_action,
                   window.rename_action):
        assert not action.isEnabled(), action.text()
    assert not window.settings_action.isVisible() and not window.profiles_action.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert window.settings_dialog is None
    window.open_settings()
    assert window.settings_dialog is None
    assert usable(window.guardian_action)  # leaving kiosk mode needs the guardian
    assert window.new_session_button.isVisible()
    assert services.store.conversation(earlier.id).title == "Someone else's chat"  # kept: only out of view

    unlock(window)
    services.governance.lock_profile(preset("child"), kiosk=False)
    window.governance_state.refresh()
    assert not window.kiosk and window.sidebar.isVisible() and window.model_picker.isVisible()
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.settings_action.isEnabled() and not window.new_session_button.isVisible()


def test_new_session_starts_afresh_and_forgets_when_nothing_is_kept(qtbot, services: Services,
                                                                    open_window, fake_engine: FakeEngine) -> None:
    set_up_guardian(services, kiosk=True, retention_days=0)
    window = open_window()
    fake_engine.enqueue("Hello there.")
    send(qtbot, window, "Hi")
    first = window.conversation_id
    assert first is not None and "Hello there." in window.chat_view.toPlainText()
    window.input.setPlainText("half-typed")
    qtbot.mouseClick(window.new_session_button, Qt.MouseButton.LeftButton)
    assert window.conversation_id != first
    assert "Hello there." not in window.chat_view.toPlainText() and window.input.toPlainText() == ""
    assert first not in [c.id for c in services.store.conversations()]  # retention 0: deleted
    second = window.conversation_id
    window.new_session()  # an untouched session stays as it is
    assert window.conversation_id == second


def test_kiosk_resets_after_a_quiet_spell(qtbot, services: Services, open_window, fake_engine: FakeEngine) -> None:
    set_up_guardian(services, kiosk=True, kiosk_idle_minutes=15)
    window = open_window()
    assert window.kiosk_idle.active
    assert window.kiosk_idle.timer.interval() == 15 * 60_000
    fake_engine.enqueue("An answer.")
    send(qtbot, window, "A question")
    first = window.conversation_id
    window.kiosk_idle.timer.setInterval(50)
    window.kiosk_idle.timer.start()
    qtbot.waitUntil(lambda: window.conversation_id != first, timeout=TIMEOUT_MS)
    assert "An answer." not in window.chat_view.toPlainText()
    assert first in [c.id for c in services.store.conversations()]  # no retention rule: kept, out of view
    assert services.store.messages(first)[-1].status == MessageStatus.COMPLETE


# audit content notice ----------------------------------------------------------------------------------------


def test_the_content_audit_notice_is_permanent(qtbot, services: Services, open_window) -> None:
    set_up_guardian(services, audit_content="content")
    window = open_window()
    assert window.audit_notice.isVisible()
    assert window.audit_notice.text() == "A guardian can read the conversations on this computer."
    assert not window.audit_notice.findChildren(QWidget)  # nothing to dismiss it with
    window.banner.hide()
    window.new_chat()
    assert window.audit_notice.isVisible()


# the state object, without widgets ---------------------------------------------------------------------------


def test_governance_state_follows_the_lock(qtbot, services: Services) -> None:
    state = GovernanceState(services)
    assert state.lock_state is LockState.NOT_SET_UP and state.lock_text() == ""
    set_up_guardian(services)
    state.refresh()
    assert state.locked and state.lock_text() == "Locked by guardian"
    assert state.blocked_by(Control.PROFILE_EDITING) is Layer.GUARDIAN
    assert services.governance.lock.unlock(PASSPHRASE).ok
    with qtbot.waitSignal(state.changed):
        state.tick()
    assert state.lock_text() == "Unlocked · locks again in 10 min"
    assert state.blocked_by(Control.PROFILE_EDITING) is None
    services.governance.lock.idle_seconds = 0
    with qtbot.waitSignal(state.changed):
        state.tick()
    assert state.locked
    assert state.kiosk_idle_minutes == 15


def test_new_widgets_have_accessible_names(services: Services, open_window) -> None:
    set_up_guardian(services)
    window = open_window()
    for widget in (window.new_session_button, window.lock_status, window.policy_status, window.audit_notice,
                   window.resting_notice, window.profile_note):
        assert widget.accessibleName(), widget
    editor = ProfileEditorDialog(services, window)
    try:
        assert editor.lock_banner.accessibleName() and editor.set_by_note.accessibleName()
    finally:
        editor.deleteLater()
