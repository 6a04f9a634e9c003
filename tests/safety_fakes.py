"""A scripted classifier for fast safety tests: a category scores 0.95 when one of its keywords appears."""

from __future__ import annotations

from collections.abc import Sequence


class KeywordClassifier:
    """Stands in for the learned heads (the real ones are tested with the real embedder)."""

    def __init__(self, words: dict[str, str]) -> None:
        self.words = words
        self.calls: list[tuple[tuple[str, ...], str]] = []

    def score(self, texts: Sequence[str], direction: str) -> dict[str, float]:
        self.calls.append((tuple(texts), direction))
        return {cid: 0.95 for word, cid in self.words.items() if any(word in t for t in texts)}
