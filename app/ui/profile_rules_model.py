"""The rules grid of the safety profile editor as a Qt table model.

One row per safety category ("S9 Indiscriminate weapons"), six columns:
prompt action, prompt threshold, prompt "warns from", and the same three for
the answer. "Warns from" is a block rule's optional warning band (the score
from which the screen warns instead of allowing, up to the threshold); it is
shown as "—" when there is none, and its cell is disabled while the rule's
action is not block. The model holds a
:class:`~app.safety.profiles.SafetyProfile` (which is frozen) and replaces it
through :meth:`SafetyProfile.with_rule` on every edit, emitting
:attr:`ProfileRulesModel.profileChanged` with the new copy. Presets are
read-only. Given which layer decided each rule (the effective settings'
``decided_by``), the model adds a read-only "Set by" column: "You",
"Guardian" or "Your organisation" per direction. The model works without
any window, so it is tested on its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, \
    Signal
from PySide6.QtGui import QBrush

from app.governance.layers import Layer
from app.safety.profiles import DIRECTIONS, Action, ProfileError, Rule, SafetyProfile
from app.safety.taxonomy import CATEGORIES, Category
from app.ui.governance_state import layer_name
from app.ui.style import Colors

Index = QModelIndex | QPersistentModelIndex
COLUMNS: tuple[tuple[str, str], ...] = (("prompt", "action"), ("prompt", "threshold"), ("prompt", "warn_from"),
                                        ("answer", "action"), ("answer", "threshold"), ("answer", "warn_from"))
SET_BY_COLUMN = len(COLUMNS)  # present only when the model knows who decided each rule
CATEGORY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NO_BAND = "—"  # a "warns from" cell without a warning band, or whose rule does not block


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

    def __init__(self, profile: SafetyProfile, parent: QObject | None = None, read_only: bool | None = None,
                 decided_by: Mapping[str, Layer] | None = None) -> None:
        super().__init__(parent)
        self._profile = profile
        self._read_only = profile.is_preset if read_only is None else read_only
        self._decided_by = decided_by

    @property
    def profile(self) -> SafetyProfile:
        return self._profile

    @property
    def read_only(self) -> bool:
        return self._read_only

    @property
    def decided_by(self) -> Mapping[str, Layer] | None:
        return self._decided_by

    def set_profile(self, profile: SafetyProfile, read_only: bool | None = None,
                    decided_by: Mapping[str, Layer] | None = None) -> None:
        """Show another profile (presets are read-only unless ``read_only`` says otherwise).

        With ``decided_by`` (the effective settings' map of who decided each
        control) the grid gets a read-only "Set by" column.
        """
        self.beginResetModel()
        self._profile = profile
        self._read_only = profile.is_preset if read_only is None else read_only
        self._decided_by = decided_by
        self.endResetModel()

    def set_read_only(self, read_only: bool) -> None:
        """Make every cell read-only (the guardian's lock) or editable again, keeping the profile."""
        if read_only != self._read_only:
            self.beginResetModel()
            self._read_only = read_only
            self.endResetModel()

    # reading -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(CATEGORIES)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(COLUMNS) + (1 if self._decided_by is not None else 0)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and section == SET_BY_COLUMN and self._decided_by is not None:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Set by")
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._set_by_help()
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._column_title(section)
            if role == Qt.ItemDataRole.ToolTipRole:
                direction, kind = COLUMNS[section]
                if kind == "threshold":
                    return self.tr("The score (0.00–1.00) at or above which the action applies")
                if kind == "warn_from":
                    return self._warn_from_help()
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
        in_range = 0 <= index.row() < len(CATEGORIES) and 0 <= index.column() < self.columnCount()
        if not index.isValid() or not in_range:
            return None
        cat = CATEGORIES[index.row()]
        if index.column() == SET_BY_COLUMN:
            return self._set_by_data(cat, role)
        direction, kind = COLUMNS[index.column()]
        rule = self._profile.rule(cat.id, direction)
        band = rule.warn_from if rule.action is Action.BLOCK else None  # only a block rule has a band
        if role == Qt.ItemDataRole.DisplayRole:
            if kind == "warn_from":
                return NO_BAND if band is None else f"{band:.2f}"
            return action_label(rule.action) if kind == "action" else f"{rule.threshold:.2f}"
        if role == Qt.ItemDataRole.EditRole:  # an action as its value ("block"): QVariant keeps no enum
            if kind == "warn_from":
                return band  # None: no warning band
            return rule.action.value if kind == "action" else rule.threshold
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{category_label(cat)}: {QCoreApplication.translate('Taxonomy', cat.explanation)}"
            if kind == "threshold" and band is not None:
                tip += "\n" + self.tr("Scores from %1 up to the threshold get a warning instead.").replace(
                    "%1", f"{band:.2f}")
            if kind == "warn_from":
                tip += "\n" + (self._warn_from_help() if rule.action is Action.BLOCK else
                               self.tr("Only a block rule can have a warning band: set the action to Block "
                                       "to use it."))
            return tip + ("\n" + self.tr("Clone a preset to change it") if self._read_only else "")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{category_label(cat)}, {self._column_title(index.column())}: {self._spoken_value(rule, kind)}"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and kind == "warn_from":
            return self._warn_from_help()
        if role == Qt.ItemDataRole.ForegroundRole and kind == "action":
            return action_colour(rule.action)
        if role == Qt.ItemDataRole.TextAlignmentRole and kind != "action":
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == CATEGORY_ID_ROLE:
            return cat.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == SET_BY_COLUMN:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self._band_applies(index):
            return Qt.ItemFlag.NoItemFlags  # disabled, shown as "—": a band means nothing for warn or allow
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self._read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # writing -------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Set an action (an :class:`Action` or its value), a threshold or a "warns from" score (0.0–1.0).

        A "warns from" value of ``None`` removes the warning band; one above
        the threshold is clamped down to it; a rule that does not block has no
        band to set. Returns False if the edit is refused.
        """
        if role != Qt.ItemDataRole.EditRole or self._read_only or not index.isValid() \
                or index.column() >= len(COLUMNS):
            return False
        cat = CATEGORIES[index.row()]
        direction, kind = COLUMNS[index.column()]
        try:
            if kind == "action":
                changed = self._profile.with_rule(cat.id, direction, action=Action(value))
            elif kind == "threshold":
                changed = self._profile.with_rule(cat.id, direction, threshold=round(float(value), 4))
            elif not self._band_applies(index):
                return False
            else:
                band = None if value is None else round(float(value), 4)
                changed = self._profile.with_rule(cat.id, direction, warn_from=band)
        except (ValueError, TypeError, ProfileError):
            return False
        if changed.rules == self._profile.rules:
            return True
        self._profile = changed
        # an action or threshold edit can change the band's cell too (enabled, clamped), so the direction's cells
        first = COLUMNS.index((direction, "action"))
        self.dataChanged.emit(self.index(index.row(), first), self.index(index.row(), first + 2))
        self.profileChanged.emit(changed)
        return True

    def index_of(self, category_id: str, direction: str, kind: str) -> QModelIndex:
        """The cell of ``category_id``'s ``direction`` ``kind`` ("action", "threshold" or "warn_from")."""
        row = next(i for i, c in enumerate(CATEGORIES) if c.id == category_id)
        return self.index(row, COLUMNS.index((direction, kind)))

    def set_by(self, category_id: str, direction: str) -> Layer | None:
        """Who decided ``category_id``'s ``direction`` rule (None when the model does not know)."""
        if self._decided_by is None:
            return None
        return self._decided_by.get(f"categories.{category_id}.{direction}", Layer.USER)

    def _set_by_data(self, cat: Category, role: int) -> Any:
        layers = {direction: self.set_by(cat.id, direction) or Layer.USER for direction in DIRECTIONS}
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if len(set(layers.values())) == 1:
                text = layer_name(layers[DIRECTIONS[0]])
            else:
                names = {"prompt": self.tr("Prompt: %1"), "answer": self.tr("Answer: %1")}
                text = " · ".join(names.get(d, d + ": %1").replace("%1", layer_name(layer))
                                  for d, layer in layers.items())
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return f"{category_label(cat)}, {self.tr('Set by')}: {text}"
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._set_by_help()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == CATEGORY_ID_ROLE:
            return cat.id
        return None

    def _set_by_help(self) -> str:
        return self.tr("Who decided this rule: you, the guardian or your organisation. The rule in force is the "
                       "strictest of theirs.")

    def _band_applies(self, index: Index) -> bool:
        """False for a "warns from" cell whose rule does not block (True for every other cell)."""
        if index.column() >= len(COLUMNS):
            return True
        direction, kind = COLUMNS[index.column()]
        return kind != "warn_from" or \
            self._profile.rule(CATEGORIES[index.row()].id, direction).action is Action.BLOCK

    def _spoken_value(self, rule: Rule, kind: str) -> str:
        if kind == "action":
            return action_label(rule.action)
        if kind == "threshold":
            return f"{rule.threshold:.2f}"
        if rule.action is not Action.BLOCK:
            return self.tr("not used: only block rules have a warning band")
        return self.tr("no warning band") if rule.warn_from is None else f"{rule.warn_from:.2f}"

    def _warn_from_help(self) -> str:
        return self.tr("For a block rule: scores from this value up to the threshold get a warning instead of "
                       "passing. “—” means no warning band; slide to the far left (0) to remove the band.")

    def _column_title(self, column: int) -> str:
        titles = (self.tr("Prompt action"), self.tr("Prompt threshold"), self.tr("Prompt warns from"),
                  self.tr("Answer action"), self.tr("Answer threshold"), self.tr("Answer warns from"))
        return titles[column]
