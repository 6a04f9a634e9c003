"""Hearth's look: a calm light palette or a high-contrast one, fonts and one style sheet, set on the application.

Two themes share one style sheet. The light theme is the default; the
high-contrast theme is white and yellow on black with no low-contrast greys
(body text meets WCAG AAA, a contrast ratio of at least 7:1; see
:func:`contrast_ratio`). Every control that takes keyboard focus (buttons,
tool buttons, line edits, text edits, combo and spin boxes, sliders, lists,
tables, check boxes, radio buttons and tab bars) draws a clear focus ring in
:attr:`Colors.focus`, 2 px wide.

Text size: :func:`apply_style` scales the application's font from the
platform's size (at least :data:`BASE_POINT_SIZE`) by ``text_scale``
(:data:`MIN_TEXT_SCALE` to :data:`MAX_TEXT_SCALE`). With a style sheet in
force, Qt passes a new application font on to the widgets only when the
style sheet is set again, which :func:`apply_style` always does. Widgets that
need a bigger or smaller font than the body use :func:`points`, which follows
the scale.

:class:`Colors` holds the colours of the theme in force; the rest of the
interface reads them when it draws, so a view drawn again after a theme change
(the chat view is re-rendered by the window) takes the new colours.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 10.5
MIN_TEXT_SCALE = 0.8
MAX_TEXT_SCALE = 2.0
_BASE_FONT_PROPERTY = "hearthBaseFontPointSize"

LIGHT: dict[str, str] = {
    "window": "#f6f5f2",
    "sidebar": "#eeece7",
    "surface": "#ffffff",
    "text": "#24292f",
    "muted": "#6b6f76",
    "disabled": "#6b6f76",
    "accent": "#b34f17",  # warm ember (4.7:1 on the window, 5.2:1 under white text: WCAG AA)
    "accent_hover": "#9a4211",
    "on_accent": "#ffffff",  # text on an accent background
    "accent_soft": "#fbeee6",
    "border": "#dcd8d0",
    "focus": "#0b57d0",  # the focus ring: a blue no other part of the light theme uses
    "user_bubble": "#fdf3ec",
    "user_border": "#efd3c0",
    "assistant_bubble": "#ffffff",
    "assistant_border": "#e3e0da",
    "code_background": "#f3f2ef",
    "notice": "#8a6d3b",
    "error": "#b3261e",
    "error_soft": "#fdecea",
    "warning": "#9a6700",  # amber: a tight fit, an unverified download, a template warning
    "success": "#1a7f37",
    "hover": "rgba(0, 0, 0, 0.05)",
}

HIGH_CONTRAST: dict[str, str] = {
    "window": "#000000",
    "sidebar": "#000000",
    "surface": "#000000",
    "text": "#ffffff",
    "muted": "#e6e6e6",  # hints stay near white: no low-contrast greys
    "disabled": "#c0c0c0",
    "accent": "#ffff00",
    "accent_hover": "#ffff00",
    "on_accent": "#000000",
    "accent_soft": "#000000",
    "border": "#ffffff",
    "focus": "#ffff00",
    "user_bubble": "#000000",
    "user_border": "#ffffff",
    "assistant_bubble": "#000000",
    "assistant_border": "#ffff00",
    "code_background": "#1a1a1a",
    "notice": "#ffff00",
    "error": "#ff8080",
    "error_soft": "#000000",
    "warning": "#ffd75e",
    "success": "#7ee787",
    "hover": "#333333",
}


class Colors:
    """The colours of the theme in force (:meth:`use` switches theme); the whole interface uses these."""

    high_contrast = False
    window = QColor(LIGHT["window"])
    sidebar = QColor(LIGHT["sidebar"])
    surface = QColor(LIGHT["surface"])
    text = QColor(LIGHT["text"])
    muted = QColor(LIGHT["muted"])
    disabled = QColor(LIGHT["disabled"])
    accent = QColor(LIGHT["accent"])
    accent_hover = QColor(LIGHT["accent_hover"])
    on_accent = QColor(LIGHT["on_accent"])
    accent_soft = QColor(LIGHT["accent_soft"])
    border = QColor(LIGHT["border"])
    focus = QColor(LIGHT["focus"])
    user_bubble = QColor(LIGHT["user_bubble"])
    user_border = QColor(LIGHT["user_border"])
    assistant_bubble = QColor(LIGHT["assistant_bubble"])
    assistant_border = QColor(LIGHT["assistant_border"])
    code_background = QColor(LIGHT["code_background"])
    notice = QColor(LIGHT["notice"])
    error = QColor(LIGHT["error"])
    error_soft = QColor(LIGHT["error_soft"])
    warning = QColor(LIGHT["warning"])
    success = QColor(LIGHT["success"])

    @classmethod
    def use(cls, high_contrast: bool) -> None:
        """Make the light or the high-contrast theme the one in force."""
        cls.high_contrast = high_contrast
        for name, value in theme(high_contrast).items():
            if not value.startswith("rgba"):
                setattr(cls, name, QColor(value))


def theme(high_contrast: bool) -> dict[str, str]:
    """The colours of one theme by name (CSS colour strings)."""
    return HIGH_CONTRAST if high_contrast else LIGHT


STYLE_SHEET = """
QMainWindow, QDialog { background: %(window)s; }
QWidget#sidebar { background: %(sidebar)s; border-right: 1px solid %(border)s; }
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QDoubleSpinBox, QSpinBox, QDateEdit, QTimeEdit {
    background: %(surface)s; color: %(text)s; border: 1px solid %(border)s; border-radius: 8px; padding: 6px 8px;
    selection-background-color: %(accent)s; selection-color: %(on_accent)s; placeholder-text-color: %(muted)s;
}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QDoubleSpinBox:focus, QSpinBox:focus,
QDateEdit:focus, QTimeEdit:focus {
    border: 2px solid %(focus)s; padding: 5px 7px;
}
QPlainTextEdit#messageInput { border-radius: 12px; padding: 8px 10px; }
QPlainTextEdit#messageInput:focus { padding: 7px 9px; }
QListView#conversationList { background: transparent; border: 2px solid transparent; border-radius: 8px; outline: 0; }
QListView#conversationList:focus { border-color: %(focus)s; }
QListView#conversationList::item { padding: 8px 10px; border-radius: 8px; margin: 1px 0; color: %(text)s; }
QListView#conversationList::item:hover { background: %(hover)s; }
QListView#conversationList::item:selected { background: %(surface)s; color: %(text)s;
    border: 1px solid %(border)s; }
