"""Provenance in the window: copy, save and export answers with their signed records, the Verify dialog,
and the profile editor's watermark switch (fake engine; no real model)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from test_ui_governance import reachable_actions, set_up_guardian, unlock

from app.chat.store import Message
from app.engine.fake import FakeEngine
from app.governance.governance import Control
from app.provenance.device_key import DeviceKey, group_fingerprint, public_key_pem, read_public_key
from app.provenance.dsse import Envelope
from app.provenance.export import verify_bundle
from app.provenance.statement import AnswerProvenance, ModelFacts, parse_statement, sign_answer
from app.provenance.verify import ProvenanceVerdict, verify_text
from app.safety.profiles import preset
from app.services import Services
from app.ui.governance_state import control_of
from app.ui.main_window import MainWindow
from app.ui.profile_editor import IN_FORCE_ROW, PROFILE_ID_ROLE, ProfileEditorDialog
from app.ui.provenance_actions import ProvenanceActions, file_stem
from app.ui.provenance_dialog import IN_TOTO_MIME, TrustKeyDialog, VerifyDialog, pick_envelope
from ui_windows import shown_main_window

TIMEOUT_MS = 5000
ANSWER = "Volcanoes form where molten rock rises through cracks in the crust."
SECOND = "Most volcanoes sit on the edges of tectonic plates."


@pytest.fixture
def window(qtbot, services: Services, fake_engine: FakeEngine) -> Iterator[MainWindow]:
    fake_engine.token_delay = 0.0
    yield from shown_main_window(qtbot, services)


def ask(qtbot, window: MainWindow, fake_engine: FakeEngine, answer: str, question: str = "Tell me") -> Message:
    fake_engine.enqueue(answer)
    window.input.setPlainText(question)
    window.send()
    qtbot.waitUntil(lambda: not window.turns.busy, timeout=TIMEOUT_MS)
    last = window.provenance.last_answer()
    assert last is not None and last.content == answer
    return last


def trusted(services: Services) -> dict[str, bytes]:
    key = services.audit.device_key
    return {key.fingerprint_hex(): key.public_key_bytes()}


def foreign_envelope(text: str) -> tuple[DeviceKey, str]:
    """An answer record signed by another device's key."""
    other = DeviceKey(Ed25519PrivateKey.generate())
    record = AnswerProvenance(
        status="complete", app_version="0.1.0",
        model=ModelFacts("Other <b>model</b>", "other.gguf", "ab" * 32, "Q8_0", 1, 2048),
        sampling={"temperature": 0.7}, profile={"id": "teen", "name": "Teen", "hash": "cd" * 32},
        screening={"prompt": None, "answer": None}, started_at="2026-01-02T10:00:00Z",
        finished_at="2026-01-02T10:00:05Z", audit={"log": "hearth-elsewhere+1234", "index": 3})
    return other, sign_answer(other, text, record).to_json()


# copy ------------------------------------------------------------------------------------------------------------


def test_copy_with_provenance_puts_the_text_and_its_record_on_the_clipboard(
        qtbot, window: MainWindow, services: Services, fake_engine: FakeEngine) -> None:
    ask(qtbot, window, fake_engine, ANSWER)
    actions = window.provenance
    assert actions.copy_action.isEnabled()
    assert actions.button.menu() is actions.menu and actions.copy_action in actions.menu.actions()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == ANSWER
    assert mime.hasFormat(IN_TOTO_MIME)
    envelope = bytes(mime.data(IN_TOTO_MIME).data()).decode("utf-8")
    assert verify_text(ANSWER, envelope, trusted(services)).verdict is ProvenanceVerdict.VALID
    assert window.statusBar().currentMessage() == "Answer copied with its provenance record"


