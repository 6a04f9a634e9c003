"""``hearth policy …`` and ``hearth guardian …``: the machine-wide policy and the guardian's lock from a terminal.

    hearth policy check FILE [--pubkey KEY]     say exactly what is wrong (field and line), or that it is valid
    hearth policy show                          the settings in force and which layer decided each
    hearth policy keygen PRIVATE PUBLIC         a key pair for signing policies (pin PUBLIC beside the policy)
    hearth policy sign FILE --key PRIVATE       write FILE.sig
    hearth policy export-bundle --key PRIVATE --out FILE [--policy FILE]
                                                the policy in force here, signed, to carry to other machines
    hearth policy import-bundle FILE [--dry-run]
                                                verify a bundle against the pinned key, show what changes, install
    hearth policy review-archive --out FILE.zip [--since DATE] [--epsilon E]
                                                the audit export, checkpoint, report and noisy counts, for review

    hearth guardian status
    hearth guardian setup                       create the passphrase, lock a profile (asks on the terminal)
    hearth guardian lock-profile PROFILE
    hearth guardian hours [--clear | --daily-minutes N] [DAY=HH:MM-HH:MM …]
    hearth guardian allow-model FILE | --server URL --model ID | --any
    hearth guardian kiosk on|off
    hearth guardian audit metadata|content      keep only what happened (default), or the text too (encrypted)
    hearth guardian watermark on|off
    hearth guardian grant MINUTES
    hearth guardian remove

Every guardian command asks for the passphrase (each command is a fresh
start, so Hearth is locked); without a terminal to ask on it refuses. Exit
status 0 on success, 1 with a reason, 4 when the lock refused.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from app.core.errors import HearthError
from app.core.paths import AppPaths, app_paths

EXIT_LOCKED = 4


def add_policy_parser(subparsers: Any) -> None:
    policy = subparsers.add_parser("policy", help="check, sign and show the machine-wide policy")
    commands = policy.add_subparsers(
        dest="policy_command", metavar="{check,show,keygen,sign,export-bundle,import-bundle,review-archive}")
    commands.required = True
    check = commands.add_parser("check", help="validate a policy file (and its signature) and explain any error")
    check.add_argument("file", type=Path)
    check.add_argument("--pubkey", type=Path, help="the pinned public key (default: the one beside the file)")
    commands.add_parser("show", help="the settings in force and which layer decided each")
    keygen = commands.add_parser("keygen", help="make an Ed25519 key pair for signing policy files")
    keygen.add_argument("private", type=Path)
    keygen.add_argument("public", type=Path)
    sign = commands.add_parser("sign", help="sign a policy file (writes FILE.sig)")
    sign.add_argument("file", type=Path)
    sign.add_argument("--key", type=Path, required=True, help="the private key from 'hearth policy keygen'")
    _add_fleet_parsers(commands)


def _add_fleet_parsers(commands: Any) -> None:
    from app.audit.cli import parse_since

    export = commands.add_parser("export-bundle", help="sign the policy in force here into a bundle for other "
                                                       "machines")
    export.add_argument("--key", type=Path, required=True, help="the private key from 'hearth policy keygen'")
    export.add_argument("--out", type=Path, required=True, help="the bundle file to write")
    export.add_argument("--policy", type=Path, help="export this policy file instead of the one in force here")
    bundle = commands.add_parser("import-bundle", help="verify a policy bundle against the pinned key and install "
                                                       "it (needs administrator rights)")
    bundle.add_argument("file", type=Path)
    bundle.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    review = commands.add_parser("review-archive", help="a zip of the audit export, a signed checkpoint, the "
                                                        "report and noisy counts, for central review")
    review.add_argument("--out", type=Path, required=True, help="the zip file to write")
    review.add_argument("--since", type=parse_since, help="first date to include (default: 30 days ago)")
    review.add_argument("--epsilon", type=float, default=1.0, help="privacy of the noisy counts (default: 1)")


def add_guardian_parser(subparsers: Any) -> None:
    guardian = subparsers.add_parser("guardian", help="set up and manage the guardian's lock")
    commands = guardian.add_subparsers(dest="guardian_command")
    commands.required = True
    commands.add_parser("status", help="whether a guardian is set up and what is locked")
    setup = commands.add_parser("setup", help="create the guardian passphrase and lock a profile")
    setup.add_argument("--profile", default="child", help="the profile to lock (default: child)")
    lock = commands.add_parser("lock-profile", help="lock another profile")
    lock.add_argument("profile")
    hours = commands.add_parser("hours", help="set allowed hours per weekday and a daily budget")
    hours.add_argument("windows", nargs="*", help="e.g. mon=07:00-20:00 sat=09:00-21:00 (days left out are closed)")
    hours.add_argument("--daily-minutes", type=int)
    hours.add_argument("--clear", action="store_true", help="remove the time rules")
    allow = commands.add_parser("allow-model", help="add a model file (or an inference server's model) to the "
                                                    "allowlist")
    allow_choice = allow.add_mutually_exclusive_group(required=True)
    allow_choice.add_argument("file", type=Path, nargs="?")
    allow_choice.add_argument("--server", metavar="URL", help="approve a model on this inference server "
                                                              "(with --model)")
    allow_choice.add_argument("--any", action="store_true", help="remove the allowlist (any model)")
    allow.add_argument("--model", default="", help="the server's model id (with --server)")
    kiosk = commands.add_parser("kiosk", help="turn kiosk mode on or off")
    kiosk.add_argument("state", choices=["on", "off"])
    audit = commands.add_parser("audit", help="what the audit log keeps: metadata only, or the text too")
    audit.add_argument("mode", choices=["metadata", "content"])
    watermark = commands.add_parser("watermark", help="watermark answers (provenance) or not")
    watermark.add_argument("state", choices=["on", "off"])
    grant = commands.add_parser("grant", help="give extra minutes for today")
    grant.add_argument("minutes", type=int)
    commands.add_parser("remove", help="remove the guardian and everything they locked")


def run_policy(args: argparse.Namespace, paths: AppPaths | None = None) -> int:
    from app.governance.policy_file import (check_policy_file, generate_signing_key, is_administered,
                                            not_administered_note, sign_policy_file)

    try:
        if args.policy_command == "check":
            policy, signer = check_policy_file(args.file, args.pubkey)
            how = f"signed by the key {signer}" if signer else "not signed (no pinned key to check against)"
            print(f"{args.file} is a valid policy, {how}.")
            for line in _describe_policy(policy):
                print(f"  {line}")
            if not is_administered(args.file):
                print(f"Note: {not_administered_note(args.file)}")
            return 0
        if args.policy_command == "keygen":
            fingerprint = generate_signing_key(args.private, args.public)
            print(f"Wrote {args.private} (keep it secret) and {args.public} (fingerprint {fingerprint}).\n"
                  f"Pin the public key as policy-signing-key.pub beside policy.toml.")
            return 0
        if args.policy_command == "sign":
            print(f"Wrote {sign_policy_file(args.file, args.key)}.")
            return 0
        if args.policy_command in _FLEET_COMMANDS:
            return _FLEET_COMMANDS[args.policy_command](args, paths or app_paths())
        return _show(paths or app_paths())
    except FileExistsError as exc:
        print(f"hearth policy: {exc.filename} already exists; not overwriting a key.", file=sys.stderr)
        return 1
    except HearthError as exc:
        print(f"hearth policy: {exc.user_text()}", file=sys.stderr)
        return 1
    except PermissionError as exc:
        print(f"hearth policy: {exc.filename or 'a file'} may not be written or read by this user; run it as an "
              "administrator.", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"hearth policy: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1


def _open_audit(paths: AppPaths) -> Any:
    """This installation's audit log (as open_services opens it)."""
    from app.audit.log import AUDIT_DB_NAME, AuditLog
    from app.core.secrets import SecretStore

    paths.ensure()
    return AuditLog(paths.data_dir / AUDIT_DB_NAME, SecretStore.for_paths(paths))


