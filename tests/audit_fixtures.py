"""Fixtures and helpers shared by the audit tests: a log on the in-memory keyring, and raw tampering."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.audit.log import AuditLog
from app.audit.verify import VerifyReport, verify_log
from app.core.secrets import SecretStore

CHECKPOINT_EVERY = 8


@pytest.fixture
def audit_path(hearth_home: Path) -> Path:
    return hearth_home / "data" / "audit.db"


@pytest.fixture
def audit_log(audit_path: Path, secret_store: SecretStore) -> Iterator[AuditLog]:
    """An open metadata-mode log that checkpoints every 8 entries."""
    log = AuditLog(audit_path, secret_store, checkpoint_interval=CHECKPOINT_EVERY)
    yield log
    log.db.conn.close()


def fill(log: AuditLog, count: int) -> None:
    """Append ``count`` screening verdicts, one per transaction."""
    for number in range(count):
        log.append("screening_verdict", {"category": "S1", "action": "block", "score": number / 100})


def verify(log: AuditLog) -> VerifyReport:
    return verify_log(log.path, log.secrets, log.public_key_bytes())


def raw_connection(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection with the append-only triggers dropped, as an attacker would."""
    conn = sqlite3.connect(path, isolation_level=None)
    for trigger in ("entries_refuse_update", "entries_refuse_delete", "checkpoints_refuse_update",
                    "checkpoints_refuse_delete"):
        conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    return conn
