"""``hearth serve``: run the OpenAI-compatible API until Ctrl-C.

    hearth serve [--host 127.0.0.1] [--port 8642]   listen (this computer only, unless --host says otherwise)
    hearth serve --show-key                         print the API key clients send as "Bearer <key>"

Listening beyond this computer (any address that is not loopback) weakens
the guardian's control, so it is refused while the guardian's lock is on
(exit status 4); 1 means another failure, such as a port in use.
"""

from __future__ import annotations

import argparse
import ipaddress
import logging
import signal
import socket
import sys
import threading
from types import FrameType
from typing import TYPE_CHECKING, Any

from app.core.errors import HearthError
from app.governance.cli import EXIT_LOCKED
from app.governance.governance import Control, KioskModeError, is_governance_refusal
from app.governance.layers import Layer

if TYPE_CHECKING:
    from app.services import Services

log = logging.getLogger(__name__)
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8642
GRACEFUL_SECONDS = 3  # after Ctrl-C, answers still streaming get this long before they are cancelled


def add_serve_parser(subparsers: Any) -> None:
    serve = subparsers.add_parser("serve", help="serve an OpenAI-compatible API (governed like the window)")
    serve.add_argument("--host", default=DEFAULT_HOST,
                       help=f"the address to listen on (default {DEFAULT_HOST}: this computer only)")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"the port (default {DEFAULT_PORT})")
    serve.add_argument("--show-key", action="store_true", help="print the API key and exit")


def is_loopback(host: str) -> bool:
    """Whether ``host`` only reaches this computer (``localhost`` or a loopback address)."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name or an empty/any address: it may be reachable from elsewhere


def check_bind(services: Services, host: str) -> None:
    """Raise unless Hearth may listen on ``host``: never in kiosk mode (one window, nothing else), and beyond
    this computer only with :attr:`Control.NETWORK_API`."""
    effective = services.effective()
    if effective.kiosk:
        if services.audit is not None:
            services.audit.append("access_refused", {"reason": "kiosk", "options": ["serve"]})
        raise KioskModeError(["the local API (hearth serve)"], effective.decided_by.get("kiosk", Layer.GUARDIAN))
    if not is_loopback(host):
        services.governance.require(Control.NETWORK_API, effective)


def run_serve(args: argparse.Namespace) -> int:
    from app.api.keys import api_key
    from app.services import open_services

    services = None
    try:
        services = open_services()
        key = api_key(services.secrets)
        if args.show_key:
            print(key)
            return 0
        check_bind(services, args.host)
        return _serve(services, key, listen(args.host, args.port))
    except HearthError as exc:
        print(f"hearth serve: {exc.title}: {exc.user_text()}", file=sys.stderr)
        return EXIT_LOCKED if is_governance_refusal(exc) else 1
    except OSError as exc:
        print(f"hearth serve: Hearth could not listen on {args.host} port {args.port} ({exc.strerror or exc}); "
              "choose another with --port.", file=sys.stderr)
        return 1
    finally:
        if services is not None:
            services.close()


def listen(host: str, port: int) -> socket.socket:
    """A bound socket (so a port in use is one clear sentence, not a server's traceback)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host.strip("[]"), port))
    except OSError:
        sock.close()
        raise
    return sock


def _serve(services: Services, key: str, sock: socket.socket) -> int:
    from app.api.server import HearthApi

    api = HearthApi(services, key)
    host, port = sock.getsockname()[:2]
    announce(services, host, port)
    server = api.server(GRACEFUL_SECONDS)
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _interrupt)  # uvicorn re-raises it after a graceful stop: end cleanly
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:  # uvicorn stopped gracefully and re-raised Ctrl-C: the normal way out
        log.info("the API was stopped by a signal")
    finally:
        api.close()
        sock.close()
        audit_stopped(services, host, port)
    print("Hearth's API has stopped.")
    return 0


def audit_started(services: Services, host: str, port: int) -> bool:
    """Record in the audit log that the API listens (other computers reaching in is governance); loopback or not."""
    loopback = is_loopback(host)
    services.audit.append("api_started", {"host": host, "port": port, "loopback": loopback})
    return loopback


def audit_stopped(services: Services, host: str, port: int) -> None:
    services.audit.append("api_stopped", {"host": host, "port": port})


def announce(services: Services, host: str, port: int) -> None:
    """Say where the API listens, and record it in the audit log (:func:`audit_started`)."""
    loopback = audit_started(services, host, port)
    shown = f"[{host}]" if ":" in host else host
    print(f"Hearth's API is listening on http://{shown}:{port}/v1 "
          f"({'this computer only' if loopback else 'reachable from other computers'}).")
    print("Clients send the key that 'hearth serve --show-key' prints, as 'Authorization: Bearer KEY'. "
          "Press Ctrl-C to stop.", flush=True)


def _interrupt(signum: int, frame: FrameType | None) -> None:
    del signum, frame
    raise KeyboardInterrupt
