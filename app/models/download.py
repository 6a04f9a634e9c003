"""Downloading a model file: over verified TLS, resumable, and checked against its SHA-256.

A download writes ``<dest>.part`` and a small JSON sidecar ``<dest>.part.json``
(the URL, the expected SHA-256 and size, the server's ETag / Last-Modified,
the bytes done). The file gets its final name only after the SHA-256 of the
complete file matches, through ``os.replace``: a half-downloaded or damaged
file never carries the final name. A wrong checksum deletes the ``.part``.

Resuming uses ``Range: bytes=N-``: after a dropped connection (a few retries
with backoff within one :meth:`Downloader.run`), and after a restart (a new
:class:`Downloader` finds the ``.part``, re-hashes it and goes on). A server
that ignores Range (200 instead of 206), or whose ETag / Last-Modified changed
since the ``.part`` was started, makes the download start over from zero.
The sidecar's ``bytes_done`` is informational: the ``.part``'s real length is
what a resume trusts, and the final hash catches anything else.

The HTTP side (verified TLS, safe redirects, errors people can act on) is
:mod:`app.models.http_fetch`; a file with no known checksum is never
fetched over plain http.

:meth:`Downloader.pause` and :meth:`Downloader.cancel` may be called from
another thread; they take effect between two blocks (or when a stalled read
times out). Pause keeps the ``.part``; cancel deletes it.
"""

from __future__ import annotations

import errno
import hashlib
import http.client
import json
import os
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.atomic import write_text_atomically
from app.models.http_fetch import (
    DEFAULT_TIMEOUT_S, DownloadError, RangeNotSatisfiable, Transient, content_range, int_header,
    network_error, open_url, url_host, url_opener, url_scheme,
)
from app.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.models.catalog import CatalogEntry

DEFAULT_RETRIES = 4
DEFAULT_BACKOFF_S = 1.0
CHUNK_SIZE = 256 * 1024
PART_SUFFIX = ".part"
SIDECAR_SUFFIX = ".part.json"
SIDECAR_VERSION = 1
_MAX_RESTARTS = 3
_HASH_BLOCK = 1024 * 1024


class UnverifiedDownloadError(DownloadError):
    """The catalog entry has no SHA-256: the caller must ask the user, then pass ``allow_unverified=True``."""

    title = QT_TRANSLATE_NOOP("Errors", "This download cannot be checked")


class DownloadOutcome(Enum):
    COMPLETED = "completed"
    PAUSED = "paused"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Progress:
    """One progress report: bytes done, total (None if unknown), smoothed speed and an estimate of time left."""

    done: int
    total: int | None
    speed: float  # bytes per second, smoothed; 0.0 until measured
    seconds_left: float | None

    @property
    def fraction(self) -> float | None:
        return self.done / self.total if self.total else None


ProgressCallback = Callable[[Progress], None]


@dataclass(frozen=True)
class DownloadResult:
    """What :meth:`Downloader.run` did.

    ``path`` is the final file when completed, else the ``.part``; ``bytes_fetched`` counts the bytes
    received from the network in this call; ``sha256`` is the complete file's hash (completed only);
    ``verified`` says whether it was checked against an expected hash.
    """

    outcome: DownloadOutcome
    path: Path
    bytes_done: int
    bytes_fetched: int
    total: int | None
    sha256: str | None = None
    verified: bool = False


@dataclass(frozen=True)
class PartialDownload:
    """A resumable ``.part`` found on disk (see :func:`find_partial`)."""

    part: Path
    url: str
    sha256: str | None
    size: int | None
    bytes_done: int


@dataclass
class _State:
    """The download in progress: the hash of the bytes in the ``.part`` so far, and the server's validators."""

    hasher: Any = field(default_factory=hashlib.sha256)
    done: int = 0
    etag: str | None = None
    last_modified: str | None = None
    total: int | None = None
    fetched: int = 0  # bytes received in this run, across restarts

    def reset(self) -> None:
        self.hasher = hashlib.sha256()
        self.done = 0
        self.etag = None
        self.last_modified = None
        self.total = None


class _Restart(Exception):
    """The server's copy changed or it sent the wrong range: start again from zero."""


