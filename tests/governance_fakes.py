"""Test helpers for governance: a settable clock, a dict secret store, an audit sink and cheap scrypt."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from app.governance.credential import ScryptParams

CHEAP_SCRYPT = ScryptParams(n=2**10, r=8, p=1)  # tests only: the verifier records its parameters
PASSPHRASE = "kettle orbit marmalade"


class FakeClock:
    """Wall, monotonic and local time that only move when told to."""

    def __init__(self, now: datetime | None = None) -> None:
        self.local = now or datetime(2026, 11, 23, 10, 0)  # a Monday morning
        self.wall = 1_800_000_000.0
        self.mono = 1000.0

    def time(self) -> float:
        return self.wall

    def monotonic(self) -> float:
        return self.mono

    def now(self) -> datetime:
        return self.local

    def advance(self, seconds: float) -> None:
        self.wall += seconds
        self.mono += seconds
        self.local += timedelta(seconds=seconds)


class DictSecrets:
    """A SecretStore stand-in: bytes by name."""

    def __init__(self) -> None:
        self.values: dict[str, bytes] = {}

    def get(self, name: str) -> bytes | None:
        return self.values.get(name)

    def set(self, name: str, value: bytes) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


class AuditRecorder:
    """Collects appended audit events."""

    def __init__(self) -> None:
        self.events: list[tuple[str, dict[str, Any]]] = []

    def append(self, entry_type: str, fields: Mapping[str, Any] | None = None, text: str | None = None) -> None:
        self.events.append((entry_type, dict(fields or {})))

    def of(self, entry_type: str) -> list[dict[str, Any]]:
        return [fields for kind, fields in self.events if kind == entry_type]
