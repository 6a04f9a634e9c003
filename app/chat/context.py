"""Fitting a conversation into the model's context window.

When the history no longer fits, the oldest turns are dropped (never the
system prompt, never the newest user message) until the prompt plus room for
the answer fits. The function is pure: the engine passes in its tokenizer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.core.errors import ContextOverflowError
from app.core.i18n import QT_TRANSLATE_NOOP

ChatMessage = dict[str, str]


@dataclass(frozen=True)
class FittedPrompt:
    messages: list[ChatMessage]
    prompt_tokens: int
    dropped_messages: int


def fit_to_context(
    messages: Sequence[ChatMessage],
    count_tokens: Callable[[Sequence[ChatMessage]], int],
    n_ctx: int,
    reserve_for_answer: int,
) -> FittedPrompt:
    """Drop the oldest non-system messages until the prompt leaves room for the answer.

    Messages are dropped in whole user/assistant turns so the history never
    starts with an orphaned answer. Raises :class:`ContextOverflowError` when
    even the system prompt and the newest message do not fit.
    """
    budget = n_ctx - reserve_for_answer
    system = [m for m in messages[:1] if m["role"] == "system"]
    history = list(messages[len(system):])
    dropped = 0
    while True:
        candidate = system + history
        tokens = count_tokens(candidate)
        if tokens <= budget:
            return FittedPrompt(candidate, tokens, dropped)
        if len(history) <= 1:
            raise ContextOverflowError.translatable(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "This message needs about {tokens} tokens, but only {budget} fit in the "
                                            "context window ({n_ctx} tokens, {reserve} kept for the answer)."),
                QT_TRANSLATE_NOOP("Errors", "Shorten the message, lower the maximum answer length, or raise the "
                                            "context length in the conversation settings."),
                tokens=str(tokens), budget=str(budget), n_ctx=str(n_ctx), reserve=str(reserve_for_answer))
        cut = 1
        while cut < len(history) - 1 and history[cut]["role"] != "user":
            cut += 1
        dropped += cut
        history = history[cut:]
