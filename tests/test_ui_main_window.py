"""The main window against the fake engine: chatting, streaming, conversations, errors."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from model_files import write_gguf
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from app.chat.store import MessageStatus
from app.core.settings import GenerationSettings
from app.engine.fake import FakeEngine
from app.services import Services
from app.ui.application import create_main_window
from app.ui.conversation_model import CONVERSATION_ID_ROLE
from app.ui.main_window import MainWindow
from app.ui.style import Colors
from ui_windows import shown_main_window

TIMEOUT_MS = 5000


@pytest.fixture
def window(qtbot, services: Services, fake_engine: FakeEngine) -> Iterator[MainWindow]:
    fake_engine.token_delay = 0.01
    yield from shown_main_window(qtbot, services)


def type_and_send(qtbot, window: MainWindow, text: str) -> None:
    window.input.setFocus()
    qtbot.keyClicks(window.input, text)
    qtbot.keyClick(window.input, Qt.Key.Key_Return)


def wait_idle(qtbot, window: MainWindow, timeout: int = TIMEOUT_MS) -> None:
    qtbot.waitUntil(lambda: not window.turns.busy, timeout=timeout)


def stored(window: MainWindow) -> list[tuple[str, str, str]]:
    assert window.conversation_id is not None
    return [(m.role, m.content, m.status) for m in window.store.messages(window.conversation_id)]


def test_window_starts_with_one_conversation(window: MainWindow) -> None:
    assert window.windowTitle() == "Hearth"
    assert len(window.store.conversations()) == 1
    assert window.conversation_list.model().rowCount() == 1
    assert window.conversation_list.currentIndex().data(CONVERSATION_ID_ROLE) == window.conversation_id
    assert window.banner.isHidden()
    assert window.input.placeholderText() == "Message Hearth…"
    assert window.search.placeholderText() == "Search chats"
    assert window.model_picker.currentText() == "SmolLM2 135M Instruct (bundled)"
    assert window.model_picker.findText("Open GGUF file…") > 0
    for widget in (window.input, window.send_button, window.search, window.conversation_list, window.chat_view,
                   window.model_picker, window.new_chat_button):
        assert widget.accessibleName()


def test_the_window_carries_hearths_icon_at_every_shipped_size(window: MainWindow) -> None:
    from app.ui.application import ICON_SIZES

    icon = window.windowIcon()
    assert not icon.isNull()
    assert sorted(size.width() for size in icon.availableSizes()) == sorted(ICON_SIZES)


def test_send_streams_the_answer_into_the_view_and_store(qtbot, window: MainWindow,
                                                         fake_engine: FakeEngine) -> None:
    fake_engine.enqueue("Paris is the capital of **France**.")
    with qtbot.waitSignal(window.turns.textBatch, timeout=TIMEOUT_MS):
        type_and_send(qtbot, window, "What is the capital of France?")
        assert window.send_button.text() == "Stop"
        assert window.input.toPlainText() == ""
    wait_idle(qtbot, window)
    assert window.send_button.text() == "Send"
    text = window.chat_view.toPlainText()
    assert "You" in text and "Fake model" in text
    assert "What is the capital of France?" in text
    assert "Paris is the capital of France." in text  # rendered as Markdown: no asterisks
    assert stored(window) == [
        ("user", "What is the capital of France?", MessageStatus.COMPLETE),
        ("assistant", "Paris is the capital of **France**.", MessageStatus.COMPLETE),
    ]
    assert "tokens/s" in window.speed_status.text()
    assert window.context_status.text().endswith("/ 2048 tokens")
    # the first words became the conversation's title
    assert window.conversation_list.currentIndex().data() == "What is the capital of France?"


def test_shift_enter_makes_a_new_line_instead_of_sending(qtbot, window: MainWindow) -> None:
    qtbot.keyClicks(window.input, "line one")
    qtbot.keyClick(window.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(window.input, "line two")
    assert window.input.toPlainText() == "line one\nline two"
    assert not window.turns.busy


def test_code_blocks_are_rendered(qtbot, window: MainWindow, fake_engine: FakeEngine) -> None:
    fake_engine.enqueue("Here:\n\n```python\ndef add(a, b):\n    return a + b\n```")
    type_and_send(qtbot, window, "Write add in Python")
    wait_idle(qtbot, window)
    text = window.chat_view.toPlainText()
    assert "def add(a, b):" in text and "```" not in text


@pytest.mark.parametrize("answer", [
    "Here:\n\n```python\ndef add(a, b):\n    return a + b\n```",
    "```python\ndef add(a, b):\n    return a + b\n```\nThat adds them.",  # opens with the fence
])
def test_every_line_of_a_code_block_is_shaded(qtbot, window: MainWindow, fake_engine: FakeEngine,
                                              answer: str) -> None:
    fake_engine.enqueue(answer)
    type_and_send(qtbot, window, "Write add in Python")
    wait_idle(qtbot, window)
    block = window.chat_view.document().firstBlock()
    shaded: dict[str, bool] = {}
    while block.isValid():
        if block.text().strip() in ("def add(a, b):", "return a + b", "That adds them.", "Here:"):
            shaded[block.text().strip()] = block.blockFormat().background().color() == Colors.code_background
        block = block.next()
    assert shaded["def add(a, b):"] and shaded["return a + b"], shaded
    assert not shaded.get("Here:", False) and not shaded.get("That adds them.", False)


def test_new_chat(qtbot, window: MainWindow, fake_engine: FakeEngine) -> None:
    type_and_send(qtbot, window, "hello")
    wait_idle(qtbot, window)
    first = window.conversation_id
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.conversation_id != first
    assert len(window.store.conversations()) == 2
    assert window.conversation_list.model().rowCount() == 2
    assert "hello" not in window.chat_view.toPlainText()
    assert window.conversation_list.currentIndex().data(CONVERSATION_ID_ROLE) == window.conversation_id


def test_rename_in_place(qtbot, window: MainWindow) -> None:
    window.rename_action.trigger()
    editor = window.conversation_list.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "Holiday plans")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: window.store.conversation(window.conversation_id).title == "Holiday plans")
    assert window.conversation_list.currentIndex().data() == "Holiday plans"


def test_delete_asks_first(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    first = window.conversation_id
    window.new_chat()
    second = window.conversation_id
    asked: list[str] = []
    monkeypatch.setattr(window, "confirm_delete", lambda title: asked.append(title) or False)
    window.conversation_list.setFocus()
    qtbot.keyClick(window.conversation_list, Qt.Key.Key_Delete)
    assert asked == ["New chat"]
    assert len(window.store.conversations()) == 2

    monkeypatch.setattr(window, "confirm_delete", lambda title: True)
    qtbot.keyClick(window.conversation_list, Qt.Key.Key_Delete)
    assert [c.id for c in window.store.conversations()] == [first]
    assert window.conversation_id == first != second
    assert window.conversation_list.model().rowCount() == 1


def test_deleting_the_last_conversation_starts_a_new_one(qtbot, window: MainWindow,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    type_and_send(qtbot, window, "Something to forget")
    wait_idle(qtbot, window)
    monkeypatch.setattr(window, "confirm_delete", lambda title: True)
    window.delete_action.trigger()
    assert len(window.store.conversations()) == 1
    assert window.conversation_id is not None
    assert window.store.messages(window.conversation_id) == []
    assert "Something to forget" not in window.chat_view.toPlainText()


def test_search_finds_a_message_and_opens_its_conversation(qtbot, window: MainWindow,
                                                           fake_engine: FakeEngine) -> None:
    fake_engine.enqueue("Volcanoes form where magma rises.")
    type_and_send(qtbot, window, "How do volcanoes form?")
    wait_idle(qtbot, window)
    volcano_chat = window.conversation_id
    window.new_chat()
    assert window.conversation_id != volcano_chat

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "magma")
    view = window.conversation_list
    assert view.model().rowCount() == 1
    index = view.model().index(0, 0)
    assert "magma" in index.data()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert window.conversation_id == volcano_chat
    assert "Volcanoes form where magma rises." in window.chat_view.toPlainText()

    window.search.clear()
    assert view.model().rowCount() == 2


def test_regenerate_replaces_the_answer(qtbot, window: MainWindow, fake_engine: FakeEngine) -> None:
    fake_engine.enqueue("First answer.", "Second answer.")
    type_and_send(qtbot, window, "Tell me something")
    wait_idle(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.turns.busy
    wait_idle(qtbot, window)
    assert stored(window) == [("user", "Tell me something", "complete"), ("assistant", "Second answer.", "complete")]
    text = window.chat_view.toPlainText()
    assert "Second answer." in text and "First answer." not in text


def test_edit_last_resends(qtbot, window: MainWindow, fake_engine: FakeEngine) -> None:
    fake_engine.enqueue("About cats.", "About dogs.")
    type_and_send(qtbot, window, "Tell me about cats")
    wait_idle(qtbot, window)
    qtbot.keyClick(window.input, Qt.Key.Key_Up)  # Up in the empty box, like Ctrl+E
    assert window.input.toPlainText() == "Tell me about cats"
    window.input.clear()
    type_and_send(qtbot, window, "Tell me about dogs")
    wait_idle(qtbot, window)
    assert stored(window) == [("user", "Tell me about dogs", "complete"), ("assistant", "About dogs.", "complete")]
    text = window.chat_view.toPlainText()
    assert "cats" not in text and "About dogs." in text


def test_ctrl_e_puts_the_last_message_in_the_input(qtbot, window: MainWindow) -> None:
    type_and_send(qtbot, window, "Original")
    wait_idle(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.input.toPlainText() == "Original"
    assert window.editing_last


def test_copy_last_answer(qtbot, window: MainWindow, fake_engine: FakeEngine) -> None:
    fake_engine.enqueue("Copy **me**.")
    type_and_send(qtbot, window, "Say something")
    wait_idle(qtbot, window)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QGuiApplication.clipboard().text() == "Copy **me**."


def test_stop_a_long_answer(qtbot, window: MainWindow, fake_engine: FakeEngine) -> None:
    fake_engine.enqueue(" ".join(f"word{i}" for i in range(400)))
    type_and_send(qtbot, window, "Talk for a long time")
    qtbot.waitUntil(lambda: "word5" in window.chat_view.toPlainText(), timeout=TIMEOUT_MS)
    qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)  # the Send button is Stop now
    wait_idle(qtbot, window, timeout=1000)
    role, content, status = stored(window)[-1]
    assert (role, status) == ("assistant", MessageStatus.CANCELLED)
    assert content.startswith("word0 word1") and "word399" not in content
    assert "Stopped" in window.chat_view.toPlainText()
    assert window.send_button.text() == "Send"


def test_escape_stops(qtbot, window: MainWindow, fake_engine: FakeEngine) -> None:
    fake_engine.enqueue(" ".join(f"word{i}" for i in range(400)))
    type_and_send(qtbot, window, "Talk for a long time")
    qtbot.waitUntil(lambda: "word3" in window.chat_view.toPlainText(), timeout=TIMEOUT_MS)
    qtbot.keyClick(window.input, Qt.Key.Key_Escape)
    wait_idle(qtbot, window, timeout=1000)
    assert stored(window)[-1][2] == MessageStatus.CANCELLED


def test_settings_reject_out_of_range_temperature(qtbot, window: MainWindow) -> None:
    before = window.store.conversation(window.conversation_id).settings
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.settings_dialog
    assert dialog is not None and dialog.isVisible()
    temperature = dialog.fields["temperature"]
    assert temperature.toolTip().startswith("Higher is more varied")
    temperature.lineEdit().selectAll()
    qtbot.keyClicks(temperature.lineEdit(), "5")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    error = dialog.errors["temperature"]
    assert error.isVisible()
    assert "Temperature must be between 0 and 2" in error.text()
    assert window.store.conversation(window.conversation_id).settings == before

    temperature.lineEdit().selectAll()
    qtbot.keyClicks(temperature.lineEdit(), "0.3")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.settings_dialog is None)
    assert window.store.conversation(window.conversation_id).settings.temperature == pytest.approx(0.3)


def test_settings_arrows_stay_in_range_and_cross_field_errors_show(qtbot, window: MainWindow) -> None:
    window.open_settings()
    dialog = window.settings_dialog
    assert dialog is not None
    top_p = dialog.fields["top_p"]
    top_p.stepBy(100)
    assert top_p.value() == pytest.approx(1.0)
    dialog.fields["max_tokens"].setValue(4096)
    dialog.fields["n_ctx"].setValue(1024)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert "must be smaller than the context length" in dialog.errors["max_tokens"].text()
    dialog.reject()
    assert window.store.conversation(window.conversation_id).settings == GenerationSettings()


def test_dropped_context_notice(qtbot, window: MainWindow, fake_engine: FakeEngine) -> None:
    fake_engine.dropped_messages = 2
    type_and_send(qtbot, window, "Another question")
    wait_idle(qtbot, window)
    assert "2 older messages no longer fit in the context and were left out" in window.chat_view.toPlainText()


def test_crash_shows_banner_marks_interrupted_and_next_send_works(qtbot, window: MainWindow,
                                                                  fake_engine: FakeEngine) -> None:
    fake_engine.enqueue("one two three four five six", "Back again.")
    fake_engine.crash_after_tokens = 3
    type_and_send(qtbot, window, "Count for me")
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=TIMEOUT_MS)
    wait_idle(qtbot, window)
    assert window.isVisible()
    assert window.banner.title.text() == "The engine stopped unexpectedly"
    assert "fake crash" in window.banner.text.text()
    assert stored(window)[-1] == ("assistant", "one two three", MessageStatus.INTERRUPTED)
    text = window.chat_view.toPlainText()
    assert "one two three" in text and "Interrupted" in text

    type_and_send(qtbot, window, "Try again")
    wait_idle(qtbot, window)
    assert stored(window)[-1] == ("assistant", "Back again.", MessageStatus.COMPLETE)
    assert window.banner.isHidden()
    assert "Back again." in window.chat_view.toPlainText()


def test_banner_can_be_dismissed(qtbot, window: MainWindow) -> None:
    window.banner.show_error("Title", "Text")
    assert window.banner.isVisible()
    qtbot.mouseClick(window.banner.close_button, Qt.MouseButton.LeftButton)
    assert window.banner.isHidden()


def test_choosing_a_model_file(qtbot, window: MainWindow, services: Services,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    model = write_gguf(services.paths.models_dir / "tiny.gguf")
    services.models.accept_licence(services.models.library.describe(model))
    monkeypatch.setattr(window.model_picker, "ask_gguf_file", lambda: model)
    window.model_picker.reload(None)
    assert window.model_picker.findText("tiny") > 0
    window.model_picker.activated.emit(window.model_picker.findText("Open GGUF file…"))
    assert services.config.model_path == str(model)
    assert window.model_picker.currentText() == "tiny"
    assert window.model_status.text() == "tiny"
    window.model_picker.activated.emit(0)
    assert services.config.model_path is None


def test_choosing_a_model_that_leaves_little_memory_says_so(qtbot, window: MainWindow, services: Services,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    model = write_gguf(services.paths.models_dir / "tiny.gguf")
    services.models.accept_licence(services.models.library.describe(model))
    window.model_picker.reload(None)
    window.model_picker.activated.emit(window.model_picker.findText("tiny"))
    assert not window.statusBar().currentMessage().startswith("Memory will be tight")
    needed = services.models.fit(services.models.library.describe(model), 2048).needed
    monkeypatch.setattr("app.models.fit.psutil.virtual_memory",
                        lambda: type("Memory", (), {"available": int(needed / 0.8)})())
    window.model_picker.activated.emit(0)
    window.model_picker.activated.emit(window.model_picker.findText("tiny"))
    assert services.config.model_path == str(model)  # a warning, not a refusal
    assert window.statusBar().currentMessage().startswith("Memory will be tight with this model: ")


def test_window_remembers_the_last_conversation(qtbot, services: Services) -> None:
    first = services.store.create_conversation("Older")
    services.store.create_conversation("Newer")
    services.config.last_conversation_id = first.id
    win = create_main_window(services)
    qtbot.addWidget(win)
    try:
        assert win.conversation_id == first.id
    finally:
        win.shutdown()
    assert QApplication.instance() is not None
