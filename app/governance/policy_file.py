"""The machine-wide policy a school (or any OS administrator) drops where only administrators can write.

``policy.toml`` (schema 1) may set::

    schema = 1
    minimum_profile = "school"        # a preset every profile in force is at least as strict as
    guardians_may_tighten = true      # false: a local guardian's lock is ignored (the school decides)
    kiosk = true
    watermark = true
    audit_content = "metadata"        # or "content"
    retention_days = 30
    model_allowlist = ["<sha256>", …] # only these model files may be loaded
    model_catalog = "https://mirror.school.example/hearth/catalog.json"  # or a file path: the models offered
    [categories.S9]                   # per-category floors, either direction or both
    prompt = { action = "block", threshold = 0.4 }
    [time_rules]                      # see app.governance.time_rules
    daily_minutes = 120
    [time_rules.hours]
    mon = ["08:00-16:00"]

Where it is read (:func:`policy_locations`): the administered folders first
(:func:`app.core.paths.administered_config_dirs`, fixed places only an OS
administrator can write), then ``$HEARTH_HOME/site`` (portable installs and
tests). The first file found is the policy; ``HEARTH_HOME`` never hides an
administered one. A policy from outside the administered folders may only
tighten: its ``guardians_may_tighten = false`` is ignored, and where a
guardian's layer applies it does not decide the audit content or retention
(see :class:`PolicyStatus`).

It may be signed: ``policy.toml.sig`` beside it holds the base64 Ed25519
signature of the file's exact bytes. When the folder holds a pinned public key
(``policy-signing-key.pub``), a signature by that key is required. A missing
or bad signature, or a malformed file, fails closed: the organisation layer
becomes the strictest preset, and the caller shows a banner and audits it.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from functools import reduce
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.core import paths as core_paths
from app.core.errors import HearthError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.governance.layers import AUDIT_MODES, Layer, LayerSettings, strictest_rule
from app.governance.time_rules import TimeRules, TimeRulesError
from app.provenance.device_key import fingerprint_hex, group_fingerprint, verify
from app.safety.profiles import DIRECTIONS, PRESET_IDS, SafetyProfile, find_line, parse_rule, preset, ProfileError
from app.safety.taxonomy import CATEGORY_IDS

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

POLICY_FILE_NAME = "policy.toml"
SIGNATURE_SUFFIX = ".sig"
PINNED_KEY_NAME = "policy-signing-key.pub"
SCHEMA_VERSION = 1
STRICTEST_PRESET = "child"
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_KEYS = {"schema", "minimum_profile", "guardians_may_tighten", "kiosk", "watermark", "audit_content",
         "retention_days", "model_allowlist", "model_catalog", "categories", "time_rules"}


class PolicyError(HearthError):
    """The policy file is malformed or its signature does not check out; ``field`` and ``line`` say where."""

    title = QT_TRANSLATE_NOOP("Errors", "The machine-wide policy is not valid")

    def __init__(self, field_path: str, problem: str, source: str | None = None, line: int | None = None) -> None:
        where = field_path or "the file"
        location = f" (line {line})" if line else ""
        origin = f"{source}: " if source else ""
        super().__init__(f"{origin}{where}{location}: {problem}",
                         "Ask the administrator who manages this computer to fix the policy file; until then "
                         "Hearth uses its strictest settings.")
        self.field = field_path
        self.line = line
        self.problem = problem


@dataclass(frozen=True)
class SystemPolicy:
    """A validated machine-wide policy."""

    minimum_profile: str | None = None
    floors: tuple[tuple[str, str, Any], ...] = ()  # (category, direction, Rule)
    guardians_may_tighten: bool = True
    kiosk: bool | None = None
    watermark: bool | None = None
    audit_content: str | None = None
    retention_days: int | None = None
    model_allowlist: frozenset[str] | None = None
    time_rules: TimeRules | None = None
    model_catalog: str | None = None  # an https address or a file path (see app.models.catalog)

    def profile(self) -> SafetyProfile:
        """The minimum profile (Open when none is named) with the category floors applied."""
        base = preset(self.minimum_profile or "open")
        return reduce(lambda p, floor: p.with_rule(floor[0], floor[1], *_rule_parts(
            strictest_rule(p.rule(floor[0], floor[1]), floor[2]))), self.floors, base)

    def layer(self) -> LayerSettings:
        return LayerSettings(Layer.ORGANISATION, self.profile(), self.time_rules, self.model_allowlist, self.kiosk,
                             self.watermark, self.audit_content, self.retention_days)


def _rule_parts(rule: Any) -> tuple[Any, float, float | None]:
    return rule.action, rule.threshold, rule.warn_from


@dataclass(frozen=True)
class PolicyLocation:
    """A place a policy file may be, and whether only an OS administrator can write there."""

    path: Path
    administered: bool


@dataclass(frozen=True)
class PolicyStatus:
    """The machine-wide policy as found at start: a policy, a problem (fail closed), or neither (none set).

    ``administered`` says the file came from a folder only an OS administrator
    can write. One that did not (``$HEARTH_HOME/site``) is trusted only to
    tighten: it cannot drop a guardian (:attr:`guardians_may_tighten`), and
    where a guardian's layer applies, Governance leaves its audit content
    mode and retention out (keeping or shredding text is the guardian's
    oversight, not a strictness).
    """

    path: Path | None = None
    policy: SystemPolicy | None = None
    problem: str | None = None
    signed_by: str | None = None  # the grouped fingerprint of the key that signed it
    administered: bool = False

    def layer(self) -> LayerSettings | None:
        if self.problem is not None:
            return LayerSettings(Layer.ORGANISATION, preset(STRICTEST_PRESET))
        return self.policy.layer() if self.policy is not None else None

    @property
    def guardians_may_tighten(self) -> bool:
        """Whether a local guardian's layer applies. Only a valid policy from an administered folder can say no:
        a policy anyone could have written may not drop a guardian's lock, and a broken policy fails closed,
        which keeps the guardian's own limits too."""
        if self.policy is None or not self.administered:
            return True
        return self.policy.guardians_may_tighten

    def not_administered_note(self) -> str | None:
        """For ``hearth policy check`` and ``show``: what it means that the policy is outside the administered
        folders (None when it is inside them, or when there is no policy file)."""
        if self.path is None or self.administered:
            return None
        return not_administered_note(self.path)

    def to_data(self) -> dict[str, Any]:
        """What the policy decides, as plain data: compared between starts to audit a changed policy."""
        data: dict[str, Any] = {"file": str(self.path) if self.path else None, "signed_by": self.signed_by,
                                "problem": self.problem,
                                "administered": self.administered if self.path is not None else None}
        policy = self.policy
        if policy is None:
            return data
        return data | {
            "minimum_profile": policy.minimum_profile, "guardians_may_tighten": policy.guardians_may_tighten,
            "floors": {f"{category}.{direction}": rule.to_data() for category, direction, rule in policy.floors},
            "kiosk": policy.kiosk, "watermark": policy.watermark, "audit_content": policy.audit_content,
            "retention_days": policy.retention_days,
            "model_allowlist": sorted(policy.model_allowlist) if policy.model_allowlist is not None else None,
            "time_rules": policy.time_rules.to_data() if policy.time_rules is not None else None,
            "model_catalog": policy.model_catalog,
        }


