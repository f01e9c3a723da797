"""`older_messages(..., before_position=)` (issue 6: the thread model passes the first loaded
row's (created_at, id) instead of the store looking it up) pages exactly as by id alone."""
from __future__ import annotations

from tests.desktop.models.replica_factories import conversation, message


def test_older_messages_with_the_position_given_is_the_same_page(replica):
    times = ["2026-01-05T10:00:00Z", "2026-01-05T10:00:00Z", "2026-01-05T11:00:00Z"]
    messages = [message(f"m{i:02d}", created_at=times[i % 3]) for i in range(40)]
    replica.apply_bootstrap({"cursor": 1, "conversations": [conversation("c1")], "messages": messages})
    store = replica.store
    for anchor in [m for m in store.messages_page("c1", limit=40)]:
        for limit in (1, 5, 50):
            by_id = store.older_messages("c1", anchor.id, limit)
            given = store.older_messages("c1", anchor.id, limit,
                                         before_position=(anchor.created_at, anchor.id))
            assert [m.id for m in given[0]] == [m.id for m in by_id[0]] and given[1] == by_id[1]
