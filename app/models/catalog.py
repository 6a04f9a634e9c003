"""The model catalog: curated GGUF models Hearth can download, with their licences and checksums.

A catalog is JSON (schema 1)::

    {"schema": 1,
     "entries": [{"id": "qwen2.5-1.5b-instruct",        # stable slug
                  "name": "Qwen2.5 1.5B Instruct", "description": "…",
                  "url": "https://huggingface.co/<repo>/resolve/main/<file>.gguf",
                  "file_name": "<file>.gguf",            # the name in the models folder
                  "size": 1120000000,                    # bytes, advisory
                  "sha256": "<64 hex>" | null,           # null: the entry is *unverified*
                  "licence": "Apache-2.0", "licence_url": "https://…",
                  "ram_gb": 3, "role": "chat" | "guard",
                  "parameters": "1.5B", "quantization": "Q4_K_M"}, …]}

Every field is required (``sha256`` may be null) and no other field is
accepted, so a typo in an administrator's catalog is an error, not a silently
ignored setting.

``size`` is advisory: it drives the free-space check and what the window
shows, and the sizes in the shipped catalog are approximate. The SHA-256 is
what is enforced: a download whose hash differs is deleted. An entry without
one is *unverified*; Hearth can then not tell a complete, genuine file from a
damaged or altered one, so the window and the CLI must say so and ask before
downloading it (see :attr:`CatalogEntry.verification_text` and
``app.models.download.download_entry(allow_unverified=…)``). Hashes are put in
the shipped catalog only where they are known for certain: the SmolLM2 135M
entry is pinned to the Hugging Face revision the bundled model was copied
from, and its hash is that file's.

An administrator (a school mirror, say) may point Hearth at another catalog:
a local file, or an https address fetched with the downloader's HTTP code
(certificates verified) and cached in the data folder, which is used when the
address cannot be reached. Entries may then use plain ``http://`` addresses
on the school's network, but only with a sha256: an unverified entry over
plain http is refused.
"""

from __future__ import annotations

import hashlib
import json
import re
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.atomic import write_bytes_atomically
from app.core.errors import HearthError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.paths import app_paths
from app.core.resources import resource_path
from app.models.http_fetch import DEFAULT_TIMEOUT_S, DownloadError, fetch_bytes

SCHEMA_VERSION = 1
SHIPPED_CATALOG = "models/catalog.json"
ROLES = ("chat", "guard")
FIELDS = ("id", "name", "description", "url", "file_name", "size", "sha256", "licence", "licence_url", "ram_gb",
          "role", "parameters", "quantization")
_TOP_LEVEL = ("schema", "entries")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_FILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]{0,199}\.gguf$")
_SHA256 = re.compile(r"^[0-9a-fA-F]{64}$")
_MAX_TEXT = 2000
_ADVICE = "Fix the catalog file, or ask whoever manages Hearth's model catalog."


class CatalogError(HearthError):
    """The catalog cannot be read or is malformed; ``entry`` and ``field`` say where, when it is one entry."""

    title = QT_TRANSLATE_NOOP("Errors", "The model catalog is not valid")

    def __init__(self, message: str, advice: str = _ADVICE, *, entry: str | None = None,
                 field: str | None = None) -> None:
        super().__init__(message, advice)
        self.entry = entry
        self.field = field


class ModelNotInCatalogError(CatalogError):
    """:meth:`Catalog.find` found no entry with that id or name."""

    title = QT_TRANSLATE_NOOP("Errors", "No such model in the catalog")


@dataclass(frozen=True)
class CatalogEntry:
    """One downloadable model."""

    id: str
    name: str
    description: str
    url: str
    file_name: str
    size: int
    sha256: str | None
    licence: str
    licence_url: str
    ram_gb: float
    role: str
    parameters: str
    quantization: str

    @property
    def verified(self) -> bool:
        """True when the catalog gives a SHA-256, so the download is checked."""
        return self.sha256 is not None

    @property
    def verification_text(self) -> str:
        """One sentence for the window or the CLI saying whether the download can be checked."""
        if self.verified:
            return "Verified: the download is checked against the catalog's SHA-256."
        return ("Unverified: the catalog has no checksum for this file, so Hearth cannot check that the download "
                "is complete and unaltered.")


