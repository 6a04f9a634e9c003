"""A review archive: one machine's audit material for central review (a school district, a community).

A zip with the JSONL export and its inclusion proofs (``audit.jsonl``), the
signed checkpoint it is checked against, the guardian's HTML report,
per-category counts with Laplace noise (``summary.json``), the device's public
key and a README saying how to check them (``hearth audit verify-export``).
Nothing in it holds prompt or answer text.
"""

from __future__ import annotations

import json
import os
import random
import tempfile
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from app.audit.export import export_jsonl, read_checkpoint_note
from app.audit.log import AuditLog
from app.audit.report import AuditReport, render_html, report_from_log
from app.core.errors import HearthError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.provenance.device_key import fingerprint_hex, group_fingerprint
from app.safety.taxonomy import CATEGORIES, CATEGORY_IDS

SUMMARY_FORMAT = "hearth-review-summary/1"
DEFAULT_REVIEW_DAYS = 30
DEFAULT_EPSILON = 1.0
ARCHIVE_FILES = ("README.txt", "checkpoint.txt", "audit.jsonl", "report.html", "summary.json",
                 "device-public-key.txt")


class ReviewArchiveError(HearthError):
    """A review archive cannot be written with the options given."""

    title = QT_TRANSLATE_NOOP("Errors", "The review archive cannot be written")


@dataclass(frozen=True)
class ReviewArchive:
    """What a review archive holds, for the command's one-line answer."""

    path: Path
    entries: int
    epsilon: float
    first_day: date
    last_day: date
    verified: bool
    problem: str | None


def default_since(now: datetime | None = None) -> datetime:
    return (now or datetime.now(timezone.utc)) - timedelta(days=DEFAULT_REVIEW_DAYS)


def summary_data(report: AuditReport, since: datetime) -> dict[str, Any]:
    """The noisy per-category counts with their ε and period: counts only, no text."""
    if report.summary is None:
        raise ValueError("the report has no noisy summary")
    return {"format": SUMMARY_FORMAT, "origin": report.origin, "generated": report.generated.isoformat(),
            "period": {"since": since.isoformat(), "first_day": report.first_day.isoformat(),
                       "last_day": report.last_day.isoformat()},
            "epsilon": report.summary.epsilon, "noise_scale": report.summary.scale,
            "flagged_per_category": dict(report.summary.counts), "log_verified": report.verification.ok}


def readme_text(origin: str, public_key: bytes, entries: int, epsilon: float) -> str:
    fingerprint = group_fingerprint(fingerprint_hex(public_key))
    return f"""Hearth review archive of the audit log {origin}
Device key fingerprint (SHA-256): {fingerprint}

audit.jsonl            {entries} audit entries with RFC 6962 inclusion proofs against a signed checkpoint
checkpoint.txt         that signed checkpoint note (the first line of audit.jsonl carries it too)
device-public-key.txt  the device's Ed25519 public key, in hex
report.html            the guardian's report: verification, charts, counts by kind and category
summary.json           blocked and warned events per category with Laplace noise, epsilon = {epsilon}

How to check it:
1. Compare the fingerprint above with the one you recorded for this device earlier
   (hearth provenance pubkey on the device shows it). A key you have not seen before proves nothing.
2. Run:  hearth audit verify-export audit.jsonl --pubkey device-public-key.txt
   It checks the checkpoint's signature, every entry's proof, and that no entry is missing.
3. Keep checkpoint.txt. A later export made on the device with 'hearth audit export --previous checkpoint.txt'
   carries a consistency proof, and 'hearth audit verify-export LATER.jsonl --pubkey device-public-key.txt
   --previous checkpoint.txt' then proves the log only grew since this archive: nothing in it was rewritten.

The counts in summary.json and the report's summary have random noise with scale 1/epsilon; do not read them as
exact. Nothing in this archive holds the text of a prompt or an answer.
"""


def write_review_archive(log: AuditLog, out: Path, since: datetime, epsilon: float = DEFAULT_EPSILON,
                         rng: random.Random | None = None) -> ReviewArchive:
    """Write the review archive for ``log`` since ``since`` to ``out`` atomically; audit ``review_exported``."""
    if not 0 < epsilon <= 10:
        raise ReviewArchiveError("The privacy parameter epsilon must be above 0 and at most 10.",
                         f"Give --epsilon between 0 and 10; {DEFAULT_EPSILON} is the usual choice.")
    first_day = since.astimezone().date()
    if first_day > datetime.now().astimezone().date():
        raise ReviewArchiveError(f"The review period cannot start in the future ({first_day}).", "Give an earlier --since.")
    with tempfile.TemporaryDirectory() as folder:
        export_path = Path(folder) / "audit.jsonl"
        entries = export_jsonl(log, export_path, since)
        report = report_from_log(log, CATEGORY_IDS, first_day, epsilon=epsilon, rng=rng)
        public_key = log.public_key_bytes()
        members: dict[str, bytes | Path] = {
            "README.txt": readme_text(log.origin, public_key, entries, epsilon).encode("utf-8"),
            "checkpoint.txt": read_checkpoint_note(export_path).encode("utf-8"),
            "audit.jsonl": export_path,
            "report.html": render_html(report, category_names={c.id: c.name for c in CATEGORIES}).encode("utf-8"),
            "summary.json": (json.dumps(summary_data(report, since), indent=2, sort_keys=True) + "\n").encode(),
            "device-public-key.txt": (public_key.hex() + "\n").encode("ascii"),
        }
        write_zip_atomically(out, members)
    log.append("review_exported", {"file": out.name, "entries": entries, "epsilon": epsilon,
                                   "since": since.isoformat(), "log_verified": report.verification.ok})
    problem = report.verification.problems[0] if report.verification.problems else None
    return ReviewArchive(out, entries, epsilon, report.first_day, report.last_day, report.verification.ok, problem)


def write_zip_atomically(out: Path, members: Mapping[str, bytes | Path]) -> None:
    """A zip of ``members`` (bytes, or a file to copy in) at ``out``, through ``<name>.partial`` and a rename."""
    out.parent.mkdir(parents=True, exist_ok=True)
    temporary = out.with_name(out.name + ".partial")
    try:
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, content in members.items():
                if isinstance(content, Path):
                    archive.write(content, name)
                else:
                    archive.writestr(name, content)
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, out)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
