"""Wiring: opens the store, the config and the engine and joins them into a turn runner.

The GUI, the CLI and the tests all start Hearth through :func:`open_services`,
so they share one way of finding files, recovering from a crash and choosing
the model.
"""

from __future__ import annotations

import copy
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import cast

from app import __version__
from app.audit.log import AuditLog
from app.chat.store import ChatStore
from app.chat.turn import TurnRunner
from app.core.config import AppConfig
from app.core.i18n import supported_language, system_language
from app.core.paths import AppPaths, app_paths
from app.core.secrets import SecretStore
from app.engine.base import Engine
from app.engine.client import EngineProcess
from app.engine.protocol import ModelInfo, RemoteTarget
from app.engine.remote import describe, model_identity, normalise_server_url
from app.governance.governance import Control, Governance
from app.governance.layers import Effective
from app.models.files import bundled_model_path, check_gguf_file
from app.models.library import ModelLibrary
from app.models.manager import ModelManager
from app.provenance.checker import ProvenanceChecker
from app.provenance.watermark import WatermarkKey, WatermarkSpec
from app.core.resources import resource_path
from app.safety.classifier import DEFAULT_EMBEDDERS, Classifier
from app.safety.embedder import EmbedderProcess, EngineEmbedder
from app.safety.gate import SafetyGate
from app.safety.guard import GuardEngine, GuardModel
from app.safety.library import ProfileLibrary
from app.safety.profiles import PRESET_IDS, ProfileError, SafetyProfile, load_profile, preset, profile_changes
from app.safety.screen import Screen

log = logging.getLogger(__name__)
SERVER_KEY_SECRET = "inference-server-api-key"


