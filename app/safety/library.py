"""The profiles a person can choose from: the shipped presets plus custom profiles in the config folder.

Custom profiles are TOML files named ``<id>.toml`` in ``<config>/profiles``.
Writes are atomic; an unreadable custom file is skipped with a logged reason
(and listed in :attr:`ProfileLibrary.problems`) rather than hiding the others.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from app.safety.profiles import PRESET_IDS, ProfileError, SafetyProfile, load_profile, preset, presets, to_toml

log = logging.getLogger(__name__)
DEFAULT_PROFILE = "standard"


class ProfileExistsError(ProfileError):
    """An imported profile has the id of an existing custom profile."""

    def __init__(self, incoming: SafetyProfile, existing: SafetyProfile) -> None:
        super().__init__("id", f"a profile with the id {incoming.id!r} already exists (“{existing.name}”)")
        self.incoming = incoming
        self.existing = existing


class ProfileLibrary:
    """Presets and custom profiles, looked up by id."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.problems: dict[str, str] = {}

    def all(self) -> list[SafetyProfile]:
        return presets() + self.custom()

    def custom(self) -> list[SafetyProfile]:
        found: list[SafetyProfile] = []
        self.problems.clear()
        for path in sorted(self.folder.glob("*.toml")) if self.folder.is_dir() else []:
            try:
                profile = load_profile(path)
            except ProfileError as exc:
                self.problems[path.name] = exc.message
                log.warning("skipping custom profile %s: %s", path, exc.message)
                continue
            if profile.id in PRESET_IDS or path.stem != profile.id:
                self.problems[path.name] = f"the file name must be the profile id ({profile.id}.toml), not a preset"
                continue
            found.append(profile)
        return found

    def get(self, profile_id: str) -> SafetyProfile:
        if profile_id in PRESET_IDS:
            return preset(profile_id)
        path = self.folder / f"{profile_id}.toml"
        if not path.is_file():
            raise ProfileError("id", f"there is no profile {profile_id!r}")
        return load_profile(path)

    def save(self, profile: SafetyProfile) -> Path:
        """Write a custom profile (presets are read-only)."""
        if profile.id in PRESET_IDS:
            raise ProfileError("id", f"{profile.id!r} is a preset and cannot be overwritten; clone it first")
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"{profile.id}.toml"
        tmp = path.with_suffix(".tmp")
        tmp.write_text(to_toml(profile), encoding="utf-8")
        os.replace(tmp, path)
        return path

    def import_file(self, source: Path, replace: bool = False) -> SafetyProfile:
        """Validate a shared profile file and add it.

        A custom profile with the same id is replaced only when ``replace`` is
        true; otherwise :class:`ProfileExistsError` says so (and which one), so
        the caller can ask first.
        """
        profile = load_profile(source)
        if profile.id in PRESET_IDS:
            raise ProfileError("id", f"{profile.id!r} is a preset id; give the shared profile its own id")
        if not replace and (self.folder / f"{profile.id}.toml").is_file():
            raise ProfileExistsError(profile, self.get(profile.id))
        self.save(profile)
        return profile

    def export(self, profile_id: str, destination: Path) -> None:
        destination.write_text(to_toml(self.get(profile_id)), encoding="utf-8")

    def delete(self, profile_id: str, active: str | None = None) -> None:
        """Delete a custom profile; never a preset, nor ``active`` (the one in force)."""
        if profile_id in PRESET_IDS:
            raise ProfileError("id", "presets cannot be deleted")
        if profile_id == active:
            raise ProfileError("id", f"{profile_id!r} is the profile in force; choose another one first")
        (self.folder / f"{profile_id}.toml").unlink(missing_ok=True)
