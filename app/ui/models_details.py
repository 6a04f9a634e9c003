"""The Models view's details pane: everything about the selected model, and what can be done with it.

:class:`ModelDetails` shows the facts (full SHA-256 and path, selectable), the
memory estimate coloured by its verdict, the safety-removed warning, why the
model may not be used (if so) and its newest report card; its buttons accept
the licence (:class:`~app.ui.models_catalog.LicenceDialog`), ask the view to
show the chat template, make the model the one that answers (offering the
licence first when it was not accepted), remove it (after asking) and run a
new report card (:class:`ReportCardSection`: the probe battery on a pool
thread with progress and Cancel, then "Export…"). Dialogs open window-modal
without a nested event loop.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog, QFormLayout, QProgressBar, QVBoxLayout, QWidget,
)

from app.core.atomic import write_text_atomically
from app.core.errors import HearthError
from app.models.catalog import Catalog
from app.models.library import InstalledModel
from app.models.manager import LicenceNotAcceptedError
from app.models.report_card import ReportCard, ReportCardCancelled
from app.services import Services
from app.ui.error_text import user_text
from app.ui.guardian_widgets import (
    BackgroundCall, ConfirmDialog, InlineMessage, button_row, hint_label, plain_button, primary_button,
    title_label,
)
from app.ui.models_catalog import LicenceDialog, offer_licence
from app.ui.models_table import (
    ModelRow, ProgressRelay, cell_text, fit_colour, monospace_box, open_dialog, selectable_label, suspicious_text,
)
from app.ui.style import Colors


class ReportCardSection(QWidget):
    """The model's newest report card, and a new run on a pool thread (progress, Cancel), then "Export…"."""

    finished = Signal()  # a run ended (done, failed or cancelled)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.cards: dict[str, ReportCard] = {}  # the newest card per model SHA-256
        self.model: InstalledModel | None = None
        self.card: ReportCard | None = None
        self._cancel: threading.Event | None = None
        self.heading = hint_label("")
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Report card progress"))
        self.cancel_button = plain_button(self.tr("Cancel"), self.tr("Cancel the report card"))
        self.cancel_button.clicked.connect(self.cancel)
        self.card_box = monospace_box("", self.tr("Report card"))
        self.export_button = plain_button(self.tr("Export…"), self.tr("Export the report card"))
        self.export_button.clicked.connect(self.export)
        self.message = InlineMessage(fit_window=False)
        self.call = BackgroundCall(self)
        self.call.succeeded.connect(self._done)
        self.call.failed.connect(self._failed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for part in (self.heading, self.progress, button_row(self.cancel_button), self.message, self.card_box,
                     button_row(self.export_button)):
            layout.addWidget(part)
        self._stopped()

    @property
    def running(self) -> bool:
        return self.call.busy

    def set_model(self, model: InstalledModel | None) -> None:
        if model is None or self.model is None or model.sha256 != self.model.sha256:
            self.message.clear_message()
        self.model = model
        self._show(self.cards.get(model.sha256) if model is not None else None)

    def _show(self, card: ReportCard | None) -> None:
        self.card = card
        if self.model is None:
            self.heading.setText("")
        elif card is None:
            self.heading.setText(self.tr("No report card yet. It measures how often the model refuses harmful "
                                         "requests and harmless ones, without Hearth's safety screen."))
        else:
            self.heading.setText(self.tr("Newest report card, made %1:").replace("%1", card.created_at))
        self.card_box.setPlainText(card.render_text() if card is not None else "")
        self.card_box.setVisible(card is not None)
        self.export_button.setVisible(card is not None)

    def run(self, model: InstalledModel) -> None:
        """Run the probe battery on ``model`` through the engine (which must not be chatting meanwhile)."""
        cancel, relay, services = threading.Event(), ProgressRelay(), self.services
        relay.progressed.connect(self._progressed)
        if not self.call.start(lambda: services.models.report_card(services.engine, model.path, relay.counts,
                                                                   cancel)):
            return
        self._cancel, self._relay = cancel, relay
        self.message.clear_message()
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Loading the model…"))
        for widget in (self.progress, self.cancel_button):
            widget.setVisible(True)
        self.cancel_button.setEnabled(True)

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.cancel_button.setEnabled(False)

    def _progressed(self, value: tuple[int, int]) -> None:
        done, total = value
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%1 of %2 prompts").replace("%1", str(done)).replace("%2", str(total)))

    def _done(self, result: tuple[ReportCard, Path]) -> None:
        card, saved = result
        self.cards[card.model_sha256] = card
        self._stopped()
        if self.model is not None and self.model.sha256 == card.model_sha256:
            self._show(card)
        self.message.show_note(self.tr("The report card was kept in %1.").replace("%1", str(saved)))

    def _failed(self, exc: BaseException) -> None:
        self._stopped()
        if isinstance(exc, ReportCardCancelled):
            self.message.show_note(self.tr("The report card was stopped; nothing was kept."))
        else:
            self.message.show_error(exc)

    def _stopped(self) -> None:
        self._cancel = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.finished.emit()

    def export(self) -> None:
        """Save the shown card as a web page."""
        if self.card is None:
            return
        path = self.ask_export_path(Path.home() / f"report-card-{self.card.model_sha256[:12]}.html")
        if path is None:
            return
        try:
            write_text_atomically(path, self.card.render_html())
        except OSError as exc:
            self.message.show_problem(self.tr("The report card could not be saved to %1: %2")
                                      .replace("%1", str(path)).replace("%2", exc.strerror or str(exc)))
            return
        self.message.show_note(self.tr("The report card was saved to %1.").replace("%1", str(path)))

    def ask_export_path(self, default: Path) -> Path | None:
        """Ask where to save the card (tests replace this)."""
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the report card"), str(default),
                                              self.tr("Web pages (*.html)"))
        return Path(name) if name else None


