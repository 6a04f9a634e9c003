"""The parent side of the engine: starts, feeds, watches and restarts the child process.

If the child dies (a native crash, the OOM killer, a user's ``kill``), the
current call raises :class:`EngineCrashedError` and the next call starts a
fresh child. Cancellation sets a shared event the child checks between
tokens; if the child has not confirmed within :attr:`cancel_grace` the call
returns anyway and the late confirmation is drained before the next request.
A child silent for :attr:`hang_timeout` is killed.

:meth:`EngineProcess.guard_check` runs a guard model in the same child. The
child does one thing at a time, so a guard check must not be sent while a
generate stream is in flight (its replies would queue behind the answer and
mix with its tokens): it raises :class:`GuardUnavailableError` at once
instead. To screen an answer with a guard *while it streams*, give the guard
its own ``EngineProcess``. The same holds for :meth:`EngineProcess.tokenize`
(tokenising a text to look for the answer watermark).
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from app.core import errors
from app.core.i18n import QT_TRANSLATE_NOOP
from app.engine import remote, worker
from app.engine.base import LoadGate
from app.engine.guard_prompt import GUARD_N_CTX
from app.engine.protocol import (
    Embed, Embedded, Event, Failed, Finished, Generate, GuardCheck, GuardResult, Load, Loaded, ModelInfo,
    RemoteTarget, Shutdown, Started, TokenBatch, Tokenize, Tokenized, Unload,
)
from app.models.files import check_gguf_file, check_memory_fit

log = logging.getLogger(__name__)
POLL_SECONDS = 0.01


class EngineProcess:
    """An :class:`~app.engine.base.Engine` backed by llama.cpp in a child process."""

    def __init__(self, n_threads: int | None = None, load_timeout: float = 300.0,
                 hang_timeout: float = 120.0, cancel_grace: float = 0.15) -> None:
        self.n_threads = n_threads
        self.load_timeout = load_timeout
        self.hang_timeout = hang_timeout
        self.cancel_grace = cancel_grace
        self._ctx = mp.get_context("spawn")
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self._cancel = self._ctx.Event()
        self._cancel_requested = threading.Event()
        self._info: ModelInfo | None = None
        self._next_request = 1
        self._unconfirmed_cancel: int | None = None
        self._guard_path: str | None = None  # the guard the child holds, as far as this side knows
        self._streaming: int | None = None  # the generate request whose stream is open
        self._lock = threading.Lock()
        self.load_gate: LoadGate | None = None  # see Engine; without one, the cheap memory check below
        self._remote: RemoteTarget | None = None
        self.remote_gate: Callable[[str, str], None] | None = None  # (server, model id): may refuse (allowlist)

    # lifecycle -------------------------------------------------------------

    @property
    def model_info(self) -> ModelInfo | None:
        return self._info

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None and self._process.is_alive() else None

    def is_running(self) -> bool:
        return self._process is not None and self._process.is_alive()

    def _start(self) -> None:
        parent, child = self._ctx.Pipe(duplex=True)
        process = self._ctx.Process(target=worker.main, args=(child, self._cancel),
                                    name="hearth-engine", daemon=True)
        process.start()
        child.close()
        self._process, self._conn = process, parent
        self._info = None
        self._guard_path = None
        self._unconfirmed_cancel = None
        log.info("engine process started (pid %s)", process.pid)

    def _ensure_running(self) -> None:
        """Start a fresh child if there is none (or it died); call with the lock held."""
        if not self.is_running():
            self._discard(kill=True)
            self._start()

    def _discard(self, kill: bool) -> int | None:
        """Forget the child; kill it first if asked. Returns its exit code if known."""
        process, conn = self._process, self._conn
        self._process = self._conn = None
        self._info = None
        self._guard_path = None
        if conn is not None:
            conn.close()
        if process is None:
            return None
        if kill and process.is_alive():
            process.kill()
        process.join(timeout=5)
        return process.exitcode

    def shutdown(self) -> None:
        """Ask the child to exit; kill it if it does not within a few seconds."""
        with self._lock:
            if self._conn is not None and self.is_running():
                try:
                    self._conn.send(Shutdown())
                except OSError:
                    log.warning("engine pipe already closed at shutdown")
                assert self._process is not None
                self._process.join(timeout=3)
            self._discard(kill=True)

    def kill(self) -> None:
        """Kill the child at once (a hung engine, or tests)."""
        if self._process is not None and self._process.is_alive():
            self._process.kill()

    # requests ----------------------------------------------------------------

    @property
    def remote(self) -> RemoteTarget | None:
        """The inference server answers come from, or None for the local model (see app.engine.remote)."""
        return self._remote

    def use_remote(self, target: RemoteTarget | None) -> None:
        """Take answers from ``target`` from the next turn on (None: the local model again).

        The child stays: it screens prompts and answers either way. A local model it holds is unloaded.
        """
        with self._lock:
            if target == self._remote:
                return
            self._remote = target
            if self._info is not None and self._conn is not None and self.is_running():
                self._conn.send(Unload())
            self._info = None

    def ensure_loaded(self, model_path: Path, n_ctx: int) -> ModelInfo:
        """Start the child if needed and load the model unless it is already loaded.

        With an inference server in use, ``model_path`` is not opened: the server is asked for its model.
        """
        if self._remote is not None:
            return self._ensure_remote(self._remote, n_ctx)
        with self._lock:
            if self._info is not None and self.is_running() and self._info.path == str(model_path) \
                    and self._info.n_ctx == n_ctx:
                return self._info
            check_gguf_file(model_path)
            (self.load_gate or check_memory_fit)(model_path, n_ctx)
            self._drain_cancelled()
            self._ensure_running()
            assert self._conn is not None
            self._conn.send(Load(str(model_path), n_ctx, self.n_threads))
            try:
                event = self._receive(self.load_timeout)
            except errors.EngineCrashedError as exc:
                raise errors.ModelFileError(
                    f"The engine crashed while opening {model_path.name}.",
                    "The file is probably damaged or made for a newer llama.cpp; choose another model. "
                    "Your conversations are safe.",
                ) from exc
            if isinstance(event, Failed):
                raise _error_from(event)
            if not isinstance(event, Loaded):
                raise errors.ModelLoadError(f"Unexpected reply from the engine: {event!r}")
            self._info = event.info
            return event.info

    def _ensure_remote(self, target: RemoteTarget, n_ctx: int) -> ModelInfo:
        """Ask the server for its model (once per server, model and context) and start the screening child."""
        info = self._info
        if info is not None and info.server == target.url and self.is_running() \
                and (not target.model or info.name == target.model) \
                and info.n_ctx == (min(n_ctx, info.n_ctx_train) if info.n_ctx_train else n_ctx):
            return info
        described = remote.describe(target, n_ctx)  # off the lock: a slow server never blocks a cancel
        if self.remote_gate is not None:
            self.remote_gate(target.url, described.name)
        with self._lock:
            if self._remote != target:
                raise errors.ModelLoadError("The inference server was changed while connecting.", "Send again.")
            self._drain_cancelled()
            self._ensure_running()
            self._info = described
            return described

    def generate(self, request: Generate) -> Iterator[Event]:
        """Send a request and yield its events (see :class:`~app.engine.base.Engine`)."""
        with self._lock:
            self._drain_cancelled()
            if self._conn is None or not self.is_running() or self._info is None:
                raise errors.EngineCrashedError("The engine is not running.", "Send again to restart it.")
            if self._info.server is not None:
                if self._remote is None or self._remote.url != self._info.server:
                    raise errors.ModelLoadError("The inference server was changed.", "Send again.")
                request = replace(request, remote=replace(self._remote, model=self._info.name,
                                                          n_ctx=self._info.n_ctx))
            self._cancel.clear()
            self._cancel_requested.clear()
            self._conn.send(request)
            self._streaming = request.request_id
        # The lock is not held while streaming: a caller may abandon the iterator at any time.
        try:
            yield from self._events(request.request_id)
        finally:
            if self._streaming == request.request_id:
                self._streaming = None

    def guard_check(self, request: GuardCheck) -> GuardResult:
        """Score a conversation with a guard model in the child (started if needed; the guard loads on first use).

        Holds the engine lock for the whole check, so it never overlaps a
        load, another check or the start of a generation. Raises
        :class:`GuardUnavailableError` when called while a generate stream
        is in flight (see the module docstring), when the guard cannot be
        loaded or the check fails, or when the child dies while opening the
        guard; :class:`EngineCrashedError` when it dies or hangs later.
        """
        path = Path(request.guard_path)
        with self._lock:
            if self._streaming is not None:
                raise errors.GuardUnavailableError(
                    "The guard model cannot check a text while the same engine is writing an answer.",
                    "Check the answer after it ends, or run the guard on its own engine process.")
            loading = self._guard_path != request.guard_path
            if loading:
                check_gguf_file(path)
                check_memory_fit(path, GUARD_N_CTX)
            self._drain_cancelled()
            self._ensure_running()
            assert self._conn is not None
            if request.n_threads is None and self.n_threads is not None:
                request = replace(request, n_threads=self.n_threads)
            self._conn.send(request)
            try:
                reply = self._guard_reply(request.request_id, self.load_timeout if loading else self.hang_timeout)
            except errors.EngineCrashedError as exc:
                if not loading:
                    raise
                raise errors.GuardUnavailableError(
                    f"The engine crashed while opening the guard model {path.name}.",
                    "The file is probably damaged or not a model llama.cpp can run; choose another guard model.",
                ) from exc
            if isinstance(reply, Failed):
                if loading:
                    self._guard_path = None  # the child dropped its old guard before trying this one
                raise _error_from(reply)
            self._guard_path = request.guard_path
            return reply

    def start(self) -> None:
        """Start the child now (idempotent) without loading anything, e.g. to warm up ahead of the first turn."""
        with self._lock:
            self._ensure_running()

    def embed(self, model_path: str, texts: list[str]) -> Any:
        """Sentence embeddings from the embedding model in the child (started, and the model loaded, if needed).

        Raises :class:`ScreeningUnavailableError` while an answer streams (the
        prompt screen runs before generation) and when the child cannot embed;
        the caller fails closed.
        """
        with self._lock:
            if self._streaming is not None:
                raise errors.ScreeningUnavailableError(
                    "The safety screen is busy checking the answer being written.",
                    "Try again when the answer has finished.")
            self._drain_cancelled()
            self._ensure_running()
            assert self._conn is not None
            request_id = self.new_request_id()
            self._conn.send(Embed(request_id, model_path, texts, self.n_threads))
            try:
                deadline = time.perf_counter() + self.load_timeout
                while True:
                    event = self._receive(max(0.0, deadline - time.perf_counter()))
                    if isinstance(event, (Embedded, Failed)) and event.request_id == request_id:
                        break
            except errors.EngineCrashedError as exc:
                raise errors.ScreeningUnavailableError(
                    "The safety screen could not check this text: the engine process stopped.",
                    "Nothing was sent to the model. Send again to start a fresh engine.") from exc
            if isinstance(event, Failed):
                raise _error_from(event)
            return event.vectors

    def tokenize(self, model_path: Path, text: str) -> list[int]:
        """``text``'s token ids in the vocabulary of ``model_path``, as answer text is tokenised (no BOS, no
        special tokens), e.g. to look for the answer watermark. Uses the loaded model when it is that file,
        otherwise the child opens the file's vocabulary only (no weights).

        Raises :class:`ModelLoadError` while an answer streams (the reply would queue behind it) and when the
        child cannot tokenise, :class:`ModelFileError` for a file that is not a model or crashes the child.
        """
        with self._lock:
            if self._streaming is not None:
                raise errors.ModelLoadError("The engine is busy writing an answer.",
                                            "Try again when the answer has finished.")
            own_model = self._info is not None and self._info.path == str(model_path) and self.is_running()
            if not own_model:
                check_gguf_file(model_path)
            self._drain_cancelled()
            self._ensure_running()
            assert self._conn is not None
            request_id = self.new_request_id()
            self._conn.send(Tokenize(request_id, str(model_path), text))
            try:
                reply = self._tokenize_reply(request_id)
            except errors.EngineCrashedError as exc:
                raise errors.ModelFileError(
                    f"The engine crashed while reading the vocabulary of {model_path.name}.",
                    "The file is probably damaged or made for a newer llama.cpp.") from exc
            if isinstance(reply, Failed):
                raise _error_from(reply)
            return reply.tokens

    def _tokenize_reply(self, request_id: int) -> Tokenized | Failed:
        deadline = time.perf_counter() + self.load_timeout
        while True:
            event = self._receive(max(0.0, deadline - time.perf_counter()))
            if isinstance(event, (Tokenized, Failed)) and event.request_id == request_id:
                return event

    def new_request_id(self) -> int:
        self._next_request += 1
        return self._next_request

    def cancel(self) -> None:
        """Stop the current generation (callable from any thread)."""
        self._cancel_requested.set()
        self._cancel.set()

    # internals ---------------------------------------------------------------

    def _events(self, request_id: int) -> Iterator[Event]:
        cancelled_at: float | None = None
        prompt_tokens = received_tokens = 0
        settled = False  # the child has confirmed the end of this request, or is gone
        try:
            while True:
                if self._cancel_requested.is_set() and cancelled_at is None:
                    cancelled_at = time.perf_counter()
                timeout = self.hang_timeout
                if cancelled_at is not None:
                    timeout = self.cancel_grace - (time.perf_counter() - cancelled_at)
                    if timeout <= 0:  # answer the caller now; the child's confirmation is drained later
                        yield Finished(request_id, "cancelled", prompt_tokens, received_tokens, 0.0, 0.0)
                        return
                event = self._receive(timeout, stop_on=self._cancel_requested if cancelled_at is None else None)
                if event is None or isinstance(event, GuardResult) \
                        or getattr(event, "request_id", request_id) != request_id:
                    continue
                if isinstance(event, Failed):
                    settled = True
                    raise _error_from(event)
                if isinstance(event, Started):
                    prompt_tokens = event.prompt_tokens
                elif isinstance(event, TokenBatch):
                    received_tokens += event.n_tokens
                settled = isinstance(event, Finished)
                yield event
                if settled:
                    return
        except errors.EngineCrashedError:
            settled = True
            raise
        finally:
            if not settled and self._process is not None:
                # Abandoned or timed out: stop the child and drain its leftovers before the next request.
                self._cancel.set()
                self._unconfirmed_cancel = request_id

    def _guard_reply(self, request_id: int, timeout: float) -> GuardResult | Failed:
        """Wait for the answer to one guard check, skipping anything left over from earlier requests."""
        deadline = time.perf_counter() + timeout
        while True:
            event = self._receive(max(0.0, deadline - time.perf_counter()))
            if isinstance(event, (GuardResult, Failed)) and event.request_id == request_id:
                return event

    def _receive(self, timeout: float, stop_on: threading.Event | None = None) -> Event | GuardResult | None:
        """Wait for one event. Returns None early if ``stop_on`` is set; raises on death or hang."""
        assert self._conn is not None
        deadline = time.perf_counter() + timeout
        while True:
            try:
                if self._conn.poll(POLL_SECONDS):
                    return self._conn.recv()
            except (EOFError, OSError):
                self._crashed()
            if self._process is None or not self._process.is_alive():
                self._crashed()
            if stop_on is not None and stop_on.is_set():
                return None
            if time.perf_counter() >= deadline:
                self._discard(kill=True)
                raise errors.EngineCrashedError.translatable(
                    "Errors", QT_TRANSLATE_NOOP("Errors", "The engine stopped answering for {seconds} seconds and was restarted."),
                    QT_TRANSLATE_NOOP("Errors", "Your conversation is saved; send again to continue."), seconds=f"{timeout:.0f}")

    def _crashed(self) -> None:
        code = self._discard(kill=False)
        raise errors.EngineCrashedError.translatable(
            "Errors", QT_TRANSLATE_NOOP("Errors", "The engine process stopped unexpectedly (exit code {code})."),
            QT_TRANSLATE_NOOP("Errors", "The answer so far is saved and marked interrupted; send again to start a fresh engine."),
            code=str(code))

    def _drain_cancelled(self) -> None:
        """Discard the late events of a cancelled request until its Finished arrives."""
        if self._unconfirmed_cancel is None or self._conn is None:
            return
        waiting_for = self._unconfirmed_cancel
        self._unconfirmed_cancel = None
        deadline = time.perf_counter() + 10.0
        try:
            while True:
                event = self._receive(max(0.01, deadline - time.perf_counter()))
                if isinstance(event, (Finished, Failed)) and event.request_id == waiting_for:
                    return
        except errors.EngineCrashedError as exc:
            log.warning("cancelled request %s never finished (%s); the engine will restart", waiting_for, exc)
            self._discard(kill=True)


def _error_from(event: Failed) -> errors.HearthError:
    cls = getattr(errors, event.error, None)
    if not (isinstance(cls, type) and issubclass(cls, errors.HearthError)) or cls is errors.SettingsError:
        cls = errors.ModelLoadError
    error = cls(event.message, event.advice)
    error.translation = event.translation
    return error
