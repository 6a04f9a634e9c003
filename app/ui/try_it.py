"""The profile editor's "Try it" box: type a message and see what the profile being edited would do.

Typing (or changing the profile) restarts a ~300 ms timer; when it fires, the
text is screened against the profile as it is now, unsaved edits included, on
a :class:`QThreadPool` thread (screening takes 5–60 ms, and the first check
may start the classifier process). Each check carries a generation number and
only the latest one's result is shown, so a slow, stale answer never replaces
a newer one. Errors (an invalid profile, the screen not being available) are
shown inline in plain words.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.core.errors import HearthError
from app.safety.profiles import Action, SafetyProfile
from app.safety.screen import Screen
from app.safety.taxonomy import category
from app.safety.verdict import Verdict
from app.ui.error_text import user_text
from app.ui.profile_rules_model import action_colour, action_label, category_label
from app.ui.style import Colors

log = logging.getLogger(__name__)
DEBOUNCE_MS = 300


class _ScreenSignals(QObject):
    """Carries a check's outcome from the pool thread to the UI thread (queued)."""

    done = Signal(int, object)  # generation, Verdict
    failed = Signal(int, str)  # generation, message in plain words


class _ScreenJob(QRunnable):
    """Screens one text against one profile snapshot on a pool thread."""

    def __init__(self, generation: int, screen: Screen, text: str, profile: SafetyProfile,
                 signals: _ScreenSignals) -> None:
        super().__init__()
        self.generation = generation
        self.screen = screen
        self.text = text
        self.profile = profile
        self.signals = signals

    def run(self) -> None:
        try:
            verdict = self.screen.screen_prompt(self.text, self.profile)
        except HearthError as exc:
            self.signals.failed.emit(self.generation, user_text(exc))
            return
        except Exception:  # a bug must not leave the box saying "Checking…" forever
            log.exception("trying a profile failed")
            self.signals.failed.emit(self.generation, QCoreApplication.translate(
                "TryItPanel", "This text could not be checked; details are in the log."))
            return
        self.signals.done.emit(self.generation, verdict)


class TryItPanel(QWidget):
    """A text box and the verdict the given profile would give it."""

    checked = Signal(object)  # the Verdict now shown (tests wait for it)

    def __init__(self, screen: Callable[[], Screen], profile: Callable[[], SafetyProfile],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._screen = screen
        self._profile = profile
        self._generation = 0
        # Unparented on purpose: a job still running when the panel is gone keeps it alive and emits to no one.
        self._signals = _ScreenSignals()
        self._signals.done.connect(self._show_verdict)
        self._signals.failed.connect(self._show_error)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.check_now)
        self.input = QPlainTextEdit()
        self.input.setObjectName("tryItInput")
        self.input.setPlaceholderText(self.tr("Type a message to see what this profile would do with it…"))
        self.input.setAccessibleName(self.tr("Try a message"))
        self.input.setTabChangesFocus(True)
        self.input.setFixedHeight(64)
        self.input.textChanged.connect(self.schedule)
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("tryItVerdict")
        self.verdict_label.setStyleSheet("font-weight: 600;")
        self.verdict_label.setAccessibleName(self.tr("Verdict"))
        self.details_label = QLabel()
        self.details_label.setObjectName("hint")
        self.details_label.setWordWrap(True)
        self.details_label.setAccessibleName(self.tr("Why"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.input)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.details_label)
        self._show_idle()

    def schedule(self) -> None:
        """Check again once typing (or editing) pauses for :data:`DEBOUNCE_MS`."""
        self._generation += 1  # whatever is in flight is stale now
        self.timer.start()

    def check_now(self) -> None:
        """Screen the text against the profile as it is now, on a pool thread."""
        self.timer.stop()
        self._generation += 1
        text = self.input.toPlainText().strip()
        if not text:
            self._show_idle()
            return
        self.verdict_label.setText(self.tr("Checking…"))
        self.verdict_label.setStyleSheet("font-weight: 600;")
        QThreadPool.globalInstance().start(
            _ScreenJob(self._generation, self._screen(), text, self._profile(), self._signals))

    def _show_idle(self) -> None:
        self.verdict_label.setText("")
        self.details_label.setText(self.tr("Type a message above to try this profile."))

    def _show_verdict(self, generation: int, verdict: Verdict) -> None:
        if generation != self._generation:
            return
        colour = action_colour(verdict.action)
        self.verdict_label.setStyleSheet(
            "font-weight: 600;" + (f" color: {colour.color().name()};" if colour is not None else ""))
        if verdict.category:
            try:
                what = category_label(category(verdict.category))
            except KeyError:
                what = verdict.category
            self.verdict_label.setText(f"{action_label(verdict.action)} — {what}")
        else:
            nothing = self.tr("nothing flagged")
            self.verdict_label.setText(f"{action_label(verdict.action)} — {nothing}")
        details = [self.tr("score %1").replace("%1", f"{verdict.score:.2f}")]
        if verdict.threshold is not None and verdict.action is not Action.ALLOW:
            details[0] += " " + self.tr("(threshold %1)").replace("%1", f"{verdict.threshold:.2f}")
        if verdict.detector:
            details.append(self.tr("detector %1").replace("%1", verdict.detector))
        details.append(self.tr("%1 ms").replace("%1", f"{verdict.elapsed_ms:.1f}"))
        self.details_label.setStyleSheet("")
        self.details_label.setText(" · ".join(details))
        self.checked.emit(verdict)

    def _show_error(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self.verdict_label.setText(self.tr("Could not check this text"))
        self.verdict_label.setStyleSheet("font-weight: 600;")
        self.details_label.setStyleSheet(f"color: {Colors.error.name()};")
        self.details_label.setText(message)
