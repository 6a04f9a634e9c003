"""The conversation transcript: message bubbles in a read-only rich-text view.

Each message is a frame (a "bubble") holding a bold header line ("You" or the
model's name) and the body. While an answer streams, text is appended at the
end of the document through a :class:`QTextCursor`; when it finishes, only
that message's body is replaced by its Markdown rendering (code blocks get a
monospace font on a tinted background). Notices ("Stopped", "Interrupted",
dropped context, errors) are small italic lines inside the bubble.
"""

from __future__ import annotations

from PySide6.QtGui import (
    QBrush, QFont, QFontDatabase, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextFormat,
    QTextFrame, QTextFrameFormat, QTextLength,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.chat.store import Message, MessageStatus
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
        self.document().setDocumentMargin(18)
        self._answer: _Answer | None = None

    # whole conversations (never while streaming) -----------------------------

    def show_messages(self, messages: list[Message]) -> None:
        """Render a stored conversation from scratch."""
        self._answer = None
        self.clear()
        for message in messages:
            if message.role == "user":
                self.append_user(message.content)
            else:
                self.begin_answer(message.model or "")
                self.finish_answer(message.content, message.status)
        self._scroll_to_end()

    # one message at a time ----------------------------------------------------

    def append_user(self, text: str) -> None:
        frame = self._insert_bubble(user=True, header=self.tr("You"))
        cursor = frame.lastCursorPosition()
        cursor.insertText(text, self._body_format())
        self._scroll_to_end()

    def begin_answer(self, model_name: str) -> None:
        """Open a bubble for an answer that is about to stream."""
        frame = self._insert_bubble(user=False, header=self.display_model_name(model_name))
        self._answer = _Answer(frame, frame.lastPosition())
        self._scroll_to_end()

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

    def finish_answer(self, text: str, status: str) -> None:
        """Replace the answer's body with its Markdown rendering and add its status notice."""
        if self._answer is None:
            self.begin_answer(self.tr("Assistant"))
        assert self._answer is not None
        follow = self._at_bottom()
        frame = self._answer.frame
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.setPosition(self._answer.body_start)
        cursor.setPosition(frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        cursor.setBlockFormat(QTextBlockFormat())
        cursor.setCharFormat(self._body_format())
        if text.strip():
            cursor.insertMarkdown(text.strip())
        self._style_code_blocks(self._answer.body_start, frame.lastPosition())
        notice = self._status_notice(status, bool(text.strip()))
        if notice:
            end = frame.lastCursorPosition()
            if text.strip():
                end.insertBlock(QTextBlockFormat(), self._notice_format())
            end.insertText(notice, self._notice_format())
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

    def _status_notice(self, status: str, has_text: bool) -> str:
        if status == MessageStatus.CANCELLED:
            return self.tr("Stopped")
        if status == MessageStatus.INTERRUPTED:
            return self.tr("Interrupted")
        if status == MessageStatus.ERROR:
            return self.tr("This answer failed.")
        if status == MessageStatus.STREAMING:
            return self.tr("Still being written…")
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

    def _style_code_blocks(self, start: int, end: int) -> None:
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        block = self.document().findBlock(start)
        while block.isValid() and block.position() <= end:
            fmt = block.blockFormat()
            if fmt.hasProperty(QTextFormat.Property.BlockCodeFence) or \
                    fmt.hasProperty(QTextFormat.Property.BlockCodeLanguage) or fmt.nonBreakableLines():
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
