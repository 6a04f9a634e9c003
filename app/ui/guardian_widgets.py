"""Parts shared by the guardian's dialogs: a background call, inline messages, buttons and page helpers.

scrypt makes every passphrase check and every new passphrase cost half a
second or more, and hashing a model file takes longer, so that work runs in
:class:`BackgroundCall` on the global thread pool and reports back on the UI
thread, while :class:`BusyIndicator` says what is going on. Errors reach the
guardian through :class:`InlineMessage` as a HearthError's title and text.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QDialog, QGroupBox, QHBoxLayout, QLabel, QLayout, QProgressBar, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from app.core.errors import HearthError, ModelFileError
from app.models.files import file_sha256
from app.ui.error_text import error_title, user_text
from app.ui.style import Colors, points

log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("GuardianWidgets", text)


# ---------------------------------------------------------------------------------------------- background work

class _Relay(QObject):
    """Carries a job's outcome from the pool thread to the UI thread (queued)."""

    succeeded = Signal(object)
    failed = Signal(object)  # the exception


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # reported on the UI thread; a bug must not leave the dialog busy forever
            if not isinstance(exc, HearthError):
                log.exception("guardian background work failed")
            self.relay.failed.emit(exc)
            return
        self.relay.succeeded.emit(result)


class BackgroundCall(QObject):
    """Runs one callable at a time on the global thread pool; the outcome arrives on the UI thread."""

    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.busy = False
        # Unparented on purpose: a job still running when the dialog is gone emits to no one.
        self._relay = _Relay()
        self._relay.succeeded.connect(self._succeeded)
        self._relay.failed.connect(self._failed)

    def start(self, work: Callable[[], Any]) -> bool:
        """Run ``work`` on a pool thread; False (and nothing started) while a call is still running."""
        if self.busy:
            return False
        self._set_busy(True)
        QThreadPool.globalInstance().start(_Job(work, self._relay))
        return True

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busyChanged.emit(busy)

    def _succeeded(self, result: object) -> None:
        self._set_busy(False)
        self.succeeded.emit(result)

    def _failed(self, exc: object) -> None:
        self._set_busy(False)
        self.failed.emit(exc)


def model_sha256(path: Path) -> str:
    """The model file's SHA-256 (slow for a big file: call it on a pool thread); ModelFileError when unreadable."""
    try:
        return file_sha256(path)
    except OSError as exc:
        raise ModelFileError(f"The model file {path.name} cannot be read ({exc.strerror or exc}).",
                             "Choose another model in the window, then approve it here.") from exc


# ----------------------------------------------------------------------------------------------- small widgets

def error_html(exc: BaseException) -> str:
    """A HearthError's title and text (or a plain apology for a bug) as rich text for an inline label."""
    if isinstance(exc, HearthError):
        return f"<b>{html.escape(error_title(exc), quote=False)}</b><br>{html.escape(user_text(exc), quote=False)}"
    return html.escape(_t("Something went wrong; the details are in Hearth’s log."), quote=False)


class InlineMessage(QLabel):
    """A message under a form: an error (red) or a plain note; hidden while empty."""

    def __init__(self, parent: QWidget | None = None, fit_window: bool = True) -> None:
        super().__init__(parent)
        self.fit_window = fit_window  # grow the window when a longer message needs room
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.hide()

    def show_error(self, exc: BaseException) -> None:
        plain = f"{error_title(exc)}: {user_text(exc)}" if isinstance(exc, HearthError) else \
            _t("Something went wrong; the details are in Hearth’s log.")
        self._show("settingError", error_html(exc), plain)

    def show_problem(self, text: str) -> None:
        self._show("settingError", html.escape(text, quote=False), text)

    def show_note(self, text: str) -> None:
        self._show("hint", html.escape(text, quote=False), text)

    def clear_message(self) -> None:
        self.setText("")
        self.hide()

    def _show(self, name: str, rich: str, plain: str) -> None:
        self.setObjectName(name)
        self.setStyleSheet(f"color: {(Colors.error if name == 'settingError' else Colors.muted).name()};")
        self.setText(rich)
        self.setAccessibleName(plain)
        self.show()
        if self.fit_window:
            fit_height(self.window())


def hint_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def title_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(f"font-weight: 600; font-size: {points(12)}pt;")
    label.setWordWrap(True)
    return label


def managed_note() -> QLabel:
    """The note beside a control that the organisation's policy decides."""
    label = hint_label(_t("Managed by your organisation"))
    label.setStyleSheet("font-style: italic;")
    return label


