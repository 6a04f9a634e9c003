"""The guardian's lock: set up, unlock with the passphrase (or the recovery code), relock when idle.

The unlocked state lives only in memory, so every start of Hearth (the
window, each CLI command, the API server) begins locked. Wrong attempts back
off exponentially: after :data:`FREE_ATTEMPTS` failures each further one
doubles the wait (15 s, 30 s, 1 min … up to an hour); the count and the
time of the next allowed attempt are kept in the SecretStore so restarting
the app does not reset them. Every attempt, right, wrong or refused while
waiting, is an audit event.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any, Protocol

from app.core.errors import HearthError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.governance.credential import GuardianCredential, SecretStoreLike, check_new_passphrase

BACKOFF_SECRET = "guardian-backoff"
FREE_ATTEMPTS = 3
BASE_DELAY_SECONDS = 15.0
MAX_DELAY_SECONDS = 3600.0
DEFAULT_IDLE_MINUTES = 10


class Clock(Protocol):
    def time(self) -> float: ...  # wall clock, seconds since the epoch (survives restarts)

    def monotonic(self) -> float: ...  # for idle timeouts within one run

    def now(self) -> datetime: ...  # local time, naive (time rules)


class SystemClock:
    def time(self) -> float:
        return time.time()

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now()


class AuditSink(Protocol):
    def append(self, entry_type: str, fields: Mapping[str, Any] | None = None, text: str | None = None) -> Any: ...


class LockState(str, Enum):
    NOT_SET_UP = "not_set_up"
    LOCKED = "locked"
    UNLOCKED = "unlocked"


class Outcome(str, Enum):
    UNLOCKED = "ok"
    WRONG = "wrong"
    THROTTLED = "throttled"
    NOT_SET_UP = "not_set_up"


@dataclass(frozen=True)
class UnlockResult:
    outcome: Outcome
    wait_seconds: float = 0.0  # how long until the next attempt is allowed
    recovery_code: str | None = None  # a new code, after unlocking with the old one

    @property
    def ok(self) -> bool:
        return self.outcome is Outcome.UNLOCKED


class GuardianLockedError(HearthError):
    """Something that weakens governance was asked for while the guardian's lock is on."""

    title = QT_TRANSLATE_NOOP("Errors", "Managed by guardian")

    def __init__(self, what: str | tuple[str, str]) -> None:
        """``what`` is the thing asked for: plain English, or ``(context, text)`` marked for translation."""
        super().__init__("")
        self.use_templates("Governance", QT_TRANSLATE_NOOP("Governance", "{what} is managed by the guardian."),
                           QT_TRANSLATE_NOOP("Governance", "Ask the guardian to unlock Hearth with their passphrase."),
                           what=what)
        self.what = what[1] if isinstance(what, tuple) else what


