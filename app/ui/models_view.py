"""The Models view: the desktop face of the model manager.

Two tabs. "Installed" lists every model Hearth can offer
(:class:`~app.ui.models_table.ModelsTableModel`, read on a pool thread: the
first read of a big file takes seconds) above the selected model's details
(:class:`~app.ui.models_details.ModelDetails`), with "Import…": a GGUF file
chosen on this computer, then copied into Hearth's models folder (the
default) or used where it is, on a pool thread with progress and Cancel.
"Download" is the catalog (:class:`~app.ui.models_catalog.CatalogPanel`).

Governance is enforced by the model manager; the view shows it: while a
guardian's lock or the organisation's policy forbids changing models,
Import, Download and Remove are disabled with the reason as their tooltip.
:attr:`ModelsView.modelsChanged` tells the window to list its models again.
:class:`TemplateDialog` shows a model's chat template and what its check found.
"""

from __future__ import annotations

import html
import threading
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QFileDialog, QLayout, QProgressBar, QRadioButton, QScrollArea,
    QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from app.core.errors import HearthError
from app.core.settings import GenerationSettings
from app.models.library import ImportCancelled, InstalledModel
from app.models.template_check import ERROR, TEMPLATE_KEY, TemplateReport, check_model_template
from app.services import Services
from app.ui.error_text import user_text
from app.ui.guardian_widgets import (
    BackgroundCall, BusyIndicator, InlineMessage, button_row, dialog_layout, hint_label, plain_button,
    primary_button, row_of, title_label,
)
from app.ui.backend_panel import BackendPanel
from app.ui.models_catalog import CatalogPanel
from app.ui.models_details import ModelDetails
from app.ui.models_table import (
    COLUMNS, ROW_ROLE, Listing, ModelRow, ModelsTableModel, ProgressRelay, configure_table, load_listing,
    model_files_blocker, monospace_box, open_dialog, selectable_label,
)
from app.ui.style import Colors


