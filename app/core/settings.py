"""Generation settings, declared once as data and validated with clear messages.

Each conversation stores its own :class:`GenerationSettings`. The table
:data:`SETTING_SPECS` is the single description of every field (type,
default, range, label, help) that validation, the CLI and the settings
dialog all read.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from app.core.errors import SettingsError

DEFAULT_SYSTEM_PROMPT = (
    "You are Hearth, a helpful, honest and friendly assistant running offline "
    "on this computer. Answer clearly and concisely."
)


@dataclass(frozen=True)
class SettingSpec:
    """How one generation setting is typed, bounded and described."""

    name: str
    label: str
    help: str
    kind: type
    minimum: float | None = None
    maximum: float | None = None


SETTING_SPECS: tuple[SettingSpec, ...] = (
    SettingSpec("system_prompt", "System prompt", "Instructions the model sees before every conversation.", str,
                0, 8000),
    SettingSpec("temperature", "Temperature", "Higher is more varied, lower is more focused (0 is greedy).",
                float, 0.0, 2.0),
    SettingSpec("top_p", "Top-p", "Sample only from the most likely tokens whose probabilities add up to this.",
                float, 0.05, 1.0),
    SettingSpec("max_tokens", "Maximum answer length", "The longest answer, in tokens.", int, 1, 8192),
    SettingSpec("n_ctx", "Context length", "How many tokens of conversation the model can see at once.", int,
                256, 131072),
    SettingSpec("seed", "Seed", "The random seed; -1 picks a new one for every answer.", int, -1, 2**31 - 1),
)


@dataclass(frozen=True)
class GenerationSettings:
    """Sampling and context settings for one conversation."""

    system_prompt: str = DEFAULT_SYSTEM_PROMPT
    temperature: float = 0.7
    top_p: float = 0.95
    max_tokens: int = 512
    n_ctx: int = 2048
    seed: int = -1

    def validated(self) -> "GenerationSettings":
        """Return self if every field is in range, else raise :class:`SettingsError`."""
        for spec in SETTING_SPECS:
            value = getattr(self, spec.name)
            _check(spec, value)
        if self.max_tokens >= self.n_ctx:
            raise SettingsError(
                "max_tokens",
                f"The maximum answer length ({self.max_tokens} tokens) must be smaller than the "
                f"context length ({self.n_ctx} tokens).",
            )
        return self

    def with_changes(self, **changes: Any) -> "GenerationSettings":
        """A validated copy with some fields changed (values are coerced from text)."""
        coerced = {name: _coerce(_spec(name), value) for name, value in changes.items()}
        return replace(self, **coerced).validated()

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> "GenerationSettings":
        """Parse stored settings; unknown keys are ignored, missing ones take defaults."""
        if not text:
            return cls()
        raw = json.loads(text)
        known = {f.name for f in fields(cls)}
        return cls().with_changes(**{k: v for k, v in raw.items() if k in known})


def _spec(name: str) -> SettingSpec:
    for spec in SETTING_SPECS:
        if spec.name == name:
            return spec
    raise SettingsError(name, f"There is no generation setting called “{name}”.")


def _coerce(spec: SettingSpec, value: Any) -> Any:
    if spec.kind is str:
        if not isinstance(value, str):
            raise SettingsError(spec.name, f"{spec.label} must be text.")
        return value
    if isinstance(value, bool):
        raise SettingsError(spec.name, f"{spec.label} must be a number.")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise SettingsError(spec.name, f"{spec.label} must be a number, not “{value}”.") from None
    if spec.kind is int:
        if number != int(number):
            raise SettingsError(spec.name, f"{spec.label} must be a whole number, not “{value}”.")
        return int(number)
    return number


def _check(spec: SettingSpec, value: Any) -> None:
    if spec.kind is str:
        if not isinstance(value, str):
            raise SettingsError(spec.name, f"{spec.label} must be text.")
        if spec.maximum is not None and len(value) > spec.maximum:
            raise SettingsError(spec.name, f"{spec.label} is too long (at most {int(spec.maximum)} characters).")
        return
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        raise SettingsError(spec.name, f"{spec.label} must be a number.")
    if spec.minimum is not None and spec.maximum is not None and not spec.minimum <= value <= spec.maximum:
        low = _fmt(spec.minimum)
        high = _fmt(spec.maximum)
        raise SettingsError(spec.name, f"{spec.label} must be between {low} and {high}; “{value}” is not.")


def _fmt(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)