class _Stopped(Exception):
    """pause() or cancel() was called while the body was being read."""


def _disk_error(exc: OSError, path: Path, name: str) -> DownloadError:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DownloadError(f"There is not enough disk space to finish downloading {name}.",
                             f"Free some space on the drive holding {path.parent}, then download again; it resumes "
                             "where it stopped.", reason="disk_full")
    return DownloadError(f"{name} could not be written to {path.parent} ({exc.strerror or exc}).",
                         "Check that the folder exists and that you may write to it.", reason="disk")


def _is_sha256(value: str) -> bool:
    return len(value) == 64 and all(c in "0123456789abcdefABCDEF" for c in value)


# ---------------------------------------------------------------------------------------------------------------
# Files: the .part, its sidecar, the free-space check


def part_path(dest: Path) -> Path:
    return dest.with_name(dest.name + PART_SUFFIX)


def sidecar_path(dest: Path) -> Path:
    return dest.with_name(dest.name + SIDECAR_SUFFIX)


def _read_sidecar(path: Path) -> dict[str, Any] | None:
    """The sidecar's contents, or None when it is missing or unreadable (the .part then starts over)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("version") == SIDECAR_VERSION else None


def find_partial(dest: Path) -> PartialDownload | None:
    """The resumable download of ``dest`` left on disk (paused, interrupted, or cut by a restart), if any."""
    part, meta = part_path(dest), _read_sidecar(sidecar_path(dest))
    if meta is None or not part.is_file() or not isinstance(meta.get("url"), str):
        return None
    return PartialDownload(part, meta["url"], meta.get("sha256"), meta.get("size"), part.stat().st_size)


def discard_partial(dest: Path) -> None:
    """Delete ``dest``'s ``.part`` and sidecar (what cancel does)."""
    part_path(dest).unlink(missing_ok=True)
    sidecar_path(dest).unlink(missing_ok=True)


def _hash_file(path: Path) -> tuple[Any, int]:
    """SHA-256 state and length of the bytes in ``path`` (exactly its reported size)."""
    hasher, remaining = hashlib.sha256(), path.stat().st_size
    with path.open("rb") as handle:
        while remaining > 0:
            block = handle.read(min(_HASH_BLOCK, remaining))
            if not block:
                break
            hasher.update(block)
            remaining -= len(block)
    return hasher, path.stat().st_size - remaining


def _format_bytes(count: int) -> str:
    for unit, scale in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if count >= scale:
            return f"{count / scale:.1f} {unit}"
    return f"{count} bytes"


def check_free_space(folder: Path, needed: int, name: str) -> None:
    """Raise a ``disk_full`` :class:`DownloadError` unless ``folder``'s drive has ``needed`` bytes free."""
    free = shutil.disk_usage(folder).free
    if needed > free:
        raise DownloadError(f"There is not enough disk space for {name}: it needs {_format_bytes(needed)} more but "
                            f"only {_format_bytes(free)} is free.",
                            "Free some space on this drive, or choose a smaller model.", reason="disk_full")


class _SpeedMeter:
    """Bytes per second, smoothed exponentially over half-second samples."""

    SAMPLE_S = 0.5
    WEIGHT = 0.3

    def __init__(self, done: int) -> None:
        self.speed = 0.0
        self._time = time.monotonic()
        self._done = done

    def update(self, done: int) -> float:
        now = time.monotonic()
        elapsed = now - self._time
        if elapsed >= self.SAMPLE_S:
            current = (done - self._done) / elapsed
            self.speed = current if self.speed == 0.0 else (1 - self.WEIGHT) * self.speed + self.WEIGHT * current
            self._time, self._done = now, done
        return self.speed

    def restart(self, done: int) -> None:
        self._time, self._done = time.monotonic(), done


# ---------------------------------------------------------------------------------------------------------------
# The downloader


