"""An optional guard model: a Llama Guard 3 compatible GGUF that judges one text, run by the engine process.

An administrator points Hearth at the file; :class:`GuardModel` asks the
engine to score the text (the guard's probability of ``unsafe``) under a
policy listing only the categories the profile asks about, and turns the
answer into :class:`~app.safety.verdict.Finding` s the screen can weigh like
any other detector's. Llama Guard 3 uses Hearth's ids (S1..S14), so its
categories map one to one; Hearth's own J1 and P1 are never sent.

Anything that keeps the guard from judging raises
:class:`~app.core.errors.GuardUnavailableError`, on which the caller fails
closed.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Protocol

from app.core.errors import GuardUnavailableError, HearthError
from app.engine.guard_prompt import UNSAFE_THRESHOLD, guard_categories
from app.engine.protocol import GuardCheck, GuardResult
from app.models.files import check_gguf_file
from app.safety.verdict import Finding

__all__ = ["GuardEngine", "GuardModel", "GuardUnavailableError", "UNCATEGORISED_WEIGHT", "findings_from"]

UNCATEGORISED_WEIGHT = 0.5  # "unsafe" without a readable category line counts half, for every asked category
_ROLES = {"prompt": "user", "answer": "agent", "user": "user", "agent": "agent"}
_SPEAKERS = {"user": "user", "assistant": "assistant", "agent": "assistant"}
# Guard request ids live far above the turn pipeline's, so a late reply can never be mistaken for another's.
_REQUEST_ID_BASE = 1 << 62


class GuardEngine(Protocol):
    """What a guard needs from an engine (EngineProcess and FakeEngine both provide it)."""

    def guard_check(self, request: GuardCheck) -> GuardResult:
        """Score the conversation's last message; raises a HearthError when it cannot."""


class GuardModel:
    """A guard model file and the engine that runs it.

    The same engine may run the chat model, but then a check cannot run while
    that engine streams an answer; to screen answers as they stream, give the
    guard an engine of its own.
    """

    def __init__(self, engine: GuardEngine, path: Path) -> None:
        self.engine = engine
        self.path = Path(path)
        self.detector = f"guard.{self.path.stem}"
        self.last_result: GuardResult | None = None
        self._request_ids = itertools.count(_REQUEST_ID_BASE)

    def check(self, text: str, direction: str, category_ids: Iterable[str],
              history: Sequence[dict[str, str]] | None = None) -> list[Finding]:
        """Findings for ``text``: empty when the guard finds it safe.

        ``direction`` is ``"prompt"`` (the user's message) or ``"answer"``
        (the model's). ``history`` is the earlier conversation as chat
        messages, oldest first; for an answer, pass at least the prompt it
        answers. System messages are left out (the guard does not read them).
        """
        try:
            role = _ROLES[direction]
        except KeyError:
            raise ValueError(f"unknown direction {direction!r}; use 'prompt' or 'answer'") from None
        categories = guard_categories(category_ids)
        if not categories:
            return []
        self._check_file()
        conversation = [{"role": _SPEAKERS[m["role"]], "content": m["content"]}
                        for m in (history or ()) if m.get("role") in _SPEAKERS]
        conversation.append({"role": "user" if role == "user" else "assistant", "content": text})
        request = GuardCheck(next(self._request_ids), str(self.path), role, conversation, categories,
                             categories_from=UNSAFE_THRESHOLD)
        try:
            result = self.engine.guard_check(request)
        except GuardUnavailableError:
            raise
        except HearthError as exc:
            raise GuardUnavailableError(f"The guard model {self.path.name} could not check this text: {exc.message}",
                                        exc.advice) from exc
        self.last_result = result
        return findings_from(result, [cid for cid, _ in categories], self.detector)

    def _check_file(self) -> None:
        try:
            check_gguf_file(self.path)
        except HearthError as exc:
            raise GuardUnavailableError(f"The guard model cannot be used: {exc.message}",
                                        "Choose a Llama Guard 3 compatible GGUF file in the safety settings, "
                                        "or turn the guard model off.") from exc


def findings_from(result: GuardResult, requested: Sequence[str], detector: str) -> list[Finding]:
    """One finding per requested category the guard named, scored ``p_unsafe``.

    Below :data:`UNSAFE_THRESHOLD` the text is safe: no findings. An
    ``unsafe`` verdict that names no requested category (the category line
    was missing or unreadable) still counts: every requested category gets
    ``p_unsafe * UNCATEGORISED_WEIGHT``, so the profile's strictest rule among
    them can act without the guard's word being taken as certain.
    """
    if result.p_unsafe < UNSAFE_THRESHOLD:
        return []
    named = [cid for cid in result.categories if cid in requested]
    if named:
        return [Finding(cid, result.p_unsafe, detector, "unsafe " + ",".join(named)) for cid in named]
    return [Finding(cid, result.p_unsafe * UNCATEGORISED_WEIGHT, detector, "unsafe (no category named)")
            for cid in requested]
