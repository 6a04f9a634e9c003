"""Exported audit entries carry a signed checkpoint and inclusion proofs that check without the database."""

from __future__ import annotations

import json
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from app.audit.export import export_jsonl, verify_export
from app.audit.log import AuditLog
from app.core.secrets import SecretStore
from app.provenance.device_key import DeviceKey
from audit_fixtures import audit_log, audit_path, fill  # noqa: F401 - fixtures
from keyring_memory import memory_keyring, secret_store  # noqa: F401 - fixtures

LONG_AGO = datetime(2000, 1, 1, tzinfo=timezone.utc)


def exported(audit_log: AuditLog, tmp_path: Path, since: datetime = LONG_AGO) -> Path:
    out = tmp_path / "export.jsonl"
    export_jsonl(audit_log, out, since)
    return out


def test_export_round_trips_without_the_database(audit_log: AuditLog, tmp_path: Path) -> None:
    fill(audit_log, 29)
    out = exported(audit_log, tmp_path)
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert lines[0]["kind"] == "checkpoint" and lines[0]["public_key"] == audit_log.public_key_bytes().hex()
    assert [line["index"] for line in lines[1:]] == list(range(31))
    assert lines[-1]["entry"]["type"] == "export"
    public_key = audit_log.public_key_bytes()
    audit_log.db.conn.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{audit_log.path}{suffix}").unlink(missing_ok=True)
    report = verify_export(out, public_key)
    assert report.ok, report.problems
    assert report.entries == 31 and report.latest_checkpoint_size == 31


def test_export_since_a_date_starts_at_the_first_entry_written_then(audit_log: AuditLog, tmp_path: Path) -> None:
    fill(audit_log, 5)
    out = exported(audit_log, tmp_path, since=datetime.now(timezone.utc) + timedelta(days=1))
    assert len(out.read_text().splitlines()) == 1
    assert verify_export(out, audit_log.public_key_bytes()).ok
    time.sleep(0.01)
    out = exported(audit_log, tmp_path, since=datetime.now(timezone.utc))
    indexes = [json.loads(line)["index"] for line in out.read_text().splitlines()[1:]]
    assert indexes == [7]
    assert verify_export(out, audit_log.public_key_bytes()).ok


def test_an_edited_export_line_is_named(audit_log: AuditLog, tmp_path: Path) -> None:
    fill(audit_log, 20)
    out = exported(audit_log, tmp_path)
    lines = out.read_text().splitlines()
    lines[8] = lines[8].replace('"block"', '"allow"')
    out.write_text("\n".join(lines) + "\n")
    report = verify_export(out, audit_log.public_key_bytes())
    assert not report.ok and report.first_bad_index == 7
    assert report.problems[0].startswith("line 9: entry 7 does not match the signed checkpoint")


def test_a_removed_export_line_is_named(audit_log: AuditLog, tmp_path: Path) -> None:
    fill(audit_log, 20)
    out = exported(audit_log, tmp_path)
    lines = out.read_text().splitlines()
    del lines[5]
    out.write_text("\n".join(lines) + "\n")
    report = verify_export(out, audit_log.public_key_bytes())
    assert not report.ok and report.first_bad_index == 4
    assert "entry 5 follows entry 3" in report.problems[0]
    del lines[-1]
    out.write_text("\n".join(lines) + "\n")
    assert "were left out" in verify_export(out, audit_log.public_key_bytes()).problems[-1]


def test_an_export_checked_with_another_key_fails(audit_log: AuditLog, tmp_path: Path) -> None:
    fill(audit_log, 3)
    out = exported(audit_log, tmp_path)
    other = DeviceKey.create(SecretStore(tmp_path / "other.json")).public_key_bytes()
    report = verify_export(out, other)
    assert not report.ok and report.problems[0].startswith("line 1: the checkpoint cannot be trusted")
    assert not verify_export(tmp_path / "missing.jsonl", other).ok
