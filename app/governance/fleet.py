"""Fleet policy: carry one machine's policy to others as a signed bundle (audit material for central review
goes in a review archive, :mod:`app.audit.review_archive`).

A **policy bundle** (``hearth-policy-bundle/1``) is one JSON object::

    {"format": "hearth-policy-bundle/1",
     "policy": "<the policy.toml text>",
     "policy_sha256": "<hex SHA-256 of the text's UTF-8 bytes>",
     "policy_signature": "<base64 Ed25519 signature of those bytes: installed as policy.toml.sig>",
     "signer": "<hex SHA-256 of the admin's raw public key>",
     "created": "<UTC ISO time>",
     "origin": "<the exporting machine's audit log origin>",
     "signature": "<base64 Ed25519 signature of the canonical encoding>"}

The canonical encoding is every field but ``signature`` as sorted-key compact
JSON in UTF-8. Both signatures are made with the administrator's private key
(the PEM that ``hearth policy keygen`` writes). A receiving machine trusts only
the public key its own administrator pinned beside its policy
(``policy-signing-key.pub``) in an administered folder (one only an OS
administrator can write; a key in ``$HEARTH_HOME/site`` is not trusted), never
a key the bundle names. Installing writes
``policy.toml`` and ``policy.toml.sig``, so the signed-policy check at every
start accepts the new policy; both files are staged first and then renamed in
place, and a crash between the two renames leaves a pair that fails closed
(the strictest preset) until the import is run again.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.audit.log import AuditLog
from app.core.atomic import stage_bytes, write_text_atomically
from app.core.changes import field_changes
from app.core.errors import HearthError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.paths import AppPaths
from app.governance.policy_file import (
    PINNED_KEY_NAME, POLICY_FILE_NAME, SIGNATURE_SUFFIX, PolicyError, PolicyLocation, PolicyStatus, SystemPolicy,
    check_policy_file, load_system_policy, parse_policy, policy_locations, read_public_key,
)
from app.provenance.device_key import fingerprint_hex, group_fingerprint, verify

BUNDLE_FORMAT = "hearth-policy-bundle/1"
_SIGNED_FIELDS = ("created", "format", "origin", "policy", "policy_sha256", "policy_signature", "signer")
_ADMIN_ADVICE = "Run it as an administrator (sudo on Linux and macOS, an administrator prompt on Windows)."


class FleetError(HearthError):
    """A policy bundle cannot be made, trusted or installed."""

    title = QT_TRANSLATE_NOOP("Errors", "The policy bundle cannot be used")


# -- bundles -----------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PolicyBundle:
    """A policy with its signatures, as carried from machine to machine."""

    policy: str
    policy_sha256: str
    policy_signature: str  # base64 Ed25519 of the policy's UTF-8 bytes (becomes policy.toml.sig)
    signer: str  # hex SHA-256 of the signer's raw public key
    created: str
    origin: str
    signature: str  # base64 Ed25519 of canonical_bytes(payload())

    def payload(self) -> dict[str, str]:
        """Every field the bundle signature covers."""
        return {"created": self.created, "format": BUNDLE_FORMAT, "origin": self.origin, "policy": self.policy,
                "policy_sha256": self.policy_sha256, "policy_signature": self.policy_signature,
                "signer": self.signer}

    def to_json(self) -> str:
        return json.dumps(self.payload() | {"signature": self.signature}, ensure_ascii=False, sort_keys=True,
                          indent=2) + "\n"

    @property
    def signer_grouped(self) -> str:
        return group_fingerprint(self.signer)


def canonical_bytes(payload: Mapping[str, Any]) -> bytes:
    """Sorted-key compact JSON in UTF-8: the exact bytes the bundle signature covers."""
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def load_private_key(path: Path) -> Ed25519PrivateKey:
    """The administrator's Ed25519 private key from the unencrypted PEM ``hearth policy keygen`` wrote."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FleetError(f"The private key {path} cannot be read ({exc.strerror}).",
                         "Give the private key file made by 'hearth policy keygen'.") from exc
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise FleetError(f"{path} is not an unencrypted PEM private key.",
                         "Give the private key file made by 'hearth policy keygen'.") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise FleetError(f"{path} is not an Ed25519 private key.",
                         "Give the private key file made by 'hearth policy keygen'.")
    return key


