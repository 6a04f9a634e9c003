"""The safety profile editor: pick a profile, clone, import, export or delete it, edit and save it.

On the left, the profiles (presets are read-only: "Clone a preset to change
it"). On the right, the chosen profile's name, description, audience, answer
length cap, system prompt addition and whether its answers are watermarked
(see :mod:`app.provenance.watermark`); the rules grid
(:class:`~app.ui.profile_rules_model.ProfileRulesModel` with combo-box and
slider editors, including each block rule's "warns from" band); and the
"Try it" box, which screens a sample message against the profile as edited,
before it is saved. Nothing is written until Save (or Clone, which saves the
new copy at once); closing or switching profiles with unsaved changes asks
first. Every file operation goes through
:class:`~app.safety.library.ProfileLibrary`, and its errors are shown inline.

The first entry of the list, "In force now", shows the effective profile
(the strictest of the user's choice, the guardian's locked profile and the
organisation's policy) read-only, with a "Set by" column in the grid and
notes saying which layer decided the answer length, the guard, the
audience and the watermark. While the guardian's lock is on, the editor
still opens (anyone may look) but is read-only: a banner says "Managed by
guardian — unlock to edit", the fields are disabled, and Save, Clone, Import
and Delete are off (each also asks the core, which refuses while locked).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLayout, QLineEdit, QListWidget, QListWidgetItem,
    QMessageBox, QPlainTextEdit, QPushButton, QSpinBox, QTableView, QVBoxLayout, QWidget,
)

from app.core.errors import HearthError
from app.governance.governance import Control
from app.governance.layers import Effective, Layer
from app.safety.library import ProfileExistsError
from app.safety.profiles import AUDIENCES, PRESET_IDS, ProfileError, SafetyProfile, parse_profile, to_toml
from app.services import Services
from app.ui.error_text import user_text
from app.ui.governance_state import layer_name, mark, tag
from app.ui.profile_rules_model import COLUMNS, ProfileRulesModel
from app.ui.rule_delegates import ActionDelegate, ThresholdDelegate, WarnFromDelegate
from app.ui.style import Colors
from app.ui.try_it import TryItPanel
from app.ui.widgets import profile_name

PROFILE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
IN_FORCE_ROLE = Qt.ItemDataRole.UserRole + 2  # True on the "In force now" entry (it has no profile id)
IN_FORCE_ROW = 0
MAX_ID_BASE = 56


def profile_id_for(name: str, taken: Iterable[str]) -> str:
    """A profile id derived from ``name`` ("Our Family!" → "our-family"), unique among ``taken`` and the presets."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    base = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:MAX_ID_BASE].strip("-") or "custom"
    if len(base) < 2:
        base = f"{base}-profile"
    used = set(taken) | set(PRESET_IDS)
    candidate, number = base, 2
    while candidate in used:
        candidate = f"{base}-{number}"
        number += 1
    return candidate


