"""The append-only, tamper-evident audit log (a separate SQLite database).

Each entry is a canonical JSON record (sorted keys, no whitespace, UTF-8, NFC
strings) holding its index, type, time and fields; its RFC 6962 leaf hash
joins a Merkle tree whose signed checkpoints are written every N entries and
on :meth:`AuditLog.close`. The latest checkpoint is also kept in the
SecretStore, so deleting, truncating or replacing the database shows up.
SQLite triggers refuse UPDATE and DELETE on entries and checkpoints.

Privacy: in "metadata" mode (the default) a text is never stored, only its
HMAC-SHA256 under the ``audit-mac-key`` secret, so :meth:`AuditLog.was_seen`
can answer "did this text pass through?". In "content" mode the text is also
stored AES-GCM-encrypted under a random per-entry key; those keys live in the
``entry_keys`` table (outside the Merkle leaves, wrapped by the
``audit-content-key`` secret), and :meth:`AuditLog.purge_content` deletes them
(crypto-shredding) while the log stays verifiable.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import os
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, NamedTuple

import sqlite_utils
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.audit.checkpoint import Checkpoint, CheckpointError, key_name_for, open_checkpoint, sign_checkpoint
from app.audit.merkle import MerkleAccumulator, leaf_hash, root_of
from app.core.database import ThreadConnections, open_database, translate_sqlite_errors, utc_now
from app.core.errors import HearthError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.paths import app_paths
from app.core.secrets import SecretStore
from app.provenance.device_key import DeviceKey

ENTRY_TYPES = frozenset({
    "app_started", "app_stopped", "model_loaded", "profile_changed", "policy_changed", "lock_attempt",
    "screening_verdict", "warning_overridden", "engine_crashed", "export", "retention_purge",
    "tamper_detected", "provenance_key_created", "turn_completed", "access_refused",
    "model_imported", "model_removed", "model_downloaded", "licence_accepted", "model_audited",
    "api_started", "api_stopped", "policy_imported", "review_exported", "inference_server_changed",
})
UNREADABLE_ENTRY = "unreadable"  # how entries() shows a row whose record was damaged; never written
PRIVACY_MODES = ("metadata", "content")
RECORD_VERSION = 1
DEFAULT_CHECKPOINT_INTERVAL = 64
AUDIT_DB_NAME = "audit.db"
MAC_KEY_SECRET = "audit-mac-key"
CONTENT_KEY_SECRET = "audit-content-key"
LATEST_CHECKPOINT_SECRET = "audit-latest-checkpoint"
_NONCE_SIZE = 12

log = logging.getLogger(__name__)


class AuditLogError(HearthError):
    """The audit log refused an entry or could not be read."""

    title = QT_TRANSLATE_NOOP("Errors", "The audit log could not be written")


class Event(NamedTuple):
    """One entry to append: a type from :data:`ENTRY_TYPES`, JSON fields, and an optional text."""

    type: str
    fields: Mapping[str, Any] | None = None
    text: str | None = None


@dataclass(frozen=True)
class AuditEntry:
    """An entry as read back from the log."""

    index: int
    type: str
    time: str
    fields: dict[str, Any]
    text_mac: str | None
    has_content: bool
    body: bytes


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, Mapping):
        return {_nfc(str(k)): _nfc(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_nfc(v) for v in value]
    return value


def canonical_json(value: Any) -> bytes:
    """Deterministic bytes for a JSON value: NFC strings, sorted keys, no whitespace, UTF-8."""
    try:
        text = json.dumps(_nfc(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise AuditLogError(f"An audit entry holds a value that is not plain JSON: {exc}") from exc
    return text.encode("utf-8")


def text_mac(key: bytes, text: str) -> str:
    """The keyed HMAC-SHA256 (hex) of a text's NFC form."""
    return hmac.new(key, unicodedata.normalize("NFC", text).encode("utf-8"), hashlib.sha256).hexdigest()


def _entry_aad(index: int) -> bytes:
    return f"hearth-audit-entry:{index}".encode()


