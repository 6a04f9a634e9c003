"""Time rules for a locked Child or Teen profile: allowed hours per weekday and a daily budget.

A guardian (and, machine-wide, a school policy) says when Hearth may be used
and for how many minutes a day. The two layers are combined with
:meth:`TimeRules.strictest`, which allows a minute only when both allow it
and keeps the smaller budget. :func:`check_access` turns the rules and
today's usage (kept by :class:`UsageMeter` in the secret store) into an
:class:`Access` verdict, and :func:`describe_access` says it kindly.

Allowed hours are held as a minute-of-week mask: one byte per minute of the
week, minute 0 being Monday 00:00 local time, 1 meaning allowed. Every
decision here fails closed: a weekday left out of ``hours`` is closed all
day, and a damaged usage record counts as a spent budget.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from app.core.errors import HearthError
from app.core.i18n import QT_TRANSLATE_NOOP, Translate, no_translation

WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MINUTES_PER_DAY = 24 * 60
MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY
MAX_EXTRA_MINUTES = 720

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WINDOW = re.compile(r"([0-9]{2}):([0-9]{2})-([0-9]{2}):([0-9]{2})")
_OPEN = 1
_CLOSED = 0
_ALL_OPEN = bytes([_OPEN]) * MINUTES_PER_WEEK
_ALL_CLOSED = bytes([_CLOSED]) * MINUTES_PER_WEEK
_KNOWN_KEYS = ("hours", "daily_minutes")


class TimeRulesError(HearthError):
    """A time rule is malformed; ``field`` names where (``hours.mon[1]``, ``daily_minutes``)."""

    title = QT_TRANSLATE_NOOP("Errors", "The time rules are not valid")

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(
            f"{field}: {problem}",
            "Write allowed hours as HH:MM-HH:MM per weekday (mon … sun) and daily_minutes as 1 to 1440.",
        )
        self.field = field
        self.problem = problem


@dataclass(frozen=True)
class TimeRules:
    """Allowed hours per weekday (a minute-of-week mask) and an optional daily budget in minutes."""

    mask: bytes  # MINUTES_PER_WEEK bytes, 1 = allowed; minute 0 = Monday 00:00
    daily_minutes: int | None = None  # None: no budget

    def __post_init__(self) -> None:
        if not isinstance(self.mask, bytes) or len(self.mask) != MINUTES_PER_WEEK:
            raise TimeRulesError("mask", f"must be {MINUTES_PER_WEEK} bytes, one per minute of the week")
        if self.mask.translate(None, bytes([_CLOSED, _OPEN])):
            raise TimeRulesError("mask", "may hold only 0 (closed) and 1 (allowed)")
        if self.daily_minutes is not None:
            _check_daily_minutes(self.daily_minutes)

    def __repr__(self) -> str:
        return f"TimeRules({self.to_data()!r})"

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> TimeRules:
        """Read rules such as ``{"hours": {"mon": ["07:00-20:00", "22:00-01:00"]}, "daily_minutes": 60}``.

        Without ``hours`` every minute of the week is allowed. With ``hours``,
        a weekday that is not listed is closed all day (fail closed: a
        forgotten day never opens by accident). A window ``HH:MM-HH:MM`` whose
        end is before its start runs past midnight into the next day (Sunday
        into Monday); ``24:00`` may only end a window. ``daily_minutes`` is a
        whole number from 1 to 1440, or absent for no budget.
        """
        if not isinstance(data, Mapping):
            raise TimeRulesError("time_rules", "must be a table with hours and/or daily_minutes")
        for key in data:
            if key not in _KNOWN_KEYS:
                raise TimeRulesError(str(key), "is not a time rule (use hours and daily_minutes)")
        mask = _parse_hours(data["hours"]) if "hours" in data else _ALL_OPEN
        daily = _check_daily_minutes(data["daily_minutes"]) if "daily_minutes" in data else None
        return cls(mask, daily)

    def to_data(self) -> dict[str, Any]:
        """The normalised form: every weekday's windows within that day; ``from_data`` reads it back equal."""
        data: dict[str, Any] = {}
        if self.mask != _ALL_OPEN:
            data["hours"] = {day: _day_windows(self.mask, index) for index, day in enumerate(WEEKDAYS)}
        if self.daily_minutes is not None:
            data["daily_minutes"] = self.daily_minutes
        return data

    @classmethod
    def always(cls) -> TimeRules:
        """Allowed every minute of the week, with no budget."""
        return cls(_ALL_OPEN)

    def is_open(self, now: datetime) -> bool:
        """Whether the minute of ``now`` (naive local wall-clock time) is allowed."""
        return self.mask[_minute_of_week(now)] == _OPEN

    def next_opening(self, now: datetime) -> datetime | None:
        """``now`` if open; else the first allowed minute after it (within a week); None if never open."""
        if self.is_open(now):
            return now
        return self._next_minute_with(now, _OPEN)

    def closes_at(self, now: datetime) -> datetime | None:
        """When the allowed stretch around ``now`` ends; None if closed now or open all week."""
        if not self.is_open(now):
            return None
        return self._next_minute_with(now, _CLOSED)

    def strictest(self, other: TimeRules) -> TimeRules:
        """Allowed only when both allow; the budget is the smaller of the budgets that are set."""
        both = int.from_bytes(self.mask, "big") & int.from_bytes(other.mask, "big")
        budgets = [b for b in (self.daily_minutes, other.daily_minutes) if b is not None]
        return TimeRules(both.to_bytes(MINUTES_PER_WEEK, "big"), min(budgets) if budgets else None)

    @property
    def restricts(self) -> bool:
        """Whether these rules limit anything at all (False for :meth:`always`)."""
        return self.mask != _ALL_OPEN or self.daily_minutes is not None

    def _next_minute_with(self, now: datetime, value: int) -> datetime | None:
        """The start of the first minute after ``now``'s minute whose mask byte is ``value``."""
        current = _minute_of_week(now)
        found = (self.mask + self.mask).find(value, current + 1)
        if found == -1 or found >= current + MINUTES_PER_WEEK:
            return None
        return now.replace(second=0, microsecond=0) + timedelta(minutes=found - current)


