"""Small secrets (signing keys, MAC keys, the latest audit checkpoint) kept outside the databases.

The OS keyring is used through ``keyring`` (service name ``hearth``) whenever
a real backend is available. On a machine without one (a bare Linux box with
no Secret Service) the secrets fall back to a JSON file, readable only by the
owner (mode 0600), in the data directory, and a warning says so plainly.
Values are bytes; the keyring holds them base64-encoded.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import os
from pathlib import Path

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from app.core.errors import HearthError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.paths import AppPaths

SERVICE_NAME = "hearth"
FALLBACK_FILE_NAME = "secrets.json"
_PROBE_NAME = "hearth-keyring-probe"

log = logging.getLogger(__name__)


class SecretStoreError(HearthError):
    """A secret could not be read or written."""

    title = QT_TRANSLATE_NOOP("Errors", "A secret could not be stored")


class FileSecretBackend:
    """Secrets in one JSON file of base64 values, created with mode 0600."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def get(self, name: str) -> bytes | None:
        value = self._read().get(name)
        return None if value is None else _decode(value, name)

    def set(self, name: str, value: bytes) -> None:
        values = self._read()
        values[name] = base64.b64encode(value).decode("ascii")
        self._write(values)

    def delete(self, name: str) -> None:
        values = self._read()
        if values.pop(name, None) is not None:
            self._write(values)

    def _read(self) -> dict[str, str]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        try:
            values = json.loads(text)
        except json.JSONDecodeError as exc:
            raise SecretStoreError(
                f"The secrets file {self.path} is damaged.",
                "Restore it from a backup; Hearth has not changed it.",
            ) from exc
        if not isinstance(values, dict):
            raise SecretStoreError(f"The secrets file {self.path} is damaged.", "Restore it from a backup.")
        return values

    def _write(self, values: dict[str, str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_name(self.path.name + ".tmp")
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(values, handle, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, self.path)


def _decode(value: str, name: str) -> bytes:
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SecretStoreError(f"The stored secret {name!r} is damaged.",
                               "Remove it to let Hearth make a new one.") from exc


def is_usable_keyring(backend: KeyringBackend) -> bool:
    """True for a real keyring: not the fail/null backends nor an empty chain, and it answers."""
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return False
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return False
    try:
        backend.get_password(SERVICE_NAME, _PROBE_NAME)
    except (keyring.errors.NoKeyringError, keyring.errors.KeyringError) as exc:
        log.info("The keyring %s cannot be used: %s", backend, exc)
        return False
    return True


class SecretStore:
    """Named byte secrets in the OS keyring, or in a 0600 file where no keyring exists."""

    def __init__(self, fallback_file: Path, backend: KeyringBackend | None = None) -> None:
        self.fallback_file = fallback_file
        chosen = backend if backend is not None else keyring.get_keyring()
        self._keyring: KeyringBackend | None = chosen if is_usable_keyring(chosen) else None
        self._file = FileSecretBackend(fallback_file)
        if self._keyring is None:
            log.warning(
                "No OS keyring is available, so Hearth's secrets (signing and audit keys) are kept "
                "in the file %s, protected only by file permissions (0600).",
                fallback_file,
            )

    @classmethod
    def for_paths(cls, paths: AppPaths) -> SecretStore:
        """The store for this installation (fallback file in the data directory)."""
        return cls(paths.data_dir / FALLBACK_FILE_NAME)

    @property
    def is_fallback(self) -> bool:
        """True when secrets live in the fallback file rather than the OS keyring."""
        return self._keyring is None

    @property
    def backend_description(self) -> str:
        """A sentence naming where secrets are kept, for the log, the CLI and the window."""
        if self._keyring is None:
            return f"a file readable only by you ({self.fallback_file}), because no OS keyring is available"
        return f"the OS keyring ({type(self._keyring).__module__}.{type(self._keyring).__name__})"

    def get(self, name: str) -> bytes | None:
        """The secret called ``name``, or None when there is none."""
        if self._keyring is None:
            return self._file.get(name)
        try:
            value = self._keyring.get_password(SERVICE_NAME, name)
        except keyring.errors.KeyringError as exc:
            raise self._keyring_failed("read", name, exc) from exc
        return None if value is None else _decode(value, name)

    def set(self, name: str, value: bytes) -> None:
        """Store ``value`` under ``name``, replacing any earlier value."""
        if self._keyring is None:
            self._file.set(name, value)
            return
        try:
            self._keyring.set_password(SERVICE_NAME, name, base64.b64encode(value).decode("ascii"))
        except keyring.errors.KeyringError as exc:
            raise self._keyring_failed("save", name, exc) from exc

    def delete(self, name: str) -> None:
        """Remove the secret called ``name``; removing a missing secret does nothing."""
        if self._keyring is None:
            self._file.delete(name)
            return
        try:
            self._keyring.delete_password(SERVICE_NAME, name)
        except keyring.errors.PasswordDeleteError:
            log.debug("No secret %r to delete", name)
        except keyring.errors.KeyringError as exc:
            raise self._keyring_failed("delete", name, exc) from exc

    def _keyring_failed(self, verb: str, name: str, exc: Exception) -> SecretStoreError:
        return SecretStoreError(
            f"Hearth could not {verb} the secret {name!r} in {self.backend_description}: {exc}",
            "Unlock the keyring (log in again if needed) and try once more.",
        )
