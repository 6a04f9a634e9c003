"""The guardian's passphrase, recovery code, lock, backoff and idle relock (with a fake clock)."""

from __future__ import annotations

import json

import pytest
from governance_fakes import CHEAP_SCRYPT, PASSPHRASE, AuditRecorder, DictSecrets, FakeClock

from app.governance.credential import (OWASP_SCRYPT, PASSPHRASE_SECRET, RECOVERY_SECRET, GuardianCredential,
                                       WeakPassphraseError, check_verifier, make_verifier, normalise_recovery_code)
from app.governance.lock import (BACKOFF_SECRET, MAX_DELAY_SECONDS, GuardianLock, GuardianLockedError, LockState,
                                 Outcome, backoff_delay)


def make_lock(store: DictSecrets | None = None, clock: FakeClock | None = None,
              audit: AuditRecorder | None = None, idle_minutes: float = 10) -> GuardianLock:
    store = store if store is not None else DictSecrets()
    return GuardianLock(store, audit, clock or FakeClock(), GuardianCredential(store, CHEAP_SCRYPT), idle_minutes)


def test_the_default_parameters_are_owasps_scrypt() -> None:
    assert (OWASP_SCRYPT.n, OWASP_SCRYPT.r, OWASP_SCRYPT.p) == (2**17, 8, 1)
    record = json.loads(make_verifier("a long passphrase"))
    assert (record["n"], record["r"], record["p"]) == (2**17, 8, 1)


def test_the_verifier_is_salted_and_never_holds_the_passphrase() -> None:
    first, second = make_verifier(PASSPHRASE, CHEAP_SCRYPT), make_verifier(PASSPHRASE, CHEAP_SCRYPT)
    assert first != second  # a fresh salt each time
    assert PASSPHRASE.encode() not in first
    assert check_verifier(PASSPHRASE, first) and check_verifier(PASSPHRASE, second)
    assert not check_verifier(PASSPHRASE + "!", first)


@pytest.mark.parametrize("weak", ["1234", "short pw", "aaaaaaaaaaaa", "   12345   "])
def test_weak_passphrases_are_refused_with_the_reason(weak: str) -> None:
    with pytest.raises(WeakPassphraseError) as caught:
        make_lock().set_up(weak)
    assert "PIN" in caught.value.user_text() or "same few characters" in caught.value.user_text()


def test_a_4_digit_pin_is_refused_and_the_message_says_why() -> None:
    with pytest.raises(WeakPassphraseError) as caught:
        make_lock().set_up("1234")
    assert "10,000" in caught.value.user_text()


def test_setup_stores_verifiers_and_returns_a_one_time_recovery_code() -> None:
    store = DictSecrets()
    audit = AuditRecorder()
    lock = make_lock(store, audit=audit)
    assert lock.state is LockState.NOT_SET_UP
    code = lock.set_up(PASSPHRASE)
    assert len(normalise_recovery_code(code)) == 20 and code.count("-") == 4
    assert set(store.values) >= {PASSPHRASE_SECRET, RECOVERY_SECRET}
    assert all(PASSPHRASE.encode() not in v and normalise_recovery_code(code).encode() not in v
               for v in store.values.values())
    assert lock.state is LockState.UNLOCKED  # the guardian goes on to choose what to lock
    assert audit.of("policy_changed")[0]["field"] == "guardian_passphrase"


def test_a_restart_begins_locked() -> None:
    store = DictSecrets()
    make_lock(store).set_up(PASSPHRASE)
    assert make_lock(store).state is LockState.LOCKED


def test_unlock_with_the_right_passphrase_and_every_attempt_is_audited() -> None:
    store, audit = DictSecrets(), AuditRecorder()
    make_lock(store).set_up(PASSPHRASE)
    lock = make_lock(store, audit=audit)
    assert lock.unlock("not the passphrase").outcome is Outcome.WRONG
    assert lock.is_locked
    result = lock.unlock(PASSPHRASE)
    assert result.ok and lock.state is LockState.UNLOCKED
    attempts = audit.of("lock_attempt")
    assert [a["outcome"] for a in attempts] == ["wrong", "ok"]
    assert all(PASSPHRASE not in json.dumps(a) for a in attempts)


def test_backoff_doubles_after_the_free_attempts_and_caps_at_an_hour() -> None:
    assert [backoff_delay(n) for n in range(1, 8)] == [0, 0, 15, 30, 60, 120, 240]
    assert backoff_delay(40) == MAX_DELAY_SECONDS


