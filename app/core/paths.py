"""Where Hearth keeps its files.

Locations come from platformdirs; setting ``HEARTH_HOME`` moves every one of
them below a single folder (tests and portable installs use this). The
machine-wide folder is the exception: it is a fixed, administered location
(:func:`administered_config_dirs`), never one read from the environment.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_DIR_NAME = "hearth"
HOME_ENV = "HEARTH_HOME"
WINDOWS_PROGRAM_DATA = r"C:\ProgramData"  # used when the registry does not say where ProgramData is
_WINDOWS_SHELL_FOLDERS = r"SOFTWARE\Microsoft\Windows\CurrentVersion\Explorer\Shell Folders"
_WINDOWS_ABSOLUTE = re.compile(r"^[A-Za-z]:\\[^%]*$")


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
        administered_config_dirs()[0],  # not platformdirs' site dir: XDG_CONFIG_DIRS is the user's to set
    )


def administered_config_dirs(platform: str = sys.platform) -> list[Path]:
    """The machine-wide folders only an OS administrator can write, most authoritative first.

    They are fixed and never come from the environment: ``XDG_CONFIG_DIRS``,
    ``PROGRAMDATA`` and platformdirs' ``WIN_PD_OVERRIDE_*`` are set by each
    user for their own processes, so reading them would let a user choose
    where "the administrator's" policy lives. Linux (and other Unix) reads
    ``/etc/hearth`` and the fixed XDG default ``/etc/xdg/hearth``; macOS
    ``/Library/Application Support/Hearth``; Windows ``ProgramData\\Hearth``,
    with ProgramData as the machine's registry records it (HKLM, which only
    administrators can change), else ``C:\\ProgramData``.
    """
    if platform.startswith("win"):
        return [Path(_windows_program_data()) / "Hearth"]
    if platform == "darwin":
        return [Path("/Library/Application Support/Hearth")]
    return [Path("/etc/hearth"), Path("/etc/xdg/hearth")]


def _windows_program_data() -> str:
    """ProgramData from HKLM's Shell Folders (an absolute path, nothing to expand), else ``C:\\ProgramData``."""
    try:
        import winreg
    except ImportError:  # not Windows (tests ask for the Windows folders on any system)
        return WINDOWS_PROGRAM_DATA
    try:
        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, _WINDOWS_SHELL_FOLDERS) as key:
            value, _kind = winreg.QueryValueEx(key, "Common AppData")
    except OSError:
        return WINDOWS_PROGRAM_DATA
    return value if isinstance(value, str) and _WINDOWS_ABSOLUTE.match(value) else WINDOWS_PROGRAM_DATA
