"""The model manager below the UI: which models may be used, and adding, removing and accepting them.

:class:`ModelManager` joins the :class:`ModelLibrary` with governance and the
audit log, so the window, the command line and the engine obey the same
rules:

- :meth:`check_use` before a model answers: the allowlist in force, the rule
  against safety-removed fine-tunes under the Child, Teen and School profiles,
  and an accepted licence;
- :meth:`gate_load`, which the engine calls before it opens a model file: the
  same checks plus the memory fit (:mod:`app.models.fit`), so no path around
  the window or the CLI loads an unapproved model;
- :meth:`import_model`, :meth:`downloader` / :meth:`finish_download`,
  :meth:`remove_model` (refused while a guardian's lock or the organisation
  forbids changing models), :meth:`accept_licence` and :meth:`report_card`,
  each an audit event;
- :meth:`catalog`: the shipped catalog, or the organisation's
  (``model_catalog`` in its policy: a file or an https mirror).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.audit.log import AuditLog
from app.core.errors import HearthError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.governance.governance import Control, Governance
from app.governance.layers import Effective
from app.engine.base import Engine
from app.engine.remote import model_identity
from app.models.catalog import Catalog, CatalogEntry, load_catalog
from app.models.download import DownloadOutcome, DownloadResult, Downloader, ProgressCallback, downloader_for_entry
from app.models.fit import FitEstimate, estimate_fit, require_fit
from app.models.library import SUSPICIOUS_WORDS, InstalledModel, ModelLibrary, Progress
from app.models.report_card import ReportCard, report_cards_dir, run_report_card


class LicenceNotAcceptedError(HearthError):
    """A model's licence has not been accepted yet."""

    title = QT_TRANSLATE_NOOP("Errors", "Accept the model's licence first")

    def __init__(self, model: InstalledModel) -> None:
        licence = model.info.licence or "not stated in the file"
        super().__init__(f"{model.path.name} comes under a licence that has not been accepted yet ({licence}).",
                         f"Read it and accept it in Models…, or run: hearth models licence {model.path.name} --accept")
        self.model = model


