"""The Starlette app behind ``hearth serve``: OpenAI's ``/v1/models`` and ``/v1/chat/completions``.

Every route needs ``Authorization: Bearer <key>`` (:mod:`app.api.keys`).
Answers come back in OpenAI's shapes, whole or streamed as server-sent events
(``chat.completion.chunk`` objects, then ``data: [DONE]``), with two
extensions: ``hearth_provenance`` (the answer's signed DSSE envelope, on the
completion or on the last chunk) and ``hearth`` (the stored conversation and
message, and why the screen stepped in when it did). Errors are OpenAI's
``{"error": {...}}`` with one clear sentence; no traceback reaches a client.
"""

from __future__ import annotations

import json
import logging
import re
import socket
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Any

import anyio.to_thread
import uvicorn
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from app.api.keys import key_matches
from app.api.turns import Answer, ApiError, Job, TurnQueue, parse_chat_request, verdict_fields
from app.chat.store import MessageStatus
from app.chat.turn import TurnStart
from app.core.errors import ContextOverflowError, HearthError, SettingsError
from app.governance.governance import is_governance_refusal
from app.models.manager import LicenceNotAcceptedError

if TYPE_CHECKING:
    from app.services import Services

log = logging.getLogger(__name__)
Handler = Callable[[Request], Awaitable[Response]]
INTERNAL_ERROR = "Hearth could not answer because of an internal error; the details are in Hearth's log."