def test_while_waiting_even_the_right_passphrase_is_refused_and_the_wait_survives_a_restart() -> None:
    store, clock, audit = DictSecrets(), FakeClock(), AuditRecorder()
    make_lock(store, clock).set_up(PASSPHRASE)
    lock = make_lock(store, clock, audit)
    for _ in range(3):
        last = lock.unlock("wrong wrong wrong")
    assert last.outcome is Outcome.WRONG and last.wait_seconds == 15
    assert lock.unlock(PASSPHRASE).outcome is Outcome.THROTTLED
    restarted = make_lock(store, clock, audit)  # a restart does not reset the count or the wait
    throttled = restarted.unlock(PASSPHRASE)
    assert throttled.outcome is Outcome.THROTTLED and 0 < throttled.wait_seconds <= 15
    clock.advance(15)
    assert restarted.unlock("still wrong!!").wait_seconds == 30  # the fourth failure doubles the wait
    clock.advance(30)
    assert restarted.unlock(PASSPHRASE).ok
    assert json.loads(store.values[BACKOFF_SECRET])["failures"] == 0  # success resets
    assert [a["outcome"] for a in audit.of("lock_attempt")] == ["wrong"] * 3 + ["throttled"] * 2 + ["wrong", "ok"]


def test_a_clock_turned_back_never_waits_longer_than_the_longest_wait() -> None:
    store, clock = DictSecrets(), FakeClock()
    make_lock(store, clock).set_up(PASSPHRASE)
    lock = make_lock(store, clock)
    for _ in range(3):
        lock.unlock("wrong wrong wrong")
    clock.wall -= 10 * 24 * 3600
    assert lock.wait_seconds() <= MAX_DELAY_SECONDS


def test_a_damaged_backoff_record_means_a_wait_not_a_reset() -> None:
    store, clock = DictSecrets(), FakeClock()
    make_lock(store, clock).set_up(PASSPHRASE)
    store.values[BACKOFF_SECRET] = b"{not json"
    lock = make_lock(store, clock)
    assert lock.unlock(PASSPHRASE).outcome is Outcome.THROTTLED
    clock.advance(16)
    assert lock.unlock(PASSPHRASE).ok


def test_idle_relock_and_activity_keeps_it_open() -> None:
    store, clock, audit = DictSecrets(), FakeClock(), AuditRecorder()
    lock = make_lock(store, clock, audit, idle_minutes=10)
    lock.set_up(PASSPHRASE)
    clock.advance(9 * 60)
    lock.touch()
    clock.advance(9 * 60)
    assert lock.state is LockState.UNLOCKED
    assert lock.seconds_until_relock() == pytest.approx(60)
    clock.advance(61)
    assert lock.state is LockState.LOCKED
    assert lock.seconds_until_relock() is None
    assert audit.of("policy_changed")[-1] == {"field": "guardian_lock", "old": "unlocked", "new": "locked",
                                              "why": "idle"}


def test_require_unlocked_raises_while_locked() -> None:
    store = DictSecrets()
    lock = make_lock(store)
    lock.require_unlocked("Anything")  # no guardian: nothing is locked
    lock.set_up(PASSPHRASE)
    lock.lock()
    with pytest.raises(GuardianLockedError, match="managed by the guardian"):
        lock.require_unlocked("Editing safety profiles")


def test_the_recovery_code_resets_the_passphrase_and_is_replaced() -> None:
    store = DictSecrets()
    code = make_lock(store).set_up(PASSPHRASE)
    lock = make_lock(store)
    assert lock.unlock_with_recovery_code("AAAA-BBBB-CCCC-DDDD-EEEE", "new kettle orbit").outcome is Outcome.WRONG
    result = lock.unlock_with_recovery_code(code.lower().replace("-", " "), "new kettle orbit")
    assert result.ok and result.recovery_code and result.recovery_code != code
    again = make_lock(store)
    assert not again.unlock(PASSPHRASE).ok
    assert again.unlock("new kettle orbit").ok
    assert not again.credential.check_recovery_code(code)  # the old code is spent
    assert again.credential.check_recovery_code(result.recovery_code)


def test_remove_needs_the_unlocked_guardian() -> None:
    store = DictSecrets()
    make_lock(store).set_up(PASSPHRASE)
    lock = make_lock(store)
    with pytest.raises(GuardianLockedError):
        lock.remove()
    lock.unlock(PASSPHRASE)
    lock.remove()
    assert lock.state is LockState.NOT_SET_UP and store.values == {}
