"""The main window with the real engine process and the bundled model."""

from __future__ import annotations

import os
import re
import signal
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from app.chat.store import MessageStatus
from app.services import Services
from app.ui.application import create_main_window
from app.ui.main_window import MainWindow

pytestmark = pytest.mark.real_model
ANSWER_MS = 60_000


@pytest.fixture
def window(qtbot, real_services: Services) -> Iterator[MainWindow]:
    win = create_main_window(real_services)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.shutdown()


def send(qtbot, window: MainWindow, text: str) -> None:
    window.input.setFocus()
    qtbot.keyClicks(window.input, text)
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert window.turns.busy


def last_answer(window: MainWindow):
    assert window.conversation_id is not None
    message = window.store.messages(window.conversation_id)[-1]
    assert message.role == "assistant"
    return message


def start_long_answer(qtbot, window: MainWindow) -> None:
    settings = window.store.conversation(window.conversation_id).settings.with_changes(max_tokens=1500)
    window.store.update_settings(window.conversation_id, settings)
    send(qtbot, window, "Write a very long story about a dragon.")
    qtbot.waitUntil(lambda: len(window.store.messages(window.conversation_id)) == 2
                    and len(last_answer(window).content) > 40, timeout=ANSWER_MS)


def test_answers_a_question(qtbot, window: MainWindow) -> None:
    # greedy: the default seed is drawn afresh for every answer, and a small model sampled at 0.7 may wander
    store, conversation_id = window.store, window.conversation_id
    assert conversation_id is not None
    store.update_settings(conversation_id, store.conversation(conversation_id).settings.with_changes(temperature=0.0))
    send(qtbot, window, "What is the capital of France?")
    qtbot.waitUntil(lambda: not window.turns.busy, timeout=ANSWER_MS)
    answer = last_answer(window)
    assert answer.status == MessageStatus.COMPLETE
    assert answer.content.strip()
    assert "Paris" in answer.content
    view = window.chat_view.toPlainText()
    assert "What is the capital of France?" in view and "Paris" in view
    assert "SmolLM2 135M Instruct" in view
    assert window.banner.isHidden()
    assert "tokens/s" in window.speed_status.text()


def test_stop_a_long_answer(qtbot, window: MainWindow) -> None:
    start_long_answer(qtbot, window)
    stopped_at = time.perf_counter()
    qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.turns.busy, timeout=1000)
    assert time.perf_counter() - stopped_at < 1.0
    answer = last_answer(window)
    assert answer.status == MessageStatus.CANCELLED
    assert answer.content
    assert "Stopped" in window.chat_view.toPlainText()


def test_engine_killed_mid_answer(qtbot, window: MainWindow, real_services: Services) -> None:
    start_long_answer(qtbot, window)
    first_pid = real_services.engine.pid
    assert first_pid is not None
    os.kill(first_pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: not window.turns.busy, timeout=10_000)
    assert window.isVisible()
    answer = last_answer(window)
    assert answer.status == MessageStatus.INTERRUPTED
    assert answer.content.strip()
    assert "engine stopped" in (window.banner.title.text() + " " + window.banner.text.text()).lower()
    assert "Interrupted" in window.chat_view.toPlainText()
    first_word = re.findall(r"[A-Za-z]{4,}", answer.content)[0]
    assert first_word in window.chat_view.toPlainText()

    send(qtbot, window, "What is the capital of France?")
    qtbot.waitUntil(lambda: not window.turns.busy, timeout=ANSWER_MS)
    answer = last_answer(window)
    assert answer.status == MessageStatus.COMPLETE
    assert answer.content.strip()
    assert real_services.engine.pid not in (None, first_pid)
    assert window.banner.isHidden()
