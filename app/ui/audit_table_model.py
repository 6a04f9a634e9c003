"""The guardian's table of audit events: a row per entry, newest first, filtered by kind, text and period.

:func:`load_rows` turns every entry of the log into a light :class:`AuditRow`
(its local time and its fields as one line of ``key: value`` pairs) on a pool
thread, so that a log of 100,000 entries costs one pass and no widget per
row. :class:`AuditTableModel` shows the rows; :class:`AuditFilterProxy`
narrows them by entry type, a case-insensitive search over the details and
a period of local days; :class:`EventsPage` is the audit view's tab with the
filters, the table and "N of M entries". A conversation's text (content
mode only) is read and decrypted only for the rows on screen, and only once
the guardian ticks "Show conversation text"; otherwise it never reaches the
table.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel, QLocale, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt, QTime,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLineEdit, QTableView,
    QToolButton, QVBoxLayout, QWidget,
)

from app.audit.log import ENTRY_TYPES, AuditEntry, AuditLog, AuditLogError
from app.audit.summary import entry_moment
from app.ui.guardian_widgets import hint_label

Index = QModelIndex | QPersistentModelIndex
INDEX_COLUMN, TIME_COLUMN, KIND_COLUMN, DETAILS_COLUMN = range(4)
DETAILS_SEPARATOR = " · "
INDEX_ROLE = Qt.ItemDataRole.UserRole + 1  # the entry's index in the log (an int)
COLUMN_WIDTHS = (60, 150, 160)  # #, Time, Kind; Details takes the rest
UNKNOWN_DAY = date.min  # a record edited so that its time cannot be read: shown in every period
SEARCH_DELAY_MS = 250  # filter once typing pauses: refiltering 100,000 rows takes a moment


class AuditRow(NamedTuple):
    """What the table shows of one entry (never its text)."""

    number: int  # the entry's index in the log
    type: str
    time: str  # local time, written the way the user's locale writes it (locale_time)
    day: date  # local
    details: str
    has_content: bool


def field_text(value: Any) -> str:
    """A field's value for the Details column: strings as they are, anything else as compact JSON."""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True, default=str)


def details_text(fields: Mapping[str, Any]) -> str:
    """An entry's fields as ``key: value`` pairs joined by " · "."""
    return DETAILS_SEPARATOR.join(f"{key}: {field_text(value)}" for key, value in fields.items())


def locale_time(moment: datetime) -> str:
    """``moment`` as the user's locale writes a date and a time to the second (24.11.26 04:35:08 in German,
    11/24/26 4:35:08 AM in American English); the locale chosen at start is the default one."""
    locale = QLocale()
    clock = locale.timeFormat(QLocale.FormatType.LongFormat).replace("t", "").strip()  # no time zone name
    return f"{locale.toString(moment.date(), QLocale.FormatType.ShortFormat)} " \
           f"{locale.toString(QTime(moment.hour, moment.minute, moment.second), clock)}"


def audit_row(entry: AuditEntry) -> AuditRow:
    """One entry's row; a record edited outside Hearth into the wrong shape (verification names it) is shown as
    it is rather than refused."""
    try:
        moment = entry_moment(entry)
        when, day = locale_time(moment), moment.date()
    except (ValueError, TypeError, AttributeError):
        when, day = str(entry.time), UNKNOWN_DAY
    fields = entry.fields
    details = details_text(fields) if isinstance(fields, Mapping) else field_text(fields)
    return AuditRow(entry.index, str(entry.type), when, day, details, entry.has_content)


def load_rows(log: AuditLog, start: int = 0) -> list[AuditRow]:
    """The log's entries from ``start`` as rows, newest first (call it on a pool thread)."""
    rows = [audit_row(entry) for entry in log.entries(start)]
    rows.reverse()
    return rows


