"""One place that answers "what is allowed now?" for the window, the CLI and any API.

:class:`Governance` joins the machine-wide policy, the guardian's lock and
settings, the time rules and the usage meter. It computes the effective
settings (:func:`app.governance.layers.merge`), fails closed to the strictest
preset when the policy or the guardian's settings are damaged or tampered
with (recording each problem once in the audit log and keeping it for a
banner), and enforces below the UI: :meth:`require` for controls that weaken
governance, :meth:`check_access` for the time rules, :meth:`check_model` for
the model allowlist, :meth:`check_settings_change` for generation limits
and :meth:`check_kiosk_chat` for what a terminal may ask in kiosk mode.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

from app.core.changes import field_changes
from app.core.errors import HearthError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.paths import AppPaths
from app.core.settings import GenerationSettings
from app.governance.credential import SecretStoreLike
from app.governance.guardian_settings import GuardianSettings, GuardianStore, GuardianTamperError
from app.governance.layers import Effective, Layer, LayerSettings, merge
from app.governance.lock import AuditSink, Clock, GuardianLock, GuardianLockedError, SystemClock
from app.governance.policy_file import STRICTEST_PRESET, PolicyStatus, load_system_policy, policy_locations
from app.governance.time_rules import GUARDIAN_CAN_GRANT, Access, UsageMeter, check_access, describe_access
from app.safety.profiles import ProfileError, SafetyProfile, preset

log = logging.getLogger(__name__)
PROTECTIVE_PROFILES = frozenset({"child", "teen", "school"})  # they refuse safety-removed models unless approved
POLICY_SEEN_SECRET = "organisation-policy-seen"  # the policy at the last start, to audit changes
LIMIT_FIELDS = ("max_tokens", "n_ctx")  # generation settings a locked user may lower but not raise
# What ``hearth chat`` may be given in kiosk mode: what the kiosk window offers too (a question in a new session,
# and sending a warned message anyway); every other option (an earlier conversation, a system prompt, a model,
# generation settings) is refused, including options added later.
KIOSK_CHAT_OPTIONS = frozenset({"command", "question", "accept_warnings", "self_test"})


class Control(str, Enum):
    """Things that can weaken governance; each is read-only while locked."""

    PROFILE_EDITING = "profile_editing"
    MODEL_FILES = "model_files"  # importing or removing models
    GENERATION_LIMITS = "generation_limits"
    AUDIT_SETTINGS = "audit_settings"
    PROVENANCE_SETTINGS = "provenance_settings"
    KIOSK = "kiosk"
    GUARD_MODEL = "guard_model"
    GUARDIAN_SETTINGS = "guardian_settings"
    NETWORK_API = "network_api"  # serving the local API to other computers


# The effective-settings field an organisation's policy decides for a control, if any.
_ORGANISATION_FIELDS = {Control.KIOSK: "kiosk", Control.AUDIT_SETTINGS: "audit_content",
                        Control.PROVENANCE_SETTINGS: "watermark"}
_DESCRIPTIONS = {  # marked for translation; errors carry them as ("Governance", text)
    Control.PROFILE_EDITING: QT_TRANSLATE_NOOP("Governance", "Editing safety profiles"),
    Control.MODEL_FILES: QT_TRANSLATE_NOOP("Governance", "Adding or removing models"),
    Control.GENERATION_LIMITS: QT_TRANSLATE_NOOP("Governance", "Raising the answer and context limits"),
    Control.AUDIT_SETTINGS: QT_TRANSLATE_NOOP("Governance", "The audit settings"),
    Control.PROVENANCE_SETTINGS: QT_TRANSLATE_NOOP("Governance", "The provenance settings"),
    Control.KIOSK: QT_TRANSLATE_NOOP("Governance", "Kiosk mode"),
    Control.GUARD_MODEL: QT_TRANSLATE_NOOP("Governance", "The guard model"),
    Control.GUARDIAN_SETTINGS: QT_TRANSLATE_NOOP("Governance", "The guardian's settings"),
    Control.NETWORK_API: QT_TRANSLATE_NOOP("Governance", "Serving the API beyond this computer"),
}


class ManagedByOrganisationError(HearthError):
    title = QT_TRANSLATE_NOOP("Errors", "Managed by your organisation")

    def __init__(self, what: str | tuple[str, str]) -> None:
        super().__init__("")
        self.use_templates(
            "Governance", QT_TRANSLATE_NOOP("Governance", "{what} is managed by your organisation's policy for this "
                                                          "computer."),
            QT_TRANSLATE_NOOP("Governance", "Ask your school's or organisation's administrator."), what=what)


class AccessRefusedError(HearthError):
    """Outside the allowed hours, or today's time is used up."""

    title = QT_TRANSLATE_NOOP("Errors", "Hearth is resting")

    def __init__(self, access: Access) -> None:
        super().__init__(describe_access(access), GUARDIAN_CAN_GRANT)
        self.access = access  # the window words it in the user's language (describe_access with Qt's translate)
        self.access = access