class ModelDetails(QWidget):
    """The selected model (see the module docstring)."""

    changed = Signal()  # a licence was accepted, a model removed or chosen: list again
    templateRequested = Signal(object)  # the InstalledModel whose chat template to show

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.row: ModelRow | None = None
        self.catalog: Catalog | None = None
        self.blocker: HearthError | None = None  # why models may not be removed now
        self.licence_dialog: LicenceDialog | None = None
        self.confirm_dialog: ConfirmDialog | None = None
        self.title = title_label("")
        self.facts = {key: selectable_label() for key in ("architecture", "parameters", "quantization", "size",
                                                           "context", "licence", "template", "approved",
                                                           "location", "path", "sha256")}
        self.warning = selectable_label()
        self.warning.setStyleSheet(f"color: {Colors.error.name()}; font-weight: 600;")
        self.fit = selectable_label()
        self.refusal = selectable_label()
        self.refusal.setStyleSheet(f"color: {Colors.error.name()};")
        self.message = InlineMessage(fit_window=False)
        self.report = ReportCardSection(services)
        self.report.finished.connect(self._update_buttons)
        self._build_buttons()
        self._build()
        self.set_row(None)

    def _build_buttons(self) -> None:
        self.use_button = primary_button(self.tr("Use this model"), self.tr("Use this model for answers"))
        self.use_button.clicked.connect(self.use_model)
        self.licence_button = plain_button(self.tr("Accept licence…"), self.tr("Read and accept the licence"))
        self.licence_button.clicked.connect(lambda: self.ask_licence())
        self.template_button = plain_button(self.tr("Show chat template…"), self.tr("Show the chat template"))
        self.template_button.clicked.connect(self.show_template)
        self.remove_button = plain_button(self.tr("Remove…"), self.tr("Remove this model"))
        self.remove_button.clicked.connect(self.ask_remove)
        self.report_button = plain_button(self.tr("Report card…"), self.tr("Run the model's report card"))
        self.report_button.clicked.connect(self.run_report)
        self.buttons = (self.use_button, self.licence_button, self.template_button, self.report_button,
                        self.remove_button)

    def _build(self) -> None:
        form = QFormLayout()
        labels = (self.tr("Architecture"), self.tr("Parameters"), self.tr("Quantization"), self.tr("Size"),
                  self.tr("Context length"), self.tr("Licence"), self.tr("Chat template"), self.tr("Approved"),
                  self.tr("Where"), self.tr("File"), self.tr("SHA-256"))
        for label, value in zip(labels, self.facts.values()):
            value.setAccessibleName(label)
            form.addRow(label, value)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        for part in (self.fit, self.refusal, self.message, button_row(*self.buttons), self.report):
            layout.addWidget(part)
        layout.addStretch(1)

    # showing ------------------------------------------------------------------------------------------------

    def set_row(self, row: ModelRow | None) -> None:
        """Show ``row`` (None: nothing selected)."""
        if row is None or self.row is None or row.path != self.row.path:
            self.message.clear_message()
        self.row = row
        model = row.model if row is not None else None
        self.title.setText(row.name if row is not None else self.tr("Choose a model in the list"))
        for label in self.facts.values():
            label.clear()
        self.warning.setText(suspicious_text(model) if model is not None else "")
        self.warning.setVisible(bool(self.warning.text()))
        self.refusal.setText(self._refusal_text(row))
        self.refusal.setVisible(bool(self.refusal.text()))
        self.fit.setVisible(False)
        if row is not None:
            self.facts["path"].setText(str(row.path))
        if model is not None and row is not None:
            self._show_facts(row, model)
        self.report.set_model(model)
        self._update_buttons()

    def _refusal_text(self, row: ModelRow | None) -> str:
        if row is None:
            return ""
        if row.problem is not None:
            return user_text(row.problem)
        return user_text(row.refusal) if row.refusal is not None else ""

    def _show_facts(self, row: ModelRow, model: InstalledModel) -> None:
        for key in ("parameters", "quantization", "size", "licence", "template", "approved", "location"):
            self.facts[key].setText(cell_text(row, key))
        info = model.info
        self.facts["architecture"].setText(info.architecture)
        self.facts["sha256"].setText(model.sha256)
        self.facts["context"].setText(self.tr("%1 tokens").replace("%1", f"{info.context_length:,}")
                                      if info.context_length else self.tr("unknown"))
        if not row.licence_accepted:
            self.facts["licence"].setText(self.tr("%1 (not accepted yet)").replace("%1", cell_text(row, "licence")))
        if row.fit is not None:
            self.fit.setText(row.fit.explanation(info.name))
            self.fit.setStyleSheet(f"color: {fit_colour(row.fit.verdict).name()};")
            self.fit.setVisible(True)

    def set_blocker(self, blocker: HearthError | None) -> None:
        self.blocker = blocker
        self._update_buttons()

    def _update_buttons(self) -> None:
        row, running = self.row, self.report.running
        model = row.model if row is not None else None
        usable = row is not None and row.approved and not running
        self.use_button.setEnabled(usable)
        self.use_button.setToolTip(user_text(row.refusal) if row is not None and row.refusal else "")
        self.licence_button.setVisible(model is not None and row is not None and not row.licence_accepted)
        self.template_button.setEnabled(model is not None)
        self.report_button.setEnabled(usable and row is not None and row.licence_accepted)
        self.remove_button.setEnabled(model is not None and not model.bundled and self.blocker is None
                                      and not running)
        self.remove_button.setToolTip(user_text(self.blocker) if self.blocker is not None else
                                      self.tr("The bundled model is part of Hearth and cannot be removed.")
                                      if model is not None and model.bundled else "")

    # actions ------------------------------------------------------------------------------------------------

    def use_model(self) -> None:
        """Make the model the one that answers; a licence not yet accepted is offered first."""
        if self.row is None or self.row.model is None:
            return
        model = self.row.model
        try:
            self.services.choose_model(None if model.bundled else model.path)
        except LicenceNotAcceptedError:
            self.ask_licence(then=self.use_model)
            return
        except HearthError as exc:
            self.message.show_error(exc)
            return
        self.message.show_note(self.tr("%1 now writes the answers.").replace("%1", model.info.name))
        self.changed.emit()

    def ask_licence(self, then: Callable[[], Any] | None = None) -> None:
        if self.row is None or self.row.model is None:
            return
        self.licence_dialog = offer_licence(self, self.services, self.row.model, self.changed.emit, self.catalog)
        if then is not None:
            self.licence_dialog.accepted.connect(then)
        self.licence_dialog.finished.connect(lambda _result: setattr(self, "licence_dialog", None))

    def show_template(self) -> None:
        if self.row is not None and self.row.model is not None:
            self.templateRequested.emit(self.row.model)

    def ask_remove(self) -> None:
        if self.row is None or self.row.model is None:
            return
        model = self.row.model
        text = (self.tr("Hearth forgets %1; the file stays where it is.") if model.referenced else
                self.tr("%1 is deleted from Hearth's models folder. This cannot be undone.")) \
            .replace("%1", model.path.name)
        open_dialog(self, "confirm_dialog", ConfirmDialog(self.tr("Remove %1?").replace("%1", model.info.name), text,
                                                          self.tr("Remove"), self.tr("Keep"), self),
                    lambda: self.remove(model))

    def remove(self, model: InstalledModel) -> None:
        """Remove ``model`` (refused while models are locked); the bundled model answers if it was in use."""
        was_active = self.services.config.model_path is not None and \
            self.services.active_model_path() == model.path
        try:
            self.services.models.remove_model(model)
        except HearthError as exc:
            self.message.show_error(exc)
            return
        except OSError as exc:
            self.message.show_problem(self.tr("%1 could not be removed: %2").replace("%1", model.path.name)
                                      .replace("%2", exc.strerror or str(exc)))
            return
        self.message.show_note(self.tr("%1 was removed.").replace("%1", model.path.name))
        if was_active:
            self._fall_back_to_bundled()
        self.changed.emit()

    def _fall_back_to_bundled(self) -> None:
        """The removed model was answering: the bundled one takes over (when it may)."""
        try:
            self.services.choose_model(None)
        except HearthError as exc:
            self.message.show_error(exc)

    def run_report(self) -> None:
        if self.row is not None and self.row.model is not None:
            self.report.run(self.row.model)
            self._update_buttons()

    def set_cards(self, cards: dict[str, Any]) -> None:
        self.report.cards = dict(cards)
        self.report.set_model(self.row.model if self.row is not None else None)
