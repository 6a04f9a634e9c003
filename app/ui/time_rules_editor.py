"""A compact editor for a guardian's time rules: one allowed window per weekday and a daily budget.

:class:`TimeRulesEditor` shows seven rows (a weekday checkbox, "from" and
"to" times) and a daily-minutes field, and turns them into
:class:`~app.governance.time_rules.TimeRules`. A window whose end is before
its start runs past midnight; "00:00 to 00:00" means the whole day. Rules
that one window a day cannot express (two windows on one day, say, as a
policy file may hold) are shown as closely as possible and kept exactly as
they were until the guardian changes something here.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QSpinBox, QTimeEdit, QVBoxLayout, QWidget

from app.governance.time_rules import MINUTES_PER_DAY, WEEKDAYS, TimeRules

Window = tuple[int, int]  # (start, end) minutes of the day; end may be 1440, or before start (past midnight)
DEFAULT_WINDOW: Window = (7 * 60, 20 * 60)
WHOLE_DAY: Window = (0, MINUTES_PER_DAY)


def _parse_window(text: str) -> Window:
    start, end = text.split("-")
    return _minutes(start), _minutes(end)


def _minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def _clock(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def day_windows(rules: TimeRules) -> list[list[Window]]:
    """Each weekday's allowed windows, an evening window joined with the next morning's (past midnight)."""
    hours = rules.to_data().get("hours")
    days = [[WHOLE_DAY] for _ in WEEKDAYS] if hours is None else \
        [[_parse_window(w) for w in hours.get(day, [])] for day in WEEKDAYS]
    for index, today in enumerate(days):
        previous = days[index - 1]  # Monday's previous day is Sunday
        if not today or not previous:
            continue
        head, evening = today[0], previous[-1]
        if head[0] == 0 and head[1] < MINUTES_PER_DAY and evening[1] == MINUTES_PER_DAY and 0 < evening[0] \
                and head[1] < evening[0]:
            previous[-1] = (evening[0], head[1])
            today.pop(0)
    return days


def window_text(window: Window) -> str:
    """``HH:MM-HH:MM`` for a window; the whole day when start and end are the same time."""
    start, end = window
    if start % MINUTES_PER_DAY == end % MINUTES_PER_DAY:
        return "00:00-24:00"
    return f"{_clock(start)}-{_clock(end if end else MINUTES_PER_DAY)}"


def rules_from_windows(windows: list[Window | None], daily_minutes: int | None) -> TimeRules:
    """Rules allowing each weekday's window (None: closed that day) with an optional daily budget."""
    hours = {day: [window_text(w)] for day, w in zip(WEEKDAYS, windows) if w is not None}
    data: dict[str, object] = {"hours": hours}
    if daily_minutes:
        data["daily_minutes"] = daily_minutes
    return TimeRules.from_data(data)


