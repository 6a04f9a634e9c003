"""Hearth's look: a calm light palette, fonts and one style sheet, set on the application."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication


class Colors:
    """The few colours the whole interface uses."""

    window = QColor("#f6f5f2")
    sidebar = QColor("#eeece7")
    surface = QColor("#ffffff")
    text = QColor("#24292f")
    muted = QColor("#6b6f76")
    accent = QColor("#c2571a")  # warm ember
    accent_soft = QColor("#fbeee6")
    border = QColor("#dcd8d0")
    user_bubble = QColor("#fdf3ec")
    user_border = QColor("#efd3c0")
    assistant_bubble = QColor("#ffffff")
    assistant_border = QColor("#e3e0da")
    code_background = QColor("#f3f2ef")
    notice = QColor("#8a6d3b")
    error = QColor("#b3261e")
    error_soft = QColor("#fdecea")


STYLE_SHEET = """
QMainWindow, QDialog { background: %(window)s; }
QWidget#sidebar { background: %(sidebar)s; border-right: 1px solid %(border)s; }
QLineEdit, QPlainTextEdit, QComboBox, QDoubleSpinBox, QSpinBox {
    background: %(surface)s; border: 1px solid %(border)s; border-radius: 8px; padding: 6px 8px;
    selection-background-color: %(accent)s;
}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QDoubleSpinBox:focus, QSpinBox:focus {
    border: 1px solid %(accent)s;
}
QPlainTextEdit#messageInput { border-radius: 12px; padding: 8px 10px; }
QListView#conversationList { background: transparent; border: none; outline: 0; }
QListView#conversationList::item { padding: 8px 10px; border-radius: 8px; margin: 1px 0; }
QListView#conversationList::item:hover { background: rgba(0, 0, 0, 0.04); }
QListView#conversationList::item:selected { background: %(surface)s; color: %(text)s;
    border: 1px solid %(border)s; }
QTextBrowser#chatView { background: %(window)s; border: none; }
QPushButton { background: %(surface)s; border: 1px solid %(border)s; border-radius: 8px;
    padding: 6px 14px; color: %(text)s; }
QPushButton:hover { border-color: %(accent)s; }
QPushButton:disabled { color: %(muted)s; background: %(window)s; }
QPushButton#primaryButton { background: %(accent)s; color: white; border: 1px solid %(accent)s;
    font-weight: 600; min-width: 72px; }
QPushButton#primaryButton:hover { background: #a94913; }
QPushButton#primaryButton[stopping="true"] { background: %(text)s; border-color: %(text)s; }
QToolBar { background: %(window)s; border: none; border-bottom: 1px solid %(border)s; padding: 4px 8px;
    spacing: 8px; }
QToolBar QToolButton { padding: 5px 10px; border-radius: 6px; }
QToolBar QToolButton:hover { background: rgba(0, 0, 0, 0.05); }
QStatusBar { background: %(window)s; color: %(muted)s; border-top: 1px solid %(border)s; }
QStatusBar QLabel { color: %(muted)s; padding: 0 8px; }
QFrame#errorBanner { background: %(error_soft)s; border: 1px solid %(error)s; border-radius: 8px; }
QFrame#errorBanner QLabel { color: %(error)s; }
QLabel#settingError { color: %(error)s; }
QLabel#hint { color: %(muted)s; }
"""


def apply_style(app: QApplication) -> None:
    """Give ``app`` the Fusion style with Hearth's palette, font and style sheet."""
    app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, Colors.window)
    palette.setColor(QPalette.ColorRole.Base, Colors.surface)
    palette.setColor(QPalette.ColorRole.AlternateBase, Colors.sidebar)
    palette.setColor(QPalette.ColorRole.Text, Colors.text)
    palette.setColor(QPalette.ColorRole.WindowText, Colors.text)
    palette.setColor(QPalette.ColorRole.ButtonText, Colors.text)
    palette.setColor(QPalette.ColorRole.Button, Colors.surface)
    palette.setColor(QPalette.ColorRole.Highlight, Colors.accent)
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, Colors.muted)
    palette.setColor(QPalette.ColorRole.Link, Colors.accent)
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    app.setFont(font)
    names = {k: v.name() for k, v in vars(Colors).items() if isinstance(v, QColor)}
    app.setStyleSheet(STYLE_SHEET % names)
