"""``hearth serve``: the official OpenAI client against a real uvicorn server on loopback.

The API runs every request through the same turn pipeline as the window, so
these tests check what a client sees (OpenAI's shapes, the provenance
extension, errors) and that governance, screening and the audit log still
apply.
"""

from __future__ import annotations

import json
from contextlib import contextmanager
import re
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import openai
import pytest
import uvicorn
from governance_fakes import CHEAP_SCRYPT, PASSPHRASE

from app.api.cli import check_bind, is_loopback
from app.api.keys import API_KEY_SECRET, api_key
from app.api.server import HearthApi
from app.chat.store import MessageStatus
from app.cli import main
from app.core.paths import AppPaths
from app.engine.fake import FakeEngine
from app.governance.governance import Control, KioskModeError
from app.governance.lock import GuardianLockedError
from app.models.files import bundled_model_path
from app.provenance.verify import ProvenanceVerdict, verify_text
from app.safety.screen import Screen
from app.services import Services, open_services
from test_turn_safety import HARMFUL_ANSWER, use_keywords

ANSWER = "Volcanoes form where molten rock rises through cracks in the crust."
MODEL = bundled_model_path().name


@dataclass
class Served:
    url: str
    key: str
    api: HearthApi
    server: uvicorn.Server
    thread: threading.Thread
    clients: list[openai.OpenAI] = field(default_factory=list)

    def stop(self) -> None:
        """Stop the server as Ctrl-C does, and wait for it."""
        self.server.should_exit = True
        self.thread.join(10)
        assert not self.thread.is_alive(), "the server did not stop"

    def client(self, key: str | None = None) -> openai.OpenAI:
        """An OpenAI client for this server (closed when the test ends)."""
        self.clients.append(openai.OpenAI(base_url=self.url, api_key=key or self.key, max_retries=0, timeout=120))
        return self.clients[-1]


@contextmanager
def serving(services: Services) -> Iterator[Served]:
    """The API of ``services`` on a free loopback port, in a uvicorn server on its own thread."""
    api = HearthApi(services, api_key(services.secrets))
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = api.server(graceful_seconds=5)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    wait_for(lambda: server.started)
    result = Served(f"http://127.0.0.1:{sock.getsockname()[1]}/v1", api.key, api, server, thread)
    try:
        yield result
    finally:
        for client in result.clients:
            client.close()
        result.stop()
        api.close()
        sock.close()


@pytest.fixture
def served(services: Services) -> Iterator[Served]:
    with serving(services) as result:
        yield result


def trusted(services: Services) -> dict[str, bytes]:
    key = services.audit.device_key
    return {key.fingerprint_hex(): key.public_key_bytes()}


def provenance_of(obj: Any) -> str:
    envelope = obj.model_extra["hearth_provenance"]
    assert envelope, "no hearth_provenance in the response"
    return json.dumps(envelope)


def ask(text: str) -> list[Any]:
    return [{"role": "user", "content": text}]


def wait_for(condition: Callable[[], bool], seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.02)


def turn_entries(services: Services) -> list[dict[str, Any]]:
    return [dict(e.fields) for e in services.audit.entries() if e.type == "turn_completed"]


def set_up_guardian(services: Services, **changes: object) -> None:
    services.governance.lock.credential.params = CHEAP_SCRYPT
    services.governance.lock.set_up(PASSPHRASE)
    services.governance.lock_profile(services.profiles.get("standard"), **changes)
    services.governance.lock.lock()


# listing and answering -------------------------------------------------------------------------------------


def test_models_lists_the_bundled_model_as_the_active_one(served: Served) -> None:
    models = served.client().models.list().data
    assert [m.id for m in models] == [MODEL]
    assert models[0].object == "model" and models[0].model_extra["hearth"]["active"] is True


def test_a_completion_returns_the_answer_and_a_signed_statement(served: Served, services: Services,
                                                                fake_engine: FakeEngine) -> None:
    fake_engine.enqueue(ANSWER)
    completion = served.client().chat.completions.create(
        model=MODEL, temperature=0.2, top_p=0.9, max_tokens=100, seed=7,
        messages=[{"role": "system", "content": "Answer like a geologist."},
                  {"role": "user", "content": "Hello"}, {"role": "assistant", "content": "Hi! Ask away."},
                  {"role": "user", "content": [{"type": "text", "text": "How do volcanoes form?"}]}])
    assert completion.object == "chat.completion" and completion.id.startswith("chatcmpl-")
    assert completion.model == MODEL and completion.choices[0].message.content == ANSWER
    assert completion.choices[0].finish_reason == "stop"
    assert completion.usage.completion_tokens == len(ANSWER.split())
    report = verify_text(ANSWER, provenance_of(completion), trusted(services))
    assert report.verdict is ProvenanceVerdict.VALID, report.problem
    stored = completion.model_extra["hearth"]
    conversation = services.store.conversation(stored["conversation_id"])
    assert conversation.title == "API: How do volcanoes form?"
    assert conversation.settings.system_prompt == "Answer like a geologist."
    assert [(m.role, m.content) for m in services.store.messages(conversation.id)] == [
        ("user", "Hello"), ("assistant", "Hi! Ask away."), ("user", "How do volcanoes form?"), ("assistant", ANSWER)]
    request = fake_engine.requests[-1]
    assert (request.temperature, request.top_p, request.max_tokens, request.seed) == (0.2, 0.9, 100, 7)
    assert request.messages[0]["content"].startswith("Answer like a geologist.")
    assert report.predicate["message"]["id"] == stored["message_id"]