@dataclass
class Services:
    paths: AppPaths
    config: AppConfig
    store: ChatStore
    engine: Engine
    secrets: SecretStore
    audit: AuditLog
    runner: TurnRunner
    profiles: ProfileLibrary
    safety: SafetyGate
    governance: Governance
    recovered_messages: int = 0
    profile_problem: str | None = None  # why the chosen profile could not be used (the strictest one is)
    owned_embedder: EmbedderProcess | None = None  # closed with the services (a screen passed in is not)
    guard: GuardModel | None = None  # the admin's guard model (config.guard_model_path), run by ``engine``
    models: ModelManager = None  # type: ignore[assignment]  # set by open_services

    def active_model_path(self) -> Path:
        """The model chosen in the picker, or the bundled model."""
        return Path(self.config.model_path) if self.config.model_path else bundled_model_path()

    def language(self) -> str:
        """The language chosen in the settings, else the system's (one Hearth speaks; "en" otherwise)."""
        return supported_language(self.config.language) if self.config.language else system_language()

    def active_model_name(self) -> str:
        """What clients call the model answering now: the server's model id, or the active file's name."""
        config = self.config  # the key stays in the keyring: naming the model does not need it
        return config.inference_model if config.inference_server and config.inference_model \
            else self.active_model_path().name

    def choose_model(self, path: Path | None) -> None:
        """Make ``path`` (None: the bundled model) the active model.

        Refused when the file is not on the allowlist in force, or, while locked, when it lies outside
        the models folder (that is adding a model).
        """
        effective = self.effective()
        if path is not None and path.resolve().parent != self.paths.models_dir.resolve() \
                and path.resolve() not in self.models.library.references():
            self.governance.require(Control.MODEL_FILES, effective)
        self.models.check_use(path or bundled_model_path(), effective)
        self.config.model_path = str(path) if path else None
        self.config.save(self.paths.config_file)

    def user_profile(self) -> SafetyProfile:
        """The profile the user chose; if it cannot be read, the strictest preset (fail closed)."""
        try:
            profile = self.profiles.get(self.config.safety_profile)
            self.profile_problem = None
            return profile
        except ProfileError as exc:
            if self.profile_problem != exc.message:
                self.profile_problem = exc.message
                log.error("safety profile %r unusable (%s); using Child", self.config.safety_profile, exc.message)
                self.audit.append("tamper_detected", {"what": "safety_profile", "profile": self.config.safety_profile,
                                                      "problem": exc.message, "fallback": "child"})
            return preset("child")

    def effective(self) -> Effective:
        """The settings in force: the strictest of the organisation's policy, the guardian's lock and the user."""
        return self.governance.effective(self.user_profile())

    def active_profile(self) -> SafetyProfile:
        """The safety profile in force (what the screen applies)."""
        return self.effective().profile

    def apply_retention(self) -> int:
        """Delete conversations older than the retention in force (policy or guardian), and crypto-shred the
        audit log's kept text (content mode) as old; both audited with the count. Returns the conversations
        deleted."""
        days = self.effective().retention_days
        if days is None:
            return 0
        cutoff = datetime.now(timezone.utc) - timedelta(days=days)
        purged = self.store.delete_conversations_before(cutoff.isoformat(timespec="microseconds"))
        if purged:
            self.audit.append("retention_purge", {"what": "conversations", "count": purged, "retention_days": days})
        self.audit.purge_content(cutoff)
        return purged

    def admit_turn(self) -> None:
        """Raise unless a turn may start now: inside the time rules, with an approved model whose licence
        was accepted (or an approved model on the inference server in use)."""
        effective = self.effective()
        self.governance.check_access(effective)
        server, model = self.config.inference_server, self.config.inference_model  # no keyring read per turn
        if not server:
            self.models.check_use(self.active_model_path(), effective)
        elif model:
            self.models.gate_remote(server, model, effective)

    # inference server ---------------------------------------------------------------------------------

    def inference_target(self) -> RemoteTarget | None:
        """The inference server answers come from (see app.engine.remote), or None for local models."""
        if not self.config.inference_server:
            return None
        key = self.secrets.get(SERVER_KEY_SECRET)
        return RemoteTarget(self.config.inference_server, self.config.inference_model,
                            key.decode("utf-8") if key else None)

    def use_inference_server(self, address: str | None, model: str = "", api_key: str | None = None,
                             n_ctx: int = 4096) -> ModelInfo | None:
        """Answer with ``model`` on the server at ``address`` from now on (None: local models again).

        Choosing where answers come from is adding a model, so while locked it needs the guardian. The
        server is asked for its models first; an unreachable server or an unknown model raises and
        changes nothing. ``api_key`` None keeps the stored key, "" forgets it. Audited.
        """
        self.governance.require(Control.MODEL_FILES, self.effective())
        engine = cast(EngineProcess, self.engine)
        if address is None:
            self.config.inference_server, self.config.inference_model = None, ""
            self.config.save(self.paths.config_file)
            engine.use_remote(None)
            self.audit.append("inference_server_changed", {"server": None})
            return None
        url = normalise_server_url(address)
        stored = self.secrets.get(SERVER_KEY_SECRET)
        key = api_key if api_key is not None else (stored.decode("utf-8") if stored else None)
        info = describe(RemoteTarget(url, model.strip(), key or None), n_ctx)
        if api_key:
            self.secrets.set(SERVER_KEY_SECRET, api_key.encode("utf-8"))
        elif api_key == "":
            self.secrets.delete(SERVER_KEY_SECRET)
        self.config.inference_server, self.config.inference_model = url, info.name
        self.config.save(self.paths.config_file)
        engine.use_remote(self.inference_target())
        self.audit.append("inference_server_changed", {"server": url, "model": info.name,
                                                       "allowlist_entry": model_identity(url, info.name),
                                                       "api_key": bool(key)})
        return info

    def require(self, control: Control) -> None:
        """Raise unless ``control`` may be changed now (see :meth:`Governance.require`)."""
        self.governance.require(control, self.effective())

    def choose_profile(self, profile_id: str) -> None:
        old = self.config.safety_profile
        self.profiles.get(profile_id)  # raises ProfileError for an unknown id
        self.config.safety_profile = profile_id
        self.config.save(self.paths.config_file)
        if old != profile_id:
            self.audit.append("profile_changed", {"field": "safety_profile", "old": old, "new": profile_id})

    def save_profile(self, profile: SafetyProfile) -> Path:
        """Save a custom profile (profile editing must be allowed); the guardian's locked profile is re-pinned."""
        self.require(Control.PROFILE_EDITING)
        old = self._stored_profile(profile.id)
        path = self.profiles.save(profile)
        self._profile_written(old, profile, "saved")
        return path

    def import_profile(self, source: Path, replace: bool = False) -> SafetyProfile:
        """Add a shared profile file (see :meth:`ProfileLibrary.import_file`) when profile editing is allowed."""
        self.require(Control.PROFILE_EDITING)
        old = self._stored_profile(load_profile(source).id)
        profile = self.profiles.import_file(source, replace=replace)
        self._profile_written(old, profile, "imported")
        return profile

    def delete_profile(self, profile_id: str) -> None:
        """Delete a custom profile; never the one in force, nor the one the guardian locked."""
        self.require(Control.PROFILE_EDITING)
        guardian = self.governance.guardian
        if guardian is not None and guardian.profile_id == profile_id:
            raise ProfileError("id", f"{profile_id!r} is the profile the guardian locked; lock another one first")
        self.profiles.delete(profile_id, active=self.config.safety_profile)
        self.audit.append("profile_changed", {"field": "profile_deleted", "old": profile_id, "new": None})

    def _stored_profile(self, profile_id: str) -> SafetyProfile | None:
        """The custom profile saved under ``profile_id`` now, or None (none, or unreadable)."""
        try:
            return None if profile_id in PRESET_IDS else self.profiles.get(profile_id)
        except ProfileError:
            return None

    def _profile_written(self, old: SafetyProfile | None, profile: SafetyProfile, how: str) -> None:
        """Audit which fields changed (old and new values), and re-pin the guardian's locked profile."""
        guardian = self.governance.guardian
        if guardian is not None and guardian.profile_id == profile.id:
            self.governance.lock_profile(profile)  # the guardian edited their own locked profile: pin the new hash
        self.audit.append("profile_changed", {
            "field": f"profile_{how}", "profile": profile.id,
            "old": {"id": old.id, "sha256": old.content_hash} if old is not None else None,
            "new": {"id": profile.id, "sha256": profile.content_hash},
            "changes": profile_changes(old, profile)})

    def choose_guard_model(self, path: Path | None) -> None:
        """Use the guard model at ``path`` (checked to be a GGUF file), or none; the screen uses it at once."""
        self.require(Control.GUARD_MODEL)
        if path is not None:
            path = path.expanduser().resolve()
            check_gguf_file(path)
        old = self.config.guard_model_path
        self.config.guard_model_path = str(path) if path else None
        self.config.save(self.paths.config_file)
        self.guard = _guard_model(self.engine, self.config)
        self.safety.screen = _with_guard(self.safety.screen, self.guard)
        if old != self.config.guard_model_path:
            self.audit.append("profile_changed", {"field": "guard_model", "old": Path(old).name if old else None,
                                                  "new": path.name if path else None})

    def watermark_spec(self) -> WatermarkSpec | None:
        """The watermark for the next answer: on when the profile in force or a guardian or policy asks."""
        if not self.effective().watermark:
            return None
        return WatermarkKey.load_or_create(self.secrets).spec()

    def provenance_checker(self) -> ProvenanceChecker:
        """Checks texts against this device's signing key, chat records and watermark key."""
        def models() -> list[Path]:
            return [self.active_model_path(), *sorted(self.paths.models_dir.glob("*.gguf"))]

        return ProvenanceChecker(self.store, self.audit.device_key, self.secrets,
                                 getattr(self.engine, "tokenize", None), models)

    def close(self) -> None:
        self.engine.shutdown()
        if self.owned_embedder is not None:
            self.owned_embedder.close()
        self.audit.append("app_stopped", {})
        self.audit.close()
        self.store.close()