def backoff_delay(failures: int) -> float:
    """Seconds to wait after ``failures`` wrong attempts in a row."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(BASE_DELAY_SECONDS * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_SECONDS)


class GuardianLock:
    """Whether the guardian is set up, and whether they have unlocked this run of Hearth."""

    def __init__(self, store: SecretStoreLike, audit: AuditSink | None = None, clock: Clock | None = None,
                 credential: GuardianCredential | None = None, idle_minutes: float = DEFAULT_IDLE_MINUTES) -> None:
        self.store = store
        self.audit = audit
        self.clock = clock or SystemClock()
        self.credential = credential or GuardianCredential(store)
        self.idle_seconds = idle_minutes * 60
        self._last_activity: float | None = None  # monotonic time of the last guardian activity; None: locked

    # state ---------------------------------------------------------------------

    @property
    def state(self) -> LockState:
        if not self.credential.is_set_up:
            return LockState.NOT_SET_UP
        self.relock_if_idle()
        return LockState.UNLOCKED if self._last_activity is not None else LockState.LOCKED

    @property
    def is_set_up(self) -> bool:
        return self.credential.is_set_up

    @property
    def is_locked(self) -> bool:
        return self.state is LockState.LOCKED

    def seconds_until_relock(self) -> float | None:
        """While unlocked, how long until the idle timeout locks again; None when locked."""
        if self._last_activity is None:
            return None
        return max(0.0, self.idle_seconds - (self.clock.monotonic() - self._last_activity))

    def touch(self) -> None:
        """The guardian did something: restart the idle timer."""
        if self._last_activity is not None:
            self._last_activity = self.clock.monotonic()

    def relock_if_idle(self) -> bool:
        """Lock if the idle timeout has passed; True when this call locked."""
        if self._last_activity is not None and self.clock.monotonic() - self._last_activity >= self.idle_seconds:
            self._lock("idle")
            return True
        return False

    def require_unlocked(self, what: str) -> None:
        """Raise :class:`GuardianLockedError` when a guardian is set up and has not unlocked."""
        if self.is_locked:
            raise GuardianLockedError(what)
        self.touch()

    # transitions -----------------------------------------------------------------

    def set_up(self, passphrase: str) -> str:
        """Create the guardian passphrase; returns the one-time recovery code. Unlocked afterwards."""
        if self.credential.is_set_up:
            self.require_unlocked("Changing the guardian passphrase")
        code = self.credential.set_up(passphrase)
        self._save_backoff(0, 0.0)
        self._audit("policy_changed", {"field": "guardian_passphrase", "old": None, "new": "set"})
        self._last_activity = self.clock.monotonic()
        return code

    def unlock(self, passphrase: str) -> UnlockResult:
        return self._attempt("passphrase", lambda: self.credential.check_passphrase(passphrase))

    def unlock_with_recovery_code(self, code: str, new_passphrase: str) -> UnlockResult:
        """Unlock with the recovery code and replace the passphrase; the result carries a new code."""
        check_new_passphrase(new_passphrase)
        result = self._attempt("recovery_code", lambda: self.credential.check_recovery_code(code))
        if not result.ok:
            return result
        new_code = self.credential.set_up(new_passphrase)
        self._audit("policy_changed", {"field": "guardian_passphrase", "old": "set", "new": "reset_with_recovery"})
        return UnlockResult(Outcome.UNLOCKED, 0.0, new_code)

    def lock(self) -> None:
        if self._last_activity is not None:
            self._lock("manual")

    def remove(self) -> None:
        """Remove the guardian (only while unlocked): nothing is locked any more."""
        self.require_unlocked("Removing the guardian")
        self.credential.remove()
        self.store.delete(BACKOFF_SECRET)
        self._last_activity = None
        self._audit("policy_changed", {"field": "guardian_passphrase", "old": "set", "new": None})

    def wait_seconds(self) -> float:
        """How long until the next attempt is allowed (0 when one may be made now)."""
        _, not_before = self._load_backoff()
        return max(0.0, not_before - self.clock.time())

    # internals -----------------------------------------------------------------------

    def _attempt(self, method: str, check: Any) -> UnlockResult:
        if not self.credential.is_set_up:
            return UnlockResult(Outcome.NOT_SET_UP)
        failures, _ = self._load_backoff()
        wait = self.wait_seconds()
        if wait > 0:
            self._audit("lock_attempt", {"method": method, "outcome": Outcome.THROTTLED.value,
                                         "failures": failures, "wait_seconds": round(wait, 1)})
            return UnlockResult(Outcome.THROTTLED, wait)
        if check():
            self._save_backoff(0, 0.0)
            self._last_activity = self.clock.monotonic()
            self._audit("lock_attempt", {"method": method, "outcome": Outcome.UNLOCKED.value, "failures": failures})
            return UnlockResult(Outcome.UNLOCKED)
        failures += 1
        delay = backoff_delay(failures)
        self._save_backoff(failures, self.clock.time() + delay)
        self._audit("lock_attempt", {"method": method, "outcome": Outcome.WRONG.value, "failures": failures,
                                     "wait_seconds": delay})
        return UnlockResult(Outcome.WRONG, delay)

    def _lock(self, why: str) -> None:
        self._last_activity = None
        self._audit("policy_changed", {"field": "guardian_lock", "old": "unlocked", "new": "locked", "why": why})

    def _load_backoff(self) -> tuple[int, float]:
        raw = self.store.get(BACKOFF_SECRET)
        if raw is None:
            return 0, 0.0
        try:
            record = json.loads(raw)
            failures, not_before = int(record["failures"]), float(record["not_before"])
        except (ValueError, TypeError, KeyError):
            # A damaged record counts as "just failed after the free attempts": a wait, not a reset.
            failures, not_before = FREE_ATTEMPTS, self.clock.time() + BASE_DELAY_SECONDS
            self._save_backoff(failures, not_before)
        # A clock turned back must not stretch the wait beyond the longest one.
        return failures, min(not_before, self.clock.time() + MAX_DELAY_SECONDS)

    def _save_backoff(self, failures: int, not_before: float) -> None:
        self.store.set(BACKOFF_SECRET, json.dumps({"failures": failures, "not_before": not_before}).encode())

    def _audit(self, entry_type: str, fields: dict[str, Any]) -> None:
        if self.audit is not None:
            self.audit.append(entry_type, fields)
