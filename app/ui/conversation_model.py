"""The sidebar's list of conversations (or search hits) as a Qt item model.

:class:`ConversationListModel` reads :class:`~app.chat.store.ChatStore` and
works without any window, so it is tested on its own. Each row maps to a
conversation id (:data:`CONVERSATION_ID_ROLE`); while a search query is set the
rows are search hits instead, and renaming is switched off.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.chat.store import DEFAULT_TITLE, ChatStore
from app.core.errors import HearthError

CONVERSATION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class _Row:
    conversation_id: int
    title: str
    snippet: str = ""


class ConversationListModel(QAbstractListModel):
    """Conversations, most recent first; or the hits of :meth:`set_search`."""

    def __init__(self, store: ChatStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._query = ""
        self._rows: list[_Row] = []
        self.refresh()

    # reading -------------------------------------------------------------

    @property
    def searching(self) -> bool:
        return bool(self._query.strip())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        # stored in English until the first message names the conversation
        title = self.tr("New chat") if row.title == DEFAULT_TITLE else row.title
        if role == Qt.ItemDataRole.DisplayRole:
            if row.snippet and row.snippet != row.title:
                return f"{title}\n{_shorten(row.snippet)}"
            return title
        if role == Qt.ItemDataRole.EditRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.snippet or title
        if role == CONVERSATION_ID_ROLE:
            return row.conversation_id
        if role == SNIPPET_ROLE:
            return row.snippet
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and not self.searching:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def conversation_id(self, row: int) -> int | None:
        return self._rows[row].conversation_id if 0 <= row < len(self._rows) else None

    def row_of(self, conversation_id: int) -> int | None:
        """The first row showing ``conversation_id``, or None."""
        return next((i for i, r in enumerate(self._rows) if r.conversation_id == conversation_id), None)

    # writing -------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.searching:
            return False
        title = " ".join(str(value).split())
        if not title:
            return False
        row = self._rows[index.row()]
        try:
            self._store.rename_conversation(row.conversation_id, title)
        except HearthError:
            return False
        stored = self._store.conversation(row.conversation_id).title
        self._rows[index.row()] = _Row(row.conversation_id, stored)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    def set_search(self, query: str) -> None:
        """Show the hits for ``query``; an empty query shows the conversations again."""
        self._query = query
        self.refresh()

    def refresh(self) -> None:
        """Re-read the rows from the store (after a new, deleted or renamed chat, or a new answer)."""
        self.beginResetModel()
        if self.searching:
            self._rows = [_Row(h.conversation_id, h.title, _plain_snippet(h.snippet))
                          for h in self._store.search(self._query)]
        else:
            self._rows = [_Row(c.id, c.title) for c in self._store.conversations()]
        self.endResetModel()


def _plain_snippet(snippet: str) -> str:
    """The store marks matches with [brackets]; the list shows them as plain text."""
    return " ".join(snippet.replace("[", "").replace("]", "").split())


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
