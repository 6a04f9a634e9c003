"""``hearth verify`` and ``hearth provenance …``: check where a text came from, offline.

    hearth verify answer.txt answer.txt.intoto.json [--pubkey other-device.pem]
    hearth verify chat.md chat.intoto.jsonl          every answer of an exported conversation
    hearth verify answer.txt                         look the text up on this device
    hearth provenance pubkey [--format pem|hex|base64] [--output FILE]
    hearth provenance detect FILE [--model GGUF]     the watermark test alone

``verify`` exits 0 when the text (every answer, for a bundle) is valid, 3
when it is not (altered text, bad signature, unknown key, malformed, or no
record), 1 on an error and 2 for a malformed command line. ``detect`` exits
0 when it finds the watermark, 3 when not, and 1 when it cannot tell.
Nothing here writes to the audit log or the chat store.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.paths import AppPaths

if TYPE_CHECKING:
    from app.core.secrets import SecretStore
    from app.provenance.checker import ProvenanceCheck, ProvenanceChecker
    from app.provenance.device_key import DeviceKey

EXIT_NOT_VALID = 3
VERDICT_WORDS = {"valid": "VALID", "altered_text": "ALTERED TEXT", "bad_signature": "BAD SIGNATURE",
                 "unknown_key": "UNKNOWN KEY", "malformed": "MALFORMED"}


def add_verify_parser(subparsers: Any) -> None:
    verify = subparsers.add_parser("verify", help="check a text against its signed provenance statement")
    verify.add_argument("text", type=Path, help="the text file (or a Markdown/HTML conversation export)")
    verify.add_argument("envelope", type=Path, nargs="?",
                        help="its .intoto.json envelope, or the export's .intoto.jsonl bundle "
                             "(left out: look the text up on this device)")
    verify.add_argument("--pubkey", type=Path, action="append", default=[],
                        help="trust this public key too (PEM, hex or base64; may be repeated)")
    verify.add_argument("--json", action="store_true", help="print the result as JSON")
    verify.add_argument("--no-watermark", action="store_true", help="skip the watermark test")


def add_provenance_parser(subparsers: Any) -> None:
    provenance = subparsers.add_parser("provenance", help="this device's signing key and the answer watermark")
    commands = provenance.add_subparsers(dest="provenance_command", metavar="{pubkey,detect}")
    commands.required = True
    pubkey = commands.add_parser("pubkey", help="print (or save) this device's public signing key")
    pubkey.add_argument("--format", choices=["pem", "hex", "base64"], default="pem")
    pubkey.add_argument("--output", type=Path, help="write the key to this file instead of printing it")
    detect = commands.add_parser("detect", help="test a text for this device's answer watermark")
    detect.add_argument("file", type=Path, help="the text file")
    detect.add_argument("--model", type=Path, help="the model whose vocabulary to read the text with "
                                                   "(default: the active model)")
    detect.add_argument("--json", action="store_true", help="print the result as JSON")


def run_verify(args: argparse.Namespace, paths: AppPaths | None = None) -> int:
    from app.core.errors import HearthError
    from app.provenance.device_key import fingerprint_hex, read_public_key
    from app.provenance.export import answers_in_export

    try:
        text = _read(args.text)
        extra = {}
        for key_file in args.pubkey:
            try:
                raw = read_public_key(_read(key_file))
            except ValueError as exc:
                raise HearthError(f"{key_file} is not a public key: {exc}.") from exc
            extra[fingerprint_hex(raw)] = raw
        envelope = _read(args.envelope) if args.envelope else None
        with _checker(paths) as checker:
            if envelope is not None and answers_in_export(text):
                return _verify_bundle(text, envelope, checker.trusted_keys(extra), args.json)
            if envelope is not None and len([line for line in envelope.splitlines() if line.startswith("{")]) > 1:
                raise HearthError(f"{args.envelope} is a bundle of several provenance records.",
                                  "Give the exported conversation it belongs to (Markdown or HTML) as the text.")
            check = checker.check(text, envelope, extra, watermark=not args.no_watermark)
            if _altered_only_by_final_newline(check, text):
                # Editors end a saved file with a line break; the answer itself did not have one.
                check = checker.check(text.rstrip("\r\n"), envelope, extra, watermark=not args.no_watermark)
    except HearthError as exc:
        print(f"hearth verify: {exc.user_text()}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(check.to_data(), indent=2, ensure_ascii=False))
    else:
        print(describe(check))
    return 0 if check.report is not None and check.report.verdict.value == "valid" else EXIT_NOT_VALID


def _altered_only_by_final_newline(check: ProvenanceCheck, text: str) -> bool:
    from app.provenance.statement import text_digest

    stripped = text.rstrip("\r\n")
    if stripped == text:
        return False
    if check.report is None:
        return bool(check.envelope_source == "none")
    return check.report.verdict.value == "altered_text" and check.report.subject_sha256 == text_digest(stripped)


def describe(check: ProvenanceCheck) -> str:
    """The check as a few plain lines for a terminal."""
    lines = []
    report = check.report
    if report is None:
        lines.append("NO RECORD  No envelope was given, and this device has no record of this text.")
    else:
        where = " (found on this device)" if check.envelope_source == "this_device" else ""
        lines.append(f"{VERDICT_WORDS[report.verdict.value]}{where}" + (f"  {report.problem}" if report.problem
                                                                         else ""))
        lines += _predicate_lines(report.predicate, trusted=report.verdict.value in ("valid", "altered_text"))
    lines.append(f"Text SHA-256 (NFC): {check.text_sha256}")
    if check.made_here:
        ids = ", ".join(f"#{m.id} in conversation {m.conversation_id}" for m in check.made_here)
        lines.append(f"Made on this device: yes ({ids})")
    else:
        lines.append("Made on this device: no record (it may have been deleted, or made elsewhere)")
    lines.append(_watermark_line(check))
    return "\n".join(lines)


def _model_line(model: dict[str, Any]) -> str:
    if not model:
        return "  model: none (nothing was generated)"
    server = model.get("server")
    if isinstance(server, dict):
        return (f"  model: {model.get('name', '?')} on the inference server {server.get('url', '?')} "
                f"(weights not hashed on this device)")
    return f"  model: {model.get('name', 'none')} {model.get('quantization') or ''} " \
           f"sha256 {str(model.get('sha256', ''))[:16]}…"


def _predicate_lines(predicate: dict[str, Any], trusted: bool) -> list[str]:
    if not predicate:
        return []
    caution = "" if trusted else "  (unverified claims)"
    model = predicate.get("model") or {}
    profile = predicate.get("safetyProfile") or {}
    audit = predicate.get("audit") or {}
    when = (predicate.get("time") or {}).get("finished", "?")
    lines = [f"Statement{caution}:",
             f"  status: {predicate.get('status', '?')}, finished {when}",
             _model_line(model),
             f"  safety profile: {profile.get('name', '?')} ({profile.get('id', '?')}), "
             f"hash {str(profile.get('hash', ''))[:16]}…"]
    if audit:
        lines.append(f"  audit log entry: #{audit.get('index')} in {audit.get('log')}")
    mark = predicate.get("watermark")
    if mark:
        lines.append(f"  watermark: key {mark.get('keyId')}, gamma {mark.get('gamma')}, delta {mark.get('delta')}")
    return lines


def _watermark_line(check: ProvenanceCheck) -> str:
    found = check.watermark
    if found is None or found.verdict == "too_short":
        return f"Watermark: no verdict. {check.watermark_problem}".rstrip()
    words = "present" if found.verdict == "watermarked" else "not found"
    return (f"Watermark: {words} (z = {found.z:.2f}, p = {found.p_value:.2g}, {found.scored} tokens scored, "
            f"{found.green} green)")


def _verify_bundle(export_text: str, bundle_text: str, trusted: dict[str, bytes], as_json: bool) -> int:
    from app.provenance.export import verify_bundle

    entries = verify_bundle(export_text, bundle_text, trusted)
    ok = bool(entries) and all(e.report is not None and e.report.verdict.value == "valid" for e in entries)
    if as_json:
        print(json.dumps([{"line": e.line, "message": e.message_id, "problem": e.problem,
                           "signature": e.report.to_data() if e.report else None} for e in entries], indent=2))
    else:
        for entry in entries:
            verdict = VERDICT_WORDS[entry.report.verdict.value] if entry.report else "NOT CHECKED"
            problem = entry.problem or (entry.report.problem if entry.report else "")
            print(f"answer #{entry.message_id} (line {entry.line}): {verdict}" + (f"  {problem}" if problem else ""))
        print(f"{sum(1 for e in entries if e.report and e.report.verdict.value == 'valid')} of {len(entries)} "
              "answers valid" if entries else "The bundle holds no envelopes.")
    return 0 if ok else EXIT_NOT_VALID


def run_provenance(args: argparse.Namespace, paths: AppPaths | None = None) -> int:
    from app.core.errors import HearthError

    try:
        if args.provenance_command == "pubkey":
            return _pubkey(args, paths)
        return _detect(args, paths)
    except HearthError as exc:
        print(f"hearth provenance: {exc.user_text()}", file=sys.stderr)
        return 1


def _pubkey(args: argparse.Namespace, paths: AppPaths | None) -> int:
    import base64

    from app.core.paths import app_paths
    from app.core.secrets import SecretStore
    from app.provenance.device_key import group_fingerprint, public_key_pem

    paths = (paths or app_paths()).ensure()
    key, created = _device_key(paths, SecretStore.for_paths(paths))
    raw = key.public_key_bytes()
    text = {"pem": public_key_pem(raw), "hex": raw.hex() + "\n",
            "base64": base64.b64encode(raw).decode("ascii") + "\n"}[args.format]
    if args.output:
        _write(args.output, text)
        print(f"Wrote this device's public key to {args.output}.", file=sys.stderr)
    else:
        sys.stdout.write(text)
    note = " (just created)" if created else ""
    print(f"Fingerprint{note}: {group_fingerprint(key.fingerprint_hex())}", file=sys.stderr)
    return 0


def _detect(args: argparse.Namespace, paths: AppPaths | None) -> int:
    text = _read(args.file)
    with _checker(paths, args.model) as checker:
        check = checker.check(text)
    found = check.watermark
    if args.json:
        print(json.dumps({"watermark": found.to_data() if found else None, "problem": check.watermark_problem,
                          "model_file": check.model_file}, indent=2))
    else:
        print(_watermark_line(check))
    if found is None or found.verdict == "too_short":
        return 1
    return 0 if found.verdict == "watermarked" else EXIT_NOT_VALID


@contextmanager
def _checker(paths: AppPaths | None, model: Path | None = None) -> Iterator[ProvenanceChecker]:
    """A ProvenanceChecker over this device's store and keys; the engine process starts only to tokenise."""
    from app.chat.store import ChatStore
    from app.core.config import AppConfig
    from app.core.paths import app_paths
    from app.core.secrets import SecretStore
    from app.engine.client import EngineProcess
    from app.models.files import bundled_model_path
    from app.provenance.checker import ProvenanceChecker

    paths = (paths or app_paths()).ensure()
    secrets = SecretStore.for_paths(paths)
    config = AppConfig.load(paths.config_file)
    key, _ = _device_key(paths, secrets)

    def models() -> list[Path]:
        active = Path(config.model_path) if config.model_path else bundled_model_path()
        return [model] if model else [active, *sorted(paths.models_dir.glob("*.gguf"))]

    store = ChatStore(paths.chat_db)
    engine = EngineProcess()
    try:
        yield ProvenanceChecker(store, key, secrets, engine.tokenize, models)
    finally:
        engine.shutdown()
        store.close()


def _device_key(paths: AppPaths, secrets: SecretStore) -> tuple[DeviceKey, bool]:
    """This device's signing key; a new one is made through the audit log, which records its creation."""
    from app.audit.log import AUDIT_DB_NAME, AuditLog
    from app.provenance.device_key import DeviceKey

    key = DeviceKey.load(secrets)
    if key is not None:
        return key, False
    log = AuditLog(paths.data_dir / AUDIT_DB_NAME, secrets)
    log.close()
    return log.device_key, True


def _read(path: Path) -> str:
    from app.core.errors import HearthError

    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise HearthError(f"{path} does not exist.") from exc
    except UnicodeDecodeError as exc:
        raise HearthError(f"{path} is not UTF-8 text.") from exc
    except OSError as exc:
        raise HearthError(f"{path} could not be read: {exc.strerror or exc}.") from exc


def _write(path: Path, text: str) -> None:
    from app.core.errors import HearthError

    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise HearthError(f"{path} could not be written: {exc.strerror or exc}.") from exc
