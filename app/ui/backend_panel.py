"""The Models view's "Inference server" tab: where answers come from.

This computer's llama.cpp (the default), or a model on an OpenAI-compatible
inference server on the network (llama.cpp's llama-server, vLLM, Ollama), as a
school lab shares one. Whichever writes the tokens, Hearth screens the prompt
before it is sent and the answer as it streams, signs and audits every answer
here; a server cannot apply the answer watermark, and the panel says so.

Listing a server's models and switching run on a pool thread (a server may be
slow or away). Choosing where answers come from is adding a model, so while a
guardian's lock or the organisation's policy forbids that, the panel is
read-only with the reason. The key goes to the keyring, never to a file.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QComboBox, QFormLayout, QLineEdit, QRadioButton, QVBoxLayout, QWidget

from app.core.errors import HearthError
from app.engine.protocol import ModelInfo, RemoteTarget
from app.engine.remote import list_models, model_identity, normalise_server_url
from app.services import Services
from app.ui.error_text import user_text
from app.ui.guardian_widgets import (
    BackgroundCall, BusyIndicator, InlineMessage, hint_label, plain_button, primary_button, row_of, title_label,
)


class BackendPanel(QWidget):
    """See the module docstring."""

    changed = Signal()  # where answers come from changed

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.blocked = False  # the lock or the policy forbids changing models (see apply_governance)
        self.local_button = QRadioButton(self.tr("This computer (llama.cpp and the models installed here)"))
        self.server_button = QRadioButton(self.tr("An inference server on your network (llama-server, vLLM, "
                                                  "Ollama)"))
        group = QButtonGroup(self)
        for button in (self.local_button, self.server_button):
            button.setAccessibleName(button.text())
            group.addButton(button)
        self.address = QLineEdit()
        self.address.setPlaceholderText("http://lab-server:8080")
        self.address.setAccessibleName(self.tr("Server address"))
        self.address.setAccessibleDescription(self.tr("The inference server's address, e.g. http://lab-server:8080"))
        self.model = QComboBox()
        self.model.setEditable(True)
        self.model.setAccessibleName(self.tr("Model on the server"))
        self.model.setToolTip(self.tr("The server's model id; List models asks the server"))
        self.api_key = QLineEdit()
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key.setAccessibleName(self.tr("Server API key"))
        self.api_key.setPlaceholderText(self.tr("Leave empty to keep the stored key (if any)"))
        self.list_button = plain_button(self.tr("List models"), self.tr("Ask the server which models it offers"))
        self.list_button.clicked.connect(self.list_server_models)
        self.use_button = primary_button(self.tr("Use"), self.tr("Take answers from the choice above"))
        self.use_button.clicked.connect(self.apply)
        self.allowlist_note = hint_label("")
        self.busy = BusyIndicator()
        self.message = InlineMessage(fit_window=False)
        form = QFormLayout()
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Model"), row_of(self.model, self.list_button, stretch=False))
        form.addRow(self.tr("API key"), self.api_key)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Where answers come from")))
        layout.addWidget(self.local_button)
        layout.addWidget(self.server_button)
        layout.addLayout(form)
        layout.addWidget(hint_label(self.tr(
            "With a server, your prompts are still screened on this computer before they are sent, answers are "
            "screened here as they arrive, and every answer is signed and audited here. Its statement names the "
            "server and the model; the weights cannot be hashed here, and a server cannot apply the answer "
            "watermark.")))
        layout.addWidget(self.allowlist_note)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addLayout(row_of(self.use_button))
        layout.addStretch(1)
        self.list_call = BackgroundCall(self)
        self.list_call.succeeded.connect(self._listed)
        self.list_call.failed.connect(self._failed)
        self.use_call = BackgroundCall(self)
        self.use_call.succeeded.connect(self._used)
        self.use_call.failed.connect(self._failed)
        self.server_button.toggled.connect(self._enable)
        self._show_current()
        self.apply_governance()

    # state --------------------------------------------------------------------------------------------------

    def _show_current(self) -> None:
        config = self.services.config
        (self.server_button if config.inference_server else self.local_button).setChecked(True)
        self.address.setText(config.inference_server or "")
        self.model.clear()
        if config.inference_model:
            self.model.addItem(config.inference_model)
        self._show_allowlist()

    def _show_allowlist(self) -> None:
        """Whether the allowlist in force lets the server's model answer, with the entry that approves it."""
        config = self.services.config
        allowlist = self.services.effective().model_allowlist
        if not config.inference_server or not config.inference_model or allowlist is None:
            self.allowlist_note.setVisible(False)
            return
        entry = model_identity(config.inference_server, config.inference_model)
        text = self.tr("Approved by the model allowlist.") if entry in allowlist else self.tr(
            "Not on the model allowlist: answers are refused until a guardian approves it (allowlist entry %1).")
        self.allowlist_note.setText(text.replace("%1", entry))
        self.allowlist_note.setVisible(True)

    def apply_governance(self) -> None:
        """Read-only, with the reason, while the lock or the policy forbids changing models."""
        blocker = self.services.models.changes_blocked()
        self.blocked = blocker is not None
        reason = user_text(blocker) if blocker is not None else ""
        for widget in (self.local_button, self.server_button, self.use_button):
            widget.setToolTip(reason)
        self._enable()
        self._show_allowlist()

    def _enable(self) -> None:
        busy = self.list_call.busy or self.use_call.busy
        free = not self.blocked and not busy
        server = self.server_button.isChecked()
        for widget in (self.local_button, self.server_button, self.use_button):
            widget.setEnabled(free)
        for widget in (self.address, self.model, self.api_key, self.list_button):
            widget.setEnabled(free and server)

    # actions ------------------------------------------------------------------------------------------------

    def _target(self) -> RemoteTarget:
        """What the form names (the stored key when none is typed), to list the server's models."""
        stored = self.services.inference_target()
        key = self.api_key.text().strip() or (stored.api_key if stored is not None else None)
        return RemoteTarget(normalise_server_url(self.address.text()), self.model.currentText().strip(), key or None)

    def list_server_models(self) -> None:
        try:
            target = self._target()
        except HearthError as exc:
            self.message.show_error(exc)
            return
        if self.list_call.start(lambda: list_models(target)):
            self.busy.start(self.tr("Asking %1 for its models…").replace("%1", target.url))
            self._enable()

    def _listed(self, models: list) -> None:
        self.busy.stop()
        current = self.model.currentText()
        self.model.clear()
        self.model.addItems([m.id for m in models])
        if current:
            self.model.setCurrentText(current)
        self.message.show_note(self.tr("The server offers %n model(s).", "", len(models)))
        self._enable()

    def apply(self) -> None:
        if self.blocked:
            return
        services = self.services
        if self.local_button.isChecked():
            work = lambda: services.use_inference_server(None)  # noqa: E731
        else:
            address, model, key = self.address.text(), self.model.currentText(), self.api_key.text().strip()
            work = lambda: services.use_inference_server(address, model, key or None)  # noqa: E731
        if self.use_call.start(work):
            self.busy.start(self.tr("Connecting…"))
            self._enable()

    def _used(self, info: ModelInfo | None) -> None:
        self.busy.stop()
        self.api_key.clear()
        self._show_current()
        if info is None:
            self.message.show_note(self.tr("Answers now come from this computer's models."))
        else:
            self.message.show_note(self.tr("Answers now come from %1 on %2.").replace("%1", info.name)
                                   .replace("%2", info.server or ""))
        self._enable()
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.busy.stop()
        self.message.show_error(exc)
        self._enable()
