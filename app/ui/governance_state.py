"""The window's view of governance: who manages which control now, the guardian's lock, time rules, kiosk idle.

Every rule is enforced below the UI (:class:`~app.governance.governance.Governance`);
this module only helps the window show it. :class:`GovernanceState` keeps
the effective settings and the fail-closed problems, ticks once a second to
let the guardian's lock relock when idle, and emits :attr:`GovernanceState.changed`
when the window should apply the state again. :func:`tag` marks a widget or
action as a governance control (the dynamic property ``hearthControl`` holds
the :class:`~app.governance.governance.Control` value) and :func:`mark`
enables it or marks it "Managed by guardian". :class:`InputIdleTimer` fires
after a stretch without keyboard or mouse input (kiosk sessions reset on it).
"""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTime, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from app.governance.governance import AccessRefusedError, Control, Governance, Problem
from app.governance.layers import Effective, Layer
from app.governance.lock import LockState
from app.governance.time_rules import GUARDIAN_CAN_GRANT, describe_access
from app.services import Services
from app.ui.activity import ActivityWatcher

CONTROL_PROPERTY = "hearthControl"  # the Control value of a widget or action that can weaken governance
CAPPED_PROPERTY = "hearthCapped"  # a control that stays enabled but may only be lowered (generation limits)
_BASE_TIP_PROPERTY = "hearthBaseToolTip"
TICK_MS = 1000
DEFAULT_KIOSK_IDLE_MINUTES = 15
PROFILE_CONTROLS = ("answer_max_tokens", "guard", "audience")  # plus every "categories.<id>.<direction>"


def _t(text: str) -> str:
    return QCoreApplication.translate("Governance", text)


def layer_name(layer: Layer) -> str:
    """Who decided a setting, as the profile view says it: "You", "Guardian", "Your organisation"."""
    names = {Layer.USER: _t("You"), Layer.GUARDIAN: _t("Guardian"), Layer.ORGANISATION: _t("Your organisation")}
    return names[layer]


def managed_text(layer: Layer) -> str:
    """"Managed by guardian" or "Managed by your organisation"."""
    return _t("Managed by your organisation") if layer is Layer.ORGANISATION else _t("Managed by guardian")


def tag(obj: QWidget | QAction, control: Control, capped: bool = False) -> None:
    """Mark ``obj`` as a control that can weaken governance (read-only, or only lowered, while managed)."""
    obj.setProperty(CONTROL_PROPERTY, control.value)
    if capped:
        obj.setProperty(CAPPED_PROPERTY, True)


def control_of(obj: QObject) -> Control | None:
    value = obj.property(CONTROL_PROPERTY)
    return Control(value) if value else None


def mark(obj: QWidget | QAction, blocker: Layer | None, enabled: bool = True) -> None:
    """Enable ``obj`` (when ``enabled``) unless ``blocker`` manages it; its tooltip then says who does."""
    base = obj.property(_BASE_TIP_PROPERTY)
    if base is None:
        base = obj.toolTip()
        obj.setProperty(_BASE_TIP_PROPERTY, base)
    obj.setEnabled(enabled and blocker is None)
    obj.setToolTip(str(base) if blocker is None else "\n".join(t for t in (managed_text(blocker), str(base)) if t))


def profile_manager(effective: Effective) -> Layer | None:
    """The highest layer other than the user's that decided part of the profile in force (None: the user)."""
    layers = {layer for key, layer in effective.decided_by.items()
              if key.startswith("categories.") or key in PROFILE_CONTROLS}
    return next((layer for layer in (Layer.ORGANISATION, Layer.GUARDIAN) if layer in layers), None)


