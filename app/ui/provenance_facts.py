"""A provenance check in words: the verdict line and the facts beneath it, as the Verify dialog shows them.

:func:`summarise` turns a :class:`~app.provenance.checker.ProvenanceCheck`
into a :class:`Summary`: the verdict ("Valid", "Altered text", "Bad
signature", "Unknown key", "Malformed" or "No provenance record"), a sentence
saying what it means, a tone for its colour, and labelled facts: who signed
the record, what it says about the model, the safety profile, the status,
the time and the audit entry, whether this device wrote the text, and the
watermark test. The record's claims are only trustworthy when a trusted key
signed it (valid, or altered text: the record is genuine, the text is not);
otherwise :attr:`Summary.claims_trusted` is False and the dialog says so.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from app.provenance.checker import EnvelopeSource, ProvenanceCheck
from app.provenance.device_key import group_fingerprint
from app.provenance.verify import ProvenanceVerdict

NO_RECORD = "no_record"
GOOD, CAUTION, BAD = "good", "caution", "bad"
SHORT_FINGERPRINT_GROUPS = 4


def _t(text: str) -> str:
    return QCoreApplication.translate("ProvenanceFacts", text)


@dataclass(frozen=True)
class Fact:
    key: str  # stable name for tests: record, signed_by, model, profile, status, written, audit, made_here, watermark
    label: str
    value: str


@dataclass(frozen=True)
class Summary:
    verdict: str  # a ProvenanceVerdict value, or NO_RECORD
    headline: str
    explanation: str
    tone: str  # GOOD, CAUTION or BAD
    claims_trusted: bool  # whether the record's facts come from a record a trusted key signed
    facts: list[Fact] = field(default_factory=list)

    def fact(self, key: str) -> Fact | None:
        return next((f for f in self.facts if f.key == key), None)


def short_fingerprint(hex_digest: str) -> str:
    """The first groups of a fingerprint, enough to recognise it: ``'ab12 cd34 ef56 7890 …'``."""
    groups = group_fingerprint(hex_digest).split(" ")
    return " ".join(groups[:SHORT_FINGERPRINT_GROUPS]) + (" …" if len(groups) > SHORT_FINGERPRINT_GROUPS else "")


def summarise(check: ProvenanceCheck, own_keyid: str, audit_origin: str) -> Summary:
    """Everything the dialog shows about ``check`` (own_keyid: this device's key fingerprint in hex)."""
    report = check.report
    if report is None:
        verdict, tone = NO_RECORD, CAUTION
        headline = _t("No provenance record")
        explanation = _t("This device has no record of this text, and no provenance record was given. It was not "
                         "written here, or it was changed after it was written.")
        trusted = False
    else:
        verdict = report.verdict.value
        headline, explanation, tone = _verdict_words(report.verdict, report.problem, report.keyid == own_keyid)
        trusted = report.verdict in (ProvenanceVerdict.VALID, ProvenanceVerdict.ALTERED_TEXT)
    facts = [Fact("record", _t("Record"), _record_text(check))]
    if report is not None and report.verdict is not ProvenanceVerdict.MALFORMED:
        facts.append(Fact("signed_by", _t("Signed by"), _signer_text(report.keyid, report.signer_keyids, own_keyid)))
        facts += _predicate_facts(report.predicate, audit_origin)
    facts.append(Fact("made_here", _t("Made on this device"), _made_here_text(check)))
    facts.append(Fact("watermark", _t("Watermark"), watermark_text(check)))
    return Summary(verdict, headline, explanation, tone, trusted, facts)


def _verdict_words(verdict: ProvenanceVerdict, problem: str, own_key: bool) -> tuple[str, str, str]:
    if verdict is ProvenanceVerdict.VALID:
        who = _t("this device") if own_key else _t("a key you trust")
        return _t("Valid"), _t("Signed by %1, and the text is exactly the one that was signed.").replace(
            "%1", who), GOOD
    words = {
        ProvenanceVerdict.ALTERED_TEXT: (_t("Altered text"), BAD),
        ProvenanceVerdict.BAD_SIGNATURE: (_t("Bad signature"), BAD),
        ProvenanceVerdict.UNKNOWN_KEY: (_t("Unknown key"), CAUTION),
        ProvenanceVerdict.MALFORMED: (_t("Malformed"), BAD),
    }
    headline, tone = words[verdict]
    return headline, problem, tone


def _record_text(check: ProvenanceCheck) -> str:
    if check.envelope_source == EnvelopeSource.GIVEN:
        return _t("The provenance record you gave")
    if check.envelope_source == EnvelopeSource.THIS_DEVICE:
        return _t("Found on this device by the text's fingerprint (SHA-256)")
    return _t("None")


def _signer_text(keyid: str | None, signer_keyids: tuple[str, ...], own_keyid: str) -> str:
    if keyid == own_keyid:
        return _t("This device (%1)").replace("%1", short_fingerprint(own_keyid))
    if keyid:
        return _t("A key you trust (%1)").replace("%1", short_fingerprint(keyid))
    named = [k for k in signer_keyids if k]
    if not named:
        return _t("An unnamed key that is not this device's and not one you trust")
    return _t("An unknown key (%1): not this device's, and not one you trust").replace(
        "%1", short_fingerprint(named[0]))


def _predicate_facts(predicate: Mapping[str, Any], audit_origin: str) -> list[Fact]:
    facts = [Fact("model", _t("Model"), _model_text(predicate.get("model")))]
    profile = predicate.get("safetyProfile")
    if isinstance(profile, Mapping) and (profile.get("name") or profile.get("id")):
        facts.append(Fact("profile", _t("Safety profile"), str(profile.get("name") or profile.get("id"))))
    status = predicate.get("status")
    if isinstance(status, str):
        facts.append(Fact("status", _t("Status"), status_text(status)))
    times = predicate.get("time")
    if isinstance(times, Mapping) and times.get("finished"):
        facts.append(Fact("written", _t("Written"), local_time(str(times["finished"]))))
    audit = predicate.get("audit")
    if isinstance(audit, Mapping) and audit.get("index") is not None:
        facts.append(Fact("audit", _t("Audit entry"), _audit_text(audit, audit_origin)))
    return facts


def _model_text(model: object) -> str:
    if not isinstance(model, Mapping):
        return _t("None: the message was blocked before a model ran")
    name = str(model.get("name") or model.get("file") or _t("unnamed model"))
    server = model.get("server")
    if isinstance(server, Mapping):
        return _t("{name} on the inference server {url} (its weights were not hashed on this device)").format(
            name=name, url=server.get("url", "?"))
    quantization = model.get("quantization")
    return f"{name} · {quantization}" if quantization else name


def status_text(status: str) -> str:
    words = {"complete": _t("Complete"), "cancelled": _t("Stopped before it finished"),
             "interrupted": _t("Interrupted (the engine stopped)"), "blocked": _t("Blocked by the safety profile"),
             "error": _t("Withheld after an error")}
    return words.get(status, status)


def local_time(iso: str) -> str:
    """An ISO 8601 time in this computer's time zone and the user's locale (the text itself when unreadable)."""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if moment.tzinfo is None:
        return iso
    shown = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000))
    locale = QLocale()
    return _t("%1 at %2").replace("%1", locale.toString(shown.date(), QLocale.FormatType.LongFormat)) \
        .replace("%2", locale.toString(shown.time(), QLocale.FormatType.ShortFormat))