QListView#conversationList::item:selected:focus { border: 2px solid %(focus)s; }
QAbstractItemView { border: 1px solid %(border)s; }
QAbstractItemView:focus { border: 2px solid %(focus)s; }
QTextBrowser#chatView { background: %(window)s; border: 2px solid transparent; border-radius: 8px; }
QTextBrowser#chatView:focus { border-color: %(focus)s; }
QPushButton { background: %(surface)s; border: 1px solid %(border)s; border-radius: 8px;
    padding: 6px 14px; color: %(text)s; }
QPushButton:hover { border-color: %(accent)s; }
QPushButton:focus { border: 2px solid %(focus)s; padding: 5px 13px; }
QPushButton:disabled { color: %(disabled)s; background: %(window)s; }
QPushButton#primaryButton { background: %(accent)s; color: %(on_accent)s; border: 1px solid %(accent)s;
    font-weight: 600; min-width: 72px; }
QPushButton#primaryButton:hover { background: %(accent_hover)s; }
QPushButton#primaryButton:focus { border: 2px solid %(focus_on_accent)s; padding: 5px 13px; }
QPushButton#primaryButton[stopping="true"] { background: %(text)s; border-color: %(text)s; color: %(window)s; }
QPushButton#primaryButton:disabled { background: %(window)s; color: %(disabled)s; border-color: %(border)s; }
QToolButton:focus { border: 2px solid %(focus)s; border-radius: 6px; }
QToolBar { background: %(window)s; border: none; border-bottom: 1px solid %(border)s; padding: 4px 8px;
    spacing: 8px; }
QToolBar QToolButton { color: %(text)s; border: 2px solid transparent; border-radius: 6px; padding: 3px 8px; }
QToolBar QToolButton:hover { background: %(hover)s; }
QCheckBox, QRadioButton { color: %(text)s; border: 2px solid transparent; border-radius: 4px; padding: 1px 3px; }
QCheckBox:focus, QRadioButton:focus { border-color: %(focus)s; }
QSlider { border: 2px solid transparent; border-radius: 4px; }
QSlider:focus { border-color: %(focus)s; }
QTabBar::tab { color: %(text)s; background: %(window)s; border: 1px solid %(border)s; border-bottom: none;
    border-top-left-radius: 6px; border-top-right-radius: 6px; padding: 6px 14px; margin-right: 2px; }
