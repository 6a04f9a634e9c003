"""Accessibility: every window and dialog walked for unnamed or unfocusable controls, keyboard-only flows,
polite announcements of streamed answers, the high-contrast theme's contrast ratios and text scaling.

What the walker asks of an interactive widget (a button, a check box, a radio button, a line edit, a text
edit, a combo box, a spin box, a slider, an item view or a tab bar):

- a name for assistive technology. Buttons, check boxes and radio buttons whose visible text has a letter or
  a digit pass by their text (Qt gives that text to screen readers); an icon-only or symbol-only button needs
  an explicit accessible name. Every other control needs an explicit accessible name, or a ``QLabel`` whose
  buddy it is (Qt reads the buddy's text as the name). A tab bar passes when every tab has text.
- a focus policy that lets Tab reach it (``Qt.TabFocus``), unless it is listed in :data:`NOT_IN_TAB_CHAIN`
  with the reason.

Parts that Qt builds inside a control (a spin box's or a combo box's line edit and list, scroll bars, a tab
bar's scroll arrows, objects named ``qt_…``) belong to that control and are not walked on their own. Hidden
widgets are walked too (the pages of a stack and the other tabs will show one day).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from governance_fakes import PASSPHRASE
from model_files import write_gguf
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QApplication, QCalendarWidget, QComboBox,
    QDialog, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollBar, QTabBar, QTextEdit, QToolBar, QToolButton,
    QWidget,
)
from test_ui_guardian import (  # noqa: F401 - fixtures
    TIMEOUT_MS, clock, guardian_services, set_up_guardian, wait_idle,
)

from app.core.config import AppConfig
from app.engine.fake import FakeEngine
from app.services import Services
from app.ui.main_window import MainWindow
from app.ui.style import Colors, apply_style, base_point_size, contrast_ratio, style_sheet, theme
from ui_windows import shown_main_window

INTERACTIVE = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractSlider,
               QAbstractItemView, QTabBar)
# Controls that contain other widgets Qt made for them: those parts are the control's, not walked on their own.
# (A line edit's clear button is part of it: Ctrl+A and Delete clear it from the keyboard; an item view's headers
# are read with its cells.)
COMPOSITES = (QAbstractSpinBox, QComboBox, QCalendarWidget, QTabBar, QLineEdit, QAbstractItemView)
# (class name, object name) → why it is deliberately left out of the Tab chain.
NOT_IN_TAB_CHAIN: dict[tuple[str, str], str] = {}
# Object names of item views where Tab moves from cell to cell on purpose (an editable grid); elsewhere Tab must
# leave the view (arrows move inside it), or a keyboard user walks every cell of a long table to get past it.
TAB_THROUGH_CELLS: dict[str, str] = {
    "rulesView": "the safety rules are edited cell by cell (action, threshold, warn-from); Ctrl+Tab leaves",
}


@dataclass(frozen=True)
class Offence:
    """One control that fails the walk."""

    description: str  # class, object name, text and the window it is in (read while the widget exists)
    problem: str

    @classmethod
    def of(cls, widget: QWidget, problem: str) -> "Offence":
        window = widget.window()
        text = getattr(widget, "text", None)
        shown = f" text={text()!r}" if callable(text) and isinstance(text(), str) else ""
        parent = widget.parentWidget()
        inside = f" (inside {type(parent).__name__} {parent.objectName()!r})" if parent is not None else ""
        return cls(f"{type(widget).__name__} objectName={widget.objectName()!r}{shown}{inside} "
                   f"in {type(window).__name__} “{window.windowTitle()}”", problem)

    def __str__(self) -> str:
        return f"{self.description}: {self.problem}"


def is_part_of_a_control(widget: QWidget, root: QWidget) -> bool:
    """True for the widgets Qt builds inside a control (see the module docstring)."""
    if widget.objectName().startswith("qt_") or isinstance(widget, QScrollBar):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def has_letters(text: str) -> bool:
    return any(character.isalnum() for character in text.replace("&", ""))


def buddy_names(root: QWidget) -> set[int]:
    """The ids of the widgets that a label names (its buddy)."""
    return {id(label.buddy()) for label in root.findChildren(QLabel)
            if label.buddy() is not None and has_letters(label.text())}


def is_named(widget: QWidget, buddies: set[int]) -> bool:
    if widget.accessibleName().strip():
        return True
    if isinstance(widget, QAbstractButton):
        return has_letters(widget.text())
    if isinstance(widget, QTabBar):
        return widget.count() > 0 and all(has_letters(widget.tabText(i)) for i in range(widget.count()))
    return id(widget) in buddies


def walk(root: QWidget) -> tuple[list[QWidget], list[Offence]]:
    """The interactive widgets under ``root`` (itself included) and the offences among them."""
    buddies = buddy_names(root)
    controls = [w for w in [root, *root.findChildren(QWidget)]
                if isinstance(w, INTERACTIVE) and not is_part_of_a_control(w, root)]
    offences = []
    for widget in controls:
        if not is_named(widget, buddies):
            offences.append(Offence.of(widget, "no accessible name"))
        key = (type(widget).__name__, widget.objectName())
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus and key not in NOT_IN_TAB_CHAIN:
            offences.append(Offence.of(widget, f"Tab cannot reach it (focus policy {widget.focusPolicy().name})"))
        if isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation() \
                and widget.objectName() not in TAB_THROUGH_CELLS:
            offences.append(Offence.of(widget, "Tab moves from cell to cell instead of leaving the view"))
    return controls, offences


class Walker:
    """Walks windows and dialogs, remembering what it saw and every offence."""

    def __init__(self) -> None:
        self.walked: dict[str, int] = {}  # window or dialog → interactive widgets in it
        self.offences: list[Offence] = []
        self.without_default: list[str] = []  # dialogs with buttons but no default button

    def __call__(self, root: QWidget, label: str | None = None) -> None:
        controls, offences = walk(root)
        name = label or f"{type(root).__name__} “{root.windowTitle()}”"
        self.walked[name] = len(controls)
        self.offences += [offence for offence in offences if offence not in self.offences]
        if isinstance(root, QDialog) and not any(b.isDefault() for b in root.findChildren(QPushButton)
                                                 if b.isVisibleTo(root)):
            self.without_default.append(name)

    def report(self) -> str:
        lines = [str(offence) for offence in self.offences]
        return f"{len(lines)} offences:\n" + "\n".join(lines)


@pytest.fixture(autouse=True)
def light_theme_afterwards(qapp: QApplication) -> Iterator[None]:
    """Whatever a test changes, the next one starts in the light theme at 100 %."""
    yield
    apply_style(qapp)


@pytest.fixture
def window(qtbot, guardian_services: Services, fake_engine: FakeEngine) -> Iterator[MainWindow]:
    """The main window with a cheap guardian passphrase hash (its model is a stub: it cannot answer)."""
    yield from shown_main_window(qtbot, guardian_services)
    QThreadPool.globalInstance().waitForDone()


@pytest.fixture
def chat_window(qtbot, services: Services, fake_engine: FakeEngine) -> Iterator[MainWindow]:
    """The main window answering with the fake engine."""
    fake_engine.token_delay = 0.01
    yield from shown_main_window(qtbot, services)


def shown(qtbot, dialog: QWidget | None) -> Any:
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def close(dialog: QWidget) -> None:
    """Close ``dialog`` with Esc, as a keyboard user would; it must close."""
    assert isinstance(dialog, QDialog)
    QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible(), f"Esc did not close {type(dialog).__name__} “{dialog.windowTitle()}”"




# the walk ---------------------------------------------------------------------------------------------------------

def walk_tabs(walker: Walker, dialog: Any, label: str) -> None:
    """Show each tab once (some build their contents when first shown), then walk the whole dialog."""
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
    dialog.tabs.setCurrentIndex(0)
    tabs = ", ".join(dialog.tabs.tabText(i) for i in range(dialog.tabs.count()))
    walker(dialog, f"{label} (tabs: {tabs})")


def walk_models(qtbot, window: MainWindow, services: Services, walker: Walker, tmp_path: Path) -> None:
    from app.ui.guardian_widgets import ConfirmDialog
    from app.ui.models_catalog import LicenceDialog
    from app.ui.models_view import ImportChoiceDialog, TemplateDialog

    model = services.models.import_model(write_gguf(tmp_path / "candidate.gguf"))
    window.models_action.trigger()
    view = shown(qtbot, window.models.view)
    qtbot.waitUntil(lambda: not view.list_call.busy and not view.catalog.load_call.busy, timeout=TIMEOUT_MS)
    walk_tabs(walker, view, "Models view")
    for dialog in (LicenceDialog(services, model, "https://example.org/licence", view),
                   TemplateDialog(model, view), ImportChoiceDialog(model.path, view),
                   ConfirmDialog("Remove it?", "It goes for good.", "Remove", "Keep", view)):
        dialog.open()
        walker(shown(qtbot, dialog))
        if isinstance(dialog, TemplateDialog):
            qtbot.waitUntil(lambda: not dialog.call.busy, timeout=TIMEOUT_MS)
        close(dialog)
    close(view)


def walk_guardian(qtbot, window: MainWindow, services: Services, walker: Walker) -> None:
    window.open_guardian()
    setup = shown(qtbot, window.guardian_dialog)
    walker(setup)
    close(setup)
    set_up_guardian(services)
    window.open_guardian()
    unlock = shown(qtbot, window.guardian_dialog)
    walker(unlock)
    close(unlock)
    services.governance.lock.unlock(PASSPHRASE)
    window.open_guardian()
    panel = shown(qtbot, window.guardian_dialog)
    wait_idle(qtbot, panel.hash_call)
    walker(panel)
    panel.change_passphrase()
    walker(shown(qtbot, panel.change_dialog))
    close(panel.change_dialog)
    qtbot.mouseClick(panel.audit_button, Qt.MouseButton.LeftButton)
    audit = shown(qtbot, panel.audit_view)
    wait_idle(qtbot, audit.load_call, audit.count_call)
    walk_tabs(walker, audit, "Audit view")
    close(audit)
    close(panel)


def walk_verify(qtbot, window: MainWindow, walker: Walker) -> None:
    window.provenance.verify_action.trigger()
    dialog = shown(qtbot, window.provenance.verify_dialog)
    walker(dialog)
    dialog.trust_button.click()
    walker(shown(qtbot, dialog.trust_dialog))
    close(dialog.trust_dialog)
    close(dialog)


def walk_settings(qtbot, window: MainWindow, walker: Walker) -> None:
    window.open_settings()
    settings = shown(qtbot, window.settings_dialog)
    walker(settings)
    settings.appearance_button.click()
    walker(shown(qtbot, window.appearance_dialog))
    close(window.appearance_dialog)
    close(settings)


def walk_warning(qtbot, window: MainWindow, walker: Walker) -> None:
    from app.safety.explain import Explanation
    from app.ui.warning_dialog import WarningDialog

    dialog = WarningDialog(Explanation("A title", "A body.", "A reason."), window)
    dialog.open()
    walker(shown(qtbot, dialog))
    close(dialog)


def test_every_interactive_widget_of_every_window_has_a_name_and_is_reachable(
        qtbot, window: MainWindow, guardian_services: Services, tmp_path: Path) -> None:
    walker = Walker()
    walker(window, "Main window")
    walk_settings(qtbot, window, walker)
    window.open_profile_editor()
    walker(shown(qtbot, window.profile_editor))
    close(window.profile_editor)
    walk_models(qtbot, window, guardian_services, walker, tmp_path)
    window.local_api.action.trigger()
    walker(shown(qtbot, window.local_api.panel))
    close(window.local_api.panel)
    walk_verify(qtbot, window, walker)
    walk_warning(qtbot, window, walker)
    walk_guardian(qtbot, window, guardian_services, walker)
    print(f"\nwalked {len(walker.walked)} windows and dialogs, {sum(walker.walked.values())} interactive widgets:")
    for name, count in walker.walked.items():
        print(f"  {name}: {count}")
    assert len(walker.walked) >= 18 and sum(walker.walked.values()) > 200  # the walk reached everything
    assert not walker.offences, walker.report()
    assert walker.without_default == [], "dialogs without a default button (Enter)"


def test_the_walker_catches_an_unnamed_control() -> None:
    """The walk itself: an unnamed line edit and an icon-only button fail, a labelled or named one passes."""
    root = QDialog()
    root.setWindowTitle("Probe")
    named, buddied, bare = QLineEdit(root), QLineEdit(root), QLineEdit(root)
    bare.setObjectName("bareEdit")
    named.setAccessibleName("Named")
    QLabel("&Buddy", root).setBuddy(buddied)
    icon_only = QPushButton("✕", root)
    icon_only.setObjectName("closeIcon")
    QPushButton("Close", root)
    controls, offences = walk(root)
    assert len(controls) == 5
    assert [str(offence) for offence in offences] == [
        "QLineEdit objectName='bareEdit' text='' (inside QDialog '') in QDialog “Probe”: no accessible name",
        "QPushButton objectName='closeIcon' text='✕' (inside QDialog '') in QDialog “Probe”: no accessible name",
    ]
    root.deleteLater()


# keyboard ------------------------------------------------------------------------------------------------------

def tab_order(start: QWidget, steps: int) -> list[QWidget]:
    """The widgets Tab visits from ``start`` (which has the focus), pressing it ``steps`` times."""
    visited = [start]
    for _ in range(steps):
        widget = QApplication.focusWidget()
        assert widget is not None
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    return visited


def test_every_toolbar_action_has_a_shortcut_and_its_button_takes_focus(window: MainWindow) -> None:
    for bar in window.findChildren(QToolBar):
        for action in bar.actions():
            if action.isSeparator() or not action.text() or bar.widgetForAction(action) is None:
                continue
            if isinstance(bar.widgetForAction(action), QToolButton):
                assert not action.shortcut().isEmpty(), f"{action.text()} has no shortcut"
                assert action.shortcut().toString() in action.toolTip(), action.toolTip()
                assert bar.widgetForAction(action).focusPolicy() & Qt.FocusPolicy.TabFocus, action.text()


def test_tab_goes_from_the_input_to_send_and_round_the_window_in_a_sensible_order(qtbot,
                                                                                 window: MainWindow) -> None:
    window.model_picker.setFocus()
    qtbot.waitUntil(lambda: window.model_picker.hasFocus())
    visited = tab_order(window.model_picker, 20)
    bar, actions = window.toolbar, window.actions_bar
    expected = [window.model_picker, bar.widgetForAction(window.models_action), window.profile_picker,
                actions.widgetForAction(window.profiles_action), actions.widgetForAction(window.settings_action),
                actions.widgetForAction(window.provenance.verify_action),
                actions.widgetForAction(window.guardian_action), window.new_chat_button, window.search,
                window.conversation_list, window.chat_view, window.input, window.send_button,
                window.regenerate_button, window.edit_button, window.copy_button, window.provenance.button,
                window.local_api.button]
    assert visited[:len(expected)] == expected, [type(w).__name__ + ":" + (w.accessibleName() or w.objectName())
                                                 for w in visited]
    assert visited[len(expected)] is window.model_picker  # and round again


def test_keyboard_only_settings_change_the_text_size_and_close(qtbot, window: MainWindow,
                                                               services: Services) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    settings = shown(qtbot, window.settings_dialog)
    settings.activateWindow()
    qtbot.waitUntil(settings.isActiveWindow)
    # (Alt+A, the button's mnemonic, does the same on a desktop; the offscreen platform ignores mnemonics.)
    for _ in range(20):
        if settings.appearance_button.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget() or settings, Qt.Key.Key_Tab)
    qtbot.keyClick(settings.appearance_button, Qt.Key.Key_Space)
    appearance = shown(qtbot, window.appearance_dialog)
    appearance.activateWindow()  # as a desktop does with a new dialog (the offscreen platform does not)
    qtbot.waitUntil(appearance.isActiveWindow)
    assert appearance.language.hasFocus()
    qtbot.keyClick(appearance.language, Qt.Key.Key_Tab)
    assert appearance.high_contrast.hasFocus()
    qtbot.keyClick(appearance.high_contrast, Qt.Key.Key_Tab)
    assert appearance.text_size.hasFocus()
    before = window.chat_view.document().defaultFont().pointSizeF()
    qtbot.keyClick(appearance.text_size, Qt.Key.Key_Up)
    qtbot.keyClick(appearance.text_size, Qt.Key.Key_Up)
    assert window.chat_view.document().defaultFont().pointSizeF() > before  # shown at once
    qtbot.keyClick(appearance.text_size, Qt.Key.Key_Return)  # OK is the default button
    assert window.appearance_dialog is None and services.config.text_scale == pytest.approx(1.2)
    assert AppConfig.load(services.paths.config_file).text_scale == pytest.approx(1.2)
    assert settings.isVisible()
    qtbot.keyClick(QApplication.focusWidget() or settings, Qt.Key.Key_Escape)
    assert window.settings_dialog is None


def test_escape_in_the_appearance_dialog_puts_everything_back(qtbot, window: MainWindow, services: Services) -> None:
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    appearance = shown(qtbot, window.appearance_dialog)
    size = QApplication.font().pointSizeF()
    appearance.high_contrast.click()
    appearance.text_size.setValue(150)
    assert Colors.high_contrast and QApplication.font().pointSizeF() > size
    qtbot.keyClick(appearance.text_size, Qt.Key.Key_Escape)
    assert window.appearance_dialog is None and not Colors.high_contrast
    assert QApplication.font().pointSizeF() == size
    assert not services.config.high_contrast and services.config.text_scale == 1.0


def test_models_open_with_ctrl_shift_m_and_ctrl_tab_switches_tabs(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    view = shown(qtbot, window.models.view)
    qtbot.waitUntil(lambda: not view.list_call.busy, timeout=TIMEOUT_MS)
    view.tabs.tabBar().setFocus()
    names = []
    for _ in range(view.tabs.count()):
        qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        names.append(view.tabs.tabText(view.tabs.currentIndex()))
    assert names == ["Download", "Inference server", "Installed"]
    qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_Escape)
    assert window.models.view is None


def test_ctrl_plus_and_minus_change_the_text_size_and_ctrl_0_resets_it(qtbot, window: MainWindow,
                                                                       services: Services) -> None:
    size = QApplication.font().pointSizeF()
    qtbot.keyClick(window.input, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() == pytest.approx(size * 1.1, abs=0.1)
    assert services.config.text_scale == pytest.approx(1.1)
    qtbot.keyClick(window.input, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.input, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert services.config.text_scale == pytest.approx(0.9)
    qtbot.keyClick(window.input, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert services.config.text_scale == 1.0 and QApplication.font().pointSizeF() == size


# text size and high contrast -------------------------------------------------------------------------------------

def test_the_chat_view_honours_the_text_size_and_the_toolbar_wraps_instead_of_clipping(
        qtbot, window: MainWindow, services: Services) -> None:
    assert not window.toolBarBreak(window.actions_bar)  # one row at 100 %
    document = window.chat_view.document()
    before, input_height = document.defaultFont().pointSizeF(), window.input.height()
    window.apply_appearance(False, 2.0)
    assert document.defaultFont().pointSizeF() == pytest.approx(before * 2, abs=0.1)
    assert window.chat_view.font().pointSizeF() == pytest.approx(before * 2, abs=0.1)
    assert window.input.height() > input_height  # still three lines high
    assert window.toolBarBreak(window.actions_bar)  # the actions wrapped onto a row of their own
    for bar in (window.toolbar, window.actions_bar):
        qtbot.waitUntil(lambda: bar.width() >= bar.sizeHint().width() - 1)
        for action in bar.actions():
            widget = bar.widgetForAction(action)
            if widget is not None and action.isVisible() and not action.isSeparator():
                assert widget.isVisible() and bar.rect().contains(widget.geometry()), action.text()
    window.apply_appearance(False, 1.0)
    assert not window.toolBarBreak(window.actions_bar)


def test_high_contrast_meets_wcag_aaa_for_text(window: MainWindow) -> None:
    window.apply_appearance(True, 1.0)
    assert Colors.high_contrast and QApplication.palette().color(QPalette.ColorRole.Window) == QColor("#000000")
    pairs = {
        "body text on the window": (Colors.text, Colors.window),
        "text in a field": (Colors.text, Colors.surface),
        "hints on the window": (Colors.muted, Colors.window),
        "disabled text": (Colors.disabled, Colors.window),
        "text on a primary button": (Colors.on_accent, Colors.accent),
        "an answer's text": (Colors.text, Colors.assistant_bubble),
        "your message's text": (Colors.text, Colors.user_bubble),
        "code": (Colors.text, Colors.code_background),
        "notices in the chat": (Colors.notice, Colors.assistant_bubble),
        "errors in the banner": (Colors.error, Colors.error_soft),
        "warnings (amber)": (Colors.warning, Colors.surface),
        "a model that fits (green)": (Colors.success, Colors.surface),
        "links and accents": (Colors.accent, Colors.window),
        "the focus ring": (Colors.focus, Colors.window),
    }
    ratios = {name: round(contrast_ratio(fore, back), 1) for name, (fore, back) in pairs.items()}
    print("\ncontrast ratios (high contrast):", ratios)
    assert all(ratio >= 7 for ratio in ratios.values()), ratios
    # the chat is drawn again in the new colours
    assert window.chat_view.palette().color(QPalette.ColorRole.Base) == QColor("#000000")
    window.apply_appearance(False, 1.0)
    assert not Colors.high_contrast and Colors.window == QColor("#f6f5f2")


def test_the_light_theme_meets_wcag_aa_for_text(window: MainWindow) -> None:
    assert not Colors.high_contrast
    pairs = {
        "body text on the window": (Colors.text, Colors.window),
        "hints on the window": (Colors.muted, Colors.window),
        "hints in a field": (Colors.muted, Colors.surface),
        "text on a primary button": (Colors.on_accent, Colors.accent),
        "text on a hovered primary button": (Colors.on_accent, Colors.accent_hover),
        "links and accents": (Colors.accent, Colors.window),
        "notices in the chat": (Colors.notice, Colors.assistant_bubble),
        "errors in the banner": (Colors.error, Colors.error_soft),
        "warnings (amber)": (Colors.warning, Colors.surface),
        "a model that fits (green)": (Colors.success, Colors.surface),
        "code": (Colors.text, Colors.code_background),
    }
    ratios = {name: round(contrast_ratio(fore, back), 2) for name, (fore, back) in pairs.items()}
    assert all(ratio >= 4.5 for ratio in ratios.values()), ratios


def test_contrast_ratio_matches_wcag_examples() -> None:
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


def test_every_focusable_kind_draws_a_focus_ring_in_both_themes() -> None:
    for high_contrast in (False, True):
        sheet = style_sheet(high_contrast)
        focus = theme(high_contrast)["focus"]
        for selector in ("QPushButton:focus", "QToolButton:focus", "QLineEdit:focus", "QComboBox:focus",
                         "QAbstractItemView:focus", "QCheckBox:focus", "QRadioButton:focus",
                         "QTabBar::tab:selected:focus", "QPlainTextEdit:focus", "QSpinBox:focus", "QSlider:focus",
                         "QListView#conversationList:focus", "QTextBrowser#chatView:focus"):
            rule = next((line for line in sheet.splitlines() if selector in line), None)
            assert rule is not None, f"no focus rule for {selector}"
        assert sheet.count(f"2px solid {focus}") >= 6


def test_appearance_is_read_from_the_config_at_start(qtbot, services: Services) -> None:
    services.config.high_contrast = True
    services.config.text_scale = 1.5
    try:
        window = next(shown_main_window(qtbot, services))
        assert Colors.high_contrast
        assert QApplication.font().pointSizeF() == pytest.approx(base_point_size(QApplication.instance()) * 1.5,
                                                                       abs=0.1)
        window.shutdown()
    finally:
        apply_style(QApplication.instance())


# announcements ----------------------------------------------------------------------------------------------------

STORY = ("The lighthouse keeper climbed the stairs at dusk. He lit the great lamp and watched the sea. "
         "A small boat appeared on the horizon, fighting the waves! Would it reach the harbour in time?\n\n"
         "It did, and the keeper smiled.")


def send(qtbot, window: MainWindow, text: str) -> None:
    window.input.setFocus()
    qtbot.keyClicks(window.input, text)
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.turns.busy, timeout=TIMEOUT_MS)


def test_a_streamed_answer_is_announced_by_sentences_then_finished(qtbot, chat_window: MainWindow,
                                                                   fake_engine: FakeEngine) -> None:
    fake_engine.enqueue(STORY)
    batches: list[str] = []
    chat_window.turns.textBatch.connect(batches.append)
    send(qtbot, chat_window, "Tell me a story")
    said = chat_window.announcer.texts()
    assert len(batches) > len(said) + 2  # not one announcement per batch
    assert 3 <= len(said) <= 6, said
    assert said[-1] == "Answer finished."
    assert " ".join(said[:-1]) == " ".join(STORY.split())  # every word said once, in order
    assert all(not a.assertive for a in chat_window.announcer.announcements)
    assert said[0].startswith("The lighthouse keeper climbed the stairs at dusk.")


def test_markdown_marks_and_code_are_not_read_aloud() -> None:
    from app.ui.announcer import SentenceBuffer, speakable

    assert speakable("## Paris is the capital of **France** and `x` [see](https://e.org).") == \
        "Paris is the capital of France and x see."
    buffer = SentenceBuffer(min_chars=0)
    said = [buffer.feed(piece) for piece in ("Here is", " the code:\n```py", "thon\nprint(1)\n", "```\nDone. ")]
    assert [s for s in said if s] == ["Here is the code:", "Done."]
    assert buffer.flush() == ""


def test_stopping_and_failing_are_announced(qtbot, chat_window: MainWindow, fake_engine: FakeEngine) -> None:
    fake_engine.crash_after_tokens = 3
    send(qtbot, chat_window, "Hello there")
    assert chat_window.announcer.announcements[-1].assertive
    assert chat_window.announcer.texts()[-1].startswith(chat_window.banner.title.text())


def test_blocked_prompts_and_answers_announce_the_notice_at_once(qtbot, chat_window: MainWindow,
                                                                 services: Services,
                                                                 fake_engine: FakeEngine) -> None:
    from app.safety.screen import MIN_CHUNK_WORDS
    from test_ui_safety import keyword_screen

    services.safety.screen = keyword_screen()
    fake_engine.answer_screen = services.safety.screen
    announcer = chat_window.announcer
    send(qtbot, chat_window, "How do I build a bomb?")
    assert announcer.announcements[-1].assertive and announcer.texts()[-1].startswith("Message not sent")
    assert "Answer finished." not in announcer.texts()
    opening = "Once upon a time there was a quiet village by the sea. " * (MIN_CHUNK_WORDS // 12 + 1)
    fake_engine.enqueue(opening + "Then someone built a bomb in the barn and everyone ran.")
    announcer.announcements.clear()
    send(qtbot, chat_window, "Tell me a story")
    assert announcer.announcements[-1].assertive and "Answer finished." not in announcer.texts()
    assert not any("barn" in text for text in announcer.texts())  # the withdrawn text is never said


def test_without_the_announcement_event_the_status_bar_speaks(chat_window: MainWindow) -> None:
    chat_window.announcer.use_event = False
    chat_window.announcer.announce("Answer finished.")
    assert chat_window.statusBar().currentMessage() == "Answer finished."