def administered_folders(platform: str = sys.platform) -> list[Path]:
    """The folders only an OS administrator can write (fixed; never from the environment)."""
    return core_paths.administered_config_dirs(platform)


def policy_locations(site_config_dir: Path, platform: str = sys.platform,
                     administered: Sequence[Path] | None = None) -> list[PolicyLocation]:
    """Where the policy file may be, in reading order: the administered folders always come first
    (``administered``, by default :func:`administered_folders`), then ``site_config_dir`` (``$HEARTH_HOME/site``)
    unless it is one of them."""
    folders = list(administered_folders(platform) if administered is None else administered)
    locations = [PolicyLocation(folder / POLICY_FILE_NAME, True) for folder in folders]
    if site_config_dir not in folders:
        locations.append(PolicyLocation(site_config_dir / POLICY_FILE_NAME, False))
    return locations


def is_administered(path: Path, platform: str = sys.platform) -> bool:
    """Whether ``path`` is a policy file in one of the administered folders."""
    folder = path.expanduser().resolve().parent
    return any(folder == candidate.resolve() for candidate in administered_folders(platform))


def not_administered_note(path: Path, platform: str = sys.platform) -> str:
    """What it means that the policy ``path`` is not in an administered folder."""
    folders = " or ".join(str(folder) for folder in administered_folders(platform))
    return (f"{path} is not in a folder only an administrator can write ({folders}). Hearth reads a policy "
            "outside them only from $HEARTH_HOME/site, and then it may only tighten: 'guardians_may_tighten = "
            "false' is ignored, and where a guardian is set up, their audit content and retention choices stand. "
            "To govern this computer, an administrator puts it in one of those folders.")


