"""Noticing that someone is using the app (a key, a click, a wheel turn, a touch), for idle timers.

:class:`ActivityWatcher` is the app's one Python event filter: it only
observes, emits :attr:`ActivityWatcher.active` and lets every event through.
(PySide6 6.12.0 corrupts ``None``'s reference count on every call of a
Python ``eventFilter``, so after enough events the interpreter aborts with
``none_dealloc``; pyproject.toml keeps PySide6 below 6.12 for that reason.)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal

INPUT_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel, QEvent.Type.TouchBegin)


class ActivityWatcher(QObject):
    """Emits :attr:`active` for each input event of the objects it watches."""

    active = Signal()

    def watch(self, *objects: QObject) -> None:
        for obj in objects:
            obj.installEventFilter(self)

    def unwatch(self, *objects: QObject) -> None:
        for obj in objects:
            obj.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.active.emit()
        return False  # observe only
