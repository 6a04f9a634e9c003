"""Remote inference backends: the tokens come from an OpenAI-compatible server, governance stays here.

The fast tests run the real engine process (which streams from the server and
screens the answer) against a scripted server on loopback; the end-to-end
tests at the bottom run ``python -m llama_cpp.server`` with the bundled model
as the backend, as a school's lab server would.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.audit.verify import verify_log
from app.chat.store import MessageStatus
from app.chat.turn import NullObserver
from app.cli import main
from app.core.errors import ContextOverflowError, EngineCrashedError, ModelLoadError
from app.core.paths import AppPaths
from app.engine.client import EngineProcess
from app.engine.remote import InvalidServerAddress, model_identity, normalise_server_url
from app.governance.cli import EXIT_LOCKED
from app.governance.governance import is_governance_refusal
from app.models.files import bundled_model_path
from app.provenance.dsse import Envelope
from app.provenance.statement import parse_statement
from app.provenance.verify import ProvenanceVerdict, verify_text
from app.safety.profiles import Action
from app.safety.screen import Screen
from app.services import SERVER_KEY_SECRET, Services, open_services
from safety_fakes import KeywordClassifier
from scripted_server import Running, closed_port, scripted_server
from governance_fakes import PASSPHRASE
from test_governance import set_up_guardian


@pytest.fixture
def lab() -> Iterator[Running]:
    with scripted_server() as running:
        yield running


def predicate_of(services: Services, message_id: int) -> dict[str, Any]:
    envelope = services.store.message(message_id).provenance
    assert envelope, "the answer was not signed"
    return dict(parse_statement(Envelope.from_json(envelope).payload).predicate)


def trusted(services: Services) -> dict[str, bytes]:
    key = services.audit.device_key
    return {key.fingerprint_hex(): key.public_key_bytes()}


def log_verifies(services: Services) -> bool:
    return verify_log(services.audit.path, services.secrets, services.audit.public_key_bytes()).ok


def audit_fields(services: Services, kind: str) -> list[dict[str, Any]]:
    return [dict(e.fields) for e in services.audit.entries() if e.type == kind]


# addresses and identities -------------------------------------------------------------------------


@pytest.mark.parametrize("given, stored", [
    ("http://lab-server:8080", "http://lab-server:8080"),
    (" http://lab-server:8080/v1/ ", "http://lab-server:8080"),
    ("https://ai.school.example/ollama/v1", "https://ai.school.example/ollama"),
    ("http://[::1]:11434", "http://[::1]:11434"),
])
def test_server_addresses_are_stored_in_one_form(given: str, stored: str) -> None:
    assert normalise_server_url(given) == stored


@pytest.mark.parametrize("given, says", [
    ("lab-server:8080", "is not the address"),
    ("ftp://lab-server", "is not the address"),
    ("http://student:secret@lab-server:8080", "must not contain a user name or password"),
    ("http://lab-server:8080/?key=abc", "query or fragment"),
    ("http://lab-server:99999", "invalid port"),
])
def test_bad_server_addresses_are_refused_with_a_reason(given: str, says: str) -> None:
    with pytest.raises(InvalidServerAddress, match=says):
        normalise_server_url(given)


def test_a_server_model_is_approved_by_the_pair_of_address_and_model_id() -> None:
    entry = model_identity("http://lab:8080", "llama3")
    assert len(entry) == 64 and int(entry, 16) >= 0
    assert entry == model_identity("http://lab:8080", "llama3")
    assert entry not in {model_identity("http://lab:8081", "llama3"), model_identity("http://lab:8080", "llama3.1")}


# a governed turn through a server -------------------------------------------------------------------


def test_an_answer_from_a_server_is_screened_signed_and_audited_here_with_the_server_named(
        remote_services: Services, lab: Running, capsys: pytest.CaptureFixture[str]) -> None:
    lab.script.fingerprint, lab.script.prompt_tokens = "fp_lab_42", 17
    info = remote_services.use_inference_server(lab.url + "/v1/")
    assert info is not None and (info.name, info.server) == ("lab-model", lab.url)
    conversation = remote_services.store.create_conversation()
    result = remote_services.runner.send(conversation.id, "How do volcanoes form?")

    assert (result.status, result.text) == (MessageStatus.COMPLETE, "Volcanoes form where rock rises.")
    assert result.prompt_tokens == 17  # the server's own count
    sent = lab.script.requests[-1]
    assert sent["model"] == "lab-model" and sent["stream"] is True and sent["messages"][-1] == \
        {"role": "user", "content": "How do volcanoes form?"}
    assert isinstance(sent["seed"], int) and sent["seed"] >= 0
    predicate = predicate_of(remote_services, result.assistant_message_id)
    assert predicate["model"]["server"] == {"url": lab.url, "modelId": "lab-model", "fingerprint": "fp_lab_42",
                                            "weightsHashedLocally": False}
    assert predicate["model"]["sha256"] is None and predicate["sampling"]["seed"] == sent["seed"]
    report = verify_text(result.text, remote_services.store.message(result.assistant_message_id).provenance or "",
                         trusted(remote_services))
    assert report.verdict is ProvenanceVerdict.VALID
    from app.provenance.export import write_answer

    text_file = remote_services.paths.data_dir / "answer.txt"
    sidecar = write_answer(text_file, remote_services.store.message(result.assistant_message_id))
    assert main(["verify", str(text_file), str(sidecar), "--no-watermark"]) == 0
    said = capsys.readouterr().out
    assert f"model: lab-model on the inference server {lab.url} (weights not hashed on this device)" in said
    loaded = audit_fields(remote_services, "model_loaded")[-1]
    assert loaded["server"] == lab.url and loaded["sha256"] is None and loaded["weights_hashed_locally"] is False
    changed = audit_fields(remote_services, "inference_server_changed")[-1]
    assert changed["allowlist_entry"] == model_identity(lab.url, "lab-model")
    assert log_verifies(remote_services)


def test_a_blocked_prompt_never_reaches_the_server(remote_services: Services, lab: Running) -> None:
    remote_services.use_inference_server(lab.url)
    remote_services.safety.screen = Screen(KeywordClassifier({"detonator": "S9"}))  # type: ignore[arg-type]
    conversation = remote_services.store.create_conversation()
    result = remote_services.runner.send(conversation.id, "How do I wire a detonator?")
    assert result.status == MessageStatus.BLOCKED
    assert lab.script.requests == []


def test_a_connection_lost_mid_answer_is_handled_like_an_engine_crash(remote_services: Services,
                                                                       lab: Running) -> None:
    remote_services.use_inference_server(lab.url)
    lab.script.drop_after, lab.script.word_delay = 3, 0.05
    conversation = remote_services.store.create_conversation()
    with pytest.raises(EngineCrashedError, match="connection to the inference server .* was lost"):
        remote_services.runner.send(conversation.id, "How do volcanoes form?")
    answer = remote_services.store.messages(conversation.id)[-1]
    assert answer.role == "assistant" and answer.status == MessageStatus.INTERRUPTED
    assert "Volcanoes" in answer.content and "rises" not in answer.content
    assert predicate_of(remote_services, answer.id)["status"] == MessageStatus.INTERRUPTED
    assert audit_fields(remote_services, "engine_crashed")

    lab.script.drop_after = None  # the server is back: the next turn works
    assert remote_services.runner.send(conversation.id, "And then?").status == MessageStatus.COMPLETE


def test_stopping_an_answer_drops_the_connection_so_the_server_stops(remote_services: Services,
                                                                       lab: Running) -> None:
    remote_services.use_inference_server(lab.url)
    lab.script.words, lab.script.word_delay = ["word "] * 200, 0.02

    class StopEarly(NullObserver):
        def text_received(self, text: str) -> None:
            remote_services.runner.cancel()

    conversation = remote_services.store.create_conversation()
    result = remote_services.runner.send(conversation.id, "Count for me.", StopEarly())
    assert result.status == MessageStatus.CANCELLED
    assert lab.script.disconnected.wait(5), "the server never saw the client go"


def test_the_watermark_a_profile_asks_for_is_recorded_as_not_applied_by_a_server(
        remote_services: Services, lab: Running) -> None:
    remote_services.choose_profile("school")  # School watermarks its answers
    assert remote_services.watermark_spec() is not None
    remote_services.use_inference_server(lab.url)
    result = remote_services.runner.send(remote_services.store.create_conversation().id, "How do volcanoes form?")
    assert result.status == MessageStatus.COMPLETE
    predicate = predicate_of(remote_services, result.assistant_message_id)
    assert predicate["watermark"] is None and "inference server" in predicate["extra"]["watermarkNotApplied"]
    assert audit_fields(remote_services, "turn_completed")[-1]["watermark"] == "not applied: inference server"


def test_hearth_serve_in_front_of_a_server_offers_its_model_and_governs_every_request(
        remote_services: Services, lab: Running) -> None:
    from test_api import serving

    remote_services.use_inference_server(lab.url)
    with serving(remote_services) as served:
        client = served.client()
        assert [m.id for m in client.models.list().data] == ["lab-model"]
        stream = client.chat.completions.create(model="lab-model", messages=[{"role": "user", "content": "Hi?"}],
                                                stream=True)
        chunks = list(stream)
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == \
        "Volcanoes form where rock rises."
    assert {c.model for c in chunks} == {"lab-model"}
    assert len(lab.script.requests) == 1


# refusals and clear errors -------------------------------------------------------------------------


def test_an_unreachable_server_is_refused_and_nothing_changes(remote_services: Services) -> None:
    with pytest.raises(ModelLoadError, match="cannot reach the inference server .* nothing is listening"):
        remote_services.use_inference_server(f"http://127.0.0.1:{closed_port()}")
    assert remote_services.config.inference_server is None and remote_services.inference_target() is None


def test_a_server_that_wants_a_key_gets_it_from_the_keyring_never_from_a_file(remote_services: Services,
                                                                                lab: Running) -> None:
    lab.script.api_key = "sk-lab-secret-123"
    with pytest.raises(ModelLoadError, match="refused Hearth's API key"):
        remote_services.use_inference_server(lab.url)
    remote_services.use_inference_server(lab.url, api_key="sk-lab-secret-123")
    result = remote_services.runner.send(remote_services.store.create_conversation().id, "Hello?")
    assert result.status == MessageStatus.COMPLETE
    assert lab.script.headers[-1]["authorization"] == "Bearer sk-lab-secret-123"
    assert remote_services.secrets.get(SERVER_KEY_SECRET) == b"sk-lab-secret-123"
    assert "sk-lab-secret" not in remote_services.paths.config_file.read_text()
    envelope = remote_services.store.message(result.assistant_message_id).provenance or ""
    assert "sk-lab-secret" not in envelope


def test_a_server_with_several_models_must_be_told_which(remote_services: Services, lab: Running) -> None:
    lab.script.models = ["small", "large"]
    with pytest.raises(ModelLoadError, match="offers several models") as raised:
        remote_services.use_inference_server(lab.url)
    assert "small, large" in raised.value.advice
    with pytest.raises(ModelLoadError, match="does not offer the model “medium”"):
        remote_services.use_inference_server(lab.url, model="medium")
    assert remote_services.use_inference_server(lab.url, model="large").name == "large"  # type: ignore[union-attr]


def test_a_conversation_too_long_for_the_server_is_a_context_error(remote_services: Services,
                                                                     lab: Running) -> None:
    remote_services.use_inference_server(lab.url)
    lab.script.status, lab.script.error = 400, {"message": "This model's maximum context length is 2048 tokens.",
                                                "code": "context_length_exceeded"}
    conversation = remote_services.store.create_conversation()
    with pytest.raises(ContextOverflowError, match="too long for the server's model"):
        remote_services.runner.send(conversation.id, "How do volcanoes form?")
    assert all(m.role == "user" for m in remote_services.store.messages(conversation.id))  # no empty answer kept


def test_the_allowlist_in_force_decides_which_server_models_may_answer(remote_services: Services,
                                                                       lab: Running) -> None:
    remote_services.use_inference_server(lab.url)
    set_up_guardian(remote_services, model_allowlist=("0" * 64,))
    conversation = remote_services.store.create_conversation()
    with pytest.raises(Exception) as refused:
        remote_services.runner.send(conversation.id, "How do volcanoes form?")
    assert is_governance_refusal(refused.value) and lab.script.requests == []
    assert audit_fields(remote_services, "access_refused")[-1]["reason"] == "model_not_allowed"

    assert remote_services.governance.lock.unlock(PASSPHRASE).ok
    guardian = remote_services.governance.guardian
    assert guardian is not None
    remote_services.governance.lock_profile(remote_services.profiles.get("child"),
                                            model_allowlist=(model_identity(lab.url, "lab-model"),))
    remote_services.governance.lock.lock()
    assert remote_services.runner.send(conversation.id, "How do volcanoes form?").status == MessageStatus.COMPLETE


def test_while_locked_only_the_guardian_may_change_where_answers_come_from(remote_services: Services,
                                                                           lab: Running) -> None:
    set_up_guardian(remote_services)
    with pytest.raises(Exception) as refused:
        remote_services.use_inference_server(lab.url)
    assert is_governance_refusal(refused.value) and remote_services.config.inference_server is None


# the command line ----------------------------------------------------------------------------------


def test_hearth_backend_use_status_and_local(lab: Running, paths: AppPaths,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backend", "use", lab.url]) == 0
    said = capsys.readouterr().out
    assert f"“lab-model” on {lab.url}" in said and "watermark cannot be applied" in said
    assert main(["backend", "status"]) == 0
    said = capsys.readouterr().out
    assert f"inference server {lab.url}" in said and "The server offers: lab-model" in said
    assert model_identity(lab.url, "lab-model") in said
    assert json.loads(paths.config_file.read_text())["inference_server"] == lab.url
    assert main(["backend", "local"]) == 0
    assert json.loads(paths.config_file.read_text())["inference_server"] is None
    assert main(["backend", "use", f"http://127.0.0.1:{closed_port()}"]) == 1
    assert "cannot reach" in capsys.readouterr().err


def test_a_guardian_approves_a_server_model_from_the_terminal(services: Services, lab: Running,
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    set_up_guardian(services, model_allowlist=("0" * 64,))
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": PASSPHRASE)
    assert main(["backend", "use", lab.url]) == 0  # the guardian's passphrase was asked for
    assert "NOT on the allowlist" in capsys.readouterr().out
    assert main(["chat", "How do volcanoes form?"]) == EXIT_LOCKED
    assert lab.script.requests == [] and "not approved" in capsys.readouterr().err.lower()
    assert main(["guardian", "allow-model", "--server", lab.url, "--model", "lab-model"]) == 0
    assert main(["chat", "How do volcanoes form?"]) == 0
    assert "Volcanoes form where rock rises." in capsys.readouterr().out


# the real thing: llama-cpp-python's own server with the bundled model --------------------------------


class LlamaServer:
    """``python -m llama_cpp.server`` with the bundled model on a loopback port; its access log is kept."""

    def __init__(self, log_path: Path) -> None:
        self.port = closed_port()  # free now; the server takes it
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.log_path.write_bytes(b"")
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "llama_cpp.server", "--model", str(bundled_model_path()), "--model_alias",
                 "smollm2", "--host", "127.0.0.1", "--port", str(self.port), "--n_ctx", "2048", "--n_threads", "2"],
                stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        deadline = time.monotonic() + 120
        while True:
            assert self.process.poll() is None, self.log_path.read_text(errors="replace")[-2000:]
            assert time.monotonic() < deadline, "llama_cpp.server did not start"
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.2)

    def chat_requests(self) -> int:
        return self.log_path.read_text(errors="replace").count("POST /v1/chat/completions")

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LlamaServer]:
    server = LlamaServer(tmp_path_factory.mktemp("llama-server") / "server.log")
    server.start()
    yield server
    server.kill()


@pytest.fixture
def lab_services(paths: AppPaths, real_screen: Screen, llama_server: LlamaServer) -> Iterator[Services]:
    """Hearth with the real screen, using llama_cpp.server as its inference server."""
    if llama_server.process is None or llama_server.process.poll() is not None:
        llama_server.start()  # a test before this one killed it
    opened = open_services(paths, engine=EngineProcess(n_threads=2), screen=real_screen)
    opened.use_inference_server(llama_server.url)
    yield opened
    opened.close()


def use_profile_blocking_everything(services: Services, direction: str) -> None:
    """A profile whose S1 rule blocks every text in ``direction`` (any classifier score reaches 0)."""
    strict = services.profiles.get("standard").clone(f"{direction}s-off", f"All {direction}s blocked")
    services.save_profile(strict.with_rule("S1", direction, Action.BLOCK, threshold=0.0))
    services.choose_profile(strict.id)


def _short_answers(services: Services) -> int:
    conversation = services.store.create_conversation()
    services.store.update_settings(conversation.id,
                                   conversation.settings.with_changes(max_tokens=48, temperature=0.0, seed=7))
    return conversation.id


@pytest.mark.real_model
def test_llama_cpp_server_answers_through_the_whole_governance_pipeline(lab_services: Services,
                                                                        llama_server: LlamaServer) -> None:
    before = llama_server.chat_requests()
    result = lab_services.runner.send(_short_answers(lab_services), "Name three colours of the rainbow.")
    assert result.status == MessageStatus.COMPLETE
    assert result.text.strip() and result.completion_tokens > 0
    assert llama_server.chat_requests() == before + 1
    predicate = predicate_of(lab_services, result.assistant_message_id)
    assert predicate["model"]["server"]["url"] == llama_server.url
    assert predicate["model"]["name"] == "smollm2" and predicate["model"]["sha256"] is None
    report = verify_text(result.text, lab_services.store.message(result.assistant_message_id).provenance or "",
                         trusted(lab_services))
    assert report.verdict is ProvenanceVerdict.VALID
    assert log_verifies(lab_services)


@pytest.mark.real_model
def test_llama_cpp_server_answers_are_screened_here_as_they_stream(lab_services: Services,
                                                                   llama_server: LlamaServer) -> None:
    # A profile that blocks every answer at once: whatever the server writes, the screen here must stop it.
    use_profile_blocking_everything(lab_services, "answer")
    before = llama_server.chat_requests()
    result = lab_services.runner.send(_short_answers(lab_services), "Name three colours of the rainbow.")
    assert llama_server.chat_requests() == before + 1  # the server wrote an answer ...
    assert result.status == MessageStatus.BLOCKED and result.text == ""  # ... which never left the screen
    assert lab_services.store.message(result.assistant_message_id).content == ""
    assert predicate_of(lab_services, result.assistant_message_id)["screening"]["answer"]["action"] == "block"


@pytest.mark.real_model
def test_llama_cpp_server_is_never_sent_a_prompt_the_profile_blocks(lab_services: Services,
                                                                    llama_server: LlamaServer) -> None:
    use_profile_blocking_everything(lab_services, "prompt")
    before = llama_server.chat_requests()
    result = lab_services.runner.send(_short_answers(lab_services), "Name three colours of the rainbow.")
    assert result.status == MessageStatus.BLOCKED
    time.sleep(0.5)
    assert llama_server.chat_requests() == before


@pytest.mark.real_model
def test_killing_llama_cpp_server_mid_answer_interrupts_it_like_an_engine_crash(lab_services: Services,
                                                                                llama_server: LlamaServer) -> None:
    class KillTheServer(NullObserver):
        def text_received(self, text: str) -> None:
            llama_server.kill()

    conversation = lab_services.store.create_conversation()
    lab_services.store.update_settings(conversation.id, conversation.settings.with_changes(max_tokens=400))
    with pytest.raises(EngineCrashedError, match="was lost in the middle of the answer"):
        lab_services.runner.send(conversation.id, "Write a long story about a lighthouse keeper.", KillTheServer())
    answer = lab_services.store.messages(conversation.id)[-1]
    assert answer.status == MessageStatus.INTERRUPTED and answer.content
    assert predicate_of(lab_services, answer.id)["status"] == MessageStatus.INTERRUPTED
    assert audit_fields(lab_services, "engine_crashed")
    assert log_verifies(lab_services)
