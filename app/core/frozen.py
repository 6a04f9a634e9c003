"""Running as a frozen (PyInstaller) app: where the output of a windowed build goes.

A windowed build on Windows or macOS starts with no console, so ``sys.stdout``
and ``sys.stderr`` are None and the first ``print`` or log line would raise.
:func:`redirect_missing_streams` points them at ``hearth.log`` in the log
folder instead, keeping the previous run's log as ``hearth.log.1`` once it
grows past a few megabytes. No Qt here: the CLI calls this before anything else.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TextIO

from app.core.paths import app_paths

LOG_FILE_NAME = "hearth.log"
MAX_LOG_BYTES = 5 * 1024 * 1024


def is_frozen() -> bool:
    """True inside a PyInstaller (or similar) bundle."""
    return bool(getattr(sys, "frozen", False))


def default_log_file() -> Path:
    """Where a windowed build writes what it would have printed."""
    return app_paths().log_dir / LOG_FILE_NAME


def redirect_missing_streams(log_file: Path | None = None) -> Path | None:
    """Send a missing stdout or stderr to ``log_file`` (default: :func:`default_log_file`).

    Returns the log file used, or None when both streams exist (nothing is
    changed) or the log cannot be opened (the output is then discarded).
    """
    if sys.stdout is not None and sys.stderr is not None:
        return None
    path = log_file or default_log_file()
    stream, used = _open_log(path)
    if sys.stdout is None:
        sys.stdout = stream
    if sys.stderr is None:
        sys.stderr = stream
    return used


def _open_log(path: Path) -> tuple[TextIO, Path | None]:
    """The log opened for appending (line-buffered), rotated first if large; os.devnull if it cannot be."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
            os.replace(path, path.with_name(path.name + ".1"))
        return open(path, "a", encoding="utf-8", buffering=1), path  # lives as long as the process
    except OSError:
        return open(os.devnull, "w", encoding="utf-8"), None
