"""Starting the GUI: the QApplication, translations, the services and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME, __version__
from app.core.errors import HearthError
from app.services import Services, open_services
from app.ui.main_window import MainWindow
from app.ui.style import apply_style

I18N_DIR = Path(__file__).parent / "i18n"


def load_translations(app: QApplication) -> list[QTranslator]:
    """Install Hearth's and Qt's translations for the system locale, where they exist."""
    installed = []
    locale = QLocale()
    for name, folder in (("hearth", I18N_DIR),
                         ("qtbase", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))):
        translator = QTranslator(app)
        if folder.is_dir() and translator.load(locale, name, "_", str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def create_main_window(services: Services) -> MainWindow:
    """The main window for ``services`` (styled); the caller shows it."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_style(app)
    return MainWindow(services)


def run_gui(argv: list[str]) -> int:
    """Run the window until it is closed; returns the exit status."""
    app = QApplication.instance() or QApplication(["hearth", *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("hearth")
    load_translations(app)
    try:
        services = open_services()
    except HearthError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("Application", exc.title), exc.user_text())
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