def test_copy_with_provenance_is_off_and_says_why_without_a_record(qtbot, window: MainWindow, services: Services,
                                                                   fake_engine: FakeEngine) -> None:
    actions = window.provenance
    assert not actions.copy_action.isEnabled() and not actions.save_action.isEnabled()
    assert actions.copy_action.toolTip() == "There is no answer in this conversation yet"
    services.runner.signer = None  # as for an answer written before Hearth signed answers
    ask(qtbot, window, fake_engine, ANSWER)
    assert not actions.copy_action.isEnabled() and not actions.save_action.isEnabled()
    assert "no provenance record" in actions.copy_action.toolTip()
    assert actions.menu.toolTipsVisible()
    QGuiApplication.clipboard().setText("unchanged")
    actions.copy_with_provenance()
    assert QGuiApplication.clipboard().text() == "unchanged"


# save and export ---------------------------------------------------------------------------------------------------


def test_save_answer_writes_the_text_and_a_sidecar_that_verify(qtbot, window: MainWindow, services: Services,
                                                               fake_engine: FakeEngine, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    ask(qtbot, window, fake_engine, ANSWER, "How do volcanoes form?")
    offered: list[Path] = []
    monkeypatch.setattr(window.provenance, "ask_answer_path",
                        lambda default: offered.append(default) or tmp_path / "volcano")
    window.provenance.save_action.trigger()
    assert offered[0].name == "How do volcanoes form.txt"
    text_file, sidecar = tmp_path / "volcano.txt", tmp_path / "volcano.txt.intoto.json"
    assert text_file.read_text(encoding="utf-8") == ANSWER
    report = verify_text(text_file.read_text(encoding="utf-8"), sidecar.read_text(encoding="utf-8"),
                         trusted(services))
    assert report.verdict is ProvenanceVerdict.VALID
    assert window.statusBar().currentMessage() == "Saved volcano.txt and its provenance record volcano.txt.intoto.json"
    exported = [e for e in services.audit.entries() if e.type == "export"][-1]
    assert exported.fields == {"what": "answer", "format": "txt", "message": window.provenance.last_answer().id}
    assert "volcano" not in exported.body.decode()  # no words of the chat (the title) in the log


def test_a_failed_save_is_shown_and_nothing_is_lost(qtbot, window: MainWindow, fake_engine: FakeEngine,
                                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    message = ask(qtbot, window, fake_engine, ANSWER)
    monkeypatch.setattr(window.provenance, "ask_answer_path", lambda default: tmp_path / "missing" / "a.txt")
    window.provenance.save_answer()
    assert window.banner.isVisible()
    assert window.banner.title.text() == "The answer could not be saved"
    assert "Could not write a.txt" in window.banner.text.text()
    assert window.store.message(message.id).content == ANSWER and window.provenance.copy_action.isEnabled()


@pytest.mark.parametrize(("fmt", "via_context_menu"), [("markdown", False), ("html", True)])
def test_export_conversation_writes_the_export_and_a_bundle_that_verifies(
        qtbot, window: MainWindow, services: Services, fake_engine: FakeEngine, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, fmt: str, via_context_menu: bool) -> None:
    first = ask(qtbot, window, fake_engine, ANSWER, "How do volcanoes form?")
    second = ask(qtbot, window, fake_engine, "Where are they?\n\nMostly on **plate edges** & <rims>.", "Where?")
    suffix = ".md" if fmt == "markdown" else ".html"
    monkeypatch.setattr(window.provenance, "ask_export_path", lambda default: (tmp_path / f"chat{suffix}", fmt))
    if via_context_menu:
        menu = window.conversation_menu(window.conversation_list.currentIndex())
        action = window.provenance.export_listed_action
        assert action in menu.actions() and action.isEnabled()
        action.trigger()
    else:
        window.provenance.export_action.trigger()
    export, bundle = tmp_path / f"chat{suffix}", tmp_path / "chat.intoto.jsonl"
    entries = verify_bundle(export.read_text(encoding="utf-8"), bundle.read_text(encoding="utf-8"),
                            trusted(services))
    assert [e.message_id for e in entries] == [first.id, second.id]
    assert all(e.report is not None and e.report.verdict is ProvenanceVerdict.VALID for e in entries)
    assert window.statusBar().currentMessage() == \
        f"Exported chat{suffix}, with 2 answers' provenance records in chat.intoto.jsonl"
    exported = [e for e in services.audit.entries() if e.type == "export"][-1]
    assert exported.fields == {"what": "conversation", "format": fmt, "conversation": first.conversation_id,
                               "messages": 4, "answers_signed": 2}


def test_the_export_format_follows_the_suffix_or_the_chosen_filter() -> None:
    target = ProvenanceActions.export_target
    assert target("/tmp/a.html", "Markdown (*.md)") == (Path("/tmp/a.html"), "html")
    assert target("/tmp/a.MD", "HTML (*.html)") == (Path("/tmp/a.MD"), "markdown")
    assert target("/tmp/a", "HTML (*.html)") == (Path("/tmp/a.html"), "html")
    assert target("/tmp/a.b", "Markdown (*.md)") == (Path("/tmp/a.b.md"), "markdown")
    assert file_stem("Volcanoes: how? / why*", "x") == "Volcanoes how why"
    assert file_stem(" ... ", "answer") == "answer"


# the Verify dialog ---------------------------------------------------------------------------------------------


@pytest.fixture
def open_verify(qtbot, window: MainWindow) -> Iterator:
    def make() -> VerifyDialog:
        window.provenance.verify_action.trigger()
        dialog = window.provenance.verify_dialog
        assert isinstance(dialog, VerifyDialog) and dialog.isVisible()
        qtbot.waitExposed(dialog)
        return dialog

    yield make


def run_check(qtbot, dialog: VerifyDialog, text: str, record: str | None = None) -> str:
    dialog.set_text(text, record)
    with qtbot.waitSignal(dialog.checked, timeout=TIMEOUT_MS):
        assert dialog.check()
        assert dialog.worker.busy and not dialog.check_button.isEnabled()  # the UI thread is not waiting
    assert dialog.check_button.isEnabled() and dialog.busy.isHidden()
    return dialog.verdict_label.text()


def fact(dialog: VerifyDialog, key: str) -> str:
    return dialog.facts[key].text()


def test_verify_shows_valid_and_the_facts_for_this_devices_answer(qtbot, window: MainWindow, services: Services,
                                                                  fake_engine: FakeEngine, open_verify) -> None:
    message = ask(qtbot, window, fake_engine, ANSWER)
    dialog = open_verify()
    key = services.audit.device_key
    assert dialog.fingerprint_label.text().replace("\n", " ") == key.fingerprint()
    assert run_check(qtbot, dialog, ANSWER) == "Valid"
    assert "Signed by this device" in dialog.explanation_label.text()
    predicate = parse_statement(Envelope.from_json(message.provenance).payload).predicate
    assert fact(dialog, "record") == "Found on this device by the text's fingerprint (SHA-256)"
    assert fact(dialog, "signed_by").startswith("This device (" + " ".join(key.fingerprint().split()[:4]))
    assert fact(dialog, "model") == f"{predicate['model']['name']} · {predicate['model']['quantization']}"
    assert fact(dialog, "profile") == "Standard" and fact(dialog, "status") == "Complete"
    assert fact(dialog, "audit") == f"Entry {predicate['audit']['index']} of this device's audit log"
    assert fact(dialog, "written")
    assert fact(dialog, "made_here").startswith("Yes: one answer on this device has exactly this text")
    assert "never watermarked" in fact(dialog, "watermark")
    assert dialog.claims_note.isHidden()
    # the record given explicitly says the same
    assert run_check(qtbot, dialog, ANSWER, message.provenance) == "Valid"
    assert fact(dialog, "record") == "The provenance record you gave"


def test_verify_finds_one_changed_character(qtbot, window: MainWindow, fake_engine: FakeEngine, open_verify) -> None:
    message = ask(qtbot, window, fake_engine, ANSWER)
    dialog = open_verify()
    assert run_check(qtbot, dialog, ANSWER.replace("crust", "crest"), message.provenance) == "Altered text"
    assert "it was changed" in dialog.explanation_label.text()
    assert fact(dialog, "made_here").startswith("No:")
    assert fact(dialog, "profile") == "Standard"  # the record itself is genuine


def test_verify_says_bad_signature_for_a_claim_edited_after_signing(qtbot, window: MainWindow,
                                                                    fake_engine: FakeEngine, open_verify) -> None:
    import base64
    import json

    message = ask(qtbot, window, fake_engine, ANSWER)
    envelope = json.loads(message.provenance)
    payload = base64.b64decode(envelope["payload"]).replace(b'"status":"complete"', b'"status":"blocked"')
    envelope["payload"] = base64.b64encode(payload).decode()
    dialog = open_verify()
    assert run_check(qtbot, dialog, ANSWER, json.dumps(envelope)) == "Bad signature"
    assert dialog.explanation_label.text()


def test_verify_says_unknown_key_until_the_key_is_trusted(qtbot, window: MainWindow, open_verify) -> None:
    other, envelope = foreign_envelope(SECOND)
    dialog = open_verify()
    assert run_check(qtbot, dialog, SECOND, envelope) == "Unknown key"
    assert fact(dialog, "signed_by").startswith("An unknown key (")
    assert dialog.claims_note.isVisibleTo(dialog)  # what the record says is only a claim
    assert fact(dialog, "profile") == "Teen"

    dialog.trust_button.click()
    trust = dialog.trust_dialog
    assert isinstance(trust, TrustKeyDialog) and trust.isVisible()
    trust.key_edit.setPlainText("not a key")
    assert not trust.trust_button.isEnabled() and "This is not a public key" in trust.fingerprint.text()
    trust.key_edit.setPlainText(public_key_pem(other.public_key_bytes()))
    assert trust.trust_button.isEnabled()
    assert trust.fingerprint.text().replace("\n", " ") == f"Fingerprint: {other.fingerprint()}"
    trust.trust_button.click()
    assert dialog.trust_dialog is None and other.fingerprint_hex() in dialog.extra_keys
    assert other.fingerprint() in dialog.trusted_label.text()
    assert dialog.result is None  # trusting a key asks for a new check
    with qtbot.waitSignal(dialog.checked, timeout=TIMEOUT_MS):
        dialog.check_button.click()
    assert dialog.verdict_label.text() == "Valid"
    assert "a key you trust" in dialog.explanation_label.text()
    assert fact(dialog, "signed_by").startswith("A key you trust (")
    assert fact(dialog, "model") == "Other <b>model</b> · Q8_0"  # shown as written, never as markup
    assert dialog.facts["model"].textFormat() == Qt.TextFormat.PlainText
    assert fact(dialog, "audit") == "Entry 3 of the audit log “hearth-elsewhere+1234”"
    dialog.forget_button.click()
    assert dialog.extra_keys == {} and dialog.trusted_label.isHidden()


def test_the_trust_dialog_refuses_this_devices_own_key(qtbot, services: Services) -> None:
    key = services.audit.device_key
    dialog = TrustKeyDialog(key.fingerprint_hex())
    qtbot.addWidget(dialog)
    dialog.key_edit.setPlainText(key.public_key_bytes().hex())
    assert not dialog.trust_button.isEnabled() and "always trusted" in dialog.fingerprint.text()


@pytest.mark.parametrize("cut", [20, 120])
def test_verify_says_malformed_for_a_truncated_record(qtbot, window: MainWindow, fake_engine: FakeEngine,
                                                      open_verify, cut: int) -> None:
    message = ask(qtbot, window, fake_engine, ANSWER)
    dialog = open_verify()
    assert run_check(qtbot, dialog, ANSWER, message.provenance[:-cut]) == "Malformed"
    assert dialog.explanation_label.text()
    assert "signed_by" not in dialog.facts and "model" not in dialog.facts


def test_verify_says_there_is_no_record_for_an_unknown_text(qtbot, window: MainWindow, open_verify) -> None:
    dialog = open_verify()
    assert run_check(qtbot, dialog, "A text this device never wrote.") == "No provenance record"
    assert "This device has no record of this text" in dialog.explanation_label.text()
    assert fact(dialog, "record") == "None" and fact(dialog, "made_here").startswith("No:")


def test_verify_shows_the_watermark_test(qtbot, window: MainWindow, services: Services, fake_engine: FakeEngine,
                                         open_verify) -> None:
    services.choose_profile("school")  # School watermarks its answers
    window.governance_state.refresh()
    long_answer = " ".join(f"word{i}" for i in range(120))
    ask(qtbot, window, fake_engine, long_answer)
    dialog = open_verify()
    assert run_check(qtbot, dialog, long_answer) == "Valid"
    line = fact(dialog, "watermark")
    # the fake engine does not really watermark, so the test finds none
    assert line.startswith("No watermark from this device's key (z = ") and "tokens scored" in line
    assert "p = " in line
    assert run_check(qtbot, dialog, "Too few words here.") == "No provenance record"
    assert fact(dialog, "watermark").startswith("Too short to tell")


def test_pasting_text_copied_with_provenance_fills_in_the_record(qtbot, window: MainWindow, fake_engine: FakeEngine,
                                                                 open_verify) -> None:
    message = ask(qtbot, window, fake_engine, "Café\u00a0crème costs 3\u00a0€.")  # no-break spaces survive
    window.provenance.copy_with_provenance()
    dialog = open_verify()
    dialog.text_edit.setFocus()
    dialog.text_edit.paste()
    assert dialog.envelope_edit.toPlainText() == message.provenance
    assert dialog.message.isVisible() and "filled in below" in dialog.message.text()
    assert dialog.text() == message.content
    with qtbot.waitSignal(dialog.checked, timeout=TIMEOUT_MS):
        dialog.check()
    assert dialog.verdict_label.text() == "Valid"
    assert dialog.facts["record"].text() == "The provenance record you gave"


def test_a_bundle_record_picks_the_envelope_of_the_text(qtbot, window: MainWindow, services: Services,
                                                        fake_engine: FakeEngine) -> None:
    first = ask(qtbot, window, fake_engine, ANSWER)
    second = ask(qtbot, window, fake_engine, SECOND)
    bundle = f"{first.provenance}\n{second.provenance}\n"
    assert pick_envelope(SECOND, bundle) == second.provenance
    assert pick_envelope("something else", bundle) == first.provenance
    assert pick_envelope(SECOND, second.provenance) == second.provenance


def test_opening_a_saved_answer_loads_its_sidecar(qtbot, window: MainWindow, fake_engine: FakeEngine,
                                                  open_verify, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    ask(qtbot, window, fake_engine, "Line one\r\nline two")  # the file's own line endings are kept
    monkeypatch.setattr(window.provenance, "ask_answer_path", lambda default: tmp_path / "a.txt")
    window.provenance.save_answer()
    dialog = open_verify()
    monkeypatch.setattr(dialog, "ask_text_path", lambda: tmp_path / "a.txt")
    dialog.open_text_button.click()
    assert dialog.envelope_edit.toPlainText().startswith("{")
    assert "Opened a.txt and its provenance record a.txt.intoto.json." in dialog.message.text()
    with qtbot.waitSignal(dialog.checked, timeout=TIMEOUT_MS):
        dialog.check()
    assert dialog.verdict_label.text() == "Valid"


def test_export_public_key_writes_pem(qtbot, window: MainWindow, services: Services, open_verify, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_verify()
    target = tmp_path / "device.pem"
    offered: list[str] = []
    monkeypatch.setattr(dialog, "ask_public_key_path", lambda name: offered.append(name) or target)
    dialog.export_key_button.click()
    assert read_public_key(target.read_text(encoding="ascii")) == services.audit.device_key.public_key_bytes()
    assert offered == [f"hearth-{services.audit.device_key.fingerprint_hex()[:8]}.pem"]
    assert str(target) in dialog.message.text()


def test_check_needs_a_text(qtbot, window: MainWindow, open_verify) -> None:
    dialog = open_verify()
    assert not dialog.check()
    assert "Paste the text to check first." in dialog.message.text()


def test_ctrl_enter_checks(qtbot, window: MainWindow, open_verify) -> None:
    dialog = open_verify()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.text_edit.setFocus()
    qtbot.keyClicks(dialog.text_edit, "Some words")
    with qtbot.waitSignal(dialog.checked, timeout=TIMEOUT_MS):
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.text_edit.toPlainText() == "Some words"  # checked, not a new line
    assert dialog.verdict_label.text() == "No provenance record"


def slow_check(dialog: VerifyDialog, seconds: float = 0.3) -> None:
    real = dialog.checker.check

    def check(*args: object, **kwargs: object):  # noqa: ANN202
        time.sleep(seconds)
        return real(*args, **kwargs)

    dialog.checker.check = check  # type: ignore[method-assign]


def test_closing_the_dialog_during_a_check_is_safe(qtbot, window: MainWindow, open_verify) -> None:
    dialog = open_verify()
    slow_check(dialog)
    dialog.set_text("Some text to check.")
    assert dialog.check()
    dialog.close_button.click()
    assert window.provenance.verify_dialog is None
    qtbot.wait(600)  # the check ends with no one to tell
    QApplication.processEvents()
    again = open_verify()
    assert again is not dialog and again.result is None


def test_editing_during_a_check_discards_its_result(qtbot, window: MainWindow, open_verify) -> None:
    dialog = open_verify()
    slow_check(dialog, 0.2)
    dialog.set_text("First text.")
    assert dialog.check()
    dialog.text_edit.setPlainText("Second text.")
    qtbot.waitUntil(lambda: not dialog.worker.busy, timeout=TIMEOUT_MS)
    assert dialog.result is None and dialog.verdict_label.text() == "No result yet"


def test_only_one_verify_dialog_opens(qtbot, window: MainWindow, open_verify) -> None:
    dialog = open_verify()
    window.provenance.verify_action.trigger()
    assert window.provenance.verify_dialog is dialog


# governance ------------------------------------------------------------------------------------------------------


def test_provenance_stays_usable_while_locked(qtbot, services: Services, fake_engine: FakeEngine,
                                              window: MainWindow) -> None:
    set_up_guardian(services)
    window.governance_state.refresh()
    assert window.lock_status.text() == "Locked by guardian"
    ask(qtbot, window, fake_engine, ANSWER)
    actions = window.provenance
    found = reachable_actions(window)
    for action in (actions.copy_action, actions.save_action, actions.export_action, actions.export_listed_action,
                   actions.verify_action):
        assert action in found, action.text()
        assert control_of(action) is None, action.text()  # reading and checking never weaken governance
        assert action.isEnabled(), action.text()
    assert control_of(actions.button) is None and actions.button.isEnabled()
    actions.verify_action.trigger()
    assert actions.verify_dialog is not None and actions.verify_dialog.isVisible()


def test_kiosk_mode_keeps_only_copy(qtbot, services: Services, fake_engine: FakeEngine, window: MainWindow) -> None:
    dialog = window.provenance.open_verify()
    assert dialog is not None
    set_up_guardian(services, kiosk=True)
    window.governance_state.refresh()
    assert window.kiosk
    assert window.provenance.verify_dialog is None and not dialog.isVisible()  # kiosk mode shows only the chat
    ask(qtbot, window, fake_engine, ANSWER)
    actions = window.provenance
    assert actions.copy_action.isEnabled() and actions.copy_action.isVisible()
    for action in (actions.save_action, actions.export_action, actions.verify_action):
        assert not action.isVisible() and not action.isEnabled(), action.text()
    assert actions.open_verify() is None


# the profile editor's watermark switch ----------------------------------------------------------------------------


@pytest.fixture
def editor(qtbot, services: Services, monkeypatch: pytest.MonkeyPatch) -> Iterator[ProfileEditorDialog]:
    services.profiles.save(preset("standard").clone("homework", "Homework"))
    dialog = ProfileEditorDialog(services)
    monkeypatch.setattr(dialog, "confirm_discard", lambda: "discard")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog


def select(editor: ProfileEditorDialog, profile_id: str) -> None:
    row = next(r for r in range(editor.profile_list.count())
               if editor.profile_list.item(r).data(PROFILE_ID_ROLE) == profile_id)
    editor.profile_list.setCurrentRow(row)
    assert editor.saved_profile.id == profile_id


def test_the_watermark_switch_is_saved_with_a_custom_profile(qtbot, services: Services,
                                                             editor: ProfileEditorDialog) -> None:
    select(editor, "homework")
    box = editor.watermark_check
    assert box.isEnabled() and not box.isChecked()
    assert control_of(box) is Control.PROFILE_EDITING
    box.click()
    assert editor.is_dirty() and editor.save_button.isEnabled()
    assert editor.current_profile().watermark
    assert editor.save()
    assert services.profiles.get("homework").watermark
    assert not editor.is_dirty()
    box.click()
    assert editor.save() and not services.profiles.get("homework").watermark
    box.click()
    assert editor.save()
    again = ProfileEditorDialog(services)
    qtbot.addWidget(again)
    select(again, "homework")
    assert again.watermark_check.isChecked() and not again.is_dirty()


def test_the_watermark_switch_is_read_only_for_presets(editor: ProfileEditorDialog) -> None:
    select(editor, "school")
    assert editor.watermark_check.isChecked() and not editor.watermark_check.isEnabled()
    select(editor, "standard")
    assert not editor.watermark_check.isChecked() and not editor.watermark_check.isEnabled()


def test_the_watermark_switch_is_managed_while_locked(qtbot, services: Services, window: MainWindow,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    services.profiles.save(preset("standard").clone("homework", "Homework"))
    set_up_guardian(services, watermark=True)
    window.governance_state.refresh()
    window.open_profile_editor()
    editor = window.profile_editor
    assert editor is not None
    monkeypatch.setattr(editor, "confirm_discard", lambda: "discard")
    editor.profile_list.setCurrentRow(IN_FORCE_ROW)
    assert editor.in_force_shown
    assert editor.watermark_check.isChecked()  # the guardian asks for the watermark
    assert "Watermark: on, set by Guardian" in editor.set_by_note.text()
    select(editor, "homework")
    box = editor.watermark_check
    assert not box.isEnabled() and "Managed by guardian" in box.toolTip()
    unlock(window)
    assert box.isEnabled() and "Managed by guardian" not in box.toolTip()


def test_every_new_string_is_marked_for_translation() -> None:
    """The modules speak through tr() / translate(): no bare user-visible literals in widget calls."""
    import re

    for name in ("provenance_actions.py", "provenance_dialog.py", "provenance_facts.py"):
        source = (Path(__file__).parent.parent / "app" / "ui" / name).read_text(encoding="utf-8")
        bare = re.findall(r"(?:QLabel|QPushButton|QAction|setText|setToolTip|setPlaceholderText|showMessage|"
                          r"setWindowTitle|setAccessibleName)\(\s*\"[A-Za-z]", source)
        assert bare == [], (name, bare)


def test_group_fingerprint_is_what_the_header_shows(qtbot, services: Services) -> None:
    dialog = VerifyDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.fingerprint_label.text().count("\n") == 1
    assert dialog.fingerprint_label.text().replace("\n", " ") == group_fingerprint(
        services.audit.device_key.fingerprint_hex())
    mime = QMimeData()
    mime.setText("plain")
    dialog.text_edit.insertFromMimeData(mime)
    assert dialog.envelope_edit.toPlainText() == ""
