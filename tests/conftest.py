"""Shared fixtures: every test gets its own HEARTH_HOME; fakes and the real model on request."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# One language for every run, whatever the machine's: the window's translations and the model's instructions
# follow the locale (tests that change it set it themselves).
os.environ["LC_ALL"] = "C.UTF-8"  # English; always present (en_US.UTF-8 may not be generated)
os.environ.pop("LANGUAGE", None)
# Subprocesses started by tests never touch the developer's real keyring: they use the 0600 file fallback.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import keyring  # noqa: E402
from keyring_memory import MemoryKeyring  # noqa: E402

from app.core.paths import AppPaths, app_paths  # noqa: E402

if TYPE_CHECKING:
    from app.engine.client import EngineProcess
from app.engine.fake import FakeEngine  # noqa: E402
from app.safety.screen import Screen  # noqa: E402
from app.services import Services, open_services  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def english_window(qapp) -> None:  # noqa: ANN001 - pytest-qt's qapp
    """The window's English as people see it (hearth_en.qm: "2 files", not "2 file(s)"), compiled if needed."""
    from app.ui import application

    if not (application.I18N_DIR / "hearth_en.qm").exists():
        subprocess.run([sys.executable, str(Path(__file__).parent.parent / "scripts" / "i18n.py"), "release"],
                       check=True, capture_output=True)
    assert application.load_translations(qapp, "en"), "Hearth's English translation did not load"


@pytest.fixture(autouse=True)
def hearth_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Move every file Hearth touches into a temporary folder."""
    home = tmp_path / "hearth-home"
    monkeypatch.setenv("HEARTH_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def isolated_keyring() -> Iterator[MemoryKeyring]:
    """Every test gets an empty in-memory keyring (never the OS one)."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def tidy_qt_between_tests() -> Iterator[None]:
    """Delete the widgets pytest-qt closed (deleteLater) before the next test starts.

    Left pending, they would be destroyed in the next test's event loop while
    that test's turn worker runs, which crashes PySide now and then.

    Also leave no QMimeData on the clipboard: the offscreen platform crashes at
    exit deleting one it still owns (PySide6 6.11).
    """
    yield
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QCoreApplication, QEvent
        from PySide6.QtGui import QGuiApplication

        if QCoreApplication.instance() is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if isinstance(QCoreApplication.instance(), QGuiApplication):
            QGuiApplication.clipboard().clear()


@pytest.fixture
def paths(hearth_home: Path) -> AppPaths:
    return app_paths().ensure()


@pytest.fixture
def fake_engine() -> FakeEngine:
    return FakeEngine()


@pytest.fixture
def services(paths: AppPaths, fake_engine: FakeEngine) -> Iterator[Services]:
    """Services wired to the fake engine and a detectors-only screen (fast unit tests)."""
    opened = open_services(paths, engine=fake_engine, screen=Screen(None))
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def real_screen() -> Iterator[Screen]:
    """The real screen (MiniLM in its own process plus the shipped heads), shared by the whole session."""
    from app.core.resources import resource_path
    from app.safety.classifier import DEFAULT_EMBEDDERS, Classifier
    from app.safety.embedder import EmbedderProcess

    embedder = EmbedderProcess()
    answers = EmbedderProcess(resource_path(DEFAULT_EMBEDDERS["answer"]))
    yield Screen(Classifier(embedder, answer_embedder=answers))
    embedder.close()
    answers.close()


@pytest.fixture
def real_services(paths: AppPaths, real_screen: Screen) -> Iterator[Services]:
    """Services with the real engine process, the bundled model and the real screen."""
    from app.engine.client import EngineProcess

    opened = open_services(paths, engine=EngineProcess(n_threads=2), screen=real_screen)
    yield opened
    opened.close()


@pytest.fixture
def remote_services(paths: AppPaths) -> Iterator[Services]:
    """Services with the real engine process and the detectors-only screen, for an inference server backend
    (nothing is loaded into the engine process unless a test asks)."""
    from app.engine.client import EngineProcess

    opened = open_services(paths, engine=EngineProcess(n_threads=2), screen=Screen(None))
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def loaded_engine() -> Iterator["EngineProcess"]:
    """A real engine process with the bundled model loaded, shared by one test module."""
    from app.engine.client import EngineProcess
    from app.models.files import bundled_model_path

    process = EngineProcess(n_threads=2)
    process.ensure_loaded(bundled_model_path(), 2048)
    yield process
    process.shutdown()
