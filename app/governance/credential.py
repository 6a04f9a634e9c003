"""The guardian's passphrase and recovery code, stored only as salted scrypt verifiers.

A verifier is ``scrypt(secret, salt, N, r, p)`` with OWASP's parameters
(N = 2**17, r = 8, p = 1: 128 MiB and a few hundred milliseconds per guess),
kept in the SecretStore (the OS keyring) as JSON together with its salt and
parameters, so a later release can raise them without locking anyone out.
The passphrase itself is never stored.

Why at least ten characters: a 4-digit PIN has 10,000 values, which a child
with a script (or a patient afternoon) tries in a day even at half a second
a guess; ten characters of a passphrase put the search beyond reach even for
someone who copies the verifier off the machine.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import unicodedata
from dataclasses import dataclass
from typing import Any, Protocol

from app.core.errors import HearthError
from app.core.i18n import QT_TRANSLATE_NOOP

MIN_PASSPHRASE_LENGTH = 10
PASSPHRASE_SECRET = "guardian-passphrase"
RECOVERY_SECRET = "guardian-recovery"
RECOVERY_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"  # no I/L/O/U/0/1: nothing to misread
RECOVERY_GROUPS = 5
RECOVERY_GROUP_SIZE = 4


class SecretStoreLike(Protocol):
    def get(self, name: str) -> bytes | None: ...

    def set(self, name: str, value: bytes) -> None: ...

    def delete(self, name: str) -> None: ...


class WeakPassphraseError(HearthError):
    """A new passphrase is too short or too simple."""

    title = QT_TRANSLATE_NOOP("Errors", "Choose a longer passphrase")


@dataclass(frozen=True)
class ScryptParams:
    """scrypt's cost parameters; the default is OWASP's recommendation."""

    n: int = 2**17
    r: int = 8
    p: int = 1

    @property
    def maxmem(self) -> int:
        return 2 * 128 * self.r * self.n + 1024 * 1024


OWASP_SCRYPT = ScryptParams()


def _normalise(secret: str) -> bytes:
    return unicodedata.normalize("NFKC", secret).encode("utf-8")


def make_verifier(secret: str, params: ScryptParams = OWASP_SCRYPT) -> bytes:
    """A JSON verifier record for ``secret`` with a fresh 16-byte salt."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(_normalise(secret), salt=salt, n=params.n, r=params.r, p=params.p,
                            maxmem=params.maxmem, dklen=32)
    record = {"kdf": "scrypt", "n": params.n, "r": params.r, "p": params.p,
              "salt": base64.b64encode(salt).decode(), "hash": base64.b64encode(digest).decode()}
    return json.dumps(record, sort_keys=True).encode()


def check_verifier(secret: str, verifier: bytes) -> bool:
    """True when ``secret`` matches the verifier record (compared in constant time)."""
    record = _read_record(verifier)
    params = ScryptParams(record["n"], record["r"], record["p"])
    digest = hashlib.scrypt(_normalise(secret), salt=base64.b64decode(record["salt"]), n=params.n,
                            r=params.r, p=params.p, maxmem=params.maxmem, dklen=32)
    return hmac.compare_digest(digest, base64.b64decode(record["hash"]))


def _read_record(verifier: bytes) -> dict[str, Any]:
    try:
        record = json.loads(verifier)
        if record.get("kdf") != "scrypt" or not all(isinstance(record.get(k), int) for k in "nrp"):
            raise ValueError("not a scrypt record")
        base64.b64decode(record["salt"], validate=True)
        base64.b64decode(record["hash"], validate=True)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise HearthError("The guardian passphrase record in the keyring is damaged.",
                          "Use the recovery code to set a new passphrase.") from exc
    return record


def check_new_passphrase(passphrase: str) -> None:
    """Raise :class:`WeakPassphraseError` unless ``passphrase`` is long and varied enough."""
    text = passphrase.strip()
    if len(text) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphraseError.translatable(
            "Credential",
            QT_TRANSLATE_NOOP("Credential", "The passphrase has {count} characters; it needs at least {minimum}."),
            QT_TRANSLATE_NOOP("Credential", "A 4-digit PIN has only 10,000 possibilities, which someone can try in an "
                                            "afternoon; a few unrelated words (“kettle orbit marmalade”) are easy to "
                                            "remember and far harder to guess."),
            count=str(len(text)), minimum=str(MIN_PASSPHRASE_LENGTH))
    if len(set(text)) < 4:
        raise WeakPassphraseError.translatable(
            "Credential", QT_TRANSLATE_NOOP("Credential", "The passphrase repeats the same few characters."),
            QT_TRANSLATE_NOOP("Credential", "Use a few unrelated words instead."))


def new_recovery_code() -> str:
    """A one-time recovery code of 20 characters (about 98 bits), grouped for reading: ABCD-EFGH-…"""
    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_SIZE))
    return "-".join(chars[i:i + RECOVERY_GROUP_SIZE] for i in range(0, len(chars), RECOVERY_GROUP_SIZE))


def normalise_recovery_code(code: str) -> str:
    """Upper case, without spaces or dashes, so a code typed loosely still matches."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


class GuardianCredential:
    """The passphrase and recovery-code verifiers in a secret store."""

    def __init__(self, store: SecretStoreLike, params: ScryptParams = OWASP_SCRYPT) -> None:
        self.store = store
        self.params = params

    @property
    def is_set_up(self) -> bool:
        return self.store.get(PASSPHRASE_SECRET) is not None

    def set_up(self, passphrase: str) -> str:
        """Store a verifier for ``passphrase`` and return a new one-time recovery code (shown once)."""
        check_new_passphrase(passphrase)
        code = new_recovery_code()
        self.store.set(PASSPHRASE_SECRET, make_verifier(passphrase.strip(), self.params))
        self.store.set(RECOVERY_SECRET, make_verifier(normalise_recovery_code(code), self.params))
        return code

    def check_passphrase(self, passphrase: str) -> bool:
        verifier = self.store.get(PASSPHRASE_SECRET)
        return verifier is not None and check_verifier(passphrase.strip(), verifier)

    def check_recovery_code(self, code: str) -> bool:
        verifier = self.store.get(RECOVERY_SECRET)
        return verifier is not None and check_verifier(normalise_recovery_code(code), verifier)

    def remove(self) -> None:
        self.store.delete(PASSPHRASE_SECRET)
        self.store.delete(RECOVERY_SECRET)
