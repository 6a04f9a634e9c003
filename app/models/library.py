"""The installed models: the bundled one, the files in the models folder, and files referenced in place.

:class:`ModelLibrary` lists them with what each is (:class:`ModelInfo`, read
once and cached) and its SHA-256 (cached the same way, since hashing a
several-gigabyte file takes seconds), imports a GGUF file (checked before a
byte is copied; copied through ``<name>.partial`` while hashing, with
progress and cancel), removes one, and keeps which licences were accepted.

It also names models whose name or metadata suggests a fine-tune with its
safety training removed ("uncensored", "abliterated", …): Hearth warns about
them, and under the Child, Teen and School profiles refuses them unless a
guardian or the organisation approved the exact file by hash (see
:meth:`app.services.Services.check_model_use`).
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from app.core.atomic import write_text_atomically
from app.core.errors import HearthError, ModelFileError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.paths import AppPaths
from app.models.files import bundled_model_path
from app.models.gguf_info import ModelInfo, ModelInfoCache

REFERENCES_FILE = "references.json"  # in the models folder: files used where they are
LICENCES_FILE = "model-licences.json"  # in the data folder: sha256 → licence accepted, when
INFO_CACHE_FILE = "model-info-cache.json"
COPY_BLOCK = 4 * 1024 * 1024
DISK_MARGIN = 200 * 1024 * 1024  # keep this much free after an import
SUSPICIOUS_WORDS = re.compile(  # whole words, so the warning can quote them ("abliterated", "no-refusals")
    r"\w*(?:uncensor|abliterat|unfilter|unalign|de-?censor|jailbr[eo]ak|no[-_ ]?refusal|refusal[-_ ]?removed|"
    r"orthogonali[sz]|lobotom|unbound|unrestrict)[\w]*", re.IGNORECASE)
Progress = Callable[[int, int], None]  # bytes done, bytes in all


class ImportCancelled(HearthError):
    """The person cancelled an import; nothing was added."""

    title = QT_TRANSLATE_NOOP("Errors", "Import cancelled")


@dataclass(frozen=True)
class InstalledModel:
    """A model Hearth can offer, with what it is."""

    path: Path
    info: ModelInfo
    sha256: str
    bundled: bool = False
    referenced: bool = False  # used where it lies, not copied into the models folder

    @property
    def label(self) -> str:
        return f"{self.info.name} ({self.info.parameters_label}, {self.info.quantization})"

    def suspicious_reasons(self) -> list[str]:
        """The words in the model's names, description or tags that suggest its safety training was removed."""
        texts = [self.path.name, self.info.name, self.info.finetune or "", self.info.description or "",
                 *self.info.tags]
        return sorted({match.group(0).lower() for text in texts for match in SUSPICIOUS_WORDS.finditer(text)})