def load_system_policy(locations: Sequence[PolicyLocation]) -> PolicyStatus:
    """Read the first policy file that exists; a bad one is reported, never silently skipped."""
    for location in locations:
        path = location.path
        if path.exists():
            try:
                policy, signer = check_policy_file(path)
            except PolicyError as exc:
                return PolicyStatus(path, None, exc.message, administered=location.administered)
            return PolicyStatus(path, policy, None, signer, location.administered)
    return PolicyStatus()


def check_policy_file(path: Path, pinned_key: Path | None = None) -> tuple[SystemPolicy, str | None]:
    """Validate ``path`` (and its signature); returns the policy and the signer's fingerprint, if signed.

    ``pinned_key`` defaults to ``policy-signing-key.pub`` beside the file.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PolicyError("", f"the file cannot be read ({exc.strerror})", str(path)) from exc
    signer = _check_signature(path, data, pinned_key or path.with_name(PINNED_KEY_NAME))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PolicyError("", "the file is not UTF-8 text", str(path)) from exc
    return parse_policy(text, str(path)), signer


def parse_policy(text: str, source: str | None = None) -> SystemPolicy:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise PolicyError("", f"this is not valid TOML ({exc})", source, int(match.group(1)) if match else None) \
            from exc
    try:
        return _validate(data)
    except PolicyError as exc:
        raise PolicyError(exc.field, exc.problem, source, find_line(text, exc.field)) from None


def _validate(data: dict[str, Any]) -> SystemPolicy:
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise PolicyError(unknown[0], f"unknown setting; a policy may set {', '.join(sorted(_KEYS))}")
    if data.get("schema") != SCHEMA_VERSION:
        raise PolicyError("schema", f"must be {SCHEMA_VERSION} (the policy format this Hearth reads)")
    minimum = data.get("minimum_profile")
    if minimum is not None and minimum not in PRESET_IDS:
        raise PolicyError("minimum_profile", f"must be one of {', '.join(PRESET_IDS)}, not {minimum!r}")
    audit = data.get("audit_content")
    if audit is not None and audit not in AUDIT_MODES:
        raise PolicyError("audit_content", f"must be {' or '.join(AUDIT_MODES)}, not {audit!r}")
    retention = data.get("retention_days")
    if retention is not None and (not _is_int(retention) or not 0 <= retention <= 36500):
        raise PolicyError("retention_days", "must be a whole number of days from 0 to 36500")
    return SystemPolicy(
        minimum_profile=minimum, floors=_floors(data.get("categories", {})),
        guardians_may_tighten=_bool(data, "guardians_may_tighten", True), kiosk=_bool(data, "kiosk"),
        watermark=_bool(data, "watermark"), audit_content=audit, retention_days=retention,
        model_allowlist=_allowlist(data.get("model_allowlist")), time_rules=_time_rules(data.get("time_rules")),
        model_catalog=_catalog(data.get("model_catalog")))


def _catalog(value: Any) -> str | None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise PolicyError("model_catalog", "must be an https:// address or a file path, as text")
    if isinstance(value, str) and value.lower().startswith("http://"):
        raise PolicyError("model_catalog", "must use https:// (the catalog carries the models' checksums)")
    return value.strip() if isinstance(value, str) else None


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _bool(data: dict[str, Any], key: str, default: bool | None = None) -> bool | None:
    value = data.get(key, default)
    if value is not None and not isinstance(value, bool):
        raise PolicyError(key, f"must be true or false, not {value!r}")
    return value


def _floors(raw: Any) -> tuple[tuple[str, str, Any], ...]:
    if not isinstance(raw, dict):
        raise PolicyError("categories", "must be a table of [categories.ID] tables")
    floors = []
    for cid, entry in raw.items():
        where = f"categories.{cid}"
        if cid not in CATEGORY_IDS:
            raise PolicyError(where, f"unknown category; known: {', '.join(CATEGORY_IDS)}")
        if not isinstance(entry, dict) or not entry or set(entry) - set(DIRECTIONS):
            raise PolicyError(where, "give a 'prompt' and/or an 'answer' rule")
        for direction, rule in entry.items():
            try:
                floors.append((cid, direction, parse_rule(rule, f"{where}.{direction}")))
            except ProfileError as exc:
                raise PolicyError(exc.field, exc.problem) from None
    return tuple(floors)


def _allowlist(raw: Any) -> frozenset[str] | None:
    if raw is None:
        return None
    if not isinstance(raw, list):
        raise PolicyError("model_allowlist", "must be a list of SHA-256 hashes")
    for index, value in enumerate(raw):
        if not isinstance(value, str) or not _SHA256.fullmatch(value.lower()):
            raise PolicyError(f"model_allowlist[{index}]", f"{value!r} is not a SHA-256 hash (64 hex digits)")
    return frozenset(v.lower() for v in raw)


def _time_rules(raw: Any) -> TimeRules | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise PolicyError("time_rules", "must be a table")
    try:
        return TimeRules.from_data(raw)
    except TimeRulesError as exc:
        raise PolicyError(f"time_rules.{exc.field}", exc.problem) from None


# Signatures ---------------------------------------------------------------------------

def _check_signature(path: Path, data: bytes, pinned_key: Path) -> str | None:
    signature_path = path.with_name(path.name + SIGNATURE_SUFFIX)
    if not pinned_key.exists():
        return None  # no pinned key: nothing to check a signature against (the file is trusted by its folder)
    public_key = read_public_key(pinned_key)
    if not signature_path.exists():
        raise PolicyError("signature", f"a signing key is pinned ({pinned_key}) but {signature_path.name} is missing",
                          str(path))
    try:
        signature = base64.b64decode(signature_path.read_text(encoding="ascii").strip(), validate=True)
    except (OSError, UnicodeDecodeError, binascii.Error, ValueError) as exc:
        raise PolicyError("signature", f"{signature_path.name} is not a base64 signature", str(path)) from exc
    if not verify(public_key, data, signature):
        raise PolicyError("signature", "the signature does not match the file and the pinned key: the file was "
                                       "changed after signing, or signed with another key", str(path))
    return group_fingerprint(fingerprint_hex(public_key))


def read_public_key(path: Path) -> bytes:
    """A raw 32-byte Ed25519 public key from a PEM file or a base64 line."""
    try:
        text = path.read_text(encoding="ascii").strip()
        if text.startswith("-----BEGIN"):
            key = serialization.load_pem_public_key(text.encode())
            if not isinstance(key, Ed25519PublicKey):
                raise ValueError("not an Ed25519 key")
            return key.public_bytes(Encoding.Raw, PublicFormat.Raw)
        raw = base64.b64decode(text, validate=True)
        if len(raw) != 32:
            raise ValueError("not 32 bytes")
        return raw
    except (OSError, UnicodeDecodeError, binascii.Error, ValueError) as exc:
        raise PolicyError("signature", f"the pinned key {path} is not an Ed25519 public key ({exc})") from exc


def generate_signing_key(private_path: Path, public_path: Path) -> str:
    """Write a new Ed25519 key pair (the private one readable only by its owner); returns the fingerprint."""
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    public_path.write_text(base64.b64encode(public).decode() + "\n", encoding="ascii")
    return group_fingerprint(fingerprint_hex(public))


def sign_policy_file(path: Path, private_key_path: Path) -> Path:
    """Write ``<path>.sig``: the base64 Ed25519 signature of the file's bytes."""
    key = serialization.load_pem_private_key(private_key_path.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise PolicyError("signature", f"{private_key_path} is not an Ed25519 private key")
    signature_path = path.with_name(path.name + SIGNATURE_SUFFIX)
    signature_path.write_text(base64.b64encode(key.sign(path.read_bytes())).decode() + "\n", encoding="ascii")
    return signature_path