class ModelNotAllowedError(HearthError):
    title = QT_TRANSLATE_NOOP("Errors", "This model is not approved")

    def __init__(self, path: Path, by: Layer) -> None:
        super().__init__("")
        message = QT_TRANSLATE_NOOP("Governance", "{model} is not on the list of models approved by your "
                                                  "organisation.") if by is Layer.ORGANISATION else \
            QT_TRANSLATE_NOOP("Governance", "{model} is not on the list of models approved by the guardian.")
        self.use_templates("Governance", message, QT_TRANSLATE_NOOP(
            "Governance", "Choose an approved model, or ask for this one to be approved."), model=path.name)
        self.path = path


class SafetyRemovedModelError(HearthError):
    title = QT_TRANSLATE_NOOP("Errors", "This model is not suitable for this profile")

    def __init__(self, path: Path, words: Sequence[str], profile_name: str) -> None:
        super().__init__("")
        self.use_templates(
            "Governance", QT_TRANSLATE_NOOP("Governance", "{model} looks like a model whose safety training was "
                                                          "removed ({words} in its name or description), and the "
                                                          "{profile} profile does not allow such models."),
            QT_TRANSLATE_NOOP("Governance", "A guardian can approve this exact file by its hash (Guardian… → "
                                            "approved models)."),
            model=path.name, words=", ".join(repr(w) for w in words), profile=("Profiles", profile_name))
        self.path = path


class KioskModeError(HearthError):
    """A terminal asked for something the kiosk window does not offer."""

    title = QT_TRANSLATE_NOOP("Errors", "Not available in kiosk mode")

    def __init__(self, options: Sequence[str], by: Layer) -> None:
        who = "your organisation" if by is Layer.ORGANISATION else "the guardian"
        super().__init__(f"Kiosk mode is on (set by {who}), so the terminal offers what the kiosk window offers: "
                         f"a question in a new session with the settings in force. {', '.join(options)} cannot be "
                         "used.", "Ask your question without these options." if by is Layer.ORGANISATION else
                         "Ask without these options, or ask the guardian to turn kiosk mode off.")
        self.options = list(options)


def is_governance_refusal(exc: BaseException) -> bool:
    """True for the errors that mean "governance said no" (the CLI exits with its own status for them)."""
    return isinstance(exc, (GuardianLockedError, ManagedByOrganisationError, AccessRefusedError,
                            ModelNotAllowedError, SafetyRemovedModelError, KioskModeError))


@dataclass(frozen=True)
class Problem:
    """Why a layer fails closed: shown as a banner until it is mended."""

    layer: Layer
    message: str


