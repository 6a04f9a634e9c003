"""Announcements for screen readers: a streamed answer is spoken a few sentences at a time, never token by token.

A screen reader that read every batch of tokens as it arrived would stutter
through half-words; one that read nothing would leave its user guessing when
the answer ends. So the window feeds the streamed text to an
:class:`AnswerAnnouncer`, which keeps it until a sentence or a line is
complete (:class:`SentenceBuffer`), strips the Markdown marks a voice would
read aloud (:func:`speakable`), and hands whole sentences, at least
:data:`MIN_ANNOUNCE_CHARS` long where the answer allows, to an
:class:`Announcer`. When the answer ends, what is left is spoken, then
"Answer finished." (or stopped, interrupted, failed). A blocked prompt or
answer is announced with its notice, assertively: the sentences already heard
were withdrawn.

:class:`Announcer` sends a :class:`QAccessibleAnnouncementEvent` (Qt 6.8 and
later; polite unless asked otherwise) from the chat view. Where that event
does not exist, the status bar shows the text instead, which screen readers
read as it changes. Every announcement is also kept in
:attr:`Announcer.announcements`, so tests can read what was said.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QStatusBar, QWidget

from app.chat.store import MessageStatus

try:  # Qt 6.8 and later
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # pragma: no cover - depends on the installed Qt
    QAccessibleAnnouncementEvent = None  # type: ignore[assignment,misc]

MIN_ANNOUNCE_CHARS = 40  # shorter sentences wait for the next one (or the end of the answer)
STATUS_MESSAGE_MS = 8000
KEPT_ANNOUNCEMENTS = 200  # a day-long session must not keep every sentence ever spoken
# The end of a sentence: . ! ? … (with closing quotes or brackets) before white space, a full-width
# terminator (Chinese, Japanese), or the end of a line.
_SENTENCE_END = re.compile(r"""(?:[.!?…]+["'”’»)\]]*\s+|[。！？]+["'”’」』)\]]*\s*|\n+)""")
_FENCE = re.compile(r"^\s*(```|~~~).*$", re.MULTILINE)
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_LINE_MARK = re.compile(r"^\s*(?:#{1,6}\s+|>\s?|[-*+]\s+)", re.MULTILINE)
_EMPHASIS = re.compile(r"\*\*|__|[*`]|~~")


def speakable(text: str) -> str:
    """``text`` without the Markdown marks a voice would read aloud (fences, headings, emphasis, link targets)."""
    text = _FENCE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _LINE_MARK.sub("", text)
    text = _EMPHASIS.sub("", text)
    return " ".join(text.split())


@dataclass(frozen=True)
class Announcement:
    """One thing said to the screen reader."""

    text: str
    assertive: bool = False


class Announcer(QObject):
    """Says short texts to screen readers (see the module docstring); keeps them in :attr:`announcements`."""

    announced = Signal(str)

    def __init__(self, source: QWidget, status_bar: QStatusBar | None = None) -> None:
        super().__init__(source)
        self._source = source
        self._status_bar = status_bar
        self.use_event = QAccessibleAnnouncementEvent is not None  # False: the status bar speaks instead
        self.announcements: deque[Announcement] = deque(maxlen=KEPT_ANNOUNCEMENTS)  # the latest, for tests

    def announce(self, text: str, assertive: bool = False) -> None:
        """Say ``text`` (white space folded); politely, unless ``assertive``."""
        text = " ".join(text.split())
        if not text:
            return
        self.announcements.append(Announcement(text, assertive))
        if self.use_event and QAccessibleAnnouncementEvent is not None:
            event = QAccessibleAnnouncementEvent(self._source, text)
            politeness = QAccessible.AnnouncementPoliteness
            event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
            QAccessible.updateAccessibility(event)
        elif self._status_bar is not None:
            self._status_bar.showMessage(text, STATUS_MESSAGE_MS)
        self.announced.emit(text)

    def texts(self) -> list[str]:
        return [announcement.text for announcement in self.announcements]


class SentenceBuffer:
    """Streamed text in, whole sentences out (at least ``min_chars`` together, where the text allows)."""

    def __init__(self, min_chars: int = MIN_ANNOUNCE_CHARS) -> None:
        self.min_chars = min_chars
        self._pending = ""  # text not yet known to end a sentence
        self._ready = ""  # whole sentences waiting to be long enough
        self._in_code = False

    def feed(self, text: str) -> str | None:
        """Add streamed ``text``; the sentences to say now, or None."""
        self._pending += text
        ends = list(_SENTENCE_END.finditer(self._pending))
        if not ends:
            return None
        cut = ends[-1].end()
        complete, self._pending = self._pending[:cut], self._pending[cut:]
        self._ready = f"{self._ready} {self._spoken(complete)}".strip()
        if len(self._ready) < self.min_chars:
            return None
        said, self._ready = self._ready, ""
        return said

    def flush(self) -> str:
        """Everything not yet said (the answer ended)."""
        said = f"{self._ready} {self._spoken(self._pending)}".strip()
        self.clear()
        return said

    def clear(self) -> None:
        self._pending = self._ready = ""
        self._in_code = False

    def _spoken(self, text: str) -> str:
        """The speakable part of complete lines; lines inside a code block are not read out."""
        kept = []
        for line in text.split("\n"):
            if _FENCE.match(line):
                self._in_code = not self._in_code
                continue
            if not self._in_code:
                kept.append(line)
        return speakable("\n".join(kept))


class AnswerAnnouncer(QObject):
    """Announces one streamed answer at a time: sentences, then how it ended (see the module docstring)."""

    def __init__(self, announcer: Announcer) -> None:
        super().__init__(announcer)
        self.announcer = announcer
        self.buffer = SentenceBuffer()

    def begin(self) -> None:
        self.buffer.clear()

    def feed(self, text: str) -> None:
        said = self.buffer.feed(text)
        if said:
            self.announcer.announce(said)

    def finish(self, status: str) -> None:
        """Say what is left of the answer, then how it ended."""
        rest = self.buffer.flush()
        if rest:
            self.announcer.announce(rest)
        self.announcer.announce(self.ending(status), assertive=status == MessageStatus.ERROR)

    def block(self, title: str, body: str) -> None:
        """The prompt or the answer was blocked: what was said of it is withdrawn, the notice is said at once."""
        self.buffer.clear()
        self.announcer.announce(f"{title} {body}", assertive=True)

    def fail(self, title: str, text: str) -> None:
        self.buffer.clear()
        self.announcer.announce(f"{title} {text}", assertive=True)

    def ending(self, status: str) -> str:
        if status == MessageStatus.CANCELLED:
            return self.tr("Answer stopped.")
        if status == MessageStatus.INTERRUPTED:
            return self.tr("The answer was interrupted.")
        if status == MessageStatus.ERROR:
            return self.tr("The answer failed.")
        return self.tr("Answer finished.")
