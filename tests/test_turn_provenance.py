"""Every assistant message is signed at the end of its turn, names its audit entry, and can be checked."""

from __future__ import annotations

import hashlib
import json

import pytest

from app.audit.verify import verify_log
from app.chat.store import MessageStatus
from app.core.errors import EngineCrashedError
from app.engine.fake import FakeEngine
from app.models.files import file_sha256
from app.provenance.checker import EnvelopeSource
from app.provenance.dsse import Envelope
from app.provenance.statement import parse_statement, text_digest
from app.provenance.verify import ProvenanceVerdict, verify_text
from app.provenance.watermark import WATERMARK_KEY_SECRET, WatermarkKey
from app.services import Services
from test_turn_safety import HARMFUL_ANSWER, use_keywords

ANSWER = "Volcanoes form where molten rock rises through cracks in the crust."


def trusted(services: Services) -> dict[str, bytes]:
    key = services.audit.device_key
    return {key.fingerprint_hex(): key.public_key_bytes()}


def predicate_of(services: Services, message_id: int) -> dict:
    envelope = services.store.message(message_id).provenance
    assert envelope, "the message has no provenance statement"
    return dict(parse_statement(Envelope.from_json(envelope).payload).predicate)


def audit_entry(services: Services, index: int):  # noqa: ANN201
    return next(e for e in services.audit.entries(index, index + 1))


def test_a_completed_answer_is_signed_and_names_its_audit_entry(services: Services,
                                                                fake_engine: FakeEngine) -> None:
    fake_engine.enqueue(ANSWER)
    cid = services.store.create_conversation().id
    result = services.runner.send(cid, "How do volcanoes form?")
    message = services.store.message(result.assistant_message_id)
    assert message.status == MessageStatus.COMPLETE and message.content == ANSWER
    report = verify_text(ANSWER, message.provenance, trusted(services))
    assert report.verdict is ProvenanceVerdict.VALID, report.problem
    predicate = report.predicate
    assert predicate["status"] == "complete" and predicate["generator"]["name"] == "Hearth"
    assert predicate["model"]["sha256"] == file_sha256(services.active_model_path())
    assert predicate["model"]["quantization"] == "Q4_1"
    settings = services.store.conversation(cid).settings
    assert settings.seed == -1  # "a new seed each answer": the statement names the one drawn and used
    assert predicate["sampling"]["seed"] == fake_engine.requests[-1].seed >= 0
    assert predicate["sampling"]["seedDrawnPerAnswer"] is True
    assert predicate["sampling"]["temperature"] == settings.temperature
    profile = services.active_profile()
    assert predicate["safetyProfile"] == {"id": profile.id, "name": profile.name, "hash": profile.content_hash}
    assert predicate["message"] == {"conversation": cid, "id": message.id, "completionTokens": len(ANSWER.split())}
    assert predicate["time"]["started"] <= predicate["time"]["finished"]
    entry = audit_entry(services, predicate["audit"]["index"])
    assert entry.type == "turn_completed" and entry.fields["message"] == message.id
    assert entry.fields["provenance_sha256"] == hashlib.sha256(message.provenance.encode()).hexdigest()
    assert predicate["audit"]["log"] == services.audit.origin
    assert [m.id for m in services.store.messages_with_digest(text_digest(ANSWER))] == [message.id]


def test_the_audit_log_still_verifies_with_signed_turns(services: Services, fake_engine: FakeEngine) -> None:
    cid = services.store.create_conversation().id
    for _ in range(3):
        services.runner.send(cid, "hello")
    services.audit.checkpoint_now()
    report = verify_log(services.audit.path, services.secrets, services.audit.public_key_bytes())
    assert report.ok, report.problems


def test_a_blocked_prompt_gets_a_signed_blocked_notice(services: Services, fake_engine: FakeEngine) -> None:
    use_keywords(services, {"bomb": "S9"})
    cid = services.store.create_conversation().id
    result = services.runner.send(cid, "How do I make a bomb?")
    predicate = predicate_of(services, result.assistant_message_id)
    assert predicate["status"] == "blocked" and predicate["model"] is None
    assert predicate["screening"]["prompt"]["category"] == "S9"
    assert verify_text("", services.store.message(result.assistant_message_id).provenance,
                       trusted(services)).verdict is ProvenanceVerdict.VALID
    entry = audit_entry(services, predicate["audit"]["index"])
    assert entry.type == "screening_verdict" and entry.fields["message"] == result.assistant_message_id
    assert fake_engine.requests == []


def test_an_answer_cut_off_by_the_screen_is_signed_as_blocked(services: Services, fake_engine: FakeEngine) -> None:
    use_keywords(services, {"detonator": "S9"})
    services.safety.screen_prompts = False
    fake_engine.enqueue(HARMFUL_ANSWER)
    cid = services.store.create_conversation().id
    result = services.runner.send(cid, "tell me something")
    predicate = predicate_of(services, result.assistant_message_id)
    assert predicate["status"] == "blocked" and predicate["screening"]["answer"]["category"] == "S9"
    assert predicate["model"] is not None
    envelope = Envelope.from_json(services.store.message(result.assistant_message_id).provenance)
    assert parse_statement(envelope.payload).subject_sha256 == text_digest("")  # signed over what is kept