def open_services(paths: AppPaths | None = None, engine: Engine | None = None,
                  screen: Screen | None = None, governance: Governance | None = None) -> Services:
    """Open everything Hearth needs; the engine and screening processes start lazily on first use."""
    paths = (paths or app_paths()).ensure()
    store = ChatStore(paths.chat_db)
    recovered = store.recover_interrupted()
    if recovered:
        log.warning("marked %d answer(s) from a previous crash as interrupted", recovered)
    config = AppConfig.load(paths.config_file)
    if engine is None:
        engine = EngineProcess()
    secrets = SecretStore.for_paths(paths)
    audit = AuditLog(paths.data_dir / "audit.db", secrets)
    audit.append("app_started", {"version": __version__, "secrets": secrets.backend_description,
                                 "recovered_messages": recovered})
    owned = None
    guard = _guard_model(engine, config)
    if screen is None:
        if hasattr(engine, "embed"):  # the engine process hosts the screen's model too: one copy in memory
            answers = EngineEmbedder(engine, resource_path(DEFAULT_EMBEDDERS["answer"]))  # type: ignore[arg-type]
            screen = Screen(Classifier(EngineEmbedder(engine), answer_embedder=answers), guard)  # type: ignore
        else:
            owned = EmbedderProcess()
            screen = Screen(Classifier(owned), guard)
    elif guard is not None and screen.guard is None:
        screen = _with_guard(screen, guard)
    profiles = ProfileLibrary(paths.profiles_dir)
    services = Services(paths, config, store, engine, secrets, audit, runner=None,  # type: ignore[arg-type]
                        profiles=profiles, safety=None,  # type: ignore[arg-type]
                        governance=governance or Governance(paths, secrets, audit, profile_lookup=profiles.get),
                        recovered_messages=recovered, owned_embedder=owned, guard=guard)
    effective = services.effective()
    audit.privacy = effective.audit_content  # "content" only when the policy or the guardian chose it
    services.models = ModelManager(ModelLibrary(paths), services.governance, audit, services.effective)
    engine.load_gate = services.models.gate_load
    if isinstance(engine, EngineProcess):
        engine.remote_gate = services.models.gate_remote
        engine.use_remote(services.inference_target())
    services.apply_retention()
    services.safety = SafetyGate(screen, services.active_profile)
    services.runner = TurnRunner(store, engine, services.active_model_path, audit, services.safety,
                                 admit=services.admit_turn, watermark=services.watermark_spec,
                                 language=services.language)
    return services


def _guard_model(engine: Engine, config: AppConfig) -> GuardModel | None:
    """The configured guard model, run by the chat engine's process (it checks prompts before, answers after).

    The file is not checked here: a missing one makes each check fail, which a profile that requires
    the guard turns into a refusal to screen (fail closed).
    """
    if not config.guard_model_path:
        return None
    return GuardModel(cast(GuardEngine, engine), Path(config.guard_model_path))


def _with_guard(screen: Screen, guard: GuardModel | None) -> Screen:
    """A copy of ``screen`` that uses ``guard`` (a screen passed in may be shared, so it is not changed)."""
    screen = copy.copy(screen)
    screen.guard = guard
    return screen
