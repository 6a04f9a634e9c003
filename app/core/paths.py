"""Where Hearth keeps its files.

Locations come from platformdirs; setting ``HEARTH_HOME`` moves every one of
them below a single folder (tests and portable installs use this).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_DIR_NAME = "hearth"
HOME_ENV = "HEARTH_HOME"


@dataclass(frozen=True)
class AppPaths:
    """The folders Hearth reads and writes."""

    data_dir: Path
    config_dir: Path
    site_config_dir: Path

    @property
    def chat_db(self) -> Path:
        return self.data_dir / "chats.db"

    @property
    def config_file(self) -> Path:
        return self.config_dir / "config.json"

    @property
    def profiles_dir(self) -> Path:
        return self.config_dir / "profiles"

    @property
    def models_dir(self) -> Path:
        return self.data_dir / "models"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    def ensure(self) -> "AppPaths":
        """Create the user-writable folders (never the machine-wide one)."""
        for folder in (self.data_dir, self.config_dir, self.models_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def app_paths() -> AppPaths:
    """Return the paths for this process, honouring ``HEARTH_HOME``."""
    home = os.environ.get(HOME_ENV)
    if home:
        root = Path(home).expanduser().resolve()
        return AppPaths(root / "data", root / "config", root / "site")
    return AppPaths(
        Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)),
        Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False)),
        Path(platformdirs.site_config_dir(APP_DIR_NAME, appauthor=False)),
    )