def link_button(text: str, accessible: str) -> QPushButton:
    """A flat, link-looking button (keyboard-focusable, unlike a rich-text link)."""
    button = QPushButton(text)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setAutoDefault(False)
    button.setAccessibleName(accessible)
    button.setStyleSheet(f"QPushButton {{ border: none; background: transparent; color: {Colors.accent.name()}; "
                         "text-decoration: underline; padding: 2px 0; text-align: left; }")
    return button


def primary_button(text: str, accessible: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName("primaryButton")
    button.setAccessibleName(accessible)
    return button


def plain_button(text: str, accessible: str) -> QPushButton:
    button = QPushButton(text)
    button.setAutoDefault(False)
    button.setAccessibleName(accessible)
    return button


def button_row(*buttons: QPushButton) -> QWidget:
    """The buttons at the right of a row, as one widget."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return holder


def fit_height(window: QWidget, shrink: bool = False) -> None:
    """Give a window the height its contents need at its current width (growing only, unless ``shrink``).

    Hearth's dialogs do not let their layout push size constraints onto the
    window (see MainWindow), so a page or a message that needs more room asks
    for it here.
    """
    if not window.isVisible():
        window.adjustSize()
        return
    layout = window.layout()
    needed = window.heightForWidth(window.width()) if layout is not None and layout.hasHeightForWidth() else -1
    if needed < 0:
        needed = window.sizeHint().height()
    if needed > window.height() or (shrink and needed < window.height()):
        window.resize(window.width(), needed)


class PageStack(QWidget):
    """Pages of which one shows, sized to that page alone (a QStackedWidget takes its largest page's height)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: list[QWidget] = []
        self._current = -1
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def addWidget(self, page: QWidget) -> int:  # noqa: N802 - the QStackedWidget name
        layout = self.layout()
        assert layout is not None
        layout.addWidget(page)
        self._pages.append(page)
        if self._current < 0:
            self._current = 0
        page.setVisible(len(self._pages) == 1)
        return len(self._pages) - 1

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802
        self._current = index
        for position, page in enumerate(self._pages):
            page.setVisible(position == index)

    def currentIndex(self) -> int:  # noqa: N802
        return self._current

    def widget(self, index: int) -> QWidget:
        return self._pages[index]

    def count(self) -> int:
        return len(self._pages)


def spin_box(low: int, high: int, value: int, suffix: str, name: str, step: int = 1) -> QSpinBox:
    """A whole-number field with a range, a unit suffix and an accessible name."""
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSingleStep(step)
    spin.setValue(value)
    spin.setSuffix(suffix)
    spin.setAccessibleName(name)
    return spin


def group_box(title: str, *parts: QWidget | QLayout) -> QGroupBox:
    """A titled section holding ``parts`` in a column."""
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setSpacing(6)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    return box


def row_of(*widgets: QWidget, stretch: bool = True) -> QHBoxLayout:
    """The widgets side by side, pushed to the left."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    if stretch:
        row.addStretch(1)
    return row


class ConfirmDialog(QDialog):
    """A window-modal question with a confirming and a keeping button; keeping is the default and Esc."""

    def __init__(self, title: str, text: str, confirm: str, keep: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(420)
        body = QLabel(text)
        body.setWordWrap(True)
        self.confirm_button = plain_button(confirm, confirm)
        self.confirm_button.clicked.connect(self.accept)
        self.keep_button = primary_button(keep, keep)
        self.keep_button.clicked.connect(self.reject)
        self.keep_button.setDefault(True)
        dialog_layout(self, title_label(title), body, button_row(self.confirm_button, self.keep_button))
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)
        self.keep_button.setFocus()


class BusyIndicator(QWidget):
    """An endless progress bar with a sentence, shown while background work runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(6)
        self.bar.setAccessibleName(_t("Working"))
        self.label = hint_label("")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.hide()

    def start(self, text: str) -> None:
        self.label.setText(text)
        self.show()
        fit_height(self.window())

    def stop(self) -> None:
        self.hide()


def page_of(*widgets: QWidget) -> QWidget:
    """A page of a stacked dialog: the widgets in a column, pushed to the top."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(10)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return page


def dialog_layout(dialog: QDialog, *parts: QWidget) -> None:
    """The dialog's parts in a column with Hearth's usual margins."""
    layout = QVBoxLayout(dialog)
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # see MainWindow
    layout.setContentsMargins(20, 18, 20, 16)
    layout.setSpacing(10)
    for part in parts:
        layout.addWidget(part)
