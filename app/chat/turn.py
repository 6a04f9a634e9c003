"""One chat turn, end to end, in one fixed order.

user text → store the user message → load the model → assemble the prompt
(system prompt + history, fitted to the context by the engine) → stream the
answer, writing each batch to the store as it arrives → finish the message
(complete, cancelled or interrupted).

Later governance layers (input screening, answer screening, provenance,
audit) slot into :meth:`TurnRunner.run` at the points its comments name, so
the GUI, the CLI and any API all obey the same order. The UI only watches a
turn through a :class:`TurnObserver`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from app.audit.log import AuditLog
from app.chat.store import DEFAULT_TITLE, ChatStore, Message, MessageStatus
from app.core.errors import EngineCrashedError, HearthError
from app.engine.base import Engine
from app.engine.protocol import Finished, Generate, ModelInfo, Started, TokenBatch
from app.models.files import file_sha256

TITLE_WORDS = 7


@dataclass(frozen=True)
class TurnStart:
    conversation_id: int
    user_message_id: int
    assistant_message_id: int
    model_name: str


@dataclass(frozen=True)
class TurnResult:
    conversation_id: int
    assistant_message_id: int
    status: str
    text: str
    prompt_tokens: int
    completion_tokens: int
    n_ctx: int
    dropped_messages: int
    seconds_to_first_token: float
    tokens_per_second: float


class TurnObserver(Protocol):
    """Receives a turn's progress; called on the thread that runs the turn."""

    def turn_started(self, start: TurnStart) -> None: ...

    def context_fitted(self, started: Started) -> None: ...

    def text_received(self, text: str) -> None: ...


class NullObserver:
    """An observer that ignores everything (for callers that only want the result)."""

    def turn_started(self, start: TurnStart) -> None:
        del start

    def context_fitted(self, started: Started) -> None:
        del started

    def text_received(self, text: str) -> None:
        del text


