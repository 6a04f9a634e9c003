"""The Models view's catalog: curated models to download, and the licence dialog that links to their licences.

:class:`CatalogPanel` lists :meth:`ModelManager.catalog`'s entries (read on a
pool thread: an organisation's catalog may come over the network) with the
memory each needs against this computer's, its licence, role and whether the
download can be checked. "Download" asks first for an unverified entry, then
runs :meth:`Downloader.run` on a pool thread; progress reaches the UI thread
through a :class:`ProgressRelay` (about ten updates a second) with speed and
time left. Pause keeps the ``.part`` (Resume runs a new downloader, which
continues it), Cancel deletes it; partial downloads left from an earlier
session show as "Paused" with "Resume". One download runs at a time; a
complete one goes through :meth:`ModelManager.finish_download` (an audit
event) and is announced by :attr:`CatalogPanel.downloaded`.

:class:`LicenceDialog` shows a model's licence (linked when the catalog knows
its address) and records its acceptance; :func:`offer_licence` opens it.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from app.core.errors import HearthError
from app.models.catalog import Catalog, CatalogEntry
from app.models.download import DownloadOutcome, DownloadResult, Downloader, Progress, discard_partial, find_partial
from app.models.library import InstalledModel
from app.services import Services
from app.ui.error_text import user_text
from app.ui.guardian_widgets import (
    BackgroundCall, BusyIndicator, ConfirmDialog, InlineMessage, button_row, dialog_layout, hint_label,
    plain_button, primary_button, title_label,
)
from app.ui.models_table import (
    ProgressRelay, configure_table, open_dialog, selectable_label, size_text, time_left_text,
)
from app.ui.style import Colors


@dataclass
class _Download:
    entry: CatalogEntry
    downloader: Downloader
    relay: ProgressRelay


class CatalogPanel(QWidget):
    """See the module docstring."""

    downloaded = Signal(object)  # the InstalledModel a complete download became
    catalogLoaded = Signal(object)  # the Catalog

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.entries: list[CatalogEntry] = []
        self.task: _Download | None = None
        self.blocker: HearthError | None = None
        self.confirm_dialog: ConfirmDialog | None = None
        self.memory = psutil.virtual_memory().total
        self.load_call = BackgroundCall(self)
        self.load_call.succeeded.connect(self._loaded)
        self.load_call.failed.connect(self._load_failed)
        self.call = BackgroundCall(self)
        self.call.succeeded.connect(self._finished)
        self.call.failed.connect(self._failed)
        self._build()

    def _build(self) -> None:
        self.busy = BusyIndicator()
        self.source = hint_label("")
        self.table = configure_table(QTableWidget(0, 9), self.tr("Models to download"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Parameters"), self.tr("Quantization"), self.tr("Size"),
            self.tr("Memory needed"), self.tr("Licence"), self.tr("Role"), self.tr("Check"), self.tr("Status")])
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.about = selectable_label()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Download progress"))
        self.progress_text = hint_label("")
        self.message = InlineMessage(fit_window=False)
        self.download_button = primary_button(self.tr("Download"), self.tr("Download the selected model"))
        self.download_button.clicked.connect(self.download)
        self.pause_button = plain_button(self.tr("Pause"), self.tr("Pause the download"))
        self.pause_button.clicked.connect(self.pause)
        self.cancel_button = plain_button(self.tr("Cancel"), self.tr("Cancel the download and delete the part"))
        self.cancel_button.clicked.connect(self.cancel)
        memory = hint_label(self.tr("This computer has %1 of memory.").replace("%1", size_text(self.memory)))
        layout = QVBoxLayout(self)
        for part in (self.busy, self.source, memory, self.table, self.about, self.progress, self.progress_text,
                     self.message, button_row(self.cancel_button, self.pause_button, self.download_button)):
            layout.addWidget(part)
        self._show_progress(False)
        self._update_buttons()

    # the catalog --------------------------------------------------------------------------------------------

    def load(self) -> None:
        """Read the catalog again (on a pool thread)."""
        if self.load_call.start(self.services.models.catalog):
            self.busy.start(self.tr("Reading the model catalog…"))

    def _loaded(self, catalog: Catalog) -> None:
        self.busy.stop()
        self.entries = list(catalog)
        cached = self.tr(" (a saved copy: the address could not be reached)") if catalog.cached else ""
        self.source.setText(self.tr("From %1%2").replace("%1", catalog.source).replace("%2", cached))
        self.refresh_rows()
        self.catalogLoaded.emit(catalog)

    def _load_failed(self, exc: BaseException) -> None:
        self.busy.stop()
        self.message.show_error(exc)

    def destination(self, entry: CatalogEntry) -> Path:
        return self.services.models.library.models_dir / entry.file_name

    def refresh_rows(self) -> None:
        """Fill the table again (statuses change as files arrive, pause or go)."""
        chosen = self._selected()
        self.table.setRowCount(len(self.entries))
        for number, entry in enumerate(self.entries):
            for column, item in enumerate(self._items(entry)):
                self.table.setItem(number, column, item)
        if chosen is not None and chosen in self.entries:
            self.table.selectRow(self.entries.index(chosen))
        self._selection_changed()

    def _items(self, entry: CatalogEntry) -> list[QTableWidgetItem]:
        too_big = entry.ram_gb * 1024**3 > self.memory
        texts = [entry.name, entry.parameters, entry.quantization, size_text(entry.size),
                 self.tr("%1 GB").replace("%1", f"{entry.ram_gb:g}"), entry.licence,
                 self.tr("chat") if entry.role == "chat" else self.tr("guard"),
                 self.tr("verified") if entry.verified else self.tr("unverified"), self.status_text(entry)]
        items = [QTableWidgetItem(text) for text in texts]
        items[4].setToolTip(self.tr("More than this computer has") if too_big else "")
        if too_big:
            items[4].setForeground(Colors.error)
        items[5].setToolTip(entry.licence_url)
        items[7].setToolTip(entry.verification_text)
        if not entry.verified:
            items[7].setForeground(Colors.warning)
        return items

    def status_text(self, entry: CatalogEntry) -> str:
        if self.task is not None and self.task.entry == entry:
            return self.tr("Downloading…")
        if self.destination(entry).exists():
            return self.tr("Installed")
        partial = find_partial(self.destination(entry))
        if partial is None:
            return ""
        total = partial.size or entry.size
        return self.tr("Paused at %1 %").replace("%1", str(min(99, int(100 * partial.bytes_done / total))))

    def _selected(self) -> CatalogEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows and rows[0].row() < len(self.entries) else None

    def _selection_changed(self) -> None:
        entry = self._selected()
        if entry is None:
            self.about.setText("")
        else:
            self.about.setText(f"{entry.description}\n{entry.verification_text}")
        self._update_buttons()

    # downloading --------------------------------------------------------------------------------------------

    def set_blocker(self, blocker: HearthError | None) -> None:
        self.blocker = blocker
        self._update_buttons()

    def _update_buttons(self) -> None:
        entry, running = self._selected(), self.call.busy
        partial = entry is not None and find_partial(self.destination(entry)) is not None
        installed = entry is not None and self.destination(entry).exists()
        self.download_button.setText(self.tr("Resume") if partial else self.tr("Download"))
        self.download_button.setAccessibleName(self.tr("Resume the download") if partial else
                                               self.tr("Download the selected model"))
        self.download_button.setEnabled(entry is not None and not running and not installed and self.blocker is None)
        self.download_button.setToolTip(user_text(self.blocker) if self.blocker is not None else "")
        self.pause_button.setEnabled(running and self.task is not None)
        self.cancel_button.setEnabled(running or partial)

    def download(self) -> None:
        """Download (or resume) the selected entry; an unverified one is confirmed first."""
        entry = self._selected()
        if entry is None:
            return
        if entry.verified or find_partial(self.destination(entry)) is not None:  # a resume was agreed to before
            self.start(entry, allow_unverified=not entry.verified)
            return
        open_dialog(self, "confirm_dialog", ConfirmDialog(
            self.tr("Download a file Hearth cannot check?"),
            self.tr("The catalog has no checksum for %1, so Hearth cannot check that what arrives is complete and "
                    "is the file its makers published: a damaged or altered file would look the same. Download it "
                    "only if you trust where it comes from.").replace("%1", entry.name),
            self.tr("Download anyway"), self.tr("Don't download"), self),
            lambda: self.start(entry, allow_unverified=True))

    def start(self, entry: CatalogEntry, allow_unverified: bool = False) -> None:
        """Run a new downloader for ``entry`` on a pool thread (it resumes a ``.part`` left on disk)."""
        if self.call.busy:
            return
        relay = ProgressRelay()
        relay.progressed.connect(self._progressed)
        try:
            downloader = self.services.models.downloader(
                entry, allow_unverified,
                lambda p: relay.report(p, final=p.total is not None and p.done >= p.total))
        except HearthError as exc:
            self.message.show_error(exc)
            return
        models = self.services.models

        def work() -> tuple[DownloadResult, InstalledModel | None]:
            result = downloader.run()
            return result, models.finish_download(entry, result)

        self.task = _Download(entry, downloader, relay)
        self.message.clear_message()
        self.progress.setRange(0, 0)
        self.progress_text.setText(self.tr("Connecting…"))
        self._show_progress(True)
        self.call.start(work)
        self.refresh_rows()

    def pause(self) -> None:
        if self.task is not None:
            self.task.downloader.pause()
            self.pause_button.setEnabled(False)
            self.progress_text.setText(self.tr("Pausing…"))

    def cancel(self) -> None:
        """Stop the running download and delete its part, or delete the selected entry's paused part."""
        if self.task is not None:
            self.task.downloader.cancel()
            self.cancel_button.setEnabled(False)
            return
        entry = self._selected()
        if entry is not None:
            discard_partial(self.destination(entry))
            self.message.show_note(self.tr("The partial download of %1 was deleted.").replace("%1", entry.name))
            self.refresh_rows()

    def stop(self) -> None:
        """Pause a running download (the view is closing): it can be resumed later."""
        if self.task is not None:
            self.task.downloader.pause()

    def _progressed(self, progress: Progress) -> None:
        if progress.total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * progress.done / progress.total))
        parts = [size_text(progress.done) + (self.tr(" of %1").replace("%1", size_text(progress.total))
                                             if progress.total else "")]
        if progress.speed > 0:
            parts.append(self.tr("%1 MB/s").replace("%1", f"{progress.speed / 1024**2:.1f}"))
        parts.append(time_left_text(progress.seconds_left))
        self.progress_text.setText(" · ".join(p for p in parts if p))

    def _finished(self, outcome: tuple[DownloadResult, InstalledModel | None]) -> None:
        result, model = outcome
        name = self.task.entry.name if self.task is not None else result.path.name
        self._ended()
        if result.outcome is DownloadOutcome.COMPLETED:
            checked = self.tr("and checked") if result.verified else self.tr("(not checked: no checksum)")
            self.message.show_note(self.tr("%1 was downloaded %2.").replace("%1", name).replace("%2", checked))
            self.downloaded.emit(model)
        elif result.outcome is DownloadOutcome.PAUSED:
            self.message.show_note(self.tr("The download of %1 is paused. Resume continues where it stopped, also "
                                           "after Hearth restarts.").replace("%1", name))
        else:
            self.message.show_note(self.tr("The download of %1 was cancelled and its part deleted.")
                                   .replace("%1", name))

    def _failed(self, exc: BaseException) -> None:
        self._ended()
        self.message.show_error(exc)

    def _ended(self) -> None:
        self.task = None
        self._show_progress(False)
        self.refresh_rows()

    def _show_progress(self, visible: bool) -> None:
        self.progress.setVisible(visible)
        self.progress_text.setVisible(visible)