class Downloader:
    """Download ``url`` to ``dest``, verified against ``sha256`` (hex) when given.

    ``size`` is advisory (the free-space check before connecting); the server's length and the hash are what
    count. Call :meth:`run` on a worker thread; :meth:`pause` and :meth:`cancel` from any thread.
    """

    def __init__(self, url: str, dest: Path, *, sha256: str | None, size: int | None = None,
                 progress: ProgressCallback | None = None, timeout: float = DEFAULT_TIMEOUT_S,
                 retries: int = DEFAULT_RETRIES, backoff_s: float = DEFAULT_BACKOFF_S,
                 cafile: Path | None = None) -> None:
        if sha256 is not None and not _is_sha256(sha256):
            raise ValueError(f"sha256 must be 64 hexadecimal characters, not {sha256!r}")
        self.url = url
        self.dest = Path(dest)
        self.sha256 = sha256.lower() if sha256 else None
        self.size = size
        self.progress = progress
        self.timeout = timeout
        self.retries = retries
        self.backoff_s = backoff_s
        self.cafile = cafile
        self.part = part_path(self.dest)
        self.sidecar = sidecar_path(self.dest)
        self._check_url()
        self._lock = threading.Lock()
        self._running = False
        self._pause = False
        self._cancel = False
        self._wake = threading.Event()

    # -- control from other threads --------------------------------------------------------------------------

    def pause(self) -> None:
        """Stop soon and keep the ``.part``: a later :meth:`run` (or a new Downloader) resumes it."""
        self._pause = True
        self._wake.set()

    def cancel(self) -> None:
        """Stop soon and delete the ``.part``; when no download is running, delete it now.

        Cancelling is final: a later :meth:`run` of this Downloader returns CANCELLED at once (start a new one).
        """
        self._cancel = True
        self._wake.set()
        with self._lock:
            if not self._running:
                discard_partial(self.dest)

    # -- the download ----------------------------------------------------------------------------------------

    def run(self) -> DownloadResult:
        """Download (or resume) until the file is complete and verified, or until paused or cancelled.

        A pause asked for before this call started is forgotten (calling run again is how a paused download
        resumes); a cancel is not.
        """
        with self._lock:
            if self._running:
                raise RuntimeError("this download is already running")
            self._running, self._pause = True, False
            if not self._cancel:
                self._wake.clear()
        try:
            return self._run()
        finally:
            with self._lock:
                self._running = False
            if self._cancel:
                discard_partial(self.dest)

    def _check_url(self) -> None:
        scheme = url_scheme(self.url)
        if scheme not in ("https", "http") or not url_host(self.url):
            raise DownloadError(f"{self.url!r} is not a web address Hearth can download from.",
                                "Use an https:// address.", reason="bad_url")
        if scheme == "http" and self.sha256 is None:
            raise DownloadError(f"{self.dest.name} would come over an unencrypted connection (http) with no "
                                "checksum to check it, so Hearth refuses to download it.",
                                "Use an https:// address, or add the file's SHA-256 to the catalog.",
                                reason="insecure")

    def _run(self) -> DownloadResult:
        if self._cancel:
            return self._stopped(_State())
        if self.dest.exists():
            return self._already_there()
        self.dest.parent.mkdir(parents=True, exist_ok=True)
        state = self._resume_state()
        if self.size is not None:
            check_free_space(self.dest.parent, max(self.size - state.done, 0), self.dest.name)
        return self._loop(state, _SpeedMeter(state.done))

    def _already_there(self) -> DownloadResult:
        digest = _hash_file(self.dest)[0].hexdigest() if self.sha256 else None
        if self.sha256 and digest != self.sha256:
            raise DownloadError(f"A different file named {self.dest.name} is already in {self.dest.parent}.",
                                "Remove or rename it, then download again.", reason="exists")
        size = self.dest.stat().st_size
        return DownloadResult(DownloadOutcome.COMPLETED, self.dest, size, 0, size, digest, self.sha256 is not None)

    def _resume_state(self) -> _State:
        """Pick up a ``.part`` left by an earlier run of the same download (re-hashing it), else start clean."""
        meta = _read_sidecar(self.sidecar)
        if not self.part.exists() or meta is None or meta.get("url") != self.url or meta.get("sha256") != self.sha256:
            discard_partial(self.dest)
            return _State()
        hasher, done = _hash_file(self.part)
        return _State(hasher, done, meta.get("etag"), meta.get("last_modified"), meta.get("total"))

    def _loop(self, state: _State, meter: _SpeedMeter) -> DownloadResult:
        failures, restarts = 0, 0
        while True:
            if self._cancel or self._pause:
                return self._stopped(state)
            before = state.done
            try:
                if self._attempt(state, meter):
                    return self._finish(state)
                return self._stopped(state)
            except _Restart:
                restarts += 1
                if restarts > _MAX_RESTARTS:
                    raise DownloadError(f"The server keeps changing {self.dest.name} while it is being downloaded.",
                                        "Try again later.", reason="changing") from None
                state.reset()
            except Transient as exc:
                if self.part.exists():
                    self._save_sidecar(state)
                failures = 0 if state.done > before else failures
                failures += 1
                if failures > self.retries:
                    raise exc.error from exc
                self._wake.wait(self.backoff_s * 2 ** (failures - 1))

    def _headers(self, state: _State) -> dict[str, str]:
        if state.done == 0:
            return {}
        headers = {"Range": f"bytes={state.done}-"}
        if state.etag and not state.etag.startswith("W/"):
            headers["If-Range"] = state.etag
        elif state.last_modified:
            headers["If-Range"] = state.last_modified
        return headers

    def _attempt(self, state: _State, meter: _SpeedMeter) -> bool:
        """One request; True when the body was read to the end, False when paused or cancelled."""
        try:
            response = open_url(url_opener(self.cafile), self.url, self._headers(state), self.timeout, self.dest.name)
        except RangeNotSatisfiable as exc:
            if exc.total is not None and exc.total == state.done:
                return True  # the .part was already whole (paused after its last block): verify it
            raise _Restart() from exc
        with response:
            self._accept(response, state)
            meter.restart(state.done)
            self._report(state, meter)
            return self._receive(response, state, meter)

    def _accept(self, response: Any, state: _State) -> None:
        """Check the response against the ``.part``: the right range, the same file version; else start over."""
        etag, modified = response.headers.get("ETag"), response.headers.get("Last-Modified")
        changed = (state.etag is not None and etag is not None and etag != state.etag) or (
            state.etag is None and state.last_modified is not None and modified is not None
            and modified != state.last_modified)
        if response.status == 206:
            first, total = content_range(response.headers.get("Content-Range"))
            if changed or first != state.done:
                raise _Restart()
        else:  # 200: the whole file from byte 0, whatever we asked for
            state.reset()
            total = int_header(response.headers.get("Content-Length"))
        state.etag, state.last_modified, state.total = etag, modified, total
        if total is not None:
            check_free_space(self.dest.parent, max(total - state.done, 0), self.dest.name)
        self._save_sidecar(state)

    def _receive(self, response: Any, state: _State, meter: _SpeedMeter) -> bool:
        mode = "r+b" if state.done > 0 and self.part.exists() else "wb"
        try:
            with open(self.part, mode) as handle:
                if mode == "r+b":  # drop anything past the bytes hashed so far
                    handle.seek(state.done)
                    handle.truncate()
                try:
                    self._copy(response, handle, state, meter)
                except _Stopped:
                    self._flush(handle)
                    return False
                self._flush(handle)
        except OSError as exc:
            self._save_sidecar(state, quiet=True)
            raise _disk_error(exc, self.part, self.dest.name) from exc
        if state.total is not None and state.done < state.total:
            raise Transient(DownloadError(f"The connection to {url_host(self.url)} closed before {self.dest.name} "
                                           "was complete.",
                                           "Try again; the download resumes where it stopped.", reason="network"))
        return True

    def _copy(self, response: Any, handle: Any, state: _State, meter: _SpeedMeter) -> None:
        while True:
            if self._cancel or self._pause:
                raise _Stopped()
            block = self._read_block(response)
            if not block:
                return
            handle.write(block)
            state.hasher.update(block)
            state.done += len(block)
            state.fetched += len(block)
            self._report(state, meter)

    def _read_block(self, response: Any) -> bytes:
        try:
            return bytes(response.read(CHUNK_SIZE))
        except (OSError, http.client.HTTPException) as exc:
            error = network_error(exc, self.url, self.dest.name, self.timeout)
            raise (error if isinstance(error, Transient) else Transient(error)) from exc

    @staticmethod
    def _flush(handle: Any) -> None:
        handle.flush()
        os.fsync(handle.fileno())

    def _report(self, state: _State, meter: _SpeedMeter) -> None:
        if self.progress is None:
            return
        speed = meter.update(state.done)
        left = (state.total - state.done) / speed if state.total is not None and speed > 0 else None
        self.progress(Progress(state.done, state.total, speed, left))

    def _save_sidecar(self, state: _State, quiet: bool = False) -> None:
        data = {"version": SIDECAR_VERSION, "url": self.url, "sha256": self.sha256, "size": self.size,
                "etag": state.etag, "last_modified": state.last_modified, "total": state.total,
                "bytes_done": state.done}
        try:
            write_text_atomically(self.sidecar, json.dumps(data, indent=1))
        except OSError as exc:
            if not quiet:  # on a full disk the .part alone still resumes: its length is what counts
                raise _disk_error(exc, self.sidecar, self.dest.name) from exc

    def _stopped(self, state: _State) -> DownloadResult:
        if self._cancel:
            discard_partial(self.dest)
            return DownloadResult(DownloadOutcome.CANCELLED, self.part, 0, state.fetched, state.total)
        if self.part.exists():
            self._save_sidecar(state)
        return DownloadResult(DownloadOutcome.PAUSED, self.part, state.done, state.fetched, state.total)

    def _finish(self, state: _State) -> DownloadResult:
        digest = state.hasher.hexdigest()
        if self.sha256 is not None and digest != self.sha256:
            discard_partial(self.dest)
            raise DownloadError(f"The downloaded {self.dest.name} is damaged or is not the expected file: its "
                                "SHA-256 checksum does not match the catalog.",
                                "The download was deleted. Try again; if it happens again, the catalog entry may be "
                                "out of date.", reason="checksum")
        os.replace(self.part, self.dest)
        self.sidecar.unlink(missing_ok=True)
        return DownloadResult(DownloadOutcome.COMPLETED, self.dest, state.done, state.fetched, state.total, digest,
                              self.sha256 is not None)


