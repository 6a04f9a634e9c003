"""The guardian's panel, open while the guardian has unlocked Hearth: everything the guardian decides.

:class:`GuardianPanel` edits the locked profile, the time rules, today's
extra time, the approved models, kiosk mode and the idle timeouts, and
offers "Lock now", "Change passphrase…", "Remove guardian…" and "Audit log…". A status
line counts down to the idle relock; any key press, click or wheel turn in
the panel counts as activity (:meth:`GuardianLock.touch`), and when the lock
relocks anyway the panel closes itself. Controls the organisation's policy
decides are shown read-only with "Managed by your organisation".
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLayout, QListWidget, QListWidgetItem,
    QScrollArea, QVBoxLayout, QWidget,
)

from app.core.errors import HearthError
from app.governance.guardian_settings import GuardianSettings
from app.governance.layers import Layer
from app.governance.lock import LockState
from app.governance.time_rules import TimeRules, preset_rules
from app.services import Services
from app.ui.audit_view import AuditView
from app.ui.guardian_passphrase import ChangePassphraseDialog
from app.ui.guardian_widgets import (
    BackgroundCall, ConfirmDialog, InlineMessage, group_box, hint_label, managed_note, model_sha256, plain_button,
    primary_button, row_of, spin_box, title_label,
)
from app.ui.activity import ActivityWatcher
from app.ui.time_rules_editor import TimeRulesEditor
from app.ui.widgets import profile_name

DEFAULT_PROFILE = "child"
ORGANISATION_CONTROLS = ("time_rules", "model_allowlist", "kiosk", "audit_content", "watermark")
USAGE_REFRESH_TICKS = 15  # re-read today's usage every 15 s while the panel is open
HASH_SHOWN = 12  # hex digits of a model's SHA-256 shown in the list


class GuardianPanel(QDialog):
    """Everything the guardian decides, while unlocked."""

    governanceChanged = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.governance = services.governance
        self.lock = services.governance.lock
        self.setObjectName("guardianPanel")
        self.setWindowTitle(self.tr("Guardian settings"))
        self.setMinimumSize(600, 640)
        self.effective = services.effective()
        self._managed = {f for f in ORGANISATION_CONTROLS if self.effective.decided_by.get(f) is Layer.ORGANISATION}
        self._allowlist: list[str] | None = None
        self._active_sha: str | None = None
        self._ticks = 0
        self.change_dialog: ChangePassphraseDialog | None = None
        self.remove_confirmation: ConfirmDialog | None = None
        self.audit_view: AuditView | None = None
        self.message = InlineMessage(fit_window=False)  # the sections scroll instead
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Lock status"))
        self._build()
        self._load(self.governance.guardian)
        self.hash_call = BackgroundCall(self)
        self.hash_call.succeeded.connect(self._active_hash_known)
        self.hash_call.failed.connect(self._active_hash_failed)
        path = services.active_model_path()
        self.hash_call.start(lambda: model_sha256(path))
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self.activity = ActivityWatcher(self)
        self.activity.active.connect(self.lock.touch)
        self._watch_activity(self)
        self._tick()

    # building ---------------------------------------------------------------------------------------------------

    def _build(self) -> None:
        sections = QWidget()
        column = QVBoxLayout(sections)
        column.setSpacing(12)
        for section in (self._profile_section(), self._time_section(), self._extra_time_section(),
                        self._models_section(), self._records_section(), self._kiosk_section()):
            column.addWidget(section)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(sections)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # see MainWindow
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(title_label(self.tr("Guardian settings")))
        layout.addWidget(self.status_label)
        for notice in self._notices():
            layout.addWidget(notice)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addLayout(self._buttons())

    def _notices(self) -> list[QLabel]:
        notices = []
        if not self.governance.guardian_counts:
            notices.append(self.tr("Your organisation's policy for this computer ignores the guardian's settings; "
                                   "its own settings apply instead."))
        for problem in self.governance.problems():
            if problem.layer is Layer.GUARDIAN:
                notices.append(self.tr("{0} Until you save again, Hearth uses its strictest settings.")
                               .format(problem.message))
        labels = [hint_label(text) for text in notices]
        for label in labels:
            label.setObjectName("settingError")
        return labels

    def _profile_section(self) -> QGroupBox:
        self.profile_combo = QComboBox()
        self.profile_combo.setAccessibleName(self.tr("Locked profile"))
        for profile in self.services.profiles.all():
            self.profile_combo.addItem(profile_name(profile), profile.id)
        self.profile_combo.currentIndexChanged.connect(self._profile_chosen)
        hint = hint_label(self.tr("Whatever profile someone picks, Hearth is at least as careful as this one."))
        return group_box(self.tr("Locked profile"), self.profile_combo, hint)

    def _time_section(self) -> QGroupBox:
        self.limit_time = QCheckBox(self.tr("Limit when and how long Hearth can be used"))
        self.limit_time.setAccessibleName(self.tr("Limit when and how long Hearth can be used"))
        self.no_limits = hint_label(self.tr("No limits"))
        self.rules_editor = TimeRulesEditor()
        self.limit_time.toggled.connect(self._show_limits)
        parts: list[QWidget] = [self.limit_time, self.no_limits, self.rules_editor]
        if "time_rules" in self._managed:
            self.limit_time.setEnabled(False)
            self.rules_editor.set_read_only(True)
            parts.append(managed_note())
        return group_box(self.tr("Time rules"), *parts)

    def _extra_time_section(self) -> QGroupBox:
        self.usage_label = QLabel()
        self.usage_label.setWordWrap(True)
        self.usage_label.setAccessibleName(self.tr("Today's use"))
        self.extra_minutes = spin_box(5, 240, 30, self.tr(" min"), self.tr("Extra minutes to grant for today"), 5)
        self.grant_button = plain_button(self.tr("Grant"), self.tr("Grant the extra minutes for today"))
        self.grant_button.clicked.connect(self.grant_extra_time)
        hint = hint_label(self.tr("Extra time adds to today's daily limit only; it does not change the allowed "
                                  "hours."))
        return group_box(self.tr("Extra time today"), self.usage_label, row_of(self.extra_minutes, self.grant_button),
                      hint)

    def _models_section(self) -> QGroupBox:
        self.models_label = QLabel()
        self.models_label.setWordWrap(True)
        self.models_list = QListWidget()
        self.models_list.setAccessibleName(self.tr("Approved models"))
        self.models_list.setMaximumHeight(110)
        self.models_list.itemSelectionChanged.connect(self._update_model_buttons)
        self.approve_button = plain_button(self.tr("Approve the current model"),
                                           self.tr("Approve the model in use now"))
        self.approve_button.clicked.connect(self.approve_current_model)
        self.remove_model_button = plain_button(self.tr("Remove"), self.tr("Remove the selected model"))
        self.remove_model_button.clicked.connect(self.remove_selected_model)
        self.any_model_button = plain_button(self.tr("Allow any model"), self.tr("Allow any model"))
        self.any_model_button.clicked.connect(self.allow_any_model)
        parts: list[QWidget | QLayout] = [self.models_label, self.models_list,
                                          row_of(self.approve_button, self.remove_model_button, self.any_model_button)]
        if "model_allowlist" in self._managed:
            parts.append(managed_note())
        return group_box(self.tr("Approved models"), *parts)

    def _records_section(self) -> QGroupBox:
        """The audit log's content mode and the answer watermark (the provenance setting)."""
        self.audit_content = QCheckBox(self.tr("Keep the text of conversations in the audit log"))
        self.audit_content.setAccessibleName(self.tr("Keep conversation text in the audit log"))
        self.audit_content.setToolTip(self.tr("The text is encrypted, only a guardian can read it, and the chat "
                                              "window says so to everyone. Off: only what happened is kept."))
        self.watermark = QCheckBox(self.tr("Watermark answers, so they can be recognised later"))
        self.watermark.setAccessibleName(self.tr("Watermark answers"))
        parts: list[QWidget | QLayout] = [self.audit_content, self.watermark]
        for box, field in ((self.audit_content, "audit_content"), (self.watermark, "watermark")):
            if field in self._managed:
                box.setEnabled(False)
        if {"audit_content", "watermark"} & set(self._managed):
            parts.append(managed_note())
        parts.append(hint_label(self.tr("Changes to the audit log apply from the next start of Hearth.")))
        return group_box(self.tr("Records"), *parts)

    def _kiosk_section(self) -> QGroupBox:
        self.kiosk = QCheckBox(self.tr("Kiosk mode, for a shared computer"))
        self.kiosk.setAccessibleName(self.tr("Kiosk mode"))
        parts: list[QWidget | QLayout] = [self.kiosk]
        if "kiosk" in self._managed:
            self.kiosk.setEnabled(False)
            parts.append(managed_note())
        self.idle_relock = spin_box(1, 120, 10, self.tr(" min without activity"),
                                 self.tr("Lock the guardian settings again after this many minutes without activity"))
        self.kiosk_idle = spin_box(1, 240, 15, self.tr(" min without use"),
                                self.tr("In kiosk mode, start afresh after this many minutes without use"))
        form = QFormLayout()
        form.addRow(self.tr("Lock again after"), self.idle_relock)
        form.addRow(self.tr("Kiosk: start afresh after"), self.kiosk_idle)
        parts.append(form)
        return group_box(self.tr("Kiosk and locking"), *parts)

    def _buttons(self) -> QHBoxLayout:
        self.change_button = plain_button(self.tr("Change passphrase…"), self.tr("Change the guardian's passphrase"))
        self.change_button.clicked.connect(self.change_passphrase)
        self.remove_button = plain_button(self.tr("Remove guardian…"), self.tr("Remove the guardian"))
        self.remove_button.clicked.connect(self.confirm_remove)
        self.audit_button = plain_button(self.tr("Audit log…"), self.tr("Open the audit log"))
        self.audit_button.clicked.connect(self.open_audit_log)
        self.lock_button = plain_button(self.tr("Lock now"), self.tr("Lock the guardian settings now"))
        self.lock_button.clicked.connect(self.lock_now)
        self.save_button = primary_button(self.tr("Save"), self.tr("Save the guardian settings"))
        self.save_button.clicked.connect(self.save)
        self.save_button.setDefault(True)
        row = QHBoxLayout()
        for button in (self.change_button, self.remove_button, self.audit_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.lock_button)
        row.addWidget(self.save_button)
        return row

    # showing ------------------------------------------------------------------------------------------------------

    def _load(self, settings: GuardianSettings | None) -> None:
        """Show the guardian's settings (the organisation's values where it decides)."""
        profile_id = settings.profile_id if settings is not None else DEFAULT_PROFILE
        self.profile_combo.setCurrentIndex(max(0, self.profile_combo.findData(profile_id)))
        rules = self.effective.time_rules if "time_rules" in self._managed else \
            settings.rules() if settings is not None else None
        self.limit_time.setChecked(rules is not None)
        self.rules_editor.set_rules(rules or self._starting_rules())
        self._show_limits(rules is not None)
        if "model_allowlist" in self._managed:
            allowlist = self.effective.model_allowlist
        else:
            allowlist = settings.model_allowlist if settings is not None else None
        self._allowlist = sorted(allowlist) if allowlist is not None else None
        self._show_allowlist()
        self.kiosk.setChecked(self.effective.kiosk if "kiosk" in self._managed else bool(settings and settings.kiosk))
        content = self.effective.audit_content if "audit_content" in self._managed else \
            settings.audit_content if settings is not None else None
        self.audit_content.setChecked(content == "content")
        self.watermark.setChecked(self.effective.watermark if "watermark" in self._managed else
                                  bool(settings and settings.watermark))
        if settings is not None:
            self.idle_relock.setValue(settings.idle_relock_minutes)
            self.kiosk_idle.setValue(settings.kiosk_idle_minutes)
        self._refresh_usage()

    def _starting_rules(self) -> TimeRules | None:
        """The chosen profile's preset rules (the teen's for an adult profile), offered when limits are turned on."""
        audience = self.services.profiles.get(self.profile_combo.currentData() or DEFAULT_PROFILE).audience
        return preset_rules(audience) or preset_rules("teen")

    def _profile_chosen(self) -> None:
        if not self.limit_time.isChecked() and "time_rules" not in self._managed:
            self.rules_editor.set_rules(self._starting_rules())

    def _show_limits(self, on: bool) -> None:
        self.rules_editor.setVisible(on)
        self.no_limits.setVisible(not on)

    def _show_allowlist(self) -> None:
        self.models_list.clear()
        if self._allowlist is None:
            self.models_label.setText(self.tr("Any model may be used."))
        elif not self._allowlist:
            self.models_label.setText(self.tr("No model is approved: Hearth will not chat until one is."))
        else:
            self.models_label.setText(self.tr("Only these models may be used:"))
        for sha in self._allowlist or []:
            item = QListWidgetItem(self._model_text(sha))
            item.setData(Qt.ItemDataRole.UserRole, sha)
            item.setToolTip(sha)
            self.models_list.addItem(item)
        self.models_list.setVisible(bool(self._allowlist))
        self._update_model_buttons()

    def _model_text(self, sha: str) -> str:
        if sha == self._active_sha:
            name = self.tr("{0} (in use now)").format(self.services.active_model_path().name)
        else:
            name = self.tr("a model not in use now")
        return f"{sha[:HASH_SHOWN]}…  {name}"

    def _update_model_buttons(self) -> None:
        editable = "model_allowlist" not in self._managed
        self.approve_button.setEnabled(editable and self._active_sha is not None
                                       and self._active_sha not in (self._allowlist or []))
        self.remove_model_button.setEnabled(editable and bool(self.models_list.selectedItems()))
        self.any_model_button.setEnabled(editable and self._allowlist is not None)

    def _refresh_usage(self) -> None:
        today = self.governance.clock.now().date()
        used = self.governance.usage.used_seconds(today)
        extra = self.governance.usage.extra_seconds(today)
        rules = self.effective.time_rules
        daily = rules.daily_minutes if rules is not None else None
        self.grant_button.setEnabled(daily is not None)
        self.extra_minutes.setEnabled(daily is not None)
        if daily is None:
            text = self.tr("There is no daily limit.") if math.isinf(used) else \
                self.tr("Used today: {0} min. There is no daily limit.").format(int(used // 60))
        elif math.isinf(used):
            text = self.tr("Today's usage record is damaged, so today's time counts as used up. Granting extra "
                           "time starts today afresh.")
        else:
            text = self._budget_text(used, daily, extra)
        self.usage_label.setText(text)

    def _budget_text(self, used: float, daily: int, extra: float) -> str:
        left = int(max(0.0, daily * 60 + extra - used) // 60)
        if extra:
            return self.tr("Used today: {0} min of {1} min + {2} min extra. Left today: {3} min.").format(
                int(used // 60), daily, int(extra // 60), left)
        return self.tr("Used today: {0} min of {1} min. Left today: {2} min.").format(int(used // 60), daily, left)

    def _tick(self) -> None:
        """Every second: close when the lock has relocked, else show how long until it does."""
        if self.lock.state is not LockState.UNLOCKED:
            self._relocked()
            return
        minutes = max(1, math.ceil((self.lock.seconds_until_relock() or 0.0) / 60))
        self.status_label.setText(self.tr("Unlocked · locks again after %n minute(s) without activity", "", minutes))
        self._ticks += 1
        if self._ticks % USAGE_REFRESH_TICKS == 0:
            self._refresh_usage()

    def _relocked(self) -> None:
        self.timer.stop()
        for child in (self.change_dialog, self.remove_confirmation, self.audit_view):
            if child is not None:
                QDialog.reject(child)  # past the "write the code down" guard: the lock is gone anyway
        self.governanceChanged.emit()
        self.close()

    # activity -------------------------------------------------------------------------------------------------------

    def _watch_activity(self, root: QWidget) -> None:
        """Count key presses, clicks and wheel turns in ``root`` and its children as the guardian's activity."""
        self.activity.watch(root, *root.findChildren(QWidget))

    # models ----------------------------------------------------------------------------------------------------------

    def _active_hash_known(self, sha: str) -> None:
        self._active_sha = sha
        self._show_allowlist()

    def _active_hash_failed(self, exc: BaseException) -> None:
        self.approve_button.setToolTip(exc.message if isinstance(exc, HearthError) else "")
        self._update_model_buttons()

    def approve_current_model(self) -> None:
        if self._active_sha is not None:
            self._allowlist = sorted({*(self._allowlist or []), self._active_sha})
            self._show_allowlist()

    def remove_selected_model(self) -> None:
        chosen = {item.data(Qt.ItemDataRole.UserRole) for item in self.models_list.selectedItems()}
        if self._allowlist is not None and chosen:
            self._allowlist = [sha for sha in self._allowlist if sha not in chosen]
            self._show_allowlist()

    def allow_any_model(self) -> None:
        self._allowlist = None
        self._show_allowlist()

    def allowlist(self) -> list[str] | None:
        """The approved models as shown (None: any model)."""
        return None if self._allowlist is None else list(self._allowlist)

    # actions ---------------------------------------------------------------------------------------------------------

    def _changes(self) -> dict[str, object]:
        changes: dict[str, object] = {"idle_relock_minutes": self.idle_relock.value(),
                                      "kiosk_idle_minutes": self.kiosk_idle.value()}
        if "kiosk" not in self._managed:
            changes["kiosk"] = self.kiosk.isChecked()
        if "audit_content" not in self._managed:
            changes["audit_content"] = "content" if self.audit_content.isChecked() else None
        if "watermark" not in self._managed:
            changes["watermark"] = True if self.watermark.isChecked() else None
        if "time_rules" not in self._managed:
            changes["time_rules"] = (self.rules_editor.rules().to_data() or None) if self.limit_time.isChecked() \
                else None
        if "model_allowlist" not in self._managed:
            changes["model_allowlist"] = tuple(self._allowlist) if self._allowlist is not None else None
        return changes

    def save(self) -> None:
        """Save the settings; a new (or changed) profile is locked as it is now."""
        try:
            changes = self._changes()
            profile = self.services.profiles.get(self.profile_combo.currentData())
            guardian = self.governance.guardian
            if guardian is None or (guardian.profile_id, guardian.profile_hash) != (profile.id, profile.content_hash):
                self.governance.lock_profile(profile, **changes)
            else:
                self.governance.save_guardian(guardian.with_changes(**changes))
        except HearthError as exc:
            self.message.show_error(exc)
            return
        self._changed(self.tr("Saved."))

    def grant_extra_time(self) -> None:
        minutes = self.extra_minutes.value()
        try:
            self.governance.grant_extra_time(minutes)
        except HearthError as exc:
            self.message.show_error(exc)
            return
        self._changed(self.tr("{0} extra minutes granted for today.").format(minutes))

    def _changed(self, note: str) -> None:
        self.effective = self.services.effective()
        self._refresh_usage()
        self.message.show_note(note)
        self.governanceChanged.emit()

    def lock_now(self) -> None:
        self.lock.lock()
        self._relocked()

    def change_passphrase(self) -> None:
        self.change_dialog = ChangePassphraseDialog(self.services, self)
        self.change_dialog.governanceChanged.connect(self.governanceChanged)
        self._watch_activity(self.change_dialog)
        self.change_dialog.open()

    def open_audit_log(self) -> None:
        """Open the audit view (read afresh each time), which closes with the panel when the lock relocks."""
        if self.audit_view is None:
            self.audit_view = AuditView(self.services, self)
            self._watch_activity(self.audit_view)
        else:
            self.audit_view.verify_again()
        self.audit_view.open()

    def confirm_remove(self) -> None:
        """Ask before removing the guardian ("Keep the guardian" is the default, and Esc)."""
        self.remove_confirmation = ConfirmDialog(
            self.tr("Remove the guardian?"),
            self.tr("Hearth will no longer be locked: anyone using this computer can change the safety profile, "
                    "the time limits and the approved models. The audit log keeps a record that the guardian was "
                    "removed."),
            self.tr("Remove guardian"), self.tr("Keep the guardian"), self)
        self.remove_confirmation.accepted.connect(self._remove)
        self._watch_activity(self.remove_confirmation)
        self.remove_confirmation.open()

    def _remove(self) -> None:
        self.remove_confirmation = None
        try:
            self.governance.remove_guardian()
        except HearthError as exc:
            self.message.show_error(exc)
            return
        self.timer.stop()
        self.governanceChanged.emit()
        self.close()

    def done(self, result: int) -> None:
        self.timer.stop()
        super().done(result)