# ------------------------------------------------------------------------------------------------- licences

def licence_url(model: InstalledModel, catalog: Catalog | None) -> str | None:
    """The licence's address from the catalog entry of this file (by name or SHA-256), when there is one."""
    for entry in catalog or ():
        if entry.file_name == model.path.name or (entry.sha256 is not None and entry.sha256 == model.sha256):
            return entry.licence_url
    return None


def local_catalog(services: Services) -> Catalog | None:
    """The catalog when reading it cannot wait on the network (shipped, or a file), else None."""
    policy = services.governance.policy.policy
    if policy is not None and policy.model_catalog is not None and "://" in policy.model_catalog:
        return None
    try:
        return services.models.catalog()
    except HearthError:
        return None


class LicenceDialog(QDialog):
    """The model, its licence and a link to it; Accept records the acceptance (an audit event)."""

    def __init__(self, services: Services, model: InstalledModel, url: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.model = model
        self.setWindowTitle(self.tr("Accept the model's licence"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(460)
        licence = model.info.licence or self.tr("not stated in the file")
        self.body = QLabel(self.tr("%1 (%2) comes under this licence: %3. Read it before you use the model: accepting "
                                   "means you agree to its terms, and Hearth notes it in the audit log.")
                           .replace("%1", model.info.name).replace("%2", model.path.name).replace("%3", licence))
        self.body.setWordWrap(True)
        self.link = QLabel()
        self.link.setWordWrap(True)
        if url:
            self.link.setText(f'<a href="{html.escape(url)}">{html.escape(url)}</a>')
            self.link.setOpenExternalLinks(True)
            self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            self.link.setAccessibleName(self.tr("The licence: %1").replace("%1", url))
        else:
            self.link.setText(self.tr("Hearth's catalog has no link to this licence: look for it where the model "
                                      "came from."))
            self.link.setObjectName("hint")
        self.message = InlineMessage()
        self.accept_button = primary_button(self.tr("Accept"), self.tr("Accept the licence"))
        self.accept_button.clicked.connect(self.accept_licence)
        self.cancel_button = plain_button(self.tr("Cancel"), self.tr("Do not accept the licence"))
        self.cancel_button.clicked.connect(self.reject)
        self.cancel_button.setDefault(True)
        dialog_layout(self, title_label(self.windowTitle()), self.body, self.link, self.message,
                      button_row(self.cancel_button, self.accept_button))
        self.setAccessibleName(self.windowTitle())

    def accept_licence(self) -> None:
        try:
            self.services.models.accept_licence(self.model)
        except HearthError as exc:
            self.message.show_error(exc)
            return
        except OSError as exc:
            self.message.show_problem(self.tr("The acceptance could not be saved: %1")
                                      .replace("%1", exc.strerror or str(exc)))
            return
        self.accept()


def offer_licence(parent: QWidget, services: Services, model: InstalledModel, then: Callable[[], Any],
                  catalog: Catalog | None = None) -> LicenceDialog:
    """Open the licence dialog for ``model`` (window-modal, not blocking); ``then`` runs once it is accepted."""
    dialog = LicenceDialog(services, model, licence_url(model, catalog or local_catalog(services)), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(then)
    dialog.open()
    return dialog