def preset_rules(audience: str) -> TimeRules | None:
    """The starting rules for an audience: child 07:00–20:00 and 60 min, teen 07:00–22:00 and 120 min."""
    presets = {"child": ("07:00-20:00", 60), "teen": ("07:00-22:00", 120)}
    if audience not in presets:
        return None
    window, minutes = presets[audience]
    return TimeRules.from_data({"hours": {day: [window] for day in WEEKDAYS}, "daily_minutes": minutes})


@dataclass(frozen=True)
class Access:
    """Whether Hearth may be used now, and if not why and until when."""

    allowed: bool
    reason: str | None  # None when allowed, else "hours" or "budget"
    opens_at: datetime | None  # when it opens again (None if allowed, or never)
    remaining_seconds: float | None  # budget left today (None: no budget)


class UsageMeter:
    """Today's usage and extra time, kept in a small secret store (anything with get(name)->bytes|None and set(name, bytes)).

    The record is JSON ``{"date": "YYYY-MM-DD", "seconds": float, "extra_seconds": float}``;
    a record for another date means a fresh day. A damaged record sets
    ``damaged`` and counts as a spent budget (fail closed) until
    :meth:`grant_extra` or :meth:`record` rewrites it for today.
    """

    SECRET_NAME = "guardian-usage"

    def __init__(self, store: Any) -> None:
        self._store = store
        self.damaged = False

    def used_seconds(self, today: date) -> float:
        """Seconds used on ``today``; infinite when the record is damaged."""
        return self._read(today)[0]

    def extra_seconds(self, today: date) -> float:
        """Extra seconds a guardian granted for ``today``."""
        return self._read(today)[1]

    def record(self, seconds: float, today: date) -> None:
        """Add ``seconds`` of use to ``today``."""
        if isinstance(seconds, bool) or not isinstance(seconds, int | float):
            raise ValueError("seconds of use must be a number")
        if not math.isfinite(seconds) or seconds < 0:
            raise ValueError("seconds of use must be a finite number, zero or more")
        used, extra = self._read(today)
        if self.damaged:
            return  # a damaged record stays "used up" until a guardian grants time (fail closed)
        self._write(today, used + float(seconds), extra)

    def grant_extra(self, minutes: int, today: date) -> None:
        """Add ``minutes`` (1 to 720) of extra time for ``today`` only."""
        if isinstance(minutes, bool) or not isinstance(minutes, int):
            raise ValueError("extra minutes must be a whole number")
        if not 1 <= minutes <= MAX_EXTRA_MINUTES:
            raise ValueError(f"extra minutes must be from 1 to {MAX_EXTRA_MINUTES}")
        used, extra = self._read(today)
        used = 0.0 if self.damaged else used
        self._write(today, used, extra + minutes * 60.0)

    def _read(self, today: date) -> tuple[float, float]:
        """(used, extra) for ``today``; sets ``damaged`` from what the store holds."""
        raw = self._store.get(self.SECRET_NAME)
        if raw is None:
            self.damaged = False
            return 0.0, 0.0
        parsed = _parse_usage(raw)
        self.damaged = parsed is None
        if parsed is None:
            return math.inf, 0.0
        day, used, extra = parsed
        return (used, extra) if day == _as_date(today) else (0.0, 0.0)

    def _write(self, today: date, used: float, extra: float) -> None:
        record = {"date": _as_date(today).isoformat(), "seconds": used, "extra_seconds": extra}
        self._store.set(self.SECRET_NAME, json.dumps(record).encode("utf-8"))
        self.damaged = False


