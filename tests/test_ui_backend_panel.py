"""The Models view's Inference server tab, driven like a person would, against a scripted server on loopback."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from governance_fakes import PASSPHRASE
from PySide6.QtCore import Qt
from scripted_server import Running, scripted_server
from test_governance import set_up_guardian
from ui_windows import shown_main_window

from app.engine.remote import model_identity
from app.services import Services
from app.ui.backend_panel import BackendPanel
from app.ui.models_view import ModelsView

TIMEOUT_MS = 10_000


@pytest.fixture
def lab() -> Iterator[Running]:
    with scripted_server() as running:
        running.script.models = ["small", "lab-model"]
        yield running


def models_view(qtbot, services: Services) -> ModelsView:  # noqa: ANN001 - pytest-qt's qtbot
    """The Models view on its Inference server tab, as a person reaches it."""
    view = ModelsView(services)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.tabs.setCurrentWidget(view.backend)
    qtbot.waitUntil(lambda: not view.list_call.busy and not view.catalog.load_call.busy, timeout=TIMEOUT_MS)
    return view


def settle(qtbot, panel: BackendPanel) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not panel.list_call.busy and not panel.use_call.busy, timeout=TIMEOUT_MS)


def test_choosing_a_server_lists_its_models_and_switches_where_answers_come_from(
        qtbot, remote_services: Services, lab: Running) -> None:  # noqa: ANN001
    view = models_view(qtbot, remote_services)
    panel = view.backend
    assert panel.local_button.isChecked() and not panel.address.isEnabled()
    qtbot.mouseClick(panel.server_button, Qt.MouseButton.LeftButton)
    assert panel.address.isEnabled() and panel.list_button.isEnabled()
    qtbot.keyClicks(panel.address, lab.url)
    qtbot.mouseClick(panel.list_button, Qt.MouseButton.LeftButton)
    settle(qtbot, panel)
    assert [panel.model.itemText(i) for i in range(panel.model.count())] == ["small", "lab-model"]
    assert "2 model" in panel.message.text()
    panel.model.setCurrentText("lab-model")
    qtbot.keyClicks(panel.api_key, "sk-typed-here")
    with qtbot.waitSignal(panel.changed, timeout=TIMEOUT_MS):
        qtbot.mouseClick(panel.use_button, Qt.MouseButton.LeftButton)
    assert (remote_services.config.inference_server, remote_services.config.inference_model) == (lab.url,
                                                                                                "lab-model")
    assert panel.api_key.text() == "" and "lab-model" in panel.message.text()
    target = remote_services.inference_target()
    assert target is not None and target.api_key == "sk-typed-here"

    qtbot.mouseClick(panel.local_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.changed, timeout=TIMEOUT_MS):
        qtbot.mouseClick(panel.use_button, Qt.MouseButton.LeftButton)
    assert remote_services.inference_target() is None and "this computer" in panel.message.text()


def test_an_unreachable_server_is_explained_and_nothing_changes(qtbot, remote_services: Services) -> None:  # noqa
    view = models_view(qtbot, remote_services)
    panel = view.backend
    panel.server_button.setChecked(True)
    panel.address.setText("http://127.0.0.1:9")
    panel.model.setCurrentText("anything")
    qtbot.mouseClick(panel.use_button, Qt.MouseButton.LeftButton)
    settle(qtbot, panel)
    assert panel.message.isVisible() and "cannot reach" in panel.message.accessibleName()
    assert remote_services.config.inference_server is None
    panel.address.setText("lab-server")
    qtbot.mouseClick(panel.list_button, Qt.MouseButton.LeftButton)
    assert "not the address of an inference server" in panel.message.accessibleName()


def test_while_locked_the_tab_is_read_only_with_the_reason_and_names_the_allowlist_entry(
        qtbot, remote_services: Services, lab: Running) -> None:  # noqa: ANN001
    remote_services.use_inference_server(lab.url, model="lab-model")
    set_up_guardian(remote_services, model_allowlist=("0" * 64,))
    view = models_view(qtbot, remote_services)
    panel = view.backend
    assert panel.server_button.isChecked() and panel.address.text() == lab.url
    for widget in (panel.local_button, panel.server_button, panel.use_button, panel.address, panel.list_button):
        assert not widget.isEnabled()
    assert "guardian" in panel.use_button.toolTip().lower()
    assert model_identity(lab.url, "lab-model") in panel.allowlist_note.text()
    assert "Not on the model allowlist" in panel.allowlist_note.text()
    remote_services.governance.lock.unlock(PASSPHRASE)
    panel.apply_governance()
    assert panel.use_button.isEnabled() and panel.address.isEnabled()


def test_the_window_shows_the_servers_model_and_rests_the_local_picker(qtbot, remote_services: Services,
                                                                        lab: Running) -> None:  # noqa: ANN001
    for window in shown_main_window(qtbot, remote_services):
        window.models.open_view()
        view = window.models.view
        assert isinstance(view, ModelsView)
        view.tabs.setCurrentWidget(view.backend)
        view.backend.server_button.setChecked(True)
        view.backend.address.setText(lab.url)
        view.backend.model.setCurrentText("lab-model")
        with qtbot.waitSignal(view.modelsChanged, timeout=TIMEOUT_MS):
            view.backend.apply()
        assert window.model_status.text() == f"lab-model on the server {lab.url}"
        assert not window.model_picker.isEnabled()
        assert "inference server" in window.model_picker.toolTip()
        view.reject()
