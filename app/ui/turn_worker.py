"""Runs chat turns off the UI thread and streams their progress back as Qt signals.

:class:`TurnWorker` lives in a :class:`QThread` and is the turn's
:class:`~app.chat.turn.TurnObserver`: it gathers streamed text and emits it in
batches at most every ~40 ms, so the UI thread repaints a few dozen times a
second however fast the model is. :class:`TurnController` owns the thread and
the worker and is what the window talks to.

Two safety moments reach the window too: a prompt the profile flags "warn"
(the worker emits :attr:`TurnWorker.warningRaised` and waits until the window
answers through :meth:`TurnController.answer_warning`; stopping or shutting
down answers "do not send"), and a prompt or answer the screen blocked
(:attr:`TurnWorker.screenBlocked`; text of a blocked answer still waiting in
the batch buffer is dropped, never shown).
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.chat.turn import TurnResult, TurnRunner, TurnStart
from app.core.errors import HearthError
from app.engine.protocol import Started
from app.safety.verdict import Verdict
from app.ui.error_text import error_title, user_text

log = logging.getLogger(__name__)

FLUSH_SECONDS = 0.035


@dataclass(frozen=True)
class TurnRequest:
    """What the worker should do: ``send``, ``regenerate`` or ``edit``."""

    kind: str
    conversation_id: int
    text: str = ""


class TurnWorker(QObject):
    """Runs one turn at a time on its own thread (a TurnObserver)."""

    started = Signal(object)  # TurnStart
    contextFitted = Signal(int, int, int)  # prompt tokens, n_ctx, dropped messages
    textBatch = Signal(str)
    finished = Signal(object)  # TurnResult
    failed = Signal(str, str)  # title, text
    warningRaised = Signal(object)  # Verdict: the prompt needs the user's go-ahead (the worker waits)
    screenBlocked = Signal(object)  # Verdict: the prompt or the answer was blocked

    def __init__(self, runner: TurnRunner) -> None:
        super().__init__()
        self._runner = runner
        self._buffer: list[str] = []
        self._last_emit = 0.0
        self._answered = threading.Event()  # set when the window answered a warning (or it was released)
        self._released = threading.Event()  # set by stop/shutdown: warnings of this turn are declined
        self._proceed = False

    @Slot(object)
    def run(self, request: TurnRequest) -> None:
        """Run ``request`` to the end, emitting finished or failed exactly once."""
        self._buffer.clear()
        self._last_emit = time.monotonic()
        try:
            result = self._dispatch(request)
        except HearthError as exc:
            self._flush()
            self.failed.emit(error_title(exc), user_text(exc))
            return
        except Exception:  # a bug must not leave the window waiting forever
            log.exception("turn failed unexpectedly")
            self._flush()
            self.failed.emit(self.tr("Something went wrong"),
                             self.tr("The answer could not be completed; details are in the log."))
            return
        self._flush()
        self.finished.emit(result)

    def _dispatch(self, request: TurnRequest) -> TurnResult:
        if request.kind == "regenerate":
            return self._runner.regenerate(request.conversation_id, self)
        if request.kind == "edit":
            return self._runner.edit_last(request.conversation_id, request.text, self)
        return self._runner.send(request.conversation_id, request.text, self)

    # TurnObserver (called on this worker's thread) --------------------------

    def turn_started(self, start: TurnStart) -> None:
        self.started.emit(start)

    def context_fitted(self, started: Started) -> None:
        self.contextFitted.emit(started.prompt_tokens, started.n_ctx, started.dropped_messages)

    def text_received(self, text: str) -> None:
        self._buffer.append(text)
        if time.monotonic() - self._last_emit >= FLUSH_SECONDS:
            self._flush()

    def confirm_warning(self, verdict: Verdict) -> bool:
        """Ask the window (on the UI thread) and wait for its answer; False when the turn is stopped."""
        self._flush()
        self._answered.clear()
        self._proceed = False
        if self._released.is_set():
            return False
        self.warningRaised.emit(verdict)
        self._answered.wait()
        return self._proceed and not self._released.is_set()

    def screened(self, verdict: Verdict) -> None:
        self._buffer.clear()  # held-back text of a blocked answer is never shown
        self._last_emit = time.monotonic()
        self.screenBlocked.emit(verdict)

    # called from the UI thread ------------------------------------------------

    def arm(self) -> None:
        """Get ready for a new turn (before its request is queued)."""
        self._released.clear()
        self._answered.clear()

    def answer_warning(self, proceed: bool) -> None:
        """The window's answer to :attr:`warningRaised` (True: send anyway)."""
        self._proceed = proceed
        self._answered.set()

    def release(self) -> None:
        """Decline a pending (or coming) warning of this turn, so the worker never waits forever."""
        self._released.set()
        self._answered.set()

    def _flush(self) -> None:
        if self._buffer:
            text = "".join(self._buffer)
            self._buffer.clear()
            self.textBatch.emit(text)
        self._last_emit = time.monotonic()


class TurnController(QObject):
    """Starts turns on the worker thread, stops them, and relays the worker's signals.

    ``finished`` and ``failed`` are emitted before ``busyChanged(False)``, so a
    view that reacts to them still sees the turn as running. While
    ``warningRaised`` is unanswered the turn waits; answer it with
    :meth:`answer_warning` (:meth:`stop` and :meth:`shutdown` answer "no").
    """

    busyChanged = Signal(bool)
    started = Signal(object)
    contextFitted = Signal(int, int, int)
    textBatch = Signal(str)
    finished = Signal(object)
    failed = Signal(str, str)
    warningRaised = Signal(object)  # Verdict
    screened = Signal(object)  # Verdict of a blocked prompt or answer
    _requested = Signal(object)

    def __init__(self, runner: TurnRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._busy = False
        self._thread = QThread(self)
        self._thread.setObjectName("hearth-turns")
        self.worker = TurnWorker(runner)
        self.worker.moveToThread(self._thread)
        self._thread.finished.connect(self.worker.deleteLater)
        self._requested.connect(self.worker.run)
        self.worker.started.connect(self.started)
        self.worker.contextFitted.connect(self.contextFitted)
        self.worker.textBatch.connect(self.textBatch)
        self.worker.warningRaised.connect(self.warningRaised)
        self.worker.screenBlocked.connect(self.screened)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self._thread.start()

    @property
    def busy(self) -> bool:
        return self._busy

    def start(self, request: TurnRequest) -> bool:
        """Queue ``request`` on the worker; False if a turn is already running."""
        if self._busy or not self._thread.isRunning():
            return False
        self._set_busy(True)
        self.worker.arm()
        self._requested.emit(request)
        return True

    def answer_warning(self, proceed: bool) -> None:
        """Answer the pending ``warningRaised``: True sends the message anyway, False withdraws it."""
        if self._busy:
            self.worker.answer_warning(proceed)

    def stop(self) -> None:
        """Ask the running answer to stop (returns at once; finished follows)."""
        if self._busy:
            self.worker.release()
            self._runner.cancel()

    def shutdown(self) -> None:
        """Stop any answer and end the worker thread (call before closing the services)."""
        if not self._thread.isRunning():
            return
        self._thread.quit()
        self.worker.release()
        self._runner.cancel()
        while not self._thread.wait(100):  # a turn may still be loading the model: keep asking
            self.worker.release()
            self._runner.cancel()

    @Slot(object)
    def _on_finished(self, result: TurnResult) -> None:
        self.finished.emit(result)
        self._set_busy(False)

    @Slot(str, str)
    def _on_failed(self, title: str, text: str) -> None:
        self.failed.emit(title, text)
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)