def _export_bundle(args: argparse.Namespace, paths: AppPaths) -> int:
    from app.governance.fleet import export_bundle, policy_in_force

    policy_path = args.policy or policy_in_force(paths)
    audit = _open_audit(paths)
    try:
        bundle = export_bundle(policy_path, args.key, args.out, audit.origin)
        audit.append("export", {"what": "policy_bundle", "file": args.out.name, "policy_sha256": bundle.policy_sha256,
                                "signer": bundle.signer})
    finally:
        audit.close()
    print(f"Wrote {args.out}: the policy {policy_path} ({bundle.policy_sha256[:12]}), signed by the key "
          f"{bundle.signer_grouped}.\nA computer with that key pinned installs it with "
          f"'hearth policy import-bundle {args.out.name}'.")
    return 0


def _import_bundle(args: argparse.Namespace, paths: AppPaths) -> int:
    from app.governance.fleet import import_bundle, machine_policy_locations, plan_import

    if args.dry_run:
        plan = plan_import(args.file, machine_policy_locations(paths))
    else:
        audit = _open_audit(paths)
        try:
            plan = import_bundle(args.file, paths, audit)
        finally:
            audit.close()
    bundle = plan.bundle
    verb = "Would install" if args.dry_run else "Installed"
    print(f"{verb} the policy from {args.file} (signed by {bundle.signer_grouped}, exported by {bundle.origin} "
          f"at {bundle.created}) into {plan.folder}.")
    for change in plan.changes:
        print(f"  {change['field']}: {_shown(change['old'])} → {_shown(change['new'])}")
    if not plan.changes:
        print("  Nothing changes: this policy is already in force.")
    elif not args.dry_run:
        print("It applies from Hearth's next start.")
    return 0


