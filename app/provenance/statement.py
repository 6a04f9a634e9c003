"""in-toto Statement v1 about one assistant answer, the Hearth predicate it carries, and signing it.

The statement's subject is the answer's text, named by the SHA-256 of its
UTF-8 bytes in Unicode NFC form (so a text that a clipboard or editor turned
into NFD still matches). The predicate records how the answer was made: app
version, model file and settings, the safety profile in force, the screen's
verdicts, the watermark if one was applied, the audit log entry that records
the turn, and when it happened. It never contains the prompt or the answer.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.core.errors import HearthError
from app.provenance.device_key import DeviceKey
from app.provenance.dsse import IN_TOTO_PAYLOAD_TYPE, Envelope, sign_envelope

STATEMENT_TYPE = "https://in-toto.io/Statement/v1"
PREDICATE_TYPE = "urn:hearth:answer-provenance:v1"
SUBJECT_NAME = "answer.txt"
PREDICATE_SCHEMA = 1


class StatementError(HearthError):
    """The envelope's payload is not an in-toto statement about a Hearth answer."""


def text_digest(text: str) -> str:
    """Hex SHA-256 of ``text`` in NFC form, encoded as UTF-8: the statement's subject digest."""
    return hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ModelFacts:
    """The model that wrote an answer: a local file (hashed here) or a model on an inference server."""

    name: str
    file: str | None
    sha256: str | None  # None for a server's model: its weights were not hashed on this device
    quantization: str | None
    size_bytes: int
    n_ctx: int
    server: str | None = None  # the inference server's address
    fingerprint: str | None = None  # the server's system_fingerprint for this answer, when it sent one

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name, "file": self.file, "sha256": self.sha256,
                                "quantization": self.quantization, "sizeBytes": self.size_bytes,
                                "contextLength": self.n_ctx}
        if self.server is not None:
            data["server"] = {"url": self.server, "modelId": self.name, "fingerprint": self.fingerprint,
                              "weightsHashedLocally": False}
        return data


@dataclass(frozen=True)
class AnswerProvenance:
    """Everything the Hearth predicate records about one answer."""

    status: str  # complete, cancelled, interrupted, blocked or error
    app_version: str
    model: ModelFacts | None  # None when no model ran (the prompt was blocked)
    sampling: Mapping[str, Any]  # temperature, top_p, max_tokens, seed
    profile: Mapping[str, Any]  # id, name, hash of the effective safety profile
    screening: Mapping[str, Any]  # direction -> the verdict's audit fields, or None
    started_at: str
    finished_at: str
    completion_tokens: int = 0
    watermark: Mapping[str, Any] | None = None  # key_id and parameters when the answer is watermarked
    audit: Mapping[str, Any] | None = None  # {"log": origin, "index": n}
    conversation_id: int | None = None
    message_id: int | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    def predicate(self) -> dict[str, Any]:
        return {
            "schema": PREDICATE_SCHEMA,
            "generator": {"name": "Hearth", "version": self.app_version},
            "status": self.status,
            "model": None if self.model is None else self.model.to_data(),
            "sampling": dict(self.sampling),
            "safetyProfile": dict(self.profile),
            "screening": dict(self.screening),
            "watermark": None if self.watermark is None else dict(self.watermark),
            "audit": None if self.audit is None else dict(self.audit),
            "message": {"conversation": self.conversation_id, "id": self.message_id,
                        "completionTokens": self.completion_tokens},
            "time": {"started": self.started_at, "finished": self.finished_at},
            **({"extra": dict(self.extra)} if self.extra else {}),
        }


def statement(text: str, provenance: AnswerProvenance) -> dict[str, Any]:
    """The in-toto Statement v1 binding ``text`` to ``provenance``."""
    return {
        "_type": STATEMENT_TYPE,
        "subject": [{"name": SUBJECT_NAME, "digest": {"sha256": text_digest(text)}}],
        "predicateType": PREDICATE_TYPE,
        "predicate": provenance.predicate(),
    }


def statement_bytes(text: str, provenance: AnswerProvenance) -> bytes:
    """The statement as compact, key-sorted JSON: the DSSE payload."""
    return json.dumps(statement(text, provenance), sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


@dataclass(frozen=True)
class ParsedStatement:
    subject_sha256: str
    predicate_type: str
    predicate: Mapping[str, Any]


def parse_statement(payload: bytes) -> ParsedStatement:
    """Read an in-toto Statement v1 payload; raises StatementError when it is not one."""
    try:
        data = json.loads(payload)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise StatementError("The envelope's payload is not JSON.") from exc
    if not isinstance(data, dict) or data.get("_type") != STATEMENT_TYPE:
        raise StatementError("The envelope's payload is not an in-toto Statement v1.")
    subjects = data.get("subject")
    if not isinstance(subjects, list) or not subjects or not isinstance(subjects[0], dict):
        raise StatementError("The statement names no subject.")
    digest = subjects[0].get("digest")
    sha256 = digest.get("sha256") if isinstance(digest, dict) else None
    if not isinstance(sha256, str) or len(sha256) != 64:
        raise StatementError("The statement's subject has no SHA-256 digest.")
    predicate = data.get("predicate")
    return ParsedStatement(sha256.lower(), str(data.get("predicateType", "")),
                           predicate if isinstance(predicate, dict) else {})


def sign_answer(key: DeviceKey, text: str, provenance: AnswerProvenance) -> Envelope:
    """A DSSE envelope over the statement binding ``text`` to ``provenance``, signed by the device key."""
    return sign_envelope(key, IN_TOTO_PAYLOAD_TYPE, statement_bytes(text, provenance))


def envelope_sha256(envelope: Envelope) -> str:
    """Hex SHA-256 of the envelope's JSON line: how the audit log names the statement it accompanies."""
    return hashlib.sha256(envelope.to_json().encode("utf-8")).hexdigest()
