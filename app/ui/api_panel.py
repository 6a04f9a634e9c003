"""The window's switch for the local OpenAI-compatible API ("Local API…" in the toolbar).

:class:`LocalApi` runs :class:`~app.api.server.HearthApi` over the window's
own services (the same engine, runner, screen, governance and audit log) in a
uvicorn server on a background thread, listening on this computer only
(127.0.0.1); other computers are ``hearth serve --host``'s business, under the
guardian's control. Each start and stop is recorded in the audit log
(``api_started``/``api_stopped``, as ``hearth serve`` records them). Turning it
off does not block the window: the server stops on its thread and says so;
:meth:`LocalApi.stop` with ``wait`` (the window closing) waits for it.

:class:`ApiPanel` is the small dialog with the switch, the port, the address,
the key (with "Copy key") and a status line. :class:`ApiActions` belongs to
the :class:`~app.ui.main_window.MainWindow` and owns both; the action is
hidden in kiosk mode.
"""

from __future__ import annotations

import logging
import socket
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QFormLayout, QLayout, QLineEdit, QSpinBox, QToolButton, QVBoxLayout, QWidget,
)

from app.api.cli import DEFAULT_PORT, GRACEFUL_SECONDS, listen, audit_started, audit_stopped
from app.api.keys import api_key
from app.core.errors import HearthError
from app.ui.error_text import error_title, user_text
from app.ui.guardian_widgets import InlineMessage, button_row, hint_label, plain_button, primary_button, title_label

if TYPE_CHECKING:
    import uvicorn

    from app.api.server import HearthApi
    from app.services import Services
    from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)
HOST = "127.0.0.1"  # the window serves this computer only
STOP_WAIT_S = GRACEFUL_SECONDS + 7  # how long closing the window waits for the server to stop
POLL_MS = 50


class LocalApi(QObject):
    """The API server of the window's services: :meth:`start`, :meth:`stop`, and what it is doing now."""

    STOPPED, STARTING, LISTENING, STOPPING = "stopped", "starting", "listening", "stopping"
    changed = Signal()
    _ended = Signal(object, object)  # from the server's thread: the server, and None or what made it stop

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.state = self.STOPPED
        self.port = DEFAULT_PORT
        self.error: str | None = None  # why the last start failed, or why the server stopped on its own
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_started)
        self._ended.connect(self._server_ended)

    @property
    def running(self) -> bool:
        return self.state in (self.STARTING, self.LISTENING)

    def address(self, port: int | None = None) -> str:
        return f"http://{HOST}:{self.port if port is None else port}/v1"

    def key(self) -> str:
        return api_key(self.services.secrets)

    def start(self, port: int) -> bool:
        """Listen on ``port`` (this computer only); False, with :attr:`error` set, when it cannot."""
        if self.state != self.STOPPED:
            return self.running
        from app.api.server import HearthApi  # uvicorn and Starlette load only when the API is used

        self.port, self.error = port, None
        try:
            sock = listen(HOST, port)
        except OSError as exc:
            self.error = self.tr("Hearth could not listen on port %1 (%2); choose another port.") \
                .replace("%1", str(port)).replace("%2", exc.strerror or str(exc))
            self.changed.emit()
            return False
        try:
            api = HearthApi(self.services, self.key())
            audit_started(self.services, HOST, port)
        except HearthError as exc:
            sock.close()
            self.error = f"{error_title(exc)}: {user_text(exc)}"
            self.changed.emit()
            return False
        self._server = api.server(GRACEFUL_SECONDS)
        self._thread = threading.Thread(target=self._serve, args=(api, self._server, sock, port),
                                        name="hearth-local-api", daemon=True)
        self.state = self.STARTING
        self._thread.start()
        self._poll.start()
        self.changed.emit()
        return True

    def stop(self, wait: bool = False) -> None:
        """Stop listening (a streaming answer ends cancelled); ``wait``: until the server has stopped."""
        thread, server = self._thread, self._server
        if server is not None:
            server.should_exit = True
        if self.running:
            self.state = self.STOPPING
            self._poll.stop()
            self.changed.emit()
        if wait and thread is not None:
            thread.join(STOP_WAIT_S)
            if thread.is_alive():
                log.warning("the local API did not stop within %s seconds", STOP_WAIT_S)
            else:
                self._server_ended(server, None)

    def _serve(self, api: HearthApi, server: uvicorn.Server, sock: socket.socket, port: int) -> None:
        """The server's thread: serve until told to stop, then close and record it."""
        problem: BaseException | None = None
        try:
            server.run(sockets=[sock])
        except BaseException as exc:  # noqa: BLE001 - uvicorn exits on a startup failure; the window must not
            log.error("the local API stopped unexpectedly", exc_info=exc)
            problem = exc
        finally:
            api.close()
            sock.close()
            try:
                audit_stopped(self.services, HOST, port)
            except HearthError as exc:
                log.warning("could not record that the local API stopped: %s", exc.message)
        if not server.should_exit and problem is None:
            problem = RuntimeError("the server ended on its own")
        try:
            self._ended.emit(server, problem)
        except RuntimeError:  # the window (and this signal's receiver) is gone already
            log.debug("the local API stopped after the window closed")

    @Slot()
    def _check_started(self) -> None:
        if self._server is not None and self._server.started and self.state == self.STARTING:
            self.state = self.LISTENING
            self._poll.stop()
            self.changed.emit()

    @Slot(object, object)
    def _server_ended(self, server: object, problem: object) -> None:
        if server is None or server is not self._server:
            return  # already handled (the window waited for it)
        self._poll.stop()
        self._thread = self._server = None
        self.state = self.STOPPED
        if problem is not None:
            self.error = self.tr("The local API stopped unexpectedly; the details are in Hearth's log.")
        self.changed.emit()