class GovernanceState(QObject):
    """The settings in force, the fail-closed problems and the lock, as the window shows them."""

    changed = Signal()  # apply the state again: the lock, the effective settings or the problems changed
    lockTextChanged = Signal(str)  # the status bar's lock indicator (the countdown moves each minute)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.effective: Effective = services.effective()
        self.problems: list[Problem] = []
        self.lock_state = LockState.NOT_SET_UP
        self._lock_text = ""
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self._read()

    @property
    def governance(self) -> Governance:  # read through the services each time: tests may swap it
        return self.services.governance

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def refresh(self) -> None:
        """Read everything again and tell the window (after the guardian or the user changed something)."""
        self._read()
        self.changed.emit()

    def _read(self) -> None:
        self.effective = self.services.effective()
        self.problems = self.governance.problems()
        lock = self.governance.lock
        self.lock_state = lock.state if self.governance.guardian_counts else LockState.NOT_SET_UP
        self._lock_text = self.lock_text()

    def tick(self) -> None:
        """Once a second: relock when idle; refresh when the lock changed, else update the countdown."""
        lock = self.governance.lock
        relocked = lock.relock_if_idle()
        unlocked = lock.seconds_until_relock() is not None
        if relocked or unlocked != (self.lock_state is LockState.UNLOCKED):
            self.refresh()
            self.lockTextChanged.emit(self._lock_text)
            return
        text = self.lock_text()
        if text != self._lock_text:
            self._lock_text = text
            self.lockTextChanged.emit(text)

    # what the window shows ------------------------------------------------------------

    def blocked_by(self, control: Control) -> Layer | None:
        """Who keeps ``control`` read-only now (None: it may be changed)."""
        return self.governance.blocked_by(control, self.effective)

    @property
    def locked(self) -> bool:
        return self.lock_state is LockState.LOCKED

    def lock_text(self) -> str:
        """"Locked by guardian", "Unlocked · locks again in 9 min", or "" when there is no guardian."""
        if self.lock_state is LockState.LOCKED:
            return _t("Locked by guardian")
        if self.lock_state is LockState.UNLOCKED:
            seconds = self.governance.lock.seconds_until_relock()
            minutes = max(1, math.ceil((seconds or 0.0) / 60))
            return QCoreApplication.translate("Governance", "Unlocked · locks again in %n min", "", minutes)
        return ""

    def organisation_text(self) -> str:
        """"Managed by your organisation" while a machine-wide policy file is in force."""
        return managed_text(Layer.ORGANISATION) if self.governance.policy.path is not None else ""

    @property
    def kiosk_idle_minutes(self) -> float:
        guardian = self.governance.guardian
        return guardian.kiosk_idle_minutes if guardian is not None else DEFAULT_KIOSK_IDLE_MINUTES

    def resting(self) -> AccessRefusedError | None:
        """Why Hearth is closed now under the time rules (None: open).

        The core audits a refusal once per closed stretch, so re-checking while
        closed does not fill the log.
        """
        try:
            self.governance.check_access(self.effective)
        except AccessRefusedError as exc:
            return exc
        return None


def resting_texts(refusal: AccessRefusedError) -> tuple[str, str]:
    """The resting notice's sentence and advice in the user's language, the reopening time in their locale."""
    def say_when(moment: datetime) -> str:
        locale = QLocale()
        return QCoreApplication.translate("TimeRules", "on %1 at %2").replace(
            "%1", locale.dayName(moment.isoweekday())).replace(
            "%2", locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat))

    return (describe_access(refusal.access, QCoreApplication.translate, say_when),
            QCoreApplication.translate("TimeRules", GUARDIAN_CAN_GRANT))


class InputIdleTimer(QObject):
    """Emits :attr:`timeout` after ``minutes`` without a key press, click, wheel turn or touch anywhere."""

    timeout = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.timeout)
        self.activity = ActivityWatcher(self)
        self.activity.active.connect(self.restart)
        self._watching = False

    def start(self, minutes: float) -> None:
        """Watch the whole application's input (only while needed: it sees every event)."""
        self.timer.setInterval(max(1, int(minutes * 60_000)))
        self.timer.start()
        app = QCoreApplication.instance()
        if app is not None and not self._watching:
            self.activity.watch(app)
            self._watching = True

    def stop(self) -> None:
        self.timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._watching:
            self.activity.unwatch(app)
        self._watching = False

    def restart(self) -> None:
        if self._watching:
            self.timer.start()

    @property
    def active(self) -> bool:
        return self._watching
