"""A scripted OpenAI-compatible server on loopback (Starlette + uvicorn) for the remote backend's fast tests.

It speaks real HTTP and server-sent events, so Hearth's client meets what it
meets from llama-server, vLLM or Ollama; the script decides what it answers
(words, a fingerprint, usage, an HTTP error, or a connection that drops part
way) and it records every request it was sent. The real end-to-end path runs
against ``python -m llama_cpp.server`` in tests/test_remote_backend.py.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route


class DroppedConnection(Exception):
    """Raised inside the stream to make uvicorn drop the connection mid-answer."""


@dataclass
class Script:
    models: list[str] = field(default_factory=lambda: ["lab-model"])
    words: list[str] = field(default_factory=lambda: ["Volcanoes ", "form ", "where ", "rock ", "rises."])
    finish_reason: str = "stop"
    fingerprint: str | None = None
    prompt_tokens: int | None = None  # reported as usage in a last chunk when set
    drop_after: int | None = None  # words sent before the connection drops
    word_delay: float = 0.0
    status: int = 200
    error: dict[str, Any] | None = None  # the body of an error reply
    api_key: str | None = None  # required as a Bearer token when set
    requests: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    disconnected: threading.Event = field(default_factory=threading.Event)


def _refusal(script: Script, request: Request) -> Response | None:
    if script.api_key and request.headers.get("authorization") != f"Bearer {script.api_key}":
        return JSONResponse({"error": {"message": "Invalid API key", "type": "invalid_request_error"}}, 401)
    if script.status != 200:
        return JSONResponse({"error": script.error or {"message": "scripted failure"}}, script.status)
    return None


def build_app(script: Script) -> Starlette:
    async def models(request: Request) -> Response:
        refused = _refusal(script, request)
        return refused or JSONResponse({"object": "list", "data": [{"id": m, "object": "model"}
                                                                   for m in script.models]})

    async def chat(request: Request) -> Response:
        body = await request.json()
        script.requests.append(body)
        script.headers.append(dict(request.headers))
        refused = _refusal(script, request)
        if refused is not None:
            return refused

        async def events() -> AsyncIterator[bytes]:
            base = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "model": body.get("model")}
            if script.fingerprint:
                base["system_fingerprint"] = script.fingerprint
            try:
                for index, word in enumerate(script.words):
                    if script.drop_after is not None and index >= script.drop_after:
                        raise DroppedConnection("scripted drop")
                    chunk = base | {"choices": [{"index": 0, "delta": {"content": word}, "finish_reason": None}]}
                    yield f"data: {json.dumps(chunk)}\n\n".encode()
                    await asyncio.sleep(script.word_delay)
                end = base | {"choices": [{"index": 0, "delta": {}, "finish_reason": script.finish_reason}]}
                yield f"data: {json.dumps(end)}\n\n".encode()
                if script.prompt_tokens is not None:
                    usage = base | {"choices": [], "usage": {"prompt_tokens": script.prompt_tokens,
                                                             "completion_tokens": len(script.words)}}
                    yield f"data: {json.dumps(usage)}\n\n".encode()
                yield b"data: [DONE]\n\n"
            except asyncio.CancelledError:
                script.disconnected.set()
                raise

        return StreamingResponse(events(), media_type="text/event-stream")

    return Starlette(routes=[Route("/v1/models", models), Route("/v1/chat/completions", chat, methods=["POST"])])


@dataclass
class Running:
    url: str
    script: Script


@contextmanager
def scripted_server(script: Script | None = None) -> Iterator[Running]:
    """Serve ``script`` on a free loopback port until the block ends."""
    script = script or Script()
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(build_app(script), log_level="critical", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "the scripted server did not start"
        time.sleep(0.02)
    try:
        yield Running(f"http://127.0.0.1:{sock.getsockname()[1]}", script)
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


def closed_port() -> int:
    """A loopback port nothing listens on."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port