def _qtime(minute: int) -> QTime:
    minute %= MINUTES_PER_DAY
    return QTime(minute // 60, minute % 60)


def _minute_of(edit: QTimeEdit) -> int:
    value = edit.time()
    return value.hour() * 60 + value.minute()


class _DayRow:
    """One weekday: allowed or not, from, to."""

    def __init__(self, name: str, editor: TimeRulesEditor) -> None:
        self.allowed = QCheckBox(name)
        self.start = QTimeEdit()
        self.end = QTimeEdit()
        for edit, what in ((self.start, editor.tr("from")), (self.end, editor.tr("to"))):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(editor.tr("{0}: allowed {1}").format(name, what))
            edit.timeChanged.connect(editor.mark_edited)
        self.allowed.setAccessibleName(editor.tr("Allow Hearth on {0}").format(name))
        self.allowed.toggled.connect(self._enable_times)
        self.allowed.toggled.connect(editor.mark_edited)

    def _enable_times(self, on: bool) -> None:
        self.start.setEnabled(on and self.allowed.isEnabled())
        self.end.setEnabled(on and self.allowed.isEnabled())

    def show_window(self, window: Window | None) -> None:
        shown = window or DEFAULT_WINDOW
        self.allowed.setChecked(window is not None)
        self.start.setTime(_qtime(shown[0]))
        self.end.setTime(_qtime(shown[1]))
        self._enable_times(window is not None)

    def window(self) -> Window | None:
        return (_minute_of(self.start), _minute_of(self.end)) if self.allowed.isChecked() else None

    def set_enabled(self, on: bool) -> None:
        self.allowed.setEnabled(on)
        self._enable_times(self.allowed.isChecked())


class TimeRulesEditor(QWidget):
    """Allowed hours per weekday and a daily budget; :meth:`rules` reads them back."""

    edited = Signal()  # the guardian changed something

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original: TimeRules | None = None
        self._exact = True
        self._loading = False
        self.touched = False
        locale = QLocale()
        self.rows = [_DayRow(locale.dayName(i + 1, QLocale.FormatType.LongFormat), self) for i in range(7)]
        self.daily = QSpinBox()
        self.daily.setRange(0, MINUTES_PER_DAY)
        self.daily.setSingleStep(15)
        self.daily.setSpecialValueText(self.tr("No daily limit"))
        self.daily.setSuffix(self.tr(" min a day"))
        self.daily.setAccessibleName(self.tr("Daily time limit in minutes"))
        self.daily.valueChanged.connect(self.mark_edited)
        self.inexact_note = QLabel(self.tr("Some days allow more than one stretch of time. They are shown "
                                           "simplified; changing anything here replaces them."))
        self.inexact_note.setObjectName("hint")
        self.inexact_note.setWordWrap(True)
        self.inexact_note.hide()
        self._lay_out()
        self.set_rules(None)

    def _lay_out(self) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        for index, row in enumerate(self.rows):
            grid.addWidget(row.allowed, index, 0)
            grid.addWidget(row.start, index, 1)
            grid.addWidget(QLabel(self.tr("to")), index, 2)
            grid.addWidget(row.end, index, 3)
        grid.addWidget(QLabel(self.tr("Daily limit")), 7, 0)
        grid.addWidget(self.daily, 7, 1, 1, 3)
        grid.setColumnStretch(4, 1)
        hint = QLabel(self.tr("A time “to” before “from” runs past midnight; 00:00 to 00:00 is the whole day."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 0, 0, 0)  # indented under the checkbox that turns the limits on
        layout.setSpacing(4)
        layout.addLayout(grid)
        layout.addWidget(hint)
        layout.addWidget(self.inexact_note)

    def set_rules(self, rules: TimeRules | None) -> None:
        """Show ``rules`` (None: every day 07:00–20:00, no budget); not counted as an edit."""
        self._loading = True
        try:
            days = day_windows(rules) if rules is not None else [[DEFAULT_WINDOW] for _ in WEEKDAYS]
            for row, windows in zip(self.rows, days):
                row.show_window(windows[0] if windows else None)
            self.daily.setValue((rules.daily_minutes or 0) if rules is not None else 0)
        finally:
            self._loading = False
        self._original = rules
        self.touched = False
        self._exact = rules is None or self._shown_rules().mask == rules.mask
        self.inexact_note.setVisible(not self._exact)

    def mark_edited(self) -> None:
        if not self._loading:
            self.touched = True
            self.inexact_note.hide()
            self.edited.emit()

    def _shown_rules(self) -> TimeRules:
        return rules_from_windows([row.window() for row in self.rows], self.daily.value() or None)

    def rules(self) -> TimeRules:
        """The rules as shown (raises TimeRulesError); rules the rows cannot express stay as loaded until edited."""
        if not self.touched and not self._exact and self._original is not None:
            return self._original
        return self._shown_rules()

    def set_read_only(self, read_only: bool) -> None:
        for row in self.rows:
            row.set_enabled(not read_only)
        self.daily.setEnabled(not read_only)
