"""HTTP for model downloads and admin catalogs: verified TLS, safe redirects, and errors people can act on.

Only the standard library is used. Certificates are always verified with
``ssl.create_default_context()`` (a school may add its own certificate
authority with ``cafile``; nothing can switch checking off). Redirects are
followed (Hugging Face sends files to a CDN) with the Range header kept, but
never from https to plain http. Every failure becomes a
:class:`DownloadError` with one sentence and advice, or a :class:`Transient`
(a timeout, a dropped connection, a 5xx) that the caller may retry.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import app
from app.core.errors import HearthError
from app.core.i18n import QT_TRANSLATE_NOOP

DEFAULT_TIMEOUT_S = 30.0
USER_AGENT = f"Hearth/{app.__version__} (model downloader)"


class DownloadError(HearthError):
    """A download failed; ``reason`` is a short machine-readable cause ("not_found", "timeout", "tls", …)."""

    title = QT_TRANSLATE_NOOP("Errors", "The download failed")

    def __init__(self, message: str, advice: str = "", reason: str = "error") -> None:
        super().__init__(message, advice)
        self.reason = reason


class Transient(Exception):
    """A failure worth retrying (timeout, dropped connection, 5xx); carries the error shown if retries run out."""

    def __init__(self, error: DownloadError) -> None:
        super().__init__(error.message)
        self.error = error


class RangeNotSatisfiable(Exception):
    """HTTP 416 to a resume: the ``.part`` is already whole (``total`` equals its length) or the file changed."""

    def __init__(self, total: int | None) -> None:
        super().__init__(f"range not satisfiable (total {total})")
        self.total = total


class SafeRedirectHandler(urllib.request.HTTPRedirectHandler):
    """Follows redirects (Hugging Face sends files to a CDN), keeps Range, and never goes from https to http."""

    def redirect_request(self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any,
                         newurl: str) -> urllib.request.Request | None:
        if url_scheme(req.full_url) == "https" and url_scheme(newurl) != "https":
            fp.close()
            raise DownloadError(f"The server {url_host(req.full_url)} redirected a secure download to an insecure "
                                "address, so Hearth stopped.",
                                "Ask whoever manages the download server to fix the redirect.", reason="insecure")
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None:
            for name in ("Range", "If-range"):
                value = req.get_header(name)
                if value is not None and not new.has_header(name):
                    new.add_header(name, value)
        return new


def ssl_context(cafile: Path | None) -> ssl.SSLContext:
    """The default, verifying context; ``cafile`` adds a certificate authority (a school's own), never removes
    checks."""
    context = ssl.create_default_context()
    if cafile is not None:
        try:
            context.load_verify_locations(cafile=str(cafile))
        except OSError as exc:  # ssl.SSLError is an OSError too
            raise DownloadError(f"The certificate file {cafile} cannot be used ({exc.strerror or exc}).",
                                "Check the certificate file named in Hearth's settings (PEM format).",
                                reason="tls") from exc
    return context


def url_opener(cafile: Path | None) -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(urllib.request.HTTPSHandler(context=ssl_context(cafile)),
                                       SafeRedirectHandler())


def url_scheme(url: str) -> str:
    return urllib.parse.urlsplit(url).scheme.lower()


def url_host(url: str) -> str:
    return urllib.parse.urlsplit(url).hostname or url


def url_request(url: str, headers: dict[str, str]) -> urllib.request.Request:
    return urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity", **headers})


def open_url(opener: urllib.request.OpenerDirector, url: str, headers: dict[str, str], timeout: float,
          name: str) -> Any:
    """Open ``url``; any failure becomes a :class:`DownloadError` (fatal) or a :class:`Transient` (retry)."""
    try:
        return opener.open(url_request(url, headers), timeout=timeout)
    except DownloadError:
        raise
    except urllib.error.HTTPError as exc:
        total = content_range(exc.headers.get("Content-Range"))[1] if exc.headers is not None else None
        exc.close()
        if exc.code == 416 and "Range" in headers:
            raise RangeNotSatisfiable(total) from exc
        raise http_error(exc.code, exc.reason, url, name) from exc
    except urllib.error.URLError as exc:
        reason = exc.reason if isinstance(exc.reason, BaseException) else OSError(str(exc.reason))
        raise network_error(reason, url, name, timeout) from exc
    except (OSError, http.client.HTTPException) as exc:
        raise network_error(exc, url, name, timeout) from exc


def http_error(code: int, reason: str, url: str, name: str) -> DownloadError | Transient:
    host = url_host(url)
    if code in (404, 410):
        return DownloadError(f"The file {name} is not on the server at {host} (HTTP {code}).",
                             "The catalog may be out of date: update Hearth, or ask whoever manages the catalog.",
                             reason="not_found")
    if code in (401, 403):
        return DownloadError(f"The server at {host} refused access to {name} (HTTP {code}).",
                             "The file may need a log-in or an accepted licence on its website: download it in a "
                             "browser and import it into Hearth instead.", reason="access_denied")
    error = DownloadError(f"The server at {host} answered HTTP {code} ({reason}) for {name}.",
                          "Try again later; the download resumes where it stopped.", reason="http")
    return Transient(error) if code >= 500 or code in (408, 429) else error


def network_error(exc: BaseException, url: str, name: str, timeout: float) -> DownloadError | Transient:
    host = url_host(url)
    resume = "Check the internet connection and try again; the download resumes where it stopped."
    if isinstance(exc, ssl.SSLCertVerificationError):
        return DownloadError(f"The connection to {host} was stopped because the server's certificate could not be "
                             "verified.",
                             "Check the computer's date and time; on a network that inspects secure connections, "
                             "ask the administrator to install its certificate.", reason="tls")
    if isinstance(exc, ssl.SSLError):
        return DownloadError(f"A secure connection to {host} could not be made ({exc.reason or exc}).",
                             "Try again later, or ask the network's administrator.", reason="tls")
    if isinstance(exc, TimeoutError):
        return Transient(DownloadError(f"The server at {host} did not answer within {timeout:g} seconds.",
                                        resume, reason="timeout"))
    if isinstance(exc, socket.gaierror):
        return Transient(DownloadError(f"The server {host} could not be found.",
                                        "Check the internet connection (or the address in the catalog) and try "
                                        "again.", reason="network"))
    if isinstance(exc, ConnectionRefusedError):
        return Transient(DownloadError(f"The server at {host} refused the connection.",
                                        "Check the address in the catalog, or try again later.", reason="network"))
    return Transient(DownloadError(f"The connection to {host} was lost while downloading {name}.", resume,
                                    reason="network"))


def content_range(value: str | None) -> tuple[int | None, int | None]:
    """(first byte, total) from ``bytes a-b/total`` or ``bytes */total``; None where absent or ``*``."""
    if not value or not value.strip().lower().startswith("bytes"):
        return None, None
    spec = value.strip()[5:].strip()
    span, _, total_text = spec.partition("/")
    first_text = span.partition("-")[0]
    first = int(first_text) if first_text.isdigit() else None
    total = int(total_text) if total_text.strip().isdigit() else None
    return first, total


def int_header(value: str | None) -> int | None:
    return int(value) if value is not None and value.strip().isdigit() else None


def fetch_bytes(url: str, *, timeout: float = DEFAULT_TIMEOUT_S, cafile: Path | None = None,
                max_bytes: int = 8 * 1024 * 1024, retries: int = 2, backoff_s: float = 0.5,
                name: str = "the file") -> bytes:
    """GET a small document (an admin catalog) with the downloader's HTTP code: verified TLS, safe redirects,
    retries on transient failures; refuses anything larger than ``max_bytes``."""
    opener = url_opener(cafile)
    attempt = 0
    while True:
        try:
            return read_small(opener, url, timeout, max_bytes, name)
        except Transient as exc:
            attempt += 1
            if attempt > retries:
                raise exc.error from exc
            time.sleep(backoff_s * 2 ** (attempt - 1))


def read_small(opener: urllib.request.OpenerDirector, url: str, timeout: float, max_bytes: int, name: str) -> bytes:
    with open_url(opener, url, {}, timeout, name) as response:
        try:
            data = response.read(max_bytes + 1)
        except (OSError, http.client.HTTPException) as exc:
            raise network_error(exc, url, name, timeout) from exc
    if len(data) > max_bytes:
        raise DownloadError(f"{name} at {url_host(url)} is larger than {max_bytes // 1024} KB, which is too large.",
                            "Check the address: it should point at a catalog file.", reason="too_large")
    return data
