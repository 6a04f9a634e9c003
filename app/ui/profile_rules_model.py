"""The rules grid of the safety profile editor as a Qt table model.

One row per safety category ("S9 Indiscriminate weapons"), four columns:
prompt action, prompt threshold, answer action, answer threshold. The model
holds a :class:`~app.safety.profiles.SafetyProfile` (which is frozen) and
replaces it through :meth:`SafetyProfile.with_rule` on every edit, emitting
:attr:`ProfileRulesModel.profileChanged` with the new copy. Presets are
read-only. The model works without any window, so it is tested on its own.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, \
    Signal
from PySide6.QtGui import QBrush

from app.safety.profiles import Action, ProfileError, SafetyProfile
from app.safety.taxonomy import CATEGORIES, Category
from app.ui.style import Colors

Index = QModelIndex | QPersistentModelIndex
COLUMNS: tuple[tuple[str, str], ...] = (("prompt", "action"), ("prompt", "threshold"),
                                        ("answer", "action"), ("answer", "threshold"))
CATEGORY_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def action_label(action: Action) -> str:
    """'Allow', 'Warn' or 'Block', translated."""
    labels = {Action.ALLOW: QCoreApplication.translate("Safety", "Allow"),
              Action.WARN: QCoreApplication.translate("Safety", "Warn"),
              Action.BLOCK: QCoreApplication.translate("Safety", "Block")}
    return labels[action]


def category_label(cat: Category) -> str:
    """'S9 Indiscriminate weapons' with the name translated."""
    return f"{cat.id} {QCoreApplication.translate('Taxonomy', cat.name)}"


def action_colour(action: Action) -> QBrush | None:
    if action is Action.BLOCK:
        return QBrush(Colors.error)
    if action is Action.WARN:
        return QBrush(Colors.notice)
    return None


class ProfileRulesModel(QAbstractTableModel):
    """A profile's rules, one category per row; edits make a new profile (see :attr:`profile`)."""

    profileChanged = Signal(object)  # SafetyProfile

    def __init__(self, profile: SafetyProfile, parent: QObject | None = None, read_only: bool | None = None) -> None:
        super().__init__(parent)
        self._profile = profile
        self._read_only = profile.is_preset if read_only is None else read_only

    @property
    def profile(self) -> SafetyProfile:
        return self._profile

    @property
    def read_only(self) -> bool:
        return self._read_only

    def set_profile(self, profile: SafetyProfile, read_only: bool | None = None) -> None:
        """Show another profile (presets are read-only unless ``read_only`` says otherwise)."""
        self.beginResetModel()
        self._profile = profile
        self._read_only = profile.is_preset if read_only is None else read_only
        self.endResetModel()

    # reading -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(CATEGORIES)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._column_title(section)
            if role == Qt.ItemDataRole.ToolTipRole:
                direction, kind = COLUMNS[section]
                if kind == "threshold":
                    return self.tr("The score (0.00–1.00) at or above which the action applies")
                return self.tr("What happens to what the user sends") if direction == "prompt" else \
                    self.tr("What happens to what the model writes")
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(CATEGORIES):
            cat = CATEGORIES[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return category_label(cat)
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate("Taxonomy", cat.explanation)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(CATEGORIES) and 0 <= index.column() < len(COLUMNS)):
            return None
        cat = CATEGORIES[index.row()]
        direction, kind = COLUMNS[index.column()]
        rule = self._profile.rule(cat.id, direction)
        if role == Qt.ItemDataRole.DisplayRole:
            return action_label(rule.action) if kind == "action" else f"{rule.threshold:.2f}"
        if role == Qt.ItemDataRole.EditRole:  # an action as its value ("block"): QVariant keeps no enum
            return rule.action.value if kind == "action" else rule.threshold
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{category_label(cat)}: {QCoreApplication.translate('Taxonomy', cat.explanation)}"
            if kind == "threshold" and rule.warn_from is not None and rule.action is Action.BLOCK:
                tip += "\n" + self.tr("Scores from %1 up to the threshold get a warning instead.").replace(
                    "%1", f"{rule.warn_from:.2f}")
            return tip + ("\n" + self.tr("Clone a preset to change it") if self._read_only else "")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            value = action_label(rule.action) if kind == "action" else f"{rule.threshold:.2f}"
            return f"{category_label(cat)}, {self._column_title(index.column())}: {value}"
        if role == Qt.ItemDataRole.ForegroundRole and kind == "action":
            return action_colour(rule.action)
        if role == Qt.ItemDataRole.TextAlignmentRole and kind == "threshold":
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == CATEGORY_ID_ROLE:
            return cat.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self._read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # writing -------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Set an action (an :class:`Action` or its value) or a threshold (0.0–1.0); False if refused."""
        if role != Qt.ItemDataRole.EditRole or self._read_only or not index.isValid():
            return False
        cat = CATEGORIES[index.row()]
        direction, kind = COLUMNS[index.column()]
        try:
            if kind == "action":
                changed = self._profile.with_rule(cat.id, direction, action=Action(value))
            else:
                changed = self._profile.with_rule(cat.id, direction, threshold=round(float(value), 4))
        except (ValueError, TypeError, ProfileError):
            return False
        if changed.rules == self._profile.rules:
            return True
        self._profile = changed
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                                             Qt.ItemDataRole.ForegroundRole])
        self.profileChanged.emit(changed)
        return True

    def index_of(self, category_id: str, direction: str, kind: str) -> QModelIndex:
        """The cell of ``category_id``'s ``direction`` ``kind`` ("action" or "threshold")."""
        row = next(i for i, c in enumerate(CATEGORIES) if c.id == category_id)
        return self.index(row, COLUMNS.index((direction, kind)))

    def _column_title(self, column: int) -> str:
        titles = (self.tr("Prompt action"), self.tr("Prompt threshold"),
                  self.tr("Answer action"), self.tr("Answer threshold"))
        return titles[column]