# ---------------------------------------------------------------------------------------------------------------
# Catalog entries


def downloader_for_entry(entry: CatalogEntry, models_dir: Path, *, allow_unverified: bool = False,
                         progress: ProgressCallback | None = None, timeout: float = DEFAULT_TIMEOUT_S,
                         retries: int = DEFAULT_RETRIES, backoff_s: float = DEFAULT_BACKOFF_S,
                         cafile: Path | None = None) -> Downloader:
    """A :class:`Downloader` for a catalog entry into ``models_dir`` (keep it to pause or cancel from the UI).

    Raises :class:`UnverifiedDownloadError` for an entry with no SHA-256 unless ``allow_unverified`` (ask first).
    """
    if entry.sha256 is None and not allow_unverified:
        raise UnverifiedDownloadError(
            f"{entry.name} has no published checksum in the catalog, so Hearth cannot check that the download is "
            "complete and unaltered.",
            "Download it only if you trust where it comes from; Hearth will ask you to confirm.",
            reason="unverified")
    return Downloader(entry.url, Path(models_dir) / entry.file_name, sha256=entry.sha256, size=entry.size,
                      progress=progress, timeout=timeout, retries=retries, backoff_s=backoff_s, cafile=cafile)


def download_entry(entry: CatalogEntry, models_dir: Path, *, allow_unverified: bool = False,
                   progress: ProgressCallback | None = None, timeout: float = DEFAULT_TIMEOUT_S,
                   retries: int = DEFAULT_RETRIES, backoff_s: float = DEFAULT_BACKOFF_S,
                   cafile: Path | None = None) -> DownloadResult:
    """Download a catalog entry into ``models_dir`` (blocking); see :func:`downloader_for_entry`."""
    return downloader_for_entry(entry, models_dir, allow_unverified=allow_unverified, progress=progress,
                                timeout=timeout, retries=retries, backoff_s=backoff_s, cafile=cafile).run()
