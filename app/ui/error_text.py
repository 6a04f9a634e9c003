"""Errors in the user's language.

The core raises :class:`~app.core.errors.HearthError` with English texts. Its
titles are marked for translation in the "Errors" context; an error made
from templates (``HearthError.translatable`` / ``use_templates``: the
governance refusals, the guardian's passphrase rules) carries them, so the
window fills the translated templates with the same values. Any other error
is shown as the core wrote it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.errors import HearthError


def error_title(exc: BaseException) -> str:
    """The error's title in the user's language."""
    title = exc.title if isinstance(exc, HearthError) else HearthError.title
    return QCoreApplication.translate("Errors", title)


def user_text(exc: BaseException) -> str:
    """The error's message and advice as one paragraph, translated where the core wrote them as templates."""
    if not isinstance(exc, HearthError):
        return QCoreApplication.translate("Errors", "Something went wrong; the details are in Hearth’s log.")
    translation = exc.translation
    if translation is None:
        return exc.user_text()
    values = {key: QCoreApplication.translate(*value) if isinstance(value, tuple) else value
              for key, value in translation.values.items()}
    parts = (QCoreApplication.translate(translation.context, text).format(**values)
             for text in (translation.message, translation.advice) if text)
    return " ".join(parts)