def check_access(rules: TimeRules, meter: UsageMeter, now: datetime) -> Access:
    """Whether ``rules`` allow use at ``now`` given today's usage in ``meter``."""
    remaining = _remaining_seconds(rules, meter, now.date())
    if not rules.is_open(now):
        return Access(False, "hours", rules.next_opening(now), remaining)
    if remaining is not None and remaining <= 0:
        next_midnight = datetime.combine(now.date() + timedelta(days=1), time())
        return Access(False, "budget", rules.next_opening(next_midnight), 0.0)
    return Access(True, None, None, remaining)


GUARDIAN_CAN_GRANT = QT_TRANSLATE_NOOP("TimeRules", "A guardian can unlock Hearth and grant extra time.")


def describe_access(access: Access, translate: Translate = no_translation,
                    say_when: Callable[[datetime], str] | None = None) -> str:
    """A kind, plain sentence for a closed Hearth; "" when it is allowed.

    The window passes Qt's ``translate`` and a ``say_when`` that writes the
    reopening time in the user's locale; the terminal gets English.
    """
    if access.allowed:
        return ""
    when = ""
    if access.opens_at is not None:
        when = " " + translate("TimeRules", "It opens again %1.").replace("%1", (say_when or _say_when)(
            access.opens_at))
    if access.reason == "budget":
        return translate("TimeRules", "Today's time with Hearth is used up.") + when
    if access.opens_at is None:
        return translate("TimeRules", "Hearth is not open at any time this week.")
    return translate("TimeRules", "Hearth is resting now.") + when


def _minute_of_week(now: datetime) -> int:
    return now.weekday() * MINUTES_PER_DAY + now.hour * 60 + now.minute


