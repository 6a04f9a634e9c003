"""The model's instructions in the user's language: the shipped texts are translated, a person's own are not."""

from __future__ import annotations

import pytest

from app.chat.prompts import KEYS, localized, shipped_prompts
from app.core.i18n import TRANSLATED, supported_language, system_language
from app.core.settings import DEFAULT_SYSTEM_PROMPT
from app.engine.fake import FakeEngine
from app.safety.profiles import preset
from app.services import Services


def english(key: str) -> str:
    return DEFAULT_SYSTEM_PROMPT if key == "default" else preset(key).system_prompt_addition


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_language_has_every_shipped_instruction(language: str) -> None:
    table = shipped_prompts()[language]
    assert set(table) == set(KEYS)
    for key in KEYS:
        assert table[key].strip() and table[key] != english(key)
        assert localized(english(key), language) == table[key]
    assert "Hearth" in table["default"] and "13" in table["child"]


def test_english_and_a_persons_own_words_are_kept_as_written() -> None:
    assert localized(DEFAULT_SYSTEM_PROMPT, "en") == DEFAULT_SYSTEM_PROMPT
    assert localized("Talk like a pirate.", "fr") == "Talk like a pirate."
    assert localized(DEFAULT_SYSTEM_PROMPT + " ", "fr") == DEFAULT_SYSTEM_PROMPT + " "  # edited: it is theirs now
    assert localized("", "de") == ""


@pytest.mark.parametrize("name, language", [("es_ES.UTF-8", "es"), ("fr_CA", "fr"), ("de-AT", "de"), ("zh_CN", "zh_CN"),
                                            ("zh_TW.UTF-8", "zh_CN"), ("ar_EG", "ar"), ("pt_BR", "en"), ("C", "en"),
                                            ("", "en"), (None, "en")])
def test_locale_names_map_to_a_language_hearth_speaks(name: str | None, language: str) -> None:
    assert supported_language(name) == language


def test_the_system_locale_decides_unless_the_settings_choose(services: Services,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    assert system_language() == "fr" and services.language() == "fr"
    services.config.language = "de"
    assert services.language() == "de"


def test_a_child_turn_in_spanish_gives_the_model_its_instructions_in_spanish(services: Services,
                                                                             fake_engine: FakeEngine) -> None:
    services.config.language = "es"
    services.choose_profile("child")
    fake_engine.enqueue("Hola.")
    services.runner.send(services.store.create_conversation().id, "¿Por qué el cielo es azul?")
    system = fake_engine.requests[-1].messages[0]
    assert system["role"] == "system"
    assert system["content"] == shipped_prompts()["es"]["default"] + "\n\n" + shipped_prompts()["es"]["child"]

    services.config.language = "en"
    fake_engine.enqueue("Hello.")
    services.runner.send(services.store.create_conversation().id, "Why is the sky blue?")
    assert fake_engine.requests[-1].messages[0]["content"] == DEFAULT_SYSTEM_PROMPT + "\n\n" + english("child")