@dataclass(frozen=True)
class Catalog:
    """A validated catalog; ``cached`` is True when an admin catalog's address was unreachable and the copy
    kept from an earlier fetch was used."""

    schema: int
    entries: tuple[CatalogEntry, ...]
    source: str
    cached: bool = False

    def __iter__(self) -> Iterator[CatalogEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(entry.id for entry in self.entries)

    def by_role(self, role: str) -> tuple[CatalogEntry, ...]:
        return tuple(entry for entry in self.entries if entry.role == role)

    def unverified(self) -> tuple[CatalogEntry, ...]:
        return tuple(entry for entry in self.entries if not entry.verified)

    def find(self, id_or_name: str) -> CatalogEntry:
        """The entry with this id (exactly) or name (ignoring case); else a :class:`ModelNotInCatalogError`."""
        wanted = id_or_name.strip()
        for entry in self.entries:
            if entry.id == wanted:
                return entry
        for entry in self.entries:
            if entry.name.casefold() == wanted.casefold():
                return entry
        raise ModelNotInCatalogError(f"There is no model called {wanted!r} in the catalog.",
                                     f"Known models: {', '.join(self.ids)}.")


# ---------------------------------------------------------------------------------------------------------------
# Loading


def shipped_catalog_path() -> Path:
    return resource_path(SHIPPED_CATALOG)


def catalog_cache_path(url: str) -> Path:
    """Where the copy of an admin catalog fetched from ``url`` is kept (in the data folder)."""
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]
    return app_paths().data_dir / "catalogs" / f"{digest}.json"


def load_catalog(path_or_url_text: str | Path | None = None, *, cafile: Path | None = None,
                 timeout: float = DEFAULT_TIMEOUT_S, retries: int = 2) -> Catalog:
    """Load and validate a catalog: the shipped one (None), a local file, or an https address.

    An https catalog is fetched (certificates verified; ``cafile`` adds a school's own authority), validated,
    then cached; when the address cannot be reached, the cached copy is used (``Catalog.cached``).
    """
    if path_or_url_text is None:
        return _load_file(shipped_catalog_path(), "the built-in model catalog")
    text = str(path_or_url_text)
    if isinstance(path_or_url_text, str) and "://" in text:
        return _load_url(text, cafile, timeout, retries)
    return _load_file(Path(text).expanduser(), f"the model catalog {text}")


def _load_file(path: Path, source: str) -> Catalog:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CatalogError(f"{_capital(source)} cannot be read ({exc.strerror or exc}).",
                           "Check the catalog's path in Hearth's settings.") from exc
    return parse_catalog(_decode(data, source), source)


def _load_url(url: str, cafile: Path | None, timeout: float, retries: int) -> Catalog:
    source = f"the model catalog at {url}"
    if urllib.parse.urlsplit(url).scheme.lower() != "https":
        raise CatalogError(f"{_capital(source)} does not use https, so Hearth cannot trust it.",
                           "Publish the catalog at an https:// address (it carries the models' checksums).")
    cache = catalog_cache_path(url)
    try:
        data = fetch_bytes(url, timeout=timeout, cafile=cafile, retries=retries, name="the model catalog")
    except DownloadError as exc:
        if cache.is_file():
            return _cached(cache, source)
        raise CatalogError(f"{_capital(source)} could not be fetched: {exc.message}", exc.advice) from exc
    catalog = parse_catalog(_decode(data, source), source)
    write_bytes_atomically(cache, data)
    return catalog


def _cached(cache: Path, source: str) -> Catalog:
    catalog = parse_catalog(_decode(cache.read_bytes(), source), source)
    return Catalog(catalog.schema, catalog.entries, catalog.source, cached=True)


