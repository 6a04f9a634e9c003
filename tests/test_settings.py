"""Generation settings: sane defaults and validation that names the field."""

from __future__ import annotations

import pytest

from app.core.errors import SettingsError
from app.core.settings import SETTING_SPECS, GenerationSettings


def test_defaults_are_valid_and_every_field_has_a_spec() -> None:
    settings = GenerationSettings().validated()
    assert {s.name for s in SETTING_SPECS} == set(settings.__dataclass_fields__)
    assert 0 < settings.temperature <= 1 and settings.max_tokens < settings.n_ctx


@pytest.mark.parametrize("field, value, words", [
    ("temperature", 2.5, "between 0 and 2"),
    ("top_p", 0, "between 0.05 and 1"),
    ("max_tokens", 0, "between 1 and 8192"),
    ("n_ctx", 100, "between 256 and 131072"),
    ("seed", -2, "between -1"),
    ("temperature", "warm", "must be a number"),
    ("max_tokens", 10.5, "whole number"),
    ("seed", True, "must be a number"),
    ("system_prompt", 5, "must be text"),
])
def test_out_of_range_values_are_refused_with_the_field_named(field: str, value: object, words: str) -> None:
    with pytest.raises(SettingsError) as info:
        GenerationSettings().with_changes(**{field: value})
    assert info.value.field == field
    assert words in info.value.message


def test_answer_length_must_leave_room_in_the_context() -> None:
    with pytest.raises(SettingsError) as info:
        GenerationSettings().with_changes(max_tokens=4096, n_ctx=2048)
    assert info.value.field == "max_tokens"


def test_text_values_are_coerced_and_json_round_trips() -> None:
    settings = GenerationSettings().with_changes(temperature="0.3", max_tokens="64", seed="12")
    assert (settings.temperature, settings.max_tokens, settings.seed) == (0.3, 64, 12)
    assert GenerationSettings.from_json(settings.to_json()) == settings


def test_stored_json_with_unknown_or_missing_keys_still_loads() -> None:
    loaded = GenerationSettings.from_json('{"temperature": 0.1, "from_the_future": 1}')
    assert loaded.temperature == 0.1 and loaded.max_tokens == GenerationSettings().max_tokens
    assert GenerationSettings.from_json(None) == GenerationSettings()
