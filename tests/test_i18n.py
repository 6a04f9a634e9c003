"""Translations: complete for every language, loaded at start, right to left for Arabic, no clipping.

The ``.ts`` sources in i18n/ are checked against the code (``scripts/i18n.py
check``: no missing source string, nothing unfinished, every placeholder
kept); each language is compiled with pyside6-lrelease into a temporary
folder and the window is started in it; a pseudo-language 40 % longer than
English must not clip the main window's controls.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QToolBar, QToolButton

from app.core.i18n import LANGUAGES, TRANSLATED
from app.services import Services
from app.ui import application
from ui_windows import shown_main_window

ROOT = Path(__file__).resolve().parent.parent


def i18n_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("hearth_i18n_script", ROOT / "scripts" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every language compiled to .qm, as scripts/i18n.py release does, in a folder of the test's own."""
    folder = tmp_path_factory.mktemp("qm")
    written = i18n_script().release(folder)
    assert {p.name for p in written} == {f"hearth_{code}.qm" for code in LANGUAGES}
    return folder


@pytest.fixture
def in_language(qapp: QApplication, compiled: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator:
    """Switch the application to a language (as at start), and back to English afterwards."""
    monkeypatch.setattr(application, "I18N_DIR", compiled)

    def switch(language: str) -> list[QTranslator]:
        return application.load_translations(qapp, language)

    yield switch
    application.load_translations(qapp, "en")  # back to English, as every other test sees the window
    QLocale.setDefault(QLocale.system())


def translation_of(language: str, context: str, source: str) -> str:
    root = ET.parse(ROOT / "i18n" / f"hearth_{language}.ts").getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation") or ""
    raise AssertionError(f"no [{context}] {source!r} in hearth_{language}.ts")


# the files -------------------------------------------------------------------------------------------------


def test_every_source_string_is_in_every_language_and_translated_with_its_placeholders() -> None:
    problems = i18n_script().problems()
    assert not problems, f"{len(problems)} translation problems (run scripts/i18n.py update, then translate):\n" \
        + "\n".join(problems[:40])


def test_the_check_notices_a_missing_string_and_an_unfinished_one(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    script = i18n_script()
    broken = tmp_path / "i18n"
    broken.mkdir()
    for code in LANGUAGES:
        (broken / f"hearth_{code}.ts").write_bytes((ROOT / "i18n" / f"hearth_{code}.ts").read_bytes())
    german = broken / "hearth_de.ts"
    text = german.read_text(encoding="utf-8")
    first = re.search(r"<message>\s*<source>(.*?)</source>", text)
    assert first is not None
    text = text.replace(first.group(0), first.group(0).replace(first.group(1), "A string the code never had"), 1)
    text = text.replace("<translation>", '<translation type="unfinished">', 1)
    german.write_text(text, encoding="utf-8")
    monkeypatch.setattr(script, "TS_DIR", broken)
    found = script.problems()
    assert any("hearth_de.ts: no entry for" in line for line in found)
    assert any("hearth_de.ts" in line and "is not translated" in line for line in found)


# the window in each language -----------------------------------------------------------------------------


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_window_starts_in_every_language(qtbot, services: Services, in_language, language: str) -> None:
    installed = in_language(language)
    assert len(installed) == 2  # Hearth's own and Qt's (qtbase)
    for window in shown_main_window(qtbot, services):
        expected = translation_of(language, "MainWindow", "Send")
        assert expected and window.send_button.text().replace("&", "") == expected.replace("&", "")
        assert window.windowTitle()
        assert QLocale().name().startswith(language.split("_")[0])
    assert QCoreApplication.translate("BackendPanel", "Use") == translation_of(language, "BackendPanel", "Use")


def test_arabic_lays_the_window_out_right_to_left(qtbot, services: Services, in_language) -> None:
    in_language("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    for window in shown_main_window(qtbot, services):
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        qtbot.waitUntil(lambda: window.conversation_list.width() > 0)
        middle = window.width() / 2
        list_x = window.conversation_list.mapTo(window, window.conversation_list.rect().center()).x()
        assert list_x > middle, "the conversation list belongs on the right in Arabic"
    in_language("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_a_language_hearth_does_not_speak_gets_its_english_with_real_plurals(in_language) -> None:
    in_language("pt_BR")  # Qt speaks it (qtbase_pt_BR), Hearth does not
    assert QCoreApplication.translate("BackendPanel", "The server offers %n model(s).", "", 2) == \
        "The server offers 2 models."


def test_plurals_follow_the_language(in_language) -> None:
    source = "The server offers %n model(s)."
    in_language("en")
    assert QCoreApplication.translate("BackendPanel", source, "", 1) == "The server offers 1 model."
    assert QCoreApplication.translate("BackendPanel", source, "", 3) == "The server offers 3 models."
    in_language("de")
    one, many = (QCoreApplication.translate("BackendPanel", source, "", n) for n in (1, 3))
    assert one != many and "1" in one and "3" in many


# no clipping in a longer language ---------------------------------------------------------------------------


def pseudo_text(text: str) -> str:
    """``text`` about 40 % longer with accented letters, placeholders, markup and accelerators kept."""
    keep = re.compile(r"(%\d+|%n|\{[a-z_]+\}|<[^>]+>|&\w+;)")
    accents = str.maketrans("aeiouAEIOU", "àéîõüÀÉÎÕÜ")
    parts = [p if keep.fullmatch(p) else p.translate(accents) for p in keep.split(text)]
    body = "".join(parts)
    return f"[{body}{'·' * max(2, round(len(text) * 0.4))}]" if text.strip() else text


def pseudo_translator(tmp_path: Path) -> Path:
    tree = ET.parse(ROOT / "i18n" / "hearth_en.ts")
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            for form in translation.iter("numerusform"):
                form.text = pseudo_text(form.text or source)
        else:
            translation.text = pseudo_text(source)
    source_ts = tmp_path / "hearth_pseudo.ts"
    tree.write(source_ts, encoding="utf-8", xml_declaration=True)
    target = tmp_path / "hearth_pseudo.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(source_ts), "-qm", str(target)], check=True)
    return target


def test_a_language_40_percent_longer_does_not_clip_the_main_windows_controls(qtbot, qapp: QApplication,
                                                                               services: Services,
                                                                               tmp_path: Path) -> None:
    translator = QTranslator(qapp)
    assert translator.load(str(pseudo_translator(tmp_path)))
    qapp.installTranslator(translator)
    try:
        for window in shown_main_window(qtbot, services):
            assert window.send_button.text().startswith("[")  # the pseudo-language is in force
            toolbar = window.findChild(QToolBar)
            assert toolbar is not None
            hidden = [a.text() for a in toolbar.actions()
                      if a.isVisible() and not a.isSeparator() and toolbar.widgetForAction(a) is not None
                      and not toolbar.widgetForAction(a).isVisible()]
            assert not hidden, f"in the toolbar's overflow menu: {hidden}"
            clipped = [f"{type(b).__name__} {b.text()!r}: {b.width()} < {b.sizeHint().width()}"
                       for b in window.findChildren(QAbstractButton)
                       if b.isVisible() and b.text() and not isinstance(b.parent(), QToolBar)
                       and not isinstance(b, QToolButton) and b.width() < b.sizeHint().width()]
            assert not clipped, "clipped buttons:\n" + "\n".join(clipped)
    finally:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize("language, written", [("de_DE", "24.11.26 04:35:08"), ("en_US", "11/24/26 4:35:08\u202fAM"),
                                               ("fr_FR", "24/11/2026 04:35:08")])
def test_the_audit_view_writes_times_and_numbers_the_way_the_locale_does(qapp: QApplication, language: str,
                                                                         written: str) -> None:
    from datetime import datetime

    from app.ui.audit_table_model import locale_time

    QLocale.setDefault(QLocale(language))
    try:
        assert locale_time(datetime(2026, 11, 24, 4, 35, 8)) == written
        assert QLocale().toString(100000) == {"de_DE": "100.000", "en_US": "100,000", "fr_FR": "100\u202f000"}[language]
    finally:
        QLocale.setDefault(QLocale.system())


def test_governance_refusals_and_passphrase_rules_are_shown_in_the_users_language(in_language) -> None:
    from app.governance.credential import WeakPassphraseError, check_new_passphrase
    from app.governance.governance import ManagedByOrganisationError
    from app.governance.lock import GuardianLockedError
    from app.ui.error_text import error_title, user_text

    locked = GuardianLockedError(("Governance", "Editing safety profiles"))
    assert locked.message == "Editing safety profiles is managed by the guardian."  # the terminal's English
    with pytest.raises(WeakPassphraseError) as short:
        check_new_passphrase("1234")
    assert short.value.message == "The passphrase has 4 characters; it needs at least 10."
    assert "4-digit PIN" in short.value.advice

    in_language("de")
    what = translation_of("de", "Governance", "Editing safety profiles")
    expected = translation_of("de", "Governance", "{what} is managed by the guardian.").format(what=what)
    assert user_text(locked).startswith(expected) and "guardian" not in user_text(locked)
    assert error_title(locked) == translation_of("de", "Errors", "Managed by guardian")
    german = user_text(short.value)
    assert "4" in german and "10" in german and german != short.value.user_text()
    organisation = ManagedByOrganisationError(("Governance", "The audit settings"))
    assert translation_of("de", "Governance", "The audit settings") in user_text(organisation)


def test_common_errors_reach_the_window_translated_even_from_the_engine_process(in_language, tmp_path: Path) -> None:
    import pickle

    from app.core.errors import ModelFileError
    from app.engine.client import _error_from
    from app.engine.protocol import Failed
    from app.models.files import check_gguf_file
    from app.ui.error_text import user_text

    missing = tmp_path / "gone.gguf"
    with pytest.raises(ModelFileError) as raised:
        check_gguf_file(missing)
    assert raised.value.message == f"The model file {missing} does not exist."
    # an error the engine process reports crosses the pipe with its templates
    failed = pickle.loads(pickle.dumps(Failed(1, "ModelFileError", raised.value.message, raised.value.advice,
                                              raised.value.translation)))
    rebuilt = _error_from(failed)
    assert isinstance(rebuilt, ModelFileError) and rebuilt.translation == raised.value.translation
    in_language("fr")
    french = user_text(rebuilt)
    assert str(missing) in french and french != rebuilt.user_text()
    assert french.startswith(translation_of("fr", "Errors", "The model file {path} does not exist.")
                             .format(path=missing))
