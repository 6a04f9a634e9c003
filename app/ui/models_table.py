"""The installed models as a table, and the small pieces the Models view's panes share.

:func:`load_listing` reads what each installed model is (the first read of a
big file takes seconds, so it runs on a pool thread), whether it may be used
now, whether its licence was accepted and how its memory need compares with
what is free at the current context length, plus the newest saved report card
of each model. :class:`ModelsTableModel` shows that listing: one row per model,
files that cannot be read greyed with the reason, and a warning icon on a
model whose names suggest its safety training was removed.

:class:`ProgressRelay` carries progress from a worker thread to the UI thread
through a queued signal, at most about ten times a second; :func:`open_dialog`,
:func:`configure_table`, :func:`monospace_box` and the text helpers are shared
by the view's panes.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal,
)
from PySide6.QtGui import QColor, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QDialog, QHeaderView, QLabel, QPlainTextEdit, QStyle, QTableView,
)

from app.core.errors import HearthError
from app.governance.layers import Effective
from app.models.fit import Fit, FitEstimate
from app.models.library import InstalledModel
from app.models.report_card import ReportCard, load_report_cards, report_cards_dir
from app.services import Services
from app.ui.error_text import user_text
from app.ui.style import Colors

Index = QModelIndex | QPersistentModelIndex
TableView = TypeVar("TableView", bound=QTableView)
COLUMNS = ("name", "parameters", "quantization", "size", "context", "licence", "template", "approved", "fit",
           "location")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's ModelRow
def fit_colour(fit: Fit) -> QColor:
    """The colour of a memory fit in the theme in force: fits green, tight amber, too big red."""
    return {Fit.FITS: Colors.success, Fit.TIGHT: Colors.warning, Fit.TOO_BIG: Colors.error}[fit]
UPDATES_PER_SECOND = 10


def _t(text: str) -> str:
    return QCoreApplication.translate("ModelsView", text)


# ------------------------------------------------------------------------------------------------ the listing

@dataclass(frozen=True)
class ModelRow:
    """One installed model (``model``), or a file that cannot be read (``problem``)."""

    path: Path
    model: InstalledModel | None
    problem: HearthError | None = None
    refusal: HearthError | None = None  # why it may not be used now (allowlist, safety-removed rule)
    licence_accepted: bool = True
    fit: FitEstimate | None = None

    @property
    def approved(self) -> bool:
        return self.model is not None and self.refusal is None

    @property
    def name(self) -> str:
        return self.model.info.name if self.model is not None else self.path.name


@dataclass(frozen=True)
class Listing:
    """What :func:`load_listing` found: the rows, and the newest report card per model SHA-256."""

    rows: list[ModelRow]
    cards: dict[str, ReportCard] = field(default_factory=dict)


def load_listing(services: Services, effective: Effective, n_ctx: int) -> Listing:
    """Every installed model with its facts, its approval and its fit (slow: call it on a pool thread)."""
    models, problems = services.models.library.installed()
    rows = [model_row(services, model, effective, n_ctx) for model in models]
    rows += [ModelRow(path, None, problem) for path, problem in problems]
    return Listing(rows, newest_cards(services))


def model_row(services: Services, model: InstalledModel, effective: Effective, n_ctx: int) -> ModelRow:
    """The row of one model; the governance check is asked without an audit entry (a listing only asks)."""
    return ModelRow(model.path, model, refusal=services.models.refusal(model, effective),
                    licence_accepted=services.models.library.licence_accepted(model),
                    fit=services.models.fit(model, n_ctx))


def newest_cards(services: Services) -> dict[str, ReportCard]:
    """The newest saved report card of each model, by the model's SHA-256."""
    cards: dict[str, ReportCard] = {}
    for card in load_report_cards(report_cards_dir(services.paths)):  # newest first
        cards.setdefault(card.model_sha256, card)
    return cards


def model_files_blocker(services: Services) -> HearthError | None:
    """Why models may not be added or removed now (a guardian's lock, the organisation's policy), or None."""
    return services.models.changes_blocked()


# ----------------------------------------------------------------------------------------------------- texts

def size_text(size: float) -> str:
    """Bytes as "1.2 GB" or "98 MB"."""
    if size >= 1024**3:
        return _t("%1 GB").replace("%1", f"{size / 1024**3:.1f}")
    return _t("%1 MB").replace("%1", f"{size / 1024**2:.0f}")


def fit_text(verdict: Fit) -> str:
    return {Fit.FITS: _t("fits"), Fit.TIGHT: _t("tight"), Fit.TOO_BIG: _t("too big")}[verdict]


def approved_text(row: ModelRow) -> str:
    if not row.approved:
        return _t("no")
    return _t("yes") if row.licence_accepted else _t("needs licence")


def location_text(model: InstalledModel) -> str:
    if model.bundled:
        return _t("bundled")
    return _t("referenced") if model.referenced else _t("models folder")


