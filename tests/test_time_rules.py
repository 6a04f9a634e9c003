"""Time rules: parsing, the minute-of-week mask, combining layers, the usage meter and access verdicts."""

from __future__ import annotations

import json
import math
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.errors import HearthError
from governance_fakes import DictSecrets

from app.governance.time_rules import (
    MINUTES_PER_WEEK,
    WEEKDAYS,
    Access,
    TimeRules,
    TimeRulesError,
    UsageMeter,
    check_access,
    describe_access,
    preset_rules,
)

# 2024-01-01 is a Monday.
MON = date(2024, 1, 1)
TUE = date(2024, 1, 2)


def at(day: date, hh: int, mm: int, ss: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hh, mm, ss)


def day_after(day: date, n: int) -> date:
    return day + timedelta(days=n)


# ---------------------------------------------------------------- parsing


def test_a_weekday_window_is_open_from_its_start_up_to_its_end() -> None:
    rules = TimeRules.from_data({"hours": {"mon": ["07:00-20:00"]}})
    assert not rules.is_open(at(MON, 6, 59, 59))
    assert rules.is_open(at(MON, 7, 0))
    assert rules.is_open(at(MON, 19, 59, 59))
    assert not rules.is_open(at(MON, 20, 0))
    assert rules.daily_minutes is None


def test_several_windows_on_one_day_and_24_00_as_an_end() -> None:
    rules = TimeRules.from_data({"hours": {"sat": ["09:00-12:00", "14:00-24:00"]}, "daily_minutes": 90})
    sat = day_after(MON, 5)
    assert rules.is_open(at(sat, 11, 59))
    assert not rules.is_open(at(sat, 12, 30))
    assert rules.is_open(at(sat, 23, 59))
    assert not rules.is_open(at(day_after(MON, 6), 0, 0))
    assert rules.daily_minutes == 90


def test_without_hours_every_minute_is_allowed() -> None:
    rules = TimeRules.from_data({"daily_minutes": 30})
    assert rules.mask == bytes([1]) * MINUTES_PER_WEEK
    assert rules.is_open(at(TUE, 3, 17))
    assert rules.restricts


def test_a_weekday_that_is_not_listed_is_closed_all_day() -> None:
    rules = TimeRules.from_data({"hours": {"mon": ["00:00-24:00"]}})
    assert rules.is_open(at(MON, 12, 0))
    for n in range(1, 7):
        for hh in (0, 8, 12, 23):
            assert not rules.is_open(at(day_after(MON, n), hh, 30))


