"""Fitting a long conversation into the context: oldest turns go first, the system prompt stays."""

from __future__ import annotations

import pytest

from app.chat.context import fit_to_context
from app.core.errors import ContextOverflowError


def count_words(messages) -> int:
    return sum(len(m["content"].split()) + 2 for m in messages)


def conversation(turns: int) -> list[dict[str, str]]:
    msgs = [{"role": "system", "content": "be kind"}]
    for i in range(turns):
        msgs.append({"role": "user", "content": f"question {i} " + "word " * 8})
        msgs.append({"role": "assistant", "content": f"answer {i} " + "word " * 8})
    msgs.append({"role": "user", "content": "the newest question"})
    return msgs


def test_a_conversation_that_fits_is_untouched() -> None:
    msgs = conversation(2)
    fitted = fit_to_context(msgs, count_words, n_ctx=500, reserve_for_answer=100)
    assert fitted.messages == msgs and fitted.dropped_messages == 0
    assert fitted.prompt_tokens == count_words(msgs)


def test_oldest_whole_turns_are_dropped_and_the_system_prompt_kept() -> None:
    msgs = conversation(10)
    fitted = fit_to_context(msgs, count_words, n_ctx=160, reserve_for_answer=60)
    assert fitted.messages[0] == msgs[0]
    assert fitted.messages[1]["role"] == "user"
    assert fitted.messages[-1]["content"] == "the newest question"
    assert fitted.dropped_messages > 0 and fitted.dropped_messages % 2 == 0
    assert fitted.prompt_tokens <= 100
    assert len(fitted.messages) == len(msgs) - fitted.dropped_messages


def test_a_message_too_long_on_its_own_is_a_clear_error() -> None:
    msgs = [{"role": "system", "content": "hi"}, {"role": "user", "content": "word " * 500}]
    with pytest.raises(ContextOverflowError) as info:
        fit_to_context(msgs, count_words, n_ctx=256, reserve_for_answer=128)
    assert "context length" in info.value.advice


def test_without_a_system_prompt_the_newest_message_survives() -> None:
    msgs = conversation(5)[1:]
    fitted = fit_to_context(msgs, count_words, n_ctx=60, reserve_for_answer=20)
    assert fitted.messages[-1]["content"] == "the newest question"
    assert fitted.messages[0]["role"] == "user"