def test_a_cancelled_answer_is_signed_as_cancelled(services: Services, fake_engine: FakeEngine) -> None:
    fake_engine.enqueue("one two three four five six")
    cid = services.store.create_conversation().id

    class CancelAfterFirst:
        def __getattr__(self, name: str):  # noqa: ANN204
            return lambda *args: True

        def text_received(self, text: str) -> None:
            services.runner.cancel()

    result = services.runner.send(cid, "count", CancelAfterFirst())  # type: ignore[arg-type]
    assert result.status == MessageStatus.CANCELLED
    predicate = predicate_of(services, result.assistant_message_id)
    assert predicate["status"] == "cancelled"
    assert verify_text(result.text, services.store.message(result.assistant_message_id).provenance,
                       trusted(services)).verdict is ProvenanceVerdict.VALID


def test_an_answer_cut_by_an_engine_crash_is_signed_as_interrupted(services: Services,
                                                                   fake_engine: FakeEngine) -> None:
    fake_engine.enqueue("alpha beta gamma delta")
    fake_engine.crash_after_tokens = 2
    cid = services.store.create_conversation().id
    with pytest.raises(EngineCrashedError):
        services.runner.send(cid, "hi")
    message = services.store.messages(cid)[-1]
    assert message.status == MessageStatus.INTERRUPTED and message.content == "alpha beta"
    report = verify_text("alpha beta", message.provenance, trusted(services))
    assert report.verdict is ProvenanceVerdict.VALID and report.predicate["status"] == "interrupted"
    assert audit_entry(services, report.predicate["audit"]["index"]).type == "engine_crashed"


def test_regenerating_drops_the_old_answers_statement(services: Services, fake_engine: FakeEngine) -> None:
    fake_engine.enqueue("first answer here", "second answer here")
    cid = services.store.create_conversation().id
    services.runner.send(cid, "hello")
    services.runner.regenerate(cid)
    assert services.store.messages_with_digest(text_digest("first answer here")) == []
    assert len(services.store.messages_with_digest(text_digest("second answer here"))) == 1


def test_school_watermarks_and_standard_does_not(services: Services, fake_engine: FakeEngine) -> None:
    cid = services.store.create_conversation().id
    services.choose_profile("standard")
    first = services.runner.send(cid, "hello")
    assert fake_engine.watermarked_requests == [] and predicate_of(services, first.assistant_message_id)[
        "watermark"] is None
    assert services.secrets.get(WATERMARK_KEY_SECRET) is None  # no key is made until one is needed
    services.choose_profile("school")
    second = services.runner.send(cid, "hello again")
    [request] = fake_engine.watermarked_requests
    key = WatermarkKey.load_or_create(services.secrets)
    assert request.watermark is not None and request.watermark.key_id == key.key_id
    mark = predicate_of(services, second.assistant_message_id)["watermark"]
    assert mark["keyId"] == key.key_id and mark == {"keyId": key.key_id, **request.watermark.params.to_data()}
    assert key.secret.hex() not in json.dumps(mark)


def test_a_custom_profile_can_ask_for_the_watermark(services: Services, fake_engine: FakeEngine) -> None:
    custom = services.profiles.get("standard").clone("marked", "Marked").with_watermark(True)
    services.save_profile(custom)
    services.choose_profile("marked")
    services.runner.send(services.store.create_conversation().id, "hello")
    assert len(fake_engine.watermarked_requests) == 1


def test_the_checker_finds_this_devices_answer_by_its_text(services: Services, fake_engine: FakeEngine) -> None:
    fake_engine.enqueue(ANSWER)
    cid = services.store.create_conversation().id
    result = services.runner.send(cid, "How do volcanoes form?")
    checker = services.provenance_checker()
    found = checker.check(ANSWER)
    assert found.envelope_source == EnvelopeSource.THIS_DEVICE
    assert found.report is not None and found.report.verdict is ProvenanceVerdict.VALID
    assert [m.id for m in found.made_here] == [result.assistant_message_id]
    assert "never watermarked" in found.watermark_problem
    changed = checker.check(ANSWER.replace("crust", "mantle"))
    assert changed.report is None and changed.envelope_source == EnvelopeSource.NONE and not changed.made_here
    given = checker.check(ANSWER.replace("crust", "mantle"), services.store.message(result.assistant_message_id)
                          .provenance)
    assert given.report.verdict is ProvenanceVerdict.ALTERED_TEXT


def test_the_checker_runs_the_watermark_test_with_the_statements_parameters(services: Services,
                                                                            fake_engine: FakeEngine) -> None:
    services.choose_profile("school")
    long_answer = " ".join(f"word{i}" for i in range(120))
    fake_engine.enqueue(long_answer)
    services.runner.send(services.store.create_conversation().id, "write a lot")
    found = services.provenance_checker().check(long_answer)
    assert found.watermark is not None and found.watermark.scored >= 100
    assert found.watermark_params is not None and found.model_file == services.active_model_path().name
    assert fake_engine.tokenize_requests[-1][1] == long_answer
    # The fake engine does not watermark, so the test finds none (the real test is in test_watermark_real.py).
    assert found.watermark.verdict == "not_watermarked"
    assert isinstance(found.to_data()["watermark"]["z"], float)


def test_without_a_signer_turns_are_only_audited(services: Services, fake_engine: FakeEngine) -> None:
    services.runner.signer = None
    result = services.runner.send(services.store.create_conversation().id, "hello")
    assert services.store.message(result.assistant_message_id).provenance is None
    assert [e.type for e in services.audit.entries()][-1] == "turn_completed"
