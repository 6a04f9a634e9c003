"""What the guardian locked, kept on disk with a MAC so that editing the file is noticed.

``guardian.json`` in the config folder holds the guardian's choices (the
locked profile and the SHA-256 of its content, time rules, model allowlist,
kiosk, watermark, audit content mode, retention, idle timeouts) and an
HMAC-SHA256 of their canonical JSON under a key kept in the SecretStore.
At start :meth:`GuardianStore.load` re-checks the MAC and the locked
profile's hash; any mismatch (an edited, replaced or deleted file, or an
edited custom profile) raises :class:`GuardianTamperError`, which the
caller turns into the strictest preset, a banner and an audit event.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from app.core.database import is_disk_full
from app.core.errors import DiskFullError, HearthError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.governance.credential import SecretStoreLike
from app.governance.layers import AUDIT_MODES, Layer, LayerSettings
from app.governance.time_rules import TimeRules, TimeRulesError
from app.safety.profiles import SafetyProfile

GUARDIAN_FILE_NAME = "guardian.json"
MAC_KEY_SECRET = "guardian-settings-mac-key"
FORMAT_VERSION = 1


class GuardianTamperError(HearthError):
    """The guardian's settings on disk do not match their MAC (or are missing while a guardian exists)."""

    title = QT_TRANSLATE_NOOP("Errors", "The guardian's settings were changed outside Hearth")


@dataclass(frozen=True)
class GuardianSettings:
    """The guardian's layer. ``profile_hash`` pins the locked profile's content."""

    profile_id: str
    profile_hash: str
    time_rules: dict[str, Any] | None = None  # TimeRules.to_data(); None: no time rules
    model_allowlist: tuple[str, ...] | None = None  # SHA-256 digests; None: any model
    kiosk: bool = False
    watermark: bool | None = None
    audit_content: str | None = None
    retention_days: int | None = None
    idle_relock_minutes: int = 10
    kiosk_idle_minutes: int = 15
    extra: dict[str, Any] = field(default_factory=dict)  # reserved for later fields, MAC'd all the same

    def rules(self) -> TimeRules | None:
        return TimeRules.from_data(self.time_rules) if self.time_rules is not None else None

    def layer(self, profile: SafetyProfile) -> LayerSettings:
        return LayerSettings(Layer.GUARDIAN, profile, self.rules(),
                             frozenset(self.model_allowlist) if self.model_allowlist is not None else None,
                             self.kiosk, self.watermark, self.audit_content, self.retention_days)

    def to_data(self) -> dict[str, Any]:
        data = asdict(self)
        data["model_allowlist"] = list(self.model_allowlist) if self.model_allowlist is not None else None
        return data

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> "GuardianSettings":
        try:
            allowlist = data.get("model_allowlist")
            settings = cls(**{**data, "model_allowlist": tuple(allowlist) if allowlist is not None else None})
            settings.rules()
        except (TypeError, TimeRulesError) as exc:
            raise GuardianTamperError(f"The guardian's settings cannot be read ({exc}).") from exc
        if settings.audit_content not in (None, *AUDIT_MODES):
            raise GuardianTamperError("The guardian's settings name an unknown audit mode.")
        return settings

    def with_changes(self, **changes: Any) -> "GuardianSettings":
        return replace(self, **changes)


def _canonical(data: dict[str, Any]) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


class GuardianStore:
    """Reads and writes ``guardian.json`` and checks its MAC."""

    def __init__(self, config_dir: Path, secrets_store: SecretStoreLike) -> None:
        self.path = config_dir / GUARDIAN_FILE_NAME
        self.secrets = secrets_store

    def _key(self, create: bool) -> bytes | None:
        key = self.secrets.get(MAC_KEY_SECRET)
        if key is None and create:
            key = secrets.token_bytes(32)
            self.secrets.set(MAC_KEY_SECRET, key)
        return key

    def _mac(self, key: bytes, data: dict[str, Any]) -> str:
        return hmac.new(key, _canonical({"format": FORMAT_VERSION, "settings": data}), hashlib.sha256).hexdigest()

    def exists(self) -> bool:
        return self.path.exists()

    def has_key(self) -> bool:
        """True once settings were saved (the key outlives a deleted file; :meth:`remove` deletes it)."""
        return self.secrets.get(MAC_KEY_SECRET) is not None

    def load(self) -> GuardianSettings:
        """The stored settings; :class:`GuardianTamperError` when missing, unreadable or not matching the MAC."""
        try:
            document = json.loads(self.path.read_text(encoding="utf-8"))
            data, mac = document["settings"], document["mac"]
            if not isinstance(data, dict) or not isinstance(mac, str):
                raise ValueError("wrong shape")
        except FileNotFoundError as exc:
            raise GuardianTamperError(f"The guardian's settings file {self.path} is missing.") from exc
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise GuardianTamperError(f"The guardian's settings file {self.path} cannot be read ({exc}).") from exc
        key = self._key(create=False)
        if key is None or not hmac.compare_digest(self._mac(key, data), mac):
            raise GuardianTamperError(f"The guardian's settings file {self.path} was changed outside Hearth.")
        return GuardianSettings.from_data(data)

    def save(self, settings: GuardianSettings) -> None:
        """Write the settings and their MAC atomically."""
        data = settings.to_data()
        document = {"format": FORMAT_VERSION, "settings": data, "mac": self._mac(self._key(create=True), data)}
        tmp = self.path.with_suffix(".tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(document, indent=2, sort_keys=True), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            if is_disk_full(exc):
                raise DiskFullError.translatable(
                    "Errors", QT_TRANSLATE_NOOP("Errors", "Hearth could not save the guardian's settings because the disk is full."),
                    QT_TRANSLATE_NOOP("Errors", "Free some space and save again; the previous settings are still in force.")) \
                    from exc
            raise

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)
        self.secrets.delete(MAC_KEY_SECRET)
