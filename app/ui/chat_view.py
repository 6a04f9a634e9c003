"""The conversation transcript: message bubbles in a read-only rich-text view.

Each message is a frame (a "bubble") holding a bold header line ("You" or the
model's name) and the body. While an answer streams, text is appended at the
end of the document through a :class:`QTextCursor`; when it finishes, only
that message's body is replaced by its Markdown rendering (code blocks get a
monospace font on a tinted background). Notices ("Stopped", "Interrupted",
dropped context, errors) are small italic lines inside the bubble.

Safety verdicts are shown where they happened: a blocked prompt or answer
becomes a notice block in the assistant bubble (bold title, body, help lines
as a list for self-harm, and a small italic line saying which detector and
profile layer decided); a message sent after a warning and an answer the
screen warned about get one small notice line. Stored messages carry their
verdict, so :meth:`ChatView.show_messages` renders the same thing later.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import (
    QBrush, QFont, QFontDatabase, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat,
    QTextFrame, QTextFrameFormat, QTextLength, QTextListFormat,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.chat.store import Message, MessageStatus
from app.safety.explain import SELF_HARM, Explanation, explain
from app.safety.taxonomy import category
from app.safety.verdict import Verdict
from app.ui.style import Colors

BUBBLE_PADDING = 12
BUNDLED_NAME_PREFIX = "smollm2 135m"


class _Answer:
    """Where the streaming answer lives in the document."""

    def __init__(self, frame: QTextFrame, body_start: int) -> None:
        self.frame = frame
        self.body_start = body_start


class ChatView(QTextBrowser):
    """Shows one conversation; appends streamed text without re-setting the document."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatView")
        self.setOpenLinks(False)
        self.setReadOnly(True)
        self.setAccessibleName(self.tr("Conversation"))
        self.setAccessibleDescription(self.tr("Your messages and the answers, the newest at the end. Answers are "
                                              "read out a few sentences at a time as they are written."))
        self.document().setDocumentMargin(18)
        self._answer: _Answer | None = None
        self._last_user: QTextFrame | None = None
        self._last_user_notices: set[str] = set()
        # The window tells the view how profiles are named (verdicts store only the id).
        self.profile_name: Callable[[str], str | None] = lambda profile_id: None

    # whole conversations (never while streaming) -----------------------------

    def show_messages(self, messages: list[Message]) -> None:
        """Render a stored conversation from scratch (safety notices included)."""
        self._answer = None
        self._last_user = None
        self.clear()
        for message in messages:
            verdict = message.verdict
            if message.role == "user":
                self.append_user(message.content)
                if verdict is not None and verdict.warned:
                    self.add_user_notice(self.sent_after_warning_text(verdict))
            elif message.status == MessageStatus.BLOCKED and verdict is not None:
                if verdict.direction == "answer":
                    self.begin_answer(message.model or "")
                self.show_block(verdict)
            else:
                self.begin_answer(message.model or "")
                self.finish_answer(message.content, message.status, verdict)
        self._scroll_to_end()

    # one message at a time ----------------------------------------------------

    def append_user(self, text: str) -> None:
        frame = self._insert_bubble(user=True, header=self.tr("You"))
        cursor = frame.lastCursorPosition()
        cursor.insertText(text, self._body_format())
        self._last_user = frame
        self._last_user_notices = set()
        self._scroll_to_end()

    def add_user_notice(self, text: str) -> None:
        """A small notice line at the end of the last user bubble (e.g. "sent after a warning")."""
        if self._last_user is None:
            self.add_notice(text)
            return
        if text in self._last_user_notices:  # e.g. a warned message answered again
            return
        self._last_user_notices.add(text)
        cursor = self._last_user.lastCursorPosition()
        at, before = cursor.position(), self.document().characterCount()
        cursor.insertBlock(QTextBlockFormat(), self._notice_format())
        cursor.insertText(text, self._notice_format())
        if self._answer is not None and self._answer.body_start > at:  # keep the streaming answer's place
            self._answer.body_start += self.document().characterCount() - before

    def begin_answer(self, model_name: str) -> None:
        """Open a bubble for an answer that is about to stream."""
        self._open_answer(self.display_model_name(model_name))

    def _clear_answer_body(self) -> QTextCursor:
        """Remove the open answer's body and return a cursor there, inside an open edit block."""
        assert self._answer is not None
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.setPosition(self._answer.body_start)
        cursor.setPosition(self._answer.frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        cursor.setBlockFormat(QTextBlockFormat())
        return cursor

    def show_block(self, verdict: Verdict) -> None:
        """Show a blocked prompt or answer: the streamed text (if any) is withdrawn and replaced by the notice.

        With an answer streaming, its body is removed (from the body start to
        the end of the bubble) and the notice takes its place; otherwise a new
        bubble holds the notice.
        """
        if self._answer is None:
            self._open_answer(self.tr("Hearth"))
        assert self._answer is not None
        cursor = self._clear_answer_body()
        self._insert_safety_notice(cursor, verdict, self.explain(verdict))
        cursor.endEditBlock()
        self._answer = None
        self._scroll_to_end()

    def explain(self, verdict: Verdict) -> Explanation:
        """The verdict in plain, translated words for this view's locale and profile names."""
        return explain(verdict, QCoreApplication.translate, QLocale().name(),
                       self.profile_name(verdict.profile_id))

    def sent_after_warning_text(self, verdict: Verdict) -> str:
        return self.tr("Sent after a warning: this message may involve %1.").replace(
            "%1", self._category_words(verdict))

    def warned_answer_text(self, verdict: Verdict) -> str:
        return self.tr("Hearth flagged this answer: it may include %1.").replace(
            "%1", self._category_words(verdict))

    def add_answer_notice(self, text: str) -> None:
        """A notice above the streaming answer's body (e.g. dropped context)."""
        if self._answer is None:
            self.add_notice(text)
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._answer.body_start)
        cursor.insertText(text, self._notice_format())
        cursor.insertBlock(QTextBlockFormat(), self._body_format())
        self._answer.body_start = cursor.position()

    def append_text(self, text: str) -> None:
        """Append streamed text at the end of the answer (the end of the document)."""
        if self._answer is None:
            self.begin_answer(self.tr("Assistant"))
        assert self._answer is not None
        follow = self._at_bottom()
        cursor = self._answer.frame.lastCursorPosition()
        cursor.insertText(text, self._body_format())
        if follow:
            self._scroll_to_end()

    def finish_answer(self, text: str, status: str, verdict: Verdict | None = None) -> None:
        """Replace the answer's body with its Markdown rendering and add its status (and warning) notice."""
        if self._answer is None:
            self.begin_answer(self.tr("Assistant"))
        assert self._answer is not None
        follow = self._at_bottom()
        frame = self._answer.frame
        cursor = self._clear_answer_body()
        cursor.setCharFormat(self._body_format())
        if text.strip():
            cursor.insertMarkdown(text.strip())
            self._keep_first_block_format(text.strip(), self._answer.body_start)
        self._style_code_blocks(self._answer.body_start, frame.lastPosition())
        notices = [self._status_notice(status, bool(text.strip()))]
        if verdict is not None and verdict.warned:
            notices.append(self.warned_answer_text(verdict))
        end = frame.lastCursorPosition()
        first = not text.strip()
        for notice in filter(None, notices):
            if not first:
                end.insertBlock(QTextBlockFormat(), self._notice_format())
            end.insertText(notice, self._notice_format())
            first = False
        cursor.endEditBlock()
        self._answer = None
        if follow:
            self._scroll_to_end()

    def add_notice(self, text: str, error: bool = False) -> None:
        """A notice line of its own after the last message."""
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        block = QTextBlockFormat()
        block.setLeftMargin(BUBBLE_PADDING)
        cursor.insertBlock(block, self._notice_format(error))
        cursor.insertText(text)
        self._scroll_to_end()

    def display_model_name(self, name: str) -> str:
        """A readable header for an answer (GGUF metadata names are often file-like)."""
        if name.lower().startswith(BUNDLED_NAME_PREFIX):
            return self.tr("SmolLM2 135M Instruct")
        return name or self.tr("Assistant")

    # helpers -------------------------------------------------------------------

    def _open_answer(self, header: str) -> None:
        frame = self._insert_bubble(user=False, header=header)
        self._answer = _Answer(frame, frame.lastPosition())
        self._scroll_to_end()

    def _insert_safety_notice(self, cursor: QTextCursor, verdict: Verdict, explanation: Explanation) -> None:
        """Title, body, help lines (a list) and the reason, from ``cursor`` (at an empty block) on."""
        supportive = verdict.category == SELF_HARM
        title = QTextCharFormat()
        title.setFontWeight(QFont.Weight.Bold)
        title.setForeground(QBrush(Colors.accent if supportive or verdict.warned else Colors.error))
        cursor.insertText(explanation.title, title)
        cursor.insertBlock(self._spaced_block(), self._body_format())
        cursor.insertText(explanation.body, self._body_format())
        if explanation.help_lines:
            help_format = self._body_format()
            help_format.setFontWeight(QFont.Weight.DemiBold)
            items = QTextListFormat()
            items.setStyle(QTextListFormat.Style.ListDisc)
            items.setIndent(1)
            help_list = None
            for line in explanation.help_lines:
                cursor.insertBlock(self._spaced_block(), help_format)
                if help_list is None:
                    help_list = cursor.createList(items)
                else:
                    help_list.add(cursor.block())
                cursor.insertText(line, help_format)
        reason = self._notice_format()
        reason.setForeground(QBrush(Colors.muted))
        reason.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
        cursor.insertBlock(self._spaced_block(), reason)
        cursor.insertText(explanation.reason, reason)

    @staticmethod
    def _spaced_block() -> QTextBlockFormat:
        block = QTextBlockFormat()
        block.setTopMargin(4)
        return block

    @staticmethod
    def _category_words(verdict: Verdict) -> str:
        """'self-harm or disordered eating (Suicide and self-harm)', translated; a dash without a category."""
        if not verdict.category:
            return "—"
        try:
            cat = category(verdict.category)
        except KeyError:
            return verdict.category
        what = cat.child_explanation if verdict.audience == "child" else cat.explanation
        return f"{QCoreApplication.translate('Taxonomy', what)} " \
               f"({QCoreApplication.translate('Taxonomy', cat.name)})"

    def _status_notice(self, status: str, has_text: bool) -> str:
        if status == MessageStatus.CANCELLED:
            return self.tr("Stopped")
        if status == MessageStatus.INTERRUPTED:
            return self.tr("Interrupted")
        if status == MessageStatus.ERROR:
            return self.tr("This answer failed.")
        if status == MessageStatus.STREAMING:
            return self.tr("Still being written…")
        if status == MessageStatus.BLOCKED:
            return self.tr("The safety screen stopped this message.")
        return "" if has_text else self.tr("(empty answer)")

    def _insert_bubble(self, user: bool, header: str) -> QTextFrame:
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        fmt = QTextFrameFormat()
        fmt.setBackground(QBrush(Colors.user_bubble if user else Colors.assistant_bubble))
        fmt.setBorder(1)
        fmt.setBorderBrush(QBrush(Colors.user_border if user else Colors.assistant_border))
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setPadding(BUBBLE_PADDING)
        fmt.setTopMargin(4)
        fmt.setBottomMargin(10)
        if user:
            fmt.setLeftMargin(90)
        else:
            fmt.setRightMargin(40)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        frame = cursor.insertFrame(fmt)
        head = frame.firstCursorPosition()
        header_format = QTextCharFormat()
        header_format.setFontWeight(QFont.Weight.Bold)
        header_format.setForeground(QBrush(Colors.accent if not user else Colors.text))
        head_block = QTextBlockFormat()
        head_block.setBottomMargin(4)
        head.setBlockFormat(head_block)
        head.insertText(header, header_format)
        head.insertBlock(QTextBlockFormat(), self._body_format())
        return frame

    def _keep_first_block_format(self, markdown: str, start: int) -> None:
        """Give the first inserted block its own Markdown block format.

        ``insertMarkdown`` merges the first block into the (empty) block at the
        cursor, which keeps the cursor block's format: an answer that opens
        with a code fence would lose the fence on its first line.
        """
        parsed = QTextDocument()
        parsed.setMarkdown(markdown)
        fmt = parsed.firstBlock().blockFormat()
        if self._is_code(fmt):
            QTextCursor(self.document().findBlock(start)).setBlockFormat(fmt)

    @staticmethod
    def _is_code(fmt: QTextBlockFormat) -> bool:
        return (fmt.hasProperty(QTextFormat.Property.BlockCodeFence)
                or fmt.hasProperty(QTextFormat.Property.BlockCodeLanguage) or fmt.nonBreakableLines())

    def _style_code_blocks(self, start: int, end: int) -> None:
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        block = self.document().findBlock(start)
        while block.isValid() and block.position() <= end:
            fmt = block.blockFormat()
            if self._is_code(fmt):
                fmt.setBackground(QBrush(Colors.code_background))
                fmt.setLeftMargin(6)
                fmt.setRightMargin(6)
                cursor = QTextCursor(block)
                cursor.setBlockFormat(fmt)
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                char = QTextCharFormat()
                char.setFontFamilies([mono.family()])
                char.setFontFixedPitch(True)
                cursor.mergeCharFormat(char)
            block = block.next()

    @staticmethod
    def _body_format() -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setForeground(QBrush(Colors.text))
        return fmt

    @staticmethod
    def _notice_format(error: bool = False) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFontItalic(True)
        fmt.setForeground(QBrush(Colors.error if error else Colors.notice))
        return fmt

    def _at_bottom(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - 4

    def _scroll_to_end(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())