def test_empty_hours_means_never_open() -> None:
    rules = TimeRules.from_data({"hours": {}})
    assert rules.mask == bytes(MINUTES_PER_WEEK)
    assert rules.next_opening(at(MON, 9, 0)) is None
    assert rules.closes_at(at(MON, 9, 0)) is None
    assert rules.to_data() == {"hours": {day: [] for day in WEEKDAYS}}


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ("mon 07:00-20:00", "time_rules"),
        ({"colour": "blue"}, "colour"),
        ({"hours": ["07:00-20:00"]}, "hours"),
        ({"hours": {"funday": ["07:00-20:00"]}}, "hours.funday"),
        ({"hours": {"Mon": ["07:00-20:00"]}}, "hours.Mon"),
        ({"hours": {"mon": "07:00-20:00"}}, "hours.mon"),
        ({"hours": {"mon": True}}, "hours.mon"),
        ({"hours": {"mon": ["07:00-20:00", "bad"]}}, "hours.mon[1]"),
        ({"hours": {"tue": ["7:00-20:00"]}}, "hours.tue[0]"),
        ({"hours": {"tue": ["07:00-20:00 "]}}, "hours.tue[0]"),
        ({"hours": {"tue": ["07:00 - 20:00"]}}, "hours.tue[0]"),
        ({"hours": {"tue": ["٠٧:٠٠-٢٠:٠٠"]}}, "hours.tue[0]"),
        ({"hours": {"wed": [700]}}, "hours.wed[0]"),
        ({"hours": {"wed": [True]}}, "hours.wed[0]"),
        ({"hours": {"thu": ["24:00-02:00"]}}, "hours.thu[0]"),
        ({"hours": {"thu": ["25:00-26:00"]}}, "hours.thu[0]"),
        ({"hours": {"thu": ["07:60-08:00"]}}, "hours.thu[0]"),
        ({"hours": {"thu": ["07:00-24:30"]}}, "hours.thu[0]"),
        ({"hours": {"thu": ["07:00-25:00"]}}, "hours.thu[0]"),
        ({"hours": {"fri": ["08:00-08:00"]}}, "hours.fri[0]"),
        ({"hours": {"fri": ["00:00-24:00", "00:00-00:00"]}}, "hours.fri[1]"),
        ({"daily_minutes": 0}, "daily_minutes"),
        ({"daily_minutes": 1441}, "daily_minutes"),
        ({"daily_minutes": -5}, "daily_minutes"),
        ({"daily_minutes": True}, "daily_minutes"),
        ({"daily_minutes": 60.0}, "daily_minutes"),
        ({"daily_minutes": "60"}, "daily_minutes"),
        ({"daily_minutes": None}, "daily_minutes"),
    ],
)
def test_every_error_names_its_field(data: Any, field: str) -> None:
    with pytest.raises(TimeRulesError) as caught:
        TimeRules.from_data(data)
    error = caught.value
    assert isinstance(error, HearthError)
    assert error.field == field
    assert error.problem
    assert error.message == f"{field}: {error.problem}"
    assert error.title == "The time rules are not valid"
    assert error.user_text().startswith(f"{field}: ")


def test_the_boundaries_of_daily_minutes_are_accepted() -> None:
    assert TimeRules.from_data({"daily_minutes": 1}).daily_minutes == 1
    assert TimeRules.from_data({"daily_minutes": 1440}).daily_minutes == 1440


def test_a_mask_of_the_wrong_size_or_values_is_refused() -> None:
    with pytest.raises(TimeRulesError) as short:
        TimeRules(bytes(10))
    assert short.value.field == "mask"
    with pytest.raises(TimeRulesError):
        TimeRules(bytes([2]) * MINUTES_PER_WEEK)
    with pytest.raises(TimeRulesError) as budget:
        TimeRules(bytes(MINUTES_PER_WEEK), 0)
    assert budget.value.field == "daily_minutes"


# ---------------------------------------------------------------- midnight and the week's end


def test_a_window_crossing_midnight_runs_into_the_next_day() -> None:
    rules = TimeRules.from_data({"hours": {"mon": ["22:00-01:00"]}})
    assert not rules.is_open(at(MON, 21, 59))
    assert rules.is_open(at(MON, 22, 0))
    assert rules.is_open(at(TUE, 0, 30))
    assert rules.is_open(at(TUE, 0, 59, 59))
    assert not rules.is_open(at(TUE, 1, 0))
    assert rules.closes_at(at(MON, 23, 15)) == at(TUE, 1, 0)


def test_a_window_ending_at_00_00_ends_at_midnight() -> None:
    rules = TimeRules.from_data({"hours": {"mon": ["22:00-00:00"]}})
    assert rules == TimeRules.from_data({"hours": {"mon": ["22:00-24:00"]}})
    assert not rules.is_open(at(TUE, 0, 0))


def test_sunday_night_wraps_into_monday_morning() -> None:
    rules = TimeRules.from_data({"hours": {"sun": ["23:00-02:00"]}})
    sun = day_after(MON, 6)
    next_mon = day_after(MON, 7)
    assert rules.is_open(at(sun, 23, 30))
    assert rules.is_open(at(next_mon, 1, 59))
    assert rules.is_open(at(MON, 0, 0))
    assert not rules.is_open(at(next_mon, 2, 0))
    assert rules.closes_at(at(sun, 23, 30)) == at(next_mon, 2, 0)
    assert rules.to_data()["hours"]["mon"] == ["00:00-02:00"]
    assert rules.to_data()["hours"]["sun"] == ["23:00-24:00"]


