"""Layered settings only tighten: property-based tests that the merge is never looser than any layer."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from app.governance.layers import (MANAGED_PROFILE_ID, Layer, LayerSettings, is_at_least_as_strict, merge,
                                   merge_profiles, same_behaviour, strictest_rule)
from app.governance.time_rules import TimeRules
from app.safety.profiles import AUDIENCES, DIRECTIONS, GUARD_MODES, Action, Rule, SafetyProfile, preset
from app.safety.taxonomy import CATEGORY_IDS

scores = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)


@st.composite
def rules(draw: st.DrawFn) -> Rule:
    action = draw(st.sampled_from(list(Action)))
    threshold = draw(scores)
    warn_from = None
    if action is Action.BLOCK and draw(st.booleans()):
        warn_from = draw(st.floats(min_value=0.0, max_value=threshold))
    return Rule(action, threshold, warn_from)


@st.composite
def profiles(draw: st.DrawFn) -> SafetyProfile:
    profile = preset(draw(st.sampled_from(["child", "teen", "school", "standard", "open"])))
    for _ in range(draw(st.integers(0, 12))):
        rule = draw(rules())
        profile = profile.with_rule(draw(st.sampled_from(CATEGORY_IDS)), draw(st.sampled_from(DIRECTIONS)),
                                    rule.action, rule.threshold, rule.warn_from)
    return replace(profile, answer_max_tokens=draw(st.integers(16, 4096)),
                   guard=draw(st.sampled_from(GUARD_MODES)), audience=draw(st.sampled_from(AUDIENCES)))


@given(rules(), rules(), st.lists(scores, max_size=20))
def test_the_strictest_rule_takes_the_more_severe_action_at_every_score(a: Rule, b: Rule, extra: list[float]) -> None:
    merged = strictest_rule(a, b)
    points = {0.0, 1.0, a.threshold, b.threshold, *(r.warn_from for r in (a, b) if r.warn_from is not None), *extra}
    for score in points:
        assert merged.action_for(score).severity == max(a.action_for(score).severity, b.action_for(score).severity)
    assert is_at_least_as_strict(merged, a) and is_at_least_as_strict(merged, b)


@settings(max_examples=60, deadline=None)
@given(st.lists(profiles(), min_size=1, max_size=3))
def test_the_merged_profile_is_never_looser_than_any_layer(layers: list[SafetyProfile]) -> None:
    named = list(zip([Layer.ORGANISATION, Layer.GUARDIAN, Layer.USER][-len(layers):], layers))
    merged, decided = merge_profiles(named)
    for _, profile in named:
        for cid in CATEGORY_IDS:
            for direction in DIRECTIONS:
                assert is_at_least_as_strict(merged.rule(cid, direction), profile.rule(cid, direction))
        assert merged.answer_max_tokens <= profile.answer_max_tokens
        assert GUARD_MODES.index(merged.guard) >= GUARD_MODES.index(profile.guard)
        assert AUDIENCES.index(merged.audience) <= AUDIENCES.index(profile.audience)
    assert set(decided) >= {f"categories.{c}.{d}" for c in CATEGORY_IDS for d in DIRECTIONS}


@settings(max_examples=40, deadline=None)
@given(profiles(), profiles())
def test_a_decider_names_a_layer_whose_own_rule_is_the_merged_one_when_there_is_one(guardian: SafetyProfile,
                                                                                    user: SafetyProfile) -> None:
    merged, decided = merge_profiles([(Layer.GUARDIAN, guardian), (Layer.USER, user)])
    for cid in CATEGORY_IDS:
        for direction in DIRECTIONS:
            owner = decided[f"categories.{cid}.{direction}"]
            mine = (guardian if owner is Layer.GUARDIAN else user).rule(cid, direction)
            if any(same_behaviour(p.rule(cid, direction), merged.rule(cid, direction)) for p in (guardian, user)):
                assert same_behaviour(mine, merged.rule(cid, direction))


def test_a_user_choosing_open_under_a_locked_child_gets_child() -> None:
    merged, decided = merge_profiles([(Layer.GUARDIAN, preset("child")), (Layer.USER, preset("open"))])
    assert merged.id == "child"
    assert decided["categories.S4.prompt"] is Layer.GUARDIAN
    assert decided["audience"] is Layer.GUARDIAN


def test_a_user_stricter_than_the_guardian_keeps_their_own_profile() -> None:
    merged, decided = merge_profiles([(Layer.GUARDIAN, preset("open")), (Layer.USER, preset("child"))])
    assert merged == preset("child")
    open_, child = preset("open"), preset("child")
    for control, layer in decided.items():
        if control.startswith("categories."):
            _, cid, direction = control.split(".")
            # the guardian is named only where their own rule already is the one in force (it holds the floor)
            expected = Layer.GUARDIAN if same_behaviour(open_.rule(cid, direction), child.rule(cid, direction)) \
                else Layer.USER
            assert layer is expected
    assert decided["audience"] is Layer.USER and Layer.USER in decided.values()


def test_a_combination_is_a_managed_profile_that_names_its_sources() -> None:
    user = preset("standard").with_rule("S9", "prompt", Action.BLOCK, 0.05)
    merged, decided = merge_profiles([(Layer.GUARDIAN, preset("teen")), (Layer.USER, user)])
    assert merged.id == MANAGED_PROFILE_ID
    assert merged.name == "Teen + Standard"
    assert decided["categories.S9.prompt"] is Layer.USER
    assert merged.rule("S9", "prompt").threshold == 0.05


def test_merge_intersects_allowlists_and_time_rules_and_takes_the_strictest_switches() -> None:
    school_hours = TimeRules.from_data({"hours": {d: ["08:00-16:00"] for d in ("mon", "tue", "wed", "thu", "fri")},
                                        "daily_minutes": 120})
    evenings = TimeRules.from_data({"hours": {"mon": ["15:00-20:00"]}, "daily_minutes": 60})
    effective = merge([
        LayerSettings(Layer.ORGANISATION, preset("school"), school_hours, frozenset({"a" * 64, "b" * 64}),
                      kiosk=None, watermark=True, audit_content="metadata", retention_days=30),
        LayerSettings(Layer.GUARDIAN, preset("child"), evenings, frozenset({"b" * 64}), kiosk=True,
                      watermark=False, audit_content="content", retention_days=90),
        LayerSettings(Layer.USER, preset("open")),
    ])
    assert effective.model_allowlist == frozenset({"b" * 64})
    assert effective.decided_by["model_allowlist"] is Layer.GUARDIAN
    assert effective.time_rules is not None and effective.time_rules.daily_minutes == 60
    from datetime import datetime

    monday = datetime(2026, 11, 23)
    assert effective.time_rules.is_open(monday.replace(hour=15, minute=30))
    assert not effective.time_rules.is_open(monday.replace(hour=17))  # the school's hours end at 16:00
    assert effective.kiosk and effective.decided_by["kiosk"] is Layer.GUARDIAN
    assert effective.watermark and effective.decided_by["watermark"] is Layer.ORGANISATION
    assert effective.audit_content == "metadata"  # the highest layer that sets it decides
    assert effective.retention_days == 30
    assert effective.managed_by("kiosk") is Layer.GUARDIAN


def test_a_user_alone_decides_everything() -> None:
    effective = merge([LayerSettings(Layer.USER, preset("standard"))])
    assert effective.profile == preset("standard")
    assert effective.managed_by("categories.S1.prompt") is None
    assert effective.time_rules is None and effective.model_allowlist is None and not effective.kiosk


# the full merge: every field of every layer ------------------------------------------------------------------------

HASHES = tuple(c * 64 for c in "abcd")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@st.composite
def time_rules(draw: st.DrawFn) -> TimeRules:
    data: dict[str, object] = {}
    if draw(st.booleans()):
        hours: dict[str, list[str]] = {}
        for day in draw(st.lists(st.sampled_from(DAYS), unique=True, max_size=7)):
            start, end = draw(st.integers(0, 23)), draw(st.integers(0, 24))
            if start != end:  # an end before the start runs past midnight
                hours[day] = [f"{start:02d}:00-{end:02d}:00"]
        data["hours"] = hours
    if draw(st.booleans()):
        data["daily_minutes"] = draw(st.integers(1, 1440))
    return TimeRules.from_data(data)


@st.composite
def layer_settings(draw: st.DrawFn, layer: Layer) -> LayerSettings:
    profile = draw(st.none() | profiles())
    if profile is not None:
        profile = replace(profile, watermark=draw(st.booleans()))
    return LayerSettings(
        layer, profile, draw(st.none() | time_rules()),
        draw(st.none() | st.frozensets(st.sampled_from(HASHES))), draw(st.none() | st.booleans()),
        draw(st.none() | st.booleans()), draw(st.none() | st.sampled_from(["metadata", "content"])),
        draw(st.none() | st.integers(0, 3650)))


@st.composite
def layer_stacks(draw: st.DrawFn) -> list[LayerSettings]:
    chosen = draw(st.lists(st.sampled_from(list(Layer)), min_size=1, max_size=3, unique=True))
    stack = [draw(layer_settings(layer)) for layer in chosen]
    if all(s.profile is None for s in stack):
        stack[-1] = replace(stack[-1], profile=draw(profiles()))
    return stack


def _open_minutes(rules: TimeRules) -> int:
    return int.from_bytes(rules.mask, "big")


@settings(max_examples=60, deadline=None)
@given(layer_stacks())
def test_the_full_merge_is_never_looser_than_any_layer_in_any_field(stack: list[LayerSettings]) -> None:
    effective = merge(stack)
    merged = effective.profile
    for layer in stack:
        if layer.profile is not None:
            for cid in CATEGORY_IDS:
                for direction in DIRECTIONS:
                    assert is_at_least_as_strict(merged.rule(cid, direction), layer.profile.rule(cid, direction))
            assert merged.answer_max_tokens <= layer.profile.answer_max_tokens
            assert GUARD_MODES.index(merged.guard) >= GUARD_MODES.index(layer.profile.guard)
            assert AUDIENCES.index(merged.audience) <= AUDIENCES.index(layer.profile.audience)
            assert effective.watermark or not layer.profile.watermark
        if layer.time_rules is not None:
            assert effective.time_rules is not None
            assert _open_minutes(effective.time_rules) & ~_open_minutes(layer.time_rules) == 0  # open only if open here
            if layer.time_rules.daily_minutes is not None:
                assert effective.time_rules.daily_minutes is not None
                assert effective.time_rules.daily_minutes <= layer.time_rules.daily_minutes
        if layer.model_allowlist is not None:
            assert effective.model_allowlist is not None and effective.model_allowlist <= layer.model_allowlist
        assert effective.kiosk or not layer.kiosk
        assert effective.watermark or not layer.watermark
        if layer.retention_days is not None:
            assert effective.retention_days is not None and effective.retention_days <= layer.retention_days
    # the audit content mode is oversight and privacy at once, not a strictness: the highest layer that sets it
    setters = sorted((s for s in stack if s.audit_content is not None), key=lambda s: list(Layer).index(s.layer))
    assert effective.audit_content == (setters[0].audit_content if setters else "metadata")
    if setters:
        assert effective.decided_by["audit_content"] is setters[0].layer
    present = {s.layer for s in stack}
    assert set(effective.decided_by.values()) <= present
    for name in ("time_rules", "model_allowlist", "kiosk", "retention_days"):
        if all(getattr(s, name) is None for s in stack):
            assert name not in effective.decided_by and getattr(effective, name) in (None, False)