QTabBar::tab:selected { background: %(surface)s; font-weight: 600; border-top: 3px solid %(accent)s; }
QTabBar::tab:selected:focus { border: 2px solid %(focus)s; border-bottom: none; border-top: 3px solid %(focus)s; }
QTabWidget::pane { border: 1px solid %(border)s; top: -1px; }
QStatusBar { background: %(window)s; color: %(muted)s; border-top: 1px solid %(border)s; }
QStatusBar QLabel { color: %(muted)s; padding: 0 8px; }
QFrame#errorBanner { background: %(error_soft)s; border: 1px solid %(error)s; border-radius: 8px; }
QFrame#errorBanner QLabel { color: %(error)s; }
QLabel#settingError { color: %(error)s; }
QLabel#hint { color: %(muted)s; }
QToolTip { color: %(text)s; background: %(surface)s; border: 1px solid %(border)s; }
"""


def style_sheet(high_contrast: bool) -> str:
    """The application's style sheet in one theme."""
    names = dict(theme(high_contrast))
    # On an accent-coloured button, a ring of the focus colour would vanish where the two are alike.
    names["focus_on_accent"] = names["text"] if high_contrast else names["focus"]
    return STYLE_SHEET % names


def palette(high_contrast: bool) -> QPalette:
    """The application's palette in one theme (disabled text included)."""
    colours = {name: QColor(value) for name, value in theme(high_contrast).items() if not value.startswith("rgba")}
    result = QPalette()
    role = QPalette.ColorRole
    for which, name in ((role.Window, "window"), (role.Base, "surface"), (role.AlternateBase, "sidebar"),
                        (role.Text, "text"), (role.WindowText, "text"), (role.ButtonText, "text"),
                        (role.Button, "surface"), (role.Highlight, "accent"), (role.HighlightedText, "on_accent"),
                        (role.PlaceholderText, "muted"), (role.Link, "accent"), (role.LinkVisited, "accent"),
                        (role.ToolTipBase, "surface"), (role.ToolTipText, "text"), (role.BrightText, "error")):
        result.setColor(which, colours[name])
    for which in (role.Text, role.WindowText, role.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, which, colours["disabled"])
    return result


def base_point_size(app: QApplication) -> float:
    """The body text's size at 100 %: the platform's font size, at least :data:`BASE_POINT_SIZE` (read once)."""
    stored = app.property(_BASE_FONT_PROPERTY)
    if isinstance(stored, float) and stored > 0:
        return stored
    size = max(app.font().pointSizeF(), BASE_POINT_SIZE)
    app.setProperty(_BASE_FONT_PROPERTY, size)
    return size


def clamp_scale(scale: float) -> float:
    """``scale`` kept within :data:`MIN_TEXT_SCALE` and :data:`MAX_TEXT_SCALE` (1.0 when it is not a number)."""
    if not isinstance(scale, int | float) or scale != scale:  # NaN
        return 1.0
    return min(max(float(scale), MIN_TEXT_SCALE), MAX_TEXT_SCALE)


def text_scale() -> float:
    """The text scale in force (1.0 before :func:`apply_style`)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return 1.0
    return app.font().pointSizeF() / base_point_size(app)


def points(size: float) -> float:
    """``size`` (in points at 100 %) at the text scale in force: for titles and small print."""
    return round(size * text_scale(), 1)


def apply_style(app: QApplication, high_contrast: bool = False, scale: float = 1.0) -> None:
    """Give ``app`` the Fusion style with Hearth's palette, font (scaled by ``scale``) and style sheet."""
    app.setStyle("Fusion")
    Colors.use(high_contrast)
    app.setPalette(palette(high_contrast))
    font = QFont(app.font())
    font.setPointSizeF(round(base_point_size(app) * clamp_scale(scale), 1))
    app.setFont(font)
    app.setStyleSheet(style_sheet(high_contrast))  # set again even when unchanged: that passes the font on


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an opaque colour."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio of two opaque colours, from 1 to 21."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
