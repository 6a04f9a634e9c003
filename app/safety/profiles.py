"""Safety profiles: versioned data files that say, per category and direction, what to do.

A profile is a TOML (or JSON) document validated against one schema
(:data:`SCHEMA_VERSION`). For every category of :mod:`app.safety.taxonomy`
and each direction (``prompt``: what the user sends, ``answer``: what the
model writes) it names an action (allow, warn or block) and a threshold: the
score at or above which the action applies. A blocking rule may also name
``warn_from``: scores from there up to the threshold get a warning (the
person is asked, and the choice is audited) instead of passing silently. It also carries an
age-appropriate system prompt addition, an answer-length cap, the
audience the screen's messages are worded for, and whether the optional
guard model (:mod:`app.safety.guard`) is ``off``, ``optional`` or
``required`` (:data:`GUARD_MODES`; absent means ``off``, so schema 1 files
written before the field existed read, and hash, as they did).

Errors name the field (``categories.S9.prompt.threshold``) and, where the
source text shows it, the line. The content hash is the SHA-256 of the
canonical JSON of the validated data, so reformatting a file never changes
it. Presets ship in ``resources/safety/profiles``; custom profiles are cloned
from one, edited, and exported or imported as TOML.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from dataclasses import dataclass, field, replace
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.core.changes import field_changes
from app.core.errors import HearthError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.resources import resource_path
from app.safety.taxonomy import CATEGORY_IDS

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

SCHEMA_VERSION = 1
DIRECTIONS: tuple[str, ...] = ("prompt", "answer")
AUDIENCES: tuple[str, ...] = ("child", "teen", "adult")
PRESET_IDS: tuple[str, ...] = ("child", "teen", "school", "standard", "open")
# off: never ask the guard; optional: ask it when one is set up; required: no guard, no screening (fail closed).
GUARD_MODES: tuple[str, ...] = ("off", "optional", "required")
GUARD_OFF = "off"
PRESETS_DIR = "safety/profiles"
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
MAX_SYSTEM_PROMPT = 4000


class Action(str, Enum):
    """What the screen does when a category's score reaches its threshold; ordered by severity."""

    ALLOW = "allow"
    WARN = "warn"
    BLOCK = "block"

    @property
    def severity(self) -> int:
        return _SEVERITY[self]


_SEVERITY = {Action.ALLOW: 0, Action.WARN: 1, Action.BLOCK: 2}


class ProfileError(HearthError):
    """A profile file is malformed; ``field`` names where (and ``line`` when known)."""

    title = QT_TRANSLATE_NOOP("Errors", "The safety profile is not valid")

    def __init__(self, field_path: str, problem: str, source: str | None = None, line: int | None = None) -> None:
        where = field_path or "the file"
        location = f" (line {line})" if line else ""
        origin = f"{source}: " if source else ""
        super().__init__(f"{origin}{where}{location}: {problem}",
                         "Fix that field, or start again from a preset with “Clone”.")
        self.field = field_path
        self.line = line
        self.problem = problem


@dataclass(frozen=True)
class Rule:
    """One category in one direction: the action and the score that triggers it."""

    action: Action
    threshold: float
    warn_from: float | None = None  # for a block rule: scores in [warn_from, threshold) are warned about

    def action_for(self, score: float) -> Action:
        if score >= self.threshold:
            return self.action
        if self.warn_from is not None and score >= self.warn_from and self.action is Action.BLOCK:
            return Action.WARN
        return Action.ALLOW

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"action": self.action.value, "threshold": round(self.threshold, 4)}
        if self.warn_from is not None:
            data["warn_from"] = round(self.warn_from, 4)
        return data


