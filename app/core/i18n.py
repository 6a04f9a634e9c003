"""Languages Hearth speaks, and the marker that lets text below the UI be translated by the window.

The window translates with Qt (``.ts`` sources in ``i18n/``, compiled to
``.qm`` by ``scripts/i18n.py release``). Code outside ``app/ui`` never imports
Qt, so it marks its user-visible texts with :func:`QT_TRANSLATE_NOOP`: Qt's
``lupdate`` finds those calls by name (the context must be a string literal),
the marker returns the English text unchanged, and the window passes the text
through ``QCoreApplication.translate`` with the same context when it shows it.
The terminal shows the English source.

The chosen language is ``AppConfig.language`` ("" follows the system); the
model's own instructions (the default system prompt and the presets'
age-appropriate additions) come in each language from
``resources/prompts/system_prompts.toml`` (see app.chat.prompts).
"""

from __future__ import annotations

import locale
import os
from collections.abc import Callable

Translate = Callable[[str, str], str]  # (context, English source) -> the text to show

# Locale name -> the language's own name, in the order the language menu lists them.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "de": "Deutsch",
    "zh_CN": "简体中文",
    "ar": "العربية",
}
TRANSLATED = tuple(code for code in LANGUAGES if code != "en")  # the .ts files in i18n/
RIGHT_TO_LEFT = frozenset({"ar"})


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    del context
    return text


def no_translation(context: str, text: str) -> str:
    """The :data:`Translate` of the terminal: the English source as it is."""
    del context
    return text


def supported_language(name: str | None) -> str:
    """The supported language closest to a locale name such as ``es_ES.UTF-8`` or ``zh-Hans-CN`` ("en" when none)."""
    if not name:
        return "en"
    base = name.split(".")[0].split("@")[0].replace("-", "_")
    if base in LANGUAGES:
        return base
    language = base.split("_")[0].lower()
    if language == "zh":
        return "zh_CN"  # Simplified Chinese is the one shipped
    return language if language in LANGUAGES else "en"


def system_language() -> str:
    """The language of this session's locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``), as a supported one."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(variable):
            return supported_language(os.environ[variable])
    return supported_language(locale.getlocale()[0])
