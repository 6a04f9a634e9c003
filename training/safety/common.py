"""Shared helpers for the safety training scripts: reading the data sets and embedding texts with a cache."""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.core.resources import resource_path
from app.safety.classifier import DEFAULT_EMBEDDERS, windows
from app.safety.embedder import EmbedderProcess
from app.safety.normalize import normalize

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
CACHE = HERE / ".cache"
SHARED_EVAL = HERE.parents[1].parent / "shared" / "eval" / "safety"


@dataclass(frozen=True)
class Example:
    text: str
    unsafe: bool
    category: str  # "" when unknown or benign
    source: str


def read_examples(path: Path, source: str | None = None) -> list[Example]:
    """Rows of a CSV with prompt,label[,category]; AdvBench's Behavior column is read as harmful."""
    rows: list[Example] = []
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            text = row.get("prompt") or row.get("Behavior") or ""
            label = (row.get("label") or "harmful").strip().lower()
            if text.strip():
                rows.append(Example(text.strip(), label in ("harmful", "unsafe"), (row.get("category") or "").strip(),
                                    source or path.stem))
    return rows


class CachedEmbedder:
    """Embeds normalised text windows, caching each window's vector on disk by content hash."""

    def __init__(self, model: str = DEFAULT_EMBEDDERS["prompt"], n_threads: int = 1) -> None:
        CACHE.mkdir(exist_ok=True)
        stem = Path(model).stem
        self.path = CACHE / ("embeddings.npz" if model == DEFAULT_EMBEDDERS["prompt"] else f"embeddings-{stem}.npz")
        self.cache: dict[str, np.ndarray] = {}
        if self.path.exists():
            with np.load(self.path) as data:
                self.cache = {k: data[k] for k in data.files}
        self.embedder = EmbedderProcess(resource_path(model), n_threads=n_threads, timeout=600.0)

    def windows_of(self, text: str, size: int, stride: int) -> list[str]:
        return windows(normalize(text).text, size, stride)

    def embed(self, pieces: list[str]) -> np.ndarray:
        keys = [hashlib.sha256(p.encode()).hexdigest()[:24] for p in pieces]
        missing = sorted({(k, p) for k, p in zip(keys, pieces) if k not in self.cache})
        for start in range(0, len(missing), 64):
            batch = missing[start:start + 64]
            vectors = self.embedder.embed([p for _, p in batch])
            for (key, _), vector in zip(batch, vectors):
                self.cache[key] = vector
            if start % 1024 == 0:
                print(f"embedded {start + len(batch)}/{len(missing)}", flush=True)
                np.savez(self.path, **self.cache)
        if missing:
            np.savez(self.path, **self.cache)
        return np.stack([self.cache[k] for k in keys]) if keys else np.zeros((0, 384), np.float32)

    def close(self) -> None:
        self.embedder.close()
