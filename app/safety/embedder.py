"""The parent side of the embedding process: start it, ask it for embeddings, restart it if it dies.

:class:`EmbedderProcess` is what the classifier uses; it is thread-safe (one
request at a time) and starts its child lazily, or ahead of time with
:meth:`start`. If the child crashes or hangs, the request fails with
:class:`ScreeningUnavailableError` and the next request starts a fresh child,
so the screen fails closed rather than silently letting text through.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import threading
from collections.abc import Sequence
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

from app.core.errors import ScreeningUnavailableError
from app.core.resources import resource_path
from app.safety import embedder_worker

if TYPE_CHECKING:
    from app.engine.client import EngineProcess

__all__ = ["EMBEDDER_FILE", "Embedder", "EmbedderProcess", "EngineEmbedder", "ScreeningUnavailableError",
           "embedder_model_path"]
log = logging.getLogger(__name__)
EMBEDDER_FILE = "safety/minilm-l6-v2-q8_0.gguf"


class Embedder(Protocol):
    dimensions: int

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One L2-normalised row per text."""


def embedder_model_path() -> Path:
    return resource_path(EMBEDDER_FILE)


class EmbedderProcess:
    """Sentence embeddings from the bundled MiniLM GGUF, computed in a child process."""

    dimensions = 384

    def __init__(self, model_path: Path | None = None, n_threads: int = 2, timeout: float = 30.0,
                 load_timeout: float = 60.0) -> None:
        self.model_path = model_path or embedder_model_path()
        self.n_threads = n_threads
        self.timeout = timeout
        self.load_timeout = load_timeout
        self.load_seconds: float | None = None
        self._ctx = mp.get_context("spawn")
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self._lock = threading.Lock()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None and self._process.is_alive() else None

    def start(self) -> None:
        """Start the child and wait until the model is loaded (idempotent)."""
        with self._lock:
            self._ensure_started()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        with self._lock:
            self._ensure_started()
            assert self._conn is not None
            try:
                self._conn.send(list(texts))
                status, payload = self._receive(self.timeout)
            except (EOFError, OSError, BrokenPipeError) as exc:
                self._discard()
                raise _unavailable(f"the screening process stopped ({exc or type(exc).__name__})") from exc
            if status != "ok":
                raise _unavailable(str(payload))
            return payload

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                try:
                    self._conn.send(None)
                except OSError:
                    log.warning("embedder pipe already closed at shutdown")
            if self._process is not None:
                self._process.join(timeout=3)
            self._discard()

    # ------------------------------------------------------------------------

    def _ensure_started(self) -> None:
        if self._process is not None and self._process.is_alive():
            return
        self._discard()
        if not self.model_path.is_file():
            raise _unavailable(f"the classifier model {self.model_path} is missing")
        parent, child = self._ctx.Pipe(duplex=True)
        process = self._ctx.Process(target=embedder_worker.main, args=(child, str(self.model_path), self.n_threads),
                                    name="hearth-screen", daemon=True)
        process.start()
        child.close()
        self._process, self._conn = process, parent
        try:
            status, payload = self._receive(self.load_timeout)
        except (EOFError, OSError) as exc:
            self._discard()
            raise _unavailable(f"the screening process stopped while loading ({exc})") from exc
        if status != "ready":
            self._discard()
            raise _unavailable(f"the classifier model could not be loaded: {payload}")
        self.load_seconds = float(payload)
        log.info("screening process started (pid %s, model loaded in %.2f s)", process.pid, payload)

    def _receive(self, timeout: float) -> tuple[str, object]:
        assert self._conn is not None
        if not self._conn.poll(timeout):
            self._discard()
            raise _unavailable(f"the screening process did not answer within {timeout:.0f} seconds")
        return self._conn.recv()

    def _discard(self) -> None:
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if conn is not None:
            conn.close()
        if process is not None:
            if process.is_alive():
                process.kill()
            process.join(timeout=5)


class EngineEmbedder:
    """Embeddings computed by the chat engine's own process (one copy of the model for the whole app).

    The engine also screens answers with this model between tokens, so in the
    app only one copy of MiniLM is resident. Prompt screening runs before a
    turn generates; a request made while an answer streams is refused (fail
    closed), which is why the profile editor's *Try it* box uses its own
    :class:`EmbedderProcess`.
    """

    dimensions = 384

    def __init__(self, engine: "EngineProcess", model_path: Path | None = None) -> None:
        self.engine = engine
        self.model_path = model_path or embedder_model_path()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        if not self.model_path.is_file():
            raise _unavailable(f"the classifier model {self.model_path} is missing")
        return self.engine.embed(str(self.model_path), list(texts))


def _unavailable(detail: str) -> ScreeningUnavailableError:
    return ScreeningUnavailableError(
        f"The safety screen could not check this text: {detail}.",
        "Nothing was sent to the model. Try again; if it keeps happening, reinstall Hearth.")
