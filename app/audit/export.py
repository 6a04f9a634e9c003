"""Exporting audit entries as JSONL that anyone can check without the database.

The first line carries the signed checkpoint note (and the device's public
key for reference); every following line is one entry's canonical record and
its RFC 6962 inclusion proof against that checkpoint. Entries run without a
gap from the first one written at or after ``since`` to the checkpoint's size,
so a dropped, added or edited line is caught by :func:`verify_export` (or by
any RFC 6962 verifier that re-encodes the record canonically).
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from datetime import datetime
from pathlib import Path
from typing import Any

from app.audit.checkpoint import Checkpoint, CheckpointError, open_checkpoint
from app.audit.log import AuditLog, AuditLogError, canonical_json
from app.audit.merkle import MerkleTree, ProofError, leaf_hash, verify_inclusion
from app.audit.verify import VerifyReport

EXPORT_FORMAT = "hearth-audit-export/1"


def export_jsonl(log: AuditLog, out_path: Path, since: datetime) -> int:
    """Write the entries since ``since`` with a fresh checkpoint and proofs; return how many were written."""
    log.append("export", {"since": since.isoformat(), "file": out_path.name})
    note = log.checkpoint_now()
    checkpoint = open_checkpoint(note, log.public_key_bytes())
    tree = MerkleTree(log.leaf_hashes()[:checkpoint.size])
    first = log.first_index_since(since)
    lines = [_header_line(note, log.public_key_bytes(), since)]
    if first is not None:
        lines += [_entry_line(entry.index, entry.body, tree) for entry in log.entries(first, checkpoint.size)]
    _write_atomically(out_path, "".join(lines))
    return len(lines) - 1


def _header_line(note: str, public_key: bytes, since: datetime) -> str:
    header = {"kind": "checkpoint", "format": EXPORT_FORMAT, "note": note, "public_key": public_key.hex(),
              "since": since.isoformat()}
    return json.dumps(header, ensure_ascii=False, sort_keys=True) + "\n"


def _entry_line(index: int, body: bytes, tree: MerkleTree) -> str:
    line = {"kind": "entry", "index": index, "entry": json.loads(body),
            "inclusion_proof": [base64.b64encode(node).decode() for node in tree.inclusion_proof(index)]}
    return json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n"


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".partial")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


class _ExportProblems:
    def __init__(self) -> None:
        self.problems: list[str] = []
        self.first_bad_index: int | None = None

    def add(self, text: str, index: int | None = None) -> None:
        self.problems.append(text)
        if index is not None and self.first_bad_index is None:
            self.first_bad_index = index


def verify_export(path: Path, public_key: bytes) -> VerifyReport:
    """Check an export file on its own: the checkpoint signature, every proof, and that no line is missing."""
    found = _ExportProblems()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        found.add(f"the export {path} cannot be read: {exc}")
        return VerifyReport(ok=False, entries=0, problems=found.problems)
    checkpoint = _read_header(lines[0] if lines else "", public_key, found)
    if checkpoint is None:
        return VerifyReport(ok=False, entries=0, problems=found.problems)
    expected: int | None = None
    for number, text in enumerate(lines[1:], start=2):
        expected = _check_entry_line(number, text, checkpoint, expected, found)
    if expected is not None and expected != checkpoint.size:
        found.add(f"the export stops at entry {expected - 1} but the checkpoint covers {checkpoint.size} "
                  f"entries (entries from {expected} were left out)", expected)
    return VerifyReport(ok=not found.problems, entries=len(lines) - 1, problems=found.problems,
                        first_bad_index=found.first_bad_index, checkpoints=1,
                        latest_checkpoint_size=checkpoint.size)


def _read_header(text: str, public_key: bytes, found: _ExportProblems) -> Checkpoint | None:
    try:
        header = json.loads(text)
        if header.get("kind") != "checkpoint" or header.get("format") != EXPORT_FORMAT:
            raise ValueError("the first line is not a Hearth audit checkpoint")
        return open_checkpoint(header["note"], public_key)
    except (ValueError, KeyError, TypeError, AttributeError, CheckpointError) as exc:
        found.add(f"line 1: the checkpoint cannot be trusted: {exc}")
        return None


def _check_entry_line(number: int, text: str, checkpoint: Checkpoint, expected: int | None,
                      found: _ExportProblems) -> int | None:
    """Check one entry line; return the index the next line must have."""
    try:
        line = json.loads(text)
        index, record = line["index"], line["entry"]
        proof = [base64.b64decode(node, validate=True) for node in line["inclusion_proof"]]
        if not isinstance(index, int) or not isinstance(record, dict):
            raise TypeError("index or entry has the wrong type")
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        found.add(f"line {number}: not an audit entry line ({exc})")
        return None if expected is None else expected + 1
    if expected is not None and index != expected:
        found.add(f"line {number}: entry {index} follows entry {expected - 1}; entries between were removed "
                  "or reordered", min(index, expected))
    if record.get("index") != index:
        found.add(f"line {number}: entry {index} holds the record of entry {record.get('index')}", index)
    _check_proof(number, index, record, proof, checkpoint, found)
    return index + 1


def _check_proof(number: int, index: int, record: dict[str, Any], proof: list[bytes], checkpoint: Checkpoint,
                 found: _ExportProblems) -> None:
    try:
        verify_inclusion(index, checkpoint.size, leaf_hash(canonical_json(record)), proof, checkpoint.root)
    except (ProofError, AuditLogError) as exc:
        found.add(f"line {number}: entry {index} does not match the signed checkpoint, so it was altered "
                  f"({exc})", index)
