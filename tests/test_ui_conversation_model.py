"""The sidebar's conversation list model, tested without a window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.chat.store import ChatStore
from app.services import Services
from app.ui.conversation_model import CONVERSATION_ID_ROLE, ConversationListModel


def titles(model: ConversationListModel) -> list[str]:
    return [model.index(row).data(Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())]


def make_store(services: Services) -> ChatStore:
    store = services.store
    for title in ("First", "Second", "Third"):
        store.create_conversation(title)
    return store


def test_rows_are_conversations_most_recent_first(services: Services) -> None:
    model = ConversationListModel(make_store(services))
    assert model.rowCount() == 3
    assert titles(model) == ["Third", "Second", "First"]
    first_id = model.index(2).data(CONVERSATION_ID_ROLE)
    assert services.store.conversation(first_id).title == "First"


def test_new_activity_moves_a_conversation_to_the_top(services: Services) -> None:
    store = make_store(services)
    model = ConversationListModel(store)
    first_id = model.conversation_id(2)
    assert first_id is not None
    store.add_message(first_id, "user", "hello again")
    model.refresh()
    assert titles(model)[0] == "First"
    assert model.row_of(first_id) == 0


def test_rename_through_set_data(services: Services, qtbot) -> None:
    model = ConversationListModel(make_store(services))
    index = model.index(0)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    with qtbot.waitSignal(model.dataChanged):
        assert model.setData(index, "  Trip   to Lisbon ")
    assert index.data() == "Trip to Lisbon"
    assert services.store.conversation(index.data(CONVERSATION_ID_ROLE)).title == "Trip to Lisbon"
    assert not model.setData(index, "   ")  # a blank title is refused
    assert index.data() == "Trip to Lisbon"


def test_refresh_after_delete(services: Services) -> None:
    store = make_store(services)
    model = ConversationListModel(store)
    store.delete_conversation(model.conversation_id(1))
    model.refresh()
    assert titles(model) == ["Third", "First"]


def test_search_lists_hits_and_disables_renaming(services: Services) -> None:
    store = make_store(services)
    model = ConversationListModel(store)
    second = model.conversation_id(1)
    assert second is not None
    store.add_message(second, "user", "How do volcanoes form?")
    model.set_search("volcano")
    assert model.searching
    assert model.rowCount() == 1
    assert model.index(0).data(CONVERSATION_ID_ROLE) == second
    assert "volcanoes" in model.index(0).data()
    assert not model.flags(model.index(0)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0), "Renamed")
    model.set_search("")
    assert model.rowCount() == 3