def _key_aad(index: int) -> bytes:
    return f"hearth-audit-key:{index}".encode()


def column_bytes(value: Any) -> bytes:
    """A BLOB column's value as bytes, also when someone rewrote it as TEXT, a number or NULL (tampering
    that must be reported, not crash the reader)."""
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    return b"" if value is None else str(value).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _as_utc_text(moment: datetime) -> str:
    """A datetime as the same ISO-8601 UTC text the entries use (naive values are local time)."""
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds")


def m001_entries(db: sqlite_utils.Database) -> None:
    db.executescript("""
        CREATE TABLE entries (
            idx INTEGER PRIMARY KEY,
            type TEXT NOT NULL,
            time TEXT NOT NULL,
            text_mac TEXT,
            body BLOB NOT NULL,
            leaf_hash BLOB NOT NULL
        );
        CREATE INDEX entries_time ON entries(time);
        CREATE INDEX entries_text_mac ON entries(text_mac) WHERE text_mac IS NOT NULL;
        CREATE TRIGGER entries_refuse_update BEFORE UPDATE ON entries
            BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
        CREATE TRIGGER entries_refuse_delete BEFORE DELETE ON entries
            BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
    """)


def m002_checkpoints(db: sqlite_utils.Database) -> None:
    db.executescript("""
        CREATE TABLE checkpoints (size INTEGER PRIMARY KEY, note TEXT NOT NULL, created TEXT NOT NULL);
        CREATE TRIGGER checkpoints_refuse_update BEFORE UPDATE ON checkpoints
            BEGIN SELECT RAISE(ABORT, 'audit checkpoints are append-only'); END;
        CREATE TRIGGER checkpoints_refuse_delete BEFORE DELETE ON checkpoints
            BEGIN SELECT RAISE(ABORT, 'audit checkpoints are append-only'); END;
    """)


def m003_entry_keys(db: sqlite_utils.Database) -> None:
    db.execute("CREATE TABLE entry_keys (entry_idx INTEGER PRIMARY KEY REFERENCES entries(idx), "
               "wrapped_key BLOB NOT NULL)")


MIGRATIONS = [m001_entries, m002_checkpoints, m003_entry_keys]


def _secure_delete(db: sqlite_utils.Database) -> None:
    db.execute("PRAGMA secure_delete = ON")  # purged content is overwritten, not left in free pages


def _well_formed_record(body: bytes) -> dict[str, Any] | None:
    """The record in ``body`` when it has an entry's shape (a known type, an ISO time, a fields object)."""
    try:
        record = json.loads(body)
        if not (isinstance(record, dict) and record.get("type") in ENTRY_TYPES
                and isinstance(record.get("fields"), dict) and isinstance(record.get("time"), str)):
            return None
        datetime.fromisoformat(record["time"].replace("Z", "+00:00"))
    except ValueError:  # not JSON, or not a time
        return None
    return record


