"""Wiring: opens the store, the config and the engine and joins them into a turn runner.

The GUI, the CLI and the tests all start Hearth through :func:`open_services`,
so they share one way of finding files, recovering from a crash and choosing
the model.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from app import __version__
from app.audit.log import AuditLog
from app.chat.store import ChatStore
from app.chat.turn import TurnRunner
from app.core.config import AppConfig
from app.core.paths import AppPaths, app_paths
from app.core.secrets import SecretStore
from app.engine.base import Engine
from app.models.files import bundled_model_path

log = logging.getLogger(__name__)


@dataclass
class Services:
    paths: AppPaths
    config: AppConfig
    store: ChatStore
    engine: Engine
    secrets: SecretStore
    audit: AuditLog
    runner: TurnRunner
    recovered_messages: int = 0

    def active_model_path(self) -> Path:
        """The model chosen in the picker, or the bundled model."""
        return Path(self.config.model_path) if self.config.model_path else bundled_model_path()

    def choose_model(self, path: Path | None) -> None:
        self.config.model_path = str(path) if path else None
        self.config.save(self.paths.config_file)

    def close(self) -> None:
        self.engine.shutdown()
        self.audit.append("app_stopped", {})
        self.audit.close()
        self.store.close()


def open_services(paths: AppPaths | None = None, engine: Engine | None = None) -> Services:
    """Open everything Hearth needs; the engine process starts lazily on first use."""
    paths = (paths or app_paths()).ensure()
    store = ChatStore(paths.chat_db)
    recovered = store.recover_interrupted()
    if recovered:
        log.warning("marked %d answer(s) from a previous crash as interrupted", recovered)
    config = AppConfig.load(paths.config_file)
    if engine is None:
        from app.engine.client import EngineProcess

        engine = EngineProcess()
    secrets = SecretStore.for_paths(paths)
    audit = AuditLog(paths.data_dir / "audit.db", secrets)
    audit.append("app_started", {"version": __version__, "secrets": secrets.backend_description,
                                 "recovered_messages": recovered})
    services = Services(paths, config, store, engine, secrets, audit, runner=None,  # type: ignore[arg-type]
                        recovered_messages=recovered)
    services.runner = TurnRunner(store, engine, services.active_model_path, audit)
    return services
