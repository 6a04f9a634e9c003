"""The learned part of the screen: sentence embeddings plus small trained heads.

For each direction (prompt, answer) the weights file holds two heads over the
384-dimensional MiniLM embedding:

- ``unsafe``: a small MLP (one hidden ReLU layer, or none) plus a linear model
  over hashed word n-grams (:mod:`app.safety.features`), trained jointly; the
  sum of their logits gives P(unsafe);
- ``category``: a softmax over the hazard categories, giving which category an
  unsafe text most likely belongs to.

A category's score is P(unsafe) scaled by how plausible that category is
(its probability relative to the most likely one), so the top category gets
the full score and a near-tie shares it. Long texts are read in overlapping
word windows (MiniLM was trained on 256 tokens) and each score is the
maximum over windows, so a harmful request buried in a long template is not
diluted. Weights are produced by ``training/safety/train.py``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.core.resources import resource_path
from app.safety.embedder import Embedder, ScreeningUnavailableError
from app.safety.features import ngram_logits

WEIGHTS_FILE = "safety/classifier.npz"
# The answer heads read a lighter model (the first 3 of MiniLM's 6 layers, scripts/truncate_embedder.py):
# answers are screened between tokens, and half the layers is half the cost.
DEFAULT_EMBEDDERS = {"prompt": "safety/minilm-l6-v2-q8_0.gguf", "answer": "safety/minilm-l3-q8_0.gguf"}
WINDOW_WORDS = 140
STRIDE_WORDS = 100


@dataclass(frozen=True)
class Head:
    """A dense network: hidden layers with ReLU, then a linear output."""

    layers: tuple[tuple[np.ndarray, np.ndarray], ...]

    def logits(self, x: np.ndarray) -> np.ndarray:
        for index, (weight, bias) in enumerate(self.layers):
            x = x @ weight + bias
            if index < len(self.layers) - 1:
                x = np.maximum(x, 0.0)
        return x


@dataclass(frozen=True)
class DirectionHeads:
    unsafe: Head
    category: Head
    categories: tuple[str, ...]
    ngram: np.ndarray | None = None

    def unsafe_logits(self, embeddings: np.ndarray, texts: list[str]) -> np.ndarray:
        logits = self.unsafe.logits(embeddings)[:, 0]
        if self.ngram is not None:
            logits = logits + ngram_logits(self.ngram, texts)
        return logits

    def scores(self, embeddings: np.ndarray, texts: list[str]) -> list[dict[str, float]]:
        """Per row: category id → score in 0..1."""
        p_unsafe = _sigmoid(self.unsafe_logits(embeddings, texts))
        logits = self.category.logits(embeddings)
        logits = logits - logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        relative = probs / probs.max(axis=1, keepdims=True)
        return [{c: float(p * r) for c, r in zip(self.categories, row)} for p, row in zip(p_unsafe, relative)]


@dataclass(frozen=True)
class ClassifierWeights:
    prompt: DirectionHeads
    answer: DirectionHeads
    info: dict[str, object]
    path: Path | None = None

    @classmethod
    def load(cls, path: Path | None = None) -> "ClassifierWeights":
        path = path or resource_path(WEIGHTS_FILE)
        try:
            with np.load(path, allow_pickle=False) as data:
                info = json.loads(str(data["info"]))
                heads = {d: DirectionHeads(_head(data, f"{d}.unsafe"), _head(data, f"{d}.category"),
                                           tuple(info["categories"][d]),
                                           data[f"{d}.ngram"].astype(np.float32) if f"{d}.ngram" in data else None)
                         for d in ("prompt", "answer")}
        except (OSError, KeyError, ValueError) as exc:
            raise ScreeningUnavailableError(
                f"The safety classifier's weights ({path.name}) cannot be read: {exc}.",
                "Reinstall Hearth; until then no message can be screened, so none is sent.") from exc
        return cls(heads["prompt"], heads["answer"], info, path)

    def heads(self, direction: str) -> DirectionHeads:
        return self.prompt if direction == "prompt" else self.answer

    def embedder_path(self, direction: str) -> Path:
        """The embedding GGUF these heads were trained on, for ``direction``."""
        embedders = self.info.get("embedders") or DEFAULT_EMBEDDERS
        return resource_path(embedders[direction])  # type: ignore[index]


def _head(data: np.lib.npyio.NpzFile, prefix: str) -> Head:
    layers = []
    index = 0
    while f"{prefix}.w{index}" in data:
        layers.append((data[f"{prefix}.w{index}"].astype(np.float32), data[f"{prefix}.b{index}"].astype(np.float32)))
        index += 1
    return Head(tuple(layers))


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -40, 40)))


_SEGMENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
MIN_SEGMENT_WORDS = 4
MAX_SEGMENTS = 12


def segments(text: str) -> list[str]:
    """The sentences and lines of a multi-part prompt (each read alone as well as in context).

    A harmful request hidden among harmless tasks, or an instruction planted
    in a document to be summarised, is diluted in the whole text's embedding;
    read on its own it is not. Short fragments are skipped, and at most
    :data:`MAX_SEGMENTS` (the longest) are read, and only in texts short
    enough to be one window, to bound the cost.
    """
    if len(text.split()) > WINDOW_WORDS:
        return []  # long texts are already read in windows; reading every sentence too would double the cost
    parts = [p.strip() for p in _SEGMENT_SPLIT.split(text) if len(p.split()) >= MIN_SEGMENT_WORDS]
    if len(parts) < 2:
        return []
    if len(parts) > MAX_SEGMENTS:
        parts = sorted(parts, key=lambda p: -len(p.split()))[:MAX_SEGMENTS]
    return parts


def windows(text: str, size: int = WINDOW_WORDS, stride: int = STRIDE_WORDS) -> list[str]:
    """Overlapping word windows covering ``text`` (one window when it is short)."""
    words = text.split()
    if len(words) <= size:
        return [text]
    starts = list(range(0, len(words) - size + 1, stride))
    if starts[-1] + size < len(words):
        starts.append(len(words) - size)
    return [" ".join(words[s:s + size]) for s in starts]


class Classifier:
    """Scores texts per category with the embedder and the trained heads."""

    def __init__(self, embedder: Embedder, weights: ClassifierWeights | None = None,
                 answer_embedder: Embedder | None = None) -> None:
        """``embedder`` reads prompts; ``answer_embedder`` (the lighter model the answer heads were trained
        on) reads answers here, which only headless tools need: in the app the engine screens answers."""
        self.embedder = embedder
        self.answer_embedder = answer_embedder
        self.weights = weights or ClassifierWeights.load()

    def files(self) -> tuple[str, str] | None:
        """The answer heads' embedding model and the weights, for the engine process to load its own copy."""
        if self.weights.path is None:
            return None
        return str(self.weights.embedder_path("answer")), str(self.weights.path)

    def _embedder_for(self, direction: str) -> Embedder:
        if direction == "answer" and self.answer_embedder is not None:
            return self.answer_embedder
        wanted = self.weights.embedder_path(direction)
        have = getattr(self.embedder, "model_path", wanted)
        if Path(have) != wanted:
            raise ScreeningUnavailableError(
                f"The {direction} classifier needs the embedding model {wanted.name}, not {Path(have).name}.",
                "This is a setup error in Hearth; nothing is sent while it lasts.")
        return self.embedder

    def score(self, texts: Sequence[str], direction: str) -> dict[str, float]:
        """The highest score per category over every text and every window of it (and, for prompts, every
        sentence or line of it)."""
        pieces = [w for text in texts if text.strip() for w in windows(text)]
        if direction == "prompt":
            pieces += [part for text in texts for part in segments(text) if part not in pieces]
        if not pieces:
            return {}
        rows = self.weights.heads(direction).scores(self._embedder_for(direction).embed(pieces), pieces)
        best: dict[str, float] = {}
        for row in rows:
            for category_id, value in row.items():
                if value > best.get(category_id, 0.0):
                    best[category_id] = value
        return best
