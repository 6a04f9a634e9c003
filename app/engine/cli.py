"""``hearth backend …``: where answers come from, this computer's llama.cpp or an inference server.

    hearth backend status                          the backend in use; for a server, its models
    hearth backend use URL [--model ID] [--api-key-stdin]
                                                   answer with a model on an OpenAI-compatible server
    hearth backend local                           answer with this computer's models again

Governance stays here whichever backend answers: prompts are screened before
they are sent, the streamed answer is screened as it arrives, and every
answer is signed and audited on this computer. Choosing the backend is adding
a model, so while the guardian's lock is on it asks for the passphrase; with
a model allowlist in force the server's model must be on it (``status``
prints the entry to add). Exit status: 0 done, 1 an error, 4 refused by
governance.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.core.errors import HearthError
from app.core.paths import AppPaths, app_paths

EXIT_ERROR, EXIT_REFUSED = 1, 4


def add_backend_parser(subparsers: Any) -> argparse.ArgumentParser:
    backend = subparsers.add_parser("backend", help="answer with this computer's models or an inference server")
    commands = backend.add_subparsers(dest="backend_command", metavar="{status,use,local}")
    commands.required = True
    commands.add_parser("status", help="the backend in use (and a server's models)")
    use = commands.add_parser("use", help="answer with a model on an OpenAI-compatible inference server")
    use.add_argument("url", help="the server's address, e.g. http://lab-server:8080 (llama-server, vLLM) "
                                 "or http://lab-server:11434 (Ollama)")
    use.add_argument("--model", default="", help="the server's model id (needed when it offers several)")
    use.add_argument("--api-key-stdin", action="store_true",
                     help="read the server's API key from standard input (kept in the keyring)")
    use.add_argument("--forget-api-key", action="store_true", help="stop sending the stored API key")
    commands.add_parser("local", help="answer with this computer's models again")
    return backend


def run_backend(args: argparse.Namespace, paths: AppPaths | None = None) -> int:
    """Run the ``backend`` subcommand in ``args``; return the exit status."""
    from app.governance.cli import authorise
    from app.governance.governance import Control, is_governance_refusal
    from app.services import open_services

    services = None
    try:
        services = open_services(paths or app_paths())
        if args.backend_command == "status":
            return _status(services)
        authorise(services, Control.MODEL_FILES)
        if args.backend_command == "local":
            services.use_inference_server(None)
            print("Answers now come from this computer's models.")
            return 0
        key = None
        if args.api_key_stdin:
            key = sys.stdin.readline().strip()
            if not key:
                print("hearth backend: no API key on standard input.", file=sys.stderr)
                return EXIT_ERROR
        elif args.forget_api_key:
            key = ""
        info = services.use_inference_server(args.url, args.model, key)
        print(f"Answers now come from “{info.name}” on {info.server}.")
        print("Prompts and answers are still screened, signed and audited on this computer; "
              "a watermark cannot be applied by a server.")
        _approval_line(services)
        return 0
    except HearthError as exc:
        print(f"hearth backend: {exc.title}: {exc.user_text()}", file=sys.stderr)
        return EXIT_REFUSED if is_governance_refusal(exc) else EXIT_ERROR
    finally:
        if services is not None:
            services.close()


def _status(services: Any) -> int:
    from app.engine.remote import list_models

    target = services.inference_target()
    if target is None:
        print(f"Backend: this computer (llama.cpp), model {services.active_model_path().name}")
        return 0
    print(f"Backend: inference server {target.url}")
    print(f"Model: {target.model or '(the server’s only model)'}")
    print(f"API key: {'kept in ' + services.secrets.backend_description if target.api_key else 'none'}")
    _approval_line(services)
    try:
        offered = list_models(target)
    except HearthError as exc:
        print(f"The server cannot be reached now: {exc.message}")
        return EXIT_ERROR
    print("The server offers: " + ", ".join(m.id for m in offered))
    return 0


def _approval_line(services: Any) -> None:
    """Whether the allowlist in force lets the server's model answer, and the entry that would approve it."""
    from app.engine.remote import model_identity

    target = services.inference_target()
    if target is None or not target.model:
        return
    entry = model_identity(target.url, target.model)
    allowlist = services.effective().model_allowlist
    if allowlist is None:
        verdict = "no model allowlist is in force"
    elif entry in allowlist:
        verdict = "approved by the allowlist in force"
    else:
        verdict = "NOT on the allowlist in force: answers will be refused until it is added"
    print(f"Allowlist entry for this model: {entry} ({verdict})")
