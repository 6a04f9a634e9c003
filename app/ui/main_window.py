"""Hearth's main window: conversations on the left, the chat in the centre, model, safety profile and settings above.

The window only reads the store and starts turns through a
:class:`~app.ui.turn_worker.TurnController`; every turn runs on the worker
thread and reaches the view as signals, so the UI thread never waits for the
engine. When the safety screen warns about a message, the window shows the
warning interstitial (window-modal, opened without a nested event loop) while
the worker waits for the answer; a message the user decides not to send goes
back into the input box.

Governance is enforced below the UI; the window shows it (see
:mod:`app.ui.governance_state`). The "Guardian…" action is always reachable.
While the guardian's lock is on, every control that could weaken governance
(each tagged with the ``hearthControl`` property) is read-only and marked
"Managed by guardian"; the status bar shows the lock, and a timer lets it
relock when idle. Outside the time rules the input rests behind a calm
notice; in kiosk mode the window is full screen with only the chat and a
"New session" button; when the audit keeps conversation text, a permanent
line above the input says so.

Provenance lives in :mod:`app.ui.provenance_actions`: the drop-down of
"Copy answer ▾" (copy or save the last answer with its signed record,
export the conversation), "Export…" in the conversation list's context menu,
and "Verify a text…" in the toolbar. None of them can weaken governance, so
they stay usable while the guardian's lock is on.

Models live in :mod:`app.ui.model_actions`: the picker's choice (with the
licence dialog and the memory warning), "Models…" (Ctrl+Shift+M) opening
:class:`~app.ui.models_view.ModelsView`, and the picker under governance.

Accessibility: every toolbar action has a shortcut and its button is in the
Tab chain; Tab goes from the toolbar's pickers and buttons to the
conversations, the chat, the input, Send and the buttons beside it. The
appearance (high contrast, text size; :class:`~app.ui.appearance_dialog.
AppearanceDialog`, also Ctrl+Plus, Ctrl+Minus and Ctrl+0) is applied to the
whole application; when the toolbar no longer fits at a large text size, its
actions wrap onto a second row. Streamed answers are announced to screen
readers a few sentences at a time (:mod:`app.ui.announcer`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QDialog, QHBoxLayout, QLabel, QLayout, QLineEdit, QListView, QMainWindow,
    QMenu, QMessageBox, QPushButton, QSizePolicy, QSplitter, QToolBar, QToolButton, QVBoxLayout, QWidget,
)

from app.chat.store import Message, MessageStatus
from app.chat.turn import TurnResult, TurnStart, TurnStatus
from app.core.errors import HearthError
from app.governance.governance import AccessRefusedError, Control
from app.safety.explain import Explanation
from app.safety.profiles import SafetyProfile
from app.safety.verdict import Verdict
from app.services import Services
from app.ui.announcer import AnswerAnnouncer, Announcer
from app.ui.api_panel import ApiActions
from app.ui.appearance_dialog import AppearanceDialog
from app.ui.chat_view import ChatView
from app.ui.conversation_model import CONVERSATION_ID_ROLE, ConversationListModel
from app.ui.error_text import error_title, user_text
from app.ui.guardian_dialogs import open_guardian_dialog
from app.ui.governance_state import GovernanceState, InputIdleTimer, managed_text, profile_manager, resting_texts, tag
from app.ui.model_actions import ModelActions
from app.ui.profile_editor import ProfileEditorDialog
from app.ui.provenance_actions import ProvenanceActions
from app.ui.settings_dialog import SettingsDialog
from app.ui.style import Colors, apply_style, clamp_scale, style_sheet, text_scale
from app.ui.turn_worker import TurnController, TurnRequest
from app.ui.warning_dialog import WarningDialog
from app.ui.widgets import (
    ErrorBanner, ManagedNote, MessageInput, ModelPicker, ProfilePicker, RestingNotice, profile_name,
)

log = logging.getLogger(__name__)
USAGE_INTERVAL_S = 30  # how often use is counted against the daily budget, and the time rules checked again
TEXT_SCALE_STEP = 0.1  # Ctrl+Plus and Ctrl+Minus


class MainWindow(QMainWindow):
    """The one window of Hearth."""

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.store = services.store
        self.setWindowTitle(self.tr("Hearth"))
        self.resize(1300, 760)  # wide enough for the whole toolbar, even with a guardian's note
        self.conversation_id: int | None = None
        self.editing_last = False
        self.settings_dialog: SettingsDialog | None = None
        self.profile_editor: ProfileEditorDialog | None = None
        self.warning_dialog: WarningDialog | None = None
        self.guardian_dialog: QDialog | None = None
        self.appearance_dialog: AppearanceDialog | None = None
        self._kiosk = False
        self._resting: AccessRefusedError | None = None  # why the time rules keep Hearth closed now
        self._turn_text = ""  # what the running turn sends (given back to the input box if it is not sent)
        self._warning_serial = 0  # which warning an answer belongs to (a stale dialog's answer is ignored)
        self._pending_warning: int | None = None
        self._block_shown = False
        self.turns = TurnController(services.runner, self)
        self.conversations = ConversationListModel(self.store, self)
        self._build_governance()
        self.provenance = ProvenanceActions(self)
        self._build_toolbar()
        self._build_sidebar()
        self._build_centre()
        self._build_status_bar()
        self._build_actions()
        self.announcer = Announcer(self.chat_view, self.statusBar())
        self.answer_announcer = AnswerAnnouncer(self.announcer)
        self._connect_turns()
        splitter = QSplitter()
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.centre)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 820])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        # The window's minimum size is fixed here, not pushed by the layout at run time: platforms
        # without size-hint support (offscreen, some Wayland shells) warn on every such push.
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(760, 480)
        self.chat_view.profile_name = self._profile_name
        self._set_tab_order()
        self.apply_appearance(self.services.config.high_contrast, self.services.config.text_scale)
        self._reload_profiles()
        self._open_initial_conversation()
        self._apply_governance()
        self.governance_state.start()
        self.half_minute.start()
        self.input.setFocus()

    # construction ------------------------------------------------------------

    def _build_toolbar(self) -> None:
        bar = self.addToolBar(self.tr("Main"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        model_label = QLabel(self.tr("Model"))
        model_label.setObjectName("hint")
        active = Path(self.services.config.model_path) if self.services.config.model_path else None
        self.model_picker = ModelPicker(self.services.paths.models_dir, active)
        self.models = ModelActions(self)
        self.model_picker.modelChosen.connect(self.models.choose)
        tag(self.model_picker.import_action, Control.MODEL_FILES)
        model_label.setBuddy(self.model_picker)
        self.models_action = QAction(self.tr("Models…"), self)
        self.models_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.models_action.setToolTip(self.tr("Installed models, importing, downloading and report cards "
                                              "(Ctrl+Shift+M)"))
        self.models_action.triggered.connect(self.models.open_view)
        self._kiosk_hidden = [bar.addWidget(model_label), bar.addWidget(self.model_picker)]
        bar.addAction(self.models_action)
        self._kiosk_hidden += [self.models_action, bar.addSeparator()]
        safety_label = QLabel(self.tr("Safety"))
        safety_label.setObjectName("hint")
        self.profile_picker = ProfilePicker()
        self.profile_picker.profileChosen.connect(self._choose_profile)
        safety_label.setBuddy(self.profile_picker)
        self._kiosk_hidden += [bar.addWidget(safety_label), bar.addWidget(self.profile_picker)]
        self.profile_note = ManagedNote()
        self._profile_note_action = bar.addWidget(self.profile_note)
        self._profile_note_action.setVisible(False)
        self.new_session_button = QPushButton(self.tr("New session"))
        self.new_session_button.setObjectName("primaryButton")
        self.new_session_button.setAccessibleName(self.tr("New session"))
        self.new_session_button.setToolTip(self.tr("Start afresh: the conversation so far leaves the screen"))
        self.new_session_button.clicked.connect(self.new_session)
        self._new_session_action = bar.addWidget(self.new_session_button)
        self._new_session_action.setVisible(False)
        self.toolbar = bar
        # The actions have a bar of their own: side by side with the first, or on a row of its own when the
        # text is too large for one row (see _fit_toolbars).
        bar = self.actions_bar = QToolBar(self.tr("Actions"))
        bar.setObjectName("actionsToolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.profiles_action = QAction(self.tr("Safety profiles…"), self)
        self.profiles_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.profiles_action.setToolTip(self.tr("Edit, clone, import and export safety profiles (Ctrl+Shift+P)"))
        self.profiles_action.triggered.connect(self.open_profile_editor)
        bar.addAction(self.profiles_action)
        self.settings_action = QAction(self.tr("Settings"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setToolTip(self.tr("Conversation settings, and the appearance and language of the "
                                                "app (Ctrl+,)"))
        self.settings_action.triggered.connect(self.open_settings)
        bar.addAction(self.settings_action)
        bar.addAction(self.provenance.verify_action)
        self.local_api = ApiActions(self)  # "Local API…": the OpenAI-compatible API, this computer only (status bar)
        self._kiosk_hidden += [self.profiles_action, self.settings_action, self.provenance.verify_action,
                               self.local_api.action]
        self.guardian_action = QAction(self.tr("Guardian…"), self)
        self.guardian_action.setShortcut(QKeySequence("Ctrl+Shift+G"))
        self.guardian_action.setToolTip(self.tr("Unlock, lock and set up the guardian's controls (Ctrl+Shift+G)"))
        self.guardian_action.triggered.connect(self.open_guardian)
        bar.addAction(self.guardian_action)
        for toolbar in (self.toolbar, self.actions_bar):
            for act in toolbar.actions():
                button = toolbar.widgetForAction(act)
                if isinstance(button, QToolButton):
                    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Qt leaves toolbar buttons out of the Tab chain

    def _build_sidebar(self) -> None:
        self.sidebar = QWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setMinimumWidth(220)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search chats"))
        self.search.setAccessibleName(self.tr("Search chats"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.new_chat_button = QPushButton(self.tr("New chat"))
        self.new_chat_button.setAccessibleName(self.tr("New chat"))
        self.new_chat_button.setToolTip(self.tr("Start a new conversation (Ctrl+N)"))
        self.new_chat_button.clicked.connect(self.new_chat)
        self.conversation_list = QListView()
        self.conversation_list.setObjectName("conversationList")
        self.conversation_list.setAccessibleName(self.tr("Conversations"))
        self.conversation_list.setModel(self.conversations)
        self.conversation_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conversation_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.conversation_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conversation_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.conversation_list.customContextMenuRequested.connect(self._conversation_menu)
        self.conversation_list.clicked.connect(self._conversation_clicked)
        self.conversation_list.activated.connect(self._conversation_clicked)
        layout = QVBoxLayout(self.sidebar)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(self.new_chat_button)
        layout.addWidget(self.search)
        layout.addWidget(self.conversation_list, 1)

    def _build_centre(self) -> None:
        self.centre = QWidget()
        self.banner = ErrorBanner()
        self.resting_notice = RestingNotice()
        self.audit_notice = QLabel(self.tr("A guardian can read the conversations on this computer."))
        self.audit_notice.setObjectName("auditNotice")
        self.audit_notice.setAccessibleName(self.audit_notice.text())
        self.audit_notice.setToolTip(self.tr("The guardian's settings keep the text of conversations in the audit "
                                             "log, so a guardian can read them later."))
        self.audit_notice.setWordWrap(True)
        self.audit_notice.setStyleSheet(f"color: {Colors.notice.name()}; font-weight: 600;")
        self.audit_notice.hide()
        self.chat_view = ChatView()
        self.input = MessageInput()
        self.input.submitted.connect(self.send)
        self.input.editLastRequested.connect(self.edit_last)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("primaryButton")
        self.send_button.setAccessibleName(self.tr("Send"))
        self.send_button.clicked.connect(self._send_or_stop)
        self.regenerate_button = QPushButton(self.tr("Regenerate"))
        self.regenerate_button.setAccessibleName(self.tr("Regenerate the last answer"))
        self.regenerate_button.setToolTip(self.tr("Answer the last message again (Ctrl+R)"))
        self.regenerate_button.clicked.connect(self.regenerate)
        self.copy_button = QPushButton(self.tr("Copy answer"))
        self.copy_button.setAccessibleName(self.tr("Copy the last answer"))
        self.copy_button.setToolTip(self.tr("Copy the last answer (Ctrl+Shift+C)"))
        self.copy_button.clicked.connect(self.copy_last_answer)
        self.edit_button = QPushButton(self.tr("Edit last"))
        self.edit_button.setAccessibleName(self.tr("Edit the last message"))
        self.edit_button.setToolTip(self.tr("Edit and resend your last message (Ctrl+E, or Up in an empty box)"))
        self.edit_button.clicked.connect(self.edit_last)
        hint = QLabel(self.tr("Enter to send · Shift+Enter for a new line"))
        hint.setObjectName("hint")
        hint.setWordWrap(True)  # two lines rather than clipped at a large text size
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        for widget in (self.regenerate_button, self.edit_button, self.provenance.split_with(self.copy_button)):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(hint)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self.centre)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.banner)
        layout.addWidget(self.resting_notice)
        layout.addWidget(self.chat_view, 1)
        layout.addWidget(self.audit_notice)
        layout.addWidget(self.input)
        layout.addLayout(buttons)

    def _build_status_bar(self) -> None:
        self.model_status = QLabel(self.models.status_text())
        self.speed_status = QLabel()
        self.context_status = QLabel()
        self.lock_status = QLabel()
        self.lock_status.setAccessibleName(self.tr("Guardian's lock"))
        self.lock_status.hide()
        self.policy_status = QLabel()
        self.policy_status.setAccessibleName(self.tr("Machine-wide policy"))
        self.policy_status.setToolTip(self.tr("A policy file set by your school or organisation is in force on "
                                              "this computer"))
        self.policy_status.hide()
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        bar.addWidget(self.model_status)
        bar.addPermanentWidget(self.speed_status)
        bar.addPermanentWidget(self.context_status)
        bar.addPermanentWidget(self.policy_status)
        bar.addPermanentWidget(self.lock_status)
        bar.addPermanentWidget(self.local_api.button)

    def _build_actions(self) -> None:
        def action(text: str, keys: list[str | QKeySequence.StandardKey], slot: object,
                   widget: QWidget | None = None) -> QAction:
            act = QAction(text, widget or self)
            sequences: list[QKeySequence] = []
            for key in keys:
                sequences += QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) \
                    else [QKeySequence(key)]
            act.setShortcuts(sequences)
            act.triggered.connect(slot)
            if widget is not None:
                act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                widget.addAction(act)
            else:
                act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                self.addAction(act)
            return act

        self.new_chat_action = action(self.tr("New chat"), ["Ctrl+N"], self.new_chat)
        self.search_action = action(self.tr("Search chats"), ["Ctrl+F"], self._focus_search)
        self.regenerate_action = action(self.tr("Regenerate"), ["Ctrl+R"], self.regenerate)
        self.copy_action = action(self.tr("Copy last answer"), ["Ctrl+Shift+C"], self.copy_last_answer)
        self.edit_action = action(self.tr("Edit last message"), ["Ctrl+E"], self.edit_last)
        self.send_action = action(self.tr("Send"), ["Ctrl+Return", "Ctrl+Enter"], self.send)
        self.stop_action = action(self.tr("Stop"), ["Esc"], self.stop)
        self.rename_action = action(self.tr("Rename…"), ["F2"], self.rename_current)
        self.delete_action = action(self.tr("Delete…"), ["Del"], self.delete_current, self.conversation_list)
        self.addAction(self.settings_action)
        self.addAction(self.models_action)
        self.addAction(self.profiles_action)
        self.addAction(self.guardian_action)
        self.addAction(self.model_picker.import_action)
        self.appearance_action = action(self.tr("Appearance and language…"), ["Ctrl+Shift+A"],
                                        lambda: self.open_appearance())
        self.larger_text_action = action(self.tr("Larger text"), [QKeySequence.StandardKey.ZoomIn, "Ctrl+="],
                                         lambda: self.step_text_scale(1))
        self.smaller_text_action = action(self.tr("Smaller text"), [QKeySequence.StandardKey.ZoomOut],
                                          lambda: self.step_text_scale(-1))
        self.reset_text_action = action(self.tr("Text at 100%"), ["Ctrl+0"], lambda: self.step_text_scale(0))

    def _connect_turns(self) -> None:
        self.turns.started.connect(self._turn_started)
        self.turns.contextFitted.connect(self._context_fitted)
        self.turns.textBatch.connect(self.chat_view.append_text)
        self.turns.textBatch.connect(self.answer_announcer.feed)
        self.turns.finished.connect(self._turn_finished)
        self.turns.failed.connect(self._turn_failed)
        self.turns.busyChanged.connect(self._busy_changed)
        self.turns.warningRaised.connect(self._warning_raised)
        self.turns.screened.connect(self._screened)

    # conversations ---------------------------------------------------------------

    def _open_initial_conversation(self) -> None:
        conversations = self.store.conversations()
        if not conversations:
            self.new_chat()
            return
        remembered = self.services.config.last_conversation_id
        ids = [c.id for c in conversations]
        self.open_conversation(remembered if remembered in ids else ids[0])

    def open_conversation(self, conversation_id: int) -> None:
        """Show ``conversation_id`` in the chat view and select it in the list."""
        if self.turns.busy:
            return
        self.conversation_id = conversation_id
        self.editing_last = False
        self.chat_view.show_messages(self.store.messages(conversation_id))
        self._select_in_list(conversation_id)
        self._remember(conversation_id)
        self.update_actions()

    @Slot()
    def new_chat(self) -> None:
        """A new conversation (in kiosk mode: a new session)."""
        if self._kiosk:
            self.new_session()
            return
        if self.turns.busy:
            return
        self._open_new_conversation()

    def _open_new_conversation(self) -> None:
        if self.search.text():
            self.search.clear()
        conversation = self.store.create_conversation()
        self.conversations.refresh()
        self.open_conversation(conversation.id)
        self.input.setFocus()

    @Slot()
    def rename_current(self) -> None:
        """Edit the selected conversation's title in place."""
        index = self.conversation_list.currentIndex()
        if not index.isValid() or self.conversations.searching:
            return
        self.conversation_list.setFocus()
        self.conversation_list.edit(index)

    @Slot()
    def delete_current(self) -> None:
        index = self.conversation_list.currentIndex()
        conversation_id = index.data(CONVERSATION_ID_ROLE) if index.isValid() else self.conversation_id
        if conversation_id is None or self.turns.busy:
            return
        title = self.store.conversation(conversation_id).title
        if not self.confirm_delete(title):
            return
        self.store.delete_conversation(conversation_id)
        self.conversations.refresh()
        if conversation_id == self.conversation_id:
            self.conversation_id = None
            self._open_initial_conversation()
        else:
            self._select_in_list(self.conversation_id)

    def confirm_delete(self, title: str) -> bool:
        """Ask before deleting (tests replace this)."""
        answer = QMessageBox.question(
            self, self.tr("Delete conversation"),
            self.tr("Delete “%1”? This cannot be undone.").replace("%1", title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _conversation_menu(self, pos: QPoint) -> None:
        index = self.conversation_list.indexAt(pos)
        if not index.isValid():
            return
        menu = self.conversation_menu(index)
        menu.exec(self.conversation_list.viewport().mapToGlobal(pos))
        menu.deleteLater()
        self.update_actions()

    def conversation_menu(self, index: QModelIndex) -> QMenu:
        """The context menu of the conversation at ``index`` (selected first); the caller shows it."""
        self.conversation_list.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.rename_action)
        menu.addAction(self.provenance.export_listed_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        self.rename_action.setEnabled(self.rename_action.isEnabled() and not self.conversations.searching)
        return menu

    def _conversation_clicked(self, index: QModelIndex) -> None:
        conversation_id = index.data(CONVERSATION_ID_ROLE)
        if conversation_id is not None and conversation_id != self.conversation_id:
            self.open_conversation(conversation_id)

    def _search_changed(self, text: str) -> None:
        self.conversations.set_search(text)
        if self.conversation_id is not None and not self.conversations.searching:
            self._select_in_list(self.conversation_id)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _select_in_list(self, conversation_id: int | None) -> None:
        row = self.conversations.row_of(conversation_id) if conversation_id is not None else None
        if row is None:
            self.conversation_list.clearSelection()
            return
        self.conversation_list.setCurrentIndex(self.conversations.index(row))

    def _remember(self, conversation_id: int) -> None:
        self.services.config.last_conversation_id = conversation_id
        try:
            self.services.config.save(self.services.paths.config_file)
        except (HearthError, OSError) as exc:
            log.warning("could not remember the last conversation: %s", exc)

    def _refresh_list(self) -> None:
        self.conversations.refresh()
        self._select_in_list(self.conversation_id)

    # turns -----------------------------------------------------------------------------

    @Slot()
    def _send_or_stop(self) -> None:
        if self.turns.busy:
            self.stop()
        else:
            self.send()

    @Slot()
    def send(self) -> None:
        """Send the input box's text (or, after Edit last, replace the last message with it)."""
        text = self.input.toPlainText().strip()
        if not text or self.turns.busy or self.conversation_id is None or self._resting is not None:
            return
        kind = "edit" if self.editing_last else "send"
        if kind == "edit":
            messages = self.store.messages(self.conversation_id)
            last_user = _last_index(messages, "user")
            self.chat_view.show_messages(messages[:last_user] if last_user is not None else messages)
        self.banner.hide()
        self.chat_view.append_user(text)
        self.input.clear()
        self.editing_last = False
        self._start_turn(TurnRequest(kind, self.conversation_id, text), text)

    def _start_turn(self, request: TurnRequest, text: str) -> None:
        self._turn_text = text
        self._block_shown = False
        self.turns.start(request)

    @Slot()
    def stop(self) -> None:
        self.turns.stop()

    @Slot()
    def regenerate(self) -> None:
        if self.turns.busy or self.conversation_id is None or self._resting is not None:
            return
        messages = self.store.messages(self.conversation_id)
        last_user = _last_index(messages, "user")
        if last_user is None:
            return
        self.banner.hide()
        self.chat_view.show_messages(messages[: last_user + 1])
        self._start_turn(TurnRequest("regenerate", self.conversation_id), messages[last_user].content)

    @Slot()
    def edit_last(self) -> None:
        """Put the last user message in the input; sending then replaces it."""
        if self.turns.busy or self.conversation_id is None:
            return
        messages = self.store.messages(self.conversation_id)
        last_user = _last_index(messages, "user")
        if last_user is None:
            return
        self.input.setPlainText(messages[last_user].content)
        self.input.moveCursor(self.input.textCursor().MoveOperation.End)
        self.input.setFocus()
        self.editing_last = True

    @Slot()
    def copy_last_answer(self) -> None:
        if self.conversation_id is None:
            return
        messages = self.store.messages(self.conversation_id)
        last = _last_index(messages, "assistant")
        if last is not None and messages[last].content:
            QGuiApplication.clipboard().setText(messages[last].content)
            self.statusBar().showMessage(self.tr("Answer copied"), 2000)

    def _turn_started(self, start: TurnStart) -> None:
        self.answer_announcer.begin()
        self.chat_view.begin_answer(start.model_name)
        self._refresh_list()

    def _context_fitted(self, prompt_tokens: int, n_ctx: int, dropped: int) -> None:
        self.context_status.setText(self.tr("%1 / %2 tokens").replace("%1", str(prompt_tokens))
                                    .replace("%2", str(n_ctx)))
        if dropped == 1:
            self.chat_view.add_answer_notice(
                self.tr("1 older message no longer fits in the context and was left out"))
        elif dropped > 1:
            self.chat_view.add_answer_notice(
                self.tr("%n older messages no longer fit in the context and were left out", "", dropped))

    def _turn_finished(self, result: TurnResult) -> None:
        self._close_warning()
        if result.status == TurnStatus.WITHDRAWN:
            self._turn_withdrawn()
            return
        if result.status == MessageStatus.BLOCKED:
            if not self._block_shown and result.verdict is not None:
                self._show_block(result.verdict)
            self._refresh_list()
            return
        self.chat_view.finish_answer(result.text, result.status, result.verdict)
        self.answer_announcer.finish(result.status)
        self.speed_status.setText(self.tr("%1 tokens/s").replace("%1", f"{result.tokens_per_second:.1f}"))
        used = result.prompt_tokens + result.completion_tokens
        self.context_status.setText(self.tr("%1 / %2 tokens").replace("%1", str(used))
                                    .replace("%2", str(result.n_ctx)))
        self._refresh_list()

    def _turn_failed(self, title: str, text: str) -> None:
        self._close_warning()
        self.governance_state.refresh()  # the core may have refused the turn (time rules, allowlist, a lock)
        self.banner.show_error(title, text)
        self.answer_announcer.fail(title, text)
        if self.conversation_id is not None:
            messages = self.store.messages(self.conversation_id)
            self.chat_view.show_messages(messages)
            last_user = _last_index(messages, "user")
            if last_user is None or messages[last_user].content != self._turn_text:
                self._give_back_text()  # the message was not kept (e.g. the screen was unavailable)
        self._refresh_list()

    def _turn_withdrawn(self) -> None:
        """The user chose not to send a flagged message: it is gone from the store, its text goes back."""
        if self.conversation_id is not None:
            self.chat_view.show_messages(self.store.messages(self.conversation_id))
        self._give_back_text()
        self.statusBar().showMessage(self.tr("Message not sent"), 3000)
        self.announcer.announce(self.tr("Message not sent"))
        self._refresh_list()

    def _give_back_text(self) -> None:
        """Put the unsent message back in the input box, so nothing typed is lost."""
        text = self._turn_text
        if not text:
            return
        current = self.input.toPlainText()
        if current.strip() and current.strip() != text:
            text = f"{text}\n\n{current}"
        self.input.setPlainText(text)
        self.input.moveCursor(self.input.textCursor().MoveOperation.End)
        self.editing_last = False

    # safety -------------------------------------------------------------------------------

    def _warning_raised(self, verdict: Verdict) -> None:
        """The screen flagged the prompt "warn": ask, and pass the answer to the waiting worker."""
        self._warning_serial += 1
        serial = self._pending_warning = self._warning_serial
        explanation = self.chat_view.explain(verdict)

        def answer(proceed: bool) -> None:
            if self._pending_warning != serial:
                return  # the turn already ended (stopped or shut down)
            self._pending_warning = None
            if proceed:
                self.chat_view.add_user_notice(self.chat_view.sent_after_warning_text(verdict))
            self.turns.answer_warning(proceed)

        self.ask_to_send_anyway(explanation, answer)

    def ask_to_send_anyway(self, explanation: Explanation, answer: Callable[[bool], None]) -> None:
        """Show the warning interstitial; ``answer`` gets True for Continue, False for Cancel (tests replace this)."""
        dialog = WarningDialog(explanation, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.answered.connect(answer)
        self.warning_dialog = dialog
        dialog.finished.connect(self._warning_closed)
        dialog.open()

    def _warning_closed(self) -> None:
        self.warning_dialog = None

    def _close_warning(self) -> None:
        """The turn ended: an unanswered warning is moot (its answer would be ignored)."""
        self._pending_warning = None
        if self.warning_dialog is not None:
            dialog, self.warning_dialog = self.warning_dialog, None
            dialog.reject()

    def _screened(self, verdict: Verdict) -> None:
        """The prompt or the streaming answer was blocked: show the notice in place of the answer."""
        self._block_shown = True
        self._show_block(verdict)

    def _show_block(self, verdict: Verdict) -> None:
        """The safety notice in place of the answer, announced to screen readers."""
        self.chat_view.show_block(verdict)
        explanation = self.chat_view.explain(verdict)
        self.answer_announcer.block(explanation.title, explanation.body)

    def _busy_changed(self, busy: bool) -> None:
        self.send_button.setText(self.tr("Stop") if busy else self.tr("Send"))
        self.send_button.setAccessibleName(self.tr("Stop the answer") if busy else self.tr("Send"))
        self.send_button.setProperty("stopping", busy)
        self.send_button.style().unpolish(self.send_button)
        self.send_button.style().polish(self.send_button)
        self.update_actions()
        if not busy:
            self.input.setFocus()
            if self.banner.isHidden():
                self._show_standing_problems()  # the turn may have found the chosen profile unreadable

    def update_actions(self) -> None:
        """Enable what may be used now: not while an answer runs, not while resting, not hidden by kiosk mode."""
        idle, open_now, kiosk = not self.turns.busy, self._resting is None, self._kiosk
        for widget in (self.copy_button, self.new_chat_button, self.conversation_list, self.model_picker,
                       self.profile_picker, self.new_session_button):
            widget.setEnabled(idle)
        self.model_picker.setEnabled(idle and not self.models.uses_server())
        for widget in (self.regenerate_button, self.edit_button):
            widget.setEnabled(idle and open_now)
        self.input.setEnabled(open_now)
        self.send_button.setEnabled(open_now or not idle)  # Stop stays available
        for act in (self.regenerate_action, self.edit_action):
            act.setEnabled(idle and open_now)
        self.send_action.setEnabled(open_now)
        self.new_chat_action.setEnabled(idle)
        for act in (self.delete_action, self.rename_action, self.settings_action, self.profiles_action,
                    self.models_action):
            act.setEnabled(idle and not kiosk)
        self.search_action.setEnabled(not kiosk)
        self.stop_action.setEnabled(not idle)
        self.provenance.update(idle, kiosk)

    # model and settings ------------------------------------------------------------------

    @Slot()
    def open_settings(self) -> None:
        """Open the settings of the current conversation (window-modal, does not block)."""
        if self.conversation_id is None or self.turns.busy or self._kiosk:
            return
        state = self.governance_state
        dialog = SettingsDialog(
            self.store, self.conversation_id, self, limits_managed_by=state.blocked_by(Control.GENERATION_LIMITS),
            check_change=lambda old, new: self.services.governance.check_settings_change(old, new, state.effective),
            open_appearance=self.open_appearance)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._settings_closed)
        self.settings_dialog = dialog
        dialog.open()

    def _settings_closed(self) -> None:
        self.settings_dialog = None

    # appearance ---------------------------------------------------------------------------

    def open_appearance(self, parent: QWidget | None = None) -> None:
        """Open the Appearance dialog over ``parent`` (the window by default; window-modal, does not block)."""
        if self.appearance_dialog is not None:
            self.appearance_dialog.raise_()
            self.appearance_dialog.activateWindow()
            return
        dialog = AppearanceDialog(self.services.config, self.apply_appearance, self._save_config, parent or self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(self._appearance_closed)
        self.appearance_dialog = dialog
        dialog.open()

    def _appearance_closed(self) -> None:
        self.appearance_dialog = None

    def apply_appearance(self, high_contrast: bool, scale: float) -> None:
        """Show the whole application in the light or high-contrast theme, its text at ``scale`` (0.8 to 2.0)."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        scale = clamp_scale(scale)
        theme_changed = high_contrast != Colors.high_contrast
        if theme_changed or abs(text_scale() - scale) > 0.01 or app.styleSheet() != style_sheet(high_contrast):
            apply_style(app, high_contrast, scale)  # (restyling every widget is not free: only when it changes)
        self.audit_notice.setStyleSheet(f"color: {Colors.notice.name()}; font-weight: 600;")
        self.resting_notice.restyle()
        self.input.fit_to_font()
        if theme_changed and self.conversation_id is not None and not self.turns.busy:
            self.chat_view.show_messages(self.store.messages(self.conversation_id))  # drawn in the new colours
        self._fit_toolbars()

    def step_text_scale(self, direction: int) -> None:
        """Text one step larger (1), smaller (-1) or back to 100 % (0); kept for the next start."""
        current = round(text_scale(), 2)
        scale = 1.0 if direction == 0 else clamp_scale(round(current + direction * TEXT_SCALE_STEP, 2))
        self.services.config.text_scale = scale
        self.apply_appearance(self.services.config.high_contrast, scale)
        self._save_config()
        self.statusBar().showMessage(self.tr("Text size: %1%").replace("%1", str(round(scale * 100))), 3000)

    def _save_config(self) -> None:
        try:
            self.services.config.save(self.services.paths.config_file)
        except (HearthError, OSError) as exc:
            message = user_text(exc) if isinstance(exc, HearthError) else str(exc)
            self.banner.show_error(self.tr("Your preferences could not be saved"), message)

    def _fit_toolbars(self) -> None:
        """The actions share the toolbar's row while both fit, and wrap onto a row of their own when not."""
        needed = self.toolbar.sizeHint().width() + self.actions_bar.sizeHint().width()
        wrapped = self.toolBarBreak(self.actions_bar)
        if needed > self.width() and not wrapped:
            self.insertToolBarBreak(self.actions_bar)
        elif needed <= self.width() and wrapped:
            self.removeToolBarBreak(self.actions_bar)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_toolbars()

    def _set_tab_order(self) -> None:
        """Tab: the toolbar's pickers and buttons, the conversations, the chat, the input, Send, the rest."""
        chain: list[QWidget] = [self.model_picker]
        chain += [w for w in (self.toolbar.widgetForAction(self.models_action),) if w is not None]
        chain += [self.profile_picker, self.new_session_button]
        chain += [self.actions_bar.widgetForAction(a) for a in self.actions_bar.actions()
                  if self.actions_bar.widgetForAction(a) is not None and a.text()]
        chain += [self.new_chat_button, self.search, self.conversation_list, self.chat_view, self.banner.close_button,
                  self.input, self.send_button, self.regenerate_button, self.edit_button]
        chain += self.provenance.tab_chain()
        chain += [self.local_api.button]
        for first, second in zip(chain, chain[1:]):
            self.setTabOrder(first, second)

    # safety profiles ----------------------------------------------------------------------

    def _reload_profiles(self) -> None:
        """List the profiles in the toolbar again, showing the user's choice (and who manages the one in force)."""
        try:
            profiles = self.services.profiles.all()
        except HearthError as exc:
            self.banner.show_error(error_title(exc), user_text(exc))
            profiles = []
        chosen = self.services.user_profile()  # the strictest preset when the chosen one cannot be read
        self.profile_picker.reload(profiles, chosen.id)
        self._show_profile_note(chosen)

    def _show_profile_note(self, chosen: SafetyProfile) -> None:
        """"Managed by guardian: Child" next to the picker when the profile in force is not the one chosen."""
        effective = self.governance_state.effective
        manager = profile_manager(effective)
        if manager is None or effective.profile == chosen:
            self.profile_note.hide()
            self._profile_note_action.setVisible(False)
            return
        self.profile_note.show_note(
            self.tr("%1: %2").replace("%1", managed_text(manager)).replace("%2", profile_name(effective.profile)),
            self.tr("The safety settings in force are the strictest of your choice and the guardian's or your "
                    "organisation's. You can make things stricter, never looser."))
        self._profile_note_action.setVisible(not self._kiosk)

    def _choose_profile(self, profile_id: str) -> None:
        try:
            self.services.choose_profile(profile_id)
        except (HearthError, OSError) as exc:
            title, text = (error_title(exc), user_text(exc)) if isinstance(exc, HearthError) else \
                (self.tr("The safety profile could not be changed"), str(exc))
            self.banner.show_error(title, text)
            self._reload_profiles()
            return
        self.governance_state.refresh()  # the settings in force changed (this also lists the profiles again)
        if not self._show_profile_problem() and self.banner.title.text() == self._profile_problem_title():
            self.banner.hide()
        self.statusBar().showMessage(self.tr("Safety profile: %1").replace("%1", self.profile_picker.currentText()),
                                     3000)

    def _show_profile_problem(self) -> bool:
        """Show in the banner why the chosen profile is not in force (if it is not); True when shown."""
        self.services.active_profile()
        problem = self.services.profile_problem
        if not problem:
            return False
        self.banner.show_error(self._profile_problem_title(), self.tr(
            "%1 Until this is fixed, the strictest preset (Child) is in force. Choose a profile in the toolbar, "
            "or fix it in Safety profiles…").replace("%1", problem))
        return True

    def _profile_problem_title(self) -> str:
        return self.tr("The safety profile could not be read")

    def _profile_name(self, profile_id: str) -> str | None:
        """A profile's name for safety notices (None when it is gone)."""
        try:
            return profile_name(self.services.profiles.get(profile_id))
        except HearthError:
            return None

    @Slot()
    def open_profile_editor(self) -> None:
        """Open the safety profile editor (window-modal, does not block)."""
        if self.turns.busy or self.profile_editor is not None:
            return
        dialog = ProfileEditorDialog(self.services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.profilesChanged.connect(self.governance_state.refresh)
        dialog.finished.connect(self._profile_editor_closed)
        self.profile_editor = dialog
        dialog.open()

    def _profile_editor_closed(self) -> None:
        self.profile_editor = None
        self.governance_state.refresh()
        self._show_standing_problems()

    # governance ---------------------------------------------------------------------------

    def _build_governance(self) -> None:
        self.governance_state = GovernanceState(self.services, self)
        self.governance_state.changed.connect(self._apply_governance)
        self.governance_state.lockTextChanged.connect(self._show_lock_text)
        self.kiosk_idle = InputIdleTimer(self)
        self.kiosk_idle.timeout.connect(self._kiosk_idle_timeout)
        self.half_minute = QTimer(self)
        self.half_minute.setInterval(USAGE_INTERVAL_S * 1000)
        self.half_minute.timeout.connect(self.half_minute_passed)

    @Slot()
    def open_guardian(self) -> None:
        """Open the guardian's dialog (unlock, set up, change what is locked); the way in, so always available."""
        if self.guardian_dialog is not None and self.guardian_dialog.isVisible():
            self.guardian_dialog.raise_()
            self.guardian_dialog.activateWindow()
            return
        dialog = open_guardian_dialog(self.services, self)
        dialog.governanceChanged.connect(self.governance_state.refresh)
        dialog.finished.connect(self._guardian_closed)
        self.guardian_dialog = dialog
        if not dialog.isVisible():
            dialog.open()

    def _guardian_closed(self) -> None:
        self.guardian_dialog = None
        self.governance_state.refresh()

    def _apply_governance(self) -> None:
        """Show the governance state: the lock, managed controls, problems, time rules, kiosk, the audit notice."""
        state = self.governance_state
        self._show_lock_text(state.lock_text())
        self.policy_status.setText(state.organisation_text())
        self.policy_status.setVisible(bool(state.organisation_text()))
        self._set_kiosk(state.effective.kiosk)
        self.models.apply_governance()
        self._reload_profiles()
        self.audit_notice.setVisible(state.effective.audit_content == "content")
        self._apply_resting()
        self._show_standing_problems()
        if self.profile_editor is not None:
            self.profile_editor.apply_governance()
        if self.settings_dialog is not None:
            self.settings_dialog.apply_limits(state.blocked_by(Control.GENERATION_LIMITS))
        self.update_actions()

    def _show_lock_text(self, text: str) -> None:
        self.lock_status.setText(text)
        self.lock_status.setVisible(bool(text))

    def _show_standing_problems(self) -> bool:
        """Show why a layer fails closed (or else why the chosen profile cannot be used); True when shown."""
        problems = self.governance_state.problems
        if problems:
            self.banner.show_error(self._strictest_title(), self.tr(
                "%1 Until this is mended, Hearth uses its strictest settings. A guardian or your organisation's "
                "administrator can fix it.").replace("%1", " ".join(p.message for p in problems)))
            return True
        if not self.banner.isHidden() and self.banner.title.text() == self._strictest_title():
            self.banner.hide()
        return self._show_profile_problem()

    def _strictest_title(self) -> str:
        return self.tr("Hearth is using its strictest settings")

    # time rules

    def _apply_resting(self) -> None:
        """Outside the time rules: a calm notice instead of the input (checked again every half minute)."""
        refusal = self.governance_state.resting()
        changed = (refusal is None) != (self._resting is None)
        self._resting = refusal
        if refusal is None:
            self.resting_notice.hide()
        else:
            self.resting_notice.show_notice(self.tr("Hearth is resting"), *resting_texts(refusal))
        if changed:
            self.update_actions()

    def half_minute_passed(self) -> None:
        """Count this half minute against today's time (while the window is in use), then check the rules."""
        if self.isActiveWindow() and self._resting is None and self.governance_state.effective.time_rules:
            try:
                self.services.governance.record_usage(USAGE_INTERVAL_S)
            except (HearthError, OSError) as exc:
                log.warning("could not record the time used: %s", exc)
        self._apply_resting()

    # kiosk mode

    @property
    def kiosk(self) -> bool:
        return self._kiosk

    def _set_kiosk(self, on: bool) -> None:
        """Kiosk mode: full screen, only the chat and "New session"; a new session after a quiet spell."""
        if on and self._kiosk:
            self.kiosk_idle.start(self.governance_state.kiosk_idle_minutes)  # the guardian may change the time
            return
        if on == self._kiosk:
            return
        self._kiosk = on
        self.sidebar.setVisible(not on)
        for action in self._kiosk_hidden:
            action.setVisible(not on)
        self._new_session_action.setVisible(on)
        if on:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowFullScreen)
            self.kiosk_idle.start(self.governance_state.kiosk_idle_minutes)
            self.update_actions()
            if self.conversation_id is not None and self.store.messages(self.conversation_id):
                self.new_session()  # earlier conversations stay out of view
        else:
            self.setWindowState(self.windowState() & ~Qt.WindowState.WindowFullScreen)
            self.kiosk_idle.stop()
            self.update_actions()

    @Slot()
    def new_session(self) -> None:
        """A fresh conversation; the previous one leaves the view (and the store, when nothing may be kept)."""
        if self.turns.busy:
            return
        previous = self.conversation_id
        self.input.clear()
        self.editing_last = False
        if previous is not None and not self.store.messages(previous):
            return  # already a fresh session
        self._open_new_conversation()
        if previous is not None and self.governance_state.effective.retention_days == 0:
            self.store.delete_conversation(previous)
            self._refresh_list()
        self.statusBar().showMessage(self.tr("New session"), 3000)

    def _kiosk_idle_timeout(self) -> None:
        if self.turns.busy:
            self.kiosk_idle.restart()
            return
        self.new_session()
        self.kiosk_idle.restart()

    # lifetime -----------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop any answer, the worker thread and the timers (before the services close)."""
        self.governance_state.stop()
        self.half_minute.stop()
        self.kiosk_idle.stop()
        self.turns.shutdown()
        self.provenance.shutdown()
        self.local_api.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)


def _last_index(messages: list[Message], role: str) -> int | None:
    return next((i for i in range(len(messages) - 1, -1, -1) if messages[i].role == role), None)
