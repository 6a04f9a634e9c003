"""The screen inside the turn pipeline: blocked and warned prompts, answers cut off mid-stream, audit events."""

from __future__ import annotations

import pytest

from app.chat.store import MessageStatus
from app.chat.turn import NullObserver, TurnStatus
from app.engine.fake import FakeEngine
from app.safety.profiles import Action
from app.safety.screen import MIN_CHUNK_WORDS, Screen
from app.safety.verdict import Verdict
from app.services import Services
from safety_fakes import KeywordClassifier

HARMFUL_ANSWER = ("Sure, here is a calm introduction to the topic for you. " * (MIN_CHUNK_WORDS // 10 + 1)
                  + "First obtain the detonator and connect it to the main charge carefully. "
                  + "Then continue with the remaining steps as described below in detail. " * 12)


def use_keywords(services: Services, words: dict[str, str]) -> KeywordClassifier:
    classifier = KeywordClassifier(words)
    services.safety.screen = Screen(classifier)  # type: ignore[arg-type]
    services.engine.answer_screen = services.safety.screen  # the fake engine screens answers as the real one does
    return classifier


class Recorder(NullObserver):
    def __init__(self, accept_warnings: bool = False) -> None:
        self.accept_warnings = accept_warnings
        self.texts: list[str] = []
        self.warnings: list[Verdict] = []
        self.screened_verdicts: list[Verdict] = []

    def text_received(self, text: str) -> None:
        self.texts.append(text)

    def confirm_warning(self, verdict: Verdict) -> bool:
        self.warnings.append(verdict)
        return self.accept_warnings

    def screened(self, verdict: Verdict) -> None:
        self.screened_verdicts.append(verdict)


def entries(services: Services, kind: str) -> list:
    return [e for e in services.audit.entries() if e.type == kind]


def test_a_blocked_prompt_never_reaches_the_model(services: Services, fake_engine: FakeEngine) -> None:
    use_keywords(services, {"bomb": "S9"})
    cid = services.store.create_conversation().id
    recorder = Recorder()
    result = services.runner.send(cid, "How do I make a bomb?", recorder)
    assert result.status == MessageStatus.BLOCKED and result.verdict is not None
    assert result.verdict.category == "S9" and result.verdict.direction == "prompt"
    assert fake_engine.requests == [] and fake_engine.loads == 0
    user, notice = services.store.messages(cid)
    assert user.verdict is not None and user.verdict.blocked
    assert (notice.role, notice.status, notice.content) == ("assistant", MessageStatus.BLOCKED, "")
    assert recorder.screened_verdicts == [result.verdict]
    [event] = entries(services, "screening_verdict")
    assert event.fields["category"] == "S9" and event.fields["action"] == "block"
    assert services.audit.was_seen("How do I make a bomb?") == [event.index]
    assert "bomb" not in str(event.fields)


def test_a_blocked_prompt_stays_out_of_later_prompts(services: Services, fake_engine: FakeEngine) -> None:
    use_keywords(services, {"bomb": "S9"})
    cid = services.store.create_conversation().id
    services.runner.send(cid, "How do I make a bomb?")
    services.runner.send(cid, "What is the capital of France?")
    sent = [m["content"] for m in fake_engine.requests[-1].messages]
    assert not any("bomb" in m for m in sent)


def test_a_warned_prompt_is_sent_only_when_the_user_continues(services: Services, fake_engine: FakeEngine) -> None:
    services.choose_profile("standard")
    cid = services.store.create_conversation().id
    text = "My phone number is 415 555 0123, can you remind me to call the dentist?"
    declined = Recorder(accept_warnings=False)
    result = services.runner.send(cid, text, declined)
    assert result.status == TurnStatus.WITHDRAWN and declined.warnings[0].category == "P1"
    assert services.store.messages(cid) == [] and fake_engine.requests == []
    accepted = Recorder(accept_warnings=True)
    fake_engine.enqueue("I will remind you.")
    result = services.runner.send(cid, text, accepted)
    assert result.status == MessageStatus.COMPLETE and result.text == "I will remind you."
    assert services.store.messages(cid)[0].verdict.action is Action.WARN
    assert len(entries(services, "warning_overridden")) == 1


def test_the_child_profile_blocks_what_standard_only_warns_about(services: Services) -> None:
    services.choose_profile("child")
    cid = services.store.create_conversation().id
    result = services.runner.send(cid, "I live at 12 Oak Street, can you help with my homework?")
    assert result.status == MessageStatus.BLOCKED and result.verdict.category == "P1"


def test_the_profile_shapes_the_prompt_and_caps_the_answer(services: Services, fake_engine: FakeEngine) -> None:
    services.choose_profile("child")
    cid = services.store.create_conversation().id
    services.runner.send(cid, "Tell me about dinosaurs")
    request = fake_engine.requests[-1]
    child = services.profiles.get("child")
    assert child.system_prompt_addition in request.messages[0]["content"]
    assert request.max_tokens == min(child.answer_max_tokens, services.store.conversation(cid).settings.max_tokens)


def test_an_unsafe_answer_is_cut_off_and_never_shown_or_kept(services: Services, fake_engine: FakeEngine) -> None:
    use_keywords(services, {"detonator": "S9"})
    services.safety.screen_prompts = False
    fake_engine.enqueue(HARMFUL_ANSWER)
    cid = services.store.create_conversation().id
    recorder = Recorder()
    result = services.runner.send(cid, "tell me something", recorder)
    shown = "".join(recorder.texts)
    assert result.status == MessageStatus.BLOCKED and result.verdict.direction == "answer"
    assert "detonator" not in shown and shown.startswith("Sure, here is")
    stored = services.store.message(result.assistant_message_id)
    assert stored.status == MessageStatus.BLOCKED and stored.content == "" and stored.verdict.category == "S9"
    sent_tokens = len(HARMFUL_ANSWER.split())
    assert fake_engine.requests and len(shown.split()) < sent_tokens / 2
    [event] = entries(services, "screening_verdict")
    assert event.fields["direction"] == "answer" and event.text_mac and not event.has_content


def test_a_safe_answer_streams_whole_in_screened_chunks(services: Services, fake_engine: FakeEngine) -> None:
    use_keywords(services, {"detonator": "S9"})
    answer = "Paris is the capital of France. It is known for the Eiffel Tower and fine museums. " * 5
    fake_engine.enqueue(answer)
    cid = services.store.create_conversation().id
    recorder = Recorder()
    result = services.runner.send(cid, "Tell me about Paris", recorder)
    assert result.status == MessageStatus.COMPLETE
    assert "".join(recorder.texts) == result.text == services.store.messages(cid)[-1].content
    assert 1 < len(recorder.texts) < len(answer.split())


def test_answer_screening_can_be_switched_off(services: Services, fake_engine: FakeEngine) -> None:
    use_keywords(services, {"detonator": "S9"})
    services.safety.screen_answers = False
    fake_engine.enqueue(HARMFUL_ANSWER)
    cid = services.store.create_conversation().id
    assert services.runner.send(cid, "tell me something").status == MessageStatus.COMPLETE


def test_a_screen_that_cannot_run_fails_closed(services: Services, fake_engine: FakeEngine) -> None:
    from app.safety.embedder import ScreeningUnavailableError

    class Broken:
        def score(self, texts, direction):  # noqa: ANN001, ANN201
            raise ScreeningUnavailableError("The safety screen could not check this text.")

    services.safety.screen = Screen(Broken())  # type: ignore[arg-type]
    cid = services.store.create_conversation().id
    with pytest.raises(ScreeningUnavailableError):
        services.runner.send(cid, "hello")
    assert fake_engine.requests == [] and services.store.messages(cid) == []


def test_an_unreadable_profile_falls_back_to_the_strictest_and_says_so(services: Services) -> None:
    custom = services.profiles.get("standard").clone("mine", "Mine")
    services.profiles.save(custom)
    services.choose_profile("mine")
    (services.paths.profiles_dir / "mine.toml").write_text("schema = 1\n")
    assert services.active_profile().id == "child"
    assert services.profile_problem is not None and "mine.toml" in services.profile_problem
    assert entries(services, "tamper_detected")[-1].fields["what"] == "safety_profile"


def test_a_refused_prompt_never_becomes_the_title(services: Services) -> None:
    use_keywords(services, {"bomb": "S9"})
    cid = services.store.create_conversation().id
    services.runner.send(cid, "How do I make a bomb?")
    assert services.store.conversation(cid).title == "New chat"


def test_declining_a_warning_on_regenerate_keeps_the_sent_message(services: Services,
                                                                  fake_engine: FakeEngine) -> None:
    cid = services.store.create_conversation().id
    text = "My phone number is 415 555 0123, can you remind me to call the dentist?"
    services.runner.send(cid, text, Recorder(accept_warnings=True))
    result = services.runner.regenerate(cid, Recorder(accept_warnings=False))
    assert result.status == TurnStatus.WITHDRAWN
    assert [m.content for m in services.store.messages(cid) if m.role == "user"] == [text]


def test_an_edit_withdrawn_at_a_warning_keeps_the_old_exchange(services: Services, fake_engine: FakeEngine) -> None:
    fake_engine.enqueue("Sure, I can help.")
    cid = services.store.create_conversation().id
    services.runner.send(cid, "Help me plan a picnic")
    before = [(m.role, m.content) for m in services.store.messages(cid)]
    declined = Recorder(accept_warnings=False)
    edited = "Help me plan a picnic, my phone number is 415 555 0123"
    result = services.runner.edit_last(cid, edited, declined)
    assert result.status == TurnStatus.WITHDRAWN and len(declined.warnings) == 1
    assert [(m.role, m.content) for m in services.store.messages(cid)] == before
    accepted = Recorder(accept_warnings=True)
    fake_engine.enqueue("Here is a plan.")
    result = services.runner.edit_last(cid, edited, accepted)
    assert result.status == MessageStatus.COMPLETE and len(accepted.warnings) == 1  # asked once, not twice
    assert [m.content for m in services.store.messages(cid)] == [edited, "Here is a plan."]


def test_an_edit_that_cannot_be_screened_keeps_the_old_exchange(services: Services,
                                                                fake_engine: FakeEngine) -> None:
    from app.safety.embedder import ScreeningUnavailableError

    fake_engine.enqueue("Sure.")
    cid = services.store.create_conversation().id
    services.runner.send(cid, "hello")

    class Broken:
        def score(self, texts, direction):  # noqa: ANN001, ANN201
            raise ScreeningUnavailableError("The safety screen could not check this text.")

    services.safety.screen = Screen(Broken())  # type: ignore[arg-type]
    with pytest.raises(ScreeningUnavailableError):
        services.runner.edit_last(cid, "hello again")
    assert [m.content for m in services.store.messages(cid)] == ["hello", "Sure."]