def test_a_streamed_answer_arrives_in_order_and_its_last_chunk_has_the_statement(
        served: Served, services: Services, fake_engine: FakeEngine) -> None:
    fake_engine.enqueue("one two three four")
    chunks = list(served.client().chat.completions.create(model=MODEL, messages=ask("Count"), stream=True,
                                                          stream_options={"include_usage": True}))
    texts = [c.choices[0].delta.content for c in chunks if c.choices and c.choices[0].delta.content]
    assert texts == ["one", " two", " three", " four"]
    assert all(c.object == "chat.completion.chunk" and c.id == chunks[0].id for c in chunks)
    assert chunks[0].choices[0].delta.role == "assistant"
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "stop"
    assert chunks[-1].usage.completion_tokens == 4
    assert all(c.model_extra.get("hearth_provenance") is None for c in chunks[:-1])
    report = verify_text("one two three four", provenance_of(chunks[-1]), trusted(services))
    assert report.verdict is ProvenanceVerdict.VALID, report.problem


# screening, keys, governance ---------------------------------------------------------------------------------


@pytest.mark.parametrize("stream", [False, True])
def test_a_blocked_prompt_is_a_400_with_the_category(served: Served, services: Services,
                                                     fake_engine: FakeEngine, stream: bool) -> None:
    use_keywords(services, {"bomb": "S9"})
    with pytest.raises(openai.BadRequestError) as caught:
        served.client().chat.completions.create(model=MODEL, messages=ask("How do I make a bomb?"), stream=stream)
    assert caught.value.code == "content_blocked" and caught.value.type == "content_policy_violation"
    assert caught.value.body["hearth"] | {"reason": ""} == {"category": "S9", "action": "block",
                                                           "direction": "prompt", "profile": "standard", "reason": ""}
    assert fake_engine.requests == []
    assert any(e.type == "screening_verdict" for e in services.audit.entries())


def test_an_earlier_message_is_screened_too_and_nothing_is_stored(served: Served, services: Services,
                                                                 fake_engine: FakeEngine) -> None:
    use_keywords(services, {"bomb": "S9"})
    messages = [*ask("How do I make a bomb?"), {"role": "assistant", "content": "Sure."}, *ask("Go on.")]
    with pytest.raises(openai.BadRequestError) as caught:
        served.client().chat.completions.create(model=MODEL, messages=messages)
    assert caught.value.code == "content_blocked" and caught.value.body["hearth"]["message"] == "earlier user"
    assert services.store.conversations() == [] and fake_engine.requests == []


def test_a_warned_prompt_is_not_sent(served: Served, services: Services, fake_engine: FakeEngine) -> None:
    with pytest.raises(openai.BadRequestError) as caught:
        served.client().chat.completions.create(
            model=MODEL, messages=ask("My phone number is 415 555 0123, can you remind me to call the dentist?"))
    assert caught.value.code == "content_warned" and caught.value.body["hearth"]["category"] == "P1"
    assert fake_engine.requests == [] and services.store.conversations() == []


def test_an_answer_cut_off_by_the_screen_ends_with_content_filter(served: Served, services: Services,
                                                                  fake_engine: FakeEngine) -> None:
    use_keywords(services, {"detonator": "S9"})
    services.safety.screen_prompts = False
    fake_engine.enqueue(HARMFUL_ANSWER)
    chunks = list(served.client().chat.completions.create(model=MODEL, messages=ask("Tell me"), stream=True))
    assert "detonator" not in "".join(c.choices[0].delta.content or "" for c in chunks)
    final = chunks[-1].choices[0]
    assert final.finish_reason == "content_filter" and final.model_extra["hearth"]["category"] == "S9"
    assert verify_text("", provenance_of(chunks[-1]), trusted(services)).verdict is ProvenanceVerdict.VALID


