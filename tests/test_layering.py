"""Governance lives below the UI: no module outside app/ui may import PySide6."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import app

APP_ROOT = Path(app.__file__).parent


def non_ui_modules() -> list[str]:
    names = []
    for path in sorted(APP_ROOT.rglob("*.py")):
        rel = path.relative_to(APP_ROOT.parent).with_suffix("")
        if rel.parts[:2] == ("app", "ui"):
            continue
        names.append(".".join(p for p in rel.parts if p != "__init__"))
    return names


def test_every_non_ui_module_imports_without_pyside6() -> None:
    modules = non_ui_modules()
    assert "app.engine.worker" in modules and "app.cli" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6')\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_parent_process_never_imports_llama_cpp() -> None:
    """llama.cpp lives only in the engine process, so a native crash cannot take the window down."""
    modules = [m for m in non_ui_modules() if m != "app.engine.worker"]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print('llama_cpp' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
