"""Cell editors for the rules grid: a combo box for actions and a slider for thresholds.

:class:`ActionDelegate` edits an :class:`~app.safety.profiles.Action` with a
combo box that commits as soon as a choice is made. :class:`ThresholdDelegate`
edits a threshold with a 0–100 slider (shown as 0.00–1.00 beside it) that
commits on every step, so the "Try it" box follows the slider.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QSlider, QStyledItemDelegate, QStyleOptionViewItem, QWidget,
)

from app.safety.profiles import Action
from app.ui.profile_rules_model import action_label

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
    """A 0–100 slider and a label showing the value as 0.00–1.00."""

    valueChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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

    def value(self) -> float:
        return self.slider.value() / 100

    def set_value(self, value: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(round(value * 100))
        self.slider.blockSignals(False)
        self.label.setText(f"{self.value():.2f}")

    def _slid(self, _position: int) -> None:
        self.label.setText(f"{self.value():.2f}")
        self.valueChanged.emit(self.value())


class ThresholdDelegate(QStyledItemDelegate):
    """Edits a threshold with a :class:`ThresholdEditor`, committing on every step."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        del option
        editor = ThresholdEditor(parent)
        editor.slider.setAccessibleName(_cell_name(index))
        editor.valueChanged.connect(lambda _value, e=editor: self.commitData.emit(e))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, ThresholdEditor)
        editor.set_value(float(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, ThresholdEditor)
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        del index
        editor.setGeometry(option.rect)