def suspicious_text(model: InstalledModel) -> str:
    """The warning for a model that may have had its safety training removed ("" when none)."""
    words = model.suspicious_reasons()
    if not words:
        return ""
    return _t("This model may have had its safety training removed (its name or description says: %1).") \
        .replace("%1", ", ".join(words))


def cell_text(row: ModelRow, column: str) -> str:
    """What the table shows in ``column`` for ``row``."""
    model = row.model
    if model is None:
        return row.path.name if column == "name" else (_t("Cannot be read: %1").replace(
            "%1", row.problem.message if row.problem else "") if column == "parameters" else "")
    info = model.info
    texts = {
        "name": info.name, "parameters": info.parameters_label, "quantization": info.quantization,
        "size": size_text(info.file_size), "licence": info.licence or _t("not stated"),
        "context": f"{info.context_length:,}" if info.context_length else _t("unknown"),
        "template": _t("yes") if info.chat_template else _t("no"), "approved": approved_text(row),
        "fit": fit_text(row.fit.verdict) if row.fit is not None else "", "location": location_text(model),
    }
    return texts[column]


def time_left_text(seconds: float | None) -> str:
    if seconds is None:
        return ""
    if seconds < 90:
        return _t("about %1 s left").replace("%1", str(max(1, round(seconds))))
    if seconds < 5400:
        return _t("about %1 min left").replace("%1", str(round(seconds / 60)))
    return _t("about %1 h left").replace("%1", f"{seconds / 3600:.1f}")


def column_titles() -> list[str]:
    return [_t("Name"), _t("Parameters"), _t("Quantization"), _t("Size"), _t("Context"), _t("Licence"),
            _t("Template"), _t("Approved"), _t("Fit"), _t("Where")]


# ------------------------------------------------------------------------------------------------ the table

class ModelsTableModel(QAbstractTableModel):
    """The listing's rows (see the module docstring)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ModelRow] = []
        self._titles = column_titles()

    def set_rows(self, rows: Sequence[ModelRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, path: Path) -> int | None:
        return next((number for number, row in enumerate(self.rows) if row.path == path), None)

    def problem_rows(self) -> list[int]:
        return [number for number, row in enumerate(self.rows) if row.model is None]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # a greyed row can still be selected

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == "name" and row.model is not None \
                and row.model.suspicious_reasons():
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

    @staticmethod
    def _tooltip(row: ModelRow, column: str) -> str | None:
        if row.model is None:
            return user_text(row.problem) if row.problem is not None else None
        if column == "name" and row.model.suspicious_reasons():
            return suspicious_text(row.model)
        if column == "approved" and row.refusal is not None:
            return user_text(row.refusal)
        if column == "fit" and row.fit is not None:
            return row.fit.explanation(row.model.info.name)
        if column == "location":
            return str(row.path)
        return None

    @staticmethod
    def _colour(row: ModelRow, column: str) -> QColor | None:
        if row.model is None:
            return Colors.muted
        if column == "fit" and row.fit is not None:
            return fit_colour(row.fit.verdict)
        if column == "approved" and not (row.approved and row.licence_accepted):
            return Colors.error if not row.approved else Colors.warning
        return None


# ------------------------------------------------------------------------------------ widgets and progress

def open_dialog(owner: QObject, attribute: str, dialog: QDialog,
                accepted: Callable[[], Any] | None = None) -> QDialog:
    """Open ``dialog`` window-modal without a nested event loop, deleted once closed; ``owner.<attribute>``
    holds it while it is open (tests reach it there)."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    if accepted is not None:
        dialog.accepted.connect(accepted)
    dialog.finished.connect(lambda _result: setattr(owner, attribute, None))
    setattr(owner, attribute, dialog)
    dialog.open()
    return dialog


def configure_table(table: TableView, accessible: str) -> TableView:
    """A read-only table selecting one whole row, columns sized to their contents."""
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)  # no empty band to the right
    return table


def monospace_box(text: str, accessible: str) -> QPlainTextEdit:
    """A read-only, selectable box of fixed-width text."""
    box = QPlainTextEdit(text)
    box.setReadOnly(True)
    box.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    box.setAccessibleName(accessible)
    box.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    return box


def selectable_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


# ----------------------------------------------------------------------------------------------- progress

class ProgressRelay(QObject):
    """Carries progress from a worker thread to the UI thread (queued), at most ~10 reports a second.

    Left unparented and kept by the worker's closure, so a worker still running when its pane is gone
    reports to no one.
    """

    progressed = Signal(object)

    def __init__(self, per_second: float = UPDATES_PER_SECOND) -> None:
        super().__init__()
        self.interval = 1.0 / per_second
        self._last = 0.0
        self._lock = threading.Lock()

    def report(self, value: object, final: bool = False) -> None:
        """Pass ``value`` on unless one went less than the interval ago (a ``final`` value always passes)."""
        now = time.monotonic()
        with self._lock:
            if not final and now - self._last < self.interval:
                return
            self._last = now
        self.progressed.emit(value)

    def counts(self, done: int, total: int) -> None:
        """A ``(done, total)`` callback (imports, report cards)."""
        self.report((done, total), final=done >= total)
