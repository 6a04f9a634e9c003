"""The ``hearth`` command in the terminal, run as a real subprocess against the bundled model."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__


def run_hearth(args: list[str], home: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HEARTH_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "app", *args], input=stdin, capture_output=True,
                          text=True, env=env, timeout=180)


def stored_messages(home: Path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(home / "data" / "chats.db")
    return conn.execute("SELECT role, content, status FROM messages ORDER BY id").fetchall()


def test_version() -> None:
    # The installed console script, found beside this interpreter (the venv need not be on PATH).
    hearth = Path(sys.executable).parent / "hearth"
    result = subprocess.run([str(hearth), "--version"], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == f"Hearth {__version__}"


@pytest.mark.real_model
def test_chat_answers_the_capital_of_france_and_persists_it(hearth_home: Path) -> None:
    result = run_hearth(["chat", "--temperature", "0", "What is the capital of France?"], hearth_home)
    assert result.returncode == 0, result.stderr
    assert "Paris" in result.stdout
    assert "conversation 1" in result.stderr and "complete" in result.stderr
    messages = stored_messages(hearth_home)
    assert messages[0] == ("user", "What is the capital of France?", "complete")
    assert messages[1][0] == "assistant" and messages[1][2] == "complete"
    assert messages[1][1].strip() == result.stdout.strip()


@pytest.mark.real_model
def test_chat_reads_the_question_from_stdin_and_continues_a_conversation(hearth_home: Path) -> None:
    first = run_hearth(["chat", "--max-tokens", "16"], hearth_home, stdin="Say hello.\n")
    assert first.returncode == 0, first.stderr
    second = run_hearth(["chat", "--conversation", "1", "--max-tokens", "16", "And goodbye."], hearth_home)
    assert second.returncode == 0, second.stderr
    assert [m[0] for m in stored_messages(hearth_home)] == ["user", "assistant", "user", "assistant"]


def test_errors_are_one_clear_line_not_a_traceback(hearth_home: Path, tmp_path: Path) -> None:
    not_a_model = tmp_path / "notes.txt"
    not_a_model.write_text("hello")
    cases = [
        (["chat", "--temperature", "9", "hi"], "Temperature must be between 0 and 2"),
        (["chat", "--model", str(not_a_model), "hi"], "is not a GGUF model file"),
        (["chat", "--conversation", "42", "hi"], "there is no conversation 42"),
    ]
    for args, words in cases:
        result = run_hearth(args, hearth_home)
        assert result.returncode == 1
        assert words in result.stderr
        assert "Traceback" not in result.stderr
    empty = run_hearth(["chat"], hearth_home, stdin="")
    assert empty.returncode == 2 and "give a question" in empty.stderr


def test_a_database_from_a_newer_hearth_is_explained(hearth_home: Path) -> None:
    from app.chat.store import ChatStore

    db_path = hearth_home / "data" / "chats.db"
    store = ChatStore(db_path)
    store.db.execute("INSERT INTO _hearth_migrations VALUES ('m999_future', 'x')")
    store.close()
    result = run_hearth(["chat", "hi"], hearth_home)
    assert result.returncode == 1
    assert "newer version of Hearth" in result.stderr and "Traceback" not in result.stderr
