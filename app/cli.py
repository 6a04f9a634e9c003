"""The ``hearth`` command: the window by default, subcommands for headless work.

    hearth                      open the window
    hearth chat "question"      stream an answer in the terminal (stdin if no question)
    hearth audit verify|export|verify-export
    hearth safety eval|check|profiles|use|export|import|validate|guard
    hearth policy check|show|keygen|sign|export-bundle|import-bundle|review-archive
    hearth guardian status|setup|lock-profile|hours|allow-model|kiosk|audit|watermark|grant|remove
    hearth verify TEXT [ENVELOPE] [--pubkey KEY]
    hearth provenance pubkey|detect
    hearth models list|show|import|catalog|download|remove|licence|template|audit
    hearth serve [--host H] [--port P] [--show-key]   an OpenAI-compatible API, governed like the window
    hearth backend status|use URL|local   answer with this computer's models or an inference server
    hearth --version
    hearth --self-test          check the installation end to end, headless (exit 0 when it works)

``hearth chat`` exits 0 when it answered, 1 on an error, 3 when the safety
screen blocked the message or its answer (or a warned message was not sent),
and 4 when governance refused it (the guardian's lock, the organisation's
policy, the time rules or the model allowlist): the CLI obeys the same
policy and lock as the window.
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from sqlite_utils.db import NotFoundError

from app import APP_NAME, __version__
from app.api.cli import add_serve_parser, run_serve
from app.audit.cli import add_audit_parser, run_audit
from app.engine.cli import add_backend_parser, run_backend
from app.governance.cli import EXIT_LOCKED, add_guardian_parser, add_policy_parser, run_guardian, run_policy
from app.models.cli import add_models_parser, run_models
from app.provenance.cli import add_provenance_parser, add_verify_parser, run_provenance, run_verify
from app.safety.cli import add_safety_parser, run_safety
from app.chat.turn import NullObserver
from app.core.errors import HearthError
from app.core.frozen import redirect_missing_streams
from app.core.settings import SETTING_SPECS
from app.safety.verdict import Verdict


EXIT_SCREENED = 3


class _PrintingObserver(NullObserver):
    """Streams the answer to stdout; explains warnings and blocks on stderr."""

    def __init__(self, out: TextIO, accept_warnings: bool, profile_name: str) -> None:
        self.out = out
        self.accept_warnings = accept_warnings
        self.profile_name = profile_name

    def text_received(self, text: str) -> None:
        self.out.write(text)
        self.out.flush()

    def confirm_warning(self, verdict: Verdict) -> bool:
        self._explain(verdict)
        if self.accept_warnings:
            print("[sent anyway: --accept-warnings]", file=sys.stderr)
            return True
        if sys.stdin.isatty():
            return input("Send it anyway? [y/N] ").strip().lower() in ("y", "yes")
        print("[not sent; pass --accept-warnings to send warned messages]", file=sys.stderr)
        return False

    def screened(self, verdict: Verdict) -> None:
        if verdict.direction == "answer":
            self.out.write("\n")
        self._explain(verdict)

    def _explain(self, verdict: Verdict) -> None:
        from app.safety.explain import explain

        explanation = explain(verdict, profile_name=self.profile_name)
        print(f"\n{explanation.title}\n{explanation.body}", file=sys.stderr)
        for line in explanation.help_lines:
            print(f"  • {line}", file=sys.stderr)
        print(explanation.reason, file=sys.stderr)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hearth", description=f"{APP_NAME}: an offline AI assistant.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation headless (model, safety screen, signing, audit log) "
                             "in a throwaway home; exit 0 when everything works")
    sub = parser.add_subparsers(dest="command")
    chat = sub.add_parser("chat", help="ask a question in the terminal and stream the answer")
    chat.add_argument("question", nargs="?", help="the question (read from standard input when left out)")
    chat.add_argument("--conversation", type=int, help="continue the conversation with this id")
    chat.add_argument("--model", type=Path, help="a GGUF file to use instead of the active model")
    for spec in SETTING_SPECS:
        if spec.name != "system_prompt":
            chat.add_argument("--" + spec.name.replace("_", "-"), dest=spec.name, help=spec.help)
    chat.add_argument("--system-prompt", dest="system_prompt", help="instructions the model sees first")
    chat.add_argument("--accept-warnings", action="store_true",
                      help="send messages the safety profile warns about without asking")
    add_audit_parser(sub)
    add_safety_parser(sub)
    add_policy_parser(sub)
    add_guardian_parser(sub)
    add_verify_parser(sub)
    add_provenance_parser(sub)
    add_models_parser(sub)
    add_serve_parser(sub)
    add_backend_parser(sub)
    sub.add_parser("gui", help="open the window (the default)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    multiprocessing.freeze_support()
    redirect_missing_streams()  # a windowed build has no console: its output goes to the log file
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    if args.self_test:
        from app.selftest import run_self_test

        return run_self_test(sys.stdout)
    if args.command == "chat":
        return _chat(args)
    if args.command == "audit":
        return run_audit(args)
    if args.command == "safety":
        return run_safety(args)
    if args.command == "policy":
        return run_policy(args)
    if args.command == "guardian":
        return run_guardian(args)
    if args.command == "verify":
        return run_verify(args)
    if args.command == "provenance":
        return run_provenance(args)
    if args.command == "models":
        return run_models(args)
    if args.command == "serve":
        return run_serve(args)
    if args.command == "backend":
        return run_backend(args)
    from app.ui.application import run_gui

    return run_gui(list(argv) if argv is not None else sys.argv[1:])


def _chat(args: argparse.Namespace) -> int:
    question = args.question if args.question is not None else sys.stdin.read()
    if not question.strip():
        print("hearth chat: give a question, or pipe one in on standard input.", file=sys.stderr)
        return 2
    import time

    from app.governance.governance import is_governance_refusal
    from app.services import open_services

    services = None
    started = time.monotonic()
    try:
        services = open_services()
        services.governance.check_kiosk_chat(vars(args), services.effective())  # the kiosk window's options only
        if args.model:  # this one local file, for this answer (even where an inference server is in use)
            services.config.model_path = str(args.model.expanduser().resolve())
            services.config.inference_server = None
            services.engine.use_remote(None)  # type: ignore[attr-defined]
        changes = {s.name: getattr(args, s.name) for s in SETTING_SPECS if getattr(args, s.name) is not None}
        if args.conversation is not None:
            conversation = services.store.conversation(args.conversation)
        else:
            conversation = services.store.create_conversation()
        if changes:
            settings = conversation.settings.with_changes(**changes)
            services.governance.check_settings_change(conversation.settings, settings, services.effective())
            services.store.update_settings(conversation.id, settings)
        signal.signal(signal.SIGINT, lambda *_: services.runner.cancel())
        observer = _PrintingObserver(sys.stdout, args.accept_warnings, services.active_profile().name)
        result = services.runner.send(conversation.id, question, observer)
        print()
        if result.dropped_messages:
            print(f"[{result.dropped_messages} older messages did not fit the context and were left out]",
                  file=sys.stderr)
        print(f"[conversation {conversation.id} · {result.completion_tokens} tokens · "
              f"{result.tokens_per_second:.1f} tokens/s · {result.status}]", file=sys.stderr)
        return EXIT_SCREENED if result.verdict is not None and result.status in ("blocked", "withdrawn") else 0
    except HearthError as exc:
        print(f"\nhearth: {exc.title}: {exc.user_text()}", file=sys.stderr)
        return EXIT_LOCKED if is_governance_refusal(exc) else 1
    except NotFoundError:
        print(f"hearth: there is no conversation {args.conversation}.", file=sys.stderr)
        return 1
    finally:
        if services is not None:
            services.governance.record_usage(time.monotonic() - started)
            services.close()
