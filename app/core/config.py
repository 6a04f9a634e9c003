"""App-wide preferences kept in a small JSON file (the active model and safety profile, the guard model).

Writes are atomic (temporary file, then rename), so a crash or a full disk
never leaves a half-written file; an unreadable file falls back to defaults
and is kept aside for inspection.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from app.core.database import is_disk_full
from app.core.errors import DiskFullError
from app.core.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


@dataclass
class AppConfig:
    """Preferences that are not per conversation."""

    model_path: str | None = None  # None means the bundled model
    last_conversation_id: int | None = None
    safety_profile: str = "standard"  # the id of the active safety profile
    guard_model_path: str | None = None  # a Llama Guard 3 compatible GGUF chosen by an admin; None: no guard
    inference_server: str | None = None  # an OpenAI-compatible server's address; None: answer with local models
    inference_model: str = ""  # the server's model id
    language: str = ""  # a locale name such as "fr" or "zh_CN" for the window; "" follows the system
    high_contrast: bool = False  # the high-contrast theme
    text_scale: float = 1.0  # the window's text size, 0.8 to 2.0 (the chat view honours it)

    @classmethod
    def load(cls, path: Path) -> "AppConfig":
        if not path.exists():
            return cls()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            known = {f.name for f in fields(cls)}
            return cls(**{k: v for k, v in raw.items() if k in known})
        except (OSError, ValueError, TypeError) as exc:
            aside = path.with_suffix(".unreadable")
            log.warning("config %s unreadable (%s); using defaults, kept as %s", path, exc, aside)
            path.replace(aside)
            return cls()

    def save(self, path: Path) -> None:
        tmp = path.with_suffix(".tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
            os.replace(tmp, path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            if is_disk_full(exc):
                raise DiskFullError.translatable(
                    "Errors", QT_TRANSLATE_NOOP("Errors", "Hearth could not save its preferences because the disk is full."),
                    QT_TRANSLATE_NOOP("Errors", "Free some space; your conversations are not affected.")) from exc
            raise