def _check_daily_minutes(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MINUTES_PER_DAY:
        raise TimeRulesError("daily_minutes", f"must be a whole number of minutes from 1 to {MINUTES_PER_DAY}")
    return value


def _parse_hours(hours: Any) -> bytes:
    if not isinstance(hours, Mapping):
        raise TimeRulesError("hours", "must be a table of weekdays (mon … sun)")
    mask = bytearray(_ALL_CLOSED)
    for day, windows in hours.items():
        if day not in WEEKDAYS:
            raise TimeRulesError(f"hours.{day}", "is not a weekday (use mon, tue, wed, thu, fri, sat, sun)")
        if not isinstance(windows, list | tuple):
            raise TimeRulesError(f"hours.{day}", 'must be a list of windows such as ["07:00-20:00"]')
        for position, window in enumerate(windows):
            start, end = _parse_window(window, f"hours.{day}[{position}]")
            _allow(mask, WEEKDAYS.index(day) * MINUTES_PER_DAY, start, end)
    return bytes(mask)


def _parse_window(window: Any, where: str) -> tuple[int, int]:
    """(start, end) minutes of the day; end may be 1440 (24:00) and may be before start (crosses midnight)."""
    match = _WINDOW.fullmatch(window) if isinstance(window, str) else None
    if match is None:
        raise TimeRulesError(where, "must be a window HH:MM-HH:MM, such as 07:00-20:00")
    start_h, start_m, end_h, end_m = (int(part) for part in match.groups())
    if start_h > 23 or start_m > 59:
        raise TimeRulesError(where, "the start must be a time from 00:00 to 23:59")
    if end_m > 59 or end_h > 24 or (end_h == 24 and end_m != 0):
        raise TimeRulesError(where, "the end must be a time from 00:00 to 24:00")
    start, end = start_h * 60 + start_m, end_h * 60 + end_m
    if start == end:
        raise TimeRulesError(where, "the start and the end are the same time")
    return start, end


def _allow(mask: bytearray, day_start: int, start: int, end: int) -> None:
    """Mark [start, end) of the day starting at ``day_start`` allowed, wrapping past midnight (and Sunday)."""
    length = end - start if end > start else MINUTES_PER_DAY - start + end
    for offset in range(length):
        mask[(day_start + start + offset) % MINUTES_PER_WEEK] = _OPEN


def _day_windows(mask: bytes, index: int) -> list[str]:
    day = mask[index * MINUTES_PER_DAY : (index + 1) * MINUTES_PER_DAY]
    windows = []
    start = day.find(_OPEN)
    while start != -1:
        end = day.find(_CLOSED, start)
        end = MINUTES_PER_DAY if end == -1 else end
        windows.append(f"{_clock(start)}-{_clock(end)}")
        start = day.find(_OPEN, end)
    return windows


def _clock(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def _say_when(moment: datetime) -> str:
    return f"on {_WEEKDAY_NAMES[moment.weekday()]} at {_clock(moment.hour * 60 + moment.minute)}"


def _remaining_seconds(rules: TimeRules, meter: UsageMeter, today: date) -> float | None:
    if rules.daily_minutes is None:
        return None
    left = rules.daily_minutes * 60 + meter.extra_seconds(today) - meter.used_seconds(today)
    return max(0.0, left)


def _as_date(today: date) -> date:
    return today.date() if isinstance(today, datetime) else today


def _parse_usage(raw: Any) -> tuple[date, float, float] | None:
    """(date, seconds, extra_seconds) from a stored record, or None if it is damaged."""
    try:
        record = json.loads(bytes(raw).decode("utf-8"))
        day = date.fromisoformat(record["date"])
        used, extra = record["seconds"], record["extra_seconds"]
    except (TypeError, ValueError, KeyError):
        return None
    if not isinstance(record, dict) or set(record) != {"date", "seconds", "extra_seconds"}:
        return None
    if not (_is_amount(used) and _is_amount(extra)):
        return None
    return day, float(used), float(extra)


def _is_amount(value: Any) -> bool:
    return not isinstance(value, bool) and isinstance(value, int | float) and math.isfinite(value) and value >= 0