def make_bundle(policy_text: str, key: Ed25519PrivateKey, origin: str, now: datetime | None = None) -> PolicyBundle:
    """Sign ``policy_text`` (its bytes, and the bundle around it) with ``key``."""
    data = policy_text.encode("utf-8")
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    created = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).isoformat(timespec="seconds")
    unsigned = PolicyBundle(policy_text, sha256_hex(data), _b64(key.sign(data)), fingerprint_hex(public),
                            created.replace("+00:00", "Z"), origin, "")
    return replace(unsigned, signature=_b64(key.sign(canonical_bytes(unsigned.payload()))))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def machine_policy_locations(paths: AppPaths) -> list[PolicyLocation]:
    """Where this machine reads its policy, in reading order (as Governance does at start)."""
    return policy_locations(paths.site_config_dir)


def policy_in_force(paths: AppPaths) -> Path:
    """The policy file this machine reads at start; FleetError when it has none."""
    for location in machine_policy_locations(paths):
        if location.path.exists():
            return location.path
    raise FleetError("This computer has no machine-wide policy to export.",
                     f"Write {POLICY_FILE_NAME} in {paths.site_config_dir} first, or give one with --policy.")


def export_bundle(policy_path: Path, key_path: Path, out: Path, origin: str) -> PolicyBundle:
    """Check ``policy_path`` (and its own signature, where a key is pinned beside it), sign it into a bundle and
    write the bundle to ``out`` atomically."""
    check_policy_file(policy_path)  # never spread a policy this machine itself would refuse
    key = load_private_key(key_path)
    bundle = make_bundle(policy_path.read_bytes().decode("utf-8"), key, origin)
    write_text_atomically(out, bundle.to_json())
    return bundle