class HearthApi:
    """The API of one set of services; :attr:`app` is the ASGI app, :meth:`close` stops its worker."""

    def __init__(self, services: Services, key: str) -> None:
        self.services = services
        self.key = key
        self.turns = TurnQueue(services)
        self.app = Starlette(routes=[Route("/v1/models", self._guarded(self.models), methods=["GET"]),
                                     Route("/v1/chat/completions", self._guarded(self.chat), methods=["POST"])],
                             exception_handlers={HTTPException: _http_error})

    def close(self) -> None:
        self.turns.close()

    def server(self, graceful_seconds: int) -> uvicorn.Server:
        """A uvicorn server for :attr:`app` that stops the running answer as soon as it starts shutting down."""
        return _Server(uvicorn.Config(self.app, log_level="warning", timeout_graceful_shutdown=graceful_seconds),
                       self.turns.stop)

    # routes ------------------------------------------------------------------------------------------------

    async def models(self, request: Request) -> Response:
        del request
        return JSONResponse({"object": "list", "data": await anyio.to_thread.run_sync(self._model_list)})

    async def chat(self, request: Request) -> Response:
        try:
            body = await request.json()
        except ValueError:
            raise ApiError(400, "The request body is not valid JSON.") from None
        chat, stream, include_usage = parse_chat_request(body)
        job = self.turns.submit(chat)
        if not stream:
            return JSONResponse(completion(await self._outcome(job)))
        first = await self._first_event(job)  # errors before the answer starts are proper HTTP errors
        return StreamingResponse(self._events(job, first, include_usage), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    # turns -------------------------------------------------------------------------------------------------

    async def _outcome(self, job: Job) -> Answer:
        """Wait for the whole answer (if the handler is cancelled, so is the turn)."""
        try:
            while True:
                kind, value = await job.next()
                if kind == "done":
                    return value
                if kind == "error":
                    raise value
        finally:
            self.turns.cancel(job)  # a no-op once the turn has finished

    async def _first_event(self, job: Job) -> tuple[str, Any]:
        try:
            kind, value = await job.next()
        except BaseException:
            self.turns.cancel(job)
            raise
        if kind == "error":
            raise value
        return kind, value

    async def _events(self, job: Job, first: tuple[str, Any], include_usage: bool) -> AsyncIterator[str]:
        """The SSE stream; a client that goes away stops the generation (the turn ends cancelled)."""
        chunk = _Chunks(self.services.active_model_name())
        finished = False
        try:
            kind, value = first
            yield chunk.sse({"role": "assistant", "content": ""}, _stored(value) if kind == "started" else {})
            while kind not in ("done", "error"):
                if kind == "text":
                    yield chunk.sse({"content": value})
                kind, value = await job.next()
            finished = True
            if kind == "error":
                yield _sse(error_for(value).body())
                return
            for data in chunk.final(value, include_usage):
                yield _sse(data)
            yield "data: [DONE]\n\n"
        finally:
            if not finished:
                self.turns.cancel(job)

    def _model_list(self) -> list[dict[str, Any]]:
        """The installed models that may be used now (the allowlist, the safety-removed rule)."""
        services = self.services
        server = services.config.inference_server
        if server:  # answers come from an inference server: its model is the one to offer
            return [{"id": services.active_model_name(), "object": "model", "created": 0, "owned_by": server,
                     "hearth": {"name": services.active_model_name(), "active": True, "server": server}}]
        models, _ = services.models.library.installed()
        effective = services.effective()
        active = services.active_model_path().resolve()
        return [{"id": m.path.name, "object": "model", "created": int(m.path.stat().st_mtime), "owned_by": "hearth",
                 "hearth": {"name": m.info.name, "active": m.path.resolve() == active, "sha256": m.sha256,
                            "quantization": m.info.quantization, "bundled": m.bundled}}
                for m in models if services.models.approved(m, effective)]

    # auth and errors -----------------------------------------------------------------------------------------

    def _guarded(self, handler: Handler) -> Handler:
        """Check the key, and turn every failure into an OpenAI-shaped error."""
        async def guarded(request: Request) -> Response:
            try:
                if not key_matches(self.key, request.headers.get("authorization")):
                    raise ApiError(401, "The API key is missing or wrong; 'hearth serve --show-key' prints it.",
                                   code="invalid_api_key")
                return await handler(request)
            except Exception as exc:  # noqa: BLE001 - the one place failures become responses
                error = error_for(exc)
                return JSONResponse(error.body(), status_code=error.status)
        return guarded


class _Server(uvicorn.Server):
    """uvicorn's server, calling ``on_shutdown`` first when it stops (Ctrl-C, SIGTERM)."""

    def __init__(self, config: uvicorn.Config, on_shutdown: Callable[[], None]) -> None:
        super().__init__(config)
        self.on_shutdown = on_shutdown

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        self.on_shutdown()  # a streaming answer then ends (cancelled) instead of outliving the grace period
        await super().shutdown(sockets)


def error_for(exc: BaseException) -> ApiError:
    """The OpenAI-shaped error for a failure (an unexpected one is logged and answered generically)."""
    if isinstance(exc, ApiError):
        return exc
    if isinstance(exc, HearthError):
        text = exc.user_text()
        if is_governance_refusal(exc) or isinstance(exc, LicenceNotAcceptedError):
            return ApiError(403, text, "permission_error", "governance_refused")
        if isinstance(exc, SettingsError):
            return ApiError(400, text, code="invalid_setting", param=exc.field)
        if isinstance(exc, ContextOverflowError):
            return ApiError(400, text, code="context_length_exceeded", param="messages")
        log.warning("API request failed: %s", exc.message)
        return ApiError(500, text, "server_error", _code_name(type(exc).__name__))
    log.error("API request failed unexpectedly", exc_info=exc)
    return ApiError(500, INTERNAL_ERROR, "server_error", "internal_error")


def _code_name(class_name: str) -> str:
    """``EngineCrashedError`` → ``engine_crashed``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", class_name.removesuffix("Error")).lower() or "hearth_error"


async def _http_error(request: Request, exc: Exception) -> Response:
    """Starlette's own errors (unknown path, wrong method) in OpenAI's shape."""
    del request
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    message = "There is no such API route; Hearth serves /v1/models and /v1/chat/completions." \
        if status in (404, 405) else "The request could not be handled."
    return JSONResponse(ApiError(status, message, code="not_found" if status == 404 else None).body(),
                        status_code=status)


def completion(answer: Answer) -> dict[str, Any]:
    """A ``chat.completion`` object for a finished turn."""
    result = answer.result
    choice: dict[str, Any] = {"index": 0, "message": {"role": "assistant", "content": result.text},
                              "finish_reason": finish_reason(answer), "logprobs": None}
    if result.verdict is not None:  # the screen cut the answer off, or warned about it
        choice["hearth"] = verdict_fields(result.verdict)
    return {"id": _new_id(), "object": "chat.completion", "created": int(time.time()), "model": answer.model,
            "choices": [choice], "usage": usage(answer), **extensions(answer)}


def finish_reason(answer: Answer) -> str:
    """OpenAI's finish reason: ``content_filter`` when the screen cut the answer off, ``length`` at the limit."""
    result = answer.result
    if result.status == MessageStatus.BLOCKED:
        return "content_filter"
    if result.status == MessageStatus.COMPLETE and result.completion_tokens >= answer.max_tokens:
        return "length"
    return "stop"


def usage(answer: Answer) -> dict[str, int]:
    result = answer.result
    return {"prompt_tokens": result.prompt_tokens, "completion_tokens": result.completion_tokens,
            "total_tokens": result.prompt_tokens + result.completion_tokens}


def extensions(answer: Answer) -> dict[str, Any]:
    """``hearth_provenance`` (the signed envelope as JSON) and ``hearth`` (where the answer is stored)."""
    result = answer.result
    return {"hearth_provenance": json.loads(answer.envelope) if answer.envelope else None,
            "hearth": {"conversation_id": result.conversation_id, "message_id": result.assistant_message_id,
                       "status": result.status}}


class _Chunks:
    """``chat.completion.chunk`` objects of one streamed answer (one id, one creation time)."""

    def __init__(self, model: str) -> None:
        self.id, self.created, self.model = _new_id(), int(time.time()), model

    def data(self, choices: list[dict[str, Any]], **more: Any) -> dict[str, Any]:
        return {"id": self.id, "object": "chat.completion.chunk", "created": self.created, "model": self.model,
                "choices": choices, **more}

    def sse(self, delta: dict[str, Any], more: dict[str, Any] | None = None) -> str:
        return _sse(self.data([{"index": 0, "delta": delta, "finish_reason": None, "logprobs": None}], **(more or {})))

    def final(self, answer: Answer, include_usage: bool) -> list[dict[str, Any]]:
        """The finishing chunk (and the usage chunk when asked for); the last one carries the provenance."""
        choice: dict[str, Any] = {"index": 0, "delta": {}, "finish_reason": finish_reason(answer), "logprobs": None}
        if answer.result.verdict is not None:
            choice["hearth"] = verdict_fields(answer.result.verdict)
        chunks = [self.data([choice])]
        if include_usage:
            chunks.append(self.data([], usage=usage(answer)))
        chunks[-1].update(extensions(answer))
        return chunks


def _stored(start: TurnStart) -> dict[str, Any]:
    """The ``hearth`` extension of the first chunk: where the answer being streamed is stored."""
    return {"hearth": {"conversation_id": start.conversation_id, "message_id": start.assistant_message_id}}


def _sse(data: dict[str, Any]) -> str:
    return f"data: {json.dumps(data, ensure_ascii=False)}\n\n"


def _new_id() -> str:
    return "chatcmpl-" + uuid.uuid4().hex[:24]
