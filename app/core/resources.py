"""Where Hearth's read-only resources (presets, classifier weights, catalogs) live.

In a source checkout or an editable install they are in ``resources/`` at the
repository root; in a PyInstaller bundle, in ``resources/`` inside the
bundle. ``HEARTH_RESOURCES`` points elsewhere (packagers, tests).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

RESOURCES_ENV = "HEARTH_RESOURCES"


def resources_root() -> Path:
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(relative: str) -> Path:
    """The path of a resource, e.g. ``resource_path("safety/profiles")``."""
    return resources_root() / relative