def _shown(value: Any) -> str:
    return "—" if value is None else str(value)


def _review_archive(args: argparse.Namespace, paths: AppPaths) -> int:
    from app.audit.review_archive import default_since, write_review_archive

    audit = _open_audit(paths)
    try:
        archive = write_review_archive(audit, args.out, args.since or default_since(), args.epsilon)
    finally:
        audit.close()
    print(f"Wrote {archive.path}: {archive.entries} audit entries from {archive.first_day} to {archive.last_day}, "
          f"noisy counts at epsilon = {archive.epsilon:g}.")
    if not archive.verified:
        print(f"hearth policy: the audit log does NOT verify: {archive.problem}", file=sys.stderr)
        return 1
    return 0


_FLEET_COMMANDS = {"export-bundle": _export_bundle, "import-bundle": _import_bundle,
                   "review-archive": _review_archive}


def _describe_policy(policy: Any) -> list[str]:
    lines = [f"minimum profile: {policy.minimum_profile or '—'}",
             f"guardians may tighten further: {'yes' if policy.guardians_may_tighten else 'no'}"]
    for name in ("kiosk", "watermark", "audit_content", "retention_days"):
        value = getattr(policy, name)
        if value is not None:
            lines.append(f"{name.replace('_', ' ')}: {value}")
    for cid, direction, rule in policy.floors:
        lines.append(f"floor {cid} {direction}: {rule.action.value} from {rule.threshold}")
    if policy.model_allowlist is not None:
        lines.append(f"model allowlist: {len(policy.model_allowlist)} file(s)")
    if policy.time_rules is not None:
        lines.append(f"time rules: {policy.time_rules.to_data()}")
    return lines