def test_a_wrong_or_missing_key_is_refused(served: Served) -> None:
    with pytest.raises(openai.AuthenticationError) as caught:
        served.client(key="hearth-wrong").models.list()
    assert caught.value.code == "invalid_api_key" and caught.value.type == "invalid_request_error"
    request = urllib.request.Request(served.url + "/chat/completions", json.dumps({"messages": ask("hi")}).encode(),
                                     {"Content-Type": "application/json"})  # no Authorization header at all
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    with refused.value as response:
        assert response.code == 401 and json.load(response)["error"]["code"] == "invalid_api_key"


def test_a_locked_guardian_keeps_the_limits_and_the_hours(served: Served, services: Services,
                                                          fake_engine: FakeEngine) -> None:
    set_up_guardian(services)
    with pytest.raises(openai.PermissionDeniedError) as caught:
        served.client().chat.completions.create(model=MODEL, messages=ask("Hello"), max_tokens=1000)
    assert "managed by the guardian" in caught.value.message and caught.value.code == "governance_refused"
    services.governance.lock.unlock(PASSPHRASE)
    services.governance.save_guardian(services.governance.guardian.with_changes(time_rules={"hours": {}}))
    services.governance.lock.lock()
    with pytest.raises(openai.PermissionDeniedError):
        served.client().chat.completions.create(model=MODEL, messages=ask("Hello"))
    assert fake_engine.requests == [] and services.store.conversations() == []


