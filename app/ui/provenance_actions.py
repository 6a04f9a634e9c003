"""The window's provenance commands: copy or save an answer with its signed record, export a conversation, verify.

:class:`ProvenanceActions` owns the actions and the drop-down that joins
"Copy answer" as a split button ("Copy answer ▾"):

- **Copy with provenance** (Ctrl+Alt+C) puts the last answer on the clipboard
  as ``text/plain`` and its DSSE envelope as ``application/vnd.in-toto+json``
  (pasting into the Verify dialog fills both in);
- **Save answer with provenance…** (Ctrl+S) writes the text and its
  ``.intoto.json`` sidecar;
- **Export conversation…** (Ctrl+Shift+S, and "Export…" in the conversation
  list's context menu) writes Markdown or HTML and its ``.intoto.jsonl`` bundle;
- **Verify a text…** (also in the toolbar) opens :class:`~app.ui.provenance_dialog.VerifyDialog`.

None of them can weaken governance, so none carries a ``hearthControl`` tag:
they stay usable while the guardian's lock is on. In kiosk mode, where the
window shows only the chat, the ones that open file dialogs are hidden. An
answer without a record (from before signing existed, or blocked with no
text) cannot be copied or saved with provenance; the action's tooltip says why.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QMimeData, QObject, Qt, QThreadPool
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMenu, QPushButton, QWidget

from app.chat.store import Message
from app.core.errors import HearthError
from app.provenance.export import ExportError, write_answer, write_conversation
from app.ui.conversation_model import CONVERSATION_ID_ROLE
from app.ui.error_text import user_text
from app.ui.provenance_dialog import IN_TOTO_MIME, VerifyDialog, bring_to_front

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)
STATUS_MS = 8000
SHUTDOWN_WAIT_MS = 3000  # how long closing the window waits for a running check
FORMAT_SUFFIXES = {"markdown": ".md", "html": ".html"}
_SUFFIX_FORMATS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


def file_stem(title: str, fallback: str) -> str:
    """A file name stem from a conversation title ("Volcanoes: how?" → "Volcanoes how")."""
    stem = re.sub(r"[\\/:*?\"<>|\x00-\x1f]+", " ", title)
    stem = re.sub(r"\s+", " ", stem).strip(" .")[:60].strip()
    return stem or fallback


class ProvenanceActions(QObject):
    """The provenance actions of one window, and their enabled state."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.services = window.services
        self.store = window.store
        self.verify_dialog: VerifyDialog | None = None
        self._verified = False  # a Verify dialog was opened (its check may still run on the pool)
        self.folder = Path.home()  # where the last file went (the next dialog starts there)
        self.copy_action = self._action(self.tr("Copy with provenance"), "Ctrl+Alt+C", self.copy_with_provenance)
        self.save_action = self._action(self.tr("Save answer with provenance…"), "Ctrl+S", self.save_answer)
        self.export_action = self._action(self.tr("Export conversation…"), "Ctrl+Shift+S",
                                          self.export_current_conversation)
        self.export_action.setToolTip(self.tr("Save this conversation as Markdown or HTML, with every answer's "
                                              "signed provenance record beside it"))
        self.export_listed_action = QAction(self.tr("Export…"), window)
        self.export_listed_action.setToolTip(self.export_action.toolTip())
        self.export_listed_action.triggered.connect(self.export_listed_conversation)
        self.verify_action = self._action(self.tr("Verify a text…"), "Ctrl+Shift+K", self.open_verify)
        self.verify_action.setToolTip(self.tr("Check whether a text came from this device, with which model and "
                                              "safety profile, and whether it was changed (Ctrl+Shift+K)"))
        self.menu = QMenu(window)
        self.menu.setObjectName("provenanceMenu")
        self.menu.setToolTipsVisible(True)  # a disabled item's tooltip says why
        self.menu.addAction(self.copy_action)
        self.menu.addAction(self.save_action)
        self.menu.addSeparator()
        self.menu.addAction(self.export_action)
        self.menu.addSeparator()
        self.menu.addAction(self.verify_action)
        self._copy_button: QPushButton | None = None  # the other half (see split_with)
        self.button = QPushButton("▾")  # the drop-down half of "Copy answer ▾" (see split_with)
        self.button.setObjectName("provenanceButton")
        self.button.setAccessibleName(self.tr("More ways to copy: with provenance, save, export, verify"))
        self.button.setToolTip(self.tr("Copy or save the answer with its signed record of where it came from, "
                                       "export the conversation, or check a text"))
        self.button.setMenu(self.menu)

    def split_with(self, copy_button: QPushButton) -> QWidget:
        """``copy_button`` and the drop-down joined into one split button, "Copy answer ▾"."""
        copy_button.setObjectName("copyAnswerButton")
        self._copy_button = copy_button
        copy_button.setStyleSheet("QPushButton#copyAnswerButton { border-top-right-radius: 0; "
                                  "border-bottom-right-radius: 0; }")
        # Focused, the arrow keeps its left border: the focus ring goes all the way round.
        self.button.setStyleSheet(
            "QPushButton#provenanceButton { border-top-left-radius: 0; border-bottom-left-radius: 0; "
            "padding: 6px 9px; }"
            "QPushButton#provenanceButton:!focus { border-left: none; }"
            "QPushButton#provenanceButton:focus { padding: 5px 8px; }"
            "QPushButton#provenanceButton::menu-indicator { image: none; width: 0; }")
        self.button.setFixedWidth(2 * self.button.fontMetrics().height() + 2)  # a square-ish arrow, not a button
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(copy_button)
        row.addWidget(self.button)
        return holder

    def tab_chain(self) -> list[QWidget]:
        """The split button's halves in Tab order (after :meth:`split_with`)."""
        return [self._copy_button, self.button] if self._copy_button is not None else [self.button]

    def _action(self, text: str, keys: str, slot: object) -> QAction:
        action = QAction(text, self._window)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self._window.addAction(action)
        return action

    # what may be used now ----------------------------------------------------------------------------------

    def _messages(self) -> list[Message]:
        conversation_id = self._window.conversation_id
        return self.store.messages(conversation_id) if conversation_id is not None else []

    def last_answer(self, messages: list[Message] | None = None) -> Message | None:
        """The open conversation's last answer (None when it has none)."""
        found = self._messages() if messages is None else messages
        return next((m for m in reversed(found) if m.role == "assistant"), None)

    def update(self, idle: bool, kiosk: bool) -> None:
        """Enable what may be used now and let each disabled answer action say why."""
        messages = self._messages()
        why_not = self._why_no_copy(idle, self.last_answer(messages))
        for action, base in ((self.copy_action, self.tr("Copy the last answer with its signed provenance record")),
                             (self.save_action, self.tr("Save the last answer to a text file, with its signed "
                                                        "provenance record beside it"))):
            action.setEnabled(why_not is None and (action is self.copy_action or not kiosk))
            action.setToolTip(base if why_not is None else why_not)
            action.setStatusTip(action.toolTip())
        self.export_action.setEnabled(idle and not kiosk and bool(messages))
        self.export_listed_action.setEnabled(idle and not kiosk)
        self.verify_action.setEnabled(not kiosk)
        for action in (self.save_action, self.export_action, self.verify_action):
            action.setVisible(not kiosk)  # kiosk mode: only the chat (no file dialogs); copying stays
        if kiosk and self.verify_dialog is not None:
            self.verify_dialog.close()

    def _why_no_copy(self, idle: bool, answer: Message | None) -> str | None:
        if not idle:
            return self.tr("Wait until the answer has finished")
        if answer is None:
            return self.tr("There is no answer in this conversation yet")
        if not answer.content:
            return self.tr("The last answer was blocked, so there is no text to copy")
        if not answer.provenance:
            return self.tr("The last answer has no provenance record: it was written before Hearth signed "
                           "answers")
        return None

    # copy and save -----------------------------------------------------------------------------------------

    def copy_with_provenance(self) -> None:
        """The last answer as text, with its envelope as a second clipboard format."""
        answer = self.last_answer()
        if not self.copy_action.isEnabled() or answer is None or not answer.content or not answer.provenance:
            return
        mime = QMimeData()
        mime.setText(answer.content)
        mime.setData(IN_TOTO_MIME, QByteArray(answer.provenance.encode("utf-8")))
        QGuiApplication.clipboard().setMimeData(mime)
        self._status(self.tr("Answer copied with its provenance record"))

    def save_answer(self) -> None:
        """Ask where, then write the last answer and its ``.intoto.json`` sidecar."""
        answer = self.last_answer()
        if not self.save_action.isEnabled() or answer is None or not answer.content or not answer.provenance:
            return
        title = self.store.conversation(answer.conversation_id).title
        path = self.ask_answer_path(self.folder / f"{file_stem(title, self.tr('answer'))}.txt")
        if path is None:
            return
        if not path.suffix:
            path = path.with_suffix(".txt")
        try:
            side = write_answer(path, answer)
        except ExportError as exc:
            self._failed(self.tr("The answer could not be saved"), exc)
            return
        # the file name is left out: it often holds the conversation's title, i.e. words of the chat
        self.services.audit.append("export", {"what": "answer", "format": path.suffix.lstrip(".").lower(),
                                              "message": answer.id})
        self.folder = path.parent
        self._status(self.tr("Saved %1 and its provenance record %2").replace("%1", path.name)
                     .replace("%2", side.name))

    # export ----------------------------------------------------------------------------------------------

    def export_current_conversation(self) -> None:
        if self._window.conversation_id is not None:
            self.export_conversation(self._window.conversation_id)

    def export_listed_conversation(self) -> None:
        """Export the conversation selected in the list (what its context menu is about)."""
        index = self._window.conversation_list.currentIndex()
        conversation_id = index.data(CONVERSATION_ID_ROLE) if index.isValid() else self._window.conversation_id
        if conversation_id is not None:
            self.export_conversation(conversation_id)

    def export_conversation(self, conversation_id: int) -> None:
        """Ask where and in which format, then write the export and its bundle of signed records."""
        if self._window.turns.busy or self._window.kiosk:
            return
        conversation = self.store.conversation(conversation_id)
        messages = self.store.messages(conversation_id)
        chosen = self.ask_export_path(self.folder / f"{file_stem(conversation.title, self.tr('conversation'))}.md")
        if chosen is None:
            return
        path, fmt = chosen
        try:
            bundle = write_conversation(path, conversation, messages, fmt, model_label=self.tr("Assistant"),
                                        user_label=self.tr("You"))
        except ExportError as exc:
            self._failed(self.tr("The conversation could not be exported"), exc)
            return
        self.folder = path.parent
        signed = sum(1 for m in messages if m.role == "assistant" and m.provenance)
        self.services.audit.append("export", {"what": "conversation", "format": fmt, "conversation": conversation_id,
                                              "messages": len(messages), "answers_signed": signed})
        if signed == 0:
            text = self.tr("Exported %1; no answer in it has a provenance record, so %2 is empty")
        elif signed == 1:
            text = self.tr("Exported %1, with its answer's provenance record in %2")
        else:
            text = self.tr("Exported %1, with %3 answers' provenance records in %2").replace("%3", str(signed))
        self._status(text.replace("%1", path.name).replace("%2", bundle.name))

    @staticmethod
    def export_target(name: str, selected_filter: str) -> tuple[Path, str]:
        """The export's path and format: from the file's suffix, else from the chosen filter (adding its suffix)."""
        path = Path(name)
        fmt = _SUFFIX_FORMATS.get(path.suffix.lower())
        if fmt is not None:
            return path, fmt
        fmt = "html" if "*.html" in selected_filter else "markdown"
        return path.with_name(path.name + FORMAT_SUFFIXES[fmt]), fmt

    # verify ----------------------------------------------------------------------------------------------

    def open_verify(self) -> VerifyDialog | None:
        """Open the Verify dialog (modeless: the chat stays usable), or bring the open one to the front."""
        if self._window.kiosk:
            return None
        if self.verify_dialog is not None:
            bring_to_front(self.verify_dialog)
            return self.verify_dialog
        dialog = VerifyDialog(self.services, self._window)
        self._verified = True
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._verify_closed)
        self.verify_dialog = dialog
        dialog.show()
        dialog.activateWindow()
        return dialog

    def _verify_closed(self) -> None:
        self.verify_dialog = None

    def shutdown(self) -> None:
        """Close the Verify dialog and give a running check a moment to end before the services close."""
        if self.verify_dialog is not None:
            self.verify_dialog.close()
            self.verify_dialog = None
        if self._verified:
            QThreadPool.globalInstance().waitForDone(SHUTDOWN_WAIT_MS)

    # helpers -----------------------------------------------------------------------------------------

    def _status(self, text: str) -> None:
        self._window.statusBar().showMessage(text, STATUS_MS)

    def _failed(self, title: str, exc: HearthError) -> None:
        """Show why writing failed (nothing in Hearth was changed, so nothing is lost)."""
        self._window.banner.show_error(title, user_text(exc))

    # questions (tests replace these) -----------------------------------------------------------------

    def ask_answer_path(self, default: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self._window, self.tr("Save answer with provenance"), str(default),
                                              self.tr("Text files (*.txt);;Markdown (*.md);;All files (*)"))
        return Path(name) if name else None

    def ask_export_path(self, default: Path) -> tuple[Path, str] | None:
        markdown, html = self.tr("Markdown (*.md)"), self.tr("HTML (*.html)")
        name, selected = QFileDialog.getSaveFileName(self._window, self.tr("Export conversation"), str(default),
                                                     f"{markdown};;{html}", markdown)
        return self.export_target(name, selected) if name else None