class TemplateDialog(QDialog):
    """The chat template (read-only), what the check found (errors red, warnings amber) and the sample."""

    def __init__(self, model: InstalledModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.report: TemplateReport | None = None
        self.setWindowTitle(self.tr("Chat template of %1").replace("%1", model.info.name))
        self.resize(720, 640)
        template = model.info.chat_template
        self.template_box = monospace_box(template or "", self.tr("Chat template"))
        self.summary = selectable_label()
        self.findings = selectable_label()
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.findings.setAccessibleName(self.tr("What the check found"))
        self.rendered_box = monospace_box("", self.tr("Sample conversation as the model sees it"))
        self.busy = BusyIndicator()
        self.message = InlineMessage(fit_window=False)
        self.close_button = primary_button(self.tr("Close"), self.tr("Close the chat template"))
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # see MainWindow
        for part in (title_label(self.windowTitle()), self.template_box, self.busy, self.message, self.summary,
                     self.findings, hint_label(self.tr("Sample conversation as the model sees it:")),
                     self.rendered_box, button_row(self.close_button)):
            layout.addWidget(part)
        self.call = BackgroundCall(self)
        self.call.succeeded.connect(self._checked)
        self.call.failed.connect(self.message.show_error)
        self.call.busyChanged.connect(self.busy.setVisible)
        self.busy.start(self.tr("Checking the template…"))
        metadata = {TEMPLATE_KEY: template} if template else {}
        self.call.start(lambda: check_model_template(metadata))

    def _checked(self, report: TemplateReport) -> None:
        self.report = report
        self.summary.setText(report.summary())
        lines = [f'<div style="color: {(Colors.error if f.severity == ERROR else Colors.warning).name()};">'
                 f"{html.escape(f.text())}</div>" for f in report.findings]
        lines += [f"<div>{html.escape(self.tr('Note: %1').replace('%1', note))}</div>" for note in report.notes]
        self.findings.setText("".join(lines))
        self.findings.setVisible(bool(lines))
        self.rendered_box.setPlainText(report.rendered if report.ok else self.tr("(not rendered)"))


class ImportChoiceDialog(QDialog):
    """Copy the chosen file into Hearth's models folder (the default), or use it where it is."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import %1").replace("%1", path.name))
        self.copy_button = QRadioButton(self.tr("Copy into Hearth's models folder"))
        self.copy_button.setAccessibleName(self.copy_button.text())
        self.copy_button.setChecked(True)
        self.reference_button = QRadioButton(self.tr("Use it where it is (it must stay there)"))
        self.reference_button.setAccessibleName(self.reference_button.text())
        group = QButtonGroup(self)
        group.addButton(self.copy_button)
        group.addButton(self.reference_button)
        self.import_button = primary_button(self.tr("Import"), self.tr("Import the model"))
        self.import_button.clicked.connect(self.accept)
        self.cancel_button = plain_button(self.tr("Cancel"), self.tr("Do not import the model"))
        self.cancel_button.clicked.connect(self.reject)
        dialog_layout(self, title_label(self.windowTitle()), hint_label(str(path)), self.copy_button,
                      self.reference_button, button_row(self.cancel_button, self.import_button))

    @property
    def copy(self) -> bool:
        return self.copy_button.isChecked()


class ModelsView(QDialog):
    """See the module docstring."""

    modelsChanged = Signal()  # a model was added, removed, chosen or its licence accepted

    def __init__(self, services: Services, parent: QWidget | None = None, n_ctx: int | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.n_ctx = n_ctx or GenerationSettings.n_ctx  # the fit is shown at this context length
        self.template_dialog: TemplateDialog | None = None
        self.import_dialog: ImportChoiceDialog | None = None
        self.blocker: HearthError | None = None
        self._list_again = False
        self._select_path: Path | None = None
        self._import_cancel: threading.Event | None = None
        self.setObjectName("modelsView")
        self.setWindowTitle(self.tr("Models"))
        self.resize(980, 720)
        self.list_call = BackgroundCall(self)
        self.list_call.succeeded.connect(self._listed)
        self.list_call.failed.connect(self._list_failed)
        self.import_call = BackgroundCall(self)
        self.import_call.succeeded.connect(self._imported)
        self.import_call.failed.connect(self._import_failed)
        self._build()
        self.apply_governance()
        self.refresh()
        self.catalog.load()

    def _build(self) -> None:
        self.table_model = ModelsTableModel(self)
        self.table = configure_table(QTableView(), self.tr("Installed models"))
        self.table.setModel(self.table_model)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.details = ModelDetails(self.services)
        self.details.changed.connect(self._changed)
        self.details.templateRequested.connect(self.show_template)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.details)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setSizes([260, 420])
        self.busy = BusyIndicator()
        self.message = InlineMessage(fit_window=False)
        self.import_button = primary_button(self.tr("Import…"), self.tr("Import a model file"))
        self.import_button.clicked.connect(self.import_model)
        self.import_progress = QProgressBar()
        self.import_progress.setAccessibleName(self.tr("Import progress"))
        self.import_cancel_button = plain_button(self.tr("Cancel import"), self.tr("Cancel the import"))
        self.import_cancel_button.clicked.connect(self.cancel_import)
        self._show_import_progress(False)
        installed = QWidget()
        layout = QVBoxLayout(installed)
        layout.addLayout(row_of(self.import_button, self.import_progress, self.import_cancel_button))
        for part in (self.busy, self.message, splitter):
            layout.addWidget(part)
        self.catalog = CatalogPanel(self.services)
        self.catalog.downloaded.connect(self._downloaded)
        self.catalog.catalogLoaded.connect(self._catalog_loaded)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Models"))
        self.tabs.addTab(installed, self.tr("Installed"))
        self.tabs.addTab(self.catalog, self.tr("Download"))
        self.backend = BackendPanel(self.services)
        self.backend.changed.connect(self.modelsChanged)
        self.tabs.addTab(self.backend, self.tr("Inference server"))
        self.close_button = plain_button(self.tr("Close"), self.tr("Close the models view"))
        self.close_button.clicked.connect(self.reject)
        main = QVBoxLayout(self)
        main.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # see MainWindow
        main.addWidget(self.tabs, 1)
        main.addWidget(button_row(self.close_button))

    # the listing --------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the installed models again on a pool thread (once more afterwards if one is under way)."""
        services, effective, n_ctx = self.services, self.services.effective(), self.n_ctx
        if not self.list_call.start(lambda: load_listing(services, effective, n_ctx)):
            self._list_again = True
            return
        self.busy.start(self.tr("Reading the model files…"))

    def _listed(self, listing: Listing) -> None:
        self.busy.stop()
        current = self._select_path or (self.details.row.path if self.details.row is not None else None)
        self._select_path = None
        self.table_model.set_rows(listing.rows)
        self.table.clearSpans()
        for number in self.table_model.problem_rows():  # the reason spans the columns after the name
            self.table.setSpan(number, 1, 1, len(COLUMNS) - 1)
        self.details.set_cards(listing.cards)
        found = self.table_model.row_of(current) if current is not None else None
        self.select_row(found if found is not None else 0)
        if self._list_again:
            self._list_again = False
            self.refresh()

    def _list_failed(self, exc: BaseException) -> None:
        self.busy.stop()
        self.message.show_error(exc)

    def select_row(self, number: int) -> None:
        if not 0 <= number < self.table_model.rowCount():
            self.details.set_row(None)
            return
        self.table.selectionModel().setCurrentIndex(
            self.table_model.index(number, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.details.set_row(self.table_model.rows[number])

    def select_path(self, path: Path) -> None:
        number = self.table_model.row_of(path)
        if number is not None:
            self.select_row(number)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row: ModelRow | None = current.data(ROW_ROLE) if current.isValid() else None
        if row is not self.details.row:
            self.details.set_row(row)

    def _changed(self) -> None:
        self.refresh()
        self.modelsChanged.emit()

    def _downloaded(self, model: InstalledModel | None) -> None:
        self._select_path = model.path if model is not None else None
        self._changed()

    def _catalog_loaded(self, catalog: object) -> None:
        self.details.catalog = catalog  # type: ignore[assignment]

    # governance ---------------------------------------------------------------------------------------------

    def apply_governance(self) -> None:
        """Disable Import, Download and Remove while models may not be changed, with the reason as tooltip."""
        self.blocker = model_files_blocker(self.services)
        self.import_button.setEnabled(self.blocker is None and not self.import_call.busy)
        self.import_button.setToolTip(user_text(self.blocker) if self.blocker is not None else
                                      self.tr("Add a GGUF model file from this computer"))
        self.details.set_blocker(self.blocker)
        self.catalog.set_blocker(self.blocker)
        self.backend.apply_governance()

    def governance_changed(self) -> None:
        """The lock or the policy changed: apply it, and list again (approvals may differ)."""
        self.apply_governance()
        self.refresh()

    # importing ----------------------------------------------------------------------------------------------

    def import_model(self) -> None:
        """Ask for a GGUF file, then whether to copy it or use it where it is."""
        if self.import_call.busy or self.blocker is not None:
            return
        path = self.ask_model_file()
        if path is None:
            return
        dialog = ImportChoiceDialog(path, self)
        open_dialog(self, "import_dialog", dialog, lambda: self.start_import(path, dialog.copy))

    def ask_model_file(self) -> Path | None:
        """Ask for a GGUF file (tests replace this)."""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import a GGUF model"), str(Path.home()),
                                              self.tr("GGUF models (*.gguf)"))
        return Path(name) if name else None

    def start_import(self, path: Path, copy: bool = True) -> None:
        """Import ``path`` on a pool thread with progress and Cancel."""
        cancel, relay, models = threading.Event(), ProgressRelay(), self.services.models
        relay.progressed.connect(self._import_progressed)
        if not self.import_call.start(lambda: models.import_model(path, copy, relay.counts, cancel)):
            return
        self._import_cancel, self._import_relay = cancel, relay
        self.message.clear_message()
        self.import_progress.setRange(0, 100)
        self.import_progress.setValue(0)
        self.import_button.setEnabled(False)
        self.import_cancel_button.setEnabled(True)
        self._show_import_progress(True)

    def cancel_import(self) -> None:
        if self._import_cancel is not None:
            self._import_cancel.set()
            self.import_cancel_button.setEnabled(False)

    def _import_progressed(self, value: tuple[int, int]) -> None:
        done, total = value
        self.import_progress.setValue(int(100 * done / total) if total else 100)

    def _imported(self, model: InstalledModel) -> None:
        self._import_ended()
        self.message.show_note(self.tr("%1 was added.").replace("%1", model.info.name))
        self._select_path = model.path
        self._changed()

    def _import_failed(self, exc: BaseException) -> None:
        self._import_ended()
        if isinstance(exc, ImportCancelled):
            self.message.show_note(self.tr("The import was cancelled; nothing was added."))
        else:
            self.message.show_error(exc)

    def _import_ended(self) -> None:
        self._import_cancel = None
        self._show_import_progress(False)
        self.apply_governance()

    def _show_import_progress(self, visible: bool) -> None:
        self.import_progress.setVisible(visible)
        self.import_cancel_button.setVisible(visible)

    # the rest -----------------------------------------------------------------------------------------------

    def show_template(self, model: InstalledModel) -> None:
        open_dialog(self, "template_dialog", TemplateDialog(model, self))

    def done(self, result: int) -> None:
        """Closing stops what runs: an import is cancelled, a report card stopped, a download paused."""
        self.cancel_import()
        self.details.report.cancel()
        self.catalog.stop()
        super().done(result)