class AuditLog:
    """Append-only audit entries with Merkle integrity and signed checkpoints."""

    def __init__(self, path: Path | None = None, secret_store: SecretStore | None = None, *,
                 privacy: str = "metadata", checkpoint_interval: int = DEFAULT_CHECKPOINT_INTERVAL) -> None:
        if privacy not in PRIVACY_MODES:
            raise ValueError(f"privacy must be one of {PRIVACY_MODES}, not {privacy!r}")
        if checkpoint_interval < 1:
            raise ValueError("checkpoint_interval must be at least 1")
        paths = app_paths() if path is None or secret_store is None else None
        self.path = path if path is not None else paths.data_dir / AUDIT_DB_NAME
        self.secrets = secret_store if secret_store is not None else SecretStore.for_paths(paths)
        self.privacy = privacy
        self.checkpoint_interval = checkpoint_interval
        self._lock = threading.RLock()
        self._keys: dict[str, bytes] = {}
        self._connections = ThreadConnections(self.path, open_database(self.path, MIGRATIONS), _secure_delete)
        self.device_key, key_created = DeviceKey.load_or_create(self.secrets)
        self.origin = key_name_for(self.device_key.public_key_bytes())
        self._accumulator = self._load_accumulator()
        self._checkpointed_size = self._latest_checkpoint_size()
        self.tamper_on_open = self._check_external_checkpoint()
        if key_created:
            self.append("provenance_key_created", {"fingerprint": self.device_key.fingerprint_hex()})
        if self.tamper_on_open:
            log.warning("Audit log: %s", self.tamper_on_open)
            self.append("tamper_detected", {"problem": self.tamper_on_open})
            self.checkpoint_now()

    @property
    def db(self) -> sqlite_utils.Database:
        """This thread's connection: the guardian's view reads while a turn appends."""
        return self._connections.get()

    # -- writing ---------------------------------------------------------------------------------

    def append(self, type: str, fields: Mapping[str, Any] | None = None, text: str | None = None) -> int:
        """Append one entry and return its index."""
        return self.append_many([Event(type, fields, text)])[0]

    def append_many(self, events: Iterable[Event | tuple[Any, ...]]) -> list[int]:
        """Append several entries in one transaction and return their indexes."""
        batch = [Event(*event) for event in events]
        for event in batch:
            self._check_event(event)
        if not batch:
            return []
        with self._lock:
            note, indexes = self._write_batch(batch)
        if note is not None:
            self.secrets.set(LATEST_CHECKPOINT_SECRET, note.encode("utf-8"))
        return indexes

    def append_numbered(self, type: str, fields_for: Callable[[int], Mapping[str, Any]],
                        text: str | None = None) -> int:
        """Append one entry whose fields need its own index (a signed statement naming its audit entry).

        ``fields_for`` is called with the index inside the write transaction, so no other writer,
        in this process or another, can take that index in between.
        """
        self._check_event(Event(type, None, text))
        with self._lock:
            note, indexes = self._write_batch(lambda start: [Event(type, fields_for(start), text)])
        if note is not None:
            self.secrets.set(LATEST_CHECKPOINT_SECRET, note.encode("utf-8"))
        return indexes[0]

    def checkpoint_now(self) -> str:
        """Sign and store a checkpoint of the whole log now; return the note."""
        with self._lock, self._transaction():
            self._sync_accumulator()
            note = self._write_checkpoint()
        self.secrets.set(LATEST_CHECKPOINT_SECRET, note.encode("utf-8"))
        return note

    def close(self) -> None:
        """Write a final checkpoint if entries were added since the last one, then close."""
        with self._lock:
            if self.size > self._checkpointed_size:
                self.checkpoint_now()
            self._connections.close()

    def _check_event(self, event: Event) -> None:
        if event.type not in ENTRY_TYPES:
            raise AuditLogError(f"{event.type!r} is not an audit entry type.",
                                f"Use one of: {', '.join(sorted(ENTRY_TYPES))}.")
        if event.text is not None and not isinstance(event.text, str):
            raise AuditLogError("The text of an audit entry must be a string.")

    def _write_batch(self, events: list[Event] | Callable[[int], list[Event]]) -> tuple[str | None, list[int]]:
        with self._transaction():
            self._sync_accumulator()
            start = self._accumulator.size
            batch = events(start) if callable(events) else events
            for offset, event in enumerate(batch):
                self._insert_entry(start + offset, event)
            crossed = start // self.checkpoint_interval != self._accumulator.size // self.checkpoint_interval
            note = self._write_checkpoint() if crossed else None
        return note, list(range(start, start + len(batch)))

    def _insert_entry(self, index: int, event: Event) -> None:
        record: dict[str, Any] = {"v": RECORD_VERSION, "index": index, "type": event.type, "time": utc_now(),
                                  "fields": dict(event.fields or {})}
        wrapped_key = None
        if event.text is not None:
            record["text_mac"] = text_mac(self._secret_key(MAC_KEY_SECRET), event.text)
            if self.privacy == "content":
                record["content"], wrapped_key = self._encrypt_text(index, event.text)
        body = canonical_json(record)
        leaf = leaf_hash(body)
        self.db.execute("INSERT INTO entries (idx, type, time, text_mac, body, leaf_hash) VALUES (?, ?, ?, ?, ?, ?)",
                        [index, event.type, record["time"], record.get("text_mac"), body, leaf])
        if wrapped_key is not None:
            self.db.execute("INSERT INTO entry_keys (entry_idx, wrapped_key) VALUES (?, ?)", [index, wrapped_key])
        self._accumulator.append(leaf)

    def _encrypt_text(self, index: int, text: str) -> tuple[dict[str, str], bytes]:
        entry_key = AESGCM.generate_key(bit_length=256)
        nonce = os.urandom(_NONCE_SIZE)
        ciphertext = AESGCM(entry_key).encrypt(nonce, unicodedata.normalize("NFC", text).encode(), _entry_aad(index))
        wrap_nonce = os.urandom(_NONCE_SIZE)
        wrapped = AESGCM(self._secret_key(CONTENT_KEY_SECRET)).encrypt(wrap_nonce, entry_key, _key_aad(index))
        return {"nonce": _b64(nonce), "ciphertext": _b64(ciphertext)}, wrap_nonce + wrapped

    def _write_checkpoint(self) -> str:
        size = self._accumulator.size
        checkpoint = Checkpoint(self.origin, size, self._accumulator.root(), utc_now())
        note = sign_checkpoint(checkpoint, self.device_key)
        self.db.execute("INSERT OR IGNORE INTO checkpoints (size, note, created) VALUES (?, ?, ?)",
                        [size, note, checkpoint.time])
        self._checkpointed_size = size
        return note

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        conn = self.db.conn
        with translate_sqlite_errors():
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                conn.execute("ROLLBACK")
                self._accumulator = MerkleAccumulator()
                raise
            conn.execute("COMMIT")

    # -- keys and the tree -----------------------------------------------------------------------

    def _secret_key(self, name: str) -> bytes:
        """A 256-bit key from the SecretStore, created at first use and cached (keyring calls are slow)."""
        key = self._keys.get(name) or self.secrets.get(name)
        if key is None:
            key = AESGCM.generate_key(bit_length=256)
            self.secrets.set(name, key)
        self._keys[name] = key
        return key

    def _stored_size(self) -> int:
        return self.db.execute("SELECT COALESCE(MAX(idx) + 1, 0) FROM entries").fetchone()[0]

    def _leaf_hashes(self) -> list[bytes]:
        return [row[0] for row in self.db.execute("SELECT leaf_hash FROM entries ORDER BY idx")]

    def _load_accumulator(self) -> MerkleAccumulator:
        return MerkleAccumulator(self._leaf_hashes())

    def _sync_accumulator(self) -> None:
        """Rebuild the in-memory tree when another process (or a rolled-back batch) changed the size."""
        if self._stored_size() != self._accumulator.size:
            self._accumulator = self._load_accumulator()

    def _latest_checkpoint_size(self) -> int:
        return self.db.execute("SELECT COALESCE(MAX(size), 0) FROM checkpoints").fetchone()[0]

    def _check_external_checkpoint(self) -> str | None:
        """A description of how the database disagrees with the checkpoint kept in the SecretStore, if it does."""
        stored = self.secrets.get(LATEST_CHECKPOINT_SECRET)
        if stored is None:
            return None
        try:
            checkpoint = open_checkpoint(stored.decode("utf-8"), self.device_key.public_key_bytes())
        except (CheckpointError, UnicodeDecodeError) as exc:
            return f"the checkpoint kept outside the database is not valid: {exc}"
        if checkpoint.size > self._accumulator.size:
            return (f"the database holds {self._accumulator.size} entries but the last signed checkpoint "
                    f"covered {checkpoint.size}: it was truncated or replaced")
        if root_of(self._leaf_hashes()[:checkpoint.size]) != checkpoint.root:
            return (f"the first {checkpoint.size} entries do not match the last signed checkpoint: "
                    "the database was replaced or rewritten")
        return None

    # -- reading ---------------------------------------------------------------------------------

    @property
    def size(self) -> int:
        """How many entries the log holds."""
        return self._stored_size()

    def public_key_bytes(self) -> bytes:
        return self.device_key.public_key_bytes()

    def latest_checkpoint(self) -> str | None:
        """The newest signed checkpoint note in the database."""
        row = self.db.execute("SELECT note FROM checkpoints ORDER BY size DESC LIMIT 1").fetchone()
        return row[0] if row else None

    def leaf_hashes(self) -> list[bytes]:
        """Every stored leaf hash, in order."""
        return self._leaf_hashes()

    def first_index_since(self, since: datetime) -> int | None:
        """The index of the first entry written at or after ``since``, or None when there is none."""
        row = self.db.execute("SELECT MIN(idx) FROM entries WHERE time >= ?", [_as_utc_text(since)]).fetchone()
        return row[0]

    def entries(self, start: int = 0, stop: int | None = None) -> Iterator[AuditEntry]:
        """Entries ``start`` up to (not including) ``stop``, in order."""
        query = ("SELECT e.idx, e.body, e.time, k.entry_idx IS NOT NULL FROM entries e "
                 "LEFT JOIN entry_keys k ON k.entry_idx = e.idx WHERE e.idx >= ?")
        params: list[Any] = [start]
        if stop is not None:
            query += " AND e.idx < ?"
            params.append(stop)
        for index, raw, time, has_key in self.db.execute(query + " ORDER BY e.idx", params):
            body = column_bytes(raw)
            record = _well_formed_record(body)
            if record is None:  # edited outside Hearth; `hearth audit verify` names it
                yield AuditEntry(index, UNREADABLE_ENTRY, str(time), {}, None, False, body)
            else:
                yield AuditEntry(index, record["type"], record["time"], record["fields"], record.get("text_mac"),
                                 bool(has_key), body)

    def was_seen(self, text: str) -> list[int]:
        """Indexes of the entries whose text was ``text`` (compared by keyed HMAC, never stored)."""
        key = self.secrets.get(MAC_KEY_SECRET)
        if key is None:
            return []
        rows = self.db.execute("SELECT idx FROM entries WHERE text_mac = ? ORDER BY idx", [text_mac(key, text)])
        return [row[0] for row in rows]

    def read_text(self, index: int) -> str | None:
        """The stored text of entry ``index`` in content mode; None when none was kept or it was purged."""
        row = self.db.execute("SELECT e.body, k.wrapped_key FROM entries e JOIN entry_keys k "
                              "ON k.entry_idx = e.idx WHERE e.idx = ?", [index]).fetchone()
        if row is None:
            return None
        content = json.loads(row[0]).get("content")
        if content is None:
            return None
        wrapped = bytes(row[1])
        try:
            entry_key = AESGCM(self._secret_key(CONTENT_KEY_SECRET)).decrypt(
                wrapped[:_NONCE_SIZE], wrapped[_NONCE_SIZE:], _key_aad(index))
            plain = AESGCM(entry_key).decrypt(base64.b64decode(content["nonce"]),
                                              base64.b64decode(content["ciphertext"]), _entry_aad(index))
        except InvalidTag as exc:
            raise AuditLogError(f"The stored text of audit entry {index} cannot be decrypted.",
                                "The content key in the keyring does not match this log.") from exc
        return plain.decode("utf-8")

    # -- retention -------------------------------------------------------------------------------

    def purge_content(self, before: datetime) -> int:
        """Crypto-shred the text of entries written before ``before``; log it when any was; return how many."""
        cutoff = _as_utc_text(before)
        with self._lock:
            with self._transaction():
                shredded = self.db.execute(
                    "DELETE FROM entry_keys WHERE entry_idx IN (SELECT idx FROM entries WHERE time < ?)",
                    [cutoff]).rowcount
            if shredded:
                self.append("retention_purge", {"what": "audit_text", "before": cutoff,
                                                "entries_shredded": shredded})
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        return shredded