class ModelLibrary:
    """The models of one installation (see the module docstring)."""

    def __init__(self, paths: AppPaths, bundled: Callable[[], Path] = bundled_model_path) -> None:
        self.paths = paths
        self._bundled = bundled
        self.cache = ModelInfoCache(paths.data_dir / INFO_CACHE_FILE)
        self._lock = threading.Lock()

    # -- listing -------------------------------------------------------------------------------------------

    @property
    def models_dir(self) -> Path:
        return self.paths.models_dir

    def bundled_path(self) -> Path | None:
        try:
            return self._bundled()
        except ModelFileError:
            return None  # not installed: the list simply lacks it

    def references(self) -> list[Path]:
        try:
            data = json.loads((self.models_dir / REFERENCES_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        return [Path(p) for p in data if isinstance(p, str)] if isinstance(data, list) else []

    def model_files(self) -> list[Path]:
        """The bundled model, the ``.gguf`` files in the models folder, then the files referenced in place."""
        files: list[Path] = []
        bundled = self.bundled_path()
        if bundled is not None:
            files.append(bundled)
        if self.models_dir.is_dir():
            files += [p for p in sorted(self.models_dir.glob("*.gguf")) if p not in files]  # may hold the bundled one
        files += [p for p in self.references() if p.is_file() and p not in files]
        return files

    def describe(self, path: Path) -> InstalledModel:
        """``path`` as an installed model (reads and hashes it the first time; raises ModelFileError)."""
        with self._lock:
            info = self.cache.info(path)
            sha = self.cache.sha256(path)
        return InstalledModel(path, info, sha, bundled=path == self.bundled_path(),
                              referenced=path in self.references())

    def installed(self) -> tuple[list[InstalledModel], list[tuple[Path, ModelFileError]]]:
        """Every model that can be read, and every file that cannot with the reason."""
        models, problems = [], []
        for path in self.model_files():
            try:
                models.append(self.describe(path))
            except ModelFileError as exc:
                problems.append((path, exc))
        return models, problems

    def find(self, name: str) -> InstalledModel:
        """The model named ``name``: a file name or stem, a model name, a SHA-256 prefix of 8+ digits, or
        failing those, the one model whose file or model name contains ``name`` (any case)."""
        wanted = name.strip().lower()
        models, _ = self.installed()

        def names(model: InstalledModel) -> set[str]:
            return {model.path.name.lower(), model.path.stem.lower(), model.info.name.lower()}

        exact = [m for m in models if wanted in names(m) or (len(wanted) >= 8 and m.sha256.startswith(wanted))]
        partial = [m for m in models if wanted and any(wanted in n for n in names(m))]
        for found in (exact, partial):
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                raise ModelFileError(f"{name!r} could mean more than one model: "
                                     f"{', '.join(m.path.name for m in found)}.", "Give the whole file name.")
        known = ", ".join(m.path.name for m in models) or "none"
        raise ModelFileError(f"There is no installed model called {name!r}.", f"Installed models: {known}.")

    # -- import and removal ----------------------------------------------------------------------------------

    def import_file(self, source: Path, copy: bool = True, progress: Progress | None = None,
                    cancel: threading.Event | None = None) -> InstalledModel:
        """Add ``source``: checked first (GGUF, complete, a chat architecture), then copied into the models folder
        while hashing (or, with ``copy`` false, hashed and referenced where it lies)."""
        source = source.expanduser().resolve()
        info = self.cache.info(source)  # raises ModelFileError before anything is copied
        if not info.can_chat:
            raise ModelFileError(f"{source.name} is a {info.architecture!r} model, which cannot chat.",
                                 "Import a chat (instruction-tuned) model.")
        if not copy:
            sha = self._hash_with_progress(source, progress, cancel)
            self._add_reference(source)
            return InstalledModel(source, info, sha, referenced=True)
        target = self._free_name(source.name)
        self._check_space(info.file_size)
        sha = self._copy(source, target, progress, cancel)
        self.cache.remember_sha256(target, sha)
        self.cache.remember(target, info)
        return InstalledModel(target, self.cache.info(target), sha)

    def remove(self, model: InstalledModel) -> None:
        """Delete a copied model, or forget a referenced one (its file stays); never the bundled model."""
        if model.bundled:
            raise ModelFileError("The bundled model cannot be removed.", "It is part of Hearth's installation.")
        if model.referenced:
            self._write_references([p for p in self.references() if p != model.path])
            return
        if model.path.parent.resolve() != self.models_dir.resolve():
            raise ModelFileError(f"{model.path} is not in Hearth's models folder.", "Remove it yourself if you wish.")
        model.path.unlink()

    def _free_name(self, name: str) -> Path:
        target = self.models_dir / name
        stem, number = target.stem, 2
        while target.exists():
            target = self.models_dir / f"{stem}-{number}.gguf"
            number += 1
        return target

    def _check_space(self, size: int) -> None:
        self.models_dir.mkdir(parents=True, exist_ok=True)
        free = shutil.disk_usage(self.models_dir).free
        if size + DISK_MARGIN > free:
            raise ModelFileError(f"There is not enough disk space to copy the model: it needs "
                                 f"{size / 1024**3:.1f} GB and {free / 1024**3:.1f} GB is free.",
                                 "Free some space, or use the file where it is instead of copying it.")

    def _copy(self, source: Path, target: Path, progress: Progress | None, cancel: threading.Event | None) -> str:
        partial = target.with_name(target.name + ".partial")
        try:
            with partial.open("wb") as writer:
                sha = _hash_file(source, progress, cancel, writer.write)
            partial.replace(target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return sha

    def _hash_with_progress(self, path: Path, progress: Progress | None, cancel: threading.Event | None) -> str:
        sha = _hash_file(path, progress, cancel)
        self.cache.remember_sha256(path, sha)
        return sha

    def _add_reference(self, path: Path) -> None:
        references = self.references()
        if path not in references:
            self._write_references([*references, path])

    def _write_references(self, references: list[Path]) -> None:
        self.models_dir.mkdir(parents=True, exist_ok=True)
        write_text_atomically(self.models_dir / REFERENCES_FILE, json.dumps([str(p) for p in references], indent=1))

    # -- licences ----------------------------------------------------------------------------------------------

    def _licences(self) -> dict[str, Any]:
        try:
            data = json.loads((self.paths.data_dir / LICENCES_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def licence_accepted(self, model: InstalledModel) -> bool:
        """Whether the model's licence was accepted (the bundled model's comes with Hearth's installation)."""
        return model.bundled or model.sha256 in self._licences()

    def accept_licence(self, model: InstalledModel) -> dict[str, Any]:
        """Record that the model's licence was accepted; returns the record (for the audit log)."""
        record = {"licence": model.info.licence or "unknown", "accepted_at":
                  datetime.now(timezone.utc).isoformat(timespec="seconds"), "file": model.path.name}
        licences = self._licences()
        licences[model.sha256] = record
        write_text_atomically(self.paths.data_dir / LICENCES_FILE, json.dumps(licences, indent=1, sort_keys=True))
        return record


def _hash_file(path: Path, progress: Progress | None, cancel: threading.Event | None,
               also: Callable[[bytes], object] | None = None) -> str:
    """SHA-256 of ``path`` read block by block (each block also passed to ``also``: a copy), with progress;
    raises :class:`ImportCancelled` as soon as ``cancel`` is set."""
    total, done, digest = path.stat().st_size, 0, hashlib.sha256()
    with path.open("rb") as reader:
        for block in iter(lambda: reader.read(COPY_BLOCK), b""):
            if cancel is not None and cancel.is_set():
                raise ImportCancelled(f"The import of {path.name} was cancelled.")
            if also is not None:
                also(block)
            digest.update(block)
            done += len(block)
            if progress is not None:
                progress(done, total)
    return digest.hexdigest()
