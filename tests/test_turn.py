"""The turn pipeline against the fake engine: order, persistence, cancel, crash, edit, regenerate."""

from __future__ import annotations

import threading

import pytest

from app.chat.store import MessageStatus
from app.chat.turn import NullObserver, TurnStart
from app.core.errors import ContextOverflowError, EngineCrashedError, HearthError
from app.engine.fake import FakeEngine
from app.services import Services


class Recorder(NullObserver):
    def __init__(self) -> None:
        self.started: list[TurnStart] = []
        self.texts: list[str] = []

    def turn_started(self, start: TurnStart) -> None:
        self.started.append(start)

    def text_received(self, text: str) -> None:
        self.texts.append(text)


def test_a_turn_stores_the_question_and_the_streamed_answer(services: Services, fake_engine: FakeEngine) -> None:
    fake_engine.enqueue("Paris is the capital.")
    cid = services.store.create_conversation().id
    recorder = Recorder()
    result = services.runner.send(cid, "  What is the capital of France?  ", recorder)
    stored = services.store.messages(cid)
    assert [(m.role, m.content, m.status) for m in stored] == [
        ("user", "What is the capital of France?", "complete"),
        ("assistant", "Paris is the capital.", "complete"),
    ]
    assert "".join(recorder.texts) == result.text == "Paris is the capital."
    assert recorder.started[0].assistant_message_id == stored[1].id
    assert services.store.conversation(cid).title == "What is the capital of France?"
    assert result.completion_tokens == 4


def test_the_prompt_has_the_system_prompt_and_the_history(services: Services, fake_engine: FakeEngine) -> None:
    cid = services.store.create_conversation().id
    services.runner.send(cid, "first")
    services.runner.send(cid, "second")
    request = fake_engine.requests[-1]
    assert request.messages[0]["role"] == "system"
    assert [m["content"] for m in request.messages[1:]][::2] == ["first", "second"]
    assert request.max_tokens == services.store.conversation(cid).settings.max_tokens


def test_empty_messages_are_refused(services: Services) -> None:
    cid = services.store.create_conversation().id
    with pytest.raises(HearthError):
        services.runner.send(cid, "   ")
    assert services.store.messages(cid) == []


def test_cancel_keeps_the_partial_answer_marked_cancelled(services: Services, fake_engine: FakeEngine) -> None:
    fake_engine.token_delay = 0.005
    fake_engine.enqueue(" ".join(["word"] * 2000))
    cid = services.store.create_conversation().id

    class CancelAfterFive(Recorder):
        def text_received(self, text: str) -> None:
            super().text_received(text)
            if len(self.texts) == 5:
                threading.Thread(target=services.runner.cancel).start()

    result = services.runner.send(cid, "long please", CancelAfterFive())
    answer = services.store.message(result.assistant_message_id)
    assert answer.status == MessageStatus.CANCELLED
    assert 5 <= len(answer.content.split()) < 100


def test_an_engine_crash_marks_the_saved_partial_answer_interrupted(services: Services,
                                                                    fake_engine: FakeEngine) -> None:
    fake_engine.crash_after_tokens = 3
    fake_engine.enqueue("one two three four five")
    cid = services.store.create_conversation().id
    with pytest.raises(EngineCrashedError):
        services.runner.send(cid, "hello")
    answer = services.store.messages(cid)[-1]
    assert (answer.content, answer.status) == ("one two three", MessageStatus.INTERRUPTED)
    fake_engine.enqueue("back again")
    assert services.runner.send(cid, "still there?").text == "back again"


def test_regenerate_replaces_only_the_last_answer(services: Services, fake_engine: FakeEngine) -> None:
    fake_engine.enqueue("first answer", "second answer")
    cid = services.store.create_conversation().id
    services.runner.send(cid, "question")
    services.runner.regenerate(cid)
    assert [m.content for m in services.store.messages(cid)] == ["question", "second answer"]


def test_edit_last_replaces_the_question_and_its_answer(services: Services, fake_engine: FakeEngine) -> None:
    fake_engine.enqueue("a1", "a2", "a2 edited")
    cid = services.store.create_conversation().id
    services.runner.send(cid, "q1")
    services.runner.send(cid, "q2")
    services.runner.edit_last(cid, "q2 better")
    assert [m.content for m in services.store.messages(cid)] == ["q1", "a1", "q2 better", "a2 edited"]


def test_a_context_overflow_leaves_no_empty_answer(services: Services) -> None:
    class Overflowing(FakeEngine):
        def generate(self, request):
            raise ContextOverflowError("too long")
            yield  # pragma: no cover

    services.runner.engine = Overflowing()
    cid = services.store.create_conversation().id
    with pytest.raises(ContextOverflowError):
        services.runner.send(cid, "x")
    assert [m.role for m in services.store.messages(cid)] == ["user"]


def test_a_full_disk_mid_answer_stops_the_engine_and_keeps_what_was_saved(services: Services,
                                                                          fake_engine: FakeEngine) -> None:
    from app.core.errors import DiskFullError

    fake_engine.enqueue("one two three four five six")
    cid = services.store.create_conversation().id
    real_append = services.store.append_text
    calls = []

    def append_until_full(message_id: int, text: str) -> None:
        calls.append(text)
        if len(calls) == 3:
            raise DiskFullError("Hearth could not save because the disk is full.")
        real_append(message_id, text)

    services.store.append_text = append_until_full  # type: ignore[method-assign]
    with pytest.raises(DiskFullError):
        services.runner.send(cid, "count")
    answer = services.store.messages(cid)[-1]
    assert answer.content == "one two" and answer.status == MessageStatus.INTERRUPTED
    assert len(calls) == 3  # the stream was closed: no batch after the failure