def _audit_text(audit: Mapping[str, Any], audit_origin: str) -> str:
    index = str(audit.get("index"))
    if audit.get("log") == audit_origin:
        return _t("Entry %1 of this device's audit log").replace("%1", index)
    return _t("Entry %1 of the audit log “%2”").replace("%1", index).replace("%2", str(audit.get("log", "")))


def _made_here_text(check: ProvenanceCheck) -> str:
    count = len(check.made_here)
    if count == 0:
        return _t("No: none of this device's answers has exactly this text")
    if count == 1:
        return _t("Yes: one answer on this device has exactly this text")
    return _t("Yes: %1 answers on this device have exactly this text (the latest %2)").replace(
        "%1", str(count)).replace("%2", local_time(check.made_here[-1].created_at))


def p_value_text(p: float) -> str:
    return f"{p:.1e}" if p < 0.001 else f"{p:.3f}"


def watermark_text(check: ProvenanceCheck) -> str:
    """The watermark test's outcome (z, p-value, tokens scored, verdict), or why there is none."""
    found = check.watermark
    if found is None:
        return check.watermark_problem or _t("Not tested")
    if found.verdict == "too_short":  # z and p mean little this short
        return _t("Too short to tell. %1").replace("%1", check.watermark_problem).strip()
    numbers = _t("z = %1, p = %2, %3 tokens scored").replace("%1", f"{found.z:.2f}") \
        .replace("%2", p_value_text(found.p_value)).replace("%3", str(found.scored))
    if found.verdict == "watermarked":
        return _t("Watermarked with this device's key (%1)").replace("%1", numbers)
    return _t("No watermark from this device's key (%1)").replace("%1", numbers)
