"""The main window's model handling: the picker's choice, the Models view, and the picker under governance.

:class:`ModelActions` belongs to the :class:`~app.ui.main_window.MainWindow`.
Choosing a model goes through the core (the allowlist, the rule against
safety-removed models, the licence); a model whose licence was not accepted
yet gets the licence dialog first, and one that will leave little memory free
gets a warning in the status bar. "Models…" opens
:class:`~app.ui.models_view.ModelsView`, after which the picker lists again.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot

from app.core.errors import HearthError
from app.governance.governance import Control
from app.models.files import bundled_model_path
from app.models.fit import Fit, estimate_fit
from app.models.manager import LicenceNotAcceptedError
from app.ui.error_text import error_title, user_text
from app.ui.governance_state import managed_text, mark
from app.ui.models_catalog import offer_licence
from app.ui.models_view import ModelsView

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

DEFAULT_N_CTX = 2048
TIGHT_NOTICE_MS = 20_000


class ModelActions(QObject):
    """See the module docstring."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.services = window.services
        self.view: ModelsView | None = None

    def _n_ctx(self) -> int | None:
        window = self.window
        if window.conversation_id is None:
            return None
        return window.store.conversation(window.conversation_id).settings.n_ctx

    def configured_model(self) -> Path | None:
        return Path(self.services.config.model_path) if self.services.config.model_path else None

    @Slot(object)
    def choose(self, path: Path | None) -> None:
        """Make ``path`` the model (the core refuses a model off the allowlist: the banner says so)."""
        window = self.window
        try:
            self.services.choose_model(path)
        except LicenceNotAcceptedError as exc:  # offer the licence, then choose the model again
            window.model_picker.reload(self.configured_model())
            offer_licence(window, self.services, exc.model, lambda: self._choose_again(path))
            return
        except HearthError as exc:
            window.banner.show_error(error_title(exc), user_text(exc))
            window.model_picker.reload(self.configured_model())
            return
        window.model_status.setText(self.status_text())
        self._warn_if_tight(path or bundled_model_path())

    def _warn_if_tight(self, path: Path) -> None:
        """Say so in the status bar when the model will leave little memory free (it still loads)."""
        info = self.services.models.library.cache.info(path)  # the metadata only: no hashing on the UI thread
        estimate = estimate_fit(info, self._n_ctx() or DEFAULT_N_CTX)
        if estimate.verdict is Fit.TIGHT:
            self.window.statusBar().showMessage(self.tr("Memory will be tight with this model: %1")
                                                .replace("%1", estimate.explanation(info.name)),
                                                TIGHT_NOTICE_MS)

    def _choose_again(self, path: Path | None) -> None:
        self.choose(path)
        self.changed()

    @Slot()
    def open_view(self) -> None:
        """Open the Models view (window-modal, does not block); the picker lists again after changes."""
        window = self.window
        if window.turns.busy or window.kiosk or self.view is not None:
            return
        dialog = ModelsView(self.services, window, self._n_ctx())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.modelsChanged.connect(self.changed)
        window.governance_state.changed.connect(dialog.governance_changed)
        dialog.finished.connect(self._closed)
        self.view = dialog
        dialog.open()

    def _closed(self) -> None:
        if self.view is not None:
            self.window.governance_state.changed.disconnect(self.view.governance_changed)
        self.view = None

    def changed(self) -> None:
        """Models were added, removed or chosen elsewhere (or an inference server): list them again."""
        window = self.window
        window.model_picker.reload(self.configured_model())
        window.model_status.setText(self.status_text())
        self.apply_governance()
        window.update_actions()

    def uses_server(self) -> bool:
        """Answers come from an inference server (the picker of local models then has nothing to choose)."""
        return bool(self.services.config.inference_server)

    def status_text(self) -> str:
        """The status bar's model: the picker's choice, or the server's model and where it runs."""
        config = self.services.config
        if not config.inference_server:
            return self.window.model_picker.active_label()
        return self.tr("%1 on the server %2").replace("%1", config.inference_model).replace(
            "%2", config.inference_server)

    def apply_governance(self) -> None:
        """The picker under the governance in force: only approved models, importing marked when managed."""
        picker, state = self.window.model_picker, self.window.governance_state
        mark(picker.import_action, state.blocked_by(Control.MODEL_FILES))
        allowlist = state.effective.model_allowlist
        picker.set_allowlist(allowlist)
        tip = self.tr("The model that writes the answers")
        if self.uses_server():
            tip = self.tr("Answers come from the inference server (Models… → Inference server); "
                          "choose This computer there to use these models")
        elif allowlist is not None:
            by = state.effective.managed_by("model_allowlist")
            tip += "\n" + self.tr("Only approved models are listed (%1)").replace(
                "%1", managed_text(by) if by is not None else self.tr("your choice"))
        picker.setToolTip(tip)