# ---------------------------------------------------------------- round trip


def test_to_data_splits_a_crossing_window_and_lists_every_weekday() -> None:
    rules = TimeRules.from_data({"hours": {"mon": ["22:00-01:00"]}, "daily_minutes": 45})
    assert rules.to_data() == {
        "hours": {
            "mon": ["22:00-24:00"],
            "tue": ["00:00-01:00"],
            "wed": [],
            "thu": [],
            "fri": [],
            "sat": [],
            "sun": [],
        },
        "daily_minutes": 45,
    }
    assert TimeRules.from_data(rules.to_data()) == rules


def test_to_data_merges_overlapping_and_touching_windows() -> None:
    rules = TimeRules.from_data({"hours": {"wed": ["08:00-10:00", "09:00-11:00", "11:00-12:00", "20:00-21:00"]}})
    assert rules.to_data()["hours"]["wed"] == ["08:00-12:00", "20:00-21:00"]


def test_always_round_trips_to_an_empty_table() -> None:
    always = TimeRules.always()
    assert always.to_data() == {}
    assert TimeRules.from_data({}) == always
    assert not always.restricts
    assert always.closes_at(at(MON, 12, 0)) is None
    assert always.next_opening(at(MON, 12, 0, 5)) == at(MON, 12, 0, 5)


def test_a_rule_with_only_hours_restricts() -> None:
    assert TimeRules.from_data({"hours": {day: ["00:00-23:59"] for day in WEEKDAYS}}).restricts
    assert TimeRules.from_data({"hours": {day: ["00:00-24:00"] for day in WEEKDAYS}}) == TimeRules.always()