class TurnRunner:
    """Runs turns against one store and one engine; one turn at a time."""

    def __init__(self, store: ChatStore, engine: Engine, model_path: Callable[[], Path],
                 audit: AuditLog | None = None) -> None:
        self.store = store
        self.engine = engine
        self.model_path = model_path
        self.audit = audit
        self._audited_model: ModelInfo | None = None
        self._request_ids = iter(range(1, 2**62))
        self._busy = threading.RLock()

    def cancel(self) -> None:
        """Stop the running turn's generation (any thread)."""
        self.engine.cancel()

    def send(self, conversation_id: int, text: str, observer: TurnObserver | None = None) -> TurnResult:
        """Store ``text`` as a new user message and answer it."""
        text = text.strip()
        if not text:
            raise HearthError("There is nothing to send.", "Type a message first.")
        with self._busy:
            user_id = self.store.add_message(conversation_id, "user", text)
            self._maybe_title(conversation_id, text)
            return self._answer(conversation_id, user_id, observer or NullObserver())

    def regenerate(self, conversation_id: int, observer: TurnObserver | None = None) -> TurnResult:
        """Replace the last answer with a new one."""
        with self._busy:
            messages = self.store.messages(conversation_id)
            last_user = _last(messages, "user")
            if last_user is None:
                raise HearthError("There is no message to answer again.")
            later = [m for m in messages if m.id > last_user.id]
            if later:
                self.store.delete_messages_from(later[0].id)
            return self._answer(conversation_id, last_user.id, observer or NullObserver())

    def edit_last(self, conversation_id: int, text: str, observer: TurnObserver | None = None) -> TurnResult:
        """Replace the last user message (and its answer) with ``text`` and answer it."""
        with self._busy:
            last_user = _last(self.store.messages(conversation_id), "user")
            if last_user is None:
                raise HearthError("There is no message to edit.")
            self.store.delete_messages_from(last_user.id)
            return self.send(conversation_id, text, observer)

    # ------------------------------------------------------------------------

    def _answer(self, conversation_id: int, user_id: int, observer: TurnObserver) -> TurnResult:
        conversation = self.store.conversation(conversation_id)
        settings = conversation.settings.validated()
        info = self._load_model(settings.n_ctx)
        # Input screening joins here (before anything reaches the model).
        prompt = [{"role": "system", "content": settings.system_prompt}] if settings.system_prompt else []
        prompt += [{"role": m.role, "content": m.content} for m in self.store.messages(conversation_id)
                   if m.content and m.status != MessageStatus.ERROR]
        request = Generate(next(self._request_ids), prompt, settings.max_tokens, settings.temperature,
                           settings.top_p, settings.seed)
        assistant_id = self.store.add_message(conversation_id, "assistant", "", MessageStatus.STREAMING, info.name)
        observer.turn_started(TurnStart(conversation_id, user_id, assistant_id, info.name))
        parts: list[str] = []
        started = Started(request.request_id, 0, 0, settings.n_ctx)
        try:
            # closing(): if saving fails mid-answer, the engine is told to stop at once.
            with closing(self.engine.generate(request)) as events:
                for event in events:
                    if isinstance(event, Started):
                        started = event
                        observer.context_fitted(event)
                    elif isinstance(event, TokenBatch):
                        # Answer screening joins here (before text is stored or shown).
                        self.store.append_text(assistant_id, event.text)
                        parts.append(event.text)
                        observer.text_received(event.text)
                    elif isinstance(event, Finished):
                        return self._finish(conversation_id, assistant_id, event, started, "".join(parts))
        except EngineCrashedError as exc:
            self.store.finish_message(assistant_id, MessageStatus.INTERRUPTED)
            self._audit("engine_crashed", {"message": exc.message, "conversation": conversation_id})
            raise
        except HearthError:
            if parts:
                self.store.finish_message(assistant_id, MessageStatus.INTERRUPTED)
            else:
                self.store.delete_messages_from(assistant_id)
            raise
        raise EngineCrashedError("The engine ended the answer without finishing it.")

    def _finish(self, conversation_id: int, assistant_id: int, event: Finished, started: Started,
                text: str) -> TurnResult:
        status = MessageStatus.CANCELLED if event.reason == "cancelled" else MessageStatus.COMPLETE
        # Provenance signing joins here.
        self.store.finish_message(assistant_id, status, event.completion_tokens, event.tokens_per_second)
        self._audit("turn_completed", {
            "conversation": conversation_id, "message": assistant_id, "status": status,
            "prompt_tokens": started.prompt_tokens, "completion_tokens": event.completion_tokens,
            "dropped_messages": started.dropped_messages, "model_sha256": self._model_sha256(),
        }, text=text)
        return TurnResult(conversation_id, assistant_id, status, text, started.prompt_tokens,
                          event.completion_tokens, started.n_ctx, started.dropped_messages,
                          event.seconds_to_first_token, event.tokens_per_second)

    def _load_model(self, n_ctx: int) -> ModelInfo:
        info = self.engine.ensure_loaded(self.model_path(), n_ctx)
        if info != self._audited_model:
            self._audited_model = info
            self._audit("model_loaded", {"name": info.name, "file": Path(info.path).name,
                                         "sha256": self._model_sha256(), "size_bytes": info.size_bytes,
                                         "n_ctx": info.n_ctx, "load_seconds": round(info.load_seconds, 3)})
        return info

    def _model_sha256(self) -> str | None:
        return file_sha256(Path(self._audited_model.path)) if self._audited_model else None

    def _audit(self, kind: str, fields: dict[str, object], text: str | None = None) -> None:
        """Record an event; by default only an HMAC of ``text`` is kept, never the text."""
        if self.audit is not None:
            self.audit.append(kind, fields, text=text)

    def _maybe_title(self, conversation_id: int, text: str) -> None:
        if self.store.conversation(conversation_id).title == DEFAULT_TITLE:
            words = text.split()
            title = " ".join(words[:TITLE_WORDS]) + ("…" if len(words) > TITLE_WORDS else "")
            self.store.rename_conversation(conversation_id, title)


def _last(messages: list[Message], role: str) -> Message | None:
    return next((m for m in reversed(messages) if m.role == role), None)