class Governance:
    """The policy, the guardian and the time rules of this installation."""

    def __init__(self, paths: AppPaths, store: SecretStoreLike, audit: AuditSink | None = None,
                 clock: Clock | None = None, profile_lookup: Callable[[str], SafetyProfile] = preset,
                 policy: PolicyStatus | None = None) -> None:
        self.paths = paths
        self.audit = audit
        self.clock = clock or SystemClock()
        self.profile_lookup = profile_lookup
        self.guardian_store = GuardianStore(paths.config_dir, store)
        self.lock = GuardianLock(store, audit, self.clock)
        self.usage = UsageMeter(store)
        self.policy = policy if policy is not None else load_system_policy(policy_locations(paths.site_config_dir))
        self._reported: set[str] = set()
        self._last_refusal: tuple[str | None, str | None] | None = None
        self.guardian: GuardianSettings | None = None
        self._guardian_problem: str | None = None
        self._load_guardian()
        self._audit_policy_change(store)
        if self.policy.problem:
            self._report(Problem(Layer.ORGANISATION, self.policy.problem), "system_policy")
        if self.guardian is not None:
            self.lock.idle_seconds = self.guardian.idle_relock_minutes * 60

    def _audit_policy_change(self, store: SecretStoreLike) -> None:
        """Audit each field of the organisation's policy that differs from the policy seen at the last
        start (an administrator edits the file outside Hearth, so this is where a change shows). The
        policy seen is kept in the keyring; without an audit log nothing is compared or kept."""
        if self.audit is None:
            return
        now = self.policy.to_data()
        seen_raw = store.get(POLICY_SEEN_SECRET)
        try:
            seen = json.loads(seen_raw) if seen_raw is not None else {}
        except ValueError:
            seen = {}  # an unreadable record: report every field as new rather than nothing
        if not isinstance(seen, dict):
            seen = {}
        changes = field_changes(seen, now)
        for change in changes:
            self.audit.append("policy_changed", {"layer": "organisation", **change})
        if changes:
            store.set(POLICY_SEEN_SECRET, json.dumps(now, sort_keys=True).encode("utf-8"))

    # layers ---------------------------------------------------------------------

    def _load_guardian(self) -> None:
        self.guardian, self._guardian_problem = None, None
        if not self.lock.is_set_up and not self.guardian_store.exists():
            if self.guardian_store.has_key():  # a guardian existed: both files went, the MAC key stayed
                self._guardian_problem = ("The guardian's passphrase and settings are gone, but Hearth was set up "
                                          "with a guardian.")
            return
        if not self.lock.is_set_up:
            self._guardian_problem = ("The guardian's passphrase is missing from the keyring, but their settings "
                                      "are still on disk.")
            return
        try:
            self.guardian = self.guardian_store.load()
        except GuardianTamperError as exc:
            self._guardian_problem = exc.message

    @property
    def guardian_counts(self) -> bool:
        """Whether a local guardian layer applies (only an administered organisation policy may forbid it)."""
        return self.policy.guardians_may_tighten

    def problems(self) -> list[Problem]:
        """Layers that fail closed right now (each also audited once)."""
        found = []
        if self.policy.problem:
            found.append(Problem(Layer.ORGANISATION, self.policy.problem))
        if self.guardian_counts:
            problem = self._guardian_problem or self._guardian_profile_problem()
            if problem:
                found.append(Problem(Layer.GUARDIAN, problem))
        for problem in found:
            self._report(problem, "guardian_settings" if problem.layer is Layer.GUARDIAN else "system_policy")
        return found

    def _guardian_profile_problem(self) -> str | None:
        if self.guardian is None:
            return None
        try:
            profile = self.profile_lookup(self.guardian.profile_id)
        except ProfileError as exc:
            return f"The locked profile cannot be read: {exc.message}"
        if profile.content_hash != self.guardian.profile_hash:
            return f"The locked profile “{profile.name}” was changed outside Hearth."
        return None

    def _report(self, problem: Problem, what: str) -> None:
        if problem.message in self._reported:
            return
        self._reported.add(problem.message)
        log.error("%s fails closed to the %s preset: %s", what, STRICTEST_PRESET, problem.message)
        if self.audit is not None:
            self.audit.append("tamper_detected", {"what": what, "problem": problem.message,
                                                  "fallback": STRICTEST_PRESET})

    def layers(self, user_profile: SafetyProfile) -> list[LayerSettings]:
        """The organisation's, the guardian's and the user's layers, as :func:`merge` takes them.

        A policy from outside the administered folders does not decide the audit content mode or the
        retention where a guardian's layer applies: those are the guardian's oversight (keeping the text, and
        for how long), and "the highest layer decides" must not let a file the user could write overrule it.
        """
        guardian = self._guardian_layer()
        organisation = self.policy.layer()
        if organisation is not None and guardian is not None and not self.policy.administered:
            organisation = replace(organisation, audit_content=None, retention_days=None)
        present = (organisation, guardian, LayerSettings(Layer.USER, user_profile))
        return [layer for layer in present if layer is not None]

    def _guardian_layer(self) -> LayerSettings | None:
        if not self.guardian_counts:
            return None
        if self._guardian_problem or self._guardian_profile_problem():
            return LayerSettings(Layer.GUARDIAN, preset(STRICTEST_PRESET))
        if self.guardian is not None:
            return self.guardian.layer(self.profile_lookup(self.guardian.profile_id))
        return None

    def effective(self, user_profile: SafetyProfile) -> Effective:
        """The settings in force for a user who chose ``user_profile``."""
        self.problems()
        return merge(self.layers(user_profile))

    # enforcement ------------------------------------------------------------------

    def blocked_by(self, control: Control, effective: Effective | None = None) -> Layer | None:
        """Who keeps ``control`` read-only now: the organisation, a locked guardian, or nobody (None)."""
        field = _ORGANISATION_FIELDS.get(control)
        if field and effective is not None and effective.decided_by.get(field) is Layer.ORGANISATION:
            return Layer.ORGANISATION
        if control is Control.GUARDIAN_SETTINGS and not self.guardian_counts:
            return Layer.ORGANISATION
        if self.lock.is_locked and self.guardian_counts:
            return Layer.GUARDIAN
        return None

    def refusal(self, control: Control, effective: Effective | None = None) -> HearthError | None:
        """Why ``control`` may not be changed now, or None; only asks (not the guardian's activity)."""
        blocker = self.blocked_by(control, effective)
        what = ("Governance", _DESCRIPTIONS[control])
        if blocker is Layer.ORGANISATION:
            return ManagedByOrganisationError(what)
        return GuardianLockedError(what) if blocker is Layer.GUARDIAN else None

    def require(self, control: Control, effective: Effective | None = None) -> None:
        """Raise unless ``control`` may be changed now (and note the guardian's activity)."""
        error = self.refusal(control, effective)
        if error is not None:
            raise error
        self.lock.touch()

    def access(self, effective: Effective) -> Access | None:
        """Whether the time rules allow use now (None: no time rules); a query, for polling views."""
        if effective.time_rules is None:
            return None
        return check_access(effective.time_rules, self.usage, self.clock.now())

    def check_access(self, effective: Effective) -> Access | None:
        """Raise :class:`AccessRefusedError` outside the time rules; returns the access (None: no rules).

        A refusal is audited once per closed stretch (same reason, same reopening), not on every try.
        """
        access = self.access(effective)
        if access is None or access.allowed:
            return access
        opens_at = access.opens_at.isoformat() if access.opens_at else None
        if self.audit is not None and self._last_refusal != (access.reason, opens_at):
            self.audit.append("access_refused", {"reason": access.reason, "opens_at": opens_at})
        self._last_refusal = (access.reason, opens_at)
        raise AccessRefusedError(access)

    def check_model(self, path: Path, sha256: Callable[[Path], str], effective: Effective,
                    suspicious: Sequence[str] = (), audit: bool = True) -> None:
        """Raise :class:`ModelNotAllowedError` unless the model file's SHA-256 is on the allowlist in force,
        and :class:`SafetyRemovedModelError` for a model whose names suggest its safety training was removed
        (``suspicious``) under a protective profile, unless that very file was approved by hash. A refusal is
        an audit event unless ``audit`` is false (a listing only asking)."""
        audit_log = self.audit if audit else None
        allowlist = effective.model_allowlist
        if allowlist is not None and sha256(path) not in allowlist:
            by = effective.decided_by.get("model_allowlist", Layer.GUARDIAN)
            if audit_log is not None:
                audit_log.append("access_refused", {"reason": "model_not_allowed", "file": path.name})
            raise ModelNotAllowedError(path, by)
        profile = effective.profile
        protective = profile.id in PROTECTIVE_PROFILES or profile.based_on in PROTECTIVE_PROFILES
        if suspicious and protective and allowlist is None:
            if audit_log is not None:
                audit_log.append("access_refused", {"reason": "safety_removed_model", "file": path.name,
                                                     "words": list(suspicious), "profile": profile.id})
            raise SafetyRemovedModelError(path, suspicious, profile.name)

    def check_settings_change(self, old: GenerationSettings, new: GenerationSettings,
                              effective: Effective | None = None) -> None:
        """Raise when a locked user tries to raise a generation limit (lowering is always fine)."""
        if any(getattr(new, f) > getattr(old, f) for f in LIMIT_FIELDS):
            self.require(Control.GENERATION_LIMITS, effective)

    def check_kiosk_chat(self, options: Mapping[str, object], effective: Effective) -> None:
        """Raise :class:`KioskModeError` when kiosk mode is on and a terminal chat was given an option the kiosk
        window does not offer (``options``: the command's arguments by name; an option counts as given unless
        it is None or False). The refusal is an audit event."""
        if not effective.kiosk:
            return
        given = sorted(name for name, value in options.items()
                       if name not in KIOSK_CHAT_OPTIONS and value is not None and value is not False)
        if not given:
            return
        flags = ["--" + name.replace("_", "-") for name in given]
        if self.audit is not None:
            self.audit.append("access_refused", {"reason": "kiosk", "options": flags})
        raise KioskModeError(flags, effective.decided_by.get("kiosk", Layer.GUARDIAN))

    def record_usage(self, seconds: float) -> None:
        self.usage.record(seconds, self.clock.now().date())

    # the guardian's own changes -------------------------------------------------------

    def save_guardian(self, settings: GuardianSettings) -> None:
        """Store the guardian's settings (only while unlocked); each changed field is an audit event."""
        if not self.guardian_counts:
            raise ManagedByOrganisationError(("Governance", _DESCRIPTIONS[Control.GUARDIAN_SETTINGS]))
        if not self.lock.is_set_up:
            raise HearthError("There is no guardian yet.", "Set one up first (Guardian…, or 'hearth guardian setup').")
        self.require(Control.GUARDIAN_SETTINGS)
        old = self.guardian.to_data() if self.guardian is not None else {}
        self.guardian_store.save(settings)
        self.guardian, self._guardian_problem = settings, None
        self.lock.idle_seconds = settings.idle_relock_minutes * 60
        if self.audit is not None:
            for name, value in settings.to_data().items():
                if old.get(name) != value:
                    self.audit.append("policy_changed", {"layer": "guardian", "field": name, "old": old.get(name),
                                                         "new": value})

    def set_up_guardian(self, passphrase: str, profile: SafetyProfile, **changes: object) -> str:
        """Create the guardian and lock ``profile`` in one step; returns the recovery code.

        If the settings cannot be saved, the new passphrase is removed again, so a failed set-up
        leaves no half-made guardian behind.
        """
        code = self.lock.set_up(passphrase)
        try:
            self.lock_profile(profile, **changes)
        except BaseException:
            self.lock.remove()
            raise
        return code

    def lock_profile(self, profile: SafetyProfile, **changes: object) -> GuardianSettings:
        """Make ``profile`` the guardian's locked profile (keeping the other settings) and save."""
        base = self.guardian or GuardianSettings(profile.id, profile.content_hash)
        settings = base.with_changes(profile_id=profile.id, profile_hash=profile.content_hash, **changes)
        self.save_guardian(settings)
        return settings

    def grant_extra_time(self, minutes: int) -> None:
        """Give extra minutes for today (the guardian must have unlocked)."""
        self.require(Control.GUARDIAN_SETTINGS)
        self.usage.grant_extra(minutes, self.clock.now().date())
        if self.audit is not None:
            self.audit.append("policy_changed", {"layer": "guardian", "field": "extra_time", "old": None,
                                                 "new": minutes})

    def remove_guardian(self) -> None:
        """Remove the guardian's passphrase and settings (while unlocked)."""
        self.lock.remove()
        self.guardian_store.remove()
        self.guardian, self._guardian_problem = None, None