def _show(paths: AppPaths) -> int:
    from app.services import open_services

    services = open_services(paths)
    try:
        effective = services.effective()
        policy = services.governance.policy
        print(f"Machine-wide policy: {policy.path or 'none'}" + (f" (signed by {policy.signed_by})"
                                                                   if policy.signed_by else ""))
        note = policy.not_administered_note()
        if note:
            print(f"  Note: {note}")
        print(f"Guardian: {services.governance.lock.state.value.replace('_', ' ')}")
        for problem in services.governance.problems():
            print(f"! {problem.layer.value}: {problem.message} (using the strictest preset)")
        print(f"Profile in force: {effective.profile.name} ({effective.profile.id}, {effective.profile.content_hash[:12]})")
        for control, layer in sorted(effective.decided_by.items()):
            if layer.value != "user":
                print(f"  {control:28} decided by {layer.value}")
        print(f"Kiosk: {'on' if effective.kiosk else 'off'} · watermark: {'on' if effective.watermark else 'off'} · "
              f"audit: {effective.audit_content} · retention: {effective.retention_days or '—'} days")
        if effective.model_allowlist is not None:
            print(f"Model allowlist: {', '.join(sorted(h[:12] for h in effective.model_allowlist)) or 'empty'}")
        if effective.time_rules is not None:
            print(f"Time rules: {effective.time_rules.to_data()}")
        return 0
    finally:
        services.close()


def run_guardian(args: argparse.Namespace, paths: AppPaths | None = None) -> int:
    from app.governance.lock import GuardianLockedError
    from app.services import open_services

    services = open_services(paths or app_paths())
    try:
        command = args.guardian_command
        if command == "status":
            return _status(services)
        if command == "setup":
            return _setup(services, args.profile)
        if not _unlock(services):
            return EXIT_LOCKED
        return _guardian_change(services, args)
    except GuardianLockedError as exc:
        print(f"hearth guardian: {exc.user_text()}", file=sys.stderr)
        return EXIT_LOCKED
    except HearthError as exc:
        print(f"hearth guardian: {exc.user_text()}", file=sys.stderr)
        return 1
    finally:
        services.close()


def _status(services: Any) -> int:
    governance = services.governance
    print(f"Guardian: {governance.lock.state.value.replace('_', ' ')}")
    if services.secrets.is_fallback:
        print(f"! The guardian's passphrase record, attempt backoff and settings key are kept in "
              f"{services.secrets.backend_description}. This user can edit that file, so here the lock stops "
              "casual changes only; an OS keyring (Secret Service) makes tampering harder, and a machine-wide "
              "policy is what a standard user cannot change.")
    if governance.guardian is not None:
        settings = governance.guardian
        print(f"Locked profile: {settings.profile_id} · kiosk {'on' if settings.kiosk else 'off'} · "
              f"models {'any' if settings.model_allowlist is None else len(settings.model_allowlist)}")
        if settings.time_rules is not None:
            print(f"Time rules: {settings.time_rules}")
    wait = governance.lock.wait_seconds()
    if wait:
        print(f"After wrong passphrases, the next attempt is allowed in {wait:.0f} s.")
    for problem in governance.problems():
        print(f"! {problem.message}")
    return 0


def _ask(prompt: str) -> str | None:
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(prompt)


def _setup(services: Any, profile_id: str) -> int:
    lock = services.governance.lock
    if lock.is_set_up:
        print("A guardian is already set up; use 'hearth guardian lock-profile' (or 'remove' first).",
              file=sys.stderr)
        return 1
    profile = services.profiles.get(profile_id)
    passphrase = _ask("New guardian passphrase (at least 10 characters): ")
    if passphrase is None or _ask("Once more: ") != passphrase:
        print("hearth guardian: the passphrases were not entered twice on a terminal, or differ.", file=sys.stderr)
        return 1
    code = services.governance.set_up_guardian(passphrase, profile)
    print(f"The guardian is set up and “{profile.name}” is locked.\n"
          f"Recovery code (write it down now; it is shown only once): {code}")
    return 0