def test_serving_beyond_this_computer_needs_the_guardian(services: Services,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5") and not is_loopback("")
    set_up_guardian(services)
    check_bind(services, "127.0.0.1")
    with pytest.raises(GuardianLockedError):
        check_bind(services, "0.0.0.0")
    assert main(["serve", "--host", "0.0.0.0"]) == 4
    assert "Serving the API beyond this computer is managed by the guardian." in capsys.readouterr().err
    services.governance.lock.unlock(PASSPHRASE)
    check_bind(services, "0.0.0.0")
    services.require(Control.NETWORK_API)


def test_a_kiosk_serves_no_api(services: Services, capsys: pytest.CaptureFixture[str]) -> None:
    set_up_guardian(services, kiosk=True)
    with pytest.raises(KioskModeError, match="the local API"):
        check_bind(services, "127.0.0.1")
    assert main(["serve"]) == 4
    assert "Not available in kiosk mode" in capsys.readouterr().err
    assert [e.fields.get("options") for e in services.audit.entries() if e.type == "access_refused"][-1] == ["serve"]


def test_the_key_is_kept_across_restarts(paths: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    first = open_services(paths, engine=FakeEngine(), screen=Screen(None))
    key = api_key(first.secrets)
    first.close()
    again = open_services(paths, engine=FakeEngine(), screen=Screen(None))
    assert api_key(again.secrets) == key and again.secrets.get(API_KEY_SECRET) == key.encode()
    again.close()
    assert re.fullmatch(r"hearth-[A-Za-z0-9_-]{32}", key)
    assert main(["serve", "--show-key"]) == 0 and capsys.readouterr().out.strip() == key


# the queue -------------------------------------------------------------------------------------------------


def test_concurrent_clients_each_get_their_own_whole_answer(served: Served, services: Services,
                                                            fake_engine: FakeEngine) -> None:
    fake_engine.token_delay = 0.005
    answers = [" ".join(f"answer{n}-word{i}" for i in range(12)) for n in range(4)]
    fake_engine.enqueue(*answers)
    results: dict[int, tuple[str, Any]] = {}

    def client(n: int) -> None:
        chunks = list(served.client().chat.completions.create(model=MODEL, messages=ask(f"Question {n}"),
                                                              stream=True))
        results[n] = ("".join(c.choices[0].delta.content or "" for c in chunks), chunks[-1].model_extra["hearth"])

    threads = [threading.Thread(target=client, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(text for text, _ in results.values()) == sorted(answers)
    for n, (text, stored) in results.items():
        messages = services.store.messages(stored["conversation_id"])
        assert [(m.role, m.content) for m in messages] == [("user", f"Question {n}"), ("assistant", text)]


def test_a_client_that_leaves_mid_stream_stops_the_turn(served: Served, services: Services,
                                                        fake_engine: FakeEngine) -> None:
    fake_engine.token_delay = 0.02
    fake_engine.enqueue(" ".join(f"word{i}" for i in range(500)))
    stream = served.client().chat.completions.create(model=MODEL, messages=ask("Talk for a long time"), stream=True)
    chunks = iter(stream)
    answer_id = next(chunks).model_extra["hearth"]["message_id"]  # the first chunk names the stored answer
    assert next(chunks).choices[0].delta.content == "word0"
    stream.close()
    wait_for(lambda: services.store.message(answer_id).status != MessageStatus.STREAMING)
    message = services.store.message(answer_id)
    assert message.status == MessageStatus.CANCELLED and 0 < len(message.content.split()) < 500
    entry = turn_entries(services)[-1]
    assert entry["status"] == MessageStatus.CANCELLED and entry["message"] == answer_id
    fake_engine.token_delay = 0.0
    fake_engine.enqueue("Still here.")
    completion = served.client().chat.completions.create(model=MODEL, messages=ask("Are you there?"))
    assert completion.choices[0].message.content == "Still here."


def test_stopping_the_server_ends_a_streaming_answer_as_cancelled(served: Served, services: Services,
                                                                  fake_engine: FakeEngine) -> None:
    fake_engine.token_delay = 0.02
    fake_engine.enqueue(" ".join(f"word{i}" for i in range(500)))
    stream = served.client().chat.completions.create(model=MODEL, messages=ask("Talk for a long time"), stream=True)
    chunks = iter(stream)
    answer_id = next(chunks).model_extra["hearth"]["message_id"]
    started = time.monotonic()
    served.server.should_exit = True  # what Ctrl-C does
    rest = list(chunks)
    assert rest[-1].choices[0].finish_reason == "stop" and rest[-1].model_extra["hearth"]["status"] == "cancelled"
    served.stop()
    assert time.monotonic() - started < 4, "the answer outlived the shutdown"
    assert services.store.message(answer_id).status == MessageStatus.CANCELLED


def test_an_engine_crash_mid_stream_is_an_error_event(served: Served, fake_engine: FakeEngine) -> None:
    fake_engine.crash_after_tokens = 2
    fake_engine.enqueue("one two three four five")
    with pytest.raises(openai.APIError) as caught:
        list(served.client().chat.completions.create(model=MODEL, messages=ask("Hi"), stream=True))
    assert caught.value.code == "engine_crashed" and "stopped unexpectedly" in caught.value.message


# the real model --------------------------------------------------------------------------------------------


@pytest.mark.real_model
def test_the_bundled_model_answers_through_the_api(real_services: Services) -> None:
    with serving(real_services) as served_real:
        client = served_real.client()
        whole = client.chat.completions.create(model=MODEL, messages=ask("Name a colour."), max_tokens=12, seed=1,
                                               temperature=0)
        text = whole.choices[0].message.content
        assert text.strip() and whole.choices[0].finish_reason in ("stop", "length")
        assert verify_text(text, provenance_of(whole), trusted(real_services)).verdict is ProvenanceVerdict.VALID
        chunks = list(client.chat.completions.create(model=MODEL, messages=ask("Name a fruit."), max_tokens=12,
                                                     stream=True))
        streamed = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
        assert streamed.strip()
        assert verify_text(streamed, provenance_of(chunks[-1]), trusted(real_services)).verdict \
            is ProvenanceVerdict.VALID


def test_serving_is_announced_and_audited(services: Services, capsys: pytest.CaptureFixture[str]) -> None:
    from app.api.cli import announce

    announce(services, "0.0.0.0", 8642)
    assert "http://0.0.0.0:8642/v1 (reachable from other computers)" in capsys.readouterr().out
    started = [e.fields for e in services.audit.entries() if e.type == "api_started"]
    assert started == [{"host": "0.0.0.0", "port": 8642, "loopback": False}]


def test_a_client_leaving_while_a_window_turn_runs_does_not_stop_the_window(served: Served, services: Services,
                                                                            fake_engine: FakeEngine) -> None:
    """The API's job waits behind the window's turn: neither its client leaving nor the API stopping (the
    window's "Local API" switch) may cancel the window's answer; the waiting job is only marked cancelled."""
    fake_engine.token_delay = 0.02
    window_answer = " ".join(f"word{i}" for i in range(60))
    fake_engine.enqueue(window_answer, "The API's answer, which nobody waits for.")
    conversation = services.store.create_conversation("Window")
    results: list[Any] = []
    window = threading.Thread(target=lambda: results.append(services.runner.send(conversation.id, "Tell me more")))
    window.start()
    wait_for(lambda: any(m.role == "assistant" for m in services.store.messages(conversation.id)))
    for stream in (False, True):  # each client gives up while its turn still waits for the window's
        leaving = openai.OpenAI(base_url=served.url, api_key=served.key, max_retries=0, timeout=0.3)
        served.clients.append(leaving)
        with pytest.raises(openai.APITimeoutError):
            leaving.chat.completions.create(model=MODEL, messages=ask("Hello?"), stream=stream)
    served.server.should_exit = True  # stopping the API while its job waits cancelled the window's turn before
    window.join(10)
    assert not window.is_alive() and results
    assert results[0].status == MessageStatus.COMPLETE
    assert services.store.messages(conversation.id)[-1].content == window_answer