class ModelManager:
    """See the module docstring."""

    def __init__(self, library: ModelLibrary, governance: Governance, audit: AuditLog,
                 effective: Callable[[], Effective]) -> None:
        self.library = library
        self.governance = governance
        self.audit = audit
        self.effective = effective

    def refusal(self, model: InstalledModel, effective: Effective | None = None) -> HearthError | None:
        """Why ``model`` may not be used now (the allowlist, the safety-removed rule; not the licence), or
        None. Only asks: unlike :meth:`check_use`, a refusal here is not an audit event."""
        try:
            self._check_governance(model, effective or self.effective(), audit=False)
        except HearthError as exc:
            return exc
        return None

    def approved(self, model: InstalledModel, effective: Effective | None = None) -> bool:
        """Whether ``model`` may be used now (see :meth:`refusal`)."""
        return self.refusal(model, effective) is None

    def changes_blocked(self) -> HearthError | None:
        """Why models may not be added or removed now (a guardian's lock, the organisation), or None; a
        question only, so unlike an attempt it does not count as the guardian's activity."""
        return self.governance.refusal(Control.MODEL_FILES, self.effective())

    def check_use(self, path: Path, effective: Effective | None = None) -> InstalledModel:
        """Raise unless the model at ``path`` may answer now; returns what it is."""
        model = self.library.describe(path)
        self._check_governance(model, effective or self.effective())
        if not self.library.licence_accepted(model):
            raise LicenceNotAcceptedError(model)
        return model

    def gate_load(self, path: Path, n_ctx: int) -> None:
        """What the engine runs before opening a model: :meth:`check_use` and the memory fit."""
        model = self.check_use(path)
        require_fit(model.info, n_ctx)

    def gate_remote(self, server: str, model_id: str, effective: Effective | None = None) -> None:
        """Raise unless ``model_id`` on ``server`` may answer now: the allowlist (by the server and model id, as
        the weights cannot be hashed here) and, under a protective profile, names that suggest the safety
        training was removed. The engine runs it before a server's model answers."""
        suspicious = sorted({m.group(0).lower() for m in SUSPICIOUS_WORDS.finditer(model_id)})
        self.governance.check_model(Path(model_id), lambda _path: model_identity(server, model_id),
                                    effective or self.effective(), suspicious)

    def fit(self, model: InstalledModel, n_ctx: int) -> FitEstimate:
        return estimate_fit(model.info, n_ctx)

    def _check_governance(self, model: InstalledModel, effective: Effective, audit: bool = True) -> None:
        """``audit`` false for a listing, which asks "may it?" often; only refusals of real use are events."""
        self.governance.check_model(model.path, lambda _path: model.sha256, effective, model.suspicious_reasons(),
                                    audit=audit)

    # -- changes ---------------------------------------------------------------------------------------------

    def import_model(self, source: Path, copy: bool = True, progress: Progress | None = None,
                     cancel: threading.Event | None = None) -> InstalledModel:
        """Import ``source`` (see :meth:`ModelLibrary.import_file`) unless models are locked; audited."""
        self.governance.require(Control.MODEL_FILES, self.effective())
        model = self.library.import_file(source, copy, progress, cancel)
        self.audit.append("model_imported", self._facts(model))
        return model

    def remove_model(self, model: InstalledModel) -> None:
        self.governance.require(Control.MODEL_FILES, self.effective())
        self.library.remove(model)
        self.audit.append("model_removed", {"file": model.path.name, "sha256": model.sha256,
                                            "referenced": model.referenced})

    def accept_licence(self, model: InstalledModel) -> None:
        record = self.library.accept_licence(model)
        self.audit.append("licence_accepted", {"file": model.path.name, "sha256": model.sha256,
                                               "licence": record["licence"]})

    # -- catalog and downloads ---------------------------------------------------------------------------------

    def catalog(self) -> Catalog:
        """The organisation's catalog when its policy names one, else the one shipped with Hearth."""
        policy = self.governance.policy.policy
        return load_catalog(policy.model_catalog if policy is not None else None)

    def downloader(self, entry: CatalogEntry, allow_unverified: bool = False,
                   progress: ProgressCallback | None = None) -> Downloader:
        """A downloader for ``entry`` into the models folder (unless models are locked); run it, then pass its
        result to :meth:`finish_download`. An entry without a checksum needs ``allow_unverified`` (ask first)."""
        self.governance.require(Control.MODEL_FILES, self.effective())
        self.library.models_dir.mkdir(parents=True, exist_ok=True)
        return downloader_for_entry(entry, self.library.models_dir, allow_unverified=allow_unverified,
                                    progress=progress)

    def finish_download(self, entry: CatalogEntry, result: DownloadResult) -> InstalledModel | None:
        """The downloaded model, audited, once complete (None while paused or cancelled)."""
        if result.outcome is not DownloadOutcome.COMPLETED:
            return None
        if result.sha256:
            self.library.cache.remember_sha256(result.path, result.sha256)
        model = self.library.describe(result.path)
        self.audit.append("model_downloaded", {**self._facts(model), "catalog_id": entry.id, "url": entry.url,
                                               "verified": result.verified})
        return model

    # -- the report card -------------------------------------------------------------------------------------------

    def report_card(self, engine: Engine, path: Path, progress: Callable[[int, int], None] | None = None,
                    cancel: threading.Event | None = None, limit: int | None = None) -> tuple[ReportCard, Path]:
        """Run the self-audit probe battery on an approved model, keep the card, audit its numbers."""
        self.check_use(path)
        card = run_report_card(engine, path, progress, cancel, limit)
        saved = card.save(report_cards_dir(self.library.paths))
        self.audit.append("model_audited", card.summary_fields())
        return card, saved

    @staticmethod
    def _facts(model: InstalledModel) -> dict[str, Any]:
        info = model.info
        return {"file": model.path.name, "sha256": model.sha256, "size": info.file_size, "name": info.name,
                "architecture": info.architecture, "parameters": info.parameters,
                "quantization": info.quantization, "licence": info.licence, "referenced": model.referenced,
                "suspicious": model.suspicious_reasons()}