def authorise(services: Any, control: Any) -> None:
    """Ask for the guardian's passphrase when ``control`` is locked by them; then require it (raises if refused)."""
    from app.governance.layers import Layer

    if services.governance.blocked_by(control, services.effective()) is Layer.GUARDIAN:
        _unlock(services)
    services.require(control)


def _unlock(services: Any) -> bool:
    lock = services.governance.lock
    if not lock.is_locked:
        return True
    passphrase = _ask("Guardian passphrase: ")
    if passphrase is None:
        print("hearth guardian: this is managed by the guardian, and there is no terminal to ask for the "
              "passphrase on.", file=sys.stderr)
        return False
    result = lock.unlock(passphrase)
    if not result.ok:
        wait = f" Try again in {result.wait_seconds:.0f} s." if result.wait_seconds else ""
        print(f"hearth guardian: that is not the passphrase.{wait}", file=sys.stderr)
    return result.ok


def _guardian_change(services: Any, args: argparse.Namespace) -> int:
    from app.governance.guardian_settings import GuardianSettings
    from app.governance.time_rules import TimeRules
    from app.models.files import check_gguf_file, file_sha256

    governance = services.governance
    command = args.guardian_command
    if command == "remove":
        governance.remove_guardian()
        print("The guardian is removed; nothing is locked any more.")
        return 0
    if command == "grant":
        governance.grant_extra_time(args.minutes)
        print(f"Granted {args.minutes} extra minutes for today.")
        return 0
    if command == "lock-profile":
        profile = services.profiles.get(args.profile)
        governance.lock_profile(profile)
        print(f"“{profile.name}” is now locked.")
        return 0
    settings: GuardianSettings = governance.guardian or GuardianSettings("child", "")
    if command == "hours":
        if args.clear:
            rules = None
        else:
            hours: dict[str, list[str]] = {}
            for window in args.windows:
                day, _, span = window.partition("=")
                hours.setdefault(day.strip().lower(), []).append(span.strip())
            data: dict[str, Any] = {"hours": hours} if hours else {}
            if args.daily_minutes is not None:
                data["daily_minutes"] = args.daily_minutes
            rules = TimeRules.from_data(data).to_data()
        governance.save_guardian(settings.with_changes(time_rules=rules))
        print("Time rules saved." if rules is not None else "Time rules removed.")
        return 0
    if command == "allow-model":
        if args.any:
            governance.save_guardian(settings.with_changes(model_allowlist=None))
            print("Any model may be used.")
            return 0
        if args.server:  # a server's weights cannot be hashed here: the address and model id are approved
            from app.engine.remote import model_identity, normalise_server_url

            if not args.model:
                print("hearth guardian: name the server's model with --model (see 'hearth backend status').",
                      file=sys.stderr)
                return 1
            name, digest = f"{args.model} on {normalise_server_url(args.server)}", \
                model_identity(normalise_server_url(args.server), args.model)
        else:
            path = args.file.expanduser().resolve()
            check_gguf_file(path)
            name, digest = path.name, file_sha256(path)
        allowed = tuple(sorted({*(settings.model_allowlist or ()), digest}))
        governance.save_guardian(settings.with_changes(model_allowlist=allowed))
        print(f"Allowed {name} ({digest[:12]}…); {len(allowed)} model(s) on the list.")
        return 0
    if command == "audit":
        governance.save_guardian(settings.with_changes(audit_content=args.mode if args.mode == "content" else None))
        print(f"The audit log keeps {'the text of conversations too' if args.mode == 'content' else 'metadata only'}"
              " from the next start.")
        return 0
    if command == "watermark":
        governance.save_guardian(settings.with_changes(watermark=True if args.state == "on" else None))
        print(f"Watermarking is {args.state}.")
        return 0
    governance.save_guardian(settings.with_changes(kiosk=args.state == "on"))
    print(f"Kiosk mode is {args.state}.")
    return 0
