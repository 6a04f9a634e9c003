"""Signed checkpoints of the audit log in the transparency-dev checkpoint / signed-note format.

A checkpoint body is ``"<origin>\\n<size>\\n<base64 root>\\n"`` followed by
optional extension lines (Hearth adds ``"time <ISO-8601 UTC>"``). The note is
the body, a blank line, and one signature line
``"— <keyname> <base64(key id ‖ Ed25519 signature)>"``, where the key id is the
first 4 bytes of SHA-256(keyname ‖ "\\n" ‖ 0x01 ‖ public key), as in
golang.org/x/mod/sumdb/note. Any checkpoint verifier that knows the key can
check these notes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from app.provenance.device_key import DeviceKey, fingerprint_hex, verify

SIGNATURE_DASH = "\u2014"
ED25519_ALGORITHM = b"\x01"
KEY_ID_SIZE = 4
TIME_PREFIX = "time "


class CheckpointError(ValueError):
    """A checkpoint note is malformed or its signature does not verify."""


def key_name_for(public_key: bytes) -> str:
    """The signer name (and log origin) for a device key: stable, short, and without spaces."""
    return f"hearth.audit/{fingerprint_hex(public_key)[:16]}"


def key_id(key_name: str, public_key: bytes) -> bytes:
    """The 4-byte key id of the signed-note format."""
    return hashlib.sha256(key_name.encode() + b"\n" + ED25519_ALGORITHM + public_key).digest()[:KEY_ID_SIZE]


@dataclass(frozen=True)
class Checkpoint:
    """A tree head: which log, how many entries, their Merkle root, and when."""

    origin: str
    size: int
    root: bytes
    time: str = ""

    def body(self) -> str:
        text = f"{self.origin}\n{self.size}\n{base64.b64encode(self.root).decode()}\n"
        return text + (f"{TIME_PREFIX}{self.time}\n" if self.time else "")


def sign_checkpoint(checkpoint: Checkpoint, device_key: DeviceKey) -> str:
    """The signed note for ``checkpoint``, signed by ``device_key`` under its key name."""
    public_key = device_key.public_key_bytes()
    name = key_name_for(public_key)
    body = checkpoint.body()
    signature = device_key.sign(body.encode())
    encoded = base64.b64encode(key_id(name, public_key) + signature).decode()
    return f"{body}\n{SIGNATURE_DASH} {name} {encoded}\n"


def parse_body(body: str) -> Checkpoint:
    """Read a checkpoint body (without checking any signature)."""
    lines = body.split("\n")
    if len(lines) < 4 or lines[-1] != "":
        raise CheckpointError("the checkpoint body must be at least origin, size and root lines")
    origin, size_text, root_text = lines[0], lines[1], lines[2]
    if not origin:
        raise CheckpointError("the checkpoint has no origin")
    if not size_text.isdigit() or (size_text != "0" and size_text.startswith("0")):
        raise CheckpointError(f"the checkpoint size {size_text!r} is not a number")
    try:
        root = base64.b64decode(root_text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise CheckpointError("the checkpoint root is not base64") from exc
    time = next((line[len(TIME_PREFIX):] for line in lines[3:-1] if line.startswith(TIME_PREFIX)), "")
    return Checkpoint(origin, int(size_text), root, time)


def split_note(note: str) -> tuple[str, list[tuple[str, bytes]]]:
    """The body text and the (key name, signature blob) pairs of a signed note."""
    body, separator, signature_block = note.partition("\n\n")
    if not separator or not signature_block.endswith("\n"):
        raise CheckpointError("the checkpoint note has no signature block")
    signatures = []
    for line in signature_block[:-1].split("\n"):
        parts = line.split(" ")
        if len(parts) != 3 or parts[0] != SIGNATURE_DASH:
            raise CheckpointError(f"the signature line {line!r} is malformed")
        try:
            signatures.append((parts[1], base64.b64decode(parts[2], validate=True)))
        except (binascii.Error, ValueError) as exc:
            raise CheckpointError("a checkpoint signature is not base64") from exc
    return body + "\n", signatures


def open_checkpoint(note: str, public_key: bytes) -> Checkpoint:
    """The checkpoint in ``note`` if the device key ``public_key`` signed it; CheckpointError otherwise."""
    body, signatures = split_note(note)
    name = key_name_for(public_key)
    expected_id = key_id(name, public_key)
    for signer, blob in signatures:
        if signer == name and blob[:KEY_ID_SIZE] == expected_id:
            if not verify(public_key, body.encode(), blob[KEY_ID_SIZE:]):
                raise CheckpointError(f"the signature by {name} does not verify (forged or altered checkpoint)")
            checkpoint = parse_body(body)
            if checkpoint.origin != name:
                raise CheckpointError(f"the checkpoint is for the log {checkpoint.origin!r}, not {name!r}")
            return checkpoint
    raise CheckpointError(f"the checkpoint carries no signature by this device's key {name}")
