"""Safety profiles: the presets, validation errors that name the field, hashing, clone/export/import."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.safety.library import ProfileLibrary
from app.safety.profiles import (
    PRESET_IDS, Action, ProfileError, Rule, load_profile, parse_profile, preset, presets, to_toml,
)
from app.safety.taxonomy import CATEGORY_IDS


def test_every_preset_loads_and_covers_every_category_in_both_directions() -> None:
    loaded = presets()
    assert [p.id for p in loaded] == list(PRESET_IDS)
    for profile in loaded:
        assert set(profile.rules) == set(CATEGORY_IDS)
        assert all(set(r) == {"prompt", "answer"} for r in profile.rules.values())
        assert len(profile.content_hash) == 64


def first_flagged_score(rule: Rule) -> float:
    """The lowest score at which a rule does anything (2.0 for allow)."""
    if rule.action is Action.ALLOW:
        return 2.0
    return min(rule.threshold, rule.warn_from if rule.warn_from is not None else rule.threshold)


def test_presets_get_stricter_from_open_to_child() -> None:
    child, standard, open_ = preset("child"), preset("standard"), preset("open")
    for cid in CATEGORY_IDS:
        for direction in ("prompt", "answer"):
            c, s, o = (p.rule(cid, direction) for p in (child, standard, open_))
            assert c.action.severity >= s.action.severity >= o.action.severity, cid
            assert first_flagged_score(c) <= first_flagged_score(s) <= first_flagged_score(o), cid
    assert child.audience == "child" and child.answer_max_tokens < standard.answer_max_tokens
    assert child.system_prompt_addition and "child" in child.system_prompt_addition
    assert standard.rule("S9", "prompt").action is Action.BLOCK
    assert open_.rule("S4", "prompt").action is Action.BLOCK


def test_the_hash_ignores_formatting_but_not_content() -> None:
    standard = preset("standard")
    text = to_toml(standard)
    reformatted = "\n\n".join(text.splitlines()).replace(" = ", "=")
    assert parse_profile(reformatted).content_hash == standard.content_hash
    assert standard.with_rule("S1", "prompt", threshold=0.51).content_hash != standard.content_hash


def test_export_then_import_round_trips(tmp_path: Path) -> None:
    library = ProfileLibrary(tmp_path / "profiles")
    custom = preset("teen").clone("family-teen", "Our teen profile").with_rule("S12", "answer", Action.WARN, 0.8)
    library.save(custom)
    exported = tmp_path / "shared.toml"
    library.export("family-teen", exported)
    other = ProfileLibrary(tmp_path / "elsewhere")
    imported = other.import_file(exported)
    assert imported == custom
    assert imported.based_on == "teen"
    assert imported.content_hash == custom.content_hash
    assert [p.id for p in other.all()][-1] == "family-teen"


def test_presets_cannot_be_overwritten_or_shadowed(tmp_path: Path) -> None:
    library = ProfileLibrary(tmp_path)
    with pytest.raises(ProfileError):
        library.save(preset("child"))
    with pytest.raises(ProfileError):
        preset("child").clone("child", "Sneaky")
    (tmp_path / "child.toml").write_text(to_toml(preset("open")).replace('id = "open"', 'id = "child"'))
    assert library.get("child") == preset("child")


@pytest.mark.parametrize(("edit", "field", "words"), [
    (lambda t: t.replace('[categories.S1]\nprompt = { action = "block", threshold = 0.8',
                         '[categories.S1]\nprompt = { action = "block", threshold = 1.5'),
     "categories.S1.prompt.threshold", "between 0.0 and 1.0"),
    (lambda t: t.replace('action = "block"', 'action = "maybe"', 1), "categories.S1.prompt.action",
     "allow, warn or block"),
    (lambda t: t.replace("[categories.S9]", "[categories.S99]"), "categories.S99", "unknown category"),
    (lambda t: t.replace("answer_max_tokens = 2048", 'answer_max_tokens = "lots"'), "answer_max_tokens",
     "whole number"),
    (lambda t: t.replace("schema = 1", "schema = 7"), "schema", "not supported"),
    (lambda t: t.replace('audience = "adult"', 'audience = "toddler"'), "audience", "child, teen, adult"),
    (lambda t: t.replace("schema = 1", "schema = 1\ncolour = \"red\""), "colour", "unknown field"),
])
def test_schema_errors_point_to_the_field_and_line(edit, field: str, words: str) -> None:  # noqa: ANN001
    text = edit(to_toml(preset("standard")))
    with pytest.raises(ProfileError) as info:
        parse_profile(text, "mine.toml")
    assert info.value.field == field
    assert words in info.value.problem
    assert "mine.toml" in info.value.message and field in info.value.message
    if info.value.line is not None:
        assert field.split(".")[-1] in text.splitlines()[info.value.line - 1] \
            or field.split(".")[1] in text.splitlines()[info.value.line - 1]


def test_a_missing_category_is_named() -> None:
    text = to_toml(preset("standard"))
    start = text.index("[categories.S13]")
    end = text.index("[categories.S14]")
    with pytest.raises(ProfileError) as info:
        parse_profile(text[:start] + text[end:])
    assert info.value.field == "categories.S13"


def test_broken_toml_reports_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('schema = 1\nid = "x\n')
    with pytest.raises(ProfileError) as info:
        load_profile(path)
    assert info.value.line == 2
    assert "not valid TOML" in info.value.message


def test_json_profiles_are_accepted(tmp_path: Path) -> None:
    import json

    path = tmp_path / "shared.json"
    path.write_text(json.dumps(preset("school").clone("district-7", "District 7").to_data()))
    assert load_profile(path).name == "District 7"


def test_a_broken_custom_profile_is_skipped_and_explained(tmp_path: Path) -> None:
    library = ProfileLibrary(tmp_path)
    library.save(preset("standard").clone("good-one", "Good"))
    (tmp_path / "bad-one.toml").write_text("schema = 1\n")
    assert [p.id for p in library.custom()] == ["good-one"]
    assert "bad-one.toml" in library.problems


def test_a_warning_band_below_a_block_threshold() -> None:
    text = to_toml(preset("standard")).replace(
        '[categories.S1]\nprompt = { action = "block", threshold = 0.8, warn_from = 0.5 }',
        '[categories.S1]\nprompt = { action = "block", threshold = 0.8, warn_from = 0.2 }')
    profile = parse_profile(text)
    rule = profile.rule("S1", "prompt")
    assert rule.warn_from == 0.2
    assert [rule.action_for(s) for s in (0.1, 0.2, rule.threshold)] == [Action.ALLOW, Action.WARN, Action.BLOCK]
    assert parse_profile(to_toml(profile)) == profile
    with pytest.raises(ProfileError) as info:
        parse_profile(text.replace("warn_from = 0.2", "warn_from = 0.99"))
    assert info.value.field == "categories.S1.prompt.warn_from"


def test_the_warning_band_can_be_set_moved_and_removed() -> None:
    standard = preset("standard")
    moved = standard.with_rule("S1", "prompt", warn_from=0.3)
    assert moved.rule("S1", "prompt").warn_from == 0.3 and moved.content_hash != standard.content_hash
    assert moved.with_rule("S1", "prompt", threshold=0.2).rule("S1", "prompt").warn_from == 0.2  # clamped
    assert moved.with_rule("S1", "prompt", warn_from=None).rule("S1", "prompt").warn_from is None
    with pytest.raises(ProfileError) as info:
        standard.with_rule("S1", "prompt", warn_from=-1.0)
    assert info.value.field == "categories.S1.prompt.warn_from"


def test_importing_over_an_existing_profile_asks_first(tmp_path: Path) -> None:
    from app.safety.library import ProfileExistsError

    library = ProfileLibrary(tmp_path / "profiles")
    mine = preset("teen").clone("family", "Ours")
    library.save(mine)
    theirs = tmp_path / "theirs.toml"
    theirs.write_text(to_toml(preset("child").clone("family", "Theirs")), encoding="utf-8")
    with pytest.raises(ProfileExistsError) as info:
        library.import_file(theirs)
    assert info.value.existing.name == "Ours" and library.get("family") == mine
    assert library.import_file(theirs, replace=True).name == "Theirs"


def test_the_profile_in_force_cannot_be_deleted(tmp_path: Path) -> None:
    library = ProfileLibrary(tmp_path)
    library.save(preset("standard").clone("ours", "Ours"))
    with pytest.raises(ProfileError):
        library.delete("ours", active="ours")
    library.delete("ours", active="standard")
    assert library.custom() == []