def read_bundle(path: Path) -> tuple[PolicyBundle, str]:
    """The bundle in ``path`` and the SHA-256 of the file; FleetError when it is not a well-formed bundle."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise FleetError(f"The bundle {path} cannot be read ({exc.strerror}).") from exc
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise FleetError(f"{path} is not a policy bundle: it is not JSON ({exc}).", "Nothing was changed.") from exc
    if not isinstance(data, dict) or data.get("format") != BUNDLE_FORMAT:
        raise FleetError(f"{path} is not a policy bundle: its format is not {BUNDLE_FORMAT}.",
                         "Nothing was changed.")
    expected = {*_SIGNED_FIELDS, "signature"}
    wrong = sorted(name for name in expected if not isinstance(data.get(name), str)) or sorted(set(data) - expected)
    if wrong:
        raise FleetError(f"{path} is not a well-formed policy bundle: the field {wrong[0]!r} is missing, unknown "
                         "or not text.", "Nothing was changed.")
    return PolicyBundle(**{name: data[name] for name in expected - {"format"}}), sha256_hex(raw)


def _decode_signature(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise FleetError(f"The bundle's {what} is not base64.", "Nothing was changed.") from exc


def verify_bundle(bundle: PolicyBundle, pinned_key: bytes) -> SystemPolicy:
    """Check ``bundle`` against the pinned public key only, then parse its policy; FleetError otherwise."""
    pinned = fingerprint_hex(pinned_key)
    if bundle.signer != pinned:
        raise FleetError(f"The bundle was signed with the key {bundle.signer_grouped}, but this computer trusts only "
                         f"the key {group_fingerprint(pinned)}.",
                         "Nothing was changed. Ask for a bundle signed with the pinned key.")
    if not verify(pinned_key, canonical_bytes(bundle.payload()), _decode_signature(bundle.signature, "signature")):
        raise FleetError("The bundle's signature does not match: it was changed after signing, or not signed by the "
                         "pinned key.", "Nothing was changed. Ask the administrator for a fresh bundle.")
    data = bundle.policy.encode("utf-8")
    if sha256_hex(data) != bundle.policy_sha256 or not verify(
            pinned_key, data, _decode_signature(bundle.policy_signature, "policy signature")):
        raise FleetError("The bundle's policy does not match its own checksum and signature.",
                         "Nothing was changed. Ask the administrator for a fresh bundle.")
    try:
        return parse_policy(bundle.policy, "the bundle's policy")
    except PolicyError as exc:
        raise FleetError(f"The bundle's policy is not valid: {exc.message}.", "Nothing was changed.") from exc


# -- importing ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportPlan:
    """A verified bundle and what installing it would change on this machine."""

    bundle: PolicyBundle
    bundle_sha256: str
    policy: SystemPolicy
    folder: Path  # where policy.toml and its .sig go
    changes: list[dict[str, Any]]

    @property
    def changed_fields(self) -> list[str]:
        return [change["field"] for change in self.changes]


def install_folder(locations: Sequence[PolicyLocation]) -> tuple[Path, bytes]:
    """The first administered policy folder holding a pinned key, with that key; FleetError when none does, or
    when a policy in a folder read before it would hide what is installed. Folders a user can write
    (``$HEARTH_HOME/site``) are never trusted for the key nor installed into."""
    administered = [location.path for location in locations if location.administered]
    for position, location in enumerate(administered):
        pinned = location.with_name(PINNED_KEY_NAME)
        if pinned.exists():
            shadowing = [earlier for earlier in administered[:position] if earlier.exists()]
            if shadowing:
                raise FleetError(f"The policy {shadowing[0]} is read before {location}, so an installed policy "
                                 "would not apply.", "Remove it, or pin the key beside it. Nothing was changed.")
            return location.parent, read_public_key(pinned)
    folders = " or ".join(str(location.parent) for location in administered)
    raise FleetError("No policy signing key is pinned on this computer, so no bundle can be trusted.",
                     f"Its administrator must first put the signing public key in {PINNED_KEY_NAME} in {folders} "
                     "(a folder only administrators can write). Nothing was changed.")


def plan_import(bundle_path: Path, locations: Sequence[PolicyLocation]) -> ImportPlan:
    """Read and verify the bundle against this machine's pinned key, and compare it with the policy in force."""
    folder, pinned_key = install_folder(locations)
    bundle, bundle_sha = read_bundle(bundle_path)
    policy = verify_bundle(bundle, pinned_key)
    before = load_system_policy(locations).to_data()
    after = PolicyStatus(folder / POLICY_FILE_NAME, policy, None, bundle.signer_grouped, administered=True).to_data()
    return ImportPlan(bundle, bundle_sha, policy, folder, field_changes(before, after))


def install(plan: ImportPlan) -> None:
    """Write policy.toml and policy.toml.sig into the plan's folder (both staged, then renamed)."""
    policy_path = plan.folder / POLICY_FILE_NAME
    files = {policy_path: plan.bundle.policy.encode("utf-8"),
             policy_path.with_name(policy_path.name + SIGNATURE_SUFFIX): (plan.bundle.policy_signature + "\n").encode()}
    staged: list[tuple[Path, Path]] = []
    try:
        for final, data in files.items():
            staged.append((stage_bytes(final, data), final))
        for temporary, final in staged:
            os.replace(temporary, final)
    except PermissionError as exc:
        raise FleetError(f"Hearth may not write the policy into {plan.folder}.", _ADMIN_ADVICE) from exc
    except OSError as exc:
        raise FleetError(f"The policy could not be written into {plan.folder} ({exc.strerror}).",
                         "Nothing was changed; free some space or check the folder, then import again.") from exc
    finally:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)


def import_audit_fields(plan: ImportPlan) -> dict[str, Any]:
    """What the ``policy_imported`` audit entry records."""
    return {"bundle_sha256": plan.bundle_sha256, "policy_sha256": plan.bundle.policy_sha256,
            "signer": plan.bundle.signer, "origin": plan.bundle.origin, "created": plan.bundle.created,
            "fields": plan.changed_fields}


def import_bundle(bundle_path: Path, paths: AppPaths, audit: AuditLog, dry_run: bool = False) -> ImportPlan:
    """Verify the bundle and (unless ``dry_run``) install it and audit ``policy_imported``; returns the plan."""
    plan = plan_import(bundle_path, machine_policy_locations(paths))
    if not dry_run:
        install(plan)
        audit.append("policy_imported", import_audit_fields(plan))
    return plan
