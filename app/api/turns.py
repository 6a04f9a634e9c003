"""From an OpenAI chat request to one governed Hearth turn, run on the API's single worker thread.

There is one engine, so turns run one at a time, in the order they arrive, on
one worker thread (:class:`TurnQueue`); the request handlers wait on an
asyncio queue that the turn's observer fills from that thread. Each request
becomes a new stored conversation: its earlier messages (screened first, as
the window screened them when they were typed) are stored, then the last user
message goes through :meth:`TurnRunner.send` like any message typed in the
window.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.chat.store import MessageStatus
from app.chat.turn import TITLE_WORDS, NullObserver, TurnResult, TurnStart, TurnStatus
from app.core.errors import HearthError
from app.core.settings import GenerationSettings
from app.safety.explain import explain
from app.safety.verdict import Verdict

if TYPE_CHECKING:
    from app.services import Services

log = logging.getLogger(__name__)
TITLE_PREFIX = "API: "
SAMPLING = {"max_tokens": "max_tokens", "max_completion_tokens": "max_tokens", "temperature": "temperature",
            "top_p": "top_p", "seed": "seed"}  # OpenAI's parameter → Hearth's generation setting
ROLES = {"system": "system", "developer": "system", "user": "user", "assistant": "assistant"}


class ApiError(Exception):
    """An error answered in OpenAI's shape: an HTTP status, one clear sentence, a type and a code."""

    def __init__(self, status: int, message: str, kind: str = "invalid_request_error", code: str | None = None,
                 param: str | None = None, hearth: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.kind, self.code, self.param = status, message, kind, code, param
        self.hearth = hearth

    def body(self) -> dict[str, Any]:
        error: dict[str, Any] = {"message": self.message, "type": self.kind, "param": self.param, "code": self.code}
        if self.hearth is not None:
            error["hearth"] = self.hearth
        return {"error": error}


@dataclass(frozen=True)
class ChatRequest:
    """What Hearth takes from a chat completion request."""

    prompt: str  # the last user message: the one this turn answers
    history: tuple[tuple[str, str], ...] = ()  # earlier (role, text), user and assistant only
    system_prompt: str | None = None  # the request's system (and developer) messages, joined
    changes: dict[str, Any] = field(default_factory=dict)  # generation settings to change
    model: str | None = None


@dataclass(frozen=True)
class Answer:
    """A finished turn and what the response needs about it."""

    result: TurnResult
    model: str  # the model file's name (the id /v1/models lists)
    max_tokens: int  # the limit the answer ran under (the profile may lower the request's)
    envelope: str | None  # the signed provenance statement (DSSE JSON)


def verdict_fields(verdict: Verdict) -> dict[str, Any]:
    """The ``hearth`` extension that says why the screen stepped in (and, for self-harm, where to find help)."""
    explanation = explain(verdict)
    fields = {"category": verdict.category, "action": verdict.action.value, "direction": verdict.direction,
              "profile": verdict.profile_id, "reason": explanation.reason}
    return fields | ({"help": list(explanation.help_lines)} if explanation.help_lines else {})


def screened_error(verdict: Verdict, profile_name: str, earlier: str | None = None) -> ApiError:
    """The 400 answer for a message the screen blocked, or warned about (the API cannot ask to confirm).

    ``earlier`` names the role of an earlier message of the request that was stopped (None: the last one).
    """
    body = explain(verdict, profile_name=profile_name).body
    fields = verdict_fields(verdict) | ({"message": f"earlier {earlier}"} if earlier else {})
    where = f"In an earlier {earlier} message: " if earlier else ""
    if verdict.warned:
        return ApiError(400, f"{where}{body} The API cannot ask for that confirmation, so it was not sent.",
                        "content_policy_violation", "content_warned", "messages", fields)
    return ApiError(400, where + body, "content_policy_violation", "content_blocked", "messages", fields)


def parse_chat_request(body: Any) -> tuple[ChatRequest, bool, bool]:
    """The turn a chat completion request asks for, whether to stream, and whether to send usage."""
    if not isinstance(body, dict):
        raise ApiError(400, "The request body must be a JSON object.")
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise ApiError(400, "“messages” must be a non-empty list of chat messages.", param="messages")
    parsed = [_message(message, index) for index, message in enumerate(messages)]
    if parsed[-1][0] != "user" or not parsed[-1][1].strip():
        raise ApiError(400, "The last message must be the user's, with some text to answer.", param="messages")
    if body.get("n") not in (None, 1):
        raise ApiError(400, "Hearth writes one answer per request; leave “n” at 1.", param="n")
    system = [text for role, text in parsed if role == "system" and text]
    history = tuple((role, text) for role, text in parsed[:-1] if role != "system" and text)
    changes = {SAMPLING[name]: value for name, value in body.items() if name in SAMPLING and value is not None}
    model = body.get("model") if isinstance(body.get("model"), str) else None
    options = body.get("stream_options")
    include_usage = isinstance(options, dict) and bool(options.get("include_usage"))
    chat = ChatRequest(parsed[-1][1], history, "\n\n".join(system) if system else None, changes, model)
    return chat, bool(body.get("stream")), include_usage


def _message(message: Any, index: int) -> tuple[str, str]:
    if not isinstance(message, dict):
        raise ApiError(400, f"Message {index} is not a JSON object.", param=f"messages[{index}]")
    role = ROLES.get(str(message.get("role")))
    if role is None:
        raise ApiError(400, f"Message {index} has the role “{message.get('role')}”; Hearth takes system, user and "
                            "assistant messages.", param=f"messages[{index}].role")
    content = message.get("content")
    if content is None or isinstance(content, str):
        return role, content or ""
    if isinstance(content, list) and all(isinstance(part, dict) and part.get("type") == "text"
                                         and isinstance(part.get("text"), str) for part in content):
        return role, "".join(part["text"] for part in content)
    raise ApiError(400, f"Message {index} has content Hearth cannot read; it reads text only.",
                   param=f"messages[{index}].content")


def run_turn(services: Services, request: ChatRequest, observer: NullObserver) -> Answer:
    """Store the request as a new conversation and answer its last message (on the worker thread)."""
    model = services.active_model_name()
    _check_model(services, request.model, model)
    services.admit_turn()  # refuse before anything is stored (the runner checks again)
    _screen_history(services, request)
    settings = _settings(services, request)
    conversation = services.store.create_conversation(_title(request.prompt), settings)
    for role, text in request.history:
        services.store.add_message(conversation.id, role, text)
    result = services.runner.send(conversation.id, request.prompt, observer)
    profile = services.active_profile()
    verdict = result.verdict
    if result.status == TurnStatus.WITHDRAWN and verdict is not None:
        services.store.delete_conversation(conversation.id)  # nothing was sent: keep no half-made chat
        raise screened_error(verdict, profile.name)
    if result.status == MessageStatus.BLOCKED and verdict is not None and verdict.direction == "prompt":
        raise screened_error(verdict, profile.name)  # the blocked exchange stays, as in the window
    envelope = services.store.message(result.assistant_message_id).provenance
    return Answer(result, model, min(settings.max_tokens, profile.answer_max_tokens), envelope)


def _check_model(services: Services, requested: str | None, active: str) -> None:
    """A request naming another installed model is refused (any other name gets the active model)."""
    if not requested or requested == active:
        return
    if requested in {path.name for path in services.models.library.model_files()}:
        raise ApiError(400, f"{requested} is installed but is not the active model ({active}); choose it in "
                            "Hearth's model picker to use it through the API.", code="model_not_active", param="model")


def _screen_history(services: Services, request: ChatRequest) -> None:
    """Screen the earlier messages the client sends, as the window screened each one when it was typed."""
    gate = services.safety
    profile = gate.profile()
    texts = [("system", request.system_prompt)] if request.system_prompt else []
    for role, text in [*texts, *request.history]:
        if role == "assistant" and gate.screen_answers:
            verdict = gate.screen.screen_answer_text(text, profile)
        elif role != "assistant" and gate.screen_prompts:
            verdict = gate.screen.screen_prompt(text, profile)
        else:
            continue
        if verdict.action.severity > 0:
            services.audit.append("screening_verdict", verdict.audit_fields() | {"source": "api_history"}, text=text)
            raise screened_error(verdict, profile.name, earlier=role)


def _settings(services: Services, request: ChatRequest) -> GenerationSettings:
    """A new conversation's settings with the request's changes; a locked user cannot raise the limits."""
    base = GenerationSettings()
    changes = dict(request.changes)
    if request.system_prompt is not None:
        changes["system_prompt"] = request.system_prompt
    settings = base.with_changes(**changes)
    services.governance.check_settings_change(base, settings, services.effective())
    return settings


def _title(prompt: str) -> str:
    words = prompt.split()
    return TITLE_PREFIX + " ".join(words[:TITLE_WORDS]) + ("…" if len(words) > TITLE_WORDS else "")


class Job:
    """One request's turn: it runs on the worker thread and reports to the request's event loop.

    Events, in order: ``("started", TurnStart)``, ``("text", str)``…, then ``("done", Answer)`` or
    ``("error", Exception)``; a prompt that is refused before the answer starts sends no ``started``.
    """

    def __init__(self, request: ChatRequest, loop: asyncio.AbstractEventLoop) -> None:
        self.request = request
        self.loop = loop
        self.events: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()
        self.cancelled = threading.Event()

    def put(self, kind: str, value: Any) -> None:
        """Hand an event to the request's loop (any thread); with the loop gone, nobody listens: stop."""
        try:
            self.loop.call_soon_threadsafe(self.events.put_nowait, (kind, value))
        except RuntimeError:
            self.cancelled.set()

    async def next(self) -> tuple[str, Any]:
        return await self.events.get()


class _Bridge(NullObserver):
    """The turn's observer: passes its progress to the job; a warned prompt is not sent (nobody to ask)."""

    def __init__(self, job: Job, cancel: Callable[[], None], started: Callable[[Job], None]) -> None:
        self.job = job
        self.cancel = cancel
        self.started = started

    def turn_started(self, start: TurnStart) -> None:
        self.started(self.job)  # only now is the runner's turn this job's (not a window turn it waited behind)
        self.job.put("started", start)

    def text_received(self, text: str) -> None:
        if self.job.cancelled.is_set():
            self.cancel()  # the client left before the engine had started (which clears an earlier cancel)
            return
        self.job.put("text", text)


class TurnQueue:
    """Runs the API's turns one at a time on a single worker thread, in arrival order.

    The runner is shared with the window, so a job taken by the worker may
    still wait for a window turn to finish. Only once its own turn has started
    (:meth:`_Bridge.turn_started`) is it :attr:`_current`, the one whose
    cancelling stops the engine; before that, cancelling just marks it, and its
    turn stops at its first words without ever touching a window turn.
    """

    def __init__(self, services: Services) -> None:
        self.services = services
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hearth-api")
        self._lock = threading.Lock()
        self._taken: Job | None = None  # the job the worker is running (its turn may not have started yet)
        self._current: Job | None = None  # the job whose turn the runner is running now
        self._stopping = False

    def submit(self, request: ChatRequest) -> Job:
        """Queue a turn for ``request``; its events arrive on the running loop."""
        job = Job(request, asyncio.get_running_loop())
        self._executor.submit(self._run, job)
        return job

    def cancel(self, job: Job) -> None:
        """Stop ``job``: a queued one never starts, a running one's generation stops (it ends cancelled)."""
        with self._lock:
            job.cancelled.set()
            if self._current is job:
                self.services.runner.cancel()

    def stop(self) -> None:
        """The server is stopping: cancel the running turn (it ends cancelled) and start no other."""
        with self._lock:
            self._stopping = True
            if self._taken is not None:
                self._taken.cancelled.set()
            if self._current is not None:
                self.services.runner.cancel()

    def close(self) -> None:
        """Stop, and wait for the worker to finish."""
        self.stop()
        self._executor.shutdown(wait=True, cancel_futures=True)

    def _started(self, job: Job) -> None:
        """``job``'s own turn has started (the runner is its now): from here, cancelling it stops the engine."""
        with self._lock:
            self._current = job

    def _run(self, job: Job) -> None:
        with self._lock:
            if self._stopping:
                job.put("error", ApiError(503, "Hearth's API is stopping, so this request was not answered.",
                                          "server_error", "server_stopping"))
            if job.cancelled.is_set() or self._stopping:
                return
            self._taken = job
        started = time.monotonic()
        outcome: tuple[str, Any]
        try:
            outcome = ("done", run_turn(self.services, job.request,
                                        _Bridge(job, self.services.runner.cancel, self._started)))
        except Exception as exc:  # noqa: BLE001 - every failure goes back to the request that asked
            outcome = ("error", exc)
        finally:
            with self._lock:  # before the request hears the end, which it answers by cancelling (a no-op now)
                self._current = self._taken = None
        job.put(*outcome)
        self._record_usage(time.monotonic() - started)

    def _record_usage(self, seconds: float) -> None:
        """Count the turn's time against the daily allowance, as the window and ``hearth chat`` do."""
        try:
            self.services.governance.record_usage(seconds)
        except HearthError as exc:
            log.warning("could not record the API's usage time: %s", exc.message)
