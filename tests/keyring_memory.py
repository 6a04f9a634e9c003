"""An in-memory keyring backend for tests, and the fixtures that install it and build stores on it."""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.errors
import pytest
from jaraco.classes import properties
from keyring.backend import KeyringBackend

from app.core.secrets import SecretStore


class MemoryKeyring(KeyringBackend):
    """Passwords in a dict. It reports no priority, so keyring's own detection never picks it."""

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 - keyring declares priority as a class property
        raise RuntimeError("a test-only backend: install it with keyring.set_keyring")

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture
def memory_keyring(isolated_keyring: MemoryKeyring) -> MemoryKeyring:
    """The fresh in-memory keyring that conftest installs for every test."""
    return isolated_keyring


@pytest.fixture
def secret_store(memory_keyring: MemoryKeyring, hearth_home: Path) -> SecretStore:
    """A SecretStore over the in-memory keyring."""
    return SecretStore(hearth_home / "data" / "secrets.json")
