"""Cell editors for the rules grid: a combo box for actions and sliders for thresholds and warning bands.

:class:`ActionDelegate` edits an :class:`~app.safety.profiles.Action` with a
combo box that commits as soon as a choice is made. :class:`ThresholdDelegate`
edits a threshold with a 0–100 slider (shown as 0.00–1.00 beside it) that
commits on every step, so the "Try it" box follows the slider.
:class:`WarnFromDelegate` edits a block rule's "warns from" score with the
same slider, whose far-left position (0, shown as "—") means no warning band.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QSlider, QStyledItemDelegate, QStyleOptionViewItem, QWidget,
)

from app.safety.profiles import Action
from app.ui.profile_rules_model import NO_BAND, action_label

Index = QModelIndex | QPersistentModelIndex


def _cell_name(index: Index) -> str:
    """'S9 Indiscriminate weapons, Prompt action' for an editor's accessible name."""
    model = index.model()
    row = model.headerData(index.row(), Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole)
    column = model.headerData(index.column(), Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    return f"{row}, {column}"


class ActionDelegate(QStyledItemDelegate):
    """Allow / Warn / Block in a combo box."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        del option
        editor = QComboBox(parent)
        for action in Action:
            editor.addItem(action_label(action), action.value)
        editor.setAccessibleName(_cell_name(index))
        editor.activated.connect(lambda _row, e=editor: self._commit(e))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        action = index.data(Qt.ItemDataRole.EditRole)
        editor.setCurrentIndex(max(editor.findData(Action(action).value), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def _commit(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)


class ThresholdEditor(QWidget):
    """A 0–100 slider and a label showing the value as 0.00–1.00.

    With ``clearable``, position 0 means "no value" (:meth:`value` is None and
    the label shows "—"): that is how a warning band is removed.
    """

    valueChanged = Signal(object)  # float, or None for a clearable editor at 0

    def __init__(self, parent: QWidget | None = None, clearable: bool = False) -> None:
        super().__init__(parent)
        self.clearable = clearable
        self.setAutoFillBackground(True)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 100)
        self.slider.setPageStep(5)
        self.label = QLabel()
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance("0.00") + 4)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        row.setSpacing(6)
        row.addWidget(self.slider, 1)
        row.addWidget(self.label)
        self.setFocusProxy(self.slider)
        self.slider.valueChanged.connect(self._slid)

    def value(self) -> float | None:
        if self.clearable and self.slider.value() == 0:
            return None
        return self.slider.value() / 100

    def set_value(self, value: float | None) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(0 if value is None else round(value * 100))
        self.slider.blockSignals(False)
        self._show()

    def _show(self) -> None:
        value = self.value()
        self.label.setText(NO_BAND if value is None else f"{value:.2f}")

    def _slid(self, _position: int) -> None:
        self._show()
        self.valueChanged.emit(self.value())


class ThresholdDelegate(QStyledItemDelegate):
    """Edits a threshold with a :class:`ThresholdEditor`, committing on every step."""

    clearable = False

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        del option
        editor = ThresholdEditor(parent, clearable=self.clearable)
        editor.slider.setAccessibleName(_cell_name(index))
        description = self._description()
        if description:
            editor.slider.setAccessibleDescription(description)
            editor.setToolTip(description)
        editor.valueChanged.connect(lambda _value, e=editor: self.commitData.emit(e))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, ThresholdEditor)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.set_value(None if value is None else float(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, ThresholdEditor)
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        self.setEditorData(editor, index)  # show what the model kept (a band above the threshold is clamped)

    def _description(self) -> str:
        return ""

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        del index
        editor.setGeometry(option.rect)


class WarnFromDelegate(ThresholdDelegate):
    """Edits a block rule's "warns from" score; the slider's far left (0, shown as "—") removes the band."""

    clearable = True

    def _description(self) -> str:
        return self.tr("Scores from this value up to the threshold get a warning instead of passing. "
                       "At the far left (—) there is no warning band. It cannot go above the threshold.")
