"""Opening SQLite databases: WAL mode, numbered migrations, friendly errors.

Migrations are a list of small named functions (the simonw/llm way); the
names that have run are recorded in ``_hearth_migrations``. A database that
records a migration this build does not know was written by a newer Hearth
and is refused rather than guessed at.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from app.core.errors import DatabaseCorruptError, DatabaseTooNewError, DiskFullError
from app.core.i18n import QT_TRANSLATE_NOOP

Migration = Callable[[sqlite_utils.Database], None]
MIGRATIONS_TABLE = "_hearth_migrations"


def utc_now() -> str:
    """The current time as an ISO-8601 UTC string (microseconds, so consecutive writes order correctly)."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def connect_database(path: Path) -> sqlite_utils.Database:
    """One more connection to an existing database (WAL, foreign keys on), without migrating it."""
    conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 5000")
    db = sqlite_utils.Database(conn)
    db.enable_wal()
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    return db


class ThreadConnections:
    """One connection per thread to a database that ``first`` (already migrated) is open on.

    Sharing one sqlite3 connection between threads shares its statement cache,
    which crashes (SIGBUS/SIGSEGV) when two threads step the same cached
    statement; WAL lets each thread's connection read while another writes.
    ``setup`` runs on every new connection (per-connection pragmas).
    """

    def __init__(self, path: Path, first: sqlite_utils.Database,
                 setup: Callable[[sqlite_utils.Database], None] | None = None) -> None:
        self.path = path
        self.setup = setup
        self._lock = threading.Lock()
        self._local = threading.local()
        self._local.db = first
        self._all = [first]
        if setup is not None:
            setup(first)

    def get(self) -> sqlite_utils.Database:
        """This thread's connection, opened on first use."""
        db = getattr(self._local, "db", None)
        if db is None:
            db = connect_database(self.path)
            if self.setup is not None:
                self.setup(db)
            self._local.db = db
            with self._lock:
                self._all.append(db)
        return db

    def close(self) -> None:
        with self._lock:
            for db in self._all:
                db.conn.close()
            self._all.clear()


def open_database(path: Path, migrations: Sequence[Migration]) -> sqlite_utils.Database:
    """Open (creating if needed) the database at ``path`` and bring it up to date."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        db = connect_database(path)
        with translate_sqlite_errors():
            migrate(db, migrations)
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc) or "malformed" in str(exc):
            raise DatabaseCorruptError(
                f"The file {path} is not a readable Hearth database.",
                "It has been left untouched. Move it aside to start a fresh history, "
                "or restore it from a backup.",
            ) from exc
        raise
    return db


def migrate(db: sqlite_utils.Database, migrations: Sequence[Migration]) -> list[str]:
    """Run the migrations not yet recorded; return the names that ran."""
    table = db[MIGRATIONS_TABLE]
    if not table.exists():
        db.execute(f"CREATE TABLE {MIGRATIONS_TABLE} (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    applied = {row["name"] for row in table.rows}
    known = [fn.__name__ for fn in migrations]
    unknown = applied - set(known)
    if unknown:
        raise DatabaseTooNewError(
            "This chat history was saved by a newer version of Hearth "
            f"(it has changes named {', '.join(sorted(unknown))}).",
            "Install the newer Hearth to open it; nothing has been changed.",
        )
    ran = []
    for fn in migrations:
        if fn.__name__ in applied:
            continue
        fn(db)
        db.execute(f"INSERT INTO {MIGRATIONS_TABLE} (name, applied_at) VALUES (?, ?)", [fn.__name__, utc_now()])
        ran.append(fn.__name__)
    return ran


def is_disk_full(exc: BaseException) -> bool:
    """True for SQLite's and the OS's ways of saying there is no space left."""
    text = str(exc).lower()
    return "database or disk is full" in text or "no space left" in text


@contextmanager
def translate_sqlite_errors() -> Iterator[None]:
    """Turn 'disk full' from SQLite or the OS into a :class:`DiskFullError`."""
    try:
        yield
    except (sqlite3.OperationalError, OSError) as exc:
        if is_disk_full(exc):
            raise DiskFullError.translatable(
                "Errors", QT_TRANSLATE_NOOP("Errors", "Hearth could not save because the disk is full."),
                QT_TRANSLATE_NOOP("Errors", "Free some space and try again; everything saved before this point is safe."),
            ) from exc
        raise