@dataclass(frozen=True)
class SafetyProfile:
    """A validated profile. Build one with :func:`parse_profile` or :func:`load_profile`."""

    id: str
    name: str
    version: int
    description: str
    audience: str
    system_prompt_addition: str
    answer_max_tokens: int
    rules: dict[str, dict[str, Rule]]  # category id -> direction -> rule
    based_on: str | None = None
    locked_fields: tuple[str, ...] = field(default=())
    guard: str = GUARD_OFF  # one of GUARD_MODES
    watermark: bool = False  # watermark answers statistically (app.provenance.watermark)

    def rule(self, category_id: str, direction: str) -> Rule:
        return self.rules[category_id][direction]

    @property
    def is_preset(self) -> bool:
        return self.id in PRESET_IDS and self.based_on is None

    def to_data(self) -> dict[str, Any]:
        """The profile as plain data in schema order (the source of the hash and of exports)."""
        data: dict[str, Any] = {
            "schema": SCHEMA_VERSION, "id": self.id, "name": self.name, "version": self.version,
            "description": self.description, "audience": self.audience,
            "system_prompt_addition": self.system_prompt_addition,
            "answer_max_tokens": self.answer_max_tokens,
        }
        if self.guard != GUARD_OFF:  # left out when off, so older profiles keep their hash
            data["guard"] = self.guard
        if self.watermark:  # left out when off, for the same reason
            data["watermark"] = True
        if self.based_on:
            data["based_on"] = self.based_on
        data["categories"] = {cid: {d: self.rules[cid][d].to_data() for d in DIRECTIONS} for cid in CATEGORY_IDS}
        return data

    @property
    def content_hash(self) -> str:
        canonical = json.dumps(self.to_data(), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    def with_rule(self, category_id: str, direction: str, action: Action | None = None,
                  threshold: float | None = None, warn_from: float | None | object = ...) -> "SafetyProfile":
        """A copy with one rule changed (validated); ``warn_from=None`` removes the warning band.

        A warning band above a lowered threshold is clamped down to it.
        """
        old = self.rule(category_id, direction)
        band = old.warn_from if warn_from is ... else warn_from
        new = Rule(action or old.action, old.threshold if threshold is None else threshold,
                   None if band is None else float(band))  # type: ignore[arg-type]
        where = f"categories.{category_id}.{direction}"
        _check_threshold(new.threshold, f"{where}.threshold")
        if new.warn_from is not None:
            _check_threshold(new.warn_from, f"{where}.warn_from")
            if new.warn_from > new.threshold:
                new = replace(new, warn_from=new.threshold)
        rules = {cid: dict(by_dir) for cid, by_dir in self.rules.items()}
        rules[category_id][direction] = new
        return replace(self, rules=rules)

    def with_guard(self, mode: str) -> "SafetyProfile":
        """A copy that asks for the guard model as ``mode`` says (one of :data:`GUARD_MODES`)."""
        return replace(self, guard=_check_guard(mode))

    def with_watermark(self, on: bool) -> "SafetyProfile":
        """A copy that watermarks its answers (or not)."""
        return replace(self, watermark=bool(on))

    def clone(self, new_id: str, name: str) -> "SafetyProfile":
        """A custom copy that remembers which profile it came from."""
        if not _ID.fullmatch(new_id) or new_id in PRESET_IDS:
            raise ProfileError("id", f"{new_id!r} cannot be used: ids are 2–64 lowercase letters, digits, '.', '_' "
                                     "or '-', and the preset ids are taken")
        return replace(self, id=new_id, name=name.strip() or new_id, version=1,
                       based_on=self.based_on or self.id)


# Parsing ----------------------------------------------------------------------

_TOP_KEYS = {"schema", "id", "name", "version", "description", "audience", "system_prompt_addition",
             "answer_max_tokens", "guard", "watermark", "based_on", "categories"}


def profile_changes(old: SafetyProfile | None, new: SafetyProfile) -> list[dict[str, Any]]:
    """The fields in which ``new`` differs from ``old`` (every field when there was no old profile)."""
    return field_changes(old.to_data() if old is not None else {}, new.to_data())


def parse_profile(text: str, source: str | None = None, fmt: str = "toml") -> SafetyProfile:
    """Parse and validate a profile document (``fmt`` is "toml" or "json")."""
    try:
        data = tomllib.loads(text) if fmt == "toml" else json.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError("", f"this is not valid TOML ({exc})", source, _line_from(str(exc))) from exc
    except json.JSONDecodeError as exc:
        raise ProfileError("", f"this is not valid JSON ({exc.msg})", source, exc.lineno) from exc
    try:
        return _validate(data)
    except ProfileError as exc:
        raise ProfileError(exc.field, exc.problem, source, find_line(text, exc.field)) from None


def load_profile(path: Path) -> SafetyProfile:
    """Read a profile file (TOML, or JSON when the name ends in .json)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError("", f"the file cannot be read ({exc})", str(path)) from exc
    return parse_profile(text, str(path), "json" if path.suffix.lower() == ".json" else "toml")


def preset(profile_id: str) -> SafetyProfile:
    """One of the shipped presets (child, teen, school, standard, open)."""
    if profile_id not in PRESET_IDS:
        raise ProfileError("id", f"there is no preset {profile_id!r}; presets: {', '.join(PRESET_IDS)}")
    return _load_preset(profile_id)


@lru_cache(maxsize=len(PRESET_IDS))
def _load_preset(profile_id: str) -> SafetyProfile:
    """Presets ship read-only with the app, so each is parsed once (profiles are immutable values)."""
    return load_profile(resource_path(PRESETS_DIR) / f"{profile_id}.toml")


def presets() -> list[SafetyProfile]:
    return [preset(pid) for pid in PRESET_IDS]


def _validate(data: Any) -> SafetyProfile:
    if not isinstance(data, dict):
        raise ProfileError("", "a profile must be a table of fields")
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise ProfileError(unknown[0], f"unknown field; expected one of {', '.join(sorted(_TOP_KEYS))}")
    schema = _require(data, "schema", int)
    if schema != SCHEMA_VERSION:
        raise ProfileError("schema", f"schema {schema} is not supported; this Hearth reads schema {SCHEMA_VERSION}")
    profile_id = _require(data, "id", str)
    if not _ID.fullmatch(profile_id):
        raise ProfileError("id", "must be 2–64 lowercase letters, digits, '.', '_' or '-', starting with a "
                                 "letter or digit")
    version = _require(data, "version", int)
    if version < 1:
        raise ProfileError("version", "must be 1 or more")
    audience = _require(data, "audience", str)
    if audience not in AUDIENCES:
        raise ProfileError("audience", f"must be one of {', '.join(AUDIENCES)}, not {audience!r}")
    addition = _require(data, "system_prompt_addition", str)
    if len(addition) > MAX_SYSTEM_PROMPT:
        raise ProfileError("system_prompt_addition", f"is {len(addition)} characters; at most {MAX_SYSTEM_PROMPT}")
    cap = _require(data, "answer_max_tokens", int)
    if not 16 <= cap <= 32768:
        raise ProfileError("answer_max_tokens", f"must be between 16 and 32768, not {cap}")
    based_on = data.get("based_on")
    if based_on is not None and not (isinstance(based_on, str) and _ID.fullmatch(based_on)):
        raise ProfileError("based_on", "must be the id of the profile this one was cloned from")
    return SafetyProfile(
        id=profile_id, name=_require(data, "name", str).strip() or profile_id, version=version,
        description=data.get("description", "") if isinstance(data.get("description", ""), str) else
        _type_error("description", str), audience=audience, system_prompt_addition=addition,
        answer_max_tokens=cap, rules=_validate_categories(data.get("categories")), based_on=based_on,
        guard=_check_guard(data.get("guard", GUARD_OFF)), watermark=_check_watermark(data.get("watermark", False)),
    )


def _check_watermark(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ProfileError("watermark", f"must be true or false, not {value!r}")
    return value


def _check_guard(mode: Any) -> str:
    if not isinstance(mode, str) or mode not in GUARD_MODES:
        raise ProfileError("guard", f"must be one of {', '.join(GUARD_MODES)}, not {mode!r}")
    return mode


def _validate_categories(raw: Any) -> dict[str, dict[str, Rule]]:
    if not isinstance(raw, dict):
        raise ProfileError("categories", "missing: give a [categories.ID] table for every category")
    unknown = sorted(set(raw) - set(CATEGORY_IDS))
    if unknown:
        raise ProfileError(f"categories.{unknown[0]}", f"unknown category; known: {', '.join(CATEGORY_IDS)}")
    rules: dict[str, dict[str, Rule]] = {}
    for cid in CATEGORY_IDS:
        where = f"categories.{cid}"
        entry = raw.get(cid)
        if not isinstance(entry, dict):
            raise ProfileError(where, "missing: every category needs a prompt and an answer rule")
        extra = sorted(set(entry) - set(DIRECTIONS))
        if extra:
            raise ProfileError(f"{where}.{extra[0]}", "unknown direction; use 'prompt' and 'answer'")
        rules[cid] = {d: _validate_rule(entry.get(d), f"{where}.{d}") for d in DIRECTIONS}
    return rules


def parse_rule(raw: Any, where: str) -> Rule:
    """Validate one ``{ action, threshold, warn_from }`` table; errors name ``where``."""
    return _validate_rule(raw, where)


def _validate_rule(raw: Any, where: str) -> Rule:
    if not isinstance(raw, dict):
        raise ProfileError(where, "missing: give { action = \"allow|warn|block\", threshold = 0.0–1.0 }")
    extra = sorted(set(raw) - {"action", "threshold", "warn_from"})
    if extra:
        raise ProfileError(f"{where}.{extra[0]}",
                           "unknown field; a rule has 'action', 'threshold' and optionally 'warn_from'")
    action = _require(raw, "action", str, where)
    try:
        parsed = Action(action)
    except ValueError:
        raise ProfileError(f"{where}.action", f"must be allow, warn or block, not {action!r}") from None
    threshold = raw.get("threshold")
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)):
        raise ProfileError(f"{where}.threshold", "missing or not a number; give a score between 0.0 and 1.0")
    _check_threshold(float(threshold), f"{where}.threshold")
    warn_from = raw.get("warn_from")
    if warn_from is not None:
        if isinstance(warn_from, bool) or not isinstance(warn_from, (int, float)):
            raise ProfileError(f"{where}.warn_from", "must be a number between 0.0 and the threshold")
        _check_threshold(float(warn_from), f"{where}.warn_from")
        if warn_from > threshold:
            raise ProfileError(f"{where}.warn_from", f"must not be above the threshold ({threshold})")
        warn_from = float(warn_from)
    return Rule(parsed, float(threshold), warn_from)


def _check_threshold(value: float, where: str) -> None:
    if not 0.0 <= value <= 1.0:
        raise ProfileError(where, f"must be between 0.0 and 1.0, not {value}")


def _require(data: dict[str, Any], key: str, kind: type, prefix: str = "") -> Any:
    where = f"{prefix}.{key}" if prefix else key
    if key not in data:
        raise ProfileError(where, "missing")
    value = data[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        _type_error(where, kind)
    return value


def _type_error(where: str, kind: type) -> Any:
    names = {str: "text", int: "a whole number", float: "a number"}
    raise ProfileError(where, f"must be {names.get(kind, kind.__name__)}")


def _line_from(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else None


def find_line(text: str, field_path: str) -> int | None:
    """Best effort: the line that defines ``field_path`` (``a.b``, ``a.b[2]``) in a TOML or JSON source."""
    if not field_path:
        return None
    parts = re.sub(r"\[\d+\]$", "", field_path).split(".")
    lines = text.splitlines()
    start = 0
    if parts[0] == "categories" and len(parts) >= 2:
        header = re.compile(rf"^\s*\[\s*categories\.{re.escape(parts[1])}\s*\]|\"{re.escape(parts[1])}\"\s*:")
        found = next((i for i, line in enumerate(lines) if header.search(line)), None)
        if found is None:
            return None
        start = found
        if len(parts) == 2:
            return found + 1
    key = re.compile(rf"(^|[\s{{,\"]){re.escape(parts[-1] if len(parts) < 4 else parts[2])}\"?\s*[=:]")
    for index in range(start, len(lines)):
        if key.search(lines[index]):
            return index + 1
    return None


# Export -------------------------------------------------------------------------

def to_toml(profile: SafetyProfile) -> str:
    """The profile as a TOML document that :func:`parse_profile` reads back unchanged."""
    data = profile.to_data()
    out = [f"# Hearth safety profile (schema {SCHEMA_VERSION}). Content hash: {profile.content_hash}"]
    for key, value in data.items():
        if key != "categories":
            out.append(f"{key} = {_toml_value(value)}")
    for cid, by_dir in data["categories"].items():
        out.append("")
        out.append(f"[categories.{cid}]")
        for direction, rule in by_dir.items():
            warn = f', warn_from = {rule["warn_from"]}' if "warn_from" in rule else ""
            out.append(f'{direction} = {{ action = "{rule["action"]}", threshold = {rule["threshold"]}{warn} }}')
    return "\n".join(out) + "\n"


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string
    return str(value)