class ProfileEditorDialog(QDialog):
    """Edits the safety profiles of ``services.profiles``; emits :attr:`profilesChanged` after any write."""

    profilesChanged = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileEditor")
        self.setWindowTitle(self.tr("Safety profiles [*]"))
        self.resize(1080, 780)
        self.services = services
        self._loading = False
        self._effective: Effective = services.effective()
        self._locked_by: Layer | None = services.governance.blocked_by(Control.PROFILE_EDITING, self._effective)
        self._in_force = False  # showing the "In force now" entry
        first = self._effective.profile
        self._saved: SafetyProfile = first
        self._shown: dict[str, object] = {}  # the form's values right after the profile was loaded
        self.rules_model = ProfileRulesModel(first, self)
        self.rules_model.profileChanged.connect(self._edited)
        left = self._build_list()
        right = self._build_editor()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save the profile"))
        self.save_button.clicked.connect(self.save)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close the profile editor"))
        self.buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(left)
        columns.addWidget(right, 1)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # see MainWindow
        layout.setContentsMargins(18, 16, 18, 14)
        layout.addWidget(self._build_lock_banner())
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        tag(self.save_button, Control.PROFILE_EDITING)
        self._reload_list(first.id if self._is_in_library(first) else None)
        self._report_library_problems()

    # construction ------------------------------------------------------------

    def _build_list(self) -> QWidget:
        box = QWidget()
        box.setFixedWidth(250)
        title = QLabel(self.tr("Profiles"))
        title.setStyleSheet("font-weight: 600;")
        self.profile_list = QListWidget()
        self.profile_list.setObjectName("profileList")
        self.profile_list.setAccessibleName(self.tr("Safety profiles"))
        title.setBuddy(self.profile_list)
        self.profile_list.currentRowChanged.connect(self._selection_changed)
        self.clone_button = self._button(self.tr("Clone…"), self.tr("Clone this profile"),
                                         self.tr("Copy this profile (with any unsaved changes) under a new name"),
                                         self.clone)
        self.import_button = self._button(self.tr("Import…"), self.tr("Import a profile file"),
                                          self.tr("Add a profile someone shared with you (a TOML file)"),
                                          self.import_profile)
        self.export_button = self._button(self.tr("Export…"), self.tr("Export this profile"),
                                          self.tr("Save the profile to a TOML file to share it"),
                                          self.export_profile)
        self.delete_button = self._button(self.tr("Delete"), self.tr("Delete this profile"),
                                          self.tr("Delete this custom profile (presets cannot be deleted)"),
                                          self.delete_profile)
        grid = QGridLayout()
        grid.setSpacing(6)
        grid.addWidget(self.clone_button, 0, 0)
        grid.addWidget(self.import_button, 0, 1)
        grid.addWidget(self.export_button, 1, 0)
        grid.addWidget(self.delete_button, 1, 1)
        for button in (self.clone_button, self.import_button, self.delete_button):
            tag(button, Control.PROFILE_EDITING)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(title)
        column.addWidget(self.profile_list, 1)
        column.addLayout(grid)
        return box

    def _build_editor(self) -> QWidget:
        box = QWidget()
        self.read_only_note = QLabel(self.tr("This is a preset, so it is read-only. Clone a preset to change it."))
        self.read_only_note.setObjectName("hint")
        self.read_only_note.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Profile name"))
        self.description_edit = QLineEdit()
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.audience_combo = QComboBox()
        self.audience_combo.setAccessibleName(self.tr("Audience"))
        self.audience_combo.setToolTip(self.tr("Who the safety messages are worded for"))
        labels = {"child": self.tr("Child"), "teen": self.tr("Teen"), "adult": self.tr("Adult")}
        for audience in AUDIENCES:
            self.audience_combo.addItem(labels.get(audience, audience), audience)
        self.cap_spin = QSpinBox()
        self.cap_spin.setRange(16, 32768)
        self.cap_spin.setSingleStep(64)
        self.cap_spin.setSuffix(self.tr(" tokens"))
        self.cap_spin.setAccessibleName(self.tr("Answer length cap"))
        self.cap_spin.setToolTip(self.tr("The longest answer this profile allows"))
        self.prompt_edit = QPlainTextEdit()
        self.prompt_edit.setAccessibleName(self.tr("System prompt addition"))
        self.prompt_edit.setToolTip(self.tr("Added to every conversation's system prompt under this profile"))
        self.prompt_edit.setTabChangesFocus(True)
        self.prompt_edit.setFixedHeight(60)
        self.watermark_check = QCheckBox(self.tr("Watermark answers"))
        self.watermark_check.setAccessibleName(self.tr("Watermark answers"))
        self.watermark_check.setToolTip(self.tr(
            "Nudge the model's word choices in a pattern only this device's key can detect, so “Verify a text…” "
            "can recognise the answers later, even without their provenance record"))
        for field in (self.name_edit, self.description_edit, self.audience_combo, self.cap_spin, self.prompt_edit,
                      self.watermark_check):
            tag(field, Control.PROFILE_EDITING)
        self.set_by_note = QLabel()
        self.set_by_note.setObjectName("hint")
        self.set_by_note.setWordWrap(True)
        self.set_by_note.setAccessibleName(self.tr("Who decided these settings"))
        self.set_by_note.hide()
        form = QFormLayout()
        form.setVerticalSpacing(6)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Description"), self.description_edit)
        form.addRow(self.tr("Audience"), self.audience_combo)
        form.addRow(self.tr("Answer length cap"), self.cap_spin)
        form.addRow(self.tr("System prompt addition"), self.prompt_edit)
        form.addRow(self.tr("Provenance"), self.watermark_check)
        self.name_edit.textEdited.connect(self._edited)
        self.description_edit.textEdited.connect(self._edited)
        self.audience_combo.currentIndexChanged.connect(self._edited)
        self.cap_spin.valueChanged.connect(self._edited)
        self.prompt_edit.textChanged.connect(self._edited)
        self.watermark_check.toggled.connect(self._edited)
        self.rules_view = self._build_rules_view()
        self.try_it = TryItPanel(lambda: self.services.safety.screen, self.current_profile)
        try_box = QGroupBox(self.tr("Try it"))
        try_layout = QVBoxLayout(try_box)
        try_layout.addWidget(self.try_it)
        self.message = QLabel()
        self.message.setObjectName("editorMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.read_only_note)
        column.addLayout(form)
        column.addWidget(self.set_by_note)
        column.addWidget(self.rules_view, 1)
        column.addWidget(try_box)
        return box

    def _build_rules_view(self) -> QTableView:
        view = QTableView()
        view.setObjectName("rulesView")
        view.setAccessibleName(self.tr("Rules by category"))
        view.setModel(self.rules_model)
        delegates = {"action": ActionDelegate(view), "threshold": ThresholdDelegate(view),
                     "warn_from": WarnFromDelegate(view)}
        for column, (_direction, kind) in enumerate(COLUMNS):
            view.setItemDelegateForColumn(column, delegates[kind])
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.SelectedClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)  # "Prompt warns from"
        header.setMinimumHeight(2 * header.fontMetrics().lineSpacing() + 10)  # room for titles on two lines
        view.verticalHeader().setDefaultSectionSize(28)
        view.setMinimumHeight(220)
        return view

    def _build_lock_banner(self) -> QLabel:
        self.lock_banner = QLabel()
        self.lock_banner.setObjectName("lockBanner")
        self.lock_banner.setAccessibleName(self.tr("Managed by guardian"))
        self.lock_banner.setWordWrap(True)
        self.lock_banner.setStyleSheet(f"QLabel#lockBanner {{ background: {Colors.accent_soft.name()}; "
                                       f"border: 1px solid {Colors.user_border.name()}; border-radius: 8px; "
                                       f"padding: 8px 12px; font-weight: 600; }}")
        self.lock_banner.hide()
        return self.lock_banner

    def _button(self, text: str, name: str, tip: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # the profile being edited ----------------------------------------------------

    @property
    def saved_profile(self) -> SafetyProfile:
        """The shown profile as it is stored (without unsaved edits)."""
        return self._saved

    def current_profile(self) -> SafetyProfile:
        """The shown profile with every unsaved edit (what Save writes and "Try it" screens against).

        A field counts as edited only when its widget differs from what it
        showed after loading, so a widget's own normalisation (line breaks,
        spaces) never makes an untouched profile look changed.
        """
        shown, now = self._shown, self._field_values()
        changes: dict[str, object] = {}
        if now["name"] != shown["name"]:
            changes["name"] = str(now["name"]).strip()
        for field in ("description", "audience", "answer_max_tokens", "system_prompt_addition"):
            if now[field] != shown[field]:
                changes[field] = now[field]
        base = self.rules_model.profile
        profile = replace(base, **changes) if changes else base
        if now["watermark"] != shown["watermark"]:
            profile = profile.with_watermark(bool(now["watermark"]))
        return profile

    def _field_values(self) -> dict[str, object]:
        return {"name": self.name_edit.text(), "description": self.description_edit.text(),
                "audience": str(self.audience_combo.currentData()), "answer_max_tokens": self.cap_spin.value(),
                "system_prompt_addition": self.prompt_edit.toPlainText(), "watermark": self.watermark_check.isChecked()}

    def is_dirty(self) -> bool:
        return not self._saved.is_preset and not self._in_force and self.current_profile() != self._saved

    @property
    def in_force_shown(self) -> bool:
        """Whether the "In force now" entry is shown."""
        return self._in_force

    @property
    def locked_by(self) -> Layer | None:
        """Who keeps profile editing read-only now (None: editable)."""
        return self._locked_by

    def _read_only(self) -> bool:
        return self._saved.is_preset or self._in_force or self._locked_by is not None

    def _show_profile(self, profile: SafetyProfile, in_force: bool = False) -> None:
        self._loading = True
        try:
            self._saved = profile
            self._in_force = in_force
            self.name_edit.setText(profile.name)
            self.description_edit.setText(profile.description)
            self.audience_combo.setCurrentIndex(max(self.audience_combo.findData(profile.audience), 0))
            self.cap_spin.setValue(profile.answer_max_tokens)
            self.prompt_edit.setPlainText(profile.system_prompt_addition)
            # "In force now": watermarked when the profile, the guardian or the organisation asks for it
            self.watermark_check.setChecked(self._effective.watermark if in_force else profile.watermark)
            for line in (self.name_edit, self.description_edit):
                line.setCursorPosition(0)
            self._shown = self._field_values()
            self.rules_model.set_profile(profile, read_only=self._read_only(),
                                         decided_by=self._effective.decided_by if in_force else None)
            self._show_set_by_notes()
            self._apply_editability()
            row = self._shown_row()
            if row is not None and row != self.profile_list.currentRow():
                self.profile_list.setCurrentRow(row)
        finally:
            self._loading = False
        self._edited()

    def _apply_editability(self) -> None:
        """Read-only for presets and "In force now"; disabled and marked while the guardian's lock is on."""
        locked, read_only = self._locked_by, self._read_only()
        for widget in (self.name_edit, self.description_edit, self.prompt_edit):
            widget.setReadOnly(read_only)
            mark(widget, locked)
        for widget in (self.audience_combo, self.cap_spin, self.watermark_check):
            mark(widget, locked, enabled=not read_only)
        self.rules_model.set_read_only(read_only)
        self.read_only_note.setText(self.tr(
            "This is the profile in force now: the strictest of your choice and any guardian's or organisation's "
            "settings. It is read-only.") if self._in_force else self.tr(
            "This is a preset, so it is read-only. Clone a preset to change it."))
        self.read_only_note.setVisible(self._saved.is_preset or self._in_force)
        mark(self.clone_button, locked)
        mark(self.import_button, locked)
        mark(self.delete_button, locked, enabled=not self._saved.is_preset and not self._in_force)
        self.export_button.setEnabled(not self._in_force)
        mark(self.save_button, locked, enabled=self.is_dirty())
        if locked is None:
            self.lock_banner.hide()
        else:
            self.lock_banner.setText(self.tr("Managed by guardian — unlock to edit") if locked is Layer.GUARDIAN
                                     else self.tr("Managed by your organisation — ask your administrator"))
            self.lock_banner.show()

    def _show_set_by_notes(self) -> None:
        """Under the form, for "In force now": who decided the answer length, the guard, the audience, the
        watermark, the time rules, the approved models, kiosk mode, what the audit log keeps and retention."""
        if not self._in_force:
            self.set_by_note.hide()
            return
        profile, decided = self._saved, self._effective.decided_by

        def who(control: str) -> str:
            return layer_name(decided.get(control, Layer.USER))

        audiences = {"child": self.tr("Child"), "teen": self.tr("Teen"), "adult": self.tr("Adult")}
        guards = {"off": self.tr("off"), "optional": self.tr("optional"), "required": self.tr("required")}
        lines = [
            self.tr("Answer length cap: %1 tokens, set by %2").replace("%1", str(profile.answer_max_tokens))
            .replace("%2", who("answer_max_tokens")),
            self.tr("Guard model: %1, set by %2").replace("%1", guards.get(profile.guard, profile.guard))
            .replace("%2", who("guard")),
            self.tr("Audience: %1, set by %2").replace("%1", audiences.get(profile.audience, profile.audience))
            .replace("%2", who("audience")),
            (self.tr("Watermark: on, set by %1") if self._effective.watermark else self.tr("Watermark: off, set by %1"))
            .replace("%1", who("watermark")),
            *self._governance_notes(who),
        ]
        self.set_by_note.setText("\n".join(lines))
        self.set_by_note.show()

    def _governance_notes(self, who: Callable[[str], str]) -> list[str]:
        """The "In force now" lines for the settings beyond the profile: time rules, approved models, kiosk mode,
        the audit log's content mode and retention, each with who decided it."""
        effective = self._effective
        rules = effective.time_rules
        if rules is None or not rules.restricts:
            hours = self.tr("Time rules: none, set by %1")
        elif rules.daily_minutes is None:
            hours = self.tr("Time rules: limited hours, set by %1")
        else:
            limited = rules.to_data().get("hours") is not None
            hours = (self.tr("Time rules: limited hours and %2 minutes a day, set by %1") if limited
                     else self.tr("Time rules: %2 minutes a day, set by %1")).replace("%2", str(rules.daily_minutes))
        allowlist = effective.model_allowlist
        models = self.tr("Approved models: any, set by %1") if allowlist is None else self.tr(
            "Approved models: %n file(s) by hash, set by %1", "", len(allowlist))
        kiosk = self.tr("Kiosk mode: on, set by %1") if effective.kiosk else self.tr("Kiosk mode: off, set by %1")
        audit = self.tr("Audit log keeps: the text of conversations too, set by %1") \
            if effective.audit_content == "content" else self.tr("Audit log keeps: what happened, not what was said, "
                                                                 "set by %1")
        retention = self.tr("Conversations kept: until deleted, set by %1") if effective.retention_days is None \
            else self.tr("Conversations kept: %n day(s), set by %1", "", effective.retention_days)
        return [hours.replace("%1", who("time_rules")), models.replace("%1", who("model_allowlist")),
                kiosk.replace("%1", who("kiosk")), audit.replace("%1", who("audit_content")),
                retention.replace("%1", who("retention_days"))]

    def apply_governance(self) -> None:
        """Read the guardian's lock and the settings in force again (the window calls this when they change)."""
        self._effective = self.services.effective()
        self._locked_by = self.services.governance.blocked_by(Control.PROFILE_EDITING, self._effective)
        if self._in_force:
            self._show_profile(self._effective.profile, in_force=True)
        else:
            self._apply_editability()
            self._edited()

    def _edited(self) -> None:
        if self._loading:
            return
        dirty = self.is_dirty()
        self.setWindowModified(dirty)
        mark(self.save_button, self._locked_by, enabled=dirty)
        self.try_it.schedule()

    # the list ------------------------------------------------------------------------

    def _reload_list(self, select: str | None) -> None:
        """List the profiles again and show ``select`` (None: "In force now"; unsaved edits are dropped)."""
        profiles = self.services.profiles.all()
        self._loading = True
        try:
            self.profile_list.clear()
            in_force = QListWidgetItem(self.tr("In force now"))
            in_force.setData(IN_FORCE_ROLE, True)
            in_force.setToolTip(self.tr("The safety settings the screen applies now, and who decided each"))
            font = in_force.font()
            font.setItalic(True)
            in_force.setFont(font)
            self.profile_list.addItem(in_force)
            for profile in profiles:
                item = QListWidgetItem(self._item_text(profile))
                item.setData(PROFILE_ID_ROLE, profile.id)
                item.setToolTip(profile.description or profile.name)
                self.profile_list.addItem(item)
        finally:
            self._loading = False
        if select is None:
            self._show_in_force()
            return
        chosen = next((p for p in profiles if p.id == select), profiles[0])
        self._show_profile(chosen)

    def _show_in_force(self) -> None:
        self._effective = self.services.effective()
        self._show_profile(self._effective.profile, in_force=True)

    def _is_in_library(self, profile: SafetyProfile) -> bool:
        """Whether ``profile`` is one of the library's profiles, unchanged (else it is shown as "In force now")."""
        try:
            return self.services.profiles.get(profile.id) == profile
        except ProfileError:
            return False

    def _shown_row(self) -> int | None:
        return IN_FORCE_ROW if self._in_force else self._row_of(self._saved.id)

    def _item_text(self, profile: SafetyProfile) -> str:
        return self.tr("%1 (preset, read-only)").replace("%1", profile_name(profile)) if profile.is_preset \
            else profile.name

    def _row_of(self, profile_id: str) -> int | None:
        return next((row for row in range(self.profile_list.count())
                     if self.profile_list.item(row).data(PROFILE_ID_ROLE) == profile_id), None)

    def _selection_changed(self, row: int) -> None:
        if self._loading or row < 0:
            return
        item = self.profile_list.item(row)
        wants_in_force = bool(item.data(IN_FORCE_ROLE))
        profile_id = item.data(PROFILE_ID_ROLE)
        if wants_in_force == self._in_force and (wants_in_force or profile_id == self._saved.id):
            return
        if not self.resolve_unsaved():
            self._select_row_silently(self._shown_row())
            return
        if wants_in_force:
            self.message.hide()
            self._show_in_force()
            return
        try:
            profile = self.services.profiles.get(profile_id)
        except ProfileError as exc:
            self.show_problem(user_text(exc))
            self._select_row_silently(self._shown_row())
            return
        self.message.hide()
        self._show_profile(profile)

    def _select_row_silently(self, row: int | None) -> None:
        self._loading = True
        try:
            self.profile_list.setCurrentRow(row if row is not None else -1)
        finally:
            self._loading = False

    # actions ---------------------------------------------------------------------------

    def _may_edit(self) -> bool:
        """Ask the core whether profiles may be changed now (it refuses while the guardian's lock is on)."""
        try:
            self.services.require(Control.PROFILE_EDITING)
        except HearthError as exc:
            self.show_problem(user_text(exc))
            return False
        return True

    def save(self) -> bool:
        """Validate and write the shown custom profile; True when it is saved (or had nothing to save)."""
        if self._in_force:
            return True
        if not self._may_edit():
            return False
        if self._saved.is_preset:
            self.show_problem(self.tr("Presets are read-only. Clone a preset to change it."))
            return False
        candidate = self.current_profile()
        if not candidate.name:
            self.show_problem(self.tr("Give the profile a name."))
            self.name_edit.setFocus()
            return False
        if candidate == self._saved:
            return True
        candidate = replace(candidate, version=self._saved.version + 1)
        try:
            validated = parse_profile(to_toml(candidate), candidate.name)
            self.services.save_profile(validated)  # checks the lock, audits, re-pins a guardian's locked profile
        except ProfileError as exc:
            self.show_problem(user_text(exc))
            self._focus_field(exc.field)
            return False
        except HearthError as exc:  # the lock came back on between the check and the save
            self.show_problem(user_text(exc))
            return False
        except OSError as exc:
            self.show_problem(self.tr("The profile could not be saved: %1").replace("%1", str(exc)))
            return False
        row = self._row_of(validated.id)
        if row is not None:
            self.profile_list.item(row).setText(self._item_text(validated))
        self._show_profile(validated)
        self.show_info(self.tr("Saved “%1”.").replace("%1", validated.name))
        self.profilesChanged.emit()
        return True

    def clone(self) -> None:
        """Copy the shown profile (unsaved edits included) under a new name and id, and show the copy."""
        if not self._may_edit():
            return
        source = self.current_profile()
        name = self.ask_clone_name(self.tr("%1 (my copy)").replace("%1", source.name))
        if name is None or not name.strip():
            return
        new_id = profile_id_for(name, (p.id for p in self.services.profiles.all()))
        try:
            copy = source.clone(new_id, name.strip())
            self.services.save_profile(copy)
        except HearthError as exc:
            self.show_problem(user_text(exc))
            return
        except OSError as exc:
            self.show_problem(self.tr("The copy could not be saved: %1").replace("%1", str(exc)))
            return
        self._reload_list(copy.id)
        self.show_info(self.tr("Cloned as “%1”. Change it here, then Save.").replace("%1", copy.name))
        self.profilesChanged.emit()

    def import_profile(self) -> None:
        if not self._may_edit():
            return
        path = self.ask_import_path()
        if path is None or not self.resolve_unsaved():
            return
        try:
            try:
                profile = self.services.import_profile(path)
            except ProfileExistsError as exists:
                if not self.confirm_replace(exists.existing.name, exists.incoming.name):
                    return
                profile = self.services.import_profile(path, replace=True)
        except HearthError as exc:
            self.show_problem(user_text(exc))
            return
        except OSError as exc:
            self.show_problem(self.tr("The file could not be imported: %1").replace("%1", str(exc)))
            return
        self._reload_list(profile.id)
        self.show_info(self.tr("Imported “%1”.").replace("%1", profile.name))
        self.profilesChanged.emit()

    def export_profile(self) -> None:
        if self.is_dirty():
            self.show_problem(self.tr("Save your changes first: Export writes the saved profile."))
            return
        profile = self._saved
        path = self.ask_export_path(f"{profile.id}.toml")
        if path is None:
            return
        try:
            self.services.profiles.export(profile.id, path)
        except (ProfileError, OSError) as exc:
            text = user_text(exc) if isinstance(exc, ProfileError) else str(exc)
            self.show_problem(self.tr("The profile could not be exported: %1").replace("%1", text))
            return
        self.show_info(self.tr("Exported “%1” to %2.").replace("%1", profile.name).replace("%2", str(path)))

    def delete_profile(self) -> None:
        profile = self._saved
        if profile.is_preset or self._in_force or not self._may_edit():
            return
        guardian = self.services.governance.guardian
        if guardian is not None and guardian.profile_id == profile.id:
            self.show_problem(self.tr("“%1” is the profile the guardian locked. Lock another profile in "
                                      "Guardian… before deleting this one.").replace("%1", profile.name))
            return
        if profile.id == self.services.config.safety_profile:
            self.show_problem(self.tr("“%1” is the profile in use. Choose another profile in the toolbar before "
                                      "deleting this one.").replace("%1", profile.name))
            return
        if not self.confirm_delete(profile.name):
            return
        try:
            self.services.delete_profile(profile.id)
        except (HearthError, OSError) as exc:
            text = user_text(exc) if isinstance(exc, HearthError) else str(exc)
            self.show_problem(self.tr("The profile could not be deleted: %1").replace("%1", text))
            return
        self._reload_list(profile.based_on or self.services.config.safety_profile)
        self.show_info(self.tr("Deleted “%1”.").replace("%1", profile.name))
        self.profilesChanged.emit()

    def resolve_unsaved(self) -> bool:
        """True when it is fine to leave the shown profile (nothing unsaved, saved now, or discarded)."""
        if not self.is_dirty():
            return True
        choice = self.confirm_discard()
        if choice == "save":
            return self.save()
        return choice == "discard"

    def reject(self) -> None:
        """Close (Esc, Close, the window's close button), asking first about unsaved changes."""
        if self.resolve_unsaved():
            super().reject()

    # messages -----------------------------------------------------------------------------

    def show_problem(self, text: str) -> None:
        self.message.setStyleSheet(f"color: {Colors.error.name()};")
        self.message.setText(text)
        self.message.show()

    def show_info(self, text: str) -> None:
        self.message.setStyleSheet(f"color: {Colors.muted.name()};")
        self.message.setText(text)
        self.message.show()

    def _report_library_problems(self) -> None:
        problems = self.services.profiles.problems
        if problems:
            lines = "; ".join(f"{name}: {problem}" for name, problem in sorted(problems.items()))
            self.show_problem(self.tr("Some profile files could not be read and are not listed: %1")
                              .replace("%1", lines))

    def _focus_field(self, field: str) -> None:
        widgets: dict[str, QWidget] = {"name": self.name_edit, "description": self.description_edit,
                                       "audience": self.audience_combo, "answer_max_tokens": self.cap_spin,
                                       "system_prompt_addition": self.prompt_edit, "watermark": self.watermark_check}
        widget = widgets.get(field.split(".")[0])
        (widget or self.rules_view).setFocus()

    # questions (tests replace these) ------------------------------------------------------------

    def ask_clone_name(self, default: str) -> str | None:
        name, ok = QInputDialog.getText(self, self.tr("Clone profile"), self.tr("Name of the new profile:"),
                                        QLineEdit.EchoMode.Normal, default)
        return name if ok else None

    def ask_import_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import a safety profile"), str(Path.home()),
                                              self.tr("Safety profiles (*.toml *.json)"))
        return Path(name) if name else None

    def ask_export_path(self, default_name: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the safety profile"),
                                              str(Path.home() / default_name), self.tr("Safety profiles (*.toml)"))
        return Path(name) if name else None

    def confirm_replace(self, existing: str, incoming: str) -> bool:
        """Ask before an imported profile replaces a custom one with the same id (tests replace this)."""
        answer = QMessageBox.question(
            self, self.tr("Replace profile"),
            self.tr("The imported profile “%1” has the same id as your profile “%2”. Replace it?")
            .replace("%1", incoming).replace("%2", existing),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def confirm_delete(self, name: str) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Delete profile"), self.tr("Delete the profile “%1”? This cannot be undone.")
            .replace("%1", name), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def confirm_discard(self) -> str:
        """'save', 'discard' or 'cancel' for unsaved changes."""
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("“%1” has unsaved changes. Save them?").replace("%1", self._saved.name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(answer, "cancel")
