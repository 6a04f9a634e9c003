"""Starting the GUI: the QApplication, translations, the services and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSize, Qt, QTranslator
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME, __version__
from app.core.config import AppConfig
from app.core.errors import HearthError
from app.core.paths import app_paths
from app.core.resources import resource_path
from app.services import Services, open_services
from app.ui.error_text import error_title, user_text
from app.ui.main_window import MainWindow
from app.ui.style import apply_style

I18N_DIR = Path(__file__).parent / "i18n"  # the .qm files scripts/i18n.py release compiles from i18n/*.ts
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def load_translations(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Install Hearth's and Qt's own (qtbase) translations for ``language`` (a name such as "fr" or "zh_CN";
    None or "" follows the system), make it the default locale for dates and numbers, and lay the window out
    right to left for Arabic. Returns the translators installed (none for English, the source language)."""
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    installed = []
    for name, folder in (("hearth", I18N_DIR),
                         ("qtbase", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))):
        translator = QTranslator(app)
        found = folder.is_dir() and translator.load(locale, name, "_", str(folder))
        if not found and name == "hearth":  # a language Hearth does not speak ("C" too): its English, plurals and all
            found = translator.load(f"{name}_en", str(folder))
        if found:
            app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.deleteLater()
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft
                               if locale.textDirection() == Qt.LayoutDirection.RightToLeft
                               else Qt.LayoutDirection.LeftToRight)
    return installed


def app_icon() -> QIcon:
    """Hearth's icon at every size it ships (resources/icons, drawn by packaging/make_icons.py)."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource_path(f"icons/hearth-{size}.png")), QSize(size, size))
    return icon


def create_main_window(services: Services) -> MainWindow:
    """The main window for ``services`` (styled, with Hearth's icon); the caller shows it."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_style(app)
        app.setWindowIcon(app_icon())
    return MainWindow(services)


def run_gui(argv: list[str]) -> int:
    """Run the window until it is closed; returns the exit status."""
    app = QApplication.instance() or QApplication(["hearth", *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("hearth")
    load_translations(app, AppConfig.load(app_paths().config_file).language)
    try:
        services = open_services()
    except HearthError as exc:
        QMessageBox.critical(None, error_title(exc), user_text(exc))
        return 1
    try:
        window = create_main_window(services)
        window.show()
        status = app.exec()
        window.shutdown()
        return status
    finally:
        services.close()


if __name__ == "__main__":
    sys.exit(run_gui(sys.argv[1:]))
