"""The chat store: conversations, streamed messages, search, recovery and full disks."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.chat.store import DEFAULT_TITLE, ChatStore, MessageStatus
from app.core.errors import DiskFullError
from app.core.settings import GenerationSettings


@pytest.fixture
def store(tmp_path: Path) -> ChatStore:
    opened = ChatStore(tmp_path / "chats.db")
    yield opened
    opened.close()


def test_conversations_are_listed_most_recent_first(store: ChatStore) -> None:
    first = store.create_conversation("First")
    second = store.create_conversation("Second")
    store.add_message(first.id, "user", "bump")
    assert [c.title for c in store.conversations()] == ["First", "Second"]
    assert second.title == "Second"


def test_rename_normalises_whitespace_and_never_leaves_an_empty_title(store: ChatStore) -> None:
    cid = store.create_conversation().id
    store.rename_conversation(cid, "  Trip   to\nLyon ")
    assert store.conversation(cid).title == "Trip to Lyon"
    store.rename_conversation(cid, "   ")
    assert store.conversation(cid).title == DEFAULT_TITLE


def test_streamed_text_is_persisted_batch_by_batch(store: ChatStore) -> None:
    cid = store.create_conversation().id
    mid = store.add_message(cid, "assistant", "", MessageStatus.STREAMING)
    store.append_text(mid, "Hello")
    assert store.message(mid).content == "Hello"
    store.append_text(mid, ", world")
    store.finish_message(mid, MessageStatus.COMPLETE, tokens=3, tokens_per_second=99.5)
    msg = store.message(mid)
    assert (msg.content, msg.status, msg.tokens, msg.tokens_per_second) == ("Hello, world", "complete", 3, 99.5)


def test_deleting_a_conversation_deletes_its_messages_and_search_entries(store: ChatStore) -> None:
    cid = store.create_conversation().id
    store.add_message(cid, "user", "zebra crossing")
    store.delete_conversation(cid)
    assert store.db["messages"].count == 0
    assert store.search("zebra") == []


def test_search_finds_words_prefixes_and_titles_and_survives_fts_syntax(store: ChatStore) -> None:
    a = store.create_conversation("Volcano homework").id
    b = store.create_conversation("Cooking").id
    store.add_message(a, "user", "Why do volcanoes erupt?")
    store.add_message(b, "assistant", "Knead the dough for ten minutes.")
    assert {h.conversation_id for h in store.search("dough")} == {b}
    assert {h.conversation_id for h in store.search("kne")} == {b}
    assert {h.conversation_id for h in store.search("homework")} == {a}
    assert "[dough]" in store.search("dough")[0].snippet
    for hostile in ['"', "AND OR NOT", "dough*)", "100%", "a_b"]:
        store.search(hostile)  # must not raise an FTS syntax error
    assert store.search("   ") == []


def test_delete_messages_from_removes_that_message_and_later_ones(store: ChatStore) -> None:
    cid = store.create_conversation().id
    ids = [store.add_message(cid, role, text) for role, text in
           [("user", "1"), ("assistant", "2"), ("user", "3"), ("assistant", "4")]]
    store.delete_messages_from(ids[2])
    assert [m.content for m in store.messages(cid)] == ["1", "2"]


def test_answers_left_streaming_by_a_crash_are_marked_interrupted(tmp_path: Path) -> None:
    path = tmp_path / "chats.db"
    store = ChatStore(path)
    cid = store.create_conversation().id
    mid = store.add_message(cid, "assistant", "half an ans", MessageStatus.STREAMING)
    store.close()
    reopened = ChatStore(path)
    assert reopened.recover_interrupted() == 1
    assert reopened.message(mid).status == MessageStatus.INTERRUPTED
    assert reopened.message(mid).content == "half an ans"
    reopened.close()


def test_settings_round_trip_per_conversation(store: ChatStore) -> None:
    cid = store.create_conversation().id
    settings = GenerationSettings().with_changes(temperature=0.2, seed=7)
    store.update_settings(cid, settings)
    assert store.conversation(cid).settings == settings


def test_a_full_disk_is_a_clear_error_and_loses_nothing_saved(store: ChatStore) -> None:
    cid = store.create_conversation().id
    mid = store.add_message(cid, "assistant", "saved before the disk filled", MessageStatus.STREAMING)
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFullError) as info:
        for _ in range(200):
            store.append_text(mid, "x" * 4000)
    assert "disk is full" in info.value.message
    store.db.execute("PRAGMA max_page_count = 1000000")
    assert store.message(mid).content.startswith("saved before the disk filled")