class ApiPanel(QDialog):
    """The "Local API" dialog: the switch, the port, the address, the key and what the server is doing."""

    def __init__(self, local_api: LocalApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.local_api = local_api
        self.setWindowTitle(self.tr("Local API"))
        self.switch = QCheckBox(self.tr("Let other apps on this computer use Hearth"))
        self.switch.setAccessibleName(self.tr("Let other apps on this computer use Hearth"))
        self.switch.setToolTip(self.tr("Serve an OpenAI-compatible API on this computer only"))
        self.switch.toggled.connect(self._switched)
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        self.port.setValue(local_api.port)
        self.port.setAccessibleName(self.tr("Port"))
        self.port.valueChanged.connect(self._show_address)
        self.address = QLineEdit()
        self.address.setReadOnly(True)
        self.address.setAccessibleName(self.tr("Address"))
        self.key = QLineEdit()
        self.key.setReadOnly(True)
        self.key.setAccessibleName(self.tr("API key"))
        self.key.setToolTip(self.tr("Apps send it as \"Authorization: Bearer KEY\""))
        self.copy_button = plain_button(self.tr("Copy key"), self.tr("Copy the API key"))
        self.copy_button.clicked.connect(self.copy_key)
        self.status = InlineMessage(fit_window=False)
        self.status.setAccessibleDescription(self.tr("What the local API is doing"))
        self.close_button = primary_button(self.tr("Close"), self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        form = QFormLayout()
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("API key"), self.key)
        form.addRow("", button_row(self.copy_button))
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Local API")))
        layout.addWidget(self.switch)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(hint_label(self.tr("Apps use it like OpenAI's API. Every request is screened, signed and "
                                            "audited like the window's, under the same safety profile and the "
                                            "guardian's rules.")))
        layout.addWidget(button_row(self.close_button))
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # see MainWindow
        self.setMinimumSize(520, 380)
        try:
            self.key.setText(local_api.key())
        except HearthError as exc:
            self.status.show_error(exc)
        local_api.changed.connect(self.refresh)
        self.refresh()

    @Slot(bool)
    def _switched(self, on: bool) -> None:
        if on == self.local_api.running:
            return
        if on:
            self.local_api.start(self.port.value())
        else:
            self.local_api.stop()
        self.refresh()

    @Slot()
    def copy_key(self) -> None:
        QGuiApplication.clipboard().setText(self.key.text())
        self.status.show_note(self.tr("The API key is on the clipboard."))

    @Slot(int)
    def _show_address(self, port: int) -> None:
        self.address.setText(self.local_api.address(port))

    @Slot()
    def refresh(self) -> None:
        """Show what the server is doing now (the switch follows it: a failed start turns it back off)."""
        api = self.local_api
        self.switch.blockSignals(True)
        self.switch.setChecked(api.running)
        self.switch.blockSignals(False)
        self.switch.setEnabled(api.state != api.STOPPING)
        self.port.setEnabled(api.state == api.STOPPED)
        if api.state != api.STOPPED:
            self.port.setValue(api.port)
        self._show_address(self.port.value())
        if api.state == api.STOPPED and api.error:
            self.status.show_problem(api.error)
        else:
            self.status.show_note({
                api.STOPPED: self.tr("Stopped: other apps cannot use Hearth."),
                api.STARTING: self.tr("Starting…"),
                api.LISTENING: self.tr("Listening on %1 (this computer only).").replace("%1", api.address()),
                api.STOPPING: self.tr("Stopping…"),
            }[api.state])


class ApiActions(QObject):
    """The window's "Local API…" action, its server, and its panel (one at a time)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.server = LocalApi(window.services, self)
        self.panel: ApiPanel | None = None
        self.action = QAction(self.tr("Local API…"), window)
        self.action.setToolTip(self.tr("Let other apps on this computer use Hearth through an OpenAI-compatible API"))
        self.action.triggered.connect(self.open_panel)
        # In the status bar, where it also says whether the API is on (the toolbar has no room left)
        self.button = QToolButton()
        self.button.setDefaultAction(self.action)
        self.button.setAutoRaise(True)
        self.button.setAccessibleName(self.tr("Local API"))
        self.action.visibleChanged.connect(lambda: self.button.setVisible(self.action.isVisible()))
        self.server.changed.connect(self._show_state)
        self._show_state()

    def _show_state(self) -> None:
        self.action.setText(self.tr("Local API: on") if self.server.running else self.tr("Local API…"))

    @Slot()
    def open_panel(self) -> None:
        if self.window.kiosk:
            return
        if self.panel is not None:
            self.panel.raise_()
            self.panel.activateWindow()
            return
        panel = ApiPanel(self.server, self.window)
        panel.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        panel.finished.connect(self._closed)
        self.panel = panel
        panel.open()

    @Slot()
    def _closed(self) -> None:
        if self.panel is not None:
            self.server.changed.disconnect(self.panel.refresh)
        self.panel = None

    def shutdown(self) -> None:
        """The window is closing: stop the server and wait for it (before the services close)."""
        self.server.stop(wait=True)