def _decode(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CatalogError(f"{_capital(source)} is not UTF-8 text.", _ADVICE) from exc


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# ---------------------------------------------------------------------------------------------------------------
# Validation


def parse_catalog(text: str, source: str = "the model catalog") -> Catalog:
    """Validate catalog JSON text; the first problem raises a :class:`CatalogError` naming the entry and field."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CatalogError(f"{_capital(source)} is not valid JSON (line {exc.lineno}, column {exc.colno}: "
                           f"{exc.msg}).") from exc
    if not isinstance(data, dict):
        raise CatalogError(f"{_capital(source)} must be a JSON object with \"schema\" and \"entries\".")
    _check_top_level(data, source)
    entries = tuple(_parse_entry(raw, index, source) for index, raw in enumerate(data["entries"]))
    _check_unique(entries, "id", source)
    _check_unique(entries, "file_name", source)
    return Catalog(data["schema"], entries, source)


def _check_top_level(data: dict[str, Any], source: str) -> None:
    for key in data:
        if key not in _TOP_LEVEL:
            raise CatalogError(f"{_capital(source)} has an unknown top-level field {key!r}.", field=key)
    schema = data.get("schema")
    if isinstance(schema, bool) or not isinstance(schema, int):
        raise CatalogError(f"{_capital(source)} needs a whole-number \"schema\" (this Hearth reads schema "
                           f"{SCHEMA_VERSION}).", field="schema")
    if schema != SCHEMA_VERSION:
        newer = schema > SCHEMA_VERSION
        raise CatalogError(f"{_capital(source)} uses schema {schema}, which this Hearth cannot read.",
                           "Update Hearth." if newer else _ADVICE, field="schema")
    entries = data.get("entries")
    if not isinstance(entries, list) or not entries:
        raise CatalogError(f"{_capital(source)} needs \"entries\": a list of at least one model.", field="entries")


def _entry_error(source: str, label: str, field: str, problem: str) -> CatalogError:
    return CatalogError(f"In {source}, entry {label} has a bad {field!r}: {problem}.", entry=label, field=field)


def _parse_entry(raw: Any, index: int, source: str) -> CatalogEntry:
    label = f"number {index + 1}"
    if not isinstance(raw, dict):
        raise CatalogError(f"In {source}, entry {label} is not a JSON object.", entry=label)
    if isinstance(raw.get("id"), str) and raw["id"].strip():
        label = json.dumps(raw["id"])
    for field in FIELDS:
        if field not in raw:
            raise CatalogError(f"In {source}, entry {label} has no {field!r} field.", entry=label, field=field)
    for field in raw:
        if field not in FIELDS:
            raise CatalogError(f"In {source}, entry {label} has an unknown field {field!r}.", entry=label,
                               field=field)
    values = {}
    for field in FIELDS:
        try:
            values[field] = _VALIDATORS[field](raw[field])
        except ValueError as exc:
            raise _entry_error(source, label, field, str(exc)) from exc
    if urllib.parse.urlsplit(values["url"]).scheme == "http" and values["sha256"] is None:
        raise _entry_error(source, label, "url", "a plain http:// address needs a sha256, and this entry has none "
                                                 "(an unverified download must use https)")
    return CatalogEntry(**values)


def _check_unique(entries: tuple[CatalogEntry, ...], field: str, source: str) -> None:
    seen: set[str] = set()
    for entry in entries:
        value = getattr(entry, field)
        if value in seen:
            raise _entry_error(source, json.dumps(entry.id), field,
                               f"{value!r} is used by more than one entry")
        seen.add(value)


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("it must be a non-empty text")
    if len(value) > _MAX_TEXT:
        raise ValueError(f"it must be at most {_MAX_TEXT} characters")
    return value.strip()


def _slug(value: Any) -> str:
    if not isinstance(value, str) or not _SLUG.match(value):
        raise ValueError("it must be a short slug of lower-case letters, digits, '.', '-' or '_'")
    return value


def _web_address(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("it must be a web address")
    parts = urllib.parse.urlsplit(value.strip())
    if parts.scheme.lower() not in ("https", "http") or not parts.hostname:
        raise ValueError(f"{value!r} is not an https:// (or, with a sha256, http://) address")
    if parts.username or parts.password:
        raise ValueError("it must not contain a user name or password")
    return value.strip()


def _file_name(value: Any) -> str:
    if not isinstance(value, str) or not _FILE_NAME.match(value):
        raise ValueError("it must be a plain file name ending in .gguf (letters, digits, '.', '-', '_', '+'; "
                         "no folders)")
    return value


def _positive_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError("it must be a positive whole number of bytes")
    return value


def _sha256(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("it must be 64 hexadecimal characters, or null when the hash is not known")
    if not _SHA256.match(value):
        raise ValueError(f"it must be 64 hexadecimal characters, or null when the hash is not known "
                         f"(this one has {len(value)} characters)")
    return value.lower()


def _ram_gb(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 1024:
        raise ValueError("it must be a number of gigabytes above 0")
    return float(value)


def _role(value: Any) -> str:
    if value not in ROLES:
        raise ValueError(f"it must be one of {', '.join(ROLES)}")
    return str(value)


_VALIDATORS: dict[str, Callable[[Any], Any]] = {
    "id": _slug, "name": _text, "description": _text, "url": _web_address, "file_name": _file_name,
    "size": _positive_int, "sha256": _sha256, "licence": _text, "licence_url": _web_address, "ram_gb": _ram_gb,
    "role": _role, "parameters": _text, "quantization": _text,
}
