"""The model's own instructions in the user's language.

Hearth ships its default system prompt and the age-appropriate additions of
the Child, Teen and School presets in every language it speaks
(``resources/prompts/system_prompts.toml``). A turn asks :func:`localized` for
each instruction: a text Hearth shipped (matched exactly against the English
source) comes back in the chosen language; anything a person wrote (a custom
system prompt, a custom profile's addition) comes back untouched.
"""

from __future__ import annotations

import sys
from functools import lru_cache

from app.core.errors import HearthError
from app.core.resources import resource_path
from app.core.settings import DEFAULT_SYSTEM_PROMPT

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

PROMPTS_RESOURCE = "prompts/system_prompts.toml"
KEYS = ("default", "child", "teen", "school")  # the default prompt, then the presets whose addition is shipped


@lru_cache(maxsize=1)
def shipped_prompts() -> dict[str, dict[str, str]]:
    """language -> key -> text, from the resource file (English comes from the sources themselves)."""
    path = resource_path(PROMPTS_RESOURCE)
    try:
        tables = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise HearthError(f"Hearth's translated instructions ({path.name}) cannot be read: {exc}.",
                          "Reinstall Hearth.") from exc
    return {language: {k: v for k, v in table.items() if k in KEYS and isinstance(v, str)}
            for language, table in tables.items() if isinstance(table, dict)}


@lru_cache(maxsize=1)
def _english_keys() -> dict[str, str]:
    """English source text -> key."""
    from app.safety.profiles import preset

    english = {DEFAULT_SYSTEM_PROMPT: "default"}
    for key in KEYS[1:]:
        english[preset(key).system_prompt_addition] = key
    return english


def localized(text: str, language: str) -> str:
    """``text`` in ``language`` when it is an instruction Hearth ships; otherwise ``text`` itself."""
    if not text or language == "en":
        return text
    key = _english_keys().get(text)
    if key is None:
        return text
    return shipped_prompts().get(language, {}).get(key, text)
