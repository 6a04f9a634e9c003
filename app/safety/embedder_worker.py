"""The embedding process: runs the sentence-embedding GGUF through llama.cpp for the classifier.

(:class:`LocalEmbedder` is the same model used in-process, by the engine
process, which screens answers between tokens.)

Started with the *spawn* context by :class:`app.safety.embedder.EmbedderProcess`,
so a native crash takes down only this process. It answers one request at a
time: a list of texts in, a float32 matrix of L2-normalised embeddings out
(one row per text, in order).
"""

from __future__ import annotations

import time
from multiprocessing.connection import Connection
from typing import Any

import numpy as np

from app.core.frozen import redirect_missing_streams

N_CTX = 512  # MiniLM's position limit; texts are windowed by the parent to well under this


def _open(model_path: str, n_threads: int) -> Any:
    from llama_cpp import LLAMA_POOLING_TYPE_MEAN, Llama

    return Llama(model_path=model_path, embedding=True, n_ctx=N_CTX, n_batch=N_CTX, n_ubatch=N_CTX,
                 n_threads=n_threads, n_threads_batch=n_threads, pooling_type=LLAMA_POOLING_TYPE_MEAN,
                 verbose=False)


def embed(llm: Any, texts: list[str]) -> np.ndarray:
    """One row per text, embedded one at a time (packing several into a batch grows llama.cpp's buffers)."""
    rows = [llm.embed(text, normalize=True, truncate=True) for text in texts]
    return np.asarray(rows, dtype=np.float32).reshape(len(texts), llm.n_embd())


class LocalEmbedder:
    """The embedder in this very process (the engine uses it to screen answers between tokens)."""

    dimensions = 384

    def __init__(self, model_path: str, n_threads: int) -> None:
        self.model_path = model_path
        self.llm = _open(model_path, n_threads)

    def embed(self, texts: list[str]) -> np.ndarray:
        return embed(self.llm, texts)


def main(conn: Connection, model_path: str, n_threads: int) -> None:
    """Process entry point: load, report ("ready", seconds) or ("error", text), then serve."""
    redirect_missing_streams()  # a windowed build's child has no console either
    try:
        started = time.perf_counter()
        try:
            llm = _open(model_path, n_threads)
        except Exception as exc:  # noqa: BLE001 - reported to the parent, which explains it
            conn.send(("error", f"{type(exc).__name__}: {exc}"))
            return
        conn.send(("ready", time.perf_counter() - started))
        while True:
            try:
                texts = conn.recv()
            except (EOFError, OSError):
                return
            if texts is None:
                return
            try:
                conn.send(("ok", embed(llm, texts)))
            except Exception as exc:  # noqa: BLE001 - reported to the parent, which explains it
                conn.send(("error", f"{type(exc).__name__}: {exc}"))
    except (BrokenPipeError, ConnectionResetError):
        return
    finally:
        conn.close()
