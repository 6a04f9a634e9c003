"""Errors a person can act on.

Every error that can reach a user derives from :class:`HearthError` and
carries a plain-language ``message`` (what happened) and ``advice`` (what to
do). The CLI and the window show these two texts, never a traceback.
"""

from __future__ import annotations


class HearthError(Exception):
    """Base class for failures that are explained to the user."""

    title = "Something went wrong"

    def __init__(self, message: str, advice: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.advice = advice

    def user_text(self) -> str:
        """The message and advice as one paragraph for a dialog or terminal."""
        return f"{self.message} {self.advice}".strip()


class ModelFileError(HearthError):
    """A model file is missing, unreadable, truncated or not a GGUF file."""

    title = "The model file cannot be used"


class ModelMemoryError(HearthError):
    """A model (with its context) does not fit in the memory available."""

    title = "Not enough memory for this model"


class ModelLoadError(HearthError):
    """llama.cpp refused to load a model for another reason."""

    title = "The model could not be loaded"


class ContextOverflowError(HearthError):
    """Even the newest message alone does not fit the context window."""

    title = "The message is too long"


class EngineCrashedError(HearthError):
    """The engine process died or stopped answering."""

    title = "The engine stopped unexpectedly"


class GuardUnavailableError(HearthError):
    """The guard model cannot judge a text: missing or damaged file, load failure, or a busy engine.

    Whoever screens with a guard fails closed on this error.
    """

    title = "The guard model is not available"


class DiskFullError(HearthError):
    """The disk (or the database's size limit) is full."""

    title = "The disk is full"


class DatabaseTooNewError(HearthError):
    """The database was written by a newer version of Hearth."""

    title = "This data is from a newer Hearth"


class DatabaseCorruptError(HearthError):
    """The database file cannot be read as SQLite."""

    title = "The chat history cannot be opened"


class SettingsError(HearthError):
    """A generation setting is out of range."""

    title = "Invalid setting"

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class ScreeningUnavailableError(HearthError):
    """The safety screen could not run, so the text is held back (fail closed)."""

    title = "The safety screen is not available"
