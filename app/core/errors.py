"""Errors a person can act on.

Every error that can reach a user derives from :class:`HearthError` and
carries a plain-language ``message`` (what happened) and ``advice`` (what to
do). The CLI and the window show these two texts, never a traceback.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from app.core.i18n import QT_TRANSLATE_NOOP


E = TypeVar("E", bound="HearthError")


@dataclass(frozen=True)
class Translation:
    """An error's English templates (marked for Qt's lupdate in ``context``) and the values of their
    ``{placeholders}``; a value given as ``(context, text)`` is itself translated. The window shows the
    error in the user's language from these (app.ui.error_text); the terminal shows the English."""

    context: str
    message: str
    advice: str = ""
    values: Mapping[str, str | tuple[str, str]] = field(default_factory=dict)


class HearthError(Exception):
    """Base class for failures that are explained to the user."""

    title = QT_TRANSLATE_NOOP("Errors", "Something went wrong")  # titles are translated in the "Errors" context

    def __init__(self, message: str, advice: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.advice = advice
        self.translation: Translation | None = None

    @classmethod
    def translatable(cls: type[E], context: str, message: str, advice: str = "",
                     **values: str | tuple[str, str]) -> E:
        """An error whose English texts are the templates ``message`` and ``advice`` filled with ``values``,
        and which the window can show translated (mark the templates with QT_TRANSLATE_NOOP in ``context``)."""
        error = cls("")
        error.use_templates(context, message, advice, **values)
        return error

    def use_templates(self, context: str, message: str, advice: str = "",
                      **values: str | tuple[str, str]) -> None:
        """For a subclass with its own constructor: take the English texts from the templates and keep them
        for translation (as :meth:`translatable` does)."""
        self.message, self.advice = _filled(message, advice, values)
        self.args = (self.message,)
        self.translation = Translation(context, message, advice, values)

    def user_text(self) -> str:
        """The message and advice as one paragraph for a dialog or terminal."""
        return f"{self.message} {self.advice}".strip()


class ModelFileError(HearthError):
    """A model file is missing, unreadable, truncated or not a GGUF file."""

    title = QT_TRANSLATE_NOOP("Errors", "The model file cannot be used")


class ModelMemoryError(HearthError):
    """A model (with its context) does not fit in the memory available."""

    title = QT_TRANSLATE_NOOP("Errors", "Not enough memory for this model")


class ModelLoadError(HearthError):
    """llama.cpp refused to load a model for another reason."""

    title = QT_TRANSLATE_NOOP("Errors", "The model could not be loaded")


class ContextOverflowError(HearthError):
    """Even the newest message alone does not fit the context window."""

    title = QT_TRANSLATE_NOOP("Errors", "The message is too long")


class EngineCrashedError(HearthError):
    """The engine process died or stopped answering."""

    title = QT_TRANSLATE_NOOP("Errors", "The engine stopped unexpectedly")


class GuardUnavailableError(HearthError):
    """The guard model cannot judge a text: missing or damaged file, load failure, or a busy engine.

    Whoever screens with a guard fails closed on this error.
    """

    title = QT_TRANSLATE_NOOP("Errors", "The guard model is not available")


class DiskFullError(HearthError):
    """The disk (or the database's size limit) is full."""

    title = QT_TRANSLATE_NOOP("Errors", "The disk is full")


class DatabaseTooNewError(HearthError):
    """The database was written by a newer version of Hearth."""

    title = QT_TRANSLATE_NOOP("Errors", "This data is from a newer Hearth")


class DatabaseCorruptError(HearthError):
    """The database file cannot be read as SQLite."""

    title = QT_TRANSLATE_NOOP("Errors", "The chat history cannot be opened")


class SettingsError(HearthError):
    """A generation setting is out of range."""

    title = QT_TRANSLATE_NOOP("Errors", "Invalid setting")

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class ScreeningUnavailableError(HearthError):
    """The safety screen could not run, so the text is held back (fail closed)."""

    title = QT_TRANSLATE_NOOP("Errors", "The safety screen is not available")


def _filled(message: str, advice: str, values: Mapping[str, str | tuple[str, str]]) -> tuple[str, str]:
    english = {k: v[1] if isinstance(v, tuple) else v for k, v in values.items()}
    return message.format(**english), advice.format(**english)