def _hhmm(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


_window = (
    st.tuples(st.integers(min_value=0, max_value=1439), st.integers(min_value=1, max_value=1440))
    .filter(lambda w: w[0] != w[1])
    .map(lambda w: f"{_hhmm(w[0])}-{_hhmm(w[1])}")
)
_rules_data = st.fixed_dictionaries(
    {},
    optional={
        "hours": st.dictionaries(st.sampled_from(WEEKDAYS), st.lists(_window, max_size=3)),
        "daily_minutes": st.integers(min_value=1, max_value=1440),
    },
)


@settings(database=None, max_examples=60, deadline=None)
@given(_rules_data)
def test_from_data_reads_back_what_to_data_writes(data: dict[str, Any]) -> None:
    rules = TimeRules.from_data(data)
    normal = rules.to_data()
    assert TimeRules.from_data(normal) == rules
    assert TimeRules.from_data(normal).to_data() == normal
    json.dumps(normal)  # plain data, ready for a file


# ---------------------------------------------------------------- next opening and closing


SCHOOL_WEEK = TimeRules.from_data({"hours": {day: ["07:00-20:00"] for day in ("mon", "tue", "wed", "thu", "fri")}})


def test_next_opening_is_now_when_open() -> None:
    now = at(MON, 9, 15, 42)
    assert SCHOOL_WEEK.next_opening(now) == now


def test_next_opening_later_the_same_day_starts_on_the_minute() -> None:
    assert SCHOOL_WEEK.next_opening(at(TUE, 5, 10, 33)) == at(TUE, 7, 0)


def test_next_opening_on_the_next_day() -> None:
    assert SCHOOL_WEEK.next_opening(at(TUE, 20, 0)) == at(day_after(MON, 2), 7, 0)


def test_next_opening_over_the_weekend() -> None:
    fri = day_after(MON, 4)
    next_mon = day_after(MON, 7)
    assert SCHOOL_WEEK.next_opening(at(fri, 21, 0)) == at(next_mon, 7, 0)
    assert SCHOOL_WEEK.next_opening(at(day_after(MON, 5), 12, 0)) == at(next_mon, 7, 0)


def test_next_opening_can_be_almost_a_week_away() -> None:
    rules = TimeRules.from_data({"hours": {"mon": ["07:00-07:01"]}})
    assert rules.next_opening(at(MON, 7, 1)) == at(day_after(MON, 7), 7, 0)


def test_closes_at_is_the_end_of_the_current_stretch() -> None:
    assert SCHOOL_WEEK.closes_at(at(MON, 10, 30, 15)) == at(MON, 20, 0)
    assert SCHOOL_WEEK.closes_at(at(MON, 20, 0)) is None


def test_closes_at_follows_a_stretch_across_days() -> None:
    rules = TimeRules.from_data({"hours": {"sat": ["00:00-24:00"], "sun": ["00:00-18:00"]}})
    assert rules.closes_at(at(day_after(MON, 5), 8, 0)) == at(day_after(MON, 6), 18, 0)


# ---------------------------------------------------------------- combining layers


def test_strictest_keeps_only_the_shared_hours_and_the_smaller_budget() -> None:
    school = TimeRules.from_data({"hours": {"mon": ["08:00-15:00"], "tue": ["08:00-15:00"]}, "daily_minutes": 120})
    home = TimeRules.from_data({"hours": {"mon": ["14:00-20:00"], "sat": ["09:00-12:00"]}, "daily_minutes": 60})
    both = school.strictest(home)
    assert both.to_data() == {
        "hours": {"mon": ["14:00-15:00"], "tue": [], "wed": [], "thu": [], "fri": [], "sat": [], "sun": []},
        "daily_minutes": 60,
    }


def test_strictest_keeps_the_one_budget_that_is_set() -> None:
    budget = TimeRules.from_data({"daily_minutes": 30})
    assert budget.strictest(TimeRules.always()).daily_minutes == 30
    assert TimeRules.always().strictest(budget).daily_minutes == 30
    assert TimeRules.always().strictest(TimeRules.always()) == TimeRules.always()


@settings(database=None, max_examples=40, deadline=None)
@given(_rules_data, _rules_data)
def test_strictest_is_never_looser_than_either_layer(a_data: dict[str, Any], b_data: dict[str, Any]) -> None:
    a, b = TimeRules.from_data(a_data), TimeRules.from_data(b_data)
    both = a.strictest(b)
    for minute in range(MINUTES_PER_WEEK):
        assert both.mask[minute] == (a.mask[minute] and b.mask[minute])
    budgets = [x for x in (a.daily_minutes, b.daily_minutes) if x is not None]
    assert both.daily_minutes == (min(budgets) if budgets else None)
    assert b.strictest(a) == both
    assert both.strictest(a) == both


# ---------------------------------------------------------------- presets


def test_presets_for_child_and_teen() -> None:
    child, teen = preset_rules("child"), preset_rules("teen")
    assert child is not None and teen is not None
    assert child.daily_minutes == 60 and teen.daily_minutes == 120
    assert child.to_data()["hours"] == {day: ["07:00-20:00"] for day in WEEKDAYS}
    assert teen.to_data()["hours"] == {day: ["07:00-22:00"] for day in WEEKDAYS}
    sun = day_after(MON, 6)
    assert not child.is_open(at(sun, 21, 0)) and teen.is_open(at(sun, 21, 0))


@pytest.mark.parametrize("audience", ["adult", "general", "", "Child"])
def test_other_audiences_have_no_preset(audience: str) -> None:
    assert preset_rules(audience) is None


# ---------------------------------------------------------------- usage meter


def test_the_meter_adds_up_use_and_stores_json_for_today() -> None:
    store = DictSecrets()
    meter = UsageMeter(store)
    assert meter.used_seconds(MON) == 0.0 and meter.extra_seconds(MON) == 0.0
    meter.record(90, MON)
    meter.record(30.5, MON)
    meter.record(0, MON)
    assert meter.used_seconds(MON) == 120.5
    assert json.loads(store.values[UsageMeter.SECRET_NAME]) == {
        "date": "2024-01-01",
        "seconds": 120.5,
        "extra_seconds": 0.0,
    }
    assert not meter.damaged


def test_a_new_day_resets_use_and_extra_time() -> None:
    meter = UsageMeter(DictSecrets())
    meter.record(600, MON)
    meter.grant_extra(15, MON)
    assert meter.extra_seconds(MON) == 900.0
    assert meter.used_seconds(TUE) == 0.0
    assert meter.extra_seconds(TUE) == 0.0
    meter.record(5, TUE)
    assert meter.used_seconds(TUE) == 5.0
    assert meter.extra_seconds(TUE) == 0.0
    assert meter.used_seconds(MON) == 0.0  # only today's record is kept


def test_a_datetime_counts_as_its_date() -> None:
    meter = UsageMeter(DictSecrets())
    meter.record(60, at(MON, 10, 0))
    assert meter.used_seconds(MON) == 60.0


@pytest.mark.parametrize("seconds", [-1, -0.5, math.inf, -math.inf, math.nan, True, "10", None])
def test_bad_amounts_of_use_are_refused(seconds: Any) -> None:
    meter = UsageMeter(DictSecrets())
    with pytest.raises(ValueError):
        meter.record(seconds, MON)
    assert meter.used_seconds(MON) == 0.0


@pytest.mark.parametrize("minutes", [0, -10, 721, True, 10.0, "10"])
def test_bad_extra_time_is_refused(minutes: Any) -> None:
    meter = UsageMeter(DictSecrets())
    with pytest.raises(ValueError):
        meter.grant_extra(minutes, MON)
    assert meter.extra_seconds(MON) == 0.0


def test_extra_time_adds_up_within_the_day() -> None:
    meter = UsageMeter(DictSecrets())
    meter.grant_extra(1, MON)
    meter.grant_extra(720, MON)
    assert meter.extra_seconds(MON) == 721 * 60.0


@pytest.mark.parametrize(
    "raw",
    [
        b"not json",
        b"\xff\xfe",
        b"[]",
        b'"2024-01-01"',
        json.dumps({"date": "2024-01-01", "seconds": "10", "extra_seconds": 0}).encode(),
        json.dumps({"date": "2024-01-01", "seconds": True, "extra_seconds": 0}).encode(),
        json.dumps({"date": "2024-01-01", "seconds": -5, "extra_seconds": 0}).encode(),
        json.dumps({"date": "2024-01-01", "seconds": 10}).encode(),
        json.dumps({"date": "yesterday", "seconds": 10, "extra_seconds": 0}).encode(),
        json.dumps({"date": 20240101, "seconds": 10, "extra_seconds": 0}).encode(),
        b'{"date": "2024-01-01", "seconds": NaN, "extra_seconds": 0}',
        b'{"date": "2024-01-01", "seconds": 1, "extra_seconds": Infinity}',
    ],
)
def test_a_damaged_record_fails_closed(raw: bytes) -> None:
    store = DictSecrets()
    store.values[UsageMeter.SECRET_NAME] = raw
    meter = UsageMeter(store)
    assert meter.used_seconds(MON) == math.inf
    assert meter.damaged
    rules = TimeRules.from_data({"daily_minutes": 60})
    access = check_access(rules, meter, at(MON, 10, 0))
    assert access == Access(False, "budget", at(TUE, 0, 0), 0.0)
    assert meter.used_seconds(TUE) == math.inf  # a damaged record has no date to expire


def test_a_guardian_grant_rewrites_a_damaged_record() -> None:
    store = DictSecrets()
    store.values[UsageMeter.SECRET_NAME] = b"garbage"
    meter = UsageMeter(store)
    assert meter.used_seconds(MON) == math.inf
    meter.grant_extra(20, MON)
    assert not meter.damaged
    assert meter.used_seconds(MON) == 0.0
    assert meter.extra_seconds(MON) == 1200.0


def test_recording_leaves_a_damaged_record_used_up() -> None:
    store = DictSecrets()
    store.values[UsageMeter.SECRET_NAME] = b"{}"
    meter = UsageMeter(store)
    meter.record(30, MON)
    assert meter.damaged
    assert meter.used_seconds(MON) == float("inf")
    assert store.values[UsageMeter.SECRET_NAME] == b"{}"


def test_a_damaged_record_does_not_matter_without_a_budget() -> None:
    store = DictSecrets()
    store.values[UsageMeter.SECRET_NAME] = b"garbage"
    access = check_access(SCHOOL_WEEK, UsageMeter(store), at(MON, 10, 0))
    assert access == Access(True, None, None, None)


# ---------------------------------------------------------------- access


CHILD = TimeRules.from_data({"hours": {day: ["07:00-20:00"] for day in WEEKDAYS}, "daily_minutes": 60})


def test_access_within_hours_and_budget_reports_what_is_left() -> None:
    meter = UsageMeter(DictSecrets())
    meter.record(600, MON)
    access = check_access(CHILD, meter, at(MON, 10, 0))
    assert access == Access(True, None, None, 3000.0)
    assert describe_access(access) == ""


def test_access_without_a_budget_has_no_remaining_time() -> None:
    access = check_access(SCHOOL_WEEK, UsageMeter(DictSecrets()), at(MON, 10, 0))
    assert access == Access(True, None, None, None)


def test_outside_hours_access_says_when_it_opens() -> None:
    meter = UsageMeter(DictSecrets())
    meter.record(600, MON)
    access = check_access(CHILD, meter, at(MON, 21, 30))
    assert access == Access(False, "hours", at(TUE, 7, 0), 3000.0)
    assert describe_access(access) == "Hearth is resting now. It opens again on Tuesday at 07:00."


def test_outside_hours_over_the_weekend() -> None:
    access = check_access(SCHOOL_WEEK, UsageMeter(DictSecrets()), at(day_after(MON, 4), 20, 5))
    assert access.opens_at == at(day_after(MON, 7), 7, 0)
    assert describe_access(access) == "Hearth is resting now. It opens again on Monday at 07:00."


def test_a_spent_budget_closes_until_the_next_day_opens() -> None:
    meter = UsageMeter(DictSecrets())
    meter.record(3600, MON)
    access = check_access(CHILD, meter, at(MON, 15, 0))
    assert access == Access(False, "budget", at(TUE, 7, 0), 0.0)
    assert describe_access(access) == "Today's time with Hearth is used up. It opens again on Tuesday at 07:00."


def test_a_spent_budget_skips_closed_days() -> None:
    rules = SCHOOL_WEEK.strictest(TimeRules.from_data({"daily_minutes": 30}))
    meter = UsageMeter(DictSecrets())
    fri = day_after(MON, 4)
    meter.record(1800, fri)
    access = check_access(rules, meter, at(fri, 9, 0))
    assert access == Access(False, "budget", at(day_after(MON, 7), 7, 0), 0.0)


def test_extra_time_reopens_a_spent_budget() -> None:
    meter = UsageMeter(DictSecrets())
    meter.record(3600, MON)
    meter.grant_extra(10, MON)
    access = check_access(CHILD, meter, at(MON, 15, 0))
    assert access == Access(True, None, None, 600.0)
    meter.record(600, MON)
    assert check_access(CHILD, meter, at(MON, 15, 20)).reason == "budget"


def test_extra_time_does_not_carry_over_to_the_next_day() -> None:
    meter = UsageMeter(DictSecrets())
    meter.grant_extra(30, MON)
    assert check_access(CHILD, meter, at(TUE, 9, 0)).remaining_seconds == 3600.0


def test_yesterdays_use_does_not_count_today() -> None:
    meter = UsageMeter(DictSecrets())
    meter.record(3600, MON)
    assert check_access(CHILD, meter, at(TUE, 9, 0)) == Access(True, None, None, 3600.0)


def test_never_open_rules_say_so() -> None:
    never = TimeRules.from_data({"hours": {}})
    access = check_access(never, UsageMeter(DictSecrets()), at(MON, 9, 0))
    assert access == Access(False, "hours", None, None)
    assert describe_access(access) == "Hearth is not open at any time this week."


def test_a_spent_budget_with_no_known_opening_says_only_that() -> None:
    access = Access(False, "budget", None, 0.0)
    assert describe_access(access) == "Today's time with Hearth is used up."