class AuditTableModel(QAbstractTableModel):
    """Audit rows (newest first) in four columns: #, Time, Kind, Details."""

    def __init__(self, type_names: Mapping[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._type_names = dict(type_names)
        self._rows: list[AuditRow] = []
        self._read_text: Callable[[int], str | None] | None = None
        self._texts: dict[int, str] = {}

    @property
    def rows(self) -> Sequence[AuditRow]:
        return self._rows

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._texts.clear()
        self.endResetModel()

    def add_newer(self, rows: Sequence[AuditRow]) -> None:
        """Put entries written since the rows were loaded (newest first) at the top."""
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
        self._rows[:0] = rows
        self.endInsertRows()

    def has_content(self) -> bool:
        """Whether any entry holds a conversation's text (content mode)."""
        return any(row.has_content for row in self._rows)

    def set_text_reader(self, read_text: Callable[[int], str | None] | None) -> None:
        """Show the text of content-mode entries, read through ``read_text`` (None: never show text)."""
        self._read_text = read_text
        self._texts.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0, DETAILS_COLUMN), self.index(len(self._rows) - 1, DETAILS_COLUMN))

    def kind_name(self, kind: str) -> str:
        return self._type_names.get(kind, kind)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("#"), self.tr("Time"), self.tr("Kind"), self.tr("Details"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == INDEX_COLUMN:
                return QLocale().toString(row.number)
            if column == TIME_COLUMN:
                return row.time
            if column == KIND_COLUMN:
                return self.kind_name(row.type)
            if column == DETAILS_COLUMN:
                return self._details(row)
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == INDEX_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == INDEX_ROLE:
            return row.number
        return None

    def _details(self, row: AuditRow) -> str:
        if self._read_text is None or not row.has_content:
            return row.details
        text = self._texts.get(row.number)
        if text is None:
            try:
                stored = self._read_text(row.number)
            except AuditLogError:
                stored = None
                text = self.tr("(the text cannot be decrypted)")
            else:
                text = stored if stored is not None else self.tr("(the text was deleted)")
            self._texts[row.number] = text
        label = self.tr("text: {0}").format(text)
        return DETAILS_SEPARATOR.join(part for part in (row.details, label) if part)


class AuditFilterProxy(QSortFilterProxyModel):
    """Keeps the rows of one kind (or all), whose details hold the search text, within a period of days."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(False)  # what the filter reads never changes in place (only the shown text does)
        self._kind: str | None = None
        self._needle = ""
        self._first: date | None = None
        self._last: date | None = None

    # Each change refilters from scratch with one layout change (invalidate): invalidateFilter() would remove
    # and insert every changed range one by one, several times slower over 100,000 rows.

    def set_kind(self, kind: str | None) -> None:
        if kind != self._kind:
            self._kind = kind
            self.invalidate()

    def set_search(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle != self._needle:
            self._needle = needle
            self.invalidate()

    def set_period(self, first: date | None, last: date | None) -> None:
        if (first, last) != (self._first, self._last):
            self._first, self._last = first, last
            self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, AuditTableModel) or not 0 <= source_row < len(model.rows):
            return True
        row = model.rows[source_row]
        if self._kind is not None and row.type != self._kind:
            return False
        if row.day != UNKNOWN_DAY and ((self._first is not None and row.day < self._first)
                                       or (self._last is not None and row.day > self._last)):
            return False
        return not self._needle or self._needle in row.details.casefold()


def name_corner_button(table: QTableView, name: str) -> None:
    """Give a table's "select all" corner button (a button even while hidden with the row header) a name."""
    for button in table.findChildren(QAbstractButton, "qt_tableview_cornerbutton"):
        button.setAccessibleName(name)


class EventsPage(QWidget):
    """The kind filter, the search, "Show conversation text", the table and how many entries it shows."""

    def __init__(self, type_names: Mapping[str, str], read_text: Callable[[int], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AuditTableModel(type_names, self)
        self.proxy = AuditFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_search)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kind of entry"))
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind in sorted(ENTRY_TYPES, key=lambda k: self.model.kind_name(k).casefold()):
            self.kind_combo.addItem(self.model.kind_name(kind), kind)
        self.kind_combo.currentIndexChanged.connect(lambda: self.proxy.set_kind(self.kind_combo.currentData()))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the details"))
        self.search.setAccessibleName(self.tr("Search the details of the entries"))
        self.search.setClearButtonEnabled(True)
        for clear in self.search.findChildren(QToolButton):
            clear.setAccessibleName(self.tr("Clear the search"))
        self.search.textChanged.connect(self.search_timer.start)
        self.search.returnPressed.connect(self.apply_search)
        self.show_text = QCheckBox(self.tr("Show conversation text"))
        self.show_text.setAccessibleName(self.tr("Show the text of conversations kept in the audit log"))
        self.show_text.setToolTip(self.tr("The log keeps the text of conversations, encrypted, because a guardian "
                                          "chose to. Only you can read it here."))
        self.show_text.toggled.connect(lambda on: self.model.set_text_reader(read_text if on else None))
        self.show_text.hide()
        self.table = self._table()
        self.count_label = hint_label("")
        self.count_label.setAccessibleName(self.tr("Entries shown"))
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsInserted,
                       self.proxy.rowsRemoved):
            signal.connect(self._show_count)
        filters = QHBoxLayout()
        filters.addWidget(self.kind_combo)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.show_text)
        column = QVBoxLayout(self)
        column.addLayout(filters)
        column.addWidget(self.table, 1)
        column.addWidget(self.count_label)

    def _table(self) -> QTableView:
        table = QTableView()
        table.setAccessibleName(self.tr("Audit entries, newest first"))
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(24)
        name_corner_button(table, self.tr("Select all entries"))
        table.horizontalHeader().setSectionResizeMode(DETAILS_COLUMN, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate(COLUMN_WIDTHS):
            table.setColumnWidth(column, width)
        return table

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.model.set_rows(rows)
        self.show_text.setVisible(self.model.has_content())

    def apply_search(self) -> None:
        self.search_timer.stop()
        self.proxy.set_search(self.search.text())

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("{0} of {1} entries").format(self.proxy.rowCount(), self.model.rowCount()))
