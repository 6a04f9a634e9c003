"""Talking to an OpenAI-compatible inference server (llama.cpp's llama-server, vLLM, Ollama, ...).

Only the tokens come from the server. Everything that governs them stays on
this computer: the prompt is screened before the request is sent, the
engine process screens the streamed answer chunk by chunk exactly as it does
for a local model, the answer is signed here and audited here. This module
is the HTTP part, on the standard library's ``http.client`` (one request at
a time, streamed over server-sent events; no extra dependency in the app).

Errors are the engine's: a server that cannot be reached or refuses the
model is a :class:`ModelLoadError`, a context that is too long a
:class:`ContextOverflowError`, and a connection lost in the middle of an
answer an :class:`EngineCrashedError`, so the turn keeps what was shown and
marks it interrupted, as when a local engine crashes.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import socket
import ssl
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from app.core.errors import ContextOverflowError, EngineCrashedError, HearthError, ModelLoadError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.engine.protocol import ModelInfo, RemoteTarget

CHARS_PER_TOKEN = 3.0  # a cautious estimate: the server's tokenizer is not available here
MESSAGE_OVERHEAD = 8  # tokens a chat template adds around each message (roughly)
_USER_AGENT = "Hearth (governed client)"


class InvalidServerAddress(HearthError):
    title = QT_TRANSLATE_NOOP("Errors", "Not a server address")


def normalise_server_url(text: str) -> str:
    """``text`` as the base address Hearth stores (``scheme://host[:port][/path]``, no trailing ``/v1``).

    Raises :class:`InvalidServerAddress` for anything else, including an
    address with a user name or password in it (keys are kept in the keyring,
    never in a setting or a provenance statement).
    """
    raw = text.strip()
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidServerAddress(f"“{raw}” is not the address of an inference server.",
                                   "Write it like http://lab-server:8080 (llama-server, vLLM) or "
                                   "http://lab-server:11434 (Ollama).")
    if parts.username or parts.password:
        raise InvalidServerAddress("A server address must not contain a user name or password.",
                                   "Give the server's API key separately; Hearth keeps it in the keyring.")
    if parts.query or parts.fragment:
        raise InvalidServerAddress(f"“{raw}” has a query or fragment; give only the server's address.")
    try:
        port = parts.port
    except ValueError as exc:
        raise InvalidServerAddress(f"“{raw}” has an invalid port.") from exc
    path = parts.path.rstrip("/")
    if path.endswith("/v1"):
        path = path[:-3]
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    return f"{parts.scheme}://{host}{'' if port is None else f':{port}'}{path}"


@dataclass(frozen=True)
class ServedModel:
    id: str
    context_length: int | None = None  # when the server says (vLLM's max_model_len, llama-server's meta)


def list_models(target: RemoteTarget) -> list[ServedModel]:
    """The models the server offers (``GET /v1/models``)."""
    reply = _json_request(target, "GET", "/models", None, target.connect_timeout + 10)
    data = reply.get("data") if isinstance(reply, dict) else None
    if not isinstance(data, list):
        raise ModelLoadError(f"The server at {target.url} did not answer like an OpenAI-compatible server.",
                             "Check the address: Hearth needs the server's /v1/models and /v1/chat/completions.")
    models = []
    for item in data:
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            meta = item.get("meta") if isinstance(item.get("meta"), dict) else {}
            length = item.get("max_model_len") or meta.get("n_ctx_train")
            models.append(ServedModel(item["id"], int(length) if isinstance(length, int) else None))
    return models


def describe(target: RemoteTarget, n_ctx: int) -> ModelInfo:
    """The model this target names (or the server's only model), as the engine reports a loaded one."""
    started = time.perf_counter()
    models = list_models(target)
    if not models:
        raise ModelLoadError(f"The server at {target.url} offers no models.",
                             "Ask whoever runs the server to load one.")
    if target.model:
        chosen = next((m for m in models if m.id == target.model), None)
        if chosen is None:
            offered = ", ".join(m.id for m in models[:8])
            raise ModelLoadError(f"The server at {target.url} does not offer the model “{target.model}”.",
                                 f"It offers: {offered}. Choose one of those.")
    elif len(models) == 1:
        chosen = models[0]
    else:
        offered = ", ".join(m.id for m in models[:8])
        raise ModelLoadError(f"The server at {target.url} offers several models; Hearth needs to be told which.",
                             f"Choose one of: {offered}.")
    context = min(n_ctx, chosen.context_length) if chosen.context_length else n_ctx
    return ModelInfo(path=f"{target.url}#{chosen.id}", name=chosen.id, n_ctx=context,
                     n_ctx_train=chosen.context_length or 0, n_params=0, size_bytes=0,
                     load_seconds=time.perf_counter() - started, server=target.url)


def model_identity(server: str, model_id: str) -> str:
    """The allowlist entry that approves ``model_id`` on ``server`` (a SHA-256 in hex, like a file's).

    A server's weights cannot be hashed here, so a guardian or an organisation
    approves the pair of address and model id instead; it goes in the same
    allowlist as model files (``hearth server status`` prints it).
    """
    return hashlib.sha256(f"hearth-remote-model:v1\n{server}\n{model_id}".encode("utf-8")).hexdigest()


def estimate_tokens(messages: Sequence[dict[str, str]]) -> int:
    """A cautious token count for fitting a conversation to a remote model's context."""
    return sum(int(len(m["content"]) / CHARS_PER_TOKEN) + MESSAGE_OVERHEAD for m in messages)


class ChatStream:
    """One streamed answer: iterate for OpenAI chat-completion chunks that carry a choice.

    ``fingerprint`` is the server's ``system_fingerprint`` when it sends one,
    ``prompt_tokens`` its usage count when it reports usage. ``close()``
    drops the connection, which tells the server to stop generating.
    """

    def __init__(self, target: RemoteTarget, body: dict[str, Any]) -> None:
        self.target = target
        self.fingerprint: str | None = None
        self.prompt_tokens: int | None = None
        self._finished = False
        self._connection, self._response = _open(target, "POST", "/chat/completions", body, target.read_timeout)
        if self._response.status != 200:
            try:
                raise _http_error(target, self._response)
            finally:
                self.close()

    def __iter__(self) -> Iterator[dict[str, Any]]:
        try:
            for chunk in self._events():
                fingerprint = chunk.get("system_fingerprint")
                if isinstance(fingerprint, str) and fingerprint:
                    self.fingerprint = fingerprint
                usage = chunk.get("usage")
                if isinstance(usage, dict) and isinstance(usage.get("prompt_tokens"), int):
                    self.prompt_tokens = usage["prompt_tokens"]
                choices = chunk.get("choices")
                if isinstance(choices, list) and choices and isinstance(choices[0], dict):
                    choice = choices[0]
                    if choice.get("finish_reason"):
                        self._finished = True
                    choice.setdefault("delta", {})
                    yield chunk
        except (OSError, http.client.HTTPException) as exc:
            raise self._lost(exc) from exc
        if not self._finished:
            raise self._lost(None)

    def _events(self) -> Iterator[dict[str, Any]]:
        """Parsed ``data:`` events until ``[DONE]`` or the end of the response."""
        data: list[str] = []
        while True:
            line = self._response.readline()
            if not line:
                return
            text = line.decode("utf-8", "replace").rstrip("\r\n")
            if text.startswith("data:"):
                data.append(text[5:].lstrip())
                continue
            if text or not data:
                continue  # comments, other fields, or a blank line with no event pending
            payload, data = "\n".join(data), []
            if payload == "[DONE]":
                self._finished = True
                return
            try:
                event = json.loads(payload)
            except ValueError as exc:
                raise EngineCrashedError(f"The server at {self.target.url} sent something that is not JSON.",
                                         "The answer so far is kept and marked interrupted.") from exc
            if isinstance(event, dict) and isinstance(event.get("error"), dict):
                raise EngineCrashedError(f"The server at {self.target.url} stopped the answer: "
                                         f"{_error_text(event['error'])}",
                                         "The answer so far is kept and marked interrupted.")
            if isinstance(event, dict):
                yield event

    def _lost(self, cause: BaseException | None) -> EngineCrashedError:
        why = f" ({cause})" if cause is not None and str(cause) else ""
        error = EngineCrashedError.translatable(
            "Errors", QT_TRANSLATE_NOOP("Errors", "The connection to the inference server at {url} was lost in the middle of the "
                                        "answer{why}."),
            QT_TRANSLATE_NOOP("Errors", "The answer so far is kept and marked interrupted. Check the network or the server, then "
                              "send again."), url=self.target.url, why=why)
        return error

    def close(self) -> None:
        self._connection.close()


def chat_body(target: RemoteTarget, model: str, messages: Sequence[dict[str, str]], max_tokens: int,
              temperature: float, top_p: float, seed: int) -> dict[str, Any]:
    """The ``/v1/chat/completions`` request for one streamed answer."""
    body: dict[str, Any] = {"model": model, "messages": list(messages), "stream": True, "max_tokens": max_tokens,
                            "temperature": temperature, "top_p": top_p}
    if seed >= 0:
        body["seed"] = seed
    if target.usage_in_stream:
        body["stream_options"] = {"include_usage": True}
    return body


# HTTP ---------------------------------------------------------------------------------------------


def _open(target: RemoteTarget, method: str, path: str, body: dict[str, Any] | None,
          read_timeout: float) -> tuple[http.client.HTTPConnection, http.client.HTTPResponse]:
    parts = urlsplit(target.url)
    host, port = parts.hostname or "", parts.port
    connection: http.client.HTTPConnection
    if parts.scheme == "https":
        connection = http.client.HTTPSConnection(host, port, timeout=target.connect_timeout,
                                                 context=ssl.create_default_context())
    else:
        connection = http.client.HTTPConnection(host, port, timeout=target.connect_timeout)
    headers = {"Accept": "text/event-stream" if body and body.get("stream") else "application/json",
               "User-Agent": _USER_AGENT}
    if target.api_key:
        headers["Authorization"] = f"Bearer {target.api_key}"
    payload = None
    if body is not None:
        payload = json.dumps(body).encode("utf-8")
        headers["Content-Type"] = "application/json"
    try:
        connection.connect()
        if connection.sock is not None:
            connection.sock.settimeout(read_timeout)
        connection.request(method, f"{parts.path.rstrip('/')}/v1{path}", body=payload, headers=headers)
        return connection, connection.getresponse()
    except ssl.SSLError as exc:
        connection.close()
        raise ModelLoadError(f"The secure connection to {target.url} failed: {exc.reason or exc}.",
                             "Check the server's certificate, or ask whoever runs it.") from exc
    except (OSError, http.client.HTTPException) as exc:
        connection.close()
        raise _unreachable(target, exc) from exc


def _json_request(target: RemoteTarget, method: str, path: str, body: dict[str, Any] | None,
                  read_timeout: float) -> Any:
    connection, response = _open(target, method, path, body, read_timeout)
    try:
        if response.status != 200:
            raise _http_error(target, response)
        try:
            return json.loads(response.read())
        except ValueError as exc:
            raise ModelLoadError(f"The server at {target.url} did not answer with JSON.",
                                 "Check the address: is it an OpenAI-compatible inference server?") from exc
        except (OSError, http.client.HTTPException) as exc:
            raise _unreachable(target, exc) from exc
    finally:
        connection.close()


def _unreachable(target: RemoteTarget, exc: BaseException) -> ModelLoadError:
    why: str | tuple[str, str]
    if isinstance(exc, socket.timeout):
        why = ("Errors", QT_TRANSLATE_NOOP("Errors", "it did not answer in time"))
    elif isinstance(exc, ConnectionRefusedError):
        why = ("Errors", QT_TRANSLATE_NOOP("Errors", "nothing is listening there"))
    elif isinstance(exc, socket.gaierror):
        why = ("Errors", QT_TRANSLATE_NOOP("Errors", "that name is not known on this network"))
    else:
        why = str(exc) or type(exc).__name__
    error = ModelLoadError.translatable(
        "Errors", QT_TRANSLATE_NOOP("Errors", "Hearth cannot reach the inference server at {url}: {why}."),
        QT_TRANSLATE_NOOP("Errors", "Check that the server is running and that this computer is on its network."),
        url=target.url, why=why)
    return error


def _http_error(target: RemoteTarget, response: http.client.HTTPResponse) -> HearthError:
    """The server refused a request: a clear error naming what it said."""
    try:
        raw = response.read(64 * 1024)
        detail = json.loads(raw)
    except (OSError, ValueError, http.client.HTTPException):
        detail = None
    error = detail.get("error") if isinstance(detail, dict) else None
    said = _error_text(error) if error is not None else f"HTTP {response.status} {response.reason}"
    code = error.get("code") if isinstance(error, dict) else None
    if response.status in (401, 403):
        return ModelLoadError(f"The server at {target.url} refused Hearth's API key ({said}).",
                              "Set the server's API key again (Settings, or 'hearth server use --api-key-stdin').")
    if code == "context_length_exceeded" or "context length" in said.lower() or "context window" in said.lower():
        return ContextOverflowError(f"The conversation is too long for the server's model: {said}",
                                    "Start a new conversation, shorten the message, or lower the answer length.")
    if response.status == 404:
        return ModelLoadError(f"The server at {target.url} does not know that request or model ({said}).",
                              "Check the address and the model name.")
    return ModelLoadError(f"The server at {target.url} refused the request: {said}",
                          "Ask whoever runs the server; your conversation is saved.")


def _error_text(error: object) -> str:
    if isinstance(error, dict):
        return str(error.get("message") or error.get("type") or error)[:500]
    return str(error)[:500]
